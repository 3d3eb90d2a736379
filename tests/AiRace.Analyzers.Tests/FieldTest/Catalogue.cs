using System;
using System.Collections.Generic;
using AiRace.Core;
using Northwind.Compute.Model;

namespace Northwind.Compute.Data;

/// <summary>The figures the team keeps in code (from the published plans).</summary>
public static class Catalogue
{
    /// <summary>Provincial compute budgets, by region, in yuan.</summary>
    public static readonly Dictionary<Region, Money> ProvincialBudgets = new()
    {
        [Region.East] = Money.Cny(12_000m),
        [Region.West] = Money.Cny(4_500m),
        [Region.North] = Money.Of(6_000m, Codes.Home),
    };

    /// <summary>Federal programmes, by short name, in dollars.</summary>
    public static readonly Dictionary<string, Money> FederalPrograms = new()
    {
        ["CHIPS"] = Money.Usd(52_700m),
        ["NAIRR"] = Money.Usd(2_600m),
    };

    /// <summary>Headline figures as the press quoted them (each in its own currency).</summary>
    public static readonly List<Money> Headlines = new() { Money.Cny(1_000m), Money.Usd(500m), Money.Eur(20m) };

    /// <summary>The quarterly tranches of the national fund, in yuan.</summary>
    public static readonly Money[] QuarterlyTranches = { Money.Cny(100m), Money.Cny(150m), Money.Cny(125m), Money.Cny(125m) };

    /// <summary>The provincial programmes.</summary>
    public static readonly List<ProvincialProgramme> Provincial = new()
    {
        new ProvincialProgramme("East Data West Compute", Region.West, Money.Cny(400m), 2022),
        new ProvincialProgramme("Coastal AI Lab", Region.East, Money.Cny(120m), 2020),
        new("Northern Grid Compute", Region.North, Money.Of(75m, Currency.CNY), 2023),
    };

    /// <summary>The federal awards.</summary>
    public static readonly List<FederalAward> Federal = new()
    {
        new FederalAward("NSF", "NAIRR pilot", Money.Usd(140m), new DateOnly(2024, 1, 24)),
        new FederalAward("DOE", "FASST", Money.Usd(2_400m), new DateOnly(2024, 7, 16)),
    };

    /// <summary>Every programme, domestic and overseas.</summary>
    public static readonly List<Programme> All = new()
    {
        new Programme("East Data West Compute", Region.West, Money.Cny(400m)),
        new Programme("Stargate", Region.Overseas, Money.Usd(100_000m)),
        new Programme("Coastal AI Lab", Region.East, Money.Cny(120m)),
    };

    /// <summary>Data centres the team tracks.</summary>
    public static Cluster Wuhan() => new Cluster { Name = "Wuhan", Capex = Money.Cny(3_000m), AnnualOpex = Money.Cny(400m), Accelerators = 4_096 };

    /// <summary>An American data centre.</summary>
    public static Cluster Abilene() => new() { Name = "Abilene", Capex = Money.Usd(1_100m), AnnualOpex = Money.Usd(90m), Accelerators = 16_384 };

    /// <summary>The reserve the ministry keeps back, in yuan.</summary>
    public static Money Reserve(bool tight)
    {
        if (tight)
        {
            return Money.Cny(250m);
        }

        return Money.Of(500m, Codes.Domestic);
    }

    /// <summary>The cap for a region: provincial regions in yuan.</summary>
    public static Money CapFor(Region region) => region switch
    {
        Region.East => Money.Cny(15_000m),
        Region.West or Region.North => Money.Cny(8_000m),
        Region.South => Money.Cny(6_000m),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "no provincial cap abroad"),
    };

    /// <summary>The benchmark for a region: domestic ones in yuan, overseas in dollars.</summary>
    public static Money BenchmarkFor(Region region) => region switch
    {
        Region.Overseas => Money.Usd(10_000m),
        _ => Money.Cny(5_000m),
    };

    /// <summary>Splits a co-funded budget into the domestic and the partner share.</summary>
    public static (Money Domestic, Money Partner) CoFunding(decimal totalYuan, decimal partnerDollars) => // expect: AIR0010 (a public decimal parameter named as money)
        (Money.Cny(totalYuan), Money.Usd(partnerDollars));

    /// <summary>The low and high estimates of a provincial budget (both yuan).</summary>
    public static (Money Low, Money High) Estimate(Region region)
    {
        var cap = CapFor(region);
        return (cap * 0.6m, cap);
    }
}

/// <summary>The ministry's spending plan, built up in two files.</summary>
public partial class SpendingPlan
{
    private readonly List<Money> _lines = new();
    private Money _committed = Money.Zero(Currency.CNY);

    /// <summary>Adds a line in yuan.</summary>
    public void Add(decimal yuan) // expect: AIR0010 (a public decimal parameter named as money)
    {
        var line = Money.Cny(yuan);
        _lines.Add(line);
        _committed += line;
    }
}
