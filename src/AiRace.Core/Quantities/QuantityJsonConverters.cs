using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core;

/// <summary>Reads and writes a <see cref="Share"/> as its invariant text, such as <c>"55%"</c>.</summary>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    /// <inheritdoc/>
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A share must be a JSON string such as \"55%\"; found {reader.TokenType}.");
        }

        return Share.TryParse(reader.GetString(), out Share share, out string? error) ? share : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Reads and writes <see cref="PercentagePoints"/> as invariant text, such as <c>"+38 pp"</c>.</summary>
public sealed class PercentagePointsJsonConverter : JsonConverter<PercentagePoints>
{
    /// <inheritdoc/>
    public override PercentagePoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Percentage points must be a JSON string such as \"+38 pp\"; found {reader.TokenType}.");
        }

        return PercentagePoints.TryParse(reader.GetString(), out PercentagePoints value, out string? error) ? value : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Reads and writes a <see cref="Ratio"/> as invariant text, such as <c>"0.65x"</c>.</summary>
public sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    /// <inheritdoc/>
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A ratio must be a JSON string such as \"0.65x\"; found {reader.TokenType}.");
        }

        return Ratio.TryParse(reader.GetString(), out Ratio value, out string? error) ? value : throw new JsonException(error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
