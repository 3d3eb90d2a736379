using System;
using System.Globalization;

namespace AiRace.Core.Text;

/// <summary>Shared exact parsing and invariant formatting for the quantity types.</summary>
internal static class QuantityText
{
    /// <summary>Formats a decimal invariantly, without trailing zeros after the point and without rounding.</summary>
    public static string Invariant(decimal value)
    {
        string text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>Formats a decimal invariantly for reading, rounded (half away from zero) to <paramref name="decimals"/>
    /// decimals without trailing zeros ("0.####" for four), except that a value those decimals would round to zero
    /// keeps three significant digits ("0.0000412") instead: a figure that is not zero is never shown as 0.</summary>
    public static string Readable(decimal value, int decimals)
    {
        int places = decimals;
        while (value != 0m && places < 28 && Math.Round(value, places, MidpointRounding.AwayFromZero) == 0m)
        {
            places++;
        }

        places = places == decimals ? decimals : Math.Min(places + 2, 28);
        return Invariant(Math.Round(value, places, MidpointRounding.AwayFromZero));
    }

    /// <summary>Formats a decimal with the culture's digits, decimal separator and group separator, without rounding.</summary>
    public static string Culture(decimal value, IFormatProvider? provider)
    {
        NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
        int decimals = Scale(value);
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), nfi);
    }

    /// <summary>The same value with trailing zeros after the point removed (55.00 becomes 55).</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The number of decimals needed to show the value exactly (trailing zeros dropped).</summary>
    public static int Scale(decimal value)
    {
        decimal normalized = value / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    /// <summary>Parses plain invariant decimal notation exactly, or explains why not.</summary>
    public static decimal ParseExact(ReadOnlySpan<char> text, string what)
    {
        if (!ExactDecimal.TryParse(text.Trim(), allowGroups: false, out decimal value, out string? error, out int at))
        {
            throw new FormatException(FormattableString.Invariant($"{what} '{HiddenCharacters.ShownInput(text.ToString())}' is not a plain decimal number: {error} at position {at}."));
        }

        return value;
    }

    /// <summary>Tries to parse plain invariant decimal notation exactly.</summary>
    public static bool TryParseExact(ReadOnlySpan<char> text, out decimal value, out string? error) =>
        ExactDecimal.TryParse(text.Trim(), allowGroups: false, out value, out error, out _);
}
