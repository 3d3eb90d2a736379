using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// Programmes nested at several depths, some of their parents not normalised, counted once through the nearest
/// counted ancestor, whatever list of normalised programmes an aggregation is given: a normaliser's own list, the
/// same items in another order, equal programmes from another load, or programmes the dataset does not hold.
/// </summary>
public class NestedChainsTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static string Programme(string id, string? parent, string? millions) =>
        Programme(id, parent, millions is null ? null : $$"""{ "qualifier": "exact", "amount": "{{millions}}000000", "currency": "CNY", "stated": "{{millions}} million yuan" }""", "CN-SH");

    private static string Programme(string id, string? parent, string? headline, string jurisdiction) => $$"""
        {
          "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "state", "jurisdiction": "{{jurisdiction}}",
          {{(parent is null ? string.Empty : $"\"parent\": \"{parent}\",")}}
          "instruments": [ "computeSubsidy" ],
          {{(headline is null ? string.Empty : $"\"headline\": {headline},")}}
          "sources": [ { "source": "chains-note", "quote": "a test programme" } ]
        }
        """;

    private static string Document(params string[] programmes) => $$"""
        {
          "formatVersion": 1,
          "sources": [ { "id": "chains-note", "title": "Chains", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
          "programmes": [ {{string.Join(",", programmes)}} ]
        }
        """;

    /// <summary>Programmes added to a dataset that already has the source.</summary>
    private static string More(params string[] programmes) => $$"""{ "formatVersion": 1, "programmes": [ {{string.Join(",", programmes)}} ] }""";

    /// <summary>top (counted) ← middle (no headline) ← child ← grandchild; middle ← sibling; and a programme on its own.</summary>
    private static readonly string Chains = Document(
        Programme("t-top", null, "1000"),
        Programme("t-middle", "t-top", null),
        Programme("t-child", "t-middle", "100"),
        Programme("t-grandchild", "t-child", "10"),
        Programme("t-sibling", "t-middle", "20"),
        Programme("t-alone", null, "5"));

    private static readonly PolicyDataset Data = PolicyData.Parse(Chains, PolicyData.Embedded);

    private static NormalisationResult InCny(IEnumerable<Programme> programmes) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static AggregateGroup Shanghai(Aggregation aggregation) => aggregation.Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State);

    private static string Nested(string parent) => $"nested in {parent}, which is counted: counting it again would count its money twice";

    [Fact]
    public void EachNestedProgramme_IsCountedThroughItsNearestNormalisedAncestor_AtAnyDepth()
    {
        AggregateGroup g = Shanghai(Aggregation.Of(InCny(Data.Programmes), Data, AggregationKey.Jurisdiction));

        g.Counted.Should().Contain(["t-top", "t-alone"]).And.NotContain(["t-middle", "t-child", "t-grandchild", "t-sibling"]);
        var reasons = g.NotCounted.ToDictionary(n => n.Programme, n => n.Reason);
        reasons["t-child"].Should().Be(Nested("t-top"), "its parent has no headline, so its grandparent counts its money");
        reasons["t-sibling"].Should().Be(Nested("t-top"), "the answer for t-middle, found once, serves its other child");
        reasons["t-grandchild"].Should().Be(Nested("t-child"), "its parent is normalised, so its money is inside its parent's");
        reasons["t-middle"].Should().StartWith("not normalised: ");
        reasons.Should().NotContainKey("t-top").And.NotContainKey("t-alone");
    }

    [Fact]
    public void TheSameItems_InAnotherOrder_GiveTheSameGroups()
    {
        NormalisationResult own = InCny(Data.Programmes);
        var reversed = new NormalisationResult(own.Currency, own.Basis, own.Items.Reverse().ToArray(), own.NotNormalised.Reverse().ToArray());

        foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
        {
            Same(Aggregation.Of(reversed, Data, key), Aggregation.Of(own, Data, key), key);
        }
    }

    [Fact]
    public void EqualProgrammesOfAnotherLoad_AreFoundByTheirIds()
    {
        PolicyDataset again = PolicyData.Parse(Chains, PolicyData.Embedded);
        again.Programmes.Where(p => p.Id.StartsWith("t-", StringComparison.Ordinal)).Should()
            .HaveCount(6).And.NotContain(p => Data.Programmes.Any(q => ReferenceEquals(p, q)), "each load makes its own programmes");

        // The items in the dataset's order but of the other load, and those of the other load after some of this one's.
        NormalisationResult other = InCny(again.Programmes);
        NormalisationResult mixed = InCny(Data.Programmes.Take(3).Concat(again.Programmes.Skip(3)));
        foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
        {
            Aggregation expected = Aggregation.Of(InCny(Data.Programmes), Data, key);
            Same(Aggregation.Of(other, Data, key), expected, key);
            Same(Aggregation.Of(mixed, Data, key), expected, key);
        }
    }

    [Fact]
    public void ProgrammesTheDatasetDoesNotHold_AreCountedThroughTheirNormalisedParents_WhereverTheyAre()
    {
        // u-child's parent is in the dataset; v-child's parent is not, but is normalised beside it; w-child's parent
        // is neither in the dataset nor normalised, so w-child is counted.
        PolicyDataset elsewhere = PolicyData.Parse(More(
            Programme("u-child", "t-top", "7"),
            Programme("v-top", null, "300"),
            Programme("v-child", "v-top", "30"),
            Programme("w-top", null, null),
            Programme("w-child", "w-top", "3")), Data);

        AggregateGroup g = Shanghai(Aggregation.Of(InCny(elsewhere.Programmes.Where(p => p.Id[1] == '-')), Data, AggregationKey.Jurisdiction));

        var reasons = g.NotCounted.ToDictionary(n => n.Programme, n => n.Reason);
        reasons["u-child"].Should().Be(Nested("t-top"));
        reasons["v-child"].Should().Be(Nested("v-top"));
        reasons["t-child"].Should().Be(Nested("t-top"));
        g.Counted.Should().Contain(["t-top", "v-top", "w-child", "t-alone"]).And.NotContain(["u-child", "v-child", "t-child"]);
    }

    [Fact]
    public void ANormalisationResult_ServesSeveralDatasets_EachWithItsOwnAnswers()
    {
        NormalisationResult own = InCny(Data.Programmes);
        PolicyDataset other = PolicyData.Parse(Chains, PolicyData.Embedded);

        // The result keeps the numbering of the last dataset asked; asking another one and then the first again must
        // not mix their programmes up.
        Aggregation first = Aggregation.Of(own, Data, AggregationKey.Jurisdiction);
        Aggregation second = Aggregation.Of(own, other, AggregationKey.Jurisdiction);
        Aggregation third = Aggregation.Of(own, Data, AggregationKey.Jurisdiction);
        Same(second, first, AggregationKey.Jurisdiction);
        Same(third, first, AggregationKey.Jurisdiction);

        // In a dataset without the test programmes, nothing says t-middle's parent: its children are counted, and
        // the grandchild is still nested in its normalised parent.
        AggregateGroup g = Shanghai(Aggregation.Of(own, PolicyData.Embedded, AggregationKey.Jurisdiction));
        g.Counted.Should().Contain(["t-top", "t-child", "t-sibling", "t-alone"]);
        g.NotCounted.Should().ContainSingle(n => n.Programme == "t-grandchild").Which.Reason.Should().Be(Nested("t-child"));
        Same(Aggregation.Of(own, Data, AggregationKey.Jurisdiction), first, AggregationKey.Jurisdiction, because: "asked again after another dataset");
    }

    [Fact]
    public void ANormalisersOwnList_GivesTheFiguresItsItemsGive_ForEveryQualifier()
    {
        // The aggregation reads a normaliser's own list without rebuilding its items; a copy of the items is read
        // item by item. Dollar figures of every qualifier, converted to yuan, must total the same either way.
        PolicyDataset data = PolicyData.Parse(More(
            Programme("q-range", null, """{ "qualifier": "between", "amount": "10000000", "upperAmount": "20000000.5", "currency": "USD", "stated": "10 to 20 million dollars" }""", "US"),
            Programme("q-cap", null, """{ "qualifier": "upTo", "amount": "30000000", "currency": "USD", "stated": "up to 30 million dollars" }""", "US"),
            Programme("q-floor", null, """{ "qualifier": "atLeast", "amount": "40000000", "currency": "USD", "stated": "at least 40 million dollars" }""", "US"),
            Programme("q-about", null, """{ "qualifier": "approximately", "amount": "50000000", "currency": "USD", "stated": "about 50 million dollars" }""", "US")), Data);
        NormalisationResult own = InCny(data.Programmes);
        var copy = new NormalisationResult(own.Currency, own.Basis, own.Items.ToArray(), own.NotNormalised);

        foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
        {
            Same(Aggregation.Of(own, data, key), Aggregation.Of(copy, data, key), key);
        }

        AggregateGroup us = Aggregation.Of(own, data, AggregationKey.Jurisdiction).Groups.Single(g => g.Key == "US" && g.Sponsor == SponsorKind.State);
        NormalisedAmount range = own.Items.Single(i => i.Programme.Id == "q-range").Amount;
        (us.RangeLow, us.RangeHigh).Should().Be((range.Value, range.UpperValue));
        us.RangeHigh!.Value.Amount.Should().BeGreaterThan(us.RangeLow!.Value.Amount * 2m, "the high end is converted on its own");
        us.Caps.Should().Be(own.Items.Single(i => i.Programme.Id == "q-cap").Amount.Value);
        us.Floors.Should().Be(own.Items.Single(i => i.Programme.Id == "q-floor").Amount.Value);
        us.Approximate.Should().Be(own.Items.Single(i => i.Programme.Id == "q-about").Amount.Value);
    }

    [Fact]
    public void AnAggregationTable_ListsEachFactOnce_WhateverItsItemsRepeat()
    {
        NormalisationResult own = InCny(Data.Programmes);
        NormalisedProgramme top = own.Items.Single(i => i.Programme.Id == "t-top");
        NotNormalised middle = own.NotNormalised.Single(n => n.Programme.Id == "t-middle");
        var results = new Dictionary<string, NormalisationResult>
        {
            ["the normaliser's own"] = own,
            ["an item twice"] = new(own.Currency, own.Basis, own.Items.Append(top).ToArray(), own.NotNormalised),
            ["a programme both normalised and not"] = new(own.Currency, own.Basis, own.Items, InDatasetOrder(own.NotNormalised.Append(new NotNormalised(top.Programme, "a test")))),
            ["a programme not normalised twice"] = new(own.Currency, own.Basis, own.Items, InDatasetOrder(own.NotNormalised.Append(middle))),
            ["the items in another order"] = new(own.Currency, own.Basis, own.Items.Reverse().ToArray(), own.NotNormalised.Reverse().ToArray()),
        };

        foreach ((string what, NormalisationResult result) in results)
        {
            foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
            {
                Aggregation aggregation = Aggregation.Of(result, Data, key);
                string[] listed = aggregation.Groups.SelectMany(g => g.Counted.Concat(g.NotCounted.Select(n => n.Programme))).ToArray();
                ResultTable table = aggregation.ToTable();
                table.Facts.Should().OnlyHaveUniqueItems("{0}, by {1}", what, key)
                    .And.Contain(listed.Distinct(), "{0}, by {1}", what, key)
                    .And.HaveCount(listed.Distinct().Count() + aggregation.Groups.SelectMany(g => g.Overlaps).SelectMany(o => o.AmbiguityId is null ? [o.OverlapId] : new[] { o.OverlapId, o.AmbiguityId }).Distinct().Count(), "{0}, by {1}", what, key);
                if (what != "the normaliser's own" && what != "the items in another order")
                {
                    listed.Should().Contain(id => listed.Count(other => other == id) > 1, "{0}, by {1}: the groups list a programme twice", what, key);
                }
            }
        }
    }

    /// <summary>The programmes not normalised in the order of <see cref="Data"/>, as a normaliser lists them.</summary>
    private static NotNormalised[] InDatasetOrder(IEnumerable<NotNormalised> skipped)
    {
        List<Programme> order = Data.Programmes.ToList();
        return skipped.OrderBy(n => order.FindIndex(p => ReferenceEquals(p, n.Programme))).ToArray();
    }

    private static void Same(Aggregation actual, Aggregation expected, AggregationKey key, string because = "")
    {
        actual.Groups.Select(g => (g.Key, g.Sponsor)).Should().Equal(expected.Groups.Select(g => (g.Key, g.Sponsor)), "{0} {1}", key, because);
        foreach ((AggregateGroup a, AggregateGroup e) in actual.Groups.Zip(expected.Groups))
        {
            a.Counted.Should().BeEquivalentTo(e.Counted, "{0} {1}: {2}", key, a.Key, because);
            a.NotCounted.Should().BeEquivalentTo(e.NotCounted, "{0} {1}: {2}", key, a.Key, because);
            (a.Exact, a.Approximate, a.Caps, a.Floors, a.RangeLow, a.RangeHigh).Should().Be((e.Exact, e.Approximate, e.Caps, e.Floors, e.RangeLow, e.RangeHigh), "{0} {1}: {2}", key, a.Key, because);
        }
    }
}
