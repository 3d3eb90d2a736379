using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>
/// An observed value of a metric: when (as precisely as known), how it was obtained (survey, benchmark, report), by
/// whom, and what it is compared with ("about 65% of Nvidia's leading chip").
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Indicator
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["metric", "subject", "value", "observed", "method", "by", "comparator", "comparatorId", "note"];

    /// <summary>Creates an indicator.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="metricId">The metric's id.</param>
    /// <param name="subjectId">What it is about: a jurisdiction's or actor's id.</param>
    /// <param name="value">The value observed.</param>
    /// <param name="observed">When, as precisely as the sources say.</param>
    /// <param name="method">How it was obtained.</param>
    /// <param name="byId">Who measured or reported it (an actor's id), or null when the sources do not say.</param>
    /// <param name="comparator">What the value is relative to, in the sources' words ("Nvidia's leading chip"), or
    /// null when it is absolute.</param>
    /// <param name="comparatorId">The id of the actor or jurisdiction compared with, or null.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="note">A curator's note, or null.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once; null or
    /// empty when every field is the sources' word. Each is about one of its properties in the dataset format
    /// (<c>metric</c>, <c>subject</c>, <c>value</c>, <c>observed</c>, <c>method</c>, <c>by</c>, <c>comparator</c>,
    /// <c>comparatorId</c>, <c>note</c>) or a path below one.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed, there is no source, or an inference
    /// is about a field the fact does not have.</exception>
    public Indicator(
        string id,
        string metricId,
        string subjectId,
        MetricValue value,
        PartialDate observed,
        IndicatorMethod method,
        string? byId,
        string? comparator,
        string? comparatorId,
        IEnumerable<SourceReference> sources,
        string? note = null,
        IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("indicator", null));
        var fact = new PolicyFact("indicator", Id);
        MetricId = PolicyGuard.Id(metricId, fact);
        SubjectId = PolicyGuard.Id(subjectId, fact);
        Value = value;
        Observed = observed;
        PolicyGuard.Defined(method, fact);
        Method = method;
        ById = byId is null ? null : PolicyGuard.Id(byId, fact);
        Comparator = PolicyGuard.OptionalText(comparator, fact);
        ComparatorId = comparatorId is null ? null : PolicyGuard.Id(comparatorId, fact);
        Sources = PolicyGuard.Sources(sources, fact);
        Note = PolicyGuard.OptionalText(note, fact);
        Inferences = PolicyGuard.Inferences(inferences, fact, InferableFields);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The metric's id.</summary>
    public string MetricId { get; }

    /// <summary>What it is about.</summary>
    public string SubjectId { get; }

    /// <summary>The value observed.</summary>
    public MetricValue Value { get; }

    /// <summary>When, as precisely as known.</summary>
    public PartialDate Observed { get; }

    /// <summary>How it was obtained.</summary>
    public IndicatorMethod Method { get; }

    /// <summary>Who measured or reported it, or null.</summary>
    public string? ById { get; }

    /// <summary>What it is relative to, in the sources' words, or null.</summary>
    public string? Comparator { get; }

    /// <summary>The id of what it is compared with, or null.</summary>
    public string? ComparatorId { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>A curator's note, or null.</summary>
    public string? Note { get; }

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources'
    /// word).</summary>
    public IReadOnlyList<Inference> Inferences { get; }

    /// <inheritdoc/>
    public override string ToString() => Comparator is null ? $"{MetricId} of {SubjectId}: {Value} ({Observed})" : $"{MetricId} of {SubjectId}: {Value} of {Comparator} ({Observed})";
}
