using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Lantern.Desk;

/// <summary>A self-sufficiency reading: the domestic share of chips used in a year.</summary>
internal readonly record struct Reading(int Year, Share Domestic);

/// <summary>The self-sufficiency series the brief charts ("from 17 % to 55 %").</summary>
internal static class SelfSufficiency
{
    /// <summary>The readings of the series, as the desk transcribed them.</summary>
    public static readonly Reading[] Series =
    [
        new(2020, Share.FromPercent(17m)),
        new(2023, Share.FromPercent(23m)),
        new(2024, Share.FromPercent(0.3m)), // expect: AIR0005
        new(2027, Share.FromFraction(40m)), // expect: AIR0005
        new(2030, Share.FromPercent(55m)),
    ];

    /// <summary>The share of Chinese adults positive about AI products (83 %).</summary>
    public static readonly Share Enthusiasm = Share.FromFraction(0.83m); // clean: a fraction where a fraction belongs

    /// <summary>The goal the plan states.</summary>
    public static readonly Share Goal = Share.FromPercent(70m);

    /// <summary>A stretch goal typed from a slide ("120 % of demand").</summary>
    public static readonly Share Stretch = Share.FromPercent(120m); // expect: AIR0013

    /// <summary>A negative share from a sign slip in the import sheet.</summary>
    public static Share ImportGap() => Share.FromFraction(-0.05m); // expect: AIR0013

    /// <summary>A parsed slide figure.</summary>
    public static Share SlideFigure() => Share.Parse("135%"); // expect: AIR0013

    /// <summary>One percent is plausible on both scales.</summary>
    public static Share OnePercent() => Share.FromPercent(1m); // clean: 1 % is plausible

    /// <summary>The rise from the first reading to the last, in points.</summary>
    public static PercentagePoints Rise() => Series[^1].Domestic - Series[0].Domestic; // clean: Share minus Share is points

    /// <summary>The rise as a bare number for the CSV.</summary>
    public static decimal RiseForCsv() => Series[^1].Domestic.Percent - Series[0].Domestic.Percent; // expect: AIR0006

    /// <summary>The rise in fractions, for the model.</summary>
    public static decimal FractionRise(Reading now, Reading then) => now.Domestic.Fraction - then.Domestic.Fraction; // expect: AIR0006

    /// <summary>A fraction plus points: a unit slip in the projection.</summary>
    public static decimal Projected(Share now, PercentagePoints step) => now.Fraction + step.Value; // expect: AIR0006

    /// <summary>A percent plus points: on one scale.</summary>
    public static decimal ProjectedPercent(Share now, PercentagePoints step) => now.Percent + step.Value; // clean: percent and points are one scale

    /// <summary>The remainder to the goal, as a number.</summary>
    public static decimal Remaining(Share now) => 100m - now.Percent; // clean: one share and a plain number

    /// <summary>The goal re-read through the wrong factory.</summary>
    public static Share Reread(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005

    /// <summary>The goal re-read through the right factory.</summary>
    public static Share RereadRight(Share s) => Share.FromPercent(s.Percent); // clean

    /// <summary>A share decided by year, both arms fractions given to the percent factory.</summary>
    public static Share ByYear(int year) => Share.FromPercent(year >= 2030 ? 0.7m : 0.55m); // expect: AIR0005

    /// <summary>The change per year between two readings, in points.</summary>
    public static PercentagePoints PerYear(Reading from, Reading to) => (to.Domestic - from.Domestic) / (to.Year - from.Year); // clean

    /// <summary>The readings' deltas with a local function and a switch on a tuple.</summary>
    public static IEnumerable<string> Deltas()
    {
        string Describe(Reading a, Reading b) => (a.Domestic > b.Domestic, a.Year < b.Year) switch
        {
            (true, true) => "fell",
            (false, true) => "rose",
            _ => "out of order",
        };

        for (var i = 1; i < Series.Length; i++)
        {
            yield return Describe(Series[i - 1], Series[i]);
        }
    }

    /// <summary>The official target: 70 % by 2030 from 17 % in 2020.</summary>
    public static Target Official() =>
        new("t-cn-chips", "chip-self-sufficiency", "CN", MetricValue.Of(Share.FromPercent(17m)), 2020, MetricValue.Of(Goal), 2030, TargetKind.OfficialTarget, null, null, []); // clean: 2020 to 2030

    /// <summary>The same target typed with the years swapped.</summary>
    public static Target Swapped() =>
        new("t-cn-chips-2", "chip-self-sufficiency", "CN", MetricValue.Of(Share.FromPercent(17m)), 2030, MetricValue.Of(Goal), 2020, TargetKind.OfficialTarget, null, null, []); // expect: AIR0012

    /// <summary>A target made from the desk's own years.</summary>
    public static Target ChipTarget(string id, int from, int to) =>
        new(id, "chip-self-sufficiency", "CN", MetricValue.Of(Share.FromPercent(17m)), from, MetricValue.Of(Goal), to, TargetKind.Pledge, null, null, []);

    /// <summary>The Shanghai target, by the helper, in order.</summary>
    public static Target Shanghai() => ChipTarget("t-sh", 2024, 2027); // clean: in order

    /// <summary>The Shenzhen target, by the helper, with the plan year first.</summary>
    public static Target Shenzhen() => ChipTarget("t-sz", 2027, 2024); // expect: AIR0012

    /// <summary>A target by named arguments, goal a count mistaken for a year.</summary>
    public static Target Named() =>
        new("t-named", "chip-self-sufficiency", "CN", null, baselineYear: null, goal: MetricValue.Of(Goal), goalYear: 2030, kind: TargetKind.OfficialTarget, byId: null, programmeId: null, sources: []); // clean: no baseline
}
