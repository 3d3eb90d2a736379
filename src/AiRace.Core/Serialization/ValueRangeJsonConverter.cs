using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiRace.Core.Text;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes a <see cref="ValueRange{T}"/> as <c>{"low": ..., "high": ...}</c>, each end in its own
/// type's JSON form. The ends of a range of <see cref="decimal"/> are written as Money's amounts are: JSON strings in
/// invariant notation with every digit and the value's own scale (<c>{"low":"1.10","high":"79228162514264337593543950335"}</c>),
/// so that no reader turns them into binary floating point, whatever converter the options give <see cref="decimal"/>
/// (the reader does not use one either). They are read exactly, as a JSON string or a plain JSON number (as written
/// before they were strings): a number with an exponent or more digits than <see cref="decimal"/> holds is refused
/// rather than rounded.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ValueRangeJsonConverter<T> : JsonConverter<ValueRange<T>>
    where T : IComparable<T>, IEquatable<T>
{
    /// <inheritdoc/>
    public override ValueRange<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A range must be a JSON object with \"low\" and \"high\"; found {JsonText.Describe(reader.TokenType)}.");
        }

        T? low = default, high = default;
        bool hasLow = false, hasHigh = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonText.Read(ref reader, "A property name of a range");
            reader.Read();
            switch (name)
            {
                case "low":
                    if (hasLow)
                    {
                        throw MoneyJsonConverter.Duplicate("A range", name);
                    }

                    low = ReadEnd(ref reader, options, "\"low\"");
                    hasLow = true;
                    break;
                case "high":
                    if (hasHigh)
                    {
                        throw MoneyJsonConverter.Duplicate("A range", name);
                    }

                    high = ReadEnd(ref reader, options, "\"high\"");
                    hasHigh = true;
                    break;
                default:
                    throw new JsonException($"A range has no property \"{HiddenCharacters.ShownInput(name)}\"; expected \"low\" and \"high\".");
            }
        }

        if (!hasLow || !hasHigh)
        {
            throw new JsonException($"A range needs both \"low\" and \"high\"; missing {(hasLow ? "\"high\"" : "\"low\"")}.");
        }

        if (low is null || high is null)
        {
            throw new JsonException($"A range needs both ends; {(low is null ? "\"low\"" : "\"high\"")} is null.");
        }

        try
        {
            return new ValueRange<T>(low, high);
        }
        catch (Exception ex) when (ex is ArgumentException or CurrencyMismatchException)
        {
            throw MoneyJsonConverter.Refused(ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValueRange<T> value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("low");
        WriteEnd(writer, value.Low, options);
        writer.WritePropertyName("high");
        WriteEnd(writer, value.High, options);
        writer.WriteEndObject();
    }

    /// <summary>One end: a decimal exactly, as a string, any other value with the options' contract for it.</summary>
    private static void WriteEnd(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (typeof(T) == typeof(decimal))
        {
            MoneyJsonConverter.WriteAmount(writer, (decimal)(object)value);
            return;
        }

        JsonSerializer.Serialize(writer, value, ElementInfo(options));
    }

    /// <summary>One end: a decimal exactly, any other value with the options' contract for it.</summary>
    private static T? ReadEnd(ref Utf8JsonReader reader, JsonSerializerOptions options, string what)
    {
        if (typeof(T) == typeof(decimal))
        {
            return (T)(object)MoneyJsonConverter.ReadAmount(ref reader, what);
        }

        return JsonSerializer.Deserialize(ref reader, ElementInfo(options));
    }

    /// <summary>The options' contract for the values: their own converter, found without reflection over <typeparamref name="T"/>.</summary>
    private static JsonTypeInfo<T> ElementInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
