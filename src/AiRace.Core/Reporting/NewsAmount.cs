using System;

namespace AiRace.Core.Reporting;

/// <summary>
/// An amount as a news article wrote it, read by <see cref="NewsAmountParser"/>: the money, the figure as written
/// and the scale word ("600 million yuan" is the figure 600, <see cref="Magnitude.Millions"/>, CNY 600 000 000).
/// Immutable.
/// </summary>
public readonly struct NewsAmount : IEquatable<NewsAmount>
{
    /// <summary>Creates a parsed amount.</summary>
    /// <param name="money">The full amount.</param>
    /// <param name="figure">The figure as written, before scaling.</param>
    /// <param name="magnitude">The scale word.</param>
    /// <param name="currencyFromDefault">Whether the currency came from a default (such as '$' taken as USD) rather
    /// than from an unambiguous code or name in the text.</param>
    public NewsAmount(Money money, decimal figure, Magnitude magnitude, bool currencyFromDefault)
    {
        Money = money;
        Figure = figure;
        Magnitude = magnitude;
        CurrencyFromDefault = currencyFromDefault;
    }

    /// <summary>The full amount: figure × magnitude, in the currency the text named.</summary>
    public Money Money { get; }

    /// <summary>The figure as written (600 for "600 million yuan", 1.5 for "1.5bn euros").</summary>
    public decimal Figure { get; }

    /// <summary>The scale word the figure was written with.</summary>
    public Magnitude Magnitude { get; }

    /// <summary>Whether the currency came from a default ('$' read as the options' dollar, normally USD) rather than
    /// from an unambiguous code or name.</summary>
    public bool CurrencyFromDefault { get; }

    /// <inheritdoc/>
    public bool Equals(NewsAmount other) =>
        Money.Equals(other.Money) && Figure == other.Figure && Magnitude == other.Magnitude && CurrencyFromDefault == other.CurrencyFromDefault;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NewsAmount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Money, Figure, Magnitude, CurrencyFromDefault);

    /// <summary>Whether two parsed amounts are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NewsAmount left, NewsAmount right) => left.Equals(right);

    /// <summary>Whether two parsed amounts differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(NewsAmount left, NewsAmount right) => !left.Equals(right);

    /// <summary>The amount in compact form, such as "CNY 600M".</summary>
    /// <returns>The compact form.</returns>
    public override string ToString() => Money.ToString("K", null);
}
