using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;

namespace AiRace.Notebooks;

/// <summary>
/// Puts the packages the main command built into the NuGet cache (the global packages folder) at their exact version,
/// replacing an older build of that version, so that a notebook's <c>#r "nuget: AiRace.Interactive, 0.1.0-local"</c>
/// resolves to this build without naming a source. NuGet never refreshes a version it has cached, hence the replacing.
/// </summary>
public static class NuGetCache
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The packages the main command builds, in dependency order.</summary>
    public static readonly IReadOnlyList<string> Packages = new[] { "AiRace.Core", "AiRace.Export", "AiRace.Interactive" };

    /// <summary>The global packages folder (<c>NUGET_PACKAGES</c>, else NuGet's setting, else ~/.nuget/packages).</summary>
    /// <param name="repoRoot">Where to ask dotnet from.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="InvalidOperationException">dotnet does not say.</exception>
    public static string GlobalPackagesFolder(string repoRoot)
    {
        ProcessRunner.Result r = ProcessRunner.Run("dotnet", new[] { "nuget", "locals", "global-packages", "--list" }, repoRoot, Timeout);
        string? line = r.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("global-packages:", StringComparison.Ordinal));
        if (r.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException("'dotnet nuget locals global-packages --list' did not name the NuGet cache:\n" + r.Output);
        }

        return line["global-packages:".Length..].Trim();
    }

    /// <summary>Holds the machine-wide lock on this version's cache entries (other clones of the repository on the same
    /// machine build the same version): take it before <see cref="Install"/> and keep it while notebooks use the packages.</summary>
    /// <param name="repoRoot">Where to ask dotnet from.</param>
    /// <returns>The held lock.</returns>
    public static IDisposable Lock(string repoRoot)
    {
        string folder = GlobalPackagesFolder(repoRoot);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, ".airace-local.lock");
        DateTime deadline = DateTime.UtcNow.AddMinutes(45);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(1000);
            }
        }
    }

    /// <summary>Replaces the cached copies of the packages at <paramref name="version"/> with the ones in
    /// <paramref name="feed"/> (restoring a throwaway project that references them, with the feed as an extra source), and
    /// checks that the cache now holds exactly the feed's files.</summary>
    /// <param name="repoRoot">Where to ask dotnet from.</param>
    /// <param name="feed">The local feed with the packed packages.</param>
    /// <param name="version">Their version.</param>
    /// <param name="log">Where progress goes.</param>
    /// <exception cref="InvalidOperationException">The restore failed, or the cache holds another build.</exception>
    public static void Install(string repoRoot, string feed, string version, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string cache = GlobalPackagesFolder(repoRoot);
        foreach (string id in Packages)
        {
            string cached = Path.Combine(cache, id.ToLowerInvariant(), version.ToLowerInvariant());
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        string project = Directory.CreateTempSubdirectory("airace-install-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(project, "Install.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="AiRace.Interactive" Version="[{version}]" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
            log.WriteLine($"install AiRace.Core, AiRace.Export, AiRace.Interactive {version} into the NuGet cache ({cache})");
            ProcessRunner.Result restore = ProcessRunner.Run("dotnet", new[] { "restore", "-nologo" }, project, Timeout);
            if (restore.ExitCode != 0)
            {
                throw new InvalidOperationException($"Restoring {version} from {feed} into the NuGet cache failed:\n{restore.Output}");
            }
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }

        foreach (string id in Packages)
        {
            string package = Path.Combine(feed, $"{id}.{version}.nupkg");
            string hashFile = Path.Combine(cache, id.ToLowerInvariant(), version.ToLowerInvariant(), $"{id.ToLowerInvariant()}.{version.ToLowerInvariant()}.nupkg.sha512");
            string expected = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(package)));
            if (!File.Exists(hashFile) || File.ReadAllText(hashFile).Trim() != expected)
            {
                throw new InvalidOperationException($"The NuGet cache does not hold the {id} {version} just packed ({hashFile}).");
            }
        }
    }
}
