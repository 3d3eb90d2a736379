using System;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core.Reporting;

/// <summary>
/// An amount of money as a source stated it: exact, approximately, up to (a cap), at least, or between two values;
/// with the source's own conversion into another currency when it gave one
/// ("1 trillion yuan (approximately 138 billion USD)").
/// </summary>
/// <remarks>
/// <para>The figures are kept exactly as stated: an "up to" amount stays a cap (<see cref="UpperBound"/>) and is never
/// treated as what will be spent; an approximate amount has no bounds (<see cref="LowerBound"/> and
/// <see cref="UpperBound"/> are null), because the source did not say how approximate it is.</para>
/// <para>The source's conversion is the source's claim, not a conversion by this library: audit it against reference
/// rates rather than trusting it.</para>
/// <para>Instances are immutable and thread-safe; equality compares every part, the stated text included.</para>
/// </remarks>
[JsonConverter(typeof(ReportedAmountJsonConverter))]
public sealed class ReportedAmount : IEquatable<ReportedAmount>
{
    private ReportedAmount(AmountQualifier qualifier, Money amount, Money? upperAmount, ReportedAmount? sourceConversion, string? statedText, decimal? precision = null)
    {
        Qualifier = qualifier;
        Amount = amount;
        UpperAmount = upperAmount;
        SourceConversion = sourceConversion;
        StatedText = statedText;
        Precision = precision;
    }

    /// <summary>How the source qualified the amount.</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>The figure stated: the amount, the cap, the floor, or the low end of a range.</summary>
    public Money Amount { get; }

    /// <summary>The high end, for <see cref="AmountQualifier.Between"/> only; null otherwise.</summary>
    public Money? UpperAmount { get; }

    /// <summary>The currency the source stated the amount in.</summary>
    public Currency Currency => Amount.Currency;

    /// <summary>The source's own conversion into another currency ("approximately 138 billion USD"), or null when the
    /// source gave none.</summary>
    public ReportedAmount? SourceConversion { get; }

    /// <summary>The words the source used ("one trillion Yuan"), when recorded; null otherwise.</summary>
    public string? StatedText { get; }

    /// <summary>The precision the stated figure's digits imply: the place value of its last digit (100,000,000 for
    /// "$8.2 billion", 1,000,000,000,000 for "one trillion yuan"), in units of the currency; null when none was
    /// recorded. A plain figure with a precision is rounded to it, not exact.</summary>
    public decimal? Precision { get; }

    /// <summary>Whether the figure is exact: stated plainly (<see cref="AmountQualifier.Exact"/>) with no
    /// <see cref="Precision"/> saying it is rounded.</summary>
    public bool IsExact => Qualifier == AmountQualifier.Exact && Precision is null;

    /// <summary>Whether the figure is a plain figure (<see cref="AmountQualifier.Exact"/>) that a
    /// <see cref="Precision"/> says is rounded.</summary>
    internal bool IsRounded => Qualifier == AmountQualifier.Exact && Precision is not null;

    /// <summary>Whether the amount is a cap ("up to").</summary>
    public bool IsCap => Qualifier == AmountQualifier.UpTo;

    /// <summary>The least the statement allows: the amount when exact, the floor for "at least", the low end of a range,
    /// zero for a cap; null for an approximate amount (the source gave no bounds).</summary>
    public Money? LowerBound => Qualifier switch
    {
        AmountQualifier.Exact or AmountQualifier.AtLeast or AmountQualifier.Between => Amount,
        AmountQualifier.UpTo => Money.Zero(Amount.Currency),
        _ => null,
    };

    /// <summary>The most the statement allows: the amount when exact, the cap for "up to", the high end of a range;
    /// null for "at least" and for an approximate amount.</summary>
    public Money? UpperBound => Qualifier switch
    {
        AmountQualifier.Exact or AmountQualifier.UpTo => Amount,
        AmountQualifier.Between => UpperAmount,
        _ => null,
    };

