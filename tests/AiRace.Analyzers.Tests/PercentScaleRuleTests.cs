using System.Linq;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.PercentScaleRule>;

using Fix = AiRace.Analyzers.CodeFixes.PercentScaleCodeFixProvider;

namespace AiRace.Analyzers.Tests;

public class PercentScaleRuleTests
{
    [Fact]
    public Task Percent_given_a_fraction_and_fraction_given_a_percent_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.FromPercent({|AIR0005:0.55m|});
                var b = Share.FromFraction({|AIR0005:55m|});
                var c = Share.FromFraction({|AIR0005:100|});
                var d = Share.FromPercent({|AIR0005:.5m|});
            }
        }
        """);

    [Fact]
    public Task Shares_outside_zero_to_hundred_percent_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private const decimal Huge = 150m;
            void M()
            {
                var a = Share.FromPercent({|AIR0013:Huge|});
                var b = Share.FromPercent({|AIR0013:-5m|});
                var c = Share.FromFraction({|AIR0013:250m|});
                var d = Share.FromFraction({|AIR0013:-0.1m|});
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(int[] years)
            {
                Func<Share> f = () => Share.FromPercent({|AIR0005:0.17m|});
                var q = from y in years select Share.FromFraction({|AIR0005:38m|});
                Share Local() => Share.FromPercent({|AIR0013:101m|});
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var selfSufficiency = Share.FromPercent({|AIR0005:0.7m|});
        System.Console.WriteLine(Share.FromFraction({|AIR0005:70|}).Percent);
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Target(string Name)
        {
            public Share Goal { get; } = Share.FromPercent({|AIR0005:0.9m|});
        }
        class Holder<T>
        {
            public Share? Pick(Target? t, object o) => o is int ? Share.FromFraction({|AIR0005:2|}) : t?.Goal;
        }
        """);

    [Fact]
    public Task Values_on_the_right_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.FromPercent(55m);
                var b = Share.FromFraction(0.55m);
                var c = Share.FromPercent(0m) ;
                var d = Share.FromPercent(100m);
                var e = Share.FromFraction(1m);
                var f = Share.FromPercent(1m);
            }
        }
        """);

    [Fact]
    public Task Values_known_only_at_run_time_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(decimal p, decimal f)
            {
                var a = Share.FromPercent(p);
                var b = Share.FromFraction(f / 100m);
                var r = Ratio.Of(1.5m);
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_on_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(decimal[] values)
            {
                Func<Share> f = () => Share.FromPercent(17m);
                var q = from v in values select Share.FromFraction(v);
                Share Local() => Share.FromFraction(0.38m);
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_on_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        var selfSufficiency = Share.FromPercent(70m);
        System.Console.WriteLine(Share.FromFraction(0.7m).Percent);
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_on_scale_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        record Target(string Name)
        {
            public Share Goal { get; } = Share.FromPercent(90m);
        }
        class Holder<T>
        {
            public Share? Pick(Target? t, object o) => o is int ? Share.FromFraction(0.2m) : t?.Goal;
        }
        """);

    [Fact]
    public Task Percent_factory_given_a_fraction_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Share M() => Share.FromPercent({|AIR0005:0.55m|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Share M() => Share.FromFraction(0.55m);
        }
        """);

    [Fact]
    public Task Both_directions_FixAll() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.FromPercent({|AIR0005:0.17m|});
                var b = Share.FromFraction({|AIR0005:55m|});
            }
        }
        """, """
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.FromFraction(0.17m);
                var b = Share.FromPercent(55m);
            }
        }
        """);

    [Fact]
    public Task Out_of_range_share_has_no_fix_DoesNotReport_a_fix() => Verify.NoFix<Fix>("""
        using AiRace.Core;
        class C
        {
            Share M() => Share.FromPercent({|AIR0013:250m|});
        }
        """);

    [Fact]
    public Task Named_argument_is_renamed_with_the_factory_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Share A() => Share.FromFraction(fraction: {|AIR0005:12.5m|});
            Share B() => Share.FromPercent(percent: {|AIR0005:0.4m|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Share A() => Share.FromPercent(percent: 12.5m);
            Share B() => Share.FromFraction(fraction: 0.4m);
        }
        """);

    [Fact]
    public Task Try_factory_other_scale_properties_and_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share s, Share? maybe)
            {
                var ok = Share.TryFromPercent({|AIR0005:0.35m|}, out var a);
                var b = Share.FromFraction({|AIR0005:s.Percent|});
                var c = Share.FromPercent({|AIR0005:s.Fraction|});
                var d = Share.FromFraction({|AIR0005:maybe?.Percent ?? 0m|});
                var fraction = 0.42m;
                var e = Share.FromPercent({|AIR0005:fraction|});
            }
        }
        """);

    [Fact]
    public Task Matching_scales_and_parse_in_range_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(Share s, bool flag)
            {
                var ok = Share.TryFromPercent(35m, out var a);
                var b = Share.FromFraction(s.Fraction);
                var c = Share.FromPercent(s.Percent);
                var d = Share.Parse("55%");
                var e = Share.Parse("12.5 %");
                var f = 0.42m;
                if (flag) { f = 42m; }
                var g = Share.FromPercent(f);
            }
        }
        """);

    [Fact]
    public Task Share_percent_given_to_fraction_factory_Fix() => Verify.Fix<Fix>("""
        using AiRace.Core;
        class C
        {
            Share M(Share s) => Share.FromFraction({|AIR0005:s.Percent|});
        }
        """, """
        using AiRace.Core;
        class C
        {
            Share M(Share s) => Share.FromPercent(s.Percent);
        }
        """);

    [Fact]
    public Task Fraction_factory_given_decimal_MaxValue_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Bounds
        {
            Share Huge() => Share.FromFraction({|AIR0013:decimal.MaxValue|});
        }
        """);

    [Fact]
    public Task Fraction_factory_given_a_huge_constant_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Bounds
        {
            private const decimal Huge = 1e27m;
            Share Make() => Share.FromFraction({|AIR0013:Huge|});
        }
        """);

    [Fact]
    public Task Using_static_and_chained_call_FixAll() => Verify.Fix<PercentScaleCodeFixProvider>("""
        using AiRace.Core;
        using static AiRace.Core.Share;
        class Targets
        {
            Share A() => FromPercent({|AIR0005:0.55m|});
            Share B() => Share.FromFraction({|AIR0005:70|}).Complement();
        }
        """, """
        using AiRace.Core;
        using static AiRace.Core.Share;
        class Targets
        {
            Share A() => FromFraction(0.55m);
            Share B() => Share.FromPercent(70).Complement();
        }
        """);

    [Fact]
    public Task Percent_given_to_fraction_through_coalesce_Fix() => Verify.Fix<PercentScaleCodeFixProvider>("""
        using AiRace.Core;
        class Targets
        {
            Share A(Share? maybe) => Share.FromFraction({|AIR0005:maybe?.Percent ?? 0m|});
        }
        """, """
        using AiRace.Core;
        class Targets
        {
            Share A(Share? maybe) => Share.FromPercent(maybe?.Percent ?? 0m);
        }
        """);

    [Fact]
    public Task Correct_conversions_and_boundaries_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Targets
        {
            Share A(Share s) => Share.FromFraction(s.Percent / 100m);
            Share B(Share s) => Share.FromPercent(s.Fraction * 100m);
            Share C() => Share.FromPercent(1m);
            Share D() => Share.FromFraction(0m);
            Share E() => Share.FromFraction(1m);
            Share F() => Share.Parse("12.5 %");
            Share G() => Share.FromPercent(100m);
        }
        """);

    [Fact]
    public Task Try_factory_parse_and_locals_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Targets
        {
            bool A(out Share s) => Share.TryFromPercent({|AIR0013:150m|}, out s);
            bool B(out Share s) => Share.TryFromPercent({|AIR0005:0.3m|}, out s);
            Share C() => Share.Parse({|AIR0013:"-5 %"|});
            Share D() => Share.Parse({|AIR0013:"100.01%"|});
            Share E()
            {
                var target = 0.7m;
                var same = target;
                return Share.FromPercent({|AIR0005:same|});
            }
        }
        """);

    [Fact]
    public Task Constants_using_static_and_alias_FixAll() => Verify.Fix<PercentScaleCodeFixProvider>("""
        using AiRace.Core;
        using static AiRace.Core.Share;
        using S = AiRace.Core.Share;
        class Goals
        {
            const decimal Goal = 0.55m;
            Share A() => Share.FromPercent({|AIR0005:Goal|});
            Share B() => FromPercent({|AIR0005:0.17m|});
            Share C() => S.FromFraction({|AIR0005:70|});
            Share D() => Share.FromPercent({|AIR0005:(decimal)0.25|});
            Share E(Share s) => Share.FromFraction({|AIR0005:s.Percent|});
            Share F(Share? s) => Share.FromPercent({|AIR0005:s?.Fraction ?? 0m|});
        }
        """, """
        using AiRace.Core;
        using static AiRace.Core.Share;
        using S = AiRace.Core.Share;
        class Goals
        {
            const decimal Goal = 0.55m;
            Share A() => Share.FromFraction(Goal);
            Share B() => FromFraction(0.17m);
            Share C() => S.FromPercent(70);
            Share D() => Share.FromFraction((decimal)0.25);
            Share E(Share s) => Share.FromPercent(s.Percent);
            Share F(Share? s) => Share.FromFraction(s?.Fraction ?? 0m);
        }
        """);

    [Fact]
    public Task Fix_inside_another_call_and_lambda() => Verify.Fix<PercentScaleCodeFixProvider>("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Goals
        {
            List<Share> A() => new() { Share.FromPercent({|AIR0005:0.5m|}) };
            string B() => Describe(Share.FromFraction({|AIR0005:55m|}), Share.FromPercent(55m));
            IEnumerable<Share> C(IEnumerable<Share> xs) => xs.Select(x => Share.FromFraction({|AIR0005:x.Percent|}));
            static string Describe(Share a, Share b) => a.ToString() + b;
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        class Goals
        {
            List<Share> A() => new() { Share.FromFraction(0.5m) };
            string B() => Describe(Share.FromPercent(55m), Share.FromPercent(55m));
            IEnumerable<Share> C(IEnumerable<Share> xs) => xs.Select(x => Share.FromPercent(x.Percent));
            static string Describe(Share a, Share b) => a.ToString() + b;
        }
        """);

    [Fact]
    public Task Plausible_and_non_constant_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class Goals
        {
            Share A() => Share.FromPercent(1m);
            Share B() => Share.FromFraction(1m);
            Share C() => Share.FromPercent(0m);
            Share D() => Share.FromPercent(1m / 3m * 100m);
            Share E(Share s) => Share.FromPercent(s.Fraction * 100m);
            Share F(Share s) => Share.FromFraction(s.Percent / 100m);
            Share G()
            {
                decimal p = 0.5m;
                for (int i = 0; i < 3; i++)
                {
                    p += 10m;
                }

                return Share.FromPercent(p);
            }

            Ratio H() => Ratio.FromPercent(0.5m);
            Share I() => Share.Parse("55%");
        }
        """);

    [Fact]
    public Task Locals_captured_and_top_level() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        var goal = 0.55m;
        Func<Share> later = () => Share.FromPercent({|AIR0005:goal|});
        var cap = Share.FromPercent({|AIR0013:Targets.Max|});
        Console.WriteLine(later() + " " + cap + " " + Share.FromFraction({|AIR0005:Targets.Half|}));
        static class Targets
        {
            public const decimal Max = 150m;
            public const decimal Half = 50m;
        }
        """);


    [Fact]
    public Task Constant_of_another_class_Fix() => Verify<PercentScaleRule>.Fix<PercentScaleCodeFixProvider>("""
        using AiRace.Core;
        public static class Goals
        {
            public const decimal SelfSufficiency = 0.55m;
        }
        public static class Plan
        {
            public static Share Goal() => Share.FromPercent({|AIR0005:Goals.SelfSufficiency|});
        }
        """, """
        using AiRace.Core;
        public static class Goals
        {
            public const decimal SelfSufficiency = 0.55m;
        }
        public static class Plan
        {
            public static Share Goal() => Share.FromFraction(Goals.SelfSufficiency);
        }
        """);

    [Fact]
    public Task Correct_scale_conversions_DoesNotReport() => Verify<PercentScaleRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Convert
        {
            public static Share A(Share s) => Share.FromFraction(s.Percent / 100m);
            public static Share B(Share s) => Share.FromPercent(s.Fraction * 100m);
            public static Share C() => Share.FromPercent(0m);
            public static Share D() => Share.FromFraction(1.0m);
            public static Share E() => Share.FromPercent(1.00m);
        }
        """);

    [Fact]
    public Task TryFromPercent_has_no_fix() => Verify<PercentScaleRule>.NoFix<PercentScaleCodeFixProvider>("""
        using AiRace.Core;
        public static class Tries
        {
            public static bool Ok(out Share s) => Share.TryFromPercent({|AIR0005:0.4m|}, out s);
        }
        """);

    [Fact]
    public Task Inside_a_with_expression_Fix() => Verify<PercentScaleRule>.Fix<PercentScaleCodeFixProvider>("""
        using AiRace.Core;
        public sealed record ChipPlan(string Name, Share Goal);
        public static class Revisions
        {
            public static ChipPlan Raise(ChipPlan plan) => plan with { Goal = Share.FromPercent({|AIR0005:0.7m|}) };
        }
        """, """
        using AiRace.Core;
        public sealed record ChipPlan(string Name, Share Goal);
        public static class Revisions
        {
            public static ChipPlan Raise(ChipPlan plan) => plan with { Goal = Share.FromFraction(0.7m) };
        }
        """);

    [Fact]
    public Task Checked_constant_arithmetic_Reports() => Verify<PercentScaleRule>.Diagnostics("""
        using AiRace.Core;
        public static class Folded
        {
            private const int Tens = 5;
            public static Share A() => Share.FromFraction(checked({|AIR0005:Tens * 10|}));
            public static Share B() => Share.FromPercent({|AIR0005:1m / 4m|});
        }
        """);

    [Fact]
    public async Task FixAll_AIR0005_through_using_static_and_named_argument()
    {
        string fixedText = await FixRunner.FixAllAsync(new PercentScaleCodeFixProvider(), """
            using static AiRace.Core.Share;
            using AiRace.Core;
            public static class Plans
            {
                public static Share[] All() => [FromPercent(percent: 0.25m), FromFraction(fraction: 40m), Share.FromFraction(Share.FromPercent(30m).Percent)];
            }
            """);
        var diagnostics = await AllRules.AnalyzeAsync(fixedText);
        diagnostics.Where(d => !d.Id.StartsWith("AIR")).Should().BeEmpty(fixedText);
        diagnostics.Where(d => d.Id is "AIR0005" or "AIR0013").Should().BeEmpty(fixedText);
        fixedText.Should().Contain("FromFraction(fraction: 0.25m)");
        fixedText.Should().Contain("FromPercent(percent: 40m)");
    }

    // AIR0005.md: "Share.FromFraction(s.Percent) … (also through ?. and ??)": a chain of ?. of any depth
    [Fact]
    public Task FromFraction_of_Percent_through_a_chain_of_conditional_accesses_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        sealed record Indicator(Share Latest);
        sealed record CountryReport(Indicator? Chips);
        static class Shares
        {
            public static Share Chips(CountryReport? report) => Share.FromFraction({|AIR0005:report?.Chips?.Latest.Percent ?? 0m|});
        }
        """);

    [Fact]
    public Task FromFraction_of_Fraction_through_a_chain_of_conditional_accesses_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        sealed record Indicator(Share Latest);
        sealed record CountryReport(Indicator? Chips);
        static class Shares
        {
            public static Share Chips(CountryReport? report) => Share.FromFraction(report?.Chips?.Latest.Fraction ?? 0m);
            public static Share Percent(CountryReport? report) => Share.FromPercent(report?.Chips?.Latest.Percent ?? 0m);
        }
        """);

    // AIR0005.md: "(also through ?. and ??)": the fallback of ?? too
    [Fact]
    public Task FromFraction_of_Percent_as_the_fallback_of_a_coalesce_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        static class Overrides
        {
            public static Share Effective(decimal? manualFraction, Share measured) => Share.FromFraction({|AIR0005:manualFraction ?? measured.Percent|});
        }
        """);

    [Fact]
    public Task FromFraction_of_Fraction_as_the_fallback_of_a_coalesce_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        static class Overrides
        {
            public static Share Effective(decimal? manualFraction, Share measured) => Share.FromFraction(manualFraction ?? measured.Fraction);
        }
        """);

    // switching the factory of FromFraction(manualFraction ?? s.Percent) would read the fraction as a percent: no fix;
    // with a zero for the fallback the whole argument is a percent, and the fix applies
    [Fact]
    public async Task Fix_is_offered_only_when_every_side_of_the_coalesce_is_on_the_other_scale()
    {
        var mixed = await FixRunner.ActionsAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            static class Overrides
            {
                public static Share Effective(decimal? manualFraction, Share measured) => Share.FromFraction(manualFraction ?? measured.Percent);
            }
            """);
        mixed.Should().BeEmpty();

        string fixedText = await FixRunner.FixAllAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            sealed record Indicator(Share Latest);
            sealed record CountryReport(Indicator? Chips);
            static class Shares
            {
                public static Share Chips(CountryReport? report) => Share.FromFraction(report?.Chips?.Latest.Percent ?? 0m);
            }
            """);
        fixedText.Should().Contain("Share.FromPercent(report?.Chips?.Latest.Percent ?? 0m)");
    }
}
