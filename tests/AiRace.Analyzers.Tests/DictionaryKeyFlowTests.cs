using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on the values of a dictionary read with a constant key (issue 12): <c>caps[Desk.Tokyo]</c>,
/// <c>TryGetValue</c> and <c>GetValueOrDefault</c> with that key have the currency of the values written with it, when
/// every dictionary the member holds (a <c>Dictionary</c>, <c>SortedDictionary</c> or <c>SortedList</c>) is created
/// where it is assigned (without a comparer, or with one of the framework's: <c>StringComparer</c>'s six, the default)
/// and no use may write it unseen; a key that is not constant, a text key that the dictionary's comparison may take for
/// another (ignoring case, or by a culture's rules), another comparer, and any doubt, keep the answer for all the
/// values.
/// </summary>
public class DictionaryKeyFlowTests
{
    private const string Desks = """
        public enum Desk { Brussels, Tokyo, London }
        """;

    [Fact]
    public Task Enum_keys_of_a_field_initializer_in_another_file_Reports() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Catalogue
        {
            public static readonly Dictionary<Desk, Money> Caps = new()
            {
                [Desk.Brussels] = Money.Eur(1m),
                [Desk.Tokyo] = Money.Jpy(100m),
            };
        }
        """,
        """
        class Check
        {
            bool Larger()
            {
                var tokyo = Catalogue.Caps[Desk.Tokyo];
                var brussels = Catalogue.Caps[Desk.Brussels];
                return {|AIR0001:tokyo > brussels|};
            }
        }
        """);

    [Fact]
    public Task String_keys_added_to_a_local_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            bool Larger(decimal x)
            {
                var caps = new Dictionary<string, Money> { { "tokyo", Money.Jpy(100m) } };
                caps.Add("brussels", Money.Eur(x));
                caps["london"] = Money.Gbp(x);
                return {|AIR0001:caps["tokyo"] > caps["london"]|};
            }
        }
        """);

    [Fact]
    public Task Constant_key_read_by_TryGetValue_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private const string Tokyo = "tokyo";
            private readonly Dictionary<string, Money> _caps = new() { [Tokyo] = Money.Jpy(100m), ["brussels"] = Money.Eur(1m) };

            bool Larger() => _caps.TryGetValue(Tokyo, out var yen) && {|AIR0001:yen > Money.Eur(5m)|};
        }
        """);

    [Fact]
    public Task Write_with_a_constant_key_elsewhere_counts_for_that_key_Reports() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Catalogue
        {
            public static Dictionary<Desk, Money> Caps { get; } = new() { [Desk.Brussels] = Money.Eur(1m) };
        }
        class Setup { void Load(decimal x) => Catalogue.Caps[Desk.Tokyo] = Money.Jpy(x); }
        class Check { bool Larger() => {|AIR0001:Catalogue.Caps[Desk.Tokyo] > Catalogue.Caps[Desk.Brussels]|}; }
        """);

    [Fact]
    public Task Same_key_read_twice_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            bool Larger() => Caps[Desk.Tokyo] > Caps[Desk.Tokyo] * 2m;
        }
        """);

    [Fact]
    public Task Key_that_is_not_constant_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            bool Larger(Desk desk) => Caps[desk] > Caps[Desk.Brussels];
            bool Found(Desk desk) => Caps.TryGetValue(desk, out var cap) && cap > Money.Eur(1m);
        }
        """);

    [Fact]
    public Task Written_with_a_key_that_is_not_constant_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            static void Set(Desk desk, decimal x) => Caps[desk] = Money.Jpy(x);
            bool Larger() => Caps[Desk.Brussels] > Money.Eur(2m);
        }
        """);

    [Fact]
    public Task One_key_written_in_two_currencies_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            static void Rebase(decimal x) => Caps[Desk.Tokyo] = Money.Eur(x);
            bool Larger() => Caps[Desk.Tokyo] > Caps[Desk.Brussels];
        }
        """);

    [Fact]
    public Task Dictionary_passed_to_an_unknown_method_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        static class Loader { public static void Load(IDictionary<Desk, Money> caps) { } }
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            static void Init() => Loader.Load(Caps);
            bool Larger() => Caps[Desk.Tokyo] > Caps[Desk.Brussels];
        }
        """);

    [Fact]
    public Task Dictionary_with_a_comparer_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            bool Larger(decimal x)
            {
                var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["tokyo"] = Money.Jpy(100m) };
                caps["TOKYO"] = Money.Eur(x);
                return caps["tokyo"] > Money.Eur(1m);
            }
        }
        """);

    [Fact]
    public Task Dictionary_replaced_by_one_from_elsewhere_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private Dictionary<Desk, Money> _caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            void Restore(Dictionary<Desk, Money> saved) => _caps = saved;
            bool Larger() => _caps[Desk.Tokyo] > _caps[Desk.Brussels];
        }
        """);

    [Fact]
    public Task Value_copied_from_another_key_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            static void Copy() => Caps[Desk.London] = Caps[Desk.Tokyo];
            bool Larger() => Caps[Desk.London] > Money.Jpy(5m);
        }
        """);

    [Fact]
    public Task Constant_keys_read_by_GetValueOrDefault_Reports() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            bool Larger() => {|AIR0001:Caps.GetValueOrDefault(Desk.Tokyo) > Caps.GetValueOrDefault(Desk.Brussels)|};
            bool OrYen() => {|AIR0001:Caps.GetValueOrDefault(Desk.Tokyo, Money.Jpy(0m)) > Money.Eur(1m)|};
            bool Absent() => {|AIR0001:Caps.GetValueOrDefault(Desk.London, Money.Gbp(0m)) > Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task GetValueOrDefault_that_may_give_another_currency_or_nothing_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            bool ByDesk(Desk desk) => Caps.GetValueOrDefault(desk) > Money.Eur(1m);
            bool OrEuro() => Caps.GetValueOrDefault(Desk.Tokyo, Money.Eur(0m)) > Money.Jpy(1m);
            bool Absent(bool first) => (first ? Caps.GetValueOrDefault(Desk.London) : Money.Eur(1m)) > Money.Jpy(1m);
        }
        """);

    [Fact]
    public Task Sorted_dictionary_and_sorted_list_with_constant_keys_Reports() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly SortedDictionary<Desk, Money> Caps = new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };
            static readonly IDictionary<string, Money> Floors = new SortedList<string, Money>(4) { ["tokyo"] = Money.Jpy(5m), ["Brussels2"] = Money.Eur(1m) };
            bool Larger() => {|AIR0001:Caps[Desk.Tokyo] > Caps[Desk.Brussels]|};
            bool Floor() => Floors.TryGetValue("tokyo", out var yen) && {|AIR0001:yen > Floors["Brussels2"]|};
        }
        """);

    [Fact]
    public Task Sorted_dictionary_with_a_comparer_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            bool Larger(decimal x)
            {
                var caps = new SortedDictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["tokyo"] = Money.Jpy(100m) };
                caps["TOKYO"] = Money.Eur(x);
                return caps["tokyo"] > Money.Eur(1m);
            }
        }
        """);

    [Fact]
    public Task Sorted_text_keys_the_culture_may_take_for_one_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly SortedDictionary<string, Money> Caps = new() { ["tokyo"] = Money.Jpy(100m), ["brussels"] = Money.Eur(1m) };
            static void Rebase(decimal x) => Caps["to\u00ADkyo"] = Money.Eur(x);
            bool Larger() => Caps["tokyo"] > Money.Eur(2m);
            bool Hyphened() => Caps["to-kyo"] > Money.Eur(2m);
        }
        """);

    [Fact]
    public Task Sorted_list_value_replaced_by_position_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly SortedList<string, Money> Floors = new() { ["tokyo"] = Money.Jpy(5m), ["osaka"] = Money.Jpy(1m) };
            static void Rebase(decimal x) => Floors.SetValueAtIndex(0, Money.Eur(x));
            bool Larger() => Floors["tokyo"] > Money.Eur(2m);
        }
        """);

    [Fact]
    public Task Keys_under_the_framework_comparers_Reports() => Files.Verify(
        Desks,
        """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            static readonly Dictionary<string, Money> Caps = new(StringComparer.OrdinalIgnoreCase) { ["tokyo"] = Money.Jpy(100m), ["brussels"] = Money.Eur(1m) };
            static readonly Dictionary<string, Money> Copy = new(Caps, StringComparer.Ordinal);
            static readonly List<Money> Listed = new(Caps.Values);
            static readonly Dictionary<string, Money> Exact = new(8, StringComparer.Ordinal) { ["tokyo"] = Money.Jpy(100m), ["TOKYO"] = Money.Eur(1m) };
            static readonly SortedDictionary<string, Money> Ordered = new(StringComparer.Ordinal) { ["to-kyo"] = Money.Jpy(100m), ["brus-sels"] = Money.Eur(1m) };
            static readonly ConcurrentDictionary<Desk, Money> Desks = new(EqualityComparer<Desk>.Default) { [Desk.Tokyo] = Money.Jpy(100m), [Desk.London] = Money.Gbp(1m) };
            static readonly SortedList<string, Money> Cultured = new(StringComparer.InvariantCultureIgnoreCase) { ["tokyo"] = Money.Jpy(100m), ["london"] = Money.Gbp(1m) };
            bool A() => {|AIR0001:Caps["TOKYO"] > Caps["Brussels"]|};
            bool B() => {|AIR0001:Exact["tokyo"] > Exact["TOKYO"]|};
            bool C() => {|AIR0001:Ordered["to-kyo"] > Ordered["brus-sels"]|};
            bool D() => {|AIR0001:Desks[Desk.Tokyo] > Desks[Desk.London]|};
            bool E() => {|AIR0001:Cultured["Tokyo"] > Cultured["LONDON"]|};
        }
        """);

    [Fact]
    public Task Keys_another_comparer_or_the_culture_may_join_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        sealed class Prefix : IEqualityComparer<string>
        {
            public bool Equals(string? x, string? y) => x?[..1] == y?[..1];
            public int GetHashCode(string s) => s[0];
        }
        class Check
        {
            static readonly Dictionary<string, Money> Custom = new(new Prefix()) { ["tokyo"] = Money.Jpy(100m), ["tallinn"] = Money.Eur(1m) };
            static readonly Dictionary<string, Money> Copied = new(new Dictionary<string, Money> { ["x"] = Money.Eur(1m) }, StringComparer.Ordinal) { ["tokyo"] = Money.Jpy(100m) };
            static readonly Dictionary<string, Money> Cultured = new(StringComparer.CurrentCultureIgnoreCase) { ["tokyo"] = Money.Jpy(100m), ["to\u00ADkyo"] = Money.Eur(1m), ["brussels"] = Money.Eur(1m) };
            static readonly Dictionary<string, Money> Cased = new(StringComparer.OrdinalIgnoreCase) { ["tokyo"] = Money.Jpy(100m), ["brussels"] = Money.Eur(1m) };
            static void Rebase(decimal x) => Cased["Tokyo"] = Money.Eur(x);
            static readonly Dictionary<string, Money> Given = new(StringComparer.FromComparison(StringComparison.Ordinal)) { ["tokyo"] = Money.Jpy(100m), ["brussels"] = Money.Eur(1m) };
            bool A() => Custom["tokyo"] > Money.Jpy(2m);
            bool B() => Copied["x"] > Money.Eur(2m);
            bool C() => Cultured["tokyo"] > Money.Eur(2m);
            bool D() => Cased["TOKYO"] > Money.Eur(2m);
            bool E() => Given["tokyo"] > Given["brussels"];
        }
        """);

    [Fact]
    public Task Dictionary_a_method_or_property_creates_on_every_return_Reports() => Files.Verify(
        Desks,
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Catalogue
        {
            public static Dictionary<Desk, Money> Caps() => new() { [Desk.Brussels] = Money.Eur(1m), [Desk.Tokyo] = Money.Jpy(100m) };

            public static IReadOnlyDictionary<string, Money> Floors =>
                new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["tokyo"] = Money.Jpy(5m), ["london"] = Money.Gbp(1m) };

            public static Dictionary<Desk, Money> Chosen(bool late)
            {
                if (late)
                {
                    return new() { [Desk.Tokyo] = Money.Jpy(7m), [Desk.London] = Money.Gbp(2m) };
                }

                return new Dictionary<Desk, Money> { { Desk.Tokyo, Money.Jpy(1m) } };
            }
        }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            bool A() => {|AIR0001:Catalogue.Caps()[Desk.Tokyo] > Catalogue.Caps()[Desk.Brussels]|};
            bool B() => Catalogue.Floors.TryGetValue("TOKYO", out var yen) && {|AIR0001:yen > Catalogue.Floors["london"]|};
            bool C(bool late) => {|AIR0001:Catalogue.Chosen(late)[Desk.Tokyo] > Catalogue.Chosen(late).GetValueOrDefault(Desk.London, Money.Gbp(0m))|};
        }
        """);

    [Fact]
    public Task Dictionary_a_method_may_return_from_elsewhere_DoesNotReport() => Files.Verify(
        Desks,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public class Catalogue
        {
            private static readonly Dictionary<Desk, Money> Cached = new() { [Desk.Tokyo] = Money.Jpy(1m) };
            public static void Rebase() => Cached[Desk.Tokyo] = Money.Eur(1m);
            public static Dictionary<Desk, Money> Shared() => Cached;
            public static Dictionary<Desk, Money> Built()
            {
                var caps = new Dictionary<Desk, Money> { [Desk.Tokyo] = Money.Jpy(1m) };
                caps[Desk.Tokyo] = Money.Eur(2m);
                return caps;
            }

            public static Dictionary<string, Money> Either(bool euro) => euro ? new() { ["tokyo"] = Money.Eur(1m) } : new() { ["tokyo"] = Money.Jpy(1m) };
            public virtual Dictionary<Desk, Money> Own() => new() { [Desk.Tokyo] = Money.Jpy(1m), [Desk.Brussels] = Money.Eur(1m) };
            public static Dictionary<Desk, Money> Renamed => new() { [Desk.Tokyo] = Money.Jpy(1m), [Desk.London] = Money.Jpy(2m) };
        }
        """,
        """
        using AiRace.Core;
        class Check
        {
            bool A() => Catalogue.Shared()[Desk.Tokyo] > Money.Jpy(1m);
            bool B() => Catalogue.Built()[Desk.Tokyo] > Money.Eur(1m);
            bool C(bool euro) => Catalogue.Either(euro)["tokyo"] > Money.Eur(1m);
            bool D(Catalogue catalogue) => catalogue.Own()[Desk.Tokyo] > Money.Eur(1m);
            bool E() => Catalogue.Renamed[Desk.Tokyo] > Catalogue.Renamed[Desk.London];
        }
        """);

    // Missed before stop 54 (review). Real code: caps per site written by the indexer (the usual way to fill a dictionary), then the largest cap.
    // The dictionary holds yuan and dollars under two different constant keys: Max compares them and throws. AIR0001.md:
    // dictionary values written by "indexer writes" count as writes, a sort or Max is reported "when the collection is
    // known to hold two currencies", and "a dictionary read with a constant key" machinery already tells the keys apart.
    // Cause: CurrencyFlow.Collections.cs ElementWrite: every indexer assignment is Elements.Of(v).Join(Elements.Removal)
    // ("list[i] = v may replace an element"), so the two writes are never known to be there together, even for distinct
    // constant keys of a dictionary created empty (CurrencyFlow.Keys.cs could say so).
    [Fact]
    public Task Dictionary_filled_by_distinct_constant_keys_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A()
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Austin"] = Money.Usd(450m);
                return {|AIR0001:caps.Values.Max()|};
            }
        }
        """);

    [Fact]
    public Task Dictionary_with_two_constant_keys_of_two_currencies_ordered_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Site { Wuhan, Austin }
        public sealed class Caps
        {
            private readonly Dictionary<Site, Money> _bySite = new();
            public void Load() { _bySite[Site.Wuhan] = Money.Cny(3_000m); _bySite[Site.Austin] = Money.Usd(450m); }
            public Money Largest() => {|AIR0001:_bySite.Values.Max()|};
            public List<Money> Sorted() => {|AIR0001:_bySite.Values.OrderBy(m => m)|}.ToList();
        }
        """);

    [Fact]
    public Task Dictionary_whose_keys_may_be_one_or_lose_their_values_ordered_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money SameKey()
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Wuhan"] = Money.Usd(450m);
                return caps.Values.Max();
            }

            Money IgnoringCase()
            {
                var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase);
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["WUHAN"] = Money.Usd(450m);
                return caps.Values.Max();
            }

            Money Removed()
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Austin"] = Money.Usd(450m);
                caps.Remove("Wuhan");
                return caps.Values.Max();
            }

            Money AnyKey(string site)
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Austin"] = Money.Usd(450m);
                caps[site] = Money.Usd(1m);
                return caps.Values.Max();
            }
        }
        """);

    // A false report found by stop 54's fourth review, fixed. Real code: site caps filled by the indexer; a domestic-only report returns the largest yuan cap
    // before the partner's dollar cap is written. The Max inside the early return runs only with yuan. AIR0001.md: the
    // new sentence reports Values ordered when two keys are "written ... by statements of one block", but the promise is
    // that no run mixes; the list sentence ("or a guard clause: if (domestic) { caps.Add(yuan); return caps; } then
    // caps.Add(dollars) ... hold one currency or the other") says an early return parts the writes. Cause:
    // CurrencyFlow.Keys.cs KeyedElements.SurelyMixed/WrittenTogether look at where writes are, never at where the read is.
    [Fact]
    public Task Dictionary_max_returned_before_the_second_currency_is_written_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Caps
        {
            Money Largest(bool withPartner)
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Shenzhen"] = Money.Cny(2_400m);
                if (!withPartner)
                {
                    return caps.Values.Max();
                }

                caps["Austin"] = Money.Usd(450m);
                return caps.Values.Max(m => m.Amount) > 0m ? Money.Usd(1m) : Money.Usd(0m);
            }
        }
        """);

    // A false report found by stop 54's fourth review, fixed. Real code: the largest domestic cap is taken, then the partner site is added. At the read only
    // "Wuhan" is written. Same cause as T01: KeyedMix (CurrencyFlow.Keys.cs) is per symbol, not per point of the read;
    // "one block's statements write both" holds, but not before the Max.
    [Fact]
    public Task Dictionary_max_read_between_the_two_writes_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Caps
        {
            (Money Domestic, int Sites) Largest()
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                var domestic = caps.Values.Max();
                caps["Austin"] = Money.Usd(450m);
                return (domestic, caps.Count);
            }
        }
        """);

    // A false report found by stop 54's fourth review, fixed. Real code: one Region object per market, seeded by a static factory in the class; each
    // region's dictionary holds one currency. The factory writes china._caps and america._caps in one block, so
    // WrittenTogether sees "one block" although two objects are written. AIR0001.md line ~408 ("Not followed: ... a write
    // on another instance's field") for the same one-block index reasoning of arrays; the keyed sentence needs one
    // dictionary written twice. Cause: CurrencyFlow.Keys.cs ComputeKeyed/StatementBlock: the write's instance
    // (china vs america vs this) is not checked.
    [Fact]
    public Task Field_dictionary_of_two_instances_written_in_one_block_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Region
        {
            private readonly Dictionary<string, Money> _caps = new();

            public Money Largest() => _caps.Values.Max();

            public static (Region China, Region America) Seed()
            {
                var china = new Region();
                var america = new Region();
                china._caps["Wuhan"] = Money.Cny(3_000m);
                america._caps["Austin"] = Money.Usd(450m);
                return (china, america);
            }
        }
        """);

    // T04 guard. Remove in another method of a field dictionary.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Field_dictionary_key_removed_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Site { Wuhan, Austin }
        public sealed class Caps
        {
            private readonly Dictionary<Site, Money> _bySite = new();
            public void Load() { _bySite[Site.Wuhan] = Money.Cny(3_000m); _bySite[Site.Austin] = Money.Usd(450m); }
            public void DomesticOnly() => _bySite.Remove(Site.Austin);
            public Money Largest() => _bySite.Values.Max();
        }
        """);

    // T05 guard. Handed to a method that clears it.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Dictionary_handed_to_a_reset_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        static class Store { public static void Reset(IDictionary<string, Money> caps) => caps.Clear(); }
        class Caps
        {
            Money Largest()
            {
                var caps = new Dictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Austin"] = Money.Usd(450m);
                Store.Reset(caps);
                caps["Shenzhen"] = Money.Cny(1m);
                return caps.Values.Max();
            }
        }
        """);

    // T06 guard. Enum alias: HQ is Wuhan.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Enum_alias_keys_are_one_key_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Site { Wuhan = 1, Austin = 2, Headquarters = Wuhan }
        class Caps
        {
            Money Largest()
            {
                var caps = new Dictionary<Site, Money>();
                caps[Site.Wuhan] = Money.Cny(3_000m);
                caps[Site.Headquarters] = Money.Usd(450m);
                return caps.Values.Max();
            }

            const string Hq = "Wuhan";
            const string Home = "Wuhan";
            Money Named()
            {
                var caps = new Dictionary<string, Money>();
                caps[Hq] = Money.Cny(3_000m);
                caps[Home] = Money.Usd(450m);
                return caps.Values.Max();
            }
        }
        """);

    // T07 TryRemove on a ConcurrentDictionary.
    // A guard of stop 54's fourth review.
    [Fact]
    public Task Concurrent_dictionary_key_removed_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using System.Linq;
        using AiRace.Core;
        class Caps
        {
            Money Largest()
            {
                var caps = new ConcurrentDictionary<string, Money>();
                caps["Wuhan"] = Money.Cny(3_000m);
                caps["Austin"] = Money.Usd(450m);
                caps.TryRemove("Austin", out _);
                return caps.Values.Max();
            }
        }
        """);

    // A false report found by stop 54's fourth review, fixed. Real code: per round a fresh caps dictionary; rounds without a partner record the largest
    // domestic cap and continue before the dollar write. Same cause as T01 (continue instead of return): SurelyMixed
    // (CurrencyFlow.Keys.cs) ignores the read's position; the loop body's block writes both keys.
    [Fact]
    public Task Dictionary_max_before_continue_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Caps
        {
            List<Money> Largest(bool[] partners)
            {
                var best = new List<Money>();
                foreach (var partner in partners)
                {
                    var caps = new Dictionary<string, Money>();
                    caps["Wuhan"] = Money.Cny(3_000m);
                    if (!partner)
                    {
                        best.Add(caps.Values.Max());
                        continue;
                    }

                    caps["Austin"] = Money.Usd(450m);
                }

                return best;
            }
        }
        """);

    // A false report found by stop 54's fifth review, fixed. Real code: a local dictionary of per-desk caps filled from two remote sources inside a try; on a network failure
    // the catch logs the largest cap fetched so far. The catch runs only when the dollar fetch (or the yuan one) threw,
    // before its write: it sees yuan only. AIR0001.md: the values are ordered only when a run writes both keys before
    // the read.
    [Fact]
    public Task Keyed_caps_read_in_a_catch_of_the_second_fetch_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using AiRace.Core;
        public interface ICapSource { decimal Fetch(); }
        class Board
        {
            public string Report(ICapSource china, ICapSource america)
            {
                var caps = new Dictionary<string, Money>();
                try
                {
                    caps["wuhan"] = Money.Cny(china.Fetch());
                    caps["austin"] = Money.Usd(america.Fetch());
                }
                catch (HttpRequestException)
                {
                    return caps.Count == 0 ? "none" : $"partial, largest {caps.Values.Max()}";
                }

                return $"{caps.Count} desks";
            }
        }
        """);

    // A false report found by stop 54's fifth review, fixed. Real code: a local function that logs the largest cap so far, declared at the end of the method (the team's style)
    // and called once between the yuan write and the dollar write. AIR0001.md: "for a local, the read must come after
    // both writes": the only run of the read is after the yuan write alone.
    [Fact]
    public Task Keyed_caps_read_by_a_local_function_called_between_the_writes_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Board
        {
            public void Show(decimal beijing, decimal austin)
            {
                var caps = new Dictionary<string, Money>();
                caps["beijing"] = Money.Cny(beijing);
                LogLargest();
                caps["austin"] = Money.Usd(austin);
                foreach (var (desk, cap) in caps)
                {
                    Console.WriteLine($"{desk}: {cap}");
                }

                void LogLargest() => Console.WriteLine($"largest so far {caps.Values.Max()}");
            }
        }
        """);

    // A false report found by stop 54's fifth review, fixed. Real code: a board whose constructor records the opening yuan cap and its largest; a later method replaces the
    // board with a yuan and a dollar desk. The constructor's read runs before any run of Rebase on that instance.
    // AIR0001.md: the values mix only where both writes reach the read.
    [Fact]
    public Task Keyed_field_read_only_in_the_constructor_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Board
        {
            private readonly Dictionary<string, Money> _caps = new();
            public Money Opening { get; }

            public Board(decimal beijing)
            {
                _caps["beijing"] = Money.Cny(beijing);
                Opening = _caps.Values.Max();
            }

            public void Open(decimal beijing, decimal austin)
            {
                _caps["beijing"] = Money.Cny(beijing);
                _caps["austin"] = Money.Usd(austin);
            }
        }
        """);

    [Fact]
    public Task Tuple_values_read_by_constant_keys_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Bands
        {
            private readonly Dictionary<string, (Money Low, Money High)> _bands = new()
            {
                ["eu"] = (Money.Eur(1_000_000m), Money.Eur(3_000_000m)),
                ["uk"] = (Money.Gbp(800_000m), Money.Gbp(2_000_000m)),
            };

            public bool UkAboveEu() => {|AIR0001:_bands["uk"].High > _bands["eu"].Low|};

            public Money Spread()
            {
                var local = new Dictionary<Desk, (string Name, Money Cap)>();
                local.Add(Desk.Tokyo, ("Tokyo", Money.Jpy(50_000_000m)));
                local[Desk.London] = ("London", Money.Gbp(300_000m));
                return {|AIR0001:local[Desk.Tokyo].Cap - local[Desk.London].Cap|};
            }
        }
        """,
        Desks);

    [Fact]
    public Task Tuple_values_of_one_key_or_of_a_key_that_is_not_constant_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Bands
        {
            private readonly Dictionary<string, (Money Low, Money High)> _bands = new()
            {
                ["eu"] = (Money.Eur(1_000_000m), Money.Eur(3_000_000m)),
                ["uk"] = (Money.Gbp(800_000m), Money.Gbp(2_000_000m)),
            };
            private readonly Dictionary<string, (Money Low, Money High)> _shared = new()
            {
                ["eu"] = (Money.Eur(1_000_000m), Money.Eur(3_000_000m)),
            };

            public Money EuWidth() => _bands["eu"].High - _bands["eu"].Low;
            public Money Width(string key) => _bands[key].High - _bands[key].Low;

            // another key's band may be written with euros or pounds by a key that is not constant
            public void Set(string key, Money low, Money high) => _shared[key] = (low, high);
            public bool Above() => _shared["uk"].High > _shared["eu"].Low;
        }
        """);

    // From stop 55's review (a miss then). The page: "A dictionary read with a constant key (`caps.TryGetValue("tokyo", out var yen)`, ...,
    // `caps.GetValueOrDefault(Desk.Tokyo)`) has the currency of the values written with that key, and an element of
    // tuple values likewise (`bands["uk"].High`)". The High of the "uk" band is in pounds, the Low of "eu" in euros; read
    // by the indexer this is reported (DictionaryKeyFlowTests), read by TryGetValue or GetValueOrDefault with the same
    // constant key it is not: the new branch of ElementOfTuple (CurrencyFlow.Members.cs) only matches an indexer
    // (IPropertyReferenceOperation with one argument), and these reads fall back to every value's element (mixed).
    [Fact]
    public Task Tuple_value_element_read_by_TryGetValue_or_GetValueOrDefault_with_a_constant_key_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Bands
        {
            private readonly Dictionary<string, (Money Low, Money High)> _bands = new()
            {
                ["eu"] = (Money.Eur(1_000_000m), Money.Eur(3_000_000m)),
                ["uk"] = (Money.Gbp(800_000m), Money.Gbp(2_000_000m)),
            };

            public bool A() => _bands.TryGetValue("uk", out var uk) && {|AIR0001:uk.High > _bands["eu"].Low|};
            public bool B() => {|AIR0001:_bands.GetValueOrDefault("uk").High > _bands["eu"].Low|};
        }
        """);

    // a goto from before the yuan's write to a label before the dollars' skips it: Max runs only then, over one dollar
    // value, so two keys with a label between their writes are not taken as written together
    [Fact]
    public Task Keys_written_together_with_a_label_between_them_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A(bool skip)
            {
                var caps = new Dictionary<string, Money>();
                if (skip) goto Late;
                caps["wuhan"] = Money.Cny(1m);
                Late: ;
                caps["austin"] = Money.Usd(1m);
                return skip ? caps.Values.Max() : Money.Usd(0m);
            }
        }
        """);
}
