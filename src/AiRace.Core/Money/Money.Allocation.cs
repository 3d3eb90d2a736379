using System;
using System.Collections.Generic;

namespace AiRace.Core;

public readonly partial struct Money
{
    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts that differ by at most one minor unit and add up exactly
    /// to the whole. The remainder goes one minor unit at a time to the first parts (each part's exact share is
    /// the same, so largest remainder reduces to order).
    /// </summary>
    /// <param name="parts">How many parts, at least 1.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units, or the currency
    /// has none: round first, or use <see cref="Allocate(ReadOnlySpan{decimal}, int)"/>.</exception>
    public Money[] Allocate(int parts)
    {
        if (parts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, FormattableString.Invariant($"parts must be at least 1; it was {parts}."));
        }

        Span<decimal> ratios = parts <= 64 ? stackalloc decimal[parts] : new decimal[parts];
        ratios.Fill(1m);
        return Allocate(ratios);
    }

    /// <summary>
    /// Splits the amount by ratios (for example 600:300:100) in whole minor units, so that the parts add up exactly
    /// to the whole. Each part first gets its exact share rounded down; the minor units left over go, one each, to the
    /// parts with the largest remainders (ties: the earlier part). Every part is within one minor unit of its exact share.
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one of them positive.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentException">A ratio is negative, or none is positive.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units, or the currency
    /// has none.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios)
    {
        int decimals = _currency.MinorUnits
            ?? throw new InvalidOperationException($"{_currency.Code} has no minor unit in ISO 4217; call Allocate(ratios, decimals) with the precision to allocate in.");
        if (!IsWholeMinorUnits)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"Cannot allocate {ToString()} in minor units: it is not a whole number of {_currency.Code} minor units (10^-{decimals}). Round it first with Round(MidpointRounding)."));
        }

        return AllocateCore(ratios, decimals);
    }

    /// <summary>
    /// Splits the amount by ratios in units of 10^-<paramref name="decimals"/>, by largest remainder, so that the
    /// parts add up exactly to the whole. For currencies without minor units (XAU) or finer allocation.
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one of them positive.</param>
    /// <param name="decimals">The precision of the parts, 0 to 20 decimals.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentException">A ratio is negative, or none is positive.</exception>
    /// <exception cref="InvalidOperationException">The amount has more decimals than <paramref name="decimals"/>.</exception>
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

    private Money[] AllocateCore(ReadOnlySpan<decimal> ratios, int decimals)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException("At least one ratio is needed.", nameof(ratios));
        }

        decimal total = 0m;
        for (int i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException(FormattableString.Invariant($"ratios[{i}] is {ratios[i]}; ratios must not be negative."), nameof(ratios));
            }

            total += ratios[i];
        }

        if (total == 0m)
        {
            throw new ArgumentException("At least one ratio must be greater than zero.", nameof(ratios));
        }

        decimal unit = Pow10Negative(decimals);
        decimal units = Math.Abs(_amount) / unit; // a whole number: checked by the callers
        int sign = _amount < 0m ? -1 : 1;

        var floors = new decimal[ratios.Length];
        var remainders = new decimal[ratios.Length];
        decimal allocated = 0m;
        try
        {
            for (int i = 0; i < ratios.Length; i++)
            {
                decimal exact = units * ratios[i] / total;
                floors[i] = decimal.Floor(exact);
                remainders[i] = exact - floors[i];
                allocated += floors[i];
            }
        }
        catch (OverflowException ex)
        {
            throw new OverflowException($"Allocating {ToString()} by the given ratios overflowed decimal.", ex);
        }

        int leftOver = (int)(units - allocated);
        if (leftOver > 0)
        {
            // Indices ordered by remainder, largest first; ties keep the earlier part first (stable sort).
            var order = new int[ratios.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, Comparer<int>.Create((a, b) =>
            {
                int byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            }));
            for (int k = 0; k < leftOver; k++)
            {
                floors[order[k]] += 1m;
            }
        }

        var result = new Money[ratios.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new Money(sign * floors[i] * unit, _currency);
        }

        return result;
    }

    private static decimal Pow10Negative(int decimals)
    {
        decimal unit = 1m;
        for (int i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
