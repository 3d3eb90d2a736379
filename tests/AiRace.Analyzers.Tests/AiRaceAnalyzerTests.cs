using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers.Tests;

/// <summary>The host analyzer runs exactly the rules, with exactly their results, and leaves out rules that are switched off.</summary>
public class AiRaceAnalyzerTests
{
    /// <summary>One violation of each rule (and some clean code), so every rule has something to report.</summary>
    private const string Violations = """
        using System;
        using System.Linq;
        using AiRace.Core;
        public class Budget
        {
            public decimal Subsidy;
            public Money Mixed() => Money.Cny(1m) + Money.Usd(1m);
            public Money FromDouble(double d) => Money.Usd((decimal)d);
            public Currency Code() => Currency.FromCode("RMB");
            public bool Stripped(Money a, Money b) => a.Amount > b.Amount;
            public Share Scale() => Share.FromPercent(0.5m);
            public Share Range() => Share.FromPercent(150m);
            public decimal Points(Share a, Share b) => a.Percent - b.Percent;
            public decimal Sum(Money[] all) => all.Sum(m => m.Amount);
            public decimal Rounded(Money m) => Math.Round(m.Amount, 2);
            public Money Scaled() => Money.Millions(600_000_000m, Currency.CNY);
            public void Clean() { var ok = Money.Usd(1m) + Money.Usd(2m); }
        }
        """;

    [Fact]
    public void The_host_runs_every_rule_analyzer_of_the_assembly_once_and_only_the_host_is_loaded_by_the_compiler()
    {
        var analyzerTypes = typeof(AiRaceAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .ToList();
        var ruleTypes = AiRaceAnalyzer.Rules.Select(r => r.GetType()).ToList();

        ruleTypes.Should().OnlyHaveUniqueItems();
        ruleTypes.Should().BeEquivalentTo(analyzerTypes.Where(t => t != typeof(AiRaceAnalyzer)));
        analyzerTypes.Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Should().Equal(typeof(AiRaceAnalyzer));
        new AiRaceAnalyzer().SupportedDiagnostics.Select(d => d.Id)
            .Should().BeEquivalentTo(AiRaceAnalyzer.Rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id));
    }

    [Fact]
    public async Task The_host_reports_exactly_what_the_rules_report_one_by_one()
    {
        var compilation = Compile(Violations, specific: null);
        var byHost = await DiagnosticsAsync(compilation, new AiRaceAnalyzer());
        var byRules = new List<string>();
        foreach (var rule in AiRaceAnalyzer.Rules)
        {
            byRules.AddRange(await DiagnosticsAsync(compilation, rule));
        }

        byHost.Should().BeEquivalentTo(byRules);
        byHost.Select(d => d.Split(' ')[0]).Distinct().Should().HaveCountGreaterThanOrEqualTo(11, "nearly every rule has a violation to report: " + string.Join(", ", byHost));
    }

    [Fact]
    public async Task A_rule_switched_off_for_the_compilation_is_left_out_and_the_others_still_run()
    {
        var off = new Dictionary<string, ReportDiagnostic> { ["AIR0001"] = ReportDiagnostic.Suppress };
        var compilation = Compile(Violations, off);

        var rule = AiRaceAnalyzer.Rules.OfType<CurrencyMismatchAnalyzer>().Single();
        Registrations(rule).IsSwitchedOff(compilation, CancellationToken.None).Should().BeTrue();
        Registrations(AiRaceAnalyzer.Rules.OfType<UnitStrippingAnalyzer>().Single()).IsSwitchedOff(compilation, CancellationToken.None).Should().BeFalse();
        Registrations(rule).IsSwitchedOff(Compile(Violations, specific: null), CancellationToken.None).Should().BeFalse();

        var reported = await DiagnosticsAsync(compilation, new AiRaceAnalyzer());
        reported.Should().NotContain(d => d.StartsWith("AIR0001", StringComparison.Ordinal));
        reported.Should().Contain(d => d.StartsWith("AIR0004", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_is_switched_off_only_when_all_its_diagnostics_are()
    {
        var percentScale = Registrations(AiRaceAnalyzer.Rules.OfType<PercentScaleAnalyzer>().Single());
        var oneOff = new Dictionary<string, ReportDiagnostic> { ["AIR0005"] = ReportDiagnostic.Suppress };
        var bothOff = new Dictionary<string, ReportDiagnostic> { ["AIR0005"] = ReportDiagnostic.Suppress, ["AIR0013"] = ReportDiagnostic.Suppress };

        percentScale.IsSwitchedOff(Compile(Violations, oneOff), CancellationToken.None).Should().BeFalse();
        percentScale.IsSwitchedOff(Compile(Violations, bothOff), CancellationToken.None).Should().BeTrue();
    }

    private static RuleRegistrations Registrations(DiagnosticAnalyzer rule) => RuleRegistrations.Of(rule, new NoHost());

    private static CSharpCompilation Compile(string source, Dictionary<string, ReportDiagnostic>? specific)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (specific is not null)
        {
            options = options.WithSpecificDiagnosticOptions(specific);
        }

        return CSharpCompilation.Create(
            "Host",
            new[] { CSharpSyntaxTree.ParseText(source, path: "Budget.cs") },
            TestReferences.All,
            options);
    }

    private static async Task<List<string>> DiagnosticsAsync(Compilation compilation, DiagnosticAnalyzer analyzer)
    {
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        diagnostics.Should().NotContain(d => d.Id == "AD0001");
        return diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Span}").ToList();
    }

    /// <summary>A compiler context that takes nothing: rules in these tests only register what the host collects.</summary>
    private sealed class NoHost : AnalysisContext
    {
        public override void EnableConcurrentExecution() { }
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => throw new NotSupportedException();
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw new NotSupportedException();
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw new NotSupportedException();
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw new NotSupportedException();
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw new NotSupportedException();
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => throw new NotSupportedException();
        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw new NotSupportedException();
        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw new NotSupportedException();
    }
}
