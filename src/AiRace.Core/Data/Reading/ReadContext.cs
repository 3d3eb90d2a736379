using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>
/// What the readers of one document share: the problems found so far, the ids defined (in the document and in the
/// dataset it extends), the references waiting to be resolved, and what the cross-checks at the end need (metrics and
/// their uses, programmes and where they were read).
/// </summary>
internal sealed partial class ReadContext
{
    private readonly Dictionary<string, (EntityKind Kind, string Path)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityKind> _basisIds = new(StringComparer.Ordinal);
    private readonly List<(string Id, EntityKind[] Kinds, string Path, JsonTreeNode Node)> _references = new();
    private readonly List<(MetricValue Value, string MetricId, string Path, JsonTreeNode Node)> _metricUses = new();

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

    /// <summary>The programmes read, with where, for the checks of the programme tree.</summary>
    public Dictionary<string, (Programme Programme, string Path, JsonTreeNode Node)> Programmes { get; } = new(StringComparer.Ordinal);

    public void Report(string path, JsonTreeNode node, string message) => Report(path, node.Line, node.Column, message);

    public void Report(string path, int line, int column, string message) => Problems.Add(new DataProblem(path, line, column, message));

    /// <summary>Registers an id; reports a clash with an id defined earlier or in the dataset being extended.</summary>
    public bool DefineId(string id, EntityKind kind, string path, JsonTreeNode idNode)
    {
        string idPath = DataPath.Property(path, "id");
        if (_ids.TryGetValue(id, out var existing))
        {
            Report(idPath, idNode, $"Duplicate id \"{id}\": already used by {EntityKinds.WithArticle(existing.Kind.Noun())} at {existing.Path}.");
            return false;
        }

        if (_basisIds.TryGetValue(id, out EntityKind basisKind))
        {
            Report(idPath, idNode, $"Duplicate id \"{id}\": the dataset being extended already has {EntityKinds.WithArticle(basisKind.Noun())} with this id.");
            return false;
        }

        _ids[id] = (kind, path);
        return true;
    }

    /// <summary>Remembers a reference, resolved once the whole document has been read.</summary>
    public void Refer(string id, EntityKind[] kinds, string path, JsonTreeNode node) => _references.Add((id, kinds, path, node));

    /// <summary>Remembers a metric value, checked against its metric's kind once every metric is known.</summary>
    public void UseMetric(MetricValue value, string metricId, string path, JsonTreeNode node) => _metricUses.Add((value, metricId, path, node));

    /// <summary>Reports every reference to an id that is not defined, or defined as another kind of fact.</summary>
    public void ResolveReferences()
    {
        foreach ((string id, EntityKind[] kinds, string path, JsonTreeNode node) in _references)
        {
            EntityKind? found = _ids.TryGetValue(id, out var own) ? own.Kind : _basisIds.TryGetValue(id, out EntityKind b) ? b : null;
            string[] names = kinds.Length > 3 ? ["fact"] : kinds.Select(k => k.Noun()).ToArray();
            string wanted = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
            if (found is null)
            {
                Report(path, node, $"Unknown {wanted} \"{id}\": no {wanted} with this id is defined.");
            }
            else if (!kinds.Contains(found.Value))
            {
                Report(path, node, $"\"{id}\" is {EntityKinds.WithArticle(found.Value.Noun())}, not {EntityKinds.WithArticle(wanted)}.");
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
}
