using System;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

public class ComparisonAndAggregationTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);
    private static readonly ExchangeRateTable Fed = ReferenceRates.FederalReserveH10;
    private static readonly decimal UsdCny = Fed.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate).Rate;

    private static NormalisationResult InUsd(Core.Data.PolicyDataset data) =>
        new Normaliser(Fed, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static NormalisationResult InCny(Core.Data.PolicyDataset data) =>
        new Normaliser(Fed, Currency.CNY).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    [Fact]
    public void ChinasTrillionYuanPlan_AgainstStargate_IsAboutOneQuarter()
    {
        NormalisationResult usd = InUsd(AnalysisData.Embedded);
        NormalisedAmount plan = usd.Items.Single(i => i.Programme.Id == "cn-ai-industry-development-action-plan").Amount;
        NormalisedAmount stargate = usd.Items.Single(i => i.Programme.Id == "us-stargate-project").Amount;
        (Ratio ratio, string text) = ProgrammeComparison.RatioOf(plan, stargate);
        ratio.Value.Should().Be(1_000_000_000_000m / UsdCny / 500_000_000_000m);
        ratio.Value.Should().BeInRange(0.27m, 0.29m);
        text.Should().StartWith("≈ USD 139.318B (from CNY 1T at CNY/USD 0.139318…, 2025-07-28, inverse of Fed H.10 (DEXCHUS)) is 0.279 × USD 500B");
    }

    [Fact]
    public void Ranking_KeepsStateAndPrivateApart()
    {
        var rows = ProgrammeComparison.Rank(InUsd(AnalysisData.Embedded).Items);
        rows.Where(r => r.Programme.SponsorKind == SponsorKind.State).Select(r => r.Programme.Id).Should().Equal(
            "cn-ai-industry-development-action-plan", "cn-ai-investment-fund", "cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy");
        rows.Where(r => r.Programme.SponsorKind == SponsorKind.Private).Single().Programme.Id.Should().Be("us-stargate-project");
        rows.Single(r => r.Programme.Id == "us-stargate-project").Rank.Should().Be(1, "it is ranked among private money only");
        rows.Single(r => r.Programme.Id == "cn-ai-investment-fund").ShareOfLargest.Value.Should().Be(M.Usd(60_000_000_000m / UsdCny) / M.Usd(1_000_000_000_000m / UsdCny));

        ResultTable table = ProgrammeComparison.RankTable(InUsd(AnalysisData.Embedded).Items);
        table.Rows.Where(r => (string?)r[2] == "subtotal").Select(r => r[0]).Should().BeEquivalentTo(new[] { "State", "Private" }, "one subtotal per sponsor kind and qualifier, none across them");
    }

    [Fact]
    public void ByCountry_CitiesCountForChina_AndRoundedFiguresAreTotalledApart()
    {
        Aggregation byCountry = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Country);
        AggregateGroup cn = byCountry.Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.State);
        cn.Rounded.Should().Be(M.Cny(1_000_000_000_000m + 60_000_000_000m + 1_000_000_000m + 250_000_000m), "the plan, the fund, Shanghai and Hangzhou, each stated to a precision");
        cn.Exact.Should().BeNull("a plain figure with a precision is rounded to it, not exact");
        cn.Approximate.Should().BeNull();
        cn.Caps.Should().BeNull();
        cn.Counted.Should().BeEquivalentTo("cn-ai-industry-development-action-plan", "cn-ai-investment-fund", "cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy");
        byCountry.Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.Unknown).NotCounted.Select(n => n.Programme).Should().Contain("cn-project-spare-tire");
        byCountry.Groups.Single(g => g.Key == "US" && g.Sponsor == SponsorKind.Private).Rounded.Should().Be(M.Cny(500_000_000_000m * UsdCny));
        byCountry.Groups.Single(g => g.Key == "US" && g.Sponsor == SponsorKind.State).Rounded.Should().BeNull("the US state programme has no headline; private Stargate money is not added to it");
        byCountry.Rule.Should().Contain("counted through its parent").And.Contain("totalled separately");
    }

    [Fact]
    public void NestedProgramme_IsCountedOnceThroughItsParent()
    {
        Aggregation byJurisdiction = Aggregation.Of(InCny(AnalysisData.Extended), AnalysisData.Extended, AggregationKey.Jurisdiction);
        AggregateGroup shanghai = byJurisdiction.Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State);
        shanghai.Rounded.Should().Be(M.Billions(1, Currency.CNY), "the 600 million yuan vouchers are inside the one billion yuan package");
        shanghai.NotCounted.Should().ContainSingle(n => n.Programme == "test-sh-compute-vouchers")
            .Which.Reason.Should().Be("nested in cn-sh-ai-subsidy-package, which is counted: counting it again would count its money twice");
        shanghai.NotCounted.Should().Equal(Enumerable.Range(0, shanghai.NotCounted.Count).Select(i => shanghai.NotCounted[i]), "read by index or enumerated, each item is the same");
    }

    [Fact]
    public void Totals_KeepSponsorKindsApart_UnlessTheCallerCombinesThem_AndThenSaySo()
    {
        Aggregation apart = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Country);
        apart.Sponsors.Should().Be(SponsorTotals.Apart);
        apart.Groups.Where(g => g.Key == "US").Select(g => g.Sponsor).Should().BeEquivalentTo(new SponsorKind?[] { SponsorKind.State, SponsorKind.Private });
        apart.Rule.Should().Contain("kept apart");
        apart.ToTable().Columns.Select(c => c.Name).Should().Contain("sponsor");

        Aggregation combined = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Country, SponsorTotals.Combined);
        AggregateGroup us = combined.Groups.Single(g => g.Key == "US");
        us.Sponsor.Should().BeNull();
        us.Rounded.Should().Be(M.Cny(500_000_000_000m * UsdCny));
        combined.Rule.Should().Contain("added together in each group, as the caller asked");
        combined.ToString().Should().StartWith("Totals by Country (sponsor kinds combined, as asked) in CNY");
    }

    [Fact]
    public void PartsOfUnclearMembership_AreListedAsNotCounted_NeverAbsent()
    {
        AggregateGroup cn = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Country).Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.State);
        cn.NotCounted.Should().ContainSingle(n => n.Programme == "cn-sh-ai-subsidy-package.research-institutions")
            .Which.Reason.Should().StartWith("a part of cn-sh-ai-subsidy-package (up to").And.Contain("membership in the whole the sources leave unclear: not counted");
        cn.Rounded.Should().Be(M.Cny(1_061_250_000_000m), "the unclear up to 500 million yuan is not in the total");
    }

    [Fact]
    public void ByInstrument_StatesItsRule()
    {
        Aggregation byInstrument = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Instrument);
        byInstrument.Rule.Should().Contain(Aggregation.InstrumentRule);
        Aggregation.InstrumentRule.Should().Contain("every amount is counted once").And.Contain("never under each of them");
        ResultTable table = byInstrument.ToTable();
        table.Notes.Should().Contain(byInstrument.Rule);
        table.Columns.Single(c => c.Name == "total").Currency.Should().Be(Currency.CNY);
    }

    [Fact]
    public void Aggregation_Of_with_an_undefined_key_throws_only_documented_exceptions()
    {
        NormalisationResult result = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD)
            .NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        const string member =
            "M:AiRace.Core.Analysis.Aggregation.Of(AiRace.Core.Analysis.NormalisationResult,AiRace.Core.Data.PolicyDataset,AiRace.Core.Analysis.AggregationKey,AiRace.Core.Analysis.SponsorTotals)";

        XmlDocs.ShouldThrowOnlyDocumented(member, () => Aggregation.Of(result, PolicyData.Embedded, (AggregationKey)9));
        XmlDocs.ShouldThrowOnlyDocumented(member, () => Aggregation.Of(result, PolicyData.Embedded, AggregationKey.Country, (SponsorTotals)9));
        XmlDocs.ShouldThrowOnlyDocumented(member, () => Aggregation.Of(null!, PolicyData.Embedded, AggregationKey.Country));
    }
}

