using System;
using System.Numerics;

namespace AiRace.Core.Text;

/// <summary>Whether a result <see cref="decimal"/> computed is the exact one, or decimal rounded it to its 28-29
/// significant digits.</summary>
internal static class ExactArithmetic
{
    /// <summary>Whether <paramref name="sum"/> is exactly <paramref name="a"/> + <paramref name="b"/>.</summary>
    public static bool IsExactSum(decimal a, decimal b, decimal sum)
    {
        // decimal lowers the scale of a sum only to round it (or to fit it)
        if (sum.Scale >= Math.Max(a.Scale, b.Scale))
        {
            return true;
        }

        int scale = Math.Max(Math.Max(a.Scale, b.Scale), sum.Scale);
        return Scaled(a, scale) + Scaled(b, scale) == Scaled(sum, scale);
    }

    /// <summary>Whether <paramref name="product"/> is exactly <paramref name="a"/> × <paramref name="b"/>.</summary>
    public static bool IsExactProduct(decimal a, decimal b, decimal product)
    {
        if (product.Scale == a.Scale + b.Scale)
        {
            return true;
        }

        int scale = Math.Max(a.Scale + b.Scale, product.Scale);
        return Scaled(a, a.Scale) * Scaled(b, b.Scale) * BigInteger.Pow(10, scale - a.Scale - b.Scale) == Scaled(product, scale);
    }

    /// <summary>The value times 10^<paramref name="scale"/>, as an integer (<paramref name="scale"/> is at least the value's own).</summary>
    private static BigInteger Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        BigInteger mantissa = (BigInteger)(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        mantissa *= BigInteger.Pow(10, scale - value.Scale);
        return value < 0m ? -mantissa : mantissa;
    }
}
