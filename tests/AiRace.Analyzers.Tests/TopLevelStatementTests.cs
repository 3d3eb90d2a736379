using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Top-level code is analyzed as a method's body is: a program's top-level statements, and a script's (<c>.csx</c>)
/// statements, which the compiler hands to no operation action of an analyzer (only a script's variables, which are
/// fields of the script, get them), so the analyzer reads them itself.
/// </summary>
public class TopLevelStatementTests
{
    // the same statements as a script and as a program's top-level statements; the last one is the script's result
    private const string Statements = """
        using System;
        using AiRace.Core;
        var price = Money.Usd(2.5m);
        Money.Usd((decimal)0.1);
        Math.Round(price.Amount, 2);
        Currency.FromCode("RMB");
        if (price > Money.Usd(1m))
        {
            Console.WriteLine(Money.Cny(1m) + Money.Usd(1m));
        }

        foreach (var d in new[] { 0.5 })
        {
            Console.WriteLine(Money.Eur((decimal)d));
        }

        Func<double, Money> f = x => Money.Eur((decimal)x);
        Console.WriteLine(f(1.5));
        """;

    private static readonly string[] Expected =
    [
        "AIR0002 4:11",
        "AIR0009 5:1",
        "AIR0003 6:19",
        "AIR0001 9:23",
        "AIR0002 14:33",
        "AIR0002 17:40",
    ];

    private static async Task<(string[] Air, string[] Errors)> Analyze(string source, SourceCodeKind kind)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: kind), kind == SourceCodeKind.Script ? "Script.csx" : "Program.cs");
        Compilation compilation = kind == SourceCodeKind.Script
            ? CSharpCompilation.CreateScriptCompilation("Script", tree, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            : CSharpCompilation.Create("Program", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var analysis = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception.ToString()), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await analysis.GetAllDiagnosticsAsync(CancellationToken.None);
        exceptions.Should().BeEmpty();
        var air = diagnostics.Where(d => d.Id.StartsWith("AIR", System.StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}")
            .ToArray();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("AIR", System.StringComparison.Ordinal)).Select(d => d.ToString()).ToArray();
        return (air, errors);
    }

    [Fact]
    public async Task Program_top_level_statements_Reports()
    {
        var (air, errors) = await Analyze(Statements, SourceCodeKind.Regular);
        errors.Should().BeEmpty();
        air.Should().Equal(Expected);
    }

    // each statement of a script is reported as the program's are, once (a script's variable, a field of the script, is
    // analyzed by the compiler's own actions and not again)
    [Fact]
    public async Task Script_statements_Reports()
    {
        var (air, errors) = await Analyze(Statements, SourceCodeKind.Script);
        errors.Should().BeEmpty();
        air.Should().Equal(Expected);
    }

    // a script's last expression, written without a semicolon, is its result: a statement too
    [Fact]
    public async Task Script_result_expression_Reports()
    {
        var (air, errors) = await Analyze("""
            using AiRace.Core;
            var yuan = Money.Cny(1m);
            yuan + Money.Usd(1m)
            """, SourceCodeKind.Script);
        errors.Should().BeEmpty();
        air.Should().Equal("AIR0001 3:1");
    }

    // a bare expression as a program's top-level statement is an error (CS0201), which the IDE shows while it is typed:
    // the rules still read it, as they read it in a method's body
    [Fact]
    public async Task Bare_expression_statement_in_a_program_Reports()
    {
        var (air, errors) = await Analyze("""
            using AiRace.Core;
            Money.Cny(1m) + Money.Usd(1m);
            """, SourceCodeKind.Regular);
        errors.Should().ContainSingle().Which.Should().Contain("CS0201");
        air.Should().Equal("AIR0001 2:1");
    }

    // a script with no rule's finding, a class of its own and an empty statement gives nothing and throws nothing
    [Fact]
    public async Task Script_without_findings_DoesNotReport()
    {
        var (air, errors) = await Analyze("""
            using AiRace.Core;
            class Ledger { public Money Total(Money a, Money b) => a + b; }
            ;
            var total = new Ledger().Total(Money.Cny(1m), Money.Cny(2m));
            System.Console.WriteLine(total + Money.Cny(3m));
            """, SourceCodeKind.Script);
        errors.Should().BeEmpty();
        air.Should().BeEmpty();
    }
}
