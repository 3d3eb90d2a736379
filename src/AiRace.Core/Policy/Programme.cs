using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using AiRace.Core.Reporting;

namespace AiRace.Core.Policy;

/// <summary>
/// A public or private initiative — a plan, subsidy package, fund or project — with its sponsor kind, jurisdiction,
/// actors, instruments, status history, period, headline amount, parent, parts (allocations) and sources.
/// </summary>
/// <remarks>Targets point at their programme (<see cref="Target.ProgrammeId"/>); ask the dataset for them. Immutable
/// and thread-safe.</remarks>
public sealed class Programme
{
    /// <summary>The properties of this fact in the dataset format that an inference may be about (all but its id, its
    /// citations and its inferences); the loader reads the <c>inferred</c> list against the same ones.</summary>
    internal static readonly string[] InferableFields = ["name", "sponsorKind", "jurisdiction", "instruments", "description", "actors", "status", "period", "headline", "parent", "parts"];

    /// <summary>Creates a programme.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="name">The name the sources use.</param>
    /// <param name="sponsorKind">Who pays: state, private, mixed, or unknown when the sources do not say.</param>
    /// <param name="jurisdictionId">The jurisdiction it belongs to.</param>
    /// <param name="actors">The actors involved and their roles, each actor once.</param>
    /// <param name="instruments">The instruments it uses, each once.</param>
    /// <param name="statusHistory">Its lifecycle in order; empty when the sources report no status.</param>
    /// <param name="period">When it runs, or null when the sources do not say.</param>
    /// <param name="headline">Its headline amount as stated, or null when it has none.</param>
    /// <param name="parentId">The programme it is part of, or null.</param>
    /// <param name="parts">Its allocations.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="description">A short description in the curators' words, or null.</param>
    /// <param name="inferences">What the curators inferred where the sources are silent, each field once; null or
    /// empty when every field is the sources' word. Each is about one of its properties in the dataset format
    /// (<c>name</c>, <c>sponsorKind</c>, <c>jurisdiction</c>, <c>instruments</c>, <c>description</c>,
    /// <c>actors</c>, <c>status</c>, <c>period</c>, <c>headline</c>, <c>parent</c>, <c>parts</c>) or a path below
    /// one.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, there is no source or no instrument, an
    /// instrument or an actor is listed twice (a <see cref="PolicyArgumentException"/> at the second), the
    /// status history takes a step the lifecycle does not allow, the programme is its own parent, two parts share an id
    /// (the message names it), or an included part
    /// does not fit the headline (see <see cref="PartsCheck"/>: included parts are in the headline's currency, or in one
    /// currency when there is no headline; none is larger than the whole; together they are not more than the whole). Or an inference is about a field the fact does not have.</exception>
    public Programme(
        string id,
        string name,
        SponsorKind sponsorKind,
        string jurisdictionId,
        IEnumerable<ActorInvolvement> actors,
        IEnumerable<Instrument> instruments,
        IEnumerable<StatusChange> statusHistory,
        Period? period,
        ReportedAmount? headline,
        string? parentId,
        IEnumerable<Allocation> parts,
        IEnumerable<SourceReference> sources,
        string? description = null,
        IEnumerable<Inference>? inferences = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("programme", null));
        var fact = new PolicyFact("programme", Id);
        Name = PolicyGuard.Text(name, fact);
        PolicyGuard.Defined(sponsorKind, fact);
        SponsorKind = sponsorKind;
        JurisdictionId = PolicyGuard.Id(jurisdictionId, fact);
        IReadOnlyList<ActorInvolvement> actorList = PolicyGuard.List(actors, fact);
        Instruments = instruments is IReadOnlyList<Instrument> { Count: 1 } one && OneInstrument(one[0]) is IReadOnlyList<Instrument> shared
            ? shared
            : PolicyGuard.List(instruments, fact);
        if (Instruments.Count == 0)
        {
            throw new ArgumentException($"The programme \"{Id}\" must list at least one instrument.", nameof(instruments));
        }

