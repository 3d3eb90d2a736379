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
/// Review of the code fixes: each test is a form where a fix yields code that does not compile or that means something
/// else than the code it replaced.
/// </summary>
public class ReviewCodeFixTests
{
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
