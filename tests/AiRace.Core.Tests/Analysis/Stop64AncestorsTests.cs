using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// The nearest counted ancestor of every normalised programme, found once per numbering of a result in a dataset and
/// read by each aggregation with a cursor: the same answer whatever order the items are asked in, and the same groups
/// for aggregations that share the numbering as for aggregations that each make their own.
/// </summary>
public class Stop64AncestorsTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static string Programme(string id, string? parent, string? millions) => $$"""
        {
          "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "state", "jurisdiction": "CN-SH",
          {{(parent is null ? string.Empty : $"\"parent\": \"{parent}\",")}}
          "instruments": [ "computeSubsidy" ],
          {{(millions is null ? string.Empty : $$"""
          "headline": { "qualifier": "exact", "amount": "{{millions}}000000", "currency": "CNY", "stated": "{{millions}} million yuan" },
          """)}}
          "sources": [ { "source": "a64-note", "quote": "a test programme" } ]
        }
        """;

    /// <summary>Chains of several depths, a parent without a headline in the middle of one, a parent after its child.</summary>
    private static readonly PolicyDataset Data = PolicyData.Parse($$"""
        {
          "formatVersion": 1,
          "sources": [ { "id": "a64-note", "title": "Ancestors", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
          "programmes": [ {{string.Join(",",
              Programme("a-late-child", "a-late-parent", "4"),
              Programme("a-top", null, "1000"),
              Programme("a-middle", "a-top", null),
              Programme("a-child", "a-middle", "100"),
              Programme("a-grandchild", "a-child", "10"),
              Programme("a-sibling", "a-middle", "20"),
              Programme("a-alone", null, "5"),
              Programme("a-late-parent", null, "40"),
              Programme("a-second", "a-top", "30"))}} ]
        }
        """, PolicyData.Embedded);

    private static NormalisationResult InCny(IEnumerable<Programme> programmes) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    [Fact]
    public void TheAncestorOfEachItem_IsTheSame_InOrder_InReverse_AndAskedTwice()
    {
        NormalisationResult result = InCny(Data.Programmes);
        NormalisedNumbering numbering = result.NumberedIn(Data);
        var ids = result.Items.Select(i => i.Programme.Id).ToArray();

        int cursor = 0;
        var inOrder = new Dictionary<string, string?>();
        for (int i = 0; i < ids.Length; i++)
        {
            inOrder[ids[i]] = numbering.CountedAncestor(i, ref cursor);
        }

        inOrder.Where(p => p.Key.StartsWith("a-", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value).Should().Equal(new Dictionary<string, string?>
        {
            ["a-late-child"] = "a-late-parent",
            ["a-top"] = null,
            ["a-child"] = "a-top",
            ["a-grandchild"] = "a-child",
            ["a-sibling"] = "a-top",
            ["a-alone"] = null,
            ["a-late-parent"] = null,
            ["a-second"] = "a-top",
        });

        cursor = 0;
        for (int i = ids.Length - 1; i >= 0; i--)
        {
            numbering.CountedAncestor(i, ref cursor).Should().Be(inOrder[ids[i]], "asked in reverse, item {0} ({1})", i, ids[i]);
            numbering.CountedAncestor(i, ref cursor).Should().Be(inOrder[ids[i]], "asked twice, item {0} ({1})", i, ids[i]);
        }

        numbering.CountedAncestor(ids.Length, ref cursor).Should().BeNull("no item is beyond the last");
    }

    [Fact]
    public void AggregationsThatShareANumbering_GiveWhatAggregationsOfTheirOwnGive()
    {
        NormalisationResult shared = InCny(Data.Programmes);
        foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
        {
            Aggregation ofShared = Aggregation.Of(shared, Data, key);
            Aggregation ofOwn = Aggregation.Of(InCny(Data.Programmes), Data, key);
            ofShared.ToString().Should().Be(ofOwn.ToString(), "by {0}", key);
            ofShared.Groups.SelectMany(g => g.NotCounted).Should().Equal(ofOwn.Groups.SelectMany(g => g.NotCounted), "by {0}", key);
        }

        AggregateGroup shanghai = Aggregation.Of(shared, Data, AggregationKey.Jurisdiction).Groups.Single(g => g.Key == "CN-SH" && g.Sponsor == SponsorKind.State);
        shanghai.Counted.Where(id => id.StartsWith("a-", StringComparison.Ordinal)).Should().BeEquivalentTo(["a-top", "a-alone", "a-late-parent"]);
        shanghai.NotCounted.Select(n => n.Programme).Where(id => id.StartsWith("a-", StringComparison.Ordinal)).Should().BeEquivalentTo(["a-late-child", "a-middle", "a-child", "a-grandchild", "a-sibling", "a-second"]);
    }
}
