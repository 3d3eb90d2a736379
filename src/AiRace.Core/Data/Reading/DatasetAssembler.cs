using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Data.Reading;

/// <summary>The facts a document defines, kind by kind.</summary>
internal sealed record DocumentFacts(
    List<Source> Sources,
    List<Jurisdiction> Jurisdictions,
    List<Actor> Actors,
    List<Metric> Metrics,
    List<Programme> Programmes,
    List<Target> Targets,
    List<Indicator> Indicators,
    List<Claim> Claims,
    List<Ambiguity> Ambiguities,
    List<ProgrammeOverlap> Overlaps);

/// <summary>
/// Puts together the dataset a document describes: on its own, its facts; extending another, that dataset's facts in
/// their order with the overridden ones replaced and the retracted ones taken out, then the document's own, with every
/// change remembered (<see cref="PolicyDataset.Changes"/>). Checks what only the whole can show: a fact of the extended
/// dataset still referring to a retracted one, or no longer fitting an overridden one (a value of its metric's old
/// kind, a part larger than its parent, an overlap of a programme and its part), and a programme whose parts no longer
/// fit its headline.
/// </summary>
internal static class DatasetAssembler
{
    public static PolicyDataset? Assemble(ReadContext context, DocumentFacts facts, List<OverrideEntry> overrides, List<RetractionEntry> retractions, string? version, PartialDate asOf)
    {
        PolicyDataset? basis = context.Basis;
        if (basis is null)
        {
            return context.ProblemCount == 0 ? Build(facts, version, asOf, []) : null;
        }

        CheckRetractedAreUnused(context, basis, overrides, retractions);
        CheckUnchangedFactsStillFit(context, basis, overrides, retractions);
        var replaced = overrides.ToDictionary(o => o.FactId, StringComparer.Ordinal);
        var retracted = retractions.Select(r => r.FactId).Concat(context.Retracted.Keys).ToHashSet(StringComparer.Ordinal);
        T Replace<T>(T fact, string id)
            where T : class => replaced.TryGetValue(id, out OverrideEntry? o) ? (T)o.Replacement : fact;
        List<T> Keep<T>(IEnumerable<T> items, Func<T, string> id)
            where T : class => items.Where(i => !retracted.Contains(id(i))).Select(i => Replace(i, id(i))).ToList();

        var programmes = new List<Programme>();
        foreach (Programme original in basis.Programmes.Where(p => !retracted.Contains(p.Id)))
        {
            Programme programme = Replace(original, original.Id);
            Allocation[] parts = programme.Parts.Where(a => !retracted.Contains(a.Id)).Select(a => Replace(a, a.Id)).ToArray();
            if (!parts.SequenceEqual(programme.Parts))
            {
                try
                {
                    programme = programme.WithParts(parts);
                }
                catch (ArgumentException ex)
                {
                    (string path, JsonTreeNode node) = WhereChanged(programme, overrides, retractions);
                    string reason = ex is PolicyArgumentException located ? located.Reason : Guard.Reason(ex);
                    context.Report(path, node, "With this change " + char.ToLowerInvariant(reason[0]) + reason[1..]);
                    continue;
                }
            }

            programmes.Add(programme);
        }

        if (context.ProblemCount > 0)
        {
            return null;
        }

        var changes = new List<DatasetChange>();
        foreach (OverrideEntry o in overrides)
        {
            changes.Add(new DatasetChange(DatasetChangeKind.Overridden, o.Kind, o.FactId, o.Id, o.Fields, o.Reason, o.Sources));
        }

        foreach (RetractionEntry r in retractions)
        {
            changes.Add(new DatasetChange(DatasetChangeKind.Retracted, r.Kind, r.FactId, r.Id, [], r.Reason, r.Sources));
        }

        PolicyDataset own = Build(facts, null, default, []);
        foreach ((FactKind kind, string id, object fact) in own.Facts())
        {
            changes.Add(new DatasetChange(DatasetChangeKind.Added, kind, id, null, [], null, FactLinks.Citations(fact).ToArray()));
        }

        return new PolicyDataset(
            [.. Keep(basis.Sources, s => s.Id), .. facts.Sources],
            [.. Keep(basis.Jurisdictions, j => j.Id), .. facts.Jurisdictions],
            [.. Keep(basis.Actors, a => a.Id), .. facts.Actors],
            [.. Keep(basis.Metrics, m => m.Id), .. facts.Metrics],
            [.. programmes, .. facts.Programmes],
            [.. Keep(basis.Targets, t => t.Id), .. facts.Targets],
            [.. Keep(basis.Indicators, i => i.Id), .. facts.Indicators],
            [.. Keep(basis.Claims, c => c.Id), .. facts.Claims],
            [.. Keep(basis.Ambiguities, a => a.Id), .. facts.Ambiguities],
            [.. Keep(basis.Overlaps, o => o.Id), .. facts.Overlaps],
            version ?? basis.Version,
            asOf.IsKnown ? asOf : basis.AsOf,
            [.. basis.Changes, .. changes]);
    }

