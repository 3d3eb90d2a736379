using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace PowerDesk.Model;

/// <summary>The data-centre sites the power desk follows.</summary>
public enum PowerSite
{
    Guian,      // Guizhou
    Ulanqab,    // Inner Mongolia
    Horinger,   // Inner Mongolia
    Zhongwei,   // Ningxia
    Abilene,    // Stargate, Texas
    Milam,      // Stargate, Texas
    Lordstown,  // Stargate, Ohio
    Tomakomai,  // Hokkaido
    Inzai,      // Chiba
    Haenam,     // South Jeolla
    Frankfurt,
    Dublin,
}

/// <summary>Who pays a subsidy or signs a contract.</summary>
public enum PowerBloc
{
    China,
    UnitedStates,
    Japan,
    Korea,
    Europe,
}

/// <summary>A provincial power subsidy for data centres (Guizhou, Inner Mongolia, Ningxia). Provinces pay in yuan.</summary>
public sealed record PowerProvinceSubsidy(string Province, Money Grant, int Year);

/// <summary>An "east data, west compute" voucher handed to a hub. Yuan.</summary>
public sealed record PowerComputeVoucher(string Hub, Money Face, DateOnly Issued);

/// <summary>A Stargate site's power purchase agreement. Always dollars.</summary>
public sealed record PowerPurchaseAgreement(PowerSite Site, string Utility, Money Contract, decimal Megawatts, int StartYear);

/// <summary>A Japanese grid-connection subsidy. Yen.</summary>
public sealed record PowerGridSubsidy(string Prefecture, Money Support, int Year);

/// <summary>A line of the desk's register: any bloc, in the payer's own currency.</summary>
public sealed record PowerLine(string Id, PowerBloc Bloc, Money Amount, int Year);

/// <summary>A tariff per megawatt hour, in the site's currency.</summary>
public readonly record struct PowerTariff(PowerSite Site, Money PerMegawattHour, DateOnly From);

/// <summary>A quote the treasury gives us: base, quote, rate and the day it is for.</summary>
public readonly record struct PowerQuote(Currency Base, Currency Quote, decimal Rate, DateOnly Date); // clean: "rate" is not a money word

/// <summary>A power purchase line as the old spreadsheet kept it.</summary>
public sealed record PowerLegacyPpa(string Site, decimal PriceUsd); // expect: AIR0010

/// <summary>A row of the provincial spreadsheet export.</summary>
public sealed class PowerSheetRow
{
    public string Site { get; init; } = "";

    public string Code { get; init; } = "";

    public decimal Figure { get; init; } // clean: "figure" is not a money word

    public double FigureAsDouble { get; init; } // clean: not a money word either

    public decimal SubsidyCny { get; init; } // expect: AIR0010

    public decimal SubsidyShare { get; init; } // clean: a proportion of a subsidy, not money

    public decimal YuanPerDollar { get; init; } // clean: an exchange rate, a currency per currency

    public decimal WonPerYen { get; init; } // clean: a rate between two currencies

    public decimal TariffYuanPerKwh { get; init; } // expect: AIR0010

    public decimal RenewablePercent { get; init; } // clean: no money word

    public decimal Megawatts { get; init; } // clean: a power, not money

    public decimal? LastPriceUsd { get; init; } // expect: AIR0010

    public float SubsidyMillions { get; init; } // expect: AIR0010

    public int Year { get; init; }
}

/// <summary>An old contract record; the procurement system still writes it.</summary>
public sealed class PowerLegacyContract
{
    public static decimal DefaultSubsidy = 0m; // expect: AIR0010

    public PowerLegacyContract(decimal fundingCap) => _subsidyYuan = fundingCap; // expect: AIR0010

    public decimal FundingAmount { get; set; } // expect: AIR0010

    public decimal CostRatio { get; set; } // clean: a ratio of costs

    public decimal BudgetPct { get; init; } // clean: a percentage of a budget

    public decimal PriceMultiplier { get; init; } // clean: a multiplier

    public decimal DollarsPerYuan { get; init; } // clean: a rate

