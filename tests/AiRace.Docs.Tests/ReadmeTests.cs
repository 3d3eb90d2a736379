using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace AiRace.Docs.Tests;

/// <summary>
/// The README stays true: its fences are well formed, every C# block compiles with the analyzers on, the tour's blocks
/// run in order, and every value a comment states is computed and compared. A comment that states a value (it holds a
/// digit or a quote) and no check below covers fails the test, so a new promise cannot slip in unchecked.
/// </summary>
[Collection("working directory")]
public partial class ReadmeTests
{
    /// <summary>A value check: the code line that starts with <paramref name="Anchor"/> has a comment containing
    /// <paramref name="Comment"/>, and <paramref name="Expression"/>, evaluated after its block, is that text.</summary>
    private sealed record Value(string Anchor, string Expression, string Comment);

    /// <summary>A claim check: the line's comment contains <paramref name="Comment"/> and <paramref name="Predicate"/> holds.</summary>
    private sealed record Claim(string Anchor, string Comment, string Predicate);

    private static readonly Value[] Values =
    {
        new("Currency cny =", "$\"{cny.Name}, {cny.NumericCode}, {cny.MinorUnits} minor units\"", "Yuan Renminbi, 156, 2 minor units"),
        new("Currency kwd =", "$\"{kwd.MinorUnits} minor units\"", "3 minor units"),
        new("Money total =", "total.ToString()", "CNY 1,000,000,000.00"),
        new("Money rest =", "rest.ToString()", "CNY 400,000,000.00"),
        new("Money third =", "third.ToString()", "CNY 0.3333333333333333333333333333"),
        new("Money fen =", "fen.ToString()", "CNY 0.33"),
        new("Money[] parts =", "string.Join(\", \", parts.Select(p => p.ToString(\"K\", CultureInfo.InvariantCulture)))", "CNY 600M, CNY 300M, CNY 100M"),
        new("Money[] thirds =", "string.Join(\", \", thirds.Select(p => p.ToString()))", "CNY 0.34, CNY 0.33, CNY 0.33"),
        new("Money sum =", "sum.ToString()", "CNY 1,000,000,000.00"),
        new("string canonical =", "canonical", "CNY 1,000,000,000.00"),
        new("string compact =", "compact", "CNY 1B"),
        new("string german =", "german", "1.000.000.000,00 CNY"),
        new("string json =", "json", "{\"amount\":\"1000000000\",\"currency\":\"CNY\"}"),
        new("NewsAmount a =", "$\"{a.Money.ToString(\"K\", CultureInfo.InvariantCulture)}, figure {a.Figure}, {a.Magnitude}\"", "CNY 1T, figure 1, Trillions"),
        new("NewsAmount b =", "b.Money.ToString(\"K\", CultureInfo.InvariantCulture)", "USD 139M"),
        new("DateOnly quoted =", "quoted.ToString(\"yyyy-MM-dd\", CultureInfo.InvariantCulture)", "2025-07-25"),
        new("string series =", "series", "inverse of Fed H.10 (DEXCHUS)"),
        new("Money dollars =", "dollars.ToString()", "USD 139,"),
        new("decimal pace =", "pace.ToString(CultureInfo.InvariantCulture)", "9.5"),
        new("decimal growth =", "Math.Round(growth, 4).ToString(CultureInfo.InvariantCulture)", "0.3412"),
        new("// implied rates", "string.Join(\", \", audit.Rows.Select(r => Math.Round(r.ImpliedRate, 3, MidpointRounding.ToEven).ToString(CultureInfo.InvariantCulture)))", "7.246, 7.194, 7.317"),
        new("AiRace.Core.Money fromTeam =", "fromTeam.ToString()", "CNY 600,000,000.00"),
        new("NodaMoney.Money toTeam =", "$\"{toTeam.Currency.Code} {toTeam.Amount.ToString(CultureInfo.InvariantCulture)}\"", "USD 139510874872.70"),
    };

