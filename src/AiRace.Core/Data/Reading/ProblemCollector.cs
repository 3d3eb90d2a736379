using System.Collections.Generic;

namespace AiRace.Core.Data.Reading;

/// <summary>Collects the problems of one document while it is read.</summary>
internal sealed class ProblemCollector
{
    private readonly List<DataProblem> _problems = new();

    /// <summary>How many problems have been reported.</summary>
    public int Count => _problems.Count;

    public void Add(DataProblem problem) => _problems.Add(problem);

    /// <summary>The problems in document order (by line, column, then message).</summary>
    public IReadOnlyList<DataProblem> InDocumentOrder()
    {
        _problems.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column != b.Column ? a.Column.CompareTo(b.Column) : string.CompareOrdinal(a.Message, b.Message));
        return _problems;
    }
}
