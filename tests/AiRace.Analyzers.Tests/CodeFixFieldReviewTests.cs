using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The code fixes as a team uses them (issue 12 §4): every fix keeps the code compiling and meaning what it meant,
/// <c>dotnet format analyzers --diagnostics A B C</c> applies every rule's fixes in one run (a second run finds nothing
/// left that a fix is offered for), and Fix All in document and project scope works whatever the first finding is.
/// </summary>
public class CodeFixFieldReviewTests
{
    /// <summary>Every provider of the package, in the order of their rules.</summary>
    private static readonly CodeFixProvider[] Providers =
    {
        new MoneyFromFloatingPointCodeFixProvider(), new UnknownCurrencyCodeCodeFixProvider(), new UnitStrippingCodeFixProvider(),
        new PercentScaleCodeFixProvider(), new PercentagePointsCodeFixProvider(), new MixedCurrencySumCodeFixProvider(),
        new RoundingWithoutModeCodeFixProvider(), new MagnitudeDoubleScalingCodeFixProvider(),
    };

    // AIR0009 fix: the MidpointRounding it adds after named arguments is named 'mode', a parameter that
    // Math.Round(double a) has no overload with: the fixed code must compile (or no fix be offered)
    [Fact]
    public async Task Rounding_fix_after_a_named_argument_compiles()
    {
        string source = """
            using System;
            using AiRace.Core;
            class C
            {
                double Whole(Money m) => Math.Round(a: (double)m.Amount);
            }
            """;

        foreach (var (title, text) in await ActionsAsync(new RoundingWithoutModeCodeFixProvider(), source))
        {
            (await ErrorsAsync(text)).Should().BeEmpty($"the fix '{title}' must produce code that compiles:\n{text}");
        }
    }

    // dotnet format runs each rule's Fix All once: three amounts added or subtracted in one expression must come out
    // fixed in that run, not leave '(a - b).Amount - c.Amount' for a second run to find
    [Theory]
    [InlineData("a.Amount - b.Amount - c.Amount")]
    [InlineData("a.Amount + b.Amount + c.Amount")]
    [InlineData("a.Amount - b.Amount > c.Amount")]
    [InlineData("a.Amount + b.Amount == c.Amount")]
    [InlineData("(a.Amount - b.Amount) / c.Amount")]
    [InlineData("a.Amount - b.Amount > c.Amount - d.Amount")]
    [InlineData("a.Amount /* gross */ - b.Amount // net\n - c.Amount")]
    [InlineData("Math.Round(a.Amount + b.Amount + c.Amount, 2)")]
    [InlineData("d.Amount - (a.Amount - b.Amount)")]
    [InlineData("(a.Amount + b.Amount) - (c.Amount + d.Amount)")]
    [InlineData("s.Percent - t.Percent - u.Percent")]
    [InlineData("a.Amount.CompareTo(b.Amount) + c.Amount.CompareTo(d.Amount)")]
    [InlineData("Math.Round(Math.Round(a.Amount, 4), 2)")]
    [InlineData("Math.Round(a.Amount * (decimal)0.1, 2)")]
    [InlineData("a.Amount + b.Amount > new[] { c, d }.First(x => x.Amount.Equals(c.Amount)).Amount")]
    [InlineData("new[] { c, d }.Where(x => x.Amount > c.Amount).Sum(x => x.Amount) + a.Amount - b.Amount")]
    public async Task One_format_run_leaves_no_amount_arithmetic_to_fix(string expression)
    {
        string source = $$"""
            using System;
            using System.Linq;
            using AiRace.Core;
            class C
            {
                object Of(Money a, Money b, Money c, Money d, Share s, Share t, Share u) => {{expression}};
            }
            """;

        string once = await FormatRunAsync(source);
        (await ErrorsAsync(once)).Should().BeEmpty(once);
        (await FixableAsync(once)).Should().BeEmpty($"one run of every rule's Fix All leaves nothing to fix:\n{once}");
    }

