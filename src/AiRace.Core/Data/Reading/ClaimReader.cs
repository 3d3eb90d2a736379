using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a claim: a qualitative statement about a subject.</summary>
internal static class ClaimReader
{
    public static readonly string[] Required = ["id", "topic", "subject", "statement", "sources"];
    public static readonly string[] Optional = ["comparator", "by", "inferred"];

    public static Claim? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a claim", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Claim);
        string? topic = o.Id("topic");
        string? subject = o.Reference("subject", EntityKind.Jurisdiction, EntityKind.Actor, EntityKind.Programme);
        string? statement = o.Text("statement");
        string? comparator = o.Reference("comparator", EntityKind.Jurisdiction, EntityKind.Actor, EntityKind.Programme);
        string? by = o.Reference("by", EntityKind.Actor);
        PolicyFact fact = ObjectReader.Fact("claim", id);
        IReadOnlyList<SourceReference>? sources = o.Sources(fact);
        List<Inference> inferred = InferenceReader.Read(o, Claim.InferableFields, fact);
        return o.Build((id, topic, subject, statement, comparator, by, sources, inferred), static v => new Claim(v.id!, v.topic!, v.subject!, v.statement!, v.comparator, v.by, v.sources!, v.inferred), ("comparatorId", "comparator"), ("byId", "by"), ("inferences", "inferred"));
    }
}
