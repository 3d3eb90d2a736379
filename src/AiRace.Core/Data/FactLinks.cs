using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Policy;

namespace AiRace.Core.Data;

/// <summary>The ids a fact refers to, with the field that refers: what must still exist when a fact is retracted, and
/// the citations behind a fact.</summary>
internal static class FactLinks
{
    public static IEnumerable<(string Id, string Field)> Of(object fact) => fact switch
    {
        Jurisdiction j => Optional(("parent", j.ParentId)).Concat(Cited(j.Sources)),
        Actor a => Optional(("jurisdiction", a.JurisdictionId), ("affiliation", a.AffiliationId)).Concat(Cited(a.Sources)),
        Programme p => Optional(("jurisdiction", p.JurisdictionId), ("parent", p.ParentId))
            .Concat(p.Actors.Select(i => (i.ActorId, "actors")))
            .Concat(Cited(p.Sources))
            .Concat(p.StatusHistory.SelectMany(s => Cited(s.Sources, "status")))
            .Concat(p.Parts.SelectMany(Of)),
        Allocation part => Cited(part.Sources),
        Target t => Optional(("metric", t.MetricId), ("subject", t.SubjectId), ("by", t.ById), ("programme", t.ProgrammeId)).Concat(Cited(t.Sources)),
        Indicator i => Optional(("metric", i.MetricId), ("subject", i.SubjectId), ("by", i.ById), ("comparatorId", i.ComparatorId)).Concat(Cited(i.Sources)),
        Claim c => Optional(("subject", c.SubjectId), ("comparator", c.ComparatorId), ("by", c.ById)).Concat(Cited(c.Sources)),
        Ambiguity a => a.About.Select(id => (id, "about")).Concat(Cited(a.Sources)),
        ProgrammeOverlap o => o.ProgrammeIds.Select(id => (id, "programmes")).Concat(Optional(("ambiguity", o.AmbiguityId))).Concat(Cited(o.Sources)),
        _ => [],
    };

    /// <summary>The citations of a fact (a programme's with its status changes' and parts').</summary>
    public static IEnumerable<SourceReference> Citations(object fact) => fact switch
    {
        Jurisdiction j => j.Sources,
        Actor a => a.Sources,
        Programme p => p.Sources.Concat(p.StatusHistory.SelectMany(s => s.Sources)).Concat(p.Parts.SelectMany(part => part.Sources)),
        Allocation part => part.Sources,
        Target t => t.Sources,
        Indicator i => i.Sources,
        Claim c => c.Sources,
        Ambiguity a => a.Sources,
        ProgrammeOverlap o => o.Sources,
        _ => [],
    };

    private static IEnumerable<(string Id, string Field)> Optional(params (string Field, string? Id)[] links) =>
        links.Where(l => l.Id is not null).Select(l => (l.Id!, l.Field));

    private static IEnumerable<(string Id, string Field)> Cited(IEnumerable<SourceReference> sources, string field = "sources") =>
        sources.Select(s => (s.SourceId, field));
}
