using System;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AiRace.Notebooks;

/// <summary>
/// Renders the small subset of Markdown the notebooks use: headings, paragraphs, bullet and numbered lists,
/// fenced code, inline code, bold, italics and links. Everything else is shown as escaped text.
/// </summary>
public static partial class Markdown
{
    /// <summary>Converts Markdown to HTML.</summary>
    /// <param name="markdown">The Markdown source.</param>
    /// <returns>The HTML.</returns>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = new StringBuilder();
        string? list = null;
        bool inCode = false;
        var paragraph = new StringBuilder();

        void FlushParagraph()
        {
            if (paragraph.Length > 0)
            {
                html.Append("<p>").Append(Inline(paragraph.ToString().Trim())).Append("</p>\n");
                paragraph.Clear();
            }
        }

        void CloseList()
        {
            if (list is not null)
            {
                html.Append("</").Append(list).Append(">\n");
                list = null;
            }
        }

        foreach (string raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                FlushParagraph();
                CloseList();
                html.Append(inCode ? "</code></pre>\n" : "<pre><code>");
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                html.Append(WebUtility.HtmlEncode(raw)).Append('\n');
                continue;
            }

            Match heading = HeadingPattern().Match(line);
            Match bullet = BulletPattern().Match(line);
            Match numbered = NumberedPattern().Match(line);
            if (heading.Success)
            {
                FlushParagraph();
                CloseList();
                int level = heading.Groups[1].Length;
                html.Append("<h").Append(level).Append('>').Append(Inline(heading.Groups[2].Value)).Append("</h").Append(level).Append(">\n");
            }
            else if (bullet.Success || numbered.Success)
            {
                FlushParagraph();
                string kind = bullet.Success ? "ul" : "ol";
                if (list != kind)
                {
                    CloseList();
                    html.Append('<').Append(kind).Append(">\n");
                    list = kind;
                }

                html.Append("<li>").Append(Inline((bullet.Success ? bullet : numbered).Groups[1].Value)).Append("</li>\n");
            }
            else if (line.Length == 0)
            {
                FlushParagraph();
                CloseList();
            }
            else
            {
                CloseList();
                paragraph.Append(line).Append(' ');
            }
        }

        FlushParagraph();
        CloseList();
        if (inCode)
        {
            html.Append("</code></pre>\n");
        }

        return html.ToString();
    }

    private static string Inline(string text)
    {
        string s = WebUtility.HtmlEncode(text);
        s = CodePattern().Replace(s, "<code>$1</code>");
        s = BoldPattern().Replace(s, "<strong>$1</strong>");
        s = ItalicPattern().Replace(s, "<em>$1</em>");
        s = LinkPattern().Replace(s, "<a href=\"$2\">$1</a>");
        return s;
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*[-*]\s+(.*)$")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^\s*\d+\.\s+(.*)$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"(?<![*\w])\*([^*]+)\*(?![*\w])")]
    private static partial Regex ItalicPattern();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
