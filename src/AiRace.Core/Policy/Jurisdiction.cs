using System;
using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A country (ISO 3166-1 alpha-2), a subdivision (ISO 3166-2) or a city below a subdivision, with its
/// parent.</summary>
/// <remarks>Ids: <c>CN</c>, <c>CN-SH</c>; a city's id is its parent's code, a dot and a lower-case ASCII name
/// (<c>CN-ZJ.hangzhou</c>). Immutable and thread-safe.</remarks>
public sealed class Jurisdiction
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["kind", "name", "parent"];

    /// <summary>Creates a jurisdiction. Codes are checked against ISO 3166 by the loader, not here.</summary>
    /// <param name="id">The ISO code, or the city id.</param>
    /// <param name="kind">Country, subdivision or city.</param>
    /// <param name="name">The English name.</param>
    /// <param name="parentId">The parent's id; null only for a country.</param>
    /// <param name="sources">Citations, which may be empty for ISO reference data.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once (such as
    /// the <c>parent</c> of a city whose province the sources do not name); null or empty when every field is the
    /// sources' word or ISO 3166's. Each is about one of its properties in the dataset format (<c>kind</c>,
    /// <c>name</c>, <c>parent</c>) or a path below one.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, a country has a parent, a
    /// subdivision or city has none, a subdivision's parent is not of its own country, or a city's id is not its parent's
    /// id, a dot and a lower-case name. Or an inference is about a field the fact does not have.</exception>
    public Jurisdiction(string id, JurisdictionKind kind, string name, string? parentId, IEnumerable<SourceReference> sources, IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("jurisdiction", null));
        var fact = new PolicyFact("jurisdiction", Id);
        PolicyGuard.Defined(kind, fact);
        Kind = kind;
        Name = PolicyGuard.Text(name, fact);
        ParentId = parentId is null ? null : PolicyGuard.Id(parentId, fact);
        switch (kind)
        {
            case JurisdictionKind.Country when ParentId is not null:
                throw new ArgumentException($"The country \"{Id}\" cannot have a parent.", nameof(parentId));
            case JurisdictionKind.Subdivision or JurisdictionKind.City when ParentId is null:
                throw new ArgumentException($"The {kind.ToString().ToLowerInvariant()} \"{Id}\" needs a parent.", nameof(parentId));
            case JurisdictionKind.Subdivision when !ParentId!.StartsWith(Id.Split('-')[0], StringComparison.Ordinal):
                throw new ArgumentException($"The subdivision \"{Id}\" must have its own country (or a subdivision of it) as parent, not \"{ParentId}\".", nameof(parentId));
            case JurisdictionKind.City when !Id.StartsWith(ParentId + ".", StringComparison.Ordinal) || !IsCityName(Id.AsSpan(ParentId!.Length + 1)):
                throw new ArgumentException($"A city's id must be its parent's id, a dot and a lower-case name (such as \"{ParentId}.hangzhou\"); found \"{Id}\".", nameof(id));
        }

        Sources = PolicyGuard.List(sources, fact);
        Inferences = PolicyGuard.Inferences(inferences, fact, InferableFields);
    }

    /// <summary>The ISO code or city id.</summary>
    public string Id { get; }

    /// <summary>Country, subdivision or city.</summary>
    public JurisdictionKind Kind { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The parent's id, or null for a country.</summary>
    public string? ParentId { get; }

    /// <summary>Citations (may be empty for ISO reference data).</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources' word or
    /// ISO 3166's).</summary>
    public IReadOnlyList<Inference> Inferences { get; }

    private static bool IsCityName(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return !name.IsEmpty;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id})";
}