    public decimal YuanPerDollarBudget { get; init; } // expect: AIR0010

    private decimal _subsidyYuan; // clean: not public

    public void Book(decimal subsidyCny) => _subsidyYuan = subsidyCny; // expect: AIR0010

    public decimal Remaining(decimal drawnShare) => _subsidyYuan * (1m - drawnShare); // clean: a share parameter

    internal decimal Ceiling(decimal budget) => budget * 2m; // clean: internal, not public API
}

/// <summary>The base of the old reporting classes.</summary>
public abstract class PowerLegacyReport
{
    protected decimal ReserveBudget { get; set; } // expect: AIR0010

    protected decimal ReserveShare { get; set; } // clean: a share

    private protected decimal HiddenBudget { get; set; } // clean: not visible outside the assembly
}

/// <summary>The old feed interface the grid operator still implements.</summary>
public interface IPowerLegacyFeed
{
    decimal FundingAmount { get; } // expect: AIR0010
}

/// <summary>The operator's implementation: its signature is the interface's.</summary>
public sealed class PowerOperatorFeed : IPowerLegacyFeed
{
    public decimal FundingAmount => 1_000m; // clean: reported once, at the interface member

    public decimal PricePerMegawattHour { get; init; } // expect: AIR0010

    public decimal EurPerUsd { get; init; } // clean: a currency per currency
}

/// <summary>A callback the old settlement system invokes for each paid subsidy.</summary>
public delegate void PowerSubsidyPaid(string province, decimal subsidyYuan); // expect: AIR0010

/// <summary>A label printed on reports; not a currency.</summary>
public sealed record PowerLabel(string Text);

/// <summary>Codes the desk writes once.</summary>
public static class PowerCodes
{
    public const string Home = "CNY";
    public const string Partner = "USD";
    public const string Grid = "JPY";
    public const string Korea = "KRW";
    public const string LegacyYuan = "RMB";
    public const string OffshoreYuan = "CNH";
}

/// <summary>The published envelopes, caps and contracts the desk follows.</summary>
public static class PowerCatalogue
{
    public static readonly Money GuizhouPool = Money.Millions(800m, Currency.CNY); // clean: 800 million yuan
    public static readonly Money InnerMongoliaPool = Money.Billions(1.2m, Currency.CNY); // clean
    public static readonly Money NingxiaPool = Money.Millions(450m, Currency.CNY); // clean
    public static readonly Money EastDataWestComputeFund = Money.Billions(40m, Currency.CNY); // clean
    public static readonly Money AbileneContract = Money.Billions(1.1m, Currency.USD); // clean
    public static readonly Money MilamContract = Money.Millions(750m, Currency.USD); // clean
    public static readonly Money HokkaidoGridAid = Money.Millions(45_000m, Currency.JPY); // clean: 45 billion yen, as a Japanese report states it
    public static readonly Money KoreaGridAid = Money.Billions(1_500m, Currency.KRW); // clean: 1.5 trillion won in billions
    public static readonly Money EuPowerAid = Money.Millions(900m, Currency.EUR); // clean
    public static readonly Money HomeCap = Money.Of(60m, PowerCodes.Home); // clean: a constant active code
    public static readonly Money PartnerCap = Money.Of(9m, PowerCodes.Partner); // clean
    public static readonly Money ParsedNingxiaTopUp = Money.Parse("CNY 25000000"); // clean: the canonical text
    public static readonly Money NationalGreenFund = Money.Trillions(3m, Currency.CNY); // clean: 3 trillion yuan
    public static readonly Money ChibaGridAid = Money.Millions(2_387_240m, Currency.JPY); // clean: 2.4 trillion yen in millions
    public static readonly Money DublinAid = Money.Scaled(900m, Magnitude.Millions, Currency.EUR); // clean
    public static readonly Money LordstownStudy = Money.Thousands(250_000m, Currency.USD); // clean: thousands are not checked
    public static readonly Money FullFigure = Money.Of(800_000_000m, Currency.CNY); // clean: the full amount stated as such
    public static readonly Money MisScaledGuizhou = Money.Millions(800_000_000m, Currency.CNY); // expect: AIR0011
    public static readonly Money MisScaledStargate = Money.Billions(500_000_000_000m, Currency.USD); // expect: AIR0011
    public static readonly Money MisScaledHokkaido = Money.Millions(45_000_000_000m, Currency.JPY); // expect: AIR0011
    public static readonly Money MisScaledKorea = Money.Billions(1_500_000_000_000m, Currency.KRW); // expect: AIR0011
    public static readonly Money MisScaledEurope = Money.Trillions(25_000m, Currency.EUR); // expect: AIR0011
    public static readonly Money MisScaledDublin = Money.Scaled(900_000_000m, Magnitude.Millions, Currency.EUR); // expect: AIR0011

