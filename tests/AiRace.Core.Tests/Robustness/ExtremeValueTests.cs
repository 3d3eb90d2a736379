#pragma warning disable AIR0003 // lower-case and malformed codes, on purpose
#pragma warning disable AIR0011 // scaled figures beyond decimal, on purpose
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Robustness;

/// <summary>Values at the edges of what the types hold (decimal's extremes, every kind of minor unit, rates near
/// decimal's limits, the calendar's ends): each test asserts what the XML docs promise, and only documented exceptions
/// leave the library.</summary>
public class ExtremeValueTests
{
    private static readonly RateSeries Test = new("T", "test series", "tester", RatePeriod.Day);
    private static readonly DateOnly Day = new(2025, 7, 28);
    private static readonly Currency Kwd = Currency.FromCode("KWD");
    private static readonly Currency Clf = Currency.FromCode("CLF");

    private static IEnumerable<Currency> AllMinorUnitKinds() =>
        Currency.All.Where(c => c.MinorUnits is null or 0 or 3 or 4).Take(12).Concat(new[] { Currency.CNY, Currency.XXX });

    private static readonly decimal[] Extremes =
    {
        decimal.MaxValue, decimal.MinValue, 0m, new decimal(0, 0, 0, true, 2), 1.000m, -0.0000000000000000000000000001m,
        7.9228162514264337593543950335m, -7.9228162514264337593543950335m, 1m / 3m, -2m / 3m,
        0.1000000000000000000000000000m, 1000000000000000.0000000000000m, 999999999999.9999999999999999m,
    };

    // ---------- text round trips ----------

    [Fact]
    public void Default_money_round_trips_through_G()
    {
        M m = default;
        M.Parse(m.ToString()).Should().Be(m);
    }

    [Fact]
    public void Default_money_round_trips_through_R_and_TryParse()
    {
        M m = default;
        M.TryParse(m.ToString("R"), out M back).Should().BeTrue();
        back.Should().Be(m);
    }