    private static PolicyDataset Build(DocumentFacts f, string? version, PartialDate asOf, IReadOnlyList<DatasetChange> changes) =>
        new(f.Sources, f.Jurisdictions, f.Actors, f.Metrics, f.Programmes, f.Targets, f.Indicators, f.Claims, f.Ambiguities, f.Overlaps, version, asOf, changes);

    /// <summary>Reports each fact of the extended dataset that would still refer to a retracted fact (the document's
    /// own facts and the overrides' replacements had their references resolved already).</summary>
    private static void CheckRetractedAreUnused(ReadContext context, PolicyDataset basis, List<OverrideEntry> overrides, List<RetractionEntry> retractions)
    {

        var replaced = overrides.Select(o => o.FactId).ToHashSet(StringComparer.Ordinal);
        var byRetracted = new Dictionary<string, (string Path, JsonTreeNode Node, string How)>(StringComparer.Ordinal);
        foreach (RetractionEntry r in retractions)
        {
            foreach (string id in context.Retracted.Where(x => x.Value == r.Id).Select(x => x.Key))
            {
                byRetracted[id] = (r.Path, r.Node, "retract or override that fact too");
            }
        }

        // A programme's override that leaves out some of its parts takes them out as a retraction would.
        foreach (OverrideEntry o in overrides)
        {
            if (o.Replacement is Programme programme && context.BasisFact(o.FactId)?.Fact is Programme before)
            {
                foreach (Allocation dropped in before.Parts.Where(p => !programme.Parts.Any(q => q.Id == p.Id)))
                {
                    byRetracted[dropped.Id] = (o.Path, o.Node, $"the override of \"{o.FactId}\" leaves the part out; keep it or change that fact too");
                }
            }
        }

        foreach ((FactKind kind, string id, object fact) in basis.Facts())
        {
            if (kind == FactKind.Part || byRetracted.ContainsKey(id) || replaced.Contains(id))
            {
                continue;
            }

            foreach ((string link, string field) in FactLinks.Of(fact).Distinct())
            {
                if (byRetracted.TryGetValue(link, out var gone))
                {
                    context.Report(gone.Path, gone.Node, $"\"{link}\" is still referred to by the {kind.Noun()} \"{id}\" (its \"{field}\"): {gone.How}.");
                }
            }
        }
    }

