using System;

namespace AiRace.Core;

/// <summary>What kind of rate a look-up asks for.</summary>
public enum RateLookupKind
{
    /// <summary>A daily rate quoted on exactly the date.</summary>
    ExactDate = 0,

    /// <summary>The daily rate of the date or, when there is none (weekend, holiday), the most recent earlier one
    /// within a stated number of days.</summary>
    MostRecent = 1,

    /// <summary>The average rate of the date's calendar month.</summary>
    MonthlyAverage = 2,

    /// <summary>The average rate of the date's calendar year.</summary>
    AnnualAverage = 3,
}

/// <summary>
/// The policy a rate look-up follows. There is no policy that extrapolates: a date outside the data is an error.
/// Immutable; <c>default</c> is <see cref="ExactDate"/>.
/// </summary>
public readonly struct RateLookup : IEquatable<RateLookup>
{
    private RateLookup(RateLookupKind kind, int maxDaysBack)
    {
        Kind = kind;
        MaxDaysBack = maxDaysBack;
    }

    /// <summary>A daily rate quoted on exactly the requested date.</summary>
    public static RateLookup ExactDate => default;

    /// <summary>The average of the requested date's calendar month.</summary>
    public static RateLookup MonthlyAverage => new(RateLookupKind.MonthlyAverage, 0);

    /// <summary>The average of the requested date's calendar year.</summary>
    public static RateLookup AnnualAverage => new(RateLookupKind.AnnualAverage, 0);

    /// <summary>The rate of the date or the most recent earlier quotation at most <paramref name="days"/> days before it.</summary>
    /// <param name="days">How far back to look, 1 to 31 days (4 covers a long weekend).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1-31.</exception>
    public static RateLookup MostRecentWithin(int days)
    {
        Guard.InRange(days, 1, 31);
        return new RateLookup(RateLookupKind.MostRecent, days);
    }

    /// <summary>The kind of look-up.</summary>
    public RateLookupKind Kind { get; }

    /// <summary>For <see cref="RateLookupKind.MostRecent"/>, how many days back the look-up may go; otherwise 0.</summary>
    public int MaxDaysBack { get; }

    /// <summary>The period of the rates this look-up reads.</summary>
    public RatePeriod Period => Kind switch
    {
        RateLookupKind.MonthlyAverage => RatePeriod.Month,
        RateLookupKind.AnnualAverage => RatePeriod.Year,
        _ => RatePeriod.Day,
    };

    /// <inheritdoc/>
    public bool Equals(RateLookup other) => Kind == other.Kind && MaxDaysBack == other.MaxDaysBack;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RateLookup other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, MaxDaysBack);

    /// <summary>Whether two policies are the same.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RateLookup left, RateLookup right) => left.Equals(right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(RateLookup left, RateLookup right) => !left.Equals(right);

    /// <summary>A description such as "exact date" or "most recent within 4 days".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        RateLookupKind.MostRecent => FormattableString.Invariant($"most recent within {MaxDaysBack} days"),
        RateLookupKind.MonthlyAverage => "monthly average",
        RateLookupKind.AnnualAverage => "annual average",
        _ => "exact date",
    };
}
