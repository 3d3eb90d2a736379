using System.Text.Json;
using System.Threading.Tasks;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// The JSON converters of the value types refuse a property that appears twice in one object, as the dataset loader
/// does. They kept the last value silently: <c>{"amount": "1", "currency": "USD", "currency": "JPY"}</c> read as
/// JPY 1, and a caller's <see cref="JsonSerializerOptions.AllowDuplicateProperties"/> = false did not reach them.
/// </summary>
public class DuplicateJsonPropertyTests
{
    private static string Of(Action read) =>
        ((Action)read).Should().Throw<JsonException>().Which.Message;

    [Theory]
    [InlineData("{\"amount\":\"1\",\"currency\":\"USD\",\"currency\":\"JPY\"}", "currency")]
    [InlineData("{\"amount\":\"1\",\"amount\":\"2\",\"currency\":\"USD\"}", "amount")]
    [InlineData("{\"amount\":\"1\",\"currency\":\"USD\",\"amount\":1}", "amount")]
    public void Money_with_a_property_twice_is_refused(string json, string property) =>
        Of(() => JsonSerializer.Deserialize<Money>(json))
            .Should().Be($"Money has the property \"{property}\" twice; a property may appear only once in an object.");

    [Theory]
    [InlineData("{\"qualifier\":\"exact\",\"amount\":\"1\",\"amount\":\"5\",\"currency\":\"USD\"}", "amount")]
    [InlineData("{\"qualifier\":\"exact\",\"qualifier\":\"upTo\",\"amount\":\"1\",\"currency\":\"USD\"}", "qualifier")]
    [InlineData("{\"qualifier\":\"exact\",\"amount\":\"1\",\"currency\":\"USD\",\"stated\":\"one\",\"stated\":\"five\"}", "stated")]
    [InlineData("{\"qualifier\":\"exact\",\"amount\":\"1\",\"currency\":\"CNY\",\"sourceConversion\":{\"qualifier\":\"exact\",\"amount\":\"1\",\"currency\":\"USD\",\"currency\":\"EUR\"}}", "currency")]
    public void A_reported_amount_with_a_property_twice_is_refused(string json, string property) =>
        Of(() => JsonSerializer.Deserialize<ReportedAmount>(json))
            .Should().Be($"A reported amount has the property \"{property}\" twice; a property may appear only once in an object.");

    [Theory]
    [InlineData("{\"min\":\"3\",\"min\":\"4\",\"max\":\"5\",\"unit\":\"years\"}", "min")]
    [InlineData("{\"min\":\"3\",\"max\":\"5\",\"max\":\"6\",\"unit\":\"years\"}", "max")]
    [InlineData("{\"min\":\"3\",\"max\":\"5\",\"unit\":\"years\",\"unit\":\"days\"}", "unit")]
    public void A_duration_with_a_property_twice_is_refused(string json, string property) =>
        Of(() => JsonSerializer.Deserialize<DurationRange>(json))
            .Should().Be($"A duration has the property \"{property}\" twice; a property may appear only once in an object.");

    [Theory]
    [InlineData("{\"low\":{\"amount\":\"1\",\"currency\":\"USD\"},\"low\":{\"amount\":\"2\",\"currency\":\"USD\"},\"high\":{\"amount\":\"3\",\"currency\":\"USD\"}}", "low")]
    [InlineData("{\"low\":{\"amount\":\"1\",\"currency\":\"USD\"},\"high\":{\"amount\":\"3\",\"currency\":\"USD\"},\"high\":{\"amount\":\"4\",\"currency\":\"USD\"}}", "high")]
    public void A_range_with_a_property_twice_is_refused(string json, string property) =>
        Of(() => JsonSerializer.Deserialize<ValueRange<Money>>(json))
            .Should().Be($"A range has the property \"{property}\" twice; a property may appear only once in an object.");

