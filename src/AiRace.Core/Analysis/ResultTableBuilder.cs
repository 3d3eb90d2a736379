using System;
using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Analysis;

/// <summary>A column declared on a <see cref="ResultTableBuilder"/>, typed by its cells, used to set them in a row.</summary>
/// <typeparam name="T">The type of the column's cells.</typeparam>
public sealed class TableColumn<T>
{
    internal TableColumn(ResultTableBuilder owner, TableColumn column, int index)
    {
        Owner = owner;
        Column = column;
        Index = index;
    }

    /// <summary>The declared column.</summary>
    public TableColumn Column { get; }

    /// <summary>Its position in the table.</summary>
    public int Index { get; }

    internal ResultTableBuilder Owner { get; }
}

/// <summary>
/// Builds a <see cref="ResultTable"/>: declare the columns (each declaration returns a typed handle), then add rows
/// and set their cells through the handles, so that a money cell can only be money, a share only a share. Every
/// analysis builds its table this way. Not thread-safe; the table it builds is.
/// </summary>
/// <example><code>
/// var b = new ResultTableBuilder("ranking");
/// TableColumn&lt;string&gt; id = b.Text("programme");
/// TableColumn&lt;Money&gt; value = b.Money("value", Currency.USD);
/// b.AddRow().Set(id, "us-stargate").Set(value, Money.Billions(500, Currency.USD));
/// ResultTable table = b.Note("Ranked within each sponsor kind.").Build();
/// </code></example>
public sealed class ResultTableBuilder
{
    private readonly List<TableColumn> _columns = new();
    private readonly List<object?[]> _rows = new();
    private readonly List<string> _notes = new();
    private readonly List<string> _facts = new();
    private readonly HashSet<string> _factSet = new(StringComparer.Ordinal);

    /// <summary>Starts a table.</summary>
    /// <param name="name">The table's name.</param>
    public ResultTableBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Starts a table whose number of rows and of facts is known, so that neither list grows by copying.</summary>
    internal ResultTableBuilder(string name, int rows, int facts)
        : this(name)
    {
        _rows.Capacity = rows;
        _facts.Capacity = facts;
        _factSet.EnsureCapacity(facts);
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Declares a text column.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<string> Text(string name) => Add<string>(new TableColumn(name, ColumnKind.Text));

    /// <summary>Declares a column of whole numbers (years, counts).</summary>
    /// <param name="name">Its name.</param>
    /// <param name="unit">Its unit, if any.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<long> Integer(string name, string? unit = null) => Add<long>(new TableColumn(name, ColumnKind.Integer, unit));

    /// <summary>Declares a column of exact decimals of one unit (not money: see <see cref="Money"/>).</summary>
    /// <param name="name">Its name.</param>
    /// <param name="unit">Its unit, such as "percent", "pp per year" or "CNY per USD".</param>
    /// <returns>Its handle.</returns>
    public TableColumn<decimal> Decimal(string name, string unit) => Add<decimal>(new TableColumn(name, ColumnKind.Decimal, unit));

    /// <summary>Declares a money column.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="currency">The currency of every cell; null when each cell has its own.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<Money> Money(string name, Currency? currency = null) => Add<Money>(new TableColumn(name, ColumnKind.Money, null, currency));

    /// <summary>Declares a column of shares (exported in percent).</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<Share> Share(string name) => Add<Share>(new TableColumn(name, ColumnKind.Share));

    /// <summary>Declares a column of ratios.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<Ratio> Ratio(string name) => Add<Ratio>(new TableColumn(name, ColumnKind.Ratio));

    /// <summary>Declares a column of days.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<DateOnly> Date(string name) => Add<DateOnly>(new TableColumn(name, ColumnKind.Date));

    /// <summary>Declares a column of dates each known to its own precision.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<PartialDate> PartialDate(string name) => Add<PartialDate>(new TableColumn(name, ColumnKind.PartialDate));

    /// <summary>Declares a column of flags.</summary>
    /// <param name="name">Its name.</param>
    /// <returns>Its handle.</returns>
    public TableColumn<bool> Boolean(string name) => Add<bool>(new TableColumn(name, ColumnKind.Boolean));

    /// <summary>Adds a note: what the reader must know.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    public ResultTableBuilder Note(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        _notes.Add(note);
        return this;
    }

