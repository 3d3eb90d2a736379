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
            throw new JsonException($"A currency must be a JSON string holding an ISO 4217 code; found {JsonText.Describe(reader.TokenType)}.");
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
    /// <remarks>A currency is a key of a JSON object (a <c>Dictionary&lt;Currency, T&gt;</c>) at most once: a key that
    /// the same object repeats further on (<c>{"CNY": 1, "CNY": 2}</c>, also escaped as <c>"C\u004eY"</c>) is a
    /// <see cref="JsonException"/> at its first occurrence, naming the currency and how many keys further on it comes
    /// again (the exception's <see cref="JsonException.Path"/> and line give the first), where the serializer's own
    /// dictionaries would keep the later value without a word. Only the exact upper-case code names a currency
    /// (<c>"cny"</c> is refused as no code), so two keys name one currency only when their text is the same.
    /// <para>Each key looks for its currency in the rest of its object, on a copy of the reader; nothing is kept
    /// between keys. An object of k currencies thus has its values read up to k more times (k is at most the number of
    /// ISO 4217 currencies, as a repeat ends the read). Read from a stream, the serializer holds part of it at a time
    /// (at least its buffer, 16 KiB by default), and a repeat beyond that part is not seen here: the later value then
    /// replaces the earlier without a word. Add <see cref="CurrencyDictionaryJsonConverterFactory"/> to the options to
    /// have each object of a <c>Dictionary</c>, <c>IDictionary</c> or <c>IReadOnlyDictionary</c> keyed by currency read
    /// whole and every repeat refused, however far, naming the currency (in one pass: the keys are not looked ahead); or
    /// set <see cref="JsonSerializerOptions.AllowDuplicateProperties"/> to false to have the serializer refuse every
    /// repeat too (its message names no key, but its <see cref="JsonException.Path"/> does).</para></remarks>
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonText.Read(ref reader, "A currency code");
        if (!Currency.TryFromCode(code, out Currency currency))
        {
            throw new JsonException(CurrencyRegistry.DescribeUnknown(code, out _));
        }

        if (reader.TokenType == JsonTokenType.PropertyName && KeysToRepeat(reader, currency) is int keys)
        {
            string again = keys == 1 ? "as the next key" : FormattableString.Invariant($"{keys} keys further on");
            throw new JsonException($"The currency {code} is a key of this object twice: here and again {again}. A dictionary keyed by currency holds each currency once; the later value would replace this one.");
        }

        return currency;
    }

    /// <summary>How many keys after the current one its object names <paramref name="currency"/> again, read on a copy
    /// of the reader; null when it does not, as far as the reader's data goes (the rest of a stream is not in it) and
    /// up to JSON the reader refuses.</summary>
    private static int? KeysToRepeat(Utf8JsonReader ahead, Currency currency)
    {
        ReadOnlySpan<char> code = currency.Code;
        try
        {
            for (int keys = 1; ahead.Read() && ahead.TrySkip() && ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName; keys++)
            {
                if (ahead.ValueTextEquals(code))
                {
                    return keys;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // JSON the reader refuses, or a key that is not text: the serializer reports it at its place
        }

        return null;
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WritePropertyName(value.Code);
    }
}
