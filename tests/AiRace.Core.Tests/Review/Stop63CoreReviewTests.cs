using System;
using System.Globalization;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Review;

/// <summary>Review (stop 63) of the merges of s63-analysis and s63-formats: one test for each defect found in the text
/// the new code writes for a reader.</summary>
public class Stop63CoreReviewTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static readonly DateOnly Day = new(2025, 7, 28);

    private static PartsCheck Check(ReportedAmount? whole, params ReportedAmount[] parts) =>
        new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, whole, null,
            parts.Select((a, i) => new Allocation("p.a" + i, AllocationPurpose.Compute, "part " + i, a, PartMembership.Included, null, Cite)).ToArray(), Cite).CheckParts();

    /// <summary>A range states two figures; parts that add up to its low end leave up to the rest of the range, so the
    /// verdict (now shown in the notebooks' HTML) and the one-line check must not say they add up to "the whole's stated
    /// figure", which reads as the whole being accounted for.</summary>
    [Fact]
    public void Parts_meeting_the_low_end_of_a_range_whole_are_said_to_meet_its_low_end_not_the_whole()
    {
        PartsCheck check = Check(ReportedAmount.Between(M.Cny(1_000m), M.Cny(2_000m)), ReportedAmount.Exact(M.Cny(600m)), ReportedAmount.Exact(M.Cny(400m)));

        check.DescribeVerdict("K").Should().Be("The included parts add up to the low end of the whole's range, not to the whole.");
        check.ToString().Should().Contain("included parts CNY 1K, adding up to the low end of the whole's range").And.NotContain("stated figure");
    }

    /// <summary>A programme whose size adds figures of three qualifiers names them as a list in English:
    /// '"exact", "approximately" and "up to"', not '"exact" and "approximately" and "up to"'.</summary>
    [Fact]
    public void A_size_of_three_qualifiers_names_them_as_an_english_list()
    {
        PolicyDataset data = PolicyData.Parse($$"""
            { "formatVersion": 1,
              "sources": [ { "id": "rv-note", "title": "Sizes", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
              "programmes": [ {{Programme("rv-a", "exact", "10")}}, {{Programme("rv-b", "exact", "50")}}, {{Programme("rv-c", "approximately", "20")}}, {{Programme("rv-d", "upTo", "30")}} ],
              "overlaps": [ { "id": "rv-ab", "programmes": [ "rv-a", "rv-b" ], "reason": "test", "sources": [ { "source": "rv-note", "quote": "a test overlap" } ] } ] }
            """, PolicyData.Embedded);
        NormalisationResult r = new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY)
            .NormaliseProgrammes(data.Programmes.Where(p => p.Id.StartsWith("rv-", StringComparison.Ordinal)), NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        NormalisedProgramme a = r.Items.Single(i => i.Programme.Id == "rv-a"), b = r.Items.Single(i => i.Programme.Id == "rv-b");
        NormalisedProgramme c = r.Items.Single(i => i.Programme.Id == "rv-c"), d = r.Items.Single(i => i.Programme.Id == "rv-d");

        // rv-a counted by hand with its exact 10, an approximate 20 and a cap of 30: 60 in all, against rv-b's exact 50.
        var mixed = new NormalisationResult(r.Currency, r.Basis, [a, new NormalisedProgramme(a.Programme, c.Amount), new NormalisedProgramme(a.Programme, d.Amount), b], []);
        OverlapBounds lower = Aggregation.Of(mixed, data, AggregationKey.Jurisdiction).Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State).OverlapsRemoved!;

        string sixty = M.Cny(60m).ToString("K", CultureInfo.InvariantCulture);
        lower.Comparisons.Should().ContainSingle().Which.Should()
            .StartWith("kept rv-a (" + sixty + ", a sum of \"exact\", \"approximately\" and \"up to\" figures) as the largest of");
    }

    /// <summary>The citations' Markdown promises that an invisible character is shown by its code, never written raw; the
    /// invisible operators U+2061 to U+2064 (function application, invisible times, separator and plus), which follow
    /// the word joiner and print as nothing like it, were written raw: "7 (U+2062) 100" read as "7100".</summary>
    [Fact]
    public void Markdown_citations_show_the_invisible_operators_by_their_code_like_the_word_joiner()
    {
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "rv-note", "title": "Note", "published": "unknown", "locator": "n.pdf", "confidence": "high" } ],
              "actors": [ { "id": "rv-x", "name": "X", "kind": "person", "sources": [ { "source": "rv-note", "quote": "7\u2062100 a\u2061b c\u2063d e\u2064f" } ] } ] }
            """, PolicyData.Embedded);

        string markdown = CitationList.For(data, ["rv-x"]).ToMarkdown();

        markdown.Should().Contain("7`U+2062`100 a`U+2061`b c`U+2063`d e`U+2064`f").And.NotContainAny("\u2061", "\u2062", "\u2063", "\u2064");
    }

    private static string Programme(string id, string qualifier, string amount) => $$"""
        { "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": [ "computeSubsidy" ],
          "headline": { "qualifier": "{{qualifier}}", "amount": "{{amount}}", "currency": "CNY" },
          "sources": [ { "source": "rv-note", "quote": "a test programme" } ] }
        """;
}
