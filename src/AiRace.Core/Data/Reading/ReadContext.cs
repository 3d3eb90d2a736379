using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>
/// What the readers of one document share: the problems found so far, the ids defined (in the document and in the
/// dataset it extends), the references waiting to be resolved, and what the cross-checks at the end need (metrics and
/// their uses, programmes and where they were read).
/// </summary>
internal sealed partial class ReadContext
{
    private readonly Dictionary<string, IdEntry> _ids = new(StringComparer.Ordinal);
    private readonly List<(Programme Programme, Where Where, JsonTreeNode Node)> _programmes = new();
    private Dictionary<string, int>? _programmesWithoutId;
    private readonly Dictionary<string, EntityKind> _basisIds = new(StringComparer.Ordinal);
    private readonly List<(string Id, EntityKind[] Kinds, Where Where, JsonTreeNode Node)> _references = new();
    private readonly List<(MetricValue Value, string MetricId, string Path, JsonTreeNode Node)> _metricUses = new();
    private readonly HashSet<string> _replacing = new(StringComparer.Ordinal);
    private readonly HashSet<string> _replacementsDefined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _changedBy = new(StringComparer.Ordinal);
    private Dictionary<string, (FactKind Kind, object Fact, Programme? Owner)>? _basisFacts;

    public ReadContext(ProblemCollector problems, PolicyDataset? basis)
    {
        Problems = problems;
        Basis = basis;
        if (basis is null)
        {
            return;
        }

        void Add(IEnumerable<string> ids, EntityKind kind)
        {
            foreach (string id in ids)
            {
                _basisIds[id] = kind;
            }
        }

        Add(basis.Sources.Select(s => s.Id), EntityKind.Source);
        Add(basis.Jurisdictions.Select(j => j.Id), EntityKind.Jurisdiction);
        Add(basis.Actors.Select(a => a.Id), EntityKind.Actor);
        Add(basis.Metrics.Select(m => m.Id), EntityKind.Metric);
        Add(basis.Programmes.Select(p => p.Id), EntityKind.Programme);
        Add(basis.Programmes.SelectMany(p => p.Parts).Select(a => a.Id), EntityKind.Allocation);
        Add(basis.Targets.Select(t => t.Id), EntityKind.Target);
        Add(basis.Indicators.Select(i => i.Id), EntityKind.Indicator);
        Add(basis.Claims.Select(c => c.Id), EntityKind.Claim);
        Add(basis.Ambiguities.Select(a => a.Id), EntityKind.Ambiguity);
        Add(basis.Overlaps.Select(o => o.Id), EntityKind.Overlap);
        foreach (Metric metric in basis.Metrics)
        {
            Metrics[metric.Id] = metric;
        }
    }

    public ProblemCollector Problems { get; }

    /// <summary>How many problems have been reported so far: a reader compares it before and after to know whether
    /// what it read is whole.</summary>
    public int ProblemCount => Problems.Count;

    /// <summary>The dataset the document extends, or null.</summary>
    public PolicyDataset? Basis { get; }

    /// <summary>The metrics known so far (the basis's and the document's), for checking values against their kind.</summary>
    public Dictionary<string, Metric> Metrics { get; } = new(StringComparer.Ordinal);

    /// <summary>The document's jurisdictions that have a parent (an override's replacement included), with where the
    /// parent is written, for the check of cycles once every jurisdiction is read.</summary>
    public List<(Jurisdiction Jurisdiction, string Path, JsonTreeNode Node)> JurisdictionParents { get; } = new();

    /// <summary>The document's actors that have an affiliation (an override's replacement included), with where the
    /// affiliation is written, for the check of cycles once every actor is read.</summary>
    public List<(Actor Actor, string Path, JsonTreeNode Node)> ActorAffiliations { get; } = new();

    /// <summary>The overlaps read, with where, for the checks against the programme tree.</summary>
    public List<(ProgrammeOverlap Overlap, string Path, JsonTreeNode Node)> Overlaps { get; } = new();

