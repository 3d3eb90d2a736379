using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Core.Tests.Architecture;

/// <summary>
/// The folders of AiRace.Core depend on each other in one direction only:
/// Text ← Money ← Quantities ← Reporting ← Policy ← Serialization ← Data ← Analysis ← Analysis/Export.
/// The test compiles the library's sources and follows every name in code (not in documentation comments) to the folder
/// that declares it. The one exception is the <c>[JsonConverter(typeof(…))]</c> attribute by which a type names its
/// converter in Serialization.
/// </summary>
public class LayeringTests
{
    /// <summary>The folders from the bottom up; the files at the root (guards, resources) sit with Text at the bottom.</summary>
    public static readonly string[] Layers = ["Text", "Money", "Quantities", "Reporting", "Policy", "Serialization", "Data", "Analysis", "Analysis/Export"];

    /// <summary>Layers whose subfolders belong to them (Data/Reading is part of the Data layer: the loader and its
    /// per-entity readers use each other).</summary>
    public static readonly string[] LayersWithInnerFolders = ["Data"];

    [Fact]
    public void EveryFolderOfTheLibrary_HasALayer()
    {
        string root = SourceRoot();
        string[] folders = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(root, f))
            .Select(f => FolderOf(root, f)).Where(f => f.Length > 0).Distinct().ToArray();
        folders.Should().OnlyContain(f => LayerOf(f) >= 0, "a new folder needs its place in the layering");
    }

    [Fact]
    public void NoFolder_ReferencesAFolderAboveIt()
    {
        string root = SourceRoot();
        ImmutableArray<SyntaxTree> trees = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(root, f))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), path: f))
            .ToImmutableArray();
        CSharpCompilation compilation = CSharpCompilation.Create(
            "AiRace.Core.Layering",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the sources compile on their own");

        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            string from = FolderOf(root, tree.FilePath);
            int fromLayer = LayerOf(from);
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol;
                INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type is null)
                {
                    continue;
                }

                type = type.OriginalDefinition;
                while (type.ContainingType is not null)
                {
                    type = type.ContainingType;
                }

                string? declaredIn = type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree.FilePath).FirstOrDefault();
                if (declaredIn is null)
                {
                    continue;
                }

                string to = FolderOf(root, declaredIn);
                if (LayerOf(to) > fromLayer && !IsConverterAttribute(name, to))
                {
                    FileLinePositionSpan at = name.GetLocation().GetLineSpan();
                    violations.Add($"{Path.GetRelativePath(root, tree.FilePath)}({at.StartLinePosition.Line + 1}): {Display(from)} uses {type.Name} of {Display(to)}");
                }
            }
        }

        violations.Should().BeEmpty("dependencies point one way: " + string.Join(" ← ", Layers));
    }

    private static bool IsConverterAttribute(SyntaxNode name, string to) =>
        to == "Serialization" && name.Ancestors().OfType<AttributeSyntax>().Any();

    private static int LayerOf(string folder)
    {
        string? outer = LayersWithInnerFolders.FirstOrDefault(l => folder.StartsWith(l + "/", StringComparison.Ordinal));
        return folder.Length == 0 ? 0 : Array.IndexOf(Layers, outer ?? folder);
    }

    private static string Display(string folder) => folder.Length == 0 ? "the root" : folder;

    private static string FolderOf(string root, string file) =>
        Path.GetDirectoryName(Path.GetRelativePath(root, file))!.Replace('\\', '/');

    private static bool IsBuildOutput(string root, string file)
    {
        string first = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "obj" or "bin";
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiRace.Core.sln")))
        {
            dir = dir.Parent;
        }

        dir.Should().NotBeNull("the tests run inside the repository");
        return Path.Combine(dir!.FullName, "src", "AiRace.Core");
    }
}
