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
    public static readonly string[] RootOptional = ["$schema", "sources", "jurisdictions", "actors", "metrics", "programmes", "targets", "indicators", "claims", "ambiguities"];

    /// <summary>Reads a document; returns null (and fills <paramref name="problems"/>) when anything is wrong.</summary>
    public static PolicyDataset? Read(ReadOnlySpan<byte> utf8, PolicyDataset? basis, ProblemCollector problems)
    {
        JsonTreeNode? root = JsonTree.Parse(utf8, problems);
        return root is null ? null : ReadRoot(new ReadContext(problems, basis), root);
    }

    private static PolicyDataset? ReadRoot(ReadContext context, JsonTreeNode root)
    {
        if (ObjectReader.Open(context, root, "$", "the dataset", RootRequired, RootOptional) is not ObjectReader o)
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

        List<T> Read<T>(string name, Func<ReadContext, JsonTreeNode, string, T?> read) => o.Items(name, (n, p) => read(context, n, p));

        List<Source> sources = Read("sources", SourceReader.Read);
        List<Jurisdiction> jurisdictions = Read("jurisdictions", JurisdictionReader.Read);
        List<Actor> actors = Read("actors", ActorReader.Read);
        List<Metric> metrics = Read("metrics", MetricReader.Read);
        List<Programme> programmes = Read("programmes", ProgrammeReader.Read);
        List<Target> targets = Read("targets", TargetReader.Read);
        List<Indicator> indicators = Read("indicators", IndicatorReader.Read);
        List<Claim> claims = Read("claims", ClaimReader.Read);
        List<Ambiguity> ambiguities = Read("ambiguities", AmbiguityReader.Read);

        context.ResolveReferences();
        ProgrammeTreeCheck.Run(context);
        context.CheckMetricKinds();

        return context.ProblemCount == 0
            ? new PolicyDataset(sources, jurisdictions, actors, metrics, programmes, targets, indicators, claims, ambiguities)
            : null;
    }
}
