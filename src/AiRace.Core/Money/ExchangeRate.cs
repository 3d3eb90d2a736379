using System;
using System.Globalization;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// The price of one unit of a base currency in a quote currency, on a date, from a named series:
/// USD/CNY 7.2460 on 2025-07-28 from Fed H.10 (DEXCHUS) means 1 USD = 7.2460 CNY.
/// </summary>
/// <remarks>
/// <para>The rate is exact as given; an inverse or cross rate is the exact reciprocal or product rounded once to the
/// nearest <see cref="decimal"/>, half to even (28-29 significant digits, and at most 28 decimals, so fewer significant
/// digits below 1), and carries a derived <see cref="RateSeries"/> that says so.</para>
/// <para><c>default(ExchangeRate)</c> has no series and a rate of zero; it is not a usable rate and every
/// conversion with it throws. Values are immutable and thread-safe.</para>
/// </remarks>
public readonly struct ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Creates an exchange rate.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency the price is in.</param>
    /// <param name="rate">Units of <paramref name="quoteCurrency"/> per unit of <paramref name="baseCurrency"/>; above zero.</param>
    /// <param name="date">The date the rate applies to (for a monthly or annual rate, the first day of its period).</param>
    /// <param name="series">The series it came from.</param>
    /// <exception cref="ArgumentException">The currencies are the same, or the date is not the start of the series' period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not above zero.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, DateOnly date, RateSeries series)
    {
        Guard.NotNull(series);
        Guard.Positive(rate);
        if (baseCurrency == quoteCurrency && series.Derivation != RateDerivation.Identity)
        {
            throw new ArgumentException($"An exchange rate needs two different currencies; both are {baseCurrency.Code}.", nameof(quoteCurrency));
        }

        if ((series.Period == RatePeriod.Month && date.Day != 1) || (series.Period == RatePeriod.Year && (date.Day != 1 || date.Month != 1)))
        {
            throw new ArgumentException(FormattableString.Invariant($"A {series.Period} rate of {series.Citation} must be dated on the first day of its period; it was dated {date:yyyy-MM-dd}."), nameof(date));
        }

        Base = baseCurrency;
        Quote = quoteCurrency;
        Rate = rate;
        Date = date;
        Series = series;
    }

    private ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, DateOnly date, RateSeries series, Fraction? exact)
        : this(baseCurrency, quoteCurrency, rate, date, series)
    {
        _exact = exact;
    }

    /// <summary>For a rate derived from given ones (an inverse or a cross), the exact rate as a fraction of the given
    /// rates, which <see cref="Rate"/> rounds; null for a rate as given, which is exact itself.</summary>
    private readonly Fraction? _exact;

    /// <summary>The currency of which one unit is priced.</summary>
    public Currency Base { get; }

    /// <summary>The currency the price is in.</summary>
    public Currency Quote { get; }

    /// <summary>Units of <see cref="Quote"/> per unit of <see cref="Base"/>.</summary>
    public decimal Rate { get; }

    /// <summary>The date the rate applies to; for a monthly or annual rate, the first day of its period.</summary>
    public DateOnly Date { get; }

    /// <summary>The series the rate came from (derived for inverse and cross rates).</summary>
    public RateSeries Series { get; }

    /// <summary>The period the rate covers: a day, a month or a year.</summary>
    public RatePeriod Period => Series?.Period ?? RatePeriod.Day;

    /// <summary>The rate 1 between a currency and itself, for conversions that need none.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="date">The date.</param>
    /// <returns>The identity rate.</returns>
    public static ExchangeRate Identity(Currency currency, DateOnly date) => new(currency, currency, 1m, date, RateSeries.Identity);

    /// <summary>The reciprocal rate (USD/CNY 7.25 becomes CNY/USD 0.1379...), with the inverse series.</summary>
    /// <remarks>The inverse keeps the rate it inverts: its <see cref="Rate"/> is the reciprocal rounded once, but a
    /// conversion at it divides by the inverted rate (CNY 1,000,000 at the inverse of USD/CNY 7.25 is USD
    /// 137,931.03448275862068965517241, 1,000,000 ÷ 7.25 rounded once, not 1,000,000 × 0.1379310344827586206896551724),
    /// and the inverse of an inverse is the rate itself. A rate built with the constructor from an inverse's parts is
    /// exact as given, so it multiplies by the rounded reciprocal and is not equal to the inverse.</remarks>
    /// <returns>The inverse rate, at decimal precision.</returns>
    /// <exception cref="InvalidOperationException">The rate is <c>default</c>, or so large (its exact value, for a derived
    /// rate the fraction it was made from, 2 × 10^28 or more) that its reciprocal rounds to zero in <see cref="decimal"/>.</exception>
    public ExchangeRate Inverse()
    {
        RequireUsable();
        if (Series.Derivation == RateDerivation.Identity)
        {
            return this;
        }

        Fraction exact = _exact is { } fraction ? new Fraction(fraction.Over, fraction.Times) : new Fraction(Array.Empty<decimal>(), new[] { Rate });
        QuotientRange range = ExactArithmetic.RoundedQuotient(exact.Times, exact.Over, out decimal inverse);
        if (range != QuotientRange.InRange)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The inverse of {Base.Code}/{Quote.Code} {Rate} is too {(range == QuotientRange.RoundsToZero ? "small for decimal (it would be zero)" : "large for decimal")}."));
        }

        return new ExchangeRate(Quote, Base, inverse, Date, Series.Inverse, exact.Simplest());
    }

    /// <summary>
    /// The cross rate through a pivot: from <paramref name="first"/>'s base to <paramref name="second"/>'s quote,
    /// where <paramref name="first"/>'s quote is <paramref name="second"/>'s base (EUR/USD × USD/CNY = EUR/CNY).
    /// Both legs must apply to the same date and period; the result's series records both and the pivot
    /// ("cross of A and B via USD").
    /// </summary>
    /// <remarks>The rate is the exact product of the legs' rates rounded once to the nearest <see cref="decimal"/>,
    /// half to even: exact when decimal holds it, otherwise to 28-29 significant digits, and at most 28 decimals (legs
    /// near 1.23 × 10^-14 cross at 2 × 10^-28, the nearest decimal to 1.5129 × 10^-28). A leg that is an inverse made
    /// by <see cref="Inverse"/> (or by an <see cref="ExchangeRateTable"/>), or itself a cross, counts as the exact rate
    /// it was made from: the cross of the inverse of USD/CNY 7.1103 and USD/JPY 154.48 is 154.48 ÷ 7.1103 rounded once
    /// (21.726228147898119629270213634), not 154.48 × the rounded 1 ÷ 7.1103. A conversion at the cross is the amount
    /// times the exact cross, rounded once. A leg built with the constructor is exact as given, whatever its series
    /// says.</remarks>
    /// <param name="first">The first leg, ending in the pivot currency.</param>
    /// <param name="second">The second leg, starting in the pivot currency.</param>
    /// <returns>The cross rate.</returns>
    /// <exception cref="ArgumentException">The legs do not meet in a pivot, end where they start, or differ in date or
    /// period, or their product is outside the range of <see cref="decimal"/> (above its maximum, or rounding to zero).</exception>
    /// <exception cref="InvalidOperationException">A leg is <c>default</c>.</exception>
    public static ExchangeRate Cross(ExchangeRate first, ExchangeRate second)
    {
        first.RequireUsable();
        second.RequireUsable();
        if (first.Quote != second.Base)
        {
            throw new ArgumentException($"A cross rate needs the first leg's quote to be the second leg's base; they are {first.Quote.Code} and {second.Base.Code}.", nameof(second));
        }

        if (first.Date != second.Date || first.Period != second.Period)
        {
            throw new ArgumentException(FormattableString.Invariant($"A cross rate needs both legs for the same date and period; they are {first.Date:yyyy-MM-dd} ({first.Period}) and {second.Date:yyyy-MM-dd} ({second.Period})."), nameof(second));
        }

        switch (Crossed(first, second, RateSeries.Cross(first.Series, second.Series, first.Quote), out ExchangeRate cross))
        {
            case QuotientRange.AboveMaximum:
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The cross rate {first.Base.Code}/{second.Quote.Code} of {first.Rate} × {second.Rate} is outside the range of decimal."), nameof(second));
            case QuotientRange.RoundsToZero:
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The cross rate {first.Base.Code}/{second.Quote.Code} of {first.Rate} × {second.Rate} is too small for decimal (it would be zero)."), nameof(second));
        }

        return cross;
    }

    /// <summary>The cross of two usable legs that meet in a pivot, from the exact rates they were made from, rounded
    /// once: <see cref="QuotientRange.InRange"/> with the rate, or why decimal cannot hold it.</summary>
    internal static QuotientRange Crossed(ExchangeRate first, ExchangeRate second, RateSeries series, out ExchangeRate cross)
    {
        var exact = new Fraction(Join(first.Times, second.Times), Join(first.Over, second.Over));
        QuotientRange range = ExactArithmetic.RoundedQuotient(exact.Times, exact.Over, out decimal rate);
        cross = range == QuotientRange.InRange ? new ExchangeRate(first.Base, second.Quote, rate, first.Date, series, exact.Simplest()) : default;
        return range;

        static decimal[] Join(decimal[] a, decimal[] b) => a.Length == 0 ? b : b.Length == 0 ? a : [.. a, .. b];
    }

    /// <summary>The given rates this rate multiplies by: itself, for a rate as given.</summary>
    private decimal[] Times => _exact?.Times ?? new[] { Rate };

    /// <summary>The given rates this rate divides by: none, for a rate as given.</summary>
    private decimal[] Over => _exact?.Over ?? Array.Empty<decimal>();

    /// <summary>
    /// Converts an amount in <see cref="Base"/> to <see cref="Quote"/> (or, given an amount in <see cref="Quote"/>,
    /// back to <see cref="Base"/> with the inverse rate). The result is not rounded.
    /// </summary>
    /// <remarks>An amount in <see cref="Quote"/> is divided by this rate, the exact quotient rounded once as decimal's
    /// division rounds (half to even): CNY 1,000,000 at USD/CNY 7.25 is USD 137,931.03448275862068965517241. The
    /// conversion records the inverse rate (CNY/USD 0.1379310344827586206896551724, the reciprocal rounded once), whose
    /// product with the amount can differ from the result in the last digit.</remarks>
    /// <param name="money">The amount to convert.</param>
    /// <returns>The conversion, recording the original amount, this rate (or its inverse) and the unrounded result.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is in neither currency of this rate.</exception>
    /// <exception cref="InvalidOperationException">This rate is <c>default(ExchangeRate)</c>, which is no rate.</exception>
    /// <exception cref="OverflowException">The converted amount is outside the range of <see cref="decimal"/>, or, for an
    /// amount in <see cref="Quote"/>, the inverse rate is (this rate's exact value is 2 × 10^28 or more, and its inverse
    /// would be zero, as <see cref="Inverse"/> finds).</exception>
    public Conversion Convert(Money money)
    {
        RequireUsable();
        ExchangeRate rate = this;
        if (money.Currency != Base)
        {
            if (money.Currency != Quote)
            {
                throw new CurrencyMismatchException($"conversion with the {Base.Code}/{Quote.Code} rate", Base, money.Currency);
            }

            try
            {
                rate = Inverse();
            }
            catch (InvalidOperationException ex)
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Converting {money} back at {Base.Code}/{Quote.Code} {Rate} needs the inverse rate, which is too small for decimal (it would be zero)."), ex);
            }
        }

        return new Conversion(money, rate, rate.Date, RateLookup.ExactDate);
    }

    /// <summary>Applies the rate to an amount already known to be in <see cref="Base"/>, without recording: the amount
    /// times the exact rate (for a derived rate, the given rates it was made from), rounded once.</summary>
    internal Money Apply(Money money)
    {
        if (_exact is null || money.Amount == 0m)
        {
            try
            {
                return new Money(money.Amount * Rate, Quote);
            }
            catch (OverflowException ex)
            {
                throw new OverflowException($"Converting {money} at {this} overflowed decimal.", ex);
            }
        }

        Span<decimal> times = stackalloc decimal[_exact.Times.Length + 1];
        times[0] = Math.Abs(money.Amount);
        _exact.Times.CopyTo(times[1..]);
        switch (ExactArithmetic.RoundedQuotient(times, _exact.Over, out decimal amount))
        {
            case QuotientRange.AboveMaximum:
                throw new OverflowException($"Converting {money} at {this} overflowed decimal.");
            case QuotientRange.RoundsToZero:
                amount = 0.0000000000000000000000000000m; // as decimal's own product rounds it: zero at 28 decimals
                break;
        }

        return new Money(money.Amount < 0m ? -amount : amount, Quote);
    }

    /// <summary>Whether <paramref name="result"/> is known to be the exact product of the amount, already known to be in
    /// <see cref="Base"/>, and this given rate: decimal kept all the digits of both.</summary>
    internal bool IsExactProduct(Money money, decimal result) => _exact is null && result.Scale == money.Amount.Scale + Rate.Scale;

    /// <summary>The amount, already known to be in <see cref="Base"/>, times the exact rate (for a derived rate, the given
    /// rates it was made from), rounded once to <paramref name="decimals"/> decimals by <paramref name="mode"/>; null
    /// when decimal cannot hold that many decimals of it.</summary>
    internal decimal? ApplyRounded(Money money, int decimals, MidpointRounding mode)
    {
        decimal[] given = Times;
        Span<decimal> times = stackalloc decimal[given.Length + 1];
        times[0] = Math.Abs(money.Amount);
        given.CopyTo(times[1..]);
        return ExactArithmetic.TryRoundedQuotient(times, Over, money.Amount < 0m, decimals, mode, out decimal rounded) ? rounded : null;
    }

    private void RequireUsable()
    {
        if (Series is null)
        {
            throw new InvalidOperationException("default(ExchangeRate) is not a usable rate: it has no series and a rate of zero.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(ExchangeRate other) =>
        Base == other.Base && Quote == other.Quote && Rate == other.Rate && Date == other.Date && Equals(Series, other.Series)
        && Fraction.Same(_exact, other._exact);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExchangeRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Base, Quote, Rate, Date, Series);

    /// <summary>Whether two rates are the same in every part.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ExchangeRate left, ExchangeRate right) => left.Equals(right);

    /// <summary>Whether two rates differ in any part.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ExchangeRate left, ExchangeRate right) => !left.Equals(right);

    /// <summary>For example "USD/CNY 7.2460 on 2025-07-28 (Fed H.10 (DEXCHUS))"; monthly and annual rates name their period.</summary>
    /// <returns>The description, culture-invariant.</returns>
    public override string ToString()
    {
        if (Series is null)
        {
            return "(no rate)";
        }

        string when = Period switch
        {
            RatePeriod.Month => Date.ToString("'for' yyyy-MM", CultureInfo.InvariantCulture),
            RatePeriod.Year => Date.ToString("'for' yyyy", CultureInfo.InvariantCulture),
            _ => Date.ToString("'on' yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Base.Code}/{Quote.Code} {Rate} {when} ({Series.Citation})");
    }

    /// <summary>An exact rate: the product of the given rates in <see cref="Times"/> over the product of those in
    /// <see cref="Over"/>.</summary>
    private sealed class Fraction
    {
        public Fraction(decimal[] times, decimal[] over)
        {
            Times = times;
            Over = over;
        }

        public decimal[] Times { get; }

        public decimal[] Over { get; }

        /// <summary>Null when the fraction is one given rate, which the rate's own value then is exactly.</summary>
        public Fraction? Simplest() => Times.Length == 1 && Over.Length == 0 ? null : this;

        public static bool Same(Fraction? a, Fraction? b) =>
            ReferenceEquals(a, b) || (a is not null && b is not null && a.Times.AsSpan().SequenceEqual(b.Times) && a.Over.AsSpan().SequenceEqual(b.Over));
    }
}
