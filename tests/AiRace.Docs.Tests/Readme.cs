using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiRace.Docs.Tests;

/// <summary>The README's blocks, sorted by what the tests do with them.</summary>
public static partial class Readme
{
    /// <summary>The README's path.</summary>
    public static string PathOf => RepositoryFiles.PathOf("README.md");

    /// <summary>Every block of the README.</summary>
    public static IReadOnlyList<FencedBlock> Blocks => Markdown.Read(File.ReadAllText(PathOf)).Blocks;

    /// <summary>The C# blocks whose comments name analyzer diagnostics ("error AIR0001"): they are compiled and their
    /// diagnostics compared with the comments, not run.</summary>
    public static IReadOnlyList<FencedBlock> DiagnosticBlocks => Blocks.Where(b => b.IsCSharp && b.Lines.Any(l => ExpectedDiagnostics(l).Count > 0)).ToList();

    /// <summary>The other C# blocks: compiled without any warning or AiRace diagnostic, and run in order as one session.</summary>
    public static IReadOnlyList<FencedBlock> TourBlocks => Blocks.Where(b => b.IsCSharp && !b.Lines.Any(l => ExpectedDiagnostics(l).Count > 0)).ToList();

    /// <summary>The diagnostics a line's comment names, as "error AIR0001".</summary>
    /// <param name="line">A code line.</param>
    /// <returns>The diagnostics named after its <c>//</c>.</returns>
    public static IReadOnlyList<string> ExpectedDiagnostics(string line)
    {
        string? comment = TrailingComment(line);
        return comment is null ? Array.Empty<string>() : DiagnosticName().Matches(comment).Select(m => m.Value).ToList();
    }

    /// <summary>The comment after code on a line (not a comment that is the whole line), or null.</summary>
    /// <param name="line">A code line.</param>
    /// <returns>The text after <c>//</c>, trimmed.</returns>
    public static string? TrailingComment(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        // A '//' inside a string literal ("https://...") is not a comment: count the quotes before it.
        for (int i = line.IndexOf("//", StringComparison.Ordinal); i >= 0; i = line.IndexOf("//", i + 2, StringComparison.Ordinal))
        {
            if (line[..i].Count(ch => ch == '"') % 2 == 0)
            {
                return line[(i + 2)..].Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(error|warning|info) AIR\d{4}\b")]
    private static partial Regex DiagnosticName();
}