    [Fact]
    public void Every_currency_and_extreme_round_trips_G_and_R()
    {
        var failures = new List<string>();
        foreach (Currency c in Currency.All)
        {
            foreach (decimal d in Extremes)
            {
                var m = new M(d, c);
                foreach (string f in new[] { "G", "R", "g", "r", "" })
                {
                    string text = m.ToString(f, null);
                    if (!M.TryParse(text, out M back) || !back.Equals(m) || back.Amount.Scale < d.Scale && d != 0m)
                    {
                        failures.Add($"{c.Code} {d} '{f}' -> '{text}'");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Negative_zero_money_formats_and_parses()
    {
        var m = new M(new decimal(0, 0, 0, true, 2), Currency.CNY);
        string text = m.ToString();
        M.Parse(text).Should().Be(m);
        M.Parse(text).Amount.Should().Be(0m);
    }

    [Fact]
    public void Parse_refuses_unicode_minus_nbsp_and_arabic_digits_with_MoneyFormatException_only()
    {
        string[] inputs =
        {
            "CNY \u22121", "CNY 1\u00a0000", "CNY \u0661\u0662", "CNY \u06f1", "CNY\u00a01", "CNY  1", "CNY 1 ", " CNY 1",
            "cny 1", "CNY 1e3", "CNY .5", "CNY 5.", "CNY -", "CNY ,100", "CNY 1,00", "CNY 1,000,00", "CNY 1.000,00",
            "CNY +1", "CNY --1", "CNY 0x10", "CNY \u0031\u0332", "CNY 1\u200b", "CNY ∞", "CNY NaN", "ＣＮＹ 1", "CNY １",
            "CNY", "CN", "", "CNY ", "\0\0\0 1", "CNY 1\0",
        };
        foreach (string s in inputs)
        {
            M.TryParse(s, out _).Should().BeFalse(s);
            ((Action)(() => M.Parse(s))).Should().Throw<MoneyFormatException>(s);
        }
    }

    [Fact]
    public void Parse_of_huge_inputs_is_refused_not_crashed()
    {
        string[] inputs =
        {
            "CNY 1" + new string('0', 100_000),
            "CNY 0." + new string('0', 100_000) + "1",
            "CNY 0." + new string('0', 100_000),
            "CNY 1" + string.Concat(Enumerable.Repeat(",000", 20_000)),
            "CNY 79228162514264337593543950335." + new string('0', 5000),
            "CNY 79228162514264337593543950336",
            "CNY 79,228,162,514,264,337,593,543,950,335.5",
            "CNY 7.92281625142643375935439503355",
            "CNY 0.00000000000000000000000000005",
        };
        foreach (string s in inputs)
        {
            Action act = () => M.TryParse(s, out _);
            act.Should().NotThrow(s.Length > 60 ? s[..60] : s);
            if (!M.TryParse(s, out _))
            {
                ((Action)(() => M.Parse(s))).Should().Throw<MoneyFormatException>();
            }
        }

        M.Parse("CNY 79228162514264337593543950335." + new string('0', 5000)).Amount.Should().Be(decimal.MaxValue);
        M.Parse("CNY 0." + new string('0', 1000)).Amount.Should().Be(0m);
    }

    [Fact]
    public void Span_parse_agrees_with_string_parse()
    {
        foreach (decimal d in Extremes)
        {
            var m = new M(d, Kwd);
            M.Parse(m.ToString().AsSpan()).Should().Be(m);
            M.TryParse(m.ToString("R").AsSpan(), out M back).Should().BeTrue();
            back.Should().Be(m);
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    [InlineData("ps-AF")]
    public void G_R_K_are_invariant_under_every_culture(string culture)
    {
        string[] expected = Extremes.Select(d => new M(d, Clf).ToString("G") + "|" + new M(d, Clf).ToString("R") + "|" + new M(d, Clf).ToString("K") + "|" + new M(d, Clf).ToString("K3")).ToArray();
        using var scope = new CultureScope(culture);
        string[] actual = Extremes.Select(d => new M(d, Clf).ToString("G") + "|" + new M(d, Clf).ToString("R") + "|" + new M(d, Clf).ToString("K") + "|" + new M(d, Clf).ToString("K3")).ToArray();
        actual.Should().Equal(expected);
        foreach (decimal d in Extremes)
        {
            M.Parse(new M(d, Clf).ToString()).Should().Be(new M(d, Clf));
        }
    }

    [Fact]
    public void K_format_never_throws_and_never_drops_digits()
    {
        foreach (Currency c in AllMinorUnitKinds())
        {
            foreach (decimal d in Extremes)
            {
                var m = new M(d, c);
                string k = m.ToString("K");
                k.Should().NotStartWith("≈");
                for (int i = 0; i <= 9; i++)
                {
                    m.ToString("K" + i).Should().NotBeNullOrEmpty();
                }
            }
        }
    }

    [Fact]
    public void K_format_is_exact_for_large_scaled_amounts()
    {
        // 1234.5678901234567890123456789 has 29 significant digits; K must keep all of them.
        var m = new M(1234.5678901234567890123456789m, Currency.USD);
        m.ToString("K").Should().Be("USD 1.2345678901234567890123456789K");
    }

    [Fact]
    public void K_rounding_marks_approximation()
    {
        new M(decimal.MaxValue, Currency.USD).ToString("K0").Should().StartWith("≈ USD ");
        new M(1_500_000_000m, Currency.USD).ToString("K0").Should().Be("≈ USD 2B");
        new M(2_500_000_000m, Currency.USD).ToString("K0").Should().Be("≈ USD 2B");
        new M(-999.5m, Currency.USD).ToString("K0").Should().Be("≈ USD -1K");
    }

    [Theory]
    [InlineData("999.5", "K0", "≈ USD 1K")]
    [InlineData("999950000000", "K0", "≈ USD 1T")]
    [InlineData("999950000000", "K1", "≈ USD 1T")]
    [InlineData("999950000000", "K2", "USD 999.95B")]
    [InlineData("-999999.9999999996", "K9", "≈ USD -1M")]
    [InlineData("999999999.5", "K0", "≈ USD 1B")]
    [InlineData("999500000000000", "K0", "≈ USD 1000T")]
    [InlineData("999499999.9", "K0", "≈ USD 999M")]
    public void K_rounding_that_reaches_a_thousand_of_its_unit_shows_the_next_unit(string amount, string format, string expected) =>
        new M(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.USD).ToString(format).Should().Be(expected);

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    [InlineData("ps-AF")]
    [InlineData("")]
    public void C_format_shows_all_decimals_under_culture_and_never_throws(string culture)
    {
        var ci = CultureInfo.GetCultureInfo(culture);
        foreach (decimal d in Extremes)
        {
            foreach (Currency c in new[] { Currency.CNY, Currency.JPY, Currency.XAU, Clf, Currency.XXX })
            {
                string text = new M(d, c).ToString("C", ci);
                text.Should().Contain(c.Code);
            }
        }

        new M(1m / 3m, Currency.CNY).ToString("C", ci).Count(char.IsDigit).Should().BeGreaterThanOrEqualTo(28);
    }

    [Fact]
    public void TryFormat_into_every_buffer_size_never_throws_and_agrees_with_ToString()
    {
        string[] formats = { "G", "R", "K", "K0", "K9", "C", "", "k2" };
        foreach (decimal d in Extremes.Concat(new[] { 999.5m, 1_234_567.891m }))
        {
            foreach (string f in formats)
            {
                var m = new M(d, Kwd);
                string full = m.ToString(f, CultureInfo.InvariantCulture);
                for (int size = 0; size <= full.Length + 2; size++)
                {
                    char[] buffer = new char[size];
                    bool ok = m.TryFormat(buffer, out int written, f, CultureInfo.InvariantCulture);
                    if (ok)
                    {
                        new string(buffer, 0, written).Should().Be(full, $"{d} {f} size {size}");
                    }
                    else
                    {
                        size.Should().BeLessThan(full.Length, $"{d} {f}: false although {size} >= {full.Length}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Interpolated_string_handler_uses_TryFormat_with_short_buffers()
    {
        var m = new M(decimal.MinValue, Kwd);
        string s = $"{m:G}";
        s.Should().Be(m.ToString());
        string k = $"{m:K5}";
        k.Should().Be(m.ToString("K5"));
    }

    [Fact]
    public void Unknown_formats_throw_FormatException_only()
    {
        var m = M.Cny(1);
        foreach (string f in new[] { "N", "K10", "G2", "X", " G", "KK", "F2", "C2", "\0" })
        {
            ((Action)(() => m.ToString(f, null))).Should().Throw<FormatException>(f);
        }
    }

    // ---------- JSON ----------

    [Fact]
    public void Json_round_trips_every_extreme_in_every_currency()
    {
        foreach (Currency c in Currency.All)
        {
            foreach (decimal d in Extremes)
            {
                var m = new M(d, c);
                string json = JsonSerializer.Serialize(m);
                M back = JsonSerializer.Deserialize<M>(json);
                back.Should().Be(m, json);
                back.Amount.Scale.Should().Be(d.Scale == 0 && d == 0 ? back.Amount.Scale : d.Scale, json);
            }
        }
    }

    [Fact]
    public void Json_default_money_round_trips()
    {
        string json = JsonSerializer.Serialize(default(M));
        JsonSerializer.Deserialize<M>(json).Should().Be(default(M));
    }

    [Fact]
    public void Json_amount_number_and_escaped_string_are_read_exactly()
    {
        JsonSerializer.Deserialize<M>("{\"amount\":79228162514264337593543950335,\"currency\":\"CNY\"}").Amount.Should().Be(decimal.MaxValue);
        JsonSerializer.Deserialize<M>("{\"amount\":\"\\u0031\\u002e5\",\"currency\":\"\\u0043NY\"}").Should().Be(M.Cny(1.5m));
        JsonSerializer.Deserialize<M>("{\"currency\":\"CNY\",\"amount\":-0.0000000000000000000000000001}").Amount.Should().Be(-0.0000000000000000000000000001m);
        JsonSerializer.Deserialize<M>("{\"amount\":0.10000000000000000000000000000000000,\"currency\":\"CNY\"}").Amount.Should().Be(0.1m);
    }

    [Fact]
    public void Json_bad_money_throws_JsonException_only()
    {
        string[] docs =
        {
            "{\"amount\":1e2,\"currency\":\"CNY\"}", "{\"amount\":\"1e2\",\"currency\":\"CNY\"}", "{\"amount\":\" 1\",\"currency\":\"CNY\"}",
            "{\"amount\":\"1\",\"currency\":\"CNY\",\"currency\":\"USD\"}", "{\"amount\":\"1\",\"amount\":\"1\",\"currency\":\"CNY\"}",
            "{\"amount\":\"1\"}", "{\"currency\":\"CNY\"}", "{}", "[]", "1", "\"CNY 1\"", "{\"amount\":null,\"currency\":\"CNY\"}",
            "{\"amount\":\"1\",\"currency\":null}", "{\"amount\":\"1\",\"currency\":\"cny\"}", "{\"amount\":\"1\",\"currency\":\"RMB\"}",
            "{\"amount\":{},\"currency\":\"CNY\"}", "{\"amount\":[1],\"currency\":\"CNY\"}", "{\"amount\":true,\"currency\":\"CNY\"}",
            "{\"amount\":\"" + new string('1', 200) + "\",\"currency\":\"CNY\"}", "{\"amount\":" + new string('1', 5000) + ",\"currency\":\"CNY\"}",
            "{\"amount\":\"" + string.Concat(Enumerable.Repeat("\\u0031", 200)) + "\",\"currency\":\"CNY\"}",
            "{\"amount\":\"1\",\"currency\":\"CNY\",\"x\":1}", "{\"Amount\":\"1\",\"Currency\":\"CNY\"}",
            "{\"amount\":\"\\u0661\",\"currency\":\"CNY\"}", "{\"amount\":\"1\",\"currency\":\"CNY\"", "{\"amount\":\"1\",\"currency\":\"" + new string('A', 100_000) + "\"}",
            "{\"amount\":\"1\",\"currency\":\"\\ud800\"}", "{\"amount\":\"\\ud800\",\"currency\":\"CNY\"}",
        };
        foreach (string json in docs)
        {
            ((Action)(() => JsonSerializer.Deserialize<M>(json))).Should().Throw<JsonException>(json.Length > 80 ? json[..80] : json);
        }
    }

    [Fact]
    public void Json_nullable_and_array_of_money_round_trip()
    {
        var values = Extremes.Select(d => (M?)new M(d, Clf)).Append(null).ToArray();
        string json = JsonSerializer.Serialize(values);
        JsonSerializer.Deserialize<M?[]>(json).Should().Equal(values);
    }

    [Fact]
    public async Task Json_read_from_a_stream_with_tiny_buffer_round_trips()
    {
        var values = Extremes.Select(d => new M(d, Currency.CNY)).ToArray();
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(values);
        using var stream = new MemoryStream(bytes);
        var options = new JsonSerializerOptions { DefaultBufferSize = 1 };
        M[] back = (await JsonSerializer.DeserializeAsync<M[]>(stream, options))!;
        back.Should().Equal(values);
    }

    // ---------- allocation ----------

    [Fact]
    public void Allocate_parts_add_up_for_extremes_in_every_minor_unit()
    {
        var failures = new List<string>();
        foreach (Currency c in Currency.All.Where(c => c.MinorUnits is not null))
        {
            foreach (decimal d in new[] { decimal.MaxValue, decimal.MinValue, -1m, 0m, 1.000m, -0.01m, 79228162514264337593543950.335m })
            {
                var m = new M(d, c);
                if (!m.IsWholeMinorUnits)
                {
                    continue;
                }

                foreach (int n in new[] { 1, 2, 3, 7, 1000 })
                {
                    try
                    {
                        M[] parts = m.Allocate(n);
                        if (parts.Sum(c) != m || parts.Length != n)
                        {
                            failures.Add($"{m} /{n}: sum {parts.Sum(c)}");
                        }
                    }
                    catch (OverflowException)
                    {
                        // documented for amounts within 10^minor units of decimal.MaxValue
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"{m} /{n}: {ex.GetType().Name} {ex.Message}");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Allocate_by_extreme_ratios_adds_up()
    {
        decimal[][] ratioSets =
        {
            new[] { decimal.MaxValue, decimal.MaxValue, 0.0000000000000000000000000001m },
            new[] { 0.0000000000000000000000000001m, 0.0000000000000000000000000002m },
            new[] { 1m, 0m, -0m, 1m },
            new[] { 1m / 3m, 2m / 3m, decimal.MaxValue },
            Enumerable.Repeat(1m, 10_001).ToArray(),
        };
        foreach (decimal whole in new[] { decimal.MaxValue, -1_000_000_000.01m, 0.01m, -0.01m, 0m, 79228162514264337593543950.33m })
        {
            var m = new M(whole, Currency.CNY);
            foreach (decimal[] ratios in ratioSets)
            {
                try
                {
                    M[] parts = m.Allocate(ratios);
                    parts.Sum(Currency.CNY).Should().Be(m, $"{whole} by {ratios.Length} ratios");
                    parts.Should().OnlyContain(p => p.IsWholeMinorUnits);
                }
                catch (OverflowException)
                {
                }
            }
        }
    }

    [Fact]
    public void Allocate_ratios_zero_or_negative_or_empty_throw_ArgumentException()
    {
        ((Action)(() => M.Cny(1).Allocate(new[] { 0m, -0m }))).Should().Throw<ArgumentException>();
        ((Action)(() => M.Cny(1).Allocate(new[] { 1m, -0.0000000000000000000000000001m }))).Should().Throw<ArgumentException>();
        ((Action)(() => M.Cny(1).Allocate(ReadOnlySpan<decimal>.Empty))).Should().Throw<ArgumentException>();
        ((Action)(() => M.Cny(1).Allocate(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => M.Cny(1).Allocate(int.MinValue))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => M.Cny(1).Allocate(1_000_001))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => M.Cny(1).Allocate(new[] { 1m }, -1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => M.Cny(1).Allocate(new[] { 1m }, 21))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Allocate_a_million_parts_adds_up()
    {
        var m = new M(-12_345.67m, Currency.CNY);
        M[] parts = m.Allocate(1_000_000);
        parts.Sum(Currency.CNY).Should().Be(m);
        parts.Max().Amount.Should().BeLessThanOrEqualTo(parts.Min().Amount + 0.01m);
    }

    [Fact]
    public void Allocate_with_decimals_for_XAU_and_XXX_adds_up()
    {
        foreach (Currency c in new[] { Currency.XAU, Currency.XXX, Currency.XDR })
        {
            var m = new M(1.00000000000000000007m, c);
            M[] parts = m.Allocate(new[] { 1m, 1m, 1m }, 20);
            parts.Sum(c).Should().Be(m);
            var huge = new M(decimal.MaxValue, c);
            huge.Allocate(new[] { 1m, 2m }, 0).Sum(c).Should().Be(huge);
        }
    }

    [Fact]
    public void Allocate_of_unrounded_amount_throws_InvalidOperationException_as_documented()
    {
        ((Action)(() => M.Cny(1m / 3m).Allocate(3))).Should().Throw<InvalidOperationException>();
        ((Action)(() => M.Cny(1m / 3m).Allocate(new[] { 1m }))).Should().Throw<InvalidOperationException>();
        ((Action)(() => new M(1m, Currency.XAU).Allocate(2))).Should().Throw<InvalidOperationException>();
    }

    // ---------- arithmetic / rounding ----------

    [Fact]
    public void Round_extremes_never_throws_for_every_mode()
    {
        foreach (Currency c in Currency.All.Where(c => c.MinorUnits is not null))
        {
            foreach (decimal d in Extremes)
            {
                foreach (MidpointRounding mode in Enum.GetValues<MidpointRounding>())
                {
                    M r = new M(d, c).Round(mode);
                    r.IsWholeMinorUnits.Should().BeTrue();
                }
            }
        }
    }

    [Fact]
    public void Round_with_undefined_mode_throws_ArgumentException()
    {
        ((Action)(() => M.Cny(1).Round((MidpointRounding)99))).Should().Throw<ArgumentException>();
        ((Action)(() => M.Cny(1).Round(2, (MidpointRounding)(-1)))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sum_of_many_extremes_only_throws_documented_exceptions()
    {
        var list = new List<M> { new(decimal.MaxValue, Currency.CNY), new(decimal.MinValue, Currency.CNY), new(0.01m, Currency.CNY) };
        list.Sum(Currency.CNY).Should().Be(M.Cny(0.01m));
        ((Action)(() => new[] { new M(decimal.MaxValue, Currency.CNY), M.Cny(1) }.Sum(Currency.CNY))).Should().Throw<OverflowException>();
        new[] { M.Cny(1), M.Cny(2) }.Sum(x => x, Currency.CNY).Should().Be(M.Cny(3));
        Array.Empty<M>().Sum(Kwd).Should().Be(M.Zero(Kwd));
    }

    [Fact]
    public void Scaled_factories_overflow_only_with_OverflowException()
    {
        ((Action)(() => M.Trillions(decimal.MaxValue, Currency.CNY))).Should().Throw<OverflowException>();
        ((Action)(() => M.Scaled(decimal.MinValue, Magnitude.Thousands, Currency.CNY))).Should().Throw<OverflowException>();
        M.Scaled(1m, (Magnitude)0, Currency.CNY); // whatever 0 is, it must not crash differently
    }

    [Fact]
    public void Division_by_extremes()
    {
        ((Action)(() => _ = M.Cny(1) / 0m)).Should().Throw<DivideByZeroException>();
        ((Action)(() => _ = new M(decimal.MaxValue, Currency.CNY) / 0.1m)).Should().Throw<OverflowException>();
        ((Action)(() => _ = new M(decimal.MaxValue, Currency.CNY) / new M(0.1m, Currency.CNY))).Should().Throw<OverflowException>();
        (M.Cny(1) / new M(decimal.MaxValue, Currency.CNY)).Should().BeGreaterThanOrEqualTo(0m);
    }

    // ---------- currencies ----------

    [Fact]
    public void Currency_lookup_under_turkish_culture_and_bad_codes()
    {
        using var scope = new CultureScope("tr-TR");
        Currency.TryFromCode("usd", out _).Should().BeFalse();
        Currency.TryFromCode("CNY\0", out _).Should().BeFalse();
        Currency.TryFromCode((string?)null, out _).Should().BeFalse();
        foreach (string s in new[] { "", "ı", "İNR", "\ud800\udc00X", new string('Z', 10_000), "HRK", " CNY", "CNY " })
        {
            ((Action)(() => Currency.FromCode(s))).Should().Throw<UnknownCurrencyException>(s.Length > 20 ? s[..20] : s);
        }

        ((Action)(() => Currency.FromNumericCode(-1))).Should().Throw<UnknownCurrencyException>();
        ((Action)(() => Currency.FromNumericCode(int.MinValue))).Should().Throw<UnknownCurrencyException>();
    }

    [Fact]
    public void Currency_json_round_trips_all()
    {
        foreach (Currency c in Currency.All)
        {
            JsonSerializer.Deserialize<Currency>(JsonSerializer.Serialize(c)).Should().Be(c);
        }

        ((Action)(() => JsonSerializer.Deserialize<Currency>("\"xxx\""))).Should().Throw<JsonException>();
        ((Action)(() => JsonSerializer.Deserialize<Currency>("156"))).Should().Throw<JsonException>();
    }

    // ---------- exchange rates ----------

    [Fact]
    public void Convert_money_in_quote_with_huge_rate_throws_only_documented_exceptions()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 30_000_000_000_000_000_000_000_000_000m, Day, Test);
        // Convert documents CurrencyMismatchException and OverflowException only.
        Action act = () => rate.Convert(M.Cny(1));
        act.Should().Throw<OverflowException>().WithMessage("Converting CNY 1.00 back at USD/CNY 30000000000000000000000000000 needs the inverse rate*");
        rate.Convert(M.Usd(1)).Result.Should().Be(M.Cny(30_000_000_000_000_000_000_000_000_000m));
    }

    [Fact]
    public void ConvertAt_money_in_quote_with_huge_rate_throws_only_documented_exceptions()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, decimal.MaxValue, Day, Test);
        Action act = () => M.Cny(1).ConvertAt(rate);
        act.Should().Throw<OverflowException>();
        var justBelow = new ExchangeRate(Currency.USD, Currency.CNY, 10_000_000_000_000_000_000_000_000_000m, Day, Test);
        M.Cny(1).ConvertAt(justBelow).Result.Should().Be(M.Usd(0.0000000000000000000000000001m));
    }

    [Fact]
    public void ExchangeRateTable_TryGetRate_at_DateOnly_MinValue_never_throws()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, new DateOnly(1, 1, 5), Test);
        var eurCny = new ExchangeRate(Currency.EUR, Currency.CNY, 7.8m, new DateOnly(1, 1, 5), new RateSeries("T2", "t2", "tester", RatePeriod.Day));
        ExchangeRateTable table = new ExchangeRateTable(new[] { eurUsd, eurCny }).CrossVia(Currency.EUR);
        Action act = () => table.TryGetRate(Currency.USD, Currency.CNY, DateOnly.MinValue, RateLookup.MostRecentWithin(31), out _);
        act.Should().NotThrow();
    }

    [Fact]
    public void ExchangeRateTable_GetRate_at_DateOnly_MinValue_throws_ExchangeRateNotFound()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, new DateOnly(2000, 1, 5), Test);
        var eurCny = new ExchangeRate(Currency.EUR, Currency.CNY, 7.8m, new DateOnly(2000, 1, 5), new RateSeries("T2", "t2", "tester", RatePeriod.Day));
        ExchangeRateTable table = new ExchangeRateTable(new[] { eurUsd, eurCny }).CrossVia(Currency.EUR);
        Action act = () => table.GetRate(Currency.USD, Currency.CNY, DateOnly.MinValue, RateLookup.MostRecentWithin(4));
        act.Should().Throw<ExchangeRateNotFoundException>();
    }

    [Fact]
    public void ExchangeRateTable_at_DateOnly_MaxValue_and_year_one()
    {
        var first = new ExchangeRate(Currency.USD, Currency.CNY, 7m, DateOnly.MinValue, Test);
        var last = new ExchangeRate(Currency.USD, Currency.CNY, 8m, DateOnly.MaxValue, Test);
        var table = new ExchangeRateTable(new[] { first, last });
        table.GetRate(Currency.CNY, Currency.USD, DateOnly.MaxValue, RateLookup.MostRecentWithin(31)).Rate.Should().Be(1m / 8m);
        table.TryGetRate(Currency.USD, Currency.CNY, DateOnly.MinValue.AddDays(3), RateLookup.MostRecentWithin(31), out ExchangeRate r).Should().BeTrue();
        r.Rate.Should().Be(7m);
    }

    [Fact]
    public void ExchangeRateFile_ReadList_huge_rate_throws_ExchangeRateFileException_only()
    {
        string text = "date,base,quote,rate\n2025-07-28,USD,CNY,30000000000000000000000000000\n";
        Action act = () => ExchangeRateFile.ReadList(new StringReader(text), "rates.csv", "me", "S");
        act.Should().Throw<ExchangeRateFileException>().Where(e => e.Line == 2 && e.Column == 20).WithMessage("*too large a rate*");
    }

    [Fact]
    public void ExchangeRateFile_ReadEcb_huge_rate_throws_ExchangeRateFileException_only()
    {
        string text = "Date,USD,\n2025-07-28,79228162514264337593543950335,\n";
        Action act = () => ExchangeRateFile.ReadEcb(new StringReader(text), "ecb.csv");
        act.Should().Throw<ExchangeRateFileException>().Where(e => e.Line == 2 && e.Column == 12).WithMessage("*too large a rate*");
    }

    [Fact]
    public void ExchangeRateFile_bad_inputs_throw_ExchangeRateFileException()
    {
        string[] texts =
        {
            "", "\n", "date,base,quote,rate\n9999-12-31,USD,CNY,1\n0001-01-01,USD,CNY,1\n2025-02-29,USD,CNY,1\n",
            "date,base,quote,rate\n2025-07-28,USD,CNY,-1\n", "date,base,quote,rate\n2025-07-28,USD,CNY,0\n",
            "date,base,quote,rate\n2025-07-28,USD,CNY,1e3\n", "date,base,quote,rate\n2025-07-28,USD,USD,1\n",
            "date,base,quote,rate\n2025-07-28,USD,CNY,\"1\"\n", "date,base,quote,rate\n2025-07-28,usd,CNY,1\n",
            "date,base,quote,rate,\n2025-07-28,USD,CNY,1\n", "date,base,quote\n", "\uFEFF\uFEFFdate,base,quote,rate\n",
            "date,base,quote,rate\n2025-07-28,USD,CNY,0.00000000000000000000000000001\n",
        };
        foreach (string t in texts)
        {
            try
            {
                ExchangeRateFile.ReadList(new StringReader(t), "r.csv", "me", "S");
            }
            catch (ExchangeRateFileException)
            {
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"'{t}' threw {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    [Fact]
    public void ExchangeRateFile_full_range_dates_and_MostRecent_do_not_crash()
    {
        string text = "date,base,quote,rate\n0001-01-01,USD,CNY,7\n0001-01-03,USD,CNY,7.1\n";
        ExchangeRateFile f = ExchangeRateFile.ReadList(new StringReader(text), "r.csv", "me", "S");
        f.Table.CrossVia(Currency.CNY).TryGetRate(Currency.USD, Currency.EUR, DateOnly.MinValue, RateLookup.MostRecentWithin(31), out _).Should().BeFalse();
        f.Table.GetRate(Currency.CNY, Currency.USD, new DateOnly(1, 1, 2), RateLookup.MostRecentWithin(1)).Rate.Should().Be(1m / 7m);
    }

    [Fact]
    public void Cross_of_extreme_rates_throws_ArgumentException_not_other()
    {
        var a = new ExchangeRate(Currency.EUR, Currency.USD, decimal.MaxValue, Day, Test);
        var b = new ExchangeRate(Currency.USD, Currency.CNY, 2m, Day, Test);
        ((Action)(() => ExchangeRate.Cross(a, b))).Should().Throw<ArgumentException>();
        var c = new ExchangeRate(Currency.EUR, Currency.USD, 0.0000000000000000000000000001m, Day, Test);
        var d = new ExchangeRate(Currency.USD, Currency.CNY, 0.1m, Day, Test);
        ((Action)(() => ExchangeRate.Cross(c, d))).Should().Throw<ArgumentException>();
        ExchangeRate.Cross(ExchangeRate.Identity(Currency.EUR, Day), new ExchangeRate(Currency.EUR, Currency.CNY, 7m, Day, Test)).Rate.Should().Be(7m);
    }

    [Fact]
    public void Inverse_of_smallest_rate_and_convert_back()
    {
        var r = new ExchangeRate(Currency.USD, Currency.CNY, 0.0000000000000000000000000001m, Day, Test);
        r.Inverse().Rate.Should().Be(10_000_000_000_000_000_000_000_000_000m);
        r.Convert(M.Cny(1)).Result.Should().Be(M.Usd(10_000_000_000_000_000_000_000_000_000m));
        ((Action)(() => r.Convert(M.Cny(8)))).Should().Throw<OverflowException>();
    }

    [Fact]
    public void ExchangeRateTable_concurrent_cross_lookups_are_consistent()
    {
        var rates = new List<ExchangeRate>();
        var s2 = new RateSeries("T2", "t2", "tester", RatePeriod.Day);
        for (int i = 0; i < 400; i++)
        {
            rates.Add(new ExchangeRate(Currency.EUR, Currency.USD, 1.1m + (i / 1000m), Day.AddDays(i), Test));
            rates.Add(new ExchangeRate(Currency.EUR, Currency.CNY, 7.8m + (i / 1000m), Day.AddDays(i), s2));
        }

        ExchangeRateTable table = new ExchangeRateTable(rates).CrossVia(Currency.EUR);
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            ExchangeRate r = table.GetRate(Currency.USD, Currency.CNY, Day.AddDays(i % 400), RateLookup.ExactDate);
            results.Add(r.Series.Citation);
            r.Rate.Should().Be((7.8m + ((i % 400) / 1000m)) / (1.1m + ((i % 400) / 1000m)));
        });
        results.Distinct().Should().HaveCount(1);
    }

    [Fact]
    public void ExchangeRate_ToString_and_equality_on_extremes()
    {
        var r = new ExchangeRate(Currency.USD, Currency.CNY, decimal.MaxValue, DateOnly.MaxValue, Test);
        using var scope = new CultureScope("ar-SA");
        r.ToString().Should().Contain("79228162514264337593543950335").And.Contain("9999-12-31");
    }

    // ---------- quantities ----------

    [Fact]
    public void Share_text_and_json_round_trip_at_the_edges()
    {
        decimal[] fractions = { 0m, 1m, 0.0000000000000000000000000001m, 0.9999999999999999999999999999m, 1m / 3m, 2m / 3m, 0.5500m, 1.0000000000000000000000000000m, 0.1234567890123456789012345678m };
        foreach (decimal f in fractions)
        {
            Share s = Share.FromFraction(f);
            Share.Parse(s.ToString()).Should().Be(s, s.ToString());
            JsonSerializer.Deserialize<Share>(JsonSerializer.Serialize(s)).Should().Be(s);
        }
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("tr-TR")]
    public void Share_and_points_G_are_invariant_under_culture(string culture)
    {
        string expected = Share.FromPercent(12.5m).ToString() + PercentagePoints.Of(-2.5m).ToString() + Ratio.Of(0.65m).ToString();
        using var scope = new CultureScope(culture);
        (Share.FromPercent(12.5m).ToString() + PercentagePoints.Of(-2.5m).ToString() + Ratio.Of(0.65m).ToString()).Should().Be(expected);
        Share.FromPercent(12.5m).ToString("C", null).Should().NotBeNullOrEmpty();
        PercentagePoints.Of(decimal.MinValue).ToString("C", null).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void PercentagePoints_text_and_json_round_trip_at_decimal_edges()
    {
        foreach (decimal d in Extremes)
        {
            PercentagePoints p = PercentagePoints.Of(d);
            PercentagePoints.Parse(p.ToString()).Should().Be(p, p.ToString());
            JsonSerializer.Deserialize<PercentagePoints>(JsonSerializer.Serialize(p)).Should().Be(p);
        }
    }

    [Fact]
    public void Ratio_text_and_json_round_trip_at_decimal_edges()
    {
        foreach (decimal d in Extremes.Where(d => d >= 0m))
        {
            Ratio r = Ratio.Of(d);
            JsonSerializer.Deserialize<Ratio>(JsonSerializer.Serialize(r)).Should().Be(r, JsonSerializer.Serialize(r));
            Ratio.Parse(r.ToString(), null).Should().Be(r, r.ToString());
        }
    }

    [Fact]
    public void Share_parse_bad_inputs_throw_FormatException()
    {
        foreach (string s in new[] { "%", "100.0000000000000000000000000001%", "1e2%", "55", "\u0665\u0665%", "55 %%", "55\u066a", "−5%", "", " ", "101%" })
        {
            ((Action)(() => Share.Parse(s))).Should().Throw<FormatException>(s);
        }
    }

    [Fact]
    public void Share_plus_huge_points_throws_ArgumentOutOfRange_as_documented()
    {
        ((Action)(() => _ = Share.Whole + PercentagePoints.Of(decimal.MaxValue))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Share_minus_huge_points_throws_ArgumentOutOfRange_as_documented()
    {
        ((Action)(() => _ = Share.Zero - PercentagePoints.Of(decimal.MaxValue))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = Share.Zero + PercentagePoints.Of(decimal.MinValue))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Share_plus_tiny_points_stays_a_share()
    {
        // 50% + 10^-26 pp is 0.5000000000000000000000000001 as a fraction: 28 decimals, held exactly.
        Share moved = Share.FromFraction(0.5m) + PercentagePoints.Of(0.00000000000000000000000001m);
        moved.Fraction.Should().Be(0.5000000000000000000000000001m);
    }

    [Fact]
    public void Share_plus_points_a_share_cannot_hold_is_refused_not_rounded()
    {
        // 33.333...% + 10^-28 pp needs 30 decimals as a fraction: refused with the documented exception, not rounded
        // back to 33.333...%.
        Share third = Share.FromFraction(1m / 3m);
        Action act = () => _ = third + PercentagePoints.Of(0.0000000000000000000000000001m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*not rounded*");
    }

    [Fact]
    public void Share_times_money_at_edges()
    {
        (Share.Whole * new M(decimal.MaxValue, Currency.CNY)).Should().Be(new M(decimal.MaxValue, Currency.CNY));
        (Share.FromFraction(1m / 3m) * new M(decimal.MinValue, Currency.CNY)).Amount.Should().BeLessThan(0m);
    }

    // ---------- news amounts ----------

    [Fact]
    public void NewsAmountParser_never_throws_an_undocumented_exception()
    {
        string[] inputs =
        {
            "79228162514264337593543950335 trillion yuan", "US$79,228,162,514,264,337,593,543,950,335 billion", "0.0000000000000000000000000001 yuan",
            "one trillion trillion yuan", "-5 billion yuan", "1e9 yuan", "yuan", "", " ", "\u0661 trillion yuan", "１ trillion yuan",
            "1.5.5 billion yuan", "99999999999999999999999999999999999 yuan", "US$ 139 million", "$", "US$-1", "€1 billion", "£1bn", "Rs 1 crore",
        };
        foreach (string s in inputs)
        {
            try
            {
                NewsAmountParser.Parse(s);
            }
            catch (MoneyFormatException)
            {
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"'{s}' threw {ex.GetType().Name}: {ex.Message}");
            }

            ((Action)(() => NewsAmountParser.TryParse(s, out _))).Should().NotThrow(s);
        }
    }
}
