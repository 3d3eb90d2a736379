using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AiRace.Core.Policy;

namespace AiRace.Core.Data;

/// <summary>
/// A validated set of policy facts — sources, jurisdictions, actors, metrics, programmes, targets, indicators,
/// claims and recorded ambiguities — with queries over them. Every reference in it resolves and every id is unique.
/// </summary>
/// <remarks>Get one from <see cref="PolicyData.Embedded"/> or <see cref="PolicyData.Load(System.IO.Stream)"/>;
/// combine with <see cref="Merge(PolicyDataset)"/>. Immutable and thread-safe.</remarks>
public sealed class PolicyDataset
{
    /// <summary>The lists of programmes that datasets hold as their own (made by the loader or a merge, never changed
    /// after the dataset is made), each with its dataset.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Programme>, PolicyDataset> OwnProgrammeLists = new();

    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, int> _programmeIndex;
    private int[]? _parentIndexes;
    private int[]? _jurisdictionIndexes;
    private ProgrammeColumns? _columns;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Metric> _metrics;

    internal PolicyDataset(
        IReadOnlyList<Source> sources,
        IReadOnlyList<Jurisdiction> jurisdictions,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<Programme> programmes,
        IReadOnlyList<Target> targets,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Ambiguity> ambiguities,
        IReadOnlyList<ProgrammeOverlap>? overlaps = null,
        string? version = null,
        PartialDate asOf = default,
        IReadOnlyList<DatasetChange>? changes = null)
    {
        Sources = sources;
        Jurisdictions = jurisdictions;
        Actors = actors;
        Metrics = metrics;
        Programmes = programmes;
        OwnProgrammeLists.TryAdd(programmes, this);
        Targets = targets;
        Indicators = indicators;
        Claims = claims;
        Ambiguities = ambiguities;
        Overlaps = overlaps ?? [];
        Version = version;
        AsOf = asOf;
        Changes = changes ?? [];
        _sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _jurisdictions = jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        _actors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _programmeIndex = new Dictionary<string, int>(programmes.Count, StringComparer.Ordinal);
        for (int i = 0; i < programmes.Count; i++)
        {
            _programmeIndex.Add(programmes[i].Id, i);
        }

        _metrics = metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>A dataset with nothing in it.</summary>
    public static PolicyDataset Empty { get; } = new([], [], [], [], [], [], [], [], []);

    /// <summary>The sources, in document order.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The jurisdictions.</summary>
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

    /// <summary>The actors.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The metrics that targets and indicators refer to.</summary>
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>The programmes (plans, subsidy packages, funds, projects).</summary>
    public IReadOnlyList<Programme> Programmes { get; }

    /// <summary>The targets and forecasts.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>The observed indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The qualitative claims.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The questions the sources leave open.</summary>
    public IReadOnlyList<Ambiguity> Ambiguities { get; }

    /// <summary>The programmes that may count some of the same money without one being part of the other.</summary>
    public IReadOnlyList<ProgrammeOverlap> Overlaps { get; }

    /// <summary>The dataset's version as its document states it (an overlay's, when it gives one, over the version of
    /// the dataset it extends), or null.</summary>
    public string? Version { get; }

    /// <summary>The date the facts are as of, as precisely as the document states it (<see cref="PartialDate.Unknown"/>
    /// when it does not).</summary>
    public PartialDate AsOf { get; }

    /// <summary>What an overlay added, overrode and retracted when this dataset was loaded extending another, in
    /// document order; empty for a dataset loaded on its own. The merged facts are in the collections; these say where
    /// they came from.</summary>
    public IReadOnlyList<DatasetChange> Changes { get; }

    /// <summary>The source with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="KeyNotFoundException">No source has the id.</exception>
    public Source Source(string id) => Find(_sources, id, "source");

    /// <summary>The jurisdiction with the id.</summary>
    /// <param name="id">The id (<c>CN-SH</c>).</param>
    /// <returns>The jurisdiction.</returns>
    /// <exception cref="KeyNotFoundException">No jurisdiction has the id.</exception>
    public Jurisdiction Jurisdiction(string id) => Find(_jurisdictions, id, "jurisdiction");

    /// <summary>The actor with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="KeyNotFoundException">No actor has the id.</exception>
    public Actor Actor(string id) => Find(_actors, id, "actor");

    /// <summary>The programme with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="KeyNotFoundException">No programme has the id.</exception>
    public Programme Programme(string id) => Programmes[Find(_programmeIndex, id, "programme")];

    /// <summary>The programme with the id, or null.</summary>
    internal Programme? FindProgramme(string id) => _programmeIndex.TryGetValue(id, out int at) ? Programmes[at] : null;

    /// <summary><paramref name="programmes"/> when it is the <see cref="Programmes"/> of a dataset (a list never changed),
    /// otherwise null.</summary>
    internal static IReadOnlyList<Programme>? OwnProgrammeList(IEnumerable<Programme> programmes) =>
        programmes is IReadOnlyList<Programme> list && OwnProgrammeLists.TryGetValue(list, out _) ? list : null;

    /// <summary>The index in <see cref="Programmes"/> of the programme with the id, or -1.</summary>
    internal int ProgrammeIndex(string id) => _programmeIndex.TryGetValue(id, out int at) ? at : -1;

    /// <summary>For each programme, by its index in <see cref="Programmes"/>, the index of its parent: -1 when it has
    /// none, -2 when its parent id names no programme of the dataset. Made on the first call and kept (the dataset never
    /// changes); read only after it is made.</summary>
    internal int[] ParentIndexes() =>
        Volatile.Read(ref _parentIndexes)
        ?? Keep(ref _parentIndexes, p => p.ParentId is string parent ? (_programmeIndex.TryGetValue(parent, out int at) ? at : -2) : -1);

    /// <summary>For each programme, by its index in <see cref="Programmes"/>, the index in <see cref="Jurisdictions"/> of
    /// its jurisdiction, or -1 when its jurisdiction id names none of the dataset's. Made on the first call and kept, as
    /// <see cref="ParentIndexes"/> is.</summary>
    internal int[] JurisdictionIndexes()
    {
        if (Volatile.Read(ref _jurisdictionIndexes) is int[] kept)
        {
            return kept;
        }

        var at = new Dictionary<string, int>(Jurisdictions.Count, StringComparer.Ordinal);
        for (int j = 0; j < Jurisdictions.Count; j++)
        {
            at.TryAdd(Jurisdictions[j].Id, j);
        }

        return Keep(ref _jurisdictionIndexes, p => at.TryGetValue(p.JurisdictionId, out int j) ? j : -1);
    }

    /// <summary>The programmes' ids, sponsor kinds and whether parts are left out of their headlines, as columns by index
    /// in <see cref="Programmes"/>. Made on the first call and kept, as <see cref="ParentIndexes"/> is.</summary>
    internal ProgrammeColumns Columns()
    {
        if (Volatile.Read(ref _columns) is ProgrammeColumns kept)
        {
            return kept;
        }

        ProgrammeColumns made = ProgrammeColumns.Of(Programmes);
        return Interlocked.CompareExchange(ref _columns, made, null) ?? made;
    }

    /// <summary>Makes a column of a number per programme and keeps it in <paramref name="field"/>, unless another
    /// thread kept one first (then that one is returned).</summary>
    private int[] Keep(ref int[]? field, Func<Programme, int> of)
    {
        var column = new int[Programmes.Count];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = of(Programmes[i]);
        }

        return Interlocked.CompareExchange(ref field, column, null) ?? column;
    }

