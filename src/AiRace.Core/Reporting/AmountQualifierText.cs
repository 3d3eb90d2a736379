namespace AiRace.Core.Reporting;

/// <summary>The one wording of <see cref="AmountQualifier"/> used by every description, table and formatter.</summary>
public static class AmountQualifierText
{
    /// <summary>The qualifier as words: "exact", "approximately", "up to", "at least" or "between".</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The words.</returns>
    public static string Words(this AmountQualifier qualifier) => qualifier switch
    {
        AmountQualifier.Approximately => "approximately",
        AmountQualifier.UpTo => "up to",
        AmountQualifier.AtLeast => "at least",
        AmountQualifier.Between => "between",
        _ => "exact",
    };

    /// <summary>An amount with its qualifier: "approximately X", "up to X", "at least X", "between X and Y", or X.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <param name="amount">The amount (the low end of a range), already formatted.</param>
    /// <param name="upper">The high end of a range, already formatted; ignored for other qualifiers.</param>
    /// <returns>The description.</returns>
    public static string Describe(this AmountQualifier qualifier, string amount, string? upper = null) => qualifier switch
    {
        AmountQualifier.Exact => amount,
        AmountQualifier.Between => "between " + amount + " and " + upper,
        _ => qualifier.Words() + " " + amount,
    };
}