    public static readonly Dictionary<PowerSite, Money> SiteCaps = new()
    {
        [PowerSite.Guian] = Money.Millions(300m, Currency.CNY),
        [PowerSite.Ulanqab] = Money.Millions(260m, Currency.CNY),
        [PowerSite.Abilene] = Money.Millions(1_100m, Currency.USD),
        [PowerSite.Tomakomai] = Money.Millions(12_000m, Currency.JPY),
        [PowerSite.Frankfurt] = Money.Millions(150m, Currency.EUR),
    };

    public static IReadOnlyList<PowerProvinceSubsidy> ProvinceSubsidies { get; } =
    [
        new("Guizhou", Money.Millions(300m, Currency.CNY), 2024),
        new("Guizhou", Money.Millions(320m, Currency.CNY), 2025),
        new("Inner Mongolia", Money.Millions(500m, Currency.CNY), 2025),
        new("Ningxia", Money.Cny(180_000_000m), 2025),
    ];

    public static IReadOnlyList<PowerComputeVoucher> Vouchers { get; } =
    [
        new("Guian hub", Money.Millions(50m, Currency.CNY), new DateOnly(2025, 3, 1)),
        new("Horinger hub", Money.Millions(40m, Currency.CNY), new DateOnly(2025, 5, 1)),
        new("Zhongwei hub", Money.Cny(35_000_000m), new DateOnly(2025, 9, 1)),
    ];

    public static IReadOnlyList<PowerPurchaseAgreement> Ppas { get; } =
    [
        new(PowerSite.Abilene, "Oncor", Money.Millions(1_100m, Currency.USD), 1_200m, 2025),
        new(PowerSite.Milam, "Vistra", Money.Millions(750m, Currency.USD), 800m, 2026),
        new(PowerSite.Lordstown, "AEP Ohio", Money.Millions(420m, Currency.USD), 450m, 2026),
    ];

    public static IReadOnlyList<PowerGridSubsidy> GridSubsidies { get; } =
    [
        new("Hokkaido", Money.Millions(20_000m, Currency.JPY), 2025),
        new("Chiba", Money.Millions(8_500m, Currency.JPY), 2025),
    ];

    public static IReadOnlyList<PowerLine> Register { get; } =
    [
        new("cn-gz-01", PowerBloc.China, Money.Millions(300m, Currency.CNY), 2025),
        new("us-ab-01", PowerBloc.UnitedStates, Money.Millions(1_100m, Currency.USD), 2025),
        new("jp-hk-01", PowerBloc.Japan, Money.Millions(20_000m, Currency.JPY), 2025),
        new("eu-fr-01", PowerBloc.Europe, Money.Millions(150m, Currency.EUR), 2026),
        new("cn-nx-01", PowerBloc.China, Money.Millions(180m, Currency.CNY), 2026),
    ];

    public static IReadOnlyList<(PowerSite Site, Money Cap)> WestHubCaps { get; } =
    [
        (PowerSite.Guian, Money.Millions(120m, Currency.CNY)),
        (PowerSite.Zhongwei, Money.Millions(90m, Currency.CNY)),
    ];

    internal static readonly Money[] QuarterlyNingxia =
    [
        Money.Millions(100m, Currency.CNY),
        Money.Millions(110m, Currency.CNY),
        Money.Millions(120m, Currency.CNY),
        Money.Millions(120m, Currency.CNY),
    ];

