using System.Text.Json.Nodes;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Review of stop 61: values the loader and the constructors accept that an analysis refuses wrongly, states
/// more exactly than it knows, or describes with a figure it dropped.</summary>
public class ReviewS61AnalysesTests
{
    private static readonly SourceReference Cite = new("src-1", "the quote");
    private static readonly RateSeries Daily = new("T", "test series", "tester", RatePeriod.Day);
    private static readonly DateOnly Day = new(2024, 7, 1);

    private static Programme Prog(string id, ReportedAmount? headline, params Allocation[] parts) =>
        new(id, "Programme " + id, SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, parts, [Cite]);

    private static Allocation Part(string id, ReportedAmount amount) =>
        new(id, AllocationPurpose.Compute, "a part", amount, PartMembership.Included, null, [Cite]);

    // TargetPath.For: InvalidOperationException only when "the path is beyond decimal arithmetic"; issue 13 §3: every
    // analysis gives an answer for what decimal holds. Every point of 1 → decimal.MaxValue over two years fits a decimal.
    [Fact]
    public void TargetPath_from_1_to_decimal_MaxValue_over_two_years_is_drawn_not_refused_as_beyond_decimal()
    {
        var target = new Target("t", "m", "cn", MetricValue.OfNumber(1m), 2020, MetricValue.OfNumber(decimal.MaxValue), 2022, TargetKind.OfficialTarget, null, null, [Cite]);
        TargetPath.TryFor(target, out TargetPath? path, out string? reason).Should().BeTrue(reason);
        path!.Points.Select(p => p.Year).Should().Equal(2020, 2021, 2022);
        path.Points[^1].Compound.Should().Be(decimal.MaxValue);
    }



    // ConversionAuditRow.Amount is "the amount as reported, with the source's conversion"; issue 13: nothing dropped.
    [Fact]
    public void ConversionAudit_TryAudit_row_keeps_the_converted_figure_it_was_given()
    {
        var rates = new ExchangeRateTable([new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, Daily)]);
        ReportedAmount converted = ReportedAmount.Exact(M.Usd(1m));
        ConversionAudit.TryAudit("f", "s", ReportedAmount.Exact(M.Cny(7m)), converted, PartialDate.OfDay(2024, 7, 1), rates, 1m, out ConversionAuditRow? row, out string? reason)
            .Should().BeTrue(reason);
        row!.Amount.SourceConversion.Should().Be(converted);
        row.ToString().Should().Contain("/ USD 1");
    }

    // Issue 13 §3: nothing dropped or guessed. A range headline converted by its source implies a range of rates; the
    // audit must not judge it by the low end alone and drop the high end without a word.
    [Fact]
    public void ConversionAudit_of_a_range_headline_does_not_drop_its_high_end()
    {
        JsonObject doc = EditedDocuments.Embedded();
        JsonObject programme = doc["programmes"]!.AsArray()[0]!.AsObject();
        JsonObject headline = programme["headline"]!.AsObject();
        headline["qualifier"] = "between";
        headline["upperAmount"] = "2000000000000";
        headline.Remove("stated");
        headline.Remove("precision");
        PolicyData.TryLoad(System.Text.Encoding.UTF8.GetBytes(doc.ToJsonString()), null, out PolicyDataset? dataset, out DataProblemList problems)
            .Should().BeTrue(problems.ToString());
        string id = programme["id"]!.GetValue<string>();
        ConversionAudit audit = ConversionAudit.Of(dataset!, ReferenceRates.FederalReserveH10, 1m);
        string text = string.Join("\n", audit.Rows.Where(r => r.FactId == id).Select(r => r.ToString() + " " + r.Note)
            .Concat(audit.NotAudited.Where(n => n.FactId == id).Select(n => n.ToString())));
        text.Should().NotBeEmpty();
        text.Should().Match(t => audit.NotAudited.Any(n => n.FactId == id) || t.Contains("2T") || t.Contains("2,000,000,000,000"),
            "the high end of the range implies a rate twice the low end's: " + text);
    }



    // Normaliser: a conversion of an amount that is not zero is never "rounded to 0" (it "would be counted as nothing in
    // every total"); issue 13: nothing rounded away. Split by its parts' purposes, a part must not become a zero.
    [Fact]
    public void Aggregation_by_instrument_does_not_round_a_non_zero_part_to_zero()
    {
        var rates = new ExchangeRateTable([new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily)]);
        Programme p = Prog("p", ReportedAmount.Exact(M.Cny(1.0000000000000000000000000001m)),
            new Allocation("p.data", AllocationPurpose.Data, "a part", ReportedAmount.Exact(M.Cny(0.0000000000000000000000000001m)), PartMembership.Included, null, [Cite]),
            Part("p.compute", ReportedAmount.Exact(M.Cny(1m))));
        NormalisationResult usd = new Normaliser(rates, Currency.USD).NormaliseProgrammes([p], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        usd.Items.Should().ContainSingle();
        Aggregation byInstrument = Aggregation.Of(usd, PolicyDataset.Empty, AggregationKey.Instrument);
        AggregateGroup data = byInstrument.Groups.Single(g => g.Key.StartsWith("Data", StringComparison.Ordinal));
        bool zeroCounted = data.Exact is M m && m.IsZero && data.NotCounted.Count == 0;
        zeroCounted.Should().BeFalse("p.data is CNY 10^-28, not nothing: " + byInstrument);
    }

}
