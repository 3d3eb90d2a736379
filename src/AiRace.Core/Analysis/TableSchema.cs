using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Buffers;
using System.Text;
using System.Text.Json;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>
/// What a <see cref="ResultTable"/> is besides its rows: its name, its declared columns and its notes. Exports that
/// cannot carry types themselves keep it beside the data as JSON (the CSV sidecar, the Parquet file's metadata), so
/// that reading gives back the same table. Immutable and thread-safe.
/// </summary>
/// <remarks>The JSON looks like
/// <c>{"name":"t","columns":[{"name":"value","kind":"Money","currency":"USD"},{"name":"rate","kind":"Decimal","unit":"CNY per USD"}],"notes":["..."]}</c>,
/// with kinds named as in <see cref="ColumnKind"/>; <c>unit</c> and <c>currency</c> appear only where a column has them,
/// and <c>"facts":["cn-sh-ai-subsidy-package", ...]</c> (the dataset's facts the rows rest on) only where there are any.</remarks>
public sealed class TableSchema
{
    /// <summary>Describes a table.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="columns">Its columns.</param>
    /// <param name="notes">Its notes.</param>
    /// <param name="facts">The ids of the dataset's facts its rows rest on (<see cref="ResultTable.Facts"/>), or null.</param>
    /// <exception cref="ArgumentException">The name is empty, there are no columns, two columns share a name, a
    /// fact id is empty or given twice, or the name or a note holds half a surrogate pair.</exception>
    public TableSchema(string name, IEnumerable<TableColumn> columns, IEnumerable<string>? notes = null, IEnumerable<string>? facts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guard.NotNull(columns);
        Name = name;
        Columns = Array.AsReadOnly(columns.ToArray());
        if (Columns.Count == 0)
        {
            throw new ArgumentException($"Table '{name}' has no columns.", nameof(columns));
        }

        if (Columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != Columns.Count)
        {
            throw new ArgumentException($"Table '{name}' has two columns of the same name.", nameof(columns));
        }

        ResultTable.CheckText(name, "The name of table '" + name + "'", nameof(name));
        Notes = Array.AsReadOnly(notes?.ToArray() ?? Array.Empty<string>());
        for (int n = 0; n < Notes.Count; n++)
        {
            ResultTable.CheckText(Notes[n], FormattableString.Invariant($"Note {n} of table '{name}'"), nameof(notes));
        }

        string[] ids = facts?.ToArray() ?? Array.Empty<string>();
        CheckFacts(name, ids);
        Facts = Array.AsReadOnly(ids);
        Fields = Array.AsReadOnly(Columns.SelectMany(c => c.Fields).ToArray());
    }

