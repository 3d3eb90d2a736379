using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Regional.Subsidies;

/// <summary>Which national economy a region belongs to.</summary>
public enum Bloc { China, Japan, Korea, Germany, Eu, Us, India }

/// <summary>A Chinese province's or city's AI fund, always stated in yuan.</summary>
public sealed record ProvinceFund(string Province, Money Pool, int Year);

/// <summary>A Japanese prefecture's programme, always in yen.</summary>
public sealed record PrefectureFund(string Prefecture, Money Pool, int Year);

/// <summary>A US state's award, always in dollars.</summary>
public sealed record StateAward(string State, Money Award, int Year);

/// <summary>A German Land's or an EU programme, always in euros.</summary>
public sealed record LandProgramme(string Land, Money Budget, int Year);

/// <summary>An Indian state's scheme, always in rupees.</summary>
public sealed record IndianScheme(string State, Money Outlay, int Year);

/// <summary>A Korean city's fund, always in won.</summary>
public sealed record KoreanCityFund(string City, Money Pool, int Year);

/// <summary>One line of the consolidated tracker: any region, any currency.</summary>
public sealed record RegionLine(string Region, Bloc Bloc, Money Amount, int Year);

/// <summary>A line as read from a file, before validation.</summary>
public sealed record RawLine(string Region, string Text, int LineNumber);

/// <summary>The spreadsheet row the statistics office sends; its columns are bare numbers.</summary>
public sealed class SpreadsheetRow
{
    public string Region { get; init; } = "";
    public decimal SubsidyYuan { get; init; } // expect: AIR0010
    public decimal CostPerSite { get; init; } // expect: AIR0010
    public decimal PercentOfBudget { get; init; } // clean: a proportion of a budget, not money
    public decimal Rate { get; init; } // clean: not a money word
    public decimal YuanPerDollar { get; init; } // clean: an exchange rate, a currency per currency
    public double Measured { get; init; }
}

/// <summary>A provincial ledger row whose allocation the finance bureau states in yuan.</summary>
public sealed class ProvincialRow
{
    public string Province { get; set; } = "";
    [Currency("CNY")] public Money Allocation { get; set; }
    [Currency("CNY")] public List<Money> Tranches { get; } = new();
}

/// <summary>The codes the tracker uses.</summary>
public static class RegionCodes
{
    public const string Home = "CNY";
    public const string Partner = "EUR";
    public const string Legacy = "RMB";
    public static readonly Currency Yen = Currency.JPY;
    public static readonly Currency Won = Currency.KRW;
    public static readonly Currency Rupee = Currency.INR;
}

/// <summary>The figures the desk keeps fixed for a reporting round.</summary>
public static class RegionCatalogue
{
    public static readonly DateOnly Stated = new(2025, 6, 30);
    public static readonly Money GuangdongPool = Money.Of(10_000_000_000m, RegionCodes.Home);
    public static readonly Money ShanghaiPool = Money.Cny(5_000_000_000m);
    public static readonly Money BavariaPool = Money.Eur(5_500_000_000m);
    public static readonly Money EuAiFactories = Money.Billions(2.1m, Currency.EUR); // clean: 2.1 billion, a scaled figure
    public static readonly Money TexasPool = Money.Usd(2_400_000_000m);
    public static readonly Money TokyoPool = Money.Millions(240_000m, Currency.JPY); // clean: 240 billion yen written in millions
    public static readonly Money SeoulPool = Money.Of(1_200_000_000_000m, RegionCodes.Won);
    public static readonly Money KarnatakaPool = Money.Of(12_000_000_000m, RegionCodes.Rupee);
    public static readonly Money SuzhouPool = Money.Millions(800_000_000m, Currency.CNY); // expect: AIR0011
    public static readonly Money OhioPool = Money.Trillions(1_500m, Currency.USD); // expect: AIR0011
    public static readonly Money GyeonggiPool = Money.Trillions(3m, Currency.KRW); // clean: 3 trillion won is a real budget
    public static readonly Money HessePool = Money.Of(1.25m, RegionCodes.Partner);
    public static readonly Lazy<Money> NrwPool = new(() => Money.Eur(2_000_000_000m));

    public static Money HefeiVoucher => Money.Cny(300_000_000m);
    public static Money OsakaCap() => Money.Jpy(80_000_000_000m);
    public static Money TelanganaCap() => Money.Of(9_000_000_000m, Currency.INR);

    public static readonly ProvinceFund[] ProvinceFunds =
    [
        new("Guangdong", Money.Cny(10_000_000_000m), 2024),
        new("Zhejiang", Money.Cny(6_000_000_000m), 2024),
        new("Anhui", Money.Cny(3_500_000_000m), 2025),
    ];

    public static readonly List<PrefectureFund> PrefectureFunds =
    [
        new("Tokyo", Money.Millions(240_000m, Currency.JPY), 2024), // clean: yen in millions
        new("Osaka", Money.Jpy(80_000_000_000m), 2025),
    ];

    public static readonly Dictionary<string, StateAward> StateAwards = new()
    {
        ["texas"] = new("Texas", Money.Usd(2_400_000_000m), 2024),
        ["ohio"] = new("Ohio", Money.Usd(600_000_000m), 2025),
        ["arizona"] = new("Arizona", Money.Usd(1_100_000_000m), 2025),
    };

    public static readonly Dictionary<string, Money> CityCaps = new()
    {
        ["shenzhen"] = Money.Cny(1_000_000_000m),
        ["hangzhou"] = Money.Cny(600_000_000m),
        ["osaka"] = Money.Jpy(80_000_000_000m),
        ["munich"] = Money.Eur(450_000_000m),
        ["austin"] = Money.Usd(250_000_000m),
    };

