using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> as <c>{"amount":"1000000000.00","currency":"CNY"}</c>. The amount is
/// written as a JSON string in invariant notation so that no reader (JavaScript, pandas) turns it into binary
/// floating point; on reading, a JSON string or a plain JSON number is accepted and parsed exactly, and a number
/// with an exponent or more digits than <see cref="decimal"/> holds is refused rather than rounded.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <summary>The longest amount text read (a decimal's text has at most 31 characters; leading zeros are allowed).</summary>
    private const int MaxAmountLength = 128;

    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Money must be a JSON object with \"amount\" and \"currency\"; found {JsonText.Describe(reader.TokenType)}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (amount is null || currency is null)
                {
                    throw new JsonException($"Money needs both \"amount\" and \"currency\"; missing {(amount is null ? "\"amount\"" : "\"currency\"")}.");
                }

                return new Money(amount.Value, currency.Value);
            }

            string name = JsonText.Read(ref reader, "A property name of Money");
            reader.Read();
            switch (name)
            {
                case "amount":
                    amount = amount is null ? ReadAmount(ref reader) : throw Duplicate("Money", name);
                    break;
                case "currency":
                    if (currency is not null)
                    {
                        throw Duplicate("Money", name);
                    }

                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException($"\"currency\" must be a string holding an ISO 4217 code; found {JsonText.Describe(reader.TokenType)}.");
                    }

                    string code = JsonText.Read(ref reader, "\"currency\"");
                    currency = Currency.TryFromCode(code, out Currency c) ? c : throw new JsonException(CurrencyRegistry.DescribeUnknown(code, out _));
                    break;
                default:
                    throw new JsonException($"Money has no property \"{HiddenCharacters.ShownInput(name)}\"; expected \"amount\" and \"currency\".");
            }
        }

        throw new JsonException("Money object is not closed.");
    }

    /// <summary>The error for a property that appears a second time in one object: the reader refuses it rather than
    /// keep one of the two values silently (<c>{"amount": "1", "currency": "USD", "currency": "JPY"}</c> is not JPY 1).</summary>
    /// <param name="what">What the object is, as the other messages name it ("Money", "A range").</param>
    /// <param name="name">The property's name.</param>
    /// <returns>The exception to throw.</returns>
    internal static JsonException Duplicate(string what, string name) =>
        new($"{what} has the property \"{name}\" twice; a property may appear only once in an object.");

    /// <summary>The error for a value the type's own rules refuse (a range upside down, a precision that is no power of
    /// ten): its message without the C# parameter name and value .NET appends, which the document does not have.</summary>
    /// <param name="refused">The type's argument error.</param>
    /// <returns>The exception to throw.</returns>
    internal static JsonException Refused(Exception refused)
    {
        return new JsonException(refused is ArgumentException argument ? Guard.Reason(argument) : refused.Message, refused);
    }

    /// <summary>The missing ones of an object's required properties, in words: <c>"amount"</c>, <c>"amount" and
    /// "currency"</c>.</summary>
    /// <param name="missing">Each required property and whether it is missing, in the order the message names them.</param>
    /// <returns>The text.</returns>
    internal static string Missing(params ReadOnlySpan<(string Name, bool IsMissing)> missing)
    {
        var names = new System.Collections.Generic.List<string>(missing.Length);
        foreach ((string name, bool isMissing) in missing)
        {
            if (isMissing)
            {
                names.Add("\"" + name + "\"");
            }
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>Reads a decimal exactly from a JSON string or plain number.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="what">The value's name in messages, such as <c>"amount"</c> in quotes.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="JsonException">The value is not a plain decimal number.</exception>
    internal static decimal ReadAmount(ref Utf8JsonReader reader, string what = "\"amount\"")
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            throw new JsonException($"{what} must be a decimal number (a JSON string or number); found {JsonText.Describe(reader.TokenType)}.");
        }

        // The raw token may hold escapes (\u0031 is "1"): at most six bytes for each character of the value.
        int rawLength = reader.HasValueSequence ? (int)Math.Min(reader.ValueSequence.Length, int.MaxValue) : reader.ValueSpan.Length;
        if (rawLength > MaxAmountLength * 6)
        {
            throw new JsonException(FormattableString.Invariant($"{what} is longer than {MaxAmountLength} characters."));
        }

        Span<char> chars = stackalloc char[rawLength];
        int count = reader.TokenType == JsonTokenType.String
            ? JsonText.Copy(ref reader, chars, what)
            : Encoding.UTF8.GetChars(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, chars);
        if (count > MaxAmountLength)
        {
            throw new JsonException(FormattableString.Invariant($"{what} is longer than {MaxAmountLength} characters."));
        }

        if (!ExactDecimal.TryParse(chars[..count], allowGroups: false, out decimal value, out string? error, out int at))
        {
            throw new JsonException($"{what} '{HiddenCharacters.ShownInput(chars[..count].ToString())}' is not a plain decimal number: {error} at position {at}.");
        }

        return value;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("amount");
        WriteAmount(writer, value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }

    /// <summary>Writes a decimal exactly as a JSON string in invariant notation (<c>"1000000000.00"</c>: every digit,
    /// trailing zeros kept, never an exponent), as <see cref="ReadAmount"/> reads it back.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="amount">The value.</param>
    internal static void WriteAmount(Utf8JsonWriter writer, decimal amount)
    {
        Span<char> buffer = stackalloc char[64];
        amount.TryFormat(buffer, out int n, default, System.Globalization.NumberFormatInfo.InvariantInfo);
        writer.WriteStringValue(buffer[..n]);
    }
}
