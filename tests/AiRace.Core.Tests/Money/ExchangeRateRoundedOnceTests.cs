using System;
using AiRace.Core.Text;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>
/// Conversions through an inverse or a cross are the exact arithmetic of the published rates, rounded once: an amount
/// in the quote currency is divided by the rate, never multiplied by its rounded reciprocal. Decimal's own division
/// rounds once, half to even (10^-28 / 2 is 0, 3 × 10^-28 / 2 is 2 × 10^-28), so it is the reference where it applies.
/// The examples below were found with fixed seeds; each differs from the twice-rounded value in the last digit.
/// </summary>
public class ExchangeRateRoundedOnceTests
{
    private static readonly RateSeries Fed = new("FED", "Test Fed", "Tests", RatePeriod.Day);
    private static readonly RateSeries Ecb = new("ECB", "Test ECB", "Tests", RatePeriod.Day);
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static ExchangeRate Rate(Currency from, Currency to, decimal rate, RateSeries? series = null) => new(from, to, rate, Day, series ?? Fed);

    [Theory]
    [InlineData("1000000", "7.25", "137931.03448275862068965517241", "137931.03448275862068965517240")]
    [InlineData("1000000", "7.1234", "140382.40166212763567959120645", "140382.40166212763567959120640")]
    [InlineData("995619779.83", "5.5403", "179705030.3828312546252008014", "179705030.38283125462520080144")]
    [InlineData("52485744.57", "9.4663", "5544483.5437288063974308864076", "5544483.5437288063974308864066")]
    [InlineData("299944466.87", "9.8793", "30360902.783598028200378569332", "30360902.783598028200378569340")]
    public void ConvertingBack_IsTheAmountDividedByTheRate_RoundedOnce(string amount, string rate, string once, string twice)
    {
        decimal a = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        decimal r = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        decimal expected = decimal.Parse(once, System.Globalization.CultureInfo.InvariantCulture);
        (a * (1m / r)).Should().Be(decimal.Parse(twice, System.Globalization.CultureInfo.InvariantCulture), "the reciprocal rounded, then the product rounded again");
        (a / r).Should().Be(expected, "decimal's division is the exact quotient rounded once");

        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, r);
        Conversion back = M.Cny(a).ConvertAt(usdCny);
        back.Result.Should().Be(M.Usd(expected));
        back.Rate.Should().Be(usdCny.Inverse(), "the recorded rate is still the inverse rate a reader expects");
        back.Rate.Rate.Should().Be(1m / r);
        back.Rate.Series.Should().BeSameAs(Fed.Inverse);

