using System;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

public class NormalisationTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);
    private static readonly ExchangeRateTable Fed = ReferenceRates.FederalReserveH10;
    private static readonly decimal UsdCny = Fed.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate).Rate;

    [Fact]
    public void AtAStatedDate_EveryHeadlineConvertsWithItsRateDateAndSeries()
    {
        var result = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(AnalysisData.Embedded.Programmes, NormalisationBasis.AtDate(Day, RateLookup.MostRecentWithin(4)));
        NormalisedAmount plan = result.Items.Single(i => i.Programme.Id == "cn-ai-industry-development-action-plan").Amount;
        plan.Value.Should().Be(M.Usd(1_000_000_000_000m / UsdCny));
        plan.Conversion.Rate.Date.Should().Be(Day);
        plan.Conversion.Rate.Series.Citation.Should().Be("inverse of Fed H.10 (DEXCHUS)");
        plan.Qualifier.Should().Be(AmountQualifier.Exact);
        plan.Basis.ToString().Should().Be("at 2025-07-28 (most recent within 4 days)");

        NormalisedAmount stargate = result.Items.Single(i => i.Programme.Id == "us-stargate-project").Amount;
        stargate.Value.Should().Be(M.Billions(500, Currency.USD), "a dollar amount converts to dollars at the identity rate");
        stargate.Conversion.Rate.Series.Derivation.Should().Be(RateDerivation.Identity);

        result.NotNormalised.Select(n => n.Programme.Id).Should().Contain(new[] { "us-ai-action-plan", "cn-project-spare-tire" });
        result.NotNormalised.Should().OnlyContain(n => n.Reason == "the sources give no headline amount");
        (result.Items.Count + result.NotNormalised.Count).Should().Be(AnalysisData.Embedded.Programmes.Count, "nothing is dropped");
    }

    [Fact]
    public void AtAnnouncement_UndatedProgrammesAreReportedNotGuessed()
    {
        var result = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(AnalysisData.Extended.Programmes, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4)));
        result.Items.Select(i => i.Programme.Id).Should().Equal("test-sh-compute-vouchers");
        result.Items[0].Amount.Conversion.RequestedDate.Should().Be(Day);
        result.Items[0].Amount.Value.Should().Be(M.Usd(600_000_000m / UsdCny));
        result.NotNormalised.Single(n => n.Programme.Id == "cn-ai-industry-development-action-plan").Reason
            .Should().Be("the sources do not date its announcement, and no date is guessed");
    }

    [Fact]
    public void AtAnAnnualAverage_UsesThatYearsAverage()
    {
        var normaliser = new Normaliser(Fed, Currency.USD);
        NormalisedAmount fund = normaliser.Normalise(AnalysisData.Embedded.Programme("cn-ai-investment-fund").Headline!, NormalisationBasis.AtAnnualAverage(2024));
        fund.Conversion.Rate.Date.Should().Be(new DateOnly(2024, 1, 1));
        fund.Conversion.Rate.Series.Citation.Should().Be("inverse of Fed H.10 annual average (AEXCHUS)");
        fund.Value.Should().Be(M.Usd(60_000_000_000m / 7.1957m));
        ((Action)(() => normaliser.Normalise(fund.Original, NormalisationBasis.AtAnnualAverage(2030)))).Should().Throw<ExchangeRateNotFoundException>();
        ((Action)(() => normaliser.Normalise(fund.Original, NormalisationBasis.AtAnnouncement(RateLookup.ExactDate)))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CapsAndRanges_ConvertAsCapsAndRanges()
    {
        var normaliser = new Normaliser(Fed, Currency.USD);
        var basis = NormalisationBasis.AtDate(Day, RateLookup.ExactDate);
        NormalisedAmount cap = normaliser.Normalise(ReportedAmount.UpTo(M.Millions(500, Currency.CNY)), basis);
        cap.Qualifier.Should().Be(AmountQualifier.UpTo);
        cap.ToString().Should().StartWith("up to ≈ USD 69.659M (from CNY 500M at CNY/USD 0.139318…, 2025-07-28");
        NormalisedAmount range = normaliser.Normalise(ReportedAmount.Between(M.Billions(1, Currency.CNY), M.Billions(2, Currency.CNY)), basis);
        range.Value.Should().Be(M.Usd(1_000_000_000m / UsdCny));
        range.UpperValue.Should().Be(M.Usd(2_000_000_000m / UsdCny));
        range.UpperConversion!.Value.Rate.Should().Be(range.Conversion.Rate, "both ends convert at the same rate");
    }

    [Fact]
    public void Table_KeepsCurrencyDateAndSeriesBesideEveryValue_AndListsTheUnconverted()
    {
        var result = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(AnalysisData.Embedded.Programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        ResultTable table = result.ToTable();
        table.Rows.Should().HaveCount(AnalysisData.Embedded.Programmes.Count);
        table.Columns.Single(c => c.Name == "value").Should().Be(new TableColumn("value", ColumnKind.Money, currency: Currency.USD));
        table.Columns.Single(c => c.Name == "reported").Currency.Should().BeNull("each reported amount keeps its own currency");
        table.Fields.Select(f => f.Header).Should().Contain(new[] { "value [USD]", "reported", "reported_currency", "rate [quote per base of rate_pair]", "rate_date", "rate_series", "requested_date", "lookup" });
        table.Columns.Single(c => c.Name == "rate_date").Kind.Should().Be(ColumnKind.PartialDate, "an annual or monthly rate covers no single day");
        table.Cell(table.Rows.ToList().FindIndex(r => (string?)r[0] == "cn-ai-industry-development-action-plan"), "rate_date").Should().Be(PartialDate.OfDay(Day.Year, Day.Month, Day.Day));
        var plan = table.Rows.Single(r => (string?)r[0] == "cn-ai-industry-development-action-plan");
        plan[table.IndexOf("rate_series")].Should().Be("inverse of Fed H.10 (DEXCHUS)");
        plan[table.IndexOf("reported")].Should().Be(Money.Trillions(1, Currency.CNY));
        ((Money)plan[table.IndexOf("value")]!).Currency.Should().Be(Currency.USD);
        table.Rows.Where(r => r[table.IndexOf("note")] is string s && s.StartsWith("not converted: ", StringComparison.Ordinal)).Should().HaveCount(result.NotNormalised.Count);
    }

    [Fact]
    public void A_programme_whose_cross_rate_decimal_cannot_hold_is_listed_as_not_normalised()
    {
        // Normalising to CNY: the dollar programme (Stargate, USD 500 billion) needs USD/CNY, which the table crosses
        // through EUR from EUR/USD and CNY/EUR of 10^-15 each; that cross (10^30) is beyond decimal. The programme is
        // listed with the reason, and the analysis goes on.
        var table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, 0.000000000000001m, Day, new RateSeries("A", "series A", "tester", RatePeriod.Day)),
            new ExchangeRate(Currency.CNY, Currency.EUR, 0.000000000000001m, Day, new RateSeries("B", "series B", "tester", RatePeriod.Day)),
        }).CrossVia(Currency.EUR);
        var normaliser = new Normaliser(table, Currency.CNY);
        var programmes = PolicyData.Embedded.Programmes;

        NormalisationResult? result = null;
        Action act = () => result = normaliser.NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

        act.Should().NotThrow();
        result!.NotNormalised.Select(n => n.Programme.Id).Should().Contain("us-stargate-project");
        (result.Items.Count + result.NotNormalised.Count).Should().Be(programmes.Count);
    }
}
