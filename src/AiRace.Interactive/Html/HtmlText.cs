using System.Globalization;
using System.Net;
using System.Text;
using AiRace.Core.Text;

namespace AiRace.Interactive.Html;

/// <summary>
/// Text made safe for an HTML page: the markup characters encoded, and each character that would be invisible,
/// reorder the text around it or be dropped or replaced by a browser shown by its code point in a marked span
/// (<c>U+202E</c>), never removed: controls other than tab and line ends (NUL among them), the bidirectional embedding,
/// override and isolate controls and marks, the zero-width space and the word joiner, the byte order mark, the line and
/// paragraph separators, and half a surrogate pair. The zero-width non-joiner and joiner (U+200C, U+200D) are written as
/// they are: Persian and Indic spelling and emoji sequences need them. A character reference
/// (<c>&amp;#x202E;</c>) would not do: the browser turns it back into the character, which then reorders the text.
/// <c>CitationList.ToMarkdown</c> in AiRace.Core shows the same characters (but for the zero-width ones); the charts
/// show them by the same rule, as plain text (<see cref="Plain"/>).
/// </summary>
internal static class HtmlText
{
    /// <summary>The text, HTML-encoded, with every such character shown by its code.</summary>
    public static string Encode(string text)
    {
        int i = 0;
        while (i < text.Length && !IsShownByCode(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return WebUtility.HtmlEncode(text);
        }

        var html = new StringBuilder(text.Length + 64);
        int start = 0;
        for (i = 0; i < text.Length; i++)
        {
            if (IsShownByCode(text, i))
            {
                html.Append(WebUtility.HtmlEncode(text[start..i]))
                    .Append("<span class=\"airace-char\" style=\"border:1px dotted #a40000;font-family:monospace;font-size:80%\" title=\"a character that would be invisible or reorder the text, shown by its code\">U+")
                    .Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append("</span>");
                start = i + 1;
            }
        }

        return html.Append(WebUtility.HtmlEncode(text[start..])).ToString();
    }

    /// <summary>The text for a chart (plain text, which the SVG writer escapes), with every character
    /// <see cref="Encode"/> shows by its code shown as its code in angle brackets (<c>&lt;U+202E&gt;</c>), so that
    /// nothing is dropped by the renderer and nothing reorders the text.</summary>
    public static string Plain(string text)
    {
        int i = 0;
        while (i < text.Length && !IsShownByCode(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var plain = new StringBuilder(text.Length + 16);
        for (i = 0; i < text.Length; i++)
        {
            if (IsShownByCode(text, i))
            {
                plain.Append("<U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }

    /// <summary>Whether the unit at <paramref name="index"/> is shown by its code: one <see cref="HiddenCharacters"/>
    /// hides (but line ends, which a page shows as white space), or a zero-width space (U+200B), word joiner (U+2060)
    /// or invisible operator (U+2061 to U+2064), which print as nothing.</summary>
    public static bool IsShownByCode(string text, int index) =>
        HiddenCharacters.IsShownByCodeToAReader(text, index, lineEnds: false);
}
