using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 stays silent on applications that hold money in two currencies but never mix them, or whose currencies are
/// known only at run time: filters, groups and orderings by currency, comparers that order by currency first, guards
/// through helpers, framework binding, serialisers, caches, pools, events and state kept by reference. A few controls
/// show the rule is active in the same setting.
/// </summary>
public class NeverMixedFlowTests
{
    private const string Payments = """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Domain;
        public static class Ledger
        {
            // a ledger known to hold yuan and dollars: code that uses it must keep them apart
            public static readonly List<Money> Payments = new() { Money.Cny(120m), Money.Usd(15m), Money.Cny(80m), Money.Usd(4m) };
        }
        public sealed record Programme(string Name, Money Budget);
        public static class Catalogue
        {
            public static readonly List<Programme> All = new()
            {
                new Programme("Wuhan fab", Money.Cny(5_000m)),
                new Programme("Austin fab", Money.Usd(700m)),
            };
        }
        """;

    // ---------- filtered, grouped and ordered collections ----------

    [Fact]
    public Task Filters_orderings_comparers_and_helpers_that_do_not_tell_currencies_apart_Reports() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Checks
        {
            public static bool Big(Money a, Money b) => a.Amount > 1m && b.Amount > 1m;
            public static bool Exceeds(Money spent, Money cap) => Big(spent, cap) && spent > cap;
            public static bool Same(Money a, Money b) => a.Amount == b.Amount;
        }
        public static class Reports
        {
            public static Money Largest() => {|AIR0001:Ledger.Payments.Where(p => p.Amount > 10m).Max()|};
            public static Money LargestKept() => {|AIR0001:Ledger.Payments.FindAll(p => p.Amount > 10m).Max()|};
            public static IEnumerable<Programme> ByName() => {|AIR0001:Catalogue.All.OrderBy(p => p.Name).ThenBy(p => p.Budget)|};
            public static void Sorted() => {|AIR0001:Ledger.Payments.Sort(Comparer<Money>.Create((a, b) => a.CompareTo(b)))|};
            public static IEnumerable<Money> InDollars() => Ledger.Payments.GroupBy(p => p.Currency).Select(g => {|AIR0001:g.Sum(Currency.USD)|});
            public static bool Over() => {|AIR0001:Checks.Exceeds(Money.Jpy(5_000m), Money.Eur(40m))|};
        }
        """);

    [Fact]
    public Task Where_by_currency_then_Max_of_a_mixed_ledger_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class LargestPayment
        {
            public static Money InYuan() => Ledger.Payments.Where(p => p.Currency == Currency.CNY).Max();
            public static Money InDollars() => Ledger.Payments.Where(p => p.Currency == Currency.USD).Min();
        }
        """);

    [Fact]
    public Task Where_by_currency_then_currency_stating_Sum_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Totals
        {
            public static Money Yuan() => Ledger.Payments.Where(p => p.Currency == Currency.CNY).Sum(Currency.CNY);
            public static Money Dollars() => Ledger.Payments.Where(p => p.Currency == Currency.USD).Sum(Currency.USD);
        }
        """);

    [Fact]
    public Task GroupBy_currency_then_Max_per_group_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class PerCurrency
        {
            public static Dictionary<Currency, Money> Largest() =>
                Ledger.Payments.GroupBy(p => p.Currency).ToDictionary(g => g.Key, g => g.Max());
        }
        """);

    [Fact]
    public Task OrderBy_currency_ThenBy_amount_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Statement
        {
            // ThenBy only compares payments whose currency (the first key) is equal
            public static List<Money> Lines() => Ledger.Payments.OrderBy(p => p.Currency).ThenBy(p => p).ToList();
        }
        """);

    [Fact]
    public Task Sort_with_a_comparison_that_orders_by_currency_first_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Statement
        {
            public static List<Money> Sorted()
            {
                var lines = new List<Money>(Ledger.Payments);
                lines.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b));
                return lines;
            }
            public static void SortInPlace() =>
                Ledger.Payments.Sort((a, b) => a.Currency == b.Currency ? a.CompareTo(b) : string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        }
        """);

    [Fact]
    public Task Sort_with_Comparer_Create_ordering_by_currency_first_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Statement
        {
            public static void Sort() => Ledger.Payments.Sort(Comparer<Money>.Create((a, b) =>
            {
                int byCurrency = a.Currency.CompareTo(b.Currency);
                return byCurrency != 0 ? byCurrency : a.Amount.CompareTo(b.Amount);
            }));
        }
        """);

    [Fact]
    public Task Sort_with_a_custom_IComparer_held_in_a_field_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Reports;
        public sealed class CurrencyThenAmount : IComparer<Money>
        {
            public int Compare(Money x, Money y)
            {
                int byCurrency = string.CompareOrdinal(x.Currency.Code, y.Currency.Code);
                return byCurrency != 0 ? byCurrency : x.Amount.CompareTo(y.Amount);
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Statement
        {
            private static readonly IComparer<Money> Order = new CurrencyThenAmount();
            public static void Sort() => Ledger.Payments.Sort(Order);
            public static List<Money> Ordered() => Ledger.Payments.OrderBy(p => p, Order).ToList();
        }
        """);

    [Fact]
    public Task Programmes_filtered_by_budget_currency_then_Max_by_budget_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Ranking
        {
            public static Money LargestChineseBudget() => Catalogue.All.Where(p => p.Budget.Currency == Currency.CNY).Max(p => p.Budget);
            public static Programme[] AmericanByBudget() => Catalogue.All.Where(p => p.Budget.Currency == Currency.USD).OrderBy(p => p.Budget).ToArray();
        }
        """);

    [Fact]
    public Task Programmes_grouped_by_budget_currency_then_ordered_by_budget_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Ranking
        {
            public static List<Programme> LeaderPerCurrency() =>
                Catalogue.All.GroupBy(p => p.Budget.Currency).Select(g => g.OrderByDescending(p => p.Budget).First()).ToList();
        }
        """);

    [Fact]
    public Task Programmes_ordered_by_budget_currency_then_by_budget_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Ranking
        {
            public static List<Programme> Table() => Catalogue.All.OrderBy(p => p.Budget.Currency).ThenBy(p => p.Budget).ToList();
        }
        """);

    [Fact]
    public Task Foreach_over_a_mixed_ledger_with_per_currency_totals_DoesNotReport() => Files.Verify(
        Payments,
        """
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Totals
        {
            public static (Money Yuan, Money Dollars) Split()
            {
                var yuan = Money.Zero(Currency.CNY);
                var dollars = Money.Zero(Currency.USD);
                foreach (var p in Ledger.Payments)
                {
                    if (p.Currency == Currency.CNY) yuan += p;
                    else if (p.Currency == Currency.USD) dollars += p;
                }
                return (yuan, dollars);
            }
        }
        """);

    [Fact]
    public Task Dictionary_buckets_keyed_by_currency_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public sealed class Buckets
        {
            private readonly Dictionary<Currency, Money> _totals = new()
            {
                [Currency.CNY] = Money.Zero(Currency.CNY),
                [Currency.USD] = Money.Zero(Currency.USD),
            };
            public void Post(Money payment) =>
                _totals[payment.Currency] = _totals.TryGetValue(payment.Currency, out var sofar) ? sofar + payment : payment;
            public void PostAll() { foreach (var p in Ledger.Payments) _totals[p.Currency] += p; }
            public bool YuanOver(decimal limit) => _totals[Currency.CNY] > Money.Cny(limit);
            public bool DollarsOver(decimal limit) => _totals[Currency.USD] > Money.Usd(limit);
        }
        """);

    [Fact]
    public Task Dictionary_of_lists_filled_per_currency_then_Max_of_one_list_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Buckets
        {
            public static Dictionary<Currency, List<Money>> ByCurrency()
            {
                var buckets = new Dictionary<Currency, List<Money>>();
                foreach (var p in Ledger.Payments)
                {
                    if (!buckets.TryGetValue(p.Currency, out var list)) buckets[p.Currency] = list = new List<Money>();
                    list.Add(p);
                }
                return buckets;
            }
            public static Money LargestYuan() => ByCurrency()[Currency.CNY].Max();
        }
        """);

    [Fact]
    public Task ToLookup_by_currency_then_Max_of_one_key_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Buckets
        {
            public static Money LargestYuan()
            {
                var byCurrency = Ledger.Payments.ToLookup(p => p.Currency);
                return byCurrency[Currency.CNY].Max();
            }
        }
        """);

    [Fact]
    public Task Where_by_currency_then_Sum_with_a_selector_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Domain;
        public sealed record Line(string Sku, Money Cost);
        public static class Basket
        {
            public static readonly List<Line> Lines = new() { new("tea", Money.Cny(30m)), new("mug", Money.Usd(9m)) };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Totals
        {
            public static Money Yuan() => Basket.Lines.Where(l => l.Cost.Currency == Currency.CNY).Sum(l => l.Cost, Currency.CNY);
            public static Money Dollars() => Basket.Lines.Where(l => l.Cost.Currency == Currency.USD).Select(l => l.Cost).Sum(Currency.USD);
        }
        """);

    [Fact]
    public Task Where_by_currency_then_Aggregate_seeded_in_that_currency_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Totals
        {
            public static Money Yuan() => Ledger.Payments.Where(p => p.Currency == Currency.CNY).Aggregate(Money.Zero(Currency.CNY), (t, p) => t + p);
        }
        """);

    [Fact]
    public Task Seeded_list_plus_imported_payments_filtered_to_dollars_then_Sum_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Import;
        public static class Statement
        {
            public static Money DollarTotal(string path)
            {
                var all = new List<Money> { Money.Cny(0m) };          // opening line of the yuan sub-ledger
                all.AddRange(File.ReadLines(path).Select(Money.Parse));
                return all.Where(m => m.Currency == Currency.USD).Sum(Currency.USD);
            }
        }
        """);

    [Fact]
    public Task Dictionary_pairs_filtered_by_key_then_Max_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Reports;
        public static class Desks
        {
            private static readonly Dictionary<string, Money> Caps = new()
            {
                ["tokyo-1"] = Money.Jpy(1_000m), ["tokyo-2"] = Money.Jpy(2_000m), ["paris-1"] = Money.Eur(9m),
            };
            public static Money TokyoMax() => Caps.Where(kv => kv.Key.StartsWith("tokyo")).Select(kv => kv.Value).Max();
            public static Money ParisMin() => Caps.Where(kv => kv.Value.Currency == Currency.EUR).Min(kv => kv.Value);
        }
        """);

    [Fact]
    public Task Partition_by_currency_into_lists_then_Sort_each_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Partition
        {
            public static (List<Money> Yuan, List<Money> Dollars) Split()
            {
                var yuan = Ledger.Payments.Where(p => p.Currency == Currency.CNY).ToList();
                var dollars = Ledger.Payments.FindAll(p => p.Currency == Currency.USD);
                yuan.Sort();
                dollars.Sort();
                return (yuan, dollars);
            }
        }
        """);

    [Fact]
    public Task Mixed_ledger_converted_to_dollars_then_Max_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Converted
        {
            public static Money Largest(IExchangeRateProvider rates, DateOnly day) =>
                Ledger.Payments.Select(p => p.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result).Max();
            public static bool Over(IExchangeRateProvider rates, DateOnly day, Currency reporting) =>
                Ledger.Payments.Select(p => p.ConvertTo(reporting, day, rates, RateLookup.MonthlyAverage).RoundedResult(MidpointRounding.ToEven)).Max() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Helper_returning_its_argument_or_a_dollar_conversion_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Fx;
        public static class Dollars
        {
            public static Money ToUsd(Money m, IExchangeRateProvider rates, DateOnly day)
            {
                if (m.Currency == Currency.USD) return m;
                return m.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result;
            }
            public static Money Normalised(Money m, IExchangeRateProvider rates, DateOnly day) =>
                m.Currency == Currency.USD ? m : m.ConvertTo(Currency.USD, day, rates, RateLookup.ExactDate).Result;
        }
        """,
        """
        using System;
        using AiRace.Core;
        using Shop.Fx;
        namespace Shop.Reports;
        public static class Check
        {
            public static bool Over(IExchangeRateProvider rates, DateOnly day) =>
                Dollars.ToUsd(Money.Cny(7_000m), rates, day) > Money.Usd(900m)
                || Dollars.Normalised(Money.Eur(50m), rates, day) > Money.Usd(60m);
        }
        """);

    [Fact]
    public Task Iterator_that_yields_only_one_currency_of_a_mixed_ledger_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Filter
        {
            public static IEnumerable<Money> Yuan()
            {
                foreach (var p in Ledger.Payments)
                {
                    if (p.Currency == Currency.CNY) yield return p;
                }
            }
            public static Money LargestYuan() => Yuan().Max();
            public static bool AnyOver() => Yuan().Any(p => p > Money.Cny(100m));
        }
        """);

    [Fact]
    public Task Local_list_filled_by_a_currency_filter_loop_then_Max_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Filter
        {
            public static List<Money> OfCurrency(Currency currency)
            {
                var result = new List<Money>();
                foreach (var p in Ledger.Payments)
                {
                    if (p.Currency == currency) result.Add(p);
                }
                return result;
            }
            public static Money LargestYuan() => OfCurrency(Currency.CNY).Max();
            public static Money YuanTotal() => OfCurrency(Currency.CNY).Sum(Currency.CNY);
        }
        """);

    [Fact]
    public Task Pairs_of_a_mixed_ledger_compared_only_when_currencies_agree_DoesNotReport() => Files.Verify(
        Payments,
        """
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Duplicates
        {
            public static int CountLarger()
            {
                var xs = Ledger.Payments;
                int n = 0;
                for (int i = 0; i < xs.Count; i++)
                    for (int j = i + 1; j < xs.Count; j++)
                        if (xs[i].Currency == xs[j].Currency && xs[i] > xs[j]) n++;
                return n;
            }
        }
        """);

    [Fact]
    public Task Helper_comparing_only_after_a_same_currency_helper_check_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Policy;
        public static class Limits
        {
            public static bool SameCurrency(Money a, Money b) => a.Currency == b.Currency;
            public static bool Exceeds(Money spent, Money cap) => SameCurrency(spent, cap) && spent > cap;
        }
        """,
        """
        using AiRace.Core;
        using Shop.Policy;
        namespace Shop.Reports;
        public static class Check
        {
            // a yen spend against a euro cap is simply "not exceeding": the helper checks the currencies first
            public static bool Any() => Limits.Exceeds(Money.Jpy(5_000m), Money.Eur(40m));
        }
        """);

    [Fact]
    public Task Per_desk_caps_in_their_own_currencies_read_with_constant_keys_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Desks;
        public enum Desk { Tokyo, Paris }
        public sealed class Caps
        {
            private readonly Dictionary<Desk, Money> _caps = new() { [Desk.Tokyo] = Money.Jpy(1_000_000m), [Desk.Paris] = Money.Eur(8_000m) };
            public void Raise(Desk desk, decimal factor) => _caps[desk] = _caps[desk] * factor;
            public void Uplift() { foreach (var desk in _caps.Keys.ToList()) _caps[desk] *= 1.05m; }
            public bool TokyoOver(Money exposureYen) => exposureYen > _caps[Desk.Tokyo] && _caps[Desk.Tokyo] > Money.Jpy(1m);
            public bool ParisOver() => _caps[Desk.Paris] < Money.Eur(100m);
        }
        """);

    // ---------- frameworks, persistence, serialisation ----------

    private const string Web = """
        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
            public sealed class RouteGroupBuilder : IEndpointRouteBuilder { }
        }
        namespace Microsoft.AspNetCore.Builder
        {
            using Microsoft.AspNetCore.Routing;
            public sealed class WebApplication : IEndpointRouteBuilder { }
            public sealed class RouteHandlerBuilder { }
            public static class EndpointRouteBuilderExtensions
            {
                public static RouteGroupBuilder MapGroup(this IEndpointRouteBuilder app, string prefix) => new();
                public static RouteHandlerBuilder MapPost(this IEndpointRouteBuilder app, string pattern, System.Delegate handler) => new();
                public static RouteHandlerBuilder MapGet(this IEndpointRouteBuilder app, string pattern, System.Delegate handler) => new();
            }
        }
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }
            public interface IActionResult { }
            public sealed class OkResult : IActionResult { }
            public sealed class FromBodyAttribute : System.Attribute { }
            public sealed class FromServicesAttribute : System.Attribute { }
            public sealed class ApiControllerAttribute : System.Attribute { }
        }
        namespace Microsoft.Extensions.Options
        {
            public interface IOptions<out T> where T : class { T Value { get; } }
            public interface IOptionsMonitor<out T> { T CurrentValue { get; } System.IDisposable? OnChange(System.Action<T, string?> listener); }
        }
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { IConfigurationSection GetSection(string key); }
            public interface IConfigurationSection : IConfiguration { string? Value { get; } }
            public static class ConfigurationBinder
            {
                public static void Bind(this IConfiguration configuration, object? instance) { }
                public static T? Get<T>(this IConfiguration configuration) => default;
            }
        }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> : System.Collections.Generic.List<T> where T : class { }
            public class ModelBuilder { public EntityTypeBuilder<T> Entity<T>() where T : class => new(); }
            public class EntityTypeBuilder<T> where T : class { public EntityTypeBuilder<T> HasData(params T[] data) => this; }
            public abstract class DbContext
            {
                public DbSet<T> Set<T>() where T : class => new();
                protected virtual void OnModelCreating(ModelBuilder modelBuilder) { }
                public System.Threading.Tasks.Task<int> SaveChangesAsync() => System.Threading.Tasks.Task.FromResult(0);
            }
        }
        """;

    [Fact]
    public Task Minimal_API_handler_method_group_in_a_route_group_DoesNotReport() => Files.Verify(
        Web,
        """
        using AiRace.Core;
        namespace Shop.Api;
        public sealed record PlaceOrder(string Sku, Money Total);
        public static class Samples
        {
            public static PlaceOrder Tea() => new("tea", Money.Cny(30m));
        }
        """,
        """
        using AiRace.Core;
        using Microsoft.AspNetCore.Builder;
        namespace Shop.Api;
        public static class OrderEndpoints
        {
            public static void Map(WebApplication app)
            {
                var api = app.MapGroup("/api");
                api.MapPost("/orders", Place);
            }
            public static bool Place(PlaceOrder order) => order.Total > Money.Usd(1_000m);
        }
        """);

    [Fact]
    public Task Controller_action_taking_a_generic_envelope_DoesNotReport() => Files.Verify(
        Web,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Api;
        public sealed class Envelope<T> { public string RequestId { get; set; } = ""; public List<T> Items { get; set; } = new(); }
        public sealed class PaymentDto { public Money Amount { get; set; } = Money.Cny(0m); public string Payer { get; set; } = ""; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        using Microsoft.AspNetCore.Mvc;
        namespace Shop.Api;
        [ApiController]
        public sealed class PaymentsController : ControllerBase
        {
            public IActionResult Post(Envelope<PaymentDto> body)
            {
                bool large = body.Items.Any(i => i.Amount > Money.Usd(10_000m));
                return new OkResult();
            }
        }
        """);

    [Fact]
    public Task Json_deserialised_generic_page_of_records_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Client;
        public sealed class Page<T> { public int Number { get; init; } public IReadOnlyList<T> Items { get; init; } = []; }
        public sealed record Fund(string Name, Money Reserve);
        public static class Fixtures { public static Fund Sample() => new("Pearl River", Money.Cny(1_000m)); }
        """,
        """
        using System.Linq;
        using System.Text.Json;
        using AiRace.Core;
        namespace Shop.Client;
        public static class FundsClient
        {
            public static bool AnyLarge(string json) =>
                JsonSerializer.Deserialize<Page<Fund>>(json)!.Items.Any(f => f.Reserve > Money.Usd(5_000m));
        }
        """);

    [Fact]
    public Task Json_deserialised_through_a_JsonTypeInfo_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Client;
        public sealed class Quote { public Money Price { get; set; } = Money.Cny(1m); public string Symbol { get; set; } = ""; }
        """,
        """
        using System.Text.Json;
        using System.Text.Json.Serialization.Metadata;
        using AiRace.Core;
        namespace Shop.Client;
        public static class QuotesClient
        {
            public static bool Expensive(string json, JsonSerializerOptions options)
            {
                var info = (JsonTypeInfo<Quote>)options.GetTypeInfo(typeof(Quote));
                var quote = JsonSerializer.Deserialize(json, info)!;
                return quote.Price > Money.Usd(100m);
            }
        }
        """);

    [Fact]
    public Task Json_deserialised_dictionary_of_accounts_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Client;
        public sealed class Account { public Money Balance { get; set; } = Money.Cny(0m); }
        public static class Opening { public static Account New() => new() { Balance = Money.Cny(100m) }; }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using AiRace.Core;
        namespace Shop.Client;
        public static class Accounts
        {
            public static bool Overdrawn(string json) =>
                JsonSerializer.Deserialize<Dictionary<string, Account>>(json)!.Values.Any(a => a.Balance < Money.Usd(0m));
        }
        """);

    [Fact]
    public Task EF_entity_with_a_navigation_collection_and_seed_data_DoesNotReport() => Files.Verify(
        Web,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Data;
        public sealed class Customer { public int Id { get; set; } public List<Invoice> Invoices { get; set; } = new(); }
        public sealed class Invoice { public int Id { get; set; } public Money Total { get; set; } = Money.Cny(0m); }
        """,
        """
        using Microsoft.EntityFrameworkCore;
        using AiRace.Core;
        namespace Shop.Data;
        public sealed class ShopContext : DbContext
        {
            public DbSet<Customer> Customers => Set<Customer>();
            protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                modelBuilder.Entity<Customer>().HasData(new Customer { Id = 1, Invoices = { new Invoice { Id = 1, Total = Money.Cny(10m) } } });
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Data;
        public sealed class Dunning(ShopContext db)
        {
            public int Count() => db.Customers.SelectMany(c => c.Invoices).Count(i => i.Total > Money.Usd(500m));
        }
        """);

    [Fact]
    public Task Generic_row_hydrator_that_sets_properties_by_reflection_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        namespace Shop.Data;
        public static class Hydrator
        {
            public static T Hydrate<T>(IReadOnlyDictionary<string, object?> row) where T : new()
            {
                var item = new T();
                foreach (var property in typeof(T).GetProperties())
                {
                    if (row.TryGetValue(property.Name, out var value)) property.SetValue(item, value);
                }
                return item;
            }
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Data;
        public sealed class Ledger { public Money Balance { get; set; } = Money.Cny(0m); }
        """,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Data;
        public static class Reader
        {
            public static bool Overdrawn(IReadOnlyDictionary<string, object?> row) => Hydrator.Hydrate<Ledger>(row).Balance < Money.Usd(0m);
        }
        """);

    [Fact]
    public Task Options_with_a_currency_code_bound_through_IOptionsMonitor_DoesNotReport() => Files.Verify(
        Web,
        """
        namespace Shop.Pricing;
        public sealed class PricingOptions
        {
            public string CurrencyCode { get; set; } = "CNY";
            public decimal FreeShippingOver { get; set; } = 99m;
        }
        """,
        """
        using AiRace.Core;
        using Microsoft.Extensions.Options;
        namespace Shop.Pricing;
        public sealed class Shipping(IOptionsMonitor<PricingOptions> options)
        {
            public Money Threshold => Money.Of(options.CurrencyValue().FreeShippingOver, options.CurrencyValue().CurrencyCode);
            public bool Free(decimal dollars) => Threshold <= Money.Usd(dollars);
        }
        public static class OptionsExtensions
        {
            public static PricingOptions CurrencyValue(this IOptionsMonitor<PricingOptions> monitor) => monitor.CurrentValue;
        }
        """);

    [Fact]
    public Task Settings_code_deserialised_from_JSON_used_in_Money_Of_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Config;
        public sealed record StoreSettings(string HomeCurrency = "CNY", decimal Float = 500m)
        {
            public Currency Home => Currency.FromCode(HomeCurrency);
        }
        """,
        """
        using System.IO;
        using System.Text.Json;
        using AiRace.Core;
        namespace Shop.Config;
        public static class Till
        {
            private static StoreSettings Load(string path) => JsonSerializer.Deserialize<StoreSettings>(File.ReadAllText(path)) ?? new StoreSettings();
            public static bool FloatTooHigh(string path)
            {
                var settings = Load(path);
                return Money.Of(settings.Float, settings.Home) > Money.Usd(100m) || Money.Of(settings.Float, settings.HomeCurrency) > Money.Usd(100m);
            }
        }
        """);

    [Fact]
    public Task Configuration_section_bound_into_a_nested_options_object_DoesNotReport() => Files.Verify(
        Web,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Config;
        public sealed class FeeSchedule { public List<FeeTier> Tiers { get; set; } = new() { new FeeTier() }; }
        public sealed class FeeTier { public Money Above { get; set; } = Money.Cny(1_000m); public decimal Rate { get; set; } = 0.01m; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        using Microsoft.Extensions.Configuration;
        namespace Shop.Config;
        public sealed class Fees
        {
            private readonly FeeSchedule _schedule = new();
            public Fees(IConfiguration configuration) => configuration.GetSection("Fees").Bind(_schedule);
            public decimal RateFor(decimal dollars) => _schedule.Tiers.Where(t => Money.Usd(dollars) >= t.Above).Select(t => t.Rate).DefaultIfEmpty(0m).Max();
        }
        """);

    [Fact]
    public Task Message_bus_deserialising_a_type_named_at_run_time_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Messaging;
        public sealed record PaymentReceived(string Order, Money Amount);
        public static class Publisher { public static PaymentReceived Sample() => new("A-1", Money.Cny(88m)); }
        """,
        """
        using System;
        using System.Text.Json;
        using AiRace.Core;
        namespace Shop.Messaging;
        public static class Consumer
        {
            public static bool Handle(string typeName, string body)
            {
                var type = Type.GetType(typeName, throwOnError: true)!;
                object message = JsonSerializer.Deserialize(body, type)!;
                return message is PaymentReceived { Amount: var amount } && amount > Money.Usd(100m);
            }
        }
        """);

    [Fact]
    public Task DTO_mapped_from_a_yuan_order_and_also_deserialised_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Api;
        public sealed record Order(string Id, Money Total);
        public sealed record OrderDto(string Id, decimal Amount, string Currency);
        public static class Orders
        {
            public static Order Sample() => new("A-1", Money.Cny(300m));
            public static OrderDto ToDto(Order o) => new(o.Id, o.Total.Amount, o.Total.Currency.Code);
            public static Order FromDto(OrderDto d) => new(d.Id, Money.Of(d.Amount, d.Currency));
        }
        """,
        """
        using System.Text.Json;
        using AiRace.Core;
        namespace Shop.Api;
        public static class Inbox
        {
            public static bool Large(string json) => Orders.FromDto(JsonSerializer.Deserialize<OrderDto>(json)!).Total > Money.Usd(1_000m);
        }
        """);

    // ---------- services, members and state ----------

    [Fact]
    public Task Fee_policies_injected_as_an_interface_with_two_implementations_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Fees;
        public interface IFeePolicy { Currency Currency { get; } Money Cap { get; } Money Fee(Money amount); }
        public sealed class YuanFees : IFeePolicy
        {
            public Currency Currency => Currency.CNY;
            public Money Cap => Money.Cny(50m);
            public Money Fee(Money amount) => amount * 0.006m;
        }
        public sealed class DollarFees : IFeePolicy
        {
            public Currency Currency => Currency.USD;
            public Money Cap => Money.Usd(8m);
            public Money Fee(Money amount) => amount * 0.029m;
        }
        """,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Fees;
        public sealed class Checkout(IEnumerable<IFeePolicy> policies)
        {
            public Money FeeFor(Money amount)
            {
                var policy = policies.Single(p => p.Currency == amount.Currency);
                var fee = policy.Fee(amount);
                return fee > policy.Cap ? policy.Cap : fee;
            }
        }
        """);

    [Fact]
    public Task Subclasses_holding_different_currencies_through_a_base_constructor_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Accounts;
        public abstract class Account
        {
            protected Money Balance;
            protected Account(Money opening) { Balance = opening; }
            public Money Current => Balance;
        }
        public sealed class YuanAccount : Account
        {
            public YuanAccount() : base(Money.Cny(0m)) { }
            public void Deposit(decimal yuan) => Balance += Money.Cny(yuan);
            public bool Rich => Balance > Money.Cny(1_000_000m);
        }
        public sealed class DollarAccount : Account
        {
            public DollarAccount() : base(Money.Usd(0m)) { }
            public void Deposit(decimal dollars) => Balance += Money.Usd(dollars);
            public bool Rich => Current > Money.Usd(150_000m);
        }
        """);

    [Fact]
    public Task Abstract_record_hierarchy_with_a_currency_per_subtype_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Desks;
        public abstract record Desk(string Name, Money Limit);
        public sealed record TokyoDesk() : Desk("Tokyo", Money.Jpy(50_000_000m))
        {
            public bool Tight => Limit < Money.Jpy(1_000_000m);
        }
        public sealed record ParisDesk() : Desk("Paris", Money.Eur(400_000m))
        {
            public bool Tight => Limit < Money.Eur(10_000m);
        }
        """);

    [Fact]
    public Task Wallets_tagged_by_a_static_abstract_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Wallets;
        public interface ICurrencyTag { static abstract Currency Currency { get; } }
        public readonly struct Yuan : ICurrencyTag { public static Currency Currency => Currency.CNY; }
        public readonly struct Dollar : ICurrencyTag { public static Currency Currency => Currency.USD; }
        public sealed class Wallet<TTag> where TTag : ICurrencyTag
        {
            private Money _balance = Money.Zero(TTag.Currency);
            public void Deposit(decimal amount) => _balance += Money.Of(amount, TTag.Currency);
            public bool Covers(decimal amount) => _balance >= Money.Of(amount, TTag.Currency);
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Wallets;
        public static class Demo
        {
            public static bool Run()
            {
                var yuan = new Wallet<Yuan>();
                var dollars = new Wallet<Dollar>();
                yuan.Deposit(10m);
                dollars.Deposit(3m);
                return yuan.Covers(5m) && dollars.Covers(1m);
            }
        }
        """);

    [Fact]
    public Task ThreadLocal_and_AsyncLocal_budgets_set_per_request_DoesNotReport() => Files.Verify(
        """
        using System.Threading;
        using AiRace.Core;
        namespace Shop.Requests;
        public static class RequestBudget
        {
            public static readonly ThreadLocal<Money> Remaining = new(() => Money.Cny(0m));
            public static readonly AsyncLocal<Money> Ceiling = new();
            public static void Begin(Money ceiling) { Remaining.Value = ceiling; Ceiling.Value = ceiling; }
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Requests;
        public static class Handler
        {
            public static bool Run()
            {
                RequestBudget.Begin(Money.Usd(20m));
                return RequestBudget.Remaining.Value > Money.Usd(5m) && RequestBudget.Ceiling.Value > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Lazy_held_by_a_settable_field_and_property_replaced_on_reconfigure_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Config;
        public sealed class Limits
        {
            private Lazy<Money> _cap = new(() => Money.Cny(1_000m));
            public Lazy<Money> Floor { get; set; } = new(() => Money.Cny(10m));
            public void Reconfigure(Money cap, Money floor)
            {
                _cap = new Lazy<Money>(() => cap);
                Floor = new Lazy<Money>(() => floor);
            }
            public bool Over(decimal dollars) => Money.Usd(dollars) > _cap.Value || Money.Usd(dollars) < Floor.Value;
        }
        """);

    [Fact]
    public Task Field_written_through_a_ref_returning_property_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed class Plan
        {
            private Money _cap = Money.Cny(1_000m);
            public ref Money Cap => ref _cap;
            public bool Over(decimal dollars) => Money.Usd(dollars) > _cap;
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Setup
        {
            public static Plan American(decimal cap)
            {
                var plan = new Plan();
                plan.Cap = Money.Usd(cap);
                return plan;
            }
        }
        """);

    [Fact]
    public Task Array_slots_rewritten_through_a_ref_returning_method_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed class Tranches
        {
            private readonly Money[] _slots = { Money.Cny(1m), Money.Cny(2m), Money.Cny(3m) };
            public ref Money Slot(int i) => ref _slots[i];
            public int Count => _slots.Length;
            public bool FirstOver(decimal dollars) => _slots[0] > Money.Usd(dollars);
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Rebase
        {
            public static void ToCurrency(Tranches t, Currency c)
            {
                for (int i = 0; i < t.Count; i++) t.Slot(i) = Money.Zero(c);
            }
        }
        """);

    [Fact]
    public Task Accumulator_from_an_object_pool_reset_to_a_run_time_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using AiRace.Core;
        namespace Shop.Pooling;
        public sealed class Accumulator
        {
            private Money _total = Money.Zero(Currency.CNY);
            public void Reset(Currency currency) => _total = Money.Zero(currency);
            public void Add(Money m) => _total += m;
            public Money Total => _total;
        }
        public static class Pool
        {
            private static readonly ConcurrentBag<Accumulator> Items = new();
            public static Accumulator Rent(Currency currency)
            {
                var a = Items.TryTake(out var kept) ? kept : new Accumulator();
                a.Reset(currency);
                return a;
            }
            public static void Return(Accumulator a) => Items.Add(a);
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Pooling;
        public static class Use
        {
            public static bool Big()
            {
                var acc = Pool.Rent(Currency.USD);
                acc.Add(Money.Usd(5m));
                bool big = acc.Total > Money.Usd(3m);
                Pool.Return(acc);
                return big;
            }
        }
        """);

    [Fact]
    public Task Fluent_builder_with_a_default_currency_overridden_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Orders;
        public sealed class InvoiceBuilder
        {
            private Currency _currency = Currency.CNY;
            private readonly List<decimal> _lines = new();
            public InvoiceBuilder In(Currency currency) { _currency = currency; return this; }
            public InvoiceBuilder Line(decimal amount) { _lines.Add(amount); return this; }
            public Money Total() => Money.Of(_lines.Sum(), _currency);
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Orders;
        public static class Billing
        {
            public static bool Large() => new InvoiceBuilder().In(Currency.USD).Line(400m).Line(700m).Total() > Money.Usd(1_000m);
        }
        """);

    [Fact]
    public Task Immutable_request_record_with_currency_changed_by_with_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Quotes;
        public sealed record QuoteRequest
        {
            public Currency Currency { get; init; } = Currency.CNY;
            public decimal Amount { get; init; }
            public Money Price => Money.Of(Amount, Currency);
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Quotes;
        public static class Quoting
        {
            public static bool Cheap(string code, decimal amount)
            {
                var request = new QuoteRequest { Amount = amount } with { Currency = Currency.FromCode(code) };
                return request.Price < Money.Usd(5m);
            }
        }
        """);

    [Fact]
    public Task Event_subscriber_comparing_amounts_published_in_several_currencies_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Events;
        public sealed class PaymentEventArgs(Money amount) : EventArgs { public Money Amount { get; } = amount; }
        public sealed class Gateway
        {
            public event EventHandler<PaymentEventArgs>? Paid;
            public void ChinaPay(decimal yuan) => Paid?.Invoke(this, new PaymentEventArgs(Money.Cny(yuan)));
            public void CardPay(decimal dollars) => Paid?.Invoke(this, new PaymentEventArgs(Money.Usd(dollars)));
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Events;
        public sealed class FraudWatch
        {
            private Money _largestUsd = Money.Usd(0m);
            public FraudWatch(Gateway gateway) => gateway.Paid += (_, e) =>
            {
                if (e.Amount.Currency == Currency.USD && e.Amount > _largestUsd) _largestUsd = e.Amount;
            };
        }
        """);

    [Fact]
    public Task State_machine_events_applied_by_a_switch_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Accounts;
        public abstract record AccountEvent;
        public sealed record Opened(Money Opening) : AccountEvent;
        public sealed record Deposited(Money Amount) : AccountEvent;
        public sealed record AccountState(Money Balance, bool Frozen);
        public static class Projection
        {
            public static AccountState Apply(AccountState? state, AccountEvent e) => e switch
            {
                Opened o => new AccountState(o.Opening, false),
                Deposited d when state is not null => state with { Balance = state.Balance + d.Amount },
                _ => state ?? throw new System.InvalidOperationException(),
            };
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Accounts;
        public static class Scenarios
        {
            public static bool Yuan()
            {
                var s = Projection.Apply(null, new Opened(Money.Cny(0m)));
                s = Projection.Apply(s, new Deposited(Money.Cny(50m)));
                return s.Balance > Money.Cny(10m);
            }
            public static bool Dollars()
            {
                var s = Projection.Apply(null, new Opened(Money.Usd(0m)));
                s = Projection.Apply(s, new Deposited(Money.Usd(5m)));
                return s.Balance > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Async_stream_of_parsed_payments_bucketed_by_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.IO;
        using System.Runtime.CompilerServices;
        using System.Threading;
        using AiRace.Core;
        namespace Shop.Import;
        public static class Feed
        {
            public static async IAsyncEnumerable<Money> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken ct = default)
            {
                while (await reader.ReadLineAsync(ct) is { } line) yield return Money.Parse(line);
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using AiRace.Core;
        namespace Shop.Import;
        public static class Summary
        {
            public static async Task<bool> YuanOverAsync(TextReader reader)
            {
                var totals = new Dictionary<Currency, Money>();
                await foreach (var m in Feed.ReadAsync(reader))
                    totals[m.Currency] = totals.TryGetValue(m.Currency, out var t) ? t + m : m;
                return totals.TryGetValue(Currency.CNY, out var yuan) && yuan > Money.Cny(10_000m);
            }
        }
        """);

    [Fact]
    public Task Hot_swapped_snapshot_via_Interlocked_Exchange_DoesNotReport() => Files.Verify(
        """
        using System.Threading;
        using AiRace.Core;
        namespace Shop.Risk;
        public sealed class LimitSnapshot(Money cap) { public Money Cap { get; } = cap; }
        public sealed class LimitStore
        {
            private LimitSnapshot _current = new(Money.Cny(1_000m));
            public LimitSnapshot Current => Volatile.Read(ref _current);
            public LimitSnapshot Swap(Money cap) => Interlocked.Exchange(ref _current, new LimitSnapshot(cap));
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Risk;
        public static class Gate
        {
            public static bool Allows(LimitStore store, decimal dollars)
            {
                store.Swap(Money.Usd(500m));
                return Money.Usd(dollars) <= store.Current.Cap;
            }
        }
        """);

    [Fact]
    public Task Semi_auto_property_with_the_field_keyword_written_elsewhere_DoesNotReport() => Files.VerifyPreview(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed class Budget
        {
            public Money Cap
            {
                get;
                set => field = value.Round(2, MidpointRounding.ToEven);
            } = Money.Cny(1_000m);
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Setup
        {
            public static bool Run(decimal dollars)
            {
                var budget = new Budget();
                budget.Cap = Money.Usd(dollars);
                return budget.Cap > Money.Usd(10m);
            }
        }
        """);

    [Fact]
    public Task Property_with_a_validating_setter_written_from_input_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed class Envelope
        {
            private Money _limit = Money.Cny(500m);
            public Money Limit
            {
                get => _limit;
                set
                {
                    if (value.IsNegative) throw new ArgumentOutOfRangeException(nameof(value));
                    _limit = value;
                }
            }
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Setup
        {
            public static bool Run(string text)
            {
                var e = new Envelope { Limit = Money.Parse(text) };
                return e.Limit > Money.Usd(10m);
            }
        }
        """);

    [Fact]
    public Task Strategy_factories_keyed_by_currency_code_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Pricing;
        public static class Factories
        {
            public static readonly Dictionary<string, Func<decimal, Money>> ByCode = new()
            {
                ["CNY"] = Money.Cny,
                ["USD"] = Money.Usd,
            };
            public static bool Over(string code, decimal amount) => ByCode[code](amount) > Money.Usd(100m);
        }
        """);

    [Fact]
    public Task Cache_filled_by_GetOrAdd_with_a_loader_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Concurrent;
        using AiRace.Core;
        namespace Shop.Caching;
        public sealed class PriceCache
        {
            private readonly ConcurrentDictionary<string, Money> _prices = new();
            public PriceCache() => _prices["tea"] = Money.Cny(30m);
            public Money Get(string sku, System.Func<string, Money> load) => _prices.GetOrAdd(sku, load);
            public bool Expensive(string sku, System.Func<string, Money> load) => Get(sku, load) > Money.Usd(20m);
            public bool TeaExpensive() => _prices.TryGetValue("mug", out var p) && p > Money.Usd(20m);
        }
        """);

    [Fact]
    public Task Generic_repository_of_invoices_each_compared_with_its_own_limit_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Data;
        public interface IEntity { int Id { get; } }
        public sealed class Invoice : IEntity
        {
            public int Id { get; init; }
            public Money Total { get; init; }
            public Money Limit { get; init; }
        }
        public class Repository<T> where T : IEntity
        {
            private readonly Dictionary<int, T> _items = new();
            public void Add(T item) => _items[item.Id] = item;
            public IEnumerable<T> All() => _items.Values;
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Data;
        public static class Seed
        {
            public static Repository<Invoice> Build()
            {
                var repo = new Repository<Invoice>();
                repo.Add(new Invoice { Id = 1, Total = Money.Cny(900m), Limit = Money.Cny(1_000m) });
                repo.Add(new Invoice { Id = 2, Total = Money.Usd(90m), Limit = Money.Usd(100m) });
                return repo;
            }
            public static int OverLimit(Repository<Invoice> repo) => repo.All().Count(i => i.Total > i.Limit);
        }
        """);

    [Fact]
    public Task Unit_of_work_tracking_changes_of_accounts_in_two_currencies_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Data;
        public sealed class Account(string id, Money balance)
        {
            public string Id { get; } = id;
            public Money Balance { get; private set; } = balance;
            public void Post(Money amount) => Balance += amount;
        }
        public sealed class UnitOfWork
        {
            private readonly List<Account> _dirty = new();
            public void Track(Account a) => _dirty.Add(a);
            public IReadOnlyList<Account> Dirty => _dirty;
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Data;
        public static class Transfers
        {
            public static int Run(UnitOfWork uow)
            {
                var cn = new Account("cn", Money.Cny(100m));
                var us = new Account("us", Money.Usd(10m));
                cn.Post(Money.Cny(5m));
                us.Post(Money.Usd(1m));
                uow.Track(cn);
                uow.Track(us);
                return uow.Dirty.Count(a => a.Balance.IsNegative) + (us.Balance > Money.Usd(1m) ? 1 : 0);
            }
        }
        """);

    [Fact]
    public Task Struct_wrapper_holding_money_reset_through_this_assignment_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Wallets;
        public struct Purse
        {
            private Money _cash;
            public Purse() { _cash = Money.Cny(0m); }
            public Purse(Money opening) { _cash = opening; }
            public void Reset(Money opening) => this = new Purse(opening);
            public readonly Money Cash => _cash;
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Wallets;
        public static class Use
        {
            public static bool Run()
            {
                var purse = new Purse();
                purse.Reset(Money.Usd(20m));
                return purse.Cash > Money.Usd(5m);
            }
        }
        """);

    [Fact]
    public Task Static_constructor_reading_the_home_currency_from_the_environment_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Config;
        public static class Home
        {
            public static readonly Currency Currency = Currency.CNY;
            public static readonly Money Float;
            static Home()
            {
                var code = Environment.GetEnvironmentVariable("HOME_CURRENCY");
                if (code is not null) Currency = Currency.FromCode(code);
                Float = Money.Of(500m, Currency);
            }
        }
        """,
        """
        using AiRace.Core;
        namespace Shop.Config;
        public static class Till
        {
            public static bool High(decimal dollars) => Home.Float > Money.Usd(dollars) || Money.Zero(Home.Currency) > Money.Usd(dollars);
        }
        """);

    [Fact]
    public Task Converted_before_comparing_through_a_per_currency_rate_cache_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        namespace Shop.Fx;
        public sealed class Reporting(IExchangeRateProvider rates, Currency target)
        {
            private readonly Dictionary<(Currency, DateOnly), Money> _cache = new();
            public Money InTarget(Money m, DateOnly day)
            {
                if (m.Currency == target) return m;
                if (!_cache.TryGetValue((m.Currency, day), out var one))
                    _cache[(m.Currency, day)] = one = Money.Of(1m, m.Currency).ConvertTo(target, day, rates, RateLookup.MostRecentWithin(5)).Result;
                return one * m.Amount;
            }
        }
        """,
        """
        using System;
        using AiRace.Core;
        namespace Shop.Fx;
        public static class Check
        {
            public static bool Over(IExchangeRateProvider rates)
            {
                var r = new Reporting(rates, Currency.USD);
                var day = new DateOnly(2025, 6, 30);
                return r.InTarget(Money.Cny(7_000m), day) > Money.Usd(900m);
            }
        }
        """);

    [Fact]
    public Task Helpers_that_check_currencies_with_Equals_or_codes_before_comparing_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Policy;
        public static class Limits
        {
            public static bool Exceeds(Money spent, Money cap) => spent.Currency.Equals(cap.Currency) && spent > cap;
            public static bool Below(Money spent, Money floor) => spent.Currency.Code == floor.Currency.Code && spent < floor;
            public static bool Matches(Money a, Money b) => a.Currency.Equals(b.Currency) ? a == b : false;
        }
        """,
        """
        using AiRace.Core;
        using Shop.Policy;
        namespace Shop.Reports;
        public static class Check
        {
            public static bool Any() =>
                Limits.Exceeds(Money.Jpy(5_000m), Money.Eur(40m)) || Limits.Below(Money.Gbp(1m), Money.Usd(2m)) || Limits.Matches(Money.Cny(1m), Money.Usd(1m));
        }
        """);

    [Fact]
    public Task ExceptBy_and_IntersectBy_on_currency_then_Max_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Largest
        {
            public static Money AllButDollars() => Ledger.Payments.ExceptBy(new[] { Currency.USD }, p => p.Currency).Max();
            public static Money OnlyYuan() => Ledger.Payments.IntersectBy(new[] { Currency.CNY }, p => p.Currency).Max();
        }
        """);

    [Fact]
    public Task Query_syntax_orderby_budget_currency_then_budget_DoesNotReport() => Files.Verify(
        Payments,
        """
        using System.Collections.Generic;
        using System.Linq;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Ranking
        {
            public static List<string> Table() =>
                (from p in Catalogue.All orderby p.Budget.Currency, p.Budget descending select p.Name).ToList();
        }
        """);

    // ---------- positive controls ----------

    [Fact]
    public Task Control_unfiltered_Max_of_the_mixed_ledger_Reports() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using AiRace.Core;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Largest
        {
            public static Money Any() => {|AIR0001:Ledger.Payments.Where(p => p.Amount > 0m).Max()|};
        }
        """);

    [Fact]
    public Task Control_programmes_ordered_by_budget_Reports() => Files.Verify(
        Payments,
        """
        using System.Linq;
        using Shop.Domain;
        namespace Shop.Reports;
        public static class Ranking
        {
            public static object Table() => {|AIR0001:Catalogue.All.OrderBy(p => p.Budget)|}.ToList();
        }
        """);

    [Fact]
    public Task Control_yuan_account_compared_with_dollars_across_files_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Accounts;
        public sealed record Opening(string Id, Money Amount);
        public static class Openings { public static Opening China(string id) => new(id, Money.Cny(100m)); }
        """,
        """
        using AiRace.Core;
        namespace Shop.Accounts;
        public static class Check
        {
            public static bool Big(Opening o) => {|AIR0001:o.Amount > Money.Usd(10m)|};
            public static Money Total() => {|AIR0001:Money.Jpy(1m).ConvertTo(Currency.EUR, default, null!, RateLookup.ExactDate).Result + Money.Usd(2m)|};
        }
        """);

    // ---------- large consumers through every rule (crashes) ----------

    private const string LargeConsumer = """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Runtime.CompilerServices;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using AiRace.Core;

        namespace Shop.Everything;

        public sealed record Line(string Sku, Money Cost);
        public sealed record Order(string Id, IReadOnlyList<Line> Lines) { public Money Total(Currency c) => Lines.Sum(l => l.Cost, c); }
        public interface IClock { DateOnly Today { get; } }
        public interface IRates : IExchangeRateProvider { }

        public sealed class Store
        {
            private static readonly List<Money> Ledger = [Money.Cny(1m), Money.Usd(2m), .. Enumerable.Repeat(Money.Eur(3m), 2)];
            private readonly ConcurrentDictionary<Currency, Money> _totals = new();
            private readonly Lazy<Money> _float = new(() => Money.Cny(500m));
            [ThreadStatic] private static Money? _scratch;
            private volatile int _version;
            private Money _cap = Money.Cny(100m);
            public event Action<Money>? Changed;

            public ref Money Cap => ref _cap;

            public void Post(Money m)
            {
                _totals.AddOrUpdate(m.Currency, m, (_, old) => old + m);
                _scratch = m;
                Interlocked.Increment(ref Unsafe.AsRef(in _version));
                Changed?.Invoke(m);
            }

            public Money? Scratch => _scratch;

            public IEnumerable<(Currency Currency, Money Largest)> LargestPerCurrency() =>
                from m in Ledger
                group m by m.Currency into g
                select (g.Key, g.Aggregate((a, b) => a > b ? a : b));

            public async IAsyncEnumerable<Money> StreamAsync([EnumeratorCancellation] CancellationToken ct = default)
            {
                foreach (var m in Ledger)
                {
                    await Task.Yield();
                    ct.ThrowIfCancellationRequested();
                    yield return m;
                }
            }

            public async Task<Money> SumYuanAsync()
            {
                var total = Money.Zero(Currency.CNY);
                await foreach (var m in StreamAsync())
                {
                    if (m.Currency != Currency.CNY) continue;
                    total += m;
                }
                return total;
            }

            public Money Normalise(Money m, IRates rates, IClock clock) =>
                m.Currency == Currency.USD ? m : m.ConvertTo(Currency.USD, clock.Today, rates, RateLookup.MonthlyAverage).Result;

            public bool Compare(Order order, IRates rates, IClock clock)
            {
                var byCurrency = order.Lines.GroupBy(l => l.Cost.Currency).ToDictionary(g => g.Key, g => g.Sum(l => l.Cost, g.Key));
                var usd = byCurrency.Values.Select(v => Normalise(v, rates, clock)).Aggregate(Money.Zero(Currency.USD), (a, b) => a + b);
                return usd > Money.Usd(100m) && _float.Value > Money.Cny(1m) && (_scratch ?? Money.Cny(0m)).IsZero is false;
            }

            public T Load<T>(string json) => JsonSerializer.Deserialize<T>(json)!;

            public Money Pick(object o) => o switch
            {
                Money { IsZero: true } z => z,
                Line { Cost: { Currency.Code: "CNY" } cost } => cost,
                Order { Lines: [var first, ..] } => first.Cost,
                _ => Money.Zero(Currency.XXX),
            };
        }

        public static class Program
        {
            public static async Task<int> Main(string[] args)
            {
                var store = new Store();
                store.Changed += m => Console.WriteLine(m.ToString("G", null));
                foreach (var arg in args) store.Post(Money.Parse(arg));
                store.Cap = Money.Usd(1m);
                var yuan = await store.SumYuanAsync();
                var largest = store.LargestPerCurrency().ToList();
                var set = store.Load<Dictionary<string, Line>>("{}");
                return yuan > Money.Cny(1m) && largest.Count > 0 && set.Count == 0 && store.Cap > Money.Usd(0m) ? 0 : 1;
            }
        }
        """;

    [Fact]
    public async Task Large_consumer_through_every_rule_does_not_throw_nor_report_AIR0001()
    {
        var diagnostics = await AllRules.AnalyzeAsync(LargeConsumer);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS")).Should().BeEmpty();
        diagnostics.Where(d => d.Id == "AIR0001").Select(d => d.ToString()).Should().BeEmpty();
    }

    private const string LargeService = """
        using System;
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using AiRace.Core;

        namespace Shop.Service;

        public enum Region { China, Us, Europe }
        public sealed record Budget(Region Region, Money Cap);
        public sealed class Plan
        {
            public Money Cap { get; set; } = Money.Cny(1m);
            public List<Money> Tranches { get; } = new();
        }

        public static class Catalogue
        {
            public static readonly FrozenDictionary<Region, Money> Caps = new Dictionary<Region, Money>
            {
                [Region.China] = Money.Cny(1_000m), [Region.Us] = Money.Usd(150m), [Region.Europe] = Money.Eur(130m),
            }.ToFrozenDictionary();

            public static readonly ImmutableArray<Budget> Budgets =
                [new(Region.China, Money.Cny(10m)), new(Region.Us, Money.Usd(2m)), new(Region.Europe, Money.Eur(3m))];
        }

        public sealed class Planner
        {
            private readonly Dictionary<Region, Plan> _plans = new();
            private readonly SortedDictionary<string, Money> _byDesk = new(StringComparer.Ordinal) { ["tokyo"] = Money.Jpy(9m), ["paris"] = Money.Eur(1m) };

            public Plan For(Region r) => _plans.TryGetValue(r, out var p) ? p : _plans[r] = new Plan { Cap = Catalogue.Caps[r] };

            public bool ChinaTight() => Catalogue.Caps[Region.China] < Money.Cny(10m) && _byDesk["tokyo"] > Money.Jpy(1m);

            public IEnumerable<Money> CapsOf(Currency c) => Catalogue.Budgets.Where(b => b.Cap.Currency == c).Select(b => b.Cap);

            public Money SafeMax(IEnumerable<Money> xs)
            {
                using var e = xs.GetEnumerator();
                if (!e.MoveNext()) throw new InvalidOperationException();
                var best = e.Current;
                while (e.MoveNext())
                {
                    var x = e.Current;
                    if (x.Currency == best.Currency && x > best) best = x;
                }
                return best;
            }

            public bool Run(string code, decimal amount)
            {
                var c = Currency.FromCode(code);
                var plan = For(Region.Us);
                plan.Tranches.AddRange(Enumerable.Range(1, 3).Select(i => Money.Of(amount * i, c)));
                var total = plan.Tranches.Aggregate(Money.Zero(c), (a, b) => a + b);
                var local = Money.Of(amount, c);
                var tuple = (Home: Money.Cny(1m), Away: local);
                var (home, away) = tuple;
                Span<Money> span = stackalloc Money[0];
                return total > local && SafeMax(Catalogue.Caps.Values) != default && away > local
                    && home > Money.Cny(0m) && span.Length == 0
                    && Catalogue.Budgets.GroupBy(b => b.Cap.Currency).All(g => g.Count() > 0);
            }
        }
        """;

    [Fact]
    public async Task Large_service_through_every_rule_does_not_throw_nor_report_AIR0001()
    {
        var diagnostics = await AllRules.AnalyzeAsync(LargeService);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS")).Should().BeEmpty();
        diagnostics.Where(d => d.Id == "AIR0001").Select(d => d.ToString()).Should().BeEmpty();
    }
}
