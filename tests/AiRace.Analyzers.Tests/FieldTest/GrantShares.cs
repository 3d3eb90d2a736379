using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;
using Lumen.Grants.Model;

namespace Lumen.Grants.Shares;

/// <summary>The foundation's co-funding rules, in the words of the statutes.</summary>
public static class CoFunding
{
    /// <summary>The least a lab must co-fund: 20 %.</summary>
    public static readonly Share Minimum = Share.FromPercent(20m);

    /// <summary>The most the foundation funds of a project: 80 %.</summary>
    public static readonly Share FoundationMaximum = Minimum.Complement();

    /// <summary>The statutes' bonus for open weights: 5 points of co-funding waived.</summary>
    public static readonly PercentagePoints OpenWeightsWaiver = PercentagePoints.Of(5m);

    /// <summary>The overhead ceiling as the finance manual gives it, "0.25" (a bug: a fraction given as a percent).</summary>
    public static readonly Share OverheadCeiling = Share.FromPercent(0.25m); // expect: AIR0005

    /// <summary>The overhead ceiling as the fixed manual gives it.</summary>
    public static readonly Share OverheadCeilingFixed = Share.FromFraction(0.25m); // clean: a fraction

    /// <summary>The small-lab bonus as the portal typed it, "12.5" (a bug: a percent given as a fraction).</summary>
    public static readonly Share SmallLabBonus = Share.FromFraction(12.5m); // expect: AIR0005

    /// <summary>The matching ratio of the Boston partner: 1.5 dollars per euro (a ratio, not a share).</summary>
    public static readonly Ratio BostonMatching = Ratio.Of(1.5m); // clean: a ratio above one

    /// <summary>The matching as a share (a bug: 150 % is no part of a whole).</summary>
    public static readonly Share BostonMatchingShare = Share.FromPercent(150m); // expect: AIR0013

    /// <summary>The co-funding a lab must bring after the open-weights waiver.</summary>
    /// <param name="openWeights">Whether the lab publishes its weights.</param>
    /// <returns>The share.</returns>
    public static Share Required(bool openWeights) => openWeights ? Minimum - OpenWeightsWaiver : Minimum; // clean: a share minus points

    /// <summary>The waived minimum, as the old spreadsheet computed it (a bug: a fraction plus points).</summary>
    /// <returns>The number.</returns>
    public static decimal RequiredAsNumber() => Minimum.Fraction - OpenWeightsWaiver.Value; // expect: AIR0006

    /// <summary>The waived minimum in percent (one scale: percent minus points).</summary>
    /// <returns>The number.</returns>
    public static decimal RequiredPercent() => Minimum.Percent - OpenWeightsWaiver.Value; // clean: percent and points

    /// <summary>How much more a proposal co-funds than the minimum, in points.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The points.</returns>
    public static PercentagePoints Margin(Proposal proposal) => proposal.CoFunded - Minimum; // clean: shares subtracted give points

    /// <summary>The same margin as the dashboard computed it (a bug: raw percents subtracted).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The number.</returns>
    public static decimal MarginNumber(Proposal proposal) => proposal.CoFunded.Percent - Minimum.Percent; // expect: AIR0006

    /// <summary>The co-funding of a pair of labs in a consortium (a bug: raw fractions added, through locals).</summary>
    /// <param name="first">One proposal.</param>
    /// <param name="second">The other.</param>
    /// <returns>The number.</returns>
    public static decimal ConsortiumFraction(Proposal first, Proposal second)
    {
        var a = first.CoFunded.Fraction;
        var b = second.CoFunded.Fraction;
        return a + b; // expect: AIR0006
    }

    /// <summary>A proposal's co-funding taken from its fraction by the wrong factory (a bug).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The share.</returns>
    public static Share Reread(Proposal proposal) => Share.FromPercent(proposal.CoFunded.Fraction); // expect: AIR0005

    /// <summary>The share of a request the foundation pays.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The money.</returns>
    public static Money FoundationPart(Proposal proposal) => proposal.Requested * proposal.CoFunded.Complement(); // clean: money times a share

