using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.PercentScaleRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>AIR0013, the error half of rule 5, reported by <see cref="PercentScaleRule"/>.</summary>
public class ShareOutOfRangeTests
{
    [Fact]
    public Task Percent_above_hundred_and_below_zero_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.FromPercent({|AIR0013:100.5m|});
                var b = Share.FromPercent({|AIR0013:-0.5m|});
                var c = Share.FromPercent({|AIR0013:1_000|});
            }
        }
        """);

    [Fact]
    public Task Fraction_above_hundred_percent_scale_and_negative_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            private const decimal Big = 101m;
            void M()
            {
                var a = Share.FromFraction({|AIR0013:Big|});
                var b = Share.FromFraction({|AIR0013:-1|});
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
            void M(int[] xs)
            {
                Func<Share> f = () => Share.FromPercent({|AIR0013:120m|});
                var q = from x in xs select Share.FromFraction({|AIR0013:-0.2m|});
                Share Local() => Share.FromPercent({|AIR0013:-1m|});
            }
        }
        """);

    [Fact]
    public Task Top_level_statements_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        var share = Share.FromPercent({|AIR0013:110m|});
        System.Console.WriteLine(share.Percent);
        """);

    [Fact]
    public Task Records_generics_null_conditional_and_patterns_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        record Market(string Name)
        {
            public Share Top { get; } = Share.FromPercent({|AIR0013:140m|});
        }
        class Box<T>
        {
            public Share? Pick(Market? m, object o) => o is int ? Share.FromFraction({|AIR0013:500m|}) : m?.Top;
        }
        """);

    [Fact]
    public Task Boundaries_zero_and_hundred_percent_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.FromPercent(0m);
                var b = Share.FromPercent(100m);
                var c = Share.FromFraction(0m);
                var d = Share.FromFraction(1m);
            }
        }
        """);

    [Fact]
    public Task Ratios_above_one_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Ratio.Of(1.3m);
                var b = Ratio.Of(250m);
                var c = Ratio.Of(-0.5m);
            }
        }
        """);

    [Fact]
    public Task Values_known_only_at_run_time_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(decimal p, int n)
            {
                var a = Share.FromPercent(p * 150m);
                var b = Share.FromFraction(n - 5);
            }
        }
        """);

    [Fact]
    public Task Lambdas_linq_query_and_local_functions_in_range_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using System.Linq;
        using AiRace.Core;
        class C
        {
            void M(int[] xs)
            {
                Func<Share> f = () => Share.FromPercent(99.9m);
                var q = from x in xs select Share.FromFraction(0.2m);
                Share Local() => Share.FromPercent(12m);
            }
        }
        """);

    [Fact]
    public Task Top_level_records_null_conditional_and_patterns_in_range_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        Market? m = new("AI chips");
        if (m is { Name.Length: > 0 }) { System.Console.WriteLine(m?.Top.Percent); }
        record Market(string Name)
        {
            public Share Top { get; } = Share.FromPercent(55m);
        }
        """);

    [Fact]
    public Task Parse_text_try_factory_and_locals_out_of_range_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class C
        {
            void M()
            {
                var a = Share.Parse({|AIR0013:"150%"|});
                var b = Share.Parse({|AIR0013:"-5 %"|});
                var ok = Share.TryFromPercent({|AIR0013:250m|}, out var c);
                var percent = 120m;
                var d = Share.FromPercent({|AIR0013:percent|});
                const decimal Over = 150m;
                var e = Share.FromFraction({|AIR0013:Over|});
            }
        }
        """);

    [Fact]
    public Task Parse_text_in_range_or_not_a_percentage_DoesNotReport() => Verify.NoDiagnostics("""
        using AiRace.Core;
        class C
        {
            void M(string input)
            {
                var a = Share.Parse("100%");
                var b = Share.Parse("0%");
                var c = Share.Parse(input);
                var d = Ratio.Parse("150%");
                var ok = Share.TryFromPercent(100m, out var e);
            }
        }
        """);

    [Fact]
    public Task Fraction_message_gives_its_percent_even_beyond_what_a_decimal_holds_Reports() => Verify.Diagnostics(
        """
        using AiRace.Core;
        class Bounds
        {
            Share A() => Share.FromFraction({|#0:-0.5m|});
            Share B() => Share.FromFraction({|#1:100.5m|});
            Share C() => Share.FromFraction({|#2:decimal.MaxValue|});
            Share D() => Share.FromFraction({|#3:-792281625142643375935439503.35m|});
        }
        """,
        new DiagnosticResult(Descriptors.ShareOutOfRange).WithLocation(0).WithArguments("Share.FromFraction", "-0.5", "-50", ""),
        new DiagnosticResult(Descriptors.ShareOutOfRange).WithLocation(1).WithArguments("Share.FromFraction", "100.5", "10050", ""),
        new DiagnosticResult(Descriptors.ShareOutOfRange).WithLocation(2).WithArguments("Share.FromFraction", "79228162514264337593543950335", "7922816251426433759354395033500", ""),
        new DiagnosticResult(Descriptors.ShareOutOfRange).WithLocation(3).WithArguments("Share.FromFraction", "-792281625142643375935439503.35", "-79228162514264337593543950335", ""));

    [Fact]
    public Task Out_of_range_forms_Reports() => Verify.Diagnostics("""
        using AiRace.Core;
        class Goals
        {
            Share A()
            {
                var f = -0.1m;
                return Share.FromFraction({|AIR0013:f|});
            }

            Share B() => Share.Parse({|AIR0013:" 150 % "|});
            Share C()
            {
                var text = "120%";
                return Share.Parse({|AIR0013:text|});
            }

            bool D(out Share s) => Share.TryFromPercent({|AIR0013:-5m|}, out s);
            Share E() => Share.FromFraction({|AIR0013:100.5m|});
            Share F() => Share.FromPercent(percent: {|AIR0013:250|});
            bool G(out Share s) => Share.TryFromPercent({|AIR0005:0.5m|}, out s);
        }
        """);

    [Fact]
    public Task Extreme_constants_messages_no_crash() => Verify.Diagnostics("""
        using AiRace.Core;
        class Goals
        {
            Share A() => Share.FromFraction({|AIR0013:decimal.MaxValue|});
            Share B() => Share.FromFraction({|AIR0013:decimal.MinValue|});
            Share C() => Share.FromFraction({|AIR0013:-0.0000000000000000000000000001m|});
            Share D() => Share.FromPercent({|AIR0013:decimal.MaxValue|});
        }
        """);

    [Fact]
    public Task Parse_fraction_and_valid_texts_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Globalization;
        using AiRace.Core;
        class Goals
        {
            Share A() => Share.Parse("100%");
            Share B() => Share.Parse("0 %", CultureInfo.InvariantCulture);
            Share C() => Share.Parse("17.5%");
            bool D(out Share s) => Share.TryFromPercent(55m, out s);
        }
        """);


    [Fact]
    public Task Constant_arithmetic_and_casts_Reports() => Verify<PercentScaleRule>.Diagnostics("""
        using AiRace.Core;
        public static class Outliers
        {
            public static Share A() => Share.FromPercent({|AIR0013:100m + 0.5m|});
            public static Share B() => Share.FromFraction({|AIR0013:150|});
            public static Share C() => Share.FromPercent(checked({|AIR0013:(decimal)(-1)|}));
        }
        """);

    [Fact]
    public Task Negative_zero_and_edge_parse_DoesNotReport() => Verify<PercentScaleRule>.NoDiagnostics("""
        using AiRace.Core;
        public static class Edges
        {
            public static Share A() => Share.FromPercent(-0.0m);
            public static Share B() => Share.FromFraction(-0m);
            public static Share C() => Share.Parse("100.0%");
            public static Share D() => Share.Parse("0.0 %");
            public static Share E() => Share.FromPercent(100.000m);
        }
        """);

    [Fact]
    public Task Parse_and_try_factory_Reports() => Verify<PercentScaleRule>.Diagnostics("""
        using AiRace.Core;
        public static class Bad
        {
            public static Share A() => Share.Parse({|AIR0013:"100.5%"|});
            public static bool B(out Share s) => Share.TryFromPercent({|AIR0013:120m|}, out s);
        }
        """);

    [Fact]
    public Task Top_level_local_assigned_once_Reports() => Verify<PercentScaleRule>.Diagnostics("""
        using System;
        using AiRace.Core;

        var cap = 110m;
        var s = Share.FromPercent({|AIR0013:cap|});
        Console.WriteLine(s);
        """);
}
