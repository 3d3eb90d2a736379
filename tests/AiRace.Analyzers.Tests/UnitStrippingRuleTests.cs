using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

using Fix = AiRace.Analyzers.CodeFixes.UnitStrippingCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class UnitStrippingRuleTests
{
    [Fact]
    public Task Quotient_of_amounts_known_to_be_in_different_currencies_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Invoice(string Vessel, Money Due);
        class C
        {
            static readonly Invoice Sample = new("Maru", Money.Eur(1_000m));

            // field test 2: the rate a partner applied, yen per euro; Money's own division would throw here
            decimal Implied(Money yen) => Money.Jpy(160_000m).Amount / Sample.Due.Amount;

            decimal Through()
            {
                var deposit = Money.Jpy(5_000_000m);
                var credited = Money.Eur(31_250m);
                var yen = deposit.Amount;
                var euros = credited.Amount;
                return yen / euros;
            }
        }
        """);

    [Fact]
    public Task Quotient_of_amounts_in_one_or_unknown_currencies_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            decimal Same() => {|AIR0004:Money.Eur(1m).Amount / Money.Eur(2m).Amount|};
            decimal OneUnknown(Money other) => {|AIR0004:Money.Jpy(1m).Amount / other.Amount|};
            decimal Gap() => {|AIR0004:Money.Jpy(160_000m).Amount - Money.Eur(1_000m).Amount|};
            bool Less() => {|AIR0004:Money.Jpy(160_000m).Amount < Money.Eur(1_000m).Amount|};
        }
        """);

    [Fact]
    public Task Arithmetic_and_comparison_on_amounts_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                decimal sum = {|AIR0004:a.Amount + b.Amount|};
                decimal gap = {|AIR0004:a.Amount - b.Amount|};
                decimal ratio = {|AIR0004:a.Amount / b.Amount|};
                bool more = {|AIR0004:a.Amount > b.Amount|};
                bool same = {|AIR0004:a.Amount == b.Amount|};
            }
        }
        """);

    [Fact]
    public Task Lambdas_and_linq_query_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items, Money cap)
            {
                Func<Money, bool> over = m => {|AIR0004:m.Amount >= cap.Amount|};
                var q = from m in items where {|AIR0004:m.Amount < cap.Amount|} select m;
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_local_functions_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var a = Money.Usd(1m);
        var b = Money.Cny(7m);
        decimal Diff(Money x, Money y) => {|AIR0004:x.Amount - y.Amount|};
        System.Console.WriteLine({|AIR0004:a.Amount <= b.Amount|});
        """);

    [Fact]
    public Task Records_and_generics_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Budget(Money Planned, Money Spent)
        {
            public decimal Left => {|AIR0004:Planned.Amount - Spent.Amount|};
        }
        class Pair<T> where T : struct
        {
            public Money First { get; init; }
            public Money Second { get; init; }
            public bool Equal => {|AIR0004:First.Amount != Second.Amount|};
        }
        """);

    [Fact]
    public Task Null_conditional_and_pattern_matching_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Line(Money Cost);
        class C
        {
            bool M(Line? a, Line? b, object o)
            {
                var sum = {|AIR0004:a?.Cost.Amount + b?.Cost.Amount|};
                return o is Money m && {|AIR0004:m.Amount > a!.Cost.Amount|} && sum > 0;
            }
        }
        """);

    [Fact]
    public Task Missing_amount_counted_as_zero_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Grant(Money Award, Money? Overhead);
        class C
        {
            decimal M(Grant g)
            {
                var overhead = g.Overhead?.Amount ?? 0m;
                var gross = g.Award.Amount;
                bool more = {|AIR0004:(g.Overhead?.Amount ?? 0) > g.Award.Amount|};
                return {|AIR0004:gross - overhead|};
            }
        }
        """);

    [Fact]
    public Task Missing_amount_replaced_by_another_number_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        record Grant(Money Award, Money? Overhead);
        class C
        {
            decimal M(Grant g, decimal fallback)
            {
                var overhead = g.Overhead?.Amount ?? fallback;
                var marker = g.Overhead?.Amount ?? -1m;
                return g.Award.Amount - overhead + (g.Award.Amount - marker) + ((g.Overhead?.Amount ?? 0m) - 5m);
            }
        }
        """);

    [Fact]
    public Task Operations_on_money_values_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                var sum = a + b;
                var gap = (a - b).Amount;
                var ratio = a / b;
                bool more = a > b;
            }
        }
        """);

    [Fact]
    public Task One_amount_with_a_plain_number_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Money a, decimal threshold)
            {
                decimal doubled = a.Amount * 2m;
                bool big = a.Amount > threshold;
                decimal shifted = a.Amount + 1m;
                bool positive = a.Amount > 0m;
            }
        }
        """);

    [Fact]
    public Task Amounts_of_other_types_DoesNotReport() => Verify.NoDiagnostics("""
        record Order(decimal Amount);
        class C<T>
        {
            bool M(Order a, Order b) => a.Amount + b.Amount > 0m && a.Amount < b.Amount;
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_on_money_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items, Money cap)
            {
                Func<Money, bool> over = m => m >= cap;
                var q = from m in items where m < cap select m.Amount;
                bool Local(Money x) => x.Amount > 0m;
            }
        }
        """);

    [Fact]
    public Task Top_level_null_conditional_and_patterns_on_money_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        Money? maybe = Money.Usd(1m);
        var sure = Money.Usd(2m);
        if (maybe is { Amount: > 0m } m && m < sure) { System.Console.WriteLine(maybe?.Amount); }
        """);

    [Fact]
    public Task Sum_of_amounts_becomes_money_sum_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal M(Money a, Money b) => {|AIR0004:a.Amount + b.Amount|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            decimal M(Money a, Money b) => (a + b).Amount;
        }
        """);

    [Fact]
    public Task Arithmetic_and_comparisons_FixAll() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                decimal gap = {|AIR0004:a.Amount - b.Amount|};
                decimal ratio = {|AIR0004:a.Amount / b.Amount|};
                bool more = {|AIR0004:a.Amount > b.Amount|};
            }
        }
        """, """
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                decimal gap = (a - b).Amount;
                decimal ratio = a / b;
                bool more = a > b;
            }
        }
        """);

    [Fact]
    public Task Null_conditional_amounts_have_no_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal? M(Money? a, Money? b) => {|AIR0004:a?.Amount + b?.Amount|};
        }
        """);

    [Fact]
    public Task Amounts_through_locals_and_max_min_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money budget, Money spent)
            {
                var b = budget.Amount;
                decimal s = spent.Amount;
                var left = {|AIR0004:b - s|};
                var over = {|AIR0004:s > b|};
                var mixed = {|AIR0004:b + spent.Amount|};
                var larger = {|AIR0004:Math.Max(budget.Amount, spent.Amount)|};
                var smaller = {|AIR0004:decimal.Min(b, s)|};
            }
        }
        """);

    [Fact]
    public Task Locals_not_holding_amounts_and_money_max_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money budget, Money spent, decimal limit, bool flag)
            {
                var b = budget.Amount;
                var cap = limit * 2m;
                var changed = spent.Amount;
                if (flag) { changed = 0m; }
                var x = b - cap;
                var y = b - changed;
                var z = Math.Max(b, 0m);
                var w = Money.Max(budget, spent);
                var v = Math.Max(limit, cap);
            }
        }
        """);

    [Fact]
    public Task Linq_and_interpolation_FixAll() => Verify.Fix<UnitStrippingCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class Report
        {
            List<Line> Over(IEnumerable<Line> lines, Money cap) => lines.Where(l => {|AIR0004:l.Cost.Amount > cap.Amount|}).ToList();
            string Left(Money budget, Money spent) => $"{{|AIR0004:budget.Amount - spent.Amount|}:N2}";
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class Report
        {
            List<Line> Over(IEnumerable<Line> lines, Money cap) => lines.Where(l => l.Cost > cap).ToList();
            string Left(Money budget, Money spent) => $"{(budget - spent).Amount:N2}";
        }
        """);

    [Fact]
    public Task Nullable_money_value_Fix() => Verify.Fix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        class Gaps
        {
            decimal Gap(Money? planned, Money actual) => {|AIR0004:planned.Value.Amount - actual.Amount|};
        }
        """, """
        using AiRace.Core;
        class Gaps
        {
            decimal Gap(Money? planned, Money actual) => (planned.Value - actual).Amount;
        }
        """);

    [Fact]
    public Task Exchange_rate_through_locals_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Rates
        {
            decimal YenPerEuro()
            {
                var yen = Money.Jpy(160_000m);
                var euros = Money.Eur(1_000m);
                var y = yen.Amount;
                var e = euros.Amount;
                return y / e;
            }
        }
        """);

    [Fact]
    public Task Records_patterns_and_max_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Invoice(Money Total, Money Paid, Money? Credit);
        class Dunning
        {
            bool Settled(Invoice invoice) => invoice is { Total.Amount: > 0m } && {|AIR0004:invoice.Total.Amount <= invoice.Paid.Amount|};
            decimal Larger(Invoice a, Invoice b) => {|AIR0004:Math.Max(a.Credit?.Amount ?? 0m, b.Total.Amount)|};
            Money Largest(Invoice a) => Money.Max(a.Total, a.Paid);
            decimal Doubled(Invoice a) => a.Total.Amount * 2m;
        }
        """);

    [Fact]
    public Task Null_conditional_has_no_fix() => Verify.NoFix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        public sealed class Account { public Money Balance { get; init; } }
        class Compare
        {
            bool Differ(Account? x, Account? y) => {|AIR0004:x?.Balance.Amount != y?.Balance.Amount|};
        }
        """);

    [Fact]
    public Task Decimal_min_and_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Budget
        {
            decimal Smaller(Money a, Money b) => {|AIR0004:decimal.Min(a.Amount, b.Amount)|};
            bool Over(Money budget, Money spent)
            {
                var b = budget.Amount;
                var s = spent.Amount;
                return {|AIR0004:s > b|};
            }
        }
        """);

    [Fact]
    public Task Nullable_decimal_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Invoice(Money? Paid, Money? Due);
        class Dunning
        {
            bool Short(Invoice inv)
            {
                decimal? paid = inv.Paid?.Amount;
                decimal? due = inv.Due?.Amount;
                return {|AIR0004:paid < due|};
            }
        }
        """);

    [Fact]
    public Task Parenthesized_operands_Fix() => Verify.Fix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        class Budgets
        {
            decimal Left(Money budget, Money spent) => {|AIR0004:(budget.Amount) - (spent.Amount)|};
        }
        """, """
        using AiRace.Core;
        class Budgets
        {
            decimal Left(Money budget, Money spent) => (budget - spent).Amount;
        }
        """);

    [Fact]
    public Task Lambda_await_cast_and_division_FixAll() => Verify.Fix<UnitStrippingCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Item(string Sku, Money Cost);
        class Budgets
        {
            IEnumerable<Item> Over(IEnumerable<Item> items, Money cap) => items.Where(i => {|AIR0004:i.Cost.Amount > cap.Amount|});
            async Task<decimal> Left(Task<Money> budget, Money spent) => {|AIR0004:(await budget).Amount - spent.Amount|};
            double Gap(Money a, Money b) => (double)({|AIR0004:a.Amount - b.Amount|});
            decimal Part(Money part, Money whole) => {|AIR0004:part.Amount / whole.Amount|} * 100m;
            bool Same(Money a, Money b) => {|AIR0004:a.Amount != b.Amount|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Item(string Sku, Money Cost);
        class Budgets
        {
            IEnumerable<Item> Over(IEnumerable<Item> items, Money cap) => items.Where(i => i.Cost > cap);
            async Task<decimal> Left(Task<Money> budget, Money spent) => ((await budget) - spent).Amount;
            double Gap(Money a, Money b) => (double)(a - b).Amount;
            decimal Part(Money part, Money whole) => part / whole * 100m;
            bool Same(Money a, Money b) => a != b;
        }
        """);

    [Fact]
    public Task Exchange_rates_between_known_currencies_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Rates
        {
            decimal A()
            {
                var yen = Money.Jpy(160_000m);
                var eur = Money.Eur(1_000m);
                return yen.Amount / eur.Amount;
            }

            decimal B()
            {
                var a = Money.Of(5_000m, "JPY");
                var b = Money.Of(33m, Currency.FromCode("USD"));
                return a.Amount / b.Amount;
            }

            decimal C(Money m) => m.Amount * 2m - 1m;
        }
        """);

    [Fact]
    public Task Locals_and_Math_Max_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(Money Cost);
        class Caps
        {
            IEnumerable<Line> Over(IEnumerable<Line> lines, Money limit)
            {
                var cap = limit.Amount;
                return lines.Where(l => {|AIR0004:l.Cost.Amount > cap|});
            }

            decimal Larger(Money a, Money b)
            {
                var x = a.Amount;
                return {|AIR0004:Math.Max(x, b.Amount)|};
            }

            bool Mixed() => {|AIR0004:Money.Jpy(1_000m).Amount > Money.Eur(7m).Amount|};
        }
        """);

    [Fact]
    public Task Local_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class Caps
        {
            int CountAboveRunningMax(List<Money> xs)
            {
                var best = 0m;
                int n = 0;
                foreach (var x in xs)
                {
                    if (x.Amount > best)
                    {
                        best = x.Amount;
                        n++;
                    }
                }

                return n;
            }
        }
        """);

    [Fact]
    public Task Top_level_and_record_methods_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var budget = Money.Cny(1_000m);
        var spent = Money.Cny(400m);
        System.Console.WriteLine({|AIR0004:budget.Amount - spent.Amount|});
        public sealed record Grant(Money Awarded, Money Paid)
        {
            public decimal Outstanding => {|AIR0004:Awarded.Amount - Paid.Amount|};
            public bool Overpaid => {|AIR0004:Paid.Amount > Awarded.Amount|};
        }
        """);

    [Fact]
    public Task Nullable_locals_Report_without_fix() => Verify.NoFix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        public sealed record Invoice(Money? Paid, Money? Due);
        class Books
        {
            decimal? Left(Invoice inv)
            {
                decimal? paid = inv.Paid?.Amount;
                decimal? due = inv.Due?.Amount;
                return {|AIR0004:due - paid|};
            }
        }
        """);

    [Fact]
    public Task Nullable_local_assigned_in_branches_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Books
        {
            decimal? A(Money spent, Money cap, bool capped)
            {
                decimal? limit = null;
                if (capped) limit = cap.Amount;
                return limit - spent.Amount;
            }
            decimal? B(Money spent, Money? cap)
            {
                decimal? limit = cap?.Amount;
                limit ??= 1_000m;
                return limit - spent.Amount;
            }
            decimal C(Money[] xs, Money first)
            {
                decimal prev = first.Amount;
                decimal rise = 0m;
                foreach (var m in xs) { rise += m.Amount - 0m; prev = m.Amount * 2m; }
                return rise - prev;
            }
        }
        """);

    [Fact]
    public Task Local_passed_by_ref_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Books
        {
            static void Convert(ref decimal value) => value *= 7.1m;
            decimal A(Money spent, Money budget)
            {
                decimal b = budget.Amount;
                Convert(ref b);
                return b - spent.Amount;
            }
        }
        """);

    [Fact]
    public Task Fix_through_parentheses() => Verify.Fix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        class Books
        {
            decimal A(Money a, Money b) => {|AIR0004:(a.Amount) + (b.Amount)|};
            bool B(Money a, Money b) => {|AIR0004:((a.Amount)) < (b.Amount)|};
        }
        """, """
        using AiRace.Core;
        class Books
        {
            decimal A(Money a, Money b) => (a + b).Amount;
            bool B(Money a, Money b) => a < b;
        }
        """);

    [Fact]
    public Task Parenthesized_null_conditional_Reports_without_fix() => Verify.NoFix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        class Books
        {
            decimal? A(Money? a, Money b) => {|AIR0004:(a?.Amount) + (b.Amount)|};
        }
        """);

    [Fact]
    public Task Amounts_deconstructed_from_money_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Budgets
        {
            decimal Left(Money budget, Money spent)
            {
                var (planned, _) = budget;
                var (used, _) = spent;
                return {|AIR0004:planned - used|};
            }

            bool Over(Money budget, Money spent)
            {
                (var planned, var currency) = budget;
                var (used, _) = spent;
                return {|AIR0004:used > planned|};
            }

            decimal Mixed(Money budget, Money spent)
            {
                var (planned, _) = budget;
                return {|AIR0004:planned - spent.Amount|};
            }

            decimal Larger(Money budget, Money spent)
            {
                var (planned, _) = budget;
                decimal used = spent.Amount;
                return {|AIR0004:Math.Max(planned, used)|};
            }

            decimal InASwitch(int kind, Money budget, Money spent)
            {
                switch (kind)
                {
                    case 1:
                        var (planned, _) = budget;
                        var (used, _) = spent;
                        return {|AIR0004:planned + used|};
                    default:
                        return 0m;
                }
            }
        }
        """);

    [Fact]
    public Task Amounts_deconstructed_from_money_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Budgets
        {
            decimal Rewritten(Money budget, Money spent)
            {
                var (planned, _) = budget;
                planned = 0m;
                var (used, _) = spent;
                return planned - used;
            }

            decimal Doubled(Money budget)
            {
                var (planned, _) = budget;
                return planned * 2m + 1m;
            }

            decimal FromATuple(Money budget, decimal spent)
            {
                var (planned, used) = (budget.Amount, spent);
                return planned - used;
            }

            decimal Rate(Money budget)
            {
                var (planned, _) = budget;
                var (_, currency) = budget;
                return currency == Currency.USD ? planned : 0m;
            }

            decimal Yen(Money yen, Money euros)
            {
                // a rate between two known currencies, as with the amounts read directly
                var (y, _) = Money.Jpy(160_000m);
                var (e, _) = Money.Eur(1_000m);
                return y / e;
            }
        }
        """);


    // AIR0004.md: Money's own positional pattern (its Deconstruct) binds the amount as deconstruction does.
    [Fact]
    public Task Amounts_bound_by_moneys_positional_pattern_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Budgets
        {
            bool Over(Money budget, Money spent) => budget is (var b, _) && spent is (var s, _) && {|AIR0004:b > s|};

            decimal Left(Money budget, Money spent) => budget is (decimal b, _) && spent is (var s, _) ? {|AIR0004:b - s|} : 0m;

            decimal Gap(Money budget, Money spent) => budget switch
            {
                (var b, _) when b > 0m => {|AIR0004:b - spent.Amount|},
                _ => 0m,
            };
        }
        """);

    [Fact]
    public Task Amounts_bound_by_moneys_positional_pattern_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Grant(string Name, decimal Amount);
        class Budgets
        {
            bool Checked(Money budget, Money spent) => budget.Currency == spent.Currency && budget is (var b, _) && spent is (var s, _) && b > s;

            bool CheckedByPattern(Money budget, Money spent) => budget is (var b, var c) && spent is (var s, var d) && c == d && b > s;

            bool BothDollars(Money budget, Money spent) => budget is (var b, { Code: "USD" }) && spent is (var s, { Code: "USD" }) && b > s;

            bool Rewritten(Money budget, Money spent)
            {
                if (budget is (var b, _) && spent is (var s, _))
                {
                    b = 0m;
                    return b > s;
                }

                return false;
            }

            bool Records(Grant g, Grant h) => g is (_, var a) && h is (_, var b) && a > b;

            decimal Scaled(Money budget) => budget is (var b, _) ? b * 2m : 0m;

            decimal Rate() => Money.Jpy(160_000m) is (var y, _) && Money.Eur(1_000m) is (var e, _) ? y / e : 0m;
        }
        """);

    [Fact]
    public Task Amounts_bound_by_a_positional_pattern_have_no_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class Budgets
        {
            bool Over(Money budget, Money spent) => budget is (var b, _) && spent is (var s, _) && {|AIR0004:b > s|};
        }
        """);

    [Fact]
    public Task Deconstructed_amounts_in_top_level_statements_Reports() => Verify<UnitStrippingRule>.Diagnostics("""
        using System;
        using AiRace.Core;

        Money budget = Money.Usd(100m), spent = Money.Usd(40m);
        var (b, _) = budget;
        var (s, _) = spent;
        Console.WriteLine({|AIR0004:b - s|});
        """);

    [Fact]
    public Task Deconstructed_after_await_Reports() => Verify<UnitStrippingRule>.Diagnostics("""
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed class BudgetService
        {
            private static Task<Money> LoadAsync(string key) => Task.FromResult(Money.Eur(1m));

            public async Task<bool> OverAsync()
            {
                var (planned, _) = await LoadAsync("plan");
                var (actual, _) = await LoadAsync("actual");
                return {|AIR0004:actual > planned|};
            }
        }
        """);

    [Fact]
    public Task Deconstructed_in_a_lambda_block_Reports() => Verify<UnitStrippingRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Checks
        {
            public static readonly Func<Money, Money, bool> Over = (cap, cost) =>
            {
                var (x, _) = cost;
                var (y, _) = cap;
                return {|AIR0004:x > y|};
            };
        }
        """);

    [Fact]
    public Task Deconstructed_amounts_of_known_different_currencies_divided_DoesNotReport() => Verify<UnitStrippingRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Rates
        {
            public static decimal YenPerEuro()
            {
                var (yen, _) = Money.Jpy(160_000m);
                var (euros, _) = Money.Eur(1_000m);
                return yen / euros;
            }
        }
        """);

    [Fact]
    public Task Deconstructed_amounts_whose_currencies_are_bound_but_never_read_Reports() => Verify<UnitStrippingRule>.Diagnostics("""
        using AiRace.Core;
        public static class Checks
        {
            public static bool Over(Money budget, Money spent)
            {
                var (b, c) = budget;
                (var s, var d) = spent;
                return {|AIR0004:b > s|};
            }
        }
        """);

    [Fact]
    public Task Deconstructed_amounts_whose_currencies_are_compared_first_DoesNotReport() => Verify<UnitStrippingRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Checks
        {
            public static bool Over(Money budget, Money spent)
            {
                var (b, c) = budget;
                var (s, d) = spent;
                return c == d && b > s;
            }

            public static decimal Left(Money budget, Money spent)
            {
                var (b, c) = budget;
                var (s, d) = spent;
                if (c != d)
                {
                    return 0m;
                }

                return b - s;
            }
        }
        """);

    [Fact]
    public Task Deconstructed_local_rewritten_by_out_DoesNotReport() => Verify<UnitStrippingRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Overrides
        {
            public static decimal Left(Money budget, Money spent, string text)
            {
                var (b, _) = budget;
                var (s, _) = spent;
                if (text.Length > 0)
                {
                    decimal.TryParse(text, out b);
                }

                return b - s;
            }
        }
        """);

    [Fact]
    public Task Decimal_Max_of_typed_deconstruction_Reports() => Verify<UnitStrippingRule>.Diagnostics("""
        using AiRace.Core;
        public static class Caps
        {
            public static decimal Larger(Money a, Money b)
            {
                (decimal first, Currency c1) = a;
                (decimal second, Currency c2) = b;
                return {|AIR0004:decimal.Max(first, second)|};
            }
        }
        """);

    [Fact]
    public Task Linq_where_and_select_FixAll() => Verify<UnitStrippingRule>.Fix<UnitStrippingCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Invoice(string Id, Money Due, Money Paid);
        public static class Ledger
        {
            public static IEnumerable<Invoice> Open(IEnumerable<Invoice> xs) => xs.Where(i => {|AIR0004:i.Paid.Amount < i.Due.Amount|});
            public static IEnumerable<decimal> Gaps(IEnumerable<Invoice> xs) => xs.Select(i => {|AIR0004:i.Due.Amount - i.Paid.Amount|});
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Invoice(string Id, Money Due, Money Paid);
        public static class Ledger
        {
            public static IEnumerable<Invoice> Open(IEnumerable<Invoice> xs) => xs.Where(i => i.Paid < i.Due);
            public static IEnumerable<decimal> Gaps(IEnumerable<Invoice> xs) => xs.Select(i => (i.Due - i.Paid).Amount);
        }
        """);

    [Fact]
    public Task Switch_expression_arm_Fix() => Verify<UnitStrippingRule>.Fix<UnitStrippingCodeFixProvider>("""
        using AiRace.Core;
        public static class Totals
        {
            public static decimal Of(int kind, Money a, Money b) => kind switch
            {
                1 => {|AIR0004:a.Amount + b.Amount|},
                _ => 0m,
            };
        }
        """, """
        using AiRace.Core;
        public static class Totals
        {
            public static decimal Of(int kind, Money a, Money b) => kind switch
            {
                1 => (a + b).Amount,
                _ => 0m,
            };
        }
        """);

    [Fact]
    public async Task Fix_of_a_conditional_instance_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            public static class Pick
            {
                public static decimal Gap(bool flag, Money a, Money b, Money c) => (flag ? a : b).Amount - c.Amount;
                public static decimal Ratio(Money? a, Money b) => a.GetValueOrDefault().Amount / b.Amount;
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0004").Should().BeEmpty(fixedText);
    }

    [Fact]
    public Task Product_and_remainder_of_amounts_DoesNotReport() => Verify<UnitStrippingRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Odd
        {
            public static decimal Area(Money a, Money b) => a.Amount * b.Amount;
            public static decimal Cents(Money a) => a.Amount % 1m;
            public static bool Positive(Money a) => a.Amount > 0m && -a.Amount < 0m;
        }
        """);

    [Fact]
    public async Task FixAll_AIR0004_mixed_operators_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System;
            using System.Threading.Tasks;
            using AiRace.Core;
            public static class Ops
            {
                static Task<Money> Get() => Task.FromResult(Money.Usd(1m));
                public static async Task<decimal> A(Money b) => (await Get()).Amount - b.Amount;
                public static decimal B(Money a, Money b) => (double)(a.Amount + b.Amount) > 1.0 ? a.Amount / b.Amount * 100m : 0m;
                public static bool C(Money a, Money b) => a.Amount >= b.Amount == true;
                public static string D(Money a, Money b) => $"{a.Amount + b.Amount:N2}";
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0004").Should().BeEmpty(fixedText);
    }

    [Fact]
    public Task Comment_after_each_operand_is_kept_once_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal Left(Money budget, Money spent) => {|AIR0004:budget.Amount /* planned */ - spent.Amount|} /* actual */;
        }
        """, """
        using AiRace.Core;
        class C
        {
            decimal Left(Money budget, Money spent) => (budget /* planned */ - spent).Amount /* actual */;
        }
        """);

    [Fact]
    public Task End_of_line_comment_in_a_multiline_conditional_stays_once_at_the_end_of_its_line_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal Overrun(Money budget, Money spent) =>
                spent > budget
                    ? {|AIR0004:spent.Amount - budget.Amount|} // over plan
                    : 0m;
        }
        """, """
        using AiRace.Core;
        class C
        {
            decimal Overrun(Money budget, Money spent) =>
                spent > budget
                    ? (spent - budget).Amount // over plan
                    : 0m;
        }
        """);

    [Fact]
    public Task Comment_line_before_a_returned_expression_is_kept_once_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal Left(Money budget, Money spent)
            {
                return
                    // what is left of the plan
                    {|AIR0004:budget.Amount - spent.Amount|};
            }
        }
        """, """
        using AiRace.Core;
        class C
        {
            decimal Left(Money budget, Money spent)
            {
                return
                    // what is left of the plan
                    (budget - spent).Amount;
            }
        }
        """);

    [Fact]
    public Task Comments_inside_parenthesized_operands_are_kept_once_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            bool Over(Money budget, Money spent) => {|AIR0004:(spent.Amount /* actual */) > (budget.Amount /* planned */)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            bool Over(Money budget, Money spent) => spent /* actual */ > budget /* planned */;
        }
        """);

    // ------------------------------------------------------------------ the method forms of a comparison

    [Fact]
    public Task Compare_and_equals_methods_on_two_amounts_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                int order = {|AIR0004:a.Amount.CompareTo(b.Amount)|};
                int again = {|AIR0004:decimal.Compare(a.Amount, b.Amount)|};
                bool same = {|AIR0004:a.Amount.Equals(b.Amount)|};
                bool also = {|AIR0004:decimal.Equals(a.Amount, b.Amount)|};
                int byComparer = {|AIR0004:Comparer<decimal>.Default.Compare(a.Amount, b.Amount)|};
                bool byEquality = {|AIR0004:EqualityComparer<decimal>.Default.Equals(a.Amount, b.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Compare_and_equals_methods_through_locals_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money budget, Money spent)
            {
                var b = budget.Amount;
                decimal s = spent.Amount;
                int order = {|AIR0004:s.CompareTo(b)|};
                int mixed = {|AIR0004:decimal.Compare(b, spent.Amount)|};
                bool same = {|AIR0004:b.Equals(s)|};
                bool byEquality = {|AIR0004:EqualityComparer<decimal>.Default.Equals(s, b)|};
            }
        }
        """);

    [Fact]
    public Task Compare_and_equals_methods_through_deconstruction_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int Order(Money budget, Money spent)
            {
                var (planned, _) = budget;
                (var used, var currency) = spent;
                return {|AIR0004:planned.CompareTo(used)|};
            }

            bool Same(Money budget, Money spent)
            {
                var (planned, _) = budget;
                var (used, _) = spent;
                return {|AIR0004:decimal.Equals(planned, used)|} || {|AIR0004:Comparer<decimal>.Default.Compare(used, planned)|} == 0;
            }
        }
        """);

    [Fact]
    public Task Compare_and_equals_methods_through_null_conditional_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Invoice(Money Due, Money? Paid);
        class C
        {
            void M(Invoice? a, Invoice b, Money? credit)
            {
                int? order = {|AIR0004:a?.Due.Amount.CompareTo(b.Due.Amount)|};
                bool? same = {|AIR0004:credit?.Amount.Equals(b.Due.Amount)|};
                int paid = {|AIR0004:decimal.Compare(b.Paid?.Amount ?? 0m, b.Due.Amount)|};
                bool boxed = {|AIR0004:b.Due.Amount.Equals(b.Paid?.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Compare_of_amounts_in_a_comparer_of_money_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        // field test (HarbourAnalysis.cs): orders money by its amount alone
        public sealed class AmountOrder : IComparer<Money>
        {
            public int Compare(Money x, Money y) => {|AIR0004:x.Amount.CompareTo(y.Amount)|};
        }
        class C
        {
            void Sort(List<Money> items, Money[] more)
            {
                items.Sort((x, y) => {|AIR0004:decimal.Compare(y.Amount, x.Amount)|});
                System.Array.Sort(more, Comparer<Money>.Create((x, y) => {|AIR0004:x.Amount.CompareTo(y.Amount)|}));
            }
        }
        """);

    [Fact]
    public Task Compare_of_amounts_known_to_be_in_different_currencies_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            // only a quotient of two currencies is a rate; an order or equality of yen and euros is meaningless
            int Order() => {|AIR0004:Money.Jpy(160_000m).Amount.CompareTo(Money.Eur(1_000m).Amount)|};
            bool Same() => {|AIR0004:decimal.Equals(Money.Jpy(1m).Amount, Money.Eur(1m).Amount)|};
        }
        """);

    [Fact]
    public Task Compare_methods_in_records_top_level_and_local_functions_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var budget = Money.Cny(1_000m);
        var spent = Money.Cny(400m);
        System.Console.WriteLine({|AIR0004:budget.Amount.CompareTo(spent.Amount)|});
        bool Same(Money x, Money y) => {|AIR0004:x.Amount.Equals(y.Amount)|};
        public sealed record Grant(Money Awarded, Money Paid)
        {
            public bool Settled => {|AIR0004:decimal.Compare(Paid.Amount, Awarded.Amount)|} >= 0;
        }
        """);

    [Fact]
    public Task Compare_and_equals_of_one_amount_and_a_number_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money a, decimal threshold)
            {
                int sign = a.Amount.CompareTo(0m);
                int order = decimal.Compare(a.Amount, threshold);
                bool hundred = a.Amount.Equals(100m);
                bool zero = decimal.Equals(decimal.Zero, a.Amount);
                int byComparer = Comparer<decimal>.Default.Compare(threshold, a.Amount);
                bool byEquality = EqualityComparer<decimal>.Default.Equals(a.Amount, threshold * 2m);
                int doubled = (a.Amount * 2m).CompareTo(a.Amount);
            }
        }
        """);

    [Fact]
    public Task Compare_and_equals_of_money_values_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b, List<Money> items)
            {
                int order = a.CompareTo(b);
                bool same = a.Equals(b);
                int byComparer = Comparer<Money>.Default.Compare(a, b);
                bool byEquality = EqualityComparer<Money>.Default.Equals(a, b);
                int byCurrency = a.Currency.CompareTo(b.Currency);
                items.Sort((x, y) => x.CompareTo(y));
                int gap = (a - b).Amount.CompareTo(0m);
            }
        }
        """);

    [Fact]
    public Task Compare_of_rates_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(ExchangeRate quoted, ExchangeRate paid)
            {
                int order = quoted.Rate.CompareTo(paid.Rate);
                bool same = decimal.Equals(quoted.Rate, paid.Rate);
                // the yen a euro bought, against the quoted rate: a rate, not an amount
                decimal implied = Money.Jpy(160_000m).Amount / Money.Eur(1_000m).Amount;
                int cheaper = decimal.Compare(implied, quoted.Rate);
                int direct = (Money.Jpy(160_000m).Amount / Money.Eur(1_000m).Amount).CompareTo(quoted.Rate);
            }
        }
        """);

    [Fact]
    public Task Compare_of_decimals_that_are_not_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        record Order(decimal Amount);
        class C
        {
            void M(Order a, Order b, decimal x, decimal y, int i, int j)
            {
                int order = a.Amount.CompareTo(b.Amount);
                bool same = decimal.Equals(x, y) && x.Equals(y) && Comparer<decimal>.Default.Compare(x, y) == 0;
                int ints = i.CompareTo(j) + Comparer<int>.Default.Compare(i, j);
            }
        }
        """);

    [Fact]
    public Task Compare_in_a_money_like_type_of_the_users_own_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        public readonly struct Cash : IComparable<Cash>, IEquatable<Cash>
        {
            public Cash(decimal amount, string code) { Amount = amount; Code = code; }
            public decimal Amount { get; }
            public string Code { get; }
            public int CompareTo(Cash other) => Amount.CompareTo(other.Amount);
            public bool Equals(Cash other) => Code == other.Code && decimal.Equals(Amount, other.Amount);
        }
        """);

    [Fact]
    public Task Compare_through_locals_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            int CountAboveRunningMax(List<Money> xs, Money first)
            {
                var best = first.Amount;
                int n = 0;
                foreach (var x in xs)
                {
                    if (x.Amount.CompareTo(best) > 0)
                    {
                        best = 0m;
                        n++;
                    }
                }

                return n;
            }
        }
        """);

    [Fact]
    public Task Compare_and_equals_methods_FixAll() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                int order = {|AIR0004:a.Amount.CompareTo(b.Amount)|};
                int again = {|AIR0004:decimal.Compare(a.Amount, b.Amount)|};
                bool same = {|AIR0004:a.Amount.Equals(b.Amount)|};
                bool also = {|AIR0004:decimal.Equals(a.Amount, b.Amount)|};
                int byComparer = {|AIR0004:Comparer<decimal>.Default.Compare(a.Amount, b.Amount)|};
                bool byEquality = {|AIR0004:EqualityComparer<decimal>.Default.Equals(a.Amount, b.Amount)|};
            }
        }
        """, """
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b)
            {
                int order = a.CompareTo(b);
                int again = a.CompareTo(b);
                bool same = a == b;
                bool also = a == b;
                int byComparer = a.CompareTo(b);
                bool byEquality = a == b;
            }
        }
        """);

    [Fact]
    public Task Compare_in_a_comparer_of_money_Fix() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        public sealed class AmountOrder : IComparer<Money>
        {
            public int Compare(Money x, Money y) => {|AIR0004:x.Amount.CompareTo(y.Amount)|};
        }
        class C
        {
            void Sort(List<Line> lines) => lines.Sort((l, r) => {|AIR0004:decimal.Compare((r.Cost.Amount), l.Cost.Amount)|});
        }
        """, """
        using System.Collections.Generic;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        public sealed class AmountOrder : IComparer<Money>
        {
            public int Compare(Money x, Money y) => x.CompareTo(y);
        }
        class C
        {
            void Sort(List<Line> lines) => lines.Sort((l, r) => r.Cost.CompareTo(l.Cost));
        }
        """);

    [Fact]
    public Task Equals_inside_a_larger_expression_is_parenthesized_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            bool Differ(Money a, Money b) => !{|AIR0004:a.Amount.Equals(b.Amount)|};
            string Text(Money a, Money b) => {|AIR0004:decimal.Equals(a.Amount, b.Amount)|}.ToString();
            bool Both(Money a, Money b, bool flag) => flag && {|AIR0004:a.Amount.Equals(b.Amount)|};
            bool Neither(Money a, Money b, bool flag) => flag == {|AIR0004:a.Amount.Equals(b.Amount)|};
            int Pick(Money a, Money b) => {|AIR0004:a.Amount.Equals(b.Amount)|} ? 1 : 0;
            int Sign(Money a, Money b) => -{|AIR0004:a.Amount.CompareTo(b.Amount)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            bool Differ(Money a, Money b) => !(a == b);
            string Text(Money a, Money b) => (a == b).ToString();
            bool Both(Money a, Money b, bool flag) => flag && a == b;
            bool Neither(Money a, Money b, bool flag) => flag == (a == b);
            int Pick(Money a, Money b) => a == b ? 1 : 0;
            int Sign(Money a, Money b) => -a.CompareTo(b);
        }
        """);

    [Fact]
    public Task Comments_in_a_compare_call_are_kept_once_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            int Order(Money budget, Money spent) => {|AIR0004:decimal.Compare(budget.Amount /* planned */, spent.Amount /* actual */)|} /* sign */;
            bool Same(Money budget, Money spent) =>
                // same plan?
                {|AIR0004:budget.Amount.Equals(/* actual */ spent.Amount)|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            int Order(Money budget, Money spent) => budget /* planned */.CompareTo(spent /* actual */) /* sign */;
            bool Same(Money budget, Money spent) =>
                // same plan?
                budget /* actual */ == spent;
        }
        """);

    [Fact]
    public Task Compare_methods_through_locals_null_conditional_named_arguments_and_other_comparers_have_no_fix() => Verify.NoFix<Fix>("""
        using System.Collections.Generic;
        using AiRace.Core;
        class C
        {
            void M(Money a, Money b, Money? c, Comparer<decimal> custom)
            {
                var x = a.Amount;
                int local = {|AIR0004:x.CompareTo(b.Amount)|};
                int? conditional = {|AIR0004:c?.Amount.CompareTo(b.Amount)|};
                int named = {|AIR0004:decimal.Compare(d2: a.Amount, d1: b.Amount)|};
                int other = {|AIR0004:custom.Compare(a.Amount, b.Amount)|};
                decimal larger = {|AIR0004:decimal.Max(a.Amount, b.Amount)|};
            }
        }
        """);

    [Fact]
    public async Task FixAll_AIR0004_compare_and_equals_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using AiRace.Core;
            public static class Ops
            {
                static Task<Money> Get() => Task.FromResult(Money.Usd(1m));
                public static async Task<int> A(Money b) => (await Get()).Amount.CompareTo(b.Amount);
                public static bool B(Money a, Money b) => !a.Amount.Equals(b.Amount) || decimal.Equals(a.Amount, b.Amount) == false;
                public static string C(Money a, Money b) => $"{decimal.Compare(a.Amount, b.Amount):D} {EqualityComparer<decimal>.Default.Equals(a.Amount, b.Amount)}";
                public static IEnumerable<Money> D(IEnumerable<Money> xs, Money cap) => xs.Where(x => Comparer<decimal>.Default.Compare(x.Amount, cap.Amount) > 0);
                public static object E(Money a, Money b) => (object)a.Amount.Equals(b.Amount);
                public static bool F(Money? a, Money b) => a.GetValueOrDefault().Amount.Equals(b.Amount) is true;
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0004").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("(await Get()).CompareTo(b)").And.Contain("!(a == b) || (a == b) == false").And.Contain("(object)(a == b)");
    }

    // AIR0004.md: the Equals forms become `a == b`, "parenthesized where the context needs it". A discarded Equals call
    // is a statement; `a == b;` is not one (CS0201), nor is `() => a == b` an Action body.
    [Fact]
    public async Task Equals_as_a_statement_or_action_body_FixAll_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System;
            using AiRace.Core;
            public static class Ops
            {
                public static void A(Money a, Money b) { a.Amount.Equals(b.Amount); }
                public static Action B(Money a, Money b) => () => decimal.Equals(a.Amount, b.Amount);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
    }

    // AIR0004.md: the fix rewrites both forms; Fix All must rewrite an inner form inside an outer one and compile.
    [Fact]
    public async Task Nested_method_forms_FixAll_rewrites_both()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using System.Linq;
            using AiRace.Core;
            public static class Ops
            {
                public static int A(Money[] xs, Money b, Money c) => decimal.Compare(xs.First(x => x.Amount.Equals(c.Amount)).Amount, b.Amount);
                public static bool B(Money[] xs, Money b, Money c) => xs.First(x => x.Amount.CompareTo(c.Amount) > 0).Amount.Equals(b.Amount);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0004").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("xs.First(x => x == c).CompareTo(b)").And.Contain("xs.First(x => x.CompareTo(c) > 0) == b");
    }

    // AIR0004.md: "(through Default or any other instance of those two comparer classes)": a subclass's instance.
    [Fact]
    public Task Compare_through_a_comparer_subclass_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        sealed class Reverse : Comparer<decimal> { public override int Compare(decimal x, decimal y) => y.CompareTo(x); }
        class C
        {
            int M(Money a, Money b, Reverse reverse) => {|AIR0004:reverse.Compare(a.Amount, b.Amount)|};
        }
        """);
}
