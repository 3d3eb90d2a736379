using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes a <see cref="Currency"/> as its alphabetic code, such as <c>"CNY"</c>.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A currency must be a JSON string holding an ISO 4217 code; found {reader.TokenType}.");
        }

        string code = JsonText.Read(ref reader, "A currency code");
        if (!Currency.TryFromCode(code, out Currency currency))
        {
            throw new JsonException(CurrencyRegistry.DescribeUnknown(code, out _));
        }

        return currency;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.Code);
    }

    /// <inheritdoc/>
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonText.Read(ref reader, "A currency code");
        return Currency.TryFromCode(code, out Currency currency) ? currency : throw new JsonException(CurrencyRegistry.DescribeUnknown(code, out _));
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WritePropertyName(value.Code);
    }
}