    public static readonly Lazy<Money> TomakomaiReserve = new(() => Money.Millions(8_000m, Currency.JPY));

    public static (Money Provincial, Money Stargate) CoFunding(decimal provincialMillions, decimal stargateMillions) =>
        (Money.Millions(provincialMillions, Currency.CNY), Money.Millions(stargateMillions, Currency.USD)); // clean: a tuple of two currencies is no mix by itself

    public static Money NingxiaCeiling() => Money.Millions(600m, Currency.CNY); // clean

    public static Money EuroCeiling(bool extended) => extended ? Money.Millions(1_200m, Currency.EUR) : Money.Millions(900m, Currency.EUR); // clean: both arms in euros

    public static Money KoreaCeiling(PowerSite site) => site switch
    {
        PowerSite.Haenam => Money.Billions(300m, Currency.KRW), // clean
        _ => Money.Billions(100m, Currency.KRW), // clean
    };

    public static bool TryUsCeiling(int year, out Money ceiling)
    {
        if (year < 2025)
        {
            ceiling = Money.Zero(Currency.USD); // clean
            return false;
        }

        ceiling = Money.Millions(2_000m, Currency.USD); // clean
        return true;
    }

    public static IEnumerable<Money> HokkaidoTranches()
    {
        yield return Money.Millions(5_000m, Currency.JPY); // clean
        yield return Money.Millions(7_000m, Currency.JPY); // clean
    }

    public static IEnumerable<Money> FirstCaps(bool domestic)
    {
        if (domestic)
        {
            yield return GuizhouPool; // clean
            yield return NingxiaPool; // clean
            yield break;
        }

        yield return AbileneContract; // clean: a run never reaches both currencies
    }

    public static Money Yuan(decimal millions) => Money.Millions(millions, Currency.CNY); // clean: "millions" is not a money word
    public static Money FromSheet(PowerSheetRow row) => Money.Of((decimal)row.FigureAsDouble, Currency.FromCode(row.Code)); // expect: AIR0002
    public static Money FromSheetExact(PowerSheetRow row) => Money.Of(row.Figure, Currency.FromCode(row.Code)); // clean: a decimal figure, a code read at run time
    public static Money FromWholeDouble(double millions) => Money.Millions((decimal)Math.Round(millions), Currency.CNY); // clean: a whole number is exact in decimal
    public static Money FromMeter(double megawattHours, double yuanPerMegawattHour) => new Money(Convert.ToDecimal(megawattHours * yuanPerMegawattHour), Currency.CNY); // expect: AIR0002, AIR0010
}

/// <summary>The dated rates the desk converts with (PBOC central parity, ECB and BOJ reference rates).</summary>
public static class PowerRates
{
    public static readonly DateOnly YearEnd = new(2025, 12, 31);
    public static readonly DateOnly MidYear = new(2025, 6, 30);
    private static readonly RateSeries Pboc = new("PBOC-MID", "People's Bank of China central parity", "PBOC", RatePeriod.Day);
    private static readonly RateSeries Ecb = new("ECB-REF", "ECB euro reference rates", "ECB", RatePeriod.Day);
    private static readonly RateSeries Boj = new("BOJ-TTM", "Bank of Japan TTM rates", "BOJ", RatePeriod.Day);