        for (int i = 0; i < Instruments.Count; i++)
        {
            if (!Enum.IsDefined(Instruments[i]))
            {
                throw new PolicyArgumentException(FormattableString.Invariant($"instruments[{i}] of the programme \"{Id}\" has the undefined Instrument value {Instruments[i]}."), nameof(instruments), i);
            }

            for (int j = 0; j < i; j++)
            {
                if (Instruments[j] == Instruments[i])
                {
                    throw new PolicyArgumentException(
                        FormattableString.Invariant($"The programme \"{Id}\" lists the instrument {Camel(Instruments[i].ToString())} twice, at instruments[{j}] and instruments[{i}]; list each instrument once."),
                        nameof(instruments),
                        i);
                }
            }
        }

        var actorAt = actorList.Count < 2 ? null : new Dictionary<string, int>(actorList.Count, StringComparer.Ordinal);
        for (int i = 0; actorAt is not null && i < actorList.Count; i++)
        {
            if (PolicyGuard.Earlier(actorAt, actorList[i].ActorId, i) is int first)
            {
                throw new PolicyArgumentException(
                    FormattableString.Invariant($"The programme \"{Id}\" lists the actor \"{actorList[i].ActorId}\" twice, at actors[{first}] and actors[{i}]; give it once, with both roles."),
                    nameof(actors),
                    i);
            }
        }

        StatusHistory = PolicyGuard.List(statusHistory, fact);
        for (int i = 1; i < StatusHistory.Count; i++)
        {
            ProgrammeStatus from = StatusHistory[i - 1].Status, to = StatusHistory[i].Status;
            if (!StatusChange.IsAllowed(from, to))
            {
                throw new PolicyArgumentException(
                    $"The programme \"{Id}\" cannot go from {Lower(from)} to {Lower(to)}: the lifecycle is announced → committed → disbursing → completed, or cancelled before completion.",
                    nameof(statusHistory),
                    i);
            }
        }

        Headline = headline;
        ParentId = parentId is null ? null : PolicyGuard.Id(parentId, fact);
        if (ParentId == Id)
        {
            throw new ArgumentException($"The programme \"{Id}\" cannot be its own parent.", nameof(parentId));
        }

        IReadOnlyList<Allocation> partList = PolicyGuard.List(parts, fact);
        if (FirstRepeatedPart(partList) is (int repeated, string partId))
        {
            throw new PolicyArgumentException($"Two parts of the programme \"{Id}\" have the id \"{partId}\"; each part needs its own id.", nameof(parts), repeated, "id");
        }

        if (PartsCheck.FirstViolation(Id, headline, partList) is (int index, string reason))
        {
            throw new PolicyArgumentException(reason, nameof(parts), index, "amount");
        }

