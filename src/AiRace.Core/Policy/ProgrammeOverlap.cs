using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Text;

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
    /// <exception cref="ArgumentException">A value is missing or malformed, or fewer than two programmes are named; each
    /// message names the overlap by its id. A programme that is no id, or is named twice, is a
    /// <see cref="PolicyArgumentException"/> at that item.</exception>
    public ProgrammeOverlap(string id, IEnumerable<string> programmeIds, string reason, IEnumerable<SourceReference> sources, string? ambiguityId = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("overlap", null));
        var fact = new PolicyFact("overlap", Id);
        ProgrammeIds = PolicyGuard.List(programmeIds, fact);
        var firstPlaces = new Dictionary<string, int>(ProgrammeIds.Count, StringComparer.Ordinal);
        for (int i = 0; i < ProgrammeIds.Count; i++)
        {
            string programme = ProgrammeIds[i];
            if (!PolicyGuard.IsValidId(programme))
            {
                throw new PolicyArgumentException($"The overlap \"{Id}\" names \"{HiddenCharacters.ShownInput(programme)}\" (item {PolicyGuard.Index(i)}), which is not a programme id: an id is {PolicyGuard.IdRule}.", nameof(programmeIds), i);
            }

            if (PolicyGuard.Earlier(firstPlaces, programme, i) is int first)
            {
                throw new PolicyArgumentException($"The overlap \"{Id}\" names the programme \"{programme}\" twice (items {PolicyGuard.Index(first)} and {PolicyGuard.Index(i)}); name each programme once.", nameof(programmeIds), i);
            }
        }

        if (ProgrammeIds.Count < 2)
        {
            throw new ArgumentException(
                ProgrammeIds.Count == 0
                    ? $"The overlap \"{Id}\" names no programme; it needs at least two."
                    : $"The overlap \"{Id}\" names only \"{ProgrammeIds[0]}\"; an overlap needs at least two programmes.",
                nameof(programmeIds));
        }

        Reason = PolicyGuard.Text(reason, fact);
        Sources = PolicyGuard.Sources(sources, fact);
        AmbiguityId = ambiguityId is null ? null : PolicyGuard.Id(ambiguityId, fact);
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
