using System;
using System.Numerics;

namespace AiRace.Core.Text;

/// <summary>Whether a result <see cref="decimal"/> computed is the exact one, or decimal rounded it to its 28-29
/// significant digits; and quotients of products computed exactly, then rounded once.</summary>
internal static class ExactArithmetic
{
    /// <summary>The most decimals a decimal holds.</summary>
    private const int MaxScale = 28;

    /// <summary>2^96 - 1, the largest digits of a decimal.</summary>
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

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

    /// <summary>
    /// (<paramref name="n1"/> × <paramref name="n2"/>) ÷ (<paramref name="d1"/> × <paramref name="d2"/>), of positive
    /// decimals, computed exactly and rounded once to the nearest decimal as decimal's own division rounds: half to even,
    /// at the most digits decimal holds (28-29 significant digits, and at most 28 decimals, so fewer significant digits
    /// for a quotient below 1), without trailing zeros after the point unless the quotient is exact at the operands'
    /// own scale. Where decimal holds both products exactly, the quotient is the same decimal, value and scale, as
    /// <c>n1 * n2 / (d1 * d2)</c>; where it does not, that expression rounds twice and this once.
    /// </summary>
    /// <returns>Whether the quotient is a decimal; when it is above <see cref="decimal.MaxValue"/> or rounds to zero,
    /// <paramref name="quotient"/> is 0.</returns>
    public static QuotientRange RoundedQuotient(decimal n1, decimal n2, decimal d1, decimal d2, out decimal quotient) =>
        RoundedQuotient(stackalloc decimal[] { n1, n2 }, stackalloc decimal[] { d1, d2 }, out quotient);

    /// <summary>
    /// The product of <paramref name="times"/> over the product of <paramref name="over"/>, of positive decimals (an
    /// empty product is 1), computed exactly and rounded once as <see cref="RoundedQuotient(decimal, decimal, decimal, decimal, out decimal)"/>
    /// rounds: where decimal holds both products exactly, the same decimal as multiplying each out in order and dividing.
    /// </summary>
    /// <returns>Whether the quotient is a decimal; when it is above <see cref="decimal.MaxValue"/> or rounds to zero,
    /// <paramref name="quotient"/> is 0.</returns>
    public static QuotientRange RoundedQuotient(ReadOnlySpan<decimal> times, ReadOnlySpan<decimal> over, out decimal quotient)
    {
        if (TryExactProduct(times, out decimal numerator) && TryExactProduct(over, out decimal denominator))
        {
            try
            {
                quotient = numerator / denominator;
            }
            catch (OverflowException)
            {
                quotient = 0m;
                return QuotientRange.AboveMaximum;
            }

            if (quotient == 0m)
            {
                quotient = 0m;
                return QuotientRange.RoundsToZero;
            }

            return QuotientRange.InRange;
        }

        return ExactQuotient(times, over, out quotient);
    }

    /// <summary><see cref="RoundedQuotient(decimal, decimal, decimal, decimal, out decimal)"/> always with integers, never
    /// with decimal's arithmetic (for products decimal cannot hold, and to check it against decimal's own division).</summary>
    internal static QuotientRange ExactQuotient(decimal n1, decimal n2, decimal d1, decimal d2, out decimal quotient) =>
        ExactQuotient(stackalloc decimal[] { n1, n2 }, stackalloc decimal[] { d1, d2 }, out quotient);

    /// <summary><see cref="RoundedQuotient(ReadOnlySpan{decimal}, ReadOnlySpan{decimal}, out decimal)"/> always with integers.</summary>
    internal static QuotientRange ExactQuotient(ReadOnlySpan<decimal> times, ReadOnlySpan<decimal> over, out decimal quotient)
    {
        (BigInteger numerator, int numeratorScale) = Product(times);
        (BigInteger denominator, int denominatorScale) = Product(over);
        return Rounded(numerator, numeratorScale, denominator, denominatorScale, out quotient);
    }

