using System;
using System.Collections.Generic;
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
    /// <remarks>A currency is a key of a JSON object (a <c>Dictionary&lt;Currency, T&gt;</c>) at most once: a key that
    /// the same object repeats further on (<c>{"CNY": 1, "CNY": 2}</c>, also escaped as <c>"C\u004eY"</c>) is a
    /// <see cref="JsonException"/> at its first occurrence, naming the currency and how many keys further on it comes
    /// again (the exception's <see cref="JsonException.Path"/> and line give the first), where the serializer's own
    /// dictionaries would keep the later value without a word. Only the exact upper-case code names a currency
    /// (<c>"cny"</c> is refused as no code), so two keys name one currency only when their text is the same. Read from
    /// a stream, the serializer holds part of it at a time (at least its buffer, 16 KiB by default): a repeat beyond
    /// the part in hand when the first key is read is not seen here; set
    /// <see cref="JsonSerializerOptions.AllowDuplicateProperties"/> to false to have the serializer refuse every
    /// repeat, however far.</remarks>
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string code = JsonText.Read(ref reader, "A currency code");
        if (!Currency.TryFromCode(code, out Currency currency))
        {
            throw new JsonException(CurrencyRegistry.DescribeUnknown(code, out _));
        }

        if (reader.TokenType == JsonTokenType.PropertyName && KeysToRepeat(ref reader, currency) is int keys)
        {
            string again = keys == 1 ? "as the next key" : FormattableString.Invariant($"{keys} keys further on");
            throw new JsonException($"The currency {code} is a key of this object twice: here and again {again}. A dictionary keyed by currency holds each currency once; the later value would replace this one.");
        }

        return currency;
    }

    /// <summary>The keys of the objects whose keys this thread is reading, by depth: each object's keys are read
    /// through once, at the first of them read here, and the keys after it are checked against that reading.</summary>
    [ThreadStatic]
    private static List<ObjectKeys>? t_objects;

    /// <summary>How many keys after the current one the same object gives <paramref name="currency"/> again, or null
    /// when it does not (or its rest is not in the reader's data yet). The caller's reader stays where it is.</summary>
    private static int? KeysToRepeat(ref Utf8JsonReader reader, Currency currency)
    {
        List<ObjectKeys> objects = t_objects ??= [];
        int depth = reader.CurrentDepth;
        while (objects.Count <= depth)
        {
            objects.Add(new ObjectKeys());
        }

        for (int deeper = depth + 1; deeper < objects.Count; deeper++)
        {
            objects[deeper].Clear();
        }

        ObjectKeys keys = objects[depth];
        int index;
        if (keys.IsNext(reader.TokenStartIndex, currency))
        {
            index = keys.Next++;
        }
        else
        {
            keys.ReadFrom(reader);
            index = 0;
            keys.Next = 1;
        }

        if (index != keys.FirstRepeated)
        {
            return null;
        }

        keys.Clear();
        return KeysToRepeat(reader, currency);
    }

    /// <summary>How many keys after the current one the same object gives <paramref name="currency"/> again, read on a
    /// copy of the reader up to that key, or null when it does not (or its rest is not in the reader's data yet).</summary>
    private static int? KeysToRepeat(Utf8JsonReader ahead, Currency currency)
    {
        for (int keys = 1; ; keys++)
        {
            if (!ahead.Read() || !ahead.TrySkip() || !ahead.Read() || ahead.TokenType != JsonTokenType.PropertyName)
            {
                return null;
            }

            if (ObjectKeys.CurrencyOf(ref ahead) == currency)
            {
                return keys;
            }
        }
    }

    /// <summary>The keys of one object from the first read here to its end (or to the end of the reader's data): where
    /// each starts, the currency it names (null for a key naming none, which its reading refuses), and the first that
    /// the object gives again.</summary>
    private sealed class ObjectKeys
    {
        private readonly List<long> _starts = [];
        private readonly List<Currency?> _currencies = [];
        private readonly Dictionary<Currency, int> _first = [];

        /// <summary>The index of the key to be read next.</summary>
        public int Next { get; set; }

        /// <summary>The index of the first key that comes again further on, or -1.</summary>
        public int FirstRepeated { get; private set; } = -1;

        /// <summary>Whether the key at <paramref name="start"/>, naming <paramref name="currency"/>, is the next one.</summary>
        public bool IsNext(long start, Currency currency) =>
            Next < _starts.Count && _starts[Next] == start && _currencies[Next] == currency;

        /// <summary>Forgets the keys, and the room of an object with many of them.</summary>
        public void Clear()
        {
            const int Kept = 256;
            _starts.Clear();
            _currencies.Clear();
            _first.Clear();
            if (_starts.Capacity > Kept)
            {
                _starts.TrimExcess();
                _currencies.TrimExcess();
                _first.TrimExcess();
            }

            Next = 0;
            FirstRepeated = -1;
        }

        /// <summary>Reads the keys from the current one, on a copy of the reader.</summary>
        public void ReadFrom(Utf8JsonReader ahead)
        {
            Clear();
            do
            {
                Currency? currency = CurrencyOf(ref ahead);
                int index = _starts.Count;
                _starts.Add(ahead.TokenStartIndex);
                _currencies.Add(currency);
                if (currency is Currency named && !_first.TryAdd(named, index))
                {
                    int first = _first[named];
                    if (FirstRepeated < 0 || first < FirstRepeated)
                    {
                        FirstRepeated = first;
                    }
                }
            }
            while (FirstRepeated != 0 && ahead.Read() && ahead.TrySkip() && ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName);
        }

        /// <summary>The currency the current key names, or null when it names none.</summary>
        public static Currency? CurrencyOf(ref Utf8JsonReader reader)
        {
            const int Longest = 32;
            int raw = reader.HasValueSequence ? (int)Math.Min(reader.ValueSequence.Length, Longest + 1) : reader.ValueSpan.Length;
            if (raw > Longest)
            {
                return null;
            }

            Span<char> text = stackalloc char[Longest];
            try
            {
                return Currency.TryFromCode(text[..reader.CopyString(text)], out Currency currency) ? currency : null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WritePropertyName(value.Code);
    }
}