    /// <summary>A plainly stated amount ("600 million yuan").</summary>
    /// <param name="amount">The amount; not negative.</param>
    /// <returns>The reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static ReportedAmount Exact(Money amount) => Create(AmountQualifier.Exact, amount);

    /// <summary>An approximate amount ("approximately US$139 million").</summary>
    /// <param name="amount">The amount; not negative.</param>
    /// <returns>The reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static ReportedAmount Approximately(Money amount) => Create(AmountQualifier.Approximately, amount);

    /// <summary>A cap ("up to 500 million yuan").</summary>
    /// <param name="cap">The most that may be given; not negative.</param>
    /// <returns>The reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cap is negative.</exception>
    public static ReportedAmount UpTo(Money cap) => Create(AmountQualifier.UpTo, cap);

    /// <summary>A floor ("at least 1 billion yuan").</summary>
    /// <param name="floor">The least; not negative.</param>
    /// <returns>The reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The floor is negative.</exception>
    public static ReportedAmount AtLeast(Money floor) => Create(AmountQualifier.AtLeast, floor);

    /// <summary>A range ("between 1 and 2 billion yuan").</summary>
    /// <param name="low">The low end; not negative.</param>
    /// <param name="high">The high end, in the same currency, not below <paramref name="low"/>.</param>
    /// <returns>The reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is negative or the high end is below the low end.</exception>
    /// <exception cref="CurrencyMismatchException">The ends are in different currencies.</exception>
    public static ReportedAmount Between(Money low, Money high)
    {
        Guard.NotNegative(low.Amount, nameof(low));
        if (high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, $"The high end {high} is below the low end {low}.");
        }