        Sources = PolicyGuard.Sources(sources, fact);
        string? text = PolicyGuard.OptionalText(description, fact);
        IReadOnlyList<Inference> inferenceList = PolicyGuard.Inferences(inferences, fact, InferableFields);
        _details = actorList.Count == 0 && period is null && partList.Count == 0 && text is null && inferenceList.Count == 0
            ? null
            : new Details(actorList, period, partList, text, inferenceList);
    }

    private static readonly SingleItemList<Instrument>?[] OneInstrumentLists = InstrumentLists();

    /// <summary>The one list of a single defined instrument that every programme with only that instrument shares, or
    /// null for a value the enum does not define.</summary>
    private static SingleItemList<Instrument>? OneInstrument(Instrument instrument) =>
        (uint)instrument < (uint)OneInstrumentLists.Length ? OneInstrumentLists[(int)instrument] : null;

    private static SingleItemList<Instrument>?[] InstrumentLists()
    {
        Instrument[] all = Enum.GetValues<Instrument>();
        var lists = new SingleItemList<Instrument>?[(int)all.Max() + 1];
        foreach (Instrument instrument in all)
        {
            lists[(int)instrument] = new SingleItemList<Instrument>(instrument);
        }

        return lists;
    }

    /// <summary>The index and id of the first part whose id an earlier part has, or null: compared pairwise for the few
    /// parts a programme usually has, through a set for many.</summary>
    private static (int Index, string Id)? FirstRepeatedPart(IReadOnlyList<Allocation> parts)
    {
        if (parts.Count <= 16)
        {
            for (int i = 1; i < parts.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (string.Equals(parts[i].Id, parts[j].Id, StringComparison.Ordinal))
                    {
                        return (i, parts[i].Id);
                    }
                }
            }

            return null;
        }

        var seen = new HashSet<string>(parts.Count, StringComparer.Ordinal);
        for (int i = 0; i < parts.Count; i++)
        {
            if (!seen.Add(parts[i].Id))
            {
                return (i, parts[i].Id);
            }
        }

        return null;
    }

    /// <summary>The actors, period, parts, description and inferences, which most programmes do not have: null when
    /// it has none of them.</summary>
    private readonly Details? _details;

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The name the sources use.</summary>
    public string Name { get; }

    /// <summary>Who pays.</summary>
    public SponsorKind SponsorKind { get; }

    /// <summary>The jurisdiction's id.</summary>
    public string JurisdictionId { get; }

    /// <summary>The actors involved.</summary>
    public IReadOnlyList<ActorInvolvement> Actors => _details?.Actors ?? ReadOnlyCollection<ActorInvolvement>.Empty;

    /// <summary>The instruments it uses.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>Its lifecycle, in order; empty when the sources report none.</summary>
    public IReadOnlyList<StatusChange> StatusHistory { get; }

    /// <summary>The latest status reported, or null when none is.</summary>
    public ProgrammeStatus? Status => StatusHistory.Count == 0 ? null : StatusHistory[^1].Status;

    /// <summary>When it runs, or null.</summary>
    public Period? Period => _details?.Period;

    /// <summary>The headline amount as stated, or null.</summary>
    public ReportedAmount? Headline { get; }

    /// <summary>The parent programme's id, or null.</summary>
    public string? ParentId { get; }

    /// <summary>Its allocations.</summary>
    public IReadOnlyList<Allocation> Parts => _details?.Parts ?? ReadOnlyCollection<Allocation>.Empty;

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>A short description in the curators' words, or null.</summary>
    public string? Description => _details?.Description;

    /// <summary>What the curators inferred where the sources are silent (empty when every field is the sources'
    /// word).</summary>
    public IReadOnlyList<Inference> Inferences => _details?.Inferences ?? ReadOnlyCollection<Inference>.Empty;

    /// <summary>A copy with other parts, checked against the headline like any programme's.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The programme with those parts.</returns>
    /// <exception cref="ArgumentException">The parts do not fit the headline.</exception>
    internal Programme WithParts(IEnumerable<Allocation> parts) =>
        new(Id, Name, SponsorKind, JurisdictionId, Actors, Instruments, StatusHistory, Period, Headline, ParentId, parts, Sources, Description, Inferences);

    /// <summary>Whether it uses the instrument.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>True when listed.</returns>
    public bool Uses(Instrument instrument) => Instruments.Contains(instrument);

    /// <summary>Checks the parts against the headline amount; see <see cref="PartsCheck"/>.</summary>
    /// <returns>The check.</returns>
    public PartsCheck CheckParts() => PartsCheck.Of(this);

    private static string Lower(ProgrammeStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>An enum member's name as the dataset format writes it (computeSubsidy); Policy sits below Data, so it
    /// cannot call Data's <c>JsonNames</c>.</summary>
    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>What a programme has beyond its id, name, sponsor, jurisdiction, instruments, status history,
    /// headline, parent and sources.</summary>
    private sealed record Details(IReadOnlyList<ActorInvolvement> Actors, Period? Period, IReadOnlyList<Allocation> Parts, string? Description, IReadOnlyList<Inference> Inferences);

    /// <inheritdoc/>
    public override string ToString() => Headline is null ? $"{Name} ({Id})" : $"{Name} ({Id}): {Headline}";
}