    /// <summary>The changes an overlay made to a fact.</summary>
    /// <param name="factId">The fact's id.</param>
    /// <returns>The changes, in document order.</returns>
    public IEnumerable<DatasetChange> ChangesTo(string factId) => Changes.Where(c => c.FactId == factId);

    /// <summary>Every fact with its kind and id, parts after their programme, in dataset order.</summary>
    internal IEnumerable<(FactKind Kind, string Id, object Fact)> Facts()
    {
        foreach (Source s in Sources)
        {
            yield return (FactKind.Source, s.Id, s);
        }

        foreach (Jurisdiction j in Jurisdictions)
        {
            yield return (FactKind.Jurisdiction, j.Id, j);
        }

        foreach (Actor a in Actors)
        {
            yield return (FactKind.Actor, a.Id, a);
        }

        foreach (Metric m in Metrics)
        {
            yield return (FactKind.Metric, m.Id, m);
        }

        foreach (Programme p in Programmes)
        {
            yield return (FactKind.Programme, p.Id, p);
            foreach (Allocation part in p.Parts)
            {
                yield return (FactKind.Part, part.Id, part);
            }
        }

        foreach (Target t in Targets)
        {
            yield return (FactKind.Target, t.Id, t);
        }

        foreach (Indicator i in Indicators)
        {
            yield return (FactKind.Indicator, i.Id, i);
        }

        foreach (Claim c in Claims)
        {
            yield return (FactKind.Claim, c.Id, c);
        }

        foreach (Ambiguity a in Ambiguities)
        {
            yield return (FactKind.Ambiguity, a.Id, a);
        }

        foreach (ProgrammeOverlap o in Overlaps)
        {
            yield return (FactKind.Overlap, o.Id, o);
        }
    }

    /// <summary>The metric with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="KeyNotFoundException">No metric has the id.</exception>
    public Metric Metric(string id) => Find(_metrics, id, "metric");

