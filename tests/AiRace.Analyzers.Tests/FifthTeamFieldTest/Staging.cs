using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>One staged row of the nightly extract: a programme's budget for a year.</summary>
public sealed record Row(string Country, string Programme, int Year, Money Budget);

/// <summary>Turns the CSV extract into rows (list patterns on the split line).</summary>
public static class Extract
{
    public static Row? Parse(string line) => line.Split(',') switch
    {
        [var country, var programme, var year, var money] =>
            new Row(country, programme, int.Parse(year, CultureInfo.InvariantCulture), Money.Parse(money)),
        [var country, var programme, var year, var figure, var code] =>
            new Row(country, programme, int.Parse(year, CultureInfo.InvariantCulture), Money.Of(decimal.Parse(figure, CultureInfo.InvariantCulture), Currency.FromCode(code))),
        _ => null,
    };

    /// <summary>The old feed still sends doubles.</summary>
    public static Money FromLegacy(double figure, Currency currency) => Money.Of((decimal)figure, currency); // expect: AIR0002

    public static Money FromLegacyMillions(double millions) => Money.Millions(Convert.ToDecimal(millions), Currency.USD); // expect: AIR0002

    public static Money FromLegacyRounded(double figure) => Money.Usd((decimal)Math.Round(figure)); // clean: a whole number is exact in decimal

    public static Money Inflate(Money m, double factor) => m * (decimal)factor; // expect: AIR0002

    public static Currency ChinaCurrency() => Currency.FromCode("RMB"); // expect: AIR0003

    public static Money FixedRow() => Money.Parse("RMB 12000000"); // expect: AIR0003

    public static Money SmallFee() => Money.Of(250m, "usd"); // expect: AIR0003

    public static Money KoreanFee() => Money.Of(250_000m, "KRW"); // clean: an active code

    public static readonly Row[] Staged =
    [
        new("CN", "big-fund-3", 2024, Money.Billions(344m, Currency.CNY)),
        new("CN", "shanghai-ic", 2025, Money.Billions(45m, Currency.CNY)),
        new("US", "chips-act", 2024, Money.Billions(39m, Currency.USD)),
        new("EU", "chips-act", 2024, Money.Billions(43m, Currency.EUR)),
        new("JP", "rapidus", 2024, Money.Millions(920_000m, Currency.JPY)),
        new("US", "chips-act", 2025, Money.Billions(33m, Currency.USD)),
    ];

    public static readonly Money ShenzhenFund = Money.Millions(5_000_000_000m, Currency.CNY); // expect: AIR0011

    public static readonly Money IndiaMission = Money.Billions(103_720_000_000m, Currency.INR); // expect: AIR0011

    public static readonly Money UkCompute = Money.Millions(2_000m, Currency.GBP); // clean: two billion pounds in millions
}

/// <summary>The reports the extract feeds.</summary>
public static class StagedReports
{
    private static readonly Dictionary<(string Country, int Year), Money> ByCountryYear =
        Extract.Staged.ToDictionary(r => (r.Country, r.Year), r => r.Budget);

    private static readonly Dictionary<(string Country, int Year), Money> Pledges = new()
    {
        [("CN", 2024)] = Money.Billions(60m, Currency.CNY),
        [("CN", 2025)] = Money.Billions(75m, Currency.CNY),
        [("US", 2024)] = Money.Billions(8m, Currency.USD),
    };

    public static Money ChinaIn2024() =>
        (from r in Extract.Staged where r.Country == "CN" && r.Year == 2024 select r.Budget).Sum(Currency.CNY); // clean: the Chinese rows are yuan

    public static Money RestOfWorldInYuan() =>
        (from r in Extract.Staged where r.Country != "CN" select r.Budget).Sum(Currency.CNY); // expect: AIR0001

    public static IEnumerable<(string Country, Money Total)> TotalsInDollars() =>
        from r in Extract.Staged
        group r.Budget by r.Country into g
        select (g.Key, g.Sum(Currency.USD)); // expect: AIR0001

