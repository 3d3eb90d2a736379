using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
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

    // tests/README.md, "Property tests": "every one the loader accepts (902 of them) goes through every public entry point".
    // The count comes from AiRace.Core.Tests' own mutants (DatasetMutants, seed 20261201), read from that project's build.
    [Fact]
    public void ReviewS61_TestsReadme_CountsTheAcceptedMutantsTheLoaderAcceptsToday()
    {
        Match stated = Regex.Match(File.ReadAllText(RepositoryFiles.PathOf("tests", "README.md")), @"every one the loader\s+accepts \((?<count>[\d,]+) of them\)");
        stated.Success.Should().BeTrue("the tests README states how many of the 10,000 mutants the loader accepts");
        string path = RepositoryFiles.PathOf("tests", "AiRace.Core.Tests", "bin", "Release", "net10.0", "AiRace.Core.Tests.dll");
        File.Exists(path).Should().BeTrue($"AiRace.Core.Tests is built in Release ({path})");
        Assembly tests = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        Type mutants = tests.GetType("AiRace.Core.Tests.Data.Mutation.DatasetMutants", throwOnError: true)!;
        int count = (int)tests.GetType("AiRace.Core.Tests.Data.LoaderMutationTests", throwOnError: true)!.GetField("Mutants")!.GetValue(null)!;
        var generated = (System.Collections.IEnumerable)mutants.GetMethod("Generate", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, new object[] { count, 20261201 })!;
        int accepted = 0;
        foreach (object mutant in generated)
        {
            byte[] utf8 = (byte[])mutant.GetType().GetProperty("Utf8")!.GetValue(mutant)!;
            var extending = (AiRace.Core.Data.PolicyDataset?)mutant.GetType().GetProperty("Extending")!.GetValue(mutant);
            if (AiRace.Core.Data.PolicyData.TryLoad(utf8, extending, out AiRace.Core.Data.PolicyDataset? dataset, out _) && dataset is not null)
            {
                accepted++;
            }
        }

        int.Parse(stated.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            .Should().Be(accepted, $"the loader accepts {accepted} of the {count:N0} mutants today, the number the analyses run on");
    }
}
