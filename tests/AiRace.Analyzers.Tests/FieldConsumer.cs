using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The harness of the field tests (<see cref="FieldTests"/>, <see cref="SecondTeamFieldTests"/>, <see cref="ThirdTeamFieldTests"/>, <see cref="FourthTeamFieldTests"/>, <see cref="FifthTeamFieldTests"/>, <see cref="SixthTeamFieldTests"/>): compiles consumer
/// sources against the real AiRace.Core, runs <see cref="AiRaceAnalyzer"/> over them and compares its reports with the
/// <c>// expect: AIRxxxx</c> markers (a marked finding not reported is a miss, a report on a line not marked for its
/// rule is a false report).
/// </summary>
internal static class FieldConsumer
{
    private static readonly Regex Expect = new(@"//\s*expect:\s*(?<ids>AIR\d{4}(\s*,\s*AIR\d{4})*)", RegexOptions.CultureInvariant);

    /// <summary>What one run found.</summary>
    /// <param name="Files">The number of sources compiled.</param>
    /// <param name="Lines">Their lines in all.</param>
    /// <param name="Expected">The marked findings (file, line, rule).</param>
    /// <param name="Caught">The marked findings reported.</param>
    /// <param name="Missed">Each marked finding not reported, as <c>file:line AIRxxxx: line text</c>, by file (ordinal) and line.</param>
    /// <param name="False">Each report on a line not marked for its rule, as <c>file:line AIRxxxx message: line text</c>, by file (ordinal) and line.</param>
    /// <param name="Crashes">The messages of the AD0001 diagnostics (an analyzer threw).</param>
    /// <param name="AnalyzerTime">The analyzer's own execution time, when the run was asked to measure it.</param>
    internal sealed record Outcome(int Files, int Lines, int Expected, int Caught, IReadOnlyList<string> Missed, IReadOnlyList<string> False, IReadOnlyList<string> Crashes, TimeSpan? AnalyzerTime);

    /// <summary>The <c>*.cs</c> files directly in a folder of the repository (not its subfolders), by path (ordinal), with their text.</summary>
    internal static (string Name, string Text)[] FilesIn(params string[] folder) =>
        Directory.GetFiles(RepositoryFiles.PathOf(folder), "*.cs").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();

    /// <summary>
    /// Parses the sources in <paramref name="language"/>, asserts they compile (as assembly <paramref name="assembly"/>,
    /// nullable enabled) against the real AiRace.Core, runs every rule concurrently and compares the reports with the
    /// markers. With <paramref name="timeAnalyzer"/>, the analyzer's execution time is logged and returned.
    /// </summary>
    internal static async Task<Outcome> Run(string assembly, LanguageVersion language, bool timeAnalyzer, params (string Name, string Text)[] sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(language), s.Name)).ToArray();
        var compilation = CSharpCompilation.Create(
            assembly,
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the consumer compiles");

        var expected = new HashSet<(string File, int Line, string Id)>();
        foreach (var tree in trees)
        {
            foreach (var line in tree.GetText().Lines)
            {
                var match = Expect.Match(line.ToString());
                if (match.Success)
                {
                    foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                    {
                        expected.Add((tree.FilePath, line.LineNumber + 1, id));
                    }
                }
            }
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: timeAnalyzer);
        var analyzer = new AiRaceAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        TimeSpan? spent = timeAnalyzer ? (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime : null;

        var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var reported = diagnostics
            .Where(d => d.Id.StartsWith("AIR", StringComparison.Ordinal))
            .Select(d => (File: d.Location.SourceTree!.FilePath, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id, Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        string Text(string file, int line) => trees.Single(t => t.FilePath == file).GetText().Lines[line - 1].ToString().Trim();
        var caught = expected.Where(e => reported.Any(r => (r.File, r.Line, r.Id) == e)).ToList();
        var missed = expected.Except(caught).OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).Select(e => $"{e.File}:{e.Line} {e.Id}: {Text(e.File, e.Line)}").ToList();
        var falseReports = reported.Where(r => !expected.Contains((r.File, r.Line, r.Id))).OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)
            .Select(r => $"{r.File}:{r.Line} {r.Id} {r.Message}: {Text(r.File, r.Line)}").ToList();
        return new Outcome(trees.Length, trees.Sum(t => t.GetText().Lines.Count), expected.Count, caught.Count, missed, falseReports, crashes, spent);
    }

    /// <summary>
    /// Prints a team's counts with each miss, false report and AD0001, then asserts what every team's field test holds:
    /// no AD0001, no false report, at least <paramref name="minimumLines"/> lines, and no more misses than
    /// <paramref name="recordedMisses"/> (a miss the analyzers learn lowers it).
    /// </summary>
    internal static void Check(Outcome result, Xunit.Abstractions.ITestOutputHelper output, string team, int minimumLines, int recordedMisses)
    {
        output.WriteLine($"{team} field test: {result.Files} files, {result.Lines} lines; expected {result.Expected}, caught {result.Caught}, missed {result.Missed.Count}, false reports {result.False.Count}, AD0001 {result.Crashes.Count}");
        foreach (var m in result.Missed)
        {
            output.WriteLine($"missed: {m}");
        }

        foreach (var f in result.False)
        {
            output.WriteLine($"false report: {f}");
        }

        foreach (var c in result.Crashes)
        {
            output.WriteLine($"AD0001: {c}");
        }

        result.Lines.Should().BeGreaterThanOrEqualTo(minimumLines, $"the field test is a realistic consumer of at least {minimumLines} lines");
        result.Crashes.Should().BeEmpty("no analyzer throws (AD0001)");
        result.False.Should().BeEmpty("a report on a line not marked '// expect:' is a false positive");
        result.Missed.Count.Should().BeLessThanOrEqualTo(recordedMisses, "every marked finding is a currency, scale or date mistake the rules promise to find");
        result.Caught.Should().BeGreaterThanOrEqualTo(result.Expected - recordedMisses);
    }
}
