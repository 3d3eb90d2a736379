using System;
using System.Linq;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>
/// The edges of the rate types that mutation testing (tests/README.md) checks: periods and their first days, value
/// equality of rates, series, look-ups and conversions, their text, and what a table says when it has no answer.
/// </summary>
public class ExchangeRateEdgeTests
{
    private static readonly RateSeries Daily = new("D", "Daily test", "Tests", RatePeriod.Day);
    private static readonly RateSeries Monthly = new("M", "Monthly test", "Tests", RatePeriod.Month);
    private static readonly RateSeries Annual = new("A", "Annual test", "Tests", RatePeriod.Year);
    private static readonly DateOnly Day = new(2025, 7, 28);

    [Fact]
    public void RateLookup_NamesItsKindAndPeriod()
    {
        RateLookup.ExactDate.ToString().Should().Be("exact date");
        RateLookup.MostRecentWithin(3).ToString().Should().Be("most recent within 3 days");
        RateLookup.MonthlyAverage.ToString().Should().Be("monthly average");
        RateLookup.AnnualAverage.ToString().Should().Be("annual average");

        RateLookup.ExactDate.Period.Should().Be(RatePeriod.Day);
        RateLookup.MostRecentWithin(3).Period.Should().Be(RatePeriod.Day);
        RateLookup.MonthlyAverage.Period.Should().Be(RatePeriod.Month);
        RateLookup.AnnualAverage.Period.Should().Be(RatePeriod.Year);

        RateLookup.MostRecentWithin(3).Kind.Should().Be(RateLookupKind.MostRecent);
        RateLookup.MostRecentWithin(3).MaxDaysBack.Should().Be(3);
        RateLookup.ExactDate.Kind.Should().Be(RateLookupKind.ExactDate);
        RateLookup.ExactDate.MaxDaysBack.Should().Be(0);
    }

