using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiRace.Core.Analysis.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> as RFC 4180 CSV and reads it back exactly.
/// </summary>
/// <remarks>
/// <para>The format: fields separated by commas; every record, the last included, ends with CRLF; a field is quoted
/// when it holds a comma, a quote, a CR or an LF (quotes inside are doubled). The first record holds the column
/// headers (<see cref="TableColumn.Header"/>, such as <c>value [@currency]</c>), so units travel with the data.</para>
/// <para>Cells are written in the invariant culture, whatever the current culture: integers and decimals as
/// <see cref="long.ToString(IFormatProvider)"/> and <see cref="decimal.ToString(IFormatProvider)"/> give them
/// (decimals never rounded, trailing zeros kept), dates as <c>yyyy-MM-dd</c>, flags as <c>true</c>/<c>false</c>.
/// A missing cell (null) is an empty unquoted field; an empty text is a quoted empty field (<c>""</c>).</para>
/// <para>CSV has no types, and RFC 4180 allows no comment line to carry them. So the reader is either given the
/// column kinds (<see cref="Read(TextReader, IReadOnlyList{ColumnKind}, string, IEnumerable{string}?)"/>), or reads
/// them, with the table's name and notes, from a small JSON sidecar written by <see cref="WriteSchema"/>
/// (<see cref="Read(TextReader, TextReader)"/>). The sidecar looks like
/// <c>{"name":"t","columns":[{"header":"value [@currency]","kind":"Decimal"}],"notes":["..."]}</c>, with kinds
/// named as in <see cref="ColumnKind"/>.</para>
/// <para>Reading is strict: only CRLF ends a record; every record must have one field per column; quotes must balance
/// and may stand only around a whole field; integers and decimals must be plain invariant digits with an optional
/// leading '-' (decimals with an optional '.' and fraction, never more digits than <see cref="decimal"/> holds
/// exactly); dates must be <c>yyyy-MM-dd</c>; flags <c>true</c> or <c>false</c>; and <c>""</c> is allowed only in
/// text columns. Every problem found is reported at once in one <see cref="CsvFormatException"/>, each with its
/// line (counted from 1, as an editor counts them) and column (the field's position, counted from 1).</para>
/// </remarks>
public static class CsvExport
{
    private const string Crlf = "\r\n";
    private const string DateFormat = "yyyy-MM-dd";

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

        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteText(writer, table.Columns[i].Header);
        }

        writer.Write(Crlf);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            for (int i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                switch (row[i])
                {
                    case null:
                        break;
                    case string text:
                        WriteText(writer, text);
                        break;
                    case long integer:
                        writer.Write(integer.ToString(CultureInfo.InvariantCulture));
                        break;
                    case decimal number:
                        writer.Write(number.ToString(CultureInfo.InvariantCulture));
                        break;
                    case DateOnly date:
                        writer.Write(date.ToString(DateFormat, CultureInfo.InvariantCulture));
                        break;
                    case bool flag:
                        writer.Write(flag ? "true" : "false");
                        break;
                    default:
                        // ResultTable checks every cell's type, so this cannot happen.
                        throw new InvalidOperationException($"Table '{table.Name}' holds a cell of type {row[i]!.GetType().Name}.");
                }
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

    /// <summary>
    /// Writes the JSON sidecar that lets <see cref="Read(TextReader, TextReader)"/> restore the table exactly: its
    /// name, each column's header and kind, and its notes.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write; it is not flushed or closed.</param>
    public static void WriteSchema(ResultTable table, TextWriter writer)
    {
        Guard.NotNull(table);
        Guard.NotNull(writer);
        var columns = new JsonArray();
        foreach (TableColumn column in table.Columns)
        {
            columns.Add((JsonNode)new JsonObject { ["header"] = column.Header, ["kind"] = column.Kind.ToString() });
        }

        var notes = new JsonArray();
        foreach (string note in table.Notes)
        {
            notes.Add((JsonNode)JsonValue.Create(note));
        }

        var schema = new JsonObject { ["name"] = table.Name, ["columns"] = columns, ["notes"] = notes };
        writer.Write(schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Reads a CSV text written by <see cref="Write"/>, given the kinds of its columns.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="kinds">The kind of each column, in order.</param>
    /// <param name="name">The table's name.</param>
    /// <param name="notes">The table's notes (CSV does not carry them).</param>
    /// <returns>The table.</returns>
    /// <exception cref="CsvFormatException">The text is not valid CSV for these kinds; the message lists every
    /// problem with its line and column.</exception>
    /// <exception cref="ArgumentException">No kinds are given, or a kind is undefined.</exception>
    public static ResultTable Read(TextReader reader, IReadOnlyList<ColumnKind> kinds, string name, IEnumerable<string>? notes = null)
    {
        Guard.NotNull(reader);
        Guard.NotNull(kinds);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (kinds.Count == 0)
        {
            throw new ArgumentException("A CSV table has at least one column; no kinds were given.", nameof(kinds));
        }

        foreach (ColumnKind kind in kinds)
        {
            Guard.Defined(kind);
        }

        return Parse(reader.ReadToEnd(), kinds, null, name, notes?.ToArray() ?? Array.Empty<string>(), new List<string>());
    }

    /// <summary>Reads a CSV text written by <see cref="Write"/>, with the sidecar written by <see cref="WriteSchema"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="schema">The JSON sidecar: the table's name, each column's header and kind, the notes.</param>
    /// <returns>The table, equal to the one written (<see cref="ResultTable.ContentEquals"/>).</returns>
    /// <exception cref="CsvFormatException">The sidecar is not valid, the CSV headers differ from it, or the CSV
    /// text is not valid for its kinds; the message lists every problem with its line and column.</exception>
    public static ResultTable Read(TextReader reader, TextReader schema)
    {
        Guard.NotNull(reader);
        Guard.NotNull(schema);
        var problems = new List<string>();
        string name = "(unnamed)";
        var headers = new List<string>();
        var kinds = new List<ColumnKind>();
        var notes = new List<string>();
        try
        {
            using JsonDocument document = JsonDocument.Parse(schema.ReadToEnd());
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("schema: the sidecar must be a JSON object with \"name\", \"columns\" and \"notes\".");
            }
            else
            {
                if (root.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString()))
                {
                    name = n.GetString()!;
                }
                else
                {
                    problems.Add("schema: \"name\" must be a non-empty string.");
                }

                if (root.TryGetProperty("columns", out JsonElement cols) && cols.ValueKind == JsonValueKind.Array && cols.GetArrayLength() > 0)
                {
                    int i = 0;
                    foreach (JsonElement col in cols.EnumerateArray())
                    {
                        i++;
                        string? header = col.ValueKind == JsonValueKind.Object && col.TryGetProperty("header", out JsonElement h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                        string? kindText = col.ValueKind == JsonValueKind.Object && col.TryGetProperty("kind", out JsonElement k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
                        if (string.IsNullOrEmpty(header))
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"schema: column {i} has no \"header\" string."));
                        }

                        if (kindText is null || !TryParseKind(kindText, out ColumnKind kind))
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"schema: column {i} has kind {(kindText is null ? "(none)" : "'" + kindText + "'")}; expected one of {string.Join(", ", Enum.GetNames<ColumnKind>())}."));
                            kind = ColumnKind.Text;
                        }

                        headers.Add(header ?? string.Empty);
                        kinds.Add(kind);
                    }
                }
                else
                {
                    problems.Add("schema: \"columns\" must be a non-empty array.");
                }

                if (root.TryGetProperty("notes", out JsonElement ns))
                {
                    if (ns.ValueKind == JsonValueKind.Array && ns.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
                    {
                        notes.AddRange(ns.EnumerateArray().Select(x => x.GetString()!));
                    }
                    else
                    {
                        problems.Add("schema: \"notes\" must be an array of strings.");
                    }
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add("schema: not valid JSON: " + e.Message);
        }

        if (kinds.Count == 0)
        {
            throw new CsvFormatException(name, problems);
        }

        return Parse(reader.ReadToEnd(), kinds, headers, name, notes, problems);
    }

    private static bool TryParseKind(string text, out ColumnKind kind)
    {
        foreach (ColumnKind k in Enum.GetValues<ColumnKind>())
        {
            if (string.Equals(k.ToString(), text, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static void WriteText(TextWriter writer, string text)
    {
        if (text.Length > 0 && text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static ResultTable Parse(string text, IReadOnlyList<ColumnKind> kinds, IReadOnlyList<string>? expectedHeaders, string name, IReadOnlyList<string> notes, List<string> problems)
    {
        List<Record> records = Tokenize(text, problems);
        if (records.Count == 0)
        {
            problems.Add("line 1: the input is empty; expected a header record.");
            throw new CsvFormatException(name, problems);
        }

        Record header = records[0];
        var columns = new List<TableColumn>();
        if (header.Fields.Count != kinds.Count)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {header.Line}: the header has {header.Fields.Count} fields; expected {kinds.Count} (one per column kind given)."));
        }

        for (int i = 0; i < Math.Min(header.Fields.Count, kinds.Count); i++)
        {
            Field f = header.Fields[i];
            if (expectedHeaders is not null && f.Text != expectedHeaders[i])
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {f.Line}, column {i + 1}: header '{f.Text}' differs from the schema's '{expectedHeaders[i]}'."));
            }

            try
            {
                columns.Add(TableColumn.FromHeader(f.Text, kinds[i]));
            }
            catch (ArgumentException e)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {f.Line}, column {i + 1}: header '{f.Text}' is not a valid {kinds[i]} column: {FirstSentence(e)}"));
            }
        }

        bool headerOk = columns.Count == kinds.Count;
        var rows = new List<IReadOnlyList<object?>>();
        for (int r = 1; r < records.Count; r++)
        {
            Record record = records[r];
            if (record.Truncated)
            {
                continue;
            }

            if (record.Fields.Count != kinds.Count)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {record.Line}: the record has {record.Fields.Count} field{(record.Fields.Count == 1 ? string.Empty : "s")}; expected {kinds.Count}."));
                continue;
            }

            var cells = new object?[kinds.Count];
            for (int i = 0; i < kinds.Count; i++)
            {
                string where = string.Create(CultureInfo.InvariantCulture, $"line {record.Fields[i].Line}, column {i + 1}{(headerOk ? " (" + columns[i].Header + ")" : string.Empty)}");
                cells[i] = ParseCell(record.Fields[i], kinds[i], where, problems);
            }

            rows.Add(cells);
        }

        if (problems.Count == 0)
        {
            try
            {
                return new ResultTable(name, columns, rows, notes);
            }
            catch (ArgumentException e)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {header.Line}: the columns do not form a table: {FirstSentence(e)}"));
            }
        }

        throw new CsvFormatException(name, problems);
    }

    private static string FirstSentence(ArgumentException e) =>
        e.ParamName is not null && e.Message.EndsWith(" (Parameter '" + e.ParamName + "')", StringComparison.Ordinal)
            ? e.Message[..^(" (Parameter '" + e.ParamName + "')").Length]
            : e.Message;

    private static object? ParseCell(Field field, ColumnKind kind, string where, List<string> problems)
    {
        string s = field.Text;
        if (kind == ColumnKind.Text)
        {
            return s.Length == 0 && !field.Quoted ? null : s;
        }

        if (s.Length == 0)
        {
            if (field.Quoted)
            {
                problems.Add($"{where}: \"\" (an empty text) is not allowed in a {kind} column; leave the field empty and unquoted for a missing value.");
            }

            return null;
        }

        switch (kind)
        {
            case ColumnKind.Integer:
                if (IsPlainNumber(s, allowFraction: false) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
                {
                    return integer;
                }

                problems.Add(IsPlainNumber(s, allowFraction: false)
                    ? $"{where}: '{s}' is out of the range of a 64-bit integer."
                    : $"{where}: '{s}' is not a whole number (expected invariant digits with an optional leading '-', such as -2024).");
                return null;

            case ColumnKind.Decimal:
                if (!IsPlainNumber(s, allowFraction: true))
                {
                    problems.Add($"{where}: '{s}' is not a decimal (expected invariant digits with an optional leading '-' and '.' fraction, such as -1234.50; no exponent, spaces or group separators).");
                    return null;
                }

                int point = s.IndexOf('.', StringComparison.Ordinal);
                int fractionDigits = point < 0 ? 0 : s.Length - point - 1;
                try
                {
                    decimal number = decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    if (number.Scale == fractionDigits)
                    {
                        return number;
                    }

                    problems.Add($"{where}: '{s}' has more digits than a decimal holds exactly; it would be rounded to {number.ToString(CultureInfo.InvariantCulture)}.");
                }
                catch (OverflowException)
                {
                    problems.Add($"{where}: '{s}' is out of the range of a decimal (±79228162514264337593543950335).");
                }

                return null;

            case ColumnKind.Date:
                if (DateOnly.TryParseExact(s, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
                {
                    return date;
                }

                problems.Add($"{where}: '{s}' is not a date written yyyy-MM-dd.");
                return null;

            case ColumnKind.Boolean:
                if (s == "true")
                {
                    return true;
                }

                if (s == "false")
                {
                    return false;
                }

                problems.Add($"{where}: '{s}' is not a flag (expected true or false, in lower case).");
                return null;

            default:
                throw new InvalidOperationException($"Unknown column kind {kind}.");
        }
    }

    private static bool IsPlainNumber(string s, bool allowFraction)
    {
        int i = s.Length > 0 && s[0] == '-' ? 1 : 0;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        if (i == s.Length)
        {
            return true;
        }

        if (!allowFraction || s[i] != '.')
        {
            return false;
        }

        int fraction = ++i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i == s.Length && i > fraction;
    }

    private static List<Record> Tokenize(string text, List<string> problems)
    {
        var records = new List<Record>();
        int i = 0;
        int line = 1;
        while (i < text.Length)
        {
            var record = new Record(line, new List<Field>());
            records.Add(record);
            while (true)
            {
                int column = record.Fields.Count + 1;
                int fieldLine = line;
                var value = new StringBuilder();
                bool quoted = i < text.Length && text[i] == '"';
                if (quoted)
                {
                    i++;
                    bool closed = false;
                    while (i < text.Length)
                    {
                        char c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
                        {
                            line++;
                        }

                        value.Append(c);
                        i++;
                    }

                    if (!closed)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {fieldLine}, column {column}: the quoted field opened here is never closed (unbalanced quote)."));
                        record.Fields.Add(new Field(value.ToString(), true, fieldLine));
                        record.Truncated = true;
                        return records;
                    }

                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: '{text[i]}' follows the closing quote; a quoted field must end at a comma or line end (write a quote inside a field as \"\")."));
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            i++;
                        }
                    }
                }
                else
                {
                    bool reported = false;
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"' && !reported)
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: a quote inside an unquoted field; quote the whole field and double the quote (\"\")."));
                            reported = true;
                        }

                        value.Append(text[i]);
                        i++;
                    }
                }

                record.Fields.Add(new Field(value.ToString(), quoted, fieldLine));
                if (i >= text.Length)
                {
                    return records;
                }

                char end = text[i];
                if (end == ',')
                {
                    i++;
                    continue;
                }

                if (end == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i += 2;
                }
                else
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: the record ends with a bare {(end == '\r' ? "CR" : "LF")}; RFC 4180 records end with CRLF (quote a field that holds a line break)."));
                    i++;
                }

                line++;
                break;
            }
        }

        return records;
    }

    private sealed record Field(string Text, bool Quoted, int Line);

    private sealed record Record(int Line, List<Field> Fields)
    {
        /// <summary>Whether an unbalanced quote cut the record short (its field count then means nothing).</summary>
        public bool Truncated { get; set; }
    }
}
