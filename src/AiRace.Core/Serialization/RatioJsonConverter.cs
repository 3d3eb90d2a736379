using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes a <see cref="Ratio"/> as invariant text, such as <c>"0.65x"</c>.</summary>
public sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    /// <inheritdoc/>
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A ratio must be a JSON string such as \"0.65x\"; found {JsonText.Describe(reader.TokenType)}.");
        }

        return Ratio.TryParse(JsonText.Read(ref reader, "A ratio"), out Ratio value, out string? error) ? value : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
