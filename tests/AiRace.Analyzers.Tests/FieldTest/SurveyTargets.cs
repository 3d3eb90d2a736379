using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;
using Survey.Research.Model;

namespace Survey.Research.Targets;

/// <summary>The self-sufficiency and market-share figures of the plans the team tracks.</summary>
public static class SelfSufficiency
{
    public const int PlanStart = 2026;
    public const int PlanYears = 5;
    public const int PlanEnd = PlanStart + PlanYears;

    /// <summary>The year the chip figures were last measured.</summary>
    public const int Measured = 2024;

    /// <summary>Chip self-sufficiency as measured: 23 %.</summary>
    public static readonly Share Chips2024 = Share.FromPercent(23m); // clean: a percent

    /// <summary>The plan's chip goal, 70 %, as typed from the ministry's table, which prints "0.7" in its percent column.</summary>
    private const decimal ChipGoalAsTyped = 0.7m;

    public static readonly Share ChipGoal = Share.FromPercent(ChipGoalAsTyped); // expect: AIR0005
    public static readonly Share ChipGoalFixed = Share.FromFraction(ChipGoalAsTyped); // clean: the same constant, on the fraction scale

    /// <summary>Domestic market share of electric vehicles, from the industry survey (38 %, entered by the intern).</summary>
    public static readonly Share EvDomestic = Share.FromFraction(fraction: 38m); // expect: AIR0005

    /// <summary>The floor below which a share is not printed: 1 %.</summary>
    public static readonly Share PrintFloor = Share.FromPercent(1m); // clean: 1 % is plausible (page)

    /// <summary>All of a market: the fraction one.</summary>
    public static readonly Share AllOfIt = Share.FromFraction(1m); // clean: 100 % is plausible (page)

    /// <summary>Imports cover: domestic output at 1.3 times imports (a ratio: it may exceed one).</summary>
    public static readonly Ratio OutputToImports = Ratio.FromPercent(130m); // clean: a ratio above 100 %, not a share

    public static readonly Ratio Multiplier = Ratio.Of(1.3m); // clean: a ratio

    /// <summary>The same cover, first modelled as a share (a bug: more than the whole).</summary>
    public static readonly Share OutputToImportsShare = Share.FromPercent(percent: 130m); // expect: AIR0013

    /// <summary>The same cover as the model's JSON stored it, as a "fraction" of 1.5 (a bug).</summary>
    public static readonly Share CoverFromModel = Share.FromFraction(150m); // expect: AIR0013

    /// <summary>The shares the pollster's template prints for the headline chart.</summary>
    public static readonly Share[] Headline =
    [
        Share.Parse("100%", CultureInfo.InvariantCulture), // clean: the whole
        Share.Parse("108 %", CultureInfo.InvariantCulture), // expect: AIR0013
        Share.Parse("55 %", CultureInfo.InvariantCulture), // clean: a percentage in range
    ];

    /// <summary>The plan's points of rise per year, from the baseline to the goal.</summary>
    public static readonly PercentagePoints PlannedRise = ChipGoalFixed - Chips2024; // clean: shares subtracted give points

    /// <summary>The buffer the ministry keeps above the goal.</summary>
    public static readonly PercentagePoints Buffer = PercentagePoints.Of(5m);

    /// <summary>The goal with its buffer, in percent, as the brief prints it.</summary>
    public static decimal GoalWithBufferPercent() => ChipGoalFixed.Percent + Buffer.Value; // clean: percent plus points, one scale (page)

    /// <summary>The goal with its buffer as the spreadsheet computed it (a bug: a fraction plus points).</summary>
    public static decimal GoalWithBufferNumber() => ChipGoalFixed.Fraction + Buffer.Value; // expect: AIR0006

    /// <summary>The buffer and the plan's rise together, in points.</summary>
    public static decimal BufferedRise() => Buffer.Value + PlannedRise.Value; // clean: points with points (page)

    /// <summary>The rise from a baseline wave to the latest, in percent, as the analyst's notebook did it (a bug).</summary>
    public static decimal RiseInPercent(Share latest, Share baseline)
    {
        decimal change = latest.Percent;
        change -= baseline.Percent; // expect: AIR0006
        return change;
    }

    /// <summary>The gap between the goal and a wave's support, when there is a wave (a bug: raw percents).</summary>
    public static decimal? GapToGoal(SurveyWave? wave) => ChipGoalFixed.Percent - wave?.Support.Percent; // expect: AIR0006

    /// <summary>The same gap done right, in points.</summary>
    public static PercentagePoints GapToGoalPoints(SurveyWave wave) => ChipGoalFixed - wave.Support; // clean: points

    /// <summary>How far output outruns imports, in percent above parity.</summary>
    public static decimal CoverAboveParity() => OutputToImports.Percent - 100m; // clean: a ratio's percent and a plain number
}

/// <summary>Turns the pollster's answers into shares.</summary>
public static class SurveyShares
{
    /// <summary>The share of respondents who agree, counted from the raw answers.</summary>
    public static Share Agreeing(int agreeing, SurveyWave wave) => Share.FromFraction(agreeing / (decimal)wave.Respondents); // clean: a fraction built from counts

    /// <summary>The pollster's mean support as a share.</summary>
    public static Share MeanSupport(SurveyWave wave) => Share.FromPercent(wave.MeanSupportPercent); // clean: not a constant, the right scale

