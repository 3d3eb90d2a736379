using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>The words of a figure's qualifier in the analyses' tables: <see cref="AmountQualifierText.Words"/>, except
/// that a plain figure with a <see cref="ReportedAmount.Precision"/> is "rounded", not "exact"
/// (<see cref="ReportedAmount.IsExact"/> is false for it), as <see cref="Aggregation"/> totals it.</summary>
internal static class FigureWords
{
    /// <summary>The note of a table whose qualifier column may say "rounded".</summary>
    internal const string RoundedNote = "\"rounded\": stated plainly but with a precision, so rounded to its last digit (ReportedAmount.Precision), not exact.";

    /// <summary>The words for a figure with this qualifier, "rounded" for a plain figure stated to a precision.</summary>
    internal static string Of(AmountQualifier qualifier, bool rounded) =>
        rounded && qualifier == AmountQualifier.Exact ? "rounded" : qualifier.Words();

    /// <summary>The words for a reported figure: "rounded" for a plain figure with a precision, else its qualifier's.</summary>
    internal static string Of(ReportedAmount amount) => Of(amount.Qualifier, amount.IsRounded);
}
