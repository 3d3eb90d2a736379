using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiRace.Docs.Tests;

/// <summary>A fenced code block of a Markdown file.</summary>
/// <param name="Language">The first word of the info string ("csharp", "bash", ...), or empty.</param>
/// <param name="FenceLine">The 1-based line of the opening fence.</param>
/// <param name="Lines">The content lines, without the fences.</param>
/// <param name="Section">The text of the nearest heading above the block.</param>
/// <param name="Preceding">The last non-empty line of prose before the block.</param>
/// <param name="Info">The whole info string after the fence ("csharp fragment").</param>
public sealed record FencedBlock(string Language, int FenceLine, IReadOnlyList<string> Lines, string Section, string Preceding, string Info = "")
{
    /// <summary>The content as one text, lines joined with '\n'.</summary>
    public string Code => string.Join("\n", Lines);

    /// <summary>The 1-based line in the file of a content line.</summary>
    /// <param name="index">The 0-based index into <see cref="Lines"/>.</param>
    /// <returns>The file line.</returns>
    public int FileLine(int index) => FenceLine + 1 + index;

    /// <summary>Whether the block is C#.</summary>
    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    /// <summary>Whether the block is marked as a fragment that is not meant to compile (<c>```csharp fragment</c>): the
    /// word after the language, which renderers ignore.</summary>
    public bool IsFragment => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Contains("fragment", StringComparer.Ordinal);
}

/// <summary>
/// Reads fenced code blocks the way CommonMark does: a fence is three or more backticks or tildes indented by at most
/// three spaces; it is closed by a fence of the same character, at least as long, with nothing but spaces after it.
/// </summary>
public static partial class Markdown
{
    /// <summary>Reads the blocks of a Markdown text and every problem with its fences.</summary>
    /// <param name="text">The Markdown.</param>
    /// <returns>The blocks, and the problems (each naming its line).</returns>
    public static (IReadOnlyList<FencedBlock> Blocks, IReadOnlyList<string> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<FencedBlock>();
        var problems = new List<string>();
        string section = "";
        string preceding = "";
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                if (lines[i].StartsWith('#'))
                {
                    section = lines[i].TrimStart('#').Trim();
                }

                if (lines[i].Trim().Length > 0)
                {
                    preceding = lines[i].Trim();
                }

                continue;
            }

            string fence = open.Groups["fence"].Value;
            string info = open.Groups["info"].Value.Trim();
            if (fence[0] == '`' && info.Contains('`', StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: a backtick fence's info string may not contain a backtick: '{lines[i]}'");
            }

            int start = i;
            var content = new List<string>();
            bool closed = false;
            for (i++; i < lines.Length; i++)
            {
                Match close = Fence().Match(lines[i]);
                if (close.Success && close.Groups["fence"].Value[0] == fence[0] && close.Groups["fence"].Value.Length >= fence.Length)
                {
                    if (close.Groups["info"].Value.Trim().Length == 0)
                    {
                        closed = true;
                        break;
                    }

                    // A fence followed by text does not close the block: everything after it, prose and headings,
                    // would be rendered as code.
                    problems.Add($"line {i + 1}: the fence opened on line {start + 1} is followed by text on its closing line, so it does not close: '{lines[i]}'");
                }

                content.Add(lines[i]);
            }

            if (!closed)
            {
                problems.Add($"line {start + 1}: the fence is never closed");
            }

            blocks.Add(new FencedBlock(info.Split(' ', 2)[0], start + 1, content, section, preceding, info));
        }

        return (blocks, problems);
    }

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex Fence();
}
