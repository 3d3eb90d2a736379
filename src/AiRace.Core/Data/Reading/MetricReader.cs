using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a metric and makes it known to the values that refer to it.</summary>
internal static class MetricReader
{
    public static readonly string[] Required = ["id", "name", "valueKind"];
    public static readonly string[] Optional = ["description"];

    public static Metric? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a metric", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Metric);
        string? name = o.Text("name");
        MetricValueKind? kind = o.Enum<MetricValueKind>("valueKind");
        string? description = o.Has("description") ? o.Text("description") : null;
        Metric? metric = o.Build((id, name, kind, description), static v => new Metric(v.id!, v.name!, v.kind!.Value, v.description));
        if (metric is not null)
        {
            context.Metrics[metric.Id] = metric;
        }

        return metric;
    }
}