        return new ReportedAmount(AmountQualifier.Between, low, high, null, null);
    }

    /// <summary>Creates a reported amount with any qualifier except <see cref="AmountQualifier.Between"/>.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <param name="amount">The amount; not negative.</param>
    /// <returns>The reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative, or the qualifier is undefined or
    /// <see cref="AmountQualifier.Between"/> (use <see cref="Between(Money, Money)"/>).</exception>
    public static ReportedAmount Create(AmountQualifier qualifier, Money amount)
    {
        Guard.Defined(qualifier);
        if (qualifier == AmountQualifier.Between)
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "A range needs two ends: use ReportedAmount.Between(low, high).");
        }

        Guard.NotNegative(amount.Amount, nameof(amount));
        return new ReportedAmount(qualifier, amount, null, null, null);
    }

    /// <summary>Returns a copy that carries the source's own conversion ("(approximately 138 billion USD)").</summary>
    /// <param name="conversion">The converted amount as the source stated it, in another currency, without a
    /// conversion of its own.</param>
    /// <returns>The new reported amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversion"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversion is in the same currency, or has a conversion itself.</exception>
    public ReportedAmount WithSourceConversion(ReportedAmount conversion)
    {
        Guard.NotNull(conversion);
        if (conversion.Currency == Currency)
        {
            throw new ArgumentException($"A source's conversion must be into another currency; both are {Currency.Code}.", nameof(conversion));
        }

        if (conversion.SourceConversion is not null)
        {
            throw new ArgumentException("A source's conversion cannot carry a conversion of its own.", nameof(conversion));
        }

        return new ReportedAmount(Qualifier, Amount, UpperAmount, conversion, StatedText, Precision);
    }

    /// <summary>Returns a copy that records the words the source used ("one trillion Yuan").</summary>
    /// <param name="text">The words, not blank.</param>
    /// <returns>The new reported amount.</returns>
    /// <exception cref="ArgumentException">The text is null or blank, or holds half a surrogate pair (which no JSON,
    /// CSV or Parquet writer can keep: it would be read back as U+FFFD).</exception>
    public ReportedAmount WithStatedText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The stated text must not be blank.", nameof(text));
        }

        if (HiddenCharacters.FirstUnpairedSurrogate(text) is var at and >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The stated text holds half a surrogate pair (U+{(int)text[at]:X4}) at index {at}, which no writer can keep."), nameof(text));
        }

        return new ReportedAmount(Qualifier, Amount, UpperAmount, SourceConversion, text, Precision);
    }

    /// <summary>Returns a copy that records the precision the stated figure's digits imply ("$8.2 billion" is stated to
    /// the nearest 100,000,000).</summary>
    /// <param name="precision">The place value of the figure's last stated digit: a power of ten (0.1, 1, 1,000,
    /// 100,000,000 …) of which the amount (and a range's high end) is a whole multiple.</param>
    /// <returns>The new reported amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The precision is not a power of ten, or the amount is not a whole
    /// multiple of it.</exception>
    public ReportedAmount WithPrecision(decimal precision)
    {
        if (!IsPowerOfTen(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, FormattableString.Invariant($"A precision is the place value of a figure's last digit, a power of ten such as 1,000,000; found {precision}."));
        }

        if (Amount.Amount % precision != 0m || (UpperAmount is Money upper && upper.Amount % precision != 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, FormattableString.Invariant($"The figure {Amount.Amount}{(UpperAmount is Money high ? "–" + high.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} has digits below its precision {precision}."));
        }

        return new ReportedAmount(Qualifier, Amount, UpperAmount, SourceConversion, StatedText, precision);
    }

    private static bool IsPowerOfTen(decimal value)
    {
        if (value <= 0m)
        {
            return false;
        }

        while (value >= 10m && value % 10m == 0m)
        {
            value /= 10m;
        }

        while (value < 1m)
        {
            value *= 10m;
        }

        return value == 1m;
    }

    /// <summary>The source's implied exchange rate: units of the conversion's currency per unit of this amount's
    /// currency (138 billion USD / 1 trillion CNY is 0.138), for audits; null without a conversion, for a zero amount, or
    /// when either figure is a range, which implies no single rate (its ends imply different ones, as
    /// <see cref="Analysis.ConversionAudit"/> reports). The quotient keeps decimal's precision and is not rounded further.</summary>
    /// <returns>The implied rate, or null.</returns>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="decimal"/>: above its maximum,
    /// or a non-zero conversion so small beside the amount that the rate would round to zero.</exception>
    public decimal? ImpliedRate()
    {
        if (SourceConversion is null || Amount.IsZero || UpperAmount is not null || SourceConversion.UpperAmount is not null)
        {
            return null;
        }

        decimal rate;
        try
        {
#pragma warning disable AIR0004 // An exchange rate is by definition the ratio of amounts in two currencies.
            rate = SourceConversion.Amount.Amount / Amount.Amount;
#pragma warning restore AIR0004
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The rate implied by {SourceConversion.Amount} for {Amount} is above decimal's maximum."), ex);
        }

        if (rate == 0m && !SourceConversion.Amount.IsZero)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The rate implied by {SourceConversion.Amount} for {Amount} is too small for decimal (it would be zero)."));
        }

        return rate;
    }

    /// <inheritdoc/>
    public bool Equals(ReportedAmount? other) =>
        other is not null
        && Qualifier == other.Qualifier
        && Amount.Equals(other.Amount)
        && Nullable.Equals(UpperAmount, other.UpperAmount)
        && Equals(SourceConversion, other.SourceConversion)
        && string.Equals(StatedText, other.StatedText, StringComparison.Ordinal)
        && Precision == other.Precision;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportedAmount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Qualifier, Amount, UpperAmount, SourceConversion, StatedText, Precision);

    /// <summary>An invariant English description, compact and exact: <c>approximately CNY 1T (source's conversion:
    /// approximately USD 138B)</c>, <c>up to CNY 500M</c>, <c>between CNY 1B and CNY 2B</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        AppendCore(text);
        if (SourceConversion is not null)
        {
            text.Append(" (source's conversion: ");
            SourceConversion.AppendCore(text);
            text.Append(')');
        }

        return text.ToString();
    }

    private void AppendCore(StringBuilder text)
    {
        text.Append(Qualifier.Describe(
            Amount.ToString("K", System.Globalization.CultureInfo.InvariantCulture),
            UpperAmount?.ToString("K", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
