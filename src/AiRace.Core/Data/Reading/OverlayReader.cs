using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>An override read from an overlay: the fact it replaces and the fact that replaces it.</summary>
internal sealed record OverrideEntry(string Id, FactKind Kind, string FactId, object Replacement, IReadOnlyList<string> Fields, string Reason, IReadOnlyList<SourceReference> Sources, string Path, JsonTreeNode Node);

/// <summary>A retraction read from an overlay.</summary>
internal sealed record RetractionEntry(string Id, FactKind Kind, string FactId, string Reason, IReadOnlyList<SourceReference> Sources, string Path, JsonTreeNode Node);

/// <summary>
/// Reads an overlay's <c>overrides</c> and <c>retractions</c>: changes to facts of the dataset the document extends,
/// each with its own reason and sources. An override's <c>set</c> holds the properties that replace the fact's own; the
/// fact with them put in is read again by the fact's own reader, so it obeys every rule a fact written whole obeys,
/// and its problems point at the override.
/// </summary>
internal static class OverlayReader
{
    public static readonly string[] OverrideRequired = ["id", "fact", "set", "reason", "sources"];
    public static readonly string[] RetractionRequired = ["id", "fact", "reason", "sources"];

    /// <summary>Each kind's properties (required, then optional): what an override may set.</summary>
    private static readonly Dictionary<FactKind, string[]> Properties = new()
    {
        [FactKind.Source] = [.. SourceReader.Required, .. SourceReader.Optional],
        [FactKind.Jurisdiction] = [.. JurisdictionReader.Required, .. JurisdictionReader.Optional],
        [FactKind.Actor] = [.. ActorReader.Required, .. ActorReader.Optional],
        [FactKind.Metric] = [.. MetricReader.Required, .. MetricReader.Optional],
        [FactKind.Programme] = [.. ProgrammeReader.Required, .. ProgrammeReader.Optional],
        [FactKind.Part] = [.. ProgrammeReader.PartRequired, .. ProgrammeReader.PartOptional],
        [FactKind.Target] = [.. TargetReader.Required, .. TargetReader.Optional],
        [FactKind.Indicator] = [.. IndicatorReader.Required, .. IndicatorReader.Optional],
        [FactKind.Claim] = [.. ClaimReader.Required, .. ClaimReader.Optional],
        [FactKind.Ambiguity] = [.. AmbiguityReader.Required],
        [FactKind.Overlap] = [.. OverlapReader.Required, .. OverlapReader.Optional],
    };

