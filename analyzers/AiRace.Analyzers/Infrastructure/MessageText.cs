using System.Globalization;
using System.Text;

namespace AiRace.Analyzers;

/// <summary>
/// Text of the user's source quoted in a diagnostic's message: at most <see cref="MaxLength"/> units, then "…", and each
/// unit a reader would not see, or that would reorder the message around it, shown by its code (<c>&lt;U+202E&gt;</c>):
/// controls other than tab, the bidirectional marks, embeddings, overrides and isolates, the byte order mark, the line
/// and paragraph separators, and half a surrogate pair. The same units as AiRace.Core's messages show by their codes.
/// </summary>
internal static class MessageText
{
    /// <summary>The most units of a text quoted.</summary>
    public const int MaxLength = 40;

    /// <summary>The text as a message quotes it.</summary>
    public static string Shown(string text)
    {
        int length = text.Length;
        if (length > MaxLength)
        {
            // a pair is never cut in two
            length = char.IsHighSurrogate(text[MaxLength - 1]) && char.IsLowSurrogate(text[MaxLength]) ? MaxLength - 1 : MaxLength;
        }

        StringBuilder? shown = null;
        for (int i = 0; i < length; i++)
        {
            if (IsHidden(text, i))
            {
                shown ??= new StringBuilder(text, 0, i, length + 16);
                shown.Append("<U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                shown?.Append(text[i]);
            }
        }

        string result = shown?.ToString() ?? (length == text.Length ? text : text.Substring(0, length));
        return length < text.Length ? result + "…" : result;
    }

    private static bool IsHidden(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return (char.IsControl(c) && c != '\t')
            || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                or '\uFEFF' or '\u2028' or '\u2029';
    }
}
