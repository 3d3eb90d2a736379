using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The analyzers in an IDE-like host rather than a build: per-document and span-limited analysis equal to the whole
/// compilation's, edits followed without stale facts, generated code skipped, suppressions honoured, no AD0001 on
/// half-typed or unusual code, the same answers under concurrency and after cancellation.
/// </summary>
public class HostBehaviourTests
{
    private static readonly CSharpParseOptions Latest = new(LanguageVersion.Latest);
    private static readonly CSharpParseOptions Preview = new(LanguageVersion.Preview);
    private readonly ITestOutputHelper _output;

    public HostBehaviourTests(ITestOutputHelper output) => _output = output;

    // ------------------------------------------------------------------ helpers

    private sealed class Outcome
    {
        public List<Diagnostic> Diagnostics { get; } = new();

        public ConcurrentBag<string> Exceptions { get; } = new();

        public IEnumerable<Diagnostic> Air => Diagnostics.Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal));
    }

    private static CSharpCompilation Compile(IEnumerable<(string Name, string Text)> files, CSharpParseOptions? parse = null, Func<CSharpCompilationOptions, CSharpCompilationOptions>? options = null, string name = "Probe")
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse ?? Latest, f.Name, Encoding.UTF8)).ToArray();
        bool top = trees.Any(t => t.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any());
        var compilationOptions = new CSharpCompilationOptions(top ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (options is not null)
        {
            compilationOptions = options(compilationOptions);
        }

        return CSharpCompilation.Create(name, trees, TestReferences.All, compilationOptions);
    }

    private static CSharpCompilation Compile(params (string Name, string Text)[] files) => Compile(files, null, null);

    private static CompilationWithAnalyzers With(Compilation compilation, Outcome outcome, bool concurrent = true, DiagnosticAnalyzer? analyzer = null) =>
        compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer ?? new AiRaceAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, a, d) => outcome.Exceptions.Add(exception.GetType().Name + ": " + exception.Message + " @ " + string.Join(" | ", (exception.StackTrace ?? string.Empty).Split('\n').Take(4).Select(l => l.Trim()))),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false));

    private static async Task<Outcome> Whole(Compilation compilation, bool concurrent = true, DiagnosticAnalyzer? analyzer = null)
    {
        var outcome = new Outcome();
        var diagnostics = await With(compilation, outcome, concurrent, analyzer).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        outcome.Diagnostics.AddRange(diagnostics);
        return outcome;
    }

    private static async Task<Outcome> PerTree(Compilation compilation, IEnumerable<SyntaxTree> order, bool parallel = false)
    {
        var outcome = new Outcome();
        var analysis = With(compilation, outcome);
        if (parallel)
        {
            var results = await Task.WhenAll(order.Select(tree => Task.Run(() => analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None))));
            foreach (var r in results)
            {
                outcome.Diagnostics.AddRange(r);
            }
        }
        else
        {
            foreach (var tree in order)
            {
                outcome.Diagnostics.AddRange(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None));
                outcome.Diagnostics.AddRange(await analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None));
            }
        }

        return outcome;
    }

    /// <summary>A fresh analysis (as the IDE does after an edit) of one span of one tree only.</summary>
    private static async Task<Outcome> Span(Compilation compilation, SyntaxTree tree, TextSpan span)
    {
        var outcome = new Outcome();
        var analysis = With(compilation, outcome);
        outcome.Diagnostics.AddRange(await analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), span, CancellationToken.None));
        return outcome;
    }

    private static string Key(Diagnostic d) =>
        $"{d.Id} {Path.GetFileName(d.Location.SourceTree?.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

    private static List<string> Keys(IEnumerable<Diagnostic> diagnostics) => diagnostics.Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal)).Select(Key).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToList();

    private static void NoCrash(Outcome outcome)
    {
        outcome.Exceptions.Should().BeEmpty("an analyzer never throws");
        outcome.Diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).Should().BeEmpty("an AD0001 in a user's build is a bug");
    }

    private async Task<List<string>> AirOf(Compilation compilation, bool concurrent = true)
    {
        var outcome = await Whole(compilation, concurrent);
        NoCrash(outcome);
        var keys = Keys(outcome.Diagnostics);
        foreach (var k in keys)
        {
            _output.WriteLine(k);
        }

        return keys;
    }

    private Task<List<string>> AirOf(string source, CSharpParseOptions? parse = null, Func<CSharpCompilationOptions, CSharpCompilationOptions>? options = null) =>
        AirOf(Compile(new[] { ("Probe.cs", source) }, parse, options));

    private static IEnumerable<MemberDeclarationSyntax> Members(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is MethodDeclarationSyntax or PropertyDeclarationSyntax or ConstructorDeclarationSyntax or FieldDeclarationSyntax or OperatorDeclarationSyntax or IndexerDeclarationSyntax);

    private static (string Name, string Text)[] FieldTestFiles() =>
        Directory.GetFiles(RepositoryFiles.PathOf("tests", "AiRace.Analyzers.Tests", "FieldTest"), "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    private const string BudgetFile = """
        using AiRace.Core;
        namespace App;
        public static class Budget
        {
            public static readonly Money Cap = Money.Cny(100m);
            public static Money Limit { get; } = Money.Cny(5m);
            [Currency("CNY")] public static Money Annotated { get; set; }
            public static Money Total() => Money.Cny(1m);
            public static Money Settable { get; set; } = Money.Cny(1m);
        }
        """;

    private const string UseFile = """
        using AiRace.Core;
        namespace App;
        public static class Use
        {
            public static bool A() => Budget.Cap > Money.Usd(1m);
            public static bool B() => Budget.Limit == Money.Usd(1m);
            public static bool C() => Budget.Annotated < Money.Usd(1m);
            public static Money D() => Budget.Total() + Money.Usd(1m);
            public static bool E(Money m) => m > Money.Usd(1m);
            public static bool F() => Budget.Settable > Money.Usd(1m);
        }
        """;

    private static CSharpCompilation BudgetAndUse() => Compile(("Budget.cs", BudgetFile), ("Use.cs", UseFile));

    private static async Task<List<string>> WholeKeys(Compilation compilation)
    {
        var outcome = await Whole(compilation);
        NoCrash(outcome);
        return Keys(outcome.Diagnostics);
    }

    // ------------------------------------------------------------------ 1. per-document analysis equals the build

    // Promise: AIR0001 works in the build (sanity: the probes below compare something real).
    [Fact]
    public async Task Sanity_build_reports_the_four_known_forms_and_not_the_parameter()
    {
        var keys = await AirOf(BudgetAndUse());
        keys.Should().HaveCount(5);
        keys.Should().OnlyContain(k => k.StartsWith("AIR0001 Use.cs", StringComparison.Ordinal));
        keys.Should().NotContain(k => k.Contains("Use.cs:9:", StringComparison.Ordinal));
    }

    // Promise: "must work live in the IDE as well as in the build": per-document analysis, forward order.
    [Fact]
    public async Task Per_document_forward_equals_build()
    {
        var c = BudgetAndUse();
        var per = await PerTree(c, c.SyntaxTrees);
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(await WholeKeys(c));
    }

    // Promise: as Per_document_forward_equals_build, reverse order (the use file analysed before the file of the members).
    [Fact]
    public async Task Per_document_reverse_equals_build()
    {
        var c = BudgetAndUse();
        var per = await PerTree(c, c.SyntaxTrees.Reverse());
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(await WholeKeys(c));
    }

    // Promise: as Per_document_forward_equals_build, documents analysed in parallel (the IDE analyses open documents concurrently).
    [Fact]
    public async Task Per_document_parallel_equals_build()
    {
        var c = BudgetAndUse();
        var per = await PerTree(c, c.SyntaxTrees, parallel: true);
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(await WholeKeys(c));
    }

    // Promise: span-limited analysis (the IDE analysing the edited method) reports what the build reports inside the span.
    [Fact]
    public async Task Span_of_each_method_equals_build_inside_it()
    {
        var c = BudgetAndUse();
        var whole = (await Whole(c)).Diagnostics.Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal)).ToList();
        var use = c.SyntaxTrees.Single(t => t.FilePath == "Use.cs");
        foreach (var member in Members(use))
        {
            var outcome = await Span(c, use, member.Span);
            NoCrash(outcome);
            Keys(outcome.Diagnostics).Should().Equal(Keys(whole.Where(d => d.Location.SourceTree == use && member.Span.Contains(d.Location.SourceSpan))), member.ToString());
        }
    }

    // Promise: per-document analysis equals the build on the realistic field-test consumer, forward order.
    [Fact]
    public async Task FieldTest_per_document_forward_equals_build()
    {
        var c = Compile(FieldTestFiles());
        var whole = await WholeKeys(c);
        whole.Should().NotBeEmpty();
        var per = await PerTree(c, c.SyntaxTrees);
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(whole);
    }

    // Promise: as FieldTest_per_document_forward_equals_build, reverse order.
    [Fact]
    public async Task FieldTest_per_document_reverse_equals_build()
    {
        var c = Compile(FieldTestFiles());
        var whole = await WholeKeys(c);
        var per = await PerTree(c, c.SyntaxTrees.Reverse());
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(whole);
    }

    // Promise: as FieldTest_per_document_forward_equals_build, all documents in parallel.
    [Fact]
    public async Task FieldTest_per_document_parallel_equals_build()
    {
        var c = Compile(FieldTestFiles());
        var whole = await WholeKeys(c);
        var per = await PerTree(c, c.SyntaxTrees, parallel: true);
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(whole);
    }

    // Promise: the IDE opens one file and analyses it alone (fresh analysis per file): equals the build's diagnostics in that file.
    [Fact]
    public async Task FieldTest_each_file_alone_with_a_fresh_analysis_equals_build()
    {
        var c = Compile(FieldTestFiles());
        var whole = (await Whole(c)).Diagnostics;
        var differences = new List<string>();
        foreach (var tree in c.SyntaxTrees)
        {
            var outcome = await Span(c, tree, tree.GetRoot().FullSpan);
            NoCrash(outcome);
            var expected = Keys(whole.Where(d => d.Location.SourceTree == tree));
            var actual = Keys(outcome.Diagnostics);
            differences.AddRange(expected.Except(actual).Select(k => "missing alone: " + k));
            differences.AddRange(actual.Except(expected).Select(k => "extra alone: " + k));
        }

        differences.Should().BeEmpty();
    }

    // Promise: a span-limited analysis of the one member the user is editing (fresh analysis) equals the build there.
    [Fact]
    public async Task FieldTest_each_reporting_member_alone_equals_build()
    {
        var c = Compile(FieldTestFiles());
        var whole = (await Whole(c)).Diagnostics.Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal)).ToList();
        var differences = new List<string>();
        foreach (var tree in c.SyntaxTrees)
        {
            foreach (var member in Members(tree).Where(m => m is not FieldDeclarationSyntax || true))
            {
                var inside = whole.Where(d => d.Location.SourceTree == tree && member.Span.Contains(d.Location.SourceSpan)).ToList();
                if (inside.Count == 0 && member.SpanStart % 3 != 0)
                {
                    continue; // every member with a finding, a third of the others
                }

                var outcome = await Span(c, tree, member.Span);
                NoCrash(outcome);
                var expected = Keys(inside);
                var actual = Keys(outcome.Diagnostics.Where(d => member.Span.Contains(d.Location.SourceSpan)));
                differences.AddRange(expected.Except(actual).Select(k => "missing in span: " + k));
                differences.AddRange(actual.Except(expected).Select(k => "extra in span: " + k));
            }
        }

        differences.Should().BeEmpty();
    }

    // Promise: per-document = build on a multi-file layered application (records, primary constructors, LINQ mapping).
    [Fact]
    public async Task Layered_application_per_document_reverse_and_spans_equal_build()
    {
        var c = Compile(
            ("Domain.cs", """
                using AiRace.Core;
                namespace App.Domain;
                public sealed record Grant(string Name, Money Amount);
                public sealed record Row(string Name, decimal Amount, string Code);
                """),
            ("Mapper.cs", """
                using System.Collections.Generic;
                using System.Linq;
                using AiRace.Core;
                using App.Domain;
                namespace App.Data;
                public static class GrantMapper
                {
                    public static List<Grant> Map(IEnumerable<Row> rows) => rows.Select(r => new Grant(r.Name, Money.Cny(r.Amount))).ToList();
                    public static Grant One(Row r) => new(r.Name, Money.Cny(r.Amount));
                }
                """),
            ("Guard.cs", """
                using AiRace.Core;
                namespace App.Services;
                public sealed class BudgetGuard(Money cap)
                {
                    public bool Blocks() => cap < Money.Usd(10m);
                }
                public static class Startup
                {
                    public static BudgetGuard Build() => new(Money.Eur(500m));
                }
                """),
            ("Service.cs", """
                using AiRace.Core;
                using App.Domain;
                namespace App.Services;
                public sealed class GrantService
                {
                    public bool IsLarge(Grant g) => g.Amount > Money.Usd(1_000m);
                }
                """));
        var whole = await WholeKeys(c);
        whole.Where(k => k.StartsWith("AIR0001", StringComparison.Ordinal)).Should().HaveCount(2);
        var reverse = await PerTree(c, c.SyntaxTrees.Reverse());
        NoCrash(reverse);
        Keys(reverse.Diagnostics).Should().Equal(whole);
        foreach (var tree in c.SyntaxTrees)
        {
            foreach (var member in Members(tree))
            {
                var outcome = await Span(c, tree, member.Span);
                NoCrash(outcome);
                Keys(outcome.Diagnostics).Should().BeSubsetOf(whole);
            }
        }

        var service = c.SyntaxTrees.Single(t => t.FilePath == "Service.cs");
        Keys((await Span(c, service, Members(service).Single().Span)).Diagnostics).Should().HaveCount(1);
        // AIR0010 (a symbol action) is in the per-document result too
        var guard = c.SyntaxTrees.Single(t => t.FilePath == "Guard.cs");
        Keys((await Span(c, guard, Members(guard).First().Span)).Diagnostics).Should().HaveCount(1);
    }

    // Promise: facts cached per compilation must not depend on which member was asked first (IDE vs build order): a
    // chain of 40 methods, or of fields, each returning the previous one, asked deep-first then shallow, must give the
    // same answer for the shallow question as when it is asked alone.
    [Theory]
    [InlineData("    public static Money M0() => Money.Cny(1m);", "    public static Money M{0}() => M{1}();", "Chain.M40()", "Chain.M10()")]
    [InlineData("    public static readonly Money F0 = Money.Cny(1m);", "    public static readonly Money F{0} = F{1};", "Chain.F40", "Chain.F10")]
    public async Task Fact_answer_does_not_depend_on_question_order_in_a_deep_chain(string first, string link, string deepUse, string shallowUse)
    {
        var chain = new StringBuilder("using AiRace.Core;\nnamespace App;\npublic static class Chain\n{\n").Append(first).Append('\n');
        for (int i = 1; i <= 40; i++)
        {
            chain.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, link, i, i - 1)).Append('\n');
        }

        chain.Append("}\n");
        var c = Compile(("Chain.cs", chain.ToString()), ("Deep.cs", $"using AiRace.Core;\nnamespace App;\npublic static class Deep {{ public static bool X() => {deepUse} > Money.Usd(1m); }}\n"), ("Shallow.cs", $"using AiRace.Core;\nnamespace App;\npublic static class Shallow {{ public static bool Y() => {shallowUse} > Money.Usd(1m); }}\n"));
        var deep = c.SyntaxTrees.Single(t => t.FilePath == "Deep.cs");
        var shallow = c.SyntaxTrees.Single(t => t.FilePath == "Shallow.cs");

        // the shallow question alone
        var alone = await Span(c, shallow, shallow.GetRoot().FullSpan);
        NoCrash(alone);
        Keys(alone.Diagnostics).Should().HaveCount(1, "yuan from 40 links away is compared with dollars");

        // the deep question first, then the shallow one, in one analysis
        var outcome = new Outcome();
        var analysis = With(c, outcome, concurrent: false);
        await analysis.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(deep), null, CancellationToken.None);
        var after = await analysis.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(shallow), null, CancellationToken.None);
        NoCrash(outcome);
        _output.WriteLine("alone: " + string.Join("; ", Keys(alone.Diagnostics)));
        _output.WriteLine("after deep: " + string.Join("; ", Keys(after)));
        Keys(after).Should().Equal(Keys(alone.Diagnostics));
    }

    // ------------------------------------------------------------------ 2. edits

    private static CSharpCompilation Edit(CSharpCompilation c, string file, string from, string to)
    {
        var old = c.SyntaxTrees.Single(t => t.FilePath == file);
        string text = old.GetText().ToString();
        text.Should().Contain(from);
        return c.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(text.Replace(from, to, StringComparison.Ordinal), Encoding.UTF8)));
    }

    // Promise: an edit of a field's initialiser in file A is followed in file B (no stale cache); the old compilation keeps its answer.
    [Fact]
    public async Task Edit_field_initialiser_CNY_to_USD_is_followed_and_old_compilation_unchanged()
    {
        var c = BudgetAndUse();
        var before = await WholeKeys(c);
        var edited = Edit(c, "Budget.cs", "Cap = Money.Cny(100m)", "Cap = Money.Usd(100m)");
        var after = await WholeKeys(edited);
        after.Should().HaveCount(before.Count - 1);
        after.Should().NotContain(k => k.Contains("Use.cs:5:", StringComparison.Ordinal));
        (await WholeKeys(c)).Should().Equal(before);
    }

    // Promise: as Edit_field_initialiser_CNY_to_USD_is_followed_and_old_compilation_unchanged for a get-only property initialiser, analysed per document (the IDE re-analyses only the open file).
    [Fact]
    public async Task Edit_property_initialiser_followed_in_per_document_analysis_of_the_other_file()
    {
        var c = BudgetAndUse();
        var use = c.SyntaxTrees.Single(t => t.FilePath == "Use.cs");
        var before = Keys((await Span(c, use, use.GetRoot().FullSpan)).Diagnostics);
        var edited = Edit(c, "Budget.cs", "Limit { get; } = Money.Cny(5m)", "Limit { get; } = Money.Usd(5m)");
        var editedUse = edited.SyntaxTrees.Single(t => t.FilePath == "Use.cs");
        var after = Keys((await Span(edited, editedUse, editedUse.GetRoot().FullSpan)).Diagnostics);
        after.Should().HaveCount(before.Count - 1);
        after.Should().NotContain(k => k.Contains("Use.cs:6:", StringComparison.Ordinal));
    }

    // Promise: as Edit_field_initialiser_CNY_to_USD_is_followed_and_old_compilation_unchanged for the [Currency] annotation, with the same analyzer instance for both compilations.
    [Fact]
    public async Task Edit_annotation_CNY_to_USD_is_followed_with_the_same_analyzer_instance()
    {
        var analyzer = new AiRaceAnalyzer();
        var c = BudgetAndUse();
        var before = await Whole(c, analyzer: analyzer);
        NoCrash(before);
        var edited = Edit(c, "Budget.cs", "[Currency(\"CNY\")]", "[Currency(\"USD\")]");
        var after = await Whole(edited, analyzer: analyzer);
        NoCrash(after);
        Keys(after.Diagnostics).Should().HaveCount(Keys(before.Diagnostics).Count - 1);
        Keys(after.Diagnostics).Should().NotContain(k => k.Contains("Use.cs:7:", StringComparison.Ordinal));
    }

    // Promise: unknown means silent after an edit that adds a write elsewhere: a new file writing dollars to a settable
    // property makes the property unknown (AddSyntaxTrees, as the IDE adds a document).
    [Fact]
    public async Task Adding_a_file_that_writes_dollars_silences_the_settable_property()
    {
        var c = BudgetAndUse();
        var before = await WholeKeys(c);
        var added = c.AddSyntaxTrees(CSharpSyntaxTree.ParseText("using AiRace.Core;\nnamespace App;\npublic static class Setup { public static void Run() => Budget.Settable = Money.Usd(3m); }\n", Latest, "Setup.cs", Encoding.UTF8));
        var after = await WholeKeys(added);
        after.Should().NotContain(k => k.Contains("Use.cs:10:", StringComparison.Ordinal), "the property now holds yuan or dollars");
        _output.WriteLine("before: " + string.Join("; ", before));
    }

    // Promise: an edit that adds a write of dollars to a (non-readonly, per AIR0001.md "readonly or not") field in another
    // file silences it at once; removing 'readonly' alone keeps the report (every write still states yuan).
    [Fact]
    public async Task Removing_readonly_then_writing_dollars_elsewhere_silences_the_field()
    {
        var edited = Edit(BudgetAndUse(), "Budget.cs", "public static readonly Money Cap", "public static Money Cap");
        (await WholeKeys(edited)).Should().Contain(k => k.Contains("Use.cs:5:", StringComparison.Ordinal));
        var written = Edit(edited, "Use.cs", "public static bool E(Money m)", "public static void W() => Budget.Cap = Money.Usd(1m);\n    public static bool E(Money m)");
        var use = written.SyntaxTrees.Single(t => t.FilePath == "Use.cs");
        (await WholeKeys(written)).Should().NotContain(k => k.Contains("Use.cs:5:", StringComparison.Ordinal));
        Keys((await Span(written, use, Members(use).First().Span)).Diagnostics).Should().BeEmpty("the span analysis after the edit agrees");
    }

    // Promise: a half-typed edit of the member file (syntax error mid-initialiser) never throws and the use file stays consistent.
    [Fact]
    public async Task Half_typed_member_file_never_throws()
    {
        foreach (var to in new[] { "Cap = Money.", "Cap = Money.Cny(", "Cap = Money.Cny(100m) + ", "Cap = ", "Cap = Money.Usd(1m) + Money.Cny(" })
        {
            var edited = Edit(BudgetAndUse(), "Budget.cs", "Cap = Money.Cny(100m)", to);
            var keys = await WholeKeys(edited);
            keys.Should().NotContain(k => k.Contains("Use.cs:5:", StringComparison.Ordinal), to);
        }
    }

    // ------------------------------------------------------------------ 3. generated code

    private const string Mismatch = """
        using AiRace.Core;
        namespace Gen;
        public static class Generated
        {
            public static bool A() => Money.Cny(1m) > Money.Usd(1m);
            public static Money B() => Money.Cny((decimal)1.5);
            public static Money C() => Money.Of(1m, "RMB");
        }
        """;

    // Promise: the analyzers skip generated code (auto-generated header).
    [Fact]
    public async Task Auto_generated_header_gets_no_diagnostics()
    {
        (await AirOf(Compile(("Gen.cs", "// <auto-generated/>\n" + Mismatch)))).Should().BeEmpty();
    }

    // Promise: the analyzers skip generated code (file names .g.cs, .designer.cs, .generated.cs, .g.i.cs).
    [Fact]
    public async Task Generated_file_names_get_no_diagnostics()
    {
        foreach (var name in new[] { "Gen.g.cs", "Form1.Designer.cs", "Api.generated.cs", "Gen.g.i.cs" })
        {
            (await AirOf(Compile((name, Mismatch)))).Should().BeEmpty(name);
        }
    }

    // Promise: the analyzers skip generated code ([GeneratedCode] on the type).
    [Fact]
    public async Task GeneratedCode_attribute_gets_no_diagnostics()
    {
        (await AirOf(Compile(("Gen.cs", Mismatch.Replace("public static class Generated", "[System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1\")]\npublic static class Generated", StringComparison.Ordinal))))).Should().BeEmpty();
    }

    // Promise: the analyzers skip generated code (.editorconfig generated_code = true).
    [Fact]
    public Task Editorconfig_generated_code_true_gets_no_diagnostics() =>
        Verify<CurrencyMismatchRule>.DiagnosticsWithEditorConfig(Mismatch, "root = true\n\n[*.cs]\ngenerated_code = true\n");

    // Promise: unknown means silent: a generated file writing dollars into a property initialised in yuan makes it unknown.
    [Fact]
    public async Task Write_in_generated_code_counts_for_user_code()
    {
        var c = Compile(
            ("Settings.cs", "using AiRace.Core;\nnamespace App;\npublic sealed partial class Settings { public Money Cap { get; set; } = Money.Cny(1m); }\n"),
            ("Settings.g.cs", "// <auto-generated/>\nusing AiRace.Core;\nnamespace App;\npublic sealed partial class Settings { public void Load() { Cap = Money.Usd(2m); } }\n"),
            ("Use.cs", "using AiRace.Core;\nnamespace App;\npublic static class Use { public static bool A(Settings s) => s.Cap > Money.Usd(1m); }\n"));
        (await AirOf(c)).Should().BeEmpty();
    }

    // Promise: unknown means silent: a readonly field set in a generated constructor is unknown.
    [Fact]
    public async Task Readonly_field_written_in_generated_constructor_is_unknown()
    {
        var c = Compile(
            ("Rates.cs", "using AiRace.Core;\nnamespace App;\npublic sealed partial class Rates { public readonly Money Floor = Money.Cny(1m); public bool Low() => Floor < Money.Usd(1m); }\n"),
            ("Rates.Designer.cs", "using AiRace.Core;\nnamespace App;\npublic sealed partial class Rates { public Rates() { Floor = Money.Usd(2m); } }\n"));
        (await AirOf(c)).Should().BeEmpty();
    }

    // Promise: user code using a value from generated code keeps working (a known yuan field of a generated file).
    [Fact]
    public async Task Value_from_generated_code_flows_to_user_code_without_crash()
    {
        var c = Compile(
            ("Consts.g.cs", "// <auto-generated/>\nusing AiRace.Core;\nnamespace App;\npublic static partial class Consts { public static readonly Money Cap = Money.Cny(1m); }\n"),
            ("Use.cs", "using AiRace.Core;\nnamespace App;\npublic static class Use { public static bool A() => Consts.Cap > Money.Usd(1m); public static bool B() => Consts.Cap > Money.Cny(1m); }\n"));
        var keys = await AirOf(c);
        keys.Should().OnlyContain(k => k.Contains("Use.cs:3:", StringComparison.Ordinal));
        keys.Should().NotContain(k => k.Contains("Consts.g.cs", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ 4. suppressions

    // Promise: #pragma warning disable silences the rule without exceptions.
    [Fact]
    public async Task Pragma_disable_silences()
    {
        (await AirOf("using AiRace.Core;\nstatic class P {\n#pragma warning disable AIR0001\n static bool A() => Money.Cny(1m) > Money.Usd(1m);\n#pragma warning restore AIR0001\n}\n")).Should().BeEmpty();
    }

    // Promise: [SuppressMessage] on a member silences the rule.
    [Fact]
    public async Task SuppressMessage_on_member_silences()
    {
        (await AirOf("using AiRace.Core;\nusing System.Diagnostics.CodeAnalysis;\nstatic class P {\n [SuppressMessage(\"Correctness\", \"AIR0001:Money in different currencies\")] static bool A() => Money.Cny(1m) > Money.Usd(1m);\n}\n")).Should().BeEmpty();
    }

    // Promise: a GlobalSuppressions file silences the rule for its target.
    [Fact]
    public async Task GlobalSuppressions_silences()
    {
        var c = Compile(
            ("GlobalSuppressions.cs", "using System.Diagnostics.CodeAnalysis;\n[assembly: SuppressMessage(\"Correctness\", \"AIR0001\", Scope = \"member\", Target = \"~M:App.P.A~System.Boolean\")]\n"),
            ("P.cs", "using AiRace.Core;\nnamespace App;\npublic static class P { public static bool A() => Money.Cny(1m) > Money.Usd(1m); }\n"));
        (await AirOf(c)).Should().BeEmpty();
    }

    // Promise: severity none through the compilation options (NoWarn / rule set) silences that rule only.
    [Fact]
    public async Task SpecificDiagnosticOptions_none_silences_only_that_rule()
    {
        var keys = await AirOf(
            "using AiRace.Core;\nstatic class P { static bool A() => Money.Cny(1m) > Money.Usd(1m); static Money B() => Money.Cny((decimal)1.5); }\n",
            options: o => o.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["AIR0001"] = ReportDiagnostic.Suppress }));
        keys.Should().NotContain(k => k.StartsWith("AIR0001", StringComparison.Ordinal));
        keys.Should().Contain(k => k.StartsWith("AIR0002", StringComparison.Ordinal));
    }

    // Promise: every rule off: nothing reported, nothing thrown.
    [Fact]
    public async Task Every_rule_off_reports_nothing_and_never_throws()
    {
        var ids = new AiRaceAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().ToDictionary(id => id, _ => ReportDiagnostic.Suppress);
        (await AirOf(Mismatch, options: o => o.WithSpecificDiagnosticOptions(ids))).Should().BeEmpty();
    }

    // Promise: .editorconfig dotnet_diagnostic.AIR0001.severity = none silences the rule.
    [Fact]
    public Task Editorconfig_severity_none_silences() =>
        Verify<CurrencyMismatchRule>.DiagnosticsWithEditorConfig(
            "using AiRace.Core;\nstatic class P { static bool A() => Money.Cny(1m) > Money.Usd(1m); }\n",
            "root = true\n\n[*.cs]\ndotnet_diagnostic.AIR0001.severity = none\n");

    // Promise: warnaserror / severity raised through the compilation options still reports (the rule is not left out).
    [Fact]
    public async Task SpecificDiagnosticOptions_error_still_reports()
    {
        var keys = await AirOf(
            "using AiRace.Core;\nstatic class P { static Money B() => Money.Cny((decimal)1.5); }\n",
            options: o => o.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["AIR0002"] = ReportDiagnostic.Error }).WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        keys.Should().Contain(k => k.StartsWith("AIR0002", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ 5. half-typed and unusual code: never AD0001

    private async Task NeverThrows(string source, CSharpParseOptions? parse = null, bool unsafeCode = false)
    {
        var c = Compile(new[] { ("Probe.cs", source) }, parse ?? Preview, unsafeCode ? o => o.WithAllowUnsafe(true) : null);
        foreach (var d in c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))
        {
            _output.WriteLine("compiler: " + d);
        }

        await AirOf(c);
        await AirOf(c, concurrent: false);
        foreach (var tree in c.SyntaxTrees)
        {
            foreach (var member in Members(tree))
            {
                NoCrash(await Span(c, tree, member.Span));
            }
        }
    }

    private static string Wrap(string body) => "using System;\nusing System.Linq;\nusing System.Collections.Generic;\nusing AiRace.Core;\nnamespace App;\npublic static class Probe\n{\n" + body + "\n}\n";

    // Promise: never throws on a binary expression missing its right operand.
    [Fact]
    public Task Half_typed_binary() => NeverThrows(Wrap("static Money A() => Money.Cny(1m) + ;\nstatic bool B() => Money.Cny(1m) > ;\nstatic void C() { var x = Money.Cny(1m); x += ; x = x - }"));

    // Promise: never throws on a half-typed member access.
    [Fact]
    public Task Half_typed_member_access() => NeverThrows(Wrap("static Money A() => Money.;\nstatic bool B() => Money.Cny(1m).;\nstatic Money C() => Money.Cny(1m) + Money.\n"));

    // Promise: never throws on an unclosed constructor call.
    [Fact]
    public Task Unclosed_constructor_call() => NeverThrows(Wrap("static Money A() => new Money(;\nstatic Money B() => new Money(1m, ;\nstatic Money C() => new Money(1.5, Currency.USD\n"));

    // Promise: never throws on unclosed lambdas.
    [Fact]
    public Task Unclosed_lambdas() => NeverThrows(Wrap("static void A() { Func<Money, Money> f = m => m + ; Func<Money, bool> g = m => { return m > Money.Usd(1m)\n }\nstatic Money B() => new[] { Money.Cny(1m) }.Aggregate((a, b) => a + "));

    // Promise: never throws on unresolved types and members; unknown means silent.
    [Fact]
    public async Task Unresolved_types_and_members_are_silent()
    {
        var keys = await AirOf(Wrap("static bool A() => Budget.Nope > Money.Usd(1m);\nstatic Money B() => Unknown.Cny(1m) + Money.Usd(1m);\nstatic Money C() { var x = Missing(); return x + Money.Usd(1m); }\nstatic bool D() => Money.Nope(1m) > Money.Usd(1m);\nstatic Money E() => Money.Of(1m, Currency.XYZ) + Money.Usd(1m);\nstatic Money F(Missing m) => m.Cap + Money.Usd(1m);"));
        keys.Should().BeEmpty();
    }

    // Promise: never throws on malformed [Currency] annotations and annotations on wrong targets; unknown means silent:
    // an annotation the compiler refuses (or that names no currency) states nothing.
    [Fact]
    public async Task Malformed_currency_annotations()
    {
        var src = Wrap("""
                [Currency()] static Money A { get; set; }
                [Currency(null)] static Money B { get; set; }
                [Currency(123)] static Money C { get; set; }
                [Currency("")] static Money D { get; set; }
                [Currency("cny")] static Money E { get; set; }
                [Currency("CNY", "USD")] static Money F { get; set; }
                [Currency("CNY")] static decimal G { get; set; }
                [Currency("CNY")] static void H() { }
                [Currency(Currency.USD)] static Money I { get; set; }
                [Currency(nameof(Money))] static Money J { get; set; }
                static bool Use() => A > Money.Usd(1m) | B > Money.Usd(1m) | C > Money.Usd(1m) | D > Money.Usd(1m) | F > Money.Usd(1m) | I > Money.Usd(1m) | J > Money.Usd(1m);
                static bool UseE() => E > Money.Usd(1m);
                static void Local() { [Currency("CNY")] Money L() => Money.Usd(1m); Func<Money, Money> f = [Currency("CNY")] (m) => m; }
                """);
        await NeverThrows(src);
        var c = Compile(new[] { ("Probe.cs", src) }, Preview);
        var keys = await AirOf(c);
        keys.Should().NotContain(k => k.Contains("Probe.cs:18:", StringComparison.Ordinal), "an annotation the compiler refuses states nothing");
    }

    // Promise: never throws on self-recursive properties and mutually recursive methods returning Money.
    [Fact]
    public Task Recursive_members() => NeverThrows(Wrap("""
            static Money P => P;
            static Money Q => Q + Money.Cny(1m);
            static Money A(int n) => n > 0 ? B(n - 1) : Money.Cny(1m);
            static Money B(int n) => n > 0 ? A(n - 1) : Money.Cny(2m);
            static Money C(Money m) => D(m);
            static Money D(Money m) => C(m);
            static bool Use() => P > Money.Usd(1m) | Q > Money.Usd(1m) | A(3) > Money.Usd(1m) | C(Money.Cny(1m)) > Money.Usd(1m);
            """));

    // Promise: never throws on cyclic static field initialisers; unknown/none is silent.
    [Fact]
    public async Task Cyclic_static_field_initialisers()
    {
        var src = Wrap("""
            static readonly Money X = Y;
            static readonly Money Y = X + Money.Cny(1m);
            static readonly Money Z = Z;
            static bool Use() => X > Money.Usd(1m) | Z > Money.Usd(1m);
            """);
        await NeverThrows(src);
    }

    // Promise: never throws on a chain of 3,000 Money terms (and reports the mismatch in it).
    [Fact(Timeout = 300_000)]
    public async Task Chain_of_3000_money_terms()
    {
        string chain = "Money.Cny(1m)" + string.Concat(Enumerable.Repeat(" + Money.Cny(1m)", 3000)) + " + Money.Usd(1m)";
        var keys = await AirOf(Wrap($"static Money A() => {chain};\nstatic bool B() => {chain.Replace(" + Money.Usd(1m)", string.Empty, StringComparison.Ordinal)} > Money.Usd(1m);"));
        keys.Should().NotBeEmpty();
    }

    // Promise: never throws on 500 nested conditionals of Money.
    [Fact(Timeout = 300_000)]
    public Task Nested_conditionals_500() =>
        NeverThrows(Wrap("static bool A(int i) => (" + string.Concat(Enumerable.Range(0, 500).Select(k => $"i == {k} ? Money.Cny({k}m) : ")) + "Money.Cny(0m)) > Money.Usd(1m);\nstatic Money B(int i) { var m = " + string.Concat(Enumerable.Range(0, 500).Select(k => $"i == {k} ? Money.Cny({k}m) : ")) + "Money.Usd(0m); return m + Money.Usd(1m); }"));

    // Promise: never throws on 500 nested lambdas.
    [Fact(Timeout = 300_000)]
    public Task Nested_lambdas_500()
    {
        string inner = "Money.Cny(1m)";
        for (int i = 0; i < 500; i++)
        {
            inner = $"((Func<Money>)(() => {inner}))()";
        }

        return NeverThrows(Wrap($"static bool A() => {inner} > Money.Usd(1m);\nstatic Money B() {{ var x = {inner}; return x + Money.Usd(1m); }}"));
    }

    // Promise: top-level statements (locals of the implicit Main) work and never throw.
    [Fact]
    public async Task Top_level_statements()
    {
        var keys = await AirOf("using AiRace.Core;\nvar yuan = Money.Cny(1m);\nvar dollars = Money.Usd(1m);\nConsole.WriteLine(yuan > dollars);\nstatic Money Local() => Money.Cny(2m);\nConsole.WriteLine(Local() + dollars);\nreturn;\n", Preview);
        keys.Should().HaveCount(2);
    }

    // Promise: file-local types work and never throw.
    [Fact]
    public async Task File_local_types()
    {
        var keys = await AirOf("using AiRace.Core;\nfile static class Caps { public static readonly Money Cap = Money.Cny(1m); }\nfile record Box(Money Value);\nstatic class P { static bool A() => Caps.Cap > Money.Usd(1m); static bool B() => new Box(Money.Cny(1m)).Value > Money.Usd(1m); }\n");
        keys.Should().Contain(k => k.Contains("Probe.cs:4:", StringComparison.Ordinal));
    }

    // Promise: unknown means silent: a class primary-constructor parameter captured and written in a lambda.
    [Fact]
    public async Task Primary_constructor_parameter_written_in_a_lambda_is_silent()
    {
        var keys = await AirOf("using System;\nusing AiRace.Core;\npublic sealed class Guard(Money cap)\n{\n    public Action Reset => () => cap = Money.Usd(1m);\n    public bool Blocks() => cap < Money.Usd(10m);\n}\npublic static class Make { public static Guard G() => new(Money.Eur(1m)); }\n");
        keys.Should().BeEmpty();
    }

    // Promise: collection expressions with spreads never throw; mixed currencies ordered are found.
    [Fact]
    public Task Collection_expressions() => NeverThrows(Wrap("""
            static Money A() { Money[] yuan = [Money.Cny(1m), Money.Cny(2m)]; Money[] mixed = [..yuan, Money.Usd(1m)]; return mixed.Max(); }
            static bool B() { List<Money> l = [Money.Cny(1m)]; Money[] e = []; return l[0] > Money.Usd(1m) && e.Length == 0; }
            static Money C() { ReadOnlySpan<Money> s = [Money.Cny(1m), Money.Cny(2m)]; return s[0] + Money.Usd(1m); }
            static IEnumerable<Money> D() => [.. Enumerable.Repeat(Money.Cny(1m), 3), Money.Usd(1m)];
            """));

    // Promise: spans, ref locals and ref structs of Money never throw; a ref write makes the value unknown.
    [Fact]
    public async Task Spans_and_ref_locals()
    {
        var src = Wrap("""
            ref struct Holder { public Span<Money> Items; public Holder(Span<Money> items) { Items = items; } }
            static bool A() { var arr = new[] { Money.Cny(1m) }; ref Money r = ref arr[0]; r = Money.Usd(2m); return arr[0] > Money.Usd(1m); }
            static bool B() { Span<Money> s = new[] { Money.Cny(1m) }; s[0] = Money.Usd(1m); return s[0] > Money.Usd(1m); }
            static bool C() { var m = Money.Cny(1m); ref var alias = ref m; alias = Money.Usd(1m); return m > Money.Usd(1m); }
            static bool D() { var h = new Holder(new[] { Money.Cny(1m) }); h.Items[0] = Money.Usd(3m); return h.Items[0] > Money.Usd(1m); }
            static bool E() { scoped Span<Money> s = stackalloc Money[0]; return s.Length > 0 && s[0] > Money.Usd(1m); }
            """);
        await NeverThrows(src);
        var keys = await AirOf(Compile(new[] { ("Probe.cs", src) }, Preview));
        keys.Where(k => k.StartsWith("AIR0001", StringComparison.Ordinal)).Should().BeEmpty("every compared value was overwritten with dollars");
    }

    // Promise: unsafe code and function pointers never throw.
    [Fact]
    public Task Unsafe_code_and_function_pointers() => NeverThrows(Wrap("""
            static bool Cmp(Money a, Money b) => a > b;
            static unsafe bool A() { delegate*<Money, Money, bool> f = &Cmp; return f(Money.Cny(1m), Money.Usd(1m)); }
            static unsafe decimal B() { decimal d = 1m; decimal* p = &d; return Money.Cny(*p).Amount + *p; }
            static unsafe Money C() { var arr = new decimal[] { 1m }; fixed (decimal* p = arr) { return Money.Of((double)*p, "CNY"); } }
            """), unsafeCode: true);

    // Promise: default interface members and static abstract members returning Money never throw; unknown (virtual) is silent.
    [Fact]
    public async Task Default_interface_members()
    {
        var keys = await AirOf("using AiRace.Core;\npublic interface IBudget { Money Cap => Money.Cny(1m); static abstract Money Floor { get; } bool Over() => Cap > Money.Usd(1m); }\npublic sealed class B : IBudget { public Money Cap => Money.Usd(1m); public static Money Floor => Money.Cny(1m); }\npublic static class Use { public static bool A(IBudget b) => b.Cap > Money.Usd(1m); public static bool F<T>() where T : IBudget => T.Floor > Money.Usd(1m); }\n", Preview);
        keys.Should().NotContain(k => k.Contains("Probe.cs:4:", StringComparison.Ordinal), "an interface member may be implemented in any currency");
    }

    // Promise: generic-math helpers over interface-constrained type parameters never throw and are followed only for Money.
    [Fact]
    public Task Generic_math_type_parameters() => NeverThrows(Wrap("""
            static T Add<T>(T a, T b) where T : System.Numerics.IAdditionOperators<T, T, T> => a + b;
            static bool Gt<T>(T a, T b) where T : System.Numerics.IComparisonOperators<T, T, bool> => a > b;
            static T Sum<T>(IEnumerable<T> xs, T seed) where T : System.Numerics.IAdditionOperators<T, T, T> => xs.Aggregate(seed, (x, y) => x + y);
            static object A() => Add(Money.Cny(1m), Money.Usd(1m));
            static object B() => Gt(Money.Cny(1m), Money.Usd(1m));
            static object C() => Sum(new[] { Money.Cny(1m), Money.Usd(1m) }, Money.Zero(Currency.CNY));
            static object D() => Add(1m, 2m);
            """));

    // Promise: dynamic holding Money never throws (operations on dynamic are not Money's operators).
    [Fact]
    public Task Dynamic_holding_money() => NeverThrows(Wrap("""
            static object A() { dynamic d = Money.Cny(1m); return d + Money.Usd(1m); }
            static object B() { dynamic d = Money.Cny(1m); return d > Money.Usd(1m); }
            static object C() { dynamic d = 1.5; return Money.Of(d, "CNY"); }
            static object D() { dynamic d = Money.Cny(1m); Money m = d; return m > Money.Usd(1m); }
            static object E(dynamic x) => Math.Round(x.Amount) + Money.Cny(1m).Amount;
            """));

    // Promise: async streams of Money never throw.
    [Fact]
    public Task Async_streams() => NeverThrows(Wrap("""
            static async IAsyncEnumerable<Money> Stream() { yield return Money.Cny(1m); await System.Threading.Tasks.Task.Yield(); yield return Money.Usd(1m); }
            static async System.Threading.Tasks.Task<bool> A() { await foreach (var m in Stream()) { if (m > Money.Usd(1m)) return true; } return false; }
            static async System.Threading.Tasks.Task<Money> B() { var total = Money.Zero(Currency.CNY); await foreach (var m in Stream()) total += m; return total; }
            """));

    // Promise: list patterns over Money[] never throw.
    [Fact]
    public Task List_patterns() => NeverThrows(Wrap("""
            static bool A(Money[] xs) => xs is [var a, .., var b] && a > b;
            static bool B() { Money[] xs = [Money.Cny(1m), Money.Usd(1m)]; return xs is [var a, var b] && a > b; }
            static bool C(Money[] xs) => xs is [{ Amount: > 0m, Currency.Code: "CNY" } first, ..] && first > Money.Usd(1m);
            static string D(Money[] xs) => xs switch { [] => "none", [var one] => one.ToString(), [_, .. var rest] => rest.Length.ToString() };
            """));

    // Promise: static local functions returning Money work like methods and never throw.
    [Fact]
    public async Task Static_local_functions()
    {
        var keys = await AirOf(Wrap("static bool A() { static Money Yuan() => Money.Cny(1m); return Yuan() > Money.Usd(1m); }\nstatic bool B() { static Money Pass(Money m) => m; return Pass(Money.Cny(1m)) > Money.Usd(1m); }"));
        keys.Should().OnlyContain(k => k.StartsWith("AIR0001", StringComparison.Ordinal));
    }

    // Promise: partial properties (C# 13) never throw; a partial property is not trusted.
    [Fact]
    public Task Partial_properties() => NeverThrows("""
            using AiRace.Core;
            namespace App;
            public partial class Box
            {
                public partial Money Cap { get; }
                public partial Money Cap { get => Money.Cny(1m); }
                public partial Money Floor { get; set; }
                private Money _floor = Money.Cny(1m);
                public partial Money Floor { get => _floor; set => _floor = value; }
                public bool A() => Cap > Money.Usd(1m);
                public bool B() => Floor > Money.Usd(1m);
            }
            """);

    // Promise (no false positives): a 'field' keyword property whose setter converts stores dollars whatever it is given; yuan
    // written through the setter never reach the backing field.
    [Fact]
    public async Task Field_keyword_setter_that_converts_is_not_read_as_the_written_currency()
    {
        var keys = await AirOf("""
            using AiRace.Core;
            namespace App;
            public sealed class Account
            {
                public Money Balance { get; set => field = Money.Usd(value.Amount); } = Money.Usd(0m);
            }
            public static class Use
            {
                public static bool A()
                {
                    var account = new Account { Balance = Money.Cny(5m) };
                    return account.Balance > Money.Usd(1m);
                }
            }
            """, Preview);
        keys.Should().BeEmpty("the setter always stores dollars");
    }

    // Promise (no false positives): a 'field' keyword getter that converts returns dollars whatever was stored.
    [Fact]
    public async Task Field_keyword_getter_that_converts_is_not_read_as_the_stored_currency()
    {
        var keys = await AirOf("""
            using AiRace.Core;
            namespace App;
            public sealed class Account
            {
                public Money Balance { get => Money.Usd(field.Amount); } = Money.Cny(5m);
            }
            public static class Use
            {
                public static bool A(Account account) => account.Balance > Money.Usd(1m);
            }
            """, Preview);
        keys.Should().BeEmpty("the getter always returns dollars");
    }

    // Promise (no false positives): an initialised auto-property whose setter converts (classic backing field form) is not trusted.
    [Fact]
    public async Task Get_only_field_keyword_property_written_in_constructor_is_silent()
    {
        var keys = await AirOf("""
            using AiRace.Core;
            namespace App;
            public sealed class Account
            {
                public Account(bool dollars) { if (dollars) Balance = Money.Usd(1m); }
                public Money Balance { get => field; } = Money.Cny(5m);
            }
            public static class Use
            {
                public static bool A(Account account) => account.Balance > Money.Usd(1m);
            }
            """, Preview);
        keys.Should().BeEmpty("the constructor may store dollars");
    }

    // Promise: extension blocks (C# 14) never throw.
    [Fact]
    public Task Extension_blocks() => NeverThrows("""
            using AiRace.Core;
            namespace App;
            public static class MoneyExtensions
            {
                extension(Money m)
                {
                    public Money Doubled => m + m;
                    public bool Exceeds(Money other) => m > other;
                    public static Money Yuan(decimal d) => Money.Cny(d);
                }
            }
            public static class Use
            {
                public static bool A() => Money.Cny(1m).Exceeds(Money.Usd(1m));
                public static bool B() => Money.Yuan(1m) > Money.Usd(1m);
                public static bool C() => Money.Cny(1m).Doubled > Money.Usd(1m);
            }
            """);

    // Promise (no false positives): a null-conditional assignment (C# 14) is a write: it makes the property unknown.
    [Fact]
    public async Task Null_conditional_assignment_is_a_write()
    {
        var keys = await AirOf("""
            using AiRace.Core;
            namespace App;
            public sealed class Holder { public Money Cap { get; set; } = Money.Cny(1m); }
            public static class Use
            {
                public static void Set(Holder? h) => h?.Cap = Money.Usd(2m);
                public static bool A(Holder h) => h.Cap > Money.Usd(1m);
            }
            """, Preview);
        keys.Should().BeEmpty("the property may hold dollars");
    }

    // Promise (no false positives): a null-conditional compound assignment on a field of a known local.
    [Fact]
    public async Task Null_conditional_assignment_of_a_static_readonly_holder()
    {
        var keys = await AirOf("""
            using AiRace.Core;
            namespace App;
            public sealed class Holder { public Money Cap = Money.Cny(1m); }
            public static class Use
            {
                static readonly Holder? Shared = new();
                public static void Set() { Shared?.Cap = Money.Usd(2m); }
                public static bool A() => Shared!.Cap > Money.Usd(1m);
            }
            """, Preview);
        keys.Should().BeEmpty("the field may hold dollars");
    }

    // Promise: a mid-typed [Currency( annotation (IDE state) never throws.
    [Fact]
    public Task Half_typed_annotation() => NeverThrows(Wrap("[Currency(\"CN\n static Money A { get; set; }\n[Currency(\n static Money B { get; set; }\n[Currency(\"USD\")\n static Money C { get; set; } = Money.Cny(1m);\nstatic bool U() => A > Money.Usd(1m) | B > Money.Usd(1m) | C > Money.Usd(1m);"));

    // Promise: a Unicode-escaped identifier (which the word index reads token by token) never throws and is followed.
    [Fact]
    public async Task Unicode_escaped_names()
    {
        var keys = await AirOf("using AiRace.Core;\nstatic class P { static readonly Money C\\u0061p = Money.Cny(1m); static bool A() => Cap > Money.Usd(1m); static Money Set() => \\u0043ap; }\n");
        keys.Should().HaveCount(1);
    }

    // ------------------------------------------------------------------ 6. concurrency and cancellation

    // Promise: concurrent execution: 8 different compilations analysed in parallel with the same analyzer instance equal sequential.
    [Fact]
    public async Task Eight_compilations_in_parallel_equal_sequential()
    {
        var analyzer = new AiRaceAnalyzer();
        var compilations = new List<Compilation> { BudgetAndUse(), Compile(FieldTestFiles()), Compile(("Gen.cs", Mismatch)) };
        for (int i = 0; i < 5; i++)
        {
            compilations.Add(Edit(BudgetAndUse(), "Budget.cs", "Cap = Money.Cny(100m)", $"Cap = Money.{(i % 2 == 0 ? "Usd" : "Eur")}(100m)"));
        }

        var sequential = new List<List<string>>();
        foreach (var c in compilations)
        {
            var o = await Whole(c, analyzer: analyzer);
            NoCrash(o);
            sequential.Add(Keys(o.Diagnostics));
        }

        var parallel = await Task.WhenAll(compilations.Select(c => Task.Run(() => Whole(c, analyzer: analyzer))));
        for (int i = 0; i < compilations.Count; i++)
        {
            NoCrash(parallel[i]);
            Keys(parallel[i].Diagnostics).Should().Equal(sequential[i], $"compilation {i}");
        }
    }

    // Promise: one compilation analysed by several hosts at once (background + foreground analysis) gives one answer.
    [Fact]
    public async Task Same_compilation_analysed_by_four_hosts_at_once()
    {
        var c = Compile(FieldTestFiles());
        var expected = await WholeKeys(c);
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Whole(c))));
        foreach (var run in runs)
        {
            NoCrash(run);
            Keys(run.Diagnostics).Should().Equal(expected);
        }
    }

    // Promise: the IDE cancels analyses constantly: after a cancelled analysis the same host gives the full answer, and
    // other compilations on the same threads are unaffected (no facts or in-progress state left behind).
    [Fact]
    public async Task Cancelled_analysis_leaves_nothing_behind()
    {
        var c = Compile(FieldTestFiles());
        var expected = await WholeKeys(c);
        for (int delay = 1; delay <= 64; delay *= 4)
        {
            var outcome = new Outcome();
            var analysis = With(c, outcome);
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay));
            try
            {
                await analysis.GetAnalyzerDiagnosticsAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
            }

            var again = await analysis.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            outcome.Exceptions.Where(e => !e.StartsWith("OperationCanceled", StringComparison.Ordinal) && !e.StartsWith("TaskCanceled", StringComparison.Ordinal)).Should().BeEmpty();
            again.Where(d => d.Id == "AD0001").Should().BeEmpty();
            Keys(again).Should().Equal(expected, $"after cancel at {delay} ms");
        }

        (await WholeKeys(BudgetAndUse())).Should().HaveCount(5);
    }

    // Promise: a per-document analysis cancelled mid-way and asked again gives the full answer (IDE typing).
    [Fact]
    public async Task Cancelled_per_document_analysis_then_again()
    {
        var c = Compile(FieldTestFiles());
        var whole = (await Whole(c)).Diagnostics;
        var outcome = new Outcome();
        var analysis = With(c, outcome);
        var differences = new List<string>();
        foreach (var tree in c.SyntaxTrees.Reverse())
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(2));
            try
            {
                await analysis.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(tree), null, cts.Token);
            }
            catch (OperationCanceledException)
            {
            }

            var again = await analysis.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(tree), null, CancellationToken.None);
            var expected = Keys(whole.Where(d => d.Location.SourceTree == tree));
            var actual = Keys(again);
            differences.AddRange(expected.Except(actual).Select(k => "missing: " + k));
            differences.AddRange(actual.Except(expected).Select(k => "extra: " + k));
        }

        differences.Should().BeEmpty();
    }

    // Promise: analysing without concurrency equals analysing with it.
    [Fact]
    public async Task Concurrent_and_sequential_execution_agree_on_the_field_test()
    {
        var c = Compile(FieldTestFiles());
        (await AirOf(c, concurrent: false)).Should().Equal(await AirOf(c, concurrent: true));
    }

    // ------------------------------------------------------------------ 7. more host shapes

    // Promise: never throws on two documents with the same path (linked files, IDE misc files).
    [Fact]
    public async Task Two_documents_with_the_same_path()
    {
        var c = Compile(("Same.cs", BudgetFile), ("Same.cs", UseFile));
        var keys = await AirOf(c);
        keys.Should().HaveCount(5);
        var per = await PerTree(c, c.SyntaxTrees.Reverse());
        NoCrash(per);
        Keys(per.Diagnostics).Should().Equal(keys);
    }

    private async Task<List<string>> ScriptKeys(string script)
    {
        var tree = CSharpSyntaxTree.ParseText(script, Latest.WithKind(SourceCodeKind.Script), "Script.csx", Encoding.UTF8);
        var c = CSharpCompilation.CreateScriptCompilation("Script", tree, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        foreach (var d in c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            _output.WriteLine("compiler: " + d);
        }

        return await AirOf(c);
    }

    // Promise: a C# script (.csx, analysed by the IDE) never throws; a script's top-level variable written again is unknown.
    [Fact]
    public async Task Script_top_level_variable_written_again_is_silent()
    {
        var keys = await ScriptKeys("using AiRace.Core;\nvar cap = Money.Cny(1m);\ncap = Money.Usd(2m);\nSystem.Console.WriteLine(cap > Money.Usd(1m));\n");
        keys.Should().BeEmpty("cap holds dollars when compared");
    }

    // Promise: a script's variable written in a script method is unknown (it is a field of the script class).
    [Fact]
    public async Task Script_variable_written_in_a_script_method_is_silent()
    {
        var keys = await ScriptKeys("using AiRace.Core;\nvar cap = Money.Cny(1m);\nvoid Reset() { cap = Money.Usd(2m); }\nReset();\nSystem.Console.WriteLine(cap > Money.Usd(1m));\n");
        keys.Should().BeEmpty("cap holds dollars when compared");
    }

    // Promise: a script (script variables are fields of the script class) never throws. Observed: the mismatch is not
    // reported (the variable is treated as unknown) - conservative, not a promise breach.
    [Fact]
    public async Task Script_global_statement_mismatch_reported_when_the_host_runs_operation_actions_there()
    {
        var probe = new OperationCounter();
        var tree = CSharpSyntaxTree.ParseText("using AiRace.Core;\nSystem.Console.WriteLine(Money.Cny(1m) > Money.Usd(1m));\n", Latest.WithKind(SourceCodeKind.Script), "S.csx", Encoding.UTF8);
        var c = CSharpCompilation.CreateScriptCompilation("S", tree, TestReferences.All);
        NoCrash(await Whole(c, analyzer: probe));
        _output.WriteLine($"binary operations seen by a plain analyzer in the script: {probe.Binaries}");
        var methods = await ScriptKeys("using AiRace.Core;\nbool M() => Money.Cny(1m) > Money.Usd(1m);\nclass K { static bool N() => Money.Cny(1m) > Money.Usd(1m); }\n");
        methods.Should().HaveCount(2, "methods of a script are analysed");
        var keys = await ScriptKeys("using AiRace.Core;\nSystem.Console.WriteLine(Money.Cny(1m) > Money.Usd(1m));\n");
        if (probe.Binaries > 0)
        {
            keys.Should().ContainSingle("the host hands the script's global statements to operation actions");
        }
    }

#pragma warning disable RS1001, RS1036, RS1038, RS1041, RS1025, RS1026
    private sealed class OperationCounter : DiagnosticAnalyzer
    {
        public int Binaries;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(new DiagnosticDescriptor("X0001", "x", "x", "x", DiagnosticSeverity.Warning, true));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => Interlocked.Increment(ref Binaries), OperationKind.Binary);
        }
    }
#pragma warning restore RS1001, RS1036, RS1038, RS1041, RS1025, RS1026

    // Promise: #line directives and #line hidden (Razor/Blazor generated views) never throw.
    [Fact]
    public Task Line_directives() => NeverThrows(Wrap("#line 100 \"View.cshtml\"\nstatic bool A() => Money.Cny(1m) > Money.Usd(1m);\n#line hidden\nstatic bool B() => Money.Cny(1m) > Money.Usd(1m);\n#line default\nstatic bool C() => Money.Cny(1m) > Money.Usd(1m);"));

    // Promise (no false positives): a write spelled with a Unicode escape in another file counts as a write.
    [Fact]
    public async Task Escaped_write_in_another_file_counts()
    {
        var c = Compile(("Budget.cs", BudgetFile), ("Use.cs", UseFile), ("Writer.cs", "using AiRace.Core;\nnamespace App;\npublic static class Writer { public static void W() => Budget.S\\u0065ttable = Money.Usd(1m); }\n"));
        (await AirOf(c)).Should().NotContain(k => k.Contains("Use.cs:10:", StringComparison.Ordinal));
    }

    // Promise (no false positives): writes in another file through a nested object initializer, a deconstruction and a ref return.
    [Fact]
    public async Task Writes_in_another_file_through_initializer_deconstruction_and_ref()
    {
        var model = "using AiRace.Core;\nnamespace App;\npublic sealed class Inner { public Money Cap { get; set; } = Money.Cny(1m); public Money Fee { get; set; } = Money.Cny(1m); public Money Tax = Money.Cny(1m); }\npublic sealed class Outer { public Inner Inner { get; } = new(); }\n";
        var writer = "using AiRace.Core;\nnamespace App;\npublic static class Writer\n{\n    public static Outer A() => new Outer { Inner = { Cap = Money.Usd(1m) } };\n    public static void B(Inner i) { (i.Fee, _) = (Money.Usd(1m), 0); }\n    static ref Money Tax(Inner i) => ref i.Tax;\n    public static void C(Inner i) { Tax(i) = Money.Usd(1m); }\n}\n";
        var use = "using AiRace.Core;\nnamespace App;\npublic static class Use\n{\n    public static bool A(Inner i) => i.Cap > Money.Usd(1m);\n    public static bool B(Inner i) => i.Fee > Money.Usd(1m);\n    public static bool C(Inner i) => i.Tax > Money.Usd(1m);\n}\n";
        var c = Compile(("Model.cs", model), ("Writer.cs", writer), ("Use.cs", use));
        (await AirOf(c)).Should().BeEmpty();
        var useTree = c.SyntaxTrees.Single(t => t.FilePath == "Use.cs");
        Keys((await Span(c, useTree, useTree.GetRoot().FullSpan)).Diagnostics).Should().BeEmpty();
    }

    // Promise: a global using static in another file (per-document analysis of the using file) works like the build.
    [Fact]
    public async Task Global_using_static_in_another_file()
    {
        var c = Compile(("Usings.cs", "global using static AiRace.Core.Money;\nglobal using Cash = AiRace.Core.Money;\n"), ("Use.cs", "namespace App;\npublic static class Use { public static bool A() => Cny(1m) > Usd(1m); public static Cash B() => Cash.Eur(1m) + Usd(1m); }\n"));
        var whole = await AirOf(c);
        whole.Should().HaveCount(2);
        var use = c.SyntaxTrees.Single(t => t.FilePath == "Use.cs");
        Keys((await Span(c, use, use.GetRoot().FullSpan)).Diagnostics).Should().Equal(whole);
    }

    // Promise (no false positives): a write inside an inactive #if region is not code; a write in an active one is.
    [Fact]
    public async Task Write_in_active_if_region_counts()
    {
        var c = Compile(new[] { ("Budget.cs", BudgetFile), ("Use.cs", UseFile), ("Writer.cs", "using AiRace.Core;\nnamespace App;\npublic static class Writer {\n#if TRACE\n public static void W() => Budget.Settable = Money.Usd(1m);\n#endif\n}\n") }, Latest.WithPreprocessorSymbols("TRACE"));
        (await AirOf(c)).Should().NotContain(k => k.Contains("Use.cs:10:", StringComparison.Ordinal));
    }

    // Promise (no false positives): a settable property written through 'with' on a record in another file.
    [Fact]
    public async Task With_expression_write_in_another_file()
    {
        var c = Compile(
            ("Model.cs", "using AiRace.Core;\nnamespace App;\npublic sealed record Plan { public Money Cap { get; init; } = Money.Cny(1m); }\n"),
            ("Writer.cs", "using AiRace.Core;\nnamespace App;\npublic static class Writer { public static Plan W(Plan p) => p with { Cap = Money.Usd(1m) }; }\n"),
            ("Use.cs", "using AiRace.Core;\nnamespace App;\npublic static class Use { public static bool A(Plan p) => p.Cap > Money.Usd(1m); }\n"));
        (await AirOf(c)).Should().BeEmpty();
    }
}
