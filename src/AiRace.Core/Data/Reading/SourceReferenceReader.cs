using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a citation: <c>{"source": id, "quote": exact words, "locator"?}</c>.</summary>
internal static class SourceReferenceReader
{
    public static readonly string[] Required = ["source", "quote"];
    public static readonly string[] Optional = ["locator"];

    public static SourceReference? Read(ReadContext context, JsonTreeNode node, Where where, PolicyFact owner)
    {
        if (ObjectReader.Open(context, node, where, "a source reference", Required, Optional, "citation", owner) is not ObjectReader o)
        {
            return null;
        }

        string? source = o.Reference("source", EntityKind.Source);
        string? quote = o.Text("quote");
        string? locator = o.Has("locator") ? o.Text("locator") : null;
        if (o.IsWhole && source is not null && quote is not null && o.Context.KnownCitation(source, quote, locator) is SourceReference known)
        {
            return known;
        }

        SourceReference? citation = o.Build((source, quote, locator, owner), static v => new SourceReference(v.source!, v.quote!, v.locator, v.owner), ("sourceId", "source"));
        if (citation is not null)
        {
            o.Context.KeepCitation(citation);
        }

        return citation;
    }
}
