using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Quarry.Etl;

/// <summary>A self-sufficiency figure as the desk keeps it.</summary>
public readonly record struct SelfSufficiency(string Country, int Year, Share Level);

/// <summary>The goals desk: shares, points and year targets, built fluently.</summary>
public sealed class TargetBuilder
{
    private static readonly SourceReference[] Sources = [new SourceReference("quarry-2025", "self-sufficiency goals, per the plans")];

    private string _subject = "";
    private Share _from;
    private Share _to;
    private int _fromYear;
    private int _toYear;

    public TargetBuilder For(string subject)
    {
        _subject = subject;
        return this;
    }

    public TargetBuilder From(int year, Share level)
    {
        (_fromYear, _from) = (year, level);
        return this;
    }

    public TargetBuilder To(int year, Share level)
    {
        (_toYear, _to) = (year, level);
        return this;
    }

    public Target Build() =>
        new("t-" + _subject, "chip-self-sufficiency", _subject, MetricValue.Of(_from), _fromYear, MetricValue.Of(_to), _toYear, TargetKind.OfficialTarget, null, null, Sources);
}

public static class GoalDesk
{
    private const int PlanStart = 2025;
    private const int PlanEnd = 2030;
    private static readonly SourceReference[] Sources = [new SourceReference("quarry-2025", "the plans' own words")];

    public static readonly Share ChinaNow = Share.FromPercent(23m); // clean: a percent
    public static readonly Share ChinaGoal = Share.FromPercent(70m); // clean: a percent
    public static readonly Share JapanGoal = Share.FromPercent(0.3m); // expect: AIR0005
    public static readonly Share KoreaGoal = Share.FromFraction(50m); // expect: AIR0005
    public static readonly Share EuGoal = Share.FromFraction(0.2m); // clean: a fraction
    public static readonly Share IndiaGoal = Share.FromPercent(110m); // expect: AIR0013
    public static readonly Share UsGoal = Share.Parse("135%"); // expect: AIR0013
    public static readonly Share Whole = Share.FromPercent(100m); // clean: the whole
    public static readonly Share OnePercent = Share.FromPercent(1m); // clean: one percent

    public static readonly SelfSufficiency[] History =
    [
        new("CN", 2019, Share.FromPercent(15m)),
        new("CN", 2024, ChinaNow),
        new("JP", 2024, Share.FromPercent(0.12m)), // expect: AIR0005
        new("KR", 2024, Share.FromFraction(0.18m)), // clean: a fraction
    ];

    public static bool TryTaiwan(out Share share) => Share.TryFromPercent(-3m, out share); // expect: AIR0013

    public static Share Scenario(string name) => name switch
    {
        "base" => Share.FromPercent(40m), // clean: a percent
        "stretch" => Share.FromPercent(0.9m), // expect: AIR0005
        _ => Share.Zero,
    };

    public static PercentagePoints ChinaRise() => ChinaGoal - ChinaNow; // clean: shares subtract to points

    public static decimal ChinaRiseRaw() => ChinaGoal.Percent - ChinaNow.Percent; // expect: AIR0006

    public static IEnumerable<decimal> RisesRaw() =>
        History.Zip(History.Skip(1), (a, b) => b.Level.Fraction - a.Level.Fraction); // expect: AIR0006

    public static decimal Combined(SelfSufficiency a, SelfSufficiency b)
    {
        var (x, y) = (a.Level.Percent, b.Level.Percent);
        return x + y; // expect: AIR0006
    }

    public static decimal Remaining(Share s) => 100m - s.Percent; // clean: a share against a number

    public static Share Nudged(Share s) => s + PercentagePoints.Of(2m); // clean: points onto a share

    public static decimal PointsAndPercent(Share s, PercentagePoints pp) => s.Percent + pp.Value; // clean: one scale

    public static Share Rebased(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005

    public static Target ChinaTarget() =>
        new("t-cn", "chip-self-sufficiency", "CN", MetricValue.Of(ChinaNow), PlanStart,
            MetricValue.Of(ChinaGoal), PlanEnd, TargetKind.OfficialTarget, null, null, Sources); // clean: 2025 to 2030

    public static Target JapanTarget() =>
        new("t-jp", "chip-self-sufficiency", "JP", MetricValue.Of(Share.FromPercent(10m)), PlanEnd,
            MetricValue.Of(Share.FromPercent(30m)), PlanStart, TargetKind.OfficialTarget, null, null, Sources); // expect: AIR0012

    public static Target Goal(string country, Share now, Share goal, int from, int to) =>
        new("t-" + country, "chip-self-sufficiency", country, MetricValue.Of(now), from, MetricValue.Of(goal), to, TargetKind.Pledge, null, null, Sources);

    public static Target KoreaTarget() => Goal("KR", Share.FromPercent(18m), Share.FromPercent(50m), 2024, 2030); // clean: in order

    public static Target EuTarget() => Goal("EU", EuGoal, Share.FromPercent(20m), 2030, 2023); // expect: AIR0012

    public static Target IndiaTarget() =>
        new TargetBuilder().For("IN").From(2030, Share.FromPercent(5m)).To(2026, Share.FromPercent(15m)).Build(); // expect: AIR0012

    public static Target TaiwanTarget() =>
        new TargetBuilder().For("TW").From(2024, Share.FromPercent(60m)).To(2030, Share.FromPercent(65m)).Build(); // clean: in order

    public static IEnumerable<Target> Pledges() =>
        History.Where(h => h.Year == 2024).Select(h => Goal(h.Country, h.Level, ChinaGoal, h.Year, PlanEnd)); // clean: 2024 to 2030

    public static string Describe(Target t) => $"{t.SubjectId}: {t.BaselineYear}->{t.GoalYear}"; // clean: text
}
