using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis.Export;

/// <summary>Writes and reads the value of one CSV field by its <see cref="FieldType"/>, in the invariant culture.
/// Decimals are read by the library's one exact decimal parser (<see cref="ExactDecimal"/>).</summary>
internal static class CsvCells
{
    public const string DateFormat = "yyyy-MM-dd";

    public static void Write(TextWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                WriteText(writer, text);
                break;
            case long integer:
                WriteFormatted(writer, integer, default);
                break;
            case decimal number:
                WriteFormatted(writer, number, default);
                break;
            case DateOnly date:
                WriteFormatted(writer, date, "O");
                break;
            case bool flag:
                writer.Write(flag ? "true" : "false");
                break;
            default:
                // Fields hold only the five field types (TableColumn.Flatten), so this cannot happen.
                throw new InvalidOperationException($"A field holds a {value.GetType().Name}.");
        }
    }

    /// <summary>Writes a value as <c>ToString(format, CultureInfo.InvariantCulture)</c> writes it. For a day, the
    /// round-trip format "O" is yyyy-MM-dd (<see cref="DateFormat"/>).</summary>
    private static void WriteFormatted<T>(TextWriter writer, T value, ReadOnlySpan<char> format)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture))
        {
            writer.Write(buffer[..written]);
        }
        else
        {
            writer.Write(value.ToString(format.ToString(), CultureInfo.InvariantCulture));
        }
    }

    public static void WriteText(TextWriter writer, string text)
    {
        if (text.Length > 0 && text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>Reads a field's value; a problem (with <paramref name="where"/>) is added when the text does not fit the type.</summary>
    public static object? Read(CsvField field, FieldType type, string where, List<string> problems)
    {
        string s = field.Text;
        if (type == FieldType.Text)
        {
            if (HiddenCharacters.FirstUnpairedSurrogate(s) is var at and >= 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: '{HiddenCharacters.ShownInput(s)}' holds half a surrogate pair (U+{(int)s[at]:X4}) at character {at + 1}, which is no text and which no export can write."));
                return null;
            }

            return s.Length == 0 && !field.Quoted ? null : s;
        }

        if (s.Length == 0)
        {
            if (field.Quoted)
            {
                problems.Add($"{where}: \"\" (an empty text) is not allowed in a {type} field; leave the field empty and unquoted for a missing value.");
            }

            return null;
        }

        switch (type)
        {
            case FieldType.Integer:
                if (ExactDecimal.TryParse(s, allowGroups: false, out decimal whole, out string? integerError, out _) && !s.Contains('.', StringComparison.Ordinal))
                {
                    if (whole is >= long.MinValue and <= long.MaxValue)
                    {
                        return (long)whole;
                    }

                    problems.Add($"{where}: '{HiddenCharacters.ShownInput(s)}' is out of the range of a 64-bit integer.");
                    return null;
                }

                problems.Add(integerError is not null && integerError.Contains("outside the range", StringComparison.Ordinal)
                    ? $"{where}: '{HiddenCharacters.ShownInput(s)}' is out of the range of a 64-bit integer."
                    : $"{where}: '{HiddenCharacters.ShownInput(s)}' is not a whole number (expected invariant digits with an optional leading '-', such as -2024).");
                return null;

            case FieldType.Decimal:
                if (ExactDecimal.TryParse(s, allowGroups: false, out decimal number, out string? error, out _))
                {
                    return number;
                }

                problems.Add(error!.Contains("outside the range", StringComparison.Ordinal)
                    ? $"{where}: '{HiddenCharacters.ShownInput(s)}' is out of the range of a decimal (±79228162514264337593543950335)."
                    : error.Contains("cannot be held exactly", StringComparison.Ordinal)
                        ? $"{where}: '{HiddenCharacters.ShownInput(s)}' has more digits than a decimal holds exactly; it is not rounded."
                        : $"{where}: '{HiddenCharacters.ShownInput(s)}' is not a decimal ({error}; expected invariant digits with an optional leading '-' and '.' fraction, such as -1234.50; no exponent, spaces or group separators).");
                return null;

            case FieldType.Date:
                if (DateOnly.TryParseExact(s, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
                {
                    return date;
                }

                problems.Add($"{where}: '{HiddenCharacters.ShownInput(s)}' is not a date written yyyy-MM-dd.");
                return null;

            default:
                if (s == "true")
                {
                    return true;
                }

                if (s == "false")
                {
                    return false;
                }

                problems.Add($"{where}: '{HiddenCharacters.ShownInput(s)}' is not a flag (expected true or false, in lower case).");
                return null;
        }
    }
}
