namespace AiRace.Core.Analysis;

/// <summary>The type of a <see cref="ResultTable"/> column's cells, and so of its unit.</summary>
public enum ColumnKind
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text = 0,

    /// <summary>Whole numbers (<see cref="long"/>), such as years or counts; the unit is optional.</summary>
    Integer = 1,

    /// <summary>Exact decimals (<see cref="decimal"/>) of a fixed unit the column states, such as "percent",
    /// "pp per year" or "CNY per USD".</summary>
    Decimal = 2,

    /// <summary>Calendar days (<see cref="System.DateOnly"/>): every cell is known to the day.</summary>
    Date = 3,

    /// <summary>True or false (<see cref="bool"/>).</summary>
    Boolean = 4,

    /// <summary>Money (<see cref="AiRace.Core.Money"/>): either every cell in the one currency the column states, or each
    /// cell in its own currency (exported as an amount beside a currency code).</summary>
    Money = 5,

    /// <summary>Shares of a whole (<see cref="AiRace.Core.Share"/>), exported in percent.</summary>
    Share = 6,

    /// <summary>Ratios (<see cref="AiRace.Core.Ratio"/>), exported as plain multiples (0.65 is 0.65×).</summary>
    Ratio = 7,

    /// <summary>Dates known to the day, the month, the year or not at all (<see cref="Policy.PartialDate"/>), each cell at
    /// its own precision; exported as text (<c>2025</c>, <c>2025-07</c>, <c>2025-07-28</c>, <c>unknown</c>).</summary>
    PartialDate = 8,
}

/// <summary>The physical type of one exported field: what CSV, a data frame or Parquet hold. Every
/// <see cref="ColumnKind"/> is written as one or two such fields (<see cref="TableColumn.Fields"/>).</summary>
public enum FieldType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text = 0,

    /// <summary>A 64-bit integer (<see cref="long"/>).</summary>
    Integer = 1,

    /// <summary>An exact decimal (<see cref="decimal"/>).</summary>
    Decimal = 2,

    /// <summary>A calendar day (<see cref="System.DateOnly"/>).</summary>
    Date = 3,

    /// <summary>A flag (<see cref="bool"/>).</summary>
    Boolean = 4,
}

/// <summary>One exported field of a column: its header (the column's name, with the unit in brackets where the
/// field holds numbers of a fixed unit, such as <c>value [USD]</c> or <c>deviation [percent]</c>) and its type.</summary>
/// <param name="Header">The field's header.</param>
/// <param name="Type">The type of the field's values.</param>
public sealed record TableField(string Header, FieldType Type);
