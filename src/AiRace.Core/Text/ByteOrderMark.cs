namespace AiRace.Core.Text;

/// <summary>
/// The byte order mark, U+FEFF, at the start of a text read whole. There it is the encoding's mark, not a character of
/// the text: a <see cref="System.IO.StreamReader"/> drops it from a file's bytes before a reader sees the text, while a
/// string (a <see cref="System.IO.StringReader"/>, or a file read whole into a string by an encoding that keeps it)
/// still holds it. The readers drop one mark at the very start, so that a string and a stream of the same file read
/// alike; a second mark, or one anywhere else, is a character of the text and is read (or refused) as one.
/// </summary>
internal static class ByteOrderMark
{
    /// <summary>The mark.</summary>
    public const char Mark = '\uFEFF';

    /// <summary>The text without one byte order mark at its start (the text itself when it has none).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text from its second unit when its first is U+FEFF, else the text.</returns>
    public static string Without(string text) => text.Length > 0 && text[0] == Mark ? text[1..] : text;
}
