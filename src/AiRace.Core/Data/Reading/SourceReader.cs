using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Reads a source: the document facts come from.</summary>
internal static class SourceReader
{
    public static readonly string[] Required = ["id", "published", "locator", "confidence"];
    public static readonly string[] Optional = ["title", "publisher", "note"];

    public static Source? Read(ReadContext context, JsonTreeNode node, string path)
    {
        if (ObjectReader.Open(context, node, path, "a source", Required, Optional) is not ObjectReader o)
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
        return o.Build(() => new Source(id!, title, publisher, published!.Value, locator!, confidence!.Value, note));
    }
}
