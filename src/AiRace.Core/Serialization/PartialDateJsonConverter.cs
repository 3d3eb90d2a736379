using AiRace.Core.Policy;
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its text form: <c>"unknown"</c>, <c>"2027"</c>,
/// <c>"2025-07"</c> or <c>"2025-07-26"</c>.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A date must be a JSON string (\"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"); found {JsonText.Describe(reader.TokenType)}.");
        }

        return PartialDate.TryParse(JsonText.Read(ref reader, "A partial date"), out PartialDate date, out string? error) ? date : throw new JsonException(char.ToUpperInvariant(error[0]) + error[1..] + ".");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
