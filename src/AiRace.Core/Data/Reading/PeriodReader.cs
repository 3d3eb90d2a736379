using AiRace.Core.Policy;
using AiRace.Core.Serialization;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a period (<c>start</c>, <c>end</c>, <c>length</c>) and a duration (<c>min</c>, <c>max</c>,
/// <c>unit</c>).</summary>
internal static class PeriodReader
{
    public static readonly string[] Optional = ["start", "end", "length"];
    public static readonly string[] DurationRequired = ["min", "max", "unit"];

    public static Period? Read(ReadContext context, JsonTreeNode node, Where where, PolicyFact owner)
    {
        if (ObjectReader.Open(context, node, where, "a period", [], Optional, "period", owner) is not ObjectReader o)
        {
            return null;
        }

        PartialDate start = o.Date("start") ?? PartialDate.Unknown;
        PartialDate end = o.Date("end") ?? PartialDate.Unknown;
        DurationRange? length = o.Value("length") is JsonTreeNode lengthNode ? ReadDuration(context, lengthNode, o.At("length")) : null;
        return o.Build((start, end, length, owner), static v => new Period(v.start, v.end, v.length, v.owner), ("start", "start"));
    }

    private static DurationRange? ReadDuration(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a duration", DurationRequired, []) is not ObjectReader o)
        {
            return null;
        }

        decimal? min = o.NonNegative("min");
        decimal? max = o.NonNegative("max");
        string? unitText = o.Text("unit");
        DurationUnit? unit = DurationRangeJsonConverter.ParseUnit(unitText);
        if (unitText is not null && unit is null)
        {
            context.Report(o.At("unit"), o.Value("unit")!.Value, $"A duration's \"unit\" must be one of days, months, years; found {ReadContext.Quoted(unitText)}.");
        }

        return o.BuildValue((min, max, unit), static v => DurationRange.Of(v.min!.Value, v.max!.Value, v.unit!.Value), ("minimum", "min"), ("maximum", "max"));
    }
}
