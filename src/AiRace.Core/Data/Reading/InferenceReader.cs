using System;
using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a fact's <c>inferred</c> list: <c>[{"field": "instruments", "reason": "…"}]</c>, each field a
/// property path of that fact.</summary>
internal static class InferenceReader
{
    public static readonly string[] Required = ["field", "reason"];

    /// <summary>The fact's inferences (empty when it has none); <paramref name="properties"/> are the fact's
    /// properties a field may start with; <paramref name="owner"/> is the fact, which the inferences' errors name.</summary>
    public static List<Inference> Read(ObjectReader fact, string[] properties, PolicyFact owner) =>
        fact.Has("inferred") ? fact.Items("inferred", (properties, owner), static (c, n, w, s) => ReadOne(c, n, w, s.properties, s.owner)) : [];

    private static Inference? ReadOne(ReadContext context, JsonTreeNode node, Where where, string[] properties, PolicyFact owner)
    {
        if (ObjectReader.Open(context, node, where, "an inference", Required, [], "inference", owner) is not ObjectReader o)
        {
            return null;
        }

        string? field = o.Text("field");
        string? reason = o.Text("reason");
        if (field is not null && Array.IndexOf(properties, field.Split('.')[0]) < 0)
        {
            context.Report(o.At("field"), o.Value("field")!.Value, $"An inference's \"field\" must be a property of the fact it is in ({string.Join(", ", properties)}), or a path below one; found {ReadContext.Quoted(field)}.");
        }

        return o.Build((field, reason, owner), static v => new Inference(v.field!, v.reason!, v.owner));
    }
}
