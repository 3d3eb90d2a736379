using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// A difference between two shares, in percentage points: 17% → 55% is +38 pp (not +223%).
/// </summary>
/// <remarks><c>default(PercentagePoints)</c> is 0 pp. Values are immutable and thread-safe. As a <see cref="Share"/> or
/// a <see cref="Ratio"/>, a change in points is never rounded silently: a sum, a difference or a product by a number is
/// exact or refused (an <see cref="OverflowException"/>), never rounded; only a quotient by a number is rounded, once,
/// at decimal's precision, as <see cref="Money.op_Division(Money, decimal)"/> divides.</remarks>
[JsonConverter(typeof(PercentagePointsJsonConverter))]
public readonly struct PercentagePoints :
    IEquatable<PercentagePoints>,
    IComparable<PercentagePoints>,
    IComparable,
    ISpanFormattable,
    IParsable<PercentagePoints>,
    IAdditionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
    ISubtractionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
    IUnaryNegationOperators<PercentagePoints, PercentagePoints>,
    IComparisonOperators<PercentagePoints, PercentagePoints, bool>
{
    private readonly decimal _value;

    private PercentagePoints(decimal value) => _value = value;

    /// <summary>The number of percentage points; negative for a fall. Between -100 and 100 when it is the difference
    /// of two shares.</summary>
    public decimal Value => _value;

    /// <summary>Creates a difference of <paramref name="points"/> percentage points.</summary>
    /// <param name="points">The points; 38 means +38 pp.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints Of(decimal points) => new(points);

    /// <summary>Adds two differences.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>, or needs more
    /// significant digits than decimal holds (28-29), so it would be rounded.</exception>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => Sum(left._value, right._value, "+", right);

    /// <summary>Subtracts two differences.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>, or needs more
    /// significant digits than decimal holds (28-29), so it would be rounded.</exception>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => Sum(left._value, -right._value, "-", right);

    /// <summary>The opposite change.</summary>
    /// <param name="value">The change.</param>
    /// <returns>The change with its sign reversed.</returns>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value._value);

    /// <summary>Scales a change (for example, per year times years), exactly: unlike
    /// <see cref="Money.op_Multiply(Money, decimal)"/>, which rounds a product once at decimal's precision, a product decimal
    /// cannot hold with all its digits is refused, not rounded.</summary>
    /// <param name="left">The change.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The scaled change.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>, or needs more
    /// decimals (28) or significant digits (28-29) than decimal holds, so it would be rounded.</exception>
    public static PercentagePoints operator *(PercentagePoints left, decimal right)
    {
        decimal product = left._value * right;
        return ExactArithmetic.IsExactProduct(left._value, right, product)
            ? new(product)
            : throw new OverflowException(FormattableString.Invariant($"{left} * {right} cannot be held exactly: the product needs more decimals or significant digits than decimal holds, and is not rounded."));
    }

    /// <summary>Divides a change (for example, into points per year), at decimal's precision: the quotient is exact when
    /// decimal holds it, and is otherwise the exact quotient rounded once, half to even, to decimal's 28-29 significant
    /// digits (at most 28 decimals), as <see cref="decimal"/> divides (+2 pp / 3 is +0.6666666666666666666666666667 pp).
    /// It is the only operation of percentage points that rounds.</summary>
    /// <param name="left">The change.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="decimal"/>; the message names
    /// the operands.</exception>
    public static PercentagePoints operator /(PercentagePoints left, decimal right)
    {
        if (right == 0m)
        {
            throw new DivideByZeroException($"Cannot divide {left} by zero.");
        }

        try
        {
            return new(left._value / right);
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(FormattableString.Invariant($"Percentage points division (/) overflowed decimal: {left} / {right}."), ex);
        }
    }

    private static PercentagePoints Sum(decimal left, decimal right, string operation, PercentagePoints operand)
    {
        decimal sum = left + right;
        return ExactArithmetic.IsExactSum(left, right, sum)
            ? new(sum)
            : throw new OverflowException($"{Of(left)} {operation} {operand} cannot be held exactly: the result needs more significant digits than decimal holds (28-29), and is not rounded.");
    }

    /// <summary>Equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left._value == right._value;

    /// <summary>Different.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => left._value != right._value;

    /// <summary>Smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left._value < right._value;

    /// <summary>Larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left._value > right._value;

    /// <summary>Not larger.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left._value <= right._value;

    /// <summary>Not smaller.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left._value >= right._value;

    /// <inheritdoc/>
    public bool Equals(PercentagePoints other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(PercentagePoints other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare PercentagePoints with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The invariant form with an explicit sign: <c>+38 pp</c>, <c>-2.5 pp</c>, <c>0 pp</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (_value > 0m ? "+" : string.Empty) + QuantityText.Invariant(_value) + " pp";

    /// <summary>Formats: <c>G</c> (or empty) the invariant form <c>+38 pp</c>; <c>C</c> the same with the culture's
    /// signs, decimal and group separators (<c>+2,5 pp</c> in de-DE). Neither rounds.</summary>
    /// <param name="format">G or C.</param>
    /// <param name="formatProvider">The culture for C; the current culture when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is neither G nor C.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        switch (string.IsNullOrEmpty(format) ? "G" : format.ToUpperInvariant())
        {
            case "G":
                return ToString();
            case "C":
                NumberFormatInfo nfi = NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.CurrentCulture);
                string digits = QuantityText.Culture(Math.Abs(_value), nfi);
                string sign = _value > 0m ? nfi.PositiveSign : _value < 0m ? nfi.NegativeSign : string.Empty;
                return sign + digits + " pp";
            default:
                throw new FormatException($"Unknown PercentagePoints format '{HiddenCharacters.ShownInput(format!)}'; use G (invariant) or C (culture).");
        }
    }

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

    /// <summary>Parses the invariant form: an optional sign, a plain decimal, optional spaces and <c>pp</c>
    /// (<c>+38 pp</c>, <c>-2.5pp</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static PercentagePoints Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return TryParse(s, out PercentagePoints value, out string? error) ? value : throw new FormatException(error);
    }

    /// <summary>Tries to parse the invariant form (<c>+38 pp</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The value.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PercentagePoints result) =>
        TryParse(s, out result, out _);

    internal static bool TryParse(string? s, out PercentagePoints result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (s is null)
        {
            error = "Percentage points are missing.";
            return false;
        }

        ReadOnlySpan<char> text = s.AsSpan().Trim();
        if (!text.EndsWith("pp", StringComparison.Ordinal))
        {
            error = $"Percentage points must be written like \"+38 pp\"; found \"{HiddenCharacters.ShownInput(s)}\".";
            return false;
        }

        text = text[..^2].TrimEnd();
        if (text.StartsWith("+") || text.StartsWith("-"))
        {
            ReadOnlySpan<char> rest = text[1..];
            if (rest.TrimStart().StartsWith("+") || rest.TrimStart().StartsWith("-"))
            {
                error = $"Percentage points must be written like \"+38 pp\"; \"{HiddenCharacters.ShownInput(s)}\" has two signs.";
                return false;
            }

            if (rest.Length > 0 && char.IsWhiteSpace(rest[0]))
            {
                error = $"Percentage points must be written like \"+38 pp\"; \"{HiddenCharacters.ShownInput(s)}\" has a space between the sign and the number.";
                return false;
            }

            text = text[0] == '+' ? rest : text;
        }

        if (!QuantityText.TryParseExact(text, out decimal value, out string? why))
        {
            error = $"Percentage points must be written like \"+38 pp\"; \"{HiddenCharacters.ShownInput(s)}\" is not: {why}.";
            return false;
        }

        result = new PercentagePoints(value);
        error = null;
        return true;
    }
}
