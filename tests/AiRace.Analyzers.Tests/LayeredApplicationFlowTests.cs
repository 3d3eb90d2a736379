using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 over the forms a layered application writes across files: records mapped from rows, services and
/// repositories, primary constructors, init and required properties, async methods, generic and extension helpers,
/// interfaces, overrides, LINQ in method and query syntax, collections written through aliases, spans and helpers,
/// and the <c>[Currency]</c> annotation. Each test reports a promised form or stays silent where the currency is not known.
/// </summary>
public class LayeredApplicationFlowTests
{
    private const string Grants = """
        using AiRace.Core;
        namespace App.Domain;
        public sealed record Grant(string Name, Money Amount);
        public sealed record Row(string Name, decimal Amount, string Code);
        """;

    // ---------- records / DTO mapping ----------

    [Fact]
    public Task Record_built_only_in_yuan_by_a_LINQ_mapping_compared_with_dollars_Reports() => Files.Verify(
        Grants,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using App.Domain;
        namespace App.Data;
        public static class GrantMapper
        {
            public static List<Grant> Map(IEnumerable<Row> rows) => rows.Select(r => new Grant(r.Name, Money.Cny(r.Amount))).ToList();
            public static Grant One(Row r) => new(r.Name, Money.Cny(r.Amount));
        }
        """,
        """
        using AiRace.Core;
        using App.Domain;
        namespace App.Services;
        public sealed class GrantService
        {
            public bool IsLarge(Grant g) => {|AIR0001:g.Amount > Money.Usd(1_000m)|};
        }
        """);

    [Fact]
    public Task Record_built_from_a_row_code_in_one_mapping_DoesNotReport() => Files.Verify(
        Grants,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using App.Domain;
        namespace App.Data;
        public static class GrantMapper
        {
            public static List<Grant> Map(IEnumerable<Row> rows) => rows.Select(r => new Grant(r.Name, Money.Cny(r.Amount))).ToList();
            public static Grant Imported(Row r) => new(r.Name, Money.Of(r.Amount, r.Code));
        }
        """,
        """
        using AiRace.Core;
        using App.Domain;
        namespace App.Services;
        public sealed class GrantService
        {
            public bool IsLarge(Grant g) => g.Amount > Money.Usd(1_000m);
        }
        """);

