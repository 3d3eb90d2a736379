using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes <see cref="PercentagePoints"/> as invariant text, such as <c>"+38 pp"</c>.</summary>
public sealed class PercentagePointsJsonConverter : JsonConverter<PercentagePoints>
{
    /// <inheritdoc/>
    public override PercentagePoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Percentage points must be a JSON string such as \"+38 pp\"; found {JsonText.Describe(reader.TokenType)}.");
        }

        return PercentagePoints.TryParse(JsonText.Read(ref reader, "Percentage points"), out PercentagePoints value, out string? error) ? value : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
