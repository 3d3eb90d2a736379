using System;
using System.Globalization;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// A length of time as a source stated it: a single length ("five years") or a range ("three to five years"), in one
/// calendar unit.
/// </summary>
/// <remarks><c>default(DurationRange)</c> is a length of 0 with no unit (<see cref="Unit"/> is 0, not a defined
/// <see cref="DurationUnit"/>); create real values with
/// <see cref="Years(decimal, decimal)"/>, <see cref="Of(decimal, decimal, DurationUnit)"/> or
/// <see cref="Exactly(decimal, DurationUnit)"/>. Immutable and thread-safe. JSON:
/// <c>{"min":"3","max":"5","unit":"years"}</c>.</remarks>
[JsonConverter(typeof(DurationRangeJsonConverter))]
public readonly struct DurationRange : IEquatable<DurationRange>, IFormattable
{
    private DurationRange(decimal minimum, decimal maximum, DurationUnit unit)
    {
        Minimum = minimum;
        Maximum = maximum;
        Unit = unit;
    }

    /// <summary>The shortest length stated (3 in "three to five years").</summary>
    public decimal Minimum { get; }

    /// <summary>The longest length stated (5 in "three to five years").</summary>
    public decimal Maximum { get; }

    /// <summary>The unit of both ends.</summary>
    public DurationUnit Unit { get; }

    /// <summary>Whether the source stated a single length rather than a range.</summary>
    public bool IsSingleLength => Minimum == Maximum;

    /// <summary>A range of lengths in the given unit.</summary>
    /// <param name="minimum">The shortest length; not negative.</param>
    /// <param name="maximum">The longest length; not below <paramref name="minimum"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A length is negative, the maximum is below the minimum, or the unit
    /// is not defined.</exception>
    public static DurationRange Of(decimal minimum, decimal maximum, DurationUnit unit)
    {
        Guard.NotNegative(minimum);
        Guard.Defined(unit);
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, FormattableString.Invariant($"The longest length {maximum} is below the shortest length {minimum}."));
        }

        return new DurationRange(minimum, maximum, unit);
    }

    /// <summary>A range in years: <c>Years(3, 5)</c> is "three to five years".</summary>
    /// <param name="minimum">The fewest years.</param>
    /// <param name="maximum">The most years.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="Of(decimal, decimal, DurationUnit)"/>.</exception>
    public static DurationRange Years(decimal minimum, decimal maximum) => Of(minimum, maximum, DurationUnit.Years);

    /// <summary>A single stated length.</summary>
    /// <param name="length">The length.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The duration, as a range with equal ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The length is negative or the unit undefined.</exception>
    public static DurationRange Exactly(decimal length, DurationUnit unit) => Of(length, length, unit);

    /// <inheritdoc/>
    public bool Equals(DurationRange other) => Minimum == other.Minimum && Maximum == other.Maximum && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DurationRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum, Unit);

    /// <summary>Equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DurationRange left, DurationRange right) => left.Equals(right);

    /// <summary>Different.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DurationRange left, DurationRange right) => !left.Equals(right);

    /// <summary>The invariant English form: <c>3–5 years</c>, <c>1 year</c>, <c>18 months</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("G", CultureInfo.InvariantCulture);

    /// <summary>Formats: <c>G</c> (or empty) the invariant form; <c>C</c> the culture's digits and decimal separator
    /// (unit words stay English). Neither rounds.</summary>
    /// <param name="format">G or C.</param>
    /// <param name="formatProvider">The culture for C; the current culture when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is neither G nor C.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Func<decimal, string> number = (string.IsNullOrEmpty(format) ? "G" : format.ToUpperInvariant()) switch
        {
            "G" => QuantityText.Invariant,
            "C" => v => QuantityText.Culture(v, formatProvider ?? CultureInfo.CurrentCulture),
            _ => throw new FormatException($"Unknown DurationRange format '{HiddenCharacters.ShownInput(format!)}'; use G (invariant) or C (culture)."),
        };
        string unit = Unit switch
        {
            DurationUnit.Days => "day",
            DurationUnit.Months => "month",
            DurationUnit.Years => "year",
            _ => "(no unit)",
        };
        string plural = Maximum == 1m ? unit : unit + "s";
        return IsSingleLength ? $"{number(Minimum)} {plural}" : $"{number(Minimum)}–{number(Maximum)} {plural}";
    }
}