    /// <summary>The positive <paramref name="numerator"/> × 10^-<paramref name="scale"/> over the positive whole
    /// <paramref name="denominator"/>, rounded once as <see cref="RoundedQuotient(decimal, decimal, decimal, decimal, out decimal)"/> rounds.</summary>
    /// <returns>Whether the quotient is a decimal; when it is above <see cref="decimal.MaxValue"/> or rounds to zero,
    /// <paramref name="quotient"/> is 0.</returns>
    internal static QuotientRange RoundedQuotient(BigInteger numerator, int scale, BigInteger denominator, out decimal quotient) =>
        Rounded(numerator, scale, denominator, 0, out quotient);

    /// <summary>
    /// (<paramref name="a"/> × <paramref name="m"/> + <paramref name="b"/> × <paramref name="n"/>) ÷ <paramref name="d"/>,
    /// of decimals of any sign, whole weights and a positive whole divisor, computed exactly and rounded once as
    /// <see cref="RoundedQuotient(ReadOnlySpan{decimal}, ReadOnlySpan{decimal}, out decimal)"/> rounds, with the sign of
    /// the exact quotient (a point of a straight line between a and b, or their difference over d, where decimal's own
    /// arithmetic would round the difference, the quotient and the sum in turn).
    /// </summary>
    /// <returns>Whether the quotient is a decimal; when it is beyond <see cref="decimal.MaxValue"/> in size or rounds to
    /// zero, <paramref name="quotient"/> is 0.</returns>
    internal static QuotientRange RoundedWeightedQuotient(decimal a, int m, decimal b, int n, int d, out decimal quotient)
    {
        int scale = Math.Max(a.Scale, b.Scale);
        BigInteger numerator = (Scaled(a, scale) * m) + (Scaled(b, scale) * n);
        QuotientRange range = Rounded(BigInteger.Abs(numerator), scale, d, 0, out quotient);
        if (numerator.Sign < 0)
        {
            quotient = -quotient;
        }

        return range;
    }

    /// <summary>
    /// The product of <paramref name="times"/> over the product of <paramref name="over"/>, of positive decimals, with
    /// the sign <paramref name="negative"/> gives, computed exactly and rounded once to <paramref name="decimals"/>
    /// decimals by <paramref name="mode"/> (never first to decimal's own digits).
    /// </summary>
    /// <returns>Whether the rounded value is a decimal (its digits below 2^96); when not, <paramref name="rounded"/> is 0.</returns>
    internal static bool TryRoundedQuotient(ReadOnlySpan<decimal> times, ReadOnlySpan<decimal> over, bool negative, int decimals, MidpointRounding mode, out decimal rounded)
    {
        rounded = 0m;
        (BigInteger numerator, int numeratorScale) = Product(times);
        (BigInteger denominator, int denominatorScale) = Product(over);
        int shift = decimals - numeratorScale + denominatorScale;
        if (shift >= 0)
        {
            numerator *= BigInteger.Pow(10, shift);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -shift);
        }

        BigInteger digits = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        if (RoundsAway(digits, remainder, denominator, mode, negative))
        {
            digits++;
        }

        if (digits > MaxMantissa || decimals > MaxScale)
        {
            return false;
        }

        rounded = ToDecimal(digits, decimals);
        if (negative)
        {
            rounded = -rounded;
        }