    public static readonly RegionLine[] YuanLines =
    [
        new("Beijing", Bloc.China, Money.Cny(3_000_000_000m), 2024),
        new("Wuhan", Bloc.China, Money.Cny(1_200_000_000m), 2025),
    ];

    public static readonly RegionLine[] DollarLines =
    [
        new("Texas", Bloc.Us, Money.Usd(2_400_000_000m), 2024),
        new("New York", Bloc.Us, Money.Usd(400_000_000m), 2025),
    ];

    public static readonly List<(string Region, Money Cap)> WonCaps =
    [
        ("Seoul", Money.Of(1_200_000_000_000m, Currency.KRW)),
        ("Busan", Money.Of(300_000_000_000m, Currency.KRW)),
    ];

    public static Money[] YuanPlans() => [Money.Cny(100m), Money.Cny(250m), Money.Cny(75m)];

    public static List<Money> RupeePlans() => [Money.Of(1_000m, Currency.INR), Money.Of(2_500m, Currency.INR)];

    public static (Money Domestic, Money Partner) CoFunding(decimal home, decimal partner) => (Money.Cny(home), Money.Eur(partner));

    public static bool TryProvinceCap(string province, out Money cap)
    {
        if (province.Length == 0)
        {
            cap = Money.Zero(Currency.CNY);
            return false;
        }

        cap = Money.Cny(province.Length * 1_000_000m);
        return true;
    }

    public static readonly Target AiCoreIndustry = new("t-gd-ai", "ai-core-output", "CN-GD",
        MetricValue.Of(Money.Billions(150m, Currency.CNY)), baselineYear: 2023,
        MetricValue.Of(Money.Billions(300m, Currency.CNY)), goalYear: 2027, TargetKind.OfficialTarget, null, null, []); // clean: goal after baseline

    public static readonly Target BavariaTarget = new("t-by-ai", "ai-firms", "DE-BY",
        MetricValue.OfNumber(400m), baselineYear: 2030,
        MetricValue.OfNumber(1_000m), goalYear: 2025, TargetKind.OfficialTarget, null, null, []); // expect: AIR0012

    public static readonly Share KarnatakaCloudShare = Share.FromPercent(35m); // clean: 35 %
    public static readonly Share AnhuiComputeShare = Share.FromPercent(0.35m); // expect: AIR0005
    public static readonly Share EuMatchShare = Share.FromFraction(45m); // expect: AIR0005
    public static readonly Share TexasLocalShare = Share.FromFraction(0.6m); // clean: a fraction given as a fraction
    public static readonly Share SeoulOvershoot = Share.FromPercent(140m); // expect: AIR0013
    public static readonly Share FullMatch = Share.FromPercent(100m); // clean: 100 %
}

/// <summary>Factories the import uses to make consolidated lines.</summary>
public static class RegionFactory
{
    public static RegionLine China(string region, decimal figure, int year) => new(region, Bloc.China, Money.Cny(figure), year);
    public static RegionLine Japan(string region, decimal figure, int year) => new(region, Bloc.Japan, Money.Jpy(figure), year);
    public static RegionLine Korea(string region, decimal figure, int year) => new(region, Bloc.Korea, Money.Of(figure, Currency.KRW), year);
    public static RegionLine Germany(string region, decimal figure, int year) => new(region, Bloc.Germany, Money.Eur(figure), year);
    public static RegionLine Us(string region, decimal figure, int year) => new(region, Bloc.Us, Money.Usd(figure), year);
    public static RegionLine India(string region, decimal figure, int year) => new(region, Bloc.India, Money.Of(figure, Currency.INR), year);

    public static Currency CurrencyOf(Bloc bloc) => bloc switch
    {
        Bloc.China => Currency.CNY,
        Bloc.Japan => Currency.JPY,
        Bloc.Korea => Currency.KRW,
        Bloc.Germany or Bloc.Eu => Currency.EUR,
        Bloc.Us => Currency.USD,
        _ => Currency.INR,
    };

    public static decimal Legacy(decimal subsidy) => subsidy * 1.0m; // expect: AIR0010
}

/// <summary>Helpers the pipelines share.</summary>
public static class RegionMath
{
    public static readonly Func<Money, Money, bool> Above = (left, right) => left > right;
    public static readonly Func<Money, Money> WithAdmin = m => m * 1.05m;

    public static bool Exceeds(Money spent, Money cap) => spent > cap; // clean: parameters unknown inside
    public static bool ExceedsChecked(Money spent, Money cap) => spent.Currency == cap.Currency && spent > cap; // clean: reads both currencies
    public static bool Dwarfs(Money big, Money small) => big > small * 10m; // clean: parameters unknown inside
    public static bool SameCurrency(Money a, Money b) => a.Currency == b.Currency;
    public static bool DwarfsChecked(Money big, Money small) => SameCurrency(big, small) && big > small * 10m; // clean: checked through a yes/no helper
    public static Money Scaled(Money m, decimal factor) => m * factor;
    public static Money Gap(Money budget, Money spent) => budget - spent; // clean: parameters unknown inside

    public static Money SumAll(Money seed, IEnumerable<Money> items) => items.Aggregate(seed, (a, b) => a + b); // clean: unknown inside

    public static Money Total(Money seed, IEnumerable<Money> items)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: the items are unknown inside the method
        return total;
    }

    public static Money TotalGuarded(Money seed, IEnumerable<Money> items)
    {
        var total = seed;
        foreach (var x in items)
        {
            if (x.Currency != total.Currency) continue;
            total += x; // clean: the test above skipped other currencies
        }

        return total;
    }

    public static Money ToEuros(Money m, DateOnly asOf) =>
        m.ConvertTo(Currency.EUR, asOf, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(7)).Result;
}
