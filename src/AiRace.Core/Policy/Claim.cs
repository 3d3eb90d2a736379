using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A qualitative fact a source states without a figure ("China leads in AI publications and patents"),
/// about a subject, optionally against a comparator, and by whom.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Claim
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["topic", "subject", "statement", "comparator", "by"];

    /// <summary>Creates a claim.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="topic">A short topic key ("ai-publications", "self-sufficiency").</param>
    /// <param name="subjectId">What it is about: a jurisdiction's, actor's or programme's id.</param>
    /// <param name="statement">The claim in plain words (the quote in the sources is exact; this may paraphrase).</param>
    /// <param name="comparatorId">The jurisdiction, actor or programme compared with, or null.</param>
    /// <param name="byId">Who makes the claim (an actor's id), or null when it is the article's own.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once; null or
    /// empty when every field is the sources' word. Each is about one of its properties in the dataset format
    /// (<c>topic</c>, <c>subject</c>, <c>statement</c>, <c>comparator</c>, <c>by</c>) or a path below one.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed, there is no source, or an inference
    /// is about a field the fact does not have.</exception>
    public Claim(string id, string topic, string subjectId, string statement, string? comparatorId, string? byId, IEnumerable<SourceReference> sources, IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("claim", null));
        var fact = new PolicyFact("claim", Id);
        Topic = PolicyGuard.Id(topic, fact);
        SubjectId = PolicyGuard.Id(subjectId, fact);
        Statement = PolicyGuard.Text(statement, fact);
        ComparatorId = comparatorId is null ? null : PolicyGuard.Id(comparatorId, fact);
        ById = byId is null ? null : PolicyGuard.Id(byId, fact);
        Sources = PolicyGuard.Sources(sources, fact);
        Inferences = PolicyGuard.Inferences(inferences, fact, InferableFields);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>A short topic key.</summary>
    public string Topic { get; }

    /// <summary>What it is about.</summary>
    public string SubjectId { get; }

    /// <summary>The claim in plain words.</summary>
    public string Statement { get; }

    /// <summary>What it is compared with, or null.</summary>
    public string? ComparatorId { get; }

    /// <summary>Who makes the claim, or null when it is the article's own.</summary>
    public string? ById { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources'
    /// word).</summary>
    public IReadOnlyList<Inference> Inferences { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Statement}";
}
