using System;
using System.Globalization;
using AiRace.Core.Text;

namespace AiRace.Core;

public readonly partial struct Money : ISpanFormattable
{
    /// <summary>
    /// The canonical, culture-invariant form: the ISO code, a space, and the amount with ',' digit groups and '.'
    /// decimals, shown to at least the currency's minor units and never rounded (<c>CNY 1,000,000,000.00</c>,
    /// <c>CNY 1.005</c>). <see cref="Parse(string)"/> reads it back.
    /// </summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => ToString("G", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount in one of the formats of <see cref="ToString(string?, IFormatProvider?)"/>: <c>G</c>, <c>R</c>,
    /// <c>K</c> and <c>K0</c>-<c>K9</c> are culture-invariant, so this gives the same text under every culture;
    /// <c>C</c> uses the current culture.
    /// </summary>
    /// <param name="format">G, R, K, K0-K9 or C.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>
    /// Formats the amount. Formats: <c>G</c> (or empty) the canonical invariant form <c>CNY 1,000,000,000.00</c>;
    /// <c>R</c> the canonical form without digit groups <c>CNY 1000000000.00</c>; <c>K</c> the compact analyst form
    /// <c>CNY 1T</c>, <c>USD 138B</c>, <c>CNY 600M</c>, <c>USD 8.2B</c> (exact: digits are never dropped); <c>K0</c> to
    /// <c>K9</c> the compact form rounded (half to even) to that many decimals of the scaled figure, marked with a leading
    /// "≈ " whenever rounding changed it (<c>≈ USD 139.32B</c> for K2), and in the next unit when the rounding reaches a
    /// thousand of it (USD 999,950,000,000 is <c>≈ USD 1T</c> for K0, not 1000B); <c>C</c> the
    /// culture's currency pattern with the ISO code as symbol (<c>1.000,00 CNY</c> in de-DE). Only <c>C</c> uses
    /// <paramref name="formatProvider"/> (the current culture when null); the others are invariant.
    /// Only K0-K9 round, and they say so with "≈"; every other format shows all the amount's decimals.
    /// </summary>
    /// <param name="format">G, R, K, K0-K9 or C.</param>
    /// <param name="formatProvider">The culture for <c>C</c>.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[96];
        if (TryFormat(buffer, out int written, format, formatProvider))
        {
            return new string(buffer[..written]);
        }

        // Only the culture form can be longer than the buffer (long culture symbols and patterns).
        return FormatCulture(formatProvider);
    }

    /// <summary>Formats into a span without allocating (for <c>G</c>, <c>R</c>, <c>K</c> and <c>K0</c>-<c>K9</c>). See
    /// <see cref="ToString(string?, IFormatProvider?)"/> for the formats.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">G, R, K, K0-K9 or C (empty means G).</param>
    /// <param name="provider">The culture for <c>C</c>.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException">The format is not one of G, R, K, K0-K9, C.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        char kind = format.Length == 0 ? 'G' : format.Length == 1 ? char.ToUpperInvariant(format[0]) : '?';
        if (format.Length == 2 && (format[0] is 'K' or 'k') && char.IsAsciiDigit(format[1]))
        {
            return TryFormatCompact(destination, out charsWritten, format[1] - '0');
        }

        switch (kind)
        {
            case 'G':
                return TryFormatCanonical(destination, out charsWritten, grouped: true);
            case 'R':
                return TryFormatCanonical(destination, out charsWritten, grouped: false);
            case 'K':
                return TryFormatCompact(destination, out charsWritten, -1);
            case 'C':
                string text = FormatCulture(provider);
                charsWritten = 0;
                if (text.Length > destination.Length)
                {
                    return false;
                }

                text.AsSpan().CopyTo(destination);
                charsWritten = text.Length;
                return true;
            default:
                throw new FormatException($"'{HiddenCharacters.ShownInput(format.ToString())}' is not a Money format: use G (canonical), R (canonical without groups), K (compact) or C (culture).");
        }
    }

    /// <summary>How many decimals to show: the currency's minor units, or more when the amount has more.</summary>
    private int DisplayDecimals => Math.Max(_currency.MinorUnits ?? 0, _amount.Scale);

    private bool TryFormatCanonical(Span<char> destination, out int charsWritten, bool grouped)
    {
        charsWritten = 0;
        if (destination.Length < 5)
        {
            return false;
        }

        _currency.Code.AsSpan().CopyTo(destination);
        destination[3] = ' ';
        Span<char> numberFormat = stackalloc char[3];
        int formatLength = WriteNumberFormat(numberFormat, grouped ? 'N' : 'F', DisplayDecimals);
        if (!_amount.TryFormat(destination[4..], out int n, numberFormat[..formatLength], NumberFormatInfo.InvariantInfo))
        {
            return false;
        }

        charsWritten = 4 + n;
        return true;
    }

    private bool TryFormatCompact(Span<char> destination, out int charsWritten, int decimals)
    {
        charsWritten = 0;
        decimal abs = Math.Abs(_amount);
        (decimal factor, char suffix) = abs switch
        {
            >= 1_000_000_000_000m => (1_000_000_000_000m, 'T'),
            >= 1_000_000_000m => (1_000_000_000m, 'B'),
            >= 1_000_000m => (1_000_000m, 'M'),
            >= 1_000m => (1_000m, 'K'),
            _ => (1m, '\0'),
        };

        if (destination.Length < 5)
        {
            return false;
        }

        decimal scaled = _amount / factor; // exact: dividing by a power of ten only moves the decimal point
        int start = 0;
        if (decimals >= 0)
        {
            decimal rounded = Math.Round(scaled, decimals, MidpointRounding.ToEven);
            if (rounded != scaled)
            {
                if (destination.Length < 7)
                {
                    return false;
                }

                destination[0] = '≈';
                destination[1] = ' ';
                start = 2;
            }

            scaled = rounded;
            if (suffix != 'T' && Math.Abs(scaled) >= 1_000m)
            {
                // Rounding reached a thousand of the unit (999.95B with K0): the next unit shows it (1T), as
                // compact notations do. Only exactly ±1000 can be reached, so the division is exact.
                scaled /= 1_000m;
                suffix = suffix switch { '\0' => 'K', 'K' => 'M', 'M' => 'B', _ => 'T' };
            }
        }

        _currency.Code.AsSpan().CopyTo(destination[start..]);
        destination[start + 3] = ' ';
        if (!scaled.TryFormat(destination[(start + 4)..], out int n, "0.############################", NumberFormatInfo.InvariantInfo))
        {
            return false;
        }

        int total = start + 4 + n;
        if (suffix != '\0')
        {
            if (total >= destination.Length)
            {
                return false;
            }

            destination[total++] = suffix;
        }

        charsWritten = total;
        return true;
    }

    private string FormatCulture(IFormatProvider? provider)
    {
        var info = (NumberFormatInfo)NumberFormatInfo.GetInstance(provider ?? CultureInfo.CurrentCulture).Clone();
        info.CurrencySymbol = _currency.Code;
        info.CurrencyDecimalDigits = DisplayDecimals;
        return _amount.ToString("C", info);
    }

    private static int WriteNumberFormat(Span<char> destination, char letter, int decimals)
    {
        destination[0] = letter;
        if (decimals < 10)
        {
            destination[1] = (char)('0' + decimals);
            return 2;
        }

        destination[1] = (char)('0' + (decimals / 10));
        destination[2] = (char)('0' + (decimals % 10));
        return 3;
    }
}
