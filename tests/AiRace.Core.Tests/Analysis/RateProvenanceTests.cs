using System.Globalization;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// What the tables and audits say about the rates they use: the period a rate covers (no day that no source states),
/// the series of the partial 2025 mean (not the published annual average), and the qualifier of the conversion a
/// source rate comes from.
/// </summary>
public class RateProvenanceTests
{
    private static readonly ExchangeRateTable Fed = ReferenceRates.FederalReserveH10;

    [Fact]
    public void The2025Mean_IsCitedAsAPartialYear_AndEarlierYearsAsAEXCHUS()
    {
        ExchangeRate y2025 = Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(2025, 6, 30), RateLookup.AnnualAverage);
        y2025.Rate.Should().Be(7.2015m);
        y2025.Series.Should().Be(ReferenceRates.FedH10PartialYear);
        y2025.ToString().Should().Be("USD/CNY 7.2015 for 2025 (mean of Fed H.10 daily rates (DEXCHUS) of a partial year, to 2025-11-28; not the published AEXCHUS)");
        Fed.GetRate(Currency.CNY, Currency.USD, new DateOnly(2025, 6, 30), RateLookup.AnnualAverage).Series.Citation
            .Should().Be("inverse of mean of Fed H.10 daily rates (DEXCHUS) of a partial year, to 2025-11-28; not the published AEXCHUS");
        foreach (int year in Enumerable.Range(2015, 10))
        {
            Fed.GetRate(Currency.USD, Currency.CNY, new DateOnly(year, 1, 1), RateLookup.AnnualAverage).Series.Should().Be(ReferenceRates.FedH10Annual, $"{year} is covered to its end");
        }

