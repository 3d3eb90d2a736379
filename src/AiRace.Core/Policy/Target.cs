using System;
using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>
/// A goal for a metric: an optional baseline (value and year), a goal (value and year), and whether it is an official
/// target, a pledge or an analyst forecast, and by whom. "Domestic chips could represent 55% of China's AI accelerator
/// market by 2027, from 17% in 2023" (Bernstein) is an analyst forecast with a baseline.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Target
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["metric", "subject", "goal", "kind", "baseline", "by", "programme", "note"];

    /// <summary>Creates a target.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="metricId">The metric's id.</param>
    /// <param name="subjectId">What it is about: a jurisdiction's or actor's id.</param>
    /// <param name="baseline">The baseline value, or null when the sources give none.</param>
    /// <param name="baselineYear">The baseline's year; null exactly when <paramref name="baseline"/> is null.</param>
    /// <param name="goal">The goal value.</param>
    /// <param name="goalYear">The year the goal is for; not before <paramref name="baselineYear"/>.</param>
    /// <param name="kind">Official target, pledge or analyst forecast.</param>
    /// <param name="byId">Who set or made it (an actor's id), or null when the sources do not say.</param>
    /// <param name="programmeId">The programme it belongs to, or null.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="note">A curator's note, or null.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once; null or
    /// empty when every field is the sources' word. Each is about one of its properties in the dataset format
    /// (<c>metric</c>, <c>subject</c>, <c>goal</c>, <c>kind</c>, <c>baseline</c>, <c>by</c>, <c>programme</c>,
    /// <c>note</c>) or a path below one.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, there is no source, the baseline and its
    /// year are not both given or both absent, the baseline and goal are of different kinds, or the goal year is
    /// before the baseline year. Or an inference is about a field the fact does not have. Each message names the target
    /// by its id (once the id itself is valid) and the argument.</exception>
    public Target(
        string id,
        string metricId,
        string subjectId,
        MetricValue? baseline,
        int? baselineYear,
        MetricValue goal,
        int goalYear,
        TargetKind kind,
        string? byId,
        string? programmeId,
        IEnumerable<SourceReference> sources,
        string? note = null,
        IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("target", null));
        var fact = new PolicyFact("target", Id);
        MetricId = PolicyGuard.Id(metricId, fact);
        SubjectId = PolicyGuard.Id(subjectId, fact);
        if (baseline is MetricValue value && baselineYear is null)
        {
            throw new ArgumentException($"The target \"{Id}\" has a baseline value ({value}) but no baseline year: a baseline needs both a value and a year.", nameof(baselineYear));
        }

        if (baseline is null && baselineYear is int yearOnly)
        {
            throw new ArgumentException(FormattableString.Invariant($"The target \"{Id}\" has a baseline year ({yearOnly}) but no baseline value: a baseline needs both a value and a year."), nameof(baselineYear));
        }

        if (baseline is MetricValue b && b.Kind != goal.Kind)
        {
            throw new ArgumentException($"The baseline of the target \"{Id}\" is a {Lower(b.Kind)} but its goal is a {Lower(goal.Kind)}.", nameof(baseline));
        }

        if (baselineYear is int from)
        {
            PolicyGuard.Year(from, fact, nameof(baselineYear));
        }

        PolicyGuard.Year(goalYear, fact);
        if (baselineYear is int year && goalYear < year)
        {
            throw new ArgumentException(FormattableString.Invariant($"The goal year {goalYear} of the target \"{Id}\" is before its baseline year {year}."), nameof(goalYear));
        }

        Baseline = baseline;
        BaselineYear = baselineYear;
        Goal = goal;
        GoalYear = goalYear;
        Kind = PolicyGuard.Defined(kind, fact);
        ById = byId is null ? null : PolicyGuard.Id(byId, fact);
        ProgrammeId = programmeId is null ? null : PolicyGuard.Id(programmeId, fact);
        Sources = PolicyGuard.Sources(sources, fact);
        Note = PolicyGuard.OptionalText(note, fact);
        Inferences = PolicyGuard.Inferences(inferences, fact, InferableFields);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The metric's id.</summary>
    public string MetricId { get; }

    /// <summary>What it is about: a jurisdiction's or an actor's id.</summary>
    public string SubjectId { get; }

    /// <summary>The baseline value, or null.</summary>
    public MetricValue? Baseline { get; }

    /// <summary>The baseline's year, or null.</summary>
    public int? BaselineYear { get; }

    /// <summary>The goal value.</summary>
    public MetricValue Goal { get; }

    /// <summary>The year the goal is for.</summary>
    public int GoalYear { get; }

    /// <summary>Official target, pledge or analyst forecast.</summary>
    public TargetKind Kind { get; }

    /// <summary>Who set or made it, or null when the sources do not say.</summary>
    public string? ById { get; }

    /// <summary>The programme it belongs to, or null.</summary>
    public string? ProgrammeId { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>A curator's note, or null.</summary>
    public string? Note { get; }

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources'
    /// word).</summary>
    public IReadOnlyList<Inference> Inferences { get; }

    /// <summary>The change from baseline to goal in percentage points (17% → 55% is +38 pp), when both are shares;
    /// null otherwise.</summary>
    public PercentagePoints? ChangeInPoints =>
        Baseline is MetricValue b && b.Kind == MetricValueKind.Share ? Goal.AsShare() - b.AsShare() : null;

    private static string Lower(MetricValueKind kind) => kind.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => Baseline is MetricValue b
        ? FormattableString.Invariant($"{MetricId} of {SubjectId}: {b} ({BaselineYear}) → {Goal} ({GoalYear}), {Kind}")
        : FormattableString.Invariant($"{MetricId} of {SubjectId}: {Goal} by {GoalYear}, {Kind}");
}
