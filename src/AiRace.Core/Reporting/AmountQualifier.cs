namespace AiRace.Core.Reporting;

/// <summary>How a source qualified an amount it reported.</summary>
public enum AmountQualifier
{
    /// <summary>Stated as a plain figure, with no qualifying word ("600 million yuan"). Such a figure is exact only when
    /// nothing says it is rounded: <see cref="ReportedAmount.Precision"/> records the rounding its digits imply, and
    /// <see cref="ReportedAmount.IsExact"/> is true only without one.</summary>
    Exact = 0,

    /// <summary>Stated as approximate ("approximately 138 billion USD", "about", "some").</summary>
    Approximately = 1,

    /// <summary>A cap: "up to 500 million yuan". The amount is the most that may be given, not what will be.</summary>
    UpTo = 2,

    /// <summary>A floor: "at least", "more than", "over".</summary>
    AtLeast = 3,

    /// <summary>A range: "between 1 and 2 billion". <see cref="ReportedAmount.Amount"/> is the low end and
    /// <see cref="ReportedAmount.UpperAmount"/> the high end.</summary>
    Between = 4,
}
