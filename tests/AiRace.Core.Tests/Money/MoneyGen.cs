using System;
using System.Linq;
using System.Numerics;
using CsCheck;

namespace AiRace.Core.Tests;

/// <summary>Generators of decimals over decimal's whole range, currencies and text for the property tests.</summary>
internal static class MoneyGen
{
    /// <summary>Any decimal: every 96-bit mantissa at every scale and sign, everyday amounts, 64-bit mantissas,
    /// quotients with 29 significant digits and the values at decimal's edges.</summary>
    public static readonly Gen<decimal> AnyDecimal = Gen.Frequency(
        (4, Gen.Select(Gen.UInt, Gen.UInt, Gen.UInt, Gen.Bool, Gen.Int[0, 28])
            .Select((lo, mid, hi, negative, scale) => new decimal((int)lo, (int)mid, (int)hi, negative, (byte)scale))),
        (2, Gen.Select(Gen.ULong, Gen.Bool, Gen.Int[0, 28])
            .Select((m, negative, scale) => new decimal((int)(uint)m, (int)(uint)(m >> 32), 0, negative, (byte)scale))),
        (3, Gen.Select(Gen.Long[-100_000_000_000, 100_000_000_000], Gen.Int[0, 6])
            .Select((units, scale) => new decimal(units) / Pow10(scale))),
        (2, Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Int[1, 9_999])
            .Select((a, b) => new decimal(a) / b)),
        (1, MoneyGen.Pick(
            decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m,
            10_000_000_000_000_000_000_000_000_000m, 7.9228162514264337593543950335m, 1m / 3m, 2m / 3m, 1_000_000m / 7m,
            0.00m, 1.000000000000000000000000000m)));

    /// <summary>Any active currency of the embedded ISO 4217 table, XXX included.</summary>
    public static readonly Gen<Currency> AnyCurrency = Gen.Int[0, Currency.All.Count - 1].Select(i => Currency.All[i]);

    /// <summary>A currency with minor units (0 to 4 of them).</summary>
    public static readonly Gen<Currency> CurrencyWithMinorUnits =
        MoneyGen.Pick(Currency.All.Where(c => c.MinorUnits is not null).ToArray());

    /// <summary>A whole number of the currency's minor units, anywhere in decimal's range.</summary>
    public static readonly Gen<Money> WholeMinorUnits =
        Gen.Select(AnyDecimal, CurrencyWithMinorUnits)
            .Select((d, c) => new Money(decimal.Round(d, c.MinorUnits!.Value, MidpointRounding.ToZero), c));

    /// <summary>Non-negative ratios: small whole numbers, zeros, everyday decimals and any decimal's magnitude.</summary>
    public static readonly Gen<decimal> Ratio = Gen.Frequency(
        (3, Gen.Int[0, 1_000].Select(i => (decimal)i)),
        (1, Gen.Const(0m)),
        (2, Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 6]).Select((i, scale) => i / Pow10(scale))),
        (2, AnyDecimal.Select(Math.Abs)));

    /// <summary>1 to 12 ratios, at least one of them above zero.</summary>
    public static readonly Gen<decimal[]> Ratios = Ratio.Array[1, 12].Where(r => r.Any(x => x > 0m));

    /// <summary>The cultures the culture-sensitive tests run under.</summary>
    public static readonly Gen<string> Culture = MoneyGen.Pick("tr-TR", "de-DE", "fr-FR", "zh-CN", "ar-SA", "en-US", "");

    /// <summary>One of the given values, each as likely.</summary>
    public static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>10^scale.</summary>
    public static decimal Pow10(int scale)
    {
        decimal p = 1m;
        for (int i = 0; i < scale; i++)
        {
            p *= 10m;
        }

        return p;
    }

    /// <summary>The 96-bit integer of a decimal, without sign or scale.</summary>
    public static BigInteger Mantissa(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        return ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
    }

    /// <summary>Text built from pieces of the grammars the parsers read, and of what they must refuse.</summary>
    public static Gen<string> Text(params string[] tokens) =>
        MoneyGen.Pick(tokens).Array[0, 10].Select(parts => string.Concat(parts));

    /// <summary>A valid text with random edits: characters inserted, deleted or replaced, anywhere.</summary>
    public static Gen<string> Mutated(Gen<string> valid, string alphabet) =>
        Gen.Select(valid, Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1_000], Gen.Char[alphabet]).Array[1, 4])
            .Select((text, edits) =>
            {
                var chars = text.ToList();
                foreach ((int kind, int at, char c) in edits)
                {
                    int i = chars.Count == 0 ? 0 : at % (chars.Count + (kind == 0 ? 1 : 0));
                    switch (kind)
                    {
                        case 0:
                            chars.Insert(Math.Min(i, chars.Count), c);
                            break;
                        case 1 when chars.Count > 0:
                            chars.RemoveAt(i);
                            break;
                        case 2 when chars.Count > 0:
                            chars[i] = c;
                            break;
                    }
                }

                return new string(chars.ToArray());
            });

    /// <summary>Characters that mean something to a number parser, or that a careless one would trip on.</summary>
    public const string TrickyChars = "0123456789,.-+ eE%px×$€£¥￥\u00a0\t\n\u2009\u0661\u06f1\uff11\ud800\udc00'_()/kmbtnKMBTNCNYUSDJPYRMByuandollars";
}
