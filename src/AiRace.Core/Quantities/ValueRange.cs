using System;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;

namespace AiRace.Core;

/// <summary>
/// A closed range of values [<see cref="Low"/>, <see cref="High"/>] as a source stated it ("between 55% and 60%",
/// "CNY 100 million to CNY 300 million").
/// </summary>
/// <typeparam name="T">The value type: <see cref="Share"/>, <see cref="Ratio"/>, <see cref="Money"/>, decimal, ...</typeparam>
/// <remarks><c>default</c> is the range [default, default]. Values are immutable; nothing is rounded. JSON:
/// <c>{"low": ..., "high": ...}</c> with each end in its own type's JSON form.</remarks>
[JsonConverter(typeof(ValueRangeJsonConverterFactory))]
public readonly struct ValueRange<T> : IEquatable<ValueRange<T>>, IFormattable
    where T : IComparable<T>, IEquatable<T>
{
    /// <summary>Creates a range.</summary>
    /// <param name="low">The lower end, included.</param>
    /// <param name="high">The upper end, included.</param>
    /// <exception cref="ArgumentException"><paramref name="high"/> is below <paramref name="low"/>.</exception>
    /// <exception cref="CurrencyMismatchException">For money, the ends are in different currencies.</exception>
    public ValueRange(T low, T high)
    {
        if (high.CompareTo(low) < 0)
        {
            throw new ArgumentException($"The upper end {high} of a range is below its lower end {low}.", nameof(high));
        }

        Low = low;
        High = high;
    }

    /// <summary>The lower end, included.</summary>
    public T Low { get; }

    /// <summary>The upper end, included.</summary>
    public T High { get; }

    /// <summary>Whether both ends are the same value.</summary>
    public bool IsSingleValue => Low.Equals(High);

    /// <summary>Whether the value lies in the range, ends included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when <see cref="Low"/> ≤ value ≤ <see cref="High"/>.</returns>
    public bool Contains(T value) => value.CompareTo(Low) >= 0 && value.CompareTo(High) <= 0;

    /// <inheritdoc/>
    public bool Equals(ValueRange<T> other) => Equals(Low, other.Low) && Equals(High, other.High);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueRange<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Low, High);

    /// <summary>Equal ranges.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both ends are equal.</returns>
    public static bool operator ==(ValueRange<T> left, ValueRange<T> right) => left.Equals(right);

    /// <summary>Different ranges.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether an end differs.</returns>
    public static bool operator !=(ValueRange<T> left, ValueRange<T> right) => !left.Equals(right);

    /// <summary>The invariant form, <c>low–high</c> (an en dash), each end in its invariant form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats both ends with the same format and culture, joined by an en dash.</summary>
    /// <param name="format">The format for each end.</param>
    /// <param name="formatProvider">The culture for each end.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Format(Low, format, formatProvider) + "–" + Format(High, format, formatProvider);

    private static string Format(T value, string? format, IFormatProvider? provider) =>
        value is IFormattable f ? f.ToString(format, provider) : value.ToString() ?? string.Empty;
}
