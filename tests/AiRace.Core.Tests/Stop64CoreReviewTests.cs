using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;

namespace AiRace.Core.Tests;

/// <summary>
/// Review of stop 64's core changes: the counted ancestors kept once per result and dataset, the currency-keyed
/// dictionary converter, and the words of PartsCheck.
/// </summary>
public class Stop64CoreReviewTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static JsonSerializerOptions With(bool factory, Action<JsonSerializerOptions>? more = null)
    {
        var options = new JsonSerializerOptions();
        if (factory)
        {
            options.Converters.Add(new CurrencyDictionaryJsonConverterFactory());
        }

        more?.Invoke(options);
        return options;
    }

    // ---- CurrencyDictionaryJsonConverterFactory ----

    [Fact]
    public void ANullValue_ForAValueTypeDictionary_IsRefused_AsTheSerializerRefusesItWithoutTheFactory()
    {
        const string json = """{"USD":null}""";
        Action without = () => JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, With(false));
        without.Should().Throw<JsonException>("the serializer refuses null for an int");

        Action ints = () => JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, With(true));
        ints.Should().Throw<JsonException>("null is no int: it must not become 0 silently");
        Action decimals = () => JsonSerializer.Deserialize<IReadOnlyDictionary<Currency, decimal>>(json, With(true));
        decimals.Should().Throw<JsonException>("null is no decimal: it must not become 0 silently");
        Action money = () => JsonSerializer.Deserialize<IDictionary<Currency, Money>>(json, With(true));
        money.Should().Throw<JsonException>("null is no Money: it must not become default(Money) silently");
    }

    [Fact]
    public void ANullValue_ForANullableOrReferenceValue_IsNull_AsWithoutTheFactory()
    {
        JsonSerializer.Deserialize<Dictionary<Currency, int?>>("""{"USD":null,"EUR":2}""", With(true))
            .Should().Equal(new Dictionary<Currency, int?> { [Currency.USD] = null, [Currency.EUR] = 2 });
        JsonSerializer.Deserialize<Dictionary<Currency, string?>>("""{"USD":null}""", With(true))!
            [Currency.USD].Should().BeNull();
    }

    [Fact]
    public void TheOptionsNumberHandling_AppliesToTheValues_AsWithoutTheFactory()
    {
        const string json = """{"USD":"5","EUR":6}""";
        void Quoted(JsonSerializerOptions o) => o.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, With(false, Quoted)).Should().HaveCount(2);

        JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, With(true, Quoted))
            .Should().Equal(new Dictionary<Currency, int> { [Currency.USD] = 5, [Currency.EUR] = 6 });
    }

    [Fact]
    public void Writing_GivesWhatTheSerializerWritesWithoutTheFactory_AndReadsBack()
    {
        var rates = new Dictionary<Currency, decimal> { [Currency.CNY] = 7.1234m, [Currency.USD] = 1m, [Currency.EUR] = 0.9200m };
        string with = JsonSerializer.Serialize(rates, With(true));
        with.Should().Be(JsonSerializer.Serialize(rates, With(false)));
        JsonSerializer.Deserialize<Dictionary<Currency, decimal>>(with, With(true)).Should().Equal(rates);

        var nested = new Dictionary<Currency, Dictionary<Currency, int>> { [Currency.CNY] = new() { [Currency.USD] = 1 }, [Currency.EUR] = [] };
        string both = JsonSerializer.Serialize(nested, With(true));
        both.Should().Be("""{"CNY":{"USD":1},"EUR":{}}""");
        JsonSerializer.Deserialize<Dictionary<Currency, Dictionary<Currency, int>>>(both, With(true))![Currency.CNY].Should().Equal(nested[Currency.CNY]);
    }

    [Fact]
    public void ARepeatInANestedObject_IsRefused_AndTheSameCurrencyInTwoObjects_IsNot()
    {
        JsonSerializer.Deserialize<Dictionary<Currency, Dictionary<Currency, int>>>("""{"CNY":{"CNY":1},"USD":{"CNY":2}}""", With(true))
            .Should().HaveCount(2);
        Action inner = () => JsonSerializer.Deserialize<Dictionary<Currency, Dictionary<Currency, int>>>("""{"CNY":{"USD":1,"USD":2}}""", With(true));
        inner.Should().Throw<JsonException>().Which.Message.Should().StartWith("The currency USD is a key of this object twice: here, as its key 2, and before, as its key 1.");
    }

    [Fact]
    public void WrongTokens_AreJsonExceptions_AndAnEmptyObject_IsAnEmptyDictionary()
    {
        JsonSerializer.Deserialize<IReadOnlyDictionary<Currency, int>>("{}", With(true)).Should().BeEmpty();
        foreach (string json in new[] { "[1]", "1", "\"USD\"", """{"USD":"x"}""", """{"usd":1}""", """{"XXQ":1}""" })
        {
            Action read = () => JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, With(true));
            read.Should().Throw<JsonException>("{0} is no dictionary of ints keyed by currency", json);
        }
    }

    [Fact]
    public void AnEscapedKey_IsTheCurrencyItSpells_AndMoneyValuesAndNullsRoundTrip()
    {
        Action escaped = () => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"USD\":1,\"U\\u0053D\":2}", With(true));
        escaped.Should().Throw<JsonException>().Which.Message.Should().StartWith("The currency USD is a key of this object twice: here, as its key 2, and before, as its key 1.");

        var money = new Dictionary<Currency, Money> { [Currency.CNY] = Money.Cny(7.10m), [Currency.USD] = new Money(1.00m, Currency.USD) };
        string written = JsonSerializer.Serialize<IReadOnlyDictionary<Currency, Money>>(money, With(true));
        written.Should().Be(JsonSerializer.Serialize<IReadOnlyDictionary<Currency, Money>>(money, With(false)));
        JsonSerializer.Deserialize<IReadOnlyDictionary<Currency, Money>>(written, With(true)).Should().Equal(money);

        var names = new Dictionary<Currency, string?> { [Currency.EUR] = null };
        JsonSerializer.Serialize(names, With(true)).Should().Be("""{"EUR":null}""");
    }

    // ---- Aggregations: one result in several datasets, in turn and at once ----

    private static string Programme(string id, string? parent, string? millions) => $$"""
        {
          "id": "{{id}}", "name": "{{id}} (test)", "sponsorKind": "state", "jurisdiction": "CN-SH",
          {{(parent is null ? string.Empty : $"\"parent\": \"{parent}\",")}}
          "instruments": [ "computeSubsidy" ],
          {{(millions is null ? string.Empty : $$"""
          "headline": { "qualifier": "exact", "amount": "{{millions}}000000", "currency": "CNY", "stated": "{{millions}} million yuan" },
          """)}}
          "sources": [ { "source": "r64-note", "quote": "a test programme" } ]
        }
        """;

    private static PolicyDataset Dataset(params string[] programmes) => PolicyData.Parse($$"""
        {
          "formatVersion": 1,
          "sources": [ { "id": "r64-note", "title": "Review", "published": "2025-07-28", "locator": "tests", "confidence": "high" } ],
          "programmes": [ {{string.Join(",", programmes)}} ]
        }
        """, PolicyData.Embedded);

    /// <summary>The same ids in two trees: in the first, r-child is under r-top through a parent without a figure; in
    /// the second, r-middle is a top programme with a figure and r-top has none.</summary>
    private static readonly PolicyDataset First = Dataset(
        Programme("r-late", "r-late-parent", "4"),
        Programme("r-top", null, "1000"),
        Programme("r-middle", "r-top", null),
        Programme("r-child", "r-middle", "100"),
        Programme("r-grandchild", "r-child", "10"),
        Programme("r-late-parent", null, "40"));

    private static readonly PolicyDataset Second = Dataset(
        Programme("r-late", null, "4"),
        Programme("r-top", null, null),
        Programme("r-middle", null, "500"),
        Programme("r-child", "r-top", "100"),
        Programme("r-grandchild", "r-middle", "10"),
        Programme("r-late-parent", "r-late", "3"));

    private static NormalisationResult InCny(IEnumerable<Programme> programmes) =>
        new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    private static string Shown(Aggregation a) =>
        a.ToString() + "\n" + string.Join("\n", a.Groups.SelectMany(g => g.NotCounted.Select(n => g.Key + ": " + n.Programme + " " + n.Reason)));

    [Fact]
    public void OneResult_AggregatedInTwoDatasetsInTurn_GivesWhatAFreshResultGivesInEach()
    {
        foreach (PolicyDataset from in new[] { First, Second })
        {
            NormalisationResult shared = InCny(from.Programmes);
            foreach (PolicyDataset dataset in new[] { First, Second, First, Second, Second, First })
            {
                foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
                {
                    Shown(Aggregation.Of(shared, dataset, key)).Should().Be(Shown(Aggregation.Of(InCny(from.Programmes), dataset, key)), "by {0}", key);
                }
            }
        }

        Aggregation second = Aggregation.Of(InCny(First.Programmes), Second, AggregationKey.Jurisdiction);
        second.Groups.SelectMany(g => g.Counted).Where(id => id.StartsWith("r-", StringComparison.Ordinal)).Should().BeEquivalentTo(["r-top", "r-child", "r-late-parent"], "the items' own parents are looked up in the second dataset and followed there");
    }

    [Fact]
    public void AggregationsOfOneResult_FromSeveralThreads_InTwoDatasets_GiveWhatEachGivesAlone()
    {
        NormalisationResult shared = InCny(First.Programmes);
        var datasets = new[] { First, Second };
        AggregationKey[] keys = Enum.GetValues<AggregationKey>();
        var expected = new Dictionary<(int, AggregationKey), string>();
        for (int d = 0; d < 2; d++)
        {
            foreach (AggregationKey key in keys)
            {
                expected[(d, key)] = Shown(Aggregation.Of(InCny(First.Programmes), datasets[d], key));
            }
        }

        var found = new string[400];
        Parallel.For(0, found.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            found[i] = Shown(Aggregation.Of(shared, datasets[i % 2], keys[(i / 2) % keys.Length])));
        for (int i = 0; i < found.Length; i++)
        {
            found[i].Should().Be(expected[(i % 2, keys[(i / 2) % keys.Length])], "aggregation {0}", i);
        }
    }

    [Fact]
    public void AResultBuiltFromItemsOutOfOrderAndFiltered_AggregatesAsTheSameItemsInOrder()
    {
        NormalisationResult all = InCny(First.Programmes);
        NormalisedProgramme[] picked = all.Items.Where(i => i.Programme.Id != "r-top").Reverse().ToArray();
        var reversed = new NormalisationResult(Currency.CNY, all.Basis, picked, []);
        var inOrder = new NormalisationResult(Currency.CNY, all.Basis, picked.Reverse().ToArray(), []);
        foreach (AggregationKey key in Enum.GetValues<AggregationKey>())
        {
            foreach (PolicyDataset dataset in new[] { First, Second })
            {
                Aggregation a = Aggregation.Of(reversed, dataset, key);
                Aggregation b = Aggregation.Of(inOrder, dataset, key);
                a.Groups.Select(g => (g.Key, g.Exact)).Should().BeEquivalentTo(b.Groups.Select(g => (g.Key, g.Exact)), "by {0}", key);
                a.Groups.SelectMany(g => g.NotCounted).Should().BeEquivalentTo(b.Groups.SelectMany(g => g.NotCounted), "by {0}", key);
            }
        }

        Aggregation.Of(reversed, First, AggregationKey.Jurisdiction).Groups.SelectMany(g => g.Counted)
            .Where(id => id.StartsWith("r-", StringComparison.Ordinal)).Should().BeEquivalentTo(["r-child", "r-late-parent"], "with r-top filtered out, r-child is counted and r-grandchild is in it");
    }

    private sealed class Holder
    {
        public Dictionary<Currency, int>? Rates { get; set; }
    }

    [Fact]
    public void ARepeat_InAPropertyOfAnObject_NamesTheCurrencyBothKeysAndThePropertysPath()
    {
        const string json = "{\"Rates\":{\"EUR\":1,\n\"USD\":2,\n  \"USD\":3}}";
        Action read = () => JsonSerializer.Deserialize<Holder>(json, With(true));
        JsonException ex = read.Should().Throw<JsonException>().Which;
        ex.Message.Should().StartWith("The currency USD is a key of this object twice: here, as its key 3, and before, as its key 2.");
        ex.Path.Should().StartWith("$.Rates");
        ex.LineNumber.Should().Be(2, "the line of the second USD (counted from 0)");
    }

    // ---- PartsCheck: every qualifier of the whole with every kind of part ----

    private static readonly SourceReference[] Cite = [new("s1", "quote")];

    private static PartsCheck Check(ReportedAmount whole, params ReportedAmount[] parts) =>
        new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, whole, null,
            parts.Select((a, i) => new Allocation("p.a" + i, AllocationPurpose.Compute, "part " + i, a, PartMembership.Included, null, Cite)).ToArray(), Cite).CheckParts();

    [Fact]
    public void EveryWholeWithEveryPart_ReadsWithoutAtLeastAbout_AndARangeOfPartsKeepsBothEnds()
    {
        var wholes = new (string Name, ReportedAmount Whole)[]
        {
            ("exact", ReportedAmount.Exact(Money.Cny(1_000m))),
            ("rounded", ReportedAmount.Exact(Money.Cny(1_000m)).WithPrecision(100m)),
            ("approximate", ReportedAmount.Approximately(Money.Cny(1_000m))),
            ("floor", ReportedAmount.AtLeast(Money.Cny(1_000m))),
            ("cap", ReportedAmount.UpTo(Money.Cny(1_000m))),
        };
        var parts = new (string Name, ReportedAmount[] Parts)[]
        {
            ("exact", [ReportedAmount.Exact(Money.Cny(600m))]),
            ("approximate", [ReportedAmount.Approximately(Money.Cny(600m))]),
            ("rounded", [ReportedAmount.Exact(Money.Cny(600m)).WithPrecision(100m)]),
            ("floor", [ReportedAmount.AtLeast(Money.Cny(600m))]),
            ("range", [ReportedAmount.Between(Money.Cny(600m), Money.Cny(700m))]),
            ("range and approximate", [ReportedAmount.Between(Money.Cny(500m), Money.Cny(600m)), ReportedAmount.Approximately(Money.Cny(100m))]),
        };
        foreach ((string wholeName, ReportedAmount whole) in wholes)
        {
            foreach ((string partName, ReportedAmount[] some) in parts)
            {
                PartsCheck check = Check(whole, some);
                string because = $"a {wholeName} whole with {partName} parts";
                string all = check.ToString() + " | " + check.DescribeIncludedTotal("G") + " | " + check.DescribeRemainder("G") + " | " + check.DescribeVerdict("G");
                all.Should().NotContain("at least about", because).And.NotContain("about about", because).And.NotContain("or more or more", because);
                string? left = check.DescribeRemainder("G");
                bool range = partName.StartsWith("range", StringComparison.Ordinal);
                if (range && wholeName is "exact" or "rounded" or "approximate")
                {
                    left.Should().StartWith("between", because).And.Contain(Money.Cny(300m).ToString()).And.Contain(Money.Cny(400m).ToString());
                }
                else if (range && wholeName == "floor")
                {
                    left.Should().Contain(Money.Cny(300m).ToString(), because).And.NotContain(Money.Cny(400m).ToString(), "a floor less the parts' high end is the least left");
                }
                else if (wholeName == "cap" || partName == "floor")
                {
                    (left is null || left.StartsWith("up to", StringComparison.Ordinal)).Should().BeTrue("{0}: {1}", because, left);
                }
            }
        }
    }

    /// <summary>A random forest of programmes f0..f(n-1) in a random order (a parent often after its child), each with
    /// the same figure, so the loader takes it.</summary>
    private static PolicyDataset Forest(Random random, int n)
    {
        var parents = new string?[n];
        for (int k = 1; k < n; k++)
        {
            parents[k] = random.Next(4) == 0 ? null : "f" + random.Next(k);
        }

        int[] order = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        return Dataset(order.Select(k => Programme("f" + k, parents[k], random.Next(5) == 0 ? null : "1")).ToArray());
    }

    /// <summary>The nearest counted ancestor by its definition: the item's own parent, then the dataset's parents, up to
    /// the first id that an item has; an id that names no programme of the dataset ends the walk.</summary>
    private static string? NearestCounted(Programme item, PolicyDataset dataset, HashSet<string> itemIds)
    {
        string? id = item.ParentId;
        for (int steps = 0; id is not null && steps <= dataset.Programmes.Count; steps++)
        {
            if (itemIds.Contains(id))
            {
                return id;
            }

            id = dataset.FindProgramme(id)?.ParentId;
        }

        return null;
    }

    [Fact]
    public void TheCountedAncestorOfEveryItem_InRandomForests_FilteredShuffledAndMixed_IsTheOneOfItsDefinition()
    {
        var random = new Random(64);
        int nested = 0, byId = 0;
        for (int round = 0; round < 40; round++)
        {
            PolicyDataset a = Forest(random, 3 + random.Next(25)), b = Forest(random, 3 + random.Next(25));
            NormalisationResult fromA = InCny(a.Programmes.Where(p => p.Id.StartsWith('f'))), fromB = InCny(b.Programmes.Where(p => p.Id.StartsWith('f')));
            var results = new List<NormalisationResult> { fromA, fromB };
            for (int k = 0; k < 3; k++)
            {
                // Some items of each, a programme of one dataset possibly beside the same id from the other, in any order.
                NormalisedProgramme[] mixed = fromA.Items.Concat(fromB.Items).Where(_ => random.Next(3) > 0).OrderBy(_ => random.Next(3)).ToArray();
                results.Add(new NormalisationResult(Currency.CNY, fromA.Basis, mixed, []));
            }

            foreach (NormalisationResult result in results)
            {
                var itemIds = result.Items.Select(i => i.Programme.Id).ToHashSet(StringComparer.Ordinal);
                foreach (PolicyDataset dataset in new[] { a, b, a })
                {
                    NormalisedNumbering numbering = result.NumberedIn(dataset);
                    int cursor = 0;
                    for (int i = 0; i < result.Items.Count; i++)
                    {
                        nested += NearestCounted(result.Items[i].Programme, dataset, itemIds) is null ? 0 : 1;
                        byId += numbering.ItemAt[i] < 0 ? 1 : 0;
                        numbering.CountedAncestor(i, ref cursor).Should().Be(NearestCounted(result.Items[i].Programme, dataset, itemIds),
                            "round {0}, item {1} ({2})", round, i, result.Items[i].Programme.Id);
                    }
                }
            }
        }

        nested.Should().BeGreaterThan(100, "many items have a counted ancestor");
        byId.Should().BeGreaterThan(100, "many items are not the dataset's own objects, or out of its order");
    }
}
