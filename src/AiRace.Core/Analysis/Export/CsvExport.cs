using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

using AiRace.Core.Text;

namespace AiRace.Core.Analysis.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> as RFC 4180 CSV and reads it back exactly.
/// </summary>
/// <remarks>
/// <para>The format: fields separated by commas; every record, the last included, ends with CRLF; a field is quoted
/// when it holds a comma, a quote, a CR or an LF (quotes inside are doubled). The first record holds the headers of the
/// table's fields (<see cref="ResultTable.Fields"/>): one field per column, named by the column and its unit
/// (<c>value [USD]</c>, <c>deviation [percent]</c>), and for money whose cells carry their own currency an amount
/// field and a currency field (<c>amount</c>, <c>amount_currency</c>), so units travel with the data.</para>
/// <para>Values are written in the invariant culture, whatever the current culture: integers and decimals as
/// <see cref="long.ToString(IFormatProvider)"/> and <see cref="decimal.ToString(IFormatProvider)"/> give them
/// (decimals never rounded, trailing zeros kept), shares in percent, days as <c>yyyy-MM-dd</c>, partial dates as
/// <c>2025</c>, <c>2025-07</c>, <c>2025-07-28</c> or <c>unknown</c>, flags as <c>true</c>/<c>false</c>. A missing
/// cell (null) is an empty unquoted field; an empty text is a quoted empty field (<c>""</c>).</para>
/// <para>CSV has no types, and RFC 4180 allows no comment line to carry them. So the reader is given the table's
/// <see cref="TableSchema"/>, or reads it from the JSON sidecar written by <see cref="WriteSchema"/>.</para>
/// <para>Reading is strict: only CRLF ends a record, the last one included (text that ends inside a record may have
/// been cut short, so it is refused rather than read as a shorter figure); every record must have one field per table field; quotes must
/// balance and may stand only around a whole field; numbers must be plain invariant digits with an optional leading '-'
/// (decimals with an optional '.' and fraction, never more digits than <see cref="decimal"/> holds exactly); days must
/// be <c>yyyy-MM-dd</c>; flags <c>true</c> or <c>false</c>; <c>""</c> is allowed only in text fields; and text holds no half
/// of a surrogate pair (a table cannot hold it). One byte order mark (U+FEFF) at the very start of the CSV text, or of the
/// sidecar, is the encoding's mark and is dropped, whether the text comes from a string or from a stream (whose decoder
/// drops a UTF-8 mark itself); a second mark, or one elsewhere, is a character of its field. The mark dropped here is
/// the first of the text the reader gives: through a decoder that has already dropped the file's own (a
/// <see cref="StreamReader"/>, <see cref="File.OpenText"/>), a file that starts with two marks loses both. Every problem
/// found is reported at once in one <see cref="CsvFormatException"/>, each with its line (counted from 1, as an editor
/// counts them) and column (the field's position, counted from 1).</para>
/// </remarks>
public static class CsvExport
{
    private const string Crlf = "\r\n";

