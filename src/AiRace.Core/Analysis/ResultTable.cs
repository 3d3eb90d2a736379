using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AiRace.Core.Data;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>
/// A table of results (or of the dataset) with declared, typed columns (<see cref="TableColumn"/>): money with its
/// currency, shares, ratios, decimals with their unit, days, partial dates, text, integers and flags. It exports to CSV
/// (<see cref="Export.CsvExport"/>), and with the AiRace.Export package to a <c>DataFrame</c> or Parquet, without
/// losing a unit. Cells may be null (missing). Build one with <see cref="ResultTableBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class ResultTable
{
    private readonly object?[][] _rows;
    private readonly TableColumn[] _columns;
    private readonly TableField[] _fields;

    // for each field, the index of its column and whether it is the column's second field (a money cell's currency code)
    private readonly int[] _fieldColumns;
    private readonly bool[] _currencyFields;

    /// <summary>Creates a table, checking every cell against its column.</summary>
    /// <param name="name">The table's name (used for file names and captions).</param>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows: one cell per column, of the column's kind (<see cref="ColumnKind"/>) or null.</param>
    /// <param name="notes">What the reader must know: the rule applied, caveats.</param>
    /// <param name="facts">The ids of the dataset's facts the rows rest on (see <see cref="Facts"/>), or null for none.</param>
    /// <exception cref="ArgumentException">Two columns (or two exported fields) share a name, a row has the wrong
    /// length, or a cell is of the wrong type or currency; the message names the row and column. A fact id is empty
    /// or given twice. The name, a note or a text cell holds half a surrogate pair, which no export can write.</exception>
    public ResultTable(string name, IEnumerable<TableColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, IEnumerable<string>? notes = null, IEnumerable<string>? facts = null)
        : this(name, (columns ?? throw new ArgumentNullException(nameof(columns))).ToArray(), Copy(rows), notes?.ToArray() ?? Array.Empty<string>(), CheckedFacts(name, facts?.ToArray() ?? Array.Empty<string>()))
    {
    }

    /// <summary>Takes ownership of the arrays (the builder's and readers' path: no copy). The facts must be checked
    /// already (<see cref="TableSchema.CheckFacts"/>; the builder and <see cref="TableSchema"/> do).</summary>
    internal ResultTable(string name, TableColumn[] columns, object?[][] rows, string[] notes, string[] facts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CheckText(name, "The name of table '" + name + "'", nameof(name));
        Name = name;
        _columns = columns;
        CheckNames(name, columns);
        for (int n = 0; n < notes.Length; n++)
        {
            CheckText(notes[n], string.Create(CultureInfo.InvariantCulture, $"Note {n} of table '{name}'"), nameof(notes));
        }

        for (int r = 0; r < rows.Length; r++)
        {
            object?[] row = rows[r];
            if (row.Length != columns.Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {r} of table '{name}' has {row.Length} cells; the table has {columns.Length} columns."), nameof(rows));
            }

            for (int i = 0; i < columns.Length; i++)
            {
                if (row[i] is string text && HiddenCharacters.FirstUnpairedSurrogate(text) >= 0)
                {
                    // the place is described only when the text is refused
                    CheckText(text, string.Create(CultureInfo.InvariantCulture, $"Row {r}, column '{columns[i].Name}' of table '{name}'"), nameof(rows));
                }

                if (row[i] is { } cell && !columns[i].Fits(cell))
                {
                    string what = cell is Money m ? "money in " + m.Currency.Code : "a " + cell.GetType().Name;
                    string expected = columns[i].Kind == ColumnKind.Money && columns[i].Currency is Currency c ? "money in " + c.Code : columns[i].Kind + " values";
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Row {r}, column '{columns[i].Name}' of table '{name}' holds {what}; the column holds {expected}."), nameof(rows));
                }
            }
        }

        _rows = rows;
        _fields = columns.SelectMany(c => c.Fields).ToArray();
        _fieldColumns = new int[_fields.Length];
        _currencyFields = new bool[_fields.Length];
        for (int c = 0, f = 0; c < columns.Length; c++)
        {
            for (int part = 0; part < columns[c].FieldCount; part++, f++)
            {
                _fieldColumns[f] = c;
                _currencyFields[f] = part == 1;
            }
        }

        Columns = Array.AsReadOnly(columns);
        Fields = Array.AsReadOnly(_fields);
        Rows = new RowList(rows, name);
        Notes = Array.AsReadOnly(notes);
        Facts = Array.AsReadOnly(facts);
    }

    /// <summary>Refuses text with half a surrogate pair: no export can write it (UTF-8 has no encoding for it, and a
    /// writer would replace it or fail), so the table could not be read back equal.</summary>
    internal static void CheckText(string text, string where, string parameter)
    {
        if (HiddenCharacters.FirstUnpairedSurrogate(text) is var at and >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{where} holds half a surrogate pair (U+{(int)text[at]:X4}) at index {at}, which no export can write."), parameter);
        }
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The columns. Read-only: a change through <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The fields the table is exported as (each column's <see cref="TableColumn.Fields"/>, in order).</summary>
    public IReadOnlyList<TableField> Fields { get; }

    /// <summary>The rows, each with one cell per column (null for missing). Read-only, the list and each row: a change
    /// through <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>. A row is a view made the first time it is
    /// read and handed out again after that (<see cref="Cell"/> and <see cref="FieldValues"/> read cells without one).</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>What the reader must know: the rule applied, caveats.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The ids of the dataset's facts the rows rest on — programmes, parts, targets, overlaps, ambiguities — in
    /// the order first used; empty for a table built without them. <see cref="Citations"/> turns them into the list of
    /// sources behind the table.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>The table's name, columns, notes and facts: what an export needs besides the rows.</summary>
    public TableSchema Schema => new(Name, Columns, Notes, Facts, Fields);

    /// <summary>The sources behind the table: every source its facts (<see cref="Facts"/>) cite, with the quotes they
    /// rest on and the sources of an overlay's change to them, as a <see cref="CitationList"/> that writes numbered
    /// Markdown (<see cref="CitationList.ToMarkdown"/>) or CSL-JSON (<see cref="CitationList.ToCslJson"/>).</summary>
    /// <param name="dataset">The dataset the table was computed from.</param>
    /// <returns>The citation list (empty when the table records no facts).</returns>
    /// <exception cref="KeyNotFoundException">A fact of the table is not in the dataset (the table was computed from
    /// another one).</exception>
    public CitationList Citations(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return CitationList.For(dataset, Facts);
    }

    /// <summary>The index of a column.</summary>
    /// <param name="name">The column's name.</param>
    /// <returns>Its index.</returns>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    public int IndexOf(string name)
    {
        for (int i = 0; i < _columns.Length; i++)
        {
            if (_columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"Table '{Name}' has no column '{name}'; it has {string.Join(", ", Columns.Select(c => c.Name))}.", nameof(name));
    }

    /// <summary>The cell of a row in a named column.</summary>
    /// <param name="row">The row's index.</param>
    /// <param name="column">The column's name.</param>
    /// <returns>The cell, or null when missing.</returns>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public object? Cell(int row, string column)
    {
        CheckRow(row);
        return _rows[row][IndexOf(column)];
    }

    private void CheckRow(int row) => CheckRow(row, _rows.Length, Name, nameof(row));

    /// <summary>Refuses a row index the table does not have, naming the table and its number of rows.</summary>
    private static void CheckRow(int row, int count, string table, string parameter)
    {
        if ((uint)row >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(parameter, row, string.Create(CultureInfo.InvariantCulture, $"Table '{table}' has {count} row{(count == 1 ? string.Empty : "s")}, numbered from 0; there is no row {row}."));
        }
    }

    /// <summary>Whether two tables have the same name, columns, rows (cell by cell), notes and facts.</summary>
    /// <param name="other">The other table.</param>
    /// <returns>True when equal.</returns>
    public bool ContentEquals(ResultTable other)
    {
        Guard.NotNull(other);
        return Name == other.Name
            && Columns.SequenceEqual(other.Columns)
            && _rows.Length == other._rows.Length
            && _rows.Zip(other._rows).All(p => p.First.SequenceEqual(p.Second))
            && Notes.SequenceEqual(other.Notes)
            && Facts.SequenceEqual(other.Facts);
    }

    /// <summary>Writes a row as the values of its exported fields (<see cref="Fields"/>), what every export writes: a
    /// money cell as its amount (and its currency code, where the column has no currency of its own), a share as its
    /// percent, a ratio as its value, a partial date as its text; other cells as they are; null as null.</summary>
    /// <param name="row">The row's index.</param>
    /// <param name="into">A buffer of at least <see cref="Fields"/>.Count values.</param>
    /// <exception cref="ArgumentException">The buffer is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public void FieldValues(int row, object?[] into)
    {
        Guard.NotNull(into);
        CheckRow(row);
        if (into.Length < _fields.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The buffer holds {into.Length} values; table '{Name}' has {_fields.Length} fields."), nameof(into));
        }

        object?[] cells = _rows[row];
        int at = 0;
        for (int c = 0; c < _columns.Length; c++)
        {
            _columns[c].Flatten(cells[c], into, at);
            at += _columns[c].FieldCount;
        }
    }

    /// <summary>Reads the value of one exported field (<see cref="Fields"/>) of a row, the value
    /// <see cref="FieldValues"/> writes for it, typed: a money cell's amount, a share's percent and a ratio's value as a
    /// <see cref="decimal"/>, a money cell's currency code and a partial date's text as a <see cref="string"/>, other
    /// cells as they are. No value is boxed, so that an export can fill typed buffers field by field without
    /// allocating (except for a partial date's text).</summary>
    /// <typeparam name="T">The field's type (<see cref="TableField.Type"/>): <see cref="string"/> for
    /// <see cref="FieldType.Text"/>, <see cref="long"/> for <see cref="FieldType.Integer"/>, <see cref="DateOnly"/> for
    /// <see cref="FieldType.Date"/>, <see cref="bool"/> for <see cref="FieldType.Boolean"/>, <see cref="decimal"/> for
    /// <see cref="FieldType.Decimal"/>.</typeparam>
    /// <param name="row">The row's index.</param>
    /// <param name="field">The field's index in <see cref="Fields"/>.</param>
    /// <param name="value">The value, or the default of <typeparamref name="T"/> when the cell is null.</param>
    /// <returns>True with the value; false when the cell is null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such row or field.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the field's type.</exception>
    public bool TryGetFieldValue<T>(int row, int field, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        CheckRow(row);
        if ((uint)field >= (uint)_fields.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(field), field, string.Create(CultureInfo.InvariantCulture, $"Table '{Name}' has {_fields.Length} field{(_fields.Length == 1 ? string.Empty : "s")}, numbered from 0; there is no field {field}."));
        }

        FieldType type = _fields[field].Type;
        Type expected = type switch
        {
            FieldType.Text => typeof(string),
            FieldType.Integer => typeof(long),
            FieldType.Date => typeof(DateOnly),
            FieldType.Boolean => typeof(bool),
            _ => typeof(decimal),
        };
        if (typeof(T) != expected)
        {
            throw new ArgumentException($"Field '{_fields[field].Header}' of table '{Name}' is a {type} field, read as {expected.Name}, not as {typeof(T).Name}.", nameof(T));
        }

        switch (_rows[row][_fieldColumns[field]])
        {
            case null:
                value = default;
                return false;
            case Money m:
                return _currencyFields[field] ? Give(m.Currency.Code, out value) : Give(m.Amount, out value);
            case Share s:
                return Give(s.Percent, out value);
            case Ratio q:
                return Give(q.Value, out value);
            case Policy.PartialDate d:
                return Give(d.ToString(), out value);
            case object cell:
                value = (T)cell;
                return true;
        }
    }

    /// <summary>A value as the <typeparamref name="T"/> it is (the caller has checked that they are one type).</summary>
    private static bool Give<TValue, T>(TValue given, out T value)
    {
        value = Unsafe.As<TValue, T>(ref given);
        return true;
    }

    /// <summary>The table as plain text for a console or a log: its name and size, the header of every column, up to ten
    /// rows (cells in the invariant culture, long ones cut with "…") and its notes.</summary>
    /// <returns>The text, lines separated by <see cref="Environment.NewLine"/>.</returns>
    public override string ToString()
    {
        const int MaxRows = 10, MaxCell = 32;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{Name}: {Rows.Count} row{(Rows.Count == 1 ? string.Empty : "s")} × {Columns.Count} column{(Columns.Count == 1 ? string.Empty : "s")}"),
        };
        string[][] cells = new[] { Columns.Select(c => c.Header).ToArray() }
            .Concat(_rows.Take(MaxRows).Select(r => r.Select(CellText).ToArray()))
            .Select(r => r.Select(t => t.Length > MaxCell ? t[..(MaxCell - 1)] + "…" : t).ToArray())
            .ToArray();
        int[] widths = Enumerable.Range(0, Columns.Count).Select(i => cells.Max(r => r[i].Length)).ToArray();
        foreach (string[] row in cells)
        {
            lines.Add("  " + string.Join(" | ", row.Select((t, i) => t.PadRight(widths[i]))).TrimEnd());
        }

        if (Rows.Count > MaxRows)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  … {Rows.Count - MaxRows} more rows"));
        }

        lines.AddRange(Notes.Select(n => "  note: " + n));
        return string.Join(Environment.NewLine, lines);
    }

    private static string CellText(object? cell) => cell switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Money m => m.ToString("G", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string[] CheckedFacts(string name, string[] facts)
    {
        TableSchema.CheckFacts(name, facts);
        return facts;
    }

    private static object?[][] Copy(IEnumerable<IReadOnlyList<object?>> rows)
    {
        Guard.NotNull(rows);
        return rows.Select(r => r?.ToArray() ?? throw new ArgumentException("A row of the table is null.", nameof(rows))).ToArray();
    }

    private static void CheckNames(string name, TableColumn[] columns)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TableColumn c in columns)
        {
            Guard.NotNull(c);
            if (!seen.Add(c.Name))
            {
                throw new ArgumentException($"Table '{name}' has two columns named '{c.Name}'.", nameof(columns));
            }
        }

        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (TableField f in columns.SelectMany(c => c.Fields))
        {
            if (!fields.Add(f.Header))
            {
                throw new ArgumentException($"Table '{name}' would export two fields named '{f.Header}' (a money column's currency field is its name + '{TableColumn.CurrencyFieldSuffix}').", nameof(columns));
            }
        }
    }

    /// <summary>The rows as a read-only list: each row is handed out as a read-only view of its cells, made the first time
    /// it is read and kept, so that building a table allocates nothing per row and no caller can change a checked cell. It is also a
    /// read-only <see cref="IList{T}"/>, as <see cref="ReadOnlyCollection{T}"/> is, so that LINQ counts and copies it
    /// without enumerating it; every change through that interface throws <see cref="NotSupportedException"/>.</summary>
    private sealed class RowList(object?[][] rows, string table) : IReadOnlyList<IReadOnlyList<object?>>, IList<IReadOnlyList<object?>>
    {
        // each row's view, once made (a row read twice is the same object, as it was when the rows were arrays)
        private ReadOnlyCollection<object?>?[]? _views;

        public int Count => rows.Length;

        public bool IsReadOnly => true;

        public IReadOnlyList<object?> this[int index]
        {
            get
            {
                CheckRow(index, rows.Length, table, nameof(index));

                ReadOnlyCollection<object?>?[] views = Volatile.Read(ref _views) ?? Interlocked.CompareExchange(ref _views, new ReadOnlyCollection<object?>?[rows.Length], null) ?? _views!;
                return Volatile.Read(ref views[index]) ?? Interlocked.CompareExchange(ref views[index], Array.AsReadOnly(rows[index]), null) ?? views[index]!;
            }
        }

        IReadOnlyList<object?> IList<IReadOnlyList<object?>>.this[int index]
        {
            get => this[index];
            set => throw ReadOnly();
        }

        public int IndexOf(IReadOnlyList<object?> item)
        {
            for (int i = 0; i < rows.Length; i++)
            {
                if (item is not null && rows[i].SequenceEqual(item))
                {
                    return i;
                }
            }

            return -1;
        }

        public bool Contains(IReadOnlyList<object?> item) => IndexOf(item) >= 0;

        public void CopyTo(IReadOnlyList<object?>[] array, int arrayIndex)
        {
            ArgumentNullException.ThrowIfNull(array);
            ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
            if (array.Length - arrayIndex < rows.Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The array has room for {array.Length - arrayIndex} rows from index {arrayIndex}; the table has {rows.Length}."), nameof(array));
            }

            for (int i = 0; i < rows.Length; i++)
            {
                array[arrayIndex + i] = this[i];
            }
        }

        public IEnumerator<IReadOnlyList<object?>> GetEnumerator()
        {
            for (int i = 0; i < rows.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        void ICollection<IReadOnlyList<object?>>.Add(IReadOnlyList<object?> item) => throw ReadOnly();

        void ICollection<IReadOnlyList<object?>>.Clear() => throw ReadOnly();

        bool ICollection<IReadOnlyList<object?>>.Remove(IReadOnlyList<object?> item) => throw ReadOnly();

        void IList<IReadOnlyList<object?>>.Insert(int index, IReadOnlyList<object?> item) => throw ReadOnly();

        void IList<IReadOnlyList<object?>>.RemoveAt(int index) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new("The rows of a ResultTable are read-only.");
    }
}