    [Theory]
    [InlineData("{\"CNY\":1,\"CNY\":2}", "$.CNY", 0, 7, "here and again as the next key")]
    [InlineData("{\"CNY\":1,\"USD\":3,\"C\\u004eY\":2}", "$.CNY", 0, 7, "here and again 2 keys further on")]
    [InlineData("{\"x\":{\"USD\":{\"EUR\":1,\"USD\":1},\n \"JPY\":2,\n \"USD\":5}}", "$.x.USD", 0, 12, "here and again 2 keys further on")]
    public void A_dictionary_keyed_by_currency_with_a_key_twice_is_refused_naming_the_key_and_where(string json, string path, long line, long position, string where)
    {
        Action read = json.StartsWith("{\"x\"", StringComparison.Ordinal)
            ? () => JsonSerializer.Deserialize<Dictionary<string, Dictionary<Currency, JsonElement>>>(json)
            : () => JsonSerializer.Deserialize<Dictionary<Currency, int>>(json);
        JsonException e = read.Should().Throw<JsonException>().Which;
        string code = path[^3..];
        e.Message.Should().Be($"The currency {code} is a key of this object twice: {where}. A dictionary keyed by currency holds each currency once; the later value would replace this one.");
        (e.Path, e.LineNumber, e.BytePositionInLine).Should().Be((path, line, position));
    }

    [Fact]
    public async Task A_dictionary_keyed_by_currency_refuses_a_key_twice_in_every_dictionary_type_and_from_a_stream()
    {
        const string json = "{\"EUR\":{\"amount\":\"1\",\"currency\":\"USD\"},\"JPY\":null,\"EUR\":{\"amount\":\"2\",\"currency\":\"USD\"}}";
        const string message = "The currency EUR is a key of this object twice: here and again 2 keys further on. A dictionary keyed by currency holds each currency once; the later value would replace this one.";
        Of(() => JsonSerializer.Deserialize<IReadOnlyDictionary<Currency, Money?>>(json)).Should().Be(message);
        Of(() => JsonSerializer.Deserialize<SortedDictionary<Currency, Money?>>(json)).Should().Be(message);
        Func<Task> stream = async () => await JsonSerializer.DeserializeAsync<Dictionary<Currency, Money?>>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        await stream.Should().ThrowAsync<JsonException>().WithMessage(message);
    }

