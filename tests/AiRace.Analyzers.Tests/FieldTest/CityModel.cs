using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace CityCompute.Subsidies;

/// <summary>Where a programme is run.</summary>
public enum Jurisdiction { Shenzhen, Shanghai, Beijing, Tokyo, Seoul, Texas, Ohio, Arizona, Bavaria }

/// <summary>The codes the desk files figures under.</summary>
public static class CityCodes
{
    public const string Mainland = "CNY";
    public const string Korea = "KRW";
    public const string Renminbi = "RMB"; // the label the city notices print
    public static readonly Currency Federal = Currency.USD;
    public static readonly Currency Union = Currency.EUR;
}

/// <summary>A Chinese city's compute-voucher scheme: a yearly cap in yuan and the share of a compute bill it refunds.</summary>
public sealed record VoucherScheme(Jurisdiction City, Money Cap, Share Refund, int Year)
{
    public Money PerFirm { get; init; }
    public Money? TopUp { get; init; }
    public Money Ceiling => TopUp is { } extra ? Cap + extra : Cap; // clean: the top-up is yuan like the cap
}

/// <summary>A Japanese or Korean scheme, in the country's own currency.</summary>
public sealed record AsiaScheme(Jurisdiction City, Money Cap, Share Refund);

/// <summary>A US state's data-centre incentive, in dollars.</summary>
public sealed record StateIncentive(string State, Money Credit, int FromYear, int ToYear);

/// <summary>An EU member's grant to an AI factory, in euros.</summary>
public sealed record EuAward(string Member, string Site, Money Award);

/// <summary>One drawdown of a Chinese city's vouchers, in yuan, as the city ledgers export it.</summary>
public sealed record CityDraw(Jurisdiction City, DateOnly On, Money Amount);

public readonly record struct Measured(Jurisdiction Where, int Year, Share Domestic);

/// <summary>The city's own notice, as the desk transcribes it.</summary>
public sealed class CityNotice
{
    [Currency("CNY")] public Money Announced { get; set; }
    [Currency("RMB")] public Money Printed { get; set; } // expect: AIR0003
}

/// <summary>What every programme the desk follows can answer.</summary>
public interface ISubsidyProgramme
{
    string Name { get; }
    Money Ceiling { get; }
    Money Committed { get; }

    Money Headroom => Ceiling - Committed; // clean: interface members are unknown

    bool CanFund(Money request) => request <= Headroom; // clean: a parameter against an interface member
}

/// <summary>A city programme; its draws are kept in the programme's own currency.</summary>
public abstract class CityProgramme(string name) : ISubsidyProgramme
{
    private readonly List<Money> _draws = [];

    public string Name { get; } = name;
    public abstract Money Ceiling { get; }
    public virtual Share RefundRate => Share.FromPercent(30m);
    public Money Committed => _draws.Aggregate(Money.Zero(Ceiling.Currency), (total, d) => total + d); // clean: seeded in the programme's currency, draws unknown
    public IReadOnlyList<Money> Draws => _draws;

    public event Action<CityProgramme, Money>? Drawn;

    public void Draw(Money amount)
    {
        _ = amount.Currency == Ceiling.Currency ? amount : throw new ArgumentException($"{Name} draws in {Ceiling.Currency.Code}", nameof(amount));
        _draws.Add(amount);
        Drawn?.Invoke(this, amount);
    }
}

public sealed class ShenzhenVouchers() : CityProgramme("Shenzhen compute vouchers")
{
    public override Money Ceiling => Money.Millions(500m, Currency.CNY);
    public override Share RefundRate => Share.FromPercent(50m);
}

public sealed class ShanghaiVouchers() : CityProgramme("Shanghai compute vouchers")
{
    public override Money Ceiling => Money.Of(600_000_000m, CityCodes.Mainland);
}

public sealed class TokyoGpuAid() : CityProgramme("Tokyo GPU aid")
{
    public override Money Ceiling => Money.Millions(12_000m, Currency.JPY); // clean: 12 billion yen written in millions, as Tokyo reports it
    public override Share RefundRate => Share.FromPercent(0.5m); // expect: AIR0005
}

public sealed class SeoulComputeFund() : CityProgramme("Seoul compute fund")
{
    public override Money Ceiling => Money.Scaled(300_000m, Magnitude.Millions, Currency.KRW); // clean: 300 billion won in millions of won
}

/// <summary>The Stargate project, in dollars, as the partners announced it.</summary>
public static class StargateProject
{
    public static readonly Money Announced = Money.Billions(500m, Currency.USD);
    public static readonly Money FirstTranche = Money.Billions(100m, CityCodes.Federal);
    public static Money Abilene { get; } = Money.Parse("USD 40,000,000,000");
    public static readonly Lazy<Money> Overrun = new(() => Money.Billions(18m, Currency.USD));

    public static Money Phase(int phase) => phase == 1 ? FirstTranche : Announced / 4m;

    public static Money PressRelease => Money.Billions(100_000_000_000m, Currency.USD); // expect: AIR0011

    public static Money Horizon => Money.Trillions(1_200m, Currency.USD); // expect: AIR0011
}

