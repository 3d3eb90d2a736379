using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Robustness;

/// <summary>The documents the robustness tests edit: the embedded dataset as a JSON tree, an empty overlay, a citation,
/// and validation of an edited tree.</summary>
internal static class EditedDocuments
{
    /// <summary>A fresh, editable copy of the embedded dataset.</summary>
    public static JsonObject Embedded() => JsonNode.Parse(PolicyData.EmbeddedJson)!.AsObject();

    /// <summary>A fact's <c>sources</c>: one quote of a source.</summary>
    public static JsonArray Cited(string source = "seed-000") => new(new JsonObject { ["source"] = source, ["quote"] = "China" });

    /// <summary>The problems the loader reports for an edited document, on its own or extending a dataset.</summary>
    public static DataProblemList Validate(JsonNode document, PolicyDataset? extending = null) =>
        PolicyData.Validate(Encoding.UTF8.GetBytes(document.ToJsonString()), extending);

    /// <summary>An overlay with one source of its own and nothing else.</summary>
    public static JsonObject Overlay() => new()
    {
        ["formatVersion"] = 1,
        ["sources"] = new JsonArray(new JsonObject { ["id"] = "note-1", ["published"] = "2025-07-26", ["locator"] = "notice.pdf", ["confidence"] = "high" }),
    };
}
