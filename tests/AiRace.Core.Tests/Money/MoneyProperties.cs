using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>
/// Properties of Money over decimal's whole range and every currency (issue 13 §5): text and JSON round trips, the
/// allocation laws, and parsers that throw nothing but their documented exceptions. Fixed seeds; sized to run in a few
/// seconds.
/// </summary>
public class MoneyProperties
{
    private static readonly Gen<M> AnyMoney = Gen.Select(MoneyGen.AnyDecimal, MoneyGen.AnyCurrency).Select((d, c) => new M(d, c));

    [Fact]
    public void Text_RoundTrips_InBothCanonicalForms_ForEveryDecimalAndCurrency_UnderEveryCulture()
    {
        Gen.Select(AnyMoney, MoneyGen.Culture).ForAll(0x13_01, 4_000, (m, culture) =>
        {
            using var scope = new CultureScope(culture);
            foreach (string format in new[] { "G", "R" })
            {
                string text = m.ToString(format, null);
                M.Parse(text).Should().Be(m, text);
                M.Parse(text.AsSpan()).Should().Be(m, text);
                M.TryParse(text, out M viaTry).Should().BeTrue(text);
                viaTry.Should().Be(m);
                M.TryParse(text.AsSpan(), out M viaSpan).Should().BeTrue(text);
                viaSpan.Should().Be(m);
                ParseGeneric<M>(text, CultureInfo.CurrentCulture).Should().Be(m, "through IParsable, whatever the provider");
            }

            m.ToString().Should().Be(m.ToString("G", null)).And.Be(m.ToString(string.Empty, null));
            Span<char> buffer = stackalloc char[64];
            m.TryFormat(buffer, out int written, "R", null).Should().BeTrue();
            buffer[..written].ToString().Should().Be(m.ToString("R", null));
        });
    }

    private static T ParseGeneric<T>(string s, IFormatProvider provider)
        where T : IParsable<T> => T.Parse(s, provider);

