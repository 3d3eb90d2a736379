using System;
using System.IO;

namespace AiRace.Analyzers.Tests;

/// <summary>Finds files of the repository the tests run in (the folder that holds AiRace.Core.sln).</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

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
