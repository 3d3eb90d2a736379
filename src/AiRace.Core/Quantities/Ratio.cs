using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// A non-negative relative measure that may exceed 1: a chip at 0.65× another's performance, a growth factor of 3.2×.
/// </summary>
/// <remarks>Unlike a <see cref="Share"/>, a ratio is not a part of a whole and is not limited to 1.
/// <c>default(Ratio)</c> is 0×. Values are immutable and thread-safe. A ratio is never rounded; an amount of money
/// scaled by it is at decimal's precision, as <see cref="op_Multiply(Money, Ratio)"/> says.</remarks>
[JsonConverter(typeof(RatioJsonConverter))]
public readonly struct Ratio :
    IEquatable<Ratio>,
    IComparable<Ratio>,
    IComparable,
    ISpanFormattable,
    IParsable<Ratio>,
    IComparisonOperators<Ratio, Ratio, bool>
{
    private readonly decimal _value;

    private Ratio(decimal value) => _value = value;

    /// <summary>The ratio as a number: 0.65 for 65% of a reference, 3 for three times it.</summary>
    public decimal Value => _value;

    /// <summary>The ratio expressed in percent of the reference (65 for 0.65×).</summary>
    /// <exception cref="OverflowException">The ratio is above <see cref="decimal.MaxValue"/> / 100; the message names
    /// the ratio.</exception>
    public decimal Percent
    {
        get
        {
            try
            {
                return QuantityText.Normalize(_value * 100m);
            }
            catch (OverflowException ex)
            {
                throw new OverflowException($"The ratio {this} is too large for a percent: times 100 it is above decimal.MaxValue (about 7.9 × 10^28).", ex);
            }
        }
    }

    /// <summary>Creates a ratio.</summary>
    /// <param name="value">The ratio; must not be negative.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Ratio Of(decimal value)
    {
        Guard.NotNegative(value);
        return new Ratio(value);
    }

    /// <summary>Creates a ratio from a percentage of a reference ("about 65% of Nvidia's leading chip" is 0.65×).</summary>
    /// <param name="percent">The percentage; must not be negative and may exceed 100.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative, or has too many digits to
    /// divide by 100 exactly.</exception>
    public static Ratio FromPercent(decimal percent)
    {
        Guard.NotNegative(percent);
        decimal value = percent / 100m;
        if (value * 100m != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, FormattableString.Invariant($"{nameof(percent)} {percent} has too many digits to be held exactly as a ratio."));
        }

        return new Ratio(value);
    }

    /// <summary>Scales an amount of money by a ratio (a growth factor applied to a budget), at decimal's precision as
    /// <see cref="Money.op_Multiply(Money, decimal)"/> multiplies by <see cref="Value"/>: the exact product when decimal
    /// holds it (at most 28 decimals and 28-29 significant digits), otherwise the exact product rounded once, half to
    /// even, to those digits. It is never rounded to minor units.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The scaled amount, not rounded to minor units.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money money, Ratio ratio) => money * ratio._value;

    /// <summary>Scales an amount of money by a ratio, at decimal's precision; see <see cref="op_Multiply(Money, Ratio)"/>.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="money">The amount.</param>
    /// <returns>The scaled amount, not rounded to minor units.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Ratio ratio, Money money) => money * ratio._value;

    /// <summary>Equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left._value == right._value;

    /// <summary>Different.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Ratio left, Ratio right) => left._value != right._value;

    /// <summary>Smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Ratio left, Ratio right) => left._value < right._value;

    /// <summary>Larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(Ratio left, Ratio right) => left._value > right._value;

    /// <summary>Not larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Ratio left, Ratio right) => left._value <= right._value;

    /// <summary>Not smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Ratio left, Ratio right) => left._value >= right._value;

    /// <inheritdoc/>
    public bool Equals(Ratio other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Ratio other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Ratio with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The invariant form: <c>0.65x</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => QuantityText.Invariant(_value) + "x";

    /// <summary>Formats: <c>G</c> (or empty) the invariant form <c>0.65x</c>; <c>C</c> the culture's digits and
    /// separators with a multiplication sign (<c>0,65×</c> in de-DE). Neither rounds.</summary>
    /// <param name="format">G or C.</param>
    /// <param name="formatProvider">The culture for C; the current culture when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is neither G nor C.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        (string.IsNullOrEmpty(format) ? "G" : format.ToUpperInvariant()) switch
        {
            "G" => ToString(),
            "C" => QuantityText.Culture(_value, formatProvider ?? CultureInfo.CurrentCulture) + "×",
            _ => throw new FormatException($"Unknown Ratio format '{HiddenCharacters.ShownInput(format!)}'; use G (invariant, 0.65x) or C (culture)."),
        };

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString(format.ToString(), provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Parses the invariant form: a plain non-negative decimal, optionally followed by <c>x</c> or <c>×</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a non-negative decimal; the message says why.</exception>
    public static Ratio Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return TryParse(s, out Ratio value, out string? error) ? value : throw new FormatException(error);
    }

    /// <summary>Tries to parse the invariant form (<c>0.65x</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The ratio.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ratio result) =>
        TryParse(s, out result, out _);

    internal static bool TryParse(string? s, out Ratio result, [NotNullWhen(false)] out string? error, bool rawInput = false)
    {
        result = default;
        if (s is null)
        {
            error = "A ratio is missing.";
            return false;
        }

        ReadOnlySpan<char> text = s.AsSpan().Trim();
        if (text.EndsWith("x") || text.EndsWith("×"))
        {
            text = text[..^1].TrimEnd();
        }

        if (!QuantityText.TryParseExact(text, out decimal value, out string? why))
        {
            error = $"A ratio must be a plain decimal such as \"0.65\" or \"0.65x\"; \"{HiddenCharacters.Quote(s, rawInput)}\" is not: {why}.";
            return false;
        }

        if (value < 0m)
        {
            error = FormattableString.Invariant($"A ratio must not be negative; found {value}.");
            return false;
        }

        result = new Ratio(value);
        error = null;
        return true;
    }
}
