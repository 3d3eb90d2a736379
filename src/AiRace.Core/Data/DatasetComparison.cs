using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiRace.Core.Data;

/// <summary>A fact that differs between two datasets: its kind, its id, and (for a changed fact) the properties that
/// differ, named as in the dataset format.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FactDifference
{
    internal FactDifference(FactKind kind, string factId, IReadOnlyList<string> fields)
    {
        Kind = kind;
        FactId = factId;
        Fields = fields;
    }

    /// <summary>The kind of fact.</summary>
    public FactKind Kind { get; }

    /// <summary>The fact's id.</summary>
    public string FactId { get; }

    /// <summary>The properties that differ (<c>headline</c>, <c>status</c>); empty for an added or retracted fact.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <inheritdoc/>
    public override string ToString() => Fields.Count == 0 ? $"{Kind} {FactId}" : $"{Kind} {FactId}: {string.Join(", ", Fields)}";
}

/// <summary>
/// What differs between two datasets — an earlier and a later version, or a dataset and the same with an overlay:
/// the facts added, the facts changed (with the properties that differ) and the facts retracted, each in the order of
/// the dataset it is found in. Facts are matched by id; a programme's parts are facts of their own, so a changed part
/// is listed as a part and its programme's <c>parts</c> are not listed again.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DatasetComparison
{
    private DatasetComparison(IReadOnlyList<FactDifference> added, IReadOnlyList<FactDifference> changed, IReadOnlyList<FactDifference> retracted)
    {
        Added = added;
        Changed = changed;
        Retracted = retracted;
    }

    /// <summary>The facts only the later dataset has.</summary>
    public IReadOnlyList<FactDifference> Added { get; }

    /// <summary>The facts both have, with different content.</summary>
    public IReadOnlyList<FactDifference> Changed { get; }

    /// <summary>The facts only the earlier dataset has.</summary>
    public IReadOnlyList<FactDifference> Retracted { get; }

    /// <summary>Whether the two datasets hold the same facts.</summary>
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Retracted.Count == 0;

    /// <summary>Compares two datasets.</summary>
    /// <param name="before">The earlier dataset.</param>
    /// <param name="after">The later dataset.</param>
    /// <returns>What was added, changed and retracted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DatasetComparison Between(PolicyDataset before, PolicyDataset after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        Dictionary<string, (FactKind Kind, object Fact)> earlier = before.Facts().ToDictionary(f => f.Id, f => (f.Kind, f.Fact), StringComparer.Ordinal);
        var later = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<FactDifference>();
        var changed = new List<FactDifference>();
        foreach ((FactKind kind, string id, object fact) in after.Facts())
        {
            later.Add(id);
            if (!earlier.TryGetValue(id, out var old))
            {
                added.Add(new FactDifference(kind, id, []));
            }
            else if (Differences(old.Fact, fact) is { Count: > 0 } fields)
            {
                changed.Add(new FactDifference(kind, id, fields));
            }
        }

        FactDifference[] retracted = before.Facts().Where(f => !later.Contains(f.Id)).Select(f => new FactDifference(f.Kind, f.Id, [])).ToArray();
        return new DatasetComparison(added, changed, retracted);
    }

    /// <summary>The properties of two versions of a fact (written in the dataset format) that differ; a programme's
    /// parts are compared as facts of their own.</summary>
    private static List<string> Differences(object before, object after)
    {
        JsonObject a = JsonNode.Parse(PolicyDataWriter.FactJson(before))!.AsObject();
        JsonObject b = JsonNode.Parse(PolicyDataWriter.FactJson(after))!.AsObject();
        if (before is Policy.Programme)
        {
            a["parts"] = PartIds(a["parts"]);
            b["parts"] = PartIds(b["parts"]);
        }

        return a.Select(p => p.Key).Union(b.Select(p => p.Key))
            .Where(name => !JsonNode.DeepEquals(a[name], b[name]))
            .ToList();
    }

    /// <summary>A programme's parts as their ids only: what the programme itself says about them.</summary>
    private static JsonArray? PartIds(JsonNode? parts) =>
        parts is JsonArray array ? new JsonArray(array.Select(p => (JsonNode?)JsonValue.Create((string?)p?["id"])).ToArray()) : null;
}
