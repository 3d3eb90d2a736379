using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AiRace.Notebooks;

/// <summary>
/// The main job: pack AiRace.Core, AiRace.Export and AiRace.Interactive into <c>artifacts/feed</c> as
/// <c>{VersionPrefix}-local</c> (the exact version the notebooks' first cell references), install that build into the
/// NuGet cache (replacing an older build of the same version, so no stale package is ever used), execute every notebook
/// with dotnet-repl, and write the executed notebooks to <c>artifacts/notebooks</c>, an HTML report to
/// <c>artifacts/report</c> and the kernel spec of the pinned .NET kernel for Jupyter to <c>artifacts/jupyter</c>.
/// </summary>
public static class NotebookJob
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(10);

    /// <summary>What one run produced.</summary>
    /// <param name="Version">The package version the notebooks ran against.</param>
    /// <param name="Entries">One entry per notebook, in order.</param>
    /// <param name="IndexPath">The report's index page.</param>
    public sealed record Result(string Version, IReadOnlyList<HtmlReport.Entry> Entries, string IndexPath)
    {
        /// <summary>Whether every notebook ran without a cell error.</summary>
        public bool Succeeded => Entries.All(e => e.Succeeded);
    }

    /// <summary>Finds the repository root (the folder holding AiRace.Core.sln) from a starting folder upwards.</summary>
    /// <param name="start">Where to start.</param>
    /// <returns>The root folder.</returns>
    /// <exception cref="DirectoryNotFoundException">No ancestor holds AiRace.Core.sln.</exception>
    public static string FindRepoRoot(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRace.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{start}' holds AiRace.Core.sln.");
    }

    /// <summary>The prerelease label of the packages the main command builds: the notebooks reference
    /// <c>{VersionPrefix}-local</c>, <c>0.1.0-local</c> today.</summary>
    public const string VersionSuffix = "local";

    /// <summary>Packs the libraries into the local feed as <c>{VersionPrefix}-local</c> (a deterministic CI build:
    /// SourceLink, symbols) and restores the tools of the manifest.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <param name="log">Where progress goes.</param>
    /// <returns>The version packed.</returns>
    /// <exception cref="InvalidOperationException">Packing failed; the message holds the build output.</exception>
    public static string Pack(string repoRoot, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string feed = Path.Combine(repoRoot, "artifacts", "feed");
        if (Directory.Exists(feed))
        {
            Directory.Delete(feed, recursive: true);
        }

        using (PackLock.Acquire(repoRoot))
        {
            foreach (string id in NuGetCache.Packages)
            {
                string project = $"src/{id}/{id}.csproj";
                log.WriteLine($"pack {project}");
                ProcessRunner.Result r = ProcessRunner.Run("dotnet", new[] { "pack", project, "-c", "Release", "-o", feed, "-p:VersionSuffix=" + VersionSuffix, "-p:ContinuousIntegrationBuild=true", "-nologo" }, repoRoot, PackTimeout);
                if (r.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed with exit code {r.ExitCode}:\n{r.Output}");
                }
            }
        }

        string[] packed = Directory.GetFiles(feed, "AiRace.Interactive.*.nupkg");
        if (packed.Length != 1)
        {
            throw new InvalidOperationException($"Expected one AiRace.Interactive package in {feed}; found {packed.Length}.");
        }

        string version = Path.GetFileNameWithoutExtension(packed[0])["AiRace.Interactive.".Length..];
        log.WriteLine($"packed {version}");
        ProcessRunner.Result tools = ProcessRunner.Run("dotnet", new[] { "tool", "restore" }, repoRoot, PackTimeout);
        if (tools.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool restore failed with exit code {tools.ExitCode}:\n{tools.Output}");
        }

        return version;
    }

    /// <summary>Executes one notebook headlessly and reads the executed copy back.</summary>
    /// <param name="repoRoot">The repository root (where the tool manifest is).</param>
    /// <param name="notebook">The notebook file.</param>
    /// <param name="outputFolder">Where the executed copy goes.</param>
    /// <returns>The executed notebook, the runner's exit code and the time taken.</returns>
    public static (ExecutedNotebook Notebook, int ExitCode, TimeSpan Elapsed, string Log) Execute(string repoRoot, string notebook, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        string output = Path.Combine(outputFolder, Path.GetFileName(notebook));
        if (File.Exists(output))
        {
            File.Delete(output);
        }

        ProcessRunner.Result r = ProcessRunner.Run(
            "dotnet",
            new[] { "tool", "run", "dotnet-repl", "--", "--run", Path.GetFullPath(notebook), "--exit-after-run", "--output-path", output, "--working-dir", Path.GetDirectoryName(Path.GetFullPath(notebook))! },
            repoRoot,
            NotebookTimeout);
        if (!File.Exists(output))
        {
            throw new InvalidOperationException($"dotnet-repl wrote no executed notebook for {notebook} (exit code {r.ExitCode}):\n{r.Output}");
        }

        return (ExecutedNotebook.Load(output), r.ExitCode, r.Elapsed, r.Output);
    }

    /// <summary>Runs the whole job.</summary>
    /// <param name="repoRoot">The repository root.</param>
    /// <param name="log">Where progress and errors go.</param>
    /// <returns>What was produced.</returns>
    public static Result Run(string repoRoot, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string version = Pack(repoRoot, log);
        using IDisposable cacheLock = NuGetCache.Lock(repoRoot);
        NuGetCache.Install(repoRoot, Path.Combine(repoRoot, "artifacts", "feed"), version, log);
        string artifacts = Path.Combine(repoRoot, "artifacts");
        JupyterRunner.WriteKernelSpec(Path.Combine(artifacts, "jupyter"));
        string executed = Path.Combine(artifacts, "notebooks");
        string report = Path.Combine(artifacts, "report");
        Directory.CreateDirectory(report);
        var entries = new List<HtmlReport.Entry>();
        foreach (string notebook in Directory.GetFiles(Path.Combine(repoRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            (ExecutedNotebook nb, int exit, TimeSpan elapsed, string runLog) = Execute(repoRoot, notebook, executed);
            string page = Path.GetFileNameWithoutExtension(notebook) + ".html";
            File.WriteAllText(Path.Combine(report, page), HtmlReport.Page(nb));
            var entry = new HtmlReport.Entry(nb, page, elapsed, exit);
            entries.Add(entry);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(entry.Succeeded ? "ok  " : "FAIL")} {Path.GetFileName(notebook)} ({elapsed.TotalSeconds:0.0} s)"));
            foreach ((ExecutedNotebook.Cell cell, ExecutedNotebook.Output error) in nb.Errors)
            {
                log.WriteLine($"     cell {cell.Index + 1}: {error.Text}");
                log.WriteLine("     source: " + cell.Source.Replace("\n", "\n             ", StringComparison.Ordinal));
            }

            if (exit != 0 && !nb.Errors.Any())
            {
                log.WriteLine($"     dotnet-repl exited with {exit}:\n{runLog}");
            }
        }

        string index = Path.Combine(report, "index.html");
        File.WriteAllText(index, HtmlReport.Index(entries, version));
        return new Result(version, entries, index);
    }
}