        return true;
    }

    /// <summary>
    /// A whole number of 10^-28 (as <see cref="ExactSum"/> adds them) whose value has at most <paramref name="scale"/> decimals,
    /// as a decimal of that scale when its digits fit; otherwise rounded once, half to even, to the most decimals whose
    /// digits fit, as decimal's own addition rounds.
    /// </summary>
    /// <param name="units">The value in units of 10^-28.</param>
    /// <param name="scale">How many decimals the value has at most (0 to 28).</param>
    /// <param name="value">The decimal, or 0 when even its whole part does not fit.</param>
    /// <param name="exact">Whether <paramref name="value"/> is the value itself, not rounded.</param>
    /// <returns>Whether the value, rounded to at least its whole part, is a decimal (below 2^96 in size).</returns>
    internal static bool TryFromUnits(BigInteger units, int scale, out decimal value, out bool exact)
    {
        value = 0m;
        exact = true;
        BigInteger magnitude = BigInteger.Divide(BigInteger.Abs(units), BigInteger.Pow(10, MaxScale - scale));
        BigInteger digits = magnitude;
        int kept = scale;
        while (digits > MaxMantissa)
        {
            if (kept == 0)
            {
                exact = false;
                return false;
            }

            // round afresh from the exact value, to one decimal fewer each time (half to even)
            kept--;
            BigInteger power = BigInteger.Pow(10, scale - kept);
            digits = BigInteger.DivRem(magnitude, power, out BigInteger rest);
            exact = rest.IsZero;
            if (RoundsAway(digits, rest, power, MidpointRounding.ToEven, negative: false))
            {
                digits++;
            }
        }

        value = ToDecimal(digits, kept);
        if (units.Sign < 0)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>The positive <paramref name="numerator"/> × 10^-<paramref name="numeratorScale"/> over the positive
    /// <paramref name="denominator"/> × 10^-<paramref name="denominatorScale"/>, rounded once.</summary>
    private static QuotientRange Rounded(BigInteger numerator, int numeratorScale, BigInteger denominator, int denominatorScale, out decimal quotient)
    {
        quotient = 0m;
        int natural = numeratorScale - denominatorScale;

        // Exact at the operands' scale: decimal's division keeps that scale (raised to 0 when it is below).
        BigInteger whole = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        if (remainder.IsZero && natural <= MaxScale)
        {
            if (natural < 0)
            {
                whole *= BigInteger.Pow(10, -natural);
                natural = 0;
            }

            if (whole <= MaxMantissa)
            {
                quotient = ToDecimal(whole, natural);
                return QuotientRange.InRange;
            }

            if (natural == 0)
            {
                return QuotientRange.AboveMaximum;
            }
        }

        // Otherwise the most decimals (at most 28) whose digits stay below 2^96, rounded half to even, then trimmed.
        int scale = MaxScale;
        BigInteger digits = AtScale(scale, out _, out _);
        if (digits > MaxMantissa)
        {
            // floor(floor(x) / 10^k) = floor(x / 10^k): drop as few digits as make it fit; a lower bound of its
            // number of digits (from its bits) starts the search
            int fewest = Math.Max(1, (int)((digits.GetBitLength() - 1) * 0.30102999566398) + 1 - 29);
            BigInteger power = BigInteger.Pow(10, fewest);
            while (digits / power > MaxMantissa)
            {
                power *= 10;
                fewest++;
            }

            scale -= fewest;
        }

        while (true)
        {
            if (scale < 0)
            {
                return QuotientRange.AboveMaximum;
            }

            digits = AtScale(scale, out remainder, out BigInteger divisor);
            if (RoundsAway(digits, remainder, divisor, MidpointRounding.ToEven, negative: false))
            {
                digits++;
            }

            if (digits <= MaxMantissa)
            {
                break;
            }

            scale--; // rounding up reached 2^96: one decimal fewer, rounded afresh from the exact quotient
        }

        if (digits.IsZero)
        {
            return QuotientRange.RoundsToZero;
        }

        while (scale > 0 && (digits % 10).IsZero)
        {
            digits /= 10;
            scale--;
        }

        quotient = ToDecimal(digits, scale);
        return QuotientRange.InRange;

        // floor(quotient × 10^s), with the remainder and divisor of that division
        BigInteger AtScale(int s, out BigInteger rest, out BigInteger by)
        {
            int shift = s - natural;
            by = shift >= 0 ? denominator : denominator * BigInteger.Pow(10, -shift);
            return BigInteger.DivRem(shift >= 0 ? numerator * BigInteger.Pow(10, shift) : numerator, by, out rest);
        }
    }

    /// <summary>Whether decimal holds <paramref name="a"/> × <paramref name="b"/> with all its digits, at scale
    /// a.Scale + b.Scale (so that decimal's product is exact and does not throw).</summary>
    private static bool FitsExactly(decimal a, decimal b) =>
        a.Scale + b.Scale <= MaxScale && BitLength(a) + BitLength(b) <= 96;

    private static int BitLength(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return 128 - (int)UInt128.LeadingZeroCount(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
    }

    /// <summary>Whether decimal holds the product of <paramref name="factors"/> exactly, multiplied out in order (1 for
    /// none); the product when it does.</summary>
    private static bool TryExactProduct(ReadOnlySpan<decimal> factors, out decimal product)
    {
        product = 1m;
        foreach (decimal factor in factors)
        {
            if (!FitsExactly(product, factor))
            {
                return false;
            }

            product *= factor;
        }

        return true;
    }

    /// <summary>The exact product as decimal's multiplication gives it when exact: digits and scale, trailing zeros
    /// dropped only as far as it needs to fit (at most 28 decimals, digits below 2^96). A product decimal cannot hold
    /// keeps the digits it cannot drop.</summary>
    private static (BigInteger Digits, int Scale) Product(ReadOnlySpan<decimal> factors)
    {
        BigInteger digits = BigInteger.One;
        int scale = 0;
        foreach (decimal factor in factors)
        {
            digits *= Scaled(factor, factor.Scale);
            scale += factor.Scale;
        }

        while ((digits > MaxMantissa || scale > MaxScale) && scale > 0 && (digits % 10).IsZero)
        {
            digits /= 10;
            scale--;
        }

        return (digits, scale);
    }

    /// <summary>The decimal of positive digits below 2^96 and a scale of 0 to 28.</summary>
    private static decimal ToDecimal(BigInteger digits, int scale)
    {
        var mantissa = (UInt128)digits;
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), false, (byte)scale);
    }

    /// <summary>The value times 10^<paramref name="scale"/>, as an integer (<paramref name="scale"/> is at least the value's own).</summary>
    internal static BigInteger Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        BigInteger mantissa = (BigInteger)(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        mantissa *= BigInteger.Pow(10, scale - value.Scale);
        return value < 0m ? -mantissa : mantissa;
    }

    /// <summary>
    /// Whether a quotient's magnitude <paramref name="digits"/>, with <paramref name="remainder"/> left of
    /// <paramref name="divisor"/> (both not negative), moves one unit away from zero when rounded by
    /// <paramref name="mode"/>; <paramref name="negative"/> is the quotient's sign, for the directed modes.
    /// </summary>
    private static bool RoundsAway(BigInteger digits, BigInteger remainder, BigInteger divisor, MidpointRounding mode, bool negative)
    {
        if (remainder.IsZero)
        {
            return false;
        }

        int half = (remainder * 2).CompareTo(divisor);
        return mode switch
        {
            MidpointRounding.ToEven => half > 0 || (half == 0 && !digits.IsEven),
            MidpointRounding.AwayFromZero => half >= 0,
            MidpointRounding.ToZero => false,
            MidpointRounding.ToNegativeInfinity => negative,
            MidpointRounding.ToPositiveInfinity => !negative,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
    }
}

/// <summary>Whether a quotient <see cref="ExactArithmetic.RoundedQuotient(decimal, decimal, decimal, decimal, out decimal)"/> computed is a decimal.</summary>
internal enum QuotientRange
{
    /// <summary>A decimal above zero.</summary>
    InRange,

    /// <summary>Above <see cref="decimal.MaxValue"/> once rounded.</summary>
    AboveMaximum,

    /// <summary>Above zero, but below half of 10^-28, so it rounds to zero (half of 10^-28 itself rounds to even, 0).</summary>
    RoundsToZero,
}
