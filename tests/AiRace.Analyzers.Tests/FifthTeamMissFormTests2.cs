using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through more forms the fifth team's field test missed (stop 66, issue 12 §1): records of one type picked by
/// <c>OfType&lt;T&gt;()</c> out of a collection expression of several record types a method returns
/// (<c>Seed.All().OfType&lt;Announced&gt;().Max(a =&gt; a.Ceiling)</c>): the member has, among the picked elements, what
/// the creations of that type give it. Each form in two currencies is reported; the same form in one currency, with an
/// element the flow cannot read, over a list written elsewhere, or picking another type, is not.
/// </summary>
public class FifthTeamMissFormTests2
{
    private const string Events = """
        using System.Collections.Generic;
        using AiRace.Core;
        public abstract record FundEvent(string Stream);
        public sealed record Announced(string Stream, Money Ceiling) : FundEvent(Stream);
        public sealed record Disbursed(string Stream, Money Tranche) : FundEvent(Stream);
        public static class Seed
        {
            public static IReadOnlyList<FundEvent> China() =>
            [
                new Announced("bf", Money.Cny(344m)),
                new Disbursed("bf", Money.Cny(40m)),
                new Disbursed("bf", Money.Cny(55m)),
            ];
            public static IReadOnlyList<FundEvent> America() =>
            [
                new Announced("chips", Money.Usd(39m)),
                new Disbursed("chips", Money.Usd(6m)),
            ];
            public static IReadOnlyList<FundEvent> Mixed() =>
            [
                new Announced("bf", Money.Cny(344m)),
                new Disbursed("chips", Money.Usd(6m)),
            ];
            public static IReadOnlyList<FundEvent> All() => [.. China(), .. America()];
            public static List<FundEvent> Loose = new() { new Announced("bf", Money.Cny(1m)) };
            public static IReadOnlyList<FundEvent> Given(FundEvent e) => [new Announced("bf", Money.Cny(1m)), e];
        }
        """;

    [Fact]
    public Task Member_of_records_picked_by_OfType_from_a_collection_expression_in_two_currencies_Reports() => Files.Verify(
        Events,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money A() => {|AIR0001:Seed.All().OfType<Announced>().Max(a => a.Ceiling)|};
            Money B() => {|AIR0001:Seed.China().OfType<Disbursed>().Sum(d => d.Tranche, Currency.USD)|};
            Money C() => {|AIR0001:Seed.All().OfType<Disbursed>().Select(d => d.Tranche).Aggregate(static (a, b) => a + b)|};
        }
        """);

    [Fact]
    public Task Member_of_records_picked_by_OfType_of_one_currency_unknown_written_or_another_type_DoesNotReport() => Files.Verify(
        Events,
        """
        using System.Linq;
        using AiRace.Core;
        class Checks
        {
            Money A() => Seed.China().OfType<Announced>().Max(a => a.Ceiling);
            Money B() => Seed.China().OfType<Disbursed>().Sum(d => d.Tranche, Currency.CNY);
            Money C() => Seed.Mixed().OfType<Disbursed>().Max(d => d.Tranche);
            Money D() => Seed.Mixed().OfType<Announced>().Sum(a => a.Ceiling, Currency.CNY);
            Money E(Announced extra) => Seed.Given(extra).OfType<Announced>().Max(a => a.Ceiling);
            Money F() => Seed.Loose.OfType<Announced>().Max(a => a.Ceiling);
            Money G() => Seed.China().OfType<Disbursed>().Select(d => d.Tranche).Aggregate(static (a, b) => a + b);
        }
        """);

    private const string Headlines = """
        using System;
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Headlines
        {
            public static readonly FrozenDictionary<string, Money> ByCity = new Dictionary<string, Money>
            {
                ["cn"] = Money.Cny(344m),
                ["cn2"] = Money.Cny(40m),
                ["us"] = Money.Usd(39m),
            }.ToFrozenDictionary(StringComparer.Ordinal);
            public static readonly FrozenDictionary<string, Money> Plain = new Dictionary<string, Money>
            {
                ["cn"] = Money.Cny(344m),
                ["us"] = Money.Usd(39m),
            }.ToFrozenDictionary();
            public static readonly FrozenDictionary<string, Money> Folded = new Dictionary<string, Money>
            {
                ["cn"] = Money.Cny(344m),
                ["CN"] = Money.Usd(39m),
            }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            public static FrozenDictionary<string, Money> Loose = new Dictionary<string, Money> { ["cn"] = Money.Cny(1m) }.ToFrozenDictionary();
            public static FrozenDictionary<string, Money> Given(Dictionary<string, Money> d) => d.ToFrozenDictionary();
        }
        """;

    [Fact]
    public Task Constant_key_reads_of_a_FrozenDictionary_made_from_a_dictionary_initializer_in_two_currencies_Reports() => Files.Verify(
        Headlines,
        """
        using AiRace.Core;
        class Checks
        {
            bool A() => {|AIR0001:Headlines.ByCity["cn"] > Headlines.ByCity["us"]|};
            Money B() => {|AIR0001:Headlines.Plain["us"] - Headlines.Plain["cn"]|};
        }
        """);

    [Fact]
    public Task Constant_key_reads_of_a_FrozenDictionary_of_one_currency_folded_keys_unknown_or_written_DoesNotReport() => Files.Verify(
        Headlines,
        """
        using System.Collections.Frozen;
        using AiRace.Core;
        class Checks
        {
            Money A() => Headlines.ByCity["cn"] - Headlines.ByCity["cn2"];
            Money B() => Headlines.ByCity["cn"] - Money.Cny(45m);
            Money C() => Headlines.Folded["cn"] - Money.Cny(1m);
            Money D() => Headlines.Loose["cn"] - Money.Usd(1m);
            void E() => Headlines.Loose = new System.Collections.Generic.Dictionary<string, Money> { ["cn"] = Money.Usd(1m) }.ToFrozenDictionary();
        }
        """);
}
