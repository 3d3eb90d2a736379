using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Meridian.Semis;

/// <summary>A self-sufficiency goal as the plans state it: a share now, a share by a year.</summary>
public readonly record struct SelfSufficiency(string Region, Share Now, Share Goal, int From, int By);

/// <summary>The goals desk: shares, points and year targets.</summary>
public static class Goals
{
    private const int Baseline = 2024;
    private const int MadeInChinaHorizon = 2030;
    private static readonly SourceReference[] Sources = [new SourceReference("meridian-2025", "self-sufficiency in chips, per the plans")];

    public static readonly Share ChinaNow = Share.FromPercent(23m);
    public static readonly Share ChinaGoal = Share.FromPercent(70m);
    public static readonly Share UsLeadingEdge = Share.FromPercent(0.2m); // expect: AIR0005
    public static readonly Share EuGoal = Share.FromFraction(20m); // expect: AIR0005
    public static readonly Share EuNow = Share.FromFraction(0.1m); // clean: a fraction
    public static readonly Share JapanGoal = Share.FromPercent(150m); // expect: AIR0013
    public static readonly Share KoreaGoal = Share.Parse("120%"); // expect: AIR0013
    public static readonly Share KoreaNow = Share.Parse("18%"); // clean: within range
    public static readonly Share All = Share.FromPercent(100m); // clean: the whole
    public static readonly Share Tiny = Share.FromPercent(1m); // clean: one percent

    public static readonly SelfSufficiency[] Plans =
    [
        new("cn", ChinaNow, ChinaGoal, Baseline, MadeInChinaHorizon),
        new("eu", EuNow, EuGoal, 2023, 2030),
        new("kr", KoreaNow, Share.FromPercent(50m), 2024, 2030), // clean: percents
    ];

    public static bool TryJapanNow(out Share now) => Share.TryFromPercent(-5m, out now); // expect: AIR0013

    public static Share ByScenario(string scenario) => scenario switch
    {
        "base" => Share.FromPercent(40m),
        "stretch" => Share.FromPercent(0.85m), // expect: AIR0005
        _ => Share.Zero,
    };

    public static PercentagePoints ChinaRise() => ChinaGoal - ChinaNow; // clean: Share minus Share is points

    public static decimal ChinaRiseRaw() => ChinaGoal.Percent - ChinaNow.Percent; // expect: AIR0006

    public static IEnumerable<decimal> RisesRaw() => Plans.Select(p => p.Goal.Percent - p.Now.Percent); // expect: AIR0006

    public static decimal CombinedRaw(SelfSufficiency a, SelfSufficiency b)
    {
        var (x, y) = (a.Now.Fraction, b.Now.Fraction);
        return x + y; // expect: AIR0006
    }

    public static decimal Remaining(Share s) => 100m - s.Percent; // clean: a share against a number

    public static Share Nudged(Share s) => s + PercentagePoints.Of(2m); // clean: points onto a share

    public static decimal Gap(SelfSufficiency p) => p.Goal.Percent + (ChinaGoal - ChinaNow).Value; // clean: percent plus points, one scale

    public static Money ReservedFor(Share s) => Headline.BigFundIII * s; // clean: a share of yuan is yuan

    public static bool ReservedAboveChips() => Headline.BigFundIII * ChinaGoal > Headline.ChipsGrants; // expect: AIR0001

    public static Target ChinaTarget() =>
        new Target("t-cn-chips", "chip-self-sufficiency", "CN", MetricValue.Of(ChinaNow), Baseline,
            MetricValue.Of(ChinaGoal), MadeInChinaHorizon, TargetKind.OfficialTarget, null, "made-in-china-2025", Sources); // clean: in order

    public static Target EuTarget() =>
        new Target("t-eu-chips", "world-market-share", "EU", MetricValue.Of(EuNow), MadeInChinaHorizon,
            MetricValue.Of(EuGoal), Baseline, TargetKind.Pledge, null, "eu-chips-act", Sources); // expect: AIR0012

    public static Target FromPlan(SelfSufficiency p) =>
        new Target("t-" + p.Region, "chip-self-sufficiency", p.Region.ToUpperInvariant(), MetricValue.Of(p.Now), p.From,
            MetricValue.Of(p.Goal), p.By, TargetKind.AnalystForecast, null, null, Sources); // clean: the plan's own years

    public static Target Between(string region, int from, int to) =>
        new Target("t-" + region + "-" + from, "chip-self-sufficiency", region, null, from,
            MetricValue.Of(Share.FromPercent(50m)), to, TargetKind.AnalystForecast, null, null, Sources);

    public static IReadOnlyList<Target> Scenarios() =>
    [
        Between("KR", 2024, 2030), // clean: in order
        Between("JP", 2030, 2027), // expect: AIR0012
    ];