/// <summary>The figures the desk keeps by hand, from city notices and state press releases.</summary>
public static class CityCatalogue
{
    public static readonly List<VoucherScheme> Vouchers =
    [
        new(Jurisdiction.Shenzhen, Money.Millions(500m, Currency.CNY), Share.FromPercent(50m), 2025) { PerFirm = Money.Millions(10m, Currency.CNY) },
        new(Jurisdiction.Shanghai, Money.Of(600_000_000m, CityCodes.Mainland), Share.FromPercent(30m), 2025) { PerFirm = Money.Cny(5_000_000m), TopUp = Money.Millions(50m, Currency.CNY) },
        new(Jurisdiction.Beijing, Money.Parse("CNY 300,000,000"), Share.FromFraction(0.4m), 2024) { PerFirm = Money.Millions(8m, Currency.CNY), TopUp = null },
    ];

    public static AsiaScheme Tokyo() => new(Jurisdiction.Tokyo, Money.Millions(12_000m, Currency.JPY), Share.FromPercent(50m));

    public static AsiaScheme Seoul() => new(Jurisdiction.Seoul, Money.Of(300_000_000_000m, CityCodes.Korea), Share.FromPercent(40m));

    public static readonly List<StateIncentive> States =
    [
        new("Texas", Money.Millions(1_300m, Currency.USD), 2025, 2035),
        new("Ohio", Money.Of(450_000_000m, "USD"), 2024, 2030),
        new("Arizona", Money.Millions(600m, CityCodes.Federal), 2025, 2032),
    ];

    public static readonly EuAward[] Factories =
    [
        new("DE", "Munich AI factory", Money.Millions(250m, Currency.EUR)),
        new("FR", "Paris AI factory", Money.Of(180_000_000m, "EUR")),
        new("FI", "LUMI-AI", Money.Millions(135m, CityCodes.Union)),
        new("DE", "Jupiter AI factory", Money.Millions(200m, Currency.EUR)),
    ];

    public static IEnumerable<Money> ShenzhenTranches
    {
        get
        {
            yield return Money.Millions(200m, Currency.CNY);
            yield return Money.Millions(150m, Currency.CNY);
            yield return Money.Parse("CNY 150,000,000");
        }
    }

    public static Money CapFor(Jurisdiction city) => city switch
    {
        Jurisdiction.Shenzhen => Money.Millions(500m, Currency.CNY),
        Jurisdiction.Shanghai => Money.Of(600_000_000m, CityCodes.Mainland),
        Jurisdiction.Beijing => Money.Millions(300m, Currency.CNY),
        _ => throw new ArgumentOutOfRangeException(nameof(city), city, "not a mainland voucher city"),
    };

    public static Money Misfiled(decimal figure) => Money.Of(figure, CityCodes.Renminbi); // expect: AIR0003

    public static Money FromNotice() => Money.Parse("RMB 80,000,000"); // expect: AIR0003
}

/// <summary>The self-sufficiency goals the desk tracks, and the shares measured so far.</summary>
public static class ComputeGoals
{
    public const int Baseline = 2024;
    public const int Horizon = 2030;
    private static readonly SourceReference[] Notice = [new SourceReference("city-notices-2025", "domestic share of intelligent compute by 2030")];

    public static readonly Share ShenzhenNow = Share.FromPercent(38m);
    public static readonly Share ShenzhenGoal = Share.FromFraction(70m); // expect: AIR0005
    public static readonly Share TokyoGoal = Share.FromPercent(30m);
    public static readonly Share SeoulStretch = Share.Parse("120%"); // expect: AIR0013
    public static readonly Share AnyGpu = Share.FromPercent(1m); // clean: 1 % is plausible on either scale
    public static readonly PercentagePoints YearlyRise = PercentagePoints.Of(4m);

    public static readonly IReadOnlyList<Measured> History =
    [
        new(Jurisdiction.Shenzhen, 2023, Share.FromPercent(31m)),
        new(Jurisdiction.Shenzhen, 2024, ShenzhenNow),
        new(Jurisdiction.Tokyo, 2024, Share.FromFraction(0.08m)),
        new(Jurisdiction.Seoul, 2024, Share.FromPercent(112m)), // expect: AIR0013
    ];

    public static IReadOnlyList<Target> All(int surveyYear) =>
    [
        new Target("sz-compute", "domestic-compute-share", "CN-GD", MetricValue.Of(ShenzhenNow), Baseline,
            MetricValue.Of(Share.FromPercent(70m)), Horizon, TargetKind.OfficialTarget, null, null, Notice), // clean: in order
        new Target("tokyo-gpu", "domestic-gpu-share", "JP-13", MetricValue.Of(Share.FromPercent(8m)), Horizon,
            MetricValue.Of(TokyoGoal), Baseline, TargetKind.Pledge, null, null, Notice), // expect: AIR0012
        new Target(
            id: "seoul-npu",
            metricId: "domestic-npu-share",
            subjectId: "KR-11",
            baseline: MetricValue.Of(Share.FromPercent(12m)),
            baselineYear: Horizon - 4,
            goal: MetricValue.Of(Share.FromPercent(45m)),
            goalYear: Baseline - 1, // expect: AIR0012
            kind: TargetKind.OfficialTarget,
            byId: null,
            programmeId: null,
            sources: Notice),
        new Target("sh-compute", "domestic-compute-share", "CN-SH", MetricValue.Of(Share.FromPercent(35m)), baselineYear: surveyYear,
            MetricValue.Of(Share.FromPercent(65m)), goalYear: 2020, TargetKind.OfficialTarget, null, null, Notice), // clean: the baseline year is not a constant
    ];
}