    /// <summary>Records the facts of the dataset the table's rows rest on (programmes, parts, targets, overlaps, ...), so
    /// that the table can list its sources (<see cref="ResultTable.Citations"/>); each id once, in the order given.</summary>
    /// <param name="ids">The facts' ids.</param>
    /// <returns>This builder.</returns>
    public ResultTableBuilder Facts(IEnumerable<string> ids)
    {
        Guard.NotNull(ids);
        foreach (string id in ids)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(ids));
            if (_factSet.Add(id))
            {
                _facts.Add(id);
            }
        }

        return this;
    }

    /// <summary>Records facts without checking that each is recorded once: for a caller that knows its ids are distinct
    /// from each other and from every fact recorded before or after (the ids of one dataset's programmes and parts, each
    /// once), so that a table of a million programmes does not build a set of a million ids.</summary>
    internal ResultTableBuilder DistinctFacts(IEnumerable<string> ids)
    {
        _facts.AddRange(ids);
        return this;
    }

    /// <summary>Adds a row whose cells are all missing until set.</summary>
    /// <returns>The row.</returns>
    /// <exception cref="InvalidOperationException">No column is declared.</exception>
    public ResultTableRow AddRow()
    {
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException($"Table '{Name}': declare the columns before adding rows.");
        }

        var cells = new object?[_columns.Count];
        _rows.Add(cells);
        return new ResultTableRow(this, cells);
    }

    /// <summary>Makes the table.</summary>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A money cell is not in its column's currency.</exception>
    public ResultTable Build() => new(Name, _columns.ToArray(), _rows.ToArray(), _notes.ToArray(), _facts.ToArray());

    private TableColumn<T> Add<T>(TableColumn column)
    {
        if (_rows.Count > 0)
        {
            throw new InvalidOperationException($"Table '{Name}': column '{column.Name}' is declared after rows were added.");
        }

        if (_columns.Exists(c => c.Name == column.Name))
        {
            throw new ArgumentException($"Table '{Name}' already has a column named '{column.Name}'.", nameof(column));
        }

        _columns.Add(column);
        return new TableColumn<T>(this, column, _columns.Count - 1);
    }
}

/// <summary>A row being filled by a <see cref="ResultTableBuilder"/>.</summary>
public sealed class ResultTableRow
{
    private readonly ResultTableBuilder _owner;
    private readonly object?[] _cells;

    internal ResultTableRow(ResultTableBuilder owner, object?[] cells)
    {
        _owner = owner;
        _cells = cells;
    }

    /// <summary>Sets a cell (null leaves it missing).</summary>
    /// <typeparam name="T">The cell type.</typeparam>
    /// <param name="column">The column, declared on the same builder.</param>
    /// <param name="value">The value, or null.</param>
    /// <returns>This row.</returns>
    /// <exception cref="ArgumentException">The column belongs to another builder.</exception>
    public ResultTableRow Set<T>(TableColumn<T> column, T? value)
        where T : struct
    {
        _cells[Check(column)] = value;
        return this;
    }

    /// <summary>Sets a text cell (null leaves it missing).</summary>
    /// <param name="column">The column, declared on the same builder.</param>
    /// <param name="value">The text, or null.</param>
    /// <returns>This row.</returns>
    /// <exception cref="ArgumentException">The column belongs to another builder.</exception>
    public ResultTableRow Set(TableColumn<string> column, string? value)
    {
        _cells[Check(column)] = value;
        return this;
    }

    /// <summary>Sets a cell to a value boxed once for many rows (a rate, a date): boxes are never changed, so rows can
    /// share one.</summary>
    internal ResultTableRow SetBoxed<T>(TableColumn<T> column, object? boxed)
        where T : struct
    {
        _cells[Check(column)] = boxed;
        return this;
    }

    private int Check<T>(TableColumn<T> column)
    {
        Guard.NotNull(column);
        if (!ReferenceEquals(column.Owner, _owner))
        {
            throw new ArgumentException($"Column '{column.Column.Name}' belongs to table '{column.Owner.Name}', not '{_owner.Name}'.", nameof(column));
        }

        return column.Index;
    }
}
