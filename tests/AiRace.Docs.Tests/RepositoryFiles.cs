using System;
using System.IO;

namespace AiRace.Docs.Tests;

/// <summary>Finds files of the repository the tests run in (the folder that holds AiRace.Core.sln).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path below the root.</summary>
    /// <param name="parts">The path's parts.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiRace.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AiRace.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
