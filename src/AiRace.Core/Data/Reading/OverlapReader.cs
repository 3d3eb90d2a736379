using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads an overlap: programmes that may count some of the same money (checked against the programme tree
/// once all are read: one cannot be part of another).</summary>
internal static class OverlapReader
{
    public static readonly string[] Required = ["id", "programmes", "reason", "sources"];
    public static readonly string[] Optional = ["ambiguity"];

    public static ProgrammeOverlap? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "an overlap", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Overlap);
        List<string> programmes = o.Items("programmes", static (c, n, w) => c.Reference(n, w, [EntityKind.Programme]));
        string? reason = o.Text("reason");
        string? ambiguity = o.Reference("ambiguity", EntityKind.Ambiguity);
        IReadOnlyList<SourceReference>? sources = o.Sources(ObjectReader.Fact("overlap", id));
        ProgrammeOverlap? overlap = o.Build((id, programmes, reason, sources, ambiguity), static v => new ProgrammeOverlap(v.id!, v.programmes, v.reason!, v.sources!, v.ambiguity), ("programmeIds", "programmes"), ("ambiguityId", "ambiguity"));
        if (overlap is not null)
        {
            context.Overlaps.Add((overlap, o.Path, node));
        }

        return overlap;
    }
}
