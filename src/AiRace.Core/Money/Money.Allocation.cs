using System;
using System.Globalization;
using System.Numerics;

namespace AiRace.Core;

public readonly partial struct Money
{
    /// <summary>The most parts <see cref="Allocate(int)"/> splits into.</summary>
    private const int MaxEqualParts = 1_000_000;

    /// <summary>2^96 - 1, the largest integer a decimal holds.</summary>
    private static readonly BigInteger MaxDecimalMantissa = (BigInteger.One << 96) - 1;

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts that differ by at most one minor unit and add up exactly
    /// to the whole. The remainder goes one minor unit at a time to the first parts (each part's exact share is
    /// the same, so largest remainder reduces to order).
    /// </summary>
    /// <param name="parts">How many parts, 1 to 1,000,000.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1 or more than 1,000,000.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units, or the currency
    /// has none: round first, or use <see cref="Allocate(ReadOnlySpan{decimal}, int)"/>.</exception>
    /// <exception cref="OverflowException">A part cannot be held by <see cref="decimal"/> in whole minor units (only
    /// for amounts within a factor 10^minor units of <see cref="decimal.MaxValue"/>).</exception>
    public Money[] Allocate(int parts)
    {
        if (parts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, FormattableString.Invariant($"parts must be at least 1; it was {parts}."));
        }

        if (parts > MaxEqualParts)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, FormattableString.Invariant($"parts must be at most {MaxEqualParts}; it was {parts}."));
        }

        int decimals = RequireWholeMinorUnits();
        BigInteger units = Units(decimals);
        BigInteger each = BigInteger.DivRem(units, parts, out BigInteger remainder);
        var result = new Money[parts];
        int larger = (int)remainder;
        Money small = Part(each, decimals, 0);
        Money large = larger > 0 ? Part(each + 1, decimals, 0) : small;
        result.AsSpan(0, larger).Fill(large);
        result.AsSpan(larger).Fill(small);
        return result;
    }

    /// <summary>
    /// Splits the amount by ratios (for example 600:300:100) in whole minor units, so that the parts add up exactly
    /// to the whole. Each part first gets its exact share rounded down; the minor units left over go, one each, to the
    /// parts with the largest remainders (ties: the earlier part). Every part is within one minor unit of its exact share.
    /// The shares are computed exactly, in integers as wide as they need (never rounded to decimal's precision).
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one of them positive.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentException">A ratio is negative, or none is positive.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units, or the currency
    /// has none.</exception>
    /// <exception cref="OverflowException">A part cannot be held by <see cref="decimal"/> in whole minor units (only
    /// for amounts within a factor 10^minor units of <see cref="decimal.MaxValue"/>).</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios) => AllocateCore(ratios, RequireWholeMinorUnits());

    /// <summary>
    /// Splits the amount by ratios in units of 10^-<paramref name="decimals"/>, by largest remainder, so that the
    /// parts add up exactly to the whole. For currencies without minor units (XAU) or finer allocation.
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one of them positive.</param>
    /// <param name="decimals">The precision of the parts, 0 to 20 decimals.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentException">A ratio is negative, or none is positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0-20.</exception>
    /// <exception cref="InvalidOperationException">The amount has more decimals than <paramref name="decimals"/>.</exception>
    /// <exception cref="OverflowException">A part cannot be held by <see cref="decimal"/> at that precision (a part
    /// of a very large amount with many decimals): allocate with fewer decimals.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios, int decimals)
    {
        Guard.InRange(decimals, 0, 20);
        if (_amount != Math.Round(_amount, decimals, MidpointRounding.ToZero))
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"Cannot allocate {ToString()} in units of 10^-{decimals}: the amount has more decimals. Round it first."));
        }

        return AllocateCore(ratios, decimals);
    }

    private int RequireWholeMinorUnits()
    {
        int decimals = _currency.MinorUnits
            ?? throw new InvalidOperationException($"{_currency.Code} has no minor unit in ISO 4217; call Allocate(ratios, decimals) with the precision to allocate in.");
        if (!IsWholeMinorUnits)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"Cannot allocate {ToString()} in minor units: it is not a whole number of {_currency.Code} minor units (10^-{decimals}). Round it first with Round(MidpointRounding)."));
        }

        return decimals;
    }

    private Money[] AllocateCore(ReadOnlySpan<decimal> ratios, int decimals)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException("At least one ratio is needed.", nameof(ratios));
        }

        // Ratios as integers at their common scale: 0.5 : 1.25 becomes 50 : 125.
        int commonScale = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException(FormattableString.Invariant($"ratios[{i}] is {ratios[i]}; ratios must not be negative."), nameof(ratios));
            }

            commonScale = Math.Max(commonScale, ratios[i].Scale);
        }

        var weights = new BigInteger[ratios.Length];
        BigInteger total = BigInteger.Zero;
        for (int i = 0; i < ratios.Length; i++)
        {
            weights[i] = Mantissa(ratios[i]) * BigInteger.Pow(10, commonScale - ratios[i].Scale);
            total += weights[i];
        }

        if (total.IsZero)
        {
            throw new ArgumentException("At least one ratio must be greater than zero.", nameof(ratios));
        }

        // Exact shares units × weight / total: the floor and the remainder (over the same denominator, so comparable).
        BigInteger units = Units(decimals);
        var floors = new BigInteger[ratios.Length];
        var remainders = new BigInteger[ratios.Length];
        BigInteger allocated = BigInteger.Zero;
        for (int i = 0; i < ratios.Length; i++)
        {
            floors[i] = BigInteger.DivRem(units * weights[i], total, out remainders[i]);
            allocated += floors[i];
        }

        // Fewer minor units are left over than there are parts: each goes to the largest remaining remainder.
        int leftOver = (int)(units - allocated);
        if (leftOver > 0)
        {
            var order = new int[ratios.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                int byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (int k = 0; k < leftOver; k++)
            {
                floors[order[k]] += BigInteger.One;
            }
        }

        var result = new Money[ratios.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Part(floors[i], decimals, i);
        }

        return result;
    }

    /// <summary>The absolute amount in units of 10^-<paramref name="decimals"/> (a whole number: the callers check).</summary>
    private BigInteger Units(int decimals)
    {
        int scale = _amount.Scale;
        BigInteger mantissa = Mantissa(_amount);
        return scale <= decimals
            ? mantissa * BigInteger.Pow(10, decimals - scale)
            : mantissa / BigInteger.Pow(10, scale - decimals);
    }

    /// <summary>A part of <paramref name="units"/> units of 10^-<paramref name="decimals"/>, with this amount's sign
    /// and currency, at that scale where decimal can hold it.</summary>
    private Money Part(BigInteger units, int decimals, int index)
    {
        int scale = decimals;
        BigInteger mantissa = units;
        while (mantissa > MaxDecimalMantissa && scale > 0 && (mantissa % 10).IsZero)
        {
            mantissa /= 10;
            scale--;
        }

        if (mantissa > MaxDecimalMantissa)
        {
            string text = units.ToString(CultureInfo.InvariantCulture);
            string shown = decimals == 0 ? text : text[..^decimals] + "." + text[^decimals..];
            throw new OverflowException(FormattableString.Invariant(
                $"Cannot allocate {ToString()} in units of 10^-{decimals}: part {index} would be {shown}, which needs more significant digits than decimal holds. Allocate with fewer decimals."));
        }

        var magnitude = (UInt128)mantissa;
        return new Money(new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), _amount < 0m && !mantissa.IsZero, (byte)scale), _currency);
    }

    /// <summary>The 96-bit integer of a decimal, without sign or scale.</summary>
    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        UInt128 mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        return mantissa;
    }
}