    public static readonly ExchangeRateTable Table = new(
    [
        new ExchangeRate(Currency.USD, Currency.CNY, 7.12m, YearEnd, Pboc), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.CNY, 7.17m, MidYear, Pboc), // clean
        new ExchangeRate(Currency.EUR, Currency.USD, 1.17m, YearEnd, Ecb), // clean
        new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, MidYear, Ecb), // clean
        new ExchangeRate(Currency.USD, Currency.JPY, 156.4m, YearEnd, Boj), // clean
        new ExchangeRate(Currency.USD, Currency.KRW, 1_438m, YearEnd, Ecb), // clean
    ]);

    public static readonly List<string> Log = [];

    public static Money ToUsd(Money m) => m.ConvertTo(Currency.USD, YearEnd, Table, RateLookup.ExactDate).Result; // clean: a dated conversion
    public static Money ToCny(Money m) => m.ConvertTo(Currency.CNY, YearEnd, Table, RateLookup.MostRecentWithin(5)).Result; // clean
    public static Money ToEur(Money m) => m.ConvertTo(Currency.EUR, MidYear, Table, RateLookup.MonthlyAverage).Result; // clean
    public static Money ToUsdAt(Money m, DateOnly valueDate) => m.ConvertTo(Currency.USD, valueDate, Table, RateLookup.MostRecentWithin(5)).Result; // clean: the caller states the date
    public static Money ToUsdToday(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), Table, RateLookup.ExactDate).Result; // expect: AIR0008
    public static ExchangeRate SpotYen() => Table.GetRate(Currency.USD, Currency.JPY, DateOnly.FromDateTime(DateTime.UtcNow), RateLookup.MostRecentWithin(3)); // expect: AIR0008
    public static ExchangeRate Manual(decimal yuanPerDollar) => new(Currency.USD, Currency.CNY, yuanPerDollar, DateOnly.FromDateTime(DateTime.Today), Pboc); // expect: AIR0008
    public static ExchangeRate Parity(DateOnly date) => ExchangeRate.Identity(Currency.CNY, date); // clean: the caller's date
    public static Money ConvertAt(Money m, Currency to, DateOnly valueDate, RateLookup lookup) => m.ConvertTo(to, valueDate, Table, lookup).Result; // clean

    public static Money ConvertLogged(Money m, Currency to, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
    {
        var line = $"{requestedAt:O} {m} -> {to} at {valueDate}"; // clean: the stamp only becomes text
        Log.Add(line);
        return m.ConvertTo(to, valueDate, Table, lookup).Result; // clean
    }
}

/// <summary>Helpers every layer calls.</summary>
public static class PowerChecks
{
    public static bool Exceeds(Money spent, Money cap) => spent > cap; // clean: parameters are unknown inside
    public static Money Headroom(Money cap, Money drawn) => cap - drawn; // clean: parameters are unknown inside
    public static Money WithReserve(Money m) => m * 1.1m; // clean: keeps its argument's currency
    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean
    public static T SumAll<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b); // clean
    public static readonly Func<Money, Money, bool> AboveCap = (payment, cap) => payment > cap; // clean
    public static bool Outbids(this Money bid, Money rival) => bid > rival; // clean: unknown inside
    public static bool SafelyAbove(this Money bid, Money rival) => bid.Currency == rival.Currency && bid > rival; // clean: checks the currencies itself
    public static bool SameCurrency(Money a, Money b) => a.Currency == b.Currency;
    public static bool IsDollar(Money m) => m.Currency == Currency.USD;
    public static Money? Gap(Money a, Money b) => a.Currency == b.Currency ? a - b : null; // clean: handles a mismatch itself
    public static Money Halved(this Money m) => m / 2m; // clean

    public static Money Total(Money seed, params ReadOnlySpan<Money> items)
    {
        var total = seed;
        foreach (var m in items)
        {
            total += m; // clean: unknown inside
        }

        return total;
    }
}

/// <summary>Renewable-share and utilisation targets attached to the subsidies.</summary>
public static class PowerTargets
{
    public const int Baseline = 2024;
    public const int Horizon = 2030;
    public static readonly Share RenewableNow = Share.FromPercent(32m); // clean
    public static readonly Share RenewableGoal = Share.FromPercent(80m); // clean
    public static readonly Share GreenFraction = Share.FromFraction(0.8m); // clean
    public static readonly Share PueSlack = Share.FromPercent(0.25m); // expect: AIR0005
    public static readonly Share WestShare = Share.FromFraction(65m); // expect: AIR0005
    public static readonly Share OverCommitted = Share.FromPercent(120m); // expect: AIR0013
    public static readonly Share NegativeUptake = Share.FromFraction(-0.2m); // expect: AIR0013
    public static readonly Share Full = Share.FromPercent(100m); // clean: the edge is allowed
    public static readonly Share AllOfIt = Share.FromFraction(1m); // clean: 100 % is plausible
    public static readonly Share OnePercent = Share.FromPercent(1m); // clean: 1 % is plausible
    public static readonly Share ParsedGreen = Share.Parse("45%"); // clean
    public static readonly Share ParsedOver = Share.Parse("125%"); // expect: AIR0013
    public static readonly Ratio Pue = Ratio.Of(1.25m); // clean: a ratio may exceed one
    private static readonly SourceReference[] NoSources = [];

