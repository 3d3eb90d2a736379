using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.TargetYearBeforeBaselineRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>AIR0012 on the real <c>AiRace.Core.Policy.Target</c> constructor (<c>int? baselineYear</c>, <c>int goalYear</c>).</summary>
public class TargetYearBeforeBaselineRuleTests
{
    [Fact]
    public Task Positional_constant_years_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            static readonly SourceReference[] Sources = { new("bernstein-2025", "17% in 2023, 55% by 2027") };
            Target M()
            {
                var share = MetricValue.Of(Share.FromPercent(17m));
                var goal = MetricValue.Of(Share.FromPercent(55m));
                return new Target("chips", "domestic-share", "cn", share, 2027, goal, {|AIR0012:2023|}, TargetKind.AnalystForecast, null, null, Sources);
            }
        }
        """);

    [Fact]
    public Task Named_arguments_in_any_order_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            Target M(MetricValue v, SourceReference[] s) => new Target(
                goalYear: {|AIR0012:2025|}, baselineYear: 2030, id: "t", metricId: "m", subjectId: "cn",
                baseline: v, goal: v, kind: TargetKind.Pledge, byId: null, programmeId: null, sources: s);
        }
        """);

    [Fact]
    public Task Constants_and_constant_arithmetic_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            private const int Baseline = 2030;
            private static readonly int Plan = 2026;
            Target[] M(MetricValue v, SourceReference[] s)
            {
                int start = 2028;
                return new[]
                {
                    new Target("a", "m", "cn", v, Baseline, v, {|AIR0012:Baseline - 1|}, TargetKind.OfficialTarget, null, null, s),
                    new Target("b", "m", "cn", v, Plan, v, {|AIR0012:Plan - 2|}, TargetKind.OfficialTarget, null, null, s),
                    new Target("c", "m", "cn", v, start + 2, v, {|AIR0012:start|}, TargetKind.OfficialTarget, null, null, s),
                };
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_Reports() => Verify.Diagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            void M(string[] ids, MetricValue v, SourceReference[] s)
            {
                Func<Target> f = () => new Target("a", "m", "cn", v, 2030, v, {|AIR0012:2029|}, TargetKind.Pledge, null, null, s);
                var q = from id in ids select new Target(id, "m", "cn", v, 2025, v, {|AIR0012:2015|}, TargetKind.Pledge, null, null, s);
                Target Local() => new Target("l", "m", "cn", v, 2021, v, {|AIR0012:2020|}, TargetKind.Pledge, null, null, s);
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_and_target_typed_new_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        var v = MetricValue.Of(Share.FromPercent(70m));
        Target t = new("self-sufficiency", "m", "cn", v, 2035, v, {|AIR0012:2030|}, TargetKind.OfficialTarget, null, null, new[] { new SourceReference("s", "q") });
        System.Console.WriteLine(t.GoalYear);
        """);

    [Fact]
    public Task Goal_after_or_at_baseline_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            Target[] M(MetricValue v, SourceReference[] s) => new[]
            {
                new Target("a", "m", "cn", v, 2023, v, 2027, TargetKind.AnalystForecast, null, null, s),
                new Target("b", "m", "cn", v, 2027, v, 2027, TargetKind.AnalystForecast, null, null, s),
                new Target(goalYear: 2030, baselineYear: 2025, id: "c", metricId: "m", subjectId: "cn", baseline: v, goal: v, kind: TargetKind.Pledge, byId: null, programmeId: null, sources: s),
            };
        }
        """);

    [Fact]
    public Task No_baseline_year_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            Target M(MetricValue v, SourceReference[] s) => new Target("a", "m", "cn", null, null, v, 2027, TargetKind.OfficialTarget, null, null, s);
        }
        """);

    [Fact]
    public Task Years_known_only_at_run_time_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            private int _year = 2030;
            Target[] M(int baseline, int goal, int? maybe, MetricValue v, SourceReference[] s)
            {
                int later = 2040;
                later = 2000;
                return new[]
                {
                    new Target("a", "m", "cn", v, baseline, v, 2020, TargetKind.Pledge, null, null, s),
                    new Target("b", "m", "cn", v, 2030, v, goal, TargetKind.Pledge, null, null, s),
                    new Target("c", "m", "cn", v, maybe, v, 2000, TargetKind.Pledge, null, null, s),
                    new Target("d", "m", "cn", v, _year, v, 2020, TargetKind.Pledge, null, null, s),
                    new Target("e", "m", "cn", v, later, v, 2030, TargetKind.Pledge, null, null, s),
                };
            }
        }
        """);

    [Fact]
    public Task Same_parameter_names_outside_AiRace_Core_DoesNotReport() => Verify.NoDiagnostics("""
        namespace Other
        {
            class Plan
            {
                public Plan(int? baselineYear, int goalYear) { }
                public static Plan Create(int baselineYear, int goalYear) => new(baselineYear, goalYear);
                void M()
                {
                    var a = Create(2030, 2020);
                    var b = new Plan(2030, 2020);
                }
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_in_order_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class C
        {
            void M(string[] ids, MetricValue v, SourceReference[] s)
            {
                Func<Target> f = () => new Target("a", "m", "cn", v, 2025, v, 2030, TargetKind.Pledge, null, null, s);
                var q = from id in ids select new Target(id, "m", "cn", v, 2015, v, 2025, TargetKind.Pledge, null, null, s);
                Target Local() => new Target("l", "m", "cn", v, 2021, v, 2030, TargetKind.Pledge, null, null, s);
            }
        }
        """);

    [Fact]
    public Task The_doc_pages_examples_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class Examples
        {
            void Reports()
            {
                new Target("t-chips", "chip-share", "CN", MetricValue.Of(Share.FromPercent(17m)), 2030,
                    MetricValue.Of(Share.FromPercent(70m)), {|AIR0012:2025|}, TargetKind.OfficialTarget, null, null, []);
                const int Plan = 2030;
                new Target("t-chips", "chip-share", "CN", null, baselineYear: Plan,
                    MetricValue.Of(Share.FromPercent(70m)), goalYear: {|AIR0012:Plan - 5|}, TargetKind.OfficialTarget, null, null, []);
            }

            void DoesNotReport(int year)
            {
                new Target("t-chips", "chip-share", "CN", MetricValue.Of(Share.FromPercent(17m)), baselineYear: 2025,
                    MetricValue.Of(Share.FromPercent(70m)), goalYear: 2030, TargetKind.OfficialTarget, null, null, []);
                new Target("t-chips", "chip-share", "CN", null, baselineYear: year,
                    MetricValue.Of(Share.FromPercent(70m)), goalYear: 2020, TargetKind.OfficialTarget, null, null, []);
            }
        }
        """);

    [Fact]
    public Task Constructor_of_an_AiRace_Core_namespace_type_Reports() => Verify.Diagnostics("""
        namespace AiRace.Core.Planning
        {
            public sealed class Milestone
            {
                public Milestone(string name, int baselineYear, int goalYear) { }
            }
            class Uses
            {
                private const int Start = 2030;
                Milestone M() => new Milestone("chips", Start, {|AIR0012:Start - 5|});
            }
        }
        """);

    [Fact]
    public Task Readonly_field_set_by_constructors_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class Planner
        {
            private readonly int _baseline = 2030;
            public Planner() { }
            public Planner(int baseline) => _baseline = baseline;
            Target M(MetricValue v, SourceReference[] s) => new Target("a", "m", "cn", v, _baseline, v, 2025, TargetKind.Pledge, null, null, s);
        }
        """);

    [Fact]
    public Task Collection_expression_and_constant_sum_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class Planner
        {
            private const int Plan = 15;
            Target[] M(MetricValue v, SourceReference[] s) =>
            [
                new("a", "m", "cn", v, 2030, v, {|AIR0012:2010 + Plan|}, TargetKind.Pledge, null, null, s),
                new("b", "m", "cn", null, null, v, 2000, TargetKind.Pledge, null, null, s),
            ];
        }
        """);

    [Fact]
    public Task Linq_select_with_named_years_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class Planner
        {
            private const int Baseline = 2025;
            IEnumerable<Target> M(IEnumerable<string> ids, MetricValue v, SourceReference[] s) =>
                ids.Select(id => new Target(id, "m", "cn", v, baselineYear: Baseline, v, goalYear: {|AIR0012:Baseline - 1|}, TargetKind.Pledge, null, null, s));
        }
        """);


    private const string TargetUsings = """
        using System.Collections.Generic;
        using AiRace.Core;
        using AiRace.Core.Policy;
        """;

    [Fact]
    public Task Hex_separator_and_cast_constants_Reports() => Verify<TargetYearBeforeBaselineRule>.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly SourceReference[] Sources = [];
            public static Target A(MetricValue v) =>
                new("a", "m", "cn", v, 2_030, v, {|AIR0012:0x7E9|}, TargetKind.OfficialTarget, null, null, Sources);
            public static Target B(MetricValue v) =>
                new("b", "m", "cn", v, baselineYear: (int)2030L, goal: v, goalYear: {|AIR0012:(int)2029L|}, kind: TargetKind.OfficialTarget, byId: null, programmeId: null, sources: Sources);
        }
        """);

    [Fact]
    public Task Lookalike_namespace_and_equal_years_DoesNotReport() => Verify<TargetYearBeforeBaselineRule>.NoDiagnostics(TargetUsings + """

        namespace Contoso.AiRace.Core
        {
            public sealed class Plan(int baselineYear, int goalYear)
            {
                public int Span => goalYear - baselineYear;
            }
        }
        public static class Targets
        {
            private static readonly SourceReference[] Sources = [];
            public static Contoso.AiRace.Core.Plan P() => new(baselineYear: 2030, goalYear: 2025);
            public static Target T(MetricValue v) =>
                new("a", "m", "cn", v, 2_030, v, 2030, TargetKind.OfficialTarget, null, null, Sources);
        }
        """);

    [Fact]
    public Task Target_in_a_collection_expression_inside_a_lambda_Reports() => Verify<TargetYearBeforeBaselineRule>.Diagnostics(TargetUsings + """
        using System;

        public static class Targets
        {
            private const int Plan = 2030;
            public static readonly Func<MetricValue, List<Target>> Make = v =>
            [
                new Target("a", "m", "cn", v, baselineYear: Plan, v, goalYear: {|AIR0012:Plan - 10|}, TargetKind.OfficialTarget, null, null, []),
                new Target("b", "m", "cn", null, null, v, 2020, TargetKind.OfficialTarget, null, null, []),
            ];
        }
        """);

    [Fact]
    public Task Years_from_an_enum_cast_Reports() => Verify<TargetYearBeforeBaselineRule>.Diagnostics(TargetUsings + """

        public enum Milestone { Baseline = 2030, Goal = 2025 }
        public static class Targets
        {
            public static Target A(MetricValue v) =>
                new("a", "m", "cn", v, (int)Milestone.Baseline, v, {|AIR0012:(int)Milestone.Goal|}, TargetKind.OfficialTarget, null, null, []);
        }
        """);

    [Fact]
    public Task Years_passed_on_by_the_codes_own_method_Reports() => Verify<TargetYearBeforeBaselineRule>.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target ChipShare(string id, int from, int to) =>
                new(id, "chip-share", "CN", null, from, Share70, to, TargetKind.OfficialTarget, null, null, []);

            public static Target FiveYears(int from) =>
                new("five", "chip-share", "CN", null, baselineYear: from, Share70, goalYear: from + 5, TargetKind.Pledge, null, null, []);

            public static Target ToPlan(int baselineYear) =>
                new("plan", "chip-share", "CN", null, baselineYear, Share70, 2030, TargetKind.Pledge, null, null, []);

            public static void Use()
            {
                const int Plan = 2030;
                ChipShare("a", 2030, {|AIR0012:2025|});
                ChipShare(to: {|AIR0012:Plan - 10|}, from: Plan, id: "b");
                var start = 2035;
                ToPlan({|AIR0012:start|});
            }
        }
        """);

    [Fact]
    public Task Years_passed_on_in_order_or_changed_or_unknown_DoesNotReport() => Verify<TargetYearBeforeBaselineRule>.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target ChipShare(string id, int from, int to) =>
                new(id, "chip-share", "CN", null, from, Share70, to, TargetKind.OfficialTarget, null, null, []);

            public static Target Shifted(int from, int to)
            {
                to += 10;
                return new("s", "chip-share", "CN", null, from, Share70, to, TargetKind.Pledge, null, null, []);
            }

            public static int Later(int from, int to) => to - from;

            public static void Use(int year)
            {
                ChipShare("a", 2025, 2030);
                ChipShare("b", year, 2020);
                Shifted(2030, 2025);
                Later(2030, 2025);
            }
        }
        """);

    // A parameter the method assigns is not followed, also when a deconstruction writes it: Normalise swaps its years
    // ((from, to) = (to, from)) when they come reversed.
    [Fact]
    public Task Parameters_swapped_by_a_deconstruction_are_assigned_DoesNotReport() => Verify.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Normalise(int from, int to)
            {
                if (to < from)
                {
                    (from, to) = (to, from);
                }

                return new("n", "chip-share", "CN", null, from, Share70, to, TargetKind.Pledge, null, null, []);
            }

            public static Target Use() => Normalise(2030, 2025);
        }
        """);

    // A parameter plus a constant is followed with the constant on either side of the +: 5 + start.
    [Fact]
    public Task Constant_plus_parameter_Reports() => Verify.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target FromFive(int start, int to) =>
                new("f", "chip-share", "CN", null, 5 + start, Share70, to, TargetKind.Pledge, null, null, []);

            public static Target Use() => FromFive(2025, {|AIR0012:2028|});
        }
        """);

    // Assigned parameters are the method's own: a local function assigning its parameter (same ordinal) does not stop
    // the wrapper's first parameter from being followed.
    [Fact]
    public Task Local_function_assigning_its_own_parameter_does_not_hide_the_wrapper_Reports() => Verify.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Make(int from, int to)
            {
                int Clamp(int year)
                {
                    if (year < 2000)
                    {
                        year = 2000;
                    }

                    return year;
                }

                var id = "t" + Clamp(from);
                return new(id, "chip-share", "CN", null, from, Share70, to, TargetKind.Pledge, null, null, []);
            }

            public static Target Use() => Make(2030, {|AIR0012:2025|});
        }
        """);

    // A call in a conditional branch of the wrapper is not followed: which branch runs depends on the years (Between
    // orders them with a ?:).
    [Fact]
    public Task Wrapper_that_orders_its_years_with_a_conditional_DoesNotReport() => Verify.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Between(int a, int b) => a <= b
                ? new("t", "chip-share", "CN", null, a, Share70, b, TargetKind.Pledge, null, null, [])
                : new("t", "chip-share", "CN", null, b, Share70, a, TargetKind.Pledge, null, null, []);

            public static Target Use() => Between(2030, 2025);
        }
        """);

    // AIR0012.md: "A method of your code that passes its own int parameters on as those years … is checked at each of its calls"
    [Fact]
    public Task Primary_constructor_passing_its_years_on_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        sealed class ChipPlan(int from, int to)
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, from,
                MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class LaterPlan(int from)
        {
            private readonly Target _goal = new Target("t-chips", "chip-share", "CN", null, from + 1,
                MetricValue.Of(Share.FromPercent(70m)), 2027, TargetKind.OfficialTarget, null, null, []);
        }
        static class Plans
        {
            public static ChipPlan Swapped() => new ChipPlan(2030, {|AIR0012:2025|});
            public static ChipPlan InOrder() => new ChipPlan(2025, 2030);
            public static LaterPlan Late() => new LaterPlan({|AIR0012:2030|});
        }
        """);

    // the twin: a primary constructor that builds the Target only for ordered years (the branch depends on the years) is not reported
    [Fact]
    public Task Primary_constructor_building_only_ordered_years_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        sealed class ChipPlan(int from, int to)
        {
            public Target? Goal { get; } = to < from ? null : new Target("t-chips", "chip-share", "CN", null, from,
                MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
        }
        static class Plans
        {
            public static ChipPlan Swapped() => new ChipPlan(2030, 2025);
        }
        """);

    // AIR0012.md: "reported on the argument that gives the goal year (or the baseline year, when the goal is the method's own constant)"
    [Fact]
    public Task Goal_year_from_an_optional_parameter_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        static class Plans
        {
            static Target ChipShare(int from, int to = 2027) =>
                new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);

            public static Target Late() => ChipShare({|AIR0012:2030|});
            public static Target Given() => ChipShare(2030, {|AIR0012:2026|});
            public static Target Early() => ChipShare(2025);
        }
        """);

    // AIR0012.md: "nor is a call in a conditional branch of the method (…: the branch taken depends on the years)"
    [Fact]
    public Task Try_method_that_refuses_reversed_years_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        using AiRace.Core.Policy;
        static class Plans
        {
            static bool TryAddChipShare(List<Target> targets, int from, int to)
            {
                if (to < from)
                {
                    return false;
                }

                targets.Add(new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []));
                return true;
            }

            static Target ChipShare(int from, int to)
            {
                if (to < from) throw new ArgumentOutOfRangeException(nameof(to));
                return new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
            }

            public static bool Import(List<Target> targets) => TryAddChipShare(targets, 2030, 2025);
            public static Target Checked() => ChipShare(2030, 2025);
        }
        """);

    // the twin: reversed years without the early exit, or after an exit that does not depend on the years, are reported
    [Fact]
    public Task Try_method_without_a_year_check_Reports() => Verify.Diagnostics("""
        using System.Collections.Generic;
        using AiRace.Core;
        using AiRace.Core.Policy;
        static class Plans
        {
            static bool TryAddChipShare(List<Target> targets, int from, int to)
            {
                if (targets.Count > 100)
                {
                    return false;
                }

                targets.Add(new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []));
                return true;
            }

            static bool AddChipShare(List<Target> targets, int from, int to)
            {
                targets.Add(new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []));
                return true;
            }

            public static bool Import(List<Target> targets) => TryAddChipShare(targets, 2030, {|AIR0012:2025|}) && AddChipShare(targets, 2030, {|AIR0012:2025|});
        }
        """);

    // AIR0012.md: a call after an `if` on the years that returns or throws is in a branch ("the branch taken depends on
    // the years"); a check of a span or flag computed from the year parameters is such an `if` too
    [Fact]
    public Task Try_method_that_refuses_reversed_years_through_a_local_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        using AiRace.Core.Policy;
        static class Plans
        {
            static bool TryAddChipShare(List<Target> targets, int from, int to)
            {
                int span = to - from;
                if (span < 0)
                {
                    return false;
                }

                targets.Add(new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []));
                return true;
            }

            static Target ChipShare(int from, int to)
            {
                bool reversed = to < from;
                if (reversed) throw new ArgumentOutOfRangeException(nameof(to));
                return new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
            }

            public static bool Import(List<Target> targets) => TryAddChipShare(targets, 2030, 2025);
            public static Target Checked() => ChipShare(2030, 2025);
        }
        """);

    // AIR0012.md: a primary constructor's body is "the initializers of the class's fields and properties", also those
    // written in another part of a partial class
    [Fact]
    public Task Primary_constructor_of_a_partial_class_with_reversed_years_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        partial class ChipPlan(int from, int to);
        partial class ChipPlan
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, from,
                MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
        }
        static class Plans
        {
            public static ChipPlan Swapped() => new ChipPlan(2030, {|AIR0012:2025|});
            public static ChipPlan Right() => new ChipPlan(2025, 2030);
        }
        """);
    // AIR0012.md: a primary constructor's body includes "its base type's arguments"; a derived class that passes its own
    // parameters on to a base class's primary constructor that passes them on as the years forwards them too
    [Fact]
    public Task Primary_constructor_forwarding_through_a_base_class_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        using AiRace.Core.Policy;
        class ChipPlan(int baseline, int goal)
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class ChinaPlan(int b, int g) : ChipPlan(b, g);
        sealed class LaterPlan(int b) : ChipPlan(b + 5, 2026);
        sealed class ClassicPlan : ChipPlan
        {
            public ClassicPlan(int from, int to) : base(from, to) { }
        }
        static class Plans
        {
            public static ChipPlan Swapped() => new ChinaPlan(2030, {|AIR0012:2025|});
            public static ChipPlan Late() => new LaterPlan({|AIR0012:2025|});
            public static ChipPlan Classic() => new ClassicPlan(2030, {|AIR0012:2025|});
            public static ChipPlan Right() => new ChinaPlan(2025, 2030);
        }
        """);

    // AIR0012.md: a call after a check on the method's year parameters that throws is in a branch ("the branch taken
    // depends on the years"); a throw expression on the years is such a check
    [Fact]
    public Task Years_checked_by_a_throw_expression_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Policy;
        sealed class ChipPlan(int baseline, int goal)
        {
            private readonly int _checked = goal > baseline ? 0 : throw new ArgumentException("goal before baseline");
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class OrderedPlan(int baseline, int goal)
        {
            public int GoalYear { get; } = goal >= baseline ? goal : throw new ArgumentOutOfRangeException(nameof(goal));
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class ClassicPlan
        {
            public ClassicPlan(int baseline, int goal)
            {
                GoalYear = goal >= baseline ? goal : throw new ArgumentOutOfRangeException(nameof(goal));
                Goal = new Target("t-chips", "chip-share", "CN", null, baseline, MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
            }

            public int GoalYear { get; }
            public Target Goal { get; }
        }
        static class Plans
        {
            static Target ChipShare(int from, int to)
            {
                _ = to > from ? 0 : throw new ArgumentException("goal before baseline");
                return new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
            }

            public static Target Checked() => ChipShare(2030, 2025);
            public static ChipPlan Plan() => new ChipPlan(2030, 2025);
            public static OrderedPlan Ordered() => new OrderedPlan(2030, 2025);
            public static ClassicPlan Classic() => new ClassicPlan(2030, 2025);
        }
        """);

    // the twin: a throw expression on something other than the years guards nothing
    [Fact]
    public Task Throw_expression_not_on_the_years_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Policy;
        sealed class ChipPlan(string id, int baseline, int goal)
        {
            public string Id { get; } = id ?? throw new ArgumentNullException(nameof(id));
            private readonly int _checked = id.Length > 0 ? 0 : throw new ArgumentException("empty id");
            public Target Goal { get; } = new Target(id, "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        static class Plans
        {
            static Target ChipShare(string id, int from, int to)
            {
                _ = id.Length > 0 ? 0 : throw new ArgumentException("empty id");
                return new Target(id, "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
            }

            public static Target Swapped() => ChipShare("t", 2030, {|AIR0012:2025|});
            public static ChipPlan Plan() => new ChipPlan("t", 2030, {|AIR0012:2025|});
        }
        """);
    // AIR0012.md: a check of the years that throws makes the branch depend on the years; a constructor that passes its
    // years on to a base constructor and checks them in its body never hands out the reversed plan
    [Fact]
    public Task Base_forwarding_checked_in_the_constructor_body_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class ChipPlan(int baseline, int goal)
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class CheckedPlan : ChipPlan
        {
            public CheckedPlan(int from, int to) : base(from, to)
            {
                if (to < from)
                {
                    throw new ArgumentOutOfRangeException(nameof(to));
                }
            }
        }
        sealed class GuardedPlan : ChipPlan
        {
            public GuardedPlan(int from, int to) : base(from, to) => _ = to >= from ? 0 : throw new ArgumentOutOfRangeException(nameof(to));
        }
        static class Plans
        {
            public static ChipPlan Checked() => new CheckedPlan(2030, 2025);
            public static ChipPlan Guarded() => new GuardedPlan(2030, 2025);
        }
        """);

    // Promise (AIR0012.md: a constructor passing its years to a base constructor is not followed when it "throws on a
    // check of the years anywhere in its body"): ArgumentOutOfRangeException.ThrowIfLessThan(to, from) is that check; in a
    // plain method a throw helper on the years makes the call after it depend on them.
    [Fact]
    public Task Base_forwarding_checked_by_a_throw_helper_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class ChipPlan(int baseline, int goal)
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class CheckedPlan : ChipPlan
        {
            public CheckedPlan(int from, int to) : base(from, to)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
            }
        }
        static class Plans
        {
            static Target ChipShare(int from, int to)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
                return new Target("t-chips", "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
            }

            public static ChipPlan Checked() => new CheckedPlan(2030, 2025);
            public static Target Helped() => ChipShare(2030, 2025);
        }
        """);

    // the twin: a throw helper on something other than the years guards nothing
    [Fact]
    public Task Throw_helper_not_on_the_years_Reports() => Verify.Diagnostics("""
        using System;
        using AiRace.Core;
        using AiRace.Core.Policy;
        class ChipPlan(int baseline, int goal)
        {
            public Target Goal { get; } = new Target("t-chips", "chip-share", "CN", null, baseline,
                MetricValue.Of(Share.FromPercent(70m)), goal, TargetKind.OfficialTarget, null, null, []);
        }
        sealed class ScaledPlan : ChipPlan
        {
            public ScaledPlan(string id, int from, int to) : base(from, to)
            {
                ArgumentException.ThrowIfNullOrEmpty(id);
            }
        }
        static class Plans
        {
            static Target ChipShare(string id, int from, int to)
            {
                ArgumentException.ThrowIfNullOrEmpty(id);
                return new Target(id, "chip-share", "CN", null, from, MetricValue.Of(Share.FromPercent(70m)), to, TargetKind.OfficialTarget, null, null, []);
            }

            public static ChipPlan Scaled() => new ScaledPlan("t", 2030, {|AIR0012:2025|});
            public static Target Helped() => ChipShare("t", 2030, {|AIR0012:2025|});
        }
        """);

    // AIR0012.md: a method that passes its year parameters on to a method of the code that passes them on to Target is
    // followed too, through up to four methods or constructors (a void method that stores the Target included)
    [Fact]
    public Task Years_passed_on_through_more_than_one_method_Reports() => Verify.Diagnostics(TargetUsings + """

        public sealed class ChipPlan(int from, int to)
        {
            public Target Goal { get; } = Targets.ChipShare("p", from, to);
        }

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target ChipShare(string id, int from, int to) =>
                new(id, "chip-share", "CN", null, from, Share70, to, TargetKind.OfficialTarget, null, null, []);

            public static Target Reversed(int from, int to) => ChipShare("r", to, from);

            public static Target Shifted(int start) => Reversed(start, start + 5);

            public static Target Outer(int start) => Shifted(start - 1);

            public static void Register(List<Target> all, int from, int to) => all.Add(ChipShare("x", from, to));

            public static ChipPlan Plan(int from, int to) => new ChipPlan(from, to);

            public static void Print(int from, int to) => System.Console.WriteLine(ChipShare("x", from, to).Id);

            public static void Use(List<Target> all)
            {
                Reversed({|AIR0012:2025|}, 2030);
                Shifted({|AIR0012:2030|});
                Outer({|AIR0012:2030|});
                Register(all, 2030, {|AIR0012:2025|});
                Plan(2030, {|AIR0012:2025|});
                Print(2030, {|AIR0012:2025|});
            }
        }
        """);

    // the twins: in order, through a middle method that orders, changes or guards the years, recursion without a Target,
    // and a chain deeper than the bound (unknown: silent)
    [Fact]
    public Task Years_passed_on_through_methods_in_order_guarded_or_too_deep_DoesNotReport() => Verify.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target ChipShare(string id, int from, int to) =>
                new(id, "chip-share", "CN", null, from, Share70, to, TargetKind.OfficialTarget, null, null, []);

            public static Target Ordered(int a, int b) => a <= b ? ChipShare("o", a, b) : ChipShare("o", b, a);

            public static Target Normalised(int from, int to)
            {
                if (to < from)
                {
                    (from, to) = (to, from);
                }

                return ChipShare("n", from, to);
            }

            public static Target Checked(int from, int to)
            {
                System.ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
                return ChipShare("c", from, to);
            }

            public static Target Via(int from, int to) => Ordered(from, to);

            public static int Ping(int a, int b) => Pong(b, a);

            public static int Pong(int a, int b) => Ping(b, a);

            public static Target D1(int from, int to) => ChipShare("d", from, to);
            public static Target D2(int from, int to) => D1(from, to);
            public static Target D3(int from, int to) => D2(from, to);
            public static Target D4(int from, int to) => D3(from, to);
            public static Target D5(int from, int to) => D4(from, to);

            public static void Use()
            {
                ChipShare("a", 2025, 2030);
                Ordered(2030, 2025);
                Normalised(2030, 2025);
                Checked(2030, 2025);
                Via(2030, 2025);
                Ping(2030, 2025);
                D5(2030, 2025);
            }
        }
        """);

    // AIR0012.md: a year is what Target takes for one, 1 to 9999: a value outside that range fails Target's range check
    // instead, so the rule says nothing of it; a small number inside it is a year to Target (and the goal before the
    // baseline is what Target throws for)
    [Fact]
    public Task Value_outside_the_years_Target_takes_DoesNotReport() => Verify.NoDiagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Zero() => new("z", "chip-share", "CN", Share70, 2025, Share70, 0, TargetKind.Pledge, null, null, []);
            public static Target Negative() => new("n", "chip-share", "CN", Share70, 2025, Share70, -5, TargetKind.Pledge, null, null, []);
            public static Target Typo() => new("t", "chip-share", "CN", Share70, 20250, Share70, 2030, TargetKind.Pledge, null, null, []);

            public static Target Span(int from, int years) =>
                new("s", "chip-share", "CN", Share70, from, Share70, from + years, TargetKind.Pledge, null, null, []);

            public static void Use() => Span(2030, -5);
        }
        """);

    [Fact]
    public Task Small_number_given_as_the_goal_year_Reports() => Verify.Diagnostics(TargetUsings + """

        public static class Targets
        {
            private static readonly MetricValue Share70 = MetricValue.Of(Share.FromPercent(70m));

            public static Target Count() => new("c", "chip-share", "CN", Share70, 2025, Share70, {|AIR0012:5|}, TargetKind.Pledge, null, null, []);
            public static Target Edge() => new("e", "chip-share", "CN", Share70, 9999, Share70, {|AIR0012:1|}, TargetKind.Pledge, null, null, []);
        }
        """);
}
