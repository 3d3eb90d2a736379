using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Data.Analysis;

using AiRace.Core.Analysis;

namespace AiRace.Export;

/// <summary>
/// Converts a <see cref="ResultTable"/> to a Microsoft.Data.Analysis <see cref="DataFrame"/> and back, exactly.
/// </summary>
/// <remarks>
/// <para>Each column becomes a data-frame column named by its <see cref="TableColumn.Header"/> (such as
/// <c>value [@currency]</c>), so units travel with the data. Kinds map to column types as follows; missing cells
/// (null) stay null:</para>
/// <list type="table">
/// <listheader><term>Kind</term><description>Data-frame column</description></listheader>
/// <item><term>Text</term><description><see cref="StringDataFrameColumn"/></description></item>
/// <item><term>Integer</term><description><see cref="Int64DataFrameColumn"/> (a <c>PrimitiveDataFrameColumn&lt;long&gt;</c>)</description></item>
/// <item><term>Decimal</term><description><see cref="DecimalDataFrameColumn"/> (a <c>PrimitiveDataFrameColumn&lt;decimal&gt;</c>; never
/// <see cref="double"/>, so nothing is rounded)</description></item>
/// <item><term>Date</term><description><see cref="DateTimeDataFrameColumn"/> (a <c>PrimitiveDataFrameColumn&lt;DateTime&gt;</c>):
/// midnight of the date, <see cref="DateTimeKind.Unspecified"/>; the data frame has no <see cref="DateOnly"/> column</description></item>
/// <item><term>Boolean</term><description><see cref="BooleanDataFrameColumn"/> (a <c>PrimitiveDataFrameColumn&lt;bool&gt;</c>)</description></item>
/// </list>
/// <para>A data frame carries no table name and no notes: <see cref="ToResultTable"/> takes them as arguments.</para>
/// </remarks>
public static class DataFrameExport
{
    /// <summary>Converts a table to a data frame with one column per table column, named by its header.</summary>
    /// <param name="table">The table.</param>
    /// <returns>A new data frame holding the table's cells.</returns>
    public static DataFrame ToDataFrame(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new List<DataFrameColumn>(table.Columns.Count);
        for (int c = 0; c < table.Columns.Count; c++)
        {
            TableColumn column = table.Columns[c];
            int index = c;
            IEnumerable<object?> cells = table.Rows.Select(row => row[index]);
            columns.Add(column.Kind switch
            {
                ColumnKind.Text => new StringDataFrameColumn(column.Header, cells.Select(x => (string?)x)),
                ColumnKind.Integer => new Int64DataFrameColumn(column.Header, cells.Select(x => (long?)x)),
                ColumnKind.Decimal => new DecimalDataFrameColumn(column.Header, cells.Select(x => (decimal?)x)),
                ColumnKind.Date => new DateTimeDataFrameColumn(column.Header, cells.Select(x => x is DateOnly d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified) : (DateTime?)null)),
                ColumnKind.Boolean => new BooleanDataFrameColumn(column.Header, cells.Select(x => (bool?)x)),
                _ => throw new InvalidOperationException($"Unknown column kind {column.Kind}."),
            });
        }

        return new DataFrame(columns);
    }

    /// <summary>
    /// Converts a data frame back to a table: each column's name is read as a header
    /// (<see cref="TableColumn.FromHeader"/>), and its kind follows from its type (string, <see cref="long"/>,
    /// <see cref="decimal"/>, <see cref="DateTime"/>, <see cref="bool"/>).
    /// </summary>
    /// <param name="frame">The data frame.</param>
    /// <param name="name">The table's name.</param>
    /// <param name="notes">The table's notes (a data frame does not carry them).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A column has another type, a header is not valid for its kind (such as a
    /// decimal column without a unit), a date holds a time of day, or the columns do not form a table; the message
    /// lists every problem, naming the column (and row).</exception>
    public static ResultTable ToResultTable(DataFrame frame, string name, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var problems = new List<string>();
        var columns = new List<TableColumn>();
        long rowCount = frame.Rows.Count;
        var rows = new object?[rowCount][];
        for (long r = 0; r < rowCount; r++)
        {
            rows[r] = new object?[frame.Columns.Count];
        }

        for (int c = 0; c < frame.Columns.Count; c++)
        {
            DataFrameColumn source = frame.Columns[c];
            ColumnKind? kind = KindOf(source.DataType);
            if (kind is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"column {c + 1} ('{source.Name}') holds {source.DataType.Name} values; expected string, Int64, Decimal, DateTime or Boolean."));
                continue;
            }

            try
            {
                columns.Add(TableColumn.FromHeader(source.Name, kind.Value));
            }
            catch (ArgumentException e)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"column {c + 1} ('{source.Name}'): not a valid {kind} column header: {e.Message}"));
                continue;
            }

            for (long r = 0; r < rowCount; r++)
            {
                object? cell = source[r];
                if (cell is DateTime time)
                {
                    if (time.TimeOfDay != TimeSpan.Zero)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {r}, column {c + 1} ('{source.Name}'): {time:O} has a time of day; a date column holds midnights only."));
                    }

                    cell = DateOnly.FromDateTime(time);
                }

                rows[r][c] = cell;
            }
        }

        if (problems.Count == 0)
        {
            try
            {
                return new ResultTable(name, columns, rows, notes);
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message);
            }
        }

        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Data frame cannot be read as table '{name}' ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)), nameof(frame));
    }

    private static ColumnKind? KindOf(Type type) =>
        type == typeof(string) ? ColumnKind.Text
        : type == typeof(long) ? ColumnKind.Integer
        : type == typeof(decimal) ? ColumnKind.Decimal
        : type == typeof(DateTime) ? ColumnKind.Date
        : type == typeof(bool) ? ColumnKind.Boolean
        : null;
}
