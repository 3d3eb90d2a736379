using System;
using System.Text.Json;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public partial class MoneyTests
{
    [Fact]
    public void Json_WritesTheAmountAsAnExactString()
    {
        JsonSerializer.Serialize(M.Billions(1, Currency.CNY)).Should().Be("{\"amount\":\"1000000000\",\"currency\":\"CNY\"}");
        JsonSerializer.Serialize(M.Cny(0.10m)).Should().Be("{\"amount\":\"0.10\",\"currency\":\"CNY\"}");
    }

    [Theory]
    [InlineData("{\"amount\":\"600000000\",\"currency\":\"CNY\"}", "600000000")]
    [InlineData("{\"currency\":\"CNY\",\"amount\":600000000}", "600000000")]
    [InlineData("{\"amount\":0.1,\"currency\":\"CNY\"}", "0.1")]
    [InlineData("{\"amount\":\"79228162514264337593543950335\",\"currency\":\"CNY\"}", "79228162514264337593543950335")]
    [InlineData("{\"amount\":\"79228162514264337593543950336\",\"currency\":\"CNY\"}", null)]
    public void Json_ReadsStringsAndPlainNumbersExactly(string json, string? amount)
    {
        if (amount is null)
        {
            ((Action)(() => JsonSerializer.Deserialize<M>(json))).Should().Throw<JsonException>().WithMessage("*outside the range of decimal*");
            return;
        }

        JsonSerializer.Deserialize<M>(json).Amount.Should().Be(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{\"amount\":1e9,\"currency\":\"CNY\"}", "\"amount\" '1e9' is not a plain decimal number: unexpected character 'e' at position 1.")]
    [InlineData("{\"amount\":\"1,000\",\"currency\":\"CNY\"}", "\"amount\" '1,000' is not a plain decimal number: unexpected character ',' at position 1.")]
    [InlineData("{\"amount\":\"5\",\"currency\":\"RMB\"}", "'RMB' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.")]
    [InlineData("{\"amount\":\"5\"}", "Money needs both \"amount\" and \"currency\"; missing \"currency\".")]
    [InlineData("{\"amount\":\"5\",\"currency\":\"CNY\",\"note\":1}", "Money has no property \"note\"; expected \"amount\" and \"currency\".")]
    [InlineData("{\"amount\":true,\"currency\":\"CNY\"}", "\"amount\" must be a decimal number (a JSON string or number); found true.")]
    [InlineData("\"CNY 5\"", "Money must be a JSON object with \"amount\" and \"currency\"; found a string.")]
    public void Json_Malformed_IsRefusedWithTheReason(string json, string message) =>
        ((Action)(() => JsonSerializer.Deserialize<M>(json))).Should().Throw<JsonException>().WithMessage(message);
}
