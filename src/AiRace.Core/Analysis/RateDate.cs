using System;
using AiRace.Core.Policy;

namespace AiRace.Core.Analysis;

/// <summary>The one mapping from a date known to some precision to a rate look-up: a day is looked up by the given
/// day rule, a month by its monthly average, a year by its annual average; an unknown date has no rate and none is
/// guessed. The normaliser and the conversion audit both use it; and back, the period a rate covers, for tables.</summary>
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

    /// <summary>The period a conversion's rate covers, as precise as it is: the year of an annual average (2024, not
    /// 2024-01-01), the month of a monthly one, the day of a daily rate; an identity rate (same currency) holds for the
    /// period that was asked for. Tables show it, so that no day that no source states appears.</summary>
    /// <param name="conversion">The conversion.</param>
    public static PartialDate Covered(Conversion conversion) => conversion.Rate.Series.Derivation == RateDerivation.Identity
        ? Requested(conversion)
        : Covered(conversion.Rate);

    /// <summary>The period a rate covers: its year, month or day.</summary>
    /// <param name="rate">The rate.</param>
    public static PartialDate Covered(ExchangeRate rate) => Of(rate.Date, rate.Period);

    /// <summary>The period asked for: the year of an annual average look-up, the month of a monthly one, else the day.</summary>
    /// <param name="conversion">The conversion.</param>
    public static PartialDate Requested(Conversion conversion) => Of(conversion.RequestedDate, conversion.Lookup.Period);

    private static PartialDate Of(DateOnly date, RatePeriod period) => period switch
    {
        RatePeriod.Year => PartialDate.OfYear(date.Year),
        RatePeriod.Month => PartialDate.OfMonth(date.Year, date.Month),
        _ => PartialDate.OfDay(date.Year, date.Month, date.Day),
    };
}
