using System;

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