    /// <summary>Whether the jurisdiction is <paramref name="ancestorId"/> or lies (at any depth) below it.</summary>
    /// <param name="jurisdictionId">The jurisdiction.</param>
    /// <param name="ancestorId">The possible ancestor.</param>
    /// <returns>True when it is the same or a descendant.</returns>
    public bool IsWithin(string jurisdictionId, string ancestorId)
    {
        string? current = jurisdictionId;
        while (current is not null)
        {
            if (current == ancestorId)
            {
                return true;
            }

            current = _jurisdictions.TryGetValue(current, out Jurisdiction? j) ? j.ParentId : null;
        }

        return false;
    }

    /// <summary>The jurisdiction's children (subdivisions of a country, cities of a subdivision).</summary>
    /// <param name="jurisdictionId">The parent.</param>
    /// <returns>The children.</returns>
    public IEnumerable<Jurisdiction> ChildrenOf(string jurisdictionId) => Jurisdictions.Where(j => j.ParentId == jurisdictionId);

    /// <summary>The programmes of a jurisdiction, by default including those of its sub-jurisdictions
    /// (<c>ProgrammesIn("CN")</c> finds Shanghai's and Hangzhou's).</summary>
    /// <param name="jurisdictionId">The jurisdiction.</param>
    /// <param name="includeSubJurisdictions">Whether to include subdivisions and cities below it.</param>
    /// <returns>The programmes, in dataset order.</returns>
    public IEnumerable<Programme> ProgrammesIn(string jurisdictionId, bool includeSubJurisdictions = true) =>
        Programmes.Where(p => includeSubJurisdictions ? IsWithin(p.JurisdictionId, jurisdictionId) : p.JurisdictionId == jurisdictionId);

    /// <summary>The programmes with the sponsor kind.</summary>
    /// <param name="sponsorKind">State, private, mixed or unknown.</param>
    /// <returns>The programmes.</returns>
    public IEnumerable<Programme> ProgrammesBySponsor(SponsorKind sponsorKind) => Programmes.Where(p => p.SponsorKind == sponsorKind);

    /// <summary>The programmes that use the instrument.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The programmes.</returns>
    public IEnumerable<Programme> ProgrammesUsing(Instrument instrument) => Programmes.Where(p => p.Uses(instrument));

    /// <summary>The programmes whose latest reported status is <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The programmes.</returns>
    public IEnumerable<Programme> ProgrammesWithStatus(ProgrammeStatus status) => Programmes.Where(p => p.Status == status);

    /// <summary>The programmes whose sources report no status.</summary>
    /// <returns>The programmes.</returns>
    public IEnumerable<Programme> ProgrammesWithUnknownStatus() => Programmes.Where(p => p.Status is null);

    /// <summary>The programmes directly below a programme.</summary>
    /// <param name="programmeId">The parent.</param>
    /// <returns>The children.</returns>
    public IEnumerable<Programme> ChildProgrammes(string programmeId) => Programmes.Where(p => p.ParentId == programmeId);

    /// <summary>The targets for a metric, optionally only those about a subject (a jurisdiction, including its
    /// sub-jurisdictions, or an actor).</summary>
    /// <param name="metricId">The metric.</param>
    /// <param name="subjectId">The subject, or null for every subject.</param>
    /// <returns>The targets.</returns>
    public IEnumerable<Target> TargetsFor(string metricId, string? subjectId = null) =>
        Targets.Where(t => t.MetricId == metricId && (subjectId is null || IsWithin(t.SubjectId, subjectId)));

    /// <summary>The targets about a subject (a jurisdiction, including its sub-jurisdictions, or an actor).</summary>
    /// <param name="subjectId">The subject.</param>
    /// <returns>The targets.</returns>
    public IEnumerable<Target> TargetsAbout(string subjectId) => Targets.Where(t => IsWithin(t.SubjectId, subjectId));

    /// <summary>The targets of a programme.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <returns>The targets.</returns>
    public IEnumerable<Target> TargetsOf(string programmeId) => Targets.Where(t => t.ProgrammeId == programmeId);

    /// <summary>The indicators for a metric, optionally only those about a subject (including its
    /// sub-jurisdictions).</summary>
    /// <param name="metricId">The metric.</param>
    /// <param name="subjectId">The subject, or null for every subject.</param>
    /// <returns>The indicators.</returns>
    public IEnumerable<Indicator> IndicatorsFor(string metricId, string? subjectId = null) =>
        Indicators.Where(i => i.MetricId == metricId && (subjectId is null || IsWithin(i.SubjectId, subjectId)));

    /// <summary>The indicators about a subject (including its sub-jurisdictions).</summary>
    /// <param name="subjectId">The subject.</param>
    /// <returns>The indicators.</returns>
    public IEnumerable<Indicator> IndicatorsAbout(string subjectId) => Indicators.Where(i => IsWithin(i.SubjectId, subjectId));

