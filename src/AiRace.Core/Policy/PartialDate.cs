using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core.Policy;

/// <summary>
/// A date as precisely as a source gives it: unknown, a year (<c>2027</c>), a month (<c>2025-07</c>) or a day
/// (<c>2025-07-26</c>). Nothing is filled in: a month stays a month and an unknown date stays unknown.
/// </summary>
/// <remarks><c>default(PartialDate)</c> is <see cref="Unknown"/>. Immutable and thread-safe. Text form (also in JSON):
/// <c>unknown</c>, <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IParsable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    private PartialDate(int year, int month, int day)
    {
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>No date: the source gives none.</summary>
    public static PartialDate Unknown => default;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => _year == 0 ? DatePrecision.Unknown : _month == 0 ? DatePrecision.Year : _day == 0 ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>The year, or null when unknown.</summary>
    public int? Year => _year == 0 ? null : _year;

    /// <summary>The month (1–12), or null when not given.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or null when not given.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>Whether any part of the date is known.</summary>
    public bool IsKnown => _year != 0;

    /// <summary>A year only.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999.</exception>
    public static PartialDate OfYear(int year)
    {
        Guard.InRange(year, 1, 9999);
        return new PartialDate(year, 0, 0);
    }

    /// <summary>A year and month.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static PartialDate OfMonth(int year, int month)
    {
        Guard.InRange(year, 1, 9999);
        Guard.InRange(month, 1, 12);
        return new PartialDate(year, month, 0);
    }

    /// <summary>A full date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a calendar date.</exception>
    public static PartialDate OfDay(int year, int month, int day)
    {
        Guard.InRange(year, 1, 9999);
        Guard.InRange(month, 1, 12);
        Guard.InRange(day, 1, DateTime.DaysInMonth(year, month));
        return new PartialDate(year, month, day);
    }

    /// <summary>Whether <paramref name="first"/> lies wholly before <paramref name="second"/>, compared at the precision
    /// both give (2024 is before 2025-03; 2025 is not before 2025-03); false when either is unknown.</summary>
    internal static bool IsBefore(PartialDate first, PartialDate second)
    {
        if (!first.IsKnown || !second.IsKnown || first._year != second._year)
        {
            return first.IsKnown && second.IsKnown && first._year < second._year;
        }

        if (first._month == 0 || second._month == 0 || first._month != second._month)
        {
            return first._month != 0 && second._month != 0 && first._month < second._month;
        }

        return first._day != 0 && second._day != 0 && first._day < second._day;
    }

    /// <summary>The full date, when the precision is <see cref="DatePrecision.Day"/>; null otherwise.</summary>
    /// <returns>The date or null.</returns>
    public DateOnly? ToDateOnly() => Precision == DatePrecision.Day ? new DateOnly(_year, _month, _day) : null;

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_year, _month, _day);

    /// <summary>Equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Different.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>The text form: <c>unknown</c>, <c>2027</c>, <c>2025-07</c> or <c>2025-07-26</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Unknown => "unknown",
        DatePrecision.Year => _year.ToString("0000", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{_year:0000}-{_month:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{_year:0000}-{_month:00}-{_day:00}"),
    };

    /// <summary>Parses the text form.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the form; the message says why.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s ?? throw new ArgumentNullException(nameof(s)), out PartialDate date, out string? error) ? date : throw new FormatException(error);

    /// <summary>Tries to parse the text form.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The date.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) =>
        TryParse(s, out result, out _);

    internal static bool TryParse(string? s, out PartialDate result, [NotNullWhen(false)] out string? error, bool rawInput = false)
    {
        result = default;
        error = null;
        if (s == "unknown")
        {
            return true;
        }

        if (s is null || !(s.Length is 4 or 7 or 10))
        {
            error = Expected(s, rawInput);
            return false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            bool dash = i is 4 or 7;
            if (dash ? s[i] != '-' : !char.IsAsciiDigit(s[i]))
            {
                error = Expected(s, rawInput);
                return false;
            }
        }

        int year = int.Parse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        int month = s.Length >= 7 ? int.Parse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        int day = s.Length == 10 ? int.Parse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (year == 0 || (s.Length >= 7 && (month < 1 || month > 12)) || (s.Length == 10 && (day < 1 || day > DateTime.DaysInMonth(year, month))))
        {
            error = $"\"{s}\" is not a calendar date"; // ten digits and dashes: nothing hidden
            return false;
        }

        result = new PartialDate(year, month, day);
        return true;

        static string Expected(string? s, bool rawInput) =>
            $"a date must be \"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"; found \"{(s is null ? string.Empty : HiddenCharacters.Quote(s, rawInput))}\"";
    }
}
