using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>A row of the CSV the clients download.</summary>
public sealed class ExportRow
{
    public string Programme { get; init; } = "";

    public decimal BudgetCny { get; init; } // expect: AIR0010

    public decimal CostUsd { get; init; } // expect: AIR0010

    public decimal SharePercent { get; init; } // clean: a share of a budget

    public decimal UsdPerCny { get; init; } // clean: an exchange rate

    public decimal CostIndex { get; init; } // clean: an index about money

    public int Year { get; init; }

    public string Currency { get; init; } = "";
}

/// <summary>The spreadsheet import: the old workbook stored figures as doubles.</summary>
internal static class SheetImport
{
    internal static Money FromCell(double cell) => Money.Of((decimal)cell, Currency.CNY); // expect: AIR0002

    internal static Money FromWholeCell(double cell) => Money.Of((decimal)Math.Round(cell), Currency.CNY); // clean: a whole number is exact

    internal static Money ScaledBy(Money m, double factor) => m * (decimal)factor; // expect: AIR0002

    internal static Money FromRatio(Money whole, float ratio)
    {
        var exact = Convert.ToDecimal(ratio);
        return whole * exact; // expect: AIR0002
    }

    internal static Money FromText(string cell) => Money.Of(decimal.Parse(cell, CultureInfo.InvariantCulture), Currency.CNY); // clean: parsed as decimal

    internal static Money FromCents(long cents) => Money.Of(cents / 100m, Currency.USD); // clean: exact

    internal static IEnumerable<Money> Column(IEnumerable<double> cells) => cells.Select(c => Money.Usd(Convert.ToDecimal(c))); // expect: AIR0002

    internal static Money FromSheetRow(double[] row, int column)
    {
        var value = row[column];
        return Money.Of((decimal)(long)value, Currency.CNY); // clean: made a whole number first
    }
}

/// <summary>The printed tables and the CSV export.</summary>
public static class Printing
{
    public static string Line(Money m) => $"{m.Currency.Code} {Math.Round(m.Amount, 2):N2}"; // expect: AIR0009

    public static string InMillions(Money m) => $"{decimal.Round(m.Amount / 1_000_000m, 1, MidpointRounding.AwayFromZero)}M"; // clean: a mode is stated

    public static string InBillions(Money m)
    {
        var billions = m.Amount / 1_000_000_000m;
        return $"{Math.Round(billions, 1)}B"; // expect: AIR0009
    }

    public static decimal Ratio(Money part, Money whole) => Math.Round(part.Amount / whole.Amount * 100m, 1); // expect: AIR0004

    public static decimal ShareOfChips(Money part) => Math.Round(part / Headline.ChipsGrants * 100m, 1); // clean: money over money, checked

    public static string Rounded(Money m) => m.Round(2, MidpointRounding.ToEven).ToString("K", CultureInfo.InvariantCulture); // clean: Money's own rounding with a mode

    public static decimal RoundedMax(IEnumerable<Money> rows) => decimal.Round(rows.Max(r => r.Amount)); // expect: AIR0009

    public static Money SumAll(Currency currency, params Money[] parts) => parts.Sum(currency); // clean: the caller's currency

    public static Money ChinaAndUs() => SumAll(Currency.CNY, Headline.BigFundIII, Headline.ChipsGrants); // expect: AIR0001

    public static Money ChinaOnly() => SumAll(Currency.CNY, Headline.BigFundIII, Headline.ShanghaiFund); // clean: yuan only

    public static Money Largest(params Money[] candidates) => candidates.Max(); // clean: the caller's values

    public static Money LargestHeadline() => Largest(Headline.EuChipsAct, Headline.RapidusAid); // expect: AIR0001

    public static long MinorUnits(Money m)
    {
        checked
        {
            return (long)(m.Amount * 100m); // clean: one amount
        }
    }

    public static decimal RawGap()
    {
        checked
        {
            return Headline.BigFundIII.Amount - Headline.ChipsGrants.Amount; // expect: AIR0004
        }
    }

    public static bool RawLarger(Money a, Money b) => a.Amount > b.Amount; // expect: AIR0004

