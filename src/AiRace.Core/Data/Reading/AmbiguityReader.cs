using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads an ambiguity: an open question, the facts it touches and the readings the text allows.</summary>
internal static class AmbiguityReader
{
    public static readonly string[] Required = ["id", "question", "about", "readings", "sources"];

    public static Ambiguity? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "an ambiguity", Required, []) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Ambiguity);
        string? question = o.Text("question");
        List<string> about = o.Items("about", static (c, n, w) => c.Reference(n, w, EntityKinds.Any));
        List<string> readings = o.Items("readings", static (c, n, w) => c.Text(n, w, "a reading"));
        IReadOnlyList<SourceReference>? sources = o.Sources(ObjectReader.Fact("ambiguity", id));
        return o.Build((id, question, about, readings, sources), static v => new Ambiguity(v.id!, v.question!, v.about, v.readings, v.sources!));
    }
}
