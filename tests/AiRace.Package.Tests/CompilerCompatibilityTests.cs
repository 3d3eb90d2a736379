using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// The analyzers load in the oldest compiler of the .NET 10 SDKs (Roslyn 4.14): a consumer built with the
/// <c>Microsoft.Net.Compilers.Toolset</c> 4.14.0 compiler gets the diagnostics, not a CS9057 that drops them.
/// </summary>
[Collection("package")]
public partial class CompilerCompatibilityTests
{
    private const string ToolsetVersion = "4.14.0";

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

    public CompilerCompatibilityTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Roslyn_4_14_compiler_LoadsTheAnalyzersAndReportsTheRules()
    {
        string dir = _fixture.CreateConsumer("compiler-4.14", Violations);
        UseToolsetCompiler(dir);

        // -v:n prints the compiler's command line, which names the compiler that ran
        ProcessRunner.Result build = PackageFixture.Dotnet(dir, "build", "-nologo", "-v:n", "-clp:NoSummary");

        string compilerLine = build.Output.Split('\n').FirstOrDefault(l => l.Contains("csc.dll", StringComparison.OrdinalIgnoreCase) && l.Contains("/noconfig", StringComparison.Ordinal)) ?? string.Empty;
        compilerLine.Should().NotBeEmpty("the build log shows the compiler's command line:\n" + build.Output);
        compilerLine.Replace('\\', '/').ToLowerInvariant().Should().Contain(
            "microsoft.net.compilers.toolset/" + ToolsetVersion + "/",
            "the consumer must be compiled by the Roslyn " + ToolsetVersion + " compiler of the toolset package, not the SDK's own");

        build.ExitCode.Should().NotBe(0, "AIR0001 and AIR0003 are errors");
        DiagnosticPattern().Matches(build.Output).Select(m => m.Value).Distinct().Should().BeEquivalentTo(new[]
        {
            "Program.cs(5,15): error AIR0001",
            "Program.cs(6,34): error AIR0003",
            "Program.cs(7,20): warning AIR0004",
        });
        build.Output.Should().NotContain("CS9057", "an analyzer built against a newer Roslyn than the compiler is dropped with CS9057");
        build.Output.Should().NotContain("CS8032", "every analyzer of the package must be instantiated");
        build.Output.Should().NotContain("AD0001", "an analyzer must never throw in a user's build");
    }

    /// <summary>
    /// Adds the toolset package and, since the .NET 10 SDK otherwise keeps its own compiler, asks for the package's
    /// compiler with <c>RoslynCompilerType=Custom</c>.
    /// </summary>
    private static void UseToolsetCompiler(string dir)
    {
        string project = Path.Combine(dir, "Consumer.csproj");
        string text = File.ReadAllText(project);
        text = text.Replace(
            "</PropertyGroup>",
            "  <RoslynCompilerType>Custom</RoslynCompilerType>\n  </PropertyGroup>",
            StringComparison.Ordinal);
        text = text.Replace(
            "</ItemGroup>",
            $"  <PackageReference Include=\"Microsoft.Net.Compilers.Toolset\" Version=\"{ToolsetVersion}\" PrivateAssets=\"all\" />\n  </ItemGroup>",
            StringComparison.Ordinal);
        File.WriteAllText(project, text);
        text.Should().Contain("Microsoft.Net.Compilers.Toolset").And.Contain("<RoslynCompilerType>Custom</RoslynCompilerType>");
    }

    [GeneratedRegex(@"Program\.cs\(\d+,\d+\): (error|warning|info) AIR\d{4}")]
    private static partial Regex DiagnosticPattern();
}
