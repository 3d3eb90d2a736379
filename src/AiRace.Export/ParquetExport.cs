using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

using AiRace.Core.Analysis;

namespace AiRace.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> to an Apache Parquet file (with Parquet.Net) and reads it back exactly, so that
/// pandas, DuckDB or Spark users can take the data further.
/// </summary>
/// <remarks>
/// <para>Every column becomes a nullable field named by its <see cref="TableColumn.Header"/> (such as
/// <c>value [@currency]</c>), so units travel with the data. Text is UTF-8 <c>STRING</c>; integers are
/// <c>INT64</c>; dates are <c>DATE</c>; flags are <c>BOOLEAN</c>; decimals are
/// <c>DECIMAL(38, s)</c> (a 16-byte fixed-length two's-complement unscaled value), where the scale <c>s</c> is the
/// largest scale among the column's values, so every value is stored exactly. A value that would need more than 38
/// digits at that scale (say 10^20 in a column that also holds 10^-20) cannot be stored exactly: writing then throws,
/// naming the row and column; nothing is rounded.</para>
/// <para>The table's name and notes are kept in the file's key-value metadata, under <see cref="NameKey"/> (the name)
/// and <see cref="NotesKey"/> (a JSON array of strings).</para>
/// <para>Reading gives back a table equal to the one written (<see cref="ResultTable.ContentEquals"/>). Decimals come
/// back at the column's scale where a <see cref="decimal"/> can hold it (1.5 written beside 0.25 reads as 1.50, the
/// same value); trailing zeros are dropped only as far as needed to fit a <see cref="decimal"/>.</para>
/// </remarks>
public static class ParquetExport
{
    /// <summary>The key-value metadata key that holds the table's name.</summary>
    public const string NameKey = "airace.table.name";

    /// <summary>The key-value metadata key that holds the table's notes, as a JSON array of strings.</summary>
    public const string NotesKey = "airace.table.notes";

    /// <summary>The precision of every decimal field: 38 digits, the most a 16-byte Parquet decimal holds and the
    /// largest precision pandas (pyarrow decimal128), DuckDB and Spark read.</summary>
    public const int DecimalPrecision = 38;

    private const int MaxDecimalScale = 28;

