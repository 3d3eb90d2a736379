using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace AiRace.Docs.Tests;

/// <summary>Review of stop 61: documentation promises that the existing doc tests do not cover.</summary>
public class ReviewS61DocsTests
{
    // src/AiRace.Core/Data/README.md, "A short tour": a C# block a reader copies as it stands, no test compiles it.
    // Claim: `PercentagePoints change = bernstein.ChangeInPoints!.Value; // +38 pp (17% in 2023 → 55% in 2027)` (and the block's own usings suffice).
    [Fact]
    public async Task ReviewS61_DataReadmeTour_CompilesWithItsOwnUsings_AndKeepsItsComments()
    {
        FencedBlock tour = Markdown.Read(File.ReadAllText(RepositoryFiles.PathOf("src", "AiRace.Core", "Data", "README.md"))).Blocks.Single(b => b.IsCSharp);
        IReadOnlyList<Diagnostic> diagnostics = await DocScripts.CompileProgramAsync(tour.Code);
        diagnostics.Select(d => $"line {tour.FileLine(DocScripts.LineOf(d))}: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Should().BeEmpty("the Data README's tour compiles as the Program.cs of a new project with the usings it states");

        // The tour's values, run without the last line (which reads the reader's own file).
        string runnable = string.Join("\n", tour.Lines.Where(l => !l.Contains("my-facts.json", StringComparison.Ordinal)))
            + "\nreturn $\"{change}|{shanghai.AddsUpExactly}|{shanghai.IncludedTotal}\";";
        (Script<object> script, _) = await DocScripts.CompileAsync(null, runnable);
        string result = (string)(await script.RunAsync()).ReturnValue;
        result.Should().Be("+38 pp|True|CNY 1,000,000,000.00");
    }
}