    /// <summary>The programmes read, in the order read, with where, for the checks of the programme tree (the first
    /// programme read with an id, when two have one).</summary>
    public IReadOnlyList<(Programme Programme, Where Where, JsonTreeNode Node)> Programmes => _programmes;

    /// <summary>Makes room for the programmes of an array of that many (and an id for each).</summary>
    public void ExpectProgrammes(int count)
    {
        _programmes.Capacity = Math.Max(_programmes.Capacity, _programmes.Count + count);
        _ids.EnsureCapacity(_ids.Count + count);
    }

    /// <summary>Remembers a programme read, unless one with its id was read before.</summary>
    public void AddProgramme(Programme programme, Where where, JsonTreeNode node)
    {
        ref IdEntry entry = ref CollectionsMarshal.GetValueRefOrNullRef(_ids, programme.Id);
        if (!Unsafe.IsNullRef(ref entry) && entry.Programme < 0 && _programmesWithoutId?.ContainsKey(programme.Id) != true)
        {
            entry.Programme = _programmes.Count;
        }
        else if (!Unsafe.IsNullRef(ref entry) || !(_programmesWithoutId ??= new(StringComparer.Ordinal)).TryAdd(programme.Id, _programmes.Count))
        {
            return;
        }

        _programmes.Add((programme, where, node));
    }

    /// <summary>The position in <see cref="Programmes"/> of the programme with the id, or -1.</summary>
    public int ProgrammeIndex(string id) =>
        _ids.TryGetValue(id, out IdEntry entry) && entry.Programme >= 0 ? entry.Programme
        : _programmesWithoutId is not null && _programmesWithoutId.TryGetValue(id, out int at) ? at
        : -1;

    /// <summary>The programme read with the id, or null.</summary>
    public Programme? ProgrammeRead(string id) => ProgrammeIndex(id) is int at and >= 0 ? _programmes[at].Programme : null;

    public void Report(string path, JsonTreeNode node, string message) => Problems.Add(path, node.Offset, message);

    public void Report(string path, int offset, string message) => Problems.Add(path, offset, message);

    /// <summary>Registers an id; reports a clash with an id defined earlier or in the dataset being extended.</summary>
    public bool DefineId(string id, EntityKind kind, Where where, JsonTreeNode idNode)
    {
        if (_replacing.Contains(id) && !_replacementsDefined.Add(id))
        {
            // A part replaced both by its programme's override and by its own: the part's own override wins.
            return true;
        }

        if (_ids.TryGetValue(id, out var existing))
        {
            Report(DataPath.Property(where.Path, "id"), idNode, $"Duplicate id \"{id}\": already used by {EntityKinds.WithArticle(existing.Kind.Noun())} at {existing.Where.Path}.");
            return false;
        }

        if (_basisIds.TryGetValue(id, out EntityKind basisKind) && !_replacing.Contains(id))
        {
            Report(DataPath.Property(where.Path, "id"), idNode, $"Duplicate id \"{id}\": the dataset being extended already has {EntityKinds.WithArticle(basisKind.Noun())} with this id.");
            return false;
        }

        _ids[id] = new IdEntry(kind, where);
        return true;
    }

    /// <summary>The ids this document retracts from the dataset it extends, with the retraction's id.</summary>
    public Dictionary<string, string> Retracted { get; } = new(StringComparer.Ordinal);

    /// <summary>A fact of the dataset being extended (a part with the programme it is in), or null.</summary>
    public (FactKind Kind, object Fact, Programme? Owner)? BasisFact(string id)
    {
        if (Basis is null)
        {
            return null;
        }

        if (_basisFacts is null)
        {
            _basisFacts = new Dictionary<string, (FactKind, object, Programme?)>(StringComparer.Ordinal);
            Programme? owner = null;
            foreach ((FactKind kind, string factId, object fact) in Basis.Facts())
            {
                owner = fact as Programme ?? (kind == FactKind.Part ? owner : null);
                _basisFacts[factId] = (kind, fact, kind == FactKind.Part ? owner : null);
            }
        }

        return _basisFacts.TryGetValue(id, out var found) ? found : null;
    }

