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
/// The code fixes as a team meets them: each test asserts what a rule's doc page (or the fix's title) promises. The
/// harness applies a fix the way the IDE does (one action of one finding) or Fix All the way dotnet format does, then
/// compiles the result against the real AiRace.Core.
/// </summary>
public class CodeFixContractTests
{
    // ------------------------------------------------------------------ harness

    private static async Task<(Solution Solution, DocumentId[] Ids, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(params string[] sources)
    {
        var workspace = new AdhocWorkspace();
        bool topLevel = sources.Any(TestReferences.HasTopLevelStatements);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
            metadataReferences: TestReferences.All));
        var ids = new List<DocumentId>();
        for (int i = 0; i < sources.Length; i++)
        {
            var document = workspace.AddDocument(project.Id, "Consumer" + i + ".cs", SourceText.From(sources[i]));
            ids.Add(document.Id);
            project = document.Project;
        }

        var solution = workspace.CurrentSolution;
        var compilation = (await solution.GetProject(project.Id)!.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return (solution, ids.ToArray(), diagnostics.OrderBy(d => d.Location.SourceTree!.FilePath).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray());
    }

    private static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        return actions;
    }

    /// <summary>The titles offered for the <paramref name="index"/>th finding of the provider's rules.</summary>
    private static async Task<List<string>> TitlesAsync(CodeFixProvider provider, string source, int index = 0)
    {
        var (solution, ids, diagnostics) = await AnalyzeAsync(source);
        var diagnostic = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ElementAt(index);
        return (await ActionsAsync(provider, solution.GetDocument(ids[0])!, diagnostic)).Select(a => a.Title).ToList();
    }

    /// <summary>Applies action <paramref name="action"/> of the <paramref name="index"/>th finding as the IDE does; the source unchanged when no action is offered.</summary>
    private static async Task<string> ApplyAsync(CodeFixProvider provider, string source, int index = 0, int action = 0)
    {
        var (solution, ids, diagnostics) = await AnalyzeAsync(source);
        var document = solution.GetDocument(ids[0])!;
        var own = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToList();
        own.Count.Should().BeGreaterThan(index, "the rule must report the test's code");
        var actions = await ActionsAsync(provider, document, own[index]);
        if (actions.Count <= action)
        {
            return source;
        }

        var operations = await actions[action].GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    private static async Task<int> ActionCountAsync(CodeFixProvider provider, string source, int index = 0)
        => (await TitlesAsync(provider, source, index)).Count;

    /// <summary>Fix All over a scope, with the given key (null: as dotnet format with a first finding offering none).</summary>
    private static async Task<string[]> FixAllAsync(CodeFixProvider provider, FixAllScope scope, string? key, params string[] sources)
    {
        var (solution, ids, diagnostics) = await AnalyzeAsync(sources);
        var document = solution.GetDocument(ids[0])!;
        var fixAll = provider.GetFixAllProvider();
        fixAll.Should().NotBeNull();
        var diagnosticProvider = new PerDocument(diagnostics);
        var context = scope == FixAllScope.Document
            ? new FixAllContext(document, provider, scope, key!, provider.FixableDiagnosticIds, diagnosticProvider, CancellationToken.None)
            : new FixAllContext(document.Project, provider, scope, key!, provider.FixableDiagnosticIds, diagnosticProvider, CancellationToken.None);
        var fix = await fixAll!.GetFixAsync(context);
        var result = solution;
        if (fix is not null)
        {
            result = (await fix.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        var texts = new List<string>();
        foreach (var id in ids)
        {
            texts.Add((await result.GetDocument(id)!.GetTextAsync()).ToString());
        }

        return texts.ToArray();
    }

    private static async Task<string> FixAllDocumentAsync(CodeFixProvider provider, string source, string? key = null)
        => (await FixAllAsync(provider, FixAllScope.Document, key, source))[0];

    /// <summary>The compiler errors of the given sources compiled together against AiRace.Core.</summary>
    private static string[] Errors(params string[] sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview))).ToArray();
        bool topLevel = sources.Any(TestReferences.HasTopLevelStatements);
        var compilation = CSharpCompilation.Create("Fixed", trees, TestReferences.All,
            new CSharpCompilationOptions(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
    }

    private static async Task<string[]> RemainingAsync(string source, string id)
    {
        var (_, _, diagnostics) = await AnalyzeAsync(source);
        return diagnostics.Where(d => d.Id == id).Select(d => d.GetMessage()).ToArray();
    }

    private sealed class PerDocument : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public PerDocument(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return _diagnostics.Where(d => d.Location.SourceTree?.FilePath == tree!.FilePath).ToList();
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics.Where(d => !d.Location.IsInSource));
    }

    // ------------------------------------------------------------------ AIR0002: (decimal)0.1 → 0.1m

    [Fact]
    public async Task AIR0002_float_literal_becomes_the_decimal_literal_with_the_same_digits()
    {
        // AIR0002.md: "(decimal)1.5f → 1.5m, (decimal)-2.25 → -2.25m"
        string text = await ApplyAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Pricing
            {
                public Money Fee() => Money.Usd((decimal)1.5f);
                public Money Refund() => Money.Usd((decimal)-2.25);
            }
            """, index: 0);
        text.Should().Contain("Money.Usd(1.5m)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0002_negative_literal_after_a_tight_minus_still_compiles_and_keeps_the_sign()
    {
        string text = await FixAllDocumentAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Pricing
            {
                public Money Net() => Money.Of(10m-(decimal)-2.25, Currency.USD);
            }
            """);
        text.Should().NotContain("(decimal)");
        Errors(text).Should().BeEmpty();
        text.Replace(" ", string.Empty).Should().Contain("10m--2.25m", "the value is 10 - (-2.25)");
    }

    [Fact]
    public async Task AIR0002_trailing_comment_on_the_literal_is_kept()
    {
        string text = await ApplyAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Pricing
            {
                public Money Stamp() => Money.Of((decimal)0.1 /* ten cents */, Currency.USD);
            }
            """);
        text.Should().Contain("Money.Of(0.1m /* ten cents */, Currency.USD)");
    }

    [Fact]
    public async Task AIR0002_computed_amount_has_no_fix()
    {
        // AIR0002.md: "A computed amount ((decimal)d) has no mechanical fix"
        (await ActionCountAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Pricing
            {
                public Money Fee(double measured) => Money.Usd((decimal)measured);
            }
            """)).Should().Be(0);
    }

    [Fact]
    public async Task AIR0002_top_level_statements_with_using_static_money()
    {
        string text = await ApplyAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            using static AiRace.Core.Money;
            var fee = Of((decimal)0.25, Currency.EUR);
            System.Console.WriteLine(fee);
            """);
        text.Should().Contain("Of(0.25m, Currency.EUR)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0002_exponent_literal_fix_compiles_and_keeps_the_figure()
    {
        string text = await ApplyAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            class Budget
            {
                public AiRace.Core.Money Grant() => AiRace.Core.Money.Usd((decimal)2.5e6);
            }
            """);
        text.Should().NotContain("(decimal)");
        Errors(text).Should().BeEmpty();
        (text.Contains("2.5e6m") || text.Contains("2.5E6m") || text.Contains("2500000m") || text.Contains("2.5E+6m")).Should().BeTrue(text);
    }

    [Fact]
    public async Task AIR0002_in_an_interpolation_hole_and_a_switch_arm_Fix_All()
    {
        string text = await FixAllDocumentAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Fees
            {
                public string Describe(int tier) => $"fee {Money.Usd((decimal)0.5)} / {(tier switch { 1 => Money.Usd((decimal)1.5), _ => Money.Usd((decimal)2.5) })}";
            }
            """);
        text.Should().Contain("Money.Usd(0.5m)").And.Contain("Money.Usd(1.5m)").And.Contain("Money.Usd(2.5m)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0002_inside_region_and_preprocessor_keeps_directives()
    {
        string text = await ApplyAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Fees
            {
            #region fees
            #if !LEGACY
                public Money Fee() => new Money((decimal)0.75, Currency.GBP);
            #endif
            #endregion
            }
            """);
        text.Should().Contain("new Money(0.75m, Currency.GBP)").And.Contain("#if !LEGACY").And.Contain("#endregion");
        Errors(text).Should().BeEmpty();
    }

    // ------------------------------------------------------------------ AIR0003: "RMB" → "CNY"

    [Fact]
    public async Task AIR0003_verbatim_lowercase_code()
    {
        string text = await ApplyAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            class Rates
            {
                public Money Home() => Money.Of(1m, @"usd");
            }
            """);
        text.Should().Contain("Money.Of(1m, \"USD\")");
    }

    [Fact]
    public async Task AIR0003_parse_text_changes_only_the_code()
    {
        // AIR0003.md: "Money.Parse("RMB 1,000") ... the fix then changes only the code ("CNY 1,000")"
        string text = await ApplyAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            class Rates
            {
                public Money Budget() => Money.Parse("RMB 1,000");
            }
            """);
        text.Should().Contain("Money.Parse(\"CNY 1,000\")");
    }

    [Fact]
    public async Task AIR0003_switch_expression_arm_is_fixed()
    {
        // AIR0003.md: Currency.FromCode(region switch { "cn" => "RMB", _ => "USD" }): each arm is judged on its own
        string text = await ApplyAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            class Rates
            {
                public Currency For(string region) => Currency.FromCode(region switch { "cn" => "RMB", _ => "USD" });
            }
            """);
        text.Should().Contain("\"cn\" => \"CNY\"").And.Contain("_ => \"USD\"");
    }

    [Fact]
    public async Task AIR0003_currency_attribute_argument_is_fixed()
    {
        string text = await ApplyAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            class Plan
            {
                [Currency("RMB")]
                public Money Budget { get; init; }
            }
            """);
        text.Should().Contain("[Currency(\"CNY\")]");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0003_constant_declared_elsewhere_is_left_alone()
    {
        // AIR0003.md: "A constant declared elsewhere is left for you to change at its declaration."
        const string source = """
            using AiRace.Core;
            static class Codes { public const string Home = "RMB"; }
            class Rates
            {
                public Money Home() => Money.Of(1m, Codes.Home);
            }
            """;
        (await RemainingAsync(source, "AIR0003")).Should().NotBeEmpty();
        (await ActionCountAsync(new UnknownCurrencyCodeCodeFixProvider(), source)).Should().Be(0);
    }

    [Fact]
    public async Task AIR0003_comment_and_named_arguments_out_of_order()
    {
        string text = await ApplyAsync(new UnknownCurrencyCodeCodeFixProvider(), """
            using AiRace.Core;
            class Rates
            {
                public Money Home() => Money.Of(currencyCode: "yuan" /* mainland */, amount: 1m);
            }
            """);
        text.Should().Contain("Money.Of(currencyCode: \"CNY\" /* mainland */, amount: 1m)");
    }

    // ------------------------------------------------------------------ AIR0004: a.Amount + b.Amount → (a + b).Amount

    [Fact]
    public async Task AIR0004_parenthesized_operands_are_fixed()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public decimal Left(Money budget, Money spent) => (budget.Amount) - (spent.Amount);
            }
            """);
        text.Should().Contain("(budget - spent).Amount");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_comment_between_operands_is_kept()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public decimal Left(Money budget, Money spent) => budget.Amount /* planned */ - spent.Amount /* actual */;
            }
            """);
        System.Text.RegularExpressions.Regex.Matches(text, @"/\* planned \*/").Count.Should().Be(1, text);
        System.Text.RegularExpressions.Regex.Matches(text, @"/\* actual \*/").Count.Should().Be(1, text);
        text.Should().Contain("(budget /* planned */ - spent");
    }

    [Fact]
    public async Task AIR0004_interpolation_with_format_keeps_the_format()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public string Left(Money budget, Money spent) => $"left: {budget.Amount - spent.Amount:N2}";
            }
            """);
        text.Should().Contain("{(budget - spent).Amount:N2}");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_comparison_in_a_lambda()
    {
        // AIR0004.md: "a.Amount < b.Amount → a < b"
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class Ledger
            {
                public IEnumerable<Money> Under(IEnumerable<Money> items, Money limit) => items.Where(x => x.Amount < limit.Amount);
            }
            """);
        text.Should().Contain("items.Where(x => x < limit)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_nullable_money_value()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public decimal Total(Money? paid, Money due) => paid.Value.Amount + due.Amount;
            }
            """);
        text.Should().Contain("(paid.Value + due).Amount");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_null_conditional_has_no_fix()
    {
        // AIR0004.md: "Null-conditional forms (a?.Amount) are reported without a fix."
        const string source = """
            using AiRace.Core;
            class Ledger
            {
                public decimal? Total(Money? paid, Money? due) => paid?.Amount + due?.Amount;
            }
            """;
        (await RemainingAsync(source, "AIR0004")).Should().NotBeEmpty();
        (await ActionCountAsync(new UnitStrippingCodeFixProvider(), source)).Should().Be(0);
    }

    [Fact]
    public async Task AIR0004_alias_using_and_ratio_division()
    {
        // AIR0004.md: "a.Amount / b.Amount → a / b (the ratio of two amounts in one currency)"
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using M = AiRace.Core.Money;
            class Ledger
            {
                public decimal Burn(M spent, M budget) => spent.Amount / budget.Amount;
            }
            """);
        text.Should().Contain("=> spent / budget;");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_multiplied_difference_keeps_precedence()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public decimal Overrun(Money budget, Money spent, decimal rate) => rate * (spent.Amount - budget.Amount);
            }
            """);
        text.Should().Contain("rate * (spent - budget).Amount");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_Fix_All_fixes_every_operation_of_a_line()
    {
        string text = await FixAllDocumentAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public bool Check(Money a, Money b, Money c, Money d) => a.Amount + b.Amount > 0m && c.Amount < d.Amount && a.Amount / d.Amount > 1m;
            }
            """);
        text.Should().Contain("(a + b).Amount > 0m").And.Contain("c < d").And.Contain("a / d > 1m");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_multiline_operands_with_comments_keep_each_comment_once()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public decimal Left(Money budget, Money spent)
                {
                    return
                        // what is left of the plan
                        budget.Amount - spent.Amount;
                }
            }
            """);
        text.Should().Contain("budget - spent).Amount;").And.NotContain("budget.Amount");
        System.Text.RegularExpressions.Regex.Matches(text, "// what is left of the plan").Count.Should().Be(1, text);
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_using_static_share()
    {
        string text = await ApplyAsync(new PercentScaleCodeFixProvider(), """
            using static AiRace.Core.Share;
            class Targets
            {
                public AiRace.Core.Share Chips() => FromPercent(0.55m);
            }
            """);
        text.Should().Contain("=> FromFraction(0.55m);");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_fully_qualified_without_using()
    {
        string text = await ApplyAsync(new PercentScaleCodeFixProvider(), """
            class Targets
            {
                public AiRace.Core.Share Chips() => AiRace.Core.Share.FromFraction(70);
            }
            """);
        text.Should().Contain("AiRace.Core.Share.FromPercent(70)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_constant_through_a_local_renames_only_the_factory()
    {
        // AIR0005.md: "The constant may be a literal, a constant, or a local assigned once"
        string text = await ApplyAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class Targets
            {
                public Share Chips()
                {
                    var share = 0.55m;
                    return Share.FromPercent(share);
                }
            }
            """);
        text.Should().Contain("var share = 0.55m;").And.Contain("return Share.FromFraction(share);");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_inside_another_call_the_inner_factory_changes()
    {
        string text = await ApplyAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class Targets
            {
                static string Show(Share s) => s.ToString();
                public string Chips() => Show(Share.FromPercent(percent: 0.55m));
            }
            """);
        text.Should().Contain("Show(Share.FromFraction(fraction: 0.55m))");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_share_of_its_own_number_on_the_other_scale()
    {
        // AIR0005.md: "a share's own number on the other scale: Share.FromFraction(s.Percent)"
        string text = await ApplyAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class Targets
            {
                public Share Copy(Share s) => Share.FromFraction(s.Percent);
            }
            """);
        text.Should().Contain("Share.FromPercent(s.Percent)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_TryFromPercent_has_no_fix()
    {
        // AIR0005.md: "Share.TryFromPercent(c, out …) ... (no fix: there is no TryFromFraction)"
        const string source = """
            using AiRace.Core;
            class Targets
            {
                public bool Chips(out Share s) => Share.TryFromPercent(0.55m, out s);
            }
            """;
        (await RemainingAsync(source, "AIR0005")).Should().NotBeEmpty();
        (await ActionCountAsync(new PercentScaleCodeFixProvider(), source)).Should().Be(0);
    }

    [Fact]
    public async Task AIR0005_Fix_All_after_an_out_of_range_finding_and_in_a_switch_arm()
    {
        string text = await FixAllDocumentAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class Targets
            {
                public Share Pick(int k) => k switch
                {
                    0 => Share.FromFraction(-0.5m),
                    1 => Share.FromPercent(0.25m),
                    _ => Share.FromFraction(fraction: 40m),
                };
            }
            """);
        text.Should().Contain("Share.FromFraction(-0.5m)").And.Contain("Share.FromFraction(0.25m)").And.Contain("Share.FromPercent(percent: 40m)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0005_trivia_around_the_factory_name_is_kept()
    {
        string text = await ApplyAsync(new PercentScaleCodeFixProvider(), """
            using AiRace.Core;
            class Targets
            {
                public Share Chips() => Share
                    .FromPercent( /* share of fabs */ 0.55m);
            }
            """);
        text.Replace("\r\n", "\n").Should().Contain("=> Share\n        .FromFraction( /* share of fabs */ 0.55m);");
    }

    // ------------------------------------------------------------------ AIR0006: a.Percent - b.Percent → (a - b).Value

    [Fact]
    public async Task AIR0006_parenthesized_percents_are_fixed()
    {
        string text = await ApplyAsync(new PercentagePointsCodeFixProvider(), """
            using AiRace.Core;
            class Progress
            {
                public decimal Gain(Share latest, Share baseline) => (latest.Percent) - (baseline.Percent);
            }
            """);
        text.Should().Contain("(latest - baseline).Value");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0006_comment_is_kept()
    {
        string text = await ApplyAsync(new PercentagePointsCodeFixProvider(), """
            using AiRace.Core;
            class Progress
            {
                public decimal Gain(Share latest, Share baseline) => latest.Percent /* 2025 */ - baseline.Percent /* 2020 */;
            }
            """);
        text.Should().Contain("(latest /* 2025 */ - baseline");
        System.Text.RegularExpressions.Regex.Matches(text, @"/\* 2020 \*/").Count.Should().Be(1, text);
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0006_sum_and_fraction_difference_have_no_fix()
    {
        // AIR0006.md: "Sums and Fraction differences are reported without a fix"
        const string source = """
            using AiRace.Core;
            class Progress
            {
                public decimal Both(Share a, Share b) => a.Percent + b.Percent;
                public decimal Diff(Share a, Share b) => a.Fraction - b.Fraction;
            }
            """;
        (await RemainingAsync(source, "AIR0006")).Should().HaveCount(2);
        (await ActionCountAsync(new PercentagePointsCodeFixProvider(), source, 0)).Should().Be(0);
        (await ActionCountAsync(new PercentagePointsCodeFixProvider(), source, 1)).Should().Be(0);
    }

    [Fact]
    public async Task AIR0006_in_interpolation_and_nullable_share_value()
    {
        string text = await FixAllDocumentAsync(new PercentagePointsCodeFixProvider(), """
            using AiRace.Core;
            class Progress
            {
                public string Gain(Share? latest, Share baseline) => $"{latest.Value.Percent - baseline.Percent:0.0} pp";
            }
            """);
        text.Should().Contain("{(latest.Value - baseline).Value:0.0}");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0006_Fix_All_chain_of_differences()
    {
        string text = await FixAllDocumentAsync(new PercentagePointsCodeFixProvider(), """
            using AiRace.Core;
            class Progress
            {
                public decimal Gap(Share a, Share b, Share c, Share d) => (a.Percent - b.Percent) * 2m + (c.Percent - d.Percent);
            }
            """);
        text.Should().Contain("((a - b).Value) * 2m + ((c - d).Value)");
        Errors(text).Should().BeEmpty();
    }

    // ------------------------------------------------------------------ AIR0007: xs.Sum(x => x.Amount) → xs.Sum(c).Amount

    [Fact]
    public async Task AIR0007_fix_compiles_in_a_type_with_a_string_Currency_property()
    {
        // AIR0007.md: "grants.Sum(g => g.Amount) over a list filled only with yuan becomes grants.Sum(Currency.CNY).Amount"
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class GrantReport
            {
                private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
                public string Currency { get; set; } = "CNY";
                public decimal Total() => Grants.Sum(g => g.Amount);
            }
            """);
        text.Should().NotContain("Grants.Sum(g => g.Amount)", "the fix is promised for a list filled only with yuan");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0007_multiline_query_keeps_its_layout()
    {
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            record Line(bool Active, Money Cost);
            class Report
            {
                public decimal Total(IEnumerable<Line> lines, Currency currency) =>
                    lines
                        .Where(l => l.Active)
                        .Sum(l => l.Cost.Amount);
            }
            """);
        text.Replace("\r\n", "\n").Should().Contain(".Where(l => l.Active)\n            .Sum(l => l.Cost, currency).Amount");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0007_comment_in_the_selector_is_kept()
    {
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            record Line(Money Cost);
            class Report
            {
                public decimal Total(IEnumerable<Line> lines, Currency currency) => lines.Sum(l => l.Cost.Amount /* incl. VAT */);
            }
            """);
        text.Should().Contain("currency").And.Contain("/* incl. VAT */");
    }

    [Fact]
    public async Task AIR0007_global_using_top_level_statements()
    {
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            global using AiRace.Core;
            using System.Linq;
            Currency reporting = Currency.EUR;
            Money[] items = args.Length > 0 ? new[] { Money.Eur(1m) } : new[] { Money.Usd(2m) };
            System.Console.WriteLine(items.Select(m => m.Amount).Sum());
            """);
        text.Should().Contain("items.Sum(reporting).Amount");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0007_no_fix_where_the_amounts_are_known_to_be_in_two_currencies()
    {
        // Sum(reporting) over a euro and a dollar would throw on every call
        const string source = """
            global using AiRace.Core;
            using System.Linq;
            Currency reporting = Currency.EUR;
            Money[] items = { Money.Eur(1m), Money.Usd(2m) };
            System.Console.WriteLine(items.Select(m => m.Amount).Sum());
            """;
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), source);
        text.Should().Be(source);
    }

    [Fact]
    public async Task AIR0007_conditional_access_source_compiles()
    {
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            record Line(Money Cost);
            record Order(List<Line> Lines);
            class Report
            {
                public decimal? Total(Order? order, Currency currency) => order?.Lines.Sum(l => l.Cost.Amount);
            }
            """);
        text.Should().Contain("Sum(l => l.Cost, currency).Amount");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0007_lambda_parameter_shadowing_the_currency_name()
    {
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            record Line(Money Cost);
            class Report
            {
                public decimal Total(IEnumerable<Line> lines, Currency c) => lines.Sum((Line c) => c.Cost.Amount);
            }
            """);
        Errors(text).Should().BeEmpty();
        text.Should().NotContain(".Sum((Line c) => c.Cost.Amount)", "exactly one Currency parameter is in scope");
    }

    [Fact]
    public async Task AIR0007_no_currency_in_scope_no_fix()
    {
        // AIR0007.md: "Otherwise (... no or several currencies in scope ...) there is no fix ... The fix never guesses."
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            class Report
            {
                public decimal Total(IEnumerable<Money> items, Currency a, Currency b) => items.Sum(m => m.Amount);
                public decimal Other(IEnumerable<Money> items) => items.Sum(m => m.Amount);
            }
            """;
        (await RemainingAsync(source, "AIR0007")).Should().HaveCount(2);
        (await ActionCountAsync(new MixedCurrencySumCodeFixProvider(), source, 0)).Should().Be(0);
        (await ActionCountAsync(new MixedCurrencySumCodeFixProvider(), source, 1)).Should().Be(0);
    }

    [Fact]
    public async Task AIR0007_Fix_All_leaves_two_sums_in_the_currency_in_scope()
    {
        string text = await FixAllDocumentAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            record Line(Money Cost);
            class Report
            {
                public decimal Total(IEnumerable<Line> lines, IEnumerable<Money> fees, Currency currency) =>
                    lines.Sum(l => l.Cost.Amount) + fees.Sum(f => f.Amount);
            }
            """);
        // the currency in scope is not known to be the amounts': the author confirms it at each sum
        text.Should().Contain("lines.Sum(l => l.Cost.Amount) + fees.Sum(f => f.Amount)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_Fix_All_finishes_a_comparison_of_a_difference_in_one_run()
    {
        string text = await FixAllDocumentAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                int M(Money a, Money b, Money c) => decimal.Compare(a.Amount - b.Amount, c.Amount);
                int N(Money a, Money b, Money c) => (a.Amount + b.Amount).CompareTo(c.Amount);
                int O(Money a, Money b) => decimal.Compare(a.Amount - b.Amount, 5m);
            }
            """);
        text.Should().Contain("int O(Money a, Money b) => decimal.Compare((a - b).Amount, 5m);");
        text.Should().Contain("int M(Money a, Money b, Money c) => (a - b).CompareTo(c);");
        text.Should().Contain("int N(Money a, Money b, Money c) => (a + b).CompareTo(c);");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0004_end_of_line_comment_in_a_multiline_conditional_is_not_duplicated()
    {
        string text = await ApplyAsync(new UnitStrippingCodeFixProvider(), """
            using AiRace.Core;
            class Ledger
            {
                public decimal Overrun(Money budget, Money spent) =>
                    spent > budget
                        ? spent.Amount - budget.Amount // over plan
                        : 0m;
            }
            """);
        text.Should().Contain("(spent - budget");
        System.Text.RegularExpressions.Regex.Matches(text, "// over plan").Count.Should().Be(1, text);
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0007_known_currency_fix_compiles_with_a_second_Currency_type_imported()
    {
        // AIR0007.md: "grants.Sum(g => g.Amount) over a list filled only with yuan becomes grants.Sum(Currency.CNY).Amount"
        string text = await ApplyAsync(new MixedCurrencySumCodeFixProvider(), """
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            using Billing;
            namespace Billing { public enum Currency { Cny, Usd } }
            class GrantReport
            {
                private static readonly List<Money> Grants = new() { Money.Cny(1m), Money.Cny(2m) };
                public decimal Total() => Grants.Sum(g => g.Amount);
            }
            """);
        text.Should().NotContain("Grants.Sum(g => g.Amount)", "the fix is promised for a list filled only with yuan");
        Errors(text).Should().BeEmpty();
    }

    // ------------------------------------------------------------------ AIR0009: Math.Round without a mode

    [Fact]
    public async Task AIR0009_titles_match_the_doc()
    {
        // AIR0009.md: Two fixes are offered: "State MidpointRounding.ToEven" ... "Round half away from zero"
        var titles = await TitlesAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice { public decimal Cents(Money price) => Math.Round(price.Amount, 2); }
            """);
        titles.Should().HaveCount(2);
        titles[0].Should().Contain("State MidpointRounding.ToEven");
        titles[1].Should().Contain("Round half away from zero");
    }

    [Fact]
    public async Task AIR0009_named_arguments_out_of_order()
    {
        string text = await ApplyAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice { public decimal Cents(Money price) => Math.Round(decimals: 2, d: price.Amount); }
            """);
        text.Should().Contain("Math.Round(decimals: 2, d: price.Amount, mode: MidpointRounding.ToEven)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_no_using_System_fully_qualified()
    {
        string text = await ApplyAsync(new RoundingWithoutModeCodeFixProvider(), """
            class Invoice { public decimal Cents(AiRace.Core.Money price) => System.Math.Round(price.Amount, 2); }
            """);
        text.Should().Contain("System.Math.Round(price.Amount, 2, System.MidpointRounding.ToEven)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_using_static_math_and_away_from_zero()
    {
        string text = await ApplyAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            using static System.Math;
            class Invoice { public decimal Cents(Money price) => Round(price.Amount, 2); }
            """, action: 1);
        text.Should().Contain("Round(price.Amount, 2, MidpointRounding.AwayFromZero)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_multiline_with_comment_keeps_comment()
    {
        string text = await ApplyAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice
            {
                public decimal Cents(Money price) => Math.Round(
                    price.Amount, // net of VAT
                    2);
            }
            """);
        text.Should().Contain("// net of VAT").And.Contain("MidpointRounding.ToEven");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_Fix_All_nested_rounding_fixes_both()
    {
        string text = await FixAllDocumentAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice
            {
                public decimal Total(Money net, Money vat) => Math.Round(net.Amount + Math.Round(vat.Amount, 2), 2);
            }
            """);
        text.Should().Contain("Math.Round(vat.Amount, 2, MidpointRounding.ToEven)");
        text.Should().Contain("Math.Round(net.Amount + Math.Round(vat.Amount, 2, MidpointRounding.ToEven), 2, MidpointRounding.ToEven)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_Fix_All_with_the_away_from_zero_key_applies_it_everywhere()
    {
        string text = await FixAllDocumentAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice
            {
                public decimal A(Money m) => Math.Round(m.Amount, 2);
                public decimal B(Money m) => decimal.Round(m.Amount);
                public Func<Money, decimal> C => m => Math.Round(m.Amount * 1.2m);
            }
            """, RoundingWithoutModeCodeFixProvider.AwayFromZeroKey);
        text.Should().Contain("Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero)")
            .And.Contain("decimal.Round(m.Amount, MidpointRounding.AwayFromZero)")
            .And.Contain("Math.Round(m.Amount * 1.2m, MidpointRounding.AwayFromZero)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_interpolation_and_checked_context()
    {
        string text = await FixAllDocumentAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice
            {
                public string Show(Money m) => $"{checked(Math.Round(m.Amount, 2)),12:N2}";
            }
            """);
        text.Should().Contain("$\"{checked(Math.Round(m.Amount, 2, MidpointRounding.ToEven)),12:N2}\"");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0009_Fix_All_nested_rounding_with_adjacent_closing_parentheses_fixes_both()
    {
        // analyzers/README.md: "each finding gets the fix the user chose ... and otherwise its own first fix"
        string text = await FixRunner.FixAllAsync(new RoundingWithoutModeCodeFixProvider(), """
            using System;
            using AiRace.Core;
            class Invoice
            {
                public decimal Total(Money net, Money vat) => Math.Round(net.Amount + Math.Round(vat.Amount));
                public decimal Cents(Money net) => decimal.Round(Math.Round(net.Amount, 2));
            }
            """);
        text.Should().Contain("Math.Round(net.Amount + Math.Round(vat.Amount, MidpointRounding.ToEven), MidpointRounding.ToEven)");
        text.Should().Contain("decimal.Round(Math.Round(net.Amount, 2, MidpointRounding.ToEven), MidpointRounding.ToEven)");
        Errors(text).Should().BeEmpty();
    }

    // ------------------------------------------------------------------ AIR0011: Money.Millions(600_000_000m, c)

    [Fact]
    public void AIR0011_no_Fix_All()
    {
        // AIR0011.md: "Fix All applies none of them"
        new MagnitudeDoubleScalingCodeFixProvider().GetFixAllProvider().Should().BeNull();
    }

    [Fact]
    public async Task AIR0011_millions_offers_full_amount_and_thousands_with_the_titles_of_the_doc()
    {
        var titles = await TitlesAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            class Budgets { public Money Fund() => Money.Millions(600_000_000m, Currency.CNY); }
            """);
        titles.Should().HaveCount(2);
        titles[0].Should().Contain("full amount");
        titles[1].Should().Contain("thousands: 600,000,000,000 in all");
    }

    [Fact]
    public async Task AIR0011_trillions_offers_four_readings()
    {
        (await ActionCountAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            class Budgets { public Money Fund() => Money.Trillions(1_000m, Currency.USD); }
            """)).Should().Be(4);
    }

    [Fact]
    public async Task AIR0011_named_out_of_order_arguments_are_renamed()
    {
        // AIR0011.md: "A named figure argument is renamed with the factory (Money.Millions(millions: …) → Money.Of(amount: …))"
        string text = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            class Budgets { public Money Fund() => Money.Millions(currency: Currency.CNY, millions: 600_000_000m); }
            """, action: 1);
        text.Should().Contain("Money.Thousands(currency: Currency.CNY, thousands: 600_000_000m)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0011_using_static_money_and_alias()
    {
        string a = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            using static AiRace.Core.Money;
            class Budgets { public Money Fund() => Millions(600_000_000m, Currency.CNY); }
            """);
        a.Should().Contain("=> Of(600_000_000m, Currency.CNY);");
        Errors(a).Should().BeEmpty();
        string b = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using M = AiRace.Core.Money;
            class Budgets { public M Fund() => M.Billions(138_000_000_000m, AiRace.Core.Currency.USD); }
            """, action: 2);
        b.Should().Contain("M.Millions(138_000_000_000m, AiRace.Core.Currency.USD)");
        Errors(b).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0011_scaled_offers_units_and_thousands_with_named_arguments()
    {
        // AIR0011.md: "Money.Scaled(x, Magnitude.Millions, c) offers Magnitude.Units and Magnitude.Thousands"
        const string source = """
            using AiRace.Core;
            class Budgets { public Money Fund() => Money.Scaled(magnitude: Magnitude.Millions, figure: 600_000_000m, currency: Currency.CNY); }
            """;
        string units = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), source, action: 0);
        units.Should().Contain("Money.Scaled(magnitude: Magnitude.Units, figure: 600_000_000m, currency: Currency.CNY)");
        Errors(units).Should().BeEmpty();
        string thousands = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), source, action: 1);
        thousands.Should().Contain("magnitude: Magnitude.Thousands");
        Errors(thousands).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0011_scaled_title_does_not_name_a_factory_the_fix_does_not_write()
    {
        var titles = await TitlesAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            class Budgets { public Money Fund() => Money.Scaled(600_000_000m, Magnitude.Millions, Currency.CNY); }
            """);
        titles.Should().HaveCount(2);
        titles[0].Should().NotContain("Money.Of", "the fix writes Magnitude.Units, not Money.Of");
    }

    [Fact]
    public async Task AIR0011_title_states_the_exact_amount()
    {
        // AIR0011.md: "each reading ... as its own fix, titled with the amount it gives"
        var titles = await TitlesAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            class Budgets { public Money Fund() => Money.Trillions(1_000.125m, Currency.USD); }
            """);
        titles[0].Should().Contain("1,000.125");
        titles[1].Should().Contain("1,000,125 in all");
    }

    [Fact]
    public async Task AIR0011_scaled_with_using_static_magnitude_compiles()
    {
        string text = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            using static AiRace.Core.Magnitude;
            class Budgets { public Money Fund() => Money.Scaled(600_000_000m, Millions, Currency.CNY); }
            """, action: 1);
        text.Should().Contain("Thousands, Currency.CNY)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task AIR0011_trivia_and_comment_kept()
    {
        string text = await ApplyAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            class Budgets
            {
                public Money Fund() =>
                    Money.Millions(600_000_000m /* from the press release */, Currency.CNY); // big fund
            }
            """);
        text.Should().Contain("Money.Of(600_000_000m /* from the press release */, Currency.CNY); // big fund");
    }

    // ------------------------------------------------------------------ Fix All scopes and several rules

    [Fact]
    public async Task FixAll_project_scope_fixes_every_document()
    {
        string[] texts = await FixAllAsync(new UnknownCurrencyCodeCodeFixProvider(), FixAllScope.Project, null, """
            using AiRace.Core;
            class A { public Money M() => Money.Of(1m, "RMB"); }
            """, """
            using AiRace.Core;
            class B { public Currency M() => Currency.FromCode("usd"); }
            """);
        texts[0].Should().Contain("\"CNY\"");
        texts[1].Should().Contain("\"USD\"");
    }

    [Fact]
    public async Task FixAll_solution_scope_with_the_first_finding_of_another_rule()
    {
        string[] texts = await FixAllAsync(new MoneyFromFloatingPointCodeFixProvider(), FixAllScope.Solution, null, """
            using AiRace.Core;
            class A { public Money M() => Money.Of(1m, "RMB"); public Money N(double d) => Money.Usd((decimal)d); }
            """, """
            using AiRace.Core;
            class B { public Money M() => Money.Eur((decimal)0.3); }
            """);
        texts[0].Should().Contain("\"RMB\"").And.Contain("(decimal)d");
        texts[1].Should().Contain("Money.Eur(0.3m)");
    }

    [Fact]
    public async Task FixAll_as_dotnet_format_with_several_rules_applies_each()
    {
        // the issue: "dotnet format analyzers --diagnostics A B C applies all" — each provider's Fix All in turn
        string text = """
            using System;
            using AiRace.Core;
            class Mixed
            {
                public decimal M(Money a, Money b, Share s, Share t)
                {
                    var fee = Money.Of((decimal)0.1, "rmb");
                    var share = Share.FromPercent(0.3m);
                    decimal pp = s.Percent - t.Percent;
                    return Math.Round(a.Amount + b.Amount, 2) + pp + fee.Amount;
                }
            }
            """;
        CodeFixProvider[] providers =
        {
            new MoneyFromFloatingPointCodeFixProvider(), new UnknownCurrencyCodeCodeFixProvider(), new PercentScaleCodeFixProvider(),
            new PercentagePointsCodeFixProvider(), new UnitStrippingCodeFixProvider(), new RoundingWithoutModeCodeFixProvider(),
        };
        foreach (var provider in providers)
        {
            text = await FixRunner.FixAllAsync(provider, text);
        }

        text.Should().Contain("Money.Of(0.1m, \"CNY\")").And.Contain("Share.FromFraction(0.3m)").And.Contain("(s - t).Value")
            .And.Contain("Math.Round((a + b).Amount, 2, MidpointRounding.ToEven)");
        Errors(text).Should().BeEmpty();
    }

    [Fact]
    public async Task FixAll_repeated_identical_findings_in_one_statement()
    {
        string text = await FixAllDocumentAsync(new MoneyFromFloatingPointCodeFixProvider(), """
            using AiRace.Core;
            class Sums
            {
                public Money M() => Money.Usd((decimal)0.1) + Money.Usd((decimal)0.1) + Money.Usd((decimal)0.2 * (decimal)0.5);
            }
            """);
        text.Should().Contain("Money.Usd(0.1m) + Money.Usd(0.1m) + Money.Usd(0.2m * 0.5m)");
        Errors(text).Should().BeEmpty();
    }
}