    [Fact]
    public void A_dictionary_keyed_by_currency_reads_each_key_once_and_refuses_one_that_is_not_a_code()
    {
        JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":1,\"USD\":2,\"EUR\":3}")
            .Should().Equal(new Dictionary<Currency, int> { [Currency.CNY] = 1, [Currency.USD] = 2, [Currency.EUR] = 3 });
        JsonSerializer.Deserialize<Dictionary<string, Dictionary<Currency, int>>>("{\"a\":{\"CNY\":1},\"b\":{\"CNY\":2}}")!["b"][Currency.CNY]
            .Should().Be(2, "the same currency in two dictionaries is no duplicate");
        Of(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":1,\"cny\":2}"))
            .Should().Be("'cny' is not an ISO 4217 currency code: codes are exactly three upper-case letters; did you mean 'CNY'?");
        Of(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":1,\"RMB\":2}"))
            .Should().Be("'RMB' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.", "no other name of a currency is read as its code, so none can repeat it");
    }

    [Theory]
    [InlineData("[{\"CNY\":1,\"USD\":2},{\"USD\":1,\"CNY\":2,\"USD\":3}]", "$[1].USD", 0, 26, "USD", "here and again 2 keys further on")]
    [InlineData("[{\"CNY\":1},{\"EUR\":1,\"CNY\":2,\"EUR\":3,\"CNY\":4}]", "$[1].EUR", 0, 18, "EUR", "here and again 2 keys further on")]
    [InlineData("[{\"USD\":1,\"CNY\":1,\"EUR\":1,\"CNY\":2,\"USD\":3}]", "$[0].USD", 0, 8, "USD", "here and again 4 keys further on")]
    [InlineData("[{\"JPY\":1,\"CNY\":1,\"EUR\":1,\"EUR\":2,\"CNY\":3}]", "$[0].CNY", 0, 16, "CNY", "here and again 3 keys further on")]
    public void Dictionaries_keyed_by_currency_side_by_side_are_each_checked_and_the_first_key_that_comes_again_is_named(string json, string path, long line, long position, string code, string where)
    {
        JsonException e = ((Action)(() => JsonSerializer.Deserialize<List<Dictionary<Currency, int>>>(json))).Should().Throw<JsonException>().Which;
        e.Message.Should().Be($"The currency {code} is a key of this object twice: {where}. A dictionary keyed by currency holds each currency once; the later value would replace this one.");
        (e.Path, e.LineNumber, e.BytePositionInLine).Should().Be((path, line, position));
    }

    [Fact]
    public void A_read_stopped_inside_a_dictionary_keyed_by_currency_leaves_nothing_that_refuses_the_next_read()
    {
        Of(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":\"x\",\"USD\":1,\"USD\":2}"))
            .Should().NotContain("twice", "the value of CNY is refused first");
        JsonSerializer.Deserialize<Dictionary<Currency, int>>("{          \"USD\":1,\"EUR\":2}")
            .Should().Equal(new Dictionary<Currency, int> { [Currency.USD] = 1, [Currency.EUR] = 2 }, "its USD, at the place of the first read's second key, is no repeat");
        JsonSerializer.Deserialize<Dictionary<Currency, Dictionary<Currency, int>>>("{\"CNY\":{\"USD\":1,\"EUR\":2},\"USD\":{\"EUR\":1,\"USD\":2}}")!
            .Should().HaveCount(2);
    }

    [Fact]
    public void A_read_stopped_by_a_bad_value_leaves_nothing_that_hides_a_repeat_in_the_next_read_on_the_thread()
    {
        // Stop 62's converter kept, per thread, the keys of the object it was reading; a read stopped by a bad value
        // left them behind, and the next document whose first key sat where the stopped one's second key had been
        // (same place, same currency) was taken for its continuation: its repeated USD was read, the later value kept.
        Of(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":\"x\",\"USD\":1}")).Should().NotContain("twice");
        Of(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{          \"USD\":1,\"USD\":2}"))
            .Should().Be("The currency USD is a key of this object twice: here and again as the next key. A dictionary keyed by currency holds each currency once; the later value would replace this one.");
    }

    [Fact]
    public void Every_dictionary_type_keyed_by_currency_refuses_a_key_twice_and_reads_each_key_once()
    {
        const string twice = "{\"USD\":1,\"EUR\":2,\"USD\":3}";
        const string message = "The currency USD is a key of this object twice: here and again 2 keys further on. A dictionary keyed by currency holds each currency once; the later value would replace this one.";
        Of(() => JsonSerializer.Deserialize<IDictionary<Currency, int>>(twice)).Should().Be(message);
        Of(() => JsonSerializer.Deserialize<System.Collections.Immutable.ImmutableDictionary<Currency, int>>(twice)).Should().Be(message);
        Of(() => JsonSerializer.Deserialize<System.Collections.Immutable.ImmutableSortedDictionary<Currency, int>>(twice)).Should().Be(message);
        Of(() => JsonSerializer.Deserialize<System.Collections.Concurrent.ConcurrentDictionary<Currency, int>>(twice)).Should().Be(message);

        const string once = "{\"USD\":1,\"EUR\":2}";
        JsonSerializer.Deserialize<System.Collections.Immutable.ImmutableDictionary<Currency, int>>(once)!.Should().HaveCount(2);
        JsonSerializer.Deserialize<IReadOnlyDictionary<Currency, int>>(once)!.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("{\"CNY\":{\"USD\":1,\"EUR\":2,\"USD\":3},\"EUR\":{}}", "$.CNY.USD", "USD", "here and again 2 keys further on")]
    [InlineData("{\"CNY\":{\"USD\":1},\"USD\":{\"USD\":1},\"CNY\":{}}", "$.CNY", "CNY", "here and again 2 keys further on")]
    [InlineData("{\"CNY\":{\"USD\":{},\"EUR\":{}},\"EUR\":{\"EUR\":{\"JPY\":1,\"JPY\":2}}}", "$.EUR.EUR.JPY", "JPY", "here and again as the next key")]
    public void Nested_dictionaries_keyed_by_currency_are_each_checked_at_their_own_depth(string json, string path, string code, string where)
    {
        Action read = path.Count(c => c == '.') == 3
            ? () => JsonSerializer.Deserialize<Dictionary<Currency, Dictionary<Currency, Dictionary<Currency, int>>>>(json)
            : () => JsonSerializer.Deserialize<Dictionary<Currency, Dictionary<Currency, JsonElement>>>(json);
        JsonException e = read.Should().Throw<JsonException>().Which;
        e.Message.Should().Be($"The currency {code} is a key of this object twice: {where}. A dictionary keyed by currency holds each currency once; the later value would replace this one.");
        e.Path.Should().Be(path);
    }

    [Fact]
    public void Threads_reading_at_once_each_refuse_their_own_repeats_and_only_those()
    {
        // Eight threads, each reading in turn a document with a repeat, one stopped by a bad value and one without a
        // repeat, all of the same shape: each outcome must be its document's own.
        string[] documents =
        [
            "[{\"CNY\":1,\"USD\":2},{\"USD\":1,\"CNY\":2,\"USD\":3}]",
            "[{\"CNY\":\"x\",\"USD\":2},{\"USD\":1,\"CNY\":2,\"EUR\":3}]",
            "[{\"CNY\":1,\"USD\":2},{\"USD\":1,\"CNY\":2,\"EUR\":3}]",
        ];
        string?[] outcomes = new string?[8 * 300];
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            try
            {
                outcomes[i] = JsonSerializer.Deserialize<List<Dictionary<Currency, int>>>(documents[i % 3])!.Sum(d => d.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (JsonException e)
            {
                outcomes[i] = e.Message.Contains("twice", StringComparison.Ordinal) ? "twice " + e.Path : "bad value " + e.Path;
            }
        });

        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i].Should().Be((i % 3) switch { 0 => "twice $[1].USD", 1 => "bad value $[0].CNY", _ => "5" }, "document {0}", i % 3);
        }
    }

    [Fact]
    public void With_the_serializers_own_refusal_of_repeats_the_converter_still_names_the_currency_and_where()
    {
        // The serializer's own message names no key ("Duplicate properties not allowed during deserialization.").
        var strict = new JsonSerializerOptions { AllowDuplicateProperties = false };
        Action read = () => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":1,\"USD\":3,\"CNY\":2}", strict);
        JsonException e = read.Should().Throw<JsonException>().Which;
        e.Message.Should().StartWith("The currency CNY is a key of this object twice: here and again 2 keys further on.");
        (e.Path, e.BytePositionInLine).Should().Be(("$.CNY", 7));
        JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":1,\"USD\":3}", strict)!.Should().HaveCount(2);
    }

    [Fact]
    public void Json_the_reader_refuses_later_in_the_object_is_reported_where_it_is_not_at_an_earlier_key()
    {
        JsonException e = ((Action)(() => JsonSerializer.Deserialize<Dictionary<Currency, bool>>("{\"CNY\":true,\"USD\":tru}"))).Should().Throw<JsonException>().Which;
        e.Path.Should().Be("$.USD");
        ((Action)(() => JsonSerializer.Deserialize<Dictionary<Currency, int>>("{\"CNY\":1,\"US\\ud800\":2}"))).Should().Throw<JsonException>("a key that is no text ends the look ahead without an exception of another kind");
    }

    [Fact]
    public void Each_property_once_still_reads_in_any_order()
    {
        JsonSerializer.Deserialize<Money>("{\"currency\":\"JPY\",\"amount\":\"1\"}").Should().Be(Money.Jpy(1m));
        JsonSerializer.Deserialize<ReportedAmount>("{\"currency\":\"USD\",\"amount\":\"5\",\"qualifier\":\"upTo\",\"stated\":\"up to $5\"}")!.Amount.Should().Be(Money.Usd(5m));
        JsonSerializer.Deserialize<DurationRange>("{\"unit\":\"years\",\"max\":\"5\",\"min\":\"3\"}").Should().Be(DurationRange.Of(3m, 5m, DurationUnit.Years));
        JsonSerializer.Deserialize<ValueRange<Money>>("{\"high\":{\"amount\":\"3\",\"currency\":\"USD\"},\"low\":{\"amount\":\"1\",\"currency\":\"USD\"}}")
            .Should().Be(new ValueRange<Money>(Money.Usd(1m), Money.Usd(3m)));
    }
}
