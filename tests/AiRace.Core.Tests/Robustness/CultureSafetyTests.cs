using System.Globalization;
using System.Text;
using System.Text.Json;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Tests.Analysis;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Text under fourteen cultures (tr-TR, de-DE, fr-FR, fr-CH, ar-SA, fa-IR, hi-IN, sv-SE, nb-NO, zh-CN, ja-JP, en-US, the
/// invariant culture and a custom one with odd signs and separators): invariant text is the same under each, culture
/// forms follow the provider, parsers refuse culture-shaped input instead of misreading it, CSV and JSON round-trip.
/// </summary>
public class CultureSafetyTests
{
    private static CultureInfo Custom()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("en-US").Clone();
        c.NumberFormat.NegativeSign = "~neg~";
        c.NumberFormat.PositiveSign = "~pos~";
        c.NumberFormat.PercentSymbol = "pct";
        c.NumberFormat.CurrencySymbol = "¤¤";
        c.NumberFormat.NumberDecimalSeparator = ";";
        c.NumberFormat.NumberGroupSeparator = "'";
        c.NumberFormat.PercentDecimalSeparator = ";";
        c.NumberFormat.CurrencyDecimalSeparator = ";";
        return c;
    }

    private static IEnumerable<CultureInfo> Cultures()
    {
        foreach (string n in new[] { "tr-TR", "de-DE", "fr-FR", "fr-CH", "ar-SA", "fa-IR", "hi-IN", "sv-SE", "nb-NO", "zh-CN", "ja-JP", "en-US", "" })
        {
            yield return CultureInfo.GetCultureInfo(n);
        }

        yield return Custom();
    }

    private static T In<T>(CultureInfo c, Func<T> f)
    {
        CultureInfo old = CultureInfo.CurrentCulture, oldUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = c;
            CultureInfo.CurrentUICulture = c;
            return f();
        }
        finally
        {
            CultureInfo.CurrentCulture = old;
            CultureInfo.CurrentUICulture = oldUi;
        }
    }

    private static void In(CultureInfo c, Action a) => In(c, () => { a(); return 0; });

    private static void SameEverywhere(Func<string> f)
    {
        string baseline = In(CultureInfo.InvariantCulture, f);
        foreach (CultureInfo c in Cultures())
        {
            In(c, f).Should().Be(baseline, $"under {c.Name} the text is documented as invariant");
        }
    }

    private static readonly Money[] Amounts =
    [
        Money.Cny(1_000_000_000m), Money.Cny(-1_234_567.891m), Money.Usd(0.0000000000000000000000000001m),
        Money.Of(decimal.MaxValue, Currency.USD), Money.Of(decimal.MinValue, Currency.JPY), Money.Cny(1.005m), Money.Of(-0.5m, "KWD"),
        Money.Of(12.5m, Currency.XAU), Money.Cny(0m), Money.Usd(8_200_000_000m),
    ];

    // (1) + (2) Money G/R/K invariant and read back everywhere.
    [Fact]
    public void Money_G_R_K_are_invariant_and_G_R_round_trip_under_every_culture()
    {
        foreach (Money m in Amounts)
        {
            SameEverywhere(() => m.ToString() + "|" + m.ToString("G") + "|" + m.ToString("R") + "|" + m.ToString("K") + "|" + m.ToString("K2") + "|" + m.ToString("g", null) + "|" + $"{m}");
            foreach (CultureInfo c in Cultures())
            {
                In(c, () =>
                {
                    Money.Parse(m.ToString()).Should().Be(m);
                    Money.Parse(m.ToString("R", c)).Should().Be(m);
                });
            }
        }
    }

    // (1) C format follows the passed culture (README: 1.000.000.000,00 CNY in de-DE).
    [Fact]
    public void Money_C_follows_the_provider_and_the_current_culture_when_null()
    {
        Money.Billions(1, Currency.CNY).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("1.000.000.000,00 CNY");
        foreach (CultureInfo c in Cultures())
        {
            var info = (NumberFormatInfo)c.NumberFormat.Clone();
            info.CurrencySymbol = "CNY";
            info.CurrencyDecimalDigits = 3;
            string expected = (-1_234_567.891m).ToString("C", info);
            Money.Cny(-1_234_567.891m).ToString("C", c).Should().Be(expected, c.Name);
            In(c, () => Money.Cny(-1_234_567.891m).ToString("C")).Should().Be(expected, c.Name + " (null provider)");
        }

        Money.Cny(-5m).ToString("C", Custom()).Should().Contain("~neg~");
    }

    // (2) Culture-shaped text is refused by Money.Parse, never misread.
    [Fact]
    public void Money_Parse_refuses_culture_shaped_amounts_with_a_position()
    {
        string[] bad =
        [
            "CNY 1,5", "CNY 1.234,56", "CNY 1 000", "CNY 1\u00A0000", "CNY 1\u202F000", "CNY 1'000", "CNY 1’000", "CNY \u22125",
            "CNY \u0661\u0660", "CNY \u06F1\u06F0", "CNY 1,00,000", "cny 5", "usd 5", "CNY 5-", "CNY (5)", "CNY 1e3", "CNY ５", "\u200FCNY 5", "CNY 5\u200E",
            "CNY 1.000.000", "CNY ,5", "CNY 5,",
        ];
        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                foreach (string s in bad)
                {
                    Money.TryParse(s, out Money got).Should().BeFalse($"'{s}' under {c.Name} must not be read (got {got})");
                    Action act = () => Money.Parse(s);
                    MoneyFormatException error = act.Should().Throw<MoneyFormatException>().Which;
                    error.Input.Should().Be(s);
                    // the message quotes the input with its direction marks and its spaces other than U+0020 shown by their codes
                    error.Message.Should().Contain(s.Replace("\u200F", "<U+200F>", StringComparison.Ordinal).Replace("\u200E", "<U+200E>", StringComparison.Ordinal)
                        .Replace("\u00A0", "<U+00A0>", StringComparison.Ordinal).Replace("\u202F", "<U+202F>", StringComparison.Ordinal));
                }
            });
        }
    }

    // (3) Span formatting with too-small buffers returns false, writes nothing claimed.
    [Fact]
    public void Money_TryFormat_small_buffers_return_false_never_throw()
    {
        foreach (Money m in Amounts)
        {
            foreach (string f in new[] { "G", "R", "K", "K2", "K0", "C" })
            {
                foreach (CultureInfo c in Cultures())
                {
                    string full = m.ToString(f, c);
                    for (int n = 0; n < full.Length; n++)
                    {
                        var buffer = new char[n];
                        bool ok = m.TryFormat(buffer, out int written, f, c);
                        ok.Should().BeFalse($"{m} '{f}' {c.Name} into {n} chars (needs {full.Length})");
                        written.Should().Be(0);
                    }

                    var exact = new char[full.Length];
                    m.TryFormat(exact, out int w, f, c).Should().BeTrue($"{m} '{f}' {c.Name} into exactly {full.Length}");
                    new string(exact, 0, w).Should().Be(full);
                }
            }
        }
    }

    // (6) Turkish I: codes are exactly upper-case ASCII, under every culture; the error says what was meant.
    [Fact]
    public void Currency_codes_and_Turkish_I()
    {
        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                Currency.FromCode("INR").Should().Be(Currency.INR);
#pragma warning disable AIR0003 // codes the library must refuse, written on purpose
                Currency.TryFromCode("inr", out _).Should().BeFalse();
                Currency.TryFromCode("\u0130NR", out _).Should().BeFalse();
                Currency.TryFromCode("\u0131nr", out _).Should().BeFalse();
                Currency.TryFromCode("ＵＳＤ", out _).Should().BeFalse();
                var e = FluentActions.Invoking(() => Currency.FromCode("usd")).Should().Throw<UnknownCurrencyException>().Which;
#pragma warning restore AIR0003
                e.SuggestedCode.Should().Be("USD");
                e.Message.Should().Contain("'usd'");
                Currency.Parse("CHF", c).Should().Be(Currency.CHF);
                Money.Parse("INR 1,00,000.00".Replace("1,00,000", "100,000")).Should().Be(Money.Of(100000m, Currency.INR));
                Currency.CNY.ToString().Should().Be("CNY");
            });
        }
    }

    // (1)(2) Share.
    [Fact]
    public void Share_invariant_round_trip_and_culture_form()
    {
        Share[] shares = [Share.FromPercent(55m), Share.FromPercent(12.5m), Share.FromFraction(0.0000000000000000000000000001m), Share.Whole, Share.Zero, Share.FromPercent(33.333333333333333333333333m)];
        foreach (Share s in shares)
        {
            SameEverywhere(() => s.ToString() + "|" + s.ToString("G", null) + "|" + s.ToString("g", CultureInfo.CurrentCulture) + "|" + $"{s}");
            foreach (CultureInfo c in Cultures())
            {
                In(c, () => Share.Parse(s.ToString()).Should().Be(s));
            }
        }

        Share.FromPercent(12.5m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("12,5 %");
        Share.FromPercent(55m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("55 %");
        Share.FromPercent(55m).ToString("C", CultureInfo.GetCultureInfo("tr-TR")).Should().Be("%55");
        Share.FromPercent(12.5m).ToString("C", Custom()).Should().Contain("pct").And.Contain(";");
        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                foreach (string bad in new[] { "12,5%", "12,5 %", "%55", "55 pct", "1,000%", "\u0665\u0665%", "55٪", "−5%", "55 %\u200F" })
                {
                    Share.TryParse(bad, null, out Share got).Should().BeFalse($"'{bad}' under {c.Name} (got {got})");
                    FluentActions.Invoking(() => Share.Parse(bad)).Should().Throw<FormatException>().Which.Message.Should().NotBeNullOrWhiteSpace();
                }
            });
        }
    }

    // PercentagePoints: invariant, round trip, C with the culture's signs; "an optional sign" means one.
    [Fact]
    public void PercentagePoints_invariant_round_trip_and_culture_signs()
    {
        PercentagePoints[] values = [PercentagePoints.Of(38m), PercentagePoints.Of(-2.5m), PercentagePoints.Of(0m), PercentagePoints.Of(1234567.125m)];
        foreach (PercentagePoints p in values)
        {
            SameEverywhere(() => p.ToString() + "|" + p.ToString("G", null) + "|" + $"{p}");
            foreach (CultureInfo c in Cultures())
            {
                In(c, () => PercentagePoints.Parse(p.ToString()).Should().Be(p));
            }
        }

        PercentagePoints.Of(2.5m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("+2,5 pp");
        PercentagePoints.Of(-2.5m).ToString("C", CultureInfo.GetCultureInfo("sv-SE")).Should().Be("\u22122,5 pp");
        PercentagePoints.Of(-2.5m).ToString("C", Custom()).Should().Be("~neg~2;5 pp");
        foreach (string bad in new[] { "2,5 pp", "\u22122.5 pp", "1,000 pp", "++5 pp" })
        {
            PercentagePoints.TryParse(bad, null, out PercentagePoints got).Should().BeFalse($"'{bad}' (got {got})");
        }
    }

    [Fact]
    public void PercentagePoints_Parse_refuses_two_signs()
    {
        // Doc: "an optional sign, a plain decimal, optional spaces and pp" — one sign, not two.
        PercentagePoints.TryParse("+-5 pp", null, out PercentagePoints got).Should().BeFalse($"'+-5 pp' has two signs but was read as {got}");
        PercentagePoints.TryParse("++5 pp", null, out got).Should().BeFalse($"'++5 pp' has two signs but was read as {got}");
        foreach (string spaced in new[] { "+ -5 pp", "+\t-5 pp", "+\u00A0-5 pp", "+ +5 pp" })
        {
            PercentagePoints.TryParse(spaced, null, out got).Should().BeFalse($"'{spaced}' has two signs but was read as {got}");
        }

        foreach (string spaced in new[] { "+ 5 pp", "- 5 pp", "-\t5 pp" })
        {
            FluentActions.Invoking(() => PercentagePoints.Parse(spaced, null)).Should().Throw<FormatException>()
                .WithMessage("*has a space between the sign and the number*", "the doc's form is a sign next to a plain decimal, the same for + and -");
        }

        FluentActions.Invoking(() => PercentagePoints.Parse("+-5 pp", null)).Should().Throw<FormatException>().WithMessage("*\"+-5 pp\" has two signs*");
        PercentagePoints.Parse("+5 pp", null).Should().Be(PercentagePoints.Of(5m));
        PercentagePoints.Parse("-5 pp", null).Should().Be(PercentagePoints.Of(-5m));
    }

    [Fact]
    public void Ratio_invariant_round_trip_and_culture_form()
    {
        Ratio[] values = [Ratio.Of(0.65m), Ratio.Of(1234567.5m), Ratio.Of(0m), Ratio.Of(3m)];
        foreach (Ratio r in values)
        {
            SameEverywhere(() => r.ToString() + "|" + r.ToString("G", null) + "|" + $"{r}");
            foreach (CultureInfo c in Cultures())
            {
                In(c, () => Ratio.Parse(r.ToString()).Should().Be(r));
            }
        }

        Ratio.Of(0.65m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("0,65×");
        foreach (string bad in new[] { "0,65x", "1,000x", "1.000,5x", "\u0660\u066B\u0666\u0665x", "−1x" })
        {
            Ratio.TryParse(bad, null, out Ratio got).Should().BeFalse($"'{bad}' (got {got})");
        }
    }

    [Fact]
    public void Quantity_TryFormat_small_buffers_return_false()
    {
        foreach (CultureInfo c in Cultures())
        {
            foreach (string f in new[] { "G", "C" })
            {
                Check(Share.FromPercent(12.5m), f, c);
                Check(PercentagePoints.Of(-2.5m), f, c);
                Check(Ratio.Of(0.65m), f, c);
            }
        }

        static void Check<T>(T value, string f, CultureInfo c)
            where T : ISpanFormattable
        {
            string full = value.ToString(f, c);
            for (int n = 0; n < full.Length; n++)
            {
                value.TryFormat(new char[n], out int w, f, c).Should().BeFalse();
                w.Should().Be(0);
            }

            var exact = new char[full.Length];
            value.TryFormat(exact, out int written, f, c).Should().BeTrue();
            new string(exact, 0, written).Should().Be(full);
        }
    }

    [Fact]
    public void Ranges_invariant_by_default_and_culture_with_provider()
    {
        var money = new ValueRange<Money>(Money.Billions(1, Currency.CNY), Money.Billions(2, Currency.CNY));
        var numbers = new ValueRange<decimal>(1.5m, 2500.25m);
        var days = new ValueRange<DateOnly>(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 28));
        DurationRange years = DurationRange.Years(2.5m, 3m);
        SameEverywhere(() => money.ToString() + "|" + numbers.ToString() + "|" + days.ToString() + "|" + years.ToString() + "|" + years.ToString("G", null) + "|" + $"{years}");
        In(CultureInfo.GetCultureInfo("de-DE"), () => numbers.ToString()).Should().Be("1.5–2500.25");
        years.ToString().Should().Be("2.5–3 years");
        years.ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("2,5–3 years");
        numbers.ToString("N2", CultureInfo.GetCultureInfo("de-DE")).Should().Be("1,50–2.500,25");
    }

    [Fact]
    public void ExchangeRate_ToString_is_invariant()
    {
        var series = new RateSeries("TEST", "Test series (TEST)", "Tester", RatePeriod.Day);
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.2460m, new DateOnly(2025, 7, 28), series);
        SameEverywhere(() => rate.ToString() + "|" + rate.Inverse().ToString());
        rate.ToString().Should().Be("USD/CNY 7.2460 on 2025-07-28 (Test series (TEST))");
        var monthly = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, new DateOnly(2025, 7, 1), new RateSeries("M", "Monthly", "Tester", RatePeriod.Month));
        SameEverywhere(() => monthly.ToString());
    }

    [Fact]
    public void ReportedAmount_ToString_is_invariant()
    {
        ReportedAmount[] values =
        [
            ReportedAmount.Approximately(Money.Trillions(1, Currency.CNY)).WithSourceConversion(ReportedAmount.Approximately(Money.Billions(138, Currency.USD))),
            ReportedAmount.UpTo(Money.Millions(500, Currency.CNY)),
            ReportedAmount.Exact(Money.Cny(1234.5m)),
            ReportedAmount.AtLeast(Money.Billions(8.2m, Currency.USD)),
            ReportedAmount.Between(Money.Billions(1, Currency.CNY), Money.Billions(2, Currency.CNY)),
        ];
        foreach (ReportedAmount r in values)
        {
            SameEverywhere(() => r.ToString() + "|" + $"{r}");
        }

        values[0].ToString().Should().Be("approximately CNY 1T (source's conversion: approximately USD 138B)");
        values[1].ToString().Should().Be("up to CNY 500M");
    }

    [Fact]
    public void ReportedAmount_range_text_is_as_documented()
    {
        // Doc of ReportedAmount.ToString: "... <c>up to CNY 500M</c>, <c>between CNY 1B and CNY 2B</c>."
        ReportedAmount.Between(Money.Billions(1, Currency.CNY), Money.Billions(2, Currency.CNY)).ToString().Should().Be("between CNY 1B and CNY 2B");
    }

    [Fact]
    public void PartialDate_round_trip_and_refusals()
    {
        PartialDate[] dates = [PartialDate.Unknown, PartialDate.OfYear(2027), PartialDate.OfMonth(2025, 7), PartialDate.OfDay(2025, 7, 26), PartialDate.OfDay(1, 1, 1)];
        foreach (PartialDate d in dates)
        {
            SameEverywhere(() => d.ToString() + "|" + $"{d}");
            foreach (CultureInfo c in Cultures())
            {
                In(c, () => PartialDate.Parse(d.ToString(), c).Should().Be(d));
            }
        }

        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                foreach (string bad in new[] { "\u0662\u0660\u0662\u0665", "2025-7", "26.07.2025", "2025/07/26", "Unknown", "２０２５", "2025-02-29", "0000" })
                {
                    PartialDate.TryParse(bad, c, out PartialDate got).Should().BeFalse($"'{bad}' (got {got})");
                }
            });
        }
    }

    // (7) NewsAmountParser.
    [Fact]
    public void NewsAmountParser_is_culture_independent_and_refuses_culture_shaped_figures()
    {
        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                NewsAmountParser.Parse("1.5bn euros").Money.Should().Be(Money.Of(1_500_000_000m, Currency.EUR));
                NewsAmountParser.Parse("US$139 million").Money.Should().Be(Money.Usd(139_000_000m));
                NewsAmountParser.Parse("one trillion yuan").Money.Should().Be(Money.Cny(1_000_000_000_000m));
                NewsAmountParser.Parse("1,234.5 billion yuan").Money.Should().Be(Money.Cny(1_234_500_000_000m));
                NewsAmountParser.Parse("TWENTY-FIVE MILLION YUAN").Money.Should().Be(Money.Cny(25_000_000m));
                NewsAmountParser.Parse("five hundred billion dollars").Money.Should().Be(Money.Usd(500_000_000_000m));
                foreach (string bad in new[]
                {
                    "1,5 billion yuan", "1.234,56 yuan", "１０亿", "10亿元", "1万亿元", "万亿", "1\u00A0000\u00A0000 yuan", "1\u202F000 yuan",
                    "\u0661\u0660 billion yuan", "1,00,000 yuan", "\u22125 billion yuan", "-5 billion yuan", "1,5bn euros", "5 milliarden euro",
                    "FIVE B\u0130LL\u0130ON YUAN", "1.5 bn bn yuan", "\u200F10 billion yuan", "10 billion yuan\u200F", "1e9 yuan", "1.5.3 billion yuan",
                })
                {
                    NewsAmountParser.TryParse(bad, out NewsAmount got).Should().BeFalse($"'{bad}' under {c.Name} must not be read (got {got.Money})");
                    var e = FluentActions.Invoking(() => NewsAmountParser.Parse(bad)).Should().Throw<MoneyFormatException>().Which;
                    e.Position.Should().BeInRange(0, bad.Length);
                }
            });
        }
    }

    [Fact]
    public void NewsAmountParser_reads_codes_only_in_capitals_and_names_the_code_in_its_error()
    {
        // Class doc: words are matched case-insensitively, except ISO 4217 codes, read only in capitals; RMB is a word
        In(CultureInfo.GetCultureInfo("tr-TR"), () =>
        {
            NewsAmountParser.Parse("rmb 250m").Money.Should().Be(Money.Cny(250_000_000m));
            NewsAmountParser.Parse("CNY 250m").Money.Should().Be(Money.Cny(250_000_000m));
            NewsAmountParser.Parse("500 billion USD").Money.Should().Be(Money.Usd(500_000_000_000m));
            NewsAmountParser.TryParse("cny 250m", out _).Should().BeFalse();
            FluentActions.Invoking(() => NewsAmountParser.Parse("cny 250m")).Should().Throw<MoneyFormatException>()
                .Which.Message.Should().Contain("'cny'").And.Contain("(CNY)").And.Contain("capitals");
            var error = FluentActions.Invoking(() => NewsAmountParser.Parse("500 billion usd")).Should().Throw<MoneyFormatException>().Which;
            error.Message.Should().Contain("'usd'").And.Contain("(USD)");
            error.Position.Should().Be(12);
            // a small word that is no code keeps the usual error
            FluentActions.Invoking(() => NewsAmountParser.Parse("500 billion abc")).Should().Throw<MoneyFormatException>()
                .Which.Message.Should().Contain("'abc' is not a currency or a scale this parser knows");
        });
    }

    private static ResultTable Tricky()
    {
        var b = new ResultTableBuilder("review47c");
        var text = b.Text("text");
        var integer = b.Integer("count", "programmes");
        var dec = b.Decimal("rate", "CNY per USD");
        var anyMoney = b.Money("amount");
        var usd = b.Money("value", Currency.USD);
        var share = b.Share("share");
        var ratio = b.Ratio("ratio");
        var day = b.Date("day");
        var partial = b.PartialDate("when");
        var flag = b.Boolean("flag");
        b.AddRow().Set(text, "a,b \"quoted\"\r\nline two\nthree\r").Set(integer, -2024L).Set(dec, -1234.50m).Set(anyMoney, Money.Cny(-1_000_000_000.00m))
            .Set(usd, Money.Usd(0.0000000000000000000000000001m)).Set(share, Share.FromPercent(12.5m)).Set(ratio, Ratio.Of(0.65m))
            .Set(day, new DateOnly(2025, 7, 28)).Set(partial, PartialDate.OfMonth(2025, 7)).Set(flag, true);
        b.AddRow().Set(text, "\u200Fمرحبا\u200E, 中文 ‏‎ ١٢٣").Set(integer, long.MinValue).Set(dec, decimal.MaxValue).Set(anyMoney, Money.Of(decimal.MinValue, Currency.JPY))
            .Set(usd, Money.Usd(-0.5m)).Set(share, Share.Whole).Set(ratio, Ratio.Of(1234567.125m))
            .Set(day, new DateOnly(1, 1, 1)).Set(partial, PartialDate.Unknown).Set(flag, false);
        b.AddRow().Set(text, "").Set(integer, null).Set(dec, 1.0000000000000000000000000000m).Set(anyMoney, Money.Of(-0.500m, "KWD"))
            .Set(usd, null).Set(share, Share.Zero).Set(ratio, null).Set(day, new DateOnly(9999, 12, 31)).Set(partial, PartialDate.OfYear(2027)).Set(flag, null);
        b.AddRow().Set(text, "  leading and trailing  ").Set(integer, long.MaxValue).Set(dec, -0.00m).Set(anyMoney, null)
            .Set(usd, Money.Usd(12345678901234567.89m)).Set(share, null).Set(ratio, Ratio.Of(0m)).Set(day, null).Set(partial, null).Set(flag, true);
        b.AddRow().Set(text, null).Set(integer, 0L).Set(dec, 0.0001m).Set(anyMoney, Money.Of(1m, Currency.XAU))
            .Set(usd, Money.Usd(1m)).Set(share, Share.FromFraction(0.0000000000000000000000000001m)).Set(ratio, Ratio.Of(3m)).Set(day, new DateOnly(2024, 2, 29)).Set(partial, PartialDate.OfDay(2024, 2, 29)).Set(flag, false);
        b.Note("a note, with \"quotes\" and 1,5 ١٢");
        return b.Build();
    }

    // (4) CSV export→import under every culture (writer and reader in different cultures).
    [Fact]
    public void Csv_round_trips_exactly_under_every_culture()
    {
        ResultTable table = Tricky();
        string baselineCsv = In(CultureInfo.InvariantCulture, () => CsvExport.ToCsv(table));
        string baselineSchema = In(CultureInfo.InvariantCulture, () => { var w = new StringWriter(CultureInfo.InvariantCulture); CsvExport.WriteSchema(table, w); return w.ToString(); });
        CultureInfo[] all = Cultures().ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            CultureInfo writeIn = all[i], readIn = all[(i + 5) % all.Length];
            (string csv, string schema) = In(writeIn, () =>
            {
                var w = new StringWriter(writeIn);
                CsvExport.Write(table, w);
                var s = new StringWriter(writeIn);
                CsvExport.WriteSchema(table, s);
                return (w.ToString(), s.ToString());
            });
            csv.Should().Be(baselineCsv, $"written under {writeIn.Name}");
            schema.Should().Be(baselineSchema, $"schema written under {writeIn.Name}");
            ResultTable back = In(readIn, () => CsvExport.Read(new StringReader(csv), new StringReader(schema)));
            back.ContentEquals(table).Should().BeTrue($"written under {writeIn.Name}, read under {readIn.Name}");
            for (int r = 0; r < table.Rows.Count; r++)
            {
                for (int col = 0; col < table.Columns.Count; col++)
                {
                    object? a = table.Rows[r][col], bb = back.Rows[r][col];
                    if (a is decimal da)
                    {
                        ((decimal)bb!).Scale.Should().Be(da.Scale, $"row {r} col {col}: trailing zeros kept");
                    }

                    if (a is Money ma)
                    {
                        ((Money)bb!).Amount.Scale.Should().Be(ma.Amount.Scale, $"row {r} col {col}: money decimals kept");
                    }
                }
            }
        }
    }

    // (4) CSV reader refuses culture-shaped values (never misreads them).
    [Fact]
    public void Csv_reader_refuses_culture_shaped_values()
    {
        var b = new ResultTableBuilder("t");
        var dec = b.Decimal("x", "units");
        var integer = b.Integer("n");
        var day = b.Date("d");
        var flag = b.Boolean("f");
        b.AddRow().Set(dec, 1.5m).Set(integer, 2L).Set(day, new DateOnly(2025, 7, 28)).Set(flag, true);
        ResultTable t = b.Build();
        string header = CsvExport.ToCsv(t).Split("\r\n")[0];
        string[] badRows =
        [
            "\"1,5\",2,2025-07-28,true", "\"1.234,56\",2,2025-07-28,true", "\u22121.5,2,2025-07-28,true", "1.5,\u22122,2025-07-28,true",
            "1.5,2,28.07.2025,true", "1.5,2,2025-07-28,True", "\u0661.5,2,2025-07-28,true", "1.5,\u0662,2025-07-28,true", "1.5,2,\u0662\u0660\u0662\u0665-07-28,true",
            "1.5,\"1,000\",2025-07-28,true", "1 000.5,2,2025-07-28,true", "1.5,2,2025-7-28,true", "1.5,2,2025-07-28,vrai", "1.5,2,1447-02-03,true".Replace("1447-02-03", "2025-02-30"),
            "1.5e3,2,2025-07-28,true", "+1.5,2,2025-07-28,true", "1.5,2.0,2025-07-28,true",
        ];
        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                foreach (string row in badRows)
                {
                    string csv = header + "\r\n" + row + "\r\n";
                    var e = FluentActions.Invoking(() => CsvExport.Read(new StringReader(csv), t.Schema)).Should().Throw<CsvFormatException>($"'{row}' under {c.Name}").Which;
                    e.Message.Should().Contain("line 2");
                }
            });
        }
    }

    // (4) "every record, the last included, ends with CRLF ... Reading is strict": a cut-off last record is not silently read.
    [Fact]
    public void Csv_reader_refuses_a_last_record_without_its_CRLF()
    {
        var b = new ResultTableBuilder("t");
        var dec = b.Decimal("x", "units");
        b.AddRow().Set(dec, 12345m);
        ResultTable t = b.Build();
        string csv = CsvExport.ToCsv(t);
        csv.Should().EndWith("12345\r\n");
        string cut = csv[..^4]; // "...,12" — the file was cut mid-record
        FluentActions.Invoking(() => CsvExport.Read(new StringReader(cut), t.Schema)).Should().Throw<CsvFormatException>("a truncated record without its CRLF must not be read as 12")
            .Which.Message.Should().Contain("line 2").And.Contain("without its CRLF");
    }

    // ResultTable.ToString: "cells in the invariant culture".
    [Fact]
    public void ResultTable_ToString_is_invariant()
    {
        ResultTable table = Tricky();
        SameEverywhere(() => table.ToString() + "|" + table.Schema.ToString() + "|" + string.Join("|", table.Columns.Select(c => c.ToString())));
    }

    // (5) loader and analyses' texts, under every culture.
    [Fact]
    public void Loader_and_analyses_text_are_the_same_under_every_culture()
    {
        static string Everything()
        {
            PolicyDataset data = PolicyData.Parse(PolicyData.EmbeddedJson);
            var sb = new StringBuilder();
            sb.Append(PolicyData.ToJson(data)).Append('\n');
            var usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
            sb.Append(usd).Append('\n');
            foreach (var item in usd.Items)
            {
                sb.Append(item).Append('\n');
            }

            ResultTable[] tables =
            [
                usd.ToTable(), ProgrammeComparison.RankTable(usd.Items), Aggregation.Of(usd, data, AggregationKey.Country).ToTable(),
                ConversionAudit.Of(data, ReferenceRates.FederalReserveH10, 1m).ToTable(), FundAudit.ToTable(FundAudit.Of(data)), DatasetTables.Programmes(data),
            ];
            foreach (ResultTable t in tables)
            {
                sb.Append(t).Append('\n').Append(CsvExport.ToCsv(t)).Append('\n').Append(string.Join("\n", t.Notes)).Append('\n');
            }

            sb.Append(Aggregation.Of(usd, data, AggregationKey.Country)).Append('\n');
            foreach (var row in ConversionAudit.Of(data, ReferenceRates.FederalReserveH10, 1m).Rows)
            {
                sb.Append(row).Append('\n');
            }

            foreach (var row in FundAudit.Of(data))
            {
                sb.Append(row).Append('\n');
            }

            foreach (Target target in data.Targets)
            {
                if (TargetPath.TryFor(target, out TargetPath? path, out string? reason))
                {
                    sb.Append(path.Describe()).Append('\n').Append(path.ToTable()).Append('\n');
                }
                else
                {
                    sb.Append(reason).Append('\n');
                }
            }

            foreach (Programme p in data.Programmes)
            {
                sb.Append(p).Append('\n');
            }

            return sb.ToString();
        }

        SameEverywhere(Everything);
    }

    // (5) JSON: Money's converter reads only the exact invariant amount.
    [Fact]
    public void Money_json_is_invariant_and_refuses_culture_shaped_amounts()
    {
        foreach (CultureInfo c in Cultures())
        {
            In(c, () =>
            {
                foreach (Money m in Amounts)
                {
                    string json = JsonSerializer.Serialize(m);
                    JsonSerializer.Deserialize<Money>(json).Should().Be(m);
                    json.Should().Be(In(CultureInfo.InvariantCulture, () => JsonSerializer.Serialize(m)));
                }

                foreach (string bad in new[] { "\"1,5\"", "\"1.234,56\"", "\"\u22125\"", "\"1 000\"", "\"\u0661\"" })
                {
                    FluentActions.Invoking(() => JsonSerializer.Deserialize<Money>("{\"amount\":" + bad + ",\"currency\":\"CNY\"}")).Should().Throw<Exception>($"{bad} under {c.Name}");
                }

                FluentActions.Invoking(() => JsonSerializer.Deserialize<Money>("{\"amount\":\"5\",\"currency\":\"cny\"}")).Should().Throw<Exception>();
            });
        }
    }

    // (5) The loader refuses a culture-shaped amount in a document (found by replacing one amount in the embedded JSON).
    [Fact]
    public void Loader_refuses_culture_shaped_amount_strings()
    {
        string json = PolicyData.EmbeddedJson;
        int at = json.IndexOf("\"amount\": \"", StringComparison.Ordinal);
        if (at < 0)
        {
            at = json.IndexOf("\"amount\":\"", StringComparison.Ordinal);
        }

        at.Should().BeGreaterThan(0, "the embedded dataset states amounts as strings");
        int start = json.IndexOf('"', json.IndexOf(':', at) + 1) + 1;
        int end = json.IndexOf('"', start);
        foreach (string bad in new[] { "1,5", "1.000.000", "1 000", "\u22125", "\u0661\u0662", "1e9" })
        {
            string mutated = json[..start] + bad + json[end..];
            foreach (CultureInfo c in new[] { CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("ar-SA"), CultureInfo.GetCultureInfo("sv-SE") })
            {
                DataProblemList problems = In(c, () => PolicyData.Validate(Encoding.UTF8.GetBytes(mutated)));
                problems.Should().NotBeEmpty($"amount '{bad}' under {c.Name}");
                string.Join("\n", problems).Should().Contain(bad);
            }
        }
    }

    // (6) Enum-like names in the loader under tr-TR: exact names only; "İ"/"ı" variants are refused, not folded.
    [Fact]
    public void Loader_enum_names_do_not_fold_case_under_tr_TR()
    {
        string json = PolicyData.EmbeddedJson;
        In(CultureInfo.GetCultureInfo("tr-TR"), () =>
        {
            PolicyData.Validate(Encoding.UTF8.GetBytes(json)).Should().BeEmpty();
            string mutated = json.Replace("\"currency\": \"CNY\"", "\"currency\": \"cny\"").Replace("\"currency\":\"CNY\"", "\"currency\":\"cny\"");
            mutated.Should().NotBe(json);
            string problems = string.Join("\n", PolicyData.Validate(Encoding.UTF8.GetBytes(mutated)));
            problems.Should().Contain("'cny'").And.Contain("CNY");
        });
    }

    // Share C doc: "the culture's percent pattern, digits and decimal separator" — an Arabic/Persian culture's decimal separator.
    [Fact]
    public void Share_and_PercentagePoints_C_use_the_culture_separators_in_ar_SA_fa_IR_hi_IN()
    {
        foreach (string name in new[] { "ar-SA", "fa-IR", "hi-IN", "fr-CH", "fr-FR" })
        {
            CultureInfo c = CultureInfo.GetCultureInfo(name);
            Share.FromPercent(12.5m).ToString("C", c).Should().Be(0.125m.ToString("P1", c), name);
            PercentagePoints.Of(1234567.5m).ToString("C", c).Should().Be(c.NumberFormat.PositiveSign + 1234567.5m.ToString("N1", c) + " pp", name);
            Ratio.Of(100000.25m).ToString("C", c).Should().Be(100000.25m.ToString("N2", c) + "×", name);
            Money.Of(100000m, Currency.INR).ToString("C", CultureInfo.GetCultureInfo("hi-IN")).Should().Contain("1,00,000.00");
        }
    }
}
