using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.MixedCurrencySumRule>;

using Fix = AiRace.Analyzers.CodeFixes.MixedCurrencySumCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class MixedCurrencySumRuleTests
{
    [Fact]
    public Task Folds_that_read_amounts_but_add_none_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Id, Money Amount);
        class C
        {
            // field test 2: a count, Money's own checked addition, a maximum
            int Refunds(IEnumerable<Entry> entries) => entries.Aggregate(0, (n, e) => e.Amount.Amount < 0m ? n + 1 : n);
            Money Positive(List<Money> items) => items.Aggregate(Money.Zero(Currency.EUR), (total, m) => m.Amount > 0m ? total + m : total);
            Money Largest(List<Money> items) => items.Aggregate((a, b) => a.Amount >= b.Amount ? a : b);
            int Count(List<Money> items) => items.GroupBy(m => m.Currency, m => m.Amount).Select(g => g.Count()).Sum();
        }
        """);

    [Fact]
    public Task Folds_and_groups_that_add_amounts_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Desk, Money Amount);
        class C
        {
            decimal A(List<Money> items) => {|AIR0007:items.Aggregate(0m, (acc, m) => m.Amount > 0m ? acc + m.Amount : acc)|};
            decimal B(List<Money> items) => {|AIR0007:items.Aggregate(0m, (acc, m) => { acc -= m.Amount * 1.1m; return acc; })|};
            IEnumerable<decimal> C1(List<Entry> entries) => entries.GroupBy(e => e.Desk, e => e.Amount.Amount).Select(g => {|AIR0007:g.Sum()|});
            IEnumerable<decimal> D(List<Entry> entries) => from e in entries group e.Amount.Amount by e.Desk into g select {|AIR0007:g.Sum()|};
        }
        """);

    [Fact]
    public Task Sum_and_aggregate_over_amounts_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(List<Money> items)
            {
                decimal a = {|AIR0007:items.Sum(m => m.Amount)|};
                decimal b = {|AIR0007:items.Select(m => m.Amount).Sum()|};
                decimal c = {|AIR0007:items.Aggregate(0m, (acc, m) => acc + m.Amount)|};
                decimal d = {|AIR0007:items.Select(m => m.Amount).Aggregate((x, y) => x + y)|};
            }
        }
        """);

    [Fact]
    public Task Linq_query_syntax_and_lambdas_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        record Line(string Name, Money Cost);
        class C
        {
            void M(Line[] lines)
            {
                decimal a = {|AIR0007:(from l in lines select l.Cost.Amount).Sum()|};
                Func<Line[], decimal> total = ls => {|AIR0007:ls.Sum(l => l.Cost.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_local_functions_Reports() => Verify.Diagnostics("""
        using System.Linq;
        using AiRace.Core;
        var items = new[] { Money.Usd(1m), Money.Cny(7m) };
        decimal Total(Money[] ms) => {|AIR0007:ms.Sum(m => m.Amount)|};
        System.Console.WriteLine({|AIR0007:items.Sum(x => x.Amount)|});
        """);

    [Fact]
    public Task Records_and_generics_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Fund(IReadOnlyList<Money> Parts)
        {
            public decimal Total => {|AIR0007:Parts.Sum(p => p.Amount)|};
        }
        class Ledger<T> where T : notnull
        {
            public decimal Sum(IEnumerable<KeyValuePair<T, Money>> rows) => {|AIR0007:rows.Sum(r => r.Value.Amount)|};
        }
        """);

    [Fact]
    public Task Null_conditional_and_pattern_matching_Reports() => Verify.Diagnostics("""
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class C
        {
            decimal? M(Line?[] lines, object o)
            {
                if (o is Money[] { Length: > 0 } ms) { return {|AIR0007:ms.Sum(m => m.Amount)|}; }
                return {|AIR0007:lines.Sum(l => l?.Cost.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Currency_stating_sums_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class C
        {
            void M(List<Money> items, Line[] lines)
            {
                Money a = items.Sum(Currency.USD);
                Money b = lines.Sum(l => l.Cost, Currency.CNY);
                decimal c = items.Sum(Currency.USD).Amount;
            }
        }
        """);

    [Fact]
    public Task Sums_of_plain_numbers_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Linq;
        record Order(decimal Amount);
        class C<T>
        {
            void M(decimal[] values, Order[] orders)
            {
                decimal a = values.Sum();
                decimal b = orders.Sum(o => o.Amount);
                decimal c = values.Aggregate(0m, (x, y) => x + y);
            }
        }
        """);

    [Fact]
    public Task Other_linq_over_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items)
            {
                decimal max = items.Max(m => m.Amount);
                int count = items.Count(m => m.Amount > 0m);
                var amounts = (from m in items select m.Amount).ToList();
            }
        }
        """);

    [Fact]
    public Task Lambdas_and_local_functions_with_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items, Currency currency)
            {
                Func<Money[], Money> total = ms => ms.Sum(currency);
                Money Local() => items.Sum(m => m * 2m, currency);
                var q = (from m in items select m).Sum(currency);
            }
        }
        """);

    [Fact]
    public Task Top_level_null_conditional_and_patterns_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Linq;
        using AiRace.Core;
        Money[]? items = new[] { Money.Usd(1m) };
        var total = items?.Sum(Currency.USD);
        if (items is { Length: > 0 } ms) { System.Console.WriteLine(ms.Sum(m => m, Currency.USD).Amount); }
        """);

    [Fact]
    public Task Sum_of_amounts_with_a_currency_in_scope_Fix() => Verify.Fix<Fix>("""
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal M(Money[] items, Currency currency) => {|AIR0007:items.Sum(m => m.Amount)|};
        }
        """, """
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal M(Money[] items, Currency currency) => items.Sum(currency).Amount;
        }
        """);

    [Fact]
    public Task Selector_and_select_shapes_Fix_one_finding_at_a_time() => Verify.Fix<Fix>("""
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class C
        {
            void M(Line[] lines, Money[] items)
            {
                var reporting = Currency.CNY;
                decimal a = {|AIR0007:lines.Sum(l => l.Cost.Amount)|};
                decimal b = {|AIR0007:items.Select(m => m.Amount).Sum()|};
            }
        }
        """, """
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class C
        {
            void M(Line[] lines, Money[] items)
            {
                var reporting = Currency.CNY;
                decimal a = lines.Sum(l => l.Cost, reporting).Amount;
                decimal b = items.Sum(reporting).Amount;
            }
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task Sum_of_amounts_the_flow_knows_to_be_one_currency_Fix() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(string Name, Money Cost);
        class C
        {
            private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
            private static readonly Line[] Lines = { new("a", Money.Eur(1m)), new("b", Money.Eur(2m)) };

            void M(Currency reporting)
            {
                decimal a = {|AIR0007:Grants.Sum(g => g.Amount)|};
                decimal b = {|AIR0007:Lines.Select(l => l.Cost.Amount).Sum()|};
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(string Name, Money Cost);
        class C
        {
            private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
            private static readonly Line[] Lines = { new("a", Money.Eur(1m)), new("b", Money.Eur(2m)) };

            void M(Currency reporting)
            {
                decimal a = Grants.Sum(Currency.CNY).Amount;
                decimal b = Lines.Sum(l => l.Cost, Currency.EUR).Amount;
            }
        }
        """);

    [Fact]
    public Task Sum_of_amounts_of_mixed_or_unknown_currencies_takes_no_currency_from_the_flow_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            private static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
            decimal M() => {|AIR0007:Mixed.Sum(g => g.Amount)|};
            decimal N(IEnumerable<Money> given) => {|AIR0007:given.Sum(g => g.Amount)|};
        }
        """);

    [Fact]
    public Task Amounts_known_to_be_in_different_currencies_get_no_fix_even_with_a_currency_in_scope() => Verify.NoFix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(string Name, Money Cost);
        class C
        {
            private static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
            private static readonly Line[] Lines = { new("a", Money.Cny(1m)), new("b", Money.Usd(2m)) };
            decimal M(Currency reporting) => {|AIR0007:Mixed.Sum(g => g.Amount)|};
            decimal N(Currency reporting) => {|AIR0007:Lines.Select(l => l.Cost.Amount).Sum()|};
        }
        """);

    [Fact]
    public async Task Amounts_known_to_be_in_different_currencies_Report_that_they_mix()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class C
            {
                private static readonly List<Money> Mixed = new() { Money.Cny(1m), Money.Usd(2m) };
                private static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
                decimal M(Currency reporting) => Mixed.Sum(g => g.Amount);
                decimal N(Currency reporting) => Yuan.Sum(g => g.Amount);
                decimal O(IEnumerable<Money> given, Currency reporting) => given.Sum(g => g.Amount);
            }
            """);
        var sums = diagnostics.Where(d => d.Id == "AIR0007").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        sums.Should().HaveCount(3);
        sums[0].Properties.Should().Contain(MixedCurrencySumRule.MixedProperty, "true");
        sums[0].Properties.Should().NotContainKey(MixedCurrencySumRule.CurrencyProperty);
        sums[1].Properties.Should().NotContainKey(MixedCurrencySumRule.MixedProperty);
        sums[1].Properties.Should().Contain(MixedCurrencySumRule.CurrencyProperty, "CNY");
        sums[2].Properties.Should().NotContainKey(MixedCurrencySumRule.MixedProperty);
        sums[2].Properties.Should().NotContainKey(MixedCurrencySumRule.CurrencyProperty);
    }

    [Fact]
    public async Task Currency_in_scope_title_names_the_variable()
    {
        var offered = await FixRunner.ActionsAsync(new Fix(), """
            using System.Linq;
            using AiRace.Core;
            class C
            {
                decimal M(Money[] items, Currency reporting) => items.Sum(m => m.Amount);
            }
            """);
        offered.Should().Equal("Sum in reporting (the Currency in scope)");
    }

    [Fact]
    public async Task Fix_All_leaves_the_currency_in_scope_to_each_finding()
    {
        string fixedText = await FixRunner.FixAllAsync(new Fix(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class C
            {
                private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
                decimal M(Currency reporting) => Grants.Sum(g => g.Amount);
                decimal N(Money[] items, Currency reporting) => items.Sum(m => m.Amount);
                decimal O(Currency reporting) => Grants.Select(g => g.Amount).Sum();
            }
            """);
        fixedText.Should().Contain("decimal M(Currency reporting) => Grants.Sum(Currency.CNY).Amount;");
        fixedText.Should().Contain("decimal N(Money[] items, Currency reporting) => items.Sum(m => m.Amount);");
        fixedText.Should().Contain("decimal O(Currency reporting) => Grants.Sum(Currency.CNY).Amount;");
    }

    [Fact]
    public async Task Fix_All_requested_for_one_currency_in_scope_fix_fixes_only_that_finding()
    {
        string fixedText = await FixRunner.FixAllAsync(new Fix(), """
            using System.Linq;
            using AiRace.Core;
            class C
            {
                decimal M(Money[] items, Currency reporting) => items.Sum(m => m.Amount);
                decimal N(Money[] items, Currency reporting) => items.Sum(m => m.Amount);
            }
            """);
        fixedText.Should().Contain("decimal M(Money[] items, Currency reporting) => items.Sum(reporting).Amount;");
        fixedText.Should().Contain("decimal N(Money[] items, Currency reporting) => items.Sum(m => m.Amount);");
    }

    [Fact]
    public Task No_or_several_currencies_in_scope_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal M(Money[] items) => {|AIR0007:items.Sum(m => m.Amount)|};
            decimal N(Money[] items, Currency a, Currency b) => {|AIR0007:items.Sum(m => m.Amount)|};
        }
        """);

    [Fact]
    public Task Fix_does_not_use_a_currency_local_declared_later() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class Ledger
        {
            Money Total(List<Line> lines)
            {
                decimal raw = {|AIR0007:lines.Sum(l => l.Cost.Amount)|};
                var currency = Currency.FromCode(lines.Count > 0 ? "CNY" : "USD");
                return Money.Of(raw, currency);
            }
        }
        """);

    [Fact]
    public Task Fix_does_not_capture_into_a_static_local_function() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Ledger
        {
            Money Total(IEnumerable<Money> items, Currency currency)
            {
                return Money.Of(Raw(items), currency);

                static decimal Raw(IEnumerable<Money> xs) => {|AIR0007:xs.Sum(m => m.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Count_by_a_fold_with_a_conditional_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Refunds
        {
            int Count(IEnumerable<Money> payments) => payments.Aggregate(0, (n, p) => n + (p.Amount < 0m ? 1 : 0));
        }
        """);

    [Fact]
    public Task Fold_of_amounts_converted_to_one_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Consolidation
        {
            private readonly Dictionary<Currency, decimal> _toUsd = new();
            decimal Usd(IEnumerable<Money> items) => items.Aggregate(0m, (acc, m) => acc + m.Amount * _toUsd[m.Currency]);
            decimal UsdBySum(IEnumerable<Money> items) => items.Sum(m => m.Amount * _toUsd[m.Currency]);
        }
        """);

    [Fact]
    public Task Queryable_sum_Reports() => Verify.Diagnostics("""
        using System.Linq;
        using AiRace.Core;
        public sealed class Line { public Money Cost { get; set; } }
        class Store
        {
            decimal Total(IQueryable<Line> lines) => {|AIR0007:lines.Sum(l => l.Cost.Amount)|};
        }
        """);

    [Fact]
    public Task Select_then_Sum_keeps_the_comments_between_them() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class Ledger
        {
            decimal Spent(IEnumerable<Line> lines, Currency currency) => {|AIR0007:lines
                .Select(l => l.Cost.Amount) // each desk's cost
                .Sum()|};

            decimal Planned(IEnumerable<Money> plans, Currency currency) => {|AIR0007:plans.Select(p => p.Amount) /* in the plan's currency */ .Sum(/* all of them */)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class Ledger
        {
            decimal Spent(IEnumerable<Line> lines, Currency currency) => lines
                .Sum(l => l.Cost, currency) // each desk's cost
                .Amount;

            decimal Planned(IEnumerable<Money> plans, Currency currency) => plans.Sum(currency) /* in the plan's currency */ .Amount/* all of them */;
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task Select_after_where_and_await_Fix_one_finding_at_a_time() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost, bool Paid);
        class Ledger
        {
            Task<List<Line>> LoadAsync() => Task.FromResult(new List<Line>());
            decimal Paid(IEnumerable<Line> lines, Currency currency) => {|AIR0007:lines.Where(l => l.Paid).Select(l => l.Cost.Amount).Sum()|};
            async Task<decimal> AllAsync(Currency currency) => {|AIR0007:(await LoadAsync()).Sum(l => l.Cost.Amount)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost, bool Paid);
        class Ledger
        {
            Task<List<Line>> LoadAsync() => Task.FromResult(new List<Line>());
            decimal Paid(IEnumerable<Line> lines, Currency currency) => lines.Where(l => l.Paid).Sum(l => l.Cost, currency).Amount;
            async Task<decimal> AllAsync(Currency currency) => (await LoadAsync()).Sum(l => l.Cost, currency).Amount;
        }
        """, fixAllIterations: 2);

    [Fact]
    public Task Groups_and_doc_negatives_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class Ledger
        {
            object ByDesk(IEnumerable<Line> lines) => lines.GroupBy(l => l.Desk, l => l.Cost.Amount).Select(g => new { g.Key, Total = {|AIR0007:g.Sum()|} }).ToList();
            object PerDesk(IEnumerable<Line> lines) => lines.GroupBy(l => l.Desk).Select(g => {|AIR0007:g.Sum(l => l.Cost.Amount)|}).ToList();
            Money Stated(IEnumerable<Money> grants) => grants.Sum(Currency.CNY);
            decimal Largest(IEnumerable<Money> grants) => grants.Max(g => g.Amount);
            Money Folded(IEnumerable<Money> grants, Currency c) => grants.Aggregate(Money.Zero(c), (acc, m) => acc + m);
        }
        """);

    [Fact]
    public Task Fold_of_price_times_quantity_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record OrderLine(string Sku, Money Price, int Quantity);
        class Orders
        {
            // price × quantity is still in the price's currency: the fold adds yuan to dollars
            decimal Total(IEnumerable<OrderLine> lines) => {|AIR0007:lines.Aggregate(0m, (acc, l) => acc + l.Price.Amount * l.Quantity)|};
        }
        """);

    [Fact]
    public Task Fold_through_conditional_and_abs_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Payment(Money Amount, bool IsRefund);
        class Ledger
        {
            decimal Net(IEnumerable<Payment> ps) => {|AIR0007:ps.Aggregate(0m, (acc, p) => acc + (p.IsRefund ? -p.Amount.Amount : p.Amount.Amount))|};
            decimal Gross(IEnumerable<Payment> ps) => {|AIR0007:ps.Aggregate(0m, (acc, p) => acc + Math.Abs(p.Amount.Amount) * 1.2m)|};
        }
        """);

    [Fact]
    public Task Fold_that_only_tests_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Payment(Money Amount, bool IsRefund);
        class Ledger
        {
            int Large(IEnumerable<Payment> ps) => ps.Aggregate(0, (n, p) => n + (p.Amount.Amount > 1_000m && !p.IsRefund ? 1 : 0));
            bool Any(IEnumerable<Payment> ps) => ps.Aggregate(false, (seen, p) => seen || p.Amount.Amount < 0m);
        }
        """);

    [Fact]
    public async Task Fix_does_not_use_an_unassigned_local()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Linq;
            using AiRace.Core;
            public sealed record Line(Money Cost);
            class Report
            {
                decimal Build(Line[] lines, bool europe)
                {
                    Currency reportCurrency;
                    decimal total = lines.Sum(l => l.Cost.Amount);
                    reportCurrency = europe ? Currency.EUR : Currency.USD;
                    System.Console.WriteLine(reportCurrency);
                    return total;
                }
            }
            """);
        var after = await AllRules.AnalyzeAsync(fixedText);
        after.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS")).Should().BeEmpty("the fixed code must compile: " + fixedText);
    }

    [Fact]
    public async Task Fix_does_not_use_an_unassigned_out_parameter()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Linq;
            using AiRace.Core;
            public sealed record Line(Money Cost);
            static class Report
            {
                public static decimal Total(Line[] lines, out Currency currency)
                {
                    decimal total = lines.Sum(l => l.Cost.Amount);
                    currency = Currency.USD;
                    return total;
                }
            }
            """);
        var after = await AllRules.AnalyzeAsync(fixedText);
        after.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS")).Should().BeEmpty("the fixed code must compile: " + fixedText);
    }

    [Fact]
    public Task Fix_uses_parameter_of_static_lambda() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            Func<Money[], Currency, decimal> Total = static (xs, currency) => {|AIR0007:xs.Sum(m => m.Amount)|};
        }
        """, """
        using System;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            Func<Money[], Currency, decimal> Total = static (xs, currency) => xs.Sum(currency).Amount;
        }
        """);

    [Fact]
    public Task Hash_fold_of_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Linq;
        using AiRace.Core;
        class Hashing
        {
            // a hash of the amounts adds no money up
            int Hash(Money[] xs) => xs.Aggregate(17, (h, m) => h * 31 + m.Amount.GetHashCode());
        }
        """);

    [Fact]
    public Task Net_sign_count_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class Counting
        {
            // a tally of signs (+1 / -1), a test of each amount, not an amount
            int Net(Money[] xs) => xs.Aggregate(0, (n, m) => n + Math.Sign(m.Amount));
        }
        """);

    [Fact]
    public Task Price_times_quantity_fold_Reports() => Verify.Diagnostics("""
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(Money Price, int Quantity);
        class Totals
        {
            decimal A(Line[] lines) => {|AIR0007:lines.Aggregate(0m, (acc, l) => acc + l.Price.Amount * l.Quantity)|};
            decimal B(Money[] xs) => {|AIR0007:xs.Aggregate(0m, (acc, m) => acc + m.Amount / 2m)|};
        }
        """);

    [Fact]
    public Task Rate_by_element_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Totals
        {
            decimal A(Money[] xs, Dictionary<Currency, decimal> toUsd) => xs.Aggregate(0m, (acc, m) => acc + m.Amount * toUsd[m.Currency]);
            decimal B(Money[] xs, System.Func<Currency, decimal> rate) => xs.Aggregate(0m, (acc, m) => acc + m.Amount / rate(m.Currency));
        }
        """);

    [Fact]
    public Task Price_looked_up_by_currency_times_quantity_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Order(Currency Currency, int Quantity);
        class Totals
        {
            // the price list holds one price per currency: price times quantity is still a bare amount of mixed currencies
            decimal A(Order[] orders, Dictionary<Currency, Money> prices) =>
                {|AIR0007:orders.Aggregate(0m, (acc, o) => acc + prices[o.Currency].Amount * o.Quantity)|};
        }
        """);

    [Fact]
    public Task Conditional_amount_in_fold_Reports_and_count_does_not() => Verify.Diagnostics("""
        using System.Linq;
        using AiRace.Core;
        class Totals
        {
            decimal A(Money[] xs) => {|AIR0007:xs.Aggregate(0m, (acc, m) => acc + (m.Amount > 0m ? m.Amount : 0m))|};
            int B(Money[] xs, decimal limit) => xs.Aggregate(0, (n, m) => n + (m.Amount > limit ? 1 : 0));
            bool C(Money[] xs) => xs.Aggregate(false, (any, m) => any | m.Amount < 0m);
        }
        """);

    [Fact]
    public Task Fix_local_function_before_the_currency_local_NoFix() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs)
            {
                decimal Total() => {|AIR0007:xs.Sum(m => m.Amount)|};
                Currency home = Currency.USD;
                return Total();
            }
        }
        """);

    [Fact]
    public Task Fix_top_level_local_function_before_the_currency_local_NoFix() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        decimal Total(List<Money> xs) => {|AIR0007:xs.Sum(m => m.Amount)|};
        Currency home = Currency.USD;
        System.Console.WriteLine(Total(new List<Money>()) + home.Code.Length);
        """);

    [Fact]
    public Task Fix_local_function_after_the_currency_local() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs)
            {
                Currency home = Currency.USD;
                decimal Total() => {|AIR0007:xs.Sum(m => m.Amount)|};
                return Total();
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs)
            {
                Currency home = Currency.USD;
                decimal Total() => xs.Sum(home).Amount;
                return Total();
            }
        }
        """);

    [Fact]
    public Task Fix_top_level_lambda_captures_currency() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        Currency home = Currency.EUR;
        Func<List<Money>, decimal> total = xs => {|AIR0007:xs.Sum(m => m.Amount)|};
        Console.WriteLine(total(new List<Money>()));
        """, """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        Currency home = Currency.EUR;
        Func<List<Money>, decimal> total = xs => xs.Sum(home).Amount;
        Console.WriteLine(total(new List<Money>()));
        """);

    [Fact]
    public Task Fix_lambda_before_currency_local_NoFix() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            void M()
            {
                Func<List<Money>, decimal> total = xs => {|AIR0007:xs.Sum(m => m.Amount)|};
                Currency home = Currency.USD;
                Console.WriteLine(total(new List<Money>()) + home.Code.Length);
            }
        }
        """);

    [Fact]
    public Task Fix_try_catch_assigns_on_every_path() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, string code)
            {
                Currency c;
                try { c = Currency.FromCode(code); }
                catch (ArgumentException) { c = Currency.USD; }
                return {|AIR0007:xs.Sum(m => m.Amount)|};
            }
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, string code)
            {
                Currency c;
                try { c = Currency.FromCode(code); }
                catch (ArgumentException) { c = Currency.USD; }
                return xs.Sum(c).Amount;
            }
        }
        """);

    [Fact]
    public Task Fix_try_catch_unassigned_path_NoFix() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, string code)
            {
                Currency c;
                try { c = Currency.FromCode(code); }
                catch (ArgumentException) { Console.WriteLine("bad"); }
                return {|AIR0007:xs.Sum(m => m.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Fix_pattern_variable_assigned() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, object o)
            {
                if (o is Currency c)
                {
                    return {|AIR0007:xs.Sum(m => m.Amount)|};
                }
                return 0m;
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, object o)
            {
                if (o is Currency c)
                {
                    return xs.Sum(c).Amount;
                }
                return 0m;
            }
        }
        """);

    [Fact]
    public Task Fix_pattern_variable_unassigned_branch_NoFix() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, object o)
            {
                if (!(o is Currency c))
                {
                    return {|AIR0007:xs.Sum(m => m.Amount)|};
                }
                return c.Code.Length;
            }
        }
        """);

    [Fact]
    public Task Fix_foreach_variable_and_loop_assignment_after_sum() => Verify.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<List<Money>> batches)
            {
                decimal total = 0m;
                Currency last;
                for (int i = 0; i < batches.Count; i++)
                {
                    total += {|AIR0007:batches[i].Sum(m => m.Amount)|};
                    last = batches[i][0].Currency;
                }
                return total;
            }
        }
        """);

    [Fact]
    public Task Fix_primary_constructor_property_initializer() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report(List<Money> xs, Currency reporting)
        {
            public decimal Total { get; } = {|AIR0007:xs.Sum(m => m.Amount)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report(List<Money> xs, Currency reporting)
        {
            public decimal Total { get; } = xs.Sum(reporting).Amount;
        }
        """);

    [Fact]
    public Task Fix_primary_constructor_base_argument() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Base(decimal total) { public decimal Total => total; }
        class Report(List<Money> xs, Currency reporting) : Base({|AIR0007:xs.Sum(m => m.Amount)|});
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Base(decimal total) { public decimal Total => total; }
        class Report(List<Money> xs, Currency reporting) : Base(xs.Sum(reporting).Amount);
        """);

    [Fact]
    public Task Fix_constructor_initializer() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            public Report(decimal total) { }
            public Report(List<Money> xs, Currency reporting) : this({|AIR0007:xs.Sum(m => m.Amount)|}) { }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            public Report(decimal total) { }
            public Report(List<Money> xs, Currency reporting) : this(xs.Sum(reporting).Amount) { }
        }
        """);

    [Fact]
    public Task Fix_inside_nested_lambda() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            List<decimal> M(List<List<Money>> groups, string code)
            {
                var c = Currency.FromCode(code);
                return groups.Select(g => {|AIR0007:g.Sum(m => m.Amount)|}).ToList();
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            List<decimal> M(List<List<Money>> groups, string code)
            {
                var c = Currency.FromCode(code);
                return groups.Select(g => g.Sum(c).Amount).ToList();
            }
        }
        """);

    [Fact]
    public Task Fix_local_function_with_currency_parameter_of_the_method() => Verify.Fix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, Currency reporting)
            {
                return Total();
                decimal Total() => {|AIR0007:xs.Sum(m => m.Amount)|};
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Report
        {
            decimal M(List<Money> xs, Currency reporting)
            {
                return Total();
                decimal Total() => xs.Sum(reporting).Amount;
            }
        }
        """);

    [Fact]
    public Task Sums_of_amounts_worked_out_in_the_selector_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record OrderLine(string Sku, Money Price, int Quantity, decimal Discount);
        class Invoices
        {
            decimal Gross(IEnumerable<OrderLine> lines) => {|AIR0007:lines.Sum(l => l.Price.Amount * l.Quantity)|};
            decimal Net(List<OrderLine> lines) => {|AIR0007:lines.Sum(l => l.Price.Amount * l.Quantity * (1m - l.Discount))|};
            decimal Rounded(List<Money> items) => {|AIR0007:items.Sum(m => Math.Round(m.Amount, 2, MidpointRounding.ToEven))|};
            decimal Halves(List<Money> items) => {|AIR0007:items.Select(m => m.Amount / 2m).Sum()|};
            decimal? Optional(List<OrderLine> lines) => {|AIR0007:lines.Sum(l => (decimal?)l.Price.Amount * l.Quantity)|};
            double Approximate(List<Money> items) => {|AIR0007:items.Sum(m => (double)m.Amount)|};
            decimal Both(List<OrderLine> lines) => {|AIR0007:lines.Sum(l => l.Price.Amount + l.Discount)|};
        }
        """);

    [Fact]
    public Task Sums_whose_selector_converts_counts_or_tests_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record OrderLine(string Sku, Money Price, int Quantity);
        class Invoices
        {
            private readonly Dictionary<Currency, decimal> _toUsd = new();
            decimal InUsd(List<Money> items) => items.Sum(m => m.Amount * _toUsd[m.Currency]);
            decimal InUsdBySelect(List<Money> items) => items.Select(m => m.Amount / Rate(m.Currency)).Sum();
            int Refunds(List<Money> items) => items.Sum(m => m.Amount < 0m ? 1 : 0);
            int Signs(List<Money> items) => items.Sum(m => Math.Sign(m.Amount));
            int Units(List<OrderLine> lines) => lines.Sum(l => l.Quantity * 2);
            decimal Quantities(List<OrderLine> lines) => lines.Sum(l => (decimal)l.Quantity);
            Money Total(List<OrderLine> lines) => lines.Sum(l => l.Price * l.Quantity, Currency.EUR);
            static decimal Rate(Currency currency) => currency == Currency.USD ? 1m : 7.1m;
        }
        """);

    [Fact]
    public Task Ratios_of_amounts_and_rewritten_locals_in_a_selector_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Slice(Money Part, Money Whole, int Quantity);
        class Shares
        {
            decimal Ratios(List<Slice> slices) => slices.Sum(s => s.Part.Amount / s.Whole.Amount);
            decimal Percents(List<Slice> slices) => slices.Select(s => s.Part.Amount / s.Whole.Amount * 100m).Sum();
            decimal Counted(List<Slice> slices) => slices.Sum(s =>
            {
                var n = s.Part.Amount;
                n = s.Quantity;
                return n;
            });
        }
        """);

    [Fact]
    public Task A_fold_through_a_local_of_its_function_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Ledger
        {
            decimal Total(List<Money> items) => {|AIR0007:items.Aggregate(0m, (acc, m) =>
            {
                var amount = m.Amount;
                return acc + amount;
            })|};
        }
        """);

    [Fact]
    public Task Sum_of_amounts_worked_out_in_the_selector_NoFix() => Verify.NoFix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record OrderLine(Money Price, int Quantity);
        class Invoices
        {
            decimal Gross(List<OrderLine> lines, Currency currency) => {|AIR0007:lines.Sum(l => l.Price.Amount * l.Quantity)|};
        }
        """);


    private const string Lines = """
        public sealed record Line(string Desk, Money Price, int Quantity, decimal Discount, double Weight, Money? Shipping);
        """;

    [Fact]
    public Task Block_bodied_selector_with_one_return_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Totals
        {
            public static decimal Of(List<Line> lines) => {|AIR0007:lines.Sum(l => { return l.Price.Amount * l.Quantity; })|};
        }
        """ + Lines);

    [Fact]
    public Task Block_bodied_selector_that_works_the_amount_out_in_a_local_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Totals
        {
            public static decimal Net(List<Line> lines) => {|AIR0007:lines.Sum(l =>
            {
                var net = l.Price.Amount - l.Discount;
                return net * l.Quantity;
            })|};
        }
        """ + Lines);

    [Fact]
    public Task Queryable_worked_out_selector_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System.Linq;
        using AiRace.Core;
        public static class Db
        {
            public static decimal Of(IQueryable<Line> lines) => {|AIR0007:lines.Sum(l => l.Price.Amount * l.Quantity)|};
        }
        """ + Lines);

    [Fact]
    public Task Query_syntax_worked_out_select_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Query
        {
            public static decimal Of(List<Line> lines) =>
                {|AIR0007:(from l in lines where l.Quantity > 0 select l.Price.Amount * l.Quantity).Sum()|};
        }
        """ + Lines);

    [Fact]
    public Task Selector_casts_or_scales_by_a_plain_number_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Weights
        {
            public static double A(List<Line> lines) => {|AIR0007:lines.Sum(l => (double)l.Price.Amount)|};
            public static decimal B(List<Line> lines) => {|AIR0007:lines.Sum(l => l.Price.Amount * (decimal)l.Weight)|};
            public static decimal? C(List<Line> lines) => {|AIR0007:lines.Sum(l => l.Shipping?.Amount * l.Quantity)|};
        }
        """ + Lines);

    [Fact]
    public Task Selector_converting_by_rate_chosen_by_currency_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Converted
        {
            public static decimal InUsd(List<Line> lines, IReadOnlyDictionary<Currency, decimal> toUsd) =>
                lines.Sum(l => l.Price.Amount * l.Quantity * toUsd[l.Price.Currency]);
        }
        """ + Lines);

    [Fact]
    public Task Selectors_that_count_or_test_amounts_DoesNotReport() => Verify<MixedCurrencySumRule>.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Counting
        {
            public static int Big(List<Line> lines) => lines.Sum(l => l.Price.Amount > 100m ? l.Quantity : 0);
            public static decimal Flags(List<Line> lines) => lines.Sum(l => l.Price.Amount > 100m ? 1m : 0m);
            public static Money Stated(List<Line> lines) => lines.Sum(l => l.Price * l.Quantity, Currency.EUR);
            public static Money Selected(List<Line> lines) => lines.Select(l => l.Price * l.Quantity).Sum(Currency.EUR);
        }
        """ + Lines);

    [Fact]
    public Task Worked_out_selector_has_no_fix_even_with_a_currency_in_scope() => Verify<MixedCurrencySumRule>.NoFix<MixedCurrencySumCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Totals
        {
            public static decimal Of(List<Line> lines, Currency currency) => {|AIR0007:lines.Sum(l => l.Price.Amount * l.Quantity)|};
        }
        """ + Lines);

    [Fact]
    public async Task Select_after_where_fix_compiles_and_states_the_currency()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public static class Totals
            {
                public static decimal Of(List<Line> lines, Currency reporting) =>
                    lines.Where(l => l.Quantity > 0).Select(l => l.Price.Amount).Sum();
            }
            public sealed record Line(string Desk, Money Price, int Quantity);
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0007").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("reporting");
    }

    [Fact]
    public Task Top_level_sum_of_worked_amounts_Reports() => Verify<MixedCurrencySumRule>.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;

        List<Line> lines = [new("a", Money.Eur(2m), 3, 0m, 1.0, null)];
        var total = {|AIR0007:lines.Select(l => decimal.Round(l.Price.Amount * l.Quantity, 2)).Sum()|};
        Console.WriteLine(total);
        """ + Lines);

    [Fact]
    public Task Known_currency_is_qualified_where_a_string_property_named_Currency_hides_the_type_Fix() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class GrantReport
        {
            private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
            public string Currency { get; set; } = "CNY";
            public decimal Total() => {|AIR0007:Grants.Sum(g => g.Amount)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class GrantReport
        {
            private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
            public string Currency { get; set; } = "CNY";
            public decimal Total() => Grants.Sum(AiRace.Core.Currency.CNY).Amount;
        }
        """);

    [Fact]
    public Task Known_currency_is_qualified_where_a_second_imported_Currency_type_makes_the_name_ambiguous_Fix() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Billing;
        namespace Billing { public enum Currency { Cny, Usd } }
        class GrantReport
        {
            private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
            public decimal Total() => {|AIR0007:Grants.Sum(g => g.Amount)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using Billing;
        namespace Billing { public enum Currency { Cny, Usd } }
        class GrantReport
        {
            private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
            public decimal Total() => Grants.Sum(AiRace.Core.Currency.CNY).Amount;
        }
        """);

    [Fact]
    public async Task Known_currency_title_names_what_the_fix_writes()
    {
        var offered = await FixRunner.ActionsAsync(new Fix(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class GrantReport
            {
                private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
                public string Currency { get; set; } = "CNY";
                public decimal Total() => Grants.Sum(g => g.Amount);
            }
            """);
        offered.Should().Equal("Sum in AiRace.Core.Currency.CNY");
    }

    [Fact]
    public Task Multiline_query_keeps_the_indentation_of_the_Sum_line_Fix() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(bool Active, Money Cost);
        class Report
        {
            public decimal Total(IEnumerable<Line> lines, Currency currency) =>
                {|AIR0007:lines
                    .Where(l => l.Active)
                    .Sum(l => l.Cost.Amount)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(bool Active, Money Cost);
        class Report
        {
            public decimal Total(IEnumerable<Line> lines, Currency currency) =>
                lines
                    .Where(l => l.Active)
                    .Sum(l => l.Cost, currency).Amount;
        }
        """);

    [Fact]
    public Task Comment_in_the_selector_is_kept_Fix() => Verify.Fix<Fix>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class Report
        {
            public decimal Total(IEnumerable<Line> lines, IEnumerable<Money> fees, Currency currency) =>
                {|AIR0007:lines.Sum(l => l.Cost.Amount /* incl. VAT */)|} + {|AIR0007:fees.Sum(f => f.Amount /* net */)|};
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Line(Money Cost);
        class Report
        {
            public decimal Total(IEnumerable<Line> lines, IEnumerable<Money> fees, Currency currency) =>
                lines.Sum(l => l.Cost /* incl. VAT */, currency).Amount + fees.Sum(currency /* net */).Amount;
        }
        """, fixAllIterations: 2);

    // A fold of selected amounts whose function keeps the largest adds nothing up.
    [Fact]
    public Task Aggregate_of_selected_amounts_that_keeps_the_maximum_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal Largest(List<Money> grants) => grants.Select(g => g.Amount).Aggregate((a, b) => Math.Max(a, b));
            decimal Largest2(List<Money> grants) => grants.Select(g => g.Amount).Aggregate(0m, (max, a) => a > max ? a : max);
        }
        """);

    // Amounts summed within groups keyed by their own currency never mix currencies: each group holds one.
    [Fact]
    public Task Sums_per_currency_group_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            Dictionary<Currency, decimal> PerCurrency(List<Money> xs) => xs.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(m => m.Amount));
            IEnumerable<decimal> PerCurrency2(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g => g.Sum(m => m.Amount));
            IEnumerable<decimal> PerCurrency3(List<Money> xs) => from m in xs group m.Amount by m.Currency into g select g.Sum();
        }
        """);

    // The sum of selected amounts with a local, a ToList() or a Where between the Select and the Sum (no fix).
    [Fact]
    public Task Sum_of_selected_amounts_through_a_local_ToList_or_Where_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal A(List<Money> grants)
            {
                var amounts = grants.Select(g => g.Amount);
                return {|AIR0007:amounts.Sum()|};
            }

            decimal B(List<Money> grants) => {|AIR0007:grants.Select(g => g.Amount).ToList().Sum()|};
            decimal D(List<Money> grants) => {|AIR0007:grants.Select(g => g.Amount).Where(a => a > 0m).Sum()|};
        }
        """);

    // A foreach over groups keyed by the currency sums one currency per group.
    [Fact]
    public Task Sum_per_currency_group_in_a_foreach_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            Dictionary<Currency, decimal> PerCurrency(List<Money> xs)
            {
                var totals = new Dictionary<Currency, decimal>();
                foreach (var g in xs.GroupBy(m => m.Currency))
                {
                    totals[g.Key] = g.Sum(m => m.Amount);
                }

                return totals;
            }
        }
        """);

    // A per-currency group filtered before the sum, or its selection held in a local, is still one currency.
    [Fact]
    public Task Filtered_sum_per_currency_group_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            IEnumerable<decimal> A(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g => g.Select(m => m.Amount).Where(a => a > 0m).Sum());
            IEnumerable<decimal> B(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g => g.Where(m => m.Amount > 0m).Sum(m => m.Amount));
            IEnumerable<decimal> D(List<Money> xs) => xs.GroupBy(m => m.Currency).Select(g =>
            {
                var amounts = g.Select(m => m.Amount);
                return amounts.Sum();
            });
        }
        """);

    // A key of the currency's code groups by the currency (one code, one currency).
    [Fact]
    public Task Sum_per_currency_code_group_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            Dictionary<string, decimal> PerCode(List<Money> xs) => xs.GroupBy(m => m.Currency.Code).ToDictionary(g => g.Key, g => g.Sum(m => m.Amount));
        }
        """);

    // ToLookup keyed by the currency makes the same one-currency groups GroupBy does.
    [Fact]
    public Task Sum_per_currency_lookup_group_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            IEnumerable<decimal> PerCurrency(List<Money> xs) => xs.ToLookup(m => m.Currency).Select(g => g.Sum(m => m.Amount));
        }
        """);

    // Money elements grouped by their own currency (element selector l => l.Cost) and summed by m => m.Amount are one
    // currency per group.
    [Fact]
    public Task Sum_of_money_elements_grouped_by_their_currency_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(string Desk, Money Cost);
        class C
        {
            IEnumerable<decimal> PerCurrency(List<Line> lines) => lines.GroupBy(l => l.Cost.Currency, l => l.Cost).Select(g => g.Sum(m => m.Amount));
        }
        """);
    // AIR0007.md: "a fold whose function adds or subtracts an amount as a bare number"; an amount taken into a local by
    // a deconstruction, a foreach that deconstructs, or a pattern is still that amount
    [Fact]
    public Task Amounts_deconstructed_or_matched_in_a_fold_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Desk, Money Cost);
        class C
        {
            decimal A(List<Entry> entries) => {|AIR0007:entries.Aggregate(0m, (acc, e) => { var (desk, amount) = (e.Desk, e.Cost.Amount); return acc + amount; })|};
            decimal B(List<List<Entry>> books) => {|AIR0007:books.Aggregate(0m, (acc, book) => { foreach (var (amount, _) in book.Select(e => (e.Cost.Amount, e.Desk))) acc += amount; return acc; })|};
            decimal C1(List<Entry> entries) => {|AIR0007:entries.Aggregate(0m, (acc, e) => (e.Desk, e.Cost.Amount) is (_, var amount) ? acc + amount : acc)|};
            decimal D(List<Entry> entries) => {|AIR0007:entries.Aggregate(0m, (acc, e) => e.Cost is { Amount: var amount } ? acc + amount : acc)|};
            decimal E(List<Entry> entries) => {|AIR0007:entries.Sum(e => e.Cost is { Amount: var amount } ? amount : 0m)|};
        }
        """);

    // the twin: a deconstructed or matched value that is not the amount, or an amount only tested, adds up no amount
    [Fact]
    public Task Deconstructed_counts_and_tested_amounts_in_a_fold_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Desk, Money Cost);
        class C
        {
            decimal A(List<Entry> entries) => entries.Aggregate(0m, (acc, e) => { var (one, amount) = (1m, e.Cost.Amount); return amount < 0m ? acc + one : acc; });
            decimal B(List<Entry> entries) => entries.Aggregate(0m, (acc, e) => e.Cost is { Amount: var amount } && amount < 0m ? acc + 1m : acc);
            decimal C1(List<Entry> entries) => entries.Aggregate(0m, (acc, e) => (e.Cost.Amount, 1m) is (var amount, var one) && amount > 0m ? acc + one : acc);
        }
        """);

    // Promise (AIR0007.md: a fold's amount "matched by a pattern, `(e.Desk, e.Cost.Amount) is (_, var amount)`" is
    // followed as the amount): the same tuple matched by a switch expression's arm.
    [Fact]
    public Task Amount_matched_by_a_tuple_switch_arm_in_a_fold_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Desk, Money Cost);
        class C
        {
            decimal Total(List<Entry> entries) => {|AIR0007:entries.Aggregate(0m, (acc, e) => (e.Desk, e.Cost.Amount) switch
            {
                ("internal", _) => acc,
                (_, var amount) => acc + amount,
            })|};
        }
        """);

    // the twin: an arm that only tests the matched amount counts, it adds none up
    [Fact]
    public Task Amount_matched_by_a_tuple_switch_arm_only_tested_in_a_fold_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Entry(string Desk, Money Cost);
        class C
        {
            int Refunds(List<Entry> entries) => entries.Aggregate(0, (n, e) => (e.Desk, e.Cost.Amount) switch
            {
                (_, var amount) when amount < 0m => n + 1,
                _ => n,
            });
        }
        """);
}