    public static OverrideEntry? ReadOverride(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "an override", OverrideRequired, []) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Override);
        (FactKind Kind, object Fact, Programme? Owner)? target = Target(context, o, id);
        string? reason = o.Text("reason");
        IReadOnlyList<SourceReference>? sources = o.Sources(ObjectReader.Fact("override", id));
        JsonTreeNode? set = o.Value("set");
        var fields = new List<string>();
        if (set is JsonTreeNode changes)
        {
            string setPath = o.At("set").Path;
            if (changes.Kind != JsonKind.Object)
            {
                context.Report(setPath, changes, $"\"set\" must be an object with the fact's properties to replace; found {changes.Describe()}.");
            }

            foreach (JsonProperty property in changes.Properties)
            {
                fields.Add(property.Name);
                if (property.Name == "id")
                {
                    context.Report(DataPath.Property(setPath, "id"), property.Offset, "An override cannot change a fact's id: retract the fact and add one with the new id.");
                }
                else if (target is { Kind: FactKind kind } && Array.IndexOf(Properties[kind], property.Name) < 0)
                {
                    context.Report(DataPath.Property(setPath, property.Name), property.Offset, $"{ReadContext.Quoted(property.Name)} is not a property of {EntityKinds.WithArticle(kind.Noun())}; an override may set: {string.Join(", ", Properties[kind].Where(p => p != "id"))}.");
                }
            }

            if (changes.Kind == JsonKind.Object && fields.Count == 0)
            {
                context.Report(setPath, changes, "\"set\" is empty: name at least one property to replace.");
            }
        }

        if (!o.IsWhole || target is not { } found || set is not JsonTreeNode setNode)
        {
            return null;
        }

        JsonTreeNode written = JsonTree.ParseWritten(PolicyDataWriter.FactJson(found.Fact));
        JsonTreeNode merged = JsonTreeDocument.Overlay(written, setNode, setNode.Offset);
        string factId = o.Value("fact")!.Value.Text!;
        context.AllowReplacing(factId);
        foreach (Allocation part in (found.Fact as Programme)?.Parts ?? [])
        {
            context.AllowReplacing(part.Id);
        }

        Where at = o.At("set");
        object? replacement = found.Kind switch
        {
            FactKind.Source => SourceReader.Read(context, merged, at),
            FactKind.Jurisdiction => JurisdictionReader.Read(context, merged, at),
            FactKind.Actor => ActorReader.Read(context, merged, at),
            FactKind.Metric => MetricReader.Read(context, merged, at),
            FactKind.Programme => ProgrammeReader.Read(context, merged, at),
            FactKind.Part => ProgrammeReader.ReadAllocation(context, merged, at, ObjectReader.Fact("programme", found.Owner?.Id)),
            FactKind.Target => TargetReader.Read(context, merged, at),
            FactKind.Indicator => IndicatorReader.Read(context, merged, at),
            FactKind.Claim => ClaimReader.Read(context, merged, at),
            FactKind.Ambiguity => AmbiguityReader.Read(context, merged, at),
            _ => OverlapReader.Read(context, merged, at),
        };
        return replacement is null ? null : new OverrideEntry(id!, found.Kind, factId, replacement, fields, reason!, sources!, o.Path, node);
    }

    public static RetractionEntry? ReadRetraction(ReadContext context, JsonTreeNode node, Where where)
    {
        if (ObjectReader.Open(context, node, where, "a retraction", RetractionRequired, []) is not ObjectReader o)
        {
            return null;
        }

        string? id = o.DefineId(EntityKind.Retraction);
        (FactKind Kind, object Fact, Programme? Owner)? target = Target(context, o, id);
        string? reason = o.Text("reason");
        IReadOnlyList<SourceReference>? sources = o.Sources(ObjectReader.Fact("retraction", id));
        if (!o.IsWhole || target is not { } found)
        {
            return null;
        }

        string factId = o.Value("fact")!.Value.Text!;
        context.Retract(factId, id!);
        return new RetractionEntry(id!, found.Kind, factId, reason!, sources!, o.Path, node);
    }

    /// <summary>The fact of the dataset being extended that an override or retraction names; reports a fact that is
    /// not there, is this document's own, or is changed already.</summary>
    private static (FactKind Kind, object Fact, Programme? Owner)? Target(ReadContext context, ObjectReader o, string? changeId)
    {
        if (o.Id("fact") is not string factId)
        {
            return null;
        }

        JsonTreeNode factNode = o.Value("fact")!.Value;
        string factPath = o.At("fact").Path;
        if (context.Basis is null)
        {
            context.Report(factPath, factNode, $"{ReadContext.Quoted(factId)} can be changed only in the dataset it belongs to: load this document extending that dataset (the \"extending\" argument of PolicyData.Load, Parse or LoadFile).");
            return null;
        }

        if (context.BasisFact(factId) is not { } found)
        {
            context.Report(factPath, factNode, context.IsDefinedHere(factId)
                ? $"{ReadContext.Quoted(factId)} is defined in this document: change it where it is written."
                : $"{ReadContext.Quoted(factId)} is not a fact of the dataset being extended.");
            return null;
        }

        if (changeId is not null && context.ClaimChange(factId, changeId) is string earlier)
        {
            context.Report(factPath, factNode, $"{ReadContext.Quoted(factId)} is already changed by \"{earlier}\": make one change a fact (one override can set several properties).");
            return null;
        }

        if (found.Owner is Programme owner && context.Retracted.ContainsKey(owner.Id))
        {
            context.Report(factPath, factNode, $"{ReadContext.Quoted(factId)} is a part of \"{owner.Id}\", which this document retracts.");
            return null;
        }

        if (found.Owner is Programme whole && context.PartsSetBy.TryGetValue(whole.Id, out string? partsSetBy))
        {
            context.Report(factPath, factNode, $"{ReadContext.Quoted(factId)} is a part of \"{whole.Id}\", whose parts \"{partsSetBy}\" sets: change the part there.");
            return null;
        }

        if (found.Fact is Programme programme && changeId is not null && o.Value("set")?.Property("parts") is not null)
        {
            if (programme.Parts.Select(p => p.Id).FirstOrDefault(p => context.ChangedBy(p) is not null) is string changedPart)
            {
                context.Report(factPath, factNode, $"{ReadContext.Quoted(factId)} has the part \"{changedPart}\", which \"{context.ChangedBy(changedPart)}\" changes: set its parts in one place.");
                return null;
            }

            context.PartsSetBy[programme.Id] = changeId;
        }

        return found;
    }
}
