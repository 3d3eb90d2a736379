using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AiRace.Core.Text;

namespace AiRace.Core.Serialization;

/// <summary>
/// Reads the text of a JSON string or property name for the converters. A string that holds half a surrogate pair
/// (<c>"\ud800"</c> escaped without its partner) or bytes that are not UTF-8 is no .NET text; the reader's own error for
/// it names neither the value nor the property, so the converters refuse it here, saying which of their values it is
/// and quoting its raw JSON.
/// </summary>
internal static class JsonText
{
    /// <summary>The text of the current string or property name.</summary>
    /// <param name="reader">The reader, positioned on a string or a property name.</param>
    /// <param name="what">Which value it is, as the message names it ("\"currency\"", "A property name of Money").</param>
    /// <returns>The text.</returns>
    /// <exception cref="JsonException">The string is not text.</exception>
    public static string Read(ref Utf8JsonReader reader, string what)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw NotText(ref reader, what, e);
        }
    }

    /// <summary>Copies the text of the current string into a buffer at least as long as its raw JSON.</summary>
    /// <param name="reader">The reader, positioned on a string.</param>
    /// <param name="into">The buffer.</param>
    /// <param name="what">Which value it is, as the message names it.</param>
    /// <returns>The number of characters copied.</returns>
    /// <exception cref="JsonException">The string is not text.</exception>
    public static int Copy(ref Utf8JsonReader reader, scoped Span<char> into, string what)
    {
        try
        {
            return reader.CopyString(into);
        }
        catch (InvalidOperationException e) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw NotText(ref reader, what, e);
        }
    }

    private static JsonException NotText(ref Utf8JsonReader reader, string what, InvalidOperationException inner)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        string why = Utf8.IsValid(raw)
            ? "half a surrogate pair (an escaped \\uD800–\\uDFFF without its partner)"
            : "bytes that are not UTF-8 (each shown by its value, such as <0xFF>)";
        return new JsonException($"{what} is not text: the JSON string \"{HiddenCharacters.ShownInput(Decoded(raw))}\" holds {why}.", inner);
    }

    /// <summary>The raw JSON of a string as text, each byte that is not part of a UTF-8 character shown by its value.</summary>
    private static string Decoded(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(raw, out Rune rune, out int used) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                for (int i = 0; i < used; i++)
                {
                    text.Append("<0x").Append(raw[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
                }
            }

            raw = raw[Math.Max(used, 1)..];
        }

        return text.ToString();
    }

    /// <summary>A kind of JSON token in words, as a message says what it found instead of the value it needs ("found an
    /// array"): the reader's names of the kinds (<c>StartArray</c>, <c>True</c>) mean nothing to a reader of the
    /// document.</summary>
    /// <param name="token">The kind of token.</param>
    /// <returns>The words.</returns>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.None => "nothing",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.Comment => "a comment",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "a JSON token of kind " + ((int)token).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