    private static readonly Claim[] Claims =
    {
        new("Money parsed =", "equal to total", "parsed == total"),
        new("PartsCheck check =", "600 + 300 + 100 million = the 1 billion yuan whole, as stated (rounded, so not AddsUpExactly)",
            "!check.AddsUpExactly && check.Whole!.Precision == 1_000_000_000m && check.Remainder == Money.Zero(Currency.CNY) && check.IncludedTotal == Money.Billions(1, Currency.CNY) && shanghai.Parts.Where(p => p.Membership == PartMembership.Included && !p.Amount.IsCap).Select(p => p.Amount.Amount).SequenceEqual(new[] { Money.Millions(600, Currency.CNY), Money.Millions(300, Currency.CNY), Money.Millions(100, Currency.CNY) })"),
        new("IEnumerable<Programme> inChina =", "includes Shanghai and Hangzhou", "inChina.Any(p => p.Id == \"cn-sh-ai-subsidy-package\") && inChina.Any(p => p.Id == \"cn-zj-hangzhou-compute-subsidy\")"),
        new("CsvExport.WriteFile(", "and normalised.schema.json; header: ..., reported, reported_currency, value [USD], ...", "File.Exists(\"normalised.schema.json\") && File.ReadLines(\"normalised.csv\").First().Contains(\",reported,reported_currency,value [USD],\") && CsvExport.Read(new StringReader(File.ReadAllText(\"normalised.csv\")), new StringReader(File.ReadAllText(\"normalised.schema.json\"))).ContentEquals(usd.ToTable())"),
        new("await ParquetExport.WriteAsync(", "", "ParquetExport.ReadAsync(File.OpenRead(\"programmes.parquet\")).GetAwaiter().GetResult().ContentEquals(DatasetTables.Programmes(data))"),
    };

