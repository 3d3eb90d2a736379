using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// No analyzer may throw: every analyzer runs over thousands of broken sources (tokens deleted, duplicated and
/// swapped, fixed seed) made from the test inputs and the library's own code, with analyzer exceptions collected.
/// </summary>
public class RobustnessTests
{
    private const int Seed = 20261127;
    private const int MutatedSources = 2400;
    private const int SourcesPerCompilation = 8;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private readonly ITestOutputHelper _output;

    public RobustnessTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Analyzers_never_throw_on_mutated_sources()
    {
        var inputs = Inputs();
        inputs.Count.Should().BeGreaterThan(100, "the corpus is the test inputs plus the library's code");
        // the analyzer the compiler loads: it runs all twelve rule analyzers
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer());
        AiRaceAnalyzer.Rules.Should().HaveCount(12);

        var random = new Random(Seed);
        var exceptions = new ConcurrentBag<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        int mutated = 0;
        for (int batch = 0; mutated < MutatedSources; batch++)
        {
            var trees = new List<SyntaxTree>();
            for (int i = 0; i < SourcesPerCompilation && mutated < MutatedSources; i++, mutated++)
            {
                string source = inputs[random.Next(inputs.Count)];
                trees.Add(CSharpSyntaxTree.ParseText(Mutate(source, random), ParseOptions, $"Mutated{mutated}.cs"));
            }

            foreach (var diagnostic in await RunAsync(analyzers, trees, "Mutated" + batch, exceptions))
            {
                reported.Add(diagnostic.Id);
            }
        }

        _output.WriteLine($"{mutated} mutated sources from {inputs.Count} inputs in {stopwatch.Elapsed.TotalSeconds:0.0} s; rules seen: {string.Join(", ", reported.OrderBy(r => r))}");
        mutated.Should().BeGreaterThanOrEqualTo(2000);
        exceptions.Should().BeEmpty();

