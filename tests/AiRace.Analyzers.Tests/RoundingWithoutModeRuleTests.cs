using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.RoundingWithoutModeRule>;

using Fix = AiRace.Analyzers.CodeFixes.RoundingWithoutModeCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class RoundingWithoutModeRuleTests
{
    [Fact]
    public Task Ratio_or_rate_of_two_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            // field test 2: a rate (yen per euro) and a percentage are not money
            decimal Rate(Money yen, Money euros)
            {
                var implied = yen.Amount / euros.Amount;
                return Math.Round(implied, 4);
            }

            decimal Percent(Money part, Money whole) => Math.Round(part.Amount / whole.Amount * 100m, 1);
            decimal Nested(Money a, Money b, Money c) => decimal.Round((a.Amount + b.Amount) / c.Amount, 3);
        }
        """);

    [Fact]
    public Task Money_computed_with_a_ratio_of_amounts_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Share(Money part, Money whole, Money budget) => {|AIR0009:Math.Round(part.Amount / whole.Amount * budget.Amount, 2)|};
            decimal Divided(Money total, Money perLine, int lines) => {|AIR0009:Math.Round(total.Amount / lines, 2)|};
            decimal ByRatio(Money total, Money a, Money b) => {|AIR0009:Math.Round(total.Amount / (a.Amount / b.Amount), 2)|};
            decimal Local(Money a, Money b)
            {
                var rate = a.Amount / b.Amount;
                var converted = b.Amount * rate;
                return {|AIR0009:decimal.Round(converted, 2)|};
            }
        }
        """);

    [Fact]
    public Task Math_and_decimal_round_on_amounts_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m)
            {
                var a = {|AIR0009:Math.Round(m.Amount)|};
                var b = {|AIR0009:Math.Round(m.Amount, 2)|};
                var c = {|AIR0009:decimal.Round(m.Amount * 1.13m, 2)|};
                var d = {|AIR0009:Math.Round((double)m.Amount)|};
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
            void M(Money[] items)
            {
                Func<Money, decimal> r = m => {|AIR0009:Math.Round(m.Amount, 2)|};
                var q = from m in items select {|AIR0009:decimal.Round(m.Amount)|};
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_local_functions_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        var price = Money.Usd(10.125m);
        decimal Cents(Money x) => {|AIR0009:Math.Round(x.Amount, 2)|};
        Console.WriteLine({|AIR0009:Math.Round(price.Amount / 3m, 2)|});
        """);

    [Fact]
    public Task Records_and_generics_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        record Invoice(Money Total)
        {
            public decimal Rounded => {|AIR0009:Math.Round(Total.Amount, 2)|};
        }
        class Rounder<T>
        {
            public decimal Round(Money m, T tag) => {|AIR0009:decimal.Round(m.Amount, 0)|};
        }
        """);

    [Fact]
    public Task Null_conditional_and_pattern_matching_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        record Invoice(Money Total);
        class C
        {
            decimal M(Invoice? i, object o)
            {
                if (o is Money m) { return {|AIR0009:Math.Round(m.Amount, 2)|}; }
                return {|AIR0009:Math.Round(i?.Total.Amount ?? 0m, 2)|};
            }
        }
        """);

    [Fact]
    public Task Rounding_with_a_mode_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money m)
            {
                var a = Math.Round(m.Amount, MidpointRounding.AwayFromZero);
                var b = Math.Round(m.Amount, 2, MidpointRounding.ToEven);
                var c = decimal.Round(m.Amount, 2, MidpointRounding.ToZero);
                var d = m.Round(2, MidpointRounding.AwayFromZero);
            }
        }
        """);

    [Fact]
    public Task Largest_or_mean_of_amounts_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Grant(Money Award);
        class C
        {
            void M(List<Money> awards, Grant[] grants)
            {
                var a = {|AIR0009:Math.Round(awards.Max(m => m.Amount), 0)|};
                var b = {|AIR0009:decimal.Round(grants.Average(g => g.Award.Amount) * 1.1m, 2)|};
                var c = {|AIR0009:Math.Round(grants.AsQueryable().Min(g => g.Award.Amount))|};
            }
        }
        """);

    [Fact]
    public Task Largest_of_numbers_or_count_of_amounts_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        record Grant(Money Award, decimal Score);
        class C
        {
            void M(List<Money> awards, Grant[] grants)
            {
                var a = Math.Round(grants.Max(g => g.Score), 1);
                var b = Math.Round(awards.Max(m => m.Amount), 0, MidpointRounding.AwayFromZero);
                var c = Math.Round((decimal)grants.Count(g => g.Award.Amount > 0m), 0);
                var d = Math.Round(grants.Max(g => g.Award.Amount) / grants.Min(g => g.Award.Amount), 2);
            }
        }
        """);

    [Fact]
    public Task Rounding_numbers_that_are_not_money_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        record Order(decimal Amount);
        class C<T>
        {
            void M(decimal rate, double ratio, Order o)
            {
                var a = Math.Round(rate, 4);
                var b = Math.Round(ratio);
                var c = decimal.Round(o.Amount, 2);
            }
        }
        """);

    [Fact]
    public Task Amount_only_inside_a_nested_lambda_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            decimal M(Money[] items) => Math.Round((decimal)items.Count(m => m.Amount > 0m) / 3m, 2);
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_with_a_mode_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Money[] items)
            {
                Func<Money, decimal> r = m => Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero);
                var q = from m in items select decimal.Round(m.Amount, MidpointRounding.ToEven);
                decimal Local(Money x) => Math.Round(x.Amount, 2, MidpointRounding.ToZero);
            }
        }
        """);

    [Fact]
    public Task Top_level_null_conditional_and_patterns_with_a_mode_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        Money? maybe = Money.Usd(1.005m);
        if (maybe is { } m) { Console.WriteLine(Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero)); }
        Console.WriteLine(maybe?.Round(MidpointRounding.ToEven));
        """);

    [Fact]
    public Task Stating_the_current_mode_Fix() => Verify.Fix<Fix>("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal M(Money m) => {|AIR0009:Math.Round(m.Amount, 2)|};
        }
        """, """
        using System;
        using AiRace.Core;
        class C
        {
            decimal M(Money m) => Math.Round(m.Amount, 2, MidpointRounding.ToEven);
        }
        """, Fix.ToEvenKey);

    [Fact]
    public Task Away_from_zero_without_using_System_FixAll() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            void M(Money m)
            {
                var a = {|AIR0009:System.Math.Round(m.Amount, 2)|};
                var b = {|AIR0009:decimal.Round(m.Amount)|};
            }
        }
        """, """
        using AiRace.Core;
        class C
        {
            void M(Money m)
            {
                var a = System.Math.Round(m.Amount, 2, System.MidpointRounding.AwayFromZero);
                var b = decimal.Round(m.Amount, System.MidpointRounding.AwayFromZero);
            }
        }
        """, Fix.AwayFromZeroKey);

    [Fact]
    public Task Values_derived_from_an_amount_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money price, Money[] items)
            {
                var vat = price.Amount * 0.2m;
                var gross = vat + price.Amount;
                decimal perItem = gross / items.Length;
                var a = {|AIR0009:Math.Round(vat, 2)|};
                var b = {|AIR0009:decimal.Round(perItem)|};
                var c = {|AIR0009:Math.Round(gross * 1.1m, 2)|};
            }
        }
        """);

    [Fact]
    public Task Values_not_derived_from_an_amount_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            void M(Money price, decimal rate, bool flag)
            {
                var share = rate * 100m;
                var a = Math.Round(share, 2);
                var vat = price.Amount * 0.2m;
                var b = Math.Round(vat, 2, MidpointRounding.AwayFromZero);
                var reset = price.Amount;
                if (flag) { reset = rate; }
                var c = Math.Round(reset, 2);
            }
        }
        """);

    [Fact]
    public Task Out_of_order_named_arguments_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal A(Money price) => {|AIR0009:Math.Round(decimals: 2, d: price.Amount)|};
            decimal B(Money price) => {|AIR0009:decimal.Round(decimals: 2, d: price.Amount)|};
        }
        """);

    [Fact]
    public Task In_order_named_arguments_Fix() => Verify.Fix<RoundingWithoutModeCodeFixProvider>("""
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal Round(Money price) => {|AIR0009:Math.Round(d: price.Amount, decimals: 2)|};
        }
        """, """
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal Round(Money price) => Math.Round(d: price.Amount, decimals: 2, mode: MidpointRounding.ToEven);
        }
        """, RoundingWithoutModeCodeFixProvider.ToEvenKey);

    [Fact]
    public Task Sum_of_selected_amounts_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Totals
        {
            decimal A(IEnumerable<Money> grants) => {|AIR0009:Math.Round(grants.Sum(g => g.Amount), 2)|};
            decimal B(IEnumerable<Money> grants) => {|AIR0009:Math.Round(grants.Select(g => g.Amount).Sum(), 2)|};
        }
        """);

    [Fact]
    public Task Ratios_and_growth_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class Stats
        {
            decimal Share(Money part, Money total)
            {
                var whole = total.Amount;
                return Math.Round(part.Amount / whole * 100m, 1);
            }
            decimal Growth(Money now, Money before) => Math.Round((now.Amount / before.Amount - 1m) * 100m, 1);
            decimal Pct(Money part, Money total) => Math.Round(part.Amount * 100m / total.Amount, 1);
            decimal Ratio(Money a, Money b) => Math.Round(a / b * 100m, 1);
        }
        """);

    [Fact]
    public Task Records_async_and_four_locals_Reports() => Verify.Diagnostics("""
        using System;
        using System.Threading.Tasks;
        using AiRace.Core;
        public sealed record Budget(Money Total, int Days)
        {
            public decimal PerDay => {|AIR0009:Math.Round(Total.Amount / Days, 2)|};
        }
        class Calc
        {
            async Task<decimal> LaterAsync(Task<Money> pending) => {|AIR0009:decimal.Round((await pending).Amount)|};
            decimal Deep(Money m)
            {
                var a = m.Amount;
                var b = a * 2m;
                var c = b + 1m;
                var d = c / 3m;
                return {|AIR0009:Math.Round(d, 2)|};
            }
        }
        """);

    [Fact]
    public Task Lambda_away_from_zero_Fix() => Verify.Fix<RoundingWithoutModeCodeFixProvider>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Prices
        {
            List<decimal> Rounded(IEnumerable<Money> prices) => prices.Select(p => {|AIR0009:Math.Round(p.Amount, 2)|}).ToList();
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Prices
        {
            List<decimal> Rounded(IEnumerable<Money> prices) => prices.Select(p => Math.Round(p.Amount, 2, MidpointRounding.AwayFromZero)).ToList();
        }
        """, RoundingWithoutModeCodeFixProvider.AwayFromZeroKey);

    [Fact]
    public async Task Out_of_order_named_arguments_Fix_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Cents
            {
                decimal Round(Money price) => Math.Round(decimals: 2, d: price.Amount);
                decimal Half(Money price) => decimal.Round(decimals: 1, d: price.Amount / 2m);
            }
            """);
        var after = await AllRules.AnalyzeAsync(fixedText);
        after.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the fixed code must compile: " + fixedText);
        after.Where(d => d.Id == "AIR0009").Should().BeEmpty();
    }

    [Fact]
    public Task Aggregates_and_named_mode() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(Money Cost);
        class Totals
        {
            decimal A(IEnumerable<Line> lines) => {|AIR0009:decimal.Round(lines.Select(l => l.Cost.Amount).Sum(), 2)|};
            decimal B(IEnumerable<Money> xs) => {|AIR0009:Math.Round(xs.Average(x => x.Amount), 2)|};
            decimal C(Money p) => Math.Round(mode: MidpointRounding.AwayFromZero, decimals: 2, d: p.Amount);
            decimal D(IEnumerable<Line> lines) => Math.Round(lines.Select(l => l.Cost.Amount).Count() / 3m, 2);
        }
        """);

    [Fact]
    public Task Fix_named_in_position_then_positional() => Verify.Fix<RoundingWithoutModeCodeFixProvider>("""
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal A(Money price) => {|AIR0009:decimal.Round(d: price.Amount, 2)|};
        }
        """, """
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal A(Money price) => decimal.Round(d: price.Amount, 2, mode: MidpointRounding.AwayFromZero);
        }
        """, RoundingWithoutModeCodeFixProvider.AwayFromZeroKey);

    [Fact]
    public Task Fix_single_named_argument() => Verify.Fix<RoundingWithoutModeCodeFixProvider>("""
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal A(Money price) => {|AIR0009:Math.Round(d: price.Amount)|};
        }
        """, """
        using System;
        using AiRace.Core;
        class Cents
        {
            decimal A(Money price) => Math.Round(d: price.Amount, mode: MidpointRounding.ToEven);
        }
        """, RoundingWithoutModeCodeFixProvider.ToEvenKey);

    [Fact]
    public async Task FixAll_named_arguments_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new RoundingWithoutModeCodeFixProvider(), """
            using AiRace.Core;
            class Cents
            {
                decimal A(Money price) => System.Math.Round(decimals: 2 /* cents */, d: price.Amount);
                decimal B(Money price) => decimal.Round(price.Amount, decimals: 1);
                decimal C(Money price) => decimal.Round(d: price.Amount);
            }
            """);
        var after = await AllRules.AnalyzeAsync(fixedText);
        after.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the fixed code must compile: " + fixedText);
        after.Where(d => d.Id == "AIR0009").Should().BeEmpty(fixedText);
    }


    [Fact]
    public Task Double_overload_of_an_amount_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Charts
        {
            public static double Bar(Money m) => {|AIR0009:Math.Round((double)m.Amount, 2)|};
        }
        """);

    [Fact]
    public Task Switch_expression_value_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Vat
        {
            public static decimal Of(int kind, Money m) => {|AIR0009:Math.Round(kind switch { 1 => m.Amount * 0.2m, _ => m.Amount }, 2)|};
        }
        """);

    [Fact]
    public Task Sum_of_worked_amounts_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Line(Money Price, int Quantity);
        public static class Totals
        {
            public static decimal Of(List<Line> lines) => {|AIR0009:decimal.Round(lines.Sum(l => l.Price.Amount * l.Quantity), 2)|};
        }
        """);

    [Fact]
    public Task Counts_and_rates_DoesNotReport() => Verify<RoundingWithoutModeRule>.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class NotMoney
        {
            public static decimal Share(List<Money> xs) => Math.Round(xs.Count(m => m.Amount > 0m) / 3m, 2);
            public static decimal Fx(ExchangeRate rate) => Math.Round(rate.Rate, 4);
            public static decimal Growth(Money now, Money then) => Math.Round((now.Amount - then.Amount) / then.Amount * 100m, 1);
        }
        """);

    [Fact]
    public async Task Fix_with_using_static_Math_and_no_using_System_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new RoundingWithoutModeCodeFixProvider(), """
            using static System.Math;
            using AiRace.Core;
            public static class Cents
            {
                public static decimal Of(Money m) => Round(m.Amount, 2);
                public static decimal Whole(Money m) => Round(m.Amount);
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id == "AIR0009").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("ToEven");
    }

    [Fact]
    public Task Record_property_ToEven_Fix() => Verify<RoundingWithoutModeRule>.Fix<RoundingWithoutModeCodeFixProvider>("""
        using System;
        using AiRace.Core;
        public sealed record Invoice(Money Net)
        {
            public decimal Vat => {|AIR0009:Math.Round(Net.Amount * 0.2m, 2)|};
        }
        """, """
        using System;
        using AiRace.Core;
        public sealed record Invoice(Money Net)
        {
            public decimal Vat => Math.Round(Net.Amount * 0.2m, 2, MidpointRounding.ToEven);
        }
        """, RoundingWithoutModeCodeFixProvider.ToEvenKey);

    [Fact]
    public async Task Fix_All_fixes_nested_rounding_whose_closing_parentheses_are_adjacent()
    {
        string fixedText = await FixRunner.FixAllAsync(new Fix(), """
            using System;
            using AiRace.Core;
            class Invoice
            {
                public decimal Total(Money net, Money vat) => Math.Round(net.Amount + Math.Round(vat.Amount));
                public decimal Cents(Money net) => decimal.Round(Math.Round(net.Amount, 2));
                public decimal Deep(Money net) => Math.Round(Math.Round(Math.Round(net.Amount)));
            }
            """);
        fixedText.Should().Contain("Math.Round(net.Amount + Math.Round(vat.Amount, MidpointRounding.ToEven), MidpointRounding.ToEven)");
        fixedText.Should().Contain("decimal.Round(Math.Round(net.Amount, 2, MidpointRounding.ToEven), MidpointRounding.ToEven)");
        fixedText.Should().Contain("Math.Round(Math.Round(Math.Round(net.Amount, MidpointRounding.ToEven), MidpointRounding.ToEven), MidpointRounding.ToEven)");
        (await AllRules.AnalyzeAsync(fixedText)).Where(d => !d.Id.StartsWith("AIR") || d.Id == "AIR0009").Should().BeEmpty(fixedText);
    }

    // A quotient of two amounts written as decimal.Divide, or an amount times the reciprocal of another, is a ratio.
    [Fact]
    public Task Percentage_of_two_amounts_through_decimal_Divide_or_a_reciprocal_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Percent(Money part, Money whole) => Math.Round(decimal.Divide(part.Amount, whole.Amount) * 100m, 1);
            decimal Percent2(Money part, Money whole) => Math.Round(part.Amount * (100m / whole.Amount), 1);
        }
        """);

    // An amount that only chooses between rates (the condition of ?:) is not in the rounded value.
    [Fact]
    public Task Rate_chosen_by_a_test_of_an_amount_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Rate(Money order, decimal rate) => Math.Round(order.Amount > 1_000m ? rate * 0.9m : rate, 4);
        }
        """);

    // An amount deconstructed from Money into a local never written again.
    [Fact]
    public Task Amount_deconstructed_into_a_local_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Cents(Money price)
            {
                var (amount, _) = price;
                return {|AIR0009:Math.Round(amount, 2)|};
            }
        }
        """);

    // An amount times the reciprocal of another is a ratio, also with the reciprocal in a local (it keeps its power, -1).
    [Fact]
    public Task Reciprocal_of_an_amount_in_a_local_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Percent(Money part, Money whole)
            {
                var perWhole = 100m / whole.Amount;
                return Math.Round(part.Amount * perWhole, 1);
            }
        }
        """);

    // AIR0009.md: an amount over a rate is money, whatever order the arguments are written in (the value is found by parameter)
    [Fact]
    public Task Divide_with_named_arguments_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Fx
        {
            public static decimal InEuros(Money price, decimal usdPerEur) =>
                {|AIR0009:Math.Round(decimal.Divide(d2: usdPerEur, d1: price.Amount), 2)|};
        }
        """);

    // the rate over the amount, named in the other order, is a reciprocal, not money
    [Fact]
    public Task Divide_of_a_rate_by_an_amount_with_named_arguments_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        static class Fx
        {
            public static decimal PerDollar(Money price, decimal units) =>
                Math.Round(decimal.Divide(d2: price.Amount, d1: units), 4);

            public static decimal InEuros(Money price, decimal usdPerEur) =>
                Math.Round(decimal.Divide(d2: usdPerEur, d1: price.Amount), 2, MidpointRounding.ToEven);
        }
        """);

    // AIR0009.md: "… or deconstructed from Money (var (amount, _) = price; Math.Round(amount, 2))": by foreach too
    [Fact]
    public Task Amount_deconstructed_by_foreach_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        static class Lines
        {
            public static IEnumerable<decimal> Cents(IEnumerable<Money> prices)
            {
                foreach (var (amount, _) in prices)
                {
                    yield return {|AIR0009:Math.Round(amount, 2)|};
                }
            }

            public static IEnumerable<decimal> Tupled(IEnumerable<Money> prices)
            {
                foreach ((var amount, var currency) in prices)
                {
                    yield return {|AIR0009:Math.Round(amount, 2)|};
                }
            }
        }
        """);

    [Fact]
    public Task Amount_deconstructed_by_foreach_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        static class Lines
        {
            public static IEnumerable<decimal> Cents(IEnumerable<Money> prices)
            {
                foreach (var (amount, _) in prices)
                {
                    yield return Math.Round(amount, 2, MidpointRounding.ToEven);
                }
            }

            // a pair of plain numbers is no money
            public static IEnumerable<decimal> Ratios(IEnumerable<(decimal Part, decimal Whole)> pairs)
            {
                foreach (var (part, _) in pairs)
                {
                    yield return Math.Round(part, 2);
                }
            }
        }
        """);

    // AIR0009.md: "… or deconstructed from Money": by a positional pattern too
    [Fact]
    public Task Amount_deconstructed_by_a_positional_pattern_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Display
        {
            public static decimal Shown(Money price) => price switch
            {
                (var yen, { Code: "JPY" }) => {|AIR0009:Math.Round(yen)|},
                (var amount, _) => {|AIR0009:Math.Round(amount, 2)|},
            };

            public static decimal Named(Money price) => price is (amount: decimal amount, currency: _) ? {|AIR0009:Math.Round(amount, 2)|} : 0m;

            public static decimal Whole(Money price) => price is var (amount, _) ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
        }
        """);

    [Fact]
    public Task Amount_deconstructed_by_a_positional_pattern_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        static class Display
        {
            public static decimal Shown(Money price) => price switch
            {
                (var yen, { Code: "JPY" }) => Math.Round(yen, MidpointRounding.AwayFromZero),
                (var amount, _) => Math.Round(amount, 2, MidpointRounding.ToEven),
            };

            // a pair of plain numbers is no money, and an amount written again is not the amount any more
            public static decimal Ratio((decimal Part, decimal Whole) pair) => pair is (var part, _) ? Math.Round(part, 2) : 0m;

            public static decimal Capped(Money price) => price is (var amount, _) && (amount = 10m) > 0m ? Math.Round(amount, 2) : 0m;
        }
        """);

    // AIR0009.md: "LINQ's Max, Min, Average or Sum of amounts is an amount too": behind DefaultIfEmpty as well
    [Fact]
    public Task Max_of_amounts_guarded_by_DefaultIfEmpty_Reports() => Verify.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        sealed record Award(string Name, Money Grant);
        static class Largest
        {
            public static decimal Of(IReadOnlyList<Award> awards) =>
                {|AIR0009:Math.Round(awards.Select(a => a.Grant.Amount).DefaultIfEmpty().Max(), 2)|};

            public static decimal Least(IReadOnlyList<Award> awards) =>
                {|AIR0009:Math.Round(awards.Select(a => a.Grant.Amount).DefaultIfEmpty(0m).Min(), 2)|};
        }
        """);

    [Fact]
    public Task Max_of_plain_numbers_guarded_by_DefaultIfEmpty_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        sealed record Award(string Name, Money Grant, decimal Score);
        static class Largest
        {
            public static decimal Of(IReadOnlyList<Award> awards) =>
                Math.Round(awards.Select(a => a.Grant.Amount).DefaultIfEmpty().Max(), 2, MidpointRounding.ToEven);

            public static decimal Best(IReadOnlyList<Award> awards) =>
                Math.Round(awards.Select(a => a.Score).DefaultIfEmpty().Max(), 2);
        }
        """);

    // AIR0009.md: "directly or through decimal locals assigned from one and never written again"; a pattern variable
    // bound to price.Amount (is var, or a property pattern { Amount: var amount }) is such a local
    [Fact]
    public Task Amount_bound_by_a_pattern_variable_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Invoice(string Number, Money Total);
        public static class Cents
        {
            public static decimal Positive(Money price) => price.Amount is var amount and > 0m ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
            public static decimal Due(Invoice invoice) => invoice is { Total: { Amount: var due } } ? {|AIR0009:Math.Round(due, 2)|} : 0m;
            public static decimal Typed(object value) => value is Money { Amount: decimal held } ? {|AIR0009:Math.Round(held, 2)|} : 0m;
        }
        """);

    [Fact]
    public Task Pattern_variable_of_a_plain_number_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Line(Money Price, decimal Quantity);
        public static class Cents
        {
            public static decimal Units(Line line) => line is { Quantity: var quantity } ? Math.Round(quantity, 2) : 0m;
            public static decimal Capped(Money price) => price.Amount is var amount && (amount = 10m) > 0m ? Math.Round(amount, 2) : 0m;
            public static decimal Banker(Money price) => price.Amount is var amount ? Math.Round(amount, 2, MidpointRounding.ToEven) : 0m;
        }
        """);

    // AIR0009.md: same promise; a local deconstructed from a tuple takes the matching element
    [Fact]
    public Task Amount_deconstructed_from_a_tuple_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Line(Money Price, decimal Quantity);
        public static class Cents
        {
            public static decimal Of(Line line)
            {
                var (amount, quantity) = (line.Price.Amount, line.Quantity);
                return {|AIR0009:Math.Round(amount, 2)|} + Math.Round(quantity, 2);
            }
        }
        """);

    [Fact]
    public Task Deconstructed_amount_whose_currency_is_read_too_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        class C
        {
            decimal Rounded(Money price)
            {
                var (amount, currency) = price;
                Console.WriteLine(currency);
                return {|AIR0009:Math.Round(amount, 2)|};
            }
        }
        """);

    [Fact]
    public Task Deconstructed_amount_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Line(Money Price, decimal Quantity);
        public static class Cents
        {
            public static decimal Of(Line line)
            {
                (decimal amount, var quantity) = (line.Price.Amount, line.Quantity);
                amount = quantity * 2m;
                return Math.Round(amount, 2);
            }
        }
        """);

    // AIR0009.md: "directly or through decimal (or decimal?) locals"; price?.Amount is reported when rounded directly
    // (Math.Round(price?.Amount ?? 0m, 2)) and through the decimal? local that holds it
    [Fact]
    public Task Amount_held_in_a_nullable_decimal_local_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price);
        public static class Cents
        {
            public static decimal Of(Quote q)
            {
                decimal? amount = q.Price?.Amount;
                return {|AIR0009:Math.Round(amount ?? 0m, 2)|};
            }
        }
        """);

    [Fact]
    public Task Nullable_decimal_local_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price, decimal? Weight);
        public static class Cents
        {
            public static decimal Of(Quote q)
            {
                decimal? amount = q.Price?.Amount;
                if (amount is null) amount = q.Weight;
                decimal? weight = q.Weight;
                return Math.Round(amount ?? 0m, 2) + Math.Round(weight ?? 0m, 2);
            }
        }
        """);

    // AIR0009.md: "bound to one by a pattern (price.Amount is var amount and > 0m …)": the early exit `is not decimal
    // amount` binds the amount it matched as much as `is decimal amount` does
    [Fact]
    public Task Amount_narrowed_by_an_is_not_pattern_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price);
        public static class Cents
        {
            public static decimal Of(Quote q)
            {
                if (q.Price?.Amount is not decimal amount)
                {
                    return 0m;
                }

                return {|AIR0009:Math.Round(amount, 2)|};
            }
        }
        """);

    // AIR0009.md: "… or by a positional pattern, price is (var amount, _)": also with a test on the amount,
    // `price is (> 0m and var amount, _)`, as `price.Amount is var amount and > 0m` is followed
    [Fact]
    public Task Amount_of_a_positional_pattern_with_and_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Cents
        {
            public static decimal Positive(Money price) => price is (> 0m and var amount, _) ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
            public static decimal Typed(Money price) => price is (decimal amount and not 0m, _) ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
        }
        """);

    [Fact]
    public Task Number_narrowed_by_an_is_not_pattern_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Line(Money? Price, decimal? Quantity);
        public static class Cents
        {
            public static decimal Units(Line line) => line.Quantity is not decimal quantity ? 0m : Math.Round(quantity, 2);
            public static decimal Capped(Line line)
            {
                if (line.Price?.Amount is not decimal amount)
                {
                    return 0m;
                }

                amount = 10m;
                return Math.Round(amount, 2);
            }
            public static decimal Ratio(Money part, Money whole) => part is not (decimal amount and > 0m, _) ? 0m : Math.Round(amount / whole.Amount, 4);
        }
        """);

    // AIR0009.md: "through decimal (or decimal?) locals": also read through .Value or .GetValueOrDefault()
    [Fact]
    public Task Amount_in_a_nullable_decimal_local_read_through_Value_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price);
        public static class Cents
        {
            public static decimal Value(Quote q)
            {
                decimal? amount = q.Price?.Amount;
                return amount.HasValue ? {|AIR0009:Math.Round(amount.Value, 2)|} : 0m;
            }

            public static decimal OrDefault(Quote q)
            {
                decimal? amount = q.Price?.Amount;
                return {|AIR0009:Math.Round(amount.GetValueOrDefault(), 2)|} + {|AIR0009:decimal.Round(amount.GetValueOrDefault(0m))|};
            }
        }
        """);

    // the twin: a decimal? local of a number, or written again, read through .Value is no amount
    [Fact]
    public Task Number_in_a_nullable_decimal_local_read_through_Value_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price, decimal? Weight);
        public static class Cents
        {
            public static decimal Weight(Quote q)
            {
                decimal? weight = q.Weight;
                return Math.Round(weight.Value, 2) + Math.Round(weight.GetValueOrDefault(), 2);
            }

            public static decimal Replaced(Quote q)
            {
                decimal? amount = q.Price?.Amount;
                amount = q.Weight;
                return Math.Round(amount.GetValueOrDefault(), 2);
            }

            public static decimal Ratio(Quote q, Money whole)
            {
                decimal? amount = q.Price?.Amount;
                return Math.Round(amount.GetValueOrDefault() / whole.Amount, 4);
            }
        }
        """);
}
