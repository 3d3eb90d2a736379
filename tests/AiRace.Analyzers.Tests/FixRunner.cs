using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Runs code fixes outside the test framework, the way tools do: lists the actions offered for a finding, and applies a
/// provider's Fix All as <c>dotnet format analyzers</c> does (the equivalence key of the first action offered for the
/// first finding in the file, whatever rule reported it, or none).
/// </summary>
internal static class FixRunner
{
    /// <summary>The titles of the actions offered for the first finding of the provider's rules.</summary>
    public static async Task<IReadOnlyList<string>> ActionsAsync(CodeFixProvider provider, string source)
    {
        var (document, diagnostics) = await AnalyzeAsync(source);
        var diagnostic = diagnostics.First(d => provider.FixableDiagnosticIds.Contains(d.Id));
        var titles = new List<string>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => titles.Add(action.Title), CancellationToken.None));
        return titles;
    }

    /// <summary>
    /// Applies <paramref name="provider"/>'s Fix All over the document for the rules it fixes, with the key dotnet format
    /// would pass, and returns the new text.
    /// </summary>
    public static async Task<string> FixAllAsync(CodeFixProvider provider, string source)
    {
        var (document, diagnostics) = await AnalyzeAsync(source);
        string? key = null;
        if (diagnostics.FirstOrDefault() is { } first)
        {
            CodeAction? action = null;
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
            key = action?.EquivalenceKey;
        }

        var fixAll = provider.GetFixAllProvider();
        fixAll.Should().NotBeNull();
        var context = new FixAllContext(document, provider, FixAllScope.Document, key!, provider.FixableDiagnosticIds, new Provider(diagnostics), CancellationToken.None);
        var fix = await fixAll!.GetFixAsync(context);
        if (fix is null)
        {
            return (await document.GetTextAsync()).ToString();
        }

        var operations = await fix.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        return (await changed.GetTextAsync()).ToString();
    }

    /// <summary>The document of <paramref name="source"/> in a workspace of its own, compiled against the real
    /// AiRace.Core, and the AiRace analyzer's findings in it, in the order of the text.</summary>
    internal static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(string source, bool nullable = false)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(
                TestReferences.HasTopLevelStatements(source) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable),
            metadataReferences: TestReferences.All));
        var document = workspace.AddDocument(project.Id, "Consumer.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AiRaceAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return (document, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray());
    }

    /// <summary>Gives Fix All a fixed list of findings, whatever the scope asks for.</summary>
    internal sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
