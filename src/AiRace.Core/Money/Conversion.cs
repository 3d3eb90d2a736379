using System;
using System.Globalization;

namespace AiRace.Core;

/// <summary>
/// The record of one currency conversion: the original amount, the rate used (with its date and series), the date
/// that was asked for and the look-up policy, and the converted amount, unrounded. Immutable and thread-safe.
/// </summary>
public readonly struct Conversion : IEquatable<Conversion>
{
    /// <summary>Records a conversion and computes its result.</summary>
    /// <param name="original">The amount converted; must be in the rate's base currency.</param>
    /// <param name="rate">The rate used.</param>
    /// <param name="requestedDate">The date the caller asked for (the rate's date can be earlier, or the start of a month or year).</param>
    /// <param name="lookup">The policy that found the rate.</param>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default(ExchangeRate)</c>, which is no rate.</exception>
    /// <exception cref="CurrencyMismatchException">The amount is not in the rate's base currency.</exception>
    /// <exception cref="OverflowException">The converted amount is outside the range of <see cref="decimal"/>.</exception>
    public Conversion(Money original, ExchangeRate rate, DateOnly requestedDate, RateLookup lookup)
    {
        if (rate.Series is null)
        {
            throw new ArgumentException("default(ExchangeRate) is not a usable rate.", nameof(rate));
        }

        if (original.Currency != rate.Base)
        {
            throw new CurrencyMismatchException($"conversion with the {rate.Base.Code}/{rate.Quote.Code} rate", rate.Base, original.Currency);
        }

        Original = original;
        Rate = rate;
        RequestedDate = requestedDate;
        Lookup = lookup;
        Result = rate.Apply(original);
    }

    /// <summary>Rebuilds a conversion computed and checked before, with its result: for compact stores that keep the
    /// result instead of the whole conversion.</summary>
    internal Conversion(Money original, ExchangeRate rate, DateOnly requestedDate, RateLookup lookup, Money result)
    {
        Original = original;
        Rate = rate;
        RequestedDate = requestedDate;
        Lookup = lookup;
        Result = result;
    }

    /// <summary>The amount that was converted.</summary>
    public Money Original { get; }

    /// <summary>The rate used, with the date it applies to and its series.</summary>
    public ExchangeRate Rate { get; }

    /// <summary>The date the caller asked for.</summary>
    public DateOnly RequestedDate { get; }

    /// <summary>The look-up policy that found the rate.</summary>
    public RateLookup Lookup { get; }

    /// <summary>
    /// The converted amount, <c>Original.Amount × Rate.Rate</c>, not rounded to the currency's minor units. The product
    /// is exact whenever a decimal can hold it (at most 28–29 significant digits and 28 decimals); a longer product
    /// keeps decimal's nearest value, so a product below 10^-28 (USD 10^-28 at 0.5) is 0. The analyses list such a
    /// conversion as not computable, with the reason, rather than count the 0.
    /// </summary>
    /// <remarks>At a rate made by <see cref="ExchangeRate.Inverse"/> or <see cref="ExchangeRate.Cross"/> (or derived
    /// by an <see cref="ExchangeRateTable"/>), whose <see cref="ExchangeRate.Rate"/> is rounded, the product is taken
    /// with the exact rate, the given rates it was made from, and rounded once: CNY 1,000,000 at the inverse of USD/CNY
    /// 7.25 is USD 137,931.03448275862068965517241 (1,000,000 ÷ 7.25), where 1,000,000 × the recorded 0.1379310344827586206896551724
    /// would be USD 137,931.03448275862068965517240.</remarks>
    public Money Result { get; }

    /// <summary>The converted amount rounded to the target currency's minor units: the exact product (as
    /// <see cref="Result"/> describes it) rounded once, not <see cref="Result"/>, which decimal may have rounded already,
    /// rounded again (KWD 0.045 at 0.3333333333333333333333333333 is exactly CNY 0.0149999999999999999999999999985,
    /// CNY 0.01 under every midpoint rule, where <see cref="Result"/> is CNY 0.0150000000000000000000000000).</summary>
    /// <remarks>An amount so large that decimal cannot hold it to the minor unit (about 7.9 × 10^26 for two decimals)
    /// is <see cref="Result"/>, decimal's nearest value, as <see cref="Money.Round(MidpointRounding)"/> leaves it.</remarks>
    /// <param name="mode">The midpoint rule, always stated.</param>
    /// <returns>The rounded result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    /// <exception cref="InvalidOperationException">ISO 4217 defines no minor unit for the target currency (XAU, XDR,
    /// ...): round <see cref="Result"/> with <see cref="Money.Round(int, MidpointRounding)"/> to the number of decimals
    /// you want.</exception>
    public Money RoundedResult(MidpointRounding mode)
    {
        Money rounded = Result.Round(mode);
        int decimals = rounded.Currency.MinorUnits!.Value;
        if (Rate.IsExactProduct(Original, Result.Amount) || !OnARoundingBoundary(Result.Amount, decimals))
        {
            return rounded;
        }

        return Rate.ApplyRounded(Original, decimals, mode) is { } once && once != rounded.Amount
            ? new Money(once, rounded.Currency)
            : rounded;

        // decimal rounded the product to a finer grid than the minor unit, on which every tie and every whole minor
        // unit lies: rounding it again can differ from rounding the exact product only where it is on one of them
        static bool OnARoundingBoundary(decimal amount, int decimals)
        {
            decimal rest = Math.Abs(amount - Math.Round(amount, decimals, MidpointRounding.ToZero));
            return rest == 0m || rest == new decimal(5, 0, 0, false, (byte)(decimals + 1));
        }
    }

    /// <inheritdoc/>
    public bool Equals(Conversion other) =>
        Original.Equals(other.Original) && Rate.Equals(other.Rate) && RequestedDate == other.RequestedDate && Lookup == other.Lookup;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Conversion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Original, Rate, RequestedDate, Lookup);

    /// <summary>Whether two conversions are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Conversion left, Conversion right) => left.Equals(right);

    /// <summary>Whether two conversions differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Conversion left, Conversion right) => !left.Equals(right);

    /// <summary>For example "CNY 1,000.00 = USD 138.0072... at CNY/USD ... (requested 2025-07-27, most recent within 4 days)";
    /// an average names the year or month asked for ("requested 2024, annual average").</summary>
    /// <returns>The description, culture-invariant.</returns>
    public override string ToString()
    {
        // an average is asked for by its year or month: no day that was never asked appears
        string requested = RequestedDate.ToString(Lookup.Period switch
        {
            RatePeriod.Year => "yyyy",
            RatePeriod.Month => "yyyy-MM",
            _ => "yyyy-MM-dd",
        }, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{Original} = {Result} at {Rate} (requested {requested}, {Lookup})");
    }
}
