using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiRace.Notebooks;

namespace AiRace.Notebooks.Tests;

/// <summary>Packs the libraries once and executes every notebook once, one after the other, for all tests.</summary>
public sealed class NotebookFixture
{
    public NotebookFixture()
    {
        RepoRoot = NotebookJob.FindRepoRoot(AppContext.BaseDirectory);
        var log = new StringWriter();
        Version = NotebookJob.Pack(RepoRoot, log);
        string output = Path.Combine(RepoRoot, "artifacts", "test-notebooks");
        foreach (string notebook in Directory.GetFiles(Path.Combine(RepoRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            (ExecutedNotebook nb, int exit, TimeSpan elapsed, string runLog) = NotebookJob.Execute(RepoRoot, notebook, output);
            Results[Path.GetFileName(notebook)] = (nb, exit, elapsed, runLog);
        }
    }

    public string RepoRoot { get; }

    public string Version { get; }

    public Dictionary<string, (ExecutedNotebook Notebook, int ExitCode, TimeSpan Elapsed, string Log)> Results { get; } = new(StringComparer.Ordinal);
}

[CollectionDefinition("notebooks")]
public sealed class NotebookCollection : ICollectionFixture<NotebookFixture>
{
}
