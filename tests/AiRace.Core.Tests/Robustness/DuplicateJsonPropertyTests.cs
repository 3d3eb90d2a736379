using System.Text.Json;
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