    public static Target Renewable(string id, int from, int to) =>
        new Target(id, "renewable-share", "CN", MetricValue.Of(RenewableNow), from, MetricValue.Of(RenewableGoal), to, TargetKind.OfficialTarget, null, null, NoSources); // clean: years given by the caller

    public static Target Utilisation(string id, int from) =>
        new Target(id, "utilisation", "CN", null, from, MetricValue.Of(Share.FromPercent(65m)), from + 5, TargetKind.Pledge, null, null, NoSources); // clean: five years after

    public static IReadOnlyList<Target> All(int surveyYear) =>
    [
        new Target("cn-green", "renewable-share", "CN", MetricValue.Of(RenewableNow), Baseline,
            MetricValue.Of(RenewableGoal), Horizon, TargetKind.OfficialTarget, null, null, NoSources), // clean: years in order
        new Target("gz-pue", "renewable-share", "CN-GZ", MetricValue.Of(Share.FromPercent(40m)), Horizon,
            MetricValue.Of(Share.FromPercent(70m)), Baseline, TargetKind.Pledge, null, null, NoSources), // expect: AIR0012
        new Target(
            id: "jp-grid",
            metricId: "renewable-share",
            subjectId: "JP",
            baseline: MetricValue.Of(Share.FromPercent(22m)),
            baselineYear: Horizon + 5,
            goal: MetricValue.Of(Share.FromPercent(50m)),
            goalYear: Horizon, // expect: AIR0012
            kind: TargetKind.OfficialTarget,
            byId: null,
            programmeId: null,
            sources: NoSources),
        new Target("kr-grid", "renewable-share", "KR", null, baselineYear: surveyYear,
            MetricValue.Of(Share.FromPercent(30m)), goalYear: 2020, TargetKind.OfficialTarget, null, null, NoSources), // clean: the baseline year is not a constant
        Renewable("nx-green", 2025, 2030), // clean: in order
        Renewable("im-green", 2030, 2026), // expect: AIR0012
        Utilisation("gz-util", 2025), // clean
    ];
}

/// <summary>Where the provincial ledger is read; it is kept in yuan.</summary>
public interface IPowerSubsidySource
{
    [return: Currency("CNY")]
    Money Outstanding(string province);
}

/// <summary>A test fake that got the currency wrong.</summary>
public sealed class PowerDollarSubsidySource : IPowerSubsidySource
{
    public Money Outstanding(string province) => Money.Millions(3m, Currency.USD); // expect: AIR0001
}

/// <summary>A fake that states yuan, as the interface says.</summary>
public sealed class PowerYuanSubsidySource : IPowerSubsidySource
{
    public Money Outstanding(string province) => province.Length == 0 ? Money.Zero(Currency.CNY) : Money.Millions(3m, Currency.CNY); // clean: yuan on both arms
}

/// <summary>A row of the provincial ledger.</summary>
public sealed class PowerLedgerRow
{
    public string Province { get; set; } = "";

    [Currency("CNY")] public Money Paid { get; set; } // clean: an annotation with an active code

    [Currency("yuan")] public Money Pending { get; set; } // expect: AIR0003

    [Currency("USD")] public Money Hedge { get; set; } // clean
}

/// <summary>A programme whose envelope each kind states itself.</summary>
public abstract class PowerProgramme
{
    public abstract Money Envelope { get; }
}

/// <summary>Guizhou's data-centre power programme: yuan.</summary>
public sealed class PowerGuizhouProgramme : PowerProgramme
{
    public override Money Envelope => Money.Millions(800m, Currency.CNY); // clean
}

