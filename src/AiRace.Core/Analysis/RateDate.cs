using System;
using AiRace.Core.Policy;

namespace AiRace.Core.Analysis;

/// <summary>The one mapping from a date known to some precision to a rate look-up: a day is looked up by the given
/// day rule, a month by its monthly average, a year by its annual average; an unknown date has no rate and none is
/// guessed. The normaliser and the conversion audit both use it.</summary>
internal static class RateDate
{
    /// <summary>The date and look-up for <paramref name="when"/>, or null when the date is unknown.</summary>
    /// <param name="when">The date, as precise as known.</param>
    /// <param name="dayLookup">How to find the rate of a day (weekends need a look-back).</param>
    public static (DateOnly Date, RateLookup Lookup)? For(PartialDate when, RateLookup dayLookup) => when.Precision switch
    {
        DatePrecision.Day => (when.ToDateOnly()!.Value, dayLookup),
        DatePrecision.Month => (new DateOnly(when.Year!.Value, when.Month!.Value, 1), RateLookup.MonthlyAverage),
        DatePrecision.Year => (new DateOnly(when.Year!.Value, 1, 1), RateLookup.AnnualAverage),
        _ => null,
    };
}