    /// <summary>Writes a table as CSV: a header record, then one record per row, each ended by CRLF.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write; it is not flushed or closed.</param>
    /// <exception cref="ArgumentException">The table has no columns (CSV cannot represent its rows).</exception>
    public static void Write(ResultTable table, TextWriter writer)
    {
        Guard.NotNull(table);
        Guard.NotNull(writer);
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"Table '{table.Name}' has no columns; CSV cannot represent its rows.", nameof(table));
        }

        for (int i = 0; i < table.Fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            CsvCells.WriteText(writer, table.Fields[i].Header);
        }

        writer.Write(Crlf);
        var values = new object?[table.Fields.Count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            table.FieldValues(r, values);
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                CsvCells.Write(writer, values[i]);
            }

            writer.Write(Crlf);
        }
    }

    /// <summary>Writes a table as CSV to a string.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The CSV text, as <see cref="Write"/> writes it.</returns>
    /// <exception cref="ArgumentException">The table has no columns.</exception>
    public static string ToCsv(ResultTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    /// <summary>Writes the JSON sidecar (<see cref="TableSchema.ToJson"/>) that lets <see cref="Read(TextReader, TextReader)"/>
    /// restore the table exactly: its name, its declared columns and its notes.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write; it is not flushed or closed.</param>
    public static void WriteSchema(ResultTable table, TextWriter writer)
    {
        Guard.NotNull(table);
        Guard.NotNull(writer);
        writer.Write(table.Schema.ToJson());
    }

    /// <summary>Writes a table to <paramref name="path"/> and its schema sidecar beside it (the same path with
    /// <c>.schema.json</c> in place of its extension), flushing and closing both files.</summary>
    /// <param name="table">The table.</param>
    /// <param name="path">The CSV file's path.</param>
    /// <returns>The path of the sidecar.</returns>
    public static string WriteFile(ResultTable table, string path)
    {
        Guard.NotNull(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using (var csv = new StreamWriter(path))
        {
            Write(table, csv);
        }

        string schemaPath = Path.ChangeExtension(path, ".schema.json");
        File.WriteAllText(schemaPath, table.Schema.ToJson());
        return schemaPath;
    }

    /// <summary>Reads a CSV text written by <see cref="Write"/>, with the sidecar written by <see cref="WriteSchema"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="schema">The JSON sidecar.</param>
    /// <returns>The table, equal to the one written (<see cref="ResultTable.ContentEquals"/>).</returns>
    /// <exception cref="CsvFormatException">The sidecar is not valid, the CSV headers differ from it, or the CSV
    /// text is not valid for its columns; the message lists every problem with its line and column.</exception>
    public static ResultTable Read(TextReader reader, TextReader schema)
    {
        Guard.NotNull(reader);
        Guard.NotNull(schema);
        if (!TableSchema.TryParse(ByteOrderMark.Without(schema.ReadToEnd()), out TableSchema? parsed, out IReadOnlyList<string> problems))
        {
            throw new CsvFormatException("(unnamed)", problems.Select(p => "schema: " + p));
        }

        return Read(reader, parsed);
    }

    /// <summary>Reads a CSV text written by <see cref="Write"/> as a table of the given schema.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="schema">The table's name, columns and notes.</param>
    /// <returns>The table.</returns>
    /// <exception cref="CsvFormatException">The text is not valid CSV for the schema (headers, field counts, values);
    /// the message lists every problem with its line and column.</exception>
    public static ResultTable Read(TextReader reader, TableSchema schema)
    {
        Guard.NotNull(reader);
        Guard.NotNull(schema);
        var problems = new List<string>();
        List<CsvRecord> records = CsvTokenizer.Tokenize(ByteOrderMark.Without(reader.ReadToEnd()), problems);
        if (records.Count == 0)
        {
            problems.Add("line 1: the input is empty; expected a header record.");
            throw new CsvFormatException(schema.Name, problems);
        }

        IReadOnlyList<TableField> fields = schema.Fields;
        CsvRecord header = records[0];
        if (header.Fields.Count != fields.Count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {header.Line}: the header has {header.Fields.Count} fields; the schema has {fields.Count} ({string.Join(", ", fields.Select(f => f.Header))})."));
        }

        for (int i = 0; i < Math.Min(header.Fields.Count, fields.Count); i++)
        {
            if (header.Fields[i].Text != fields[i].Header)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {header.Line}, column {i + 1}: header '{HiddenCharacters.ShownInput(header.Fields[i].Text)}' differs from the schema's '{HiddenCharacters.ShownInput(fields[i].Header)}'."));
            }
        }

        var rows = new List<object?[]>(records.Count - 1);
        var values = new object?[fields.Count];
        for (int r = 1; r < records.Count; r++)
        {
            CsvRecord record = records[r];
            if (record.Truncated)
            {
                continue;
            }

            if (record.Fields.Count != fields.Count)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {record.Line}: the record has {record.Fields.Count} field{(record.Fields.Count == 1 ? string.Empty : "s")}; expected {fields.Count}."));
                continue;
            }

            int before = problems.Count;
            for (int i = 0; i < fields.Count; i++)
            {
                string where = string.Create(CultureInfo.InvariantCulture, $"line {record.Fields[i].Line}, column {i + 1} ({fields[i].Header})");
                values[i] = CsvCells.Read(record.Fields[i], fields[i].Type, where, problems);
            }

            if (problems.Count == before && schema.ToCells(values, string.Create(CultureInfo.InvariantCulture, $"line {record.Line}"), problems) is { } cells)
            {
                rows.Add(cells);
            }
        }

        if (problems.Count == 0)
        {
            return new ResultTable(schema.Name, schema.Columns.ToArray(), rows.ToArray(), schema.Notes.ToArray(), schema.Facts.ToArray());
        }

        throw new CsvFormatException(schema.Name, problems);
    }
}
