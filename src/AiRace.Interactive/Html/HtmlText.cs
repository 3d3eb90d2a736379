using System.Globalization;
using System.Net;
using System.Text;

namespace AiRace.Interactive.Html;

/// <summary>
/// Text made safe for an HTML page: the markup characters encoded, and each character that would be invisible,
/// reorder the text around it or be dropped or replaced by a browser shown by its code point in a marked span
/// (<c>U+202E</c>), never removed: controls other than tab and line ends (NUL among them), the bidirectional embedding,
/// override and isolate controls and marks, the byte order mark, the line and paragraph separators, and half a
/// surrogate pair. A character reference (<c>&amp;#x202E;</c>) would not do: the browser turns it back into the
/// character, which then reorders the text. <c>CitationList.ToMarkdown</c> in AiRace.Core shows the same characters.
/// </summary>
internal static class HtmlText
{
    /// <summary>The text, HTML-encoded, with every such character shown by its code.</summary>
    public static string Encode(string text)
    {
        int i = 0;
        while (i < text.Length && !IsHidden(text, i, out _))
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
            if (IsHidden(text, i, out int code))
            {
                html.Append(WebUtility.HtmlEncode(text[start..i]))
                    .Append("<span class=\"airace-char\" style=\"border:1px dotted #a40000;font-family:monospace;font-size:80%\" title=\"a character that would be invisible or reorder the text, shown by its code\">U+")
                    .Append(code.ToString("X4", CultureInfo.InvariantCulture)).Append("</span>");
                start = i + 1;
            }
        }

        return html.Append(WebUtility.HtmlEncode(text[start..])).ToString();
    }

    /// <summary>Whether the UTF-16 unit at <paramref name="index"/> is shown by its code.</summary>
    private static bool IsHidden(string text, int index, out int code)
    {
        char c = text[index];
        code = c;
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                or '\uFEFF' or '\u2028' or '\u2029';
    }
}
