using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.PercentagePointsRule>;

using Fix = AiRace.Analyzers.CodeFixes.PercentagePointsCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class PercentagePointsRuleTests
{
    [Fact]
    public Task Raw_percent_and_fraction_arithmetic_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share a, Share b)
            {
                decimal gap = {|AIR0006:a.Percent - b.Percent|};
                decimal sum = {|AIR0006:a.Percent + b.Percent|};
                decimal fractionGap = {|AIR0006:a.Fraction - b.Fraction|};
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
            void M(Share[] shares, Share baseline)
            {
                Func<Share, decimal> gain = s => {|AIR0006:s.Percent - baseline.Percent|};
                var q = from s in shares select {|AIR0006:s.Fraction - baseline.Fraction|};
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_local_functions_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var then = Share.FromPercent(17m);
        var now = Share.FromPercent(55m);
        decimal Gain(Share x, Share y) => {|AIR0006:x.Percent - y.Percent|};
        System.Console.WriteLine({|AIR0006:now.Percent - then.Percent|});
        """);

    [Fact]
    public Task Records_and_generics_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Path(Share From, Share To)
        {
            public decimal Points => {|AIR0006:To.Percent - From.Percent|};
        }
        class Series<T>
        {
            public decimal Total(Share a, Share b) => {|AIR0006:a.Fraction + b.Fraction|};
        }
        """);

    [Fact]
    public Task Null_conditional_and_pattern_matching_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Path(Share From, Share To);
        class C
        {
            decimal? M(Path? p, object o)
            {
                if (o is Share s && {|AIR0006:s.Percent - p!.From.Percent|} > 10m) { return 0m; }
                return {|AIR0006:p?.To.Percent - p?.From.Percent|};
            }
        }
        """);

    [Fact]
    public Task Share_difference_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share a, Share b)
            {
                PercentagePoints gap = a - b;
                decimal points = (a - b).Value;
            }
        }
        """);

    [Fact]
    public Task One_share_with_a_plain_number_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share a, decimal x)
            {
                decimal rest = 100m - a.Percent;
                decimal more = a.Percent + x;
                decimal scaled = a.Fraction * 2m;
                bool higher = a.Percent > x;
            }
        }
        """);

    [Fact]
    public Task Percent_properties_of_other_types_DoesNotReport() => Verify.NoDiagnostics("""
        record Poll(decimal Percent);
        class C<T>
        {
            decimal M(Poll a, Poll b) => a.Percent - b.Percent;
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_with_share_difference_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(Share[] shares, Share baseline)
            {
                Func<Share, PercentagePoints> gain = s => s - baseline;
                var q = from s in shares select (s - baseline).Value;
                decimal Local(Share x) => x.Percent;
            }
        }
        """);

    [Fact]
    public Task Top_level_null_conditional_and_patterns_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        Share? maybe = Share.FromPercent(17m);
        var now = Share.FromPercent(55m);
        if (maybe is { } then && (now - then).Value > 10m) { System.Console.WriteLine(maybe?.Percent); }
        """);

    [Fact]
    public Task Percent_difference_becomes_share_difference_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            decimal M(Share now, Share then) => {|AIR0006:now.Percent - then.Percent|};
        }
        """, """
        using AiRace.Core;
        class C
        {
            decimal M(Share now, Share then) => (now - then).Value;
        }
        """);

    [Fact]
    public Task Several_differences_FixAll() => Verify.Fix<Fix>("""
        using AiRace.Core;
        record Path(Share From, Share To)
        {
            public decimal Points => {|AIR0006:To.Percent - From.Percent|};
            public decimal Back => {|AIR0006:From.Percent - To.Percent|};
        }
        """, """
        using AiRace.Core;
        record Path(Share From, Share To)
        {
            public decimal Points => (To - From).Value;
            public decimal Back => (From - To).Value;
        }
        """);

    [Fact]
    public Task Sums_and_fractions_have_no_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            void M(Share a, Share b)
            {
                decimal sum = {|AIR0006:a.Percent + b.Percent|};
                decimal gap = {|AIR0006:a.Fraction - b.Fraction|};
            }
        }
        """);

    [Fact]
    public Task Share_numbers_through_locals_and_a_fraction_plus_points_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share now, Share then, PercentagePoints rise)
            {
                var n = now.Percent;
                decimal t = then.Percent;
                var change = {|AIR0006:n - t|};
                var mixed = {|AIR0006:now.Fraction + rise.Value|};
                var f = now.Fraction;
                var p = rise.Value;
                var again = {|AIR0006:f - p|};
            }
        }
        """);

    [Fact]
    public Task Points_with_points_and_percent_plus_points_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share now, PercentagePoints a, PercentagePoints b, decimal other, bool flag)
            {
                var total = a.Value + b.Value;
                var percent = now.Percent + a.Value;
                var typed = now + a;
                var n = now.Percent;
                if (flag) { n = 0m; }
                var x = n - other;
                var y = now.Fraction * 2m;
            }
        }
        """);

    [Fact]
    public Task Nullable_shares_Fix() => Verify.Fix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        class Trends
        {
            decimal Rise(Share? now, Share? then) => {|AIR0006:now.Value.Percent - then.Value.Percent|};
        }
        """, """
        using AiRace.Core;
        class Trends
        {
            decimal Rise(Share? now, Share? then) => (now.Value - then.Value).Value;
        }
        """);

    [Fact]
    public Task Query_switch_and_points_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(Share Now, Share Then, PercentagePoints Change);
        class Trends
        {
            IEnumerable<decimal> Rises(IEnumerable<Row> rows) => from r in rows let rise = {|AIR0006:r.Now.Percent - r.Then.Percent|} select rise;
            decimal Delta(string kind, Row r) => kind switch { "pp" => {|AIR0006:r.Now.Percent - r.Then.Percent|}, "sum" => {|AIR0006:r.Now.Fraction + r.Then.Fraction|}, _ => 0m };
            decimal Mixed(Row r) => {|AIR0006:r.Now.Fraction + r.Change.Value|};
            decimal Fine(Row r) => r.Now.Percent + r.Change.Value;
            decimal Points(Row r, PercentagePoints other) => r.Change.Value - other.Value;
        }
        """);

    [Fact]
    public Task Ratio_and_plain_numbers_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Trends
        {
            decimal A(Ratio r, Share s) => r.Percent - s.Percent;
            decimal B(Share s) => 100m - s.Percent;
            PercentagePoints C(Share a, Share b) => a - b;
        }
        """);

    [Fact]
    public Task Fraction_and_points_through_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Trends
        {
            decimal M(Share s, PercentagePoints pp)
            {
                var now = s.Fraction;
                var pts = pp.Value;
                return {|AIR0006:now + pts|};
            }
        }
        """);

    [Fact]
    public Task Interpolation_and_nullable_value_FixAll() => Verify.Fix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        class Trends
        {
            string Rise(Share now, Share then) => $"{{|AIR0006:now.Percent - then.Percent|}:0.0} pp";
            decimal Gap(Share? a, Share? b) => {|AIR0006:a!.Value.Percent - b!.Value.Percent|};
            decimal Growth(Share now, Share then) => ({|AIR0006:now.Percent - then.Percent|}) / then.Percent * 100m;
        }
        """, """
        using AiRace.Core;
        class Trends
        {
            string Rise(Share now, Share then) => $"{(now - then).Value:0.0} pp";
            decimal Gap(Share? a, Share? b) => (a!.Value - b!.Value).Value;
            decimal Growth(Share now, Share then) => ((now - then).Value) / then.Percent * 100m;
        }
        """);

    [Fact]
    public Task Points_with_fraction_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Trends
        {
            decimal A(Share s, PercentagePoints pp) => {|AIR0006:pp.Value - s.Fraction|};
            decimal B(Share now, Share then)
            {
                var delta = (now - then).Value;
                var baseFraction = then.Fraction;
                return {|AIR0006:baseFraction + delta|};
            }

            decimal? C(Share? a, Share b) => {|AIR0006:a?.Fraction + b.Fraction|};
        }
        """);

    [Fact]
    public Task One_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Trends
        {
            decimal A(Share s, PercentagePoints pp) => s.Percent + pp.Value;
            decimal B(Share s, PercentagePoints pp) => s.Fraction + pp.Value / 100m;
            decimal C(Share s) => 100m - s.Percent;
            decimal D(Ratio r, Share s) => r.Percent - s.Percent;
            decimal E(PercentagePoints a, PercentagePoints b) => a.Value + b.Value;
            decimal F(Share s, PercentagePoints pp) => s.Fraction * 100m + pp.Value;
        }
        """);

    [Fact]
    public Task Nullable_decimal_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Survey(Share? Now, Share? Then);
        class Trends
        {
            decimal? Rise(Survey s)
            {
                decimal? now = s.Now?.Percent;
                decimal? then = s.Then?.Percent;
                return {|AIR0006:now - then|};
            }
        }
        """);

    [Fact]
    public Task Compound_subtraction_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Trends
        {
            decimal Rise(Share latest, Share baseline)
            {
                decimal change = latest.Percent;
                {|AIR0006:change -= baseline.Percent|};
                return change;
            }
        }
        """);

    [Fact]
    public Task Expression_tree_and_comment_Fix() => Verify.Fix<PercentagePointsCodeFixProvider>("""
        using System;
        using System.Linq.Expressions;
        using AiRace.Core;
        public sealed record Survey(Share Now, Share Then);
        class Trends
        {
            Expression<Func<Survey, decimal>> Rise = s => {|AIR0006:s.Now.Percent /* latest */ - s.Then.Percent|};
        }
        """, """
        using System;
        using System.Linq.Expressions;
        using AiRace.Core;
        public sealed record Survey(Share Now, Share Then);
        class Trends
        {
            Expression<Func<Survey, decimal>> Rise = s => (s.Now /* latest */ - s.Then).Value;
        }
        """);

    [Fact]
    public Task Compound_on_a_share_local_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal A(Share latest, Share baseline)
            {
                decimal change = latest.Percent;
                {|AIR0006:change -= baseline.Percent|};
                return change;
            }
        }
        """);

    [Fact]
    public Task Compound_points_onto_a_percent_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal A(Share s, PercentagePoints pp)
            {
                decimal p = s.Percent;
                p += pp.Value;
                return p;
            }
            decimal B(PercentagePoints a, PercentagePoints b)
            {
                decimal v = a.Value;
                v -= b.Value;
                return v;
            }
        }
        """);

    [Fact]
    public Task Compound_points_onto_a_fraction_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal A(Share s, PercentagePoints pp)
            {
                decimal f = s.Fraction;
                {|AIR0006:f += pp.Value|};
                return f;
            }
        }
        """);

    [Fact]
    public Task Compound_on_local_assigned_in_branches_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal A(Share a, Share b, bool first)
            {
                decimal c;
                if (first) c = a.Percent; else c = 0m;
                c -= b.Percent;
                return c;
            }
            decimal B(Share a, Share b, bool reset)
            {
                decimal c = a.Percent;
                if (reset) c = 50m;
                c -= b.Percent;
                return c;
            }
        }
        """);

    [Fact]
    public Task Compound_on_local_passed_by_ref_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Polls
        {
            static void Normalise(ref decimal x) => x = x / 100m;
            decimal A(Share a, Share b)
            {
                decimal c = a.Percent;
                Normalise(ref c);
                c -= b.Fraction;
                return c;
            }
            decimal B(Share a, Share b)
            {
                decimal c = a.Percent;
                ref decimal alias = ref c;
                alias = 0m;
                c -= b.Percent;
                return c;
            }
        }
        """);

    [Fact]
    public Task Compound_in_loop_with_reset_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal A(Share start, Share[] steps)
            {
                decimal c = start.Percent;
                foreach (var s in steps)
                {
                    c -= s.Percent;
                    if (c < 0m) c = 100m;
                }
                return c;
            }
        }
        """);

    [Fact]
    public Task Compound_on_parameter_and_plain_number_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal A(decimal change, Share s)
            {
                change -= s.Percent;
                return change;
            }
            decimal B(Share s)
            {
                decimal p = s.Percent;
                p -= 5m;
                return p;
            }
        }
        """);

    [Fact]
    public Task Nullable_locals_Report_without_fix() => Verify.NoFix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        public sealed record Poll(Share? Now, Share? Then);
        class Polls
        {
            decimal? A(Poll p)
            {
                decimal? now = p.Now?.Percent;
                decimal? then = p.Then?.Percent;
                return {|AIR0006:now - then|};
            }
        }
        """);

    [Fact]
    public Task Compound_with_both_sides_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Polls
        {
            decimal? A(Share? a, Share b)
            {
                decimal? x = a?.Percent;
                decimal y = b.Percent;
                {|AIR0006:x -= y|};
                return x;
            }
        }
        """);

    [Fact]
    public async Task Odd_compounds_no_AD0001()
    {
        await AllRules.AnalyzeAsync("""
            using AiRace.Core;
            Share s = Share.FromPercent(40m), t = Share.FromPercent(10m);
            decimal c = s.Percent;
            c -= t.Percent;
            dynamic d = 1m;
            d -= t.Percent;
            for (decimal p = s.Percent; p > 0m; p -= t.Percent) { }
            object o = 5m;
            if (o is decimal q) { q -= s.Percent; }
            System.Console.WriteLine(c);
            """);
    }


    [Fact]
    public Task Points_plus_fraction_in_either_order_Reports() => Verify<PercentagePointsRule>.Diagnostics("""
        using AiRace.Core;
        public static class Mix
        {
            public static decimal A(Share s, PercentagePoints pp) => {|AIR0006:pp.Value + s.Fraction|};
            public static decimal B(Share s, PercentagePoints pp) => {|AIR0006:s.Fraction - pp.Value|};
        }
        """);

    [Fact]
    public Task Comparisons_products_and_one_scale_DoesNotReport() => Verify<PercentagePointsRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Fine
        {
            public static bool Up(Share a, Share b) => a.Percent > b.Percent;
            public static decimal Weighted(Share a, Share b) => a.Percent * b.Fraction;
            public static decimal Down(Share a, PercentagePoints pp) => a.Percent - pp.Value;
            public static string Text(Share a, PercentagePoints pp) => $"{a.Percent + pp.Value:0.0}";
            public static decimal Points(PercentagePoints x, PercentagePoints y) => x.Value + y.Value;
        }
        """);

    [Fact]
    public Task Linq_select_Fix() => Verify<PercentagePointsRule>.Fix<PercentagePointsCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Reading(Share Now, Share Then);
        public static class Deltas
        {
            public static List<decimal> Of(IEnumerable<Reading> rs) => rs.Select(p => {|AIR0006:p.Now.Percent - p.Then.Percent|}).ToList();
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Reading(Share Now, Share Then);
        public static class Deltas
        {
            public static List<decimal> Of(IEnumerable<Reading> rs) => rs.Select(p => (p.Now - p.Then).Value).ToList();
        }
        """);

    [Fact]
    public Task Inside_Math_Abs_and_a_chain_Fix() => Verify<PercentagePointsRule>.Fix<PercentagePointsCodeFixProvider>("""
        using System;
        using AiRace.Core;
        public static class Gaps
        {
            public static decimal Abs(Share a, Share b) => Math.Abs({|AIR0006:a.Percent - b.Percent|});
            public static decimal Chain(Share a, Share b, Share c) => {|AIR0006:a.Percent - b.Percent|} - c.Percent;
        }
        """, """
        using System;
        using AiRace.Core;
        public static class Gaps
        {
            public static decimal Abs(Share a, Share b) => Math.Abs((a - b).Value);
            public static decimal Chain(Share a, Share b, Share c) => (a - b).Value - c.Percent;
        }
        """);

    [Fact]
    public Task Primary_constructor_parameters_Fix() => Verify<PercentagePointsRule>.Fix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        public sealed class Gap(Share now, Share then)
        {
            public decimal Points => {|AIR0006:now.Percent - then.Percent|};
        }
        """, """
        using AiRace.Core;
        public sealed class Gap(Share now, Share then)
        {
            public decimal Points => (now - then).Value;
        }
        """);

    [Fact]
    public Task Fraction_sum_through_nullable_locals_Reports() => Verify<PercentagePointsRule>.Diagnostics("""
        using AiRace.Core;
        public sealed record Survey(Share? Domestic, Share? Imported);
        public static class Totals
        {
            public static decimal? Whole(Survey s)
            {
                decimal? d = s.Domestic?.Fraction;
                decimal? i = s.Imported?.Fraction;
                return {|AIR0006:d + i|};
            }
        }
        """);

    [Fact]
    public async Task FixAll_AIR0006_mixed_forms_compiles_and_keeps_figures()
    {
        string fixedText = await FixRunner.FixAllAsync(new PercentagePointsCodeFixProvider(), """
            using System;
            using AiRace.Core;
            public static class Gaps
            {
                public static decimal A(Share a, Share b) => a.Fraction - b.Fraction;
                public static decimal B(Share a, Share b) => a.Percent - b.Percent;
                public static string C(Share a, Share b) => $"{a.Percent - b.Percent:0.0} pp";
                public static decimal? D(Share? a, Share b) => a?.Percent - b.Percent;
                public static decimal E(Share a, Share b) => -(a.Percent - b.Percent) * 2m;
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        fixedText.Should().Contain("a.Fraction - b.Fraction");
        fixedText.Should().NotContain("a.Percent - b.Percent");
    }

    [Fact]
    public Task Parenthesized_percents_Fix() => Verify<PercentagePointsRule>.Fix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        class Progress
        {
            decimal Gain(Share latest, Share baseline) => {|AIR0006:(latest.Percent) - (baseline.Percent)|};
        }
        """, """
        using AiRace.Core;
        class Progress
        {
            decimal Gain(Share latest, Share baseline) => (latest - baseline).Value;
        }
        """);

    [Fact]
    public Task Comment_after_each_operand_is_kept_once_Fix() => Verify<PercentagePointsRule>.Fix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        class Progress
        {
            decimal Gain(Share latest, Share baseline) => {|AIR0006:latest.Percent /* 2025 */ - baseline.Percent|} /* 2020 */;
        }
        """, """
        using AiRace.Core;
        class Progress
        {
            decimal Gain(Share latest, Share baseline) => (latest /* 2025 */ - baseline).Value /* 2020 */;
        }
        """);

    [Fact]
    public Task End_of_line_and_leading_comments_in_a_multiline_conditional_stay_once_Fix() => Verify<PercentagePointsRule>.Fix<PercentagePointsCodeFixProvider>("""
        using AiRace.Core;
        class Progress
        {
            decimal Gain(Share latest, Share baseline) =>
                latest > baseline
                    ? {|AIR0006:latest.Percent - baseline.Percent|} // gained
                    :
                    // lost or flat
                    {|AIR0006:baseline.Percent - latest.Percent|};
        }
        """, """
        using AiRace.Core;
        class Progress
        {
            decimal Gain(Share latest, Share baseline) =>
                latest > baseline
                    ? (latest - baseline).Value // gained
                    :
                    // lost or flat
                    (baseline - latest).Value;
        }
        """);

    // AIR0006.md: "+ or - between the raw Percent or Fraction of two Share values (also through ?.)": a chain of ?. of any depth
    [Fact]
    public Task Percents_read_through_chains_of_conditional_accesses_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        sealed record Indicator(Share Latest, Share Baseline);
        sealed record CountryReport(Indicator? Chips);
        static class Gaps
        {
            public static decimal? Rise(CountryReport? report) => {|AIR0006:report?.Chips?.Latest.Percent - report?.Chips?.Baseline.Percent|};
        }
        """);

    [Fact]
    public Task Difference_of_shares_read_through_chains_of_conditional_accesses_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        sealed record Indicator(Share Latest, Share Baseline);
        sealed record CountryReport(Indicator? Chips);
        static class Gaps
        {
            public static decimal? Rise(CountryReport? report) =>
                report?.Chips is { } chips ? (chips.Latest - chips.Baseline).Value : null;
        }
        """);

    // AIR0006.md: "directly or through decimal (or decimal?) locals that hold them and are never written again"; the
    // variables of a property pattern (C# 10 extended form) hold the two shares' Percent
    [Fact]
    public Task Percents_bound_by_a_property_pattern_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Report(string Country, Share Latest, Share Baseline);
        public static class Trend
        {
            public static decimal Rise(Report r) => r is { Latest.Percent: var now, Baseline.Percent: var then } ? {|AIR0006:now - then|} : 0m;
        }
        """);

    [Fact]
    public Task Pattern_variables_of_a_plain_number_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Report(string Country, Share Latest, Share Baseline, decimal Target);
        public static class Trend
        {
            public static decimal Gap(Report r) => r is { Latest.Percent: var now, Target: var target } ? now - target : 0m;
            public static decimal Reset(Report r) => r is { Latest.Percent: var now } && (now = 0m) == 0m ? now - r.Baseline.Percent : 0m;
        }
        """);

    // AIR0006.md: same promise; locals deconstructed from a tuple of the two Percents hold them and are never written again
    [Fact]
    public Task Percents_deconstructed_from_a_tuple_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public static class Trend
        {
            public static decimal Rise(Share latest, Share baseline)
            {
                var (now, then) = (latest.Percent, baseline.Percent);
                return {|AIR0006:now - then|};
            }
        }
        """);

    [Fact]
    public Task Deconstructed_locals_of_a_plain_number_or_written_again_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public static class Trend
        {
            public static decimal Gap(Share latest, decimal target)
            {
                var (now, goal) = (latest.Percent, target);
                return now - goal;
            }

            public static decimal Reset(Share latest, Share baseline)
            {
                var (now, then) = (latest.Percent, baseline.Percent);
                then = 0m;
                return now - then;
            }
        }
        """);

    // AIR0006.md: "(or decimal?) locals that hold them and are never written again (… bound by a pattern …)": also
    // `is not decimal now`
    [Fact]
    public Task Percent_narrowed_by_an_is_not_pattern_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        public sealed record Report(string Country, Share Latest, Share Baseline);
        public static class Trend
        {
            public static decimal Rise(Report? r)
            {
                if (r?.Latest.Percent is not decimal now)
                {
                    return 0m;
                }

                return {|AIR0006:now - r.Baseline.Percent|};
            }
        }
        """);

    [Fact]
    public Task Number_narrowed_by_an_is_not_pattern_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        public sealed record Report(string Country, Share Latest, decimal? Target);
        public static class Trend
        {
            public static decimal Gap(Report r) => r.Target is not decimal target ? 0m : r.Latest.Percent - target;
        }
        """);
}
