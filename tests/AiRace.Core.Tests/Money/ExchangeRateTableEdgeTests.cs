using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using AiRace.Core.Text;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>
/// The edges of <see cref="ExchangeRateTable"/>, <see cref="ReferenceRates"/>, <see cref="RateSeries"/> and
/// <see cref="Conversion"/> that the mutation run of <c>money-rates.json</c> (tests/README.md) found untested: crosses
/// that round to zero or overflow, what a crossing table says when a leg is missing, monthly and annual rates of a
/// table built here, and the checks the embedded rate files are read with.
/// </summary>
public class ExchangeRateTableEdgeTests
{
    private static readonly RateSeries Daily = new("D", "Daily test", "Tests", RatePeriod.Day);
    private static readonly RateSeries Other = new("O", "Other test", "Tests", RatePeriod.Day);
    private static readonly RateSeries Monthly = new("M", "Monthly test", "Tests", RatePeriod.Month);
    private static readonly RateSeries Annual = new("A", "Annual test", "Tests", RatePeriod.Year);
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static ExchangeRateTable ViaEur(params ExchangeRate[] rates) => new ExchangeRateTable(rates).CrossVia(Currency.EUR);

    [Fact]
    public void ACrossThatRoundsToZero_OrOverflows_IsNoRate()
    {
        ExchangeRateTable tiny = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.000000000000001m, Day, Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 0.000000000000001m, Day, Other));
        tiny.TryGetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate, out ExchangeRate zero).Should().BeFalse("10^-30 is zero in decimal");
        zero.Should().Be(default(ExchangeRate));
        tiny.TryGetRate(Currency.USD, Currency.CNY, new DateOnly(2025, 7, 1), RateLookup.MonthlyAverage, out _).Should().BeFalse();

        ExchangeRateTable huge = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 1_000_000_000_000_000m, Day, Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 1_000_000_000_000_000m, Day, Other));
        huge.TryGetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate, out ExchangeRate overflow).Should().BeFalse("10^30 is beyond decimal");
        overflow.Should().Be(default(ExchangeRate));
        huge.TryGetRate(Currency.CNY, Currency.USD, Day, RateLookup.ExactDate, out _).Should().BeFalse("the other direction divides by the published legs' product, 10^30");
        huge.TryGetRate(Currency.USD, Currency.EUR, Day, RateLookup.ExactDate, out _).Should().BeTrue("each leg alone is a rate");
    }

    [Fact]
    public void ACrossThatRoundsToZero_OrOverflows_IsExplainedSo_NotAsMissingLegs()
    {
        const string prefix = "The table holds no USD/CNY rates, and crossing via EUR needs USD/EUR and EUR/CNY for the same day: ";
        ExchangeRateTable tiny = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.000000000000001m, Day, Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 0.000000000000001m, Day, Other));
        NotFound(tiny, Day, RateLookup.ExactDate).Should().Be(prefix
            + "the cross of the legs of 2025-07-28, USD/EUR 0.000000000000001 and EUR/CNY 0.000000000000001, rounds to zero: decimal holds no rate that small (28 decimal places).");

        // The legs of the latest common day are the ones explained, as they are the ones crossed.
        ExchangeRateTable huge = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 1_000_000_000_000_000m, Day.AddDays(-1), Daily),
            new ExchangeRate(Currency.USD, Currency.EUR, 1m, Day.AddDays(1), Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 2m, Day.AddDays(-2), Other),
            new ExchangeRate(Currency.EUR, Currency.CNY, 1_000_000_000_000_000m, Day.AddDays(-1), Other),
            new ExchangeRate(Currency.EUR, Currency.CNY, 1m, Day.AddDays(1), Other));
        NotFound(huge, Day, RateLookup.MostRecentWithin(3)).Should().Be(prefix
            + "the cross of the legs of 2025-07-27, USD/EUR 1000000000000000 and EUR/CNY 1000000000000000, is larger than decimal can hold (about 7.9 × 10^28).");

        ExchangeRateTable months = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.000000000000001m, new DateOnly(2025, 7, 1), Monthly),
            new ExchangeRate(Currency.EUR, Currency.CNY, 0.000000000000001m, new DateOnly(2025, 7, 1), Monthly));
        NotFound(months, Day, RateLookup.MonthlyAverage).Should().EndWith(
            "for the same month: the cross of the legs of 2025-07-01, USD/EUR 0.000000000000001 and EUR/CNY 0.000000000000001, rounds to zero: decimal holds no rate that small (28 decimal places).");
    }

    [Fact]
    public void ACrossingTable_SaysWhichLegHasNoRate()
    {
        const string prefix = "The table holds no USD/CNY rates, and crossing via EUR needs USD/EUR and EUR/CNY for the same ";
        ExchangeRateTable firstMissing = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.86m, Day.AddDays(-3), Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 8.32m, Day, Other));
        NotFound(firstMissing, Day, RateLookup.ExactDate).Should().Be(prefix
            + "day: No daily USD/EUR rate for 2025-07-28 (Monday): the date is outside the data (Daily test covers 2025-07-25 to 2025-07-25); rates are never extrapolated.");

        ExchangeRateTable secondMissing = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.86m, Day, Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 8.32m, Day.AddDays(-3), Other));
        NotFound(secondMissing, Day, RateLookup.ExactDate).Should().Be(prefix
            + "day: No daily EUR/CNY rate for 2025-07-28 (Monday): the date is outside the data (Other test covers 2025-07-25 to 2025-07-25); rates are never extrapolated.");

        // Each leg has a rate within two days, but not on the same day.
        ExchangeRateTable apart = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.86m, Day, Daily),
            new ExchangeRate(Currency.EUR, Currency.CNY, 8.32m, Day.AddDays(-1), Other),
            new ExchangeRate(Currency.EUR, Currency.CNY, 8.33m, Day.AddDays(1), Other));
        NotFound(apart, Day, RateLookup.MostRecentWithin(2)).Should().Be(prefix
            + "day: the two legs have no quotation on a common day within the look-up's reach.");

        ExchangeRateTable months = ViaEur(
            new ExchangeRate(Currency.USD, Currency.EUR, 0.86m, new DateOnly(2025, 7, 1), Monthly),
            new ExchangeRate(Currency.EUR, Currency.CNY, 8.32m, new DateOnly(2025, 6, 1), Monthly));
        NotFound(months, Day, RateLookup.MonthlyAverage).Should().Be(prefix
            + "month: No EUR/CNY monthly average for 2025-07: the data covers 2025-06 to 2025-06; rates are never extrapolated.");
        NotFound(months, Day, RateLookup.AnnualAverage).Should().Be(prefix + "year: The table holds no USD/EUR annual averages.");
    }

    [Fact]
    public void MonthlyAndAnnualRates_OfATableBuiltHere_AreFoundAndListedInDateOrder()
    {
        var table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.USD, Currency.CNY, 7.3m, new DateOnly(2025, 3, 1), Monthly),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, new DateOnly(2025, 1, 1), Monthly),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, new DateOnly(2025, 2, 1), Monthly),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.0m, new DateOnly(2025, 1, 1), Annual),
            new ExchangeRate(Currency.USD, Currency.CNY, 6.9m, new DateOnly(2024, 1, 1), Annual),
        });
        table.Rates(Currency.USD, Currency.CNY, RatePeriod.Month).Select(r => r.Rate).Should().Equal(7.1m, 7.2m, 7.3m);
        table.Rates(Currency.USD, Currency.CNY, RatePeriod.Year).Select(r => r.Rate).Should().Equal(6.9m, 7.0m);
        table.Rates(Currency.CNY, Currency.USD, RatePeriod.Month).Select(r => r.Date.Month).Should().Equal(1, 2, 3);
        table.GetRate(Currency.USD, Currency.CNY, new DateOnly(2025, 6, 30), RateLookup.AnnualAverage).Rate.Should().Be(7.0m);
        table.GetRate(Currency.USD, Currency.CNY, new DateOnly(2024, 2, 29), RateLookup.AnnualAverage).Series.Should().Be(Annual);
        table.Coverage(Currency.USD, Currency.CNY, RatePeriod.Year).Should().Be((new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void TwoDifferentMonthlyOrAnnualRatesOfOneDate_AreRefused_TheSameOneTwiceIsNot()
    {
        var january = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, new DateOnly(2025, 1, 1), Monthly);
        var otherJanuary = new ExchangeRate(Currency.USD, Currency.CNY, 7.15m, new DateOnly(2025, 1, 1), Monthly);
        ArgumentException ex = ((Action)(() => _ = new ExchangeRateTable(new[] { january, otherJanuary }))).Should().Throw<ArgumentException>().Which;
        ex.Message.Should().StartWith($"Two different rates for the same pair, period and date: {january} and {otherJanuary}.");
        ex.ParamName.Should().Be("rates");

        var y2025 = new ExchangeRate(Currency.USD, Currency.CNY, 7.0m, new DateOnly(2025, 1, 1), Annual);
        var otherY2025 = new ExchangeRate(Currency.USD, Currency.CNY, 7.0m, new DateOnly(2025, 1, 1), new RateSeries("B", "Annual B", "Tests", RatePeriod.Year));
        ((Action)(() => _ = new ExchangeRateTable(new[] { y2025, otherY2025 }))).Should().Throw<ArgumentException>()
            .WithMessage($"Two different rates for the same pair, period and date: {y2025} and {otherY2025}.*");

        var twice = new ExchangeRateTable(new[] { january, january, y2025, y2025 });
        twice.Count.Should().Be(4);
        twice.Rates(Currency.USD, Currency.CNY, RatePeriod.Month).Should().Equal(january);
        twice.Rates(Currency.USD, Currency.CNY, RatePeriod.Year).Should().Equal(y2025);
    }

    [Fact]
    public void TheEmbeddedFedTable_ReadAfresh_HoldsDailyMonthlyAndAnnualRates()
    {
        ExchangeRateTable fed = ReferenceRates.LoadFedH10();
        fed.Should().NotBeSameAs(ReferenceRates.FederalReserveH10);
        fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Day).Should().HaveCount(2726).And.OnlyContain(r => r.Series == ReferenceRates.FedH10Daily);
        fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Month).Should().HaveCount(131).And.OnlyContain(r => r.Series == ReferenceRates.FedH10Monthly);
        fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Year).Should().HaveCount(11)
            .And.OnlyContain(r => r.Series == (r.Date.Year == 2025 ? ReferenceRates.FedH10PartialYear : ReferenceRates.FedH10Annual), "the daily rates end on 2025-11-28");
        fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2024, 3, 15), RateLookup.MonthlyAverage).Rate.Should().Be(7.2015m);
        fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2024, 3, 15), RateLookup.AnnualAverage).Rate.Should().Be(7.1957m);
        fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2015, 1, 2), RateLookup.ExactDate).Rate.Should().Be(6.2046m);
        fed.Count.Should().Be(ReferenceRates.FederalReserveH10.Count);
    }

    [Fact]
    public void TheEmbeddedFiles_AreReadLineByLine_SkippingBlankLines_AndRefusingAWrongNumberOfFields()
    {
        var rows = new List<(string Date, int Line)>();
        ReferenceRates.Read(new StringReader("date,rate\n2015-01-02,6.2046\n\n2015-01-05,6.2201\n"), "fx.csv", 2, (f, file, line) =>
        {
            file.Should().Be("fx.csv");
            rows.Add((f[0], line));
        });
        rows.Should().Equal(("2015-01-02", 2), ("2015-01-05", 4));

        ((Action)(() => ReferenceRates.Read(new StringReader("date,rate\n2015-01-02,6.2\n\n2015-01-05,6.2,9\n"), "fx.csv", 2, (_, _, _) => { })))
            .Should().Throw<InvalidDataException>().WithMessage("fx.csv line 4: expected 2 fields, found 3.");
        ((Action)(() => ReferenceRates.Read(new StringReader("month,rate,n\n2015-01\n"), "m.csv", 3, (_, _, _) => { })))
            .Should().Throw<InvalidDataException>().WithMessage("m.csv line 2: expected 3 fields, found 1.");
    }

    [Fact]
    public void RateSeries_Cross_NamesTheMissingLeg()
    {
        ((Action)(() => RateSeries.Cross(Daily, null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("second");
        ((Action)(() => RateSeries.Cross(null!, Daily, Currency.EUR))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("first");
    }

    [Fact]
    public void Conversion_WithARateOfAnotherBase_SaysWhichRate()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Daily);
        CurrencyMismatchException ex = ((Action)(() => _ = new Conversion(M.Eur(1), rate, Day, RateLookup.ExactDate))).Should().Throw<CurrencyMismatchException>().Which;
        ex.Operation.Should().Be("conversion with the USD/CNY rate");
        (ex.Left, ex.Right).Should().Be((Currency.USD, Currency.EUR));
    }

    private static string NotFound(ExchangeRateTable table, DateOnly date, RateLookup lookup)
    {
        table.TryGetRate(Currency.USD, Currency.CNY, date, lookup, out _).Should().BeFalse();
        return ((Action)(() => table.GetRate(Currency.USD, Currency.CNY, date, lookup))).Should().Throw<ExchangeRateNotFoundException>().Which.Message;
    }

    /// <summary>A table that holds EUR/USD and CNY/EUR at 10^-15 and crosses through EUR: USD/CNY divides 1 by the
    /// product of the two published rates, 10^-30, so it is 10^30.</summary>
    private static ExchangeRateTable TinyPublishedLegsViaEur() => new ExchangeRateTable(new[]
    {
        new ExchangeRate(Currency.EUR, Currency.USD, 0.000000000000001m, Day, new RateSeries("A", "series A", "tester", RatePeriod.Day)),
        new ExchangeRate(Currency.CNY, Currency.EUR, 0.000000000000001m, Day, new RateSeries("B", "series B", "tester", RatePeriod.Day)),
    }).CrossVia(Currency.EUR);

    [Fact]
    public void Cross_whose_published_legs_multiply_below_decimal_is_no_rate()
    {
        // USD/CNY here is 10^30, beyond decimal: TryGetRate answers false (it never throws), GetRate says why.
        ExchangeRateTable table = TinyPublishedLegsViaEur();

        bool found = true;
        Action tryGet = () => found = table.TryGetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate, out _);
        Action get = () => table.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate);

        tryGet.Should().NotThrow();
        found.Should().BeFalse();
        get.Should().Throw<ExchangeRateNotFoundException>().WithMessage("*is larger than decimal can hold (about 7.9 × 10^28).");
    }

    /// <summary>A table given EUR/USD and CNY/EUR of one day, crossing through EUR: USD/CNY is 1 ÷ (EUR/USD × CNY/EUR),
    /// and CNY/USD is CNY/EUR × EUR/USD.</summary>
    private static ExchangeRateTable GivenTowardsEur(decimal eurUsd, decimal cnyEur) => new ExchangeRateTable(new[]
    {
        new ExchangeRate(Currency.EUR, Currency.USD, eurUsd, Day, Daily),
        new ExchangeRate(Currency.CNY, Currency.EUR, cnyEur, Day, Other),
    }).CrossVia(Currency.EUR);

    [Fact]
    public void ACrossThatDividesByTwoGivenRatesNear10ToTheMinus14_IsExact_NotOneOverTheirRoundedProduct()
    {
        // 1 ÷ (1.23 × 10^-14)² is 6.6098... × 10^27. Their product, 1.5129 × 10^-28, is 2 × 10^-28 in decimal, and one
        // over that made the cross 5 × 10^27: 24% low.
        ExchangeRateTable table = GivenTowardsEur(0.0000000000000123m, 0.0000000000000123m);
        ExchangeRate usdCny = table.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate);
        usdCny.Rate.Should().Be(6609822195782933439090488465.9m, "1 ÷ (1.5129 × 10^-28), rounded once to decimal's 29 digits");
        usdCny.Series.Citation.Should().Be("cross of Daily test and Other test via EUR");

        // The other way the cross is the product itself, and 2 × 10^-28 is the nearest decimal to it (28 decimals).
        table.GetRate(Currency.CNY, Currency.USD, Day, RateLookup.ExactDate).Rate.Should().Be(0.0000000000000000000000000002m);
    }

    [Fact]
    public void ACrossThatDividesByTwoGivenRatesWithMoreDigitsThanDecimalHolds_IsRoundedOnce()
    {
        // 1.05982337130922 × 9.70985907498747 = 10.2907355797906448613289954734 has 30 significant digits. Rounded first,
        // it put 1 ÷ it one unit above the nearest decimal, ...628 for ...627498.
        ExchangeRateTable table = GivenTowardsEur(1.05982337130922m, 9.70985907498747m);
        table.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate).Rate.Should().Be(0.0971747833035220248302049627m);
        table.GetRate(Currency.CNY, Currency.USD, Day, RateLookup.ExactDate).Rate.Should().Be(10.290735579790644861328995473m);
    }

    [Fact]
    public void ACrossThatDividesByGivenRatesWhoseProductIsBelow10ToTheMinus28_IsARate_WhenDecimalHoldsTheCross()
    {
        // 1.5 × 10^-15 × 10^-14 = 1.5 × 10^-29 rounded to zero, and the cross "cannot be computed"; it is 6.67 × 10^28.
        ExchangeRateTable table = GivenTowardsEur(0.0000000000000015m, 0.00000000000001m);
        table.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate).Rate.Should().Be(66666666666666666666666666667m);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void ACrossThatDividesByGivenRates_AndIsBeyondDecimal_SaysWhichWayItIsBeyond(string culture)
    {
        using var scope = new CultureScope(culture);
        const string prefix = "The table holds no USD/CNY rates, and crossing via EUR needs USD/EUR and EUR/CNY for the same day: the cross of the legs of 2025-07-28, ";

        // 1 ÷ 10^-30: the product of the given rates rounded to zero, and the cross was called "cannot be computed".
        NotFound(GivenTowardsEur(0.000000000000001m, 0.000000000000001m), Day, RateLookup.ExactDate).Should().Be(prefix
            + "USD/EUR 1000000000000000 and EUR/CNY 1000000000000000, is larger than decimal can hold (about 7.9 × 10^28).");

        // 1 ÷ 10^30: the product overflowed, and the cross was called too large.
        NotFound(GivenTowardsEur(1_000_000_000_000_000m, 1_000_000_000_000_000m), Day, RateLookup.ExactDate).Should().Be(prefix
            + "USD/EUR 0.000000000000001 and EUR/CNY 0.000000000000001, rounds to zero: decimal holds no rate that small (28 decimal places).");
    }

    [Fact]
    public void ALegGivenAsAnInverseSeries_IsCrossedAtTheRateGiven_NotAtTheInverseTheTableDerivesFromIt()
    {
        // USD/JPY 147.31 is given, with a series that says it is the inverse of a published JPY/USD. The table derives
        // JPY/USD from it, 0.0067884054035707012422781889 rounded, and EUR/JPY divided by that instead of multiplying
        // by 147.31: 172.35269999999999999999999882 for 172.3527.
        ExchangeRateTable table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, 1.17m, Day, Daily),
            new ExchangeRate(Currency.USD, Currency.JPY, 147.31m, Day, Other.Inverse),
        }).CrossVia(Currency.USD);
        table.GetRate(Currency.EUR, Currency.JPY, Day, RateLookup.ExactDate).Rate.Should().Be(172.3527m, "1.17 × 147.31");
        table.GetRate(Currency.JPY, Currency.EUR, Day, RateLookup.ExactDate).Rate.Should().Be(1m / 172.3527m);
    }

    [Fact]
    public void OrdinaryCrosses_OfTheEmbeddedRates_KeepTheirDigits_AndNoneIsFurtherFromTheExactCross()
    {
        // Seven currencies against USD, each at an embedded USD/CNY rate of another day or month: as published, moved
        // by a power of ten, times 20, squared, or its reciprocal with decimal's 28 decimals. Even ones are given as
        // USD/X and odd ones as X/USD, so that a cross multiplies two given rates, divides one by the other, or divides
        // 1 by their product.
        Currency[] currencies = [Currency.CNY, Currency.EUR, Currency.JPY, Currency.GBP, Currency.CHF, Currency.INR, Currency.KRW];
        Func<decimal, decimal>[] shapes = [r => r, r => r / 100m, r => r * 1000m, r => r * 20m, r => r * r, r => 1m / r, r => r / 7m];
        ExchangeRateTable fed = ReferenceRates.FederalReserveH10;
        var dates = new List<(DateOnly Date, RateLookup Lookup)>();
        var given = new List<ExchangeRate>();
        var rates = new Dictionary<(DateOnly, Currency), decimal>();
        foreach ((RatePeriod period, int step, RateLookup lookup) in new[] { (RatePeriod.Day, 50, RateLookup.ExactDate), (RatePeriod.Month, 5, RateLookup.MonthlyAverage) })
        {
            IReadOnlyList<ExchangeRate> embedded = fed.Rates(Currency.USD, Currency.CNY, period);
            for (int k = 0; k < embedded.Count; k += step)
            {
                DateOnly date = embedded[k].Date;
                dates.Add((date, lookup));
                for (int i = 0; i < currencies.Length; i++)
                {
                    decimal rate = shapes[(k + i) % shapes.Length](embedded[(k + (97 * i)) % embedded.Count].Rate);
                    var series = new RateSeries(period + currencies[i].Code, "test " + currencies[i].Code, "Tests", period);
                    given.Add(i % 2 == 0
                        ? new ExchangeRate(Currency.USD, currencies[i], rate, date, series)
                        : new ExchangeRate(currencies[i], Currency.USD, rate, date, series));
                    rates[(date, currencies[i])] = rate;
                }
            }
        }

        ExchangeRateTable table = new ExchangeRateTable(given).CrossVia(Currency.USD);
        int same = 0, closer = 0;
        foreach ((DateOnly date, RateLookup lookup) in dates)
        {
            foreach (Currency from in currencies)
            {
                foreach (Currency to in currencies.Where(c => c != from))
                {
                    // from → USD is the given X/USD, or 1 ÷ the given USD/X; USD → to is the given USD/X, or 1 ÷ X/USD.
                    bool fromGiven = Array.IndexOf(currencies, from) % 2 == 1, toGiven = Array.IndexOf(currencies, to) % 2 == 0;
                    (decimal t1, decimal o1) = fromGiven ? (rates[(date, from)], 1m) : (1m, rates[(date, from)]);
                    (decimal t2, decimal o2) = toGiven ? (rates[(date, to)], 1m) : (1m, rates[(date, to)]);
                    decimal cross = table.GetRate(from, to, date, lookup).Rate;
                    decimal before = t1 * t2 / (o1 * o2); // the products of decimal, then their quotient
                    if (ExactArithmetic.IsExactProduct(t1, t2, t1 * t2) && ExactArithmetic.IsExactProduct(o1, o2, o1 * o2))
                    {
                        decimal.GetBits(cross).Should().Equal(decimal.GetBits(before), $"{from.Code}/{to.Code} on {date:yyyy-MM-dd}: {cross} and {before} should be the same digits and scale");
                        same++;
                    }
                    else
                    {
                        int nearer = Distance(cross, t1, t2, o1, o2).CompareTo(Distance(before, t1, t2, o1, o2));
                        nearer.Should().BeLessThanOrEqualTo(0, $"{from.Code}/{to.Code} on {date:yyyy-MM-dd}: {cross} is no further from the exact cross than {before}");
                        closer += nearer < 0 ? 1 : 0;
                    }
                }
            }
        }

        same.Should().BeGreaterThan(1_000, "most crosses of everyday rates have exact products");
        closer.Should().BeGreaterThan(0, "some crosses of 28-digit reciprocals were a unit off");
    }

    /// <summary>|x - t1 t2 / (o1 o2)|, as a fraction compared exactly.</summary>
    private static Fraction Distance(decimal x, decimal t1, decimal t2, decimal o1, decimal o2)
    {
        // x = mx / 10^sx; the cross is (T1 T2 10^(s(o1)+s(o2))) / (O1 O2 10^(s(t1)+s(t2)))
        BigInteger p = MoneyGen.Mantissa(t1) * MoneyGen.Mantissa(t2) * BigInteger.Pow(10, o1.Scale + o2.Scale);
        BigInteger q = MoneyGen.Mantissa(o1) * MoneyGen.Mantissa(o2) * BigInteger.Pow(10, t1.Scale + t2.Scale);
        BigInteger scale = BigInteger.Pow(10, x.Scale);
        return new Fraction(BigInteger.Abs((MoneyGen.Mantissa(x) * q) - (p * scale)), scale * q);
    }

    /// <summary>A non-negative fraction, compared by value.</summary>
    private readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator) : IComparable<Fraction>
    {
        public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    [Fact]
    public void TheExactQuotient_IsDecimalsOwnDivision_WhereDecimalHoldsTheProducts_AndTheFastPathAgrees()
    {
        // The cross's rounding is decimal's division's: checked against decimal's own on any positive decimals, with
        // ties, decimal's edges and exact products that decimal has to trim trailing zeros from.
        Gen<decimal> positive = Gen.Frequency(
            (4, MoneyGen.AnyDecimal.Select(Math.Abs).Where(d => d > 0m)),
            (2, Gen.Select(Gen.Int[1, 99_999_999], Gen.Int[0, 12]).Select((m, scale) => m / MoneyGen.Pow10(scale))),
            (1, MoneyGen.Pick(0.0000000000000000000000000001m, 0.0000000000000000000000000003m, 0.0000000000000000000000000005m, 2m, 0.5m,
                1.0000000000000000000000000000m, 10_000_000_000_000_000_000_000_000_000m, decimal.MaxValue, 0.0000000000000123m, 1.5m)));
        var seen = new Dictionary<string, int>();
        Gen.Select(positive, positive, positive, positive).ForAll(0x13_01, 30_000, t =>
        {
            (decimal n1, decimal n2, decimal d1, decimal d2) = t;
            Check(n1, 1m, d1, 1m);
            Check(n1, n2, d1, d2);
            QuotientRange fast = ExactArithmetic.RoundedQuotient(n1, n2, d1, d2, out decimal q);
            QuotientRange exact = ExactArithmetic.ExactQuotient(n1, n2, d1, d2, out decimal e);
            fast.Should().Be(exact);
            decimal.GetBits(q).Should().Equal(decimal.GetBits(e));
        });
        seen.Keys.Should().BeEquivalentTo(["exact at the operands' scale", "to the most digits", "trimmed product", "above the maximum", "rounds to zero"], "every kind is checked");
        seen.Values.Should().OnlyContain(n => n >= 20);

        void Count(string kind) => seen[kind] = seen.GetValueOrDefault(kind) + 1;

        void Check(decimal n1, decimal n2, decimal d1, decimal d2)
        {
            decimal num, den;
            try
            {
                (num, den) = (n1 * n2, d1 * d2);
            }
            catch (OverflowException)
            {
                return;
            }

            if (!ExactArithmetic.IsExactProduct(n1, n2, num) || !ExactArithmetic.IsExactProduct(d1, d2, den) || den == 0m)
            {
                return;
            }

            if (num.Scale != n1.Scale + n2.Scale || den.Scale != d1.Scale + d2.Scale)
            {
                Count("trimmed product");
            }

            QuotientRange range = ExactArithmetic.ExactQuotient(n1, n2, d1, d2, out decimal exact);
            try
            {
                decimal expected = num / den;
                Count(expected == 0m ? "rounds to zero" : num.Scale >= den.Scale && (MoneyGen.Mantissa(num) % MoneyGen.Mantissa(den)).IsZero ? "exact at the operands' scale" : "to the most digits");
                range.Should().Be(expected == 0m ? QuotientRange.RoundsToZero : QuotientRange.InRange, $"{num} / {den} is {expected}");
                decimal.GetBits(exact).Should().Equal(decimal.GetBits(expected == 0m ? 0m : expected), $"{num} / {den} is {expected}, not {exact}");
            }
            catch (OverflowException)
            {
                Count("above the maximum");
                range.Should().Be(QuotientRange.AboveMaximum);
            }
        }
    }
}
