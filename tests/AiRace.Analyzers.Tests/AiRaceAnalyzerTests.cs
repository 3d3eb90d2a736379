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

/// <summary>The one analyzer runs exactly the rules, with exactly their results, and leaves out rules that are switched off.</summary>
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
    public void The_one_analyzer_runs_every_rule_of_the_assembly_once_through_the_rule_contract()
    {
        var assembly = typeof(AiRaceAnalyzer).Assembly;
        var ruleTypes = assembly.GetTypes().Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t)).ToList();
        AiRaceAnalyzer.Rules.Select(r => r.GetType()).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(ruleTypes);

        // one real DiagnosticAnalyzer, and it is the one the compiler loads
        assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).Should().Equal(typeof(AiRaceAnalyzer));
        typeof(AiRaceAnalyzer).GetCustomAttribute<DiagnosticAnalyzerAttribute>()!.Languages.Should().Equal(LanguageNames.CSharp);
        new AiRaceAnalyzer().SupportedDiagnostics.Should().BeEquivalentTo(AiRaceAnalyzer.Rules.SelectMany(r => r.SupportedDiagnostics).Distinct());

        // every rule implements at least one hook, and a rule that hooks operations or symbols names their kinds
        foreach (var rule in AiRaceAnalyzer.Rules)
        {
            (rule is ICallRule || rule is IBinaryRule || rule is ICompoundAssignmentRule || rule is IOperationRule || rule is ISymbolRule)
                .Should().BeTrue(rule.GetType().Name + " must implement a hook");
            if (rule is IOperationRule operations)
            {
                operations.OperationKinds.Should().NotBeEmpty(rule.GetType().Name);
            }

            if (rule is ISymbolRule symbols)
            {
                symbols.SymbolKinds.Should().NotBeEmpty(rule.GetType().Name);
            }
        }
    }

    [Fact]
    public async Task All_rules_together_report_exactly_what_each_rule_reports_alone()
    {
        var compilation = Compile(Violations, specific: null);
        var together = await DiagnosticsAsync(compilation);
        var alone = new List<string>();
        foreach (var rule in AiRaceAnalyzer.Rules)
        {
            var own = rule.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
            var others = AiRaceAnalyzer.Rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Where(id => !own.Contains(id))
                .Distinct().ToDictionary(id => id, _ => ReportDiagnostic.Suppress);
            alone.AddRange(await DiagnosticsAsync(Compile(Violations, others)));
        }

        together.Should().BeEquivalentTo(alone);
        together.Select(d => d.Split(' ')[0]).Distinct().Should().HaveCountGreaterThanOrEqualTo(11, "nearly every rule has a violation to report: " + string.Join(", ", together));
    }

    [Fact]
    public async Task A_rule_switched_off_for_the_compilation_is_left_out_and_the_others_still_run()
    {
        var off = new Dictionary<string, ReportDiagnostic> { ["AIR0001"] = ReportDiagnostic.Suppress };
        var compilation = Compile(Violations, off);

        var rule = AiRaceAnalyzer.Rules.OfType<CurrencyMismatchRule>().Single();
        RuleSwitch.IsOff(rule, compilation, CancellationToken.None).Should().BeTrue();
        RuleSwitch.IsOff(AiRaceAnalyzer.Rules.OfType<UnitStrippingRule>().Single(), compilation, CancellationToken.None).Should().BeFalse();
        RuleSwitch.IsOff(rule, Compile(Violations, specific: null), CancellationToken.None).Should().BeFalse();

        var reported = await DiagnosticsAsync(compilation);
        reported.Should().NotContain(d => d.StartsWith("AIR0001", StringComparison.Ordinal));
        reported.Should().Contain(d => d.StartsWith("AIR0004", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_is_switched_off_only_when_all_its_diagnostics_are()
    {
        var percentScale = AiRaceAnalyzer.Rules.OfType<PercentScaleRule>().Single();
        var oneOff = new Dictionary<string, ReportDiagnostic> { ["AIR0005"] = ReportDiagnostic.Suppress };
        var bothOff = new Dictionary<string, ReportDiagnostic> { ["AIR0005"] = ReportDiagnostic.Suppress, ["AIR0013"] = ReportDiagnostic.Suppress };

        RuleSwitch.IsOff(percentScale, Compile(Violations, oneOff), CancellationToken.None).Should().BeFalse();
        RuleSwitch.IsOff(percentScale, Compile(Violations, bothOff), CancellationToken.None).Should().BeTrue();
    }

    [Fact]
    public async Task Additional_files_and_analyzer_options_are_no_problem_for_the_analyzer()
    {
        // the former host re-registered each rule through its own AnalysisContext subclass, whose unsupported registrations threw
        var compilation = Compile(Violations, specific: null);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new Text("budgets.csv", "region,amount\nnorth,1")));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer()), options).GetAllDiagnosticsAsync(CancellationToken.None);
        diagnostics.Should().NotContain(d => d.Id == "AD0001");
        diagnostics.Should().Contain(d => d.Id == "AIR0001");
    }

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

    private static async Task<List<string>> DiagnosticsAsync(Compilation compilation)
    {
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer())).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        diagnostics.Should().NotContain(d => d.Id == "AD0001");
        return diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Span}").ToList();
    }

    private sealed class Text : AdditionalText
    {
        private readonly string _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(_text);
    }
}
