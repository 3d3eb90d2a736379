using System.IO;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// The release-tracking check of Directory.Build.targets (docs/RELEASING.md): a release of the package that carries the
/// analyzers cannot be packed while AnalyzerReleases.Unshipped.md lists rules; a prerelease always can. Runs the check
/// alone (no build) on release-tracking files written here.
/// </summary>
public class ReleaseTrackingTests
{
    private const string Header = "; Unshipped analyzer release\n; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n";
    private const string Rules = "\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nAIR0001 | Correctness | Error | CurrencyMismatchAnalyzer\n";

    [Fact]
    public void ARelease_IsRefused_WhileUnshippedListsRules()
    {
        ProcessRunner.Result r = Check("9.9.9", unshipped: Header + Rules, shipped: "; Shipped analyzer releases\n");
        r.ExitCode.Should().NotBe(0);
        r.Output.Should().Contain("Packing release 9.9.9 of AiRace.Core: AnalyzerReleases.Unshipped.md still lists rules");
    }

    [Fact]
    public void ARelease_Passes_OnceTheRulesMovedToShipped()
    {
        ProcessRunner.Result r = Check("9.9.9", unshipped: Header, shipped: "; Shipped analyzer releases\n\n## Release 9.9.9\n" + Rules);
        r.ExitCode.Should().Be(0, r.Output);
    }

    [Fact]
    public void APrerelease_IsNotChecked()
    {
        ProcessRunner.Result r = Check("9.9.9-rc.1", unshipped: Header + Rules, shipped: "; Shipped analyzer releases\n");
        r.ExitCode.Should().Be(0, r.Output);
    }

    private static ProcessRunner.Result Check(string version, string unshipped, string shipped)
    {
        string root = NotebookJob.FindRepoRoot(System.AppContext.BaseDirectory);
        string folder = Directory.CreateTempSubdirectory("airace-release-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"), unshipped);
            File.WriteAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md"), shipped);
            return PackageFixture.Dotnet(root, "msbuild", "src/AiRace.Core/AiRace.Core.csproj", "-t:CheckAnalyzerReleaseTracking", "-nologo",
                "-p:Version=" + version, "-p:AiRaceAnalyzerReleasesFolder=" + folder + "/");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
