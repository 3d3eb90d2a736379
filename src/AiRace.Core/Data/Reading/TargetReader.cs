using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a target: metric, subject, optional baseline, goal, kind and who set it.</summary>
internal static class TargetReader
{
    public static readonly string[] Required = ["id", "metric", "subject", "goal", "kind", "sources"];
    public static readonly string[] Optional = ["baseline", "by", "programme", "note", "inferred"];

    public static Target? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a target", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Target);
        PolicyFact fact = ObjectReader.Fact("target", id);
        string? metric = o.Reference("metric", EntityKind.Metric);
        string? subject = o.Reference("subject", EntityKind.Jurisdiction, EntityKind.Actor);
        (MetricValue? baseline, int? baselineYear) = o.Value("baseline") is JsonTreeNode b ? MetricValueReader.ReadDated(context, b, o.At("baseline"), metric, fact) : (null, null);
        (MetricValue? goal, int? goalYear) = o.Value("goal") is JsonTreeNode g ? MetricValueReader.ReadDated(context, g, o.At("goal"), metric, fact) : (null, null);
        TargetKind? kind = o.Enum<TargetKind>("kind");
        string? by = o.Reference("by", EntityKind.Actor);
        string? programme = o.Reference("programme", EntityKind.Programme);
        string? note = o.Has("note") ? o.Text("note") : null;
        IReadOnlyList<SourceReference>? sources = o.Sources(fact);
        List<Inference> inferred = InferenceReader.Read(o, Target.InferableFields, fact);
        return o.Build(
            (id, metric, subject, baseline, baselineYear, goal, goalYear, kind, by, programme, sources, note, inferred),
            static v => new Target(v.id!, v.metric!, v.subject!, v.baseline, v.baselineYear, v.goal!.Value, v.goalYear!.Value, v.kind!.Value, v.by, v.programme, v.sources!, v.note, v.inferred),
            ("baseline", "baseline.value"),
            ("baselineYear", "baseline.year"),
            ("goalYear", "goal.year"),
            ("goal", "goal.value"),
            ("inferences", "inferred"));
    }
}
