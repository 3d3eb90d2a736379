using System;
using System.Globalization;

namespace AiRace.Core.Text;

/// <summary>
/// Parses plain decimal notation (optional '-', digits, optional ',' groups of three, optional '.' and digits)
/// exactly: a number with more significant digits than <see cref="decimal"/> holds is refused, never rounded.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The most significant digits that always fit in a decimal without rounding (29 fit when the value is
    /// below 2^96).</summary>
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

        NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | (allowGroups ? NumberStyles.AllowThousands : NumberStyles.None);
        if (!decimal.TryParse(text, styles, NumberFormatInfo.InvariantInfo, out value))
        {
            error = "the number is outside the range of decimal";
            return false;
        }

        // decimal.Parse rounds what it cannot hold; the number is exact when the parsed value has every written digit.
        if (!SameDigits(text, value))
        {
            value = 0m;
            error = FormattableString.Invariant($"the number has more significant digits or decimals than a decimal holds ({MaxSignificantDigits} to 29), so it cannot be held exactly");
            return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> holds exactly the digits of <paramref name="text"/> (groups, leading zeros
    /// and trailing fraction zeros aside).</summary>
    private static bool SameDigits(ReadOnlySpan<char> text, decimal value)
    {
        Span<char> formatted = stackalloc char[64];
        if (!value.TryFormat(formatted, out int written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        Span<char> digits = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        return Significant(text, digits).SequenceEqual(Significant(formatted[..written], formatted));
    }

    /// <summary>The digits without sign, groups, leading zeros and trailing fraction zeros (the point kept where it
    /// matters), written into <paramref name="into"/>, which may be <paramref name="text"/>'s own buffer.</summary>
    private static ReadOnlySpan<char> Significant(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0;
        bool point = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c) || c == '.')
            {
                into[n++] = c;
                point |= c == '.';
            }
        }

        ReadOnlySpan<char> s = into[..n];
        if (point)
        {
            s = s.TrimEnd('0').TrimEnd('.');
        }

        s = s.TrimStart('0');
        return s.IsEmpty || s is "." ? "0" : s;
    }
}
