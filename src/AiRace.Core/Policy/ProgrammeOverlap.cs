using System;
using System.Collections.Generic;
using System.Linq;

namespace AiRace.Core.Policy;

/// <summary>
/// Programmes that may count some of the same money without one being part of the other — a national fund and a city
/// package the sources leave unrelated. A total that includes two or more of them could count that money twice: it
/// lists the overlap and gives bounds (every programme counted, and the overlap taken out) instead of adding blindly.
/// "Part of" is a programme's <see cref="Programme.ParentId"/>; this is the relation for what the sources leave open.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProgrammeOverlap
{
    /// <summary>Creates an overlap.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="programmeIds">The programmes that may overlap: at least two, all different.</param>
    /// <param name="reason">Why they may overlap, in the curators' words.</param>
    /// <param name="sources">At least one citation: the words that leave the overlap open.</param>
    /// <param name="ambiguityId">The ambiguity that records the readings, or null.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, fewer than two programmes are named, or a
    /// programme is named twice.</exception>
    public ProgrammeOverlap(string id, IEnumerable<string> programmeIds, string reason, IEnumerable<SourceReference> sources, string? ambiguityId = null)
    {
        Id = PolicyGuard.Id(id);
        ProgrammeIds = PolicyGuard.List(programmeIds);
        foreach (string programme in ProgrammeIds)
        {
            PolicyGuard.Id(programme, nameof(programmeIds));
        }

        if (ProgrammeIds.Count < 2)
        {
            throw new ArgumentException("An overlap needs at least two programmes.", nameof(programmeIds));
        }

        if (ProgrammeIds.Distinct(StringComparer.Ordinal).Count() != ProgrammeIds.Count)
        {
            throw new ArgumentException($"An overlap names a programme twice: {string.Join(", ", ProgrammeIds)}.", nameof(programmeIds));
        }

        Reason = PolicyGuard.Text(reason);
        Sources = PolicyGuard.Sources(sources);
        AmbiguityId = ambiguityId is null ? null : PolicyGuard.Id(ambiguityId);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The programmes that may overlap.</summary>
    public IReadOnlyList<string> ProgrammeIds { get; }

    /// <summary>Why they may overlap.</summary>
    public string Reason { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>The ambiguity that records the readings, or null.</summary>
    public string? AmbiguityId { get; }

    /// <summary>Whether the overlap involves the programme.</summary>
    /// <param name="programmeId">The programme's id.</param>
    /// <returns>True when it is one of <see cref="ProgrammeIds"/>.</returns>
    public bool Involves(string programmeId) => ProgrammeIds.Contains(programmeId);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {string.Join(" ~ ", ProgrammeIds)} may overlap ({Reason})";
}
