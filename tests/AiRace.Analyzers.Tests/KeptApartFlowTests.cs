using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 where code keeps currencies apart by means the flow must see through: filters through helpers, either-or
/// choices of collections, groups and batches, guards that test a currency before comparing; and the reports that stay
/// (a filter, comparer or key that does not tell currencies apart).
/// </summary>
public class KeptApartFlowTests
{
    private const string Ledger = """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Domain;
        public static class Ledger
        {
            public static readonly List<Money> Payments = new() { Money.Cny(120m), Money.Usd(15m), Money.Cny(80m), Money.Usd(4m) };
            public static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
            public static readonly List<Money> Dollars = new() { Money.Usd(1m), Money.Usd(2m) };
        }
        public sealed record Programme(string Name, Money Budget);
        public sealed record Payment(string Country, Money Amount);
        public static class Catalogue
        {
            public static readonly List<Programme> All = new()
            {
                new Programme("Wuhan fab", Money.Cny(5_000m)),
                new Programme("Austin fab", Money.Usd(700m)),
            };
            public static readonly List<Payment> Payments = new()
            {
                new Payment("CN", Money.Cny(10m)), new Payment("US", Money.Usd(3m)), new Payment("CN", Money.Cny(4m)),
            };
        }
        public static class Fx
        {
            public static bool IsYuan(Money m) => m.Currency == Currency.CNY;
        }
        public sealed class CurrencyThenAmount : IComparer<Money>
        {
            public int Compare(Money x, Money y)
            {
                int byCurrency = string.CompareOrdinal(x.Currency.Code, y.Currency.Code);
                return byCurrency != 0 ? byCurrency : x.Amount.CompareTo(y.Amount);
            }
        }
        """;

    private static Task Silent(string body, string usings = "") => Files.Verify(Ledger, Wrap(body, usings));

    private static Task Reported(string body, string usings = "") => Files.Verify(Ledger, Wrap(body, usings));