    [Fact]
    public void RateLookup_MostRecentWithin_OneToThirtyOneDays()
    {
        RateLookup.MostRecentWithin(1).MaxDaysBack.Should().Be(1);
        RateLookup.MostRecentWithin(31).MaxDaysBack.Should().Be(31);
        ((Action)(() => RateLookup.MostRecentWithin(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => RateLookup.MostRecentWithin(32))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RateLookup_EqualityIsKindAndReach()
    {
        (RateLookup.MostRecentWithin(3) == RateLookup.MostRecentWithin(3)).Should().BeTrue();
        (RateLookup.MostRecentWithin(3) != RateLookup.MostRecentWithin(3)).Should().BeFalse();
        (RateLookup.MostRecentWithin(3) == RateLookup.MostRecentWithin(4)).Should().BeFalse();
        (RateLookup.MostRecentWithin(3) != RateLookup.MostRecentWithin(4)).Should().BeTrue();
        (RateLookup.MonthlyAverage == RateLookup.AnnualAverage).Should().BeFalse();
        RateLookup.ExactDate.Equals((object)RateLookup.ExactDate).Should().BeTrue();
        RateLookup.ExactDate.Equals("exact date").Should().BeFalse();
        RateLookup.MostRecentWithin(3).GetHashCode().Should().Be(RateLookup.MostRecentWithin(3).GetHashCode());
    }

    [Fact]
    public void ExchangeRate_MonthlyAndAnnualRates_AreDatedOnTheFirstDayOfTheirPeriod()
    {
        new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 7, 1), Monthly).Period.Should().Be(RatePeriod.Month);
        new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 1, 1), Annual).Period.Should().Be(RatePeriod.Year);
        new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Daily).Period.Should().Be(RatePeriod.Day);
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 7, 1), Annual))).Should().Throw<ArgumentException>()
            .WithMessage("A Year rate of Annual test must be dated on the first day of its period; it was dated 2025-07-01.*").Which.ParamName.Should().Be("date");
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 1, 2), Annual))).Should().Throw<ArgumentException>();
        ((Action)(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 7, 2), Monthly))).Should().Throw<ArgumentException>();
        default(ExchangeRate).Period.Should().Be(RatePeriod.Day);
    }

    [Fact]
    public void ExchangeRate_ToString_NamesThePeriod()
    {
        new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, new DateOnly(2025, 7, 1), Monthly).ToString().Should().Be("USD/CNY 7.1 for 2025-07 (Monthly test)");
        new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, new DateOnly(2025, 1, 1), Annual).ToString().Should().Be("USD/CNY 7.2 for 2025 (Annual test)");
        new ExchangeRate(Currency.USD, Currency.CNY, 7.3m, Day, Daily).ToString().Should().Be("USD/CNY 7.3 on 2025-07-28 (Daily test)");
        default(ExchangeRate).ToString().Should().Be("(no rate)");
    }

    [Fact]
    public void ExchangeRate_Identity_IsOneInTheSameCurrency()
    {
        ExchangeRate identity = ExchangeRate.Identity(Currency.CNY, Day);
        identity.Base.Should().Be(Currency.CNY);
        identity.Quote.Should().Be(Currency.CNY);
        identity.Rate.Should().Be(1m);
        identity.Date.Should().Be(Day);
        identity.Series.Derivation.Should().Be(RateDerivation.Identity);
        identity.Series.Inverse.Should().BeSameAs(identity.Series, "the inverse of the identity is the identity");
        identity.Inverse().Should().Be(identity);
        M.Cny(5).ConvertAt(identity).Result.Should().Be(M.Cny(5));
    }

    [Fact]
    public void ExchangeRate_EqualityIsEveryPart()
    {
        var a = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily);
        var same = new ExchangeRate(Currency.USD, Currency.CNY, 7.10m, Day, new RateSeries("D", "Daily test", "Tests", RatePeriod.Day));
        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        a.Equals((object)same).Should().BeTrue();
        a.Equals("USD/CNY 7.1").Should().BeFalse();
        a.GetHashCode().Should().Be(same.GetHashCode());
        (a == new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, Day, Daily)).Should().BeFalse();
        (a != new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day.AddDays(1), Daily)).Should().BeTrue();
        (a == new ExchangeRate(Currency.USD, Currency.JPY, 7.1m, Day, Daily)).Should().BeFalse();
        (a == new ExchangeRate(Currency.EUR, Currency.CNY, 7.1m, Day, Daily)).Should().BeFalse();
        (a == new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, new RateSeries("E", "Daily test", "Tests", RatePeriod.Day))).Should().BeFalse();
    }

    [Fact]
    public void ExchangeRate_Convert_RefusesAnAmountInNeitherCurrency_AndReportsOverflow()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Daily);
        ((Action)(() => rate.Convert(M.Eur(1)))).Should().Throw<CurrencyMismatchException>()
            .WithMessage("Cannot apply conversion with the USD/CNY rate to USD and EUR*");
        ((Action)(() => default(ExchangeRate).Convert(M.Usd(1)))).Should().Throw<InvalidOperationException>().WithMessage("default(ExchangeRate) is not a usable rate*");
        ((Action)(() => rate.Convert(new M(decimal.MaxValue, Currency.USD)))).Should().Throw<OverflowException>()
            .WithMessage("Converting USD 79,228,162,514,264,337,593,543,950,335.00 at USD/CNY 7 on 2025-07-28 (Daily test) overflowed decimal.");
        Conversion c = new ExchangeRate(Currency.USD, Currency.CNY, 8m, Day, Daily).Convert(M.Cny(16));
        c.Result.Should().Be(M.Usd(2));
        c.Rate.Base.Should().Be(Currency.CNY);
        c.Lookup.Should().Be(RateLookup.ExactDate);
    }

    [Fact]
    public void ExchangeRate_Cross_NeedsUsableLegsOfOnePeriod()
    {
        var monthlyEurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, new DateOnly(2025, 7, 1), Monthly);
        var dailyUsdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 7, 1), Daily);
        ((Action)(() => ExchangeRate.Cross(monthlyEurUsd, dailyUsdCny))).Should().Throw<ArgumentException>()
            .WithMessage("A cross rate needs both legs for the same date and period; they are 2025-07-01 (Month) and 2025-07-01 (Day).*");
        ((Action)(() => ExchangeRate.Cross(default, dailyUsdCny))).Should().Throw<InvalidOperationException>();
        ((Action)(() => ExchangeRate.Cross(monthlyEurUsd, default))).Should().Throw<InvalidOperationException>();
        var monthlyUsdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 7, 1), Monthly);
        ExchangeRate cross = ExchangeRate.Cross(monthlyEurUsd, monthlyUsdCny);
        cross.Rate.Should().Be(7.7m);
        cross.Period.Should().Be(RatePeriod.Month);
    }

    [Fact]
    public void Conversion_RefusesAnUnusableOrMismatchedRate_AndComparesByValue()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Daily);
        ((Action)(() => new Conversion(M.Usd(1), default, Day, RateLookup.ExactDate))).Should().Throw<ArgumentException>()
            .WithMessage("default(ExchangeRate) is not a usable rate.*").Which.ParamName.Should().Be("rate");
        ((Action)(() => new Conversion(M.Cny(1), rate, Day, RateLookup.ExactDate))).Should().Throw<CurrencyMismatchException>();

        var c = new Conversion(M.Usd(2), rate, Day.AddDays(1), RateLookup.MostRecentWithin(2));
        c.Result.Should().Be(M.Cny(14));
        c.RequestedDate.Should().Be(Day.AddDays(1));
        var same = new Conversion(M.Usd(2.0m), rate, Day.AddDays(1), RateLookup.MostRecentWithin(2));
        (c == same).Should().BeTrue();
        (c != same).Should().BeFalse();
        c.Equals((object)same).Should().BeTrue();
        c.Equals("a conversion").Should().BeFalse();
        c.GetHashCode().Should().Be(same.GetHashCode());
        (c == new Conversion(M.Usd(3), rate, Day.AddDays(1), RateLookup.MostRecentWithin(2))).Should().BeFalse();
        (c == new Conversion(M.Usd(2), rate, Day, RateLookup.MostRecentWithin(2))).Should().BeFalse();
        (c != new Conversion(M.Usd(2), rate, Day.AddDays(1), RateLookup.MostRecentWithin(3))).Should().BeTrue();
        (c == new Conversion(M.Usd(2), new ExchangeRate(Currency.USD, Currency.CNY, 7.5m, Day, Daily), Day.AddDays(1), RateLookup.MostRecentWithin(2))).Should().BeFalse();
    }

    [Fact]
    public void Conversion_RebuiltWithItsResult_KeepsEveryPartAndTheResultGiven()
    {
        // The internal constructor of compact stores (NormalisedList): nothing recomputed, every part kept as given.
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Daily);
        var rebuilt = new Conversion(M.Usd(2), rate, Day.AddDays(1), RateLookup.MostRecentWithin(2), M.Cny(14.5m));

        rebuilt.Original.Should().Be(M.Usd(2));
        rebuilt.Rate.Should().Be(rate);
        rebuilt.RequestedDate.Should().Be(Day.AddDays(1));
        rebuilt.Lookup.Should().Be(RateLookup.MostRecentWithin(2));
        rebuilt.Result.Amount.Should().Be(14.5m, "the result given, not the product 14");
        rebuilt.Result.Currency.Should().Be(Currency.CNY);
        rebuilt.Should().Be(new Conversion(M.Usd(2), rate, Day.AddDays(1), RateLookup.MostRecentWithin(2)));
    }

    [Fact]
    public void RateSeries_EqualityIsIdDerivationPeriodAndCitation()
    {
        var s = new RateSeries("S", "Series S", "Tests", RatePeriod.Day);
        s.Equals(new RateSeries("S", "Series S", "Other publisher", RatePeriod.Day)).Should().BeTrue("the publisher is not part of the identity");
        s.Equals(new RateSeries("S", "Series S2", "Tests", RatePeriod.Day)).Should().BeFalse();
        s.Equals(new RateSeries("T", "Series S", "Tests", RatePeriod.Day)).Should().BeFalse();
        s.Equals(new RateSeries("S", "Series S", "Tests", RatePeriod.Month)).Should().BeFalse();
        s.Equals(s.Inverse).Should().BeFalse();
        new RateSeries("S", "Series S", "Tests", RatePeriod.Day).Equals((RateSeries?)null).Should().BeFalse();
        s.Equals((object)new RateSeries("S", "Series S", "Tests", RatePeriod.Day)).Should().BeTrue();
        s.Equals("Series S").Should().BeFalse();
        s.GetHashCode().Should().Be(new RateSeries("S", "Series S", "Tests", RatePeriod.Day).GetHashCode());
        s.ToString().Should().Be("Series S");
    }

    [Fact]
    public void RateSeries_RefusesBlankNamesAndUndefinedPeriods()
    {
        ((Action)(() => new RateSeries(" ", "c", "p", RatePeriod.Day))).Should().Throw<ArgumentException>();
        ((Action)(() => new RateSeries("i", " ", "p", RatePeriod.Day))).Should().Throw<ArgumentException>();
        ((Action)(() => new RateSeries("i", "c", " ", RatePeriod.Day))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new RateSeries("i", "c", "p", (RatePeriod)7))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RateSeries_Cross_NamesBothLegs_TheirPublishersAndTheLongerPeriod()
    {
        var fed = new RateSeries("F", "Fed F", "Fed", RatePeriod.Day);
        var ecb = new RateSeries("E", "ECB E", "ECB", RatePeriod.Month);
        RateSeries cross = RateSeries.Cross(fed, ecb);
        cross.Id.Should().Be("F×E");
        cross.Citation.Should().Be("cross of Fed F and ECB E");
        cross.Publisher.Should().Be("Fed; ECB");
        cross.Period.Should().Be(RatePeriod.Month);
        cross.Derivation.Should().Be(RateDerivation.Cross);
        cross.Components.Should().Equal(fed, ecb);
        RateSeries.Cross(ecb, fed).Period.Should().Be(RatePeriod.Month);
        RateSeries.Cross(fed, fed).Publisher.Should().Be("Fed");

        RateSeries viaUsd = RateSeries.Cross(fed.Inverse, ecb, Currency.USD);
        viaUsd.Citation.Should().Be("cross of Fed F and ECB E via USD", "an inverse leg is cited by the series it was published in");
        viaUsd.Id.Should().Be("1/F×E");
        viaUsd.Publisher.Should().Be("Fed; ECB");
        viaUsd.Period.Should().Be(RatePeriod.Month);
        RateSeries.Cross(ecb, fed, Currency.USD).Period.Should().Be(RatePeriod.Month);
        RateSeries.Cross(fed, fed, Currency.USD).Publisher.Should().Be("Fed");
        ((Action)(() => RateSeries.Cross(null!, fed))).Should().Throw<ArgumentNullException>();
        ((Action)(() => RateSeries.Cross(fed, null!, Currency.USD))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Table_WithoutAnAnswer_SaysWhatItHolds()
    {
        var monthlyOnly = new ExchangeRateTable(new[] { new ExchangeRate(Currency.USD, Currency.CNY, 7m, new DateOnly(2025, 7, 1), Monthly) });
        ((Action)(() => monthlyOnly.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("The table holds no daily USD/CNY rates; ask for a monthly or annual average instead.");
        ((Action)(() => monthlyOnly.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.AnnualAverage))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("The table holds no USD/CNY annual averages.");
        monthlyOnly.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.MonthlyAverage).Rate.Should().Be(7m);
        monthlyOnly.Coverage(Currency.USD, Currency.CNY, RatePeriod.Day).Should().BeNull();
        monthlyOnly.Coverage(Currency.USD, Currency.CNY, RatePeriod.Year).Should().BeNull();
        monthlyOnly.Coverage(Currency.EUR, Currency.CNY, RatePeriod.Month).Should().BeNull();
        monthlyOnly.Rates(Currency.EUR, Currency.CNY, RatePeriod.Month).Should().BeEmpty();
        monthlyOnly.Rates(Currency.CNY, Currency.USD, RatePeriod.Month).Should().ContainSingle().Which.Series.Derivation.Should().Be(RateDerivation.Inverse);

        var empty = new ExchangeRateTable(Array.Empty<ExchangeRate>());
        empty.Count.Should().Be(0);
        empty.Pairs.Should().BeEmpty();
        ((Action)(() => empty.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("The table has no rates between USD and CNY (it holds none); cross them through a pivot with CrossVia(pivot) or ExchangeRate.Cross.");
        ((Action)(() => empty.CrossVia(Currency.EUR).GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("The table has no rates between USD and CNY, nor both legs through EUR (it holds none).");
        empty.TryGetRate(Currency.JPY, Currency.JPY, Day, RateLookup.ExactDate, out ExchangeRate same).Should().BeTrue();
        same.Should().Be(ExchangeRate.Identity(Currency.JPY, Day));
        ((Action)(() => new ExchangeRateTable(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Table_ExactDate_WithinTheCoverage_FindsOnlyThatDay()
    {
        var table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.3m, Day.AddDays(2), Daily),
        });
        table.TryGetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate, out ExchangeRate first).Should().BeTrue();
        first.Rate.Should().Be(7.1m);
        table.TryGetRate(Currency.USD, Currency.CNY, Day.AddDays(2), RateLookup.ExactDate, out ExchangeRate last).Should().BeTrue();
        last.Rate.Should().Be(7.3m);
        table.TryGetRate(Currency.USD, Currency.CNY, Day.AddDays(1), RateLookup.ExactDate, out ExchangeRate none).Should().BeFalse();
        none.Should().Be(default(ExchangeRate));
        table.GetRate(Currency.USD, Currency.CNY, Day.AddDays(1), RateLookup.MostRecentWithin(1)).Rate.Should().Be(7.1m);
        table.TryGetRate(Currency.USD, Currency.CNY, Day.AddDays(3), RateLookup.MostRecentWithin(31), out _).Should().BeFalse("a day after the data is outside it");
        table.TryGetRate(Currency.USD, Currency.CNY, Day.AddDays(-1), RateLookup.ExactDate, out _).Should().BeFalse();
        table.Rates(Currency.USD, Currency.CNY, RatePeriod.Day).Select(r => r.Rate).Should().Equal(7.1m, 7.3m);
        table.Coverage(Currency.USD, Currency.CNY, RatePeriod.Day).Should().Be((Day, Day.AddDays(2)));
        table.Coverage(Currency.USD, Currency.CNY, RatePeriod.Month).Should().BeNull("the pair has daily rates only");
        table.Coverage(Currency.CNY, Currency.USD, RatePeriod.Year).Should().BeNull();
    }

    [Fact]
    public void Table_Pairs_AreInOrderOfTheBaseCode_ThenOfTheQuoteCode()
    {
        var table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.USD, Currency.EUR, 0.9m, Day, Daily),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily),
            new ExchangeRate(Currency.JPY, Currency.CNY, 0.05m, Day, Daily),
        });

        table.Pairs.Should().Equal(
            (Currency.CNY, Currency.JPY), (Currency.CNY, Currency.USD), (Currency.EUR, Currency.USD),
            (Currency.JPY, Currency.CNY), (Currency.USD, Currency.CNY), (Currency.USD, Currency.EUR));
    }

    // Stop 65's mutation run of the lines changed since 3a4016c (tests/README.md).

    // Conversion.RoundedResult: decimal's product on a whole minor unit (CNY 0.0100000000000000000000000000) when the
    // exact product is just below it (0.00999…9, 29 decimals): toward zero it is CNY 0.00, not the 0.01 of rounding
    // decimal's product again.
    [Fact]
    public void RoundedResult_OfAProductDecimalRoundedOntoAWholeMinorUnit_RoundsTheExactProduct()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 0.0333333333333333333333333333m, Day, Daily);

        Conversion c = rate.Convert(M.Usd(0.3m));

        c.Result.Amount.Should().Be(0.01m);
        c.RoundedResult(MidpointRounding.ToZero).Should().Be(M.Cny(0.00m));
        c.RoundedResult(MidpointRounding.ToEven).Should().Be(M.Cny(0.01m));
    }

    // At a derived rate, decimal's rounded-once result can sit on a tie the exact product is below: CNY 1 at the inverse
    // of USD/CNY 200.0000000000000000000000001 is USD 0.004999999999999999999999999975, which rounds to USD 0.00 under
    // any midpoint rule, though its 28 decimals are 0.0050000000000000000000000000.
    [Fact]
    public void RoundedResult_AtAnInverse_WhoseResultIsATieTheExactProductIsBelow_RoundsTheExactProduct()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 200.0000000000000000000000001m, Day, Daily);

        Conversion c = rate.Convert(M.Cny(1m));

        c.Result.Amount.Should().Be(0.005m);
        c.RoundedResult(MidpointRounding.AwayFromZero).Should().Be(M.Usd(0.00m));
        c.RoundedResult(MidpointRounding.ToPositiveInfinity).Should().Be(M.Usd(0.01m));
    }

    [Fact]
    public void Conversion_AtAnAverage_WritesTheYearOrMonthAskedFor()
    {
        var table = new ExchangeRateTable([
            new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, new DateOnly(2025, 7, 1), Monthly),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, new DateOnly(2025, 1, 1), Annual),
        ]);

        M.Usd(1m).ConvertTo(Currency.CNY, new DateOnly(2025, 7, 15), table, RateLookup.MonthlyAverage).ToString()
            .Should().Be("USD 1.00 = CNY 7.20 at USD/CNY 7.2 for 2025-07 (Monthly test) (requested 2025-07, monthly average)");
        M.Usd(1m).ConvertTo(Currency.CNY, new DateOnly(2025, 7, 15), table, RateLookup.AnnualAverage).ToString()
            .Should().Be("USD 1.00 = CNY 7.10 at USD/CNY 7.1 for 2025 (Annual test) (requested 2025, annual average)");
    }

    [Fact]
    public void AProviderThatGivesDefault_IsNoRateFound_AndSaysSo()
    {
        Action convert = () => M.Usd(1m).ConvertTo(Currency.CNY, Day, new DefaultProvider(), RateLookup.ExactDate);

        convert.Should().Throw<ExchangeRateNotFoundException>().WithMessage(
            "*asked for the USD/CNY rate of 2025-07-28 (exact date), the rate provider DefaultProvider gave default(ExchangeRate), which is no rate; it is not used, so no USD/CNY rate was found*");
    }

    [Fact]
    public void ConvertingBack_AtARateWhoseInverseIsZero_IsAnOverflowNamingTheRate()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 30_000_000_000_000_000_000_000_000_000m, Day, Daily);

        ((Action)(() => rate.Convert(M.Cny(1m)))).Should().Throw<OverflowException>()
            .WithMessage("Converting CNY 1.00 back at USD/CNY 30000000000000000000000000000 needs the inverse rate, which is too small for decimal (it would be zero).")
            .WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public void ReferenceRates_AYearEndsEarlyOnlyWhenTheDailyRatesEndInsideIt()
    {
        ReferenceRates.EndsEarly(2026, new DateOnly(2025, 11, 28)).Should().BeFalse("the rates end in another year");
        ReferenceRates.EndsEarly(2025, new DateOnly(2025, 11, 28)).Should().BeTrue();
        ReferenceRates.EndsEarly(2025, new DateOnly(2025, 12, 31)).Should().BeFalse();
    }

    private sealed class DefaultProvider : IExchangeRateProvider
    {
        public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate)
        {
            rate = default;
            return true;
        }

        public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) => default;
    }
}
