using System;
using System.Globalization;
using System.Linq;
using AiRace.Core.Policy;

namespace AiRace.Core.Analysis;

/// <summary>Which date a normalisation converts at.</summary>
public enum NormalisationDate
{
    /// <summary>One date the caller states, for every amount.</summary>
    Stated = 0,

    /// <summary>Each programme's own announcement date, as the sources give it.</summary>
    Announcement = 1,

    /// <summary>The annual average rate of a year the caller states.</summary>
    AnnualAverage = 2,
}

/// <summary>
/// The rule a normalisation follows: the date each amount is converted at and the rate look-up. Every normalised
/// value carries its basis, so a result always says how it was obtained. Immutable.
/// </summary>
public sealed record NormalisationBasis
{
    private NormalisationBasis(NormalisationDate kind, DateOnly? date, int? year, RateLookup lookup)
    {
        Kind = kind;
        Date = date;
        Year = year;
        Lookup = lookup;
    }

    /// <summary>Which date is used.</summary>
    public NormalisationDate Kind { get; }

    /// <summary>For <see cref="NormalisationDate.Stated"/>, the date.</summary>
    public DateOnly? Date { get; }

    /// <summary>For <see cref="NormalisationDate.AnnualAverage"/>, the year.</summary>
    public int? Year { get; }

    /// <summary>The rate look-up for daily dates (for announcement dates known only to the month or year, the
    /// monthly or annual average is used instead, and the conversion records it).</summary>
    public RateLookup Lookup { get; }

    /// <summary>Every amount at one stated date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="lookup">How to find the rate (weekends need <see cref="RateLookup.MostRecentWithin(int)"/>).</param>
    /// <returns>The basis.</returns>
    public static NormalisationBasis AtDate(DateOnly date, RateLookup lookup) => new(NormalisationDate.Stated, date, null, lookup);

    /// <summary>Each programme at its own announcement date: a day with <paramref name="lookup"/>, a month with its
    /// monthly average, a year with its annual average; an unknown date is reported, never guessed.</summary>
    /// <param name="lookup">How to find the rate for a day.</param>
    /// <returns>The basis.</returns>
    public static NormalisationBasis AtAnnouncement(RateLookup lookup) => new(NormalisationDate.Announcement, null, null, lookup);

    /// <summary>Every amount at the annual average of a year.</summary>
    /// <param name="year">The year, from 1900 to 2200.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1900 or after 2200.</exception>
    public static NormalisationBasis AtAnnualAverage(int year)
    {
        Guard.InRange(year, 1900, 2200);
        return new NormalisationBasis(NormalisationDate.AnnualAverage, null, year, RateLookup.AnnualAverage);
    }

    /// <summary>The date and rate look-up this basis gives an amount of a programme, or why it gives none.</summary>
    /// <param name="programme">The programme, for <see cref="NormalisationDate.Announcement"/>; null otherwise.</param>
    /// <param name="reason">Why no date applies, or null.</param>
    /// <returns>The date and look-up, or null.</returns>
    internal (DateOnly Date, RateLookup Lookup)? Resolve(Programme? programme, out string? reason)
    {
        reason = null;
        switch (Kind)
        {
            case NormalisationDate.Stated:
                return (Date!.Value, Lookup);
            case NormalisationDate.AnnualAverage:
                return RateDate.For(PartialDate.OfYear(Year!.Value), Lookup);
            default:
                if (programme is null)
                {
                    reason = "normalising at the announcement date needs a programme";
                    return null;
                }

                StatusChange? announced = programme.StatusHistory.FirstOrDefault(s => s.Status == ProgrammeStatus.Announced);
                if (announced is null)
                {
                    reason = "its status history has no announcement";
                    return null;
                }

                (DateOnly, RateLookup)? when = RateDate.For(announced.Date, Lookup);
                if (when is null)
                {
                    reason = "the sources do not date its announcement, and no date is guessed";
                }

                return when;
        }
    }

    /// <summary>For example "at 2025-07-28 (most recent within 4 days)", "at each programme's announcement date",
    /// "at the 2024 annual average".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        NormalisationDate.Stated => string.Create(CultureInfo.InvariantCulture, $"at {Date:yyyy-MM-dd} ({Lookup})"),
        NormalisationDate.Announcement => $"at each programme's announcement date ({Lookup} for days; monthly or annual averages for dates known only to the month or year)",
        _ => string.Create(CultureInfo.InvariantCulture, $"at the {Year} annual average"),
    };
}