/// <summary>The ranking of figures that are not exact: zero largest values, and plain figures rounded to a precision.</summary>
public class RankingOfInexactFiguresTests
{
    private static readonly SourceReference Cite = new("src-1", "the quote");
    private static readonly RateSeries Daily = new("T", "test series", "tester", RatePeriod.Day);
    private static readonly DateOnly Day = new(2024, 7, 1);
    private static readonly ExchangeRateTable Rates = new([new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily)]);

    private static Programme Prog(string id, ReportedAmount headline) =>
        new(id, "Programme " + id, SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, [], [Cite]);

    private static IReadOnlyList<NormalisedProgramme> InCny(params Programme[] programmes) =>
        new Normaliser(Rates, Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate)).Items;

    // ComparisonRow.ToString: "a share that ... does not exist because the largest is zero, is said to".
    [Fact]
    public void ComparisonRow_of_the_second_zero_programme_says_there_is_no_share_of_a_zero_largest()
    {
        IReadOnlyList<ComparisonRow> rows = ProgrammeComparison.Rank(InCny(Prog("a", ReportedAmount.Exact(M.Usd(0m))), Prog("b", ReportedAmount.Exact(M.Usd(0m)))));
        rows.Should().HaveCount(2);
        rows.Should().AllSatisfy(r => r.ToString().Should().NotContain("0x the largest").And.Contain("the largest is zero"));
    }

    [Fact]
    public void ComparisonRow_of_a_zero_programme_below_a_largest_that_is_not_zero_is_0x_the_largest()
    {
        IReadOnlyList<ComparisonRow> rows = ProgrammeComparison.Rank(InCny(Prog("a", ReportedAmount.Exact(M.Cny(5m))), Prog("b", ReportedAmount.Exact(M.Cny(0m)))));
        rows[1].ToString().Should().Contain("0x the largest").And.NotContain("the largest is zero");
    }

    // ProgrammeComparison.RankTable: "exact, approximate and capped figures are not mixed" in a subtotal; a figure with a
    // precision is "rounded to it, not exact" (ReportedAmount.Precision).
    [Fact]
    public void RankTable_does_not_add_a_rounded_figure_into_the_exact_subtotal()
    {
        ResultTable table = ProgrammeComparison.RankTable(InCny(
            Prog("a", ReportedAmount.Exact(M.Cny(1_000_000_000_000m)).WithPrecision(1_000_000_000_000m)), Prog("b", ReportedAmount.Exact(M.Cny(5m)))));
        int[] subtotals = Enumerable.Range(0, table.Rows.Count).Where(r => (string?)table.Cell(r, "programme") == "subtotal").ToArray();
        subtotals.Select(r => (string?)table.Cell(r, "name")).Should().Equal("1 programme(s), exact", "1 programme(s), rounded");
        subtotals.Select(r => table.Cell(r, "value")).Should().Equal(M.Cny(5m), M.Cny(1_000_000_000_000m));
        int a = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "programme") == "a");
        table.Cell(a, "qualifier").Should().Be("rounded");
    }

    // ProgrammeComparison.RatioOf: a ratio is no more exact than its figures; a plain figure with a precision is
    // rounded (ReportedAmount.IsExact is false), so its ratio says so as an approximate one's does.
    [Fact]
    public void RatioOf_a_rounded_figure_says_it_is_no_more_exact_than_the_figures()
    {
        IReadOnlyList<NormalisedProgramme> items = InCny(
            Prog("a", ReportedAmount.Exact(M.Cny(1_000m)).WithPrecision(1_000m)), Prog("b", ReportedAmount.Exact(M.Cny(500m))), Prog("c", ReportedAmount.Exact(M.Cny(250m))));
        ProgrammeComparison.RatioOf(items[0].Amount, items[1].Amount).Description.Should().EndWith("(the ratio inherits the qualifiers: it is no more exact than the figures)");
        ProgrammeComparison.RatioOf(items[1].Amount, items[2].Amount).Description.Should().NotContain("inherits the qualifiers", "both are exact");
    }

    // ProgrammeComparison.RankTable: a range subtotal's high ends that add up beyond decimal are not computable, and the
    // note says it is the high ends' sum (it read as the low ends' note).
    [Fact]
    public void RankTable_names_the_high_ends_when_their_sum_is_beyond_decimal()
    {
        ResultTable table = ProgrammeComparison.RankTable(InCny(
            Prog("a", ReportedAmount.Between(M.Cny(1m), M.Cny(decimal.MaxValue))), Prog("b", ReportedAmount.Between(M.Cny(2m), M.Cny(decimal.MaxValue)))));
        int subtotal = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "programme") == "subtotal");
        table.Cell(subtotal, "value").Should().Be(M.Cny(3m));
        table.Cell(subtotal, "value_high").Should().BeNull();
        ((string?)table.Cell(subtotal, "note")).Should().StartWith("high ends: the sum of 2 values, 158456325028528675187087900670, is beyond the range of a decimal");
    }
}