    /// <summary>Whether the id is defined by the document itself (not the dataset it extends).</summary>
    public bool IsDefinedHere(string id) => _ids.ContainsKey(id);

    /// <summary>The override or retraction that already changes the fact, or null; remembers
    /// <paramref name="changeId"/> as the one that does.</summary>
    public string? ClaimChange(string factId, string changeId) =>
        _changedBy.TryAdd(factId, changeId) ? null : _changedBy[factId];

    /// <summary>The programmes whose parts an override sets, with that override's id.</summary>
    public Dictionary<string, string> PartsSetBy { get; } = new(StringComparer.Ordinal);

    /// <summary>The override or retraction that changes the fact, or null.</summary>
    public string? ChangedBy(string factId) => _changedBy.GetValueOrDefault(factId);

    /// <summary>Lets the document define a fact with the id of one in the dataset being extended: an override's
    /// replacement.</summary>
    public void AllowReplacing(string id) => _replacing.Add(id);

    /// <summary>Takes a fact (and a programme's parts) out of what references may name.</summary>
    public void Retract(string id, string retractionId)
    {
        Retracted[id] = retractionId;
        _basisIds.Remove(id);
        if (BasisFact(id)?.Fact is Programme programme)
        {
            foreach (Allocation part in programme.Parts)
            {
                Retracted[part.Id] = retractionId;
                _basisIds.Remove(part.Id);
            }
        }
    }

    /// <summary>Remembers a reference, resolved once the whole document has been read; one to a fact of a wanted kind
    /// the document has already defined is resolved now (an id, once defined here, stays defined).</summary>
    public void Refer(string id, ReadOnlySpan<EntityKind> kinds, Where where, JsonTreeNode node)
    {
        if (_ids.TryGetValue(id, out var defined) && kinds.Contains(defined.Kind))
        {
            return;
        }

        _references.Add((id, kinds.ToArray(), where, node));
    }

    /// <summary>Remembers a metric value, checked against its metric's kind once every metric is known.</summary>
    public void UseMetric(MetricValue value, string metricId, string path, JsonTreeNode node) => _metricUses.Add((value, metricId, path, node));

    /// <summary>Reports every reference to an id that is not defined, or defined as another kind of fact.</summary>
    public void ResolveReferences()
    {
        foreach ((string id, EntityKind[] kinds, Where where, JsonTreeNode node) in _references)
        {
            EntityKind? found = _ids.TryGetValue(id, out var own) ? own.Kind : _basisIds.TryGetValue(id, out EntityKind b) ? b : null;
            if (found is EntityKind kind && Array.IndexOf(kinds, kind) >= 0)
            {
                continue;
            }

            string[] names = kinds.Length > 3 ? ["fact"] : kinds.Select(k => k.Noun()).ToArray();
            string wanted = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
            if (found is null && Retracted.TryGetValue(id, out string? retraction))
            {
                Report(where, node, $"\"{id}\" is retracted by \"{retraction}\": nothing may refer to it.");
            }
            else if (found is null)
            {
                Report(where, node, $"Unknown {wanted} \"{id}\": no {wanted} with this id is defined.");
            }
            else
            {
                Report(where, node, $"\"{id}\" is {EntityKinds.WithArticle(found.Value.Noun())}, not {EntityKinds.WithArticle(wanted)}.");
            }
        }
    }

    /// <summary>Reports each jurisdiction of the document that is its own ancestor, following parents through the
    /// document and the dataset it extends (an override can give one of that dataset's jurisdictions a new parent):
    /// <see cref="PolicyDataset.IsWithin"/> and every query by jurisdiction follow the parents up to a country.</summary>
    public void CheckJurisdictionCycles() => CheckCycles(
        JurisdictionParents.Select(j => (j.Jurisdiction.Id, j.Jurisdiction.ParentId, j.Path, j.Node)),
        Basis?.Jurisdictions.Select(j => (j.Id, j.ParentId)),
        (id, chain) => $"The jurisdiction \"{id}\" is its own ancestor: {chain}.");