        // the citation names the day the daily rates end; the monthly means end with a whole month
        Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Day).Max(r => r.Date).Should().Be(new DateOnly(2025, 11, 28));
        Fed.Rates(Currency.USD, Currency.CNY, RatePeriod.Month).Max(r => r.Date).Should().Be(new DateOnly(2025, 11, 1));
    }

    [Theory]
    [InlineData(2025, "2025-11-28", true)]
    [InlineData(2025, "2025-12-31", false)]
    [InlineData(2025, "2025-12-30", true)]
    [InlineData(2022, "2022-12-30", false)] // 2022-12-31 is a Saturday: the Friday ends the year
    [InlineData(2022, "2022-12-29", true)]
    [InlineData(2023, "2023-12-29", false)] // 2023-12-31 is a Sunday
    [InlineData(2024, "2025-11-28", false)] // the daily rates go on past 2024
    public void A_year_ends_early_when_the_daily_rates_stop_before_its_last_weekday(int year, string lastDay, bool early) =>
        ReferenceRates.EndsEarly(year, DateOnly.ParseExact(lastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Should().Be(early);

    [Fact]
    public void An_undated_audit_names_the_series_of_the_closest_annual_mean()
    {
        ConversionAudit audit = ConversionAudit.Of(PolicyData.Embedded, Fed, tolerancePercent: 2m);
        ConversionAuditRow plan = audit.Rows.Single(r => r.FactId == "cn-ai-industry-development-action-plan");
        plan.Note.Should().Contain("Closest annual average: 2025 (7.2015, +0.62%; mean of Fed H.10 daily rates (DEXCHUS) of a partial year, to 2025-11-28; not the published AEXCHUS)");
        ConversionAuditRow shanghai = audit.Rows.Single(r => r.FactId == "cn-sh-ai-subsidy-package");
        shanghai.Note.Should().Contain("Closest annual average: 2024 (7.1957, -0.02%; Fed H.10 annual average (AEXCHUS))");
    }

    [Fact]
    public void Tables_show_the_period_an_annual_or_monthly_rate_covers_not_its_first_day()
    {
        var normaliser = new Normaliser(Fed, Currency.USD);
        NormalisationResult annual = normaliser.NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        ResultTable table = annual.ToTable();
        int plan = table.Rows.ToList().FindIndex(r => (string?)r[0] == "cn-ai-industry-development-action-plan");
        table.Cell(plan, "rate_date").Should().Be(PartialDate.OfYear(2024));
        CsvExport.ToCsv(table).Should().Contain(",2024,inverse of Fed H.10 annual average (AEXCHUS),2024,annual average,")
            .And.Contain(",USD/USD,2024,identity (same currency),2024,annual average,", "a dollar amount needs no rate, for the year asked about")
            .And.NotContain("2024-01-01");

        annual.Items.Single(i => i.Programme.Id == "cn-ai-industry-development-action-plan").Amount.ToString()
            .Should().Contain(", 2024, inverse of Fed H.10 annual average (AEXCHUS))");
        annual.Items.Single(i => i.Programme.Id == "us-stargate-project").Amount.ToString()
            .Should().Contain("at USD/USD 1, 2024, identity (same currency))");
        ResultTable ranking = ProgrammeComparison.RankTable(annual.Items);
        ranking.Columns.Single(c => c.Name == "rate_date").Kind.Should().Be(ColumnKind.PartialDate);
        ranking.Rows.Select(r => r[ranking.IndexOf("rate_date")]).OfType<PartialDate>().Should().NotBeEmpty().And.OnlyContain(d => d == PartialDate.OfYear(2024));

        NormalisationResult monthly = normaliser.NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtDate(new DateOnly(2025, 7, 28), RateLookup.MonthlyAverage));
        ResultTable byMonth = monthly.ToTable();
        byMonth.Cell(byMonth.Rows.ToList().FindIndex(r => (string?)r[0] == "cn-ai-industry-development-action-plan"), "rate_date").Should().Be(PartialDate.OfMonth(2025, 7));
    }

    [Fact]
    public void A_conversion_at_an_average_names_the_year_or_month_asked_for_not_a_day()
    {
        Money yuan = Money.Cny(1_000m);
        yuan.ConvertTo(Currency.USD, new DateOnly(2024, 1, 1), Fed, RateLookup.AnnualAverage).ToString()
            .Should().EndWith("(requested 2024, annual average)").And.Contain("for 2024 (inverse of Fed H.10 annual average (AEXCHUS))");
        yuan.ConvertTo(Currency.USD, new DateOnly(2025, 7, 1), Fed, RateLookup.MonthlyAverage).ToString()
            .Should().EndWith("(requested 2025-07, monthly average)").And.Contain("for 2025-07");
        yuan.ConvertTo(Currency.USD, new DateOnly(2025, 7, 28), Fed, RateLookup.ExactDate).ToString()
            .Should().EndWith("(requested 2025-07-28, exact date)");
    }

    [Fact]
    public void The_audit_table_shows_the_period_its_reference_rate_covers()
    {
        // a source dated only by its year is compared with that year's mean: the table says 2025, not 2025-01-01
        PolicyDataset data = PolicyData.Parse("""
            {"formatVersion": 1,
             "sources": [{"id": "x-src", "title": "t", "published": "2025", "locator": "l", "confidence": "low"}],
             "programmes": [{"id": "x-prog", "name": "x", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": ["subsidy"],
               "headline": {"qualifier": "exact", "amount": "720", "currency": "CNY", "sourceConversion": {"qualifier": "exact", "amount": "100", "currency": "USD"}},
               "sources": [{"source": "x-src", "quote": "q"}]}]}
            """, PolicyData.Embedded);
        ConversionAudit audit = ConversionAudit.Of(data, Fed, 2m);
        ResultTable table = audit.ToTable();
        int row = table.Rows.ToList().FindIndex(r => (string?)r[0] == "x-prog");
        table.Cell(row, "reference_applies_to").Should().Be(PartialDate.OfYear(2025));
        audit.Rows.Single(r => r.FactId == "x-prog").Reference!.Value.Series.Should().Be(ReferenceRates.FedH10PartialYear);
        CsvExport.ToCsv(table).Should().NotContain("2025-01-01");
    }

    [Fact]
    public void An_audit_against_several_series_names_each_of_them()
    {
        // one source dated by its year (the partial year's mean) and one by its day (the daily series): two series
        PolicyDataset data = PolicyData.Parse("""
            {"formatVersion": 1,
             "sources": [{"id": "y-src", "title": "t", "published": "2025", "locator": "l", "confidence": "low"},
                         {"id": "d-src", "title": "t", "published": "2025-07-28", "locator": "l", "confidence": "low"}],
             "jurisdictions": [{"id": "CN", "kind": "country", "name": "China"}, {"id": "CN-SH", "kind": "subdivision", "name": "Shanghai", "parent": "CN"}],
             "programmes": [
               {"id": "y-prog", "name": "y", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": ["subsidy"],
                "headline": {"qualifier": "exact", "amount": "720", "currency": "CNY", "sourceConversion": {"qualifier": "exact", "amount": "100", "currency": "USD"}},
                "sources": [{"source": "y-src", "quote": "q"}]},
               {"id": "d-prog", "name": "d", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": ["subsidy"],
                "headline": {"qualifier": "exact", "amount": "717", "currency": "CNY", "sourceConversion": {"qualifier": "exact", "amount": "100", "currency": "USD"}},
                "sources": [{"source": "d-src", "quote": "q"}]}]}
            """);

        ConversionAudit audit = ConversionAudit.Of(data, Fed, 2m);

        audit.Rows.Select(r => r.FactId).Should().Equal("y-prog", "d-prog");
        string[] citations = audit.Rows.Select(r => r.Reference!.Value.Series.Citation).Distinct().ToArray();
        citations.Should().HaveCount(2);
        citations.Should().Contain(c => c.Contains("; ", StringComparison.Ordinal), "the partial year's citation holds \"; \" itself");
        audit.SeriesCitation.Should().Be(string.Join(" | ", citations));
        audit.ToString().Should().StartWith($"Conversion audit against {citations[0]} | {citations[1]}, tolerance");
    }

    [Fact]
    public void A_value_at_the_rate_of_an_approximate_conversion_says_so()
    {
        ResultTable table = SourceRateNormalisation.Of(PolicyData.Embedded, PolicyData.Embedded.Programmes, Currency.USD).ToTable();
        string? RateQualifier(string id) => (string?)table.Cell(table.Rows.ToList().FindIndex(r => (string?)r[0] == id), "rate_qualifier");

        RateQualifier("cn-ai-industry-development-action-plan").Should().Be("approximately", "seed 000: 'approximately 138 billion USD'");
        RateQualifier("cn-sh-ai-subsidy-package").Should().Be("approximately", "seed 001: 'approximately US$139 million'");
        RateQualifier("cn-zj-hangzhou-compute-subsidy").Should().Be("approximately", "converted at Shanghai's approximate rate");
        table.Notes.Should().Contain(n => n.Contains("(rate_qualifier) is approximate too", StringComparison.Ordinal));
    }
}
