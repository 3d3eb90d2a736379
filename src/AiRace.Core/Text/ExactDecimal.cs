using System;

namespace AiRace.Core.Text;

/// <summary>
/// Parses plain decimal notation (optional '-', digits without a leading zero, optional ',' groups of three,
/// optional '.' and digits) exactly: every number a <see cref="decimal"/> can hold is read back with its value and its decimals (so every
/// decimal's invariant text round-trips, 29 significant digits and <see cref="decimal.MaxValue"/> included); a number
/// with a digit <see cref="decimal"/> cannot hold is refused, never rounded. Trailing zeros after the point beyond
/// what decimal holds are dropped, which does not change the value.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The most significant digits a decimal holds (29, below 2^96).</summary>
    private const int MaxDigits = 29;

    /// <summary>The most decimals a decimal holds.</summary>
    private const int MaxScale = 28;

    private const string OutOfRange = "the number is outside the range of decimal";
    private const string TooManyDecimals = "the number has more than 28 decimals, so it cannot be held exactly";
    private const string TooManyDigits = "the number has more significant digits than decimal holds (at most 29, and below 79,228,162,514,264,337,593,543,950,335 without the point), so it cannot be held exactly";

    /// <summary>2^96 - 1, the largest mantissa of a decimal.</summary>
    private static readonly UInt128 MaxMantissa = (UInt128.One << 96) - 1;

    /// <summary>Parses <paramref name="text"/>; on failure, <paramref name="error"/> says what and
    /// <paramref name="errorIndex"/> where (relative to the start of <paramref name="text"/>).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool allowGroups, out decimal value, out string? error, out int errorIndex)
    {
        value = 0m;
        error = null;
        errorIndex = 0;
        int i = 0;
        if (text.IsEmpty)
        {
            error = "expected a number";
            return false;
        }

        if (text[0] == '-')
        {
            i = 1;
        }
        else if (text[0] == '+')
        {
            error = "a leading '+' is not allowed";
            return false;
        }

        int intStart = i;
        int digitsInGroup = 0;
        bool sawGroup = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digitsInGroup++;
                if (sawGroup && digitsInGroup > 3)
                {
                    error = "digit groups must be separated by ',' every three digits";
                    errorIndex = i;
                    return false;
                }

                continue;
            }

            if (c == ',' && allowGroups)
            {
                if ((sawGroup && digitsInGroup != 3) || (!sawGroup && (digitsInGroup == 0 || digitsInGroup > 3)))
                {
                    error = "digit groups must be separated by ',' every three digits";
                    errorIndex = i;
                    return false;
                }

                sawGroup = true;
                digitsInGroup = 0;
                continue;
            }

            break;
        }

        if (i == intStart || digitsInGroup == 0)
        {
            error = "expected a digit";
            errorIndex = i;
            return false;
        }

        if (sawGroup && digitsInGroup != 3)
        {
            error = "digit groups must be separated by ',' every three digits";
            errorIndex = i;
            return false;
        }

        if (text[intStart] == '0' && i - intStart > 1)
        {
            // JSON numbers forbid it, and no writer of numbers pads with zeros: "00012" is more likely a typo (a digit
            // lost or doubled) than 12, so it is refused rather than read as 12.
            error = "a leading zero is not allowed (write the number without it, such as 12 for 012)";
            errorIndex = intStart;
            return false;
        }

        int intEnd = i;
        int fracStart = i, fracEnd = i;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fracStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == fracStart)
            {
                error = "expected a digit after the decimal point";
                errorIndex = i;
                return false;
            }

            fracEnd = i;
        }

        if (i != text.Length)
        {
            error = $"unexpected character '{HiddenCharacters.Shown(text.Slice(i, HiddenCharacters.UnitsAt(text, i)).ToString())}'";
            errorIndex = i;
            return false;
        }

        return TryCompose(text[intStart..intEnd], text[fracStart..fracEnd], negative: intStart == 1, out value, out error);
    }

    /// <summary>
    /// Builds the decimal whose digits are <paramref name="integer"/> (',' groups skipped) then
    /// <paramref name="fraction"/>, keeping every decimal written. Trailing zeros after the point are dropped only
    /// where decimal could not hold them (beyond 28 decimals, or beyond 96 bits of digits), which does not change
    /// the value; any other digit decimal cannot hold makes the number refused.
    /// </summary>
    private static bool TryCompose(ReadOnlySpan<char> integer, ReadOnlySpan<char> fraction, bool negative, out decimal value, out string? error)
    {
        value = 0m;
        error = null;
        int scale = fraction.Length;
        int trailingZeros = fraction.Length - fraction.TrimEnd('0').Length;

        // Significant digits: from the first non-zero digit to the end of the fraction.
        int significant = 0;
        foreach (char c in integer)
        {
            if (c != ',' && (significant > 0 || c != '0'))
            {
                significant++;
            }
        }

        int integerDigits = significant;
        foreach (char c in fraction)
        {
            if (significant > 0 || c != '0')
            {
                significant++;
            }
        }

        // The integer part alone: at most 29 significant digits fit in 128 bits, and must fit in 96.
        UInt128 mantissa = 0;
        if (integerDigits <= MaxDigits)
        {
            foreach (char c in integer)
            {
                if (c != ',')
                {
                    mantissa = (mantissa * 10) + (uint)(c - '0');
                }
            }
        }

        if (integerDigits > MaxDigits || mantissa > MaxMantissa)
        {
            error = OutOfRange;
            return false;
        }

        // Drop the trailing zeros decimal cannot hold, and no more.
        int dropped = Math.Max(0, Math.Max(scale - MaxScale, Math.Min(trailingZeros, significant - MaxDigits)));
        if (dropped > trailingZeros)
        {
            error = TooManyDecimals;
            return false;
        }

        if (significant - dropped > MaxDigits)
        {
            error = TooManyDigits;
            return false;
        }

        foreach (char c in fraction[..(fraction.Length - dropped)])
        {
            mantissa = (mantissa * 10) + (uint)(c - '0');
        }

        scale -= dropped;
        while (mantissa > MaxMantissa && dropped < trailingZeros)
        {
            mantissa /= 10;
            scale--;
            dropped++;
        }

        if (mantissa > MaxMantissa)
        {
            error = TooManyDigits;
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative && mantissa != 0, (byte)scale);
        return true;
    }
}
