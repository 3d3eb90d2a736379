using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a source: the document facts come from.</summary>
internal static class SourceReader
{
    public static readonly string[] Required = ["id", "published", "locator", "confidence"];
    public static readonly string[] Optional = ["title", "publisher", "author", "url", "note"];

    public static Source? Read(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a source", Required, Optional) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Source);
        string? title = o.Has("title") ? o.Text("title") : null;
        string? publisher = o.Has("publisher") ? o.Text("publisher") : null;
        PartialDate? published = o.Date("published");
        string? locator = o.Text("locator");
        Confidence? confidence = o.Enum<Confidence>("confidence");
        string? note = o.Has("note") ? o.Text("note") : null;
        string? author = o.Has("author") ? o.Text("author") : null;
        System.Uri? url = null;
        if (o.Has("url") && o.Text("url") is string address && !System.Uri.TryCreate(address, System.UriKind.Absolute, out url))
        {
            context.Report(o.At("url").Path, o.Value("url")!.Value, $"\"url\" must be an absolute http or https address; found {ReadContext.Quoted(address)}.");
        }

        return o.Build((id, title, publisher, published, locator, confidence, note, author, url), static v => new Source(v.id!, v.title, v.publisher, v.published!.Value, v.locator!, v.confidence!.Value, v.note, v.author, v.url));
    }
}