    /// <summary>Describes a table whose parts a <see cref="ResultTable"/> has checked already, without copying them (its
    /// read-only lists).</summary>
    internal TableSchema(string name, IReadOnlyList<TableColumn> columns, IReadOnlyList<string> notes, IReadOnlyList<string> facts, IReadOnlyList<TableField> fields)
    {
        Name = name;
        Columns = columns;
        Notes = notes;
        Facts = facts;
        Fields = fields;
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The fields the columns are exported as, in order.</summary>
    public IReadOnlyList<TableField> Fields { get; }

    /// <summary>The notes.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The ids of the dataset's facts the rows rest on (<see cref="ResultTable.Facts"/>); empty when none are
    /// recorded.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>Refuses an empty or repeated fact id.</summary>
    internal static void CheckFacts(string table, string[] facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in facts)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"Table '{table}' lists an empty fact id.", nameof(facts));
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"Table '{table}' lists the fact '{id}' twice.", nameof(facts));
            }
        }
    }

    /// <summary>The schema as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var text = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(text, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", Name);
            json.WriteStartArray("columns");
            foreach (TableColumn column in Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("kind", column.Kind.ToString());
                if (column.Unit is not null)
                {
                    json.WriteString("unit", column.Unit);
                }

                if (column.Currency is Currency currency)
                {
                    json.WriteString("currency", currency.Code);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (string note in Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            if (Facts.Count > 0)
            {
                json.WriteStartArray("facts");
                foreach (string id in Facts)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(text.WrittenSpan);
    }

    /// <summary>Reads a schema written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schema">The schema, or null.</param>
    /// <param name="problems">Every problem found (empty on success), each naming the column it is about.</param>
    /// <returns>Whether the text is a valid schema.</returns>
    public static bool TryParse(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TableSchema? schema, out IReadOnlyList<string> problems)
    {
        Guard.NotNull(json);
        var found = new List<string>();
        problems = found;
        schema = null;
        string name = string.Empty;
        var columns = new List<TableColumn>();
        var notes = new List<string>();
        var facts = new List<string>();
        if (UnpairedSurrogate(json) is int at)
        {
            // JsonDocument.Parse(string) throws ArgumentException for such text: a problem, like any other text that is not JSON.
            int line = 1 + json.AsSpan(0, at).Count('\n');
            int column = at - (json.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
            found.Add(FormattableString.Invariant($"not valid JSON: the text has an unpaired surrogate (U+{(int)json[at]:X4}) at line {line}, column {column}: it is not valid Unicode text."));
            return false;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                found.Add("the schema must be a JSON object with \"name\", \"columns\" and \"notes\".");
                return false;
            }

            if (root.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(n.GetString()))
            {
                name = n.GetString()!;
            }
            else
            {
                found.Add("\"name\" must be a non-empty string.");
            }

            if (root.TryGetProperty("columns", out JsonElement cols) && cols.ValueKind == JsonValueKind.Array && cols.GetArrayLength() > 0)
            {
                int i = 0;
                foreach (JsonElement col in cols.EnumerateArray())
                {
                    i++;
                    if (ReadColumn(col, i, found) is TableColumn column)
                    {
                        columns.Add(column);
                    }
                }
            }
            else
            {
                found.Add("\"columns\" must be a non-empty array.");
            }

            if (root.TryGetProperty("notes", out JsonElement ns))
            {
                if (ns.ValueKind == JsonValueKind.Array && ns.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
                {
                    notes.AddRange(ns.EnumerateArray().Select(x => x.GetString()!));
                }
                else
                {
                    found.Add("\"notes\" must be an array of strings.");
                }
            }

            if (root.TryGetProperty("facts", out JsonElement fs))
            {
                if (fs.ValueKind == JsonValueKind.Array && fs.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
                {
                    facts.AddRange(fs.EnumerateArray().Select(x => x.GetString()!));
                }
                else
                {
                    found.Add("\"facts\" must be an array of strings (the ids of the dataset's facts the rows rest on).");
                }
            }
        }
        catch (JsonException e)
        {
            found.Add("not valid JSON: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // a string that escapes half a surrogate pair ("\ud800"): the reader refuses to give it as text
            found.Add("not valid JSON: a string escapes half a surrogate pair, which is not valid Unicode text (" + e.Message + ")");
        }

        if (found.Count > 0)
        {
            return false;
        }

        try
        {
            schema = new TableSchema(name, columns, notes, facts);
            return true;
        }
        catch (ArgumentException e)
        {
            found.Add(e.Message);
            return false;
        }
    }

    /// <summary>The index of the first half of a surrogate pair that has no other half, or null when there is none.</summary>
    private static int? UnpairedSurrogate(string text) => HiddenCharacters.FirstUnpairedSurrogate(text) is var at and >= 0 ? at : null;

    /// <summary>The name and the columns' headers, such as "ranking: sponsor, rank, value [USD], ...".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Name + ": " + string.Join(", ", Columns.Select(c => c.Header));

    /// <summary>Checks rows against the columns and makes the table.</summary>
    /// <param name="rows">The rows, one cell per column.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A row does not fit the columns.</exception>
    public ResultTable ToTable(IEnumerable<IReadOnlyList<object?>> rows) => new(Name, Columns, rows, Notes, Facts);

    /// <summary>Whether two schemas describe the same table shape: name, columns, notes and facts.</summary>
    /// <param name="other">The other schema.</param>
    /// <returns>True when equal.</returns>
    public bool ContentEquals(TableSchema other)
    {
        Guard.NotNull(other);
        return Name == other.Name && Columns.SequenceEqual(other.Columns) && Notes.SequenceEqual(other.Notes) && Facts.SequenceEqual(other.Facts);
    }

    /// <summary>Turns the values of one record's fields (one per <see cref="Fields"/>, each of its field's type or
    /// null) back into a row of cells: the reverse of <see cref="ResultTable.FieldValues"/>.</summary>
    /// <param name="values">The values of one record, one per field.</param>
    /// <param name="where">Says where the record is, for messages (for example "line 3").</param>
    /// <param name="problems">Where problems go, each naming <paramref name="where"/> and the column.</param>
    /// <returns>The cells, or null when some values are not a cell of their column (an amount without its currency, an
    /// unknown currency code, a negative ratio, a share out of range, a malformed partial date).</returns>
    /// <exception cref="ArgumentException">The number of values differs from the number of fields.</exception>
    public object?[]? ToCells(ReadOnlySpan<object?> values, string where, ICollection<string> problems)
    {
        Guard.NotNull(problems);
        if (values.Length != Fields.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Table '{Name}' has {Fields.Count} fields; {values.Length} values were given."), nameof(values));
        }

        var cells = new object?[Columns.Count];
        int at = 0;
        bool ok = true;
        for (int c = 0; c < Columns.Count; c++)
        {
            TableColumn column = Columns[c];
            cells[c] = column.Unflatten(values.Slice(at, column.FieldCount), out string? error);
            if (error is not null)
            {
                problems.Add($"{where}, column '{column.Name}': {error}.");
                ok = false;
            }

            at += column.FieldCount;
        }

        return ok ? cells : null;
    }

    private static TableColumn? ReadColumn(JsonElement col, int i, List<string> problems)
    {
        string Where() => string.Create(CultureInfo.InvariantCulture, $"column {i}");
        if (col.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Where() + ": not a JSON object.");
            return null;
        }

        string? name = col.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        string? kindText = col.TryGetProperty("kind", out JsonElement k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        string? unit = col.TryGetProperty("unit", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        string? code = col.TryGetProperty("currency", out JsonElement cur) && cur.ValueKind == JsonValueKind.String ? cur.GetString() : null;
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(Where() + " has no \"name\" string.");
            return null;
        }

        ColumnKind? found = Enum.GetValues<ColumnKind>().Cast<ColumnKind?>().FirstOrDefault(x => string.Equals(x.ToString(), kindText, StringComparison.Ordinal));
        if (found is not ColumnKind kind)
        {
            problems.Add($"{Where()} ('{HiddenCharacters.ShownInput(name)}') has kind {(kindText is null ? "(none)" : "'" + HiddenCharacters.ShownInput(kindText) + "'")}; expected one of {string.Join(", ", Enum.GetNames<ColumnKind>())}.");
            return null;
        }

        Currency? currency = null;
        if (code is not null)
        {
            if (!Currency.TryFromCode(code, out Currency c))
            {
                problems.Add($"{Where()} ('{HiddenCharacters.ShownInput(name)}'): '{HiddenCharacters.ShownInput(code)}' is not an ISO 4217 currency code.");
                return null;
            }

            currency = c;
        }

        try
        {
            return new TableColumn(name, kind, unit, currency);
        }
        catch (ArgumentException e)
        {
            problems.Add($"{Where()} ('{name}'): {e.Message}");
            return null;
        }
    }
}