    // a document with findings of every rule that has a fix, the first of them (AIR0011, AIR0002 of a variable) having
    // none in Fix All: one run applies every other fix, compiles, leaves the scaled figures as written, and a second
    // run finds nothing left to fix
    [Fact]
    public async Task One_format_run_over_every_rule_fixes_all_and_keeps_the_figures()
    {
        string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class C
            {
                static readonly Money Capex = Money.Millions(600_000_000m, Currency.USD);
                static readonly List<Money> Yuan = new() { Money.Cny(1m), Money.Cny(2m) };
                object[] All(double measured, Money a, Money b, Share now, Share then) => new object[]
                {
                    Money.Of((decimal)measured, Currency.USD),
                    Money.Of((decimal)0.1, Currency.USD),
                    Currency.FromCode("RMB"),
                    Math.Round(a.Amount / b.Amount * 100m, 1),
                    Share.FromPercent(0.55m),
                    now.Percent - then.Percent,
                    Yuan.Sum(m => m.Amount),
                    Math.Round(a.Amount + b.Amount, 2),
                    Money.Scaled(45_000_000_000m, Magnitude.Millions, Currency.JPY),
                };
            }
            """;

        string once = await FormatRunAsync(source);
        (await ErrorsAsync(once)).Should().BeEmpty(once);
        once.Should().Contain("Money.Millions(600_000_000m, Currency.USD)").And.Contain("Money.Scaled(45_000_000_000m, Magnitude.Millions, Currency.JPY)");
        once.Should().Contain("Money.Of(0.1m, Currency.USD)").And.Contain("Currency.FromCode(\"CNY\")").And.Contain("Math.Round(a / b * 100m, 1)")
            .And.Contain("Share.FromFraction(0.55m)").And.Contain("(now - then).Value").And.Contain("Yuan.Sum(Currency.CNY).Amount")
            .And.Contain("Math.Round((a + b).Amount, 2, MidpointRounding.ToEven)");
        (await FixableAsync(once)).Where(f => !f.StartsWith("AIR0011", System.StringComparison.Ordinal)).Should().BeEmpty($"a second run finds nothing left to fix:\n{once}");
    }

    // the brief of issue 12 §4 through the testing library: Fix All in document and project scope, the first finding
    // of the document having no fix (an amount from a double variable), with the key of the fix the others offer
    [Fact]
    public async Task Fix_all_in_document_and_project_scope_passes_over_a_first_finding_without_a_fix()
    {
        var test = new CSharpCodeFixTest<AiRaceAnalyzer, MoneyFromFloatingPointCodeFixProvider, DefaultVerifier>
        {
            CodeActionEquivalenceKey = nameof(MoneyFromFloatingPointCodeFixProvider),
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
            NumberOfIncrementalIterations = 2,
        };
        TestReferences.Apply(test.TestState, """
            using AiRace.Core;
            class C
            {
                Money[] All(double measured) => new[]
                {
                    Money.Of({|AIR0002:(decimal)measured|}, Currency.USD),
                    Money.Of({|AIR0002:(decimal)0.1|}, Currency.USD),
                    Money.Of({|AIR0002:(decimal)2.5|}, Currency.CNY),
                };
            }
            """);
        test.FixedState.Sources.Add("""
            using AiRace.Core;
            class C
            {
                Money[] All(double measured) => new[]
                {
                    Money.Of({|AIR0002:(decimal)measured|}, Currency.USD),
                    Money.Of(0.1m, Currency.USD),
                    Money.Of(2.5m, Currency.CNY),
                };
            }
            """);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.FixedState.ReferenceAssemblies = TestReferences.None;
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.OutputKind = test.TestState.OutputKind;
        test.DisabledDiagnostics.AddRange(new AiRaceAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => id != RuleIds.MoneyFromFloatingPoint).Distinct());
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>The titles and fixed texts of the actions offered for the first finding a provider fixes.</summary>
    private static async Task<IReadOnlyList<(string Title, string Text)>> ActionsAsync(CodeFixProvider provider, string source)
    {
        var (document, diagnostics) = await AnalyzeAsync(source);
        var result = new List<(string, string)>();
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).Take(1))
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            foreach (var action in actions)
            {
                result.Add((action.Title, await ApplyAsync(document, action)));
            }
        }

        return result;
    }

    /// <summary>
    /// One run of <c>dotnet format analyzers</c> over every rule that has a fix: each provider's Fix All in turn, with the
    /// equivalence key of the first action of the first finding of the document (of any rule), over the findings of its
    /// rules in the text as the previous provider left it.
    /// </summary>
    private static async Task<string> FormatRunAsync(string source)
    {
        string text = source;
        foreach (var provider in Providers)
        {
            var fixAll = provider.GetFixAllProvider();
            if (fixAll is null)
            {
                continue;
            }

            var (document, diagnostics) = await AnalyzeAsync(text);
            var own = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
            if (own.IsEmpty)
            {
                continue;
            }

            string? key = null;
            if (diagnostics.FirstOrDefault() is { } first)
            {
                CodeAction? action = null;
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
                key = action?.EquivalenceKey;
            }

            var context = new FixAllContext(document, provider, FixAllScope.Document, key!, provider.FixableDiagnosticIds, new FixRunner.Provider(own), CancellationToken.None);
            if (await fixAll.GetFixAsync(context) is { } fix)
            {
                text = await ApplyAsync(document, fix);
            }
        }

        return text;
    }

    /// <summary>The findings of the text that a provider offers a fix for, as <c>id: reported text</c>.</summary>
    private static async Task<IReadOnlyList<string>> FixableAsync(string source)
    {
        var (document, diagnostics) = await AnalyzeAsync(source);
        var text = await document.GetTextAsync();
        var fixable = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                int offered = 0;
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (_, _) => offered++, CancellationToken.None));
                if (offered > 0)
                {
                    fixable.Add(diagnostic.Id + ": " + text.ToString(diagnostic.Location.SourceSpan));
                }
            }
        }

        return fixable;
    }

    private static async Task<string> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    private static async Task<IReadOnlyList<string>> ErrorsAsync(string source)
    {
        var (document, _) = await AnalyzeAsync(source);
        var compilation = (await document.Project.GetCompilationAsync())!;
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }

    private static Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(string source) =>
        FixRunner.AnalyzeAsync(source, nullable: true);
}
