using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes a <see cref="Share"/> as its invariant text, such as <c>"55%"</c>.</summary>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    /// <inheritdoc/>
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A share must be a JSON string such as \"55%\"; found {JsonText.Describe(reader.TokenType)}.");
        }

        return Share.TryParse(JsonText.Read(ref reader, "A share"), out Share share, out string? error) ? share : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