    private static bool TryParseGeneric<T>(string s, IFormatProvider provider, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T result)
        where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), provider, out result);

    [Fact]
    public void Json_RoundTrips_ValueAndScale_ForEveryDecimalAndCurrency()
    {
        AnyMoney.ForAll(0x13_02, 4_000, m =>
        {
            string json = JsonSerializer.Serialize(m);
            M back = JsonSerializer.Deserialize<M>(json);
            back.Should().Be(m, json);
            back.Amount.Scale.Should().Be(m.Amount.Scale, json);
            JsonSerializer.Deserialize<Currency>(JsonSerializer.Serialize(m.Currency)).Should().Be(m.Currency);
        });
    }

    [Fact]
    public void Allocate_ByRatios_KeepsTheLaws_OverTheWholeRange()
    {
        Gen.Select(MoneyGen.WholeMinorUnits, MoneyGen.Ratios).ForAll(0x13_03, 3_000, (whole, ratios) =>
        {
            int decimals = whole.Currency.MinorUnits!.Value;
            M[] parts;
            try
            {
                parts = whole.Allocate(ratios);
            }
            catch (OverflowException)
            {
                // Documented: only when a part needs more digits than decimal holds at the minor units.
                (MoneyGen.Mantissa(whole.Amount) * BigInteger.Pow(10, decimals) / BigInteger.Pow(10, whole.Amount.Scale))
                    .Should().BeGreaterThan((BigInteger.One << 96) - 1, $"{whole} by [{string.Join(':', ratios)}] overflowed");
                return;
            }

            AllocationLaws(whole, ratios, parts, decimals);
        });
    }

    [Fact]
    public void Allocate_ByRatios_AtAStatedPrecision_KeepsTheLaws()
    {
        Gen<(M, int)> wholes = Gen.Select(MoneyGen.AnyDecimal, Gen.Int[0, 20], MoneyGen.Pick(Currency.XAU, Currency.XDR, Currency.CNY))
            .Select((d, decimals, c) => (new M(decimal.Round(d, Math.Min(decimals, 28), MidpointRounding.ToZero), c), decimals));
        Gen.Select(wholes, MoneyGen.Ratios).ForAll(0x13_04, 2_000, (w, ratios) =>
        {
            (M whole, int decimals) = w;
            M[] parts;
            try
            {
                parts = whole.Allocate(ratios, decimals);
            }
            catch (OverflowException)
            {
                (MoneyGen.Mantissa(whole.Amount) * BigInteger.Pow(10, decimals) / BigInteger.Pow(10, whole.Amount.Scale))
                    .Should().BeGreaterThan((BigInteger.One << 96) - 1, $"{whole} by [{string.Join(':', ratios)}] at {decimals} decimals overflowed");
                return;
            }

            AllocationLaws(whole, ratios, parts, decimals);
        });
    }

    [Fact]
    public void Allocate_InEqualParts_DiffersByAtMostOneMinorUnit_LargerPartsFirst()
    {
        Gen.Select(MoneyGen.WholeMinorUnits, Gen.Int[1, 24]).ForAll(0x13_05, 2_000, (whole, n) =>
        {
            int decimals = whole.Currency.MinorUnits!.Value;
            M[] parts;
            try
            {
                parts = whole.Allocate(n);
            }
            catch (OverflowException)
            {
                ((Action)(() => whole.Allocate(Enumerable.Repeat(1m, n).ToArray()))).Should().Throw<OverflowException>("the two overloads agree");
                return;
            }

            parts.Should().HaveCount(n);
            parts.Should().Equal(whole.Allocate(Enumerable.Repeat(1m, n).ToArray()), "Allocate(n) is Allocate(1, 1, …, 1)");
            decimal unit = 1m / MoneyGen.Pow10(decimals);
            decimal[] gaps = parts.Skip(1).Select((p, i) => Math.Abs(parts[i].Amount) - Math.Abs(p.Amount)).ToArray();
            gaps.All(gap => gap == 0m || gap == unit).Should().BeTrue("equal parts differ by at most one minor unit, the larger first");
            gaps.Count(gap => gap == unit).Should().BeLessThanOrEqualTo(1, "the larger parts all come first");

            AllocationLaws(whole, Enumerable.Repeat(1m, n).ToArray(), parts, decimals);
        });
    }

    /// <summary>The parts add up to the whole, keep its currency and sign, are whole units of 10^-decimals, are each
    /// within one unit of their exact share, and follow the order of their ratios. (Plain checks: this runs for every
    /// pair of parts of thousands of allocations.)</summary>
    private static void AllocationLaws(M whole, decimal[] ratios, M[] parts, int decimals)
    {
        string What() => $"{whole} by [{string.Join(':', ratios)}] at 10^-{decimals}: [{string.Join(", ", parts.Select(p => p.Amount))}]";
        void Require(bool law, string name)
        {
            if (!law)
            {
                throw new InvalidOperationException($"{name}: {What()}");
            }
        }

        Require(parts.Length == ratios.Length, "one part per ratio");

        // Summed in integers: near decimal's limits a partial sum can need more digits than decimal holds.
        BigInteger[] units = parts.Select(p => ToUnits(p.Amount, decimals)).ToArray();
        Require(units.Aggregate(BigInteger.Zero, (a, b) => a + b) == ToUnits(whole.Amount, decimals), "the parts add up to the whole");
        int commonScale = ratios.Max(r => r.Scale);
        BigInteger[] weights = ratios.Select(r => MoneyGen.Mantissa(r) * BigInteger.Pow(10, commonScale - r.Scale)).ToArray();
        BigInteger total = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        BigInteger wholeUnits = BigInteger.Abs(ToUnits(whole.Amount, decimals));
        for (int i = 0; i < parts.Length; i++)
        {
            Require(parts[i].Currency == whole.Currency, "every part is in the whole's currency");
            Require(whole.IsNegative ? units[i] <= 0 : units[i] >= 0, "every part has the whole's sign");

            // |part × total − units × weight| < total: within one unit of the exact share.
            Require(BigInteger.Abs((BigInteger.Abs(units[i]) * total) - (wholeUnits * weights[i])) < total, $"part {i} is within one unit of its exact share");
            for (int j = 0; j < i; j++)
            {
                BigInteger earlier = BigInteger.Abs(units[j]), later = BigInteger.Abs(units[i]);
                int order = ratios[j].CompareTo(ratios[i]);
                Require(order < 0 ? earlier <= later : order > 0 ? earlier >= later : earlier - later == 0 || earlier - later == 1,
                    $"parts {j} and {i} follow their ratios' order (equal ratios: the earlier part gets the unit left over)");
            }
        }
    }

    /// <summary>A decimal in units of 10^-decimals (exact: the value has at most that many decimals).</summary>
    private static BigInteger ToUnits(decimal value, int decimals)
    {
        BigInteger mantissa = MoneyGen.Mantissa(value) * BigInteger.Pow(10, decimals);
        BigInteger units = BigInteger.DivRem(mantissa, BigInteger.Pow(10, value.Scale), out BigInteger rest);
        if (!rest.IsZero)
        {
            throw new InvalidOperationException($"{value} has more than {decimals} decimals");
        }

        return value < 0m ? -units : units;
    }

    [Fact]
    public void AdditionAndSubtraction_NeverLoseAMinorUnit()
    {
        // Exact when the exact result fits in decimal; otherwise rounded only below the minor unit (as decimal rounds
        // every sum beyond 28-29 significant digits), or refused.
        Gen.Select(MoneyGen.AnyDecimal, MoneyGen.AnyDecimal, MoneyGen.CurrencyWithMinorUnits).ForAll(0x13_09, 2_000, (a, b, currency) =>
        {
            int minor = currency.MinorUnits!.Value;
            BigInteger Exact(decimal x, int scale) => (x < 0m ? -MoneyGen.Mantissa(x) : MoneyGen.Mantissa(x)) * BigInteger.Pow(10, scale - x.Scale);
            void Law(string op, decimal right, Func<M> compute)
            {
                M result;
                try
                {
                    result = compute();
                }
                catch (OverflowException ex)
                {
                    ex.Message.Should().StartWith("Money ");
                    return;
                }

                int scale = Math.Max(Math.Max(a.Scale, right.Scale), result.Amount.Scale);
                BigInteger exact = Exact(a, scale) + Exact(right, scale);
                BigInteger error = BigInteger.Abs(Exact(result.Amount, scale) - exact);
                if (!error.IsZero)
                {
                    ((int)result.Amount.Scale).Should().BeGreaterThanOrEqualTo(minor, $"{a} {op} {b} in {currency.Code} was rounded at the minor unit");
                    (2 * error).Should().BeLessThanOrEqualTo(BigInteger.Pow(10, scale - result.Amount.Scale), $"{a} {op} {b} is rounded to its last digit");
                }
            }

            Law("+", b, () => new M(a, currency) + new M(b, currency));
            Law("-", -b, () => new M(a, currency) - new M(b, currency));
            Law("+", b, () => new[] { new M(a, currency), new M(b, currency) }.Sum(currency));
        });
    }

    private static readonly string[] MoneyTokens =
    [
        "CNY", "USD", "JPY", "KWD", "XAU", "XXX", "RMB", "cny", "US$", "¥", " ", "  ", "\u00a0", "\t", "-", "+", "--", ".", ",", ",,",
        "0", "1", "12", "123", "1,000", "999,999", "00", "0.5", "79228162514264337593543950335", "79,228,162,514,264,337,593,543,950,336",
        "0.0000000000000000000000000001", "000000000000000000000000000000", "1e5", "E", "%", "١", "１", "\ud800", "\udc00", "x", "",
    ];

    private static readonly Gen<string> MoneyText = Gen.Frequency(
        (3, MoneyGen.Text(MoneyTokens)),
        (3, MoneyGen.Mutated(AnyMoney.Select(m => m.ToString()), MoneyGen.TrickyChars)),
        (2, MoneyGen.Mutated(AnyMoney.Select(m => m.ToString("R", null)), MoneyGen.TrickyChars)),
        (1, Gen.String[Gen.Char, 0, 40]));

    [Fact]
    public void Parse_ThrowsNothingButMoneyFormatException_AndTryParseAgrees()
    {
        MoneyText.ForAll(0x13_06, 6_000, text =>
        {
            M? parsed = null;
            try
            {
                parsed = M.Parse(text);
            }
            catch (MoneyFormatException ex)
            {
                ex.Input.Should().Be(text);
                ex.Position.Should().BeInRange(0, text.Length);
            }

            M.TryParse(text, out M viaTry).Should().Be(parsed is not null, text);
            M.TryParse(text.AsSpan(), out M viaSpan).Should().Be(parsed is not null, text);
            TryParseGeneric(text, CultureInfo.InvariantCulture, out M viaGeneric).Should().Be(parsed is not null, text);
            viaGeneric.Should().Be(viaTry);
            if (parsed is { } m)
            {
                viaTry.Should().Be(m);
                viaSpan.Should().Be(m);
                M.Parse(m.ToString()).Should().Be(m, "what was read is written back in the canonical form and read again");
            }
        });
    }

    [Fact]
    public void CurrencyFromCode_ThrowsNothingButUnknownCurrencyException()
    {
        MoneyGen.Mutated(MoneyGen.AnyCurrency.Select(c => c.Code), MoneyGen.TrickyChars).ForAll(0x13_07, 4_000, text =>
        {
            bool known = Currency.TryFromCode(text, out Currency viaTry);
            try
            {
                Currency.FromCode(text).Should().Be(viaTry);
                known.Should().BeTrue(text);
            }
            catch (UnknownCurrencyException ex)
            {
                known.Should().BeFalse(text);
                ex.Message.Should().NotBeNullOrWhiteSpace();
            }
        });
    }

    private static readonly Gen<byte[]> MoneyJson = Gen.Frequency(
        (3, MoneyGen.Mutated(AnyMoney.Select(m => JsonSerializer.Serialize(m)), MoneyGen.TrickyChars + "{}[]\":\\u0031").Select(Encoding.UTF8.GetBytes)),
        (2, MoneyGen.Text("{", "}", "[", "]", "\"amount\"", "\"currency\"", ":", ",", "\"CNY\"", "\"1.5\"", "1.5", "\"\\u0031\"", "\"\\ud800\"", "null", "true", "\"a\"", "1e3", " ").Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Select(AnyMoney.Select(m => JsonSerializer.SerializeToUtf8Bytes(m)), Gen.Select(Gen.Int[0, 1_000], Gen.Byte).Array[1, 3])
            .Select((json, edits) =>
            {
                // Any byte anywhere: invalid UTF-8, control characters, a cut document.
                byte[] bytes = (byte[])json.Clone();
                foreach ((int at, byte value) in edits)
                {
                    bytes[at % bytes.Length] = value;
                }

                return bytes;
            })));

    [Fact]
    public void JsonReader_ThrowsNothingButJsonException()
    {
        MoneyJson.ForAll(0x13_08, 6_000, json =>
        {
            try
            {
                M m = JsonSerializer.Deserialize<M>(json);
                JsonSerializer.Deserialize<M>(JsonSerializer.SerializeToUtf8Bytes(m)).Should().Be(m);
            }
            catch (JsonException)
            {
            }
        }, json => Convert.ToHexString(json));
    }
}
