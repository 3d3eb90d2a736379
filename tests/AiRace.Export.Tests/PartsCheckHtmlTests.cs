using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Interactive.Html;
using FluentAssertions;
using Xunit;

namespace AiRace.Export.Tests;

/// <summary>The notebooks' HTML of a parts check says what <see cref="PartsCheck.ToString"/> says: the qualifier of what
/// the whole leaves ("up to", "at least", "about", also of nothing left), both ends when the parts are ranges, and the
/// verdict in the same words.</summary>
public sealed class PartsCheckHtmlTests
{
    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static Programme WithParts(ReportedAmount? headline, params Allocation[] parts) =>
        new("p", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, parts, Cite);

    private static Allocation Included(string id, ReportedAmount amount) =>
        new(id, AllocationPurpose.Compute, id, amount, PartMembership.Included, null, Cite);

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(html);

    [Fact]
    public void A_cap_whole_leaves_up_to_the_remainder_in_both_views()
    {
        Programme p = WithParts(ReportedAmount.UpTo(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m))));
        foreach (string html in new[] { PolicyHtml.Allocations(p), PolicyHtml.PartsCheck(p.CheckParts()) })
        {
            Text(html).Should().Contain("up to " + Money.Cny(400m)).And.NotContain(">" + Money.Cny(400m) + "<");
        }
    }

    [Fact]
    public void A_range_part_shows_both_ends_of_the_included_sum_and_of_what_is_left()
    {
        Programme p = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Between(Money.Cny(600m), Money.Cny(700m))));
        foreach (string html in new[] { PolicyHtml.Allocations(p), PolicyHtml.PartsCheck(p.CheckParts()) })
        {
            Text(html).Should().Contain("between " + Money.Cny(600m) + " and " + Money.Cny(700m))
                .And.Contain("between " + Money.Cny(300m) + " and " + Money.Cny(400m));
        }
    }

    [Fact]
    public void An_approximate_or_rounded_whole_leaves_about_the_remainder()
    {
        Programme approx = WithParts(ReportedAmount.Approximately(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m))));
        Programme rounded = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)).WithPrecision(1_000m), Included("a", ReportedAmount.Exact(Money.Cny(600m))));
        foreach (Programme p in new[] { approx, rounded })
        {
            Text(PolicyHtml.PartsCheck(p.CheckParts())).Should().Contain("about " + Money.Cny(400m));
            Text(PolicyHtml.Allocations(p)).Should().Contain("about " + Money.Cny(400m));
        }
    }

    [Fact]
    public void Approximate_parts_make_their_sum_about_that_much_and_a_floor_part_makes_it_at_least()
    {
        Programme rough = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Approximately(Money.Cny(600m))));
        Text(PolicyHtml.PartsCheck(rough.CheckParts())).Should().Contain("about " + Money.Cny(600m)).And.Contain("about " + Money.Cny(400m));
        Programme floor = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.AtLeast(Money.Cny(600m))));
        Text(PolicyHtml.PartsCheck(floor.CheckParts())).Should().Contain("at least " + Money.Cny(600m)).And.Contain("up to " + Money.Cny(400m));
    }

    [Fact]
    public void Exact_figures_stay_plain()
    {
        Programme p = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m))));
        string text = Text(PolicyHtml.PartsCheck(p.CheckParts()));
        text.Should().Contain(">" + Money.Cny(600m) + "<").And.Contain(">" + Money.Cny(400m) + "<").And.NotContain("about").And.NotContain("up to");
    }

    [Fact]
    public void A_floor_whole_met_by_its_parts_leaves_at_least_nothing_in_both_views()
    {
        Programme p = WithParts(ReportedAmount.AtLeast(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(1_000m))));
        foreach (string html in new[] { PolicyHtml.Allocations(p), PolicyHtml.PartsCheck(p.CheckParts()) })
        {
            Text(html).Should().Contain(">at least " + Money.Cny(0m) + "<").And.NotContain(">" + Money.Cny(0m) + "<");
        }
    }

    [Fact]
    public void The_verdict_says_what_ToString_says_for_the_same_case()
    {
        Programme rounded = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)).WithPrecision(1_000m), Included("a", ReportedAmount.Exact(Money.Cny(1_000m))));
        Programme exact = WithParts(ReportedAmount.Exact(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(1_000m))));
        Programme leaving = WithParts(ReportedAmount.UpTo(Money.Cny(1_000m)), Included("a", ReportedAmount.Exact(Money.Cny(600m))));
        foreach ((Programme p, string words, string sentence) in new[]
        {
            (rounded, "adding up to the whole's stated figure, not exactly", "The included parts add up to the whole's stated figure, not exactly."),
            (exact, "adding up exactly", "The included parts add up exactly to the whole."),
            (leaving, "leaving up to CNY 400", "The included parts leave up to " + Money.Cny(400m) + " of the whole."),
        })
        {
            p.CheckParts().ToString().Should().Contain(words);
            foreach (string html in new[] { PolicyHtml.Allocations(p), PolicyHtml.PartsCheck(p.CheckParts()) })
            {
                Text(html).Should().Contain(sentence).And.NotContain("consistent with the whole");
            }
        }
    }
}
