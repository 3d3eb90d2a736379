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
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The code fixes' compile-and-meaning safety: forms where a fix once yielded code that did not compile (in some
/// configuration) or that meant something else than the code it replaced.
/// </summary>
public class FixedCodeCompilesTests
{
    // AIR0004 fix (UnitStrippingCodeFixProvider): "a fix never changes meaning and always produces code that compiles";
    // AIR0004.md: "keeping every comment and line break once, where it was"
    [Fact]
    public async Task Sum_across_an_if_region_still_compiles_with_the_other_symbol_defined()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                decimal Net(Money gross, Money tax) => gross.Amount
            #if INCLUSIVE
                    + tax.Amount
            #else
                    - tax.Amount
            #endif
                    ;
            }
            """);

        // today: "(gross\n#if INCLUSIVE\n + tax.Amount\n#else\n - tax).Amount\n#endif\n ;": with INCLUSIVE defined the
        // parenthesis opened before gross is never closed
        Errors(fixedText, "INCLUSIVE").Should().BeEmpty("the fixed code must compile in every configuration the original compiled in");
    }

    // AIR0006 fix (PercentagePointsCodeFixProvider): same promise, same shared trivia lifting (FixHelpers.Lift)
    [Fact]
    public async Task Percentage_points_across_an_if_region_still_compile_with_the_other_symbol_defined()
    {
        string fixedText = await FixRunner.FixAllAsync(new PercentagePointsCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                decimal Change(Share latest, Share baseline, Share revised) => latest.Percent
            #if REVISED
                    - revised.Percent
            #else
                    - baseline.Percent
            #endif
                    ;
            }
            """);

        Errors(fixedText, "REVISED").Should().BeEmpty("the fixed code must compile in every configuration the original compiled in");
    }

    // AIR0004 fix, method form (UnitStrippingCodeFixProvider.RegisterCall): "always produces code that compiles";
    // today the directives are moved before 'a.CompareTo(' and 'decimal.Compare(' is dropped, so with RESTATED
    // defined the body reads '=> restated.Amount, cap);'
    [Fact]
    public async Task Compare_with_an_if_region_in_its_arguments_still_compiles_with_the_other_symbol_defined()
    {
        string fixedText = await FixRunner.FixAllAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                int Order(Money spent, Money restated, Money cap) => decimal.Compare(
            #if RESTATED
                    restated.Amount,
            #else
                    spent.Amount,
            #endif
                    cap.Amount);
            }
            """);

        Errors(fixedText, "RESTATED").Should().BeEmpty("the fixed code must compile in every configuration the original compiled in");
    }

    // AIR0005 fix (PercentScaleCodeFixProvider XML docs): "so the fixed code compiles and means the number as written";
    // the rule reports s?.Fraction given to FromPercent, but the fix turns the whole call around, so the fallback 40
    // written as a percent becomes a fraction of 40 (4,000 %)
    [Fact]
    public async Task Coalesce_fallback_keeps_its_scale_when_the_factory_is_swapped()
    {
        string fixedText = await FixRunner.FixAllAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class C
            {
                Share Target(Share? announced) => Share.FromPercent(announced?.Fraction ?? 40m);
            }
            """);

        fixedText.Should().NotContain("Share.FromFraction(announced?.Fraction ?? 40m)", "40 was written as a percent: as a fraction it is 4,000 %");
    }

    // AIR0005 fix: "so the fixed code compiles"; under 'using static AiRace.Core.Share' the new simple name FromFraction
    // binds to the class's own FromFraction
    [Fact]
    public async Task Static_import_with_a_local_method_of_the_other_factory_name_still_compiles()
    {
        string fixedText = await FixRunner.FixAllAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            using static AiRace.Core.Share;
            class Targets
            {
                static Share FromFraction(double fraction) => Share.FromFraction((decimal)fraction);

                Share SelfSufficiency() => FromPercent(0.55m);
            }
            """);

        fixedText.Should().NotContain("FromPercent(0.55m)", "the finding has a fix");
        Errors(fixedText).Should().BeEmpty("the fix must produce code that compiles");
    }

    // AIR0011 fix (MagnitudeDoubleScalingCodeFixProvider): "a fix always produces code that compiles"; under
    // 'using static AiRace.Core.Money' the new simple name Of binds to the class's own Of
    [Fact]
    public async Task Static_import_with_a_local_Of_still_compiles_after_the_full_amount_reading()
    {
        string fixedText = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            using static AiRace.Core.Money;
            class Budget
            {
                static Money Of(decimal amount) => Money.Of(amount, Currency.CNY);

                Money Subsidy() => Millions(600_000_000m, Currency.CNY);
            }
            """, nameof(MagnitudeDoubleScalingCodeFixProvider) + ".Units");

        fixedText.Should().NotContain("Millions(600_000_000m", "the full-amount reading is offered");
        Errors(fixedText).Should().BeEmpty("the fix must produce code that compiles");
    }

    // AIR0009 fix (RoundingWithoutModeCodeFixProvider): "a fix always produces code that compiles"; the mode is written
    // as System.MidpointRounding, which inside namespace Contoso.Billing binds System to Contoso.System
    [Fact]
    public async Task Mode_is_named_so_it_binds_inside_a_namespace_with_its_own_System()
    {
        string fixedText = await FixRunner.FixAllAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;

            namespace Contoso.System.Diagnostics { class Probe { } }

            namespace Contoso.Billing
            {
                class Invoice
                {
                    decimal Cents(Money price) => Math.Round(price.Amount, 2);
                }
            }
            """);

        fixedText.Should().NotContain("Math.Round(price.Amount, 2)", "the finding has a fix");
        Errors(fixedText).Should().BeEmpty("the fix must produce code that compiles");
    }

    // AIR0011 fix: "a fix always produces code that compiles"; the new magnitude is written as AiRace.Core.Magnitude.X,
    // which inside namespace Contoso.AiRace.Reports binds AiRace to Contoso.AiRace
    [Fact]
    public async Task Magnitude_is_named_so_it_binds_inside_a_namespace_with_its_own_AiRace()
    {
        string fixedText = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;

            namespace Contoso.AiRace.Reports
            {
                class Budget
                {
                    Money Subsidy() => Money.Scaled(600_000_000m, Magnitude.Millions, Currency.CNY);
                }
            }
            """, nameof(MagnitudeDoubleScalingCodeFixProvider) + ".Units");

        fixedText.Should().NotContain("Magnitude.Millions", "the full-amount reading is offered");
        Errors(fixedText).Should().BeEmpty("the fix must produce code that compiles");
    }

    // AIR0007 fix (MixedCurrencySumCodeFixProvider): "always produces code that compiles"; its currency in scope must
    // "surely have a value" where the sum is, but a local function declared at the end of a method is called before
    // the local is assigned: 'reporting' is then read unassigned (CS0170)
    [Fact]
    public async Task Currency_local_assigned_after_the_call_of_a_local_function_is_not_used_in_it()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class Report
            {
                decimal Print(List<Money> grants)
                {
                    decimal total = Total();
                    Currency reporting = Currency.CNY;
                    Console.WriteLine($"{total} {reporting.Code}");
                    return total;

                    decimal Total() => grants.Sum(g => g.Amount);
                }
            }
            """);

        Errors(fixedText).Should().BeEmpty("the fix must produce code that compiles");
    }

    // AIR0007 fix: "always produces code that compiles"; the only Currency parameter in scope is an 'in' parameter (also
    // 'ref' or 'out'), which a lambda may not use, yet the fix writes it inside the Select lambda (CS1628)
    [Fact]
    public async Task Currency_in_parameter_is_not_used_inside_a_lambda()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class Order { public List<Money> Lines { get; } = new(); }
            class Report
            {
                List<decimal> Totals(List<Order> orders, in Currency currency) =>
                    orders.Select(o => o.Lines.Sum(l => l.Amount)).ToList();
            }
            """);

        Errors(fixedText).Should().BeEmpty("the fix must produce code that compiles");
    }

    // AIR0007 fix: "always produces code that compiles", as the other fixes that lift trivia (FixHelpers.Lift) promise
    // across an #if region; the selector's body with an #if region is rebuilt, and with GROSS defined it no longer compiles
    [Fact]
    public async Task Sum_selector_across_an_if_region_still_compiles_with_the_other_symbol_defined()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class Line { public Money Cost { get; init; } public Money Net { get; init; } }
            class Report
            {
                decimal Total(List<Line> lines, Currency reporting) => lines.Sum(l =>
            #if GROSS
                    l.Cost.Amount
            #else
                    l.Net.Amount
            #endif
                    );
            }
            """);

        Errors(fixedText, "GROSS").Should().BeEmpty("the fixed code must compile in every configuration the original compiled in");
    }

    // the twin: an #if region in the source, before the Sum's dot, is kept as written, so the fix is still offered
    [Fact]
    public async Task Sum_with_an_if_region_in_its_source_is_still_fixed()
    {
        string fixedText = await FixRunner.FixAllAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class Report
            {
                decimal Total(List<Money> lines, Currency reporting) => lines
            #if GROSS
                    .Where(m => m.Amount > 0m)
            #endif
                    .Sum(m => m.Amount);
            }
            """);

        fixedText.Should().Contain(".Sum(reporting).Amount", "the part rewritten holds no directive");
        Errors(fixedText, "GROSS").Should().BeEmpty("the fixed code must compile in every configuration the original compiled in");
    }

    /// <summary>The compiler errors of a consumer file, with the given preprocessor symbols defined.</summary>
    private static IReadOnlyList<string> Errors(string source, params string[] symbols)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(preprocessorSymbols: symbols));
        var compilation = CSharpCompilation.Create("Consumer", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }

    /// <summary>Applies the action with <paramref name="key"/> offered for the first finding the provider fixes; the source when none.</summary>
    private static async Task<string> ApplyAsync(CodeFixProvider provider, string source, string key)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(project.Id, "Consumer.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer())).GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First(d => provider.FixableDiagnosticIds.Contains(d.Id));
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        if (actions.FirstOrDefault(a => a.EquivalenceKey == key) is not { } chosen)
        {
            return source;
        }

        var operations = await chosen.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }
}
