using System;
using System.Text;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public class NewsAmountParserTests
{
    [Theory]
    [InlineData("1 trillion yuan", "CNY", "1000000000000", "1", Magnitude.Trillions)]
    [InlineData("one trillion yuan", "CNY", "1000000000000", "1", Magnitude.Trillions)]
    [InlineData("one trillion Yuan", "CNY", "1000000000000", "1", Magnitude.Trillions)]
    [InlineData("US$139 million", "USD", "139000000", "139", Magnitude.Millions)]
    [InlineData("$8.2 billion", "USD", "8200000000", "8.2", Magnitude.Billions)]
    [InlineData("$500 billion", "USD", "500000000000", "500", Magnitude.Billions)]
    [InlineData("600 million yuan", "CNY", "600000000", "600", Magnitude.Millions)]
    [InlineData("RMB 1 billion", "CNY", "1000000000", "1", Magnitude.Billions)]
    [InlineData("500 billion USD", "USD", "500000000000", "500", Magnitude.Billions)]
    [InlineData("CNY 250m", "CNY", "250000000", "250", Magnitude.Millions)]
    [InlineData("1.5bn euros", "EUR", "1500000000", "1.5", Magnitude.Billions)]
    [InlineData("one billion yuan", "CNY", "1000000000", "1", Magnitude.Billions)]
    [InlineData("60 billion yuan", "CNY", "60000000000", "60", Magnitude.Billions)]
    [InlineData("approximately", null, null, null, Magnitude.Units)]
    [InlineData("138 billion USD", "USD", "138000000000", "138", Magnitude.Billions)]
    [InlineData("250 million yuan", "CNY", "250000000", "250", Magnitude.Millions)]
    [InlineData("up to", null, null, null, Magnitude.Units)]
    [InlineData("twenty-five million US dollars", "USD", "25000000", "25", Magnitude.Millions)]
    [InlineData("three hundred million yuan", "CNY", "300000000", "300", Magnitude.Millions)]
    [InlineData("€2,500", "EUR", "2500", "2500", Magnitude.Units)]
    [InlineData("HK$3 bn", "HKD", "3000000000", "3", Magnitude.Billions)]
    [InlineData("£40m", "GBP", "40000000", "40", Magnitude.Millions)]
    [InlineData("  5 thousand yen ", "JPY", "5000", "5", Magnitude.Thousands)]
    [InlineData("$5 billion USD", "USD", "5000000000", "5", Magnitude.Billions)]
    public void Parse_ReadsTheSeedsWays(string text, string? code, string? amount, string? figure, Magnitude magnitude)
    {
        if (code is null)
        {
            NewsAmountParser.TryParse(text, out _).Should().BeFalse();
            return;
        }

        NewsAmount parsed = NewsAmountParser.Parse(text);
        parsed.Money.Currency.Code.Should().Be(code);
        parsed.Money.Amount.Should().Be(decimal.Parse(amount!, System.Globalization.CultureInfo.InvariantCulture));
        parsed.Figure.Should().Be(decimal.Parse(figure!, System.Globalization.CultureInfo.InvariantCulture));
        parsed.Magnitude.Should().Be(magnitude);
    }

    [Fact]
    public void DollarSign_IsUsdByDefault_AndSaysItWasADefault()
    {
        NewsAmountParser.Parse("$8.2 billion").CurrencyFromDefault.Should().BeTrue();
        NewsAmountParser.Parse("US$139 million").CurrencyFromDefault.Should().BeFalse();
        NewsAmountParser.Parse("$8.2 billion", new NewsAmountOptions { DollarSign = Currency.HKD }).Money.Currency.Should().Be(Currency.HKD);
    }

    [Theory]
    [InlineData("$5 billion USD", false)]
    [InlineData("$5 billion US dollars", false)]
    [InlineData("US$5 billion dollars", false)]
    [InlineData("$5 billion dollars", true)]
    [InlineData("5 billion dollars", true)]
    [InlineData("5 billion USD", false)]
    public void DollarSign_IsADefaultOnlyWhenNothingElseNamesTheCurrency(string text, bool fromDefault) =>
        NewsAmountParser.Parse(text).CurrencyFromDefault.Should().Be(fromDefault);

    [Fact]
    public void YenSign_NeedsAStatedDefault()
    {
        var ex = ((Action)(() => NewsAmountParser.Parse("¥100 billion"))).Should().Throw<MoneyFormatException>().Which;
        ex.Position.Should().Be(0);
        ex.Message.Should().Be("Cannot read '¥100 billion' as money: '¥' is either the yuan (CNY) or the yen (JPY); set NewsAmountOptions.YenSign or write the code at position 0.");
        NewsAmountParser.Parse("¥100 billion", new NewsAmountOptions { YenSign = Currency.CNY }).Money.Should().Be(M.Billions(100, Currency.CNY));
        NewsAmountParser.Parse("¥100 billion", new NewsAmountOptions { YenSign = Currency.JPY }).Money.Should().Be(M.Billions(100, Currency.JPY));
    }

    [Theory]
    [InlineData("600 million", 11, "no currency is stated (write a code such as CNY or USD, a symbol such as US$, or a name such as yuan)")]
    [InlineData("600 millions yuan", 4, "'millions' is not a currency or a scale this parser knows")]
    [InlineData("600x yuan", 3, "'x' is not a scale (thousand, million, billion, trillion, k, m, mn, bn, tn)")]
    [InlineData("about 600 million yuan", 0, "expected a figure (digits or a number word), found 'about'")]
    [InlineData("600 million yuan (approx.)", 17, "unexpected text '(approx.)' after the amount")]
    [InlineData("US$139 million yuan", 15, "the currency after the figure (CNY) contradicts the one before it (USD)")]
    [InlineData("1,00 million yuan", 4, "digit groups must be separated by ',' every three digits")]
    [InlineData("", 0, "expected an amount, found nothing")]
    [InlineData("RMB", 3, "expected a figure after the currency")]
    [InlineData("600 million yuan extra", 17, "unexpected text 'extra' after the amount")]
    [InlineData("twelve hundred million yuan", 7, "'hundred' must follow a number from one to nine")]
    public void Parse_Malformed_SaysWhatAndWhere(string text, int position, string reason)
    {
        var ex = ((Action)(() => NewsAmountParser.Parse(text))).Should().Throw<MoneyFormatException>().Which;
        ex.Reason.Should().Be(reason);
        ex.Position.Should().Be(position);
    }

    // NewsAmountParser: "any text the grammar does not cover is an error that says what and where"; an error that
    // quotes its input shows a bidirectional override by its code (HiddenInputInMessagesTests, HiddenCharacters.Shown).
    [Theory]
    [InlineData("\u202E1 billion yuan")]
    [InlineData("1 billion yuan\u202E")]
    [InlineData("1 billion\u202E yuan")]
    public void A_news_amount_error_shows_a_bidirectional_override_by_its_code(string text)
    {
        MoneyFormatException error = ((Action)(() => NewsAmountParser.Parse(text))).Should().Throw<MoneyFormatException>().Which;

        error.Message.Should().NotContain("\u202E", "an override in the message reorders it around itself").And.Contain("<U+202E>");
        error.Reason.Should().NotContain("\u202E").And.Contain("<U+202E>");
    }

    // HiddenCharacters.UnitsAt: "A message that quotes or cuts a text keeps such a pair whole."
    [Fact]
    public void A_news_amount_error_never_quotes_half_a_surrogate_pair()
    {
        MoneyFormatException error = ((Action)(() => NewsAmountParser.Parse("1 billion \U0001F4B0"))).Should().Throw<MoneyFormatException>().Which;

        string afterInput = error.Message[(error.Message.IndexOf(" as money:", StringComparison.Ordinal))..];
        afterInput.EnumerateRunes().Should().NotContain(Rune.ReplacementChar);
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(afterInput)).Should().Be(afterInput, "the message is whole text, not half a character");
        error.Reason.Should().Be("unexpected '\U0001F4B0'");
    }

    [Fact]
    public void A_news_amount_error_quotes_a_long_tail_in_part()
    {
        string tail = new string('x', 100_000);
        MoneyFormatException error = ((Action)(() => NewsAmountParser.Parse("600 million yuan " + tail))).Should().Throw<MoneyFormatException>().Which;

        error.Reason.Should().Be("unexpected text '" + new string('x', 120) + "…' after the amount");
        error.Message.Length.Should().BeLessThan(600);
    }
}
