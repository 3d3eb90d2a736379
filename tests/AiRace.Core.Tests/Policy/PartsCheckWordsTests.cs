using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Policy;

/// <summary>A parts check says every figure with its qualifier, in one line (<see cref="PartsCheck.ToString"/>) as in
/// its words for the notebooks' HTML (<see cref="PartsCheck.DescribeIncludedTotal"/>,
/// <see cref="PartsCheck.DescribeRemainder"/>, <see cref="PartsCheck.DescribeVerdict"/>): the included parts' sum keeps "about",
/// "at least" and both ends of a range; a floor whole met by its parts leaves "at least" nothing, not a plain 0; and the
/// verdict uses the same words in both for the same case.</summary>
public class PartsCheckWordsTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static PartsCheck Check(ReportedAmount? whole, params ReportedAmount[] parts) =>
        new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, whole, null,
            parts.Select((a, i) => new Allocation("p.a" + i, AllocationPurpose.Compute, "part " + i, a, PartMembership.Included, null, Cite)).ToArray(), Cite).CheckParts();

    [Fact]
    public void ToString_qualifies_the_included_sum_as_the_html_does()
    {
        PartsCheck rough = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.Approximately(M.Cny(600m)));
        rough.ToString().Should().Contain("included parts about CNY 600, leaving about CNY 400").And.Contain("included parts " + rough.DescribeIncludedTotal("K") + ",");

        PartsCheck range = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.Between(M.Cny(600m), M.Cny(700m)));
        range.ToString().Should().Contain("included parts between CNY 600 and CNY 700, leaving between CNY 300 and CNY 400");

        PartsCheck floor = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.AtLeast(M.Cny(600m)));
        floor.ToString().Should().Contain("included parts at least CNY 600, leaving up to CNY 400");

        PartsCheck rounded = Check(ReportedAmount.Exact(M.Cny(1_000m)).WithPrecision(1_000m), ReportedAmount.Exact(M.Cny(600m)).WithPrecision(100m), ReportedAmount.Exact(M.Cny(400m)));
        rounded.ToString().Should().Contain("included parts about CNY 1K, adding up to the whole's stated figure, not exactly");

        PartsCheck exact = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(600m)));
        exact.ToString().Should().Contain("included parts CNY 600, leaving CNY 400").And.NotContain("about");
    }

    [Fact]
    public void A_floor_whole_met_by_its_parts_leaves_at_least_nothing_not_a_plain_zero()
    {
        PartsCheck floor = Check(ReportedAmount.AtLeast(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(1_000m)));
        floor.Remainder.Should().Be(M.Cny(0m), "the exact figure behind the words: the stated figures leave nothing");
        floor.DescribeRemainder("G").Should().Be("at least " + M.Cny(0m), "the whole is at least its figure, so what its parts leave is at least nothing");

        // The same for the other qualified wholes met by their parts: about nothing after an approximate or rounded whole.
        Check(ReportedAmount.Approximately(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(1_000m))).DescribeRemainder("G").Should().Be("about " + M.Cny(0m));
        Check(ReportedAmount.Exact(M.Cny(1_000m)).WithPrecision(1_000m), ReportedAmount.Exact(M.Cny(1_000m))).DescribeRemainder("G").Should().Be("about " + M.Cny(0m));
        Check(ReportedAmount.AtLeast(M.Cny(1_000m)), ReportedAmount.Approximately(M.Cny(1_000m))).DescribeRemainder("G").Should().Be("about " + M.Cny(0m) + " or more");

        // Exact figures met exactly, or a cap met by exact parts (the whole is then its cap), leave exactly nothing: no words.
        Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(1_000m))).DescribeRemainder("G").Should().BeNull();
        Check(ReportedAmount.UpTo(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(1_000m))).DescribeRemainder("G").Should().BeNull();
    }

    [Fact]
    public void The_verdict_uses_the_words_of_ToString_for_the_same_case()
    {
        PartsCheck exact = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(600m)), ReportedAmount.Exact(M.Cny(400m)));
        exact.DescribeVerdict("K").Should().Be("The included parts add up exactly to the whole.");
        exact.ToString().Should().Contain("adding up exactly");

        PartsCheck rounded = Check(ReportedAmount.Exact(M.Cny(1_000m)).WithPrecision(1_000m), ReportedAmount.Exact(M.Cny(600m)), ReportedAmount.Exact(M.Cny(400m)));
        rounded.DescribeVerdict("K").Should().Be("The included parts add up to the whole's stated figure, not exactly.");
        rounded.ToString().Should().Contain("adding up to the whole's stated figure, not exactly");
        rounded.DescribeVerdict("K").Should().NotContain("consistent");

        PartsCheck floor = Check(ReportedAmount.AtLeast(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(1_000m)));
        floor.DescribeVerdict("K").Should().Be("The included parts add up to the whole's stated figure, not exactly.");
        floor.ToString().Should().Contain("adding up to the whole's stated figure, not exactly");

        PartsCheck leaving = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(600m)));
        leaving.DescribeVerdict("K").Should().Be("The included parts leave CNY 400 of the whole.");
        leaving.ToString().Should().Contain("leaving CNY 400");

        PartsCheck none = Check(ReportedAmount.Exact(M.Cny(1_000m)));
        none.DescribeVerdict("K").Should().Be("No included part states an amount to set against the whole.");
        none.ToString().Should().Contain("included parts none");
    }

    /// <summary>A floor whole with approximate parts leaves a floor that is itself approximate: "about CNY 600 or more",
    /// not the awkward "at least about CNY 600"; the same for an included sum that is a floor with a rough part.</summary>
    [Fact]
    public void A_floor_that_is_approximate_reads_about_so_much_or_more()
    {
        PartsCheck floor = Check(ReportedAmount.AtLeast(M.Cny(1_000m)), ReportedAmount.Approximately(M.Cny(400m)));
        floor.DescribeRemainder("G").Should().Be("about " + M.Cny(600m) + " or more");
        floor.DescribeVerdict("G").Should().Be("The included parts leave about " + M.Cny(600m) + " or more of the whole.");
        floor.ToString().Should().Contain("leaving about CNY 600 or more").And.NotContain("at least about");

        PartsCheck ranges = Check(ReportedAmount.AtLeast(M.Cny(1_000m)), ReportedAmount.Between(M.Cny(300m), M.Cny(400m)), ReportedAmount.Approximately(M.Cny(100m)));
        ranges.DescribeRemainder("G").Should().Be("about " + M.Cny(500m) + " or more", "the whole is at least 1,000 and the parts at most about 500");

        PartsCheck floorParts = Check(ReportedAmount.Exact(M.Cny(1_000m)), ReportedAmount.AtLeast(M.Cny(300m)), ReportedAmount.Approximately(M.Cny(100m)));
        floorParts.DescribeIncludedTotal("G").Should().Be("about " + M.Cny(400m) + " or more");
        floorParts.ToString().Should().NotContain("at least about");

        Check(ReportedAmount.AtLeast(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(400m))).DescribeRemainder("G").Should().Be("at least " + M.Cny(600m), "exact parts leave an exact floor");
    }

    /// <summary>An approximate whole with parts that are ranges leaves two ends, the whole less each end of the parts:
    /// both are said ("between about CNY 300 and CNY 400"), not only the end left by the parts' low ends.</summary>
    [Fact]
    public void An_approximate_whole_with_range_parts_leaves_both_ends()
    {
        PartsCheck range = Check(ReportedAmount.Approximately(M.Cny(1_000m)), ReportedAmount.Between(M.Cny(600m), M.Cny(700m)));
        range.DescribeRemainder("G").Should().Be("between about " + M.Cny(300m) + " and " + M.Cny(400m));
        range.DescribeVerdict("G").Should().Be("The included parts leave between about " + M.Cny(300m) + " and " + M.Cny(400m) + " of the whole.");
        range.ToString().Should().Contain("leaving between about CNY 300 and CNY 400");

        // Parts whose high ends reach the whole, or floors (no high end), leave at most the one end that is known.
        Check(ReportedAmount.Approximately(M.Cny(1_000m)), ReportedAmount.Between(M.Cny(600m), M.Cny(1_000m))).DescribeRemainder("G").Should().Be("up to about " + M.Cny(400m));
        Check(ReportedAmount.Approximately(M.Cny(1_000m)), ReportedAmount.AtLeast(M.Cny(600m))).DescribeRemainder("G").Should().Be("up to about " + M.Cny(400m));
        Check(ReportedAmount.Approximately(M.Cny(1_000m)), ReportedAmount.Exact(M.Cny(600m))).DescribeRemainder("G").Should().Be("about " + M.Cny(400m), "single figures leave one figure");
    }
}