    /// <summary>Reads a share from the portal's export: "35%".</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The share.</returns>
    public static Share FromCell(string cell) => Share.Parse(cell, CultureInfo.InvariantCulture); // clean: not a constant

    /// <summary>The shares the statutes list, in their own notation.</summary>
    public static readonly Share[] Statutory =
    [
        Share.Parse("20%"), // clean: a percentage
        Share.Parse("80 %"), // clean: a percentage
        Share.Parse("120%"), // expect: AIR0013
    ];

    /// <summary>Whether a proposal meets a share read from the call text.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>Whether it does.</returns>
    public static bool MeetsCallText(Proposal proposal)
    {
        const decimal callPercent = 0.3m;
        return proposal.CoFunded >= Share.FromPercent(callPercent); // expect: AIR0005
    }

    /// <summary>Whether the consortium's two shares differ by more than the tolerance.</summary>
    /// <param name="first">One proposal.</param>
    /// <param name="second">The other.</param>
    /// <returns>Whether they do.</returns>
    public static bool Diverge(Proposal first, Proposal second)
    {
        PercentagePoints gap = first.CoFunded - second.CoFunded;
        return Math.Abs(gap.Value) > 10m; // clean: points
    }

    /// <summary>Tries to read the waiver a clerk typed as a percent.</summary>
    /// <param name="typed">The figure.</param>
    /// <returns>The share, if in range.</returns>
    public static Share? Waiver(decimal typed) => Share.TryFromPercent(typed, out var s) ? s : null; // clean: not a constant
}

/// <summary>The foundation's targets for its own portfolio, as the strategy paper sets them.</summary>
public static class PortfolioTargets
{
    private static readonly SourceReference[] Strategy = [new("lumen-strategy-2025", "open-weights share of grants from 30 % in 2025 to 60 % by 2030")];

    /// <summary>The open-weights share target.</summary>
    /// <returns>The target.</returns>
    public static Target OpenWeights() => new(
        "lumen-open-weights",
        "open-weights-share",
        "lumen",
        MetricValue.Of(Share.FromPercent(30m)),
        baselineYear: 2025,
        MetricValue.Of(Share.FromPercent(60m)),
        goalYear: 2030, // clean: later than the baseline
        TargetKind.OfficialTarget,
        null,
        null,
        Strategy);

    /// <summary>The compute spending target, copied from the slide with the years swapped (a bug).</summary>
    /// <returns>The target.</returns>
    public static Target ComputeSpend() => new(
        "lumen-compute",
        "compute-spend",
        "lumen",
        MetricValue.Of(Money.Millions(25m, Currency.EUR)),
        2028,
        MetricValue.Of(Money.Millions(60m, Currency.EUR)),
        2026, // expect: AIR0012
        TargetKind.Pledge,
        null,
        null,
        Strategy);

    /// <summary>The safety share target with named years in another order (a bug: the goal before the baseline).</summary>
    /// <returns>The target.</returns>
    public static Target SafetyShare() => new(
        id: "lumen-safety",
        metricId: "safety-share",
        subjectId: "lumen",
        baseline: MetricValue.Of(Share.FromPercent(8m)),
        goalYear: 2024, // expect: AIR0012
        baselineYear: 2025,
        goal: MetricValue.Of(Share.FromPercent(15m)),
        kind: TargetKind.Pledge,
        byId: null,
        programmeId: null,
        sources: Strategy);

    /// <summary>Targets for a range of years the planner chooses.</summary>
    /// <param name="from">The first year.</param>
    /// <param name="to">The last year.</param>
    /// <returns>The targets.</returns>
    public static IEnumerable<Target> Yearly(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(year => new Target(
            $"lumen-ow-{year}", "open-weights-share", "lumen", MetricValue.Of(Share.FromPercent(30m)), from, MetricValue.Of(Share.FromPercent(60m)), year, TargetKind.Pledge, null, null, Strategy)); // clean: years not constant

    /// <summary>The rise the open-weights target asks for, in points.</summary>
    /// <returns>The points.</returns>
    public static PercentagePoints? Rise() => OpenWeights().ChangeInPoints; // clean: the library's points
}
