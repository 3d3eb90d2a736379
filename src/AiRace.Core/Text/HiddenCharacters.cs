using System;

namespace AiRace.Core.Text;

/// <summary>
/// The UTF-16 units that a rendered text would not show as themselves: half a surrogate pair, and the characters a
/// renderer drops, replaces or hides, or that reorder the text around them (controls other than tab, the
/// bidirectional embedding, override and isolate controls and marks, the byte order mark, the line and paragraph
/// separators). One definition for the Markdown of AiRace.Core and the HTML of AiRace.Interactive, which compiles this
/// file too (the two assemblies ship in separate packages, so neither sees the other's internals).
/// </summary>
internal static class HiddenCharacters
{
    /// <summary>Whether the unit at <paramref name="index"/> is half a surrogate pair without its other half.</summary>
    public static bool IsUnpairedSurrogate(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>The index of the first half of a surrogate pair without its other half, or -1 when there is none.</summary>
    /// <param name="text">The text.</param>
    public static int FirstUnpairedSurrogate(string text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0)
            {
                return -1;
            }

            int index = from + found;
            if (IsUnpairedSurrogate(text, index))
            {
                return index;
            }

            from = index + 2;
        }

        return -1;
    }

    /// <summary>Text for a message: each unit <see cref="IsHiddenInMessage"/> shown by its code in angle brackets
    /// (<c>&lt;U+FEFF&gt;name</c>, <c>7&lt;U+00A0&gt;100</c>), and each format character beyond U+FFFF (a tag such as
    /// U+E0001, which prints as nothing) by its code point, so that two texts that print alike are told apart.
    /// Nothing is removed.</summary>
    /// <param name="text">The text.</param>
    public static string Shown(string text)
    {
        var shown = new System.Text.StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            if (UnitsAt(text, i) == 2)
            {
                int codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codePoint) == System.Globalization.UnicodeCategory.Format)
                {
                    shown.Append("<U+").Append(codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
                }
                else
                {
                    shown.Append(text, i, 2);
                }

                i++;
            }
            else if (IsHiddenInMessage(text, i))
            {
                shown.Append("<U+").Append(((int)text[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                shown.Append(text[i]);
            }
        }

        return shown.ToString();
    }

    /// <summary>How many units of an input a parser's error message quotes (<see cref="ShownInput(string)"/>).</summary>
    public const int InputShownLength = 120;

    /// <summary>A parser's input quoted in its error message: <see cref="Shown(string, int)"/> with
    /// <see cref="InputShownLength"/>.</summary>
    /// <param name="text">The input.</param>
    public static string ShownInput(string text) => Shown(text, InputShownLength);

    /// <summary>The input as a parser's message quotes it: <see cref="ShownInput(string)"/>, or the raw text when the
    /// caller shortens and shows the whole message itself (the dataset loader, whose list of problems does both once,
    /// counting the document's own characters).</summary>
    /// <param name="text">The input.</param>
    /// <param name="raw">Whether to quote it raw.</param>
    public static string Quote(string text, bool raw) => raw ? text : ShownInput(text);

    /// <summary>Input quoted in an error message: at most <paramref name="max"/> units of it, then "…" when there is more
    /// (a pair is never cut in two), each hidden unit shown by its code as <see cref="Shown(string)"/> does, so that a
    /// bidirectional control in the input cannot reorder the message around it.</summary>
    /// <param name="text">The input.</param>
    /// <param name="max">The most units of the input kept.</param>
    public static string Shown(string text, int max)
    {
        if (text.Length <= max)
        {
            return Shown(text);
        }

        int kept = UnitsAt(text, max - 1) == 2 ? max - 1 : max;
        return Shown(text[..kept]) + "…";
    }

    /// <summary>How many units the character at <paramref name="index"/> takes: 2 when a whole surrogate pair starts
    /// there, else 1. A message that quotes or cuts a text keeps such a pair whole.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The unit's position.</param>
    public static int UnitsAt(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && char.IsHighSurrogate(text[index]) && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>Whether a message shows the unit at <paramref name="index"/> by its code: one <see cref="IsHidden"/>
    /// (line ends included), white space other than the space (U+0020) and the tab, which prints as a space (the no-break
    /// spaces U+00A0 and U+202F, the thin space U+2009, the ideographic space U+3000), or a format character, which
    /// prints as nothing (the zero-width space U+200B, the word joiner U+2060, the soft hyphen U+00AD, the joiners
    /// U+200C and U+200D). A message quoting "7 100" must say which space it holds, as the input is refused for it;
    /// text written for a reader (Markdown, HTML) keeps such characters, which render as what they are, but for the
    /// zero-width space and the word joiner (<see cref="IsShownByCodeToAReader"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The unit's position.</param>
    public static bool IsHiddenInMessage(string text, int index) =>
        IsHidden(text, index, lineEnds: true)
        || (text[index] != ' ' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[index])
            is System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.Format);

    /// <summary>Whether text written for a reader (the Markdown of AiRace.Core, the HTML of AiRace.Interactive) shows the
    /// unit at <paramref name="index"/> by its code rather than as itself: one <see cref="IsHidden"/>, or a zero-width
    /// space (U+200B), a word joiner (U+2060) or an invisible operator (U+2061 to U+2064: function application,
    /// invisible times, separator and plus), which print as nothing, so that a quote holding one does not read as
    /// other text than it is. The zero-width non-joiner and joiner (U+200C, U+200D), which Persian spelling and emoji
    /// need, and white space that prints as a space are written as they are.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The unit's position.</param>
    /// <param name="lineEnds">Whether line feeds and carriage returns count too (as in <see cref="IsHidden"/>).</param>
    public static bool IsShownByCodeToAReader(string text, int index, bool lineEnds) =>
        IsHidden(text, index, lineEnds) || text[index] is '\u200B' or (>= '\u2060' and <= '\u2064');

    /// <summary>Whether the unit at <paramref name="index"/> is to be shown by its code rather than as itself.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The unit's position.</param>
    /// <param name="lineEnds">Whether line feeds and carriage returns count too (in a Markdown list item, where they
    /// would end the item; an HTML page shows them as white space).</param>
    public static bool IsHidden(string text, int index, bool lineEnds)
    {
        char c = text[index];
        if (char.IsSurrogate(c))
        {
            return IsUnpairedSurrogate(text, index);
        }

        return (char.IsControl(c) && c != '\t' && (lineEnds || c is not ('\n' or '\r')))
            || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                or '\uFEFF' or '\u2028' or '\u2029';
    }
}