    /// <summary>Reports each actor of the document that belongs, through its affiliations, to itself (its own
    /// affiliation, or two actors each the other's), following affiliations through the document and the dataset it
    /// extends: an affiliation is the actor one belongs to or works for, which cannot lead back to the actor, and a walk
    /// up the affiliations would never end.</summary>
    public void CheckAffiliationCycles() => CheckCycles(
        ActorAffiliations.Select(a => (a.Actor.Id, a.Actor.AffiliationId, a.Path, a.Node)),
        Basis?.Actors.Select(a => (a.Id, a.AffiliationId)),
        (id, chain) => $"The actor \"{id}\" is affiliated to itself: {chain}.");

    /// <summary>Reports, at the link it is written in, each fact of the document that its links (a parent, an
    /// affiliation) lead back to, following the links of the document first and then those of the dataset it
    /// extends.</summary>
    private void CheckCycles(IEnumerable<(string Id, string? Next, string Path, JsonTreeNode Node)> links, IEnumerable<(string Id, string? Next)>? basisLinks, Func<string, string, string> message)
    {
        var list = links.ToList();
        var own = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach ((string id, string? next, _, _) in list)
        {
            own[id] = next;
        }

        Dictionary<string, string?> basis = basisLinks?.ToDictionary(l => l.Id, l => l.Next, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
        string? NextOf(string id) => own.TryGetValue(id, out string? p) ? p : basis.GetValueOrDefault(id);
        foreach ((string id, string? next, string path, JsonTreeNode node) in list)
        {
            var chain = new List<string> { id };
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            for (string? current = next; current is not null && seen.Add(current); current = NextOf(current))
            {
                chain.Add(current);
            }

            if (NextOf(chain[^1]) == id)
            {
                Report(path, node, message(id, string.Join(" → ", chain) + " → " + id));
            }
        }
    }

    /// <summary>Reports each overlap that names the same programmes (in any order) as an overlap before it in the
    /// document, or as one of the dataset it extends that the document neither overrides nor retracts: the same fact
    /// under two ids, which every total and ranking would list twice.</summary>
    public void CheckDuplicateOverlaps()
    {
        static string Key(ProgrammeOverlap overlap) => string.Join("\n", overlap.ProgrammeIds.Order(StringComparer.Ordinal));

        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ProgrammeOverlap kept in Basis?.Overlaps ?? [])
        {
            if (!Retracted.ContainsKey(kept.Id) && ChangedBy(kept.Id) is null)
            {
                first.TryAdd(Key(kept), $"\"{kept.Id}\" of the dataset being extended");
            }
        }

        foreach ((ProgrammeOverlap overlap, string path, JsonTreeNode node) in Overlaps)
        {
            string key = Key(overlap);
            if (first.TryGetValue(key, out string? earlier))
            {
                Report(DataPath.Property(path, "programmes"), node.Property("programmes")!.Value,
                    $"The overlap \"{overlap.Id}\" names the same programmes ({string.Join(", ", overlap.ProgrammeIds)}) as the overlap {earlier}: one overlap records them once (give it every source and reason).");
            }
            else
            {
                first[key] = $"\"{overlap.Id}\" at {path}";
            }
        }
    }

    /// <summary>Reports every metric value whose kind is not its metric's.</summary>
    public void CheckMetricKinds()
    {
        foreach ((MetricValue value, string metricId, string path, JsonTreeNode node) in _metricUses)
        {
            if (Metrics.TryGetValue(metricId, out Metric? metric) && metric.ValueKind != value.Kind)
            {
                Report(path, node, $"The metric \"{metricId}\" takes a {JsonNames<MetricValueKind>.Name(metric.ValueKind)}, but this value is a {JsonNames<MetricValueKind>.Name(value.Kind)}.");
            }
        }
    }

    /// <summary>An id defined by the document: the kind of fact, where the fact is (its path, written out only for a
    /// problem), and the position of the programme read with the id in <see cref="Programmes"/> (-1 when none is).</summary>
    private struct IdEntry(EntityKind kind, Where where)
    {
        public readonly EntityKind Kind = kind;
        public readonly Where Where = where;
        public int Programme = -1;
    }
}