    private static readonly BigInteger MaxUnscaled = BigInteger.Pow(10, DecimalPrecision) - 1;

    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>Writes a table as a Parquet file with one row group.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable, seekable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentException">The table has no columns, or a decimal would need more than 38 digits at its
    /// column's scale; the message names every such row and column.</exception>
    public static async Task WriteAsync(ResultTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"Table '{table.Name}' has no columns; a Parquet file needs at least one field.", nameof(table));
        }

        var problems = new List<string>();
        var fields = new DataField[table.Columns.Count];
        var decimals = new BigDecimal?[table.Columns.Count][];
        for (int c = 0; c < table.Columns.Count; c++)
        {
            TableColumn column = table.Columns[c];
            if (column.Kind == ColumnKind.Decimal)
            {
                int scale = table.Rows.Select(row => row[c] is decimal d ? d.Scale : 0).DefaultIfEmpty(0).Max();
                fields[c] = new BigDecimalDataField(column.Header, DecimalPrecision, scale, isNullable: true);
                decimals[c] = ToBigDecimals(table, c, scale, problems);
            }
            else
            {
                fields[c] = new DataField(column.Header, ClrTypeOf(column.Kind), isNullable: true);
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Table '{table.Name}' cannot be written to Parquet exactly ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):")
                + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)), nameof(table));
        }

        await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { UseBigDecimal = true }, append: false, cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            [NameKey] = table.Name,
            [NotesKey] = JsonSerializer.Serialize(table.Notes.ToArray()),
        };

        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        for (int c = 0; c < table.Columns.Count; c++)
        {
            int index = c;
            DataField field = fields[c];
            switch (table.Columns[c].Kind)
            {
                case ColumnKind.Text:
                    await group.WriteAsync(field, table.Rows.Select(row => (string)row[index]!).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnKind.Integer:
                    await group.WriteAsync<long>(field, table.Rows.Select(row => (long?)row[index]).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnKind.Decimal:
                    await group.WriteAsync<BigDecimal>(field, decimals[c], cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnKind.Date:
                    await group.WriteAsync<DateOnly>(field, table.Rows.Select(row => (DateOnly?)row[index]).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ColumnKind.Boolean:
                    await group.WriteAsync<bool>(field, table.Rows.Select(row => (bool?)row[index]).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown column kind {table.Columns[c].Kind}.");
            }
        }
    }

    /// <summary>Reads a Parquet file written by <see cref="WriteAsync"/> (or any flat file whose fields are strings,
    /// 64-bit integers, decimals, dates or booleans, named by headers) back to a table.</summary>
    /// <param name="stream">A readable, seekable stream; it is left open.</param>
    /// <param name="name">The table's name; when null, the name stored under <see cref="NameKey"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table, with the notes stored under <see cref="NotesKey"/> (none if absent).</returns>
    /// <exception cref="InvalidDataException">The file has no name and none is given, its notes are not a JSON array
    /// of strings, a field has another type or an invalid header, or a decimal does not fit a <see cref="decimal"/>
    /// exactly; the message lists every problem, naming the field (and row).</exception>
    public static async Task<ResultTable> ReadAsync(Stream stream, string? name = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var options = new ParquetOptions { UseBigDecimal = true, UseDateOnlyTypeForDates = true };
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, options, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        string? tableName = name ?? (reader.CustomMetadata.TryGetValue(NameKey, out string? stored) ? stored : null);
        if (string.IsNullOrWhiteSpace(tableName))
        {
            problems.Add($"the file has no table name under '{NameKey}' and none was given.");
            tableName = "(unnamed)";
        }

        string[] notes = Array.Empty<string>();
        if (reader.CustomMetadata.TryGetValue(NotesKey, out string? notesJson))
        {
            try
            {
                notes = JsonSerializer.Deserialize<string[]>(notesJson) ?? Array.Empty<string>();
                if (notes.Any(n => n is null))
                {
                    problems.Add($"the notes under '{NotesKey}' hold a null.");
                }
            }
            catch (JsonException e)
            {
                problems.Add($"the notes under '{NotesKey}' are not a JSON array of strings: {e.Message}");
            }
        }

        if (reader.Schema.Fields.Any(f => f is not DataField))
        {
            problems.Add("the file has nested fields (lists, maps or structs); a table has flat columns only.");
            throw Failure(tableName, problems);
        }

        DataField[] fields = reader.Schema.GetDataFields();
        var columns = new TableColumn?[fields.Length];
        for (int c = 0; c < fields.Length; c++)
        {
            DataField field = fields[c];
            ColumnKind? kind = KindOf(field);
            if (kind is null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"field {c + 1} ('{field.Name}') holds {field.ClrType.Name} values; expected string, Int64, decimal, DATE or Boolean (timestamps and other types have no column kind)."));
                continue;
            }

            if (field.IsArray)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"field {c + 1} ('{field.Name}') is repeated; a table has one value per cell."));
                continue;
            }

            try
            {
                columns[c] = TableColumn.FromHeader(field.Name, kind.Value);
            }
            catch (ArgumentException e)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"field {c + 1} ('{field.Name}'): not a valid {kind} column header: {e.Message}"));
            }
        }

        if (problems.Count > 0)
        {
            throw Failure(tableName, problems);
        }

        var rows = new List<object?[]>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int count = checked((int)group.RowCount);
            int first = rows.Count;
            for (int r = 0; r < count; r++)
            {
                rows.Add(new object?[fields.Length]);
            }

            for (int c = 0; c < fields.Length; c++)
            {
                DataField field = fields[c];
                TableColumn column = columns[c]!;
                switch (column.Kind)
                {
                    case ColumnKind.Text:
                        {
                            var values = new string?[count];
                            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                            Fill(rows, first, c, values, v => v);
                            break;
                        }

                    case ColumnKind.Integer:
                        Fill(rows, first, c, await ReadNullableAsync<long>(group, field, count, cancellationToken).ConfigureAwait(false), v => v);
                        break;
                    case ColumnKind.Boolean:
                        Fill(rows, first, c, await ReadNullableAsync<bool>(group, field, count, cancellationToken).ConfigureAwait(false), v => v);
                        break;
                    case ColumnKind.Date:
                        Fill(rows, first, c, await ReadNullableAsync<DateOnly>(group, field, count, cancellationToken).ConfigureAwait(false), v => v);
                        break;
                    case ColumnKind.Decimal:
                        {
                            BigDecimal?[] values = await ReadNullableAsync<BigDecimal>(group, field, count, cancellationToken).ConfigureAwait(false);
                            for (int r = 0; r < count; r++)
                            {
                                if (values[r] is { } big)
                                {
                                    rows[first + r][c] = ToDecimal(big, first + r, column, problems);
                                }
                            }

                            break;
                        }

                    default:
                        throw new InvalidOperationException($"Unknown column kind {column.Kind}.");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw Failure(tableName, problems);
        }

        try
        {
            return new ResultTable(tableName, columns.Select(c => c!), rows, notes);
        }
        catch (ArgumentException e)
        {
            problems.Add(e.Message);
            throw Failure(tableName, problems);
        }
    }

    private static InvalidDataException Failure(string tableName, List<string> problems) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Parquet file cannot be read as table '{tableName}' ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));

    private static async Task<T?[]> ReadNullableAsync<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        return values;
    }

    private static void Fill<T>(List<object?[]> rows, int first, int column, T[] values, Func<T, object?> cell)
    {
        for (int r = 0; r < values.Length; r++)
        {
            rows[first + r][column] = cell(values[r]);
        }
    }

    private static Type ClrTypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => typeof(string),
        ColumnKind.Integer => typeof(long),
        ColumnKind.Date => typeof(DateOnly),
        ColumnKind.Boolean => typeof(bool),
        _ => throw new InvalidOperationException($"No plain Parquet type for {kind}."),
    };

    private static ColumnKind? KindOf(DataField field) =>
        field is DecimalDataField || field is BigDecimalDataField || field.ClrType == typeof(BigDecimal) || field.ClrType == typeof(decimal) ? ColumnKind.Decimal
        : field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) ? ColumnKind.Text
        : field.ClrType == typeof(long) ? ColumnKind.Integer
        // DATE fields read as DateOnly (UseDateOnlyTypeForDates); timestamps (DateTime) are refused, not truncated.
        : field.ClrType == typeof(DateOnly) ? ColumnKind.Date
        : field.ClrType == typeof(bool) ? ColumnKind.Boolean
        : null;

    private static BigDecimal?[] ToBigDecimals(ResultTable table, int column, int scale, List<string> problems)
    {
        var values = new BigDecimal?[table.Rows.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r][column] is not decimal d)
            {
                continue;
            }

            int[] bits = decimal.GetBits(d);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            BigInteger unscaled = mantissa * BigInteger.Pow(10, scale - d.Scale);
            if (unscaled > MaxUnscaled)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {r}, column '{table.Columns[column].Name}': {d} needs {unscaled.ToString(CultureInfo.InvariantCulture).Length} digits at the column's scale {scale} (its largest); a Parquet DECIMAL({DecimalPrecision}, {scale}) holds {DecimalPrecision}. Split the column or lower the scale of its values."));
                continue;
            }

            values[r] = new BigDecimal(d < 0 ? -unscaled : unscaled, DecimalPrecision, scale);
        }

        return values;
    }

    private static decimal? ToDecimal(BigDecimal big, int row, TableColumn column, List<string> problems)
    {
        BigInteger unscaled = BigInteger.Abs(big.UnscaledValue);
        int scale = big.Scale;
        while ((scale > MaxDecimalScale || unscaled > MaxMantissa) && scale > 0 && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }

        if (scale > MaxDecimalScale || unscaled > MaxMantissa || scale < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}, column '{column.Name}': {big.UnscaledValue}×10^-{big.Scale} does not fit a decimal exactly."));
            return null;
        }

        byte[] bytes = unscaled.ToByteArray(isUnsigned: true, isBigEndian: false);
        Array.Resize(ref bytes, 12);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), big.UnscaledValue.Sign < 0, (byte)scale);
    }
}
