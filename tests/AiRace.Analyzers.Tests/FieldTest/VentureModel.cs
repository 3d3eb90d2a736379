using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Venture.Tracking;

/// <summary>Who stands behind a round: state funds and the one private mega-project the desk follows.</summary>
public enum Sponsor
{
    StargateUs,
    ChinaBigFund,
    ChinaGuidance,
    JapanRapidus,
    KoreaKChips,
    EuInvestAi,
    AbuDhabiMgx,
    SaudiPif,
}

/// <summary>The codes the desk books in; the Gulf currencies have no member on <see cref="Currency"/>.</summary>
public static class VentureCodes
{
    public const string Dirham = "AED";
    public const string Riyal = "SAR";
    public const string Reporting = "USD";
    public static readonly Currency Won = Currency.KRW;
}

public readonly record struct Tranche(string Round, DateOnly Closed, Money Amount);

public readonly record struct StateShare(Sponsor Sponsor, int Year, Share OfRound);

/// <summary>A round as the research database stores it.</summary>
public sealed class FundRound
{
    public required string Name { get; init; }
    public required Sponsor Sponsor { get; init; }
    public required Money Committed { get; init; }
    public Share StateShare { get; init; }
    public decimal CommittedUsd { get; init; } // expect: AIR0010
    public decimal FundingPct { get; init; } // clean: a proportion of funding, not money
}

/// <summary>The financing plan of one Stargate site, filled by the capex team.</summary>
public sealed class SiteFinancing
{
    public required string Site { get; init; }
    public Money Equity { get; init; }
    public Money Debt { get; init; }
    public Money Total => Equity + Debt; // clean: Debt is written in dollars and in yuan across the code, so unknown
}

/// <summary>The figures the desk keeps by hand, from press releases and ministry notices.</summary>
public static class VentureCatalogue
{
    public static readonly Money StargateFirstTranche = Money.Billions(100m, Currency.USD);
    public static readonly Money StargatePledge = Money.Billions(500m, Currency.USD);
    public static readonly Money BigFundPhase3 = Money.Billions(344m, Currency.CNY);
    public static readonly Money RapidusSubsidy = Money.Millions(920_000m, Currency.JPY); // clean: 920 billion yen in millions, as METI prints it
    public static readonly Money KChipsPackage = Money.Trillions(33m, VentureCodes.Won); // clean: 33 trillion won is a real package
    public static readonly Money InvestAi = Money.Billions(200m, Currency.EUR);
    public static readonly Money MgxCommitment = Money.Of(367_000_000_000m, VentureCodes.Dirham);
    public static readonly Money PifAiFund = Money.Of(150_000_000_000m, VentureCodes.Riyal);

    public static readonly Money StargateHeadline = Money.Billions(500_000_000_000m, Currency.USD); // expect: AIR0011

    public static readonly Money JapanAiChipsTotal = Money.Trillions(10_000_000m, Currency.JPY); // expect: AIR0011

    public static readonly ImmutableDictionary<string, Money> GuidanceByProvince = new Dictionary<string, Money>
    {
        ["shanghai"] = Money.Billions(100m, Currency.CNY),
        ["beijing"] = Money.Billions(10m, Currency.CNY),
        ["guangdong"] = Money.Parse("CNY 30,000,000,000"),
    }.ToImmutableDictionary();

    public static readonly ImmutableArray<Money> AsianChipSubsidies = ImmutableArray.Create(RapidusSubsidy, KChipsPackage);

    public static readonly ImmutableList<Money> GulfCommitments = ImmutableList.Create(MgxCommitment, PifAiFund);

    public static readonly IReadOnlyList<Tranche> StargateTranches =
    [
        new("phase-1", new DateOnly(2025, 1, 21), Money.Billions(100m, Currency.USD)),
        new("phase-2", new DateOnly(2025, 9, 23), Money.Billions(400m, Currency.USD)),
    ];

    public static readonly List<FundRound> Rounds =
    [
        new() { Name = "Stargate I", Sponsor = Sponsor.StargateUs, Committed = StargateFirstTranche },
        new() { Name = "Big Fund III", Sponsor = Sponsor.ChinaBigFund, Committed = BigFundPhase3 },
        new() { Name = "InvestAI", Sponsor = Sponsor.EuInvestAi, Committed = InvestAi },
    ];

    public static readonly List<FundRound> EuropeanRounds =
    [
        new() { Name = "InvestAI gigafactories", Sponsor = Sponsor.EuInvestAi, Committed = Money.Billions(20m, Currency.EUR) },
        new() { Name = "Digital Europe AI", Sponsor = Sponsor.EuInvestAi, Committed = Money.Millions(1_300m, Currency.EUR) },
    ];

    public static readonly Lazy<Money> SaudiPool = new(() => Money.Of(40_000_000_000m, VentureCodes.Riyal));

    public static readonly Lazy<Money> KoreanMatching = new(KoreanMatchingFund);

