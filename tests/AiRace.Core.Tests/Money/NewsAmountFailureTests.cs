using System;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests;

public class NewsAmountFailureTests
{
    public static TheoryData<string, string> Failures => new()
    {
        { "5 zillion USD", "Cannot read '5 zillion USD' as money: 'zillion' is not a currency or a scale this parser knows at position 2." },
        { "5xyz USD", "Cannot read '5xyz USD' as money: 'xyz' is not a scale (thousand, million, billion, trillion, k, m, mn, bn, tn) at position 1." },
        { "5 !", "Cannot read '5 !' as money: unexpected '!' at position 2." },
        { "5 USD extra", "Cannot read '5 USD extra' as money: unexpected text 'extra' after the amount at position 6." },
        { "US$5 CNY", "Cannot read 'US$5 CNY' as money: the currency after the figure (CNY) contradicts the one before it (USD) at position 5." },
        { "zillion dollars", "Cannot read 'zillion dollars' as money: expected a figure (digits or a number word), found 'zillion' at position 0." },
        { "!5 USD", "Cannot read '!5 USD' as money: expected a figure, found '!' at position 0." },
        { "usd 5", "Cannot read 'usd 5' as money: 'usd' is not read as a currency: ISO 4217 codes are read only in capitals (USD), since a word such as 'all' or 'try' in small letters is English at position 0." },
        { "5 usd", "Cannot read '5 usd' as money: 'usd' is not read as a currency: ISO 4217 codes are read only in capitals (USD), since a word such as 'all' or 'try' in small letters is English at position 2." },
        { "¥5", "Cannot read '¥5' as money: '¥' is either the yuan (CNY) or the yen (JPY); set NewsAmountOptions.YenSign or write the code at position 0." },
        { "5", "Cannot read '5' as money: no currency is stated (write a code such as CNY or USD, a symbol such as US$, or a name such as yuan) at position 1." },
        { "", "Cannot read '' as money: expected an amount, found nothing at position 0." },
    };

    // NewsAmountParser.Parse: "the message says what was not understood and where"; the same messages as before
    // TryParse stopped building them.
    [Theory]
    [MemberData(nameof(Failures))]
    public void Parse_says_what_was_not_understood_and_where(string text, string message)
    {
        FluentActions.Invoking(() => NewsAmountParser.Parse(text)).Should().Throw<MoneyFormatException>().Which.Message.Should().Be(message);
    }

    // NewsAmountParser.TryParse: "reads an amount without throwing" — and without building the message no one reads.
    [Theory]
    [MemberData(nameof(Failures))]
    public void TryParse_builds_no_message_for_text_that_is_no_amount(string text, string message)
    {
        NewsAmountParser.TryParse(text, out _).Should().BeFalse(message);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool parsed = NewsAmountParser.TryParse(text, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        parsed.Should().BeFalse();
        allocated.Should().Be(0, $"reading \"{text}\" fails, and no one reads why");
    }
}