/// <summary>Totals of plain figures stated to a precision (rounded), kept apart from exact figures.</summary>
public class AggregationOfRoundedFiguresTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static string Programme(string id, string amount, string precision) =>
        "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"sponsorKind\": \"state\", \"jurisdiction\": \"CN-SH\", \"instruments\": [\"subsidy\"], "
        + "\"headline\": {\"qualifier\": \"exact\", \"amount\": \"" + amount + "\"" + (precision.Length == 0 ? string.Empty : ", \"precision\": \"" + precision + "\"")
        + ", \"currency\": \"CNY\"}, \"sources\": [{\"source\": \"seed-001\", \"quote\": \"Enter Shanghai\"}]}";

    private static readonly PolicyDataset Data = PolicyData.Parse(
        "{\"formatVersion\": 1, \"programmes\": [" + Programme("x-exact", "5", string.Empty) + "," + Programme("x-rounded", "1000000000000", "1000000000000") + "], \"targets\": []}",
        extending: PolicyData.Embedded);

    private static NormalisationResult InCny() => new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(
        Data.Programmes.Where(p => p.Id.StartsWith("x-", StringComparison.Ordinal)), NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    // AggregateGroup.Exact is "the sum of exact figures"; a plain figure with a precision "is rounded to it, not exact"
    // (ReportedAmount.WithPrecision), and is summed in Rounded.
    [Fact]
    public void A_rounded_plain_figure_is_not_summed_into_the_exact_total_but_into_its_own_rounded_total()
    {
        AggregateGroup group = Aggregation.Of(InCny(), Data, AggregationKey.Jurisdiction).Groups.Should().ContainSingle().Subject;

        group.Exact.Should().Be(M.Cny(5m));
        group.Rounded.Should().Be(M.Cny(1_000_000_000_000m));
        group.Counted.Should().Equal("x-exact", "x-rounded");
        group.ToString().Should().Contain("exact CNY 5, rounded CNY 1T");
    }

    // The same, when the normalised items are not the normaliser's own list (each item read with its reported amount).
    [Fact]
    public void A_rounded_plain_figure_of_items_not_from_the_normaliser_is_summed_into_the_rounded_total()
    {
        NormalisationResult own = InCny();
        var copied = new NormalisationResult(own.Currency, own.Basis, own.Items.ToArray(), own.NotNormalised);

        AggregateGroup group = Aggregation.Of(copied, Data, AggregationKey.Jurisdiction).Groups.Should().ContainSingle().Subject;

        group.Exact.Should().Be(M.Cny(5m));
        group.Rounded.Should().Be(M.Cny(1_000_000_000_000m));
    }

    // ToTable: "one row per group and kind of figure".
    [Fact]
    public void The_table_has_a_rounded_row_after_the_exact_row()
    {
        ResultTable table = Aggregation.Of(InCny(), Data, AggregationKey.Jurisdiction).ToTable();

        Enumerable.Range(0, table.Rows.Count).Select(r => (string?)table.Cell(r, "figure")).Should().Equal("exact", "rounded");
        table.Cell(1, "total").Should().Be(M.Cny(1_000_000_000_000m));
    }
}
