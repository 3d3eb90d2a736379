using System;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>The size by which the largest of overlapping programmes is chosen is the sum of a programme's counted
/// amounts. A result built by hand may list one programme more than once: its size is then exact even beyond what a
/// decimal holds (no <see cref="OverflowException"/>), and a size made of figures of different qualifiers says so.</summary>
public class OverlapSizeTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static PolicyDataset Data(string a, string b, string c) => PolicyData.Parse($$"""
        { "formatVersion": 1,
          "sources": [ { "id": "os-note", "title": "Sizes", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
          "programmes": [ {{Programme("os-a", "exact", a)}}, {{Programme("os-b", "exact", b)}}, {{Programme("os-c", "approximately", c)}} ],
          "overlaps": [ { "id": "os-ab", "programmes": [ "os-a", "os-b" ], "reason": "test", "sources": [ { "source": "os-note", "quote": "a test overlap" } ] } ] }
        """, PolicyData.Embedded);

    private static string Programme(string id, string qualifier, string amount) => $$"""
        { "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": [ "computeSubsidy" ],
          "headline": { "qualifier": "{{qualifier}}", "amount": "{{amount}}", "currency": "CNY" },
          "sources": [ { "source": "os-note", "quote": "a test programme" } ] }
        """;

    private static NormalisationResult InCny(PolicyDataset data) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(data.Programmes.Where(p => p.Id.StartsWith("os-", StringComparison.Ordinal)), NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static OverlapBounds Lower(NormalisationResult normalised, PolicyDataset data) =>
        Aggregation.Of(normalised, data, AggregationKey.Jurisdiction).Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State).OverlapsRemoved!;

    [Fact]
    public void A_programme_listed_twice_whose_amounts_add_up_beyond_decimal_is_sized_exactly_not_an_overflow()
    {
        PolicyDataset data = Data("50000000000000000000000000000", "60000000000000000000000000000", "1");
        NormalisationResult r = InCny(data);
        NormalisedProgramme a = r.Items.Single(i => i.Programme.Id == "os-a"), b = r.Items.Single(i => i.Programme.Id == "os-b");
        var twice = new NormalisationResult(r.Currency, r.Basis, [a, a, b], []);

        OverlapBounds lower = Lower(twice, data);
        lower.Kept.Should().Equal(new[] { "os-a" }, "10^29 counted for os-a against 6 × 10^28 for os-b: the larger, though beyond a decimal");
        lower.Removed.Should().Equal("os-b");
        lower.Exact.Should().BeNull("os-a's two amounts add up beyond what a decimal holds");
        lower.Notes.Should().ContainSingle().Which.ExactSum.Should().Be("100000000000000000000000000000");
        lower.Comparisons.Should().BeEmpty("both are exact figures");
    }

    [Fact]
    public void A_programme_whose_size_adds_figures_of_different_qualifiers_is_named_with_them()
    {
        PolicyDataset data = Data("10", "25", "20");
        NormalisationResult r = InCny(data);
        NormalisedProgramme a = r.Items.Single(i => i.Programme.Id == "os-a"), b = r.Items.Single(i => i.Programme.Id == "os-b");
        NormalisedProgramme c = r.Items.Single(i => i.Programme.Id == "os-c");

        // os-a counted with its exact 10 and, by hand, with the approximate 20 of another headline: 30 in all, larger than
        // os-b's exact 25, but not an exact 30.
        var mixed = new NormalisationResult(r.Currency, r.Basis, [a, new NormalisedProgramme(a.Programme, c.Amount), b], []);
        OverlapBounds lower = Lower(mixed, data);
        lower.Kept.Should().Equal("os-a");
        lower.Comparisons.Should().ContainSingle().Which.Should()
            .Be("kept os-a (" + M.Cny(30m).ToString("K", System.Globalization.CultureInfo.InvariantCulture) + ", a sum of \"exact\" and \"approximately\" figures) as the largest of os-a ("
                + M.Cny(30m).ToString("K", System.Globalization.CultureInfo.InvariantCulture) + ", a sum of \"exact\" and \"approximately\" figures), os-b (exact "
                + M.Cny(25m).ToString("K", System.Globalization.CultureInfo.InvariantCulture) + "): figures of different qualifiers, compared by their stated figures, not like with like");
    }

    [Fact]
    public void Through_a_normalisers_own_list_every_programme_is_sized_by_one_qualifier()
    {
        // The pin: without a hand-built list, a programme is counted once, or split by its parts under its headline's
        // qualifier, so a size never mixes qualifiers and two exact figures are compared silently.
        PolicyDataset data = Data("10", "25", "20");
        OverlapBounds lower = Lower(InCny(data), data);
        lower.Kept.Should().Equal("os-b");
        lower.Removed.Should().Equal("os-a");
        lower.Comparisons.Should().BeEmpty();
        lower.Exact.Should().Be(M.Cny(25m));
        lower.Approximate.Should().Be(M.Cny(20m));
    }
}
