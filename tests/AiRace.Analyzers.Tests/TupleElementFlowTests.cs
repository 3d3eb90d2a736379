using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on tuples made of a collection's elements: the tuple parameter of a LINQ lambda that stands for an element
/// of its source (<c>xs.Select((m, i) =&gt; (m, i)).ToDictionary(p =&gt; p.i, p =&gt; p.m)</c>) has, in each element, the
/// currency that element has in every tuple the source's <c>Select</c> made, through LINQ that keeps elements. A lambda
/// that writes, a parameter that is not an element of the source, and tuples of unknown origin stay unknown.
/// </summary>
public class TupleElementFlowTests
{
    private const string Catalogue = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Catalogue
        {
            public static readonly List<Money> Euros = [Money.Eur(250m), Money.Eur(75m)];
            public static readonly List<Money> Yen = [Money.Jpy(1_000m)];
        }
        """;

    [Fact]
    public Task Dictionary_of_tuple_elements_made_by_a_method_Reports() => Files.Verify(
        Catalogue,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Reports
        {
            public static Dictionary<int, Money> ByPosition() => Catalogue.Euros.Select((m, i) => (m, i)).ToDictionary(p => p.i, p => p.m);
        }
        """,
        """
        using AiRace.Core;
        class Check { bool First() => {|AIR0001:Reports.ByPosition()[0] > Money.Jpy(1m)|}; }
        """);

    [Fact]
    public Task Tuple_element_in_a_predicate_and_a_selector_after_passing_through_Reports() => Files.Verify(
        Catalogue,
        """
        using System.Linq;
        using AiRace.Core;
        class Check
        {
            bool Any() => Catalogue.Euros.Select(m => (Amount: m, Rank: 1)).Where(p => {|AIR0001:p.Amount > Money.Jpy(1m)|}).Any();
            bool Largest() => {|AIR0001:Catalogue.Euros.Select(m => (m, 1)).OrderBy(p => p.Item2).ToList().Select(p => p.Item1).First() > Money.Jpy(1m)|};
        }
        """);

    [Fact]
    public Task Lambda_that_writes_its_tuple_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System.Linq;
        using AiRace.Core;
        class Check
        {
            bool Any() => Catalogue.Euros.Select(m => (m, 1)).Any(p =>
            {
                p.Item1 = Money.Jpy(5m);
                return p.Item1 > Money.Jpy(1m);
            });
        }
        """);

    [Fact]
    public Task Tuples_of_two_currencies_or_of_unknown_origin_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Check
        {
            bool Mixed() => Catalogue.Euros.Select(m =>
            {
                if (m.Amount > 100m)
                {
                    return (m, 1);
                }

                return (Money.Jpy(1m), 2);
            }).Any(p => p.Item1 > Money.Jpy(1m));

            bool Given(IEnumerable<(Money Amount, int Rank)> pairs) => pairs.Any(p => p.Amount > Money.Jpy(1m));
            bool OrDefault() => Catalogue.Euros.Select(m => (m, 1)).DefaultIfEmpty((Money.Jpy(0m), 0)).Any(p => p.Item1 > Money.Jpy(1m));
        }
        """);

    [Fact]
    public Task Inner_key_selector_of_a_join_DoesNotReport() => Files.Verify(
        Catalogue,
        """
        using System.Linq;
        using AiRace.Core;
        class Check
        {
            int Joined() => Catalogue.Euros.Select(m => (m, 1)).Join(Catalogue.Yen.Select(m => (m, 1)), x => x.Item2, y => y.Item1 > Money.Jpy(1m) ? 1 : 0, (x, y) => x.Item2).Count();
        }
        """);

    [Fact]
    public Task Money_keys_with_tuple_values_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Book
        {
            public static readonly Dictionary<Money, (Money Low, Money High)> Tiers = new() { [Money.Usd(100m)] = (Money.Cny(1m), Money.Cny(2m)) };
        }
        class Use
        {
            bool A(decimal d) { foreach (var (threshold, band) in Book.Tiers) if (threshold > Money.Usd(d)) return true; return false; }
            bool B(decimal d) { foreach (var pair in Book.Tiers) { var (threshold, band) = pair; if (threshold > Money.Usd(d)) return true; } return false; }
        }
        """);

    [Fact]
    public Task Tuples_in_local_list_passed_to_own_method_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool A(decimal d)
            {
                var caps = new List<(string R, Money C)> { ("east", Money.Cny(1m)) };
                Fill(caps);
                return caps[0].C > Money.Usd(d);
            }
            bool B(decimal d)
            {
                var caps = new (string R, Money C)[] { ("east", Money.Cny(1m)) };
                IEnumerable<(string R, Money C)> view = caps;
                Patch(view);
                return caps[0].C > Money.Usd(d);
            }
            static void Fill(List<(string, Money)> into) => into[0] = ("x", Money.Usd(1m));
            static void Patch(IEnumerable<(string R, Money C)> xs) { if (xs is (string R, Money C)[] a) a[0].C = Money.Usd(1m); }
        }
        """);


    [Fact]
    public Task Money_keys_tuple_values_through_linq_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Book
        {
            public static readonly SortedList<Money, (Money Low, Money High)> Tiers = new() { [Money.Usd(100m)] = (Money.Cny(1m), Money.Cny(2m)) };
        }
        class Use
        {
            bool A(decimal d) { foreach (var p in Book.Tiers.Where(p => p.Value.Low.Amount > 0m)) { var (threshold, band) = p; if (threshold > Money.Usd(d)) return true; } return false; }
            bool B(decimal d) { foreach (var (threshold, band) in Book.Tiers) if (threshold > Money.Usd(d)) return true; return false; }
        }
        """);

    // From the review of stop 60 (AIR0001 lists ==): tuple equality compares each pair of elements with Money's ==.
    [Fact]
    public Task Tuple_equality_of_a_yuan_budget_and_a_dollar_target_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed record Programme(string Name, Money Budget, int Year);
        public static class Targets
        {
            public static readonly Programme Chips = new("chips", Money.Cny(344_000_000_000m), 2024);
            public static bool Hit() => {|AIR0001:(Chips.Budget, Chips.Year) == (Money.Usd(47_000_000_000m), 2024)|};
            public static bool Missed() => {|AIR0001:(2024, (Chips.Budget, Chips.Name)) != (2024, (Money.Eur(1m), "chips"))|};
        }
        """);

    [Fact]
    public Task Tuple_equality_of_one_currency_or_an_unknown_one_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed record Programme(string Name, Money Budget, int Year);
        public static class Targets
        {
            public static readonly Programme Chips = new("chips", Money.Cny(344_000_000_000m), 2024);
            public static bool Hit() => (Chips.Budget, Chips.Year) == (Money.Cny(47_000_000_000m), 2024);
            public static bool Missed(string text) => (Chips.Budget, Chips.Year) != (Money.Parse(text), 2024);
        }
        """);
}
