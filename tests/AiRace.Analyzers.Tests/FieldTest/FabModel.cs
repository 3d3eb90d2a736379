using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Fab;

/// <summary>A fab site the desk tracks.</summary>
public enum FabSite
{
    Hefei,
    Wuxi,
    Arizona,
    Ohio,
    Kumamoto,
    Chitose,
    Pyeongtaek,
    Yongin,
    Magdeburg,
    Dresden,
}

/// <summary>Who pays: the funder's bloc decides the currency of its figures.</summary>
public enum FabBloc
{
    China,
    UnitedStates,
    Japan,
    Korea,
    Europe,
}

/// <summary>A tranche of China's Big Fund (phases I–III). Always yuan.</summary>
public sealed record BigFundTranche(string Phase, Money Amount, int Year);

/// <summary>A provincial fab subsidy (Anhui, Jiangsu…). Always yuan.</summary>
public sealed record ProvincialSubsidy(string Province, FabSite Site, Money Subsidy, int Year);

/// <summary>A CHIPS Act award (grant part). Always dollars.</summary>
public sealed record ChipsAward(string Company, FabSite Site, Money Grant, int Year);

/// <summary>A METI subsidy decision (TSMC Kumamoto / JASM, Rapidus). Always yen.</summary>
public sealed record MetiSubsidy(string Project, Money Subsidy, DateOnly Approved);

/// <summary>A K-Chips Act credit or policy loan. Always won.</summary>
public sealed record KChipsCredit(string Company, Money Credit, int Year);

/// <summary>An EU state-aid decision (Intel Magdeburg, ESMC Dresden). Always euros.</summary>
public sealed record StateAidDecision(string CaseNumber, FabSite Site, Money Aid, DateOnly Decided);

/// <summary>A line of the investment pipeline: any bloc, in the funder's currency.</summary>
public sealed record FabInvestment(string Id, FabSite Site, FabBloc Bloc, Money Capex, int Year);

/// <summary>A subsidy line read from the desk's spreadsheet import; its currency comes from the sheet.</summary>
public sealed record ImportedFabLine(string Id, FabSite Site, Money Amount, int Year);

/// <summary>A yearly tranche of a multi-year package; the year and the money of that year.</summary>
public readonly record struct YearlyTranche(int Year, Money Amount);

/// <summary>A self-sufficiency target as the desk keeps it (percent of domestic demand met at home).</summary>
public sealed record SelfSufficiencyGoal(FabBloc Bloc, Share Baseline, int BaselineYear, Share Goal, int GoalYear);

/// <summary>The old spreadsheet row (before the desk moved to Money).</summary>
public sealed record LegacyFabRow(string Site, decimal SubsidyYuan, decimal WaferStarts); // expect: AIR0010

/// <summary>A row of the export the finance team sends; still numbers.</summary>
public sealed class FabExportRow
{
    public string Site { get; init; } = "";

    public decimal AidEur { get; init; } // expect: AIR0010 ("eur" names a currency, which is a money word)

    public decimal AidYen { get; init; } // expect: AIR0010 ("yen" names a currency, which is a money word)

    public decimal CapexUsd { get; init; } // expect: AIR0010

    public decimal SubsidyShare { get; init; } // clean: a proportion of a subsidy, not money

    public decimal YenPerDollar { get; init; } // clean: an exchange rate, a currency per currency

    public decimal CostPerWafer { get; init; } // expect: AIR0010

    public decimal FundingPct { get; init; } // clean: a percentage of funding

    public double Utilisation { get; init; } // clean: not a money word

    public decimal WaferStarts { get; init; } // clean: not a money word

    public int Year { get; init; }
}

/// <summary>A ledger row the provincial desk fills; the province books in yuan.</summary>
public sealed class ProvincialLedgerRow
{
    public string Province { get; set; } = "";

    [Currency("CNY")] public Money Disbursed { get; set; } // clean: an annotation with an active code

    [Currency("RMB")] public Money Committed { get; set; } // expect: AIR0003

    [Currency("KRW")] public Money KoreanMatch { get; set; } // clean: an active code
}

