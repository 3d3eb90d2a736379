using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>A row of the export the partners download (flat numbers: their spreadsheets want them).</summary>
public sealed class ExportRow
{
    public required string Country { get; init; }

    public decimal AmountUsd { get; init; } // expect: AIR0010

    public decimal YuanPerDollar { get; init; } // clean: a rate

    public decimal BudgetShare { get; init; } // clean: a proportion

    public decimal CostIndex { get; init; } // clean: an index

    public int Year { get; init; }
}

/// <summary>The partners' CSV line.</summary>
public sealed record CsvLine(
    string Country,
    int Year,
    decimal Budget, // expect: AIR0010
    decimal TonnesPerDollar); // clean: a count per unit of money

/// <summary>Builds the export from the staged rows, in dollars at the year-end fixings.</summary>
public static class Exporter
{
    private static readonly RateBook Book = new();

    private static readonly FrozenDictionary<string, Money> Headlines = new Dictionary<string, Money>
    {
        ["cn"] = Seed.BigFundCeiling,
        ["us"] = Seed.ChipsCeiling,
        ["eu"] = Seed.EuCeiling,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly SortedDictionary<int, Money> ChinaByYear = new()
    {
        [2023] = Money.Billions(28m, Currency.CNY),
        [2024] = Money.Billions(40m, Currency.CNY),
        [2025] = Money.Billions(55m, Currency.CNY),
    };

    private static readonly (Money Low, Money High) ChinaRange = (Money.Billions(10m, Currency.CNY), Money.Billions(50m, Currency.CNY));
    private static readonly (Money Low, Money High) QuotedRange = (Money.Billions(10m, Currency.CNY), Money.Billions(7m, Currency.USD));

    public static Money FromPartner(decimal priceUsd) => Money.Usd(priceUsd); // expect: AIR0010

    public static Money InDollars(this Row row) => row.Budget.Currency switch
    {
        { Code: "USD" } => row.Budget,
        { Code: "CNY" } => Book.YuanToUsd(row.Budget, RateBook.Close2024),
        { Code: "EUR" } => Book.EuroToUsd(row.Budget, RateBook.Close2024),
        _ => throw new NotSupportedException(row.Budget.Currency.Code),
    };

    public static ExportRow ToExport(Row row) => new()
    {
        Country = row.Country,
        Year = row.Year,
        AmountUsd = row.InDollars().Amount, // clean: converted before it is stripped
        YuanPerDollar = Book.YuanRate(RateBook.Close2024).Inverse().Rate, // clean: a rate
    };

    public static IEnumerable<ExportRow> Export() =>
        Extract.Staged.Where(r => r.Country is "CN" or "US" or "EU").Select(ToExport); // clean: each row converted

    public static Money ExportTotal() =>
        Extract.Staged.Where(r => r.Country is "CN" or "US" or "EU").Select(r => r.InDollars()).Sum(Currency.USD); // clean: every term converted to dollars

    public static decimal ExportTotalRaw() => Export().Sum(e => e.AmountUsd); // clean: plain numbers already in dollars, not Money

    public static bool ChinaHeadlineAboveUs() => Headlines["cn"] > Headlines["us"]; // expect: AIR0001

    public static Money ChinaHeadlineAfterCity() => Headlines["cn"] - Money.Billions(45m, Currency.CNY); // clean: yuan both

    public static Money HeadlinesInEuros() => Headlines.Values.Sum(Currency.EUR); // expect: AIR0001

    public static IEnumerable<string> HeadlineLines()
    {
        foreach (var (key, headline) in Headlines)
        {
            yield return $"{key}: {headline.ToString("K", CultureInfo.InvariantCulture)}"; // clean: text
        }
    }

    public static Money ChinaAllYears() => ChinaByYear.Values.Sum(Currency.CNY); // clean: yuan every year

    public static Money ChinaAllYearsInDollars() => ChinaByYear.Values.Sum(Currency.USD); // expect: AIR0001

    public static Money ChinaGrowth() => ChinaByYear[2025] - ChinaByYear[2023]; // clean: yuan both years

    public static Money ChinaAgainstChips() => ChinaByYear.Last().Value - Seed.ChipsCeiling; // expect: AIR0001

    public static Money ChinaRangeWidth() => ChinaRange.High - ChinaRange.Low; // clean: yuan both

    public static Money QuotedRangeWidth() => QuotedRange.High - QuotedRange.Low; // expect: AIR0001

    public static IEnumerable<Money> Steps() =>
        ChinaByYear.Values.Zip(ChinaByYear.Values.Skip(1), static (a, b) => b - a); // clean: yuan both

    public static decimal RawChinaTotal() => ChinaByYear.Values.Select(m => m.Amount).Sum(); // expect: AIR0007

    public static decimal RawChinaTotalInCents() => Math.Round(ChinaByYear.Values.Sum(Currency.CNY).Amount * 100m); // expect: AIR0009

    public static decimal ChinaTotalRoundedStated() =>
        Math.Round(ChinaByYear.Values.Sum(Currency.CNY).Amount, 0, MidpointRounding.AwayFromZero); // clean: a mode is stated
}
