using System;
using System.Globalization;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>
/// A reported amount converted to one currency. It keeps the source's qualifier (a cap converts as a cap, a range as a
/// range) and carries the conversion it took (rate, date, series) and the basis that chose the date; a range's two ends
/// are converted at the same rate. An immutable value: a list of them holds no object per amount.
/// </summary>
/// <remarks><c>default(NormalisedAmount)</c> holds no amount: its properties throw <see cref="InvalidOperationException"/>
/// (equality and <see cref="ToString"/> still work). Get normalised amounts from a <see cref="Normaliser"/>.</remarks>
public readonly struct NormalisedAmount : IEquatable<NormalisedAmount>
{
    private readonly ReportedAmount? _original;
    private readonly NormalisationBasis? _basis;
    private readonly Conversion _conversion;

    /// <summary>Records a normalised amount.</summary>
    /// <param name="original">The amount as reported.</param>
    /// <param name="conversion">The conversion of the amount (the low end of a range).</param>
    /// <param name="upperConversion">For a range, the conversion of its high end, at the same rate, requested date and
    /// look-up as <paramref name="conversion"/>.</param>
    /// <param name="basis">The rule that chose the date.</param>
    /// <exception cref="ArgumentException">A conversion is <c>default(Conversion)</c>, which has no rate; a range lacks
    /// its upper conversion, or the conversions do not belong to the amount, or the two ends are converted
    /// differently.</exception>
    public NormalisedAmount(ReportedAmount original, Conversion conversion, Conversion? upperConversion, NormalisationBasis basis)
    {
        Guard.NotNull(original);
        Guard.NotNull(basis);
        if (conversion.Rate.Series is null)
        {
            throw new ArgumentException($"The conversion of {original.Amount} has no rate (it is default(Conversion)): a normalised amount records the conversion it took.", nameof(conversion));
        }

        if (upperConversion is Conversion { Rate.Series: null })
        {
            throw new ArgumentException($"The upper conversion of {original} has no rate (it is default(Conversion)).", nameof(upperConversion));
        }

        if (!conversion.Original.Equals(original.Amount))
        {
            throw new ArgumentException($"The conversion is of {conversion.Original}, not of the reported {original.Amount}.", nameof(conversion));
        }

        if ((original.UpperAmount is null) != (upperConversion is null))
        {
            throw new ArgumentException("A range needs the conversion of its upper end, and only a range has one.", nameof(upperConversion));
        }

        if (upperConversion is Conversion upper)
        {
            if (!upper.Original.Equals(original.UpperAmount!.Value))
            {
                throw new ArgumentException($"The upper conversion is of {upper.Original}, not of the reported high end {original.UpperAmount.Value}.", nameof(upperConversion));
            }

            if (!upper.Rate.Equals(conversion.Rate) || upper.RequestedDate != conversion.RequestedDate || upper.Lookup != conversion.Lookup)
            {
                throw new ArgumentException(FormattableString.Invariant($"A range's two ends are converted at one rate, date and look-up: the low end at {conversion.Rate} ({conversion.RequestedDate:yyyy-MM-dd}, {conversion.Lookup}), the high end at {upper.Rate} ({upper.RequestedDate:yyyy-MM-dd}, {upper.Lookup})."), nameof(upperConversion));
            }
        }

        _original = original;
        _conversion = conversion;
        _basis = basis;
    }

    /// <summary>Rebuilds a normalised amount checked before (a range's upper conversion was checked then too).</summary>
    internal NormalisedAmount(ReportedAmount original, Conversion conversion, NormalisationBasis basis)
    {
        _original = original;
        _conversion = conversion;
        _basis = basis;
    }

    /// <summary>The amount as the source reported it.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public ReportedAmount Original => _original ?? throw Empty();

    /// <summary>The source's qualifier, kept: exact, approximately, up to, at least, between.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public AmountQualifier Qualifier => Original.Qualifier;

    /// <summary>The converted amount (the low end of a range), unrounded.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public Money Value => Conversion.Result;

    /// <summary>For a range, the converted high end; otherwise null.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public Money? UpperValue => UpperConversion?.Result;

    /// <summary>The conversion of <see cref="Value"/>: rate, the rate's date and series.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public Conversion Conversion => _original is null ? throw Empty() : _conversion;

    /// <summary>For a range, the conversion of its high end (at the rate, date and look-up of <see cref="Conversion"/>);
    /// otherwise null.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public Conversion? UpperConversion =>
        Original.UpperAmount is Money high ? new Conversion(high, _conversion.Rate, _conversion.RequestedDate, _conversion.Lookup) : null;

    /// <summary>The rule that chose the conversion date.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public NormalisationBasis Basis => _basis ?? throw Empty();

    /// <summary>The currency converted to.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(NormalisedAmount)</c>.</exception>
    public Currency Currency => Value.Currency;

    /// <inheritdoc/>
    public bool Equals(NormalisedAmount other) =>
        Equals(_original, other._original) && _conversion.Equals(other._conversion) && Equals(_basis, other._basis);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NormalisedAmount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_original, _conversion, _basis);

    /// <summary>Whether two normalised amounts are the same: the same reported amount, conversion and basis.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NormalisedAmount left, NormalisedAmount right) => left.Equals(right);

    /// <summary>Whether two normalised amounts differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(NormalisedAmount left, NormalisedAmount right) => !left.Equals(right);

    /// <summary>For example "≈ USD 139.318B (from CNY 1T at CNY/USD 0.139318…, 2025-07-28, inverse of Fed H.10 (DEXCHUS))": the
    /// compact value rounded to three decimals for reading (marked "≈" when rounded); <see cref="Value"/> is exact. The rate
    /// is dated as precisely as it covers: "2024" for an annual average, "2025-07" for a monthly one.</summary>
    /// <returns>The description, culture-invariant; for <c>default(NormalisedAmount)</c>, "(no normalised amount)".</returns>
    public override string ToString()
    {
        if (_original is null)
        {
            return "(no normalised amount)";
        }

        ExchangeRate rate = _conversion.Rate;
        string value = Qualifier.Describe(Value.ToString("K3", CultureInfo.InvariantCulture), UpperValue?.ToString("K3", CultureInfo.InvariantCulture));
        return $"{value} (from {Original.Amount.ToString("K", CultureInfo.InvariantCulture)} at {rate.Base.Code}/{rate.Quote.Code} {rate.Rate.ToString("0.######", CultureInfo.InvariantCulture)}{(rate.Rate == Math.Round(rate.Rate, 6) ? string.Empty : "…")}, {RateDate.Covered(_conversion)}, {rate.Series.Citation})";
    }

    /// <summary>Whether this is <c>default(NormalisedAmount)</c>, which holds no amount.</summary>
    internal bool IsEmpty => _original is null;

    /// <summary>Refuses <c>default(NormalisedAmount)</c> as an argument.</summary>
    internal static void ThrowIfEmpty(NormalisedAmount amount, string parameter)
    {
        if (amount.IsEmpty)
        {
            throw new ArgumentException("default(NormalisedAmount) holds no amount: normalised amounts come from a Normaliser.", parameter);
        }
    }

    private static InvalidOperationException Empty() =>
        new("default(NormalisedAmount) holds no amount: normalised amounts come from a Normaliser.");
}
