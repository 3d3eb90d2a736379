using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers.Tests;

/// <summary>Every rule at once over one source, as a build runs them: for checks of what a fix leaves and of crashes.</summary>
internal static class AllRules
{
    /// <summary>
    /// The compiler's errors and every AiRace diagnostic of a source (parsed as the newest C#, against the real
    /// AiRace.Core); fails the test if an analyzer throws (an AD0001 in a user's build).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create(
            "AllRules",
            new[] { tree },
            TestReferences.All,
            new CSharpCompilationOptions(
                TestReferences.HasTopLevelStatements(source) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Add(exception.ToString()),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in analyzers.Where(d => d.Id == "AD0001"))
        {
            exceptions.Add(diagnostic.GetMessage());
        }

        exceptions.Should().BeEmpty();
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Concat(analyzers).ToImmutableArray();
    }
}
