using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A country (ISO 3166-1 alpha-2), a subdivision (ISO 3166-2) or a city below a subdivision, with its
/// parent.</summary>
/// <remarks>Ids: <c>CN</c>, <c>CN-SH</c>; a city's id is its parent's code, a dot and a lower-case ASCII name
/// (<c>CN-ZJ.hangzhou</c>). Immutable and thread-safe.</remarks>
public sealed class Jurisdiction
{
    /// <summary>Creates a jurisdiction. Codes are checked against ISO 3166 by the loader, not here.</summary>
    /// <param name="id">The ISO code, or the city id.</param>
    /// <param name="kind">Country, subdivision or city.</param>
    /// <param name="name">The English name.</param>
    /// <param name="parentId">The parent's id; null only for a country.</param>
    /// <param name="sources">Citations, which may be empty for ISO reference data.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed, or a country has a parent, or a
    /// subdivision or city has none.</exception>
    public Jurisdiction(string id, JurisdictionKind kind, string name, string? parentId, IEnumerable<SourceReference> sources)
    {
        Id = PolicyGuard.Id(id);
        Guard.Defined(kind);
        Kind = kind;
        Name = PolicyGuard.Text(name);
        if ((kind == JurisdictionKind.Country) != (parentId is null))
        {
            throw new System.ArgumentException(kind == JurisdictionKind.Country ? $"The country {id} cannot have a parent." : $"The {kind} {id} needs a parent.", nameof(parentId));
        }

        ParentId = parentId is null ? null : PolicyGuard.Id(parentId);
        Sources = PolicyGuard.List(sources);
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

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Id})";
}
