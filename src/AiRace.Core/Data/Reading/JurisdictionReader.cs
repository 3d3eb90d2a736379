using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a jurisdiction and checks its code against ISO 3166 (the model's constructor checks the rest: parents
/// and city ids).</summary>
internal static class JurisdictionReader
{
    public static readonly string[] Required = ["id", "kind", "name"];
    public static readonly string[] Optional = ["parent", "sources", "inferred"];

    public static Jurisdiction? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a jurisdiction", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Jurisdiction);
        JurisdictionKind? kind = o.Enum<JurisdictionKind>("kind");
        string? name = o.Text("name");
        string? parent = o.Reference("parent", EntityKind.Jurisdiction);
        PolicyFact fact = ObjectReader.Fact("jurisdiction", id);
        IReadOnlyList<SourceReference>? sources = o.Has("sources") ? o.Sources(fact) : [];
        List<Inference> inferred = InferenceReader.Read(o, Jurisdiction.InferableFields, fact);
        if (id is not null && kind is JurisdictionKind k && !IsIsoCode(id, k))
        {
            context.Report(o.At("id").Path, o.Value("id")!.Value, k == JurisdictionKind.Country
                ? $"{ReadContext.Quoted(id)} is not an ISO 3166-1 alpha-2 country code."
                : $"{ReadContext.Quoted(id)} is not an ISO 3166-2 subdivision code.");
        }

        Jurisdiction? jurisdiction = o.Build(
            (id, kind, name, parent, sources, inferred),
            static v => new Jurisdiction(v.id!, v.kind!.Value, v.name!, v.parent, v.sources!, v.inferred),
            ("parentId", "parent"),
            ("inferences", "inferred"));
        if (jurisdiction?.ParentId is not null)
        {
            context.JurisdictionParents.Add((jurisdiction, o.At("parent").Path, o.Value("parent")!.Value));
        }

        return jurisdiction;
    }

    private static bool IsIsoCode(string id, JurisdictionKind kind) => kind switch
    {
        JurisdictionKind.Country => Iso3166.IsCountry(id),
        JurisdictionKind.Subdivision => Iso3166.IsSubdivision(id),
        _ => true,
    };
}