    private static Money KoreanMatchingFund() => Money.Of(17_000_000_000_000m, Currency.KRW);

    public static Money Headline(Sponsor sponsor, int phase) => (sponsor, phase) switch
    {
        (Sponsor.ChinaBigFund, 3) => Money.Billions(344m, Currency.CNY),
        (Sponsor.ChinaBigFund, 2) => Money.Billions(204m, Currency.CNY),
        (Sponsor.ChinaBigFund, _) => Money.Billions(139m, Currency.CNY),
        _ => throw new ArgumentOutOfRangeException(nameof(sponsor), sponsor, "only the Big Fund has phases"),
    };

    public static Money AnyHeadline(Sponsor sponsor) => sponsor switch
    {
        Sponsor.StargateUs => StargatePledge,
        Sponsor.ChinaBigFund => BigFundPhase3,
        Sponsor.EuInvestAi => InvestAi,
        _ => Money.Zero(Currency.USD),
    };
}

/// <summary>The share of domestic chips the plans aim for.</summary>
public static class SelfSufficiencyPlans
{
    public const int PlanStart = 2025;
    public const int PlanEnd = 2030;

    private static readonly SourceReference[] Notice = [new SourceReference("miit-2025", "domestic share of AI chips")];

    public static readonly Share ChinaChips2024 = Share.FromPercent(17m);
    public static readonly Share ChinaChipsGoal = Share.FromPercent(70m);
    public static readonly Share JapanLogicGoal = Share.FromPercent(0.4m); // expect: AIR0005
    public static readonly Share KoreaFoundryShare = Share.FromFraction(0.18m); // clean: a fraction given as one
    public static readonly Share EuChipsAct = Share.FromFraction(20m); // expect: AIR0005
    public static readonly Share OverPledged = Share.FromPercent(140m); // expect: AIR0013

    public static IReadOnlyList<Target> Targets() =>
    [
        new Target("t-cn-chips", "ai-chip-self-sufficiency", "CN", MetricValue.Of(ChinaChips2024), 2024,
            MetricValue.Of(ChinaChipsGoal), PlanEnd, TargetKind.OfficialTarget, null, null, Notice), // clean: the goal is after the baseline
        new Target("t-jp-logic", "logic-share", "JP", MetricValue.Of(Share.FromPercent(3m)), PlanEnd,
            MetricValue.Of(Share.FromPercent(20m)),
            PlanStart + 2, // expect: AIR0012
            TargetKind.OfficialTarget, null, null, Notice),
        new Target(
            id: "t-eu-chips",
            metricId: "eu-chip-share",
            subjectId: "EU",
            baseline: MetricValue.Of(Share.FromPercent(10m)),
            goalYear: 2030,
            baselineYear: 2022,
            goal: MetricValue.Of(Share.FromPercent(20m)),
            kind: TargetKind.OfficialTarget,
            byId: null,
            programmeId: null,
            sources: Notice), // clean: named out of order, the goal after the baseline
        new Target("t-kr-ai", "ai-chip-share", "KR", MetricValue.Of(Share.FromPercent(5m)), baselineYear: 2031,
            MetricValue.Of(Share.FromPercent(30m)), goalYear: PlanEnd, // expect: AIR0012
            TargetKind.Pledge, null, null, Notice),
    ];
}

/// <summary>The repository the services read rounds from; the production one talks to the research database.</summary>
public interface IRoundRepository
{
    Task<Money> CommittedAsync(Sponsor sponsor, CancellationToken cancellationToken);

    ValueTask<Money> LatestTrancheAsync(Sponsor sponsor, CancellationToken cancellationToken);

    Task<IReadOnlyList<Money>> TranchesAsync(Sponsor sponsor, CancellationToken cancellationToken);

    [return: Currency("CNY")]
    Task<Money> GuidanceDrawnAsync(string province);
}

/// <summary>The store used by the unit tests and the offline demo.</summary>
public sealed class InMemoryRoundRepository : IRoundRepository
{
    private readonly Dictionary<Sponsor, List<Money>> _tranches = new()
    {
        [Sponsor.ChinaBigFund] = [Money.Billions(100m, Currency.CNY), Money.Billions(244m, Currency.CNY)],
        [Sponsor.StargateUs] = [Money.Billions(100m, Currency.USD)],
    };

    public Task<Money> CommittedAsync(Sponsor sponsor, CancellationToken cancellationToken) =>
        Task.FromResult(_tranches.TryGetValue(sponsor, out var list) ? list.Sum(list[0].Currency) : Money.Zero(Currency.USD));

    public ValueTask<Money> LatestTrancheAsync(Sponsor sponsor, CancellationToken cancellationToken) =>
        new(_tranches[sponsor][^1]);

    public Task<IReadOnlyList<Money>> TranchesAsync(Sponsor sponsor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Money>>(_tranches[sponsor].ToArray());

    public Task<Money> GuidanceDrawnAsync(string province) =>
        Task.FromResult(Money.Usd(1_000_000m)); // expect: AIR0001
}
