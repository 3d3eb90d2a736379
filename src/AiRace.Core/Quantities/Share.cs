using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// A part of a whole, such as "55% of China's AI accelerator market", held exactly as a fraction in [0, 1].
/// </summary>
/// <remarks>
/// <para>Create it with <see cref="FromPercent(decimal)"/> (55 means 55%) or <see cref="FromFraction(decimal)"/>
/// (0.55 means 55%): two differently named factories, so that 55 and 0.55 cannot be confused.</para>
/// <para>The difference of two shares is a <see cref="PercentagePoints"/> value (17% → 55% is +38 pp), not a share.
/// A share of an amount of money is money: <c>Share.FromPercent(60) * Money.Cny(1_000_000_000)</c>.</para>
/// <para><c>default(Share)</c> is 0%. Values are immutable and thread-safe. A share is never rounded; a share of
/// money is at decimal's precision, as <see cref="op_Multiply(Share, Money)"/> says.</para>
/// </remarks>
[JsonConverter(typeof(ShareJsonConverter))]
public readonly struct Share :
    IEquatable<Share>,
    IComparable<Share>,
    IComparable,
    ISpanFormattable,
    IParsable<Share>,
    ISubtractionOperators<Share, Share, PercentagePoints>,
    IAdditionOperators<Share, PercentagePoints, Share>,
    ISubtractionOperators<Share, PercentagePoints, Share>,
    IMultiplyOperators<Share, Money, Money>,
    IComparisonOperators<Share, Share, bool>
{
    private readonly decimal _fraction;

    private Share(decimal fraction) => _fraction = fraction;

    /// <summary>0%: none of the whole.</summary>
    public static Share Zero => default;

    /// <summary>100%: the whole.</summary>
    public static Share Whole => new(1m);

    /// <summary>The share as a fraction of the whole, in [0, 1] (0.55 for 55%).</summary>
    public decimal Fraction => _fraction;

    /// <summary>The share in percent, in [0, 100] (55 for 55%).</summary>
    public decimal Percent => QuantityText.Normalize(_fraction * 100m);

    /// <summary>Creates a share from a percentage: <c>FromPercent(55)</c> is 55%.</summary>
    /// <param name="percent">The percentage, from 0 to 100 inclusive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside [0, 100], or has so many
    /// digits that dividing it by 100 would round it.</exception>
    public static Share FromPercent(decimal percent)
    {
        if (percent < 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, FormattableString.Invariant($"A share must be between 0% and 100%; {nameof(percent)} was {percent}."));
        }

        decimal fraction = percent / 100m;
        if (fraction * 100m != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, FormattableString.Invariant($"{nameof(percent)} {percent} has too many digits to be held exactly as a fraction."));
        }

        return new Share(fraction);
    }

    /// <summary>Creates a share from a fraction of the whole: <c>FromFraction(0.55m)</c> is 55%.</summary>
    /// <param name="fraction">The fraction, from 0 to 1 inclusive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1].</exception>
    public static Share FromFraction(decimal fraction)
    {
        if (fraction < 0m || fraction > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, FormattableString.Invariant($"A share must be a fraction between 0 and 1; {nameof(fraction)} was {fraction}."));
        }

        return new Share(fraction);
    }

    /// <summary>Tries to create a share from a percentage, without throwing.</summary>
    /// <param name="percent">The percentage.</param>
    /// <param name="share">The share, when the percentage is in [0, 100] and exactly representable.</param>
    /// <returns>Whether the percentage is a valid share.</returns>
    public static bool TryFromPercent(decimal percent, out Share share)
    {
        share = default;
        if (percent < 0m || percent > 100m)
        {
            return false;
        }

        decimal fraction = percent / 100m;
        if (fraction * 100m != percent)
        {
            return false;
        }

        share = new Share(fraction);
        return true;
    }

    /// <summary>The rest of the whole: 100% minus this share.</summary>
    /// <returns>The complement.</returns>
    public Share Complement() => new(1m - _fraction);

    /// <summary>The difference of two shares, in percentage points (55% - 17% is +38 pp).</summary>
    /// <param name="left">The later or larger share.</param>
    /// <param name="right">The share to subtract.</param>
    /// <returns>The difference in percentage points; negative when <paramref name="right"/> is larger.</returns>
    public static PercentagePoints operator -(Share left, Share right) => PercentagePoints.Of(left.Percent - right.Percent);

    /// <summary>Moves a share by a number of percentage points (17% + 38 pp is 55%).</summary>
    /// <param name="left">The share.</param>
    /// <param name="right">The change in percentage points.</param>
    /// <returns>The new share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be outside [0%, 100%], or has more digits than a
    /// share holds exactly (28 decimals of the fraction), so it would be rounded.</exception>
    public static Share operator +(Share left, PercentagePoints right)
    {
        // more than 100 points either way leaves [0%, 100%] from any share, and may be beyond decimal's range added
        decimal? percent = right.Value is >= -100m and <= 100m ? left.Percent + right.Value : null;
        if (percent is not { } inRange || inRange < 0m || inRange > 100m)
        {
            string result = percent is { } outside ? QuantityText.Invariant(outside) + "%" : "more than 100 pp away";
            throw new ArgumentOutOfRangeException(nameof(right), right.Value, $"{Move(left, right)} is {result}, outside [0%, 100%].");
        }

        if (!ExactArithmetic.IsExactSum(left.Percent, right.Value, inRange) || !TryFromPercent(inRange, out Share moved))
        {
            throw new ArgumentOutOfRangeException(nameof(right), right.Value, $"{Move(left, right)} has more digits than a share holds exactly (28 decimals of the fraction); it is not rounded.");
        }

        return moved;

        static string Move(Share left, PercentagePoints right) =>
            FormattableString.Invariant($"{left} {(right.Value < 0 ? "-" : "+")} {QuantityText.Invariant(Math.Abs(right.Value))} pp");
    }

    /// <summary>Moves a share down by a number of percentage points (55% - 38 pp is 17%).</summary>
    /// <param name="left">The share.</param>
    /// <param name="right">The change in percentage points to subtract.</param>
    /// <returns>The new share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be outside [0%, 100%], or has more digits than a
    /// share holds exactly, so it would be rounded.</exception>
    public static Share operator -(Share left, PercentagePoints right) => left + (-right);

    /// <summary>That share of an amount of money (60% of CNY 1 000 is CNY 600), at decimal's precision as
    /// <see cref="Money.op_Multiply(Money, decimal)"/> multiplies by <see cref="Fraction"/>: the exact part when decimal
    /// holds it (at most 28 decimals and 28-29 significant digits), otherwise the exact part rounded once, half to even,
    /// to those digits (0.3333333333333333333333333333 of CNY 1,000.01 is CNY 333.33666666666666666666666663, of the
    /// exact 333.336666666666666666666666633333). It is never rounded to minor units.</summary>
    /// <param name="share">The share.</param>
    /// <param name="money">The whole amount.</param>
    /// <returns>The part, in the same currency, not rounded to minor units.</returns>
    public static Money operator *(Share share, Money money) => money * share._fraction;

    /// <summary>That share of an amount of money, at decimal's precision; see <see cref="op_Multiply(Share, Money)"/>.</summary>
    /// <param name="money">The whole amount.</param>
    /// <param name="share">The share.</param>
    /// <returns>The part, in the same currency, not rounded to minor units.</returns>
    public static Money operator *(Money money, Share share) => money * share._fraction;

    /// <summary>Equal shares.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Share left, Share right) => left._fraction == right._fraction;

    /// <summary>Different shares.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Share left, Share right) => left._fraction != right._fraction;

    /// <summary>Smaller share.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Share left, Share right) => left._fraction < right._fraction;

    /// <summary>Larger share.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(Share left, Share right) => left._fraction > right._fraction;

    /// <summary>Not larger.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Share left, Share right) => left._fraction <= right._fraction;

    /// <summary>Not smaller.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Share left, Share right) => left._fraction >= right._fraction;

    /// <inheritdoc/>
    public bool Equals(Share other) => _fraction == other._fraction;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _fraction.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Share other) => _fraction.CompareTo(other._fraction);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Share other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Share with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The invariant form, such as <c>55%</c> or <c>12.5%</c>, never rounded.</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => QuantityText.Invariant(Percent) + "%";

    /// <summary>
    /// Formats the share. <c>G</c> (or empty): the invariant form <c>55%</c>. <c>C</c>: the culture's percent
    /// pattern, digits and decimal separator (<c>55 %</c> in de-DE, <c>%55</c> in tr-TR, <c>12,5 %</c> in de-DE).
    /// Neither rounds.
    /// </summary>
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
                int decimals = QuantityText.Scale(Percent);
                return _fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), NumberFormatInfo.GetInstance(formatProvider ?? CultureInfo.CurrentCulture));
            default:
                throw new FormatException($"Unknown Share format '{HiddenCharacters.ShownInput(format!)}'; use G (invariant, 55%) or C (culture).");
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

    /// <summary>Parses the invariant form: a plain decimal percentage followed by '%', such as <c>55%</c> or <c>12.5 %</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage between 0% and 100%; the message says why.</exception>
    public static Share Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return TryParse(s, out Share share, out string? error) ? share : throw new FormatException(error);
    }

    /// <summary>Tries to parse the invariant form (<c>55%</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The share.</param>
    /// <returns>Whether the text is a valid share.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Share result) =>
        TryParse(s, out result, out _);

    internal static bool TryParse(string? s, out Share result, [NotNullWhen(false)] out string? error, bool rawInput = false)
    {
        result = default;
        if (s is null)
        {
            error = "A share is missing.";
            return false;
        }

        ReadOnlySpan<char> text = s.AsSpan().Trim();
        if (!text.EndsWith("%"))
        {
            error = $"A share must be written as a percentage ending in '%', such as \"55%\"; found \"{HiddenCharacters.Quote(s, rawInput)}\".";
            return false;
        }

        if (!QuantityText.TryParseExact(text[..^1], out decimal percent, out string? why))
        {
            error = $"A share must be written as a percentage ending in '%', such as \"55%\"; \"{HiddenCharacters.Quote(s, rawInput)}\" is not: {why}.";
            return false;
        }

        if (percent < 0m || percent > 100m)
        {
            error = FormattableString.Invariant($"A share must be between 0% and 100%; found {percent}%.");
            return false;
        }

        if (!TryFromPercent(percent, out result))
        {
            error = $"The share \"{HiddenCharacters.Quote(s, rawInput)}\" has too many digits to be held exactly.";
            return false;
        }

        error = null;
        return true;
    }
}
