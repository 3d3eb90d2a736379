using System;
using System.Globalization;

namespace AiRace.Core.Text;

/// <summary>
/// Parses plain decimal notation (optional '-', digits, optional ',' groups of three, optional '.' and digits)
/// exactly: a number with more significant digits than <see cref="decimal"/> holds is refused, never rounded.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The most significant digits that always fit in a decimal without rounding.</summary>
    private const int MaxSignificantDigits = 28;

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

        if (i < text.Length && text[i] == '.')
        {
            i++;
            int fracStart = i;
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
        }

        if (i != text.Length)
        {
            error = $"unexpected character '{text[i]}'";
            errorIndex = i;
            return false;
        }

        // Count significant digits: skip leading zeros, and trailing zeros after the point.
        int significant = 0, fractionDigits = 0;
        bool leading = true, inFraction = false;
        int trailingZeros = 0;
        foreach (char c in text)
        {
            if (c == '.')
            {
                inFraction = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            if (inFraction)
            {
                fractionDigits++;
            }

            if (leading && c == '0')
            {
                continue;
            }

            leading = false;
            significant++;
            trailingZeros = c == '0' && inFraction ? trailingZeros + 1 : 0;
        }

        if (significant - trailingZeros > MaxSignificantDigits || fractionDigits > MaxSignificantDigits)
        {
            error = FormattableString.Invariant($"the number has more than {MaxSignificantDigits} significant digits or decimals, so it cannot be held exactly");
            return false;
        }

        NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | (allowGroups ? NumberStyles.AllowThousands : NumberStyles.None);
        if (!decimal.TryParse(text, styles, NumberFormatInfo.InvariantInfo, out value))
        {
            error = "the number is outside the range of decimal";
            return false;
        }

        return true;
    }
}
