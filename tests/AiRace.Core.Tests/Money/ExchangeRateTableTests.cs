using System;
using System.Linq;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public class ExchangeRateTableTests
{
    private static readonly ExchangeRateTable Fed = ReferenceRates.FederalReserveH10;

    [Fact]
    public void FedH10_HoldsTheEmbeddedData()
    {
        Fed.Coverage(Currency.USD, Currency.CNY, RatePeriod.Day).Should().Be((new DateOnly(2015, 1, 2), new DateOnly(2025, 11, 28)));
        Fed.Coverage(Currency.USD, Currency.CNY, RatePeriod.Month).Should().Be((new DateOnly(2015, 1, 1), new DateOnly(2025, 11, 1)));
        Fed.Coverage(Currency.USD, Currency.CNY, RatePeriod.Year).Should().Be((new DateOnly(2015, 1, 1), new DateOnly(2025, 1, 1)));
        Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Day).Should().HaveCount(2726);
        Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Month).Should().HaveCount(131);
        Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Year).Should().HaveCount(11);
        Fed.Count.Should().Be(2726 + 131 + 11);
        Fed.Pairs.Should().Equal((Currency.CNY, Currency.USD), (Currency.USD, Currency.CNY));
    }

    [Fact]
    public void ExactDate_FindsTheDaysQuotation()
    {
        ExchangeRate first = Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2015, 1, 2), RateLookup.ExactDate);
        first.Rate.Should().Be(6.2046m);
        first.Series.Should().BeSameAs(ReferenceRates.FedH10Daily);
        first.ToString().Should().Be("USD/CNY 6.2046 on 2015-01-02 (Fed H.10 (DEXCHUS))");
    }

    [Fact]
    public void AnnualAverages_AreThePublishedOnes()
    {
        Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2023, 6, 1), RateLookup.AnnualAverage).Rate.Should().Be(7.0809m);
        ExchangeRate y2024 = Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2024, 12, 31), RateLookup.AnnualAverage);
        y2024.Rate.Should().Be(7.1957m);
        y2024.Date.Should().Be(new DateOnly(2024, 1, 1));
        y2024.ToString().Should().Be("USD/CNY 7.1957 for 2024 (Fed H.10 annual average (AEXCHUS))");
    }

    [Fact]
    public void Weekend_ExactDateFails_MostRecentTakesFriday()
    {
        var sunday = new DateOnly(2025, 7, 27);
        Fed.TryGetRate(Currency.USD, Currency.CNY, sunday, RateLookup.ExactDate, out _).Should().BeFalse();
        var ex = ((Action)(() => Fed.GetRate(Currency.USD, Currency.CNY, sunday, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>().Which;
        ex.Message.Should().Be("No daily USD/CNY rate was quoted on 2025-07-27 (Sunday) in Fed H.10 (DEXCHUS) (a weekend or holiday?); use RateLookup.MostRecentWithin(days) to take the last earlier quotation.");
        ex.Date.Should().Be(sunday);

        ExchangeRate friday = Fed.GetRate(Currency.USD, Currency.CNY, sunday, RateLookup.MostRecentWithin(3));
        friday.Date.Should().Be(new DateOnly(2025, 7, 25));
        ((Action)(() => Fed.GetRate(Currency.USD, Currency.CNY, sunday, RateLookup.MostRecentWithin(1))))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("No daily USD/CNY rate on 2025-07-27 (Sunday) or in the 1 days before it in Fed H.10 (DEXCHUS).");
    }

    [Fact]
    public void OutsideTheData_IsAnError_NeverAnExtrapolation()
    {
        var after = new DateOnly(2025, 12, 1);
        ((Action)(() => Fed.GetRate(Currency.USD, Currency.CNY, after, RateLookup.MostRecentWithin(31))))
            .Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("No daily USD/CNY rate for 2025-12-01 (Monday): the date is outside the data (Fed H.10 (DEXCHUS) covers 2015-01-02 to 2025-11-28); rates are never extrapolated.");
        ((Action)(() => Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2014, 12, 31), RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>().WithMessage("*outside the data*");
        ((Action)(() => Fed.GetRate(Currency.USD, Currency.CNY, after, RateLookup.MonthlyAverage)))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("No USD/CNY monthly average for 2025-12: the data covers 2015-01 to 2025-11; rates are never extrapolated.");
        ((Action)(() => Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2026, 3, 1), RateLookup.AnnualAverage)))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("No USD/CNY annual average for 2026: the data covers 2015 to 2025; rates are never extrapolated.");
        ((Action)(() => Fed.GetRate(Currency.EUR, Currency.CNY, after, RateLookup.ExactDate)))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("The table has no rates between EUR and CNY (it holds USD/CNY); cross them through a pivot with CrossVia(pivot) or ExchangeRate.Cross.");
    }

    [Fact]
    public void OppositeDirection_UsesTheInverseSeries()
    {
        ExchangeRate cnyUsd = Fed.GetRate(Currency.CNY, Currency.USD, new DateOnly(2015, 1, 2), RateLookup.ExactDate);
        cnyUsd.Rate.Should().Be(1m / 6.2046m);
        cnyUsd.Series.Id.Should().Be("1/DEXCHUS");
        cnyUsd.Series.Derivation.Should().Be(RateDerivation.Inverse);
    }

    [Fact]
    public void ConvertTo_NamesItsDateAndSeries()
    {
        Conversion c = M.Trillions(1, Currency.CNY).ConvertTo(Currency.USD, new DateOnly(2025, 2, 15), Fed, RateLookup.MonthlyAverage);
        c.Rate.Series.Should().Be(ReferenceRates.FedH10Monthly.Inverse);
        c.Rate.Date.Should().Be(new DateOnly(2025, 2, 1));
        c.RequestedDate.Should().Be(new DateOnly(2025, 2, 15));
        c.Lookup.Should().Be(RateLookup.MonthlyAverage);
        M.Usd(1).ConvertTo(Currency.USD, new DateOnly(2025, 2, 15), Fed, RateLookup.ExactDate).Result.Should().Be(M.Usd(1));
        ((Action)(() => M.Usd(1).ConvertTo(Currency.CNY, new DateOnly(2025, 2, 15), null!, RateLookup.ExactDate))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Table_RefusesConflictingDuplicates_AndAcceptsIdenticalOnes()
    {
        var s = new RateSeries("S", "Series S", "Tests", RatePeriod.Day);
        var d = new DateOnly(2025, 1, 2);
        var a = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, d, s);
        var b = new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, d, s);
        ((Action)(() => new ExchangeRateTable(new[] { a, b }))).Should().Throw<ArgumentException>()
            .WithMessage("Two different rates for the same pair, period and date: USD/CNY 7.1 on 2025-01-02 (Series S) and USD/CNY 7.2 on 2025-01-02 (Series S).*");
        new ExchangeRateTable(new[] { a, a }).GetRate(Currency.USD, Currency.CNY, d, RateLookup.ExactDate).Should().Be(a);
        ((Action)(() => new ExchangeRateTable(new[] { default(ExchangeRate) }))).Should().Throw<ArgumentException>().WithMessage("Rate number 0 is default(ExchangeRate)*");
    }

    [Fact]
    public void Table_GivenBothDirections_OnDifferentDays_UsesEachAsGiven()
    {
        // of one day, both directions are refused (A_table_given_a_rate_and_a_contradicting_opposite_rate_of_one_day_refuses_them)
        var s = new RateSeries("S", "Series S", "Tests", RatePeriod.Day);
        var d = new DateOnly(2025, 1, 2);
        var table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, d, s),
            new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, d.AddDays(1), s),
        });
        table.GetRate(Currency.CNY, Currency.USD, d.AddDays(1), RateLookup.ExactDate).Rate.Should().Be(0.14m);
        table.GetRate(Currency.USD, Currency.CNY, d, RateLookup.ExactDate).Rate.Should().Be(7.1m);
    }

    [Fact]
    public void MonthlyAverages_MatchTheMeanOfTheDailyRates()
    {
        // The monthly file is the mean of each month's daily rows at 4 decimals, half-even (its README says so).
        foreach (ExchangeRate month in Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Month))
        {
            var days = Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Day).Where(r => r.Date.Year == month.Date.Year && r.Date.Month == month.Date.Month).ToList();
            days.Should().NotBeEmpty();
            Math.Round(days.Average(r => r.Rate), 4, MidpointRounding.ToEven).Should().Be(month.Rate, $"the average of {month.Date:yyyy-MM}");
        }
    }

    // ExchangeRateTable: "A table holds at most one rate per currency pair, period and date, in either direction" and
    // "answers the opposite direction with the inverse rate": USD/CNY 7.1 and CNY/USD 0.2 of one day cannot both hold.
    [Fact]
    public void A_table_given_a_rate_and_a_contradicting_opposite_rate_of_one_day_refuses_them()
    {
        var test = new RateSeries("T", "test series", "tester", RatePeriod.Day);
        var day = new DateOnly(2025, 7, 28);
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, day, test);
        var cnyUsd = new ExchangeRate(Currency.CNY, Currency.USD, 0.2m, day, test);

        Action both = () => _ = new ExchangeRateTable([usdCny, cnyUsd]);

        both.Should().Throw<ArgumentException>().WithParameterName("rates")
            .WithMessage("Rates of both directions of one pair for the same period and date: CNY/USD 0.2 on 2025-07-28 (test series) and USD/CNY 7.1 on 2025-07-28 (test series).*");
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.ExchangeRateTable.#ctor(System.Collections.Generic.IEnumerable{AiRace.Core.ExchangeRate})", both);
        ((Action)(() => _ = new ExchangeRateTable([cnyUsd, usdCny]))).Should().Throw<ArgumentException>().WithMessage("*CNY/USD 0.2*USD/CNY 7.1*");

        // the two directions on different days, or of different periods, are no contradiction
        var monthly = new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, new DateOnly(2025, 7, 1), new RateSeries("TM", "monthly", "tester", RatePeriod.Month));
        var nextDay = new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, day.AddDays(1), test);
        new ExchangeRateTable([usdCny, monthly, nextDay]).Count.Should().Be(3);
    }

    // ExchangeRateTable: "For every rate it holds, the table also answers the opposite direction with the inverse rate":
    // USD/CNY given on Monday and CNY/USD on Tuesday, each direction answers the other's day by the inverse.
    [Fact]
    public void A_table_given_each_direction_on_its_own_day_answers_the_other_day_by_the_inverse()
    {
        var test = new RateSeries("T", "test series", "tester", RatePeriod.Day);
        var monday = new DateOnly(2025, 7, 28);
        var tuesday = monday.AddDays(1);
        var table = new ExchangeRateTable([
            new ExchangeRate(Currency.USD, Currency.CNY, 8m, monday, test),
            new ExchangeRate(Currency.CNY, Currency.USD, 0.2m, tuesday, test),
        ]);

        table.GetRate(Currency.CNY, Currency.USD, monday, RateLookup.ExactDate).Rate.Should().Be(0.125m);
        table.GetRate(Currency.USD, Currency.CNY, tuesday, RateLookup.ExactDate).Rate.Should().Be(5m);
        table.GetRate(Currency.CNY, Currency.USD, tuesday, RateLookup.ExactDate).Rate.Should().Be(0.2m);
        table.GetRate(Currency.USD, Currency.CNY, monday, RateLookup.ExactDate).Rate.Should().Be(8m);
        table.GetRate(Currency.CNY, Currency.USD, monday, RateLookup.ExactDate).Series.Should().NotBe(test, "Monday's CNY/USD is derived");
        table.Rates(Currency.CNY, Currency.USD, RatePeriod.Day).Select(r => r.Date).Should().Equal(monday, tuesday);
        table.Count.Should().Be(2);

        // a conversion at the derived USD/CNY of Tuesday divides by the given CNY/USD 0.2
        table.GetRate(Currency.USD, Currency.CNY, tuesday, RateLookup.ExactDate).Convert(M.Usd(10m)).Result.Should().Be(M.Cny(50m));
    }
}
