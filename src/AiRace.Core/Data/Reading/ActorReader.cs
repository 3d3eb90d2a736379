using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads an actor: a government body, company, analyst firm, person or event.</summary>
internal static class ActorReader
{
    public static readonly string[] Required = ["id", "name", "kind", "sources"];
    public static readonly string[] Optional = ["jurisdiction", "affiliation", "role", "inferred"];

    public static Actor? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "an actor", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Actor);
        string? name = o.Text("name");
        ActorKind? kind = o.Enum<ActorKind>("kind");
        string? jurisdiction = o.Reference("jurisdiction", EntityKind.Jurisdiction);
        string? affiliation = o.Reference("affiliation", EntityKind.Actor);
        string? role = o.Has("role") ? o.Text("role") : null;
        PolicyFact fact = ObjectReader.Fact("actor", id);
        IReadOnlyList<SourceReference>? sources = o.Sources(fact);
        List<Inference> inferred = InferenceReader.Read(o, Actor.InferableFields, fact);
        Actor? actor = o.Build(
            (id, name, kind, jurisdiction, affiliation, role, sources, inferred),
            static v => new Actor(v.id!, v.name!, v.kind!.Value, v.jurisdiction, v.affiliation, v.role, v.sources!, v.inferred),
            ("jurisdictionId", "jurisdiction"),
            ("affiliationId", "affiliation"),
            ("inferences", "inferred"));
        if (actor?.AffiliationId is not null)
        {
            context.ActorAffiliations.Add((actor, o.At("affiliation").Path, o.Value("affiliation")!.Value));
        }

        return actor;
    }
}