        // The mutations keep enough intact code for the rules to fire: proof that the analyzers really ran.
        reported.Should().Contain(new[] { "AIR0001", "AIR0002", "AIR0003", "AIR0004", "AIR0007", "AIR0011", "AIR0012" });
    }

    /// <summary>Generated code writes expressions of thousands of terms (the compiler binds them without deep recursion):
    /// every rule that walks an expression must survive them, since a stack overflow takes the compiler down. 5,000
    /// terms: binding such chains takes the compiler itself most of the test's time.</summary>
    [Fact(Timeout = 300_000)]
    public async Task Analyzers_survive_expressions_of_many_terms()
    {
        const int Terms = 5_000;
        string Chain(string first, string term, string op = " + ") => first + string.Concat(Enumerable.Repeat(op + term, Terms));
        string source = $$"""
            using System;
            using AiRace.Core;

            public static class Generated
            {
                public static decimal Rounded(Money price) => Math.Round({{Chain("price.Amount", "1m")}}, 2);

                public static decimal Halved(Money price) => Math.Round({{Chain("price.Amount", "2m", " / ")}}, 2);

                public static decimal Ratio(Money part, Money whole) => Math.Round(({{Chain("part.Amount", "1m")}}) / whole.Amount, 2);

                public static Money Total()
                {
                    Money yuan = Money.Of(1m, Currency.CNY);
                    return {{Chain("yuan", "yuan")}};
                }

                public static decimal Shares(decimal a) => {{Chain("a", "a")}};
            }
            """;
        var exceptions = new ConcurrentBag<string>();
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, "Generated.cs");
        var diagnostics = await RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer()), new[] { tree }, "ManyTerms", exceptions);
        exceptions.Should().BeEmpty();
        diagnostics.Where(d => d.Id == "AIR0009").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Order().Should()
            .Equal(new[] { 5, 7 }, "the roundings of an amount lack a mode; the rounding of a ratio of amounts is not money");
    }

    /// <summary>
    /// A folding lambda of thousands of additions (generated code, a spreadsheet formula pasted in): AIR0007 asks of
    /// each addition whether an operand mentions an amount, which must not walk each operand's whole subtree again
    /// (quadratic in the terms: about 40 s of the analyzer's own time for this fold, under a second since). The time is
    /// printed, not asserted: performance is measured by benchmarks, and the timeout only stops a hang.
    /// </summary>
    [Fact(Timeout = 300_000)]
    public async Task Analyzers_survive_a_fold_of_many_terms()
    {
        const int Terms = 20_000;
        string Chain(string first, string term) => first + string.Concat(Enumerable.Repeat(" + " + term, Terms));
        string source = $$"""
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;

            public sealed record Line(Money Cost, decimal Weight);

            public static class Generated
            {
                public static decimal Weights(IEnumerable<Line> lines) => lines.Aggregate(0m, (acc, l) => {{Chain("acc", "l.Weight")}});

                public static decimal Costs(IEnumerable<Line> lines) => lines.Aggregate(0m, (acc, l) => {{Chain("acc", "l.Weight")}} + l.Cost.Amount);
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, "Generated.cs");
        var compilation = CSharpCompilation.Create("ManyFoldTerms", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new AiRaceAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var spent = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        _output.WriteLine($"a fold of {Terms} terms: the analyzer's own time {spent.TotalSeconds:0.00} s");
        diagnostics.Where(d => d.Id == "AD0001").Should().BeEmpty();
        diagnostics.Where(d => d.Id == "AIR0007").Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Should()
            .Equal(new[] { 10 }, "only the fold that adds an amount adds money as a bare number");
    }

    [Fact]
    public async Task The_harness_catches_an_analyzer_that_throws()
    {
        var exceptions = new ConcurrentBag<string>();
        var tree = CSharpSyntaxTree.ParseText("class C { int M() => 1 + 2; }", ParseOptions);
        await RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), new[] { tree }, "Throwing", exceptions);
        exceptions.Should().ContainSingle().Which.Should().Contain("ThrowingAnalyzer");
    }

    [Fact]
    public void Mutation_is_deterministic_and_changes_the_source()
    {
        const string source = "class C { int M(int a) => a + 1; }";
        string first = Mutate(source, new Random(Seed));
        string second = Mutate(source, new Random(Seed));
        first.Should().Be(second);
        first.Should().NotBe(source);
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, IEnumerable<SyntaxTree> trees, string name, ConcurrentBag<string> exceptions)
    {
        var compilation = CSharpCompilation.Create(
            name,
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                exceptions.Add(diagnostic.GetMessage());
            }
        }

        return diagnostics;
    }

    /// <summary>Deletes, duplicates or swaps one to three tokens.</summary>
    internal static string Mutate(string source, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantTokens().Select(t => t.ToFullString()).ToList();
        if (tokens.Count < 2)
        {
            return source + " }";
        }

        int changes = 1 + random.Next(3);
        for (int c = 0; c < changes && tokens.Count > 1; c++)
        {
            int at = random.Next(tokens.Count);
            switch (random.Next(3))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[at]);
                    break;
                default:
                    int other = random.Next(2) == 0 ? Math.Min(at + 1, tokens.Count - 1) : random.Next(tokens.Count);
                    if (other == at)
                    {
                        other = at == 0 ? 1 : at - 1;
                    }

                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
            }
        }

        var builder = new StringBuilder(source.Length + 16);
        foreach (var token in tokens)
        {
            builder.Append(token);
        }

        return builder.ToString();
    }

    /// <summary>The raw-string test inputs of this project (markup removed) and the library's C# files.</summary>
    private static List<string> Inputs()
    {
        var inputs = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("tests", "AiRace.Analyzers.Tests"), "*Tests.cs"))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                {
                    inputs.Add(TestReferences.StripMarkup(token.ValueText));
                }
            }
        }

        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("src", "AiRace.Core"), "*.cs", SearchOption.AllDirectories))
        {
            if (!file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                inputs.Add(File.ReadAllText(file));
            }
        }

        return inputs;
    }

    // A test double, never loaded by a compiler: no [DiagnosticAnalyzer] attribute, so the compiler-extension rules stay quiet.
#pragma warning disable RS1001
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // a test-only rule that is never released
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => throw new InvalidOperationException("boom"), OperationKind.Binary);
        }
    }

    [Theory]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Usd((decimal)); }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Usd((decimal)0.1 * ); }")]
    [InlineData("using AiRace.Core; class C { Currency M() => Currency.FromCode(code: ); }")]
    [InlineData("using AiRace.Core; class C { Currency M(string r) => Currency.FromCode(r switch { }); }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Parse(\"rmb\" + ); }")]
    [InlineData("using AiRace.Core; class C { decimal M(Money a, Undefined b) => a.Amount - b.Amount; }")]
    [InlineData("using AiRace.Core; class C { bool M(Money a) => System.Math.Max(a.Amount, ) > a.Amount; }")]
    [InlineData("using AiRace.Core; class C { Share M() => Share.FromPercent(); }")]
    [InlineData("using AiRace.Core; class C { Share M() => Share.FromFraction(decimal.MinValue); }")]
    [InlineData("using AiRace.Core; class C { Share M() => Share.Parse(\"79228162514264337593543950336%\"); }")]
    [InlineData("using AiRace.Core; class C { decimal M(Share a, Share b) => a.Percent - ; }")]
    [InlineData("using System.Linq; using AiRace.Core; class C { decimal M(Money[] xs) => xs.Sum(m => m.); }")]
    [InlineData("using System.Linq; using AiRace.Core; class C { decimal M(Money[] xs) => xs.Aggregate(0m, (acc, m) => acc + ); }")]
    [InlineData("using System.Linq; using AiRace.Core; class C { decimal M(Money[] xs) => xs.Sum(() => 1m); }")]
    [InlineData("using System; using AiRace.Core; class C { object M(Money m, IExchangeRateProvider p) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), , RateLookup.ExactDate); }")]
    [InlineData("using System; using AiRace.Core; class C { Money At(Money m, DateOnly d, RateLookup l) => d.Year > 2000 ? At(m, d.AddYears(-1), l) : Back(m, d, l); Money Back(Money m, DateOnly d, RateLookup l) => At(m, d, l); Money M(Money m) => At(m, DateOnly.FromDateTime(DateTime.Now), RateLookup.ExactDate); }")]
    [InlineData("using System; using AiRace.Core; class C { decimal M(Money m) => Math.Round(m.Amount, ); }")]
    [InlineData("using AiRace.Core; public class C { public decimal { get; set; } public void M(decimal) { } }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Scaled(600_000_000m, Magnitude.Millions); }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Millions(millions: 6e8m, millions: 5m, Currency.USD); }")]
    [InlineData("using AiRace.Core; using AiRace.Core.Policy; class C { Target M(MetricValue v) => new Target(goalYear: 2020, baselineYear: , id: \"x\"); }")]
    [InlineData("using AiRace.Core; using AiRace.Core.Policy; class C { Target M(MetricValue v, SourceReference[] s) => new Target(\"a\", \"m\", \"cn\", v, unchecked(int.MaxValue + 1), v, int.MinValue, TargetKind.Pledge, null, null, s); }")]
    [InlineData("using AiRace.Core; var x = Money.Of((decimal)0.5, \"rmb\") + Money.Millions(6e8m, Currency.FromCode(\"usd\")); Share.FromPercent(0.5m); System.Math.Round(x.Amount);")]
    public async Task Broken_or_unusual_code_does_not_crash(string source) => await AllRules.AnalyzeAsync(source);

    [Fact]
    public async Task Deeply_nested_parentheses_do_not_crash()
    {
        string open = new string('(', 400);
        string close = new string(')', 400);
        string source = "using AiRace.Core; using System; class C { Share A() => Share.FromPercent(" + open + "0.5m" + close + "); "
            + "Money B() => Money.Usd(" + open + "(decimal)0.1" + close + "); "
            + "decimal D(Money a, Money b) => Math.Round(" + open + "a.Amount" + close + " - b.Amount); "
            + "Currency E() => Currency.FromCode(" + open + "\"rmb\"" + close + "); }";
        var diagnostics = await AllRules.AnalyzeAsync(source);
        diagnostics.Select(d => d.Id).Should().Contain(new[] { "AIR0005", "AIR0003" });
    }

    [Theory]
    [InlineData("using AiRace.Core; class C { Share M() => Share.FromPercent(percent: ); }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Parse(\"RMB ); }")]
    [InlineData("using AiRace.Core; class C { Currency M() => Currency.FromCode(@\"); }")]
    [InlineData("using AiRace.Core; class C { Share M(int x) => Share.Parse($\"{x}%\"); }")]
    [InlineData("using AiRace.Core; class C { Share M() => Share.Parse($\"{150}%\"); }")]
    [InlineData("using System; using AiRace.Core; class C { decimal M(Money p) => Math.Round(d: , decimals: 2); }")]
    [InlineData("using AiRace.Core; public delegate void D(decimal price")]
    [InlineData("using AiRace.Core; public partial class P { public partial void S(decimal price); } public partial class P { public partial void S(int cost) { } }")]
    [InlineData("using AiRace.Core; public partial class P { public partial decimal Budget { get; } }")]
    [InlineData("using AiRace.Core; class C { Money M(dynamic d) => Money.Usd((decimal)d) * (decimal)d; }")]
    [InlineData("using AiRace.Core; class C { Money M(object o) => Money.Usd((decimal)(double)o + (decimal)(float)(object)1.5f); }")]
    [InlineData("using AiRace.Core; class C { Money M(Money t) { t *= ; t /= (decimal); return t; } }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Usd((decimal)1e30); }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Usd((decimal)double.NaN); }")]
    [InlineData("using System.Linq; using AiRace.Core; class C { decimal M(Money[] xs, int q) => xs.Aggregate(0m, (acc, m) => acc + m.Amount * q / ); }")]
    [InlineData("using System.Linq; using AiRace.Core; class C { decimal M(Money[] xs) => xs.Aggregate(0m, (acc, m) => acc + (m.Amount > 0 ? )); }")]
    [InlineData("using AiRace.Core; class C { decimal M(Share a, Share b) { decimal x = a.Percent; x -= ; return x - b.Percent; } }")]
    [InlineData("using AiRace.Core; class C { bool M(Money a, Money b) { var (x, _) = a; var (y, _) = b; return x > y; } }")]
    [InlineData("using AiRace.Core; class C { decimal M(Money? a, Money? b) => (a?.Amount ?? default) - (b?.Amount ?? 0m); }")]
    [InlineData("using AiRace.Core; [assembly: System.CLSCompliant(false)] public sealed class R { [Currency(\"rmb\")] public Money A { get; set; } [Currency(null!)] public Money B { get; set; } [Currency] public Money C { get; set; } }")]
    [InlineData("using AiRace.Core; public static class Ext { extension(Money m) { public decimal PriceUsd => m.Amount; public static Money FromBudget(decimal budget) => Money.Usd((decimal)0.5 * budget); } }")]
    [InlineData("using AiRace.Core; public static class E { extension() { public bool X(Money l) => l > l; } } class U { bool A() => Money.Cny(1m).X(Money.Usd(1m)); }")]
    [InlineData("using AiRace.Core; public static class E { extension(Money) { public bool X(Money l) => l > l; public Money Y => default; } } class U { bool A() => Money.Cny(1m).X(Money.Usd(1m)) && Money.Cny(1m).Y > Money.Usd(1m); }")]
    [InlineData("using AiRace.Core; public static class E { extension(Money m) { public bool X(Money l) => m > l; public Money T() => m * 3m; } } class U { bool A() => E.X(Money.Cny(1m)) || Money.Cny(1m).X() || E.X() || E.T() > Money.Usd(1m) || Money.Cny(1m).T(Money.Usd(1m)) > Money.Usd(1m); }")]
    [InlineData("using System.Collections.Generic; using AiRace.Core; public static class E { extension(ref Money m, IEnumerable<Money> items) { public Money S(Money s) { foreach (var x in items) s += x; return m + s; } } } class U { Money A() => new[] { Money.Cny(1m), Money.Usd(1m) }.S(Money.Cny(1m)); }")]
    [InlineData("using AiRace.Core; public static class E { extension<T>(T m) { public bool X(T l) => m.Equals(l); } extension(Money m) { public Money P { get => m; set => m = value; } } } class U { bool A() => Money.Cny(1m).X(Money.Usd(1m)) && Money.Cny(1m).P > Money.Usd(1m); }")]
    [InlineData("using AiRace.Core; public class Plain { public Money R { get => field; set => field = value; } = Money.Cny(1m); public Money S { get => field; set { field = value; field = ; } } public Money T { get => field + ; init => field = value } }")]
    [InlineData("using AiRace.Core; public class Fund { public decimal Budget { get => field; set => field = value - Money.Usd(1m).Amount; } }")]
    [InlineData("using AiRace.Core; var x = Share.FromPercent(0.5m) ; Currency c = Currency.FromCode(args.Length > 0 ? args[0] : \"rmb\"); switch (args.Length) { case 0: var code = \"yen\"; goto case 1; case 1: code = \"USD\"; Currency.FromCode(code); break; }")]
    [InlineData("using AiRace.Core; class C { Money M() => Money.Millions(figure: 600_000_000m, Currency.CNY); Money N() => Money.Scaled(magnitude: Magnitude.Millions, figure: 6e8m); }")]
    [InlineData("using AiRace.Core; class C { Currency M(System.ReadOnlySpan<char> s) => Currency.FromCode(\"rmb\"u8.Length > 0 ? s : \"usd\"); }")]
    [InlineData("using AiRace.Core; class C<T> where T : struct { Money M(T t) => Money.Usd((decimal)(object)t); Share N(T t) => Share.FromPercent((decimal)(object)t); }")]
    [InlineData("using AiRace.Core; public static class E { extension([Currency(\"CNY\")] Money m) { public Money T => m * ; public Money U { get => m; set { } } } extension([Currency] Money n) { public Money V => n; } extension([Currency(null!)] Money k) { public Money W => k; } } class U { Money A() => Money.Usd(1m).T + Money.Usd(1m).Missing + default(Money).T + Money.Usd(1m).V + Money.Usd(1m).W; void B() { Money.Usd(1m).U = Money.Usd(2m); } }")]
    [InlineData("using AiRace.Core; public static class E { extension([Currency(\"CNY\")] Money? m) { public Money T => m ?? default; } extension([Currency(\"CNY\")] ref Money r) { public Money R => r; } } class U { Money A(Money? x) { Money d = Money.Usd(1m); return x.T + Money.Usd(1m).T + d.R + E.get_T() + E.get_T(Money.Usd(1m), 2); } }")]
    [InlineData("using System.Numerics; using AiRace.Core; public static class G { extension<T>(T a) where T : IComparisonOperators<T, T, bool> { public bool X(T b) => a > ; public bool Y(T b, T c) => b > c && a > b; } extension<T, V>(T a) where V : IAdditionOperators<V, V, V> { public V Z(V b, V c) => b + c; } extension<T>(T a) { public bool Q(T b) => a > b; } } class U { bool A() => Money.Cny(1m).X(Money.Usd(1m)) && Money.Cny(1m).Y(Money.Usd(1m)) && Money.Cny(1m).Z<Money, Money>(Money.Cny(1m), Money.Usd(1m)) == default && Money.Cny(1m).Q(Money.Usd(1m)) && G.X<Money>(Money.Cny(1m)); }")]
    [InlineData("using AiRace.Core; public static class B { public static void P([Currency(\"CNY\")] ref Money m) { } public static void R([Currency(\"CNY\")] ref readonly Money m) { } } class U { Money f; void A() { Money d = Money.Usd(1m); B.P(ref ); B.P(ref Money.Usd(1m)); B.P(ref missing); B.P(ref f); B.R(d); B.P(d); Money e; B.P(ref e); B.P(ref d, 1); ref Money r = ref d; B.P(ref r); Money[] xs = [d]; B.P(ref xs[0]); } }")]
    [InlineData("public static class P { extension(decimal price { public decimal D => price * 2; } extension(decimal price, decimal cost) { public decimal E => price + cost; } extension(decimal) { public decimal F => 1m; } extension(__arglist) { } }")]
    [InlineData("using System; using AiRace.Core; class K { static readonly Money[] C = [Money.Cny(1m), Money.Usd(1m)]; void A(string[] n) { Array.Sort(C, ); Array.Sort(C, n, ); Array.Sort(, n); C.AsSpan().Sort(n.AsSpan(), ); MemoryExtensions.Sort(C.AsSpan(), items: ); Array.Sort(keys: C, items: n, comparer: null); Array.Sort<Money, Undefined>(C, n); } }")]
    [InlineData("using AiRace.Core; public static class P { public static Money K(this Money m) => m; public static Money T(this Money o) => o.K( * 2m; public static Money R(ref this Money m) => m.; public static Money U(Money o) => o.Undefined().K(); public static Money V(Money o) => o.T().T().T().T().T().T().T().T().T().T(); public static Money W(this Money o) => o.W(); } class C { bool A() => P.U(Money.Cny(1m)) > Money.Usd(1m) || Money.Cny(1m).W() > Money.Usd(1m) || P.V(Money.Cny(1m)) > Money.Usd(1m); }")]
    [InlineData("using System; using AiRace.Core; class S { static readonly Money[] C = [Money.Cny(1m)]; bool A(Money[] g) { Span<Money> s = ; ReadOnlySpan<Money> r = new[] { Money.Cny(1m), }; Span<Money> t = [Money.Cny(1m), ..]; Span<Money> u = C; ReadOnlySpan<Undefined> v = g; foreach (var m in s) { } foreach (ref readonly var n in r) { } return s[] > Money.Usd(1m) || r[^] > Money.Usd(1m) || t[0..] > Money.Usd(1m) || u[0].X() || v[0] > Money.Usd(1m) || nameof(s).Length > 0; } }")]
    public Task Unusual_or_broken_code_of_new_language_forms_does_not_crash(string source) => AllRules.AnalyzeAsync(source);


    [Fact]
    public async Task AllRules_unusual_deconstructions_do_not_throw()
    {
        await AllRules.AnalyzeAsync("""
            using System.Collections.Generic;
            using AiRace.Core;
            public static class Odd
            {
                public static decimal M(Money budget, Money spent, List<Money> monies)
                {
                    var ((b, _), n) = (budget, 1);
                    (decimal x, _) = spent;
                    var (_, _) = budget;
                    decimal total = 0m;
                    foreach (var (amt, cur) in monies)
                    {
                        total += amt - x;
                    }

                    decimal y;
                    Currency c;
                    (y, c) = budget;
                    return b - x + n + y - total;
                }
            }
            """);
    }

    [Fact]
    public async Task AllRules_broken_code_does_not_throw()
    {
        var diagnostics = await AllRules.AnalyzeAsync("""
            using System.Linq;
            using AiRace.Core;
            public static class Broken
            {
                public static void M(Money[] xs)
                {
                    var a = Money.Of((decimal), Currency.USD);
                    var b = Share.FromPercent();
                    var c = xs.Sum(l => );
                    var d = Currency.FromCode();
                    var (e, ) = xs[0];
                    var f = Math.Round(xs[0].Amount, );
                    var g = new Money((decimal)0.1;
                }
            }
            """);
        diagnostics.Should().Contain(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task AllRules_extreme_constants_and_method_groups_do_not_throw()
    {
        await AllRules.AnalyzeAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using AiRace.Core;
            public static class Extreme
            {
                static decimal Amount(Money m) => m.Amount;
                public static object[] M(List<Money> xs) =>
                [
                    xs.Sum(Amount),
                    xs.Select(Amount).Aggregate((a, b) => a + b),
                    xs.Aggregate(0m, Fold),
                    Money.Millions(decimal.MaxValue, default),
                    Money.Trillions(decimal.MinValue, Currency.XXX),
                    Share.FromFraction(decimal.MinValue),
                    Share.Parse("%"),
                    Currency.FromCode(""),
                    Money.Parse(""),
                    Money.Parse("   "),
                    Math.Round(xs.Sum(m => m.Amount * (decimal)Math.PI)),
                ];

                static decimal Fold(decimal acc, Money m) => acc + m.Amount;
            }
            """);
    }

    /// <summary>No rule throws (AD0001) on odd or broken code around the new guard walk and helper flow.</summary>
    [Theory]
    [InlineData("""
        using AiRace.Core;
        var home = Money.Cny(1m); var limit = Money.Usd(2m); int k = 0;
        again: if (k++ < 2) goto again;
        switch (k) { case > 1 when home.Currency != limit.Currency: break; case int n when n < 0: if (home.Currency != limit.Currency) goto default; return; default: var x = home > limit; break; }
        if (home.Currency != limit.Currency) return; else if (k > 2) { goto again; } else if (k < 0) throw new System.Exception();
        _ = home.Amount > limit.Amount;
        """)]
    [InlineData("""
        using System.Collections.Generic;
        using AiRace.Core;
        static class F
        {
            static void Fill<T>(List<T> into, T item) where T : System.Numerics.IMultiplyOperators<T, decimal, T>, Missing => into.Add(item * 2m);
            static void Outer<T>(List<T> into, T item) => Inner(into, item, );
            static void Inner<U>(List<U> into, U item) { if (typeof(U) == ) into.Add(item); }
            static void Use() { var l = new List<Money>(); Fill(l, Money.Eur(1m)); Outer(l, Money.Usd(1m)); var code = Money.Cny(1m).Currency.Code; Money.Of(1m, code + ); }
            static IEnumerable<Money> It(Money a, Money b) { IEnumerable<Money> L() { if (a.Currency != b.Currency) yield break; goto x; x: yield return a + b; } if (a.Currency != b.Currency yield return a; return L(); }
        }
        """)]
    [InlineData("""
        using AiRace.Core;
        class C
        {
            decimal M(Money a, Money b, Money[] xs, int i)
            {
                if (a.Currency != b.Currency) { if (i > 0) return 0; else if (i < 0) return 1; else return 2; }
                else if (xs[i].Currency != a.Currency) return 3;
                switch (a) { case { Currency.Code: "USD" } when b.Currency != a.Currency: return 4; case var m when m.Currency == xs[i++].Currency: return (m + xs[i]).Amount; }
                var o = new { Fee = a } with { Fee = b };
                return a.Amount - b.Amount + xs[i].Amount + o.Fee.Amount;
            }
        }
        """)]
    public async Task Odd_code_does_not_crash_the_rules(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Odd", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer()), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                exceptions.Add(diagnostic.GetMessage());
            }
        }

        exceptions.Should().BeEmpty("a rule must never throw on code being edited");
    }
}
