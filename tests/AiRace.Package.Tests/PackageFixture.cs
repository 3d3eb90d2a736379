using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AiRace.Notebooks;

namespace AiRace.Package.Tests;

/// <summary>
/// Packs the three packages once, as CI does (ContinuousIntegrationBuild: deterministic, SourceLink, symbols packages),
/// under a version unique to this run (so a stale copy in the NuGet cache is never used), into a temporary feed, and
/// prepares fresh consumer projects that reference the packages as a user would.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public PackageFixture()
    {
        RepoRoot = NotebookJob.FindRepoRoot(AppContext.BaseDirectory);
        WorkDir = Directory.CreateTempSubdirectory("airace-package-").FullName;
        Feed = Path.Combine(WorkDir, "feed");
        Version = "0.1.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (PackLock.Acquire(RepoRoot))
        {
            foreach (string project in Packages.Select(p => $"src/{p}/{p}.csproj"))
            {
                ProcessRunner.Result pack = ProcessRunner.Run("dotnet", new[] { "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true", "-nologo" }, RepoRoot, Timeout);
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed:\n" + pack.Output);
                }
            }
        }

        PackagePath = Path.Combine(Feed, $"AiRace.Core.{Version}.nupkg");
        ExportPackagePath = Path.Combine(Feed, $"AiRace.Export.{Version}.nupkg");
    }

    /// <summary>The packages the repository ships.</summary>
    public static readonly string[] Packages = { "AiRace.Core", "AiRace.Export", "AiRace.Interactive" };

    public string RepoRoot { get; }

    public string WorkDir { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>The path of a package of the feed.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="symbols">The symbols package (.snupkg) instead.</param>
    /// <returns>The path.</returns>
    public string PathOf(string id, bool symbols = false) => Path.Combine(Feed, $"{id}.{Version}.{(symbols ? "snupkg" : "nupkg")}");

    /// <summary>The AiRace.Export package (DataFrame and Parquet), packed beside AiRace.Core.</summary>
    public string ExportPackagePath { get; }

    /// <summary>Creates a new consumer project in its own folder, referencing the package.</summary>
    /// <param name="name">A folder name for it.</param>
    /// <param name="program">The consumer's Program.cs.</param>
    /// <param name="editorconfig">An .editorconfig for the consumer, or null.</param>
    /// <param name="packages">The packages of the feed it references: AiRace.Core when none are named.</param>
    /// <returns>The consumer's folder.</returns>
    public string CreateConsumer(string name, string program, string? editorconfig = null, params string[] packages) =>
        CreateConsumer(name, new Dictionary<string, string> { ["Program.cs"] = program }, editorconfig, packages);

    /// <summary>Creates a new consumer project in its own folder, with the given files, referencing the packages.</summary>
    /// <param name="name">A folder name for it.</param>
    /// <param name="files">File names (relative to the project) and their contents.</param>
    /// <param name="editorconfig">An .editorconfig for the consumer, or null.</param>
    /// <param name="packages">The packages of the feed it references: AiRace.Core when none are named.</param>
    /// <returns>The consumer's folder.</returns>
    public string CreateConsumer(string name, IReadOnlyDictionary<string, string> files, string? editorconfig = null, params string[] packages)
    {
        ArgumentNullException.ThrowIfNull(files);
        string references = string.Concat((packages.Length == 0 ? new[] { "AiRace.Core" } : packages)
            .Select(p => $"\n    <PackageReference Include=\"{p}\" Version=\"{Version}\" />"));
        string dir = Path.Combine(WorkDir, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>{references}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="airace-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Keep the repository's build settings (central packages, its analyzers, warnings as errors) out of the consumer.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
        foreach ((string file, string text) in files)
        {
            File.WriteAllText(Path.Combine(dir, file), text);
        }

        if (editorconfig is not null)
        {
            File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[*.cs]\n" + editorconfig);
        }
        else
        {
            File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n");
        }

        return dir;
    }

    /// <summary>Runs dotnet in a folder.</summary>
    /// <param name="dir">The folder.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The result.</returns>
    public static ProcessRunner.Result Dotnet(string dir, params string[] args) => ProcessRunner.Run("dotnet", args, dir, Timeout);

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}

[CollectionDefinition("package")]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}
