using System.Collections.Generic;

namespace AiRace.Core.Data.Reading;

/// <summary>Collects the problems of one document while it is read, keeping at most the first
/// <see cref="PolicyData.MaxListedProblems"/> in document order and counting all.</summary>
internal sealed class ProblemCollector
{
    private readonly List<DataProblem> _problems = new();
    private readonly int _keep;

    public ProblemCollector(int keep = PolicyData.MaxListedProblems) => _keep = keep;

    /// <summary>How many problems have been reported.</summary>
    public int Count { get; private set; }

    public void Add(DataProblem problem)
    {
        Count++;
        _problems.Add(problem);
        if (_problems.Count >= 2 * _keep)
        {
            KeepFirst();
        }
    }

    /// <summary>The problems kept and how many there are in all.</summary>
    public DataProblemList ToList()
    {
        KeepFirst();
        return new DataProblemList(_problems, Count);
    }

    /// <summary>Sorts into document order (line, column, then message) and drops what lies past the first ones kept.</summary>
    private void KeepFirst()
    {
        _problems.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column != b.Column ? a.Column.CompareTo(b.Column) : string.CompareOrdinal(a.Message, b.Message));
        if (_problems.Count > _keep)
        {
            _problems.RemoveRange(_keep, _problems.Count - _keep);
        }
    }
}
