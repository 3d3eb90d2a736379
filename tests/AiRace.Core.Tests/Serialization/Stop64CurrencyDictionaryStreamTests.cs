using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Serialization;

namespace AiRace.Core.Tests.Serialization;

/// <summary>
/// A dictionary keyed by currency read from a stream a little at a time. The currency key converter looks for a repeat
/// of its key in what the serializer holds of the stream, so a repeat beyond that part is not seen by it (stop 63).
/// <see cref="CurrencyDictionaryJsonConverterFactory"/> reads each object whole: the serializer hands a converter that is
/// not its own the complete value, however small its buffer, and the keys seen so far in the object are kept in the
/// dictionary being built, so a repeat is found exactly, wherever it is, in one pass.
/// </summary>
public class Stop64CurrencyDictionaryStreamTests
{
    /// <summary>A stream that gives one byte per read.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }

    private static JsonSerializerOptions Tiny(bool factory)
    {
        var options = new JsonSerializerOptions { DefaultBufferSize = 1 };
        if (factory)
        {
            options.Converters.Add(new CurrencyDictionaryJsonConverterFactory());
        }

        return options;
    }

    private static string Repeat(int others)
    {
        string[] codes = ["USD", "EUR", "JPY", "GBP", "CHF", "AUD", "CAD", "HKD", "SGD", "SEK", "NOK", "DKK", "KRW", "INR", "BRL", "MXN", "ZAR", "NZD", "PLN", "TRY"];
        return "{\"CNY\":1," + string.Concat(codes.Take(others).Select(c => $"\"{c}\":[" + string.Join(",", Enumerable.Repeat("123456789", 50)) + "],")) + "\"CNY\":2}";
    }

    [Fact]
    public async Task A_repeat_far_into_a_stream_read_a_byte_at_a_time_is_refused_naming_the_currency()
    {
        string json = Repeat(20).Replace("\"CNY\":1,", "\"CNY\":[1],", StringComparison.Ordinal).Replace("\"CNY\":2}", "\"CNY\":[2]}", StringComparison.Ordinal);
        const string message = "The currency CNY is a key of this object twice: here, as its key 22, and before, as its key 1. A dictionary keyed by currency holds each currency once; this value would replace the earlier one.";

        Func<Task> async = async () => await JsonSerializer.DeserializeAsync<Dictionary<Currency, int[]>>(new Trickle(Encoding.UTF8.GetBytes(json)), Tiny(true));
        (await async.Should().ThrowAsync<JsonException>()).Which.Message.Should().StartWith(message);
        Action sync = () => JsonSerializer.Deserialize<Dictionary<Currency, int[]>>(new Trickle(Encoding.UTF8.GetBytes(json)), Tiny(true));
        sync.Should().Throw<JsonException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public async Task Every_dictionary_type_it_converts_refuses_a_far_repeat_and_reads_each_key_once()
    {
        string json = Repeat(20).Replace("\"CNY\":1,", "\"CNY\":[1],", StringComparison.Ordinal).Replace("\"CNY\":2}", "\"CNY\":[2]}", StringComparison.Ordinal);
        async Task<JsonException> Refused<T>(string text) =>
            (await ((Func<Task>)(async () => await JsonSerializer.DeserializeAsync<T>(new Trickle(Encoding.UTF8.GetBytes(text)), Tiny(true)))).Should().ThrowAsync<JsonException>()).Which;

        (await Refused<IDictionary<Currency, int[]>>(json)).Message.Should().Contain("CNY is a key of this object twice");
        (await Refused<IReadOnlyDictionary<Currency, int[]>>(json)).Message.Should().Contain("CNY is a key of this object twice");
        JsonException nested = await Refused<Dictionary<string, Dictionary<Currency, int[]>>>("{\"a\":{\"CNY\":[1]},\"b\":" + json + "}");
        nested.Message.Should().Contain("CNY is a key of this object twice", "a dictionary inside another is read by the same converter");
        nested.Path.Should().Be("$.b", "the path is the dictionary's; the message names the key");

        string once = Repeat(20).Replace(",\"CNY\":2}", "}", StringComparison.Ordinal).Replace("\"CNY\":1,", "\"CNY\":[1],", StringComparison.Ordinal);
        Dictionary<Currency, int[]> read = (await JsonSerializer.DeserializeAsync<Dictionary<Currency, int[]>>(new Trickle(Encoding.UTF8.GetBytes(once)), Tiny(true)))!;
        read.Should().HaveCount(21);
        read[Currency.CNY].Should().Equal(1);
        read[Currency.USD].Should().HaveCount(50).And.OnlyContain(v => v == 123456789);
        JsonSerializer.Serialize(read, Tiny(true)).Should().Be(once, "it writes what it reads, in the order read");
        ((IReadOnlyDictionary<Currency, int[]>)(await JsonSerializer.DeserializeAsync<IReadOnlyDictionary<Currency, int[]>>(new Trickle(Encoding.UTF8.GetBytes(once)), Tiny(true)))!).Should().HaveCount(21);
    }

    [Theory]
    [InlineData("{\"CNY\":1,\"cny\":2}", "cny")]
    [InlineData("[1]", "A dictionary keyed by currency must be a JSON object; found an array.")]
    [InlineData("{\"CNY\":\"x\"}", "The JSON value could not be converted")]
    public void Keys_that_are_no_currency_and_values_of_the_wrong_kind_are_refused_saying_what_and_where(string json, string start)
    {
        JsonException e = ((Action)(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, Tiny(true)))).Should().Throw<JsonException>().Which;
        e.Message.Should().Contain(start);
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().NotBeNull("the error says where");
    }

    [Fact]
    public void A_null_dictionary_and_null_values_read_as_the_serializer_reads_them()
    {
        JsonSerializer.Deserialize<Dictionary<Currency, int[]>>("null", Tiny(true)).Should().BeNull();
        JsonSerializer.Deserialize<Dictionary<Currency, int[]?>>("{\"CNY\":null}", Tiny(true))![Currency.CNY].Should().BeNull();
        JsonSerializer.Deserialize<Dictionary<Currency, Money?>>("{\"CNY\":{\"amount\":\"1.50\",\"currency\":\"CNY\"}}", Tiny(true))![Currency.CNY].Should().Be(new Money(1.50m, Currency.CNY));
    }

    /// <summary>Without the factory, the serializer's own refusal of repeats (<see cref="JsonSerializerOptions.AllowDuplicateProperties"/>
    /// = false) still catches a far repeat, naming it by its path; the factory is what names the currency in one pass.</summary>
    [Fact]
    public async Task Without_the_factory_the_serializers_own_refusal_catches_a_far_repeat_by_its_path()
    {
        string json = Repeat(20).Replace("\"CNY\":1,", "\"CNY\":[1],", StringComparison.Ordinal).Replace("\"CNY\":2}", "\"CNY\":[2]}", StringComparison.Ordinal);
        var strict = new JsonSerializerOptions { DefaultBufferSize = 1, AllowDuplicateProperties = false };
        JsonException e = (await ((Func<Task>)(async () => await JsonSerializer.DeserializeAsync<Dictionary<Currency, int[]>>(new Trickle(Encoding.UTF8.GetBytes(json)), strict))).Should().ThrowAsync<JsonException>()).Which;
        e.Path.Should().Be("$.CNY");
    }
}
