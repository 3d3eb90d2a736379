using System;
using System.Globalization;
using System.Net;
using AiRace.Core;

namespace AiRace.Interactive.Html;

/// <summary>HTML for the money types: amounts, rates and conversions, each showing where its numbers came from.</summary>
public static class MoneyHtml
{
    /// <summary>The stylesheet every AiRace fragment relies on; included once per output.</summary>
    public const string Style =
        "<style>table.airace{border-collapse:collapse;margin:4px 0}table.airace th,table.airace td{border:1px solid #ccc;padding:2px 8px;text-align:left}" +
        "table.airace td.num{text-align:right;font-variant-numeric:tabular-nums}table.airace caption{font-weight:bold;text-align:left}" +
        ".airace-money{font-variant-numeric:tabular-nums}.airace-note{color:#555;font-size:90%}.airace-warn{color:#a40000}</style>";

    /// <summary>An amount: the canonical form, with the compact form as a tooltip.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Money(Money money) =>
        "<span class=\"airace-money\" title=\"" + WebUtility.HtmlEncode(money.ToString("K", CultureInfo.InvariantCulture)) + "\">" +
        WebUtility.HtmlEncode(money.ToString()) + "</span>";

    /// <summary>A rate: pair, rate, date (or period) and series.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>An HTML table.</returns>
    public static string Rate(ExchangeRate rate) =>
        Style + new HtmlTable("Exchange rate")
            .Column("pair").Column("rate", numeric: true).Column("applies to").Column("series").Column("derivation")
            .Row(rate.Base.Code + "/" + rate.Quote.Code, rate.Rate.ToString(CultureInfo.InvariantCulture), When((rate.Date, rate.Period)), rate.Series?.Citation ?? "(none)", rate.Series?.Derivation.ToString() ?? "")
            .ToHtml();

    /// <summary>A conversion: the original amount, the result (unrounded), and the rate with its date and series.</summary>
    /// <param name="conversion">The conversion.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.InvalidOperationException">The conversion is <c>default(Conversion)</c>, which records no
    /// conversion (it has no rate series), as <see cref="PolicyHtml.Normalised"/> refuses <c>default(NormalisedAmount)</c>.</exception>
    public static string Conversion(Conversion conversion) =>
        conversion.Rate.Series is null
            ? throw new System.InvalidOperationException("default(Conversion) records no conversion: it has no rate and no series to show.")
            : Style + new HtmlTable("Conversion")
            .Column("original", numeric: true).Column("converted (unrounded)", numeric: true).Column("rate", numeric: true)
            .Column("rate applies to").Column("requested date").Column("look-up").Column("series")
            .Row(
                conversion.Original.ToString(),
                conversion.Result.ToString(),
                conversion.Rate.Base.Code + "/" + conversion.Rate.Quote.Code + " " + conversion.Rate.Rate.ToString(CultureInfo.InvariantCulture),
                When(CoveredPeriod(conversion)),
                Requested(conversion),
                conversion.Lookup.ToString(),
                conversion.Rate.Series.Citation)
            .ToHtml();

    /// <summary>The date asked for, as precise as its look-up: the year of an annual average, the month of a monthly one.</summary>
    internal static string Requested(Conversion conversion) => Text((conversion.RequestedDate, conversion.Lookup.Period));

    /// <summary>The period a conversion's rate covers (an identity rate: the period asked for), as AiRace.Core's
    /// <c>NormalisedAmount.ToString</c> writes it: 2024, 2025-07 or 2025-07-28.</summary>
    internal static string Covered(Conversion conversion) => Text(CoveredPeriod(conversion));

    private static (DateOnly Date, RatePeriod Period) CoveredPeriod(Conversion conversion) =>
        conversion.Rate.Series.Derivation == RateDerivation.Identity
            ? (conversion.RequestedDate, conversion.Lookup.Period)
            : (conversion.Rate.Date, conversion.Rate.Period);

    private static string Text((DateOnly Date, RatePeriod Period) when) => when.Period switch
    {
        RatePeriod.Year => when.Date.ToString("yyyy", CultureInfo.InvariantCulture),
        RatePeriod.Month => when.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => when.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The period as <see cref="Text"/> writes it, with "(month)" or "(year)" after an average's.</summary>
    private static string When((DateOnly Date, RatePeriod Period) when) => Text(when) + when.Period switch
    {
        RatePeriod.Month => " (month)",
        RatePeriod.Year => " (year)",
        _ => string.Empty,
    };
}
