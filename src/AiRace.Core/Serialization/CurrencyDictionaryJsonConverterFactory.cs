using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiRace.Core.Serialization;

/// <summary>Reads and writes dictionaries keyed by currency (<c>Dictionary&lt;Currency, T&gt;</c>,
/// <c>IDictionary&lt;Currency, T&gt;</c>, <c>IReadOnlyDictionary&lt;Currency, T&gt;</c>) as JSON objects whose keys are
/// currency codes, refusing a currency that an object names twice wherever the second key is, also in a stream read a
/// little at a time. Add it to <see cref="JsonSerializerOptions.Converters"/>.</summary>
/// <remarks>
/// <para>Without it, the serializer reads such a dictionary key by key and <see cref="CurrencyJsonConverter"/> looks for
/// a repeat of each key in what the serializer holds of the text: all of it for a string, only a part (its buffer) for a
/// stream. With it, the serializer hands each object to this converter whole, however small its buffer (it does so for
/// every converter that is not its own), and each key is checked against the keys of its object read before it: one
/// pass, each value read once. A repeat is a <see cref="JsonException"/> at its second occurrence, naming the currency
/// and the places of both keys in the object; the exception's line and position are those of the second. Each value is
/// read as the serializer reads one: a null for a value type (<c>int</c>, <c>decimal</c>, <see cref="Money"/>) is a
/// <see cref="JsonException"/>, and the options' <see cref="JsonSerializerOptions.NumberHandling"/> applies.</para>
/// <para>It does not take part in the serializer's tracking of references: with a
/// <see cref="JsonSerializerOptions.ReferenceHandler"/> in the options (<see cref="ReferenceHandler.Preserve"/>,
/// <see cref="ReferenceHandler.IgnoreCycles"/> or another), reading or writing such a dictionary is a
/// <see cref="NotSupportedException"/> that says so, never a value whose references were silently lost (each value read
/// or written on its own could not resolve a <c>$ref</c> to an object outside it, would write an object met twice with
/// clashing <c>$id</c> values, and would not cut a cycle). Leave the factory out of such options.</para>
/// <para>Other dictionary types keyed by currency (sorted, immutable, concurrent) are left to the serializer and
/// <see cref="CurrencyJsonConverter"/>. The dictionaries of the library's own value types are built from code the compiler
/// sees only for <c>int</c>, <c>decimal</c> and <see cref="Money"/> values; another value type is built by reflection,
/// which needs dynamic code.</para>
/// </remarks>
public sealed class CurrencyDictionaryJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert)
    {
        Guard.NotNull(typeToConvert);
        if (!typeToConvert.IsGenericType || typeToConvert.GetGenericArguments()[0] != typeof(Currency))
        {
            return false;
        }

        Type definition = typeToConvert.GetGenericTypeDefinition();
        return definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="typeToConvert"/> is not a dictionary this factory
    /// converts.</exception>
    /// <exception cref="NotSupportedException">The options have a <see cref="JsonSerializerOptions.ReferenceHandler"/>
    /// (see the remarks of the class), or the values need dynamic code the application does not have.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        Guard.NotNull(typeToConvert);
        Guard.NotNull(options);
        if (!CanConvert(typeToConvert))
        {
            throw new ArgumentException($"{typeToConvert} is not a Dictionary, IDictionary or IReadOnlyDictionary keyed by Currency.", nameof(typeToConvert));
        }

        if (options.ReferenceHandler is ReferenceHandler handler)
        {
            string which = handler == ReferenceHandler.Preserve ? "ReferenceHandler.Preserve"
                : handler == ReferenceHandler.IgnoreCycles ? "ReferenceHandler.IgnoreCycles"
                : handler.GetType().Name;
            throw new NotSupportedException(
                $"CurrencyDictionaryJsonConverterFactory does not work with a reference handler ({which}) in the options: it reads and writes each value of a " +
                "dictionary keyed by currency on its own, outside the serializer's tracking of references, so a $ref to an object elsewhere in the document " +
                "would not be found, an object met twice would be written twice with clashing $id values, and a cycle would not be cut. " +
                "Remove the factory from these options (the serializer then converts the dictionary itself, CurrencyJsonConverter refusing a repeated currency it can see) " +
                "or serialize without a reference handler.");
        }

        Type definition = typeToConvert.GetGenericTypeDefinition();
        Type value = typeToConvert.GetGenericArguments()[1];
        JsonConverter? known = value == typeof(int) ? Known<int>(definition)
            : value == typeof(decimal) ? Known<decimal>(definition)
            : value == typeof(Money) ? Known<Money>(definition)
            : null;
        if (known is not null)
        {
            return known;
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new NotSupportedException(
                $"JSON for a dictionary keyed by Currency of {value.Name} values needs dynamic code, which this application does not have (it is compiled ahead of time). " +
                "Dictionaries of int, decimal and Money values are supported everywhere.");
        }

        Type converter = definition == typeof(Dictionary<,>) ? typeof(Converter<>)
            : definition == typeof(IDictionary<,>) ? typeof(InterfaceConverter<>)
            : typeof(ReadOnlyConverter<>);
        return (JsonConverter)Activator.CreateInstance(converter.MakeGenericType(value))!;
    }

    private static JsonConverter Known<T>(Type definition) =>
        definition == typeof(Dictionary<,>) ? new Converter<T>()
        : definition == typeof(IDictionary<,>) ? new InterfaceConverter<T>()
        : new ReadOnlyConverter<T>();

    /// <summary>Reads one object into a new dictionary, refusing a currency it names twice.</summary>
    private static Dictionary<Currency, T> ReadObject<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A dictionary keyed by currency must be a JSON object; found {JsonText.Describe(reader.TokenType)}.");
        }

        var result = new Dictionary<Currency, T>();
        var places = new Dictionary<Currency, int>();
        JsonTypeInfo<T> values = Info<T>(options);
        for (int key = 1; reader.Read() && reader.TokenType == JsonTokenType.PropertyName; key++)
        {
            string code = JsonText.Read(ref reader, "A currency code");
            if (!Currency.TryFromCode(code, out Currency currency))
            {
                throw new JsonException(CurrencyRegistry.DescribeUnknown(code, out _));
            }

            if (places.TryGetValue(currency, out int first))
            {
                throw new JsonException(FormattableString.Invariant($"The currency {code} is a key of this object twice: here, as its key {key}, and before, as its key {first}. A dictionary keyed by currency holds each currency once; this value would replace the earlier one."));
            }

            places.Add(currency, key);
            // Read as the serializer reads a value of its own: null refused for a value type, the options' number handling kept.
            reader.Read();
            T value = JsonSerializer.Deserialize(ref reader, values)!;
            result.Add(currency, value);
        }

        return result;
    }

    private static void WriteObject<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<Currency, T>> dictionary, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        JsonTypeInfo<T> info = Info<T>(options);
        writer.WriteStartObject();
        foreach (KeyValuePair<Currency, T> entry in dictionary)
        {
            writer.WritePropertyName(entry.Key.Code);
            JsonSerializer.Serialize(writer, entry.Value, info);
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private sealed class Converter<T> : JsonConverter<Dictionary<Currency, T>>
    {
        public override Dictionary<Currency, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadObject<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, Dictionary<Currency, T> value, JsonSerializerOptions options) => WriteObject(writer, value, options);
    }

    private sealed class InterfaceConverter<T> : JsonConverter<IDictionary<Currency, T>>
    {
        public override IDictionary<Currency, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadObject<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, IDictionary<Currency, T> value, JsonSerializerOptions options) => WriteObject(writer, value, options);
    }

    private sealed class ReadOnlyConverter<T> : JsonConverter<IReadOnlyDictionary<Currency, T>>
    {
        public override IReadOnlyDictionary<Currency, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadObject<T>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<Currency, T> value, JsonSerializerOptions options) => WriteObject(writer, value, options);
    }
}
