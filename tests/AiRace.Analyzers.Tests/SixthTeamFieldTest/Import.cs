using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>A row of the analysts' shared sheet, as the public export DTO publishes it.</summary>
public sealed class ExportRow
{
    /// <summary>The programme.</summary>
    public string Programme { get; init; } = "";

    /// <summary>The figure as a bare number, for the partners' spreadsheet.</summary>
    public decimal AmountUsd { get; init; } // expect: AIR0010

    /// <summary>The city subsidy in yuan, as a bare number.</summary>
    public decimal SubsidyCny { get; init; } // expect: AIR0010

    /// <summary>The domestic share in percent: a proportion, not money.</summary>
    public decimal PercentOfBudget { get; init; } // clean: a proportion of a budget

    /// <summary>The yuan per dollar of the fixing used.</summary>
    public decimal YuanPerDollar { get; init; } // clean: an exchange rate

    /// <summary>The export's money, carried with its currency.</summary>
    public Money Figure { get; init; }
}

/// <summary>A raw row of the scraper's feed: amounts arrive as doubles from the JSON.</summary>
internal sealed record ScrapedRow(string City, string Code, double Value, double? Ratio);

/// <summary>Turns the scraper's rows and the analysts' text into money.</summary>
internal static class Import
{
    /// <summary>The desk's default currency for Chinese rows.</summary>
    public static readonly Currency Yuan = Currency.FromCode("CNY");

    /// <summary>An alias an intern typed.</summary>
    public static Currency Renminbi() => Currency.FromCode("RMB"); // expect: AIR0003

    /// <summary>A lower-case code from a config file.</summary>
    public static Money Token() => Money.Of(5m, "usd"); // expect: AIR0003

    /// <summary>A headline typed into a text box with an alias.</summary>
    public static Money Typed() => Money.Parse("RMB 60,000,000,000"); // expect: AIR0003

    /// <summary>A headline typed properly.</summary>
    public static Money TypedRight() => Money.Parse("CNY 60000000000"); // clean

    /// <summary>A scraped row in its currency, through a cast of the double.</summary>
    public static Money FromScrape(ScrapedRow row) => Money.Of((decimal)row.Value, Currency.FromCode(row.Code)); // expect: AIR0002

    /// <summary>A scraped ratio turned into yuan by a converting call.</summary>
    public static Money Scaled(ScrapedRow row) => Money.Cny(Convert.ToDecimal(row.Value * 1e6)); // expect: AIR0002

    /// <summary>A scraped value made a whole number first.</summary>
    public static Money Whole(ScrapedRow row) => Money.Cny((decimal)Math.Round(row.Value)); // clean: a whole number is exact in decimal

    /// <summary>A scraped value through a local never written again.</summary>
    public static Money ThroughLocal(ScrapedRow row)
    {
        var value = (decimal)row.Value;
        return Money.Of(value, Yuan); // expect: AIR0002
    }

    /// <summary>A money scaled by a double ratio.</summary>
    public static Money Portion(ScrapedRow row, Money whole) => whole * (decimal)(row.Ratio ?? 1d); // expect: AIR0002

    /// <summary>A value parsed from text as decimal.</summary>
    public static Money Parsed(string text) => Money.Cny(decimal.Parse(text, CultureInfo.InvariantCulture)); // clean: decimal all the way

    /// <summary>The Shanghai fund typed as a full figure into the billions factory.</summary>
    public static Money ShanghaiTyped() => Money.Billions(60_000_000_000m, Currency.CNY); // expect: AIR0011

    /// <summary>Stargate typed as a full figure into the millions factory.</summary>
    public static Money StargateTyped() => Money.Millions(500_000_000_000m, Currency.USD); // expect: AIR0011

    /// <summary>The EU pledge at a trillions scale beyond any budget.</summary>
    public static Money EuTrillions() => Money.Scaled(200_000m, Magnitude.Trillions, Currency.EUR); // expect: AIR0011

    /// <summary>The won aid in trillions, as Korea states it.</summary>
    public static Money KoreaTrillions() => Money.Trillions(33m, Currency.KRW); // clean

    /// <summary>The city funds in thousands, as the city budgets state them.</summary>
    public static Money BeijingThousands() => Money.Thousands(1_000_000m, Currency.CNY); // clean: thousands are not checked

    /// <summary>The export rows for the partners.</summary>
    public static IEnumerable<ExportRow> Rows() =>
        Ledger.Commitments.Select(c => new ExportRow { Programme = c.Programme, Figure = c.Pledged });

    /// <summary>The export's bare total.</summary>
    public static decimal BareTotal() => Rows().Sum(r => r.Figure.Amount); // expect: AIR0007

    /// <summary>The export's bare total by a fold.</summary>
    public static decimal FoldedTotal() => Ledger.Commitments.Aggregate(0m, (acc, c) => acc + c.Pledged.Amount); // expect: AIR0007

    /// <summary>The bare totals per currency: one currency per group.</summary>
    public static Dictionary<Currency, decimal> TotalsPerCode() =>
        Ledger.Commitments.GroupBy(c => c.Pledged.Currency).ToDictionary(g => g.Key, g => g.Sum(c => c.Pledged.Amount)); // clean: grouped by the money's currency

    /// <summary>The largest bare figure (not a sum).</summary>
    public static decimal LargestFigure() => Ledger.Commitments.Max(c => c.Pledged.Amount); // clean: not a sum

    /// <summary>The count of lines above a billion units (not a sum of amounts).</summary>
    public static int CountLarge() => Ledger.Commitments.Aggregate(0, (n, c) => c.Pledged.Amount > 1_000_000_000m ? n + 1 : n); // clean: a count

    /// <summary>The scraped rows in the desk's yuan, summed and compared with the Stargate headline.</summary>
    public static bool ScrapedAboveStargate(IEnumerable<ScrapedRow> rows) => rows.Select(r => Money.Cny((decimal)Math.Round(r.Value))).Sum(Currency.CNY) > Ledger.Stargate; // expect: AIR0001
}
