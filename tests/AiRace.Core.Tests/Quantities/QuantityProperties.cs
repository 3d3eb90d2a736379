using System;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace AiRace.Core.Tests.Quantities;

/// <summary>
/// Properties of the quantities over their whole range (issue 13 §5): text and JSON round trips, and parsers that
/// throw nothing but <see cref="FormatException"/> (JSON: <see cref="JsonException"/>). Fixed seeds.
/// </summary>
public class QuantityProperties
{
    /// <summary>Any fraction in [0, 1]: every mantissa at scale 28, everyday percentages, and the ends.</summary>
    private static readonly Gen<Share> Shares = Gen.Frequency(
        (3, Gen.Select(Gen.UInt, Gen.UInt, Gen.UInt[0, 0x204FCE5D], Gen.Int[0, 28]) // mantissas below 10^28, at 0 to 28 decimals
            .Select((lo, mid, hi, scale) => Share.FromFraction(decimal.Round(new decimal((int)lo, (int)mid, (int)hi, false, 28), scale, MidpointRounding.ToZero)))),
        (3, Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 4]).Select((n, scale) => n / MoneyGen.Pow10(scale)).Where(p => p <= 100m).Select(Share.FromPercent)),
        (1, MoneyGen.Pick(Share.Zero, Share.Whole, Share.FromFraction(1m / 3m), Share.FromFraction(0.0000000000000000000000000001m), Share.FromFraction(0.9999999999999999999999999999m))));

    private static readonly Gen<PercentagePoints> Points = MoneyGen.AnyDecimal.Select(PercentagePoints.Of);

    private static readonly Gen<Ratio> Ratios = MoneyGen.AnyDecimal.Select(d => Ratio.Of(Math.Abs(d)));

    [Fact]
    public void Share_TextAndJson_RoundTrip_OverTheWholeRange()
    {
        Gen.Select(Shares, MoneyGen.Culture).ForAll(0x13_20, 3_000, (share, culture) =>
        {
            using var scope = new CultureScope(culture);
            string text = share.ToString();
            Share.Parse(text).Should().Be(share, text);
            Share.TryParse(text, null, out Share viaTry).Should().BeTrue(text);
            viaTry.Should().Be(share);
            JsonSerializer.Deserialize<Share>(JsonSerializer.Serialize(share)).Should().Be(share);
            share.Percent.Should().Be(share.Fraction * 100m);
            share.Complement().Complement().Should().Be(share);
        });
    }

    [Fact]
    public void PercentagePoints_TextAndJson_RoundTrip_OverTheWholeRange()
    {
        Gen.Select(Points, MoneyGen.Culture).ForAll(0x13_21, 3_000, (points, culture) =>
        {
            using var scope = new CultureScope(culture);
            string text = points.ToString();
            PercentagePoints.Parse(text).Should().Be(points, text);
            PercentagePoints.TryParse(text, null, out PercentagePoints viaTry).Should().BeTrue(text);
            viaTry.Should().Be(points);
            JsonSerializer.Deserialize<PercentagePoints>(JsonSerializer.Serialize(points)).Should().Be(points);
            (-(-points)).Should().Be(points);
        });
    }

    [Fact]
    public void Ratio_TextAndJson_RoundTrip_OverTheWholeRange()
    {
        Gen.Select(Ratios, MoneyGen.Culture).ForAll(0x13_22, 3_000, (ratio, culture) =>
        {
            using var scope = new CultureScope(culture);
            string text = ratio.ToString();
            Ratio.Parse(text).Should().Be(ratio, text);
            Ratio.TryParse(text, null, out Ratio viaTry).Should().BeTrue(text);
            viaTry.Should().Be(ratio);
            JsonSerializer.Deserialize<Ratio>(JsonSerializer.Serialize(ratio)).Should().Be(ratio);
        });
    }

    private const string QuantityChars = MoneyGen.TrickyChars + "%ppx×";

    private static readonly Gen<string> QuantityText = Gen.Frequency(
        (2, MoneyGen.Text("0", "1", "55", "100", "100.0", "101", "-", "+", ".", ",", "5", "e2", " ", "%", " %", "pp", " pp", "p", "x", "×", "X", "\u00a0", "٥", "79228162514264337593543950335", "0.00000000000000000000000000001", "\ud800", "")),
        (2, MoneyGen.Mutated(Shares.Select(s => s.ToString()), QuantityChars)),
        (2, MoneyGen.Mutated(Points.Select(p => p.ToString()), QuantityChars)),
        (2, MoneyGen.Mutated(Ratios.Select(r => r.ToString()), QuantityChars)),
        (1, Gen.String[Gen.Char, 0, 30]));

    [Fact]
    public void Parsers_ThrowNothingButFormatException_AndTryParseAgrees()
    {
        QuantityText.ForAll(0x13_23, 6_000, text =>
        {
            Check(text, Share.Parse, (string s, out Share v) => Share.TryParse(s, null, out v));
            Check(text, PercentagePoints.Parse, (string s, out PercentagePoints v) => PercentagePoints.TryParse(s, null, out v));
            Check(text, Ratio.Parse, (string s, out Ratio v) => Ratio.TryParse(s, null, out v));
        });

        static void Check<T>(string text, Func<string, IFormatProvider?, T> parse, TryParse<T> tryParse)
            where T : struct
        {
            T? parsed = null;
            try
            {
                parsed = parse(text, null);
            }
            catch (FormatException ex)
            {
                ex.Message.Should().NotBeNullOrWhiteSpace();
            }

            tryParse(text, out T viaTry).Should().Be(parsed is not null, text);
            if (parsed is { } value)
            {
                viaTry.Should().Be(value);
                parse(value.ToString()!, null).Should().Be(value, "what was read is written back and read again");
            }
        }
    }

    private delegate bool TryParse<T>(string s, out T value);

    [Fact]
    public void JsonReaders_ThrowNothingButJsonException()
    {
        Gen<byte[]> json = Gen.Frequency(
            (2, MoneyGen.Mutated(Shares.Select(s => JsonSerializer.Serialize(s)), QuantityChars + "\"{}[]")),
            (2, MoneyGen.Mutated(Points.Select(p => JsonSerializer.Serialize(p)), QuantityChars + "\"{}[]")),
            (2, MoneyGen.Mutated(Ratios.Select(r => JsonSerializer.Serialize(r)), QuantityChars + "\"{}[]")),
            (1, MoneyGen.Mutated(Gen.Select(Ratios, Ratios).Select((a, b) => JsonSerializer.Serialize(new ValueRange<Ratio>(a < b ? a : b, a < b ? b : a))), QuantityChars + "\"{}[]:,")))
            .Select(Encoding.UTF8.GetBytes);
        json.ForAll(0x13_24, 2_500, bytes =>
        {
            Attempt(() => JsonSerializer.Deserialize<Share>(bytes));
            Attempt(() => JsonSerializer.Deserialize<PercentagePoints>(bytes));
            Attempt(() => JsonSerializer.Deserialize<Ratio>(bytes));
            Attempt(() => JsonSerializer.Deserialize<ValueRange<Ratio>>(bytes));
            Attempt(() => JsonSerializer.Deserialize<ValueRange<Money>>(bytes));
        }, Encoding.UTF8.GetString);

        static void Attempt(Action read)
        {
            try
            {
                read();
            }
            catch (JsonException)
            {
            }
        }
    }
}
