using System.Text.Json;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// A JSON string that holds half a surrogate pair (<c>"\ud800"</c> escaped without its partner) or bytes that are not
/// UTF-8 is no text. The library's converters refuse it naming their value and quoting its raw JSON; before, the
/// serializer's own message said only that the value "could not be converted".
/// </summary>
public class JsonHalfSurrogateTests
{
    public static TheoryData<string, Type, string, string> Values() => new()
    {
        { "Money, currency", typeof(Money), """{"amount":"1","currency":"\ud800"}""", "\"currency\" is not text: the JSON string \"\\ud800\" holds half a surrogate pair" },
        { "Money, amount", typeof(Money), """{"amount":"1\ud800","currency":"CNY"}""", "\"amount\" is not text: the JSON string \"1\\ud800\" holds half a surrogate pair" },
        { "Money, property name", typeof(Money), """{"am\udc00ount":"1","currency":"CNY"}""", "A property name of Money is not text: the JSON string \"am\\udc00ount\" holds half a surrogate pair" },
        { "Currency", typeof(Currency), "\"\\udc00\"", "A currency code is not text: the JSON string \"\\udc00\" holds half a surrogate pair" },
        { "Share", typeof(Share), "\"5\\udc00%\"", "A share is not text: the JSON string \"5\\udc00%\"" },
        { "Ratio", typeof(Ratio), "\"0.6\\ud800\"", "A ratio is not text: the JSON string \"0.6\\ud800\"" },
        { "PercentagePoints", typeof(PercentagePoints), "\"+3\\ud800 pp\"", "Percentage points is not text: the JSON string \"+3\\ud800 pp\"" },
        { "PartialDate", typeof(PartialDate), "\"2025\\ud800\"", "A partial date is not text: the JSON string \"2025\\ud800\"" },
        { "ReportedAmount, stated", typeof(ReportedAmount), """{"qualifier":"exact","amount":"1","currency":"CNY","stated":"one \ud800"}""", "\"stated\" is not text: the JSON string \"one \\ud800\"" },
        { "ReportedAmount, qualifier", typeof(ReportedAmount), """{"qualifier":"ex\ud800act","amount":"1","currency":"CNY"}""", "\"qualifier\" is not text" },
        { "ReportedAmount, currency", typeof(ReportedAmount), """{"qualifier":"exact","amount":"1","currency":"C\ud800"}""", "\"currency\" is not text" },
        { "ReportedAmount, property name", typeof(ReportedAmount), """{"qu\ud800alifier":"exact","amount":"1","currency":"CNY"}""", "A property name of a reported amount is not text" },
        { "DurationRange, unit", typeof(DurationRange), """{"min":1,"max":2,"unit":"ye\ud800ars"}""", "\"unit\" is not text" },
        { "DurationRange, property name", typeof(DurationRange), """{"m\ud800in":1,"max":2,"unit":"years"}""", "A property name of a duration range is not text" },
        { "ValueRange, property name", typeof(ValueRange<Money>), """{"l\ud800ow":{"amount":"1","currency":"CNY"}}""", "A property name of a range is not text" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_string_with_half_a_surrogate_pair_is_refused_naming_the_value(string name, Type type, string json, string expected)
    {
        Action read = () => JsonSerializer.Deserialize(json, type);

        read.Should().Throw<JsonException>(name).Which.Message.Should().StartWith(expected, name);
    }

    [Fact]
    public void A_currency_read_as_a_property_name_with_half_a_surrogate_pair_is_refused_naming_the_value()
    {
        // The converter's own ReadAsPropertyName, as a custom converter calls it. (A Dictionary<Currency, T> reads the key's
        // text itself before it calls the converter, so there the serializer's generic "could not be converted" remains.)
        var converter = new AiRace.Core.Serialization.CurrencyJsonConverter();
        byte[] json = "{\"US\\ud800\":1,\"C\\u004eY\":2}"u8.ToArray();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        JsonException e;
        try
        {
            converter.ReadAsPropertyName(ref reader, typeof(Currency), new JsonSerializerOptions());
            throw new InvalidOperationException("not refused");
        }
        catch (JsonException thrown)
        {
            e = thrown;
        }

        e.Message.Should().StartWith("A currency code is not text: the JSON string \"US\\ud800\" holds half a surrogate pair");
        reader.Read();
        reader.Read();
        converter.ReadAsPropertyName(ref reader, typeof(Currency), new JsonSerializerOptions()).Should().Be(Currency.CNY);
    }

    [Fact]
    public void A_string_of_bytes_that_are_not_utf8_is_refused_saying_so()
    {
        byte[] json = [.. "{\"amount\":\"1\",\"currency\":\"C"u8, 0xFF, .. "\"}"u8];

        Action read = () => JsonSerializer.Deserialize<Money>(json);

        read.Should().Throw<JsonException>().Which.Message.Should().Be("\"currency\" is not text: the JSON string \"C<0xFF>\" holds bytes that are not UTF-8 (each shown by its value, such as <0xFF>).");
    }

    [Fact]
    public void A_whole_surrogate_pair_is_text()
    {
        // U+1F600 escaped as its two halves: text, so the currency code is read and refused as an unknown code.
        Action read = () => JsonSerializer.Deserialize<Money>("""{"amount":"1","currency":"\ud83d\ude00"}""");

        read.Should().Throw<JsonException>().Which.Message.Should().NotContain("is not text").And.StartWith("'\U0001F600' is not an active ISO 4217 currency code", "the pair is one character, quoted as it is");
    }
}
