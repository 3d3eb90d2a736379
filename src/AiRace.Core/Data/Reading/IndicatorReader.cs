using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads an indicator: an observed value of a metric.</summary>
internal static class IndicatorReader
{
    public static readonly string[] Required = ["id", "metric", "subject", "value", "observed", "method", "sources"];
    public static readonly string[] Optional = ["by", "comparator", "comparatorId", "note", "inferred"];

    public static Indicator? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "an indicator", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Indicator);
        PolicyFact fact = ObjectReader.Fact("indicator", id);
        string? metric = o.Reference("metric", EntityKind.Metric);
        string? subject = o.Reference("subject", EntityKind.Jurisdiction, EntityKind.Actor);
        MetricValue? value = o.Value("value") is JsonTreeNode v ? MetricValueReader.Read(context, v, o.At("value"), metric, fact) : null;
        PartialDate? observed = o.Date("observed");
        IndicatorMethod? method = o.Enum<IndicatorMethod>("method");
        string? by = o.Reference("by", EntityKind.Actor);
        string? comparator = o.Has("comparator") ? o.Text("comparator") : null;
        string? comparatorId = o.Reference("comparatorId", EntityKind.Jurisdiction, EntityKind.Actor);
        string? note = o.Has("note") ? o.Text("note") : null;
        IReadOnlyList<SourceReference>? sources = o.Sources(fact);
        List<Inference> inferred = InferenceReader.Read(o, Indicator.InferableFields, fact);
        return o.Build((id, metric, subject, value, observed, method, by, comparator, comparatorId, sources, note, inferred), static v => new Indicator(v.id!, v.metric!, v.subject!, v.value!.Value, v.observed!.Value, v.method!.Value, v.by, v.comparator, v.comparatorId, v.sources!, v.note, v.inferred), ("inferences", "inferred"));
    }
}
