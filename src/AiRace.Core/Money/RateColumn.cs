using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace AiRace.Core;

/// <summary>
/// What one column of a rate file holds: a named series and the pair its numbers price (units of
/// <see cref="Quote"/> per unit of <see cref="Base"/>). <see cref="FredH10(string)"/> knows the Federal Reserve's H.10
/// series by their FRED ids; describe any other series yourself. Immutable.
/// </summary>
public sealed class RateColumn
{
    private const string FedPublisher = "Board of Governors of the Federal Reserve System (US)";

    /// <summary>FRED's two-letter country codes in the H.10 series ids, and their currencies.</summary>
    private static readonly FrozenDictionary<string, Currency> FredCountries = new Dictionary<string, Currency>(StringComparer.Ordinal)
    {
        ["US"] = Currency.USD, ["CH"] = Currency.CNY, ["JP"] = Currency.JPY, ["EU"] = Currency.EUR, ["UK"] = Currency.GBP,
        ["CA"] = Currency.CAD, ["AL"] = Currency.AUD, ["NZ"] = Currency.FromCode("NZD"), ["SZ"] = Currency.CHF,
        ["KO"] = Currency.KRW, ["IN"] = Currency.INR, ["HK"] = Currency.HKD, ["TA"] = Currency.TWD, ["SI"] = Currency.SGD,
        ["MX"] = Currency.FromCode("MXN"), ["BZ"] = Currency.FromCode("BRL"), ["SD"] = Currency.FromCode("SEK"),
        ["NO"] = Currency.FromCode("NOK"), ["DN"] = Currency.FromCode("DKK"), ["SF"] = Currency.FromCode("ZAR"),
        ["TH"] = Currency.FromCode("THB"), ["MA"] = Currency.FromCode("MYR"), ["SL"] = Currency.FromCode("LKR"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Describes a column.</summary>
    /// <param name="series">The series the column's rates belong to.</param>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency the price is in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    public RateColumn(RateSeries series, Currency baseCurrency, Currency quoteCurrency)
    {
        Guard.NotNull(series);
        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"A rate column needs two different currencies; both are {baseCurrency.Code}.", nameof(quoteCurrency));
        }

        Series = series;
        Base = baseCurrency;
        Quote = quoteCurrency;
    }

    /// <summary>The series the column's rates belong to; its id is the column's header in a FRED file.</summary>
    public RateSeries Series { get; }

    /// <summary>The currency of which one unit is priced.</summary>
    public Currency Base { get; }

    /// <summary>The currency the price is in.</summary>
    public Currency Quote { get; }

    /// <summary>
    /// The H.10 series with a FRED id such as DEXCHUS (daily yuan per US dollar), EXUSEU (monthly average of US
    /// dollars per euro) or AEXJPUS (annual average of yen per dollar): "DEX", "EX" or "AEX", then the quote's and the
    /// base's FRED country codes. Cited as the embedded series are ("Fed H.10 (DEXCHUS)").
    /// </summary>
    /// <param name="id">The FRED series id.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException">The id is not an H.10 exchange-rate series this library knows.</exception>
    public static RateColumn FredH10(string id) =>
        TryFredH10(id, out RateColumn? column)
            ? column
            : throw new ArgumentException($"'{id}' is not a Federal Reserve H.10 exchange-rate series id (DEXCHUS, EXUSEU, AEXJPUS, ...); describe its series and pair with a RateColumn.", nameof(id));

    /// <summary>The H.10 series with a FRED id, if the id is one; see <see cref="FredH10(string)"/>.</summary>
    /// <param name="id">The FRED series id.</param>
    /// <param name="column">The column, or null.</param>
    /// <returns>Whether the id is an H.10 exchange-rate series id.</returns>
    public static bool TryFredH10(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RateColumn? column)
    {
        column = null;
        if (id is null)
        {
            return false;
        }

        (RatePeriod period, int prefix, string label) = id.StartsWith("DEX", StringComparison.Ordinal) ? (RatePeriod.Day, 3, string.Empty)
            : id.StartsWith("AEX", StringComparison.Ordinal) ? (RatePeriod.Year, 3, " annual average")
            : id.StartsWith("EX", StringComparison.Ordinal) ? (RatePeriod.Month, 2, " monthly average")
            : (RatePeriod.Day, -1, string.Empty);
        if (prefix < 0 || id.Length != prefix + 4
            || !FredCountries.TryGetValue(id.Substring(prefix, 2), out Currency quote)
            || !FredCountries.TryGetValue(id.Substring(prefix + 2, 2), out Currency baseCurrency)
            || (quote != Currency.USD && baseCurrency != Currency.USD) || quote == baseCurrency)
        {
            return false;
        }

        column = new RateColumn(new RateSeries(id, $"Fed H.10{label} ({id})", FedPublisher, period), baseCurrency, quote);
        return true;
    }
}
