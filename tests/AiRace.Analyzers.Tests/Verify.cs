using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Offline references: the .NET 10 reference assemblies from Basic.Reference.Assemblies (nothing downloaded) and the
/// real AiRace.Core assembly built from <c>src/AiRace.Core</c>, so the rules meet the library's actual API.
/// </summary>
internal static class TestReferences
{
    /// <summary>An empty reference set: with no package to resolve the test framework asks no feed for anything.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> Net100 =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>The AiRace.Core assembly this test project was built with.</summary>
    public static readonly MetadataReference Library = MetadataReference.CreateFromFile(typeof(AiRace.Core.Money).Assembly.Location);

    /// <summary>The references of every test compilation: .NET 10 and AiRace.Core.</summary>
    public static readonly ImmutableArray<MetadataReference> All = Net100.Add(Library);

    public static void Apply(SolutionState state, string source)
    {
        state.Sources.Add(source);
        state.ReferenceAssemblies = None;
        state.AdditionalReferences.AddRange(All);
        state.OutputKind = HasTopLevelStatements(source) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
    }

    public static bool HasTopLevelStatements(string source) =>
        CSharpSyntaxTree.ParseText(StripMarkup(source)).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();

    /// <summary>The source without the test markup (<c>{|AIR0001:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>).</summary>
    public static string StripMarkup(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, @"\{\|[A-Z]+[0-9]+:|\|\}|\[\||\|\]", string.Empty);
}

/// <summary>
/// Runs one rule over a test input compiled against the real AiRace.Core, through <see cref="AiRaceAnalyzer"/> (the
/// analyzer the compiler loads) with every other rule switched off, and checks the markup's diagnostics and no others.
/// </summary>
/// <typeparam name="TRule">The rule under test.</typeparam>
internal static class Verify<TRule>
    where TRule : Rule
{
    /// <summary>The IDs of every other rule (switched off, so the host leaves those rules out).</summary>
    private static string[] OtherIds()
    {
        var own = AiRaceAnalyzer.Rules.OfType<TRule>().Single().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        return new AiRaceAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(id => !own.Contains(id)).Distinct().ToArray();
    }

    /// <summary>Checks that the rule reports exactly the expected diagnostics.</summary>
    public static Task Diagnostics(string source, params DiagnosticResult[] expected) => Run(source, editorConfig: null, expected);

    /// <summary>Runs with an <c>.editorconfig</c> next to the source, as a user's repository would have.</summary>
    public static Task DiagnosticsWithEditorConfig(string source, string editorConfig, params DiagnosticResult[] expected) => Run(source, editorConfig, expected);

    /// <summary>Shorthand for an input that must produce no diagnostic at all.</summary>
    public static Task NoDiagnostics(string source) => Diagnostics(source);

    /// <summary>As <see cref="Diagnostics"/>, with the compiler's preview language version (C# 14 extension blocks).</summary>
    public static Task DiagnosticsPreview(string source, params DiagnosticResult[] expected) => Run(source, editorConfig: null, expected, preview: true);

    private static Task Run(string source, string? editorConfig, DiagnosticResult[] expected, bool preview = false)
    {
        var test = new CSharpAnalyzerTest<AiRaceAnalyzer, DefaultVerifier>();
        TestReferences.Apply(test.TestState, source);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        if (preview)
        {
            // the default language version may read an extension block as a top-level statement: a library, always
            test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Preview)));
        }

        test.DisabledDiagnostics.AddRange(OtherIds());
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Checks one fix at a time and Fix All. <paramref name="fixAllIterations"/>: how many runs of Fix All it takes, one
    /// per finding where each finding's fix has a key of its own (AIR0007's currency in scope); one by default.
    /// </summary>
    public static Task Fix<TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, int? fixAllIterations = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<AiRaceAnalyzer, TCodeFix, DefaultVerifier>();
        TestReferences.Apply(test.TestState, source);
        test.DisabledDiagnostics.AddRange(OtherIds());
        test.FixedState.Sources.Add(fixedSource);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.ReferenceAssemblies = TestReferences.None;
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.OutputKind = test.TestState.OutputKind;
        if (equivalenceKey is not null)
        {
            test.CodeActionEquivalenceKey = equivalenceKey;
        }

        if (fixAllIterations is not null)
        {
            test.NumberOfFixAllIterations = fixAllIterations.Value;
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>A fix that is offered nowhere: the fixed source equals the input (diagnostics stay).</summary>
    public static Task NoFix<TCodeFix>(string source)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<AiRaceAnalyzer, TCodeFix, DefaultVerifier>();
        TestReferences.Apply(test.TestState, source);
        test.DisabledDiagnostics.AddRange(OtherIds());
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.FixedState.Sources.Add(source);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.ReferenceAssemblies = TestReferences.None;
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.OutputKind = test.TestState.OutputKind;
        return test.RunAsync(CancellationToken.None);
    }
}
