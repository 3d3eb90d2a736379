using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiRace.Docs.Tests;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// The README's tours as a new user runs them: a fresh console project (the SDK's template settings, implicit usings on)
/// that references the packed packages, its Program.cs made of the README's blocks.
/// </summary>
[Collection("package")]
public partial class ReadmeTourTests
{
    private readonly PackageFixture _fixture;

    public ReadmeTourTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void DevelopersTour_BuildsWithoutAWarningAndRuns()
    {
        var usings = new List<string>();
        var body = new StringBuilder();
        foreach (FencedBlock block in Readme.TourBlocks)
        {
            body.AppendLine($"// README line {block.FenceLine + 1}");
            foreach (string line in block.Lines)
            {
                if (UsingDirective().IsMatch(line))
                {
                    usings.Add(line.Trim());
                }
                else
                {
                    body.AppendLine(line);
                }
            }
        }

        body.AppendLine("Console.WriteLine($\"tour: {rest} | {dollars} | {check.AddsUpExactly} | {new FileInfo(\"normalised.csv\").Length > 0} | {new FileInfo(\"programmes.parquet\").Length > 0}\");");
        string program = string.Join("\n", usings.Distinct()) + "\n\n" + body;
        string dir = _fixture.CreateConsumer("readme-tour", new Dictionary<string, string>
        {
            ["Program.cs"] = program,
            ["NodaMoney.cs"] = NodaMoneyShape.Source,
            ["my-facts.json"] = "{ \"formatVersion\": 1 }",
        }, editorconfig: null, "AiRace.Core", "AiRace.Export");

        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary", "-p:TreatWarningsAsErrors=true");
        build.ExitCode.Should().Be(0, "the tour compiles without a warning, the package's analyzers on:\n" + build.Output);
        build.Output.Should().NotContain("AIR0");
        ProcessRunner.Result run = PackageFixture.Dotnet(dir, "run", "--no-build", "-nologo");
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("tour: CNY 400,000,000.00 | USD 139,510,874,872.69632667866460191 | False | True | True");
    }

    [Fact]
    public void TeamsTour_ReportsWhatItsCommentsSay_WithTheReadmeGlobalConfig()
    {
        FencedBlock team = Readme.DiagnosticBlocks.Single();
        FencedBlock config = Readme.Blocks.Single(b => b.Language == "ini" && b.Lines.Any(l => l.Trim() == "is_global = true"));
        string dir = _fixture.CreateConsumer("readme-team", new Dictionary<string, string>
        {
            ["Program.cs"] = team.Code + "\n",
            [".globalconfig"] = config.Code + "\n",
        });

        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary");
        build.ExitCode.Should().NotBe(0, "the tour shows errors");
        string[] expected = team.Lines.SelectMany((l, i) => Readme.ExpectedDiagnostics(l).Select(d => $"Program.cs({i + 1}): {d}")).Order(StringComparer.Ordinal).ToArray();
        string[] actual = Reported().Matches(build.Output).Select(m => $"Program.cs({m.Groups["line"].Value}): {m.Groups["diagnostic"].Value}").Distinct().Order(StringComparer.Ordinal).ToArray();
        actual.Should().Equal(expected, build.Output);
        build.Output.Should().NotContain("AD0001").And.NotContain("CS9057");
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[\w.]+(\s*=\s*[\w.]+)?\s*;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"Program\.cs\((?<line>\d+),\d+\): (?<diagnostic>(error|warning|info) AIR\d{4})")]
    private static partial Regex Reported();
}
