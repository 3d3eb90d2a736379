using System;
using System.Globalization;
using AiRace.Core.Reporting;

namespace AiRace.Core.Policy;

/// <summary>
/// The value of a metric as a source stated it: a <see cref="Share"/>, a <see cref="Ratio"/>, an amount of
/// <see cref="Money"/> or a plain number, with its qualifier ("about 65%" is approximately 0.65×).
/// </summary>
/// <remarks><c>default(MetricValue)</c> is the exact number 0. Immutable and thread-safe.</remarks>
public readonly struct MetricValue : IEquatable<MetricValue>
{
    // Number is stored as 0 so that default(MetricValue) is the exact number 0.
    private readonly int _kindOrZero;
    private readonly decimal _value;
    private readonly Currency _currency;

    private MetricValue(MetricValueKind kind, decimal value, Currency currency, AmountQualifier qualifier)
    {
        Guard.Defined(qualifier);
        if (qualifier == AmountQualifier.Between)
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "A metric value is a single figure; state a range as two values.");
        }

        _kindOrZero = kind == MetricValueKind.Number ? 0 : (int)kind;
        _value = value;
        _currency = currency;
        Qualifier = qualifier;
    }

    /// <summary>What kind of value it is.</summary>
    public MetricValueKind Kind => _kindOrZero == 0 ? MetricValueKind.Number : (MetricValueKind)_kindOrZero;

    /// <summary>How the source qualified it (exact, approximately, up to, at least).</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>A share.</summary>
    /// <param name="share">The share.</param>
    /// <param name="qualifier">How the source qualified it.</param>
    /// <returns>The value.</returns>
    public static MetricValue Of(Share share, AmountQualifier qualifier = AmountQualifier.Exact) => new(MetricValueKind.Share, share.Fraction, default, qualifier);

    /// <summary>A ratio.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="qualifier">How the source qualified it.</param>
    /// <returns>The value.</returns>
    public static MetricValue Of(Ratio ratio, AmountQualifier qualifier = AmountQualifier.Exact) => new(MetricValueKind.Ratio, ratio.Value, default, qualifier);

    /// <summary>An amount of money.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="qualifier">How the source qualified it.</param>
    /// <returns>The value.</returns>
    public static MetricValue Of(Money money, AmountQualifier qualifier = AmountQualifier.Exact) => new(MetricValueKind.Money, money.Amount, money.Currency, qualifier);

    /// <summary>A plain number.</summary>
    /// <param name="number">The number.</param>
    /// <param name="qualifier">How the source qualified it.</param>
    /// <returns>The value.</returns>
    public static MetricValue OfNumber(decimal number, AmountQualifier qualifier = AmountQualifier.Exact) => new(MetricValueKind.Number, number, default, qualifier);

    /// <summary>The share.</summary>
    /// <returns>The share.</returns>
    /// <exception cref="InvalidOperationException">The value is not a share.</exception>
    public Share AsShare() => Kind == MetricValueKind.Share ? Share.FromFraction(_value) : throw WrongKind(MetricValueKind.Share);

    /// <summary>The ratio.</summary>
    /// <returns>The ratio.</returns>
    /// <exception cref="InvalidOperationException">The value is not a ratio.</exception>
    public Ratio AsRatio() => Kind == MetricValueKind.Ratio ? Ratio.Of(_value) : throw WrongKind(MetricValueKind.Ratio);

    /// <summary>The money.</summary>
    /// <returns>The money.</returns>
    /// <exception cref="InvalidOperationException">The value is not money.</exception>
    public Money AsMoney() => Kind == MetricValueKind.Money ? new Money(_value, _currency) : throw WrongKind(MetricValueKind.Money);

    /// <summary>The plain number.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is not a plain number.</exception>
    public decimal AsNumber() => Kind == MetricValueKind.Number ? _value : throw WrongKind(MetricValueKind.Number);

    private InvalidOperationException WrongKind(MetricValueKind wanted) => new($"This metric value is a {Kind} ({this}), not a {wanted}.");

    /// <inheritdoc/>
    public bool Equals(MetricValue other) => Kind == other.Kind && _value == other._value && _currency == other._currency && Qualifier == other.Qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MetricValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _value, _currency, Qualifier);

    /// <summary>Equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MetricValue left, MetricValue right) => left.Equals(right);

    /// <summary>Different.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MetricValue left, MetricValue right) => !left.Equals(right);

    /// <summary>The invariant form: <c>55%</c>, <c>approximately 0.65x</c>, <c>CNY 1,000.00</c>, <c>12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string value = Kind switch
        {
            MetricValueKind.Share => AsShare().ToString(),
            MetricValueKind.Ratio => AsRatio().ToString(),
            MetricValueKind.Money => AsMoney().ToString(),
            _ => _value.ToString(CultureInfo.InvariantCulture),
        };
        return Qualifier switch
        {
            AmountQualifier.Approximately => "approximately " + value,
            AmountQualifier.UpTo => "up to " + value,
            AmountQualifier.AtLeast => "at least " + value,
            _ => value,
        };
    }
}