    public static Target Korea() => new(
        id: "t-kr",
        metricId: "chip-self-sufficiency",
        subjectId: "KR",
        baseline: MetricValue.Of(KoreaNow),
        goalYear: Baseline - 2, // expect: AIR0012
        baselineYear: Baseline,
        goal: MetricValue.Of(Share.FromPercent(50m)),
        kind: TargetKind.Pledge,
        byId: null,
        programmeId: "k-chips",
        sources: Sources);

    public static Target ConfiguredTarget(ISettings<TrackerSettings> settings) =>
        Between("CN", settings.Value.BaselineYear, settings.Value.HorizonYear); // clean: configured years

    public static IReadOnlyList<SelfSufficiency> Revised() => Plans.Select(p => p with { By = p.By + 5 }).ToList(); // clean: years moved together
}

/// <summary>Currency codes from the clients' files and the desk's lists.</summary>
public static class Codes
{
    public static readonly Currency Renminbi = Currency.FromCode("RMB"); // expect: AIR0003
    public static readonly Currency Won = Currency.FromCode("KRW"); // clean: an ISO code

    public static Currency ForRegion(string region) => Currency.FromCode(region switch
    {
        "cn" => "CNH", // expect: AIR0003
        "jp" => "JPY",
        _ => "USD",
    });

    public static Currency FromClient(string code) => Currency.FromCode(code.Trim().ToUpperInvariant()); // clean: not a constant

    public static bool TryClient(string code, out Currency currency) => Currency.TryFromCode(code, out currency); // clean: not a constant

    public static Money FromKoreaDesk(decimal figure) => Money.Of(figure, Won); // clean: won

    public static bool KoreaAboveJapan() => FromKoreaDesk(1m) > Headline.RapidusAid; // expect: AIR0001
}

/// <summary>Conversions the quarterly note makes, each at a stated date.</summary>
public static class QuarterNote
{
    private static readonly DateOnly Close = TableFxService.Q4Close;
    private static readonly Func<DateOnly> Today = () => DateOnly.FromDateTime(DateTime.Now);

    public static Money BigFundInUsd() => Headline.BigFundIII.ConvertTo(Currency.USD, Close, TableFxService.Table, RateLookup.MostRecentWithin(5)).Result; // clean: a stated date

    public static Money RapidusInUsd() => Headline.RapidusAid.ConvertTo(Currency.USD, Close, TableFxService.Table, RateLookup.MostRecentWithin(5)).Result; // clean: a stated date

    public static bool BigFundAboveChipsAtClose() => BigFundInUsd() > Headline.ChipsGrants; // clean: converted to dollars

    public static bool RapidusAboveChipsUnconverted() => Headline.RapidusAid.ConvertTo(Currency.USD, Close, TableFxService.Table, RateLookup.ExactDate).Original > Headline.ChipsGrants; // expect: AIR0001

    public static Money BigFundInUsdToday() => Headline.BigFundIII.ConvertTo(Currency.USD, Today(), TableFxService.Table, RateLookup.MostRecentWithin(5)).Result; // expect: AIR0008

    public static ExchangeRate RateFor(bool live)
    {
        var on = live ? DateOnly.FromDateTime(DateTime.UtcNow) : Close;
        return TableFxService.Table.GetRate(Currency.USD, Currency.CNY, on, RateLookup.MostRecentWithin(5)); // expect: AIR0008
    }

    public static string Stamp() => $"printed {DateTime.UtcNow:O} for {Close}"; // clean: a time stamp, not a conversion date

    public static Money ViaService(IFxService fx, IReportingCalendar calendar) => fx.ToUsd(Headline.BigFundIII, calendar.ValueDate); // clean: the calendar's date

    public static Money RateRounded() => TableFxService.Table.GetRate(Currency.USD, Currency.CNY, Close, RateLookup.ExactDate).Inverse().Convert(Headline.BigFundIII).RoundedResult(MidpointRounding.ToEven); // clean: a stated date, a stated mode
}

/// <summary>The composition root: the batch wires the services here.</summary>
public static class CompositionRoot
{
    public static FundingService Build()
    {
        var settings = new StaticSettings<TrackerSettings>(new TrackerSettings
        {
            DomesticCeiling = Money.Billions(120m, Currency.CNY),
            OverseasCeiling = Money.Billions(12m, Currency.USD),
            LookbackDays = 7,
        });
        var awards = new AwardRepository();
        foreach (var a in AwardSeed.All)
        {
            awards.Add(a);
        }

        return new FundingService(awards, new TableFxService(settings), settings, new QuarterEndCalendar(TableFxService.Q4Close));
    }

    public static bool SmokeTest()
    {
        var service = Build();
        return service.CapFor("cn") > service.CapFor("us"); // expect: AIR0001
    }
}