/// <summary>Old contract API kept for the Excel add-in.</summary>
public sealed class LegacyFabContract
{
    private decimal _budget; // clean: private, not public API

    public void SetBudget(decimal budgetDollars) => _budget = budgetDollars; // expect: AIR0010

    public decimal Scaled(decimal factor) => _budget * factor; // clean: factor is not a money word

    internal decimal Ceiling(decimal price) => price * 1.1m; // clean: internal, not public API

    public decimal KrwPerUsd { get; set; } // clean: a rate, currency per currency

    public decimal DollarsPerPound { get; set; } // expect: AIR0010
}

/// <summary>The desk's reference figures. Every figure states its currency where it is declared.</summary>
public static class FabCatalogue
{
    public const string HomeCode = "CNY";

    public static readonly Money BigFundPhase3 = Money.Billions(344m, Currency.CNY); // clean: 344 billion yuan in billions
    public static readonly Money HefeiFund = Money.Of(60_000_000_000m, HomeCode); // clean: 60 billion yuan, a constant active code
    public static readonly Money ChipsActGrants = Money.Billions(39m, Currency.USD); // clean: 39 billion dollars
    public static readonly Money IntelOhioGrant = Money.Millions(7_865m, Currency.USD); // clean: 7.9 billion in millions
    public static readonly Money StargateCapex = Money.Billions(500m, Currency.USD); // clean: half a trillion, in billions
    public static readonly Money KumamotoSubsidy = Money.Millions(476_000m, Currency.JPY); // clean: 476 billion yen as METI writes it
    public static readonly Money RapidusSupport = Money.Millions(920_000m, Currency.JPY); // clean: 920 billion yen in millions
    public static readonly Money KChipsPackage = Money.Trillions(26m, Currency.KRW); // clean: 26 trillion won
    public static readonly Money MagdeburgAid = Money.Billions(9.9m, Currency.EUR); // clean: 9.9 billion euros
    public static readonly Money DresdenAid = Money.Millions(5_000m, Currency.EUR); // clean: five billion euros in millions
    public static readonly Money WuxiFloor = Money.Thousands(250_000_000m, Currency.CNY); // clean: thousands are never checked

    public static readonly Money HeadlineTypo = Money.Millions(600_000_000m, Currency.CNY); // expect: AIR0011
    public static readonly Money StargateTypo = Money.Billions(500_000_000_000m, Currency.USD); // expect: AIR0011
    public static readonly Money ChipsTypo = Money.Trillions(2_000m, Currency.USD); // expect: AIR0011
    public static readonly Money MagdeburgTypo = Money.Scaled(9_900_000_000m, Magnitude.Millions, Currency.EUR); // expect: AIR0011

    public static readonly Money OldPeg = Money.Of(1_000m, "RMB"); // expect: AIR0003
    public static readonly Currency Taiwan = Currency.FromCode("NTD"); // expect: AIR0003
    public static readonly Currency Won = Currency.FromCode("KRW"); // clean: active code
    public static readonly Money SeoulPledge = Money.Parse("WON 1000"); // expect: AIR0003
    public static readonly Money ShanghaiPledge = Money.Parse("CNY 5000"); // clean: constant text with an active code

    /// <summary>Aid by site; each site's funder pays in its own currency.</summary>
    internal static readonly Dictionary<FabSite, Money> SiteAid = new()
    {
        [FabSite.Kumamoto] = Money.Millions(476_000m, Currency.JPY), // clean: a keyed write
        [FabSite.Chitose] = Money.Millions(920_000m, Currency.JPY), // clean: a keyed write
        [FabSite.Magdeburg] = Money.Billions(9.9m, Currency.EUR), // clean: a keyed write
        [FabSite.Dresden] = Money.Billions(5m, Currency.EUR), // clean: a keyed write
        [FabSite.Arizona] = Money.Millions(6_600m, Currency.USD), // clean: a keyed write
        [FabSite.Hefei] = Money.Billions(20m, Currency.CNY), // clean: a keyed write
    };

