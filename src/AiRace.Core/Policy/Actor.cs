using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A government body, company, research institute, analyst firm, pollster, person or event that facts are
/// about or come from.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Actor
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["name", "kind", "jurisdiction", "affiliation", "role"];

    /// <summary>Creates an actor.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="name">The name as the sources write it.</param>
    /// <param name="kind">What kind of actor.</param>
    /// <param name="jurisdictionId">The jurisdiction it belongs to, or null when the sources do not say.</param>
    /// <param name="affiliationId">The actor it belongs to or works for, or null.</param>
    /// <param name="role">Its role as the sources describe it, or null.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once; null or
    /// empty when every field is the sources' word. Each is about one of its properties in the dataset format
    /// (<c>name</c>, <c>kind</c>, <c>jurisdiction</c>, <c>affiliation</c>, <c>role</c>) or a path below one.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed, there is no source, or an inference
    /// is about a field the fact does not have.</exception>
    public Actor(string id, string name, ActorKind kind, string? jurisdictionId, string? affiliationId, string? role, IEnumerable<SourceReference> sources, IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("actor", null));
        var fact = new PolicyFact("actor", Id);
        Name = PolicyGuard.Text(name, fact);
        PolicyGuard.Defined(kind, fact);
        Kind = kind;
        JurisdictionId = jurisdictionId is null ? null : PolicyGuard.Id(jurisdictionId, fact);
        AffiliationId = affiliationId is null ? null : PolicyGuard.Id(affiliationId, fact);
        Role = PolicyGuard.OptionalText(role, fact);
        Sources = PolicyGuard.Sources(sources, fact);
        Inferences = PolicyGuard.Inferences(inferences, fact, InferableFields);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The name as the sources write it.</summary>
    public string Name { get; }

    /// <summary>What kind of actor.</summary>
    public ActorKind Kind { get; }

    /// <summary>Its jurisdiction, or null when the sources do not say.</summary>
    public string? JurisdictionId { get; }

    /// <summary>The actor it belongs to or works for, or null.</summary>
    public string? AffiliationId { get; }

    /// <summary>Its role as the sources describe it, or null.</summary>
    public string? Role { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources'
    /// word).</summary>
    public IReadOnlyList<Inference> Inferences { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind})";
}
