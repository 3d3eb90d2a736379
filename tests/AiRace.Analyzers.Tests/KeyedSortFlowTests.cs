using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 at a sort keyed by money: <c>Array.Sort(keys, items)</c> and <c>MemoryExtensions.Sort(keys, items)</c>
/// compare the keys (the items only move along with them), so keys known to hold two currencies throw as
/// <c>Array.Sort(keys)</c> does.
/// </summary>
public class KeyedSortFlowTests
{
    [Fact]
    public Task Array_sort_of_money_keys_of_two_currencies_with_items_Reports() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Usd(1m)];
            private static readonly string[] Names = ["beijing", "boston"];
            void A() => {|AIR0001:Array.Sort(Caps, Names)|};
            void B() => {|AIR0001:Array.Sort(Caps, Names, Comparer<Money>.Default)|};
            void C()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                int[] order = [1, 2];
                {|AIR0001:Array.Sort(caps, order)|};
            }
        }
        """);

    [Fact]
    public Task Sort_of_a_range_of_a_collection_that_mixes_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            void A()
            {
                // the first element alone is sorted: yuan only, although the array holds dollars too
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                int[] order = [1, 2];
                Array.Sort(caps, 0, 1);
                Array.Sort(caps, order, 0, 1);
                Array.Sort(caps, 0, 1, Comparer<Money>.Default);
            }
            void B()
            {
                var caps = new List<Money> { Money.Cny(1m), Money.Cny(2m), Money.Usd(1m) };
                caps.Sort(0, 2, Comparer<Money>.Default);
            }
        }
        """);

    [Fact]
    public Task Span_sort_of_money_keys_of_two_currencies_with_items_Reports() => Files.VerifyPreview(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Usd(1m)];
            void A()
            {
                string[] names = ["beijing", "boston"];
                {|AIR0001:Caps.AsSpan().Sort(names.AsSpan())|};
            }
            void B()
            {
                int[] order = [1, 2];
                {|AIR0001:MemoryExtensions.Sort(Caps.AsSpan(), order.AsSpan(), (a, b) => a.CompareTo(b))|};
            }
            void C()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                string[] names = ["beijing", "boston"];
                {|AIR0001:caps.Sort(names)|};
            }
        }
        """);

    [Fact]
    public Task Keyed_sort_of_one_currency_or_unknown_keys_DoesNotReport() => Files.VerifyPreview(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Yuan = [Money.Cny(1m), Money.Cny(2m)];
            private static readonly string[] Names = ["beijing", "wuhan"];
            void A() => Array.Sort(Yuan, Names);
            void B() => Yuan.AsSpan().Sort(Names.AsSpan());
            void C(Money given)
            {
                Money[] caps = [Money.Cny(1m), given];
                int[] order = [1, 2];
                Array.Sort(caps, order);
                caps.AsSpan().Sort(order.AsSpan());
            }
            void D(Money[] given) => Array.Sort(given, Names);
        }
        """);

    [Fact]
    public Task Keyed_sort_whose_items_or_comparer_mix_but_not_its_compared_keys_DoesNotReport() => Files.VerifyPreview(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Mixed = [Money.Cny(1m), Money.Usd(1m)];
            void A()
            {
                int[] order = [2, 1];
                Array.Sort(order, Mixed);
                order.AsSpan().Sort(Mixed.AsSpan());
            }
            void B()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                string[] names = ["beijing", "boston"];
                Array.Sort(caps, names, Comparer<Money>.Create((a, b) => a.Currency.Code.CompareTo(b.Currency.Code)));
                caps.AsSpan(1).Sort(names.AsSpan(1));
            }
        }
        """);

    // A guard from stop 54's review. Real code: the largest programme per country (GroupBy by a non-currency key, then MaxBy/Max/OrderBy
    // by the money member within each group); "one batch or group is not known to mix them, so ordering it or taking its
    // maximum is not reported".
    [Fact]
    public Task Largest_programme_per_country_group_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Programme(string Country, string Name, Money Budget);
        public static class Catalogue
        {
            public static readonly List<Programme> All = new()
            {
                new("CN", "Wuhan fab", Money.Cny(5_000m)),
                new("CN", "Xian fab", Money.Cny(3_000m)),
                new("US", "Austin fab", Money.Usd(700m)),
            };
        }
        class Use
        {
            List<Programme?> A() => Catalogue.All.GroupBy(p => p.Country).Select(g => g.MaxBy(p => p.Budget)).ToList();
            List<Money> B() => (from p in Catalogue.All group p by p.Country into g select g.Max(p => p.Budget)).ToList();
            List<List<Programme>> C() => Catalogue.All.GroupBy(p => p.Country).Select(g => g.OrderByDescending(p => p.Budget).ToList()).ToList();
            List<Money> D() => Catalogue.All.GroupBy(p => p.Country, p => p.Budget).Select(g => g.Max()).ToList();
            List<Money> E()
            {
                var best = new List<Money>();
                foreach (var g in Catalogue.All.GroupBy(p => p.Country))
                {
                    best.Add(g.Max(p => p.Budget));
                }

                return best;
            }
        }
        """);

    // Missed before stop 54 (the Lab field test): the key selector reads an element of tuples, as it reads a record's member.
    [Fact]
    public Task Max_by_a_tuple_element_that_holds_two_currencies_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { Shanghai, Uk }
        public static class Sources
        {
            private static readonly (Region Region, Money Cap)[] Regional = [(Region.Shanghai, Money.Cny(1m)), (Region.Uk, Money.Gbp(2m))];
            private static readonly List<(string Site, Money Cap)> Sites = new() { ("a", Money.Usd(1m)), ("b", Money.Eur(2m)) };
            public static Money Largest() => {|AIR0001:Regional.Max(r => r.Cap)|};
            public static (string, Money) Sorted() => {|AIR0001:Sites.OrderBy(s => s.Item2)|}.First();
        }
        """);

    [Fact]
    public Task Max_by_a_tuple_element_of_one_currency_or_after_a_filter_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { Shanghai, Shenzhen, Uk }
        public static class Sources
        {
            private static readonly (Region Region, Money Cap)[] China = [(Region.Shanghai, Money.Cny(1m)), (Region.Shenzhen, Money.Cny(2m))];
            private static readonly (Region Region, Money Cap)[] Regional = [(Region.Shanghai, Money.Cny(1m)), (Region.Uk, Money.Gbp(2m))];
            public static Money Largest() => China.Max(r => r.Cap);
            public static Money LargestChinese() => Regional.Where(r => r.Region != Region.Uk).Max(r => r.Cap);
        }
        """);
}