    /// <summary>The Big Fund's phases, all yuan.</summary>
    public static readonly BigFundTranche[] BigFund =
    [
        new("Phase I", Money.Billions(138.7m, Currency.CNY), 2014), // clean: yuan
        new("Phase II", Money.Billions(204.2m, Currency.CNY), 2019), // clean: yuan
        new("Phase III", Money.Billions(344m, Currency.CNY), 2024), // clean: yuan
    ];

    /// <summary>CHIPS awards, all dollars.</summary>
    public static readonly List<ChipsAward> Chips =
    [
        new("Intel", FabSite.Ohio, Money.Millions(7_865m, Currency.USD), 2024), // clean: dollars
        new("TSMC", FabSite.Arizona, Money.Millions(6_600m, Currency.USD), 2024), // clean: dollars
    ];

    /// <summary>State-aid decisions, all euros.</summary>
    public static readonly ImmutableArray<StateAidDecision> StateAid = ImmutableArray.Create(
        new StateAidDecision("SA.66466", FabSite.Magdeburg, Money.Billions(9.9m, Currency.EUR), new DateOnly(2023, 6, 19)), // clean: euros
        new StateAidDecision("SA.107228", FabSite.Dresden, Money.Billions(5m, Currency.EUR), new DateOnly(2024, 8, 20))); // clean: euros

    /// <summary>METI decisions, all yen.</summary>
    public static readonly MetiSubsidy[] Meti =
    [
        new("JASM Kumamoto 1", Money.Millions(476_000m, Currency.JPY), new DateOnly(2022, 6, 17)), // clean: yen
        new("Rapidus 2025", Money.Millions(802_500m, Currency.JPY), new DateOnly(2025, 3, 31)), // clean: yen
    ];

    /// <summary>The pipeline across blocs: capex in yuan, dollars, yen, won and euros.</summary>
    public static readonly FabInvestment[] Pipeline =
    [
        new("cn-hefei-3", FabSite.Hefei, FabBloc.China, Money.Billions(46m, Currency.CNY), 2025), // clean: a creation
        new("us-ohio-1", FabSite.Ohio, FabBloc.UnitedStates, Money.Billions(28m, Currency.USD), 2025), // clean: a creation
        new("jp-kumamoto-2", FabSite.Kumamoto, FabBloc.Japan, Money.Millions(2_900_000m, Currency.JPY), 2026), // clean: a creation
        new("kr-yongin-1", FabSite.Yongin, FabBloc.Korea, Money.Trillions(120m, Currency.KRW), 2027), // clean: a creation
        new("eu-dresden-1", FabSite.Dresden, FabBloc.Europe, Money.Billions(10m, Currency.EUR), 2027), // clean: a creation
    ];

    /// <summary>Yen co-funding of a Japanese project and the US partner's dollars, as a pair.</summary>
    public static (Money Domestic, Money Partner) CoFunding(decimal domesticBillions, decimal partnerBillions) =>
        (Money.Billions(domesticBillions, Currency.JPY), Money.Billions(partnerBillions, Currency.USD)); // clean: a tuple of two currencies is not a mix

    /// <summary>Low and high of the Big Fund III estimate, both yuan.</summary>
    public static (Money Low, Money High) BigFundRange() => (Money.Billions(300m, Currency.CNY), Money.Billions(344m, Currency.CNY)); // clean: one currency

    /// <summary>K-Chips support of the year, fetched from the ministry feed (won).</summary>
    public static async Task<Money> FetchKChipsAsync(int year, CancellationToken ct)
    {
        await Task.Delay(1, ct).ConfigureAwait(false);
        return year >= 2025 ? Money.Trillions(33m, Currency.KRW) : Money.Trillions(26m, Currency.KRW); // clean: won on both arms
    }

    /// <summary>The Ohio grant, computed: always dollars.</summary>
    public static Money OhioNet => IntelOhioGrant - Money.Millions(500m, Currency.USD); // clean: dollars minus dollars

    /// <summary>Dresden's aid net of the clawback reserve.</summary>
    public static Money DresdenNet() => DresdenAid * 0.95m; // clean: scaling keeps the currency

