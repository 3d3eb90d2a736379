using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

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

    /// <summary>Every Markdown file of the repository, outside build output and tool folders.</summary>
    /// <returns>Their full paths, in ordinal order.</returns>
    public static IEnumerable<string> MarkdownFiles() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Regex.IsMatch(Path.GetRelativePath(Root, f).Replace('\\', '/'), @"(^|/)(artifacts|bin|obj|\.git|node_modules)/"))
            .Order(StringComparer.Ordinal);

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
