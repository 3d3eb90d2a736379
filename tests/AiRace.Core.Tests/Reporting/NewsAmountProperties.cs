using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AiRace.Core.Reporting;
using CsCheck;

namespace AiRace.Core.Tests;

/// <summary>
/// Properties of amounts as the news writes them (issue 13 §5): every amount the grammar describes is read as
/// written, and no text makes the parser throw anything but <see cref="MoneyFormatException"/>. Fixed seeds.
/// </summary>
public class NewsAmountProperties
{
    private static readonly (string Word, Magnitude Magnitude)[] Scales =
    [
        ("", Magnitude.Units), (" thousand", Magnitude.Thousands), ("k", Magnitude.Thousands), (" million", Magnitude.Millions),
        ("m", Magnitude.Millions), (" mn", Magnitude.Millions), (" billion", Magnitude.Billions), ("bn", Magnitude.Billions),
        ("b", Magnitude.Billions), (" trillion", Magnitude.Trillions), (" tn", Magnitude.Trillions), (" Billion", Magnitude.Billions),
    ];

    private static readonly (string Before, string After, Currency Currency)[] Currencies =
    [
        ("", " yuan", Currency.CNY), ("RMB ", "", Currency.CNY), ("", " renminbi", Currency.CNY), ("CNY ", "", Currency.CNY),
        ("US$", "", Currency.USD), ("", " US dollars", Currency.USD), ("", " USD", Currency.USD), ("$", " USD", Currency.USD),
        ("€", "", Currency.EUR), ("", " euros", Currency.EUR), ("£", "", Currency.GBP), ("", " pounds", Currency.GBP),
        ("", " yen", Currency.JPY), ("HK$", "", Currency.HKD), ("NT$", "", Currency.TWD), ("", " KRW", Currency.KRW),
    ];

    private static readonly (string Text, int Value)[] Words =
    [
        ("one", 1), ("a", 1), ("two", 2), ("twelve", 12), ("twenty", 20), ("twenty-five", 25), ("ninety nine", 99),
        ("one hundred", 100), ("three hundred and fifty", 350), ("nine hundred ninety-nine", 999), ("Sixty", 60),
    ];

