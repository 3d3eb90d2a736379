using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// An aggregation finds the group of a programme of its dataset by the indexes of its jurisdiction and sponsor kind,
/// once per pair: the groups, their counted ids in order, what they leave out and their totals are those of equal
/// programmes that the dataset does not hold (whose groups are found by name, or by the sponsor kind alone), for every
/// key and both ways of treating sponsors; and each group holds the programmes it should.
/// </summary>
public class GroupsByIndexesTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static string Programme(string id, string jurisdiction, string sponsor, string millions, string? parent = null, string? parts = null) => $$"""
        {
          "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "{{sponsor}}", "jurisdiction": "{{jurisdiction}}",
          {{(parent is null ? string.Empty : $"\"parent\": \"{parent}\",")}}
          "instruments": [ "computeSubsidy" ],
          "headline": { "qualifier": "exact", "amount": "{{millions}}000000", "currency": "CNY", "stated": "{{millions}} million yuan" },
          {{(parts is null ? string.Empty : $"\"parts\": [ {parts} ],")}}
          "sources": [ { "source": "groups-note", "quote": "a test programme" } ]
        }
        """;

    private static string Part(string id, string membership, string millions) => $$"""
        {
          "id": "{{id}}", "purpose": "compute", "description": "a test part",
          "amount": { "qualifier": "exact", "amount": "{{millions}}000000", "currency": "CNY", "stated": "{{millions}} million yuan" },
          "membership": "{{membership}}",
          "sources": [ { "source": "groups-note", "quote": "a test part" } ]
        }
        """;

    /// <summary>Programmes of two provinces, the country and the US, of every sponsor kind; one nested, one with an
    /// unclear part and one with a part on top of the whole.</summary>
    private static readonly string Document = $$"""
        {
          "formatVersion": 1,
          "sources": [ { "id": "groups-note", "title": "Groups", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
          "programmes": [ {{string.Join(",",
            Programme("g-sh-state", "CN-SH", "state", "100", parts: Part("g-sh-state.unclear", "unclear", "10")),
            Programme("g-sh-private", "CN-SH", "private", "200"),
            Programme("g-bj-state", "CN-BJ", "state", "300", parts: Part("g-bj-state.extra", "additional", "20")),
            Programme("g-bj-mixed", "CN-BJ", "mixed", "400"),
            Programme("g-cn-unknown", "CN", "unknown", "500"),
            Programme("g-bj-child", "CN-BJ", "state", "30", parent: "g-bj-state"),
            Programme("g-us-private", "US", "private", "600"),
            Programme("g-sh-state-2", "CN-SH", "state", "700"))}} ]
        }
        """;

    private static readonly PolicyDataset Data = PolicyData.Parse(Document, PolicyData.Embedded);

    private static NormalisationResult InCny(IEnumerable<Programme> programmes) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static IEnumerable<Programme> Tests(PolicyDataset data) => data.Programmes.Where(p => p.Id.StartsWith("g-", StringComparison.Ordinal));

    public static TheoryData<AggregationKey, SponsorTotals> Keys => new()
    {
        { AggregationKey.Country, SponsorTotals.Apart },
        { AggregationKey.Country, SponsorTotals.Combined },
        { AggregationKey.Jurisdiction, SponsorTotals.Apart },
        { AggregationKey.Jurisdiction, SponsorTotals.Combined },
        { AggregationKey.SponsorKind, SponsorTotals.Apart },
        { AggregationKey.Instrument, SponsorTotals.Apart },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void TheDatasetsOwnProgrammes_AreGroupedAndCountedAsEqualProgrammesFoundByName(AggregationKey key, SponsorTotals sponsors)
    {
        // Equal programmes of another load are not the dataset's objects: their groups are found by name and their
        // ids kept as ids.
        PolicyDataset another = PolicyData.Parse(Document, PolicyData.Embedded);

        Aggregation byIndexes = Aggregation.Of(InCny(Tests(Data)), Data, key, sponsors);
        Aggregation byName = Aggregation.Of(InCny(Tests(another)), Data, key, sponsors);

        byIndexes.Groups.Select(g => (g.Key, g.Sponsor)).Should().Equal(byName.Groups.Select(g => (g.Key, g.Sponsor)));
        foreach ((AggregateGroup a, AggregateGroup e) in byIndexes.Groups.Zip(byName.Groups))
        {
            a.Counted.Should().Equal(e.Counted, "{0} {1}", a.Key, a.Sponsor);
            a.NotCounted.Should().Equal(e.NotCounted, "{0} {1}", a.Key, a.Sponsor);
            (a.Exact, a.Approximate, a.Caps, a.Floors, a.RangeLow, a.RangeHigh).Should().Be((e.Exact, e.Approximate, e.Caps, e.Floors, e.RangeLow, e.RangeHigh));
        }

        byIndexes.ToTable().ContentEquals(byName.ToTable()).Should().BeTrue();
    }

    [Fact]
    public void ByCountry_ProvincesOfOneCountryShareTheGroupOfEachSponsorKind_AndEachKindIsAGroupOfItsOwn()
    {
        Aggregation byCountry = Aggregation.Of(InCny(Tests(Data)), Data, AggregationKey.Country);

        AggregateGroup Group(string key, SponsorKind sponsor) => byCountry.Groups.Single(g => g.Key == key && g.Sponsor == sponsor);
        Group("CN", SponsorKind.State).Counted.Should().Equal("g-sh-state", "g-bj-state", "g-sh-state-2");
        Group("CN", SponsorKind.State).Exact.Should().Be(Money.Cny(1_100_000_000m));
        Group("CN", SponsorKind.State).NotCounted.Select(n => n.Programme).Should().Equal("g-sh-state.unclear", "g-bj-state.extra", "g-bj-child");
        Group("CN", SponsorKind.Private).Counted.Should().Equal("g-sh-private");
        Group("CN", SponsorKind.Mixed).Counted.Should().Equal("g-bj-mixed");
        Group("CN", SponsorKind.Unknown).Counted.Should().Equal("g-cn-unknown");
        Group("US", SponsorKind.Private).Counted.Should().Equal("g-us-private");
        byCountry.Groups.Where(g => g.Key.StartsWith("CN", StringComparison.Ordinal)).Should().HaveCount(4, "one group per sponsor kind, whatever the province");

        Aggregation bySponsor = Aggregation.Of(InCny(Tests(Data)), Data, AggregationKey.SponsorKind);
        bySponsor.Groups.Select(g => (g.Key, g.Sponsor)).Should().Equal(("Mixed", null), ("Private", null), ("State", null), ("Unknown", null));
        bySponsor.Groups.Select(g => string.Join(" ", g.Counted)).Should().Equal(
            "g-bj-mixed", "g-sh-private g-us-private", "g-sh-state g-bj-state g-sh-state-2", "g-cn-unknown");

        Aggregation combined = Aggregation.Of(InCny(Tests(Data)), Data, AggregationKey.Jurisdiction, SponsorTotals.Combined);
        combined.Groups.Single(g => g.Key == "CN-SH").Counted.Should().Equal("g-sh-state", "g-sh-private", "g-sh-state-2");
        combined.Groups.Single(g => g.Key == "CN-BJ").Counted.Should().Equal("g-bj-state", "g-bj-mixed");
    }
}
