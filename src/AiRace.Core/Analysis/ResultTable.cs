using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiRace.Core.Analysis;

/// <summary>The type of a <see cref="ResultTable"/> column's cells.</summary>
public enum ColumnKind
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text = 0,

    /// <summary>Whole numbers (<see cref="long"/>), such as years or counts.</summary>
    Integer = 1,

    /// <summary>Exact decimals (<see cref="decimal"/>); such a column always has a unit.</summary>
    Decimal = 2,

    /// <summary>Calendar dates (<see cref="DateOnly"/>).</summary>
    Date = 3,

    /// <summary>True or false (<see cref="bool"/>).</summary>
    Boolean = 4,
}

/// <summary>
/// A column of a <see cref="ResultTable"/>. A decimal column must state its unit: a fixed unit such as "percent",
/// "pp per year" or "CNY per USD", or the name of the table's text column that holds each row's currency code
/// (written <c>@currency</c>), so that nothing is ever exported as a bare number whose unit is lost.
/// </summary>
public sealed record TableColumn
{
    /// <summary>Describes a column.</summary>
    /// <param name="name">The column's name: letters, digits, '_' and '-'.</param>
    /// <param name="kind">The type of its cells.</param>
    /// <param name="unit">The unit (required for decimal columns): a fixed unit, or <c>@column</c> naming the column
    /// that holds each row's currency code.</param>
    /// <exception cref="ArgumentException">The name is empty or has other characters, or a decimal column has no unit.</exception>
    public TableColumn(string name, ColumnKind kind, string? unit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"Column name '{name}' may only hold ASCII letters, digits, '_' and '-'.", nameof(name));
        }

        Guard.Defined(kind);
        if (kind == ColumnKind.Decimal && string.IsNullOrWhiteSpace(unit))
        {
            throw new ArgumentException($"Decimal column '{name}' needs a unit (such as \"percent\" or \"@currency\"): a bare number loses its meaning.", nameof(unit));
        }

        if (unit is not null && (unit.Contains('[', StringComparison.Ordinal) || unit.Contains(']', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The unit of column '{name}' may not contain '[' or ']'.", nameof(unit));
        }

        Name = name;
        Kind = kind;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit;
    }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>The type of its cells.</summary>
    public ColumnKind Kind { get; }

    /// <summary>The unit, or null for columns that need none (text, dates, flags, years).</summary>
    public string? Unit { get; }

    /// <summary>For a unit written <c>@column</c>, the name of the column that holds each row's currency; else null.</summary>
    public string? CurrencyColumn => Unit is { Length: > 1 } u && u[0] == '@' ? u[1..] : null;

    /// <summary>The header used in exports: the name, and the unit in brackets (<c>value [@currency]</c>).</summary>
    public string Header => Unit is null ? Name : Name + " [" + Unit + "]";

    /// <summary>Reads a header written by <see cref="Header"/>.</summary>
    /// <param name="header">The header text.</param>
    /// <param name="kind">The column's kind.</param>
    /// <returns>The column.</returns>
    public static TableColumn FromHeader(string header, ColumnKind kind)
    {
        ArgumentNullException.ThrowIfNull(header);
        int open = header.IndexOf(" [", StringComparison.Ordinal);
        return open > 0 && header.EndsWith(']')
            ? new TableColumn(header[..open], kind, header[(open + 2)..^1])
            : new TableColumn(header, kind);
    }
}

/// <summary>
/// A table of results (or of the dataset) with typed, unit-carrying columns, ready to export to CSV, a
/// <c>DataFrame</c> or Parquet. Cells may be null (missing). Immutable and thread-safe.
/// </summary>
public sealed class ResultTable
{
    /// <summary>Creates a table, checking every cell against its column.</summary>
    /// <param name="name">The table's name (used for file names and captions).</param>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows: one cell per column, of the column's type or null.</param>
    /// <param name="notes">What the reader must know: the rule applied, caveats.</param>
    /// <exception cref="ArgumentException">Duplicate column names, a currency column that is missing or not text,
    /// a row of the wrong length, or a cell of the wrong type; the message names the row and column.</exception>
    public ResultTable(string name, IEnumerable<TableColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? notes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.NotNull(columns);
        Guard.NotNull(rows);
        Name = name;
        Columns = columns.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TableColumn c in Columns)
        {
            if (!seen.Add(c.Name))
            {
                throw new ArgumentException($"Table '{name}' has two columns named '{c.Name}'.", nameof(columns));
            }
        }

        foreach (TableColumn c in Columns.Where(c => c.CurrencyColumn is not null))
        {
            TableColumn? currency = Columns.FirstOrDefault(x => x.Name == c.CurrencyColumn);
            if (currency is null || currency.Kind != ColumnKind.Text)
            {
                throw new ArgumentException($"Column '{c.Name}' takes its currency from '{c.CurrencyColumn}', which is not a text column of table '{name}'.", nameof(columns));
            }
        }

        var checkedRows = new List<IReadOnlyList<object?>>();
        int r = 0;
        foreach (IReadOnlyList<object?> row in rows)
        {
            if (row is null || row.Count != Columns.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {r} of table '{name}' has {row?.Count ?? 0} cells; the table has {Columns.Count} columns."), nameof(rows));
            }

            for (int i = 0; i < Columns.Count; i++)
            {
                if (row[i] is { } cell && !Fits(Columns[i].Kind, cell))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {r}, column '{Columns[i].Name}' of table '{name}' holds a {cell.GetType().Name}; the column holds {Columns[i].Kind} values."), nameof(rows));
                }
            }

            checkedRows.Add(row.ToArray());
            r++;
        }

        Rows = checkedRows;
        Notes = notes?.ToArray() ?? Array.Empty<string>();
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows, each with one cell per column (null for missing).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>What the reader must know: the rule applied, caveats.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The index of a column.</summary>
    /// <param name="name">The column's name.</param>
    /// <returns>Its index.</returns>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table '{Name}' has no column '{name}'; it has {string.Join(", ", Columns.Select(c => c.Name))}.", nameof(name));
    }

    /// <summary>Whether two tables have the same name, columns, rows (cell by cell) and notes.</summary>
    /// <param name="other">The other table.</param>
    /// <returns>True when equal.</returns>
    public bool ContentEquals(ResultTable other)
    {
        Guard.NotNull(other);
        return Name == other.Name
            && Columns.SequenceEqual(other.Columns)
            && Rows.Count == other.Rows.Count
            && Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second))
            && Notes.SequenceEqual(other.Notes);
    }

    private static bool Fits(ColumnKind kind, object cell) => kind switch
    {
        ColumnKind.Text => cell is string,
        ColumnKind.Integer => cell is long,
        ColumnKind.Decimal => cell is decimal,
        ColumnKind.Date => cell is DateOnly,
        ColumnKind.Boolean => cell is bool,
        _ => false,
    };
}
