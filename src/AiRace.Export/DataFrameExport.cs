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
/// <para>Each of the table's fields (<see cref="ResultTable.Fields"/>: one per column, two for money whose cells carry
/// their own currency) becomes a data-frame column named by its header (such as <c>value [USD]</c>), so units travel
/// with the data. Field types map to column types as follows; missing cells (null) stay null:</para>
/// <list type="table">
/// <listheader><term>Field</term><description>Data-frame column</description></listheader>
/// <item><term>Text</term><description><see cref="StringDataFrameColumn"/></description></item>
/// <item><term>Integer</term><description><see cref="Int64DataFrameColumn"/></description></item>
/// <item><term>Decimal</term><description><see cref="DecimalDataFrameColumn"/> (never <see cref="double"/>, so nothing is
/// rounded): money amounts, shares in percent, ratios, decimals of a unit</description></item>
/// <item><term>Date</term><description><see cref="DateTimeDataFrameColumn"/>: midnight of the day,
/// <see cref="DateTimeKind.Unspecified"/>; the data frame has no <see cref="DateOnly"/> column</description></item>
/// <item><term>Boolean</term><description><see cref="BooleanDataFrameColumn"/></description></item>
/// </list>
/// <para>A data frame carries no types beyond these, no table name and no notes: <see cref="ToResultTable"/> takes the
/// table's <see cref="TableSchema"/> (<see cref="ResultTable.Schema"/>).</para>
/// </remarks>
public static class DataFrameExport
{
    /// <summary>Converts a table to a data frame with one column per exported field, named by its header.</summary>
    /// <param name="table">The table.</param>
    /// <returns>A new data frame holding the table's values.</returns>
    /// <exception cref="ArgumentException">The table has rows but no columns: a data frame without columns has no rows,
    /// so they would be lost.</exception>
    public static DataFrame ToDataFrame(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Fields.Count == 0 && table.Rows.Count > 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Table '{table.Name}' has {table.Rows.Count} row{(table.Rows.Count == 1 ? string.Empty : "s")} but no columns; a data frame needs at least one column to hold rows."), nameof(table));
        }

        int rowCount = table.Rows.Count;
        var values = new object?[table.Fields.Count][];
        for (int f = 0; f < values.Length; f++)
        {
            values[f] = new object?[rowCount];
        }

        var buffer = new object?[table.Fields.Count];
        for (int r = 0; r < rowCount; r++)
        {
            table.FieldValues(r, buffer);
            for (int f = 0; f < buffer.Length; f++)
            {
                values[f][r] = buffer[f];
            }
        }

        var columns = new List<DataFrameColumn>(table.Fields.Count);
        for (int f = 0; f < table.Fields.Count; f++)
        {
            TableField field = table.Fields[f];
            object?[] cells = values[f];
            columns.Add(field.Type switch
            {
                FieldType.Text => new StringDataFrameColumn(field.Header, cells.Select(x => (string?)x)),
                FieldType.Integer => new Int64DataFrameColumn(field.Header, cells.Select(x => (long?)x)),
                FieldType.Decimal => new DecimalDataFrameColumn(field.Header, cells.Select(x => (decimal?)x)),
                FieldType.Date => new DateTimeDataFrameColumn(field.Header, cells.Select(x => x is DateOnly d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified) : (DateTime?)null)),
                FieldType.Boolean => new BooleanDataFrameColumn(field.Header, cells.Select(x => (bool?)x)),
                _ => throw new InvalidOperationException($"Unknown field type {field.Type}."),
            });
        }

        return new DataFrame(columns);
    }

    /// <summary>Converts a data frame back to a table of the given schema: its columns must be the schema's fields, by
    /// header and type, in any order, and no others.</summary>
    /// <param name="frame">The data frame.</param>
    /// <param name="schema">The table's name, columns and notes (<see cref="ResultTable.Schema"/>).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A field is missing or of another type, the data frame has a column that is
    /// not a field of the schema (it would be dropped), a date holds a time of day, or values are not cells of their
    /// column; the message lists every problem, naming the column (and row).</exception>
    public static ResultTable ToResultTable(DataFrame frame, TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(schema);
        var problems = new List<string>();
        IReadOnlyList<TableField> fields = schema.Fields;
        var sources = new DataFrameColumn?[fields.Count];
        for (int f = 0; f < fields.Count; f++)
        {
            DataFrameColumn? source = frame.Columns.FirstOrDefault(c => c.Name == fields[f].Header);
            if (source is null)
            {
                problems.Add($"the data frame has no column '{fields[f].Header}'.");
            }
            else if (source.DataType != ClrTypeOf(fields[f].Type))
            {
                problems.Add($"column '{source.Name}' holds {source.DataType.Name} values; the schema says {fields[f].Type} ({ClrTypeOf(fields[f].Type).Name}).");
            }
            else
            {
                sources[f] = source;
            }
        }

        var headers = new HashSet<string>(fields.Select(f => f.Header), StringComparer.Ordinal);
        foreach (DataFrameColumn column in frame.Columns)
        {
            if (!headers.Contains(column.Name))
            {
                problems.Add($"column '{column.Name}' is not a field of the schema; its values would be lost.");
            }
        }

        if (problems.Count > 0)
        {
            throw Failure(schema.Name, problems);
        }

        long rowCount = frame.Rows.Count;
        var rows = new List<object?[]>();
        var record = new object?[fields.Count];
        for (long r = 0; r < rowCount; r++)
        {
            for (int f = 0; f < fields.Count; f++)
            {
                object? value = sources[f]![r];
                if (value is DateTime time)
                {
                    if (time.TimeOfDay != TimeSpan.Zero)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {r}, column '{fields[f].Header}': {time:O} has a time of day; a date column holds midnights only."));
                    }

                    value = DateOnly.FromDateTime(time);
                }

                record[f] = value;
            }

            if (schema.ToCells(record, string.Create(CultureInfo.InvariantCulture, $"row {r}"), problems) is { } cells)
            {
                rows.Add(cells);
            }
        }

        if (problems.Count == 0)
        {
            try
            {
                return schema.ToTable(rows);
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message);
            }
        }

        throw Failure(schema.Name, problems);
    }

    private static ArgumentException Failure(string name, List<string> problems) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Data frame cannot be read as table '{name}' ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)), "frame");

    private static Type ClrTypeOf(FieldType type) => type switch
    {
        FieldType.Text => typeof(string),
        FieldType.Integer => typeof(long),
        FieldType.Decimal => typeof(decimal),
        FieldType.Date => typeof(DateTime),
        _ => typeof(bool),
    };
}
