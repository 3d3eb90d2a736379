using System;
using System.Collections.Generic;
using AiRace.Core.Data.Reading;
using AiRace.Core.Policy;

namespace AiRace.Core.Data;

/// <summary>
/// Turns a document into a <see cref="PolicyDataset"/>, collecting every problem (with path, line, column and reason)
/// instead of stopping at the first: parses the JSON, reads each kind of fact with its own reader (under
/// <c>Reading/</c>) over one shared <see cref="ReadContext"/>, then resolves the references and checks the programme
/// tree and the metric values' kinds. A document with any problem yields no dataset.
/// </summary>
internal static class PolicyDataReader
{
    public static readonly string[] RootRequired = ["formatVersion"];
    public static readonly string[] RootOptional = ["$schema", "sources", "jurisdictions", "actors", "metrics", "programmes", "targets", "indicators", "claims", "ambiguities", "overlaps", "version", "asOf", "overrides", "retractions"];

    /// <summary>Reads a document; returns null when anything is wrong, and the problems (empty when nothing is).</summary>
    public static PolicyDataset? Read(ReadOnlySpan<byte> utf8, PolicyDataset? basis, out DataProblemList problems)
    {
        utf8 = JsonTree.WithoutByteOrderMark(utf8);
        var collector = new ProblemCollector();
        JsonTreeNode? root = JsonTree.Parse(utf8, collector);
        PolicyDataset? dataset = root is JsonTreeNode node ? ReadRoot(new ReadContext(collector, basis), node) : null;
        problems = collector.ToList(utf8);
        return dataset;
    }

    private static PolicyDataset? ReadRoot(ReadContext context, JsonTreeNode root)
    {
        if (ObjectReader.Open(context, root, Where.At("$"), "the dataset", RootRequired, RootOptional) is not ObjectReader o)
        {
            return null;
        }

        if (o.Value("formatVersion") is JsonTreeNode version && (version.Kind != JsonKind.Number || version.Text != "1"))
        {
            context.Report("$.formatVersion", version, $"\"formatVersion\" must be 1, the only version this library reads; found {version.Describe()}.");
        }

        if (o.Value("$schema") is JsonTreeNode schema && schema.Kind != JsonKind.String)
        {
            context.Report("$['$schema']", schema, $"\"$schema\" must be a string; found {schema.Describe()}.");
        }

        List<T> Read<T>(string name, Func<ReadContext, JsonTreeNode, Where, T?> read) => o.Items(name, read);

        List<Source> sources = Read("sources", SourceReader.Read);
        List<Jurisdiction> jurisdictions = Read("jurisdictions", JurisdictionReader.Read);
        List<Actor> actors = Read("actors", ActorReader.Read);
        List<Metric> metrics = Read("metrics", MetricReader.Read);
        if (o.Value("programmes") is { Kind: JsonKind.Array } programmeArray)
        {
            context.ExpectProgrammes(programmeArray.Items.Count);
        }

        List<Programme> programmes = Read("programmes", ProgrammeReader.Read);
        List<Target> targets = Read("targets", TargetReader.Read);
        List<Indicator> indicators = Read("indicators", IndicatorReader.Read);
        List<Claim> claims = Read("claims", ClaimReader.Read);
        List<Ambiguity> ambiguities = Read("ambiguities", AmbiguityReader.Read);
        List<ProgrammeOverlap> overlaps = Read("overlaps", OverlapReader.Read);
        List<OverrideEntry> overrides = Read("overrides", OverlayReader.ReadOverride);
        List<RetractionEntry> retractions = Read("retractions", OverlayReader.ReadRetraction);
        string? datasetVersion = o.Has("version") ? o.Text("version") : null;
        PartialDate asOf = o.Date("asOf") ?? PartialDate.Unknown;

        context.ResolveReferences();
        ProgrammeTreeCheck.Run(context);
        context.CheckJurisdictionCycles();
        context.CheckAffiliationCycles();
        context.CheckDuplicateOverlaps();
        context.CheckMetricKinds();

        var facts = new DocumentFacts(sources, jurisdictions, actors, metrics, programmes, targets, indicators, claims, ambiguities, overlaps);
        return DatasetAssembler.Assemble(context, facts, overrides, retractions, datasetVersion, asOf);
    }
}