    public static IEnumerable<Money> TotalsPerCurrency() =>
        from r in Extract.Staged
        group r by r.Budget.Currency into g
        select g.Sum(x => x.Budget, g.Key); // clean: each group in its own currency

    public static IEnumerable<Money> LargestFirst() =>
        from r in Extract.Staged
        orderby r.Budget descending // expect: AIR0001
        select r.Budget;

    public static IEnumerable<Money> AmericanLargestFirst() =>
        from r in Extract.Staged
        where r.Country == "US"
        orderby r.Budget descending // clean: dollars only
        select r.Budget;

    public static Row? Biggest() => Extract.Staged.MaxBy(r => r.Budget); // expect: AIR0001

    public static IEnumerable<KeyValuePair<string, Money>> PerCountryInYuan() =>
        Extract.Staged.AggregateBy(r => r.Country, _ => Money.Zero(Currency.CNY), (acc, r) => acc + r.Budget); // expect: AIR0001

    public static IEnumerable<KeyValuePair<Currency, Money>> PerCurrency() =>
        Extract.Staged.AggregateBy(r => r.Budget.Currency, c => Money.Zero(c), (acc, r) => acc + r.Budget); // clean: the seed takes the key's currency

    public static IEnumerable<KeyValuePair<string, int>> RowsPerCountry() => Extract.Staged.CountBy(r => r.Country); // clean: a count

    public static IEnumerable<Money> BatchTotals() => Extract.Staged.Chunk(2).Select(batch => batch.Sum(r => r.Budget, Currency.CNY)); // expect: AIR0001

    public static IEnumerable<Money> YearOnYear() => Extract.Staged.Zip(Extract.Staged.Skip(1), (a, b) => b.Budget - a.Budget); // expect: AIR0001

    public static IEnumerable<string> Numbered() =>
        Extract.Staged.Index().Select(p => $"{p.Index + 1}. {p.Item.Programme}: {p.Item.Budget:K}"); // clean: text

    public static Money ChinaFromLookup() => Extract.Staged.ToLookup(r => r.Country)["CN"].Sum(r => r.Budget, Currency.CNY); // clean: the "CN" rows are yuan

    public static Money AmericaGrowth() => ByCountryYear[("US", 2025)] - ByCountryYear[("US", 2024)]; // clean: dollars both years

    public static Money ChinaVersusAmerica() => ByCountryYear[("CN", 2024)] - ByCountryYear[("US", 2024)]; // expect: AIR0001

    public static Money ChinaPledged() => Pledges.Where(kv => kv.Key.Country == "CN").Sum(kv => kv.Value, Currency.CNY); // clean: the Chinese pledges are yuan

    public static Money PledgedIn2024() => Pledges.Where(kv => kv.Key.Year == 2024).Sum(kv => kv.Value, Currency.CNY); // expect: AIR0001

    public static IEnumerable<string> PledgeLines()
    {
        foreach (var ((country, year), pledge) in Pledges)
        {
            yield return $"{country} {year}: {pledge:K}"; // clean: text
        }
    }

    public static decimal RawTotal() => Extract.Staged.Sum(r => r.Budget.Amount); // expect: AIR0007

    public static decimal RawByQuery() => (from r in Extract.Staged select r.Budget.Amount).Sum(); // expect: AIR0007

    public static decimal RawFold() => Extract.Staged.Aggregate(0m, static (acc, r) => acc + r.Budget.Amount); // expect: AIR0007

    public static decimal RawPerCurrency() => Extract.Staged.GroupBy(r => r.Budget.Currency).Select(g => g.Sum(r => r.Budget.Amount)).Max(); // clean: summed within currency groups

    public static decimal Largest() => Extract.Staged.Max(r => r.Budget.Amount); // clean: a maximum adds nothing up
}