    public static bool TryProvincialCap(FabSite site, out Money cap)
    {
        switch (site)
        {
            case FabSite.Hefei:
                cap = Money.Billions(20m, Currency.CNY); // clean: yuan
                return true;
            case FabSite.Wuxi:
                cap = Money.Billions(12m, Currency.CNY); // clean: yuan
                return true;
            default:
                cap = Money.Zero(Currency.CNY); // clean: yuan
                return false;
        }
    }

    /// <summary>Lazily computed: the national K-Chips ceiling.</summary>
    public static readonly Lazy<Money> KChipsCeiling = new(() => Money.Trillions(33m, Currency.KRW)); // clean: won

    public static readonly Money? LastRapidusDraw = Money.Millions(100_000m, Currency.JPY); // clean: yen
}

/// <summary>The desk's dated rates. Every conversion names the date.</summary>
public static class FabRates
{
    public static readonly RateSeries DeskSeries = new("fab-desk", "Fab desk year-end fixings", "Fab desk", RatePeriod.Day);

    public static readonly DateOnly YearEnd2024 = new(2024, 12, 31);

    public static readonly DateOnly MidYear2025 = new(2025, 6, 30);

    public static readonly ExchangeRateTable Table = new(
    [
        new ExchangeRate(Currency.USD, Currency.CNY, 7.2993m, YearEnd2024, DeskSeries), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.JPY, 157.20m, YearEnd2024, DeskSeries), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.KRW, 1_472.15m, YearEnd2024, DeskSeries), // clean: a stated date
        new ExchangeRate(Currency.EUR, Currency.USD, 1.0389m, YearEnd2024, DeskSeries), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.CNY, 7.1636m, MidYear2025, DeskSeries), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.JPY, 144.10m, MidYear2025, DeskSeries), // clean: a stated date
    ]);

    public static ExchangeRate SpotToday() => new(Currency.USD, Currency.CNY, 7.18m, DateOnly.FromDateTime(DateTime.Now), DeskSeries); // expect: AIR0008

    public static ExchangeRate Parity(Currency currency) => ExchangeRate.Identity(currency, DateOnly.FromDateTime(DateTime.UtcNow)); // expect: AIR0008

    public static ExchangeRate ParityAt(Currency currency, DateOnly on) => ExchangeRate.Identity(currency, on); // clean: a date from the caller
}

/// <summary>Self-sufficiency targets of the blocs.</summary>
public static class FabTargets
{
    public static readonly Share ChinaBaseline = Share.FromPercent(23m); // clean: a percent on the percent scale
    public static readonly Share ChinaGoal = Share.FromPercent(70m); // clean
    public static readonly Share JapanGoal = Share.FromFraction(0.2m); // clean: a fraction on the fraction scale
    public static readonly Share UsLeadingEdgeGoal = Share.FromPercent(0.2m); // expect: AIR0005
    public static readonly Share EuGoal = Share.FromFraction(20m); // expect: AIR0005
    public static readonly Share KoreaGoal = Share.FromPercent(150m); // expect: AIR0013
    public static readonly Share Everything = Share.FromPercent(100m); // clean: 100 % is a share
    public static readonly Share Whole = Share.FromFraction(1m); // clean: 1 on either scale is plausible

    public static readonly Target ChinaSelfSufficiency = new("t-fab-cn", "ic-self-sufficiency", "CN", MetricValue.Of(ChinaBaseline), 2020, MetricValue.Of(ChinaGoal), 2030, TargetKind.OfficialTarget, null, null, []); // clean: goal after baseline

    public static readonly Target EuChipsAct = new("t-fab-eu", "fab-world-share", "EU", MetricValue.Of(Share.FromPercent(10m)), 2022, MetricValue.Of(Share.FromPercent(20m)), 2020, TargetKind.OfficialTarget, null, null, []); // expect: AIR0012

    public static readonly IReadOnlyList<SelfSufficiencyGoal> Goals =
    [
        new(FabBloc.China, ChinaBaseline, 2020, ChinaGoal, 2030), // clean: not a library type, no year check
        new(FabBloc.Japan, Share.FromPercent(10m), 2022, JapanGoal, 2030), // clean
    ];
}
