using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// Reference exchange rates embedded in the library: US dollar / Chinese yuan from the Federal Reserve's H.10
/// release (noon buying rates in New York), daily from 2015-01-02 to 2025-11-28, with monthly and annual averages.
/// US federal statistics are in the public domain. Every conversion through this table names its series.
/// </summary>
public static class ReferenceRates
{
    private const string Publisher = "Board of Governors of the Federal Reserve System (US)";
    private static ExchangeRateTable? _fedH10;

    /// <summary>Daily noon buying rates, yuan per US dollar: FRED series DEXCHUS.</summary>
    public static RateSeries FedH10Daily { get; } = new("DEXCHUS", "Fed H.10 (DEXCHUS)", Publisher, RatePeriod.Day);

    /// <summary>Monthly averages of the daily rates, yuan per US dollar: FRED series EXCHUS.</summary>
    public static RateSeries FedH10Monthly { get; } = new("EXCHUS", "Fed H.10 monthly average (EXCHUS)", Publisher, RatePeriod.Month);

    /// <summary>Annual averages of the daily rates, yuan per US dollar: FRED series AEXCHUS, for the years the daily rates
    /// cover to their end (2015 to 2024). The mean of 2025's daily rates is in <see cref="FedH10PartialYear"/>.</summary>
    public static RateSeries FedH10Annual { get; } = new("AEXCHUS", "Fed H.10 annual average (AEXCHUS)", Publisher, RatePeriod.Year);

    /// <summary>
    /// The mean of the daily rates (DEXCHUS) of the year the embedded daily rates end in before its last business day:
    /// 2025, from 2025-01-02 to 2025-11-28 (228 days), yuan per US dollar. It stands where annual averages are looked up,
    /// and its citation says that it is a partial year's mean, not the published AEXCHUS value, which will differ.
    /// </summary>
    public static RateSeries FedH10PartialYear { get; } = new("DEXCHUS-partial-year", "mean of Fed H.10 daily rates (DEXCHUS) of a partial year, to 2025-11-28; not the published AEXCHUS", Publisher, RatePeriod.Year);

    /// <summary>
    /// The USD/CNY table from Fed H.10: daily, monthly and annual rates (and their inverses, CNY/USD).
    /// Read from the embedded data on first use; the same instance afterwards.
    /// </summary>
    public static ExchangeRateTable FederalReserveH10
    {
        get
        {
            if (_fedH10 is null)
            {
                Interlocked.CompareExchange(ref _fedH10, LoadFedH10(), null);
            }

            return _fedH10;
        }
    }

    /// <summary>Reads the embedded files afresh (the property caches the result; tests call this directly).</summary>
    internal static ExchangeRateTable LoadFedH10()
    {
        var rates = new List<ExchangeRate>(3000);
        Read("AiRace.Core.fx.usd-cny-daily.csv", 2, (f, file, line) =>
            rates.Add(new ExchangeRate(Currency.USD, Currency.CNY, Number(f[1], file, line), Date(f[0], "yyyy-MM-dd", file, line), FedH10Daily)));
        Read("AiRace.Core.fx.usd-cny-monthly.csv", 3, (f, file, line) =>
            rates.Add(new ExchangeRate(Currency.USD, Currency.CNY, Number(f[1], file, line), Date(f[0] + "-01", "yyyy-MM-dd", file, line), FedH10Monthly)));
        DateOnly lastDay = rates.Max(r => r.Date);
        Read("AiRace.Core.fx.usd-cny-annual.csv", 3, (f, file, line) =>
        {
            DateOnly year = Date(f[0] + "-01-01", "yyyy-MM-dd", file, line);
            rates.Add(new ExchangeRate(Currency.USD, Currency.CNY, Number(f[1], file, line), year, EndsEarly(year.Year, lastDay) ? FedH10PartialYear : FedH10Annual));
        });
        return new ExchangeRateTable(rates);
    }

    /// <summary>Whether the daily rates end inside a year, before its last weekday (Monday to Friday).</summary>
    internal static bool EndsEarly(int year, DateOnly lastDay)
    {
        var lastWeekday = new DateOnly(year, 12, 31);
        while (lastWeekday.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            lastWeekday = lastWeekday.AddDays(-1);
        }

        return lastDay.Year == year && lastDay < lastWeekday;
    }

    private static void Read(string resource, int fields, Action<string[], string, int> row)
    {
        using StreamReader reader = EmbeddedResource.OpenText(resource);
        Read(reader, resource, fields, row);
    }

    /// <summary>Reads the lines after the header, each split into exactly <paramref name="fields"/> fields, with its
    /// line number; blank lines are skipped. A line with another number of fields is an error naming the line.</summary>
    internal static void Read(TextReader reader, string resource, int fields, Action<string[], string, int> row)
    {
        string? line = reader.ReadLine(); // header
        int number = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split(',');
            if (f.Length != fields)
            {
                throw new InvalidDataException(FormattableString.Invariant($"{resource} line {number}: expected {fields} fields, found {f.Length}."));
            }

            row(f, resource, number);
        }
    }

    private static decimal Number(string text, string file, int line) =>
        ExactDecimal.TryParse(text, allowGroups: false, out decimal value, out string? error, out _)
            ? value
            : throw new InvalidDataException(FormattableString.Invariant($"{file} line {line}: '{text}' is not a rate ({error})."));

    private static DateOnly Date(string text, string format, string file, int line) =>
        DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new InvalidDataException(FormattableString.Invariant($"{file} line {line}: '{text}' is not a date."));
}