/// <summary>Stargate's Abilene power programme: dollars.</summary>
public sealed class PowerStargateProgramme : PowerProgramme
{
    public override Money Envelope => Money.Billions(1.1m, Currency.USD); // clean
}

/// <summary>A pot held for one site, in whatever currency it was opened in.</summary>
public sealed class PowerPot(string holder, Money held)
{
    public string Holder { get; } = holder;

    public Money Held { get; } = held;
}

/// <summary>The EU power-aid envelope with a reserve the desk adjusts; always euros.</summary>
public sealed class PowerEuEnvelope
{
    private Money _reserve = Money.Millions(200m, Currency.EUR);

    public Money Reserve
    {
        get => _reserve;
        set => _reserve = value;
    }

    public void TopUp(decimal millions) => Reserve += Money.Millions(millions, Currency.EUR); // clean: euros into euros
}

/// <summary>A bid a site's operator makes for a power subsidy, in whatever currency it was made.</summary>
public sealed record PowerBid(string Site, Money Offer);

/// <summary>A grouping key: a currency and whether the amount is large.</summary>
public readonly record struct PowerBucket(Currency Currency, bool Large);

/// <summary>Energy delivered under a contract.</summary>
public readonly struct PowerEnergy(decimal megawattHours)
{
    public decimal MegawattHours { get; } = megawattHours; // clean: not a money word

    public static Money operator *(PowerEnergy energy, Money perMegawattHour) => perMegawattHour * energy.MegawattHours; // clean: keeps the tariff's currency

    public static PowerEnergy operator *(PowerEnergy energy, decimal priceFactor) => new(energy.MegawattHours * priceFactor); // clean: a factor, not money

    public static PowerEnergy operator +(PowerEnergy energy, decimal tariffCost) => new(energy.MegawattHours + tariffCost); // expect: AIR0010
}

/// <summary>The provincial ledger by site; the provinces keep it in yuan.</summary>
public sealed class PowerProvinceLedger
{
    private readonly Dictionary<PowerSite, Money> _bySite = new()
    {
        [PowerSite.Guian] = Money.Millions(30m, Currency.CNY),
        [PowerSite.Zhongwei] = Money.Millions(20m, Currency.CNY),
    };

    public Money this[PowerSite site] => _bySite[site]; // clean

    [Currency("CNY")] public List<Money> Lines { get; } = [];

    [return: Currency("EUR")]
    public Money EuroMirror() => Money.Millions(5m, Currency.JPY); // expect: AIR0001

    [return: Currency("EUR")]
    public Money EuroMirrorConverted() => PowerRates.ToEur(Money.Millions(5m, Currency.JPY)); // clean: converted to euros

    public void Pay([Currency("USD")] Money payment) => PowerRates.Log.Add(payment.ToString());

    public void Book([Currency("rmb")] Money payment) => PowerRates.Log.Add(payment.ToString()); // expect: AIR0003
}

/// <summary>A fixed-rate provider the tests inject.</summary>
public sealed class PowerFixedRates(decimal yuanPerDollar) : IExchangeRateProvider
{
    private static readonly RateSeries Fixed = new("FIXED", "Desk's fixed planning rate", "Power desk", RatePeriod.Day);

    public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) =>
        from == Currency.USD ? new ExchangeRate(from, to, yuanPerDollar, date, Fixed) : new ExchangeRate(from, to, 1m / yuanPerDollar, date, Fixed); // clean: the caller's date

    public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate)
    {
        rate = GetRate(from, to, date, lookup); // clean
        return true;
    }
}

/// <summary>Team extensions over sequences of money.</summary>
public static class PowerSequenceExtensions
{
    public static Money Folded(this IEnumerable<Money> items, Money seed)
    {
        var total = seed;
        foreach (var item in items)
        {
            total += item; // clean: unknown inside
        }

        return total;
    }

    public static bool AboveInDollars(Money a, Money b)
    {
        a = PowerRates.ToUsd(a);
        b = PowerRates.ToUsd(b);
        return a > b; // clean: both converted first
    }

