using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>
/// A reported amount converted to one currency. It keeps the source's qualifier (a cap converts as a cap, a range as a
/// range) and carries each conversion it took (rate, date, series) and the basis that chose the date. Immutable.
/// </summary>
public sealed class NormalisedAmount
{
    private readonly StrongBox<Conversion>? _upperConversion;

    /// <summary>Records a normalised amount.</summary>
    /// <param name="original">The amount as reported.</param>
    /// <param name="conversion">The conversion of the amount (the low end of a range).</param>
    /// <param name="upperConversion">For a range, the conversion of its high end.</param>
    /// <param name="basis">The rule that chose the date.</param>
    /// <exception cref="ArgumentException">A range lacks its upper conversion, or the conversions do not belong to the amount.</exception>
    public NormalisedAmount(ReportedAmount original, Conversion conversion, Conversion? upperConversion, NormalisationBasis basis)
    {
        Guard.NotNull(original);
        Guard.NotNull(basis);
        if (!conversion.Original.Equals(original.Amount))
        {
            throw new ArgumentException($"The conversion is of {conversion.Original}, not of the reported {original.Amount}.", nameof(conversion));
        }

        if ((original.UpperAmount is null) != (upperConversion is null))
        {
            throw new ArgumentException("A range needs the conversion of its upper end, and only a range has one.", nameof(upperConversion));
        }

        Original = original;
        Conversion = conversion;
        _upperConversion = upperConversion is Conversion upper ? new StrongBox<Conversion>(upper) : null;
        Basis = basis;
    }

    /// <summary>The amount as the source reported it.</summary>
    public ReportedAmount Original { get; }

    /// <summary>The source's qualifier, kept: exact, approximately, up to, at least, between.</summary>
    public AmountQualifier Qualifier => Original.Qualifier;

    /// <summary>The converted amount (the low end of a range), unrounded.</summary>
    public Money Value => Conversion.Result;

    /// <summary>For a range, the converted high end; otherwise null.</summary>
    public Money? UpperValue => UpperConversion?.Result;

    /// <summary>The conversion of <see cref="Value"/>: rate, the rate's date and series.</summary>
    public Conversion Conversion { get; }

    /// <summary>For a range, the conversion of its high end.</summary>
    public Conversion? UpperConversion => _upperConversion?.Value;

    /// <summary>The rule that chose the conversion date.</summary>
    public NormalisationBasis Basis { get; }

    /// <summary>The currency converted to.</summary>
    public Currency Currency => Value.Currency;

    /// <summary>For example "≈ USD 139.318B (from CNY 1T at CNY/USD 0.139318…, 2025-07-28, inverse of Fed H.10 (DEXCHUS))": the
    /// compact value rounded to three decimals for reading (marked "≈" when rounded); <see cref="Value"/> is exact.</summary>
    /// <returns>The description, culture-invariant.</returns>
    public override string ToString()
    {
        string value = Qualifier.Describe(Value.ToString("K3", CultureInfo.InvariantCulture), UpperValue?.ToString("K3", CultureInfo.InvariantCulture));
        return $"{value} (from {Original.Amount.ToString("K", CultureInfo.InvariantCulture)} at {Conversion.Rate.Base.Code}/{Conversion.Rate.Quote.Code} {Conversion.Rate.Rate.ToString("0.######", CultureInfo.InvariantCulture)}{(Conversion.Rate.Rate == Math.Round(Conversion.Rate.Rate, 6) ? string.Empty : "…")}, {Conversion.Rate.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {Conversion.Rate.Series.Citation})";
    }
}
