using System;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Issue 16 §1: every total lists the overlaps it could contain and gives the bounds.</summary>
public class OverlapBoundsTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static NormalisationResult InCny(PolicyDataset data) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    [Fact]
    public void ChinasStateTotal_ListsTheRecordedOverlap_AndGivesBothBounds()
    {
        AggregateGroup cn = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Country)
            .Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.State);

        cn.Rounded.Should().Be(M.Cny(1_061_250_000_000m), "with every programme counted: the upper bound; each headline is stated to a precision");
        cn.Exact.Should().BeNull("no embedded headline is exact: each is a plain figure rounded to its precision");
        cn.Overlaps.Select(o => o.OverlapId).Should().Equal(
            new[] { "o-cn-plan-fund", "o-cn-plan-shanghai", "o-cn-plan-hangzhou", "o-cn-plan-shenzhen", "o-cn-plan-beijing" },
            "each Chinese state programme may be part of the national plan, and the group counts the plan");
        cn.Overlaps.Should().OnlyContain(o => o.AmbiguityId == "a-cn-programmes-overlap" && o.Programmes[0] == "cn-ai-industry-development-action-plan");
        OverlapInGroup shenzhen = cn.Overlaps.Single(o => o.OverlapId == "o-cn-plan-shenzhen");
        shenzhen.Programmes.Should().Equal("cn-ai-industry-development-action-plan");
        shenzhen.Elsewhere.Should().Equal(new[] { "cn-gd-shenzhen-ai-support" }, "it has no amount, so it is not counted");

        OverlapBounds lower = cn.OverlapsRemoved.Should().NotBeNull().And.Subject.As<OverlapBounds>();
        lower.Rounded.Should().Be(M.Trillions(1, Currency.CNY), "the largest of the overlapping programmes alone: no overlap figure is invented");
        lower.Exact.Should().BeNull();
        lower.Kept.Should().Equal("cn-ai-industry-development-action-plan");
        lower.Removed.Should().Equal(new[] { "cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy", "cn-ai-investment-fund" }, "in the order the group counts them");
        cn.ToString().Should().Contain("with overlaps removed rounded CNY 1T");
    }

    [Fact]
    public void AGroupWithOneProgrammeOfAnOverlap_ListsIt_ButHasNoLowerBound()
    {
        Aggregation byJurisdiction = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Jurisdiction);
        AggregateGroup shanghai = byJurisdiction.Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State);
        shanghai.Overlaps.Should().ContainSingle().Which.Programmes.Should().Equal("cn-sh-ai-subsidy-package");
        shanghai.OverlapsRemoved.Should().BeNull("nothing in the group can be counted twice within it");
        byJurisdiction.Rule.Should().Contain("An overlap between programmes of different groups is not removed");
        AggregateGroup us = byJurisdiction.Groups.Single(g => g.Key == "US" && g.Sponsor == SponsorKind.Private);
        us.Overlaps.Should().BeEmpty();
    }

    [Fact]
    public void TheTable_SaysWhichBoundEachTotalIs_AndListsTheOverlap()
    {
        Aggregation byCountry = Aggregation.Of(InCny(AnalysisData.Embedded), AnalysisData.Embedded, AggregationKey.Country);
        ResultTable table = byCountry.ToTable();
        var rows = Enumerable.Range(0, table.Rows.Count).Where(r => (string?)table.Cell(r, "group") == "CN" && (string?)table.Cell(r, "sponsor") == "State").ToList();
        rows.Should().NotContain(r => (string?)table.Cell(r, "figure") == "exact", "no embedded headline is exact");
        int upper = rows.Single(r => (string?)table.Cell(r, "figure") == "rounded" && (string?)table.Cell(r, "bound") == "upper: all counted");
        int lower = rows.Single(r => (string?)table.Cell(r, "figure") == "rounded" && (string?)table.Cell(r, "bound") == "lower: overlaps removed");
        table.Cell(upper, "total").Should().Be(M.Cny(1_061_250_000_000m));
        table.Cell(lower, "total").Should().Be(M.Trillions(1, Currency.CNY));
        ((string)table.Cell(lower, "reason")!).Should().Be("kept cn-ai-industry-development-action-plan; removed cn-sh-ai-subsidy-package, cn-zj-hangzhou-compute-subsidy, cn-ai-investment-fund");
        table.Cell(lower, "ids").Should().Be("cn-ai-industry-development-action-plan");
        var overlaps = rows.Where(r => (string?)table.Cell(r, "figure") == "may overlap").ToList();
        overlaps.Select(r => ((string)table.Cell(r, "ids")!).Split(':')[0]).Should().Equal("o-cn-plan-fund", "o-cn-plan-shanghai", "o-cn-plan-hangzhou", "o-cn-plan-shenzhen", "o-cn-plan-beijing");
        overlaps.Should().OnlyContain(r => ((string)table.Cell(r, "reason")!).Contains("(ambiguity a-cn-programmes-overlap)", StringComparison.Ordinal));
        ((string)table.Cell(overlaps[3], "reason")!).Should().Contain("Outside this group: cn-gd-shenzhen-ai-support.");
        table.Notes.Should().Contain(OverlapBounds.Method);
        OverlapBounds.Method.Should().Contain("only the largest is counted").And.Contain("none is invented");

        // The bounds hold for the money counted only: what the group lists as not counted (Shanghai's up to 500 million
        // yuan for research institutions, which may come on top of its billion; Shenzhen's and Beijing's measures without
        // an amount) may lie above the upper bound, and the note says so.
        OverlapBounds.Method.Should().EndWith("The true total of the programmes counted lies between the two; money listed as not counted (the \"not counted\" rows) is in neither and may add to it.")
            .And.NotContain("the true total lies between the two");
        rows.Where(r => (string?)table.Cell(r, "figure") == "not counted").Select(r => (string?)table.Cell(r, "ids")).Should()
            .Contain(new[] { "cn-sh-ai-subsidy-package.research-institutions", "cn-gd-shenzhen-ai-support", "cn-bj-ai-support" }, "the rows the note points to");

        int us = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "group") == "US" && (string?)table.Cell(r, "figure") == "rounded");
        table.Cell(us, "bound").Should().Be("no overlap within the group");
    }

    [Fact]
    public void OverlapsSharingAProgramme_FormOneSet_OfWhichOnlyTheLargestIsKept()
    {
        // A user's overlay records that Hangzhou's subsidies may overlap with Shanghai's package as well; together with
        // the recorded overlaps with the plan, every Chinese state programme is one set, so the lower bound is still the
        // trillion alone.
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "overlaps": [ { "id": "o-test-cities", "programmes": [ "cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy" ],
                              "reason": "test", "sources": [ { "source": "seed-001", "quote": "Hangzhou, for example, has unveiled plans for 250 million yuan in computing power subsidies" } ] } ] }
            """, PolicyData.Embedded);
        AggregateGroup cn = Aggregation.Of(InCny(data), data, AggregationKey.Country).Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.State);
        cn.Overlaps.Select(o => o.OverlapId).Should().Equal("o-cn-plan-fund", "o-cn-plan-shanghai", "o-cn-plan-hangzhou", "o-cn-plan-shenzhen", "o-cn-plan-beijing", "o-test-cities");
        cn.OverlapsRemoved!.Kept.Should().Equal("cn-ai-industry-development-action-plan");
        cn.OverlapsRemoved.Rounded.Should().Be(M.Trillions(1, Currency.CNY));

        // Only the cities' overlap: the plan and the fund are counted, and of the two cities only Shanghai.
        PolicyDataset citiesOnly = PolicyData.Parse("""
            { "formatVersion": 1,
              "retractions": [
                { "id": "rt-1", "fact": "o-cn-plan-fund", "reason": "test", "sources": [ { "source": "seed-001", "quote": "Hangzhou, for example, has unveiled plans for 250 million yuan in computing power subsidies" } ] },
                { "id": "rt-2", "fact": "o-cn-plan-shanghai", "reason": "test", "sources": [ { "source": "seed-001", "quote": "Hangzhou, for example, has unveiled plans for 250 million yuan in computing power subsidies" } ] },
                { "id": "rt-3", "fact": "o-cn-plan-hangzhou", "reason": "test", "sources": [ { "source": "seed-001", "quote": "Hangzhou, for example, has unveiled plans for 250 million yuan in computing power subsidies" } ] } ],
              "overlaps": [ { "id": "o-test-cities", "programmes": [ "cn-zj-hangzhou-compute-subsidy", "cn-sh-ai-subsidy-package" ],
                              "reason": "test", "sources": [ { "source": "seed-001", "quote": "Hangzhou, for example, has unveiled plans for 250 million yuan in computing power subsidies" } ] } ] }
            """, PolicyData.Embedded);
        AggregateGroup cities = Aggregation.Of(InCny(citiesOnly), citiesOnly, AggregationKey.Country).Groups.Single(g => g.Key == "CN" && g.Sponsor == SponsorKind.State);
        cities.Rounded.Should().Be(M.Cny(1_061_250_000_000m));
        cities.OverlapsRemoved!.Kept.Should().Equal("cn-sh-ai-subsidy-package");
        cities.OverlapsRemoved.Removed.Should().Equal("cn-zj-hangzhou-compute-subsidy");
        cities.OverlapsRemoved.Rounded.Should().Be(M.Cny(1_061_000_000_000m));
    }

    [Fact]
    public void SetsJoinedLater_KeepTheOrderOfTheirFirstOverlap_AndTiesKeepTheFirstInTheGroup()
    {
        static string Programme(int n, int millions) => $$"""
            { "id": "ov-p{{n}}", "name": "p{{n}} (test)", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": [ "computeSubsidy" ],
              "headline": { "qualifier": "exact", "amount": "{{millions}}000000", "currency": "CNY", "stated": "{{millions}} million yuan" },
              "sources": [ { "source": "ov-note", "quote": "a test programme" } ] }
            """;
        static string Overlap(string id, int a, int b) => $$"""
            { "id": "{{id}}", "programmes": [ "ov-p{{a}}", "ov-p{{b}}" ], "reason": "test", "sources": [ { "source": "ov-note", "quote": "a test overlap" } ] }
            """;

        // In this order: p4 ~ p5 makes the first set, p2 ~ p3 the second, p6 ~ p1 a third, and p1 ~ p4 joins the third
        // into the first. p5 and p6 are the largest of the first set (20 million yuan each), p2 and p3 of the second.
        PolicyDataset data = PolicyData.Parse($$"""
            { "formatVersion": 1,
              "sources": [ { "id": "ov-note", "title": "Overlaps", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
              "programmes": [ {{Programme(1, 10)}}, {{Programme(2, 30)}}, {{Programme(3, 30)}}, {{Programme(4, 5)}}, {{Programme(5, 20)}}, {{Programme(6, 20)}} ],
              "overlaps": [ {{Overlap("ov-a", 4, 5)}}, {{Overlap("ov-b", 2, 3)}}, {{Overlap("ov-c", 6, 1)}}, {{Overlap("ov-d", 1, 4)}} ] }
            """, PolicyData.Embedded);

        AggregateGroup shanghai = Aggregation.Of(InCny(data), data, AggregationKey.Jurisdiction).Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State);

        OverlapBounds lower = shanghai.OverlapsRemoved!;
        lower.Kept.Should().Equal(new[] { "ov-p5", "ov-p2" }, "the joined set comes first, as its first overlap does; of equals, the first counted is kept");
        lower.Removed.Should().Equal(new[] { "ov-p1", "ov-p3", "ov-p4", "ov-p6" }, "in the order the group counts them");
        lower.Exact.Should().Be(M.Cny(50_000_000m), "20 and 30 million yuan, stated without a precision");
        lower.Rounded.Should().Be(M.Cny(1_000_000_000m), "Shanghai's package, which overlaps with none of them here, stated to a precision");
        shanghai.Exact.Should().Be(M.Cny(115_000_000m));
        shanghai.Rounded.Should().Be(M.Cny(1_000_000_000m));
    }

    // OverlapBounds: "the largest" of a set compared a cap with an estimate as if alike; the comparison now names each
    // figure with its qualifier when the qualifiers differ, and is silent (empty) when they are alike.
    [Fact]
    public void TheLargestOfFiguresWithDifferentQualifiers_IsNamedWithEachQualifier()
    {
        static string Programme(int n, string qualifier, int millions) => $$"""
            { "id": "oq-p{{n}}", "name": "p{{n}} (test)", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": [ "computeSubsidy" ],
              "headline": { "qualifier": "{{qualifier}}", "amount": "{{millions}}000000", "currency": "CNY" },
              "sources": [ { "source": "oq-note", "quote": "a test programme" } ] }
            """;
        PolicyDataset data = PolicyData.Parse($$"""
            { "formatVersion": 1,
              "sources": [ { "id": "oq-note", "title": "Overlaps", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
              "programmes": [ {{Programme(1, "upTo", 30)}}, {{Programme(2, "approximately", 20)}}, {{Programme(3, "exact", 5)}}, {{Programme(4, "exact", 7)}} ],
              "overlaps": [ { "id": "oq-a", "programmes": [ "oq-p1", "oq-p2" ], "reason": "test", "sources": [ { "source": "oq-note", "quote": "a test overlap" } ] },
                            { "id": "oq-b", "programmes": [ "oq-p3", "oq-p4" ], "reason": "test", "sources": [ { "source": "oq-note", "quote": "a test overlap" } ] } ] }
            """, PolicyData.Embedded);

        Aggregation byJurisdiction = Aggregation.Of(InCny(data), data, AggregationKey.Jurisdiction);
        AggregateGroup shanghai = byJurisdiction.Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State);
        OverlapBounds lower = shanghai.OverlapsRemoved!;

        lower.Kept.Should().Equal("oq-p1", "oq-p4");
        lower.Comparisons.Should().ContainSingle("only the cap and the estimate differ in qualifier; 5 and 7 million exact are alike")
            .Which.Should().Be("kept oq-p1 (up to CNY 30M) as the largest of oq-p1 (up to CNY 30M), oq-p2 (approximately CNY 20M): figures of different qualifiers, compared by their stated figures, not like with like");
        lower.ToString().Should().Contain(lower.Comparisons[0]);
        ResultTable table = byJurisdiction.ToTable();
        int row = Enumerable.Range(0, table.Rows.Count).First(r => (string?)table.Cell(r, "group") == "CN-SH" && (string?)table.Cell(r, "bound") == "lower: overlaps removed");
        ((string)table.Cell(row, "reason")!).Should().Contain(lower.Comparisons[0]);
        table.Notes.Should().Contain(OverlapBounds.Method);
        OverlapBounds.Method.Should().Contain("where the figures compared have different qualifiers, the comparison is not like with like");
    }
}

public class RankingOverlapTests
{
    [Fact]
    public void ARankingSubtotal_NamesTheOverlapsItMayContain_WhenGivenTheDataset()
    {
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD)
            .NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        ResultTable table = ProgrammeComparison.RankTable(usd.Items, PolicyData.Embedded);
        int state = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "programme") == "subtotal" && (string?)table.Cell(r, "sponsor") == "State");
        ((string)table.Cell(state, "note")!).Should()
            .Contain("may count the same money more than once: o-cn-plan-fund records that cn-ai-industry-development-action-plan, cn-ai-investment-fund may overlap (Aggregation gives the total with overlaps removed)")
            .And.Contain("o-cn-plan-shanghai records that cn-ai-industry-development-action-plan, cn-sh-ai-subsidy-package may overlap")
            .And.EndWith("may count the same money more than once: o-cn-plan-hangzhou records that cn-ai-industry-development-action-plan, cn-zj-hangzhou-compute-subsidy may overlap (Aggregation gives the total with overlaps removed)");
        int priv = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "programme") == "subtotal" && (string?)table.Cell(r, "sponsor") == "Private");
        table.Cell(priv, "note").Should().BeNull();
        table.Facts.Should().Contain("o-cn-plan-fund");
        ProgrammeComparison.RankTable(usd.Items).Facts.Should().NotContain("o-cn-plan-fund");
    }
}
