using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>The AiRace.Core package as a user gets it: contents, analyzers in a fresh project, severities, code fixes.</summary>
[Collection("package")]
public partial class PackageTests
{
    private const string Violations = """
        using AiRace.Core;

        Money yuan = Money.Cny(600m);
        Money dollars = Money.Usd(139m);
        Money wrong = yuan + dollars;
        Currency rmb = Currency.FromCode("RMB");
        decimal stripped = yuan.Amount + dollars.Amount;
        Console.WriteLine($"{wrong} {rmb} {stripped}");
        """;

    private readonly PackageFixture _fixture;

    public PackageTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Package_CarriesTheLibraryDocsReadmeAnalyzersAndCodeFixes()
    {
        using ZipArchive zip = ZipFile.OpenRead(_fixture.PackagePath);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        entries.Should().Contain("lib/net10.0/AiRace.Core.dll");
        entries.Should().Contain("lib/net10.0/AiRace.Core.xml");
        entries.Should().Contain("README.md");
        entries.Should().Contain("analyzers/dotnet/cs/AiRace.Analyzers.dll");
        entries.Should().Contain("analyzers/dotnet/cs/AiRace.Analyzers.CodeFixes.dll");
        entries.Should().Contain("schemas/policy-dataset.schema.json");
    }

    [Fact]
    public void FreshProject_ReportsTheRulesAtTheirLocations()
    {
        string dir = _fixture.CreateConsumer("violations", Violations);
        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary");
        build.ExitCode.Should().NotBe(0, "AIR0001 and AIR0003 are errors");
        Diagnostics(build.Output).Should().Contain(new[]
        {
            "Program.cs(5,15): error AIR0001",
            "Program.cs(6,34): error AIR0003",
            "Program.cs(7,20): warning AIR0004",
        });
        build.Output.Should().NotContain("AD0001", "an analyzer must never throw in a user's build");
        build.Output.Should().NotContain("CS9057", "the analyzers must load in this SDK's compiler");
    }

    [Fact]
    public void EditorConfig_ChangesSeverities()
    {
        string dir = _fixture.CreateConsumer("severities", Violations, """
            dotnet_diagnostic.AIR0001.severity = none
            dotnet_diagnostic.AIR0003.severity = warning
            dotnet_diagnostic.AIR0004.severity = error
            """);
        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary");
        string[] found = Diagnostics(build.Output);
        found.Should().NotContain(d => d.Contains("AIR0001", System.StringComparison.Ordinal));
        found.Should().Contain("Program.cs(6,34): warning AIR0003");
        found.Should().Contain("Program.cs(7,20): error AIR0004");
    }

    [Fact]
    public void CleanCode_BuildsWithoutAnyAiRaceDiagnostic()
    {
        string dir = _fixture.CreateConsumer("clean", """
            using AiRace.Core;

            Money a = Money.Cny(600m);
            Money b = Money.Millions(400, Currency.CNY);
            Money total = new[] { a, b }.Sum(Currency.CNY);
            Console.WriteLine(total.Round(MidpointRounding.ToEven));
            """);
        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary");
        build.ExitCode.Should().Be(0, build.Output);
        build.Output.Should().NotContain("AIR0");
    }

    [Fact]
    public void DotnetFormat_AppliesTheCodeFix()
    {
        string dir = _fixture.CreateConsumer("codefix", """
            using AiRace.Core;

            Currency rmb = Currency.FromCode("RMB");
            Console.WriteLine(rmb);
            """);
        ProcessRunner.Result restore = PackageFixture.Dotnet(dir, "restore");
        restore.ExitCode.Should().Be(0, restore.Output);
        ProcessRunner.Result format = PackageFixture.Dotnet(dir, "format", "analyzers", "--diagnostics", "AIR0003", "--severity", "info", "--no-restore");
        format.ExitCode.Should().Be(0, format.Output);
        File.ReadAllText(Path.Combine(dir, "Program.cs")).Should().Contain("Currency.FromCode(\"CNY\")");
        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary");
        build.ExitCode.Should().Be(0, build.Output);
    }

    /// <summary>
    /// A partial constructor (C# 14: the SDK's compiler, not the Roslyn 4.14 parser of the analyzer tests, reads it) is
    /// reported by AIR0010 once, at its defining part's parameter, as a partial method is; the compiler hands it to the
    /// analyzers as its implementing part.
    /// </summary>
    [Fact]
    public void PartialConstructor_IsReportedOnce_OnItsDefiningPart()
    {
        string dir = _fixture.CreateConsumer("partial-constructor", """
            using AiRace.Core;

            Console.WriteLine(new Fund(1m).Cap);

            public partial class Fund
            {
                public partial Fund(decimal budget);
                public partial void Pay(decimal amount);
                public partial Fund(int count, double costUsd);
            }

            public partial class Fund
            {
                public partial Fund(decimal budget) { Cap = Money.Cny(budget); }
                public partial void Pay(decimal amount) { }
                public partial Fund(int count, double costUsd) { Cap = Money.Usd(count); }
                public Money Cap { get; }
            }

            internal partial class Quiet
            {
                public partial Quiet(decimal budget);
            }

            internal partial class Quiet
            {
                public partial Quiet(decimal budget) { }
            }
            """, "dotnet_diagnostic.AIR0010.severity = warning");
        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-clp:NoSummary");
        build.ExitCode.Should().Be(0, build.Output);
        build.Output.Should().NotContain("AD0001", "an analyzer must never throw in a user's build");
        Diagnostics(build.Output).Should().BeEquivalentTo(new[]
        {
            "Program.cs(7,33): warning AIR0010",
            "Program.cs(8,37): warning AIR0010",
            "Program.cs(9,43): warning AIR0010",
        });
        // the compiler's own lines, before the build's summary repeats them
        int summary = build.Output.IndexOf("Build succeeded", System.StringComparison.Ordinal);
        string compiled = summary < 0 ? build.Output : build.Output[..summary];
        foreach (string found in Diagnostics(build.Output))
        {
            Regex.Matches(compiled, Regex.Escape(found)).Count.Should().Be(1, found + " is reported once:\n" + build.Output);
        }
    }

    private static string[] Diagnostics(string output) =>
        DiagnosticPattern().Matches(output).Select(m => m.Value).Distinct().ToArray();

    [GeneratedRegex(@"Program\.cs\(\d+,\d+\): (error|warning|info) AIR\d{4}")]
    private static partial Regex DiagnosticPattern();
}
