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

    // ComparisonRow.ToString: "a share that ... does not exist because the largest is zero, is said to".
    [Fact]
    public void ComparisonRow_of_the_second_zero_programme_says_there_is_no_share_of_a_zero_largest()
    {
        var rates = new ExchangeRateTable([new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily)]);
        NormalisationResult cny = new Normaliser(rates, Currency.CNY).NormaliseProgrammes(
            [Prog("a", ReportedAmount.Exact(M.Usd(0m))), Prog("b", ReportedAmount.Exact(M.Usd(0m)))], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        IReadOnlyList<ComparisonRow> rows = ProgrammeComparison.Rank(cny.Items);
        rows.Should().HaveCount(2);
        rows[1].ToString().Should().NotContain("0x the largest").And.Contain("the largest is zero");
    }

    // FundAuditRow.Summary / issue 13: nothing guessed. An approximate part leaves an approximate remainder, not an exact one.
    [Fact]
    public void FundAudit_remainder_after_an_approximate_part_is_not_stated_as_exact()
    {
        Programme p = Prog("p", ReportedAmount.Exact(M.Cny(100m)), Part("p.a", ReportedAmount.Approximately(M.Cny(60m))));
        FundAuditRow row = FundAudit.Audit(p, PolicyDataset.Empty);
        row.Summary.Should().NotContain("leave CNY 40.00 of the whole");
    }

    // ReportedAmount.Precision: "A plain figure with a precision is rounded to it, not exact"; PartsCheck.AddsUpExactly:
    // true only when the whole and every included part are "stated exactly".
    [Fact]
    public void PartsCheck_of_figures_rounded_to_their_precision_does_not_add_up_exactly()
    {
        ReportedAmount trillion = ReportedAmount.Exact(M.Cny(1_000_000_000_000m)).WithPrecision(1_000_000_000_000m);
        Programme p = Prog("p", trillion, Part("p.a", ReportedAmount.Exact(M.Cny(600_000_000_000m)).WithPrecision(100_000_000_000m)),
            Part("p.b", ReportedAmount.Exact(M.Cny(400_000_000_000m)).WithPrecision(100_000_000_000m)));
        trillion.IsExact.Should().BeFalse();
        p.CheckParts().AddsUpExactly.Should().BeFalse();
        FundAudit.Audit(p, PolicyDataset.Empty).Summary.Should().NotContain("add up exactly");
    }

    // ProgrammeComparison.RankTable: "exact, approximate and capped figures are not mixed" in a subtotal; a figure with a
    // precision is "rounded to it, not exact" (ReportedAmount.Precision).
    [Fact]
    public void RankTable_does_not_add_a_rounded_figure_into_the_exact_subtotal()
    {
        var rates = new ExchangeRateTable([new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily)]);
        NormalisationResult cny = new Normaliser(rates, Currency.CNY).NormaliseProgrammes(
            [Prog("a", ReportedAmount.Exact(M.Cny(1_000_000_000_000m)).WithPrecision(1_000_000_000_000m)), Prog("b", ReportedAmount.Exact(M.Cny(5m)))],
            NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        ResultTable table = ProgrammeComparison.RankTable(cny.Items);
        var names = Enumerable.Range(0, table.Rows.Count).Where(r => (string?)table.Cell(r, "programme") == "subtotal").Select(r => (string?)table.Cell(r, "name")).ToList();
        names.Should().NotContain("2 programme(s), exact");
    }

    // FundAudit: parts of unclear membership are listed with what the sources leave open; issue 13: nothing silently
    // dropped. A second ambiguity recorded about the same part must not vanish from the audit.
    [Fact]
    public void FundAudit_names_every_ambiguity_recorded_about_an_unclear_part()
    {
        JsonObject doc = EditedDocuments.Embedded();
        JsonArray ambiguities = doc["ambiguities"]!.AsArray();
        JsonObject first = ambiguities.Select(a => a!.AsObject()).First(a => a["id"]!.GetValue<string>() == "a-sh-institution-support-in-package");
        JsonObject second = first.DeepClone().AsObject();
        second["id"] = "a-sh-institution-support-timing";
        second["question"] = "Is the support for new AI research institutions paid in the same years as the package?";
        ambiguities.Add(second);
        PolicyData.TryLoad(System.Text.Encoding.UTF8.GetBytes(doc.ToJsonString()), null, out PolicyDataset? dataset, out DataProblemList problems)
            .Should().BeTrue(problems.ToString());
        FundAuditRow row = FundAudit.Of(dataset!).Single(r => r.Programme.Id == "cn-sh-ai-subsidy-package");
        row.Summary.Should().Contain("a-sh-institution-support-in-package").And.Contain("a-sh-institution-support-timing");
    }
}