    public static bool ConvertedAbove(Money a, Money b) => PowerRates.ToUsd(a) > PowerRates.ToUsd(b); // clean: both converted first

    public static Target FromBaseline(string id, int to) =>
        new Target(id, "utilisation", "CN", MetricValue.Of(Share.FromPercent(55m)), PowerTargets.Baseline, MetricValue.Of(Share.FromPercent(75m)), to, TargetKind.Pledge, null, null, []); // clean: the goal year is the caller's

    public static Target Either(string id, int from, int to, bool swap) =>
        swap ? new Target(id, "utilisation", "CN", null, to, MetricValue.Of(Share.FromPercent(75m)), from, TargetKind.Pledge, null, null, []) : new Target(id, "utilisation", "CN", null, from, MetricValue.Of(Share.FromPercent(75m)), to, TargetKind.Pledge, null, null, []); // clean: years chosen by a branch
}

/// <summary>A site card on the dashboard; every card the desk makes is in yuan.</summary>
public sealed class PowerSiteCard
{
    public string Site { get; init; } = "";

    public Money Cap { get; init; }

    public static PowerSiteCard Guian() => new() { Site = "Guian", Cap = Money.Millions(300m, Currency.CNY) }; // clean
    public static PowerSiteCard Zhongwei() => new() { Site = "Zhongwei", Cap = Money.Millions(90m, Currency.CNY) }; // clean
}

/// <summary>A scheduled conversion job: the clock stamps it, the value date is stated.</summary>
public sealed record PowerJob(DateTime Stamp, DateOnly ValueDate)
{
    public static PowerJob Create(DateTime stamp, DateOnly valueDate) => new(stamp, valueDate);
}

/// <summary>Date helpers of the desk.</summary>
public static class PowerDates
{
    public static DateOnly ValueDateOrDefault(this PowerJob job) => job.ValueDate == default ? PowerRates.YearEnd : job.ValueDate;
    public static DateOnly ToValueDate(this DateTime stamp) => DateOnly.FromDateTime(stamp);
}

/// <summary>Orders money by currency code first, then by amount.</summary>
public sealed class PowerByCurrencyComparer : IComparer<Money>
{
    public int Compare(Money x, Money y) => x.Currency != y.Currency ? string.CompareOrdinal(x.Currency.Code, y.Currency.Code) : x.CompareTo(y); // clean: reads both currencies first
}

/// <summary>Anything with a price, as the old pricing module declared it.</summary>
public interface IPowerPriced<T>
{
    T Price { get; }
}

/// <summary>A quote for an instrument, as the market-data module declares it.</summary>
public interface IPowerQuote<TInstrument>
{
    TInstrument Instrument { get; }

    decimal Price { get; } // expect: AIR0010
}

/// <summary>A spot tariff the old pricing module implements with a bare number.</summary>
public sealed class PowerSpotTariff : IPowerPriced<decimal>
{
    public decimal Price { get; init; } // expect: AIR0010
}

/// <summary>A forward quote on a power contract.</summary>
public sealed class PowerForwardQuote : IPowerQuote<string>
{
    public string Instrument { get; init; } = "";

    public decimal Price { get; init; } // clean: reported once, at the interface that declares it decimal
}

/// <summary>Figures of the renewables survey that are proportions, not money.</summary>
public sealed class PowerSurveyFigures
{
    public decimal SubsidyBps { get; init; } // clean: basis points of a subsidy

    public decimal FundingMultiple { get; init; } // clean: a multiple

    public decimal BudgetProportion { get; init; } // clean: a proportion

    public decimal AmountShare { get; init; } // clean: a share

    public decimal UsdPerCny { get; init; } // clean: a currency per currency

    public decimal YuanPerSite { get; init; } // expect: AIR0010
}

/// <summary>Comparisons taken by reference, as the settlement engine passes them.</summary>
public static class PowerRefChecks
{
    public static bool Above(in Money a, in Money b) => a > b; // clean: parameters are unknown inside
}
