using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiRace.Core.Analysis.Export;

/// <summary>
/// Thrown by <see cref="CsvExport"/> when a CSV text (or its schema sidecar) cannot be read as a
/// <see cref="ResultTable"/>. It lists every problem found, each with its line and column, not just the first.
/// </summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="tableName">The name of the table being read.</param>
    /// <param name="problems">Every problem found, each naming its line and column.</param>
    public CsvFormatException(string tableName, IEnumerable<string> problems)
        : this(tableName, (problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private CsvFormatException(string tableName, string[] problems)
        : base(Describe(tableName, problems))
    {
        TableName = tableName;
        Problems = problems;
    }

    /// <summary>The name of the table being read.</summary>
    public string TableName { get; }

    /// <summary>Every problem found, in the order met, each naming its line and column.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string tableName, string[] problems) =>
        string.Create(CultureInfo.InvariantCulture, $"CSV of table '{tableName}' has {problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}:")
        + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
