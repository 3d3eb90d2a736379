using System;
using System.Linq;
using AiRace.Core.Text;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public class ExchangeRateTests
{
    private static readonly RateSeries Test = new("TEST", "Test series", "Tests", RatePeriod.Day);
    private static readonly DateOnly Day = new(2025, 7, 28);

    [Fact]
    public void Convert_RecordsOriginalRateDateSeriesAndTheUnroundedResult()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1234m, Day, Test);
        Conversion c = M.Usd(100.01m).ConvertAt(rate);
        c.Original.Should().Be(M.Usd(100.01m));
        c.Rate.Should().Be(rate);
        c.Rate.Date.Should().Be(Day);
        c.Rate.Series.Citation.Should().Be("Test series");
        c.Result.Should().Be(M.Cny(712.411234m), "100.01 × 7.1234 exactly, not rounded to fen");
        c.RoundedResult(MidpointRounding.ToEven).Should().Be(M.Cny(712.41m));
        c.ToString().Should().Be("USD 100.01 = CNY 712.411234 at USD/CNY 7.1234 on 2025-07-28 (Test series) (requested 2025-07-28, exact date)");
    }

    [Fact]
    public void Inverse_IsRecordedAsDerived()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 8m, Day, Test);
        ExchangeRate inverse = rate.Inverse();
        inverse.Base.Should().Be(Currency.CNY);
        inverse.Quote.Should().Be(Currency.USD);
        inverse.Rate.Should().Be(0.125m);
        inverse.Series.Derivation.Should().Be(RateDerivation.Inverse);
        inverse.Series.Id.Should().Be("1/TEST");
        inverse.Series.Components.Should().Equal(Test);
        rate.Series.Inverse.Should().BeSameAs(rate.Series.Inverse);
        M.Cny(8).ConvertAt(rate).Result.Should().Be(M.Usd(1), "an amount in the quote currency converts with the inverse");
    }

    [Fact]
    public void Cross_ThroughAPivot_IsRecordedAsSuch()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Day, new RateSeries("EURUSD", "Test EUR/USD", "Tests", RatePeriod.Day));
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, Day, Test);
        ExchangeRate eurCny = ExchangeRate.Cross(eurUsd, usdCny);
        eurCny.Base.Should().Be(Currency.EUR);
        eurCny.Quote.Should().Be(Currency.CNY);
        eurCny.Rate.Should().Be(7.92m);
        eurCny.Series.Derivation.Should().Be(RateDerivation.Cross);
        eurCny.Series.Components.Select(s => s.Id).Should().Equal("EURUSD", "TEST");
        eurCny.Series.Citation.Should().Be("cross of Test EUR/USD and Test series via USD");

        ((Action)(() => ExchangeRate.Cross(usdCny, eurUsd))).Should().Throw<ArgumentException>().WithMessage("A cross rate needs the first leg's quote to be the second leg's base; they are CNY and EUR.*");
        var otherDay = new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, Day.AddDays(1), Test);
        ((Action)(() => ExchangeRate.Cross(eurUsd, otherDay))).Should().Throw<ArgumentException>().WithMessage("*same date and period; they are 2025-07-28 (Day) and 2025-07-29 (Day).*");
    }

    [Fact]
    public void Constructor_RefusesBadRates()
    {
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, 0m, Day, Test))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("rate must be greater than zero; it was 0.*");
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, -7m, Day, Test))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.USD, 1m, Day, Test))).Should().Throw<ArgumentException>().WithMessage("An exchange rate needs two different currencies; both are USD.*");
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, null!))).Should().Throw<ArgumentNullException>();
        var monthly = new RateSeries("M", "Monthly test", "Tests", RatePeriod.Month);
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, monthly))).Should().Throw<ArgumentException>().WithMessage("A Month rate of Monthly test must be dated on the first day of its period; it was dated 2025-07-28.*");
        ((Action)(() => default(ExchangeRate).Inverse())).Should().Throw<InvalidOperationException>();
        ((Action)(() => M.Eur(1).ConvertAt(new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Test)))).Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void ThereAndBack_StaysWithinTheRoundingTheRatesImply()
    {
        // Converting USD → CNY → USD multiplies by r and by 1/r. 1/r is rounded to decimal's 28 decimal places, a
        // relative error of at most r × 10^-28; the product is rounded to 28-29 significant digits. So the round trip
        // may differ from the start by about a × (r + 1) × 10^-27 and no more.
        Gen<decimal> rates = Gen.Int[1_000, 99_999_999].Select(i => i / 10_000m);
        Gen<decimal> amounts = Gen.Long[1, 1_000_000_000_000_000].Select(c => c / 100m);
        Gen.Select(rates, amounts).ForAll(0x13_44, 2_000, (r, a) =>
        {
            var rate = new ExchangeRate(Currency.USD, Currency.CNY, r, Day, Test);
            M there = M.Usd(a).ConvertAt(rate).Result;
            M back = there.ConvertAt(rate.Inverse()).Result;
            Math.Abs(back.Amount - a).Should().BeLessThanOrEqualTo((a * (r + 1m) * 1e-27m) + 1e-20m);
            back.Round(MidpointRounding.ToEven).Should().Be(M.Usd(a), "at the minor units the round trip is exact");
        });
    }

    [Fact]
    public void Cross_WhoseProductIsBeyondDecimal_IsAnArgumentError_NotARawOverflow()
    {
        var big = new ExchangeRate(Currency.EUR, Currency.USD, 1e20m, Day, Test);
        var bigger = new ExchangeRate(Currency.USD, Currency.CNY, 1e10m, Day, Test);
        ((Action)(() => ExchangeRate.Cross(big, bigger))).Should().Throw<ArgumentException>()
            .WithMessage("The cross rate EUR/CNY of 100000000000000000000 × 10000000000 is outside the range of decimal.*");
        var tiny = new ExchangeRate(Currency.EUR, Currency.USD, 1e-20m, Day, Test);
        var tinier = new ExchangeRate(Currency.USD, Currency.CNY, 1e-10m, Day, Test);
        ((Action)(() => ExchangeRate.Cross(tiny, tinier))).Should().Throw<ArgumentException>()
            .WithMessage("The cross rate EUR/CNY of 0.00000000000000000001 × 0.0000000001 is too small for decimal (it would be zero).*");
    }

    [Fact]
    public void Cross_IsTheExactProductOfTheLegs_RoundedOnceToTheNearestDecimal()
    {
        // Legs near 1.23 × 10^-14 multiply to 1.5129 × 10^-28, and 2 × 10^-28 is the nearest decimal (28 decimals).
        var tiny = new ExchangeRate(Currency.EUR, Currency.USD, 0.0000000000000123m, Day, Test);
        var tinyToo = new ExchangeRate(Currency.USD, Currency.CNY, 0.0000000000000123m, Day, Test);
        ExchangeRate.Cross(tiny, tinyToo).Rate.Should().Be(0.0000000000000000000000000002m);

        // 1.05982337130922 × 9.70985907498747 = 10.2907355797906448613289954734, 30 significant digits, rounded once.
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.05982337130922m, Day, Test);
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 9.70985907498747m, Day, Test);
        ExchangeRate.Cross(eurUsd, usdCny).Rate.Should().Be(10.290735579790644861328995473m);

        // Any legs: the product is the exact one rounded once, or the cross is refused as beyond decimal.
        Gen<decimal> rates = MoneyGen.AnyDecimal.Select(Math.Abs).Where(d => d > 0m);
        Gen.Select(rates, rates).ForAll(0x13_02, 10_000, (a, b) =>
        {
            QuotientRange range = ExactArithmetic.ExactQuotient(a, b, 1m, 1m, out decimal exact);
            Func<ExchangeRate> cross = () => ExchangeRate.Cross(
                new ExchangeRate(Currency.EUR, Currency.USD, a, Day, Test), new ExchangeRate(Currency.USD, Currency.CNY, b, Day, Test));
            if (range == QuotientRange.InRange)
            {
                cross().Rate.Should().Be(exact);
            }
            else
            {
                cross.Should().Throw<ArgumentException>().WithMessage(range == QuotientRange.AboveMaximum ? "*is outside the range of decimal.*" : "*is too small for decimal (it would be zero).*");
            }
        });
    }

    [Fact]
    public void Inverse_OfARateWhoseReciprocalIsBelowDecimalsPrecision_IsADocumentedError()
    {
        var huge = new ExchangeRate(Currency.USD, Currency.CNY, decimal.MaxValue, Day, Test);
        ((Action)(() => huge.Inverse())).Should().Throw<InvalidOperationException>()
            .WithMessage("The inverse of USD/CNY 79228162514264337593543950335 is too small for decimal (it would be zero).");
        new ExchangeRate(Currency.USD, Currency.CNY, 0.0000000000000000000000000001m, Day, Test).Inverse().Rate.Should().Be(1e28m);
    }

    [Fact]
    public void Rounding_a_conversion_into_gold_is_refused_as_documented()
    {
        // ISO 4217 gives XAU no minor unit, so there is nothing to round to: RoundedResult throws the documented
        // InvalidOperationException, and Result rounded to chosen decimals is the way.
        var toGold = new ExchangeRate(Currency.USD, Currency.XAU, 0.0005m, Day, new RateSeries("G", "gold", "tester", RatePeriod.Day));
        var conversion = new Conversion(M.Usd(1000.5m), toGold, Day, RateLookup.ExactDate);

        Action act = () => conversion.RoundedResult(MidpointRounding.ToEven);

        act.Should().Throw<InvalidOperationException>().WithMessage("XAU*no minor unit*");
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.Conversion.RoundedResult(System.MidpointRounding)", act);
        conversion.Result.Round(4, MidpointRounding.ToEven).Should().Be(new M(0.5002m, Currency.XAU));
    }

    [Fact]
    public void Converting_at_a_default_rate_throws_only_documented_exceptions()
    {
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.Money.ConvertAt(AiRace.Core.ExchangeRate)", () => M.Cny(100m).ConvertAt(default));
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.ExchangeRate.Convert(AiRace.Core.Money)", () => default(ExchangeRate).Convert(M.Cny(100m)));
    }

    // Conversion.RoundedResult: "the exact product rounded once, not Result, which decimal may have rounded already,
    // rounded again"; README: a conversion is "rounded once".
    [Theory]
    [InlineData(MidpointRounding.ToEven)]
    [InlineData(MidpointRounding.AwayFromZero)]
    [InlineData(MidpointRounding.ToZero)]
    public void A_rounded_conversion_rounds_the_exact_product_once_not_decimals_rounded_product_again(MidpointRounding mode)
    {
        var rate = new ExchangeRate(Currency.FromCode("KWD"), Currency.CNY, 0.3333333333333333333333333333m, Day, Test);

        Conversion c = rate.Convert(new M(0.045m, Currency.FromCode("KWD")));

        // Exact: KWD 0.045 × 0.3333333333333333333333333333 = CNY 0.0149999999999999999999999999985, CNY 0.01 under any
        // midpoint rule; decimal's product 0.0150000000000000000000000000 is a tie, which half to even or away from zero
        // would make CNY 0.02.
        c.Result.Should().Be(M.Cny(0.0150000000000000000000000000m));
        c.RoundedResult(mode).Should().Be(M.Cny(0.01m));
        c.RoundedResult(mode).Amount.Scale.Should().Be(2);
    }

    // Conversion.RoundedResult rounds the exact product of a derived rate's given rates, and a negative amount with the
    // midpoint rule's own direction.
    [Fact]
    public void A_rounded_conversion_at_an_inverse_rounds_the_exact_quotient_once_with_the_stated_rule()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 3m, Day, Test);

        // CNY 0.045 ÷ 3 is exactly USD 0.015: a true tie
        rate.Convert(M.Cny(0.045m)).RoundedResult(MidpointRounding.ToEven).Should().Be(M.Usd(0.02m));
        rate.Convert(M.Cny(0.045m)).RoundedResult(MidpointRounding.ToZero).Should().Be(M.Usd(0.01m));
        rate.Convert(M.Cny(-0.045m)).RoundedResult(MidpointRounding.ToNegativeInfinity).Should().Be(M.Usd(-0.02m));
        rate.Convert(M.Cny(-0.045m)).RoundedResult(MidpointRounding.ToPositiveInfinity).Should().Be(M.Usd(-0.01m));

        // CNY 0.01 ÷ 3 is USD 0.00333…: never a tie, whatever decimal's 28 digits of it are
        rate.Convert(M.Cny(100.01m)).RoundedResult(MidpointRounding.AwayFromZero).Should().Be(M.Usd(33.34m));
        rate.Convert(M.Cny(100.01m)).RoundedResult(MidpointRounding.ToEven).Should().Be(M.Usd(33.34m));
        rate.Convert(M.Cny(100.00m)).RoundedResult(MidpointRounding.ToEven).Should().Be(M.Usd(33.33m));
    }

    // Conversion.RoundedResult: the exact product rounded once, for any amount and any rate of 28 decimals, under every
    // midpoint rule (checked against the product of the two decimals' digits as whole numbers).
    [Fact]
    public void A_rounded_conversion_is_the_exact_product_rounded_once_for_any_amount_and_rate()
    {
        MidpointRounding[] modes = [MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity];
        Gen<decimal> rates = Gen.Long[1, long.MaxValue].Select(d => d / 1_000_000_000_000_000_000m / 1_000_000_000m);
        Gen<decimal> amounts = Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Select(c => c / 1000m);
        Gen.Select(rates, amounts, Gen.Int[0, modes.Length - 1]).ForAll(0x60_f3, 3_000, (r, a, m) =>
        {
            var rate = new ExchangeRate(Currency.FromCode("KWD"), Currency.CNY, r, Day, Test);
            MidpointRounding mode = modes[m];

            rate.Convert(new M(a, Currency.FromCode("KWD"))).RoundedResult(mode).Amount.Should().Be(ExactlyRounded(a, r, mode), $"KWD {a} at {r}, {mode}");
        });

        static decimal ExactlyRounded(decimal a, decimal r, MidpointRounding mode)
        {
            System.Numerics.BigInteger product = Digits(a) * Digits(r);
            System.Numerics.BigInteger unit = System.Numerics.BigInteger.Pow(10, a.Scale + r.Scale - 2);
            System.Numerics.BigInteger fen = System.Numerics.BigInteger.DivRem(System.Numerics.BigInteger.Abs(product), unit, out System.Numerics.BigInteger rest);
            int half = (rest * 2).CompareTo(unit);
            bool negative = product.Sign < 0;
            bool up = !rest.IsZero && mode switch
            {
                MidpointRounding.ToEven => half > 0 || (half == 0 && !fen.IsEven),
                MidpointRounding.AwayFromZero => half >= 0,
                MidpointRounding.ToZero => false,
                MidpointRounding.ToNegativeInfinity => negative,
                _ => !negative,
            };
            decimal cents = (decimal)(fen + (up ? 1 : 0)) / 100m;
            return negative ? -cents : cents;
        }

        static System.Numerics.BigInteger Digits(decimal d) =>
            System.Numerics.BigInteger.Parse(Math.Abs(d).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) * (d < 0 ? -1 : 1);
    }

    // Conversion.RoundedResult rounds once as before for an everyday conversion without the exact arithmetic's cost: an
    // exact product, or a rounded one whose digits below the minor unit are no tie and not zero, is Result rounded
    // (decimal's rounding cannot have moved it across a rounding boundary), with no allocation.
    [Fact]
    public void Rounding_an_everyday_conversion_does_not_allocate()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1234m, Day, Test);
        Conversion given = rate.Convert(M.Usd(100.01m));
        Conversion whole = rate.Convert(M.Usd(10m));
        Conversion inverse = rate.Convert(M.Cny(100m));
        _ = given.RoundedResult(MidpointRounding.ToEven);
        _ = whole.RoundedResult(MidpointRounding.ToEven);
        _ = inverse.RoundedResult(MidpointRounding.ToEven);

        long before = GC.GetAllocatedBytesForCurrentThread();
        M a = given.RoundedResult(MidpointRounding.ToEven);
        M b = whole.RoundedResult(MidpointRounding.AwayFromZero);
        M c = inverse.RoundedResult(MidpointRounding.ToZero);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        a.Should().Be(M.Cny(712.41m));
        b.Should().Be(M.Cny(71.23m));
        b.Amount.Scale.Should().Be(2);
        c.Should().Be(M.Usd(14.03m), "CNY 100 / 7.1234 is USD 14.0382...");
    }
}
