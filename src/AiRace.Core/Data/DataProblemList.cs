using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiRace.Core.Data;

/// <summary>The problems of a document, in document order: all of them, or the first
/// <see cref="PolicyData.MaxListedProblems"/> when there are more, with how many more there are.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DataProblemList : IReadOnlyList<DataProblem>
{
    private readonly DataProblem[] _listed;

    /// <summary>Creates a list of problems.</summary>
    /// <param name="listed">The problems listed, in document order.</param>
    /// <param name="totalCount">How many problems there are in all, at least as many as are listed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="listed"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="totalCount"/> is less than the number
    /// listed.</exception>
    public DataProblemList(IEnumerable<DataProblem> listed, int totalCount)
    {
        Guard.NotNull(listed);
        _listed = listed.ToArray();
        if (totalCount < _listed.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(totalCount), totalCount, FormattableString.Invariant($"The total ({totalCount}) is less than the {_listed.Length} problems listed."));
        }

        TotalCount = totalCount;
    }

    /// <summary>No problems.</summary>
    public static DataProblemList None { get; } = new([], 0);

    /// <summary>How many problems are listed.</summary>
    public int Count => _listed.Length;

    /// <summary>How many problems there are in all.</summary>
    public int TotalCount { get; }

    /// <summary>How many problems are not listed.</summary>
    public int OmittedCount => TotalCount - _listed.Length;

    /// <summary>The problem at a position of the list.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The problem.</returns>
    public DataProblem this[int index] => _listed[index];

    /// <inheritdoc/>
    public IEnumerator<DataProblem> GetEnumerator() => ((IEnumerable<DataProblem>)_listed).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One problem a line, and "… and N more problems." when some are not listed.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        IEnumerable<string> lines = _listed.Select(p => "  " + p);
        return string.Join(Environment.NewLine, OmittedCount == 0
            ? lines
            : lines.Append(string.Create(CultureInfo.InvariantCulture, $"  … and {OmittedCount:N0} more problem{(OmittedCount == 1 ? string.Empty : "s")}.")));
    }
}
