using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Compute.Dashboard;

/// <summary>The programmes on the dashboard, one per region or fund.</summary>
public enum ComputeRegion { Shanghai, Shenzhen, Hangzhou, Stargate, Doe, Airr, France, Eu, IndiaAi, Humain, Mgx }

/// <summary>The codes the team types once; everything else refers to these.</summary>
public static class ComputeCodes
{
    public const string Yuan = "CNY";
    public const string Rupee = "INR";
    public const string Riyal = "SAR";
    public const string Dirham = "AED";
    public const string OldYuan = "RMB"; // clean: only text until it is given as a code
    public static readonly Currency Home = Currency.USD;
    public static readonly Currency Saudi = Currency.FromCode(Riyal);
    public static readonly Currency Emirati = Currency.FromCode(Dirham);

    /// <summary>The currency each region's sponsor reports in.</summary>
    public static Currency Of(ComputeRegion region) => region switch
    {
        ComputeRegion.Shanghai or ComputeRegion.Shenzhen or ComputeRegion.Hangzhou => Currency.CNY,
        ComputeRegion.Stargate or ComputeRegion.Doe => Home,
        ComputeRegion.Airr => Currency.GBP,
        ComputeRegion.France or ComputeRegion.Eu => Currency.EUR,
        ComputeRegion.IndiaAi => Currency.FromCode(Rupee),
        ComputeRegion.Humain => Saudi,
        _ => Emirati,
    };
}

/// <summary>A city's compute voucher: the yearly cap in yuan and the share of GPU rental it refunds.</summary>
public sealed record ComputeVoucher(string City, Money Cap, Share Refund, int Year);

/// <summary>A data-centre site or gigafactory, its capex in the sponsor's currency.</summary>
public sealed record ComputeSite(string Name, ComputeRegion Region, Money Capex, int Megawatts);

/// <summary>A vendor's quoted GPU-hour price, as the procurement sheet gives it.</summary>
public sealed record ComputeQuote(string Vendor, string Gpu, decimal PriceUsd); // expect: AIR0010

/// <summary>A national programme as the dashboard lists it.</summary>
public sealed record ComputeProgramme
{
    public required string Name { get; init; }
    public required ComputeRegion Region { get; init; }
    public Money Budget { get; init; }
    public Share GpuUtilisation { get; init; }

    /// <summary>The UK's matched funding, always in pounds.</summary>
    [Currency("GBP")] public Money? UkMatch { get; init; }
}

/// <summary>A row of the analysts' spreadsheet: bare numbers, as the sheet has them.</summary>
public sealed class ComputeSheetRow
{
    public string Programme { get; set; } = "";
    public decimal BudgetInr { get; set; } // expect: AIR0010
    public decimal CostPerGpuHour { get; set; } // expect: AIR0010
    public double SubsidyYuan { get; set; } // expect: AIR0010
    public decimal UtilisationShare { get; set; } // clean: a proportion, not money
    public decimal UsdPerGbp { get; set; } // clean: a currency per currency is a rate
    public decimal GpuCount { get; set; } // clean: no money word
    public decimal BudgetPct { get; set; } // clean: a percentage of a budget
}

/// <summary>The figures the team keeps by hand, from notices and press releases.</summary>
public static class ComputeCatalogue
{
    public static readonly Money ShanghaiPool = Money.Cny(600_000_000m);
    public static readonly Money ShenzhenPool = Money.Millions(500m, Currency.CNY);
    public static readonly Money HangzhouPool = Money.Of(250_000_000m, ComputeCodes.Yuan);
    public static readonly Money StargatePhaseOne = Money.Billions(100m, Currency.USD);
    public static readonly Money StargateTotal = Money.Millions(500_000_000_000m, Currency.USD); // expect: AIR0011
    public static readonly Money DoeFasst = Money.Millions(2_400m, ComputeCodes.Home);
    public static readonly Money Airr = Money.Millions(300m, Currency.GBP);
    public static readonly Money FranceSummit = Money.Billions(109m, Currency.EUR);
    public static readonly Money InvestAi = Money.Billions(20m, Currency.EUR);
    public static readonly Money IndiaAiGpu = Money.Millions(103_720m, Currency.INR); // clean: ₹10,372 crore written in millions
    public static readonly Money IndiaAiMission = Money.Millions(103_720_000_000m, Currency.INR); // expect: AIR0011
    public static readonly Money Humain = Money.Billions(40m, ComputeCodes.Saudi);
    public static readonly Money Mgx = Money.Billions(100m, ComputeCodes.Emirati);

    public static readonly Lazy<Money> AirrSecondPhase = new(() => Money.Gbp(1_000_000_000m));

    public static readonly ImmutableArray<Money> GulfFunds = ImmutableArray.Create(Humain, Mgx);

    public static readonly List<ComputeVoucher> Vouchers =
    [
        new("Shanghai", Money.Cny(100_000_000m), Share.FromPercent(80m), 2024),
        new("Shenzhen", Money.Millions(50m, Currency.CNY), Share.FromPercent(50m), 2024),
        new("Hangzhou", Money.Of(30_000_000m, ComputeCodes.Yuan), Share.FromFraction(0.3m), 2025),
        new("Chengdu", Money.Parse("CNY 20,000,000"), Share.FromPercent(0.4m), 2025), // expect: AIR0005
    ];