    /// <summary>A figure as digits (with or without ',' groups, with decimals) or as English words.</summary>
    private static readonly Gen<(string Text, decimal Value)> Figures = Gen.Frequency(
        (3, Gen.Select(Gen.Long[0, 999_999_999], Gen.Int[0, 3], Gen.Bool).Select((n, scale, grouped) =>
        {
            decimal value = n / MoneyGen.Pow10(scale);
            return (value.ToString(grouped ? "N" + scale.ToString(CultureInfo.InvariantCulture) : "F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), value);
        })),
        (1, MoneyGen.Pick(Words).Select(w => (w.Text, (decimal)w.Value))));

    [Fact]
    public void EveryAmountTheGrammarDescribes_IsReadAsWritten()
    {
        Gen.Select(Figures, MoneyGen.Pick(Scales), MoneyGen.Pick(Currencies)).ForAll(0x13_30, 4_000, (figure, scale, currency) =>
        {
            // A scale is attached only to digits ("250m"); after number words it is a word of its own ("one bn").
            string word = scale.Word.Length > 0 && scale.Word[0] != ' ' && !char.IsAsciiDigit(figure.Text[^1])
                ? " " + (scale.Word == "b" ? "bn" : scale.Word)
                : scale.Word;
            string text = currency.Before + figure.Text + word + currency.After;
            NewsAmount parsed = NewsAmountParser.Parse(text);
            parsed.Money.Should().Be(new Money(figure.Value * scale.Magnitude.Factor(), currency.Currency), text);
            parsed.Figure.Should().Be(figure.Value, text);
            parsed.Magnitude.Should().Be(scale.Magnitude, text);
            parsed.CurrencyFromDefault.Should().BeFalse(text);
            NewsAmountParser.Parse("  " + text.ToUpperInvariant() + " ").Money.Should().Be(parsed.Money, "case and surrounding space do not matter");
        });
    }

    private static readonly Gen<string> NewsText = Gen.Frequency(
        (3, MoneyGen.Text("1", "25", "8.2", "1,000", "1,00", "0", "-", ".", ",", " ", "one", "twenty", "-five", "hundred", "and", "a", "million",
            "billion", "bn", "m", "k", "b", "tn", "trillion", "yuan", "US", " dollars", "dollars", "US$", "$", "¥", "￥", "€", "£", "HK$", "RMB",
            "CNY", "USD", "JPY", "XYZ", "euros", "yen", "U.S.", "\u00a0", "%", "x", "79228162514264337593543950335", "\ud800", "٣")),
        (3, MoneyGen.Mutated(Gen.Select(Figures, MoneyGen.Pick(Scales), MoneyGen.Pick(Currencies)).Select((f, s, c) => c.Before + f.Text + s.Word + c.After), MoneyGen.TrickyChars)),
        (1, Gen.String[Gen.Char, 0, 30]));

    private static readonly Gen<NewsAmountOptions?> Options = MoneyGen.Pick<NewsAmountOptions?>(
        null, NewsAmountOptions.Default, new NewsAmountOptions { YenSign = Currency.CNY }, new NewsAmountOptions { DollarSign = Currency.HKD, YenSign = Currency.JPY });

    [Fact]
    public void Parse_ThrowsNothingButMoneyFormatException_AndTryParseAgrees()
    {
        Gen.Select(NewsText, Options).ForAll(0x13_31, 6_000, (text, options) =>
        {
            NewsAmount? parsed = null;
            try
            {
                parsed = NewsAmountParser.Parse(text, options);
            }
            catch (MoneyFormatException ex)
            {
                ex.Input.Should().Be(text);
                ex.Position.Should().BeInRange(0, text.Length);
            }

            NewsAmountParser.TryParse(text, out NewsAmount viaTry, options).Should().Be(parsed is not null, text);
            if (parsed is { } amount)
            {
                viaTry.Should().Be(amount);
                amount.Money.Amount.Should().Be(amount.Figure * amount.Magnitude.Factor());
            }
        });
    }

    private static readonly Gen<ReportedAmount> Reported =
        Gen.Select(MoneyGen.AnyDecimal.Select(Math.Abs), MoneyGen.AnyDecimal.Select(Math.Abs), MoneyGen.AnyCurrency, Gen.Int[0, 4], Gen.Bool)
            .Select((a, b, currency, qualifier, converted) =>
            {
                ReportedAmount amount = qualifier == 4
                    ? ReportedAmount.Between(new Money(Math.Min(a, b), currency), new Money(Math.Max(a, b), currency))
                    : ReportedAmount.Create((AmountQualifier)qualifier, new Money(a, currency));
                return converted && currency != Currency.USD
                    ? amount.WithStatedText("stated").WithSourceConversion(ReportedAmount.Approximately(new Money(b, Currency.USD)))
                    : amount;
            });

    [Fact]
    public void ReportedAmount_Json_RoundTrips_AndItsReaderThrowsNothingButJsonException()
    {
        Reported.ForAll(0x13_32, 2_000, amount =>
            JsonSerializer.Deserialize<ReportedAmount>(JsonSerializer.Serialize(amount)).Should().Be(amount));

        MoneyGen.Mutated(Reported.Select(r => JsonSerializer.Serialize(r)), MoneyGen.TrickyChars + "\"{}[]:,")
            .Select(Encoding.UTF8.GetBytes)
            .ForAll(0x13_33, 3_000, json =>
            {
                try
                {
                    JsonSerializer.Deserialize<ReportedAmount>(json);
                }
                catch (JsonException)
                {
                }
            }, Encoding.UTF8.GetString);
    }
}
