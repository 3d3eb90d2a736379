using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace AiRace.Docs.Tests;

/// <summary>
/// Every C# block of every Markdown file a reader sees is compiled by a doc test: the main README's by
/// <see cref="ReadmeTests"/>, the analyzer pages' by <see cref="AnalyzerDocTests"/>, every other file's here, as the
/// Program.cs of a new project with the usings the block states. A block that is deliberately not a program (a
/// fragment of a class, two files in one) says so in its info string, <c>```csharp fragment</c>, and must then indeed
/// not compile on its own.
/// </summary>
public class DocSampleTests
{
    /// <summary>Which test compiles a block of a file.</summary>
    /// <param name="relativePath">The file, relative to the repository root, with '/'.</param>
    /// <param name="block">A C# block of it.</param>
    /// <returns>The test's name, or "fragment" for a block marked so.</returns>
    public static string CompiledBy(string relativePath, FencedBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.IsFragment)
        {
            return "fragment";
        }

        if (relativePath == "README.md")
        {
            return nameof(ReadmeTests);
        }

        if (relativePath.StartsWith("analyzers/docs/AIR", StringComparison.Ordinal))
        {
            return nameof(AnalyzerDocTests);
        }

        return nameof(DocSampleTests);
    }

    /// <summary>Every C# block of the repository's Markdown files, with its file relative to the root.</summary>
    /// <returns>The blocks.</returns>
    public static IReadOnlyList<(string File, FencedBlock Block)> CSharpBlocks() =>
        RepositoryFiles.MarkdownFiles()
            .SelectMany(f => Markdown.Read(File.ReadAllText(f)).Blocks.Where(b => b.IsCSharp).Select(b => (Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'), b)))
            .ToList();

    public static TheoryData<string> FilesCompiledHere()
    {
        var data = new TheoryData<string>();
        foreach (string file in CSharpBlocks().Where(x => CompiledBy(x.File, x.Block) == nameof(DocSampleTests)).Select(x => x.File).Distinct())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void EveryMarkdownFileWithCSharp_IsFound_TheDataReadmeAmongThem()
    {
        IReadOnlyList<(string File, FencedBlock Block)> blocks = CSharpBlocks();
        blocks.Select(x => x.File).Should().Contain(new[] { "README.md", "analyzers/docs/AIR0001.md", "src/AiRace.Core/Data/README.md" });
        blocks.Where(x => CompiledBy(x.File, x.Block) == nameof(DocSampleTests)).Should().NotBeEmpty("the Data README's tour is compiled here");
    }

    [Theory]
    [MemberData(nameof(FilesCompiledHere))]
    public async Task BlocksOutsideTheReadmeAndTheAnalyzerPages_CompileAsTheProgramOfANewProject(string file)
    {
        var failures = new List<string>();
        foreach (FencedBlock block in CSharpBlocks().Where(x => x.File == file && CompiledBy(x.File, x.Block) == nameof(DocSampleTests)).Select(x => x.Block))
        {
            IReadOnlyList<Diagnostic> diagnostics = await DocScripts.CompileProgramAsync(block.Code);
            failures.AddRange(diagnostics.Select(d => $"{file} line {block.FileLine(DocScripts.LineOf(d))}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}"));
        }

        failures.Should().BeEmpty("a reader copies the block into a new project as it stands (mark a block that is not a program '```csharp fragment')");
    }

    [Fact]
    public async Task BlocksMarkedAsFragments_DoNotCompileAsAProgram()
    {
        var stale = new List<string>();
        foreach ((string file, FencedBlock block) in CSharpBlocks().Where(x => x.Block.IsFragment))
        {
            if ((await DocScripts.CompileProgramAsync(block.Code)).All(d => d.Severity != DiagnosticSeverity.Error))
            {
                stale.Add($"{file} line {block.FenceLine}");
            }
        }

        stale.Should().BeEmpty("a block that compiles is not a fragment: drop the mark so a test compiles it");
    }

    [Fact]
    public void Markdown_ReadsTheFragmentMark_AfterTheLanguage()
    {
        IReadOnlyList<FencedBlock> blocks = Markdown.Read("```csharp fragment\nint x;\n```\n```csharp\nint y;\n```\n```fragment\n```\n").Blocks;
        blocks.Select(b => (b.Language, b.IsFragment)).Should().Equal(("csharp", true), ("csharp", false), ("fragment", false));
    }

    // src/AiRace.Core/Data/README.md, "A short tour": the programmes in China include Shanghai and Hangzhou, the change is
    // "+38 pp (17% in 2023 → 55% in 2027)", Shanghai's parts add up "600 + 300 + 100 = 1 000 million yuan, as stated (the whole is rounded, so not AddsUpExactly)".
    [Fact]
    public async Task DataReadmeTour_KeepsTheValuesOfItsComments()
    {
        FencedBlock tour = Markdown.Read(File.ReadAllText(RepositoryFiles.PathOf("src", "AiRace.Core", "Data", "README.md"))).Blocks.Single(b => b.IsCSharp);
        tour.Lines.Should().Contain(l => l.Contains("// includes Shanghai, Hangzhou", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("// +38 pp (17% in 2023 → 55% in 2027)", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("// 600 + 300 + 100 = 1 000 million yuan", StringComparison.Ordinal));

        // Run without the last line, which reads the reader's own file.
        string runnable = string.Join("\n", tour.Lines.Where(l => !l.Contains("my-facts.json", StringComparison.Ordinal)))
            + "\nreturn $\"{change} ({bernstein.Baseline!.Value.AsShare()} in {bernstein.BaselineYear} → {bernstein.Goal.AsShare()} in {bernstein.GoalYear})|"
            + "{string.Join(\" + \", data.Programme(\"cn-sh-ai-subsidy-package\").Parts.Where(p => p.Membership == PartMembership.Included).Select(p => p.Amount.Amount.ToString(\"K\", System.Globalization.CultureInfo.InvariantCulture)))} = {shanghai.IncludedTotal}, leaving {shanghai.Remainder}, exactly: {shanghai.AddsUpExactly}|"
            + "{data.ProgrammesIn(\"CN\").Any(p => p.Id == \"cn-sh-ai-subsidy-package\") && data.ProgrammesIn(\"CN\").Any(p => p.Id == \"cn-zj-hangzhou-compute-subsidy\")}\";";
        (Script<object> script, IReadOnlyList<Diagnostic> diagnostics) = await DocScripts.CompileAsync(null, runnable);
        diagnostics.Should().BeEmpty();
        string result = (string)(await script.RunAsync()).ReturnValue;
        result.Should().Be("+38 pp (17% in 2023 → 55% in 2027)|CNY 600M + CNY 300M + CNY 100M = CNY 1,000,000,000.00, leaving CNY 0.00, exactly: False|True");
    }
}