    /// <summary>The claims about a subject, optionally on one topic.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="topic">The topic, or null for all.</param>
    /// <returns>The claims.</returns>
    public IEnumerable<Claim> ClaimsAbout(string subjectId, string? topic = null) =>
        Claims.Where(c => IsWithin(c.SubjectId, subjectId) && (topic is null || c.Topic == topic));

    /// <summary>The overlaps a programme is in: the programmes that may count some of its money without being its part
    /// or its parent.</summary>
    /// <param name="programmeId">The programme's id.</param>
    /// <returns>The overlaps, in dataset order.</returns>
    public IEnumerable<ProgrammeOverlap> OverlapsOf(string programmeId) => Overlaps.Where(o => o.Involves(programmeId));

    /// <summary>The ambiguities that touch a fact.</summary>
    /// <param name="factId">The fact's id (a programme, allocation, target, ...).</param>
    /// <returns>The ambiguities.</returns>
    public IEnumerable<Ambiguity> AmbiguitiesAbout(string factId) => Ambiguities.Where(a => a.About.Contains(factId));

    /// <summary>Every fact that cites the source.</summary>
    /// <param name="sourceId">The source.</param>
    /// <returns>The ids of the facts, in dataset order.</returns>
    public IEnumerable<string> FactsCiting(string sourceId)
    {
        bool Cites(IReadOnlyList<SourceReference> refs) => refs.Any(r => r.SourceId == sourceId);
        return Actors.Where(a => Cites(a.Sources)).Select(a => a.Id)
            .Concat(Programmes.Where(p => Cites(p.Sources)).Select(p => p.Id))
            .Concat(Programmes.SelectMany(p => p.Parts).Where(a => Cites(a.Sources)).Select(a => a.Id))
            .Concat(Targets.Where(t => Cites(t.Sources)).Select(t => t.Id))
            .Concat(Indicators.Where(i => Cites(i.Sources)).Select(i => i.Id))
            .Concat(Claims.Where(c => Cites(c.Sources)).Select(c => c.Id))
            .Concat(Ambiguities.Where(a => Cites(a.Sources)).Select(a => a.Id))
            .Concat(Overlaps.Where(o => Cites(o.Sources)).Select(o => o.Id));
    }

    /// <summary>Combines two datasets. Ids must not clash; references are already resolved in each.</summary>
    /// <param name="other">The dataset to add.</param>
    /// <returns>The combined dataset.</returns>
    /// <exception cref="PolicyDataException">An id is used in both; every clash is listed.</exception>
    public PolicyDataset Merge(PolicyDataset other)
    {
        Guard.NotNull(other);
        var mine = new HashSet<string>(AllIds(), StringComparer.Ordinal);
        DataProblem[] clashes = other.AllIds()
            .Where(mine.Contains)
            .Select(id => new DataProblem("$", 0, 0, $"Duplicate id \"{id}\": both datasets define it."))
            .ToArray();
        if (clashes.Length > 0)
        {
            throw new PolicyDataException(clashes);
        }

        return new PolicyDataset(
            [.. Sources, .. other.Sources],
            [.. Jurisdictions, .. other.Jurisdictions],
            [.. Actors, .. other.Actors],
            [.. Metrics, .. other.Metrics],
            [.. Programmes, .. other.Programmes],
            [.. Targets, .. other.Targets],
            [.. Indicators, .. other.Indicators],
            [.. Claims, .. other.Claims],
            [.. Ambiguities, .. other.Ambiguities],
            [.. Overlaps, .. other.Overlaps],
            other.Version ?? Version,
            other.AsOf.IsKnown ? other.AsOf : AsOf,
            [.. Changes, .. other.Changes]);
    }

    /// <summary>Every id defined in the dataset, allocations included.</summary>
    /// <returns>The ids.</returns>
    public IEnumerable<string> AllIds() =>
        Sources.Select(s => s.Id)
            .Concat(Jurisdictions.Select(j => j.Id))
            .Concat(Actors.Select(a => a.Id))
            .Concat(Metrics.Select(m => m.Id))
            .Concat(Programmes.Select(p => p.Id))
            .Concat(Programmes.SelectMany(p => p.Parts).Select(a => a.Id))
            .Concat(Targets.Select(t => t.Id))
            .Concat(Indicators.Select(i => i.Id))
            .Concat(Claims.Select(c => c.Id))
            .Concat(Ambiguities.Select(a => a.Id))
            .Concat(Overlaps.Select(o => o.Id));

    private static T Find<T>(Dictionary<string, T> table, string id, string what)
    {
        Guard.NotNull(id);
        return table.TryGetValue(id, out T? value) ? value : throw new KeyNotFoundException($"The dataset has no {what} with id \"{id}\".");
    }
}
