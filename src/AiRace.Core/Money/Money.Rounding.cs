using System;

namespace AiRace.Core;

public readonly partial struct Money
{
    /// <summary>Rounds to the currency's minor units (2 decimals for CNY, 0 for JPY, 3 for KWD).</summary>
    /// <param name="mode">How a value exactly halfway between two results is rounded; always stated.</param>
    /// <returns>The rounded amount, in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    /// <exception cref="InvalidOperationException">ISO 4217 defines no minor unit for the currency (XAU, XDR, ...):
    /// use <see cref="Round(int, MidpointRounding)"/> with the number of decimals you want.</exception>
    public Money Round(MidpointRounding mode)
    {
        Guard.Defined(mode);
        int decimals = _currency.MinorUnits
            ?? throw new InvalidOperationException($"{_currency.Code} ({_currency.Name}) has no minor unit in ISO 4217; round with Round(decimals, mode) instead.");
        return new Money(Math.Round(_amount, decimals, mode), _currency);
    }

    /// <summary>Rounds to the given number of decimals.</summary>
    /// <param name="decimals">The number of decimal places, 0 to 28.</param>
    /// <param name="mode">How a value exactly halfway between two results is rounded; always stated.</param>
    /// <returns>The rounded amount, in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0-28, or
    /// <paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Guard.InRange(decimals, 0, 28);
        Guard.Defined(mode);
        return new Money(Math.Round(_amount, decimals, mode), _currency);
    }

    /// <summary>Whether the amount is a whole number of the currency's minor units (CNY 1.25 is; CNY 1.255 is not).
    /// Always false for a currency without minor units, unless the amount is whole.</summary>
    public bool IsWholeMinorUnits => _amount == Math.Round(_amount, _currency.MinorUnits ?? 0, MidpointRounding.ToZero);
}