    public static decimal RawBiggest(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004

    public static bool Positive(Money m) => m.Amount > 0m; // clean: an amount against a number

    public static decimal PerFab(Money budget, int fabs) => budget.Amount / fabs; // clean: an amount over a count

    public static ExportRow Row(Award a) => new()
    {
        Programme = a.Recipient,
        BudgetCny = a.Amount.Currency == AiRace.Core.Currency.CNY ? a.Amount.Amount : 0m, // clean: the currency is tested
        CostUsd = a.Amount.Currency == AiRace.Core.Currency.USD ? a.Amount.Amount : 0m, // clean: the currency is tested
        Year = a.Year,
        Currency = a.Amount.Currency.Code,
    };

    public static IReadOnlyList<ExportRow> Rows() => AwardSeed.All.Select(Row).ToList();

    public static string Csv() => string.Join('\n', Rows().Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Programme},{r.Year},{r.Currency},{r.BudgetCny},{r.CostUsd}")));

    public static (string Label, Money Value)[] Banner() =>
    [
        ("Big Fund III", Headline.BigFundIII),
        ("CHIPS grants", Headline.ChipsGrants),
        ("EU Chips Act", Headline.EuChipsAct),
    ];

    public static Money BannerTotal() => Banner().Sum(b => b.Value, Currency.USD); // expect: AIR0001

    public static string BannerText() => string.Join(" · ", Banner().Select(b => $"{b.Label}: {b.Value:K}")); // clean: text
}

/// <summary>The columns of the rates sheet the clients asked for: ratios, indexes and rates, not money.</summary>
public sealed class RatesRow
{
    public decimal EurToUsd { get; init; } // clean: an exchange rate
    public decimal YenPerDollar { get; init; } // clean: an exchange rate
    public decimal BudgetShare { get; init; } // clean: a share of a budget
    public decimal PriceElasticity { get; init; } // clean: an elasticity
    public decimal SubsidyPct { get; init; } // clean: a percent
    public int GamesWon { get; init; } // clean: a count
    public decimal CostPerWafer { get; init; } // expect: AIR0010
}

/// <summary>The edge cases the reviewers kept as regression checks of the desk's own code.</summary>
public static class EdgeCases
{
    private static readonly Dictionary<Currency, decimal> ToUsd = new() { [Currency.CNY] = 0.137m, [Currency.USD] = 1m };

    public static decimal ConvertedRawTotal(IEnumerable<Money> rows) => rows.Sum(m => m.Amount * ToUsd[m.Currency]); // clean: each amount converted by its currency's rate

    public static decimal YenPerEuro() => Math.Round(Headline.RapidusAid.Amount / Headline.EuChipsAct.Amount, 4); // clean: yen over euros is an exchange rate, not a ratio of money

    public static int RawCompare(Money a, Money b) => decimal.Compare(a.Amount, b.Amount); // expect: AIR0004

    public static decimal ShareOfBigFund(Money part) => Math.Round(part.Amount * (100m / Headline.BigFundIII.Amount), 1, MidpointRounding.ToEven); // clean: a percentage with a stated mode

    public static Money JapanInMillions() => Money.Millions(2_387_240m, Currency.JPY); // clean: millions of yen as Japan reports them

    public static Money IndonesiaBudget() => Money.Trillions(3_621m, Currency.FromCode("IDR")); // clean: trillions of rupiah

    public static Money FromWhole(double cell) => Money.Usd((decimal)Math.Round(cell)); // clean: a whole number first

    public static Share Whole() => Share.FromFraction(1m); // clean: one is the whole, not a percent

    public static Share None() => Share.FromPercent(0m); // clean: zero on either scale

    public static decimal PercentPlusPoints(Share s, PercentagePoints p) => s.Percent + p.Value; // clean: one scale

    public static Money LargerDomestic() => Money.Max(Headline.BigFundIII, Headline.BigFundII); // clean: yuan both

    public static bool SameGrants() => EqualityComparer<Money>.Default.Equals(Headline.ChipsGrants, Headline.ChipsLoans); // clean: dollars both

    public static bool DomesticEqualsForeign() => Headline.BigFundII.Equals(Headline.EuChipsAct); // expect: AIR0001

    public static int CompareDomesticForeign() => Comparer<Money>.Default.Compare(Headline.ShanghaiFund, Headline.KChips); // expect: AIR0001

    public static string Printed(DateTime at) => $"{at:yyyy-MM-dd}: {Headline.BigFundIII}";

    public static string PrintedNow() => Printed(DateTime.Now); // clean: a print date, not a conversion date

    public static decimal TallyHash(IEnumerable<Money> rows) => rows.Aggregate(17, (h, m) => h * 31 + m.Amount.GetHashCode()); // clean: a hash, not a sum
}
