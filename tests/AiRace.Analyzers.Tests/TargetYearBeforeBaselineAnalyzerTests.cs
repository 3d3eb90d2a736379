using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.TargetYearBeforeBaselineAnalyzer>;

namespace AiRace.Analyzers.Tests;

public class TargetYearBeforeBaselineAnalyzerTests
{
    [Fact]
    public Task Constructor_factory_and_initializer_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = new Target("self-sufficiency", 17m, 2030, 70m, {|AIR0012:2025|});
                var b = Target.Create("chips", 2027, {|AIR0012:2020|});
                var c = new Target { BaselineYear = 2024, {|AIR0012:GoalYear = 2023|} };
            }
        }
        """);

    [Fact]
    public Task Named_arguments_and_constants_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private const int Baseline = 2030;
            void M()
            {
                var a = Target.Create(goalYear: {|AIR0012:2025|}, baselineYear: 2026, metric: "x");
                var b = Target.Create("y", Baseline, {|AIR0012:Baseline - 1|});
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
            void M(string[] metrics)
            {
                Func<Target> f = () => Target.Create("a", 2030, {|AIR0012:2029|});
                var q = from m in metrics select Target.Create(m, 2025, {|AIR0012:2015|});
                Target Local() => new Target { {|AIR0012:GoalYear = 2020|}, BaselineYear = 2021 };
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var t = new Target("share", 10m, 2035, 50m, {|AIR0012:2030|});
        System.Console.WriteLine(t.GoalYear);
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Plan(string Name)
        {
            public Target Goal { get; } = new() { BaselineYear = 2030, Metric = "m", {|AIR0012:GoalYear = 2000|} };
        }
        class Holder<T>
        {
            public Target? Pick(Plan? p, object o) => o is int ? Target.Create("z", 2028, {|AIR0012:2027|}) : p?.Goal;
        }
        """);

    [Fact]
    public Task Goal_after_or_at_baseline_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = new Target("self-sufficiency", 17m, 2025, 70m, 2030);
                var b = Target.Create("chips", 2020, 2020);
                var c = new Target { BaselineYear = 2023, GoalYear = 2027 };
            }
        }
        """);

    [Fact]
    public Task Years_known_only_at_run_time_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(int baseline, int goal)
            {
                var a = Target.Create("x", baseline, 2020);
                var b = Target.Create("y", 2030, goal);
                var c = new Target { BaselineYear = baseline, GoalYear = 2000 };
            }
        }
        """);

    [Fact]
    public Task Same_parameter_names_outside_AiRace_Core_DoesNotReport() => Verify.NoDiagnostics("""
        namespace Other
        {
            class Plan
            {
                public int BaselineYear { get; init; }
                public int GoalYear { get; init; }
                public static Plan Create(int baselineYear, int goalYear) => new();
                void M()
                {
                    var a = Create(2030, 2020);
                    var b = new Plan { BaselineYear = 2030, GoalYear = 2020 };
                }
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_in_order_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(string[] metrics)
            {
                Func<Target> f = () => Target.Create("a", 2025, 2030);
                var q = from m in metrics select Target.Create(m, 2015, 2025);
                Target Local() => new Target { GoalYear = 2030, BaselineYear = 2021 };
            }
        }
        """);

    [Fact]
    public Task Top_level_records_null_conditional_and_patterns_in_order_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        Plan? p = new("made in China");
        if (p is { Goal.GoalYear: > 2025 }) { System.Console.WriteLine(p?.Goal.BaselineYear); }
        record Plan(string Name)
        {
            public Target Goal { get; } = new() { BaselineYear = 2015, GoalYear = 2025 };
        }
        """);
}