        M.Cny(a).ConvertAt(usdCny.Inverse()).Result.Should().Be(M.Usd(expected), "the inverse rate converts from the rate it inverts");
        M.Cny(-a).ConvertAt(usdCny).Result.Should().Be(M.Usd(-expected));
        M.Cny(a).ConvertTo(Currency.USD, Day, new ExchangeRateTable(new[] { usdCny }), RateLookup.ExactDate).Result
            .Should().Be(M.Usd(expected), "the table's derived inverse converts the same way");
    }

    [Fact]
    public void ConvertingBack_MatchesDecimalsDivision_ForAnyRateAndAmount()
    {
        Gen<decimal> rates = Gen.Int[1_000, 99_999_999].Select(i => i / 10_000m);
        Gen<decimal> amounts = Gen.Long[-1_000_000_000_000_000, 1_000_000_000_000_000].Select(c => c / 100m);
        Gen.Select(rates, amounts).ForAll(0x57_03, 2_000, (r, a) =>
        {
            ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, r);
            M.Cny(a).ConvertAt(usdCny).Result.Amount.Should().Be(a / r);
            M.Cny(a).ConvertAt(usdCny.Inverse()).Result.Amount.Should().Be(a / r);
        });
    }

    [Theory]
    [InlineData("7.1234", "7.1234000000000000000000000024")]
    [InlineData("7.2460", "7.2459999999999999999999999992")]
    public void InverseOfAnInverse_IsThePublishedRate(string rate, string twice)
    {
        decimal r = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        (1m / (1m / r)).Should().Be(decimal.Parse(twice, System.Globalization.CultureInfo.InvariantCulture));
        ExchangeRate back = Rate(Currency.USD, Currency.CNY, r).Inverse().Inverse();
        back.Rate.Should().Be(r);
        back.Base.Should().Be(Currency.USD);
        back.Should().Be(Rate(Currency.USD, Currency.CNY, r, back.Series), "the inverse of the inverse is the published rate itself, not a fraction of it");
        M.Usd(100.01m).ConvertAt(back).Result.Should().Be(M.Cny(100.01m * r));
    }

    [Fact]
    public void Cross_WithAnInverseLeg_IsComputedFromThePublishedRates()
    {
        // CNY/JPY = USD/JPY ÷ USD/CNY: the first leg is the inverse of a published rate.
        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, 7.1103m);
        ExchangeRate usdJpy = Rate(Currency.USD, Currency.JPY, 154.48m);
        (1m / 7.1103m * 154.48m).Should().Be(21.726228147898119629270213630m, "the rounded inverse times the leg");
        ExchangeRate cnyJpy = ExchangeRate.Cross(usdCny.Inverse(), usdJpy);
        cnyJpy.Rate.Should().Be(21.726228147898119629270213634m).And.Be(154.48m / 7.1103m);
        cnyJpy.Series.Citation.Should().Be("cross of Test Fed and Test Fed via USD");

        // EUR/USD = EUR/CNY ÷ USD/CNY: the second leg is the inverse.
        ExchangeRate eurCny = Rate(Currency.EUR, Currency.CNY, 7.5294m, Ecb);
        ExchangeRate.Cross(eurCny, Rate(Currency.USD, Currency.CNY, 6.7925m).Inverse()).Rate
            .Should().Be(1.1084873021715126978284873022m).And.NotBe(7.5294m * (1m / 6.7925m));

        // JPY/EUR = 1 ÷ (USD/JPY × EUR/USD): both legs are inverses.
        ExchangeRate.Cross(Rate(Currency.USD, Currency.JPY, 145.5m).Inverse(), Rate(Currency.EUR, Currency.USD, 1.0638m, Ecb).Inverse()).Rate
            .Should().Be(0.0064606619981923067729057926m).And.NotBe(1m / 145.5m * (1m / 1.0638m));
    }

    [Fact]
    public void Cross_WithInverseLegs_AndConversionsAtIt_AreTheExactQuotientsRoundedOnce()
    {
        Gen<decimal> rates = Gen.Int[1_000, 99_999_999].Select(i => i / 10_000m);
        Gen<decimal> amounts = Gen.Long[1, 1_000_000_000_000_000].Select(c => c / 100m);
        Gen.Select(rates, rates, amounts).ForAll(0x57_04, 2_000, (p, b, a) =>
        {
            ExchangeRate first = Rate(Currency.USD, Currency.CNY, p).Inverse();
            ExchangeRate cross = ExchangeRate.Cross(first, Rate(Currency.USD, Currency.JPY, b));
            ExactArithmetic.ExactQuotient(b, 1m, p, 1m, out decimal rate);
            cross.Rate.Should().Be(rate);
            ExactArithmetic.ExactQuotient(a, b, p, 1m, out decimal converted);
            M.Cny(a).ConvertAt(cross).Result.Amount.Should().Be(converted);
            ExactArithmetic.ExactQuotient(a, p, b, 1m, out decimal back);
            M.Jpy(a).ConvertAt(cross).Result.Amount.Should().Be(back, "back through the cross is the exact inverse, rounded once");

            ExchangeRate both = ExchangeRate.Cross(first, Rate(Currency.JPY, Currency.USD, b).Inverse().Inverse().Inverse());
            ExactArithmetic.ExactQuotient(1m, 1m, p, b, out decimal product);
            both.Rate.Should().Be(product);
        });
    }

    [Theory]
    [InlineData("509981413.51", "5248083877.0392824562549790487", "5248083877.0392824562549790485")]
    [InlineData("536737723.55", "5523425988.7518201084562304580", "5523425988.7518201084562304578")]
    public void ConvertingAtACrossOfPublishedRates_IsTheExactProductRoundedOnce(string amount, string once, string twice)
    {
        // 1.05982337130922 × 9.70985907498747 has 30 significant digits: the cross rate is rounded, the conversion is not
        // the amount times that rounded rate.
        decimal a = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        decimal expected = decimal.Parse(once, System.Globalization.CultureInfo.InvariantCulture);
        ExchangeRate eurUsd = Rate(Currency.EUR, Currency.USD, 1.05982337130922m, Ecb);
        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, 9.70985907498747m);
        ExchangeRate cross = ExchangeRate.Cross(eurUsd, usdCny);
        cross.Rate.Should().Be(10.290735579790644861328995473m);
        (a * cross.Rate).Should().Be(decimal.Parse(twice, System.Globalization.CultureInfo.InvariantCulture));
        (a * 1.05982337130922m * 9.70985907498747m).Should().Be(expected, "the amount times the first rate is exact, so this rounds once");

        M.Eur(a).ConvertAt(cross).Result.Should().Be(M.Cny(expected));
        ExchangeRateTable table = new ExchangeRateTable(new[] { eurUsd, usdCny }).CrossVia(Currency.USD);
        Conversion c = M.Eur(a).ConvertTo(Currency.CNY, Day, table, RateLookup.ExactDate);
        c.Rate.Rate.Should().Be(10.290735579790644861328995473m, "the recorded cross rate is unchanged");
        c.Result.Should().Be(M.Cny(expected));
    }

    [Fact]
    public void ConvertingThroughATableCrossOfAnInverse_IsRoundedOnce()
    {
        // USD → CNY from EUR/USD and EUR/CNY: the amount × EUR/CNY ÷ EUR/USD, not the amount × the rounded cross.
        ExchangeRateTable ecb = new ExchangeRateTable(new[] { Rate(Currency.EUR, Currency.USD, 1.1147m, Ecb), Rate(Currency.EUR, Currency.CNY, 7.8817m, Ecb) })
            .CrossVia(Currency.EUR);
        Conversion c = M.Usd(138709353.89m).ConvertTo(Currency.CNY, Day, ecb, RateLookup.ExactDate);
        c.Rate.Rate.Should().Be(7.0706916659190813671839956939m).And.Be(7.8817m / 1.1147m);
        (138709353.89m * c.Rate.Rate).Should().Be(980771072.5350435094644298914m);
        c.Result.Should().Be(M.Cny(980771072.5350435094644298915m)).And.Be(M.Cny(138709353.89m * 7.8817m / 1.1147m));

        // and back: CNY → USD is the amount × EUR/USD ÷ EUR/CNY
        M.Cny(980771072.53m).ConvertTo(Currency.USD, Day, ecb, RateLookup.ExactDate).Result.Should().Be(M.Usd(980771072.53m * 1.1147m / 7.8817m));
    }

    [Fact]
    public void ARateThatLooksLikeAnInverse_ButIsNot_IsNotEqualToIt()
    {
        // Equal rates convert equally: a rate built by hand with the inverse's rounded value multiplies by it.
        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, 7.25m);
        ExchangeRate inverse = usdCny.Inverse();
        var twin = new ExchangeRate(inverse.Base, inverse.Quote, inverse.Rate, inverse.Date, inverse.Series);
        M.Cny(1_000_000m).ConvertAt(twin).Result.Should().Be(M.Usd(137931.03448275862068965517240m));
        M.Cny(1_000_000m).ConvertAt(inverse).Result.Should().Be(M.Usd(137931.03448275862068965517241m));
        twin.Should().NotBe(inverse);
        (twin == inverse).Should().BeFalse();
        inverse.Should().Be(usdCny.Inverse());
        new ExchangeRateTable(new[] { usdCny }).Rates(Currency.CNY, Currency.USD, RatePeriod.Day).Should().Equal(inverse);
        M.Cny(1m).ConvertAt(twin).Should().NotBe(M.Cny(1m).ConvertAt(inverse));
        ExchangeRate.Identity(Currency.USD, Day).Inverse().Should().Be(ExchangeRate.Identity(Currency.USD, Day));
    }

    [Fact]
    public void ConvertingBack_KeepsTheLimitsOfDecimal()
    {
        ExchangeRate half = Rate(Currency.USD, Currency.CNY, 0.5m);
        ((Action)(() => M.Cny(decimal.MaxValue).ConvertAt(half))).Should().Throw<OverflowException>().WithMessage("Converting CNY * overflowed decimal.");
        M.Cny(0.0000000000000000000000000001m).ConvertAt(Rate(Currency.USD, Currency.CNY, 7.25m)).Result.Should().Be(M.Usd(0m), "below 10^-28 is 0, as decimal's division gives");
        M.Cny(0m).ConvertAt(Rate(Currency.USD, Currency.CNY, 7.25m)).Result.Should().Be(M.Usd(0m));
        M.Cny(0.0000000000000000000000000003m).ConvertAt(Rate(Currency.USD, Currency.CNY, 2m)).Result.Should().Be(M.Usd(0.0000000000000000000000000002m), "half to even");
    }

    [Fact]
    public void InversesOfTwoRates_WhoseReciprocalsRoundAlike_AreNotEqual()
    {
        // 1 ÷ 7.25 and 1 ÷ 7.2500000000000000000000000001 round to the same decimal, but the inverses divide by different rates.
        ExchangeRate a = Rate(Currency.USD, Currency.CNY, 7.25m).Inverse();
        ExchangeRate b = Rate(Currency.USD, Currency.CNY, 7.2500000000000000000000000001m).Inverse();
        b.Rate.Should().Be(a.Rate);
        (b.Base, b.Quote, b.Date, b.Series).Should().Be((a.Base, a.Quote, a.Date, a.Series));
        M.Cny(72_500_000_000_000_000_000_000_000_000m).ConvertAt(a).Result.Should().Be(M.Usd(10_000_000_000_000_000_000_000_000_000m));
        M.Cny(72_500_000_000_000_000_000_000_000_000m).ConvertAt(b).Result.Should().Be(M.Usd(9_999_999_999_999_999_999_999_999_999.9m));
        b.Should().NotBe(a);
        (b == a).Should().BeFalse();
        (b != a).Should().BeTrue();
    }
}
