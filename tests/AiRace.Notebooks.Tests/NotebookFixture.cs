using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiRace.Notebooks;

namespace AiRace.Notebooks.Tests;

/// <summary>
/// Packs the libraries once as the main command does (version {VersionPrefix}-local, installed into the NuGet cache),
/// then executes every notebook twice, one after the other: with the headless runner (dotnet-repl) and in Jupyter
/// (nbconvert with the pinned dotnet-interactive kernel). The time of each run is written to
/// <c>artifacts/test-results/notebook-timings.txt</c>, which <c>.ci/run</c> prints.
/// </summary>
public sealed class NotebookFixture : IDisposable
{
    private readonly IDisposable _cacheLock;

    public NotebookFixture()
    {
        RepoRoot = NotebookJob.FindRepoRoot(AppContext.BaseDirectory);
        var log = new StringWriter();
        Version = NotebookJob.Pack(RepoRoot, log);
        _cacheLock = NuGetCache.Lock(RepoRoot);
        NuGetCache.Install(RepoRoot, Path.Combine(RepoRoot, "artifacts", "feed"), Version, log);
        string[] notebooks = Directory.GetFiles(Path.Combine(RepoRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();

        string output = Path.Combine(RepoRoot, "artifacts", "test-notebooks");
        foreach (string notebook in notebooks)
        {
            Results[Path.GetFileName(notebook)] = NotebookJob.Execute(RepoRoot, notebook, output);
        }

        JupyterPath = Path.Combine(RepoRoot, "artifacts", "test-jupyter");
        try
        {
            JupyterRunner.WriteKernelSpec(JupyterPath);
            string jupyterOutput = Path.Combine(RepoRoot, "artifacts", "test-notebooks-jupyter");
            foreach (string notebook in notebooks)
            {
                JupyterResults[Path.GetFileName(notebook)] = JupyterRunner.Execute(RepoRoot, notebook, jupyterOutput, JupyterPath);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or TimeoutException)
        {
            JupyterProblem = e.Message;
        }

        WriteTimings();
    }

    public string RepoRoot { get; }

    public string Version { get; }

    /// <summary>The folder holding the kernel spec the Jupyter runs use (JUPYTER_PATH).</summary>
    public string JupyterPath { get; }

    /// <summary>Why Jupyter could not run the notebooks, or null.</summary>
    public string? JupyterProblem { get; }

    /// <summary>The notebooks executed headlessly.</summary>
    public Dictionary<string, (ExecutedNotebook Notebook, int ExitCode, TimeSpan Elapsed, string Log)> Results { get; } = new(StringComparer.Ordinal);

    /// <summary>The notebooks executed in Jupyter.</summary>
    public Dictionary<string, (ExecutedNotebook Notebook, int ExitCode, TimeSpan Elapsed, string Log)> JupyterResults { get; } = new(StringComparer.Ordinal);

    public void Dispose() => _cacheLock.Dispose();

    private void WriteTimings()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Notebook execution times (package {Version}):");
        text.AppendLine("notebook                                   headless   Jupyter");
        foreach (string name in Results.Keys)
        {
            string jupyter = JupyterResults.TryGetValue(name, out var j) ? j.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "not run";
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-42} {Results[name].Elapsed.TotalSeconds,6:0.0} s {jupyter,9}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"total",-42} {Results.Values.Sum(r => r.Elapsed.TotalSeconds),6:0.0} s {JupyterResults.Values.Sum(r => r.Elapsed.TotalSeconds),7:0.0} s");
        if (JupyterProblem is not null)
        {
            text.AppendLine("Jupyter: " + JupyterProblem);
        }

        string folder = Path.Combine(RepoRoot, "artifacts", "test-results");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notebook-timings.txt"), text.ToString());
    }
}

[CollectionDefinition("notebooks")]
public sealed class NotebookCollection : ICollectionFixture<NotebookFixture>
{
}