    [Fact]
    public void Fences_CloseOnALineOfTheirOwn_InEveryMarkdownFile()
    {
        var problems = new List<string>();
        foreach (string file in RepositoryFiles.MarkdownFiles())
        {
            problems.AddRange(Markdown.Read(File.ReadAllText(file)).Problems.Select(p => Path.GetRelativePath(RepositoryFiles.Root, file) + " " + p));
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Markdown_FindsAFenceClosedOnTheLineOfTheFollowingProse()
    {
        (IReadOnlyList<FencedBlock> blocks, IReadOnlyList<string> problems) = Markdown.Read("a\n```csharp\nx();\n``` The data format is\n## Heading\n");
        problems.Should().HaveCount(2).And.Contain(p => p.StartsWith("line 4:", StringComparison.Ordinal)).And.Contain(p => p.StartsWith("line 2: the fence is never closed", StringComparison.Ordinal));
        blocks.Single().Lines.Should().Contain("## Heading", "everything after the bad fence is swallowed into the block");
    }

    [Fact]
    public void EveryCSharpBlock_IsEitherRunOrCheckedForItsDiagnostics()
    {
        IReadOnlyList<FencedBlock> csharp = Readme.Blocks.Where(b => b.IsCSharp).ToList();
        csharp.Should().HaveCountGreaterThan(3);
        (Readme.TourBlocks.Count + Readme.DiagnosticBlocks.Count).Should().Be(csharp.Count);
        Readme.Blocks.Where(b => !b.IsCSharp).Select(b => b.Language).Should().OnlyContain(l => l == "bash" || l == "ini" || l == "text" || l == "sql",
            "every other block is a shell command, a configuration or notebook text, not unchecked code; the one SQL query is run by AiRace.Export.Tests' DuckDB tests, which read it from the README");
        Readme.Blocks.Count(b => b.Language == "sql").Should().BeLessThanOrEqualTo(1, "the DuckDB tests run the README's one SQL block");
    }

    [Fact]
    public async Task TourBlocks_CompileRunInOrder_AndKeepEveryPromiseOfTheirComments()
    {
        IReadOnlyList<FencedBlock> blocks = Readme.TourBlocks;
        var failures = new List<string>();
        var covered = new HashSet<(FencedBlock, int)>();
        string folder = Directory.CreateTempSubdirectory("airace-readme-").FullName;
        string previousFolder = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            // The tour loads "my-facts.json", a file of the reader's own: an empty extension of the embedded data.
            File.WriteAllText("my-facts.json", "{ \"formatVersion\": 1 }");
            ScriptState<object>? state = null;
            Script? previous = null;
            foreach (FencedBlock block in blocks)
            {
                (Script<object> script, IReadOnlyList<Diagnostic> diagnostics) = await DocScripts.CompileAsync(previous, block.Code);
                if (diagnostics.Count > 0)
                {
                    failures.AddRange(diagnostics.Select(d => $"README line {block.FileLine(DocScripts.LineOf(d))}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}"));
                    break;
                }

                try
                {
                    state = state is null ? await script.RunAsync() : await script.RunFromAsync(state);
                }
                catch (Exception e)
                {
                    failures.Add($"README block at line {block.FenceLine} throws: {e}");
                    break;
                }

                previous = state.Script;
                foreach (Value check in Values.Where(v => AnchorIn(block, v.Anchor) is not null))
                {
                    int line = AnchorIn(block, check.Anchor)!.Value;
                    covered.Add((block, line));
                    if (!CommentsOf(block, line).Contains(check.Comment, StringComparison.Ordinal))
                    {
                        failures.Add($"README line {block.FileLine(line)}: the comment no longer says '{check.Comment}'");
                    }

                    string actual = Convert.ToString((await state.ContinueWithAsync(Imports + check.Expression)).ReturnValue, CultureInfo.InvariantCulture) ?? "null";
                    bool prefix = check.Comment.EndsWith(',');
                    if (prefix ? !actual.StartsWith(check.Comment, StringComparison.Ordinal) : actual != check.Comment)
                    {
                        failures.Add($"README line {block.FileLine(line)}: the comment says '{check.Comment}', the code gives '{actual}'");
                    }
                    else if (prefix && !CommentsOf(block, line).Contains(actual, StringComparison.Ordinal))
                    {
                        failures.Add($"README line {block.FileLine(line)}: the comment should state the whole value '{actual}'");
                    }
                }

                foreach (Claim claim in Claims.Where(c => AnchorIn(block, c.Anchor) is not null))
                {
                    int line = AnchorIn(block, claim.Anchor)!.Value;
                    covered.Add((block, line));
                    if (!CommentsOf(block, line).Contains(claim.Comment, StringComparison.Ordinal))
                    {
                        failures.Add($"README line {block.FileLine(line)}: the comment no longer says '{claim.Comment}'");
                    }

                    object? holds = (await state.ContinueWithAsync(Imports + claim.Predicate)).ReturnValue;
                    if (holds is not true)
                    {
                        failures.Add($"README line {block.FileLine(line)}: '{claim.Comment}' does not hold: {claim.Predicate}");
                    }
                }

                for (int i = 0; i < block.Lines.Count; i++)
                {
                    if (Throws().Match(block.Lines[i]) is { Success: true } m)
                    {
                        covered.Add((block, i));
                        string? problem = await CheckThrowsAsync(state, m.Groups["expr"].Value, m.Groups["type"].Value, MessageOf(block, i, m));
                        if (problem is not null)
                        {
                            failures.Add($"README line {block.FileLine(i)}: {problem}");
                        }
                    }
                }
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previousFolder);
            Directory.Delete(folder, recursive: true);
        }

        foreach (Value v in Values.Where(v => blocks.All(b => AnchorIn(b, v.Anchor) is null)))
        {
            failures.Add($"no README line starts with '{v.Anchor}' any more: update the README or this test");
        }

        foreach (Claim c in Claims.Where(c => blocks.All(b => AnchorIn(b, c.Anchor) is null)))
        {
            failures.Add($"no README line starts with '{c.Anchor}' any more: update the README or this test");
        }

        foreach (FencedBlock block in blocks)
        {
            for (int i = 0; i < block.Lines.Count; i++)
            {
                string? comment = Readme.TrailingComment(block.Lines[i]);
                if (comment is not null && StatesAValue().IsMatch(comment) && !covered.Contains((block, i)))
                {
                    failures.Add($"README line {block.FileLine(i)}: the comment '{comment}' states a value that no check covers");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>The tour runs as script submissions, whose top-level variables are fields and whose bare statements
    /// the analyzers do not see (<c>Share.FromPercent(150m);</c> alone is reported in a method, not in a script): compiled
    /// together in one method body, as a reader's Program.cs holds them, the tour's blocks draw no error and no AiRace
    /// diagnostic either.</summary>
    [Fact]
    public async Task TourBlocks_TogetherInAMethodBody_DrawNoErrorAndNoAnalyzerDiagnostic()
    {
        IReadOnlyList<FencedBlock> blocks = Readme.TourBlocks;
        // Each block states its usings; in one file they go first (a blank line keeps each line in its place).
        string[] lines = blocks.SelectMany(b => b.Lines).ToArray();
        string usings = string.Join("\n", lines.Where(l => UsingDirective().IsMatch(l)).Distinct(StringComparer.Ordinal));
        IReadOnlyList<(int Line, Diagnostic Diagnostic)> diagnostics = await DocScripts.CompileInMethodAsync(usings, string.Join("\n", lines.Select(l => UsingDirective().IsMatch(l) ? "" : l)));
        int[] starts = blocks.Select((b, i) => blocks.Take(i).Sum(x => x.Lines.Count)).ToArray();
        string Where(int line)
        {
            int index = Array.FindLastIndex(starts, s => s <= line);
            return index < 0 ? "?" : $"README line {blocks[index].FileLine(line - starts[index])}";
        }

        diagnostics.Where(d => d.Diagnostic.Severity == DiagnosticSeverity.Error || d.Diagnostic.Id.StartsWith("AIR", StringComparison.Ordinal))
            .Select(d => $"{Where(d.Line)}: {d.Diagnostic.Id}: {d.Diagnostic.GetMessage(CultureInfo.InvariantCulture)}")
            .Should().BeEmpty();
    }

    [Fact]
    public async Task DiagnosticBlocks_ReportExactlyTheDiagnosticsTheirCommentsName()
    {
        IReadOnlyList<FencedBlock> blocks = Readme.DiagnosticBlocks;
        blocks.Should().NotBeEmpty("the team tour shows what the analyzers report");
        foreach (FencedBlock block in blocks)
        {
            IReadOnlyList<Diagnostic> diagnostics = await DocScripts.CompileProgramAsync(block.Code);
            diagnostics.Where(d => !d.Id.StartsWith("AIR", StringComparison.Ordinal)).Should().BeEmpty($"the block at README line {block.FenceLine} must compile: only the analyzers object to it");
            var expected = block.Lines.SelectMany((l, i) => Readme.ExpectedDiagnostics(l).Select(d => $"line {block.FileLine(i)}: {d}")).OrderBy(s => s, StringComparer.Ordinal);
            var actual = diagnostics.Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal))
                .Select(d => $"line {block.FileLine(DocScripts.LineOf(d))}: {Severity(d)} {d.Id}").OrderBy(s => s, StringComparer.Ordinal);
            actual.Should().Equal(expected, $"the comments of the block at README line {block.FenceLine} name what the build reports");
        }
    }

    private const string Imports = "using System.Globalization;\nusing System.IO;\n";

    private static string Severity(Diagnostic d) => d.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static async Task<string?> CheckThrowsAsync(ScriptState<object> state, string expression, string type, string message)
    {
        try
        {
            await state.ContinueWithAsync(expression.Trim());
            return $"'{expression.Trim()}' was to throw {type}, and does not";
        }
        catch (CompilationErrorException e)
        {
            return $"'{expression.Trim()}' does not compile: {string.Join("; ", e.Diagnostics)}";
        }
        catch (Exception e) when (e.GetType().Name == type)
        {
            return e.Message.Contains(message, StringComparison.Ordinal) ? null : $"{type} says '{e.Message}', not '{message}'";
        }
        catch (Exception e)
        {
            return $"'{expression.Trim()}' throws {e.GetType().Name}, not {type}: {e.Message}";
        }
    }

    private static string MessageOf(FencedBlock block, int line, Match m)
    {
        var text = new StringBuilder(m.Groups["message"].Value.Trim());
        for (int i = line + 1; i < block.Lines.Count && block.Lines[i].TrimStart().StartsWith("//   ", StringComparison.Ordinal); i++)
        {
            text.Append(' ').Append(block.Lines[i].Trim()[2..].Trim());
        }

        return text.ToString().Trim().TrimEnd('.', ' ').Replace(" ...", "", StringComparison.Ordinal);
    }

    private static int? AnchorIn(FencedBlock block, string anchor)
    {
        int[] found = block.Lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith(anchor, StringComparison.Ordinal)).Select(x => x.i).ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    private static string CommentsOf(FencedBlock block, int line)
    {
        string text = block.Lines[line];
        string comment = text.TrimStart().StartsWith("//", StringComparison.Ordinal) ? text.Trim()[2..] : Readme.TrailingComment(text) ?? "";
        return comment.Trim();
    }

    /// <summary>A whole-line comment "// EXPR → SomeException ...: message" states that EXPR throws.</summary>
    [GeneratedRegex(@"^\s*//\s*(?<expr>.+?)\s*→\s*(?<type>\w+Exception)\b[^:]*(:\s*(?<message>.*))?$")]
    private static partial Regex Throws();

    [GeneratedRegex(@"^using (static )?[\w.]+( = [\w.<>, ]+)?;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"[0-9""]")]
    private static partial Regex StatesAValue();
}

[CollectionDefinition("working directory", DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
}
