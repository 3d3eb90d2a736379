using System;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public partial class MoneyTests
{
    [Theory]
    [InlineData("CNY 1,000,000,000.00", "CNY", "1000000000.00")]
    [InlineData("CNY 1000000000", "CNY", "1000000000")]
    [InlineData("USD -5.25", "USD", "-5.25")]
    [InlineData("JPY 1,500", "JPY", "1500")]
    [InlineData("KWD 0.125", "KWD", "0.125")]
    public void Parse_ReadsTheCanonicalForm(string text, string code, string amount)
    {
        M parsed = M.Parse(text);
        parsed.Currency.Code.Should().Be(code);
        parsed.Amount.Should().Be(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        M.TryParse(text, out M viaTry).Should().BeTrue();
        viaTry.Should().Be(parsed);
    }

    [Theory]
    [InlineData("RMB 5", 0, "'RMB' is not an active ISO 4217 currency code")]
    [InlineData("CNY5", 3, "expected one space after the currency code")]
    [InlineData("CNY  5", 4, "expected a digit")]
    [InlineData("CNY 1,00", 8, "digit groups must be separated by ',' every three digits")]
    [InlineData("CNY 1,0000", 9, "digit groups must be separated by ',' every three digits")]
    [InlineData("CNY 5.", 6, "expected a digit after the decimal point")]
    [InlineData("CNY 5 yuan", 5, "unexpected character ' '")]
    [InlineData("CNY +5", 4, "a leading '+' is not allowed")]
    [InlineData("CNY 9.2345678901234567890123456789", 4, "the number has more significant digits than decimal holds (at most 29, and below 79,228,162,514,264,337,593,543,950,335 without the point), so it cannot be held exactly")]
    [InlineData("CNY 0.00000000000000000000000000001", 4, "the number has more than 28 decimals, so it cannot be held exactly")]
    [InlineData("CNY 79,228,162,514,264,337,593,543,950,336", 4, "the number is outside the range of decimal")]
    [InlineData("CNY 1.000.000,00", 9, "unexpected character '.'")]
    [InlineData("", 0, "expected a three-letter ISO 4217 code")]
    public void Parse_Malformed_SaysWhatAndWhere(string text, int position, string reason)
    {
        var ex = ((Action)(() => M.Parse(text))).Should().Throw<MoneyFormatException>().Which;
        ex.Position.Should().Be(position);
        ex.Reason.Should().Be(reason);
        ex.Message.Should().Be($"Cannot read '{text}' as money: {reason} at position {position}.");
        M.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_Throws() =>
        ((Action)(() => M.Parse((string)null!))).Should().Throw<ArgumentNullException>();
}
