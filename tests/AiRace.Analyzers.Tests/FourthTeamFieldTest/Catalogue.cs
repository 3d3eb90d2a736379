using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>The catalogue of national ceilings, by region and year, as the research desk keeps it.</summary>
public static class Catalogue
{
    public static readonly (string Region, Money Cap)[] Caps =
    [
        ("cn", Headline.BigFundIII),
        ("us", Headline.ChipsGrants),
        ("eu", Headline.EuChipsAct),
    ];

    public static readonly (string Region, Money Cap)[] ChinaCaps =
    [
        ("national", Headline.BigFundIII),
        ("shanghai", Headline.ShanghaiFund),
        ("beijing", Money.Billions(20m, Currency.CNY)),
    ];

    private static readonly Dictionary<(string Region, int Year), Money> ByRegionYear = new()
    {
        [("cn", 2023)] = Money.Billions(150m, Currency.CNY),
        [("cn", 2024)] = Money.Billions(344m, Currency.CNY),
        [("us", 2023)] = Money.Billions(11m, Currency.USD),
        [("us", 2024)] = Money.Billions(28m, Currency.USD),
    };

    private static readonly Dictionary<string, Money> ChinaByCity = new()
    {
        ["hefei"] = Money.Billions(12m, Currency.CNY),
        ["wuhan"] = Money.Of(8_000_000_000m, "CNY"),
        ["shenzhen"] = Headline.ShenzhenMatch,
    };

    public static Money LargestCap() => Caps.Max(c => c.Cap); // expect: AIR0001

    public static Money LargestChinaCap() => ChinaCaps.Max(c => c.Cap); // clean: every cap is in yuan

    public static Money ChinaTotal() => ChinaCaps.Sum(c => c.Cap, Currency.CNY); // clean: yuan summed in yuan

    public static Money ChinaTotalInDollars() => ChinaCaps.Sum(c => c.Cap, Currency.USD); // expect: AIR0001

    public static IEnumerable<string> RankedRegions() => Caps.OrderByDescending(c => c.Cap).Select(c => c.Region); // expect: AIR0001

    public static IEnumerable<string> RankedChinaRegions() => ChinaCaps.OrderByDescending(c => c.Cap).Select(c => c.Region); // clean: yuan only

    public static Money ChinaGrowth() => ByRegionYear[("cn", 2024)] - ByRegionYear[("cn", 2023)]; // clean: yuan both years

    public static Money UsGrowth() => ByRegionYear[("us", 2024)] - ByRegionYear[("us", 2023)]; // clean: dollars both years

    public static bool ChinaAheadIn2024() => ByRegionYear[("cn", 2024)] > ByRegionYear[("us", 2024)]; // expect: AIR0001

    public static Money Lookup(string region, int year) => ByRegionYear[(region, year)]; // clean: keys not known

    public static Money AllYearsInYuan() => ByRegionYear.Values.Sum(Currency.CNY); // expect: AIR0001

    public static Money CityTotal() => ChinaByCity.Values.Sum(Currency.CNY); // clean: every city in yuan

    public static bool HefeiAboveWuhan() => ChinaByCity["hefei"] > ChinaByCity["wuhan"]; // clean: yuan both

    public static bool HefeiAboveIntel() => ChinaByCity["hefei"] > Headline.IntelOhio; // expect: AIR0001

    public static IEnumerable<string> Lines()
    {
        foreach (var ((region, year), amount) in ByRegionYear)
        {
            yield return $"{region} {year}: {amount}"; // clean: text
        }
    }

    public static IEnumerable<string> CityLines()
    {
        foreach (var (city, amount) in ChinaByCity)
        {
            var gap = amount - Headline.ShanghaiFund; // clean: yuan and yuan
            yield return $"{city}: {amount} ({gap:K} over Shanghai)";
        }
    }

    public static IEnumerable<Money> CityGapsToChips()
    {
        foreach (var (_, amount) in ChinaByCity)
        {
            yield return amount - Headline.ChipsGrants; // expect: AIR0001
        }
    }

    public static ILookup<string, Money> ByRegion() => ByRegionYear.ToLookup(kv => kv.Key.Region, kv => kv.Value);

    public static Money ChinaFromLookup() => ByRegion()["cn"].Sum(Currency.CNY); // clean: the "cn" group holds yuan only

    public static Money LookupTotal(string region, Currency currency) => ByRegion()[region].Sum(currency); // clean: the caller's currency

    public static Money ChinaNearestToChips()
    {
        var chips = Headline.ChipsGrants;
        return ChinaCaps.Select(c => c.Cap).MinBy(cap => (cap - chips).Abs()); // expect: AIR0001
    }

    public static Money SpreadOfChina() => new Spread(Headline.ShanghaiFund, Headline.BigFundIII).Width; // clean: yuan both

    public static Money SpreadChinaUs() => new Spread(Headline.ShanghaiFund, Headline.ChipsGrants).Width; // expect: AIR0001

    public static Dictionary<(string Region, int Year), Money> Snapshot() => new(ByRegionYear);
}

/// <summary>The gap between two figures, for the chart's whiskers.</summary>
file sealed class Spread(Money low, Money high)
{
    public Money Width => high - low; // clean: the constructor's parameters are judged at each construction
}
