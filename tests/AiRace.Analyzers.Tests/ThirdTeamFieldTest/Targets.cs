using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Atlas.Observatory;

/// <summary>Shares, percentage points and year targets the observatory publishes.</summary>
public static class ShareDesk
{
    private const int Baseline = 2024;
    private const int Horizon = 2030;
    private static readonly SourceReference[] Notes = [new SourceReference("indiaai-2024", "compute capacity of 10,000 GPUs")];

    public static readonly Share IndiaDomesticGpus2024 = Share.FromPercent(12m);
    public static readonly Share IndiaDomesticGpus2030 = Share.FromPercent(40m);
    public static readonly Share UkSovereignCompute = Share.FromPercent(0.35m); // expect: AIR0005
    public static readonly Share CanadaCloudShare = Share.FromFraction(0.62m); // clean: a fraction
    public static readonly Share SingaporeGrowth = Share.FromPercent(135m); // expect: AIR0013
    public static readonly Share SwissPublicShare = Share.FromFraction(45m); // expect: AIR0005
    public static readonly Share FullShare = Share.FromPercent(100m); // clean: 100 % is a share
    public static readonly Share OnePercent = Share.FromPercent(1m); // clean: 1 % is plausible

    public static Share FromReading(ShareReading r) => Share.FromPercent(r.PercentDomestic); // clean: not a constant

    public static Share CloudFromReading(ShareReading r) => Share.FromFraction(r.FractionCloud); // clean: not a constant

    public static Share GoalFor(int year) => year >= Horizon ? Share.FromPercent(40m) : Share.FromPercent(25m); // clean: percents

    public static Share ReservedFor(Jurisdiction where) => where switch
    {
        Jurisdiction.India => Share.FromPercent(10m),
        Jurisdiction.Canada => Share.FromPercent(0.15m), // expect: AIR0005
        _ => Share.Zero,
    };

    public static PercentagePoints IndiaRise() => IndiaDomesticGpus2030 - IndiaDomesticGpus2024; // clean: Share minus Share is points

    public static decimal IndiaRiseRaw() => IndiaDomesticGpus2030.Percent - IndiaDomesticGpus2024.Percent; // expect: AIR0006

    public static decimal CombinedRaw(ShareReading a, ShareReading b)
    {
        var first = Share.FromPercent(a.PercentDomestic);
        var second = Share.FromPercent(b.PercentDomestic);
        var both = first.Fraction + second.Fraction; // expect: AIR0006
        return both;
    }

    public static decimal RestOfMarket(Share s) => 100m - s.Percent; // clean: a share and a plain number

    public static Share Nudged(Share s) => s + PercentagePoints.Of(2.5m); // clean: points onto a share

    public static decimal NudgedRaw(Share s, PercentagePoints p) => s.Fraction + p.Value; // expect: AIR0006

    public static Money ReservedAmount(Jurisdiction where, Money outlay) => outlay * ReservedFor(where); // clean: a share of money keeps its currency

    public static bool IndiaReserveAboveAirr() => Figures.IndiaAiOutlay * ReservedFor(Jurisdiction.India) > Figures.AirrExpansion; // expect: AIR0001

    public static bool IndiaReserveAboveSubsidy() => Figures.IndiaAiOutlay * ReservedFor(Jurisdiction.India) > Figures.IndiaGpuSubsidyPerHour; // clean: a share of rupees is rupees

    /// <summary>The year targets: baseline then goal, as the ministry's plan states them.</summary>
    public static Target IndiaGpuTarget() =>
        new Target("t-in-gpu", "domestic-gpu-share", "IN", MetricValue.Of(IndiaDomesticGpus2024), Baseline,
            MetricValue.Of(IndiaDomesticGpus2030), Horizon, TargetKind.OfficialTarget, null, "indiaai", Notes); // clean: in order

    public static Target UkComputeTarget() =>
        new Target("t-uk-airr", "sovereign-compute-share", "GB", MetricValue.Of(Share.FromPercent(5m)), Horizon,
            MetricValue.Of(Share.FromPercent(20m)), Baseline, TargetKind.Pledge, null, "airr", Notes); // expect: AIR0012

    public static Target CanadaTarget(int from, int to) =>
        new Target("t-ca-" + from, "sovereign-compute-share", "CA", MetricValue.Of(CanadaCloudShare), from,
            MetricValue.Of(Share.FromPercent(50m)), to, TargetKind.OfficialTarget, null, null, Notes);

    public static IReadOnlyList<Target> Plans() =>
    [
        CanadaTarget(2024, 2029), // clean: in order
        CanadaTarget(2029, 2026), // expect: AIR0012
    ];

    public static Target SwissTarget() => new(
        id: "t-ch",
        metricId: "public-compute-share",
        subjectId: "CH",
        baseline: null,
        baselineYear: Baseline + 1,
        goal: MetricValue.Of(Share.FromPercent(30m)),
        goalYear: Baseline - 1, // expect: AIR0012
        kind: TargetKind.AnalystForecast,
        byId: null,
        programmeId: null,
        sources: Notes);

    /// <summary>A per-programme share of the national outlay, printed in the weekly note.</summary>
    public static IEnumerable<(string Programme, Share Part)> Parts(IReadOnlyList<Disbursement> batch, Money whole) =>
        batch.Select(d => (d.Programme, Share.FromFraction(d.Amount / whole))); // clean: money over money is a number, checked at run time

    public static bool TryUkGoal(out Share goal) => Share.TryFromPercent(120m, out goal); // expect: AIR0013
}