    private static string Wrap(string body, string usings) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        {{usings}}
        namespace Shop.Reports;
        public static class Probe
        {
        {{body}}
        }
        """;

    // ---------- 1. filters the flow may not see ----------

    [Fact]
    public Task Where_lambda_calling_a_currency_helper_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.Where(p => Fx.IsYuan(p)).Max();
        """);

    [Fact]
    public Task FindAll_lambda_calling_a_currency_helper_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.FindAll(p => Fx.IsYuan(p)).Max();
        """);

    [Fact]
    public Task Where_extended_property_pattern_on_currency_code_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.Where(p => p is { Currency.Code: "CNY" }).Max();
        """);

    [Fact]
    public Task Where_positional_pattern_through_Deconstruct_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.Where(p => p is (_, { Code: "CNY" })).Max();
        """);

    [Fact]
    public Task Where_by_formatted_text_prefix_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.Where(p => p.ToString().StartsWith("CNY")).Max();
        """);

    [Fact]
    public Task Intersect_with_a_yuan_only_list_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.Intersect(Ledger.Yuan).Max();
        """);

    [Fact]
    public Task Except_of_its_own_dollars_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => Ledger.Payments.Except(Ledger.Payments.Where(p => p.Currency == Currency.USD)).Max();
        """);

    [Fact]
    public Task Where_with_a_local_function_method_group_and_a_lambda_calling_it_DoesNotReport() => Silent("""
            public static Money Largest()
            {
                static bool IsYuan(Money m) => m.Currency == Currency.CNY;
                return Ledger.Payments.Where(m => IsYuan(m)).Max();
            }
        """);

    [Fact]
    public Task Query_where_calling_a_helper_DoesNotReport() => Silent("""
            public static Money Largest() => (from p in Ledger.Payments where Fx.IsYuan(p) select p).Max();
        """);

    // ---------- 2. alternatives joined as if they coexisted ----------

    [Fact]
    public Task Conditional_choice_of_two_single_currency_lists_then_Max_DoesNotReport() => Silent("""
            public static Money Largest(bool domestic) => (domestic ? Ledger.Yuan : Ledger.Dollars).Max();
        """);

    [Fact]
    public Task Local_initialised_by_a_conditional_of_two_lists_then_Sort_DoesNotReport() => Silent("""
            public static Money Largest(bool domestic)
            {
                var caps = domestic ? new List<Money> { Money.Cny(1m), Money.Cny(2m) } : new List<Money> { Money.Usd(1m) };
                caps.Sort();
                return caps.Max();
            }
        """);

    [Fact]
    public Task Coalesce_of_an_override_list_and_a_default_list_DoesNotReport() => Silent("""
            private static readonly List<Money>? Override = Environment.GetEnvironmentVariable("CAPS") is null ? null : new List<Money> { Money.Usd(1m) };
            public static Money Largest() => (Override ?? Ledger.Yuan).Max();
        """);

    [Fact]
    public Task Method_returning_one_of_two_lists_by_a_conditional_DoesNotReport() => Silent("""
            private static List<Money> Caps(bool domestic) => domestic ? new() { Money.Cny(1m), Money.Cny(3m) } : new() { Money.Usd(1m) };
            public static Money Largest(bool domestic) => Caps(domestic).Max();
        """);

    [Fact]
    public Task Method_returning_arrays_from_two_returns_DoesNotReport() => Silent("""
            private static Money[] Caps(string region)
            {
                if (region == "CN") return new[] { Money.Cny(1m), Money.Cny(2m) };
                return new[] { Money.Usd(1m), Money.Usd(5m) };
            }
            public static Money Largest(string region) => Caps(region).Max();
        """);

    [Fact]
    public Task Method_returning_arrays_from_a_switch_expression_DoesNotReport() => Silent("""
            private static Money[] Caps(string region) => region switch
            {
                "CN" => new[] { Money.Cny(1m), Money.Cny(2m) },
                _ => new[] { Money.Usd(1m), Money.Usd(5m) },
            };
            public static IEnumerable<Money> Ordered(string region) => Caps(region).Order();
        """);

    [Fact]
    public Task Rebuilt_field_list_with_RemoveAll_by_currency_after_Clear_DoesNotReport() => Files.Verify(Ledger, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public sealed class Desk
        {
            private readonly List<Money> _caps = new();
            public void Load()
            {
                _caps.Clear();
                _caps.AddRange(Ledger.Payments);
                _caps.RemoveAll(m => m.Currency != Currency.CNY);
            }
            public Money Largest() => _caps.Max();
        }
        """);

    [Fact]
    public Task Local_copy_with_RemoveAll_by_currency_then_Max_DoesNotReport() => Silent("""
            public static Money Largest()
            {
                var xs = new List<Money>(Ledger.Payments);
                xs.RemoveAll(m => m.Currency != Currency.CNY);
                return xs.Max();
            }
        """);

    [Fact]
    public Task Immutable_local_reassigned_in_a_branch_DoesNotReport() => Silent("""
            public static Money Largest(bool domestic)
            {
                var caps = ImmutableList.Create(Money.Cny(1m), Money.Cny(2m));
                if (!domestic) caps = ImmutableList.Create(Money.Usd(1m));
                return caps.Max();
            }
        """);

    [Fact]
    public Task Immutable_RemoveAll_by_currency_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => ImmutableList.Create(Money.Cny(1m), Money.Usd(2m)).RemoveAll(m => m.Currency != Currency.CNY).Max();
        """);

    [Fact]
    public Task ImmutableArray_own_Where_by_currency_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => ImmutableArray.Create(Money.Cny(1m), Money.Usd(2m)).Where(m => m.Currency == Currency.CNY).Max();
        """);

    [Fact]
    public Task Immutable_field_replaced_whole_by_a_configure_method_DoesNotReport() => Files.Verify(Ledger, """
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Reports;
        public sealed class Desk
        {
            private ImmutableArray<Money> _caps = ImmutableArray.Create(Money.Cny(1m));
            public void UseDollars() => _caps = ImmutableArray.Create(Money.Usd(1m), Money.Usd(2m));
            public Money Largest() => _caps.Max();
        }
        """);

    // ---------- 3. groups and batches ----------

    [Fact]
    public Task GroupBy_country_that_fixes_the_currency_then_Max_by_amount_DoesNotReport() => Silent("""
            public static List<Money> LargestPerCountry() => Catalogue.Payments.GroupBy(p => p.Country).Select(g => g.Max(p => p.Amount)).ToList();
        """);

    [Fact]
    public Task GroupBy_a_unique_name_then_order_each_group_by_budget_DoesNotReport() => Silent("""
            public static List<Programme> Leaders() => Catalogue.All.GroupBy(p => p.Name).Select(g => g.OrderBy(p => p.Budget).First()).ToList();
        """);

    [Fact]
    public Task Chunk_of_one_then_Max_of_each_batch_DoesNotReport() => Silent("""
            public static List<Money> Each() => Ledger.Payments.Chunk(1).Select(b => b.Max()).ToList();
        """);

    [Fact]
    public Task GroupBy_currency_Sum_guarded_by_the_group_key_DoesNotReport() => Silent("""
            public static List<Money> Dollars() =>
                Ledger.Payments.GroupBy(p => p.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : Money.Zero(Currency.USD)).ToList();
        """);

    [Fact]
    public Task GroupBy_currency_Where_key_then_Sum_DoesNotReport() => Silent("""
            public static List<Money> Dollars() =>
                Ledger.Payments.GroupBy(p => p.Currency).Where(g => g.Key == Currency.USD).Select(g => g.Sum(Currency.USD)).ToList();
        """);

    [Fact]
    public Task GroupBy_currency_ToDictionary_Sum_in_the_key_DoesNotReport() => Silent("""
            public static Dictionary<Currency, Money> Totals() =>
                Ledger.Payments.GroupBy(p => p.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key));
        """);

    [Fact]
    public Task Query_group_by_currency_into_then_Max_DoesNotReport() => Silent("""
            public static List<Money> Largest() => (from p in Ledger.Payments group p by p.Currency into g select g.Max()).ToList();
        """);

    [Fact]
    public Task Query_let_currency_where_then_Max_DoesNotReport() => Silent("""
            public static Money Largest() => (from p in Ledger.Payments let c = p.Currency where c == Currency.CNY select p).Max();
        """);

    [Fact]
    public Task Query_orderby_currency_then_money_DoesNotReport() => Silent("""
            public static List<Money> Lines() => (from p in Ledger.Payments orderby p.Currency, p select p).ToList();
        """);

    [Fact]
    public Task GroupBy_currency_composite_key_then_Order_DoesNotReport() => Silent("""
            public static List<Money> Lines() => Ledger.Payments.GroupBy(p => (p.Currency, p.Amount > 50m)).SelectMany(g => g.Order()).ToList();
        """);

    // ---------- 4. loops, dictionaries, tuples, zips ----------

    [Fact]
    public Task Loop_with_continue_on_other_currencies_fills_a_list_DoesNotReport() => Silent("""
            public static Money Largest()
            {
                var yuan = new List<Money>();
                foreach (var p in Ledger.Payments)
                {
                    if (p.Currency != Currency.CNY) continue;
                    yuan.Add(p);
                }
                return yuan.Max();
            }
        """);

    [Fact]
    public Task Loop_splitting_into_two_lists_by_rebuilt_values_DoesNotReport() => Silent("""
            public static (Money, Money) Largest()
            {
                var yuan = new List<Money>();
                var dollars = new List<Money>();
                foreach (var p in Ledger.Payments)
                {
                    if (p.Currency == Currency.CNY) yuan.Add(Money.Cny(p.Amount)); else dollars.Add(Money.Usd(p.Amount));
                }
                return (yuan.Max(), dollars.Max());
            }
        """);

    [Fact]
    public Task Dictionary_of_lists_keyed_by_currency_initialised_then_Max_of_one_DoesNotReport() => Silent("""
            private static readonly Dictionary<Currency, List<Money>> ByCurrency = new()
            {
                [Currency.CNY] = new() { Money.Cny(1m), Money.Cny(2m) },
                [Currency.USD] = new() { Money.Usd(1m) },
            };
            public static Money LargestYuan() => ByCurrency[Currency.CNY].Max();
        """);

    [Fact]
    public Task Dictionary_of_arrays_with_constant_keys_then_Max_of_one_DoesNotReport() => Silent("""
            private static readonly Dictionary<string, Money[]> Caps = new()
            {
                ["cn"] = new[] { Money.Cny(1m), Money.Cny(2m) },
                ["us"] = new[] { Money.Usd(1m) },
            };
            public static Money LargestCn() => Caps["cn"].Max();
            public static IEnumerable<Money> OrderedUs() => Caps["us"].Order();
        """);

    [Fact]
    public Task Helper_returning_a_tuple_of_two_lists_deconstructed_DoesNotReport() => Silent("""
            private static (List<Money> Yuan, List<Money> Dollars) Split() => (new() { Money.Cny(1m), Money.Cny(2m) }, new() { Money.Usd(1m), Money.Usd(3m) });
            public static Money Largest()
            {
                var (yuan, dollars) = Split();
                yuan.Sort();
                return dollars.Max();
            }
            public static Money Smallest() => Split().Dollars.Min();
        """);

    [Fact]
    public Task Zip_two_single_currency_lists_compared_each_with_its_own_DoesNotReport() => Silent("""
            public static bool AllPositive() => Ledger.Yuan.Zip(Ledger.Dollars).All(p => p.First > Money.Cny(0m) && p.Second > Money.Usd(0m));
            public static bool AllPositive3() => Ledger.Yuan.Zip(Ledger.Dollars, Ledger.Yuan).All(t => t.Third > Money.Cny(0m) && t.Second > Money.Usd(0m));
        """);

    [Fact]
    public Task Aggregate_adding_only_same_currency_elements_DoesNotReport() => Silent("""
            public static Money Dollars() =>
                Ledger.Yuan.Aggregate(Money.Zero(Currency.USD), (total, p) => p.Currency == total.Currency ? total + p : total);
        """);

    [Fact]
    public Task Comparison_guarded_by_the_currency_of_a_configured_field_DoesNotReport() => Silent("""
            private static readonly Money Home = Money.Cny(10m);
            public static bool Over(decimal usd) => Home.Currency == Currency.USD && Home > Money.Usd(usd);
        """);

    // ---------- 5. custom comparers and sorts that do not compare money ----------

    [Fact]
    public Task Max_and_Order_with_a_custom_comparer_DoesNotReport() => Silent("""
            private static readonly CurrencyThenAmount Order = new();
            public static Money Largest() => Ledger.Payments.Max(Order)!;
            public static List<Money> Ordered() => Ledger.Payments.Order(new CurrencyThenAmount()).ToList();
            public static void Sort() { var a = Ledger.Payments.ToArray(); Array.Sort(a, Order); }
        """);

    [Fact]
    public Task Array_Sort_of_keys_and_money_items_DoesNotReport() => Silent("""
            public static Money[] ByPriority()
            {
                int[] keys = { 3, 1, 2, 0 };
                var items = Ledger.Payments.ToArray();
                Array.Sort(keys, items);
                return items;
            }
        """);

    [Fact]
    public Task SortedSet_and_PriorityQueue_with_a_currency_first_comparer_DoesNotReport() => Silent("""
            public static Money First()
            {
                var set = new SortedSet<Money>(Ledger.Payments, new CurrencyThenAmount());
                var queue = new PriorityQueue<string, Money>(new CurrencyThenAmount());
                queue.Enqueue("a", Money.Cny(1m));
                queue.Enqueue("b", Money.Usd(1m));
                return set.Min;
            }
        """);

    // ---------- 6. promised reports that the fixes may silence ----------

    [Fact]
    public Task Max_after_OrderBy_currency_is_still_reported_Reports() => Reported("""
            public static Money Largest() => {|AIR0001:Ledger.Payments.OrderBy(p => p.Currency).Max()|};
            public static Money Smallest() => {|AIR0001:Ledger.Payments.OrderBy(p => p.Currency).ThenBy(p => p.Amount).Min()|};
        """);

    [Fact]
    public Task ThenBy_budget_after_a_method_group_key_that_does_not_read_currency_DoesNotReport() => Silent("""
            private static string NameOf(Programme p) => p.Name;
            public static List<Programme> Table() => Catalogue.All.OrderBy(NameOf).ThenBy(p => p.Budget).ToList();
        """);

    [Fact]
    public Task Group_by_currency_with_euros_appended_then_Max_Reports() => Reported("""
            public static List<Money> Largest() => Ledger.Payments.GroupBy(p => p.Currency).Select(g => {|AIR0001:g.Append(Money.Eur(1m)).Max()|}).ToList();
        """);

    [Fact]
    public Task Group_by_currency_Sum_with_a_selector_in_pounds_Reports() => Reported("""
            public static List<Money> Totals() => Catalogue.All.GroupBy(p => p.Budget.Currency).Select(g => {|AIR0001:g.Sum(p => p.Budget, Currency.GBP)|}).ToList();
        """);

    [Fact]
    public Task Group_by_currency_Sum_in_pounds_Reports() => Reported("""
            public static List<Money> Totals() => Ledger.Payments.GroupBy(p => p.Currency).Select(g => {|AIR0001:g.Sum(Currency.GBP)|}).ToList();
        """);

    [Fact]
    public Task Helper_reading_only_one_parameters_currency_is_followed_Reports() => Reported("""
            private static bool Exceeds(Money a, Money b) => a.Currency.Code.Length == 3 && a > b;
            public static bool Over() => {|AIR0001:Exceeds(Money.Jpy(5_000m), Money.Eur(40m))|};
        """);

    [Fact]
    public Task Helper_behind_a_bool_helper_that_reads_only_one_currency_Reports() => Reported("""
            private static bool Valid(Money a, Money b) => a.Currency.Code.Length == 3 && b.Amount >= 0m;
            private static bool Exceeds(Money a, Money b) => Valid(a, b) && a > b;
            public static bool Over() => {|AIR0001:Exceeds(Money.Jpy(5_000m), Money.Eur(40m))|};
        """);

    [Fact]
    public Task Sort_with_Comparer_Default_held_in_a_field_DoesNotReport() => Silent("""
            private static readonly IComparer<Money> ByAmount = Comparer<Money>.Default;
            public static void Sort() => Ledger.Payments.Sort(ByAmount);
        """);

    [Fact]
    public Task Array_Sort_Order_and_OrderBy_with_Comparer_Default_Reports() => Reported("""
            public static void Sort() { var a = Ledger.Payments.ToArray(); {|AIR0001:Array.Sort(a, Comparer<Money>.Default)|}; }
            public static List<Money> Ordered() => {|AIR0001:Ledger.Payments.Order(Comparer<Money>.Default)|}.ToList();
            public static List<Money> Keyed() => {|AIR0001:Ledger.Payments.OrderBy(m => m, Comparer<Money>.Default)|}.ToList();
            public static void Create() => {|AIR0001:Ledger.Payments.Sort(Comparer<Money>.Create((a, b) => a > b ? 1 : a < b ? -1 : 0))|};
        """);

    [Fact]
    public Task Chunk_batches_of_ten_then_Max_DoesNotReport() => Silent("""
            public static List<Money> Largest() => Ledger.Payments.Chunk(10).Select(b => b.Max()).ToList();
        """);

    [Fact]
    public Task SkipWhile_amount_and_indexed_Where_then_Max_Reports() => Reported("""
            public static Money B() => {|AIR0001:Ledger.Payments.SkipWhile(p => p.Amount > 1000m).Max()|};
            public static Money C() => {|AIR0001:Ledger.Payments.Where((p, i) => i >= 0).Max()|};
        """);

    // DistinctBy by an amount may drop a dollar whose amount a yuan before it has: its elements are as after a removal,
    // never known to mix; the flow does not read the amounts, so this mixed ledger (four amounts) is left silent too
    [Fact]
    public Task DistinctBy_amount_of_a_mixed_source_then_Max_DoesNotReport() => Silent("""
            public static Money A() => Ledger.Payments.DistinctBy(p => p.Amount).Max();
        """);

    // DistinctBy(m => m.Currency) keeps one element of each currency: it mixes exactly when its source does
    [Fact]
    public Task DistinctBy_currency_of_a_mixed_source_then_Max_Reports() => Reported("""
            public static Money A() => {|AIR0001:Ledger.Payments.DistinctBy(p => p.Currency).Max()|};
            public static Money B() => {|AIR0001:Ledger.Payments.DistinctBy(p => p.Currency.Code).Min()|};
            public static Money C() => {|AIR0001:Ledger.Yuan.Concat(Ledger.Dollars).DistinctBy(p => p).Max()|};
            public static Money D() => {|AIR0001:Ledger.Yuan.DistinctBy(p => p.Currency).Sum(Currency.USD)|};
        """);

    [Fact]
    public Task DistinctBy_currency_of_one_currency_or_under_a_comparer_DoesNotReport() => Silent("""
            public static Money A() => Ledger.Yuan.DistinctBy(p => p.Currency).Max();
            public static Money B() => Ledger.Payments.DistinctBy(p => p.Currency.Code, StringComparer.Ordinal).Max();
            public static Money C() => Ledger.Payments.Where(p => p.Currency == Currency.CNY).DistinctBy(p => p.Currency).Max();
            public static Money D() => Ledger.Payments.DistinctBy(p => p.Currency == Currency.CNY).Max();
        """);

    // UnionBy runs its key on the elements of both sequences: its parameter is an element of either
    [Fact]
    public Task UnionBy_key_run_on_the_second_sequence_Reports() => Reported("""
            public static Money A() => new List<Money>().UnionBy(Ledger.Dollars, m => {|AIR0001:m > Money.Cny(1m)|}).First();
            public static Money B() => Ledger.Yuan.UnionBy(Ledger.Yuan, m => {|AIR0001:m > Money.Usd(1m)|}).First();
        """);

    // a key parameter that stands for yuan and dollars has no one currency, as a Where's over yuan.Concat(dollars)
    // has none (B compares the yuan with a dollar amount, but the flow no longer takes every element for a yuan one)
    [Fact]
    public Task UnionBy_key_over_two_currencies_DoesNotReport() => Silent("""
            public static Money A() => Ledger.Yuan.UnionBy(Ledger.Dollars, m => m > Money.Cny(1m)).First();
            public static Money B() => Ledger.Yuan.UnionBy(Ledger.Dollars, m => m > Money.Usd(1m)).First();
            public static Money C() => Ledger.Dollars.UnionBy(Ledger.Yuan, m => m > Money.Usd(1m)).First();
        """);

    [Fact]
    public Task GroupBy_a_non_currency_key_then_Sum_in_pounds_Reports() => Reported("""
            public static List<Money> Totals() => Ledger.Payments.GroupBy(p => p.Amount > 50m).Select(g => {|AIR0001:g.Sum(Currency.GBP)|}).ToList();
        """);

    // ---------- 7. crashes ----------

    [Fact]
    public async Task No_crash_on_queries_with_join_into_group_and_nested_groups()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public static class Q
            {
                static readonly List<Money> Xs = new() { Money.Cny(1m), Money.Usd(2m) };
                public static object A() =>
                    from x in Xs
                    join y in Xs on x.Currency equals y.Currency into ys
                    group ys by x.Currency into g
                    let m = g.SelectMany(z => z).Max()
                    orderby g.Key, m
                    select new { g.Key, m, Top = g.GroupBy(z => z.Count()).Select(h => h.Key).ToLookup(k => k)[0].Count() };
                public static Money B() => Xs.GroupBy(p => p.Currency).Select(g => g.Chunk(1).Select(c => c.Max()).Max()).First();
                public static Money C() => Xs.Chunk(2).GroupBy(c => c.Length).Select(g => g.First().Max()).First();
            }
            """);
        diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && !d.Id.StartsWith("AIR")).Should().BeEmpty();
    }

    // DistinctBy keeps the first element of each key, and an amount is a key two currencies may share: a dollar of a
    // yuan's amount is dropped (here always), so the elements are kept as after a removal, never known to mix (as for
    // UnionBy and Distinct by an amount)
    [Fact]
    public Task DistinctBy_an_amount_keeps_elements_as_after_a_removal_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money A() => new List<Money> { Money.Cny(1m), Money.Usd(1m) }.DistinctBy(m => m.Amount).Max();
            Money B() => new[] { Money.Cny(1m), Money.Usd(1m) }.DistinctBy(m => m.Amount).Min();
            Money C()
            {
                var xs = new List<Money> { Money.Cny(1m) };
                xs.Add(Money.Usd(1m));
                return xs.DistinctBy(m => m.Amount).Max();
            }
        }
        """);

    // UnionBy's key over tuples runs on the elements of both sequences: t.Cap is yuan when both hold yuan caps (as m is
    // for money elements, B)
    [Fact]
    public Task UnionBy_key_over_tuples_of_one_currency_in_both_sequences_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            int A()
            {
                var a = new List<(string Name, Money Cap)> { ("w", Money.Cny(1m)) };
                var b = new List<(string Name, Money Cap)> { ("s", Money.Cny(2m)) };
                return a.UnionBy(b, t => {|AIR0001:t.Cap > Money.Usd(1m)|}).Count();
            }

            int B()
            {
                var a = new List<Money> { Money.Cny(1m) };
                var b = new List<Money> { Money.Cny(2m) };
                return a.UnionBy(b, m => {|AIR0001:m > Money.Usd(1m)|}).Count();
            }
        }
        """);
}