    /// <summary>The support of the pilot wave, as hard-coded by the first script (63 %, written as a fraction).</summary>
    public static Share PilotSupport()
    {
        var agreeing = 0.63m;
        return Share.FromPercent(agreeing); // expect: AIR0005
    }

    /// <summary>The pilot's opposition checked before use (a bug: a fraction given to the percent factory).</summary>
    public static Share PilotOpposition() => Share.TryFromPercent(0.42m, out var parsed) ? parsed : Share.Zero; // expect: AIR0005

    /// <summary>The decline between waves the template shows, as a fraction (a bug: a share cannot be negative).</summary>
    public static Share DeclineShown()
    {
        var decline = -0.04m;
        return Share.FromFraction(decline); // expect: AIR0013
    }

    /// <summary>Whether the "over-subscribed" answer of the Seoul wave is a share at all (a bug: it is 104.5 %).</summary>
    public static bool OverSubscribed() => Share.TryFromPercent(104.5m, out _); // expect: AIR0013

    /// <summary>The support of the previous wave re-read on the wrong scale (a bug), with none counted as zero.</summary>
    public static Share PreviousSupport(SurveyWave? previous) => Share.FromPercent(previous?.Support.Fraction ?? 0m); // expect: AIR0005

    /// <summary>Support and opposition together, to check the answers add up (a bug: raw fractions added).</summary>
    public static decimal Answered(SurveyWave wave) => wave.Support.Fraction + wave.Oppose.Fraction; // expect: AIR0006

    /// <summary>Support and opposition together, done with the types.</summary>
    public static Share AnsweredShare(SurveyWave wave) => wave.Support + (wave.Oppose - Share.Zero); // clean: a share plus points
}

/// <summary>The targets the team records in the dataset.</summary>
public static class SurveyTargets
{
    private static readonly SourceReference[] Plan = [new SourceReference("plan-2026", "self-sufficiency of 70 % by 2031")];

    /// <summary>The points a year a target asks for, from a baseline year to a goal year (the team's own helper).</summary>
    public static PercentagePoints PointsPerYear(Share from, int baselineYear, Share to, int goalYear) => (to - from) / (goalYear - baselineYear);

    /// <summary>The targets as the dataset holds them.</summary>
    public static IReadOnlyList<Target> All() =>
    [
        new Target("t-chips", "chip-self-sufficiency", "CN", MetricValue.Of(SelfSufficiency.Chips2024), SelfSufficiency.Measured,
            MetricValue.Of(SelfSufficiency.ChipGoalFixed),
            SelfSufficiency.PlanEnd, // clean: constant arithmetic, after the baseline
            TargetKind.OfficialTarget, null, null, Plan),
        new Target("t-ev", "ev-domestic-share", "KR", MetricValue.Of(Share.FromPercent(41m)), baselineYear: SelfSufficiency.PlanEnd,
            MetricValue.Of(Share.FromPercent(60m)),
            goalYear: SelfSufficiency.PlanStart, // expect: AIR0012
            TargetKind.Pledge, null, null, Plan),
        new Target(
            id: "t-ai-chips",
            metricId: "ai-accelerator-share",
            subjectId: "ID",
            goal: MetricValue.Of(Share.FromPercent(25m)),
            goalYear: 2027, // expect: AIR0012
            baseline: MetricValue.Of(Share.FromPercent(4m)),
            baselineYear: 2030,
            kind: TargetKind.AnalystForecast,
            byId: null,
            programmeId: null,
            sources: Plan),
        new Target("t-cloud", "cloud-domestic-share", "JP", MetricValue.Of(Share.FromPercent(30m)), SelfSufficiency.PlanStart,
            MetricValue.Of(Share.FromPercent(50m)),
            SelfSufficiency.PlanStart - 1, // expect: AIR0012
            TargetKind.OfficialTarget, null, null, Plan),
        new Target("t-fabs", "fab-count", "KR", null, baselineYear: null,
            MetricValue.OfNumber(12m),
            goalYear: 2020, // clean: no baseline year to precede
            TargetKind.Pledge, null, null, Plan),
        new Target("t-same", "data-centre-share", "JP", MetricValue.Of(Share.FromPercent(10m)), SelfSufficiency.PlanEnd,
            MetricValue.Of(Share.FromPercent(10m)),
            SelfSufficiency.PlanStart + SelfSufficiency.PlanYears, // clean: the same year as the baseline is not earlier
            TargetKind.Unknown, null, null, Plan),
    ];

    /// <summary>A target re-based on a survey wave, with the goal year the plan gives.</summary>
    public static Target Rebased(SurveyWave wave) =>
        new("t-rebased", "public-support", wave.Country, MetricValue.Of(wave.Support), baselineYear: wave.FieldedOn.Year,
            MetricValue.Of(SelfSufficiency.ChipGoalFixed),
            goalYear: 2020, // clean: the baseline year is not a constant (page)
            TargetKind.AnalystForecast, null, null, Plan);

    /// <summary>The chip plan's pace as the brief's table prints it.</summary>
    public static PercentagePoints ChipPace() =>
        PointsPerYear(SelfSufficiency.Chips2024, SelfSufficiency.PlanEnd, SelfSufficiency.ChipGoalFixed, SelfSufficiency.Measured); // clean: the page checks only methods of types in AiRace.Core, not the team's own helper
}
