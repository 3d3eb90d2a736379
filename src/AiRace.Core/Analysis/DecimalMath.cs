using System;
using System.Numerics;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>Roots and powers in <see cref="decimal"/>, so that growth rates are computed without binary floating point.</summary>
internal static class DecimalMath
{
    /// <summary>The positive <paramref name="n"/>-th root of a positive number, by Newton's method to decimal precision.</summary>
    public static decimal Root(decimal x, int n)
    {
        if (x <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The root is defined here for positive numbers only.");
        }

        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The degree of a root must be at least 1.");
        }

        if (n == 1)
        {
            return x;
        }

        // Start from the double estimate (only a starting point), then refine in decimal.
        decimal guess = (decimal)Math.Pow((double)x, 1.0 / n);
        for (int i = 0; i < 100; i++)
        {
            // guess − (guess^n − x) / (n·guess^(n−1)), written so that no step is larger than x or the guess: n times
            // a power near x overflowed for large x and many years.
            decimal power = Pow(guess, n - 1);
            decimal next = guess - ((guess - (x / power)) / n);
            if (next == guess)
            {
                break;
            }

            guess = next;
        }

        return guess;
    }

    /// <summary>Bits after the binary point of the fixed-point numbers <see cref="GeometricPath"/> carries.</summary>
    private const int Bits = 512;

    /// <summary>
    /// The points of the geometric path from <paramref name="a"/> to <paramref name="b"/> (both positive) in
    /// <paramref name="n"/> equal factors, a × (b / a)^(k / n) for k from 0 to n: a and b themselves at the ends, and
    /// every point in between rounded once, half to even, to decimal's precision (as decimal's division rounds) from
    /// a × f^k, where the factor f = (b / a)^(1 / n) and its powers are carried with 512 bits after the point (within
    /// 2^-300 of the exact value, relative, for any decimals and up to 9,998 factors), not multiplied out in decimal.
    /// </summary>
    public static decimal[] GeometricPath(decimal a, decimal b, int n)
    {
        var points = new decimal[n + 1];
        points[0] = a;
        points[n] = b;
        if (n < 2)
        {
            return points;
        }

        (BigInteger am, int sa) = (ExactArithmetic.Scaled(a, a.Scale), a.Scale);
        (BigInteger bm, int sb) = (ExactArithmetic.Scaled(b, b.Scale), b.Scale);
        BigInteger one = BigInteger.One << Bits;
        BigInteger quotient = (bm * BigInteger.Pow(10, sa) << Bits) / (am * BigInteger.Pow(10, sb));
        BigInteger factor = Root(quotient, n, Math.Pow((double)b / (double)a, 1.0 / n));
        BigInteger power = one;
        for (int k = 1; k < n; k++)
        {
            power = (power * factor) >> Bits;
            if (ExactArithmetic.RoundedQuotient(am * power, sa, one, out points[k]) != QuotientRange.InRange)
            {
                throw new OverflowException($"A point of the geometric path from {a} to {b} is not a decimal.");
            }
        }

        return points;
    }

    /// <summary>The <paramref name="n"/>-th root of a fixed-point number, by Newton's method from a double estimate.</summary>
    private static BigInteger Root(BigInteger x, int n, double estimate)
    {
        BigInteger y = (BigInteger)Math.ScaleB(estimate, Bits);
        BigInteger close = BigInteger.One << (Bits / 2);
        for (int i = 0; i < 100; i++)
        {
            BigInteger next = y - ((y - ((x << Bits) / Power(y, n - 1))) / n);
            bool done = BigInteger.Abs(next - y) < close;
            y = next;
            if (done)
            {
                break;
            }
        }

        return y;
    }

    /// <summary>A fixed-point number to a whole power, by squaring.</summary>
    private static BigInteger Power(BigInteger x, int n)
    {
        BigInteger result = BigInteger.One << Bits;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result = (result * x) >> Bits;
            }

            n >>= 1;
            if (n > 0)
            {
                x = (x * x) >> Bits;
            }
        }

        return result;
    }

    /// <summary>A number to a non-negative whole power.</summary>
    public static decimal Pow(decimal x, int n)
    {
        decimal result = 1m;
        for (int i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