    [Fact]
    public Task Class_primary_constructor_parameter_in_euros_compared_with_dollars_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace App.Services;
        public sealed class BudgetGuard(Money cap)
        {
            public bool Blocks() => {|AIR0001:cap < Money.Usd(10m)|};
        }
        """,
        """
        using AiRace.Core;
        namespace App;
        public static class Startup
        {
            public static App.Services.BudgetGuard Build() => new(Money.Eur(500m));
            public static App.Services.BudgetGuard Other() => new App.Services.BudgetGuard(Money.Eur(7m));
        }
        """);

    [Fact]
    public Task Class_primary_constructor_parameter_reassigned_in_a_method_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace App.Services;
        public sealed class BudgetGuard(Money cap)
        {
            public void Rebase(decimal dollars) => cap = Money.Usd(dollars);
            public bool Blocks() => cap < Money.Usd(10m);
        }
        """,
        """
        using AiRace.Core;
        namespace App;
        public static class Startup
        {
            public static App.Services.BudgetGuard Build() => new(Money.Eur(500m));
        }
        """);

    [Fact]
    public Task Class_primary_constructor_chained_from_a_this_call_in_another_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace App.Services;
        public sealed class BudgetGuard(Money cap)
        {
            public BudgetGuard() : this(Money.Usd(1m)) { }
            public bool Blocks() => cap < Money.Usd(10m);
        }
        """,
        """
        using AiRace.Core;
        namespace App;
        public static class Startup
        {
            public static App.Services.BudgetGuard Build() => new(Money.Eur(500m));
        }
        """);

    [Fact]
    public Task Init_property_set_in_yen_and_kept_by_a_with_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Invoice { public string No { get; init; } = ""; public Money Total { get; init; } }
        public static class Invoices
        {
            public static Invoice Make(string no, decimal yen) => new() { No = no, Total = Money.Jpy(yen) };
            public static Invoice Corrected(Invoice i, decimal yen) => new Invoice { No = i.No, Total = Money.Jpy(yen) };
        }
        """,
        """
        using AiRace.Core;
        class Audit
        {
            bool Check(Invoice i) => {|AIR0001:i.Total >= Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Init_property_changed_to_dollars_by_a_with_on_a_class_record_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Invoice { public string No { get; init; } = ""; public Money Total { get; init; } }
        public static class Invoices
        {
            public static Invoice Make(string no, decimal yen) => new() { No = no, Total = Money.Jpy(yen) };
            public static Invoice InDollars(Invoice i, decimal usd) => i with { Total = Money.Usd(usd) };
        }
        """,
        """
        using AiRace.Core;
        class Audit
        {
            bool Check(Invoice i) => i.Total >= Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Required_property_set_only_in_pounds_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Quote { public required Money Price { get; init; } }
        static class Quotes
        {
            public static Quote A() => new() { Price = Money.Gbp(3m) };
            public static Quote B(decimal p) => new() { Price = Money.Gbp(p) * 2m };
        }
        """,
        """
        using AiRace.Core;
        static class Pricing
        {
            public static Money Spread(Quote q) => {|AIR0001:q.Price - Money.Eur(1m)|};
        }
        """);

    [Fact]
    public Task Derived_record_passing_its_parameter_to_the_base_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Expense(string Memo, Money Amount);
        public sealed record Travel(string Memo, Money Amount, string City) : Expense(Memo, Amount);
        public sealed record Meal(string Memo, Money Amount) : Expense(Memo, Amount);
        """,
        """
        using AiRace.Core;
        static class Claims
        {
            public static Expense T() => new Travel("x", Money.Cny(10m), "Wuhan");
            public static Expense M(decimal y) => new Meal("y", Money.Cny(y));
            public static bool Big(Expense e) => {|AIR0001:e.Amount > Money.Usd(100m)|};
        }
        """);

    [Fact]
    public Task Derived_record_constructed_in_another_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public abstract record Expense(string Memo, Money Amount);
        public sealed record Travel(string Memo, Money Amount, string City) : Expense(Memo, Amount);
        public sealed record Meal(string Memo, Money Amount) : Expense(Memo, Amount);
        """,
        """
        using AiRace.Core;
        static class Claims
        {
            public static Expense T() => new Travel("x", Money.Cny(10m), "Wuhan");
            public static Expense M(decimal y) => new Meal("y", Money.Usd(y));
            public static bool Big(Expense e) => e.Amount > Money.Usd(100m);
        }
        """);

    [Fact]
    public Task Positional_property_overwritten_by_an_object_initializer_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Payment(string To, Money Amount);
        static class Payments
        {
            public static Payment A() => new("a", Money.Cny(1m));
            public static Payment B() => new("b", Money.Cny(1m)) { Amount = Money.Usd(2m) };
            public static bool Check(Payment p) => p.Amount == Money.Usd(2m);
        }
        """);

    // ---------- switch / conditional / patterns ----------

    [Fact]
    public Task Switch_expression_helper_with_throwing_default_arm_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public enum Tier { Bronze, Silver, Gold }
        public static class Fees
        {
            public static Money For(Tier tier) => tier switch
            {
                Tier.Bronze => Money.Cny(10m),
                Tier.Silver => Money.Cny(20m),
                Tier.Gold => Money.Cny(50m),
                _ => throw new ArgumentOutOfRangeException(nameof(tier)),
            };
        }
        """,
        """
        using AiRace.Core;
        class Checkout
        {
            Money Total(Tier t, decimal usd) => {|AIR0001:Fees.For(t) + Money.Usd(usd)|};
        }
        """);

    [Fact]
    public Task Switch_expression_helper_with_a_parsed_arm_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public enum Tier { Bronze, Silver, Custom }
        public static class Fees
        {
            public static Money For(Tier tier, string custom) => tier switch
            {
                Tier.Bronze => Money.Cny(10m),
                Tier.Silver => Money.Cny(20m),
                _ => Money.Parse(custom),
            };
        }
        """,
        """
        using AiRace.Core;
        class Checkout
        {
            Money Total(Tier t, string c, decimal usd) => Fees.For(t, c) + Money.Usd(usd);
        }
        """);

    [Fact]
    public Task Switch_statement_case_pattern_with_property_subpattern_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Receipt(string Shop, Money Received);
        public static class Shops { public static Receipt Tokyo(decimal y) => new("tokyo", Money.Jpy(y)); }
        """,
        """
        using AiRace.Core;
        class Router
        {
            string Route(object item)
            {
                switch (item)
                {
                    case Receipt { Received: var yen } when {|AIR0001:yen > Money.Usd(5m)|}:
                        return "big";
                    default:
                        return "small";
                }
            }
        }
        """);

    [Fact]
    public Task Conditional_with_throw_arm_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Limits
        {
            bool M(string region, decimal amount)
            {
                Money cap = region == "cn" ? Money.Cny(amount) : throw new ArgumentException(region);
                return {|AIR0001:cap >= Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Currency_chosen_by_a_switch_expression_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Limits
        {
            bool M(string region, decimal amount)
            {
                Currency cur = region switch { "us" => Currency.USD, _ => Currency.CNY };
                var cap = Money.Of(amount, cur);
                return cap >= Money.Usd(1m) || Money.Zero(cur) > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Currency_local_reassigned_under_a_condition_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Limits
        {
            bool M(bool us, decimal amount)
            {
                var cur = Currency.CNY;
                if (us) cur = Currency.USD;
                return Money.Zero(cur) > Money.Usd(amount);
            }
        }
        """);

    // ---------- async ----------

    [Fact]
    public Task Awaited_with_ConfigureAwait_false_Reports() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class CapRepository
        {
            public async Task<Money> LoadCapAsync() { await Task.Yield(); return Money.Cny(1_000m); }
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class CapService(CapRepository repo)
        {
            public async Task<bool> OverAsync(decimal usd) => {|AIR0001:await repo.LoadCapAsync().ConfigureAwait(false) < Money.Usd(usd)|};
        }
        """);

    [Fact]
    public Task Async_ValueTask_method_in_another_file_Reports() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Rates
        {
            public static async ValueTask<Money> FloorAsync(decimal e)
            {
                await Task.Delay(1);
                if (e < 0) return Money.Eur(0m);
                return Money.Eur(e);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<Money> M() { var f = await Rates.FloorAsync(3m); return {|AIR0001:f + Money.Gbp(1m)|}; }
        }
        """);

    [Fact]
    public Task Async_method_whose_returns_differ_DoesNotReport() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public static class Rates
        {
            public static async Task<Money> FloorAsync(bool us)
            {
                await Task.Delay(1);
                if (us) return Money.Usd(1m);
                return Money.Eur(2m);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        class Use
        {
            async Task<bool> M() => await Rates.FloorAsync(true) > Money.Usd(1m);
        }
        """);

    // ---------- functions that keep their argument's currency ----------

    [Fact]
    public Task Generic_guard_helper_returning_its_argument_Reports() => Files.Verify(
        """
        using System;
        public static class Guard
        {
            public static T Require<T>(T value, string name)
            {
                ArgumentNullException.ThrowIfNull(value, name);
                return value;
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(decimal y) => {|AIR0001:Guard.Require(Money.Cny(y), "budget") > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Extension_method_adding_tax_keeps_the_receiver_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Tax
        {
            public static Money WithVat(this Money net) => net * 1.13m;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(decimal y) => {|AIR0001:Money.Cny(y).WithVat() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Extension_method_that_builds_dollars_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Fx
        {
            public static Money ToUsdAtPeg(this Money yuan) => Money.Usd(yuan.Amount / 7.1m);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(decimal y) => Money.Cny(y).ToUsdAtPeg() > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Non_readonly_Func_field_reassigned_to_a_converter_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Pipeline
        {
            public static Func<Money, Money> Adjust = m => m;
            public static void UseDollars() => Adjust = m => Money.Usd(m.Amount);
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M() => Pipeline.Adjust(Money.Cny(1m)) > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Local_function_net_of_discount_Reports() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            bool M(decimal y)
            {
                Money Net(Money gross) => gross - gross * 0.1m;
                return {|AIR0001:Net(Money.Cny(y)) > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Method_with_a_local_function_returning_another_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Caps
        {
            public static Money Dollars(decimal x)
            {
                Money Yuan() => Money.Cny(x);
                _ = Yuan();
                return Money.Usd(x);
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M() => {|AIR0001:Caps.Dollars(1m) > Money.Cny(1m)|};
        }
        """);

    // ---------- comparison helpers ----------

    [Fact]
    public Task Instance_helper_of_a_sealed_service_comparing_its_parameters_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Policy
        {
            public bool Exceeds(Money spend, Money limit) => spend > limit;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Policy p) => {|AIR0001:p.Exceeds(Money.Cny(1m), Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Extension_helper_comparing_receiver_and_argument_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class MoneyChecks
        {
            public static bool Exceeds(this Money spend, Money limit) => spend.CompareTo(limit) > 0;
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M() => {|AIR0001:Money.Cny(5m).Exceeds(Money.Usd(1m))|};
        }
        """);

    [Fact]
    public Task Helper_called_through_an_interface_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public interface IPolicy { bool Exceeds(Money spend, Money limit); }
        public sealed class Policy : IPolicy { public bool Exceeds(Money spend, Money limit) => spend > limit; }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(IPolicy p) => p.Exceeds(Money.Cny(1m), Money.Usd(1m));
        }
        """);

    [Fact]
    public Task Helper_that_converts_with_a_guard_on_currencies_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Policy
        {
            public static bool Exceeds(Money spend, Money limit)
            {
                if (spend.Currency != limit.Currency) return false;
                return spend > limit;
            }
        }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M() => Policy.Exceeds(Money.Cny(1m), Money.Usd(1m));
        }
        """);

    // ---------- inheritance / interfaces ----------

    [Fact]
    public Task Interface_default_member_overridden_by_an_implementation_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public interface IPlan { Money Cap => Money.Cny(1m); }
        public sealed class UsPlan : IPlan { public Money Cap => Money.Usd(5m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(IPlan p) => p.Cap > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Virtual_property_overridden_in_a_derived_class_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Plan { public virtual Money Cap => Money.Cny(1m); }
        public sealed class UsPlan : Plan { public override Money Cap => Money.Usd(5m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(Plan p) => p.Cap > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Property_hidden_with_new_read_through_the_derived_type_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public class Plan { public Money Cap { get; } = Money.Cny(1m); }
        public sealed class UsPlan : Plan { public new Money Cap { get; } = Money.Usd(5m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(UsPlan p) => p.Cap > Money.Usd(1m) || ((Plan)p).Cap > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task Property_hidden_with_new_compared_against_the_base_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public class Plan { public Money Cap { get; } = Money.Cny(1m); }
        public sealed class UsPlan : Plan { public new Money Cap { get; } = Money.Usd(5m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M(UsPlan p) => {|AIR0001:p.Cap > Money.Cny(1m)|};
        }
        """);

    [Fact]
    public Task Nested_class_static_readonly_field_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Config
        {
            public static class Limits
            {
                public static readonly Money Daily = Money.Cny(5_000m);
            }
        }
        """,
        """
        using AiRace.Core;
        using static Config;
        class Use
        {
            bool M(decimal usd) => {|AIR0001:Limits.Daily < Money.Usd(usd)|};
        }
        """);

    // ---------- writes the flow must see ----------

    [Fact]
    public Task Static_field_written_inside_a_lambda_stored_in_a_field_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Settings { public static Money Cap = Money.Cny(1m); }
        public static class Resets { public static readonly Action ToDollars = () => Settings.Cap = Money.Usd(1m); }
        """,
        """
        using AiRace.Core;
        class Use { bool M() => Settings.Cap == Money.Usd(1m); }
        """);

    [Fact]
    public Task Fields_swapped_by_a_tuple_deconstruction_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Pair
        {
            public static Money A = Money.Cny(1m);
            public static Money B = Money.Usd(1m);
            public static void Swap() => (A, B) = (B, A);
        }
        """,
        """
        using AiRace.Core;
        class Use { bool M() => Pair.A == Money.Usd(1m) || Pair.B == Money.Cny(1m); }
        """);

    [Fact]
    public Task Static_field_written_with_a_verbatim_identifier_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Limits { public static Money Cap = Money.Cny(1m); }
        """,
        """
        using AiRace.Core;
        class Setup { void Reset() => Limits.@Cap = Money.Usd(5m); }
        class Check { bool Over() => Limits.Cap == Money.Usd(5m); }
        """);

    [Fact]
    public Task Property_written_through_a_nested_member_initializer_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Customer { public Money Credit { get; set; } = Money.Cny(0m); }
        public sealed class Order { public Customer Customer { get; } = new(); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Order Make() => new Order { Customer = { Credit = Money.Usd(10m) } };
            bool M(Customer c) => c.Credit == Money.Usd(10m);
        }
        """);

    [Fact]
    public Task Field_written_by_a_ref_extension_method_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class MoneyRefs { public static void ResetToDollars(this ref Money m) => m = Money.Usd(0m); }
        public sealed class Wallet
        {
            private Money _balance = Money.Cny(1m);
            public void Reset() => _balance.ResetToDollars();
            public bool Empty() => _balance == Money.Usd(0m);
        }
        """);

    [Fact]
    public Task Static_field_of_a_generic_class_written_for_one_instantiation_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Cache<T> { public static Money Cap = Money.Cny(1m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void Set() => Cache<int>.Cap = Money.Usd(1m);
            bool M() => Cache<int>.Cap == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Init_property_of_a_generic_box_set_in_two_currencies_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Box<T> { public T? Tag { get; init; } public Money Value { get; init; } }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Box<int> A() => new() { Tag = 1, Value = Money.Cny(1m) };
            Box<string> B() => new() { Tag = "x", Value = Money.Usd(1m) };
            bool M(Box<string> b) => b.Value == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Currency_property_set_elsewhere_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Settings { public Currency Home { get; set; } = Currency.CNY; }
        public static class Boot { public static void Us(Settings s) => s.Home = Currency.USD; }
        """,
        """
        using AiRace.Core;
        class Use { bool M(Settings s, decimal x) => Money.Of(x, s.Home) > Money.Usd(1m); }
        """);

    [Fact]
    public Task Nullable_field_set_lazily_in_yuan_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Budget
        {
            private Money? _cap;
            public Money Cap() => _cap ??= Money.Cny(100m);
            public bool Over(decimal usd) => _cap.HasValue && {|AIR0001:_cap.Value > Money.Usd(usd)|};
        }
        """);

    // ---------- locals ----------

    [Fact]
    public Task Local_reassigned_inside_a_lambda_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money cap = Money.Cny(1m);
                Action toDollars = () => cap = Money.Usd(1m);
                toDollars();
                return cap == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Local_reassigned_inside_a_local_function_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money cap = Money.Cny(1m);
                Rebase();
                return cap == Money.Usd(1m);
                void Rebase() => cap = Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Local_overwritten_by_TryParse_out_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            bool M(string text)
            {
                Money cap = Money.Cny(0m);
                if (!Money.TryParse(text, out cap)) return false;
                return cap > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Local_passed_by_ref_to_an_adjuster_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            static void Adjust(ref Money m, decimal usd) => m = Money.Usd(usd);
            bool M()
            {
                var cap = Money.Cny(1m);
                Adjust(ref cap, 3m);
                return cap > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Local_written_in_a_loop_under_a_condition_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            bool M(IEnumerable<string> regions)
            {
                var cap = Money.Cny(1m);
                foreach (var r in regions)
                {
                    if (r == "us") cap = Money.Usd(2m);
                }
                return cap > Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Local_deconstructed_into_existing_locals_from_a_helper_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Estimates { public static (Money Low, Money High) Range(decimal a) => (Money.Cny(a), Money.Cny(a * 2m)); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money low, high;
                (low, high) = Estimates.Range(3m);
                return {|AIR0001:high > Money.Usd(1m)|};
            }
        }
        """);

    // ---------- collections ----------

    private const string YuanArray = """
        using AiRace.Core;
        public static class Book
        {
            public static readonly Money[] Yuan = [Money.Cny(1m), Money.Cny(2m)];
            public static readonly Money[] Dollars = [Money.Usd(1m), Money.Usd(2m)];
        }
        """;

    [Fact]
    public Task Array_overwritten_by_Array_Copy_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System;
        using AiRace.Core;
        class Use
        {
            void Load() => Array.Copy(Book.Dollars, Book.Yuan, 1);
            bool M() => Book.Yuan[0] == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Array_overwritten_by_a_list_CopyTo_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System.Collections.Generic;
        using AiRace.Core;
        class Use
        {
            void Load(List<Money> dollars) => dollars.CopyTo(Book.Yuan);
            bool M() => Book.Yuan[1] == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Array_overwritten_through_a_span_CopyTo_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System;
        using AiRace.Core;
        class Use
        {
            void Load() => Book.Dollars.AsSpan().CopyTo(Book.Yuan);
            bool M() => Book.Yuan[0] == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Array_given_to_a_Span_parameter_that_writes_it_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System;
        using AiRace.Core;
        class Use
        {
            static void Fill(Span<Money> target) => target[0] = Money.Usd(1m);
            void Load() => Fill(Book.Yuan);
            bool M() => Book.Yuan[0] == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Array_filled_through_AsSpan_Fill_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System;
        using AiRace.Core;
        class Use
        {
            void Load() => Book.Yuan.AsSpan().Fill(Money.Usd(0m));
            bool M() => Book.Yuan[0] == Money.Usd(0m);
        }
        """);

    [Fact]
    public Task List_written_through_an_IList_alias_local_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var yuan = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                IList<Money> alias = yuan;
                alias[0] = Money.Usd(1m);
                return yuan[0] == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task List_written_through_a_var_alias_local_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var yuan = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                var alias = yuan;
                alias.Add(Money.Usd(3m));
                return yuan.Last() == Money.Usd(3m);
            }
        }
        """);

    [Fact]
    public Task List_given_to_an_ICollection_parameter_that_adds_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Fees
        {
            public static readonly List<Money> All = [Money.Cny(1m)];
            public static void AddFee(ICollection<Money> sink) => sink.Add(Money.Usd(5m));
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Load() => Fees.AddFee(Fees.All);
            bool M() => Fees.All.Last() == Money.Usd(5m);
        }
        """);

    [Fact]
    public Task List_given_to_a_generic_helper_that_adds_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Lists { public static void Append<T>(List<T> list, T item) => list.Add(item); }
        public static class Fees { public static readonly List<Money> All = [Money.Cny(1m)]; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Load() => Lists.Append(Fees.All, Money.Usd(5m));
            bool M() => Fees.All.Last() == Money.Usd(5m);
        }
        """);

    [Fact]
    public Task List_filled_by_an_Action_field_lambda_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Journal
        {
            public static readonly List<Money> Log = [Money.Cny(1m)];
            public static readonly Action<Money> Record = m => Log.Add(m);
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Pay() => Journal.Record(Money.Usd(2m));
            bool M() => Journal.Log.Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task List_returned_by_a_method_and_added_to_by_the_caller_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Repository
        {
            private readonly List<Money> _caps = [Money.Cny(1m)];
            public List<Money> Caps() => _caps;
            public bool LastIsDollar() => _caps.Last() == Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Use { void Seed(Repository r) => r.Caps().Add(Money.Usd(1m)); }
        """);

    [Fact]
    public Task List_property_added_to_through_null_conditional_access_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Order { public List<Money> Items { get; } = [Money.Cny(1m)]; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Add(Order? o) => o?.Items.Add(Money.Usd(2m));
            bool M(Order o) => o.Items.Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task List_property_of_objects_in_a_dictionary_added_to_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Order { public List<Money> Items { get; } = [Money.Cny(1m)]; }
        public static class Orders { public static readonly Dictionary<string, Order> ById = new(); }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Add() => Orders.ById["a"].Items.Add(Money.Usd(2m));
            bool M(Order o) => o.Items.Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task List_property_added_to_by_a_nested_collection_initializer_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Order { public List<Money> Items { get; } = [Money.Cny(1m)]; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Order Make() => new Order { Items = { Money.Usd(2m) } };
            bool M(Order o) => o.Items.Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Readonly_list_field_added_to_by_a_nested_collection_initializer_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Order { public readonly List<Money> Items = new() { Money.Cny(1m) }; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Order Make() => new() { Items = { Money.Usd(2m) } };
            bool M(Order o) => o.Items.Max() > Money.Cny(0m) || o.Items.Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Dictionary_property_written_by_a_nested_index_initializer_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Book { public Dictionary<string, Money> Caps { get; } = new() { ["east"] = Money.Cny(1m) }; }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Book Make() => new Book { Caps = { ["west"] = Money.Usd(2m) } };
            bool M(Book b) => b.Caps["west"] == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Dictionary_of_lists_whose_list_gets_dollars_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Ledger
        {
            public static readonly Dictionary<string, List<Money>> ByRegion = new() { ["east"] = [Money.Cny(1m)] };
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Add() => Ledger.ByRegion["east"].Add(Money.Usd(2m));
            bool M() => Ledger.ByRegion["east"].Last() == Money.Usd(2m) || Ledger.ByRegion.Values.First().Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task Dictionary_written_through_CollectionsMarshal_ref_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        public static class Caps
        {
            public static readonly Dictionary<string, Money> ByDesk = new() { ["tokyo"] = Money.Cny(1m) };
            public static void Set(string k) => CollectionsMarshal.GetValueRefOrAddDefault(ByDesk, k, out _) = Money.Usd(1m);
        }
        """,
        """
        using AiRace.Core;
        class Use { bool M(string k) => Caps.ByDesk[k] == Money.Usd(1m); }
        """);

    [Fact]
    public Task Collection_expression_spreading_two_currencies_then_Max_Reports() => Files.Verify(
        YuanArray,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                Money[] all = [.. Book.Yuan, .. Book.Dollars];
                return {|AIR0001:all.Max()|};
            }
        }
        """);

    [Fact]
    public Task Collection_expression_spreading_one_currency_then_Max_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money[] all = [.. Book.Yuan, Money.Cny(9m)];
                return all.Max() > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Yuan_list_filled_by_AddRange_of_a_projection_summed_in_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Budget
        {
            private readonly List<Money> _lines = new();
            public Budget(IEnumerable<decimal> yuan) => _lines.AddRange(yuan.Select(y => Money.Cny(y)));
            public Money Total() => {|AIR0001:_lines.Sum(Currency.USD)|};
        }
        """);

    [Fact]
    public Task LINQ_where_select_first_of_yuan_costs_against_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, int Qty, Money Cost);
        public static class Catalogue
        {
            public static readonly List<Line> Lines = [new("a", 1, Money.Cny(5m)), new("b", 0, Money.Cny(6m))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M() => {|AIR0001:Catalogue.Lines.Where(l => l.Qty > 0).Select(l => l.Cost * 1.1m).First() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Query_syntax_sum_in_the_wrong_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, int Qty, Money Cost);
        public static class Catalogue
        {
            public static readonly List<Line> Lines = [new("a", 1, Money.Cny(5m)), new("b", 0, Money.Cny(6m))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M() => {|AIR0001:(from l in Catalogue.Lines where l.Qty > 0 select l.Cost).Sum(Currency.USD)|};
        }
        """);

    [Fact]
    public Task Query_syntax_sum_in_the_right_currency_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, int Qty, Money Cost);
        public static class Catalogue
        {
            public static readonly List<Line> Lines = [new("a", 1, Money.Cny(5m)), new("b", 0, Money.Cny(6m))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M() => (from l in Catalogue.Lines where l.Qty > 0 select l.Cost).Sum(Currency.CNY) > Money.Cny(1m);
        }
        """);

    [Fact]
    public Task ToDictionary_with_yuan_element_selector_read_by_key_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public enum Region { East, West }
        public static class Caps
        {
            public static readonly Dictionary<Region, Money> ByRegion =
                new[] { Region.East, Region.West }.ToDictionary(r => r, r => Money.Cny(100m));
        }
        """,
        """
        using AiRace.Core;
        class Use { bool M() => {|AIR0001:Caps.ByRegion[Region.East] > Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task OrderByDescending_identity_over_a_mixed_list_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Pool { public static readonly List<Money> Mixed = [Money.Cny(1m), Money.Usd(2m)]; }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use { object M() => {|AIR0001:Pool.Mixed.OrderByDescending(m => m)|}.ToList(); }
        """);

    [Fact]
    public Task Iterator_yielding_two_currencies_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class Tranches
        {
            public static IEnumerable<Money> All()
            {
                yield return Money.Cny(1m);
                yield return Money.Usd(2m);
            }
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use { bool M() => Tranches.All().Last() == Money.Usd(2m) || Tranches.All().First() == Money.Cny(1m); }
        """);

    // ---------- annotations ----------

    [Fact]
    public Task Annotated_constructor_parameter_of_a_class_given_dollars_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Payroll
        {
            public Payroll([Currency("CNY")] Money salary) => Salary = salary;
            public Money Salary { get; }
        }
        """,
        """
        using AiRace.Core;
        class Use { Payroll M() => new Payroll({|AIR0001:Money.Usd(1m)|}); }
        """);

    [Fact]
    public Task Annotated_class_primary_constructor_parameter_given_dollars_by_name_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Payroll(string name, [Currency("CNY")] Money salary)
        {
            public string Name => name;
            public Money Salary => salary;
        }
        """,
        """
        using AiRace.Core;
        class Use { Payroll M() => new(salary: {|AIR0001:Money.Usd(1m)|}, name: "x"); }
        """);

    [Fact]
    public Task Annotated_list_property_summed_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed class Ministry { [Currency("CNY")] public List<Money> Lines { get; set; } = new(); }
        """,
        """
        using AiRace.Core;
        class Use { Money M(Ministry m) => {|AIR0001:m.Lines.Sum(Currency.USD)|}; }
        """);

    [Fact]
    public Task Annotated_property_given_a_converted_value_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public sealed class Ministry { [Currency("USD")] public Money Allocation { get; set; } }
        """,
        """
        using System;
        using AiRace.Core;
        class Use
        {
            void M(Ministry m, IExchangeRateProvider rates) =>
                m.Allocation = Money.Cny(5m).ConvertTo(Currency.USD, new DateOnly(2025, 6, 30), rates, RateLookup.ExactDate).Result;
        }
        """);

    // ---------- misc no-guess ----------

    [Fact]
    public Task Money_built_from_a_parameters_own_currency_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            Money Topped(Money price) => Money.Of(1m, price.Currency) + price;
            bool M(Money price) => Money.Zero(price.Currency) < price;
        }
        """);

    [Fact]
    public Task Money_Of_with_a_mutable_static_code_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Codes { public static string Home = "CNY"; }
        public static class Boot { public static void Us() => Codes.Home = "USD"; }
        """,
        """
        using AiRace.Core;
        class Use { bool M() => Money.Of(1m, Codes.Home) > Money.Usd(1m); }
        """);

    [Fact]
    public Task Repository_returning_a_record_whose_amount_is_yuan_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Budget(string Ministry, Money Capex);
        public static class Catalogue
        {
            public static Budget Wuhan() => new("wuhan", Money.Cny(12m));
        }
        """,
        """
        using AiRace.Core;
        class Use { bool M() => {|AIR0001:Money.Max(Catalogue.Wuhan().Capex, Money.Eur(1m))|} > Money.Cny(0m); }
        """);

    // ---------- robustness: cycles and broken code must not throw ----------

    [Fact]
    public Task Mutually_recursive_properties_and_methods_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Loop
        {
            public static Money A => B;
            public static Money B => A;
            public static Money F(int n) => n > 0 ? G(n - 1) : F(n);
            public static Money G(int n) => F(n);
            public static bool M() => A > Money.Usd(1m) || F(3) > Money.Usd(1m);
        }
        """);

    [Fact]
    public async Task Broken_code_does_not_make_the_analyzer_throw()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public sealed record Grant(string Name, Money Amount);
            public sealed class Svc(Money cap)
            {
                private readonly List<Money> _items = [Money.Cny(1m), ];
                public bool A() => cap > Money.Usd(;
                public bool B() => new Grant("x", Money.Cny(1m)) { Amount = }.Amount > Money.Usd(1m);
                public Money C() => _items.Sum(Currency.);
                public bool D(object o) => o is Grant { Amount: var a } && a > Money.Of(1m, );
                public Money E() => Money.Cny(1m) + Undefined.Value;
                public void F() { (cap, ) = (Money.Usd(1m), 2); }
            }
            """);
        diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Self_referencing_initializers_do_not_make_the_analyzer_throw()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public static class Cycle
            {
                public static readonly Money X = Y + Money.Cny(1m);
                public static readonly Money Y = X;
                public static readonly List<Money> L = [.. L2, Money.Cny(1m)];
                public static readonly List<Money> L2 = [.. L];
                public static bool M() => X > Money.Usd(1m) || L.Max() > Money.Usd(1m);
            }
            """);
        diagnostics.Where(d => d.Id == "AD0001").Should().BeEmpty();
    }

    [Fact]
    public void P88_no_code_fix_claims_AIR0001()
    {
        var providers = typeof(AiRace.Analyzers.CodeFixes.MixedCurrencySumCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)System.Activator.CreateInstance(t)!);
        providers.SelectMany(p => p.FixableDiagnosticIds).Should().NotContain("AIR0001");
    }

    // ---------- batch 2 ----------

    [Fact]
    public Task Method_syntax_of_the_query_summed_in_the_wrong_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, int Qty, Money Cost);
        public static class Catalogue
        {
            public static readonly List<Line> Lines = [new("a", 1, Money.Cny(5m)), new("b", 0, Money.Cny(6m))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            Money M() => {|AIR0001:Catalogue.Lines.Where(l => l.Qty > 0).Select(l => l.Cost).Sum(Currency.USD)|};
        }
        """);

    [Fact]
    public Task Query_syntax_select_then_First_compared_with_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, int Qty, Money Cost);
        public static class Catalogue
        {
            public static readonly List<Line> Lines = [new("a", 1, Money.Cny(5m)), new("b", 0, Money.Cny(6m))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M() => {|AIR0001:(from l in Catalogue.Lines select l.Cost).First() > Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Plain_await_of_a_repository_method_through_a_primary_constructor_parameter_Reports() => Files.Verify(
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class CapRepository
        {
            public async Task<Money> LoadCapAsync() { await Task.Yield(); return Money.Cny(1_000m); }
        }
        """,
        """
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class CapService(CapRepository repo)
        {
            public async Task<bool> OverAsync(decimal usd) => {|AIR0001:await repo.LoadCapAsync() < Money.Usd(usd)|};
        }
        """);

    [Fact]
    public Task Record_with_a_handwritten_Deconstruct_in_another_order_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed record Split(Money Yuan, Money Dollars)
        {
            public void Deconstruct(out Money dollars, out Money yuan) { dollars = Dollars; yuan = Yuan; }
        }
        public static class Splits { public static Split Make() => new(Money.Cny(1m), Money.Usd(1m)); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var (first, second) = Splits.Make();
                return first > Money.Usd(0m) || second > Money.Cny(0m);
            }
        }
        """);

    [Fact]
    public Task Field_written_by_a_custom_Deconstruct_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Quote
        {
            public void Deconstruct(out Money price, out int qty) { price = Money.Usd(1m); qty = 1; }
        }
        public static class Settings { public static Money Cap = Money.Cny(1m); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            void Load(Quote q) => (Settings.Cap, _) = q;
            bool M() => Settings.Cap == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Record_property_redeclared_without_its_parameter_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        #pragma warning disable CS8907
        public sealed record Grant(string Name, Money Amount)
        {
            public Money Amount { get; } = Money.Usd(0m);
        }
        #pragma warning restore CS8907
        public static class Grants { public static Grant Make() => new("x", Money.Cny(1m)); }
        """,
        """
        using AiRace.Core;
        class Use { bool M(Grant g) => g.Amount == Money.Usd(0m) || Grants.Make().Amount == Money.Usd(0m); }
        """);

    [Fact]
    public Task Tuple_converted_to_other_element_names_keeps_positions_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public static class Estimates { public static (Money Cny, Money Usd) Range() => (Money.Cny(1m), Money.Usd(1m)); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                (Money Usd, Money Cny) t = Estimates.Range();
                return t.Cny > Money.Usd(1m) || t.Usd > Money.Cny(1m);
            }
        }
        """);

    [Fact]
    public Task Tuple_converted_to_other_element_names_mixed_by_position_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Estimates { public static (Money Cny, Money Usd) Range() => (Money.Cny(1m), Money.Usd(1m)); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                (Money Usd, Money Cny) t = Estimates.Range();
                return {|AIR0001:t.Usd > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Concat_of_two_currencies_then_Max_Reports() => Files.Verify(
        YuanArray,
        """
        using System.Linq;
        using AiRace.Core;
        class Use { Money M() => {|AIR0001:Book.Yuan.Concat(Book.Dollars).Max()|}; }
        """);

    [Fact]
    public Task Concat_Append_Union_SelectMany_read_at_the_end_DoesNotReport() => Files.Verify(
        YuanArray,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M() =>
                Book.Yuan.Concat(Book.Dollars).Last() == Money.Usd(2m)
                || Book.Yuan.Append(Money.Usd(3m)).Last() == Money.Usd(3m)
                || Book.Yuan.Prepend(Money.Usd(3m)).First() == Money.Usd(3m)
                || Book.Yuan.Union(Book.Dollars).Last() == Money.Usd(2m)
                || new[] { Book.Yuan, Book.Dollars }.SelectMany(x => x).Last() == Money.Usd(2m)
                || Book.Yuan.Select((m, i) => i == 0 ? m : Money.Usd(1m)).Last() == Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Compound_add_of_a_dollar_record_member_onto_a_yuan_total_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, Money Cost);
        public static class Imports { public static readonly List<Line> Lines = [new("a", Money.Usd(1m)), new("b", Money.Usd(2m))]; }
        """,
        """
        using AiRace.Core;
        class Use
        {
            Money M()
            {
                var total = Money.Zero(Currency.CNY);
                foreach (var l in Imports.Lines) {|AIR0001:total += l.Cost|};
                return total;
            }
        }
        """);

    [Fact]
    public Task Lifted_equality_of_a_nullable_yuan_and_dollars_Reports() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money? cap = Money.Cny(1m);
                return {|AIR0001:cap == Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task OrderBy_a_nested_member_of_mixed_plans_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Plan(Money Budget);
        public sealed record Programme(string Name, Plan Plan);
        public static class Catalogue
        {
            public static readonly List<Programme> All = [new("a", new Plan(Money.Cny(1m))), new("b", new Plan(Money.Usd(2m)))];
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use { object M() => Catalogue.All.OrderBy(p => p.Plan.Budget).ToList(); }
        """);

    [Fact]
    public Task Annotated_expression_bodied_property_returning_dollars_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Ministry
        {
            [Currency("CNY")] public Money Cap => {|AIR0001:Money.Usd(1m)|};
        }
        """);

    [Fact]
    public Task Annotated_field_compound_added_dollars_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public sealed class Ledger
        {
            [Currency("CNY")] public Money Total;
            public void Book(decimal usd) => {|AIR0001:Total += Money.Usd(usd)|};
        }
        """);

    [Fact]
    public Task Annotated_out_parameter_written_with_dollars_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public static class Rates
        {
            public static bool TryCap(string region, [Currency("CNY")] out Money cap)
            {
                cap = {|AIR0001:Money.Usd(1m)|};
                return true;
            }
        }
        """);

    [Fact]
    public Task Annotated_interface_property_trusted_at_use_Reports() => Files.Verify(
        """
        using AiRace.Core;
        public interface IRow { [Currency("CNY")] Money Budget { get; } }
        """,
        """
        using AiRace.Core;
        class Use { bool M(IRow r) => {|AIR0001:r.Budget > Money.Usd(1m)|}; }
        """);

    [Fact]
    public Task Array_aliased_as_object_and_cast_back_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                object boxed = caps;
                ((Money[])boxed)[0] = Money.Usd(1m);
                return caps[0] == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task List_captured_by_a_stored_lambda_that_adds_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var caps = new List<Money> { Money.Cny(1m) };
                Action<decimal> add = usd => caps.Add(Money.Usd(usd));
                add(2m);
                return caps.Last() == Money.Usd(2m);
            }
        }
        """);

    [Fact]
    public Task List_given_to_a_record_constructor_and_added_through_its_property_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Basket(List<Money> Items);
        public static class Shop
        {
            public static readonly List<Money> Yuan = [Money.Cny(1m)];
            public static Basket Wrap() => new(Yuan);
        }
        """,
        """
        using System.Linq;
        using AiRace.Core;
        class Use
        {
            void Add() => Shop.Wrap().Items.Add(Money.Usd(2m));
            bool M() => Shop.Yuan.Last() == Money.Usd(2m);
        }
        """);

    [Fact]
    public Task List_written_through_CollectionsMarshal_AsSpan_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Runtime.InteropServices;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var caps = new List<Money> { Money.Cny(1m) };
                CollectionsMarshal.AsSpan(caps)[0] = Money.Usd(1m);
                return caps[0] == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Array_element_written_through_a_ref_foreach_over_a_span_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                foreach (ref var c in caps.AsSpan()) c = Money.Usd(1m);
                return caps[0] == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Local_span_over_an_array_written_by_index_DoesNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                Span<Money> view = caps;
                view[0] = Money.Usd(1m);
                return caps[0] == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Record_struct_field_changed_through_with_on_a_local_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        public record struct Slot(string Desk, Money Cap);
        public static class Slots { public static Slot Tokyo() => new("tokyo", Money.Jpy(1m)); }
        """,
        """
        using AiRace.Core;
        class Use
        {
            bool M()
            {
                var s = Slots.Tokyo();
                s.Cap = Money.Usd(1m);
                return s.Cap == Money.Usd(1m);
            }
        }
        """);

    [Fact]
    public Task Mixed_costs_summed_by_selector_in_one_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Item, Money Cost);
        public static class Book { public static readonly List<Line> Lines = [new("a", Money.Cny(1m)), new("b", Money.Usd(2m))]; }
        """,
        """
        using AiRace.Core;
        class Use { Money M() => {|AIR0001:Book.Lines.Sum(l => l.Cost, Currency.CNY)|}; }
        """);

    [Fact]
    public async Task Exotic_syntax_does_not_make_the_analyzer_throw()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using AiRace.Core;
            public static class Exotic
            {
                public static bool A()
                {
                    Span<Money> s = stackalloc Money[] { Money.Cny(1m), Money.Cny(2m) };
                    ref Money first = ref s[0];
                    first = Money.Usd(1m);
                    return s[1] > Money.Cny(0m);
                }
                public static Money B(int n)
                {
                    var m = Money.Cny(1m);
                again:
                    if (n-- > 0) { m += m; goto again; }
                    return m;
                }
                public static async IAsyncEnumerable<Money> C() { await Task.Yield(); yield return Money.Cny(1m); }
                public static async Task<bool> D()
                {
                    await foreach (var m in C()) { if (m > Money.Cny(0m)) return true; }
                    return false;
                }
                public static Money E(params Money[] xs) => xs.Length == 0 ? default : xs.Aggregate((a, b) => a + b);
                public static bool F() => E(Money.Cny(1m), Money.Cny(2m)) > Money.Cny(1m);
                public static Money G(object o) => o switch { Money { IsZero: true } z => z, Money m when m.Amount > 1 => m, _ => default };
                public static (Money, (Money, Money)) H() => (Money.Cny(1m), (Money.Cny(2m), Money.Usd(3m)));
                public static bool I() { var (a, (b, c)) = H(); return a > b && c > Money.Usd(1m); }
                public static Func<Money, Func<Money, Money>> J = a => b => a + b;
                public static Money K() => J(Money.Cny(1m))(Money.Cny(2m));
                public static bool L(Money[] arr) { Array.Resize(ref arr, 3); return arr[0] > Money.Cny(0m); }
                public static Money M() => checked(Money.Cny(1m) * 2m) + unchecked(-Money.Cny(1m));
            }
            """);
        diagnostics.Where(d => d.Id.StartsWith("CS")).Should().BeEmpty();
    }

    // ---------- batch 3: query syntax orderings ----------

    [Fact]
    public async Task Query_syntax_orderby_a_money_member_of_two_currencies_Reports()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public sealed record Programme(string Name, Money Budget);
            public static class Catalogue
            {
                public static readonly List<Programme> All = [new("chips", Money.Usd(39m)), new("fund", Money.Cny(344m))];
                public static List<Programme> Ranked() => (from p in All orderby p.Budget select p).ToList();
            }
            """);
        diagnostics.Where(d => d.Id.StartsWith("CS")).Should().BeEmpty();
        diagnostics.Should().Contain(d => d.Id == "AIR0001");
    }

    [Fact]
    public async Task Query_syntax_orderby_the_money_itself_over_a_mixed_list_Reports()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public static class Pool
            {
                public static readonly List<Money> Mixed = [Money.Cny(1m), Money.Usd(2m)];
                public static List<Money> Sorted() => (from m in Mixed orderby m select m).ToList();
            }
            """);
        diagnostics.Where(d => d.Id.StartsWith("CS")).Should().BeEmpty();
        diagnostics.Should().Contain(d => d.Id == "AIR0001");
    }

    [Fact]
    public Task Query_syntax_elements_read_by_foreach_compared_with_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<Money> Yuan = [Money.Cny(1m), Money.Cny(2m)];
            public static bool Any()
            {
                foreach (var y in from m in Yuan where m.Amount > 1m select m)
                {
                    if ({|AIR0001:y > Money.Usd(1m)|}) return true;
                }
                return false;
            }
        }
        """);

    [Fact]
    public Task Method_syntax_elements_read_by_foreach_compared_with_dollars_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Book
        {
            public static readonly List<Money> Yuan = [Money.Cny(1m), Money.Cny(2m)];
            public static bool Any()
            {
                foreach (var y in Yuan.Where(m => m.Amount > 1m))
                {
                    if ({|AIR0001:y > Money.Usd(1m)|}) return true;
                }
                return false;
            }
        }
        """);
}