    /// <summary>Reports each fact of the extended dataset, neither overridden nor retracted, that an override makes
    /// break a rule only the whole shows (the document's own facts and the replacements were checked already): a target
    /// or indicator whose metric now takes another kind of value, a programme now larger than its overridden parent, and
    /// an overlap whose programmes are now part of one another. Each is reported at the override.</summary>
    private static void CheckUnchangedFactsStillFit(ReadContext context, PolicyDataset basis, List<OverrideEntry> overrides, List<RetractionEntry> retractions)
    {
        var changed = overrides.Select(o => o.FactId).Concat(retractions.Select(r => r.FactId)).Concat(context.Retracted.Keys).ToHashSet(StringComparer.Ordinal);
        ILookup<string, Programme>? childrenOf = null;
        foreach (OverrideEntry o in overrides)
        {
            if (o.Replacement is Metric metric)
            {
                IEnumerable<(FactKind Kind, string Id, string Field, MetricValue? Value)> uses = basis.Targets.Where(t => t.MetricId == metric.Id && !changed.Contains(t.Id))
                    .SelectMany(t => new (FactKind, string, string, MetricValue?)[] { (FactKind.Target, t.Id, "baseline", t.Baseline), (FactKind.Target, t.Id, "goal", t.Goal) })
                    .Concat(basis.Indicators.Where(i => i.MetricId == metric.Id && !changed.Contains(i.Id)).Select(i => (FactKind.Indicator, i.Id, "value", (MetricValue?)i.Value)));
                foreach ((FactKind kind, string id, string field, MetricValue? value) in uses)
                {
                    if (value is MetricValue v && v.Kind != metric.ValueKind)
                    {
                        context.Report(o.Path, o.Node, $"With this change the metric \"{metric.Id}\" takes a {JsonNames<MetricValueKind>.Name(metric.ValueKind)}, but the {kind.Noun()} \"{id}\" (its \"{field}\") is a {JsonNames<MetricValueKind>.Name(v.Kind)}: override or retract that fact too.");
                    }
                }
            }
            else if (o.Replacement is Programme parent && parent.Headline is ReportedAmount whole && PartsCheck.Limit(whole) is Money max)
            {
                childrenOf ??= basis.Programmes.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!, StringComparer.Ordinal);
                foreach (Programme child in childrenOf[parent.Id].Where(c => !changed.Contains(c.Id)))
                {
                    if (child.Headline is ReportedAmount part && part.Currency == whole.Currency && (part.LowerBound ?? part.Amount) > max)
                    {
                        context.Report(o.Path, o.Node, $"With this change the programme \"{child.Id}\" ({part}) is larger than its parent \"{parent.Id}\" ({whole}): override or retract that fact too.");
                    }
                }
            }
        }

        OverrideEntry[] programmeOverrides = overrides.Where(o => o.Replacement is Programme).ToArray();
        if (programmeOverrides.Length == 0)
        {
            return;
        }

        foreach (ProgrammeOverlap overlap in basis.Overlaps.Where(x => !changed.Contains(x.Id)))
        {
            foreach (string part in overlap.ProgrammeIds)
            {
                foreach (string whole in overlap.ProgrammeIds)
                {
                    if (part != whole && ProgrammeTreeCheck.IsBelow(context, part, whole))
                    {
                        // The override that put the part under the whole: one of the programmes on the way up.
                        OverrideEntry at = programmeOverrides.FirstOrDefault(o => o.FactId == part || ProgrammeTreeCheck.IsBelow(context, part, o.FactId)) ?? programmeOverrides[0];
                        context.Report(at.Path, at.Node, $"With this change \"{part}\" is part of \"{whole}\" (through its parents), and the overlap \"{overlap.Id}\" names both: programmes in an overlap cannot be part of one another, since the parent already counts its part; retract or override the overlap too.");
                    }
                }
            }
        }
    }

    private static (string Path, JsonTreeNode Node) WhereChanged(Programme programme, List<OverrideEntry> overrides, List<RetractionEntry> retractions)
    {
        var ids = programme.Parts.Select(p => p.Id).Append(programme.Id).ToHashSet(StringComparer.Ordinal);
        OverrideEntry? o = overrides.FirstOrDefault(x => ids.Contains(x.FactId));
        if (o is not null)
        {
            return (o.Path, o.Node);
        }

        RetractionEntry r = retractions.First(x => ids.Contains(x.FactId) || x.Kind == FactKind.Part);
        return (r.Path, r.Node);
    }
}