    public static readonly List<ComputeSite> Sites =
    [
        new("Abilene", ComputeRegion.Stargate, Money.Billions(40m, Currency.USD), 1_200),
        new("Oak Ridge", ComputeRegion.Doe, Money.Millions(600m, Currency.USD), 40),
        new("Fluidstack Paris", ComputeRegion.France, Money.Billions(10m, Currency.EUR), 1_000),
        new("Abu Dhabi campus", ComputeRegion.Mgx, Money.Billions(30m, ComputeCodes.Emirati), 5_000),
    ];

    public static readonly List<ComputeProgramme> Programmes =
    [
        new() { Name = "Shanghai compute vouchers", Region = ComputeRegion.Shanghai, Budget = ShanghaiPool, GpuUtilisation = Share.FromPercent(62m) },
        new() { Name = "Stargate", Region = ComputeRegion.Stargate, Budget = StargatePhaseOne, GpuUtilisation = Share.FromPercent(40m) },
        new() { Name = "AI Research Resource", Region = ComputeRegion.Airr, Budget = Airr, GpuUtilisation = Share.FromFraction(0.71m), UkMatch = Money.Gbp(50_000_000m) },
        new() { Name = "IndiaAI GPU subsidy", Region = ComputeRegion.IndiaAi, Budget = IndiaAiGpu, GpuUtilisation = Share.FromPercent(0.55m) }, // expect: AIR0005
    ];

    /// <summary>Quarterly disbursements: row 0 Shanghai (yuan), row 1 DOE (dollars), row 2 AIRR (pounds).</summary>
    public static readonly Money[][] Quarterly =
    [
        [Money.Cny(20_000_000m), Money.Cny(35_000_000m), Money.Cny(15_000_000m)],
        [Money.Usd(400_000_000m), Money.Usd(650_000_000m)],
        [Money.Gbp(75_000_000m), Money.Gbp(60_000_000m)],
    ];

    public static readonly Dictionary<ComputeRegion, Money> Budgets = new()
    {
        [ComputeRegion.Shanghai] = Money.Cny(1_000_000_000m),
        [ComputeRegion.Stargate] = Money.Billions(500m, Currency.USD),
        [ComputeRegion.Airr] = Money.Millions(300m, Currency.GBP),
        [ComputeRegion.Eu] = Money.Billions(20m, Currency.EUR),
        [ComputeRegion.IndiaAi] = Money.Millions(103_720m, Currency.INR),
    };
}

/// <summary>The city vouchers by city name; every city states its cap in yuan.</summary>
public sealed class ComputeVoucherBook
{
    private readonly Dictionary<string, Money> _caps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shanghai"] = Money.Cny(100_000_000m),
        ["shenzhen"] = Money.Cny(50_000_000m),
        ["hangzhou"] = Money.Cny(30_000_000m),
    };

    public Money this[string city] => _caps[city];

    public IEnumerable<string> Cities => _caps.Keys;

    public void Raise(string city, decimal figure) => _caps[city] = Money.Cny(figure);

    public bool TryCap(string city, out Money cap) => _caps.TryGetValue(city, out cap);
}

/// <summary>The national budgets by region, each in its own currency.</summary>
public sealed class ComputeBudgetBoard
{
    private readonly Dictionary<string, Money> _byProgramme = new()
    {
        ["stargate"] = Money.Billions(100m, Currency.USD),
        ["airr"] = Money.Millions(300m, Currency.GBP),
        ["indiaai"] = Money.Millions(103_720m, Currency.INR),
    };

    public Money this[string programme] => _byProgramme[programme];

    public Money this[ComputeRegion region] => ComputeCatalogue.Budgets[region];

    public bool AirrAboveFloor() => _byProgramme["airr"] > Money.Gbp(100_000_000m); // clean: the "airr" key holds pounds
    public bool IndiaAboveStargate() => _byProgramme["indiaai"] > _byProgramme["stargate"]; // expect: AIR0001
    public bool AnyAbove(string programme, Money floor) => _byProgramme[programme] > floor; // clean: key and floor unknown
}

/// <summary>Shares the dashboard shows: self-sufficiency goals and GPU utilisation.</summary>
public static class ComputeShares
{
    public static readonly Share DomesticAcceleratorGoal = Share.FromPercent(70m);
    public static readonly Share DomesticAcceleratorNow = Share.FromFraction(0.3m);
    public static readonly Share StargateUtilisation = Share.FromPercent(120m); // expect: AIR0013
    public static readonly Share AirrUtilisation = Share.FromFraction(85m); // expect: AIR0005
    public static readonly Share IndiaSubsidyRate = Share.FromPercent(40m);
    public static readonly Share Overbooked = Share.Parse("135%"); // expect: AIR0013
    public static readonly Share Full = Share.FromPercent(100m); // clean: 100 % is a share
    public static readonly Share Token = Share.FromPercent(1m); // clean: 1 % is plausible

    public static readonly Target SelfSufficiency = new("t-compute-cn", "domestic-accelerator-share", "CN",
        MetricValue.Of(Share.FromPercent(30m)), baselineYear: 2025,
        MetricValue.Of(DomesticAcceleratorGoal), goalYear: 2030, TargetKind.OfficialTarget, null, null, []); // clean: 2025 → 2030

    public static readonly Target IndiaUtilisation = new("t-indiaai-util", "gpu-utilisation", "IN",
        MetricValue.Of(Share.FromPercent(45m)), 2027,
        MetricValue.Of(Share.FromPercent(80m)), 2026, // expect: AIR0012
        TargetKind.Pledge, null, null, []);
}
