using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;
using AiRace.Core.Text;

namespace AiRace.Core.Data;

/// <summary>
/// Turns a parsed document into a <see cref="PolicyDataset"/>, collecting every problem (with path, line, column and
/// reason) instead of stopping at the first. A document with any problem yields no dataset.
/// </summary>
internal sealed class PolicyDataReader
{
    private static readonly string[] Collections = ["sources", "jurisdictions", "actors", "metrics", "programmes", "targets", "indicators", "claims", "ambiguities"];

    private readonly List<DataProblem> _problems;
    private readonly PolicyDataset? _basis;
    private readonly Dictionary<string, (EntityKind Kind, string Path)> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityKind> _basisIds = new(StringComparer.Ordinal);
    private readonly List<(string Id, EntityKind[] Kinds, string Path, JsonTreeNode Node)> _references = new();
    private readonly Dictionary<string, Metric> _metrics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Programme Programme, string Path, JsonTreeNode Node)> _programmes = new(StringComparer.Ordinal);
    private readonly List<(MetricValue Value, string MetricId, string Path, JsonTreeNode Node)> _metricUses = new();

    private PolicyDataReader(List<DataProblem> problems, PolicyDataset? basis)
    {
        _problems = problems;
        _basis = basis;
        if (basis is not null)
        {
            void Add(IEnumerable<string> ids, EntityKind kind)
            {
                foreach (string id in ids)
                {
                    _basisIds[id] = kind;
                }
            }

            Add(basis.Sources.Select(s => s.Id), EntityKind.Source);
            Add(basis.Jurisdictions.Select(j => j.Id), EntityKind.Jurisdiction);
            Add(basis.Actors.Select(a => a.Id), EntityKind.Actor);
            Add(basis.Metrics.Select(m => m.Id), EntityKind.Metric);
            Add(basis.Programmes.Select(p => p.Id), EntityKind.Programme);
            Add(basis.Programmes.SelectMany(p => p.Parts).Select(a => a.Id), EntityKind.Allocation);
            Add(basis.Targets.Select(t => t.Id), EntityKind.Target);
            Add(basis.Indicators.Select(i => i.Id), EntityKind.Indicator);
            Add(basis.Claims.Select(c => c.Id), EntityKind.Claim);
            Add(basis.Ambiguities.Select(a => a.Id), EntityKind.Ambiguity);
            foreach (Metric metric in basis.Metrics)
            {
                _metrics[metric.Id] = metric;
            }
        }
    }

    private enum EntityKind
    {
        Source,
        Jurisdiction,
        Actor,
        Metric,
        Programme,
        Allocation,
        Target,
        Indicator,
        Claim,
        Ambiguity,
    }

    /// <summary>Reads a document; returns null (and fills <paramref name="problems"/>) when anything is wrong.</summary>
    public static PolicyDataset? Read(ReadOnlySpan<byte> utf8, PolicyDataset? basis, List<DataProblem> problems)
    {
        JsonTreeNode? root = JsonTree.Parse(utf8, problems);
        if (root is null)
        {
            return null;
        }

        var reader = new PolicyDataReader(problems, basis);
        PolicyDataset? dataset = reader.ReadRoot(root);
        problems.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column != b.Column ? a.Column.CompareTo(b.Column) : string.CompareOrdinal(a.Message, b.Message));
        return problems.Count == 0 ? dataset : null;
    }

    private PolicyDataset? ReadRoot(JsonTreeNode root)
    {
        if (!Properties(root, "$", "the dataset", ["formatVersion"], ["$schema", .. Collections], out var props))
        {
            return null;
        }

        if (props.TryGetValue("formatVersion", out JsonProperty? version))
        {
            if (version.Value.Kind != JsonKind.Number || version.Value.Text != "1")
            {
                Problem("$.formatVersion", version.Value, $"\"formatVersion\" must be 1, the only version this library reads; found {version.Value.Describe()}.");
            }
        }

        if (props.TryGetValue("$schema", out JsonProperty? schema) && schema.Value.Kind != JsonKind.String)
        {
            Problem("$['$schema']", schema.Value, $"\"$schema\" must be a string; found {schema.Value.Describe()}.");
        }

        List<Source> sources = ReadArray(props, "sources", ReadSource);
        List<Jurisdiction> jurisdictions = ReadArray(props, "jurisdictions", ReadJurisdiction);
        List<Actor> actors = ReadArray(props, "actors", ReadActor);
        List<Metric> metrics = ReadArray(props, "metrics", ReadMetric);
        List<Programme> programmes = ReadArray(props, "programmes", ReadProgramme);
        List<Target> targets = ReadArray(props, "targets", ReadTarget);
        List<Indicator> indicators = ReadArray(props, "indicators", ReadIndicator);
        List<Claim> claims = ReadArray(props, "claims", ReadClaim);
        List<Ambiguity> ambiguities = ReadArray(props, "ambiguities", ReadAmbiguity);

        ResolveReferences();
        CheckProgrammeTree();
        CheckMetricKinds();

        return _problems.Count == 0
            ? new PolicyDataset(sources, jurisdictions, actors, metrics, programmes, targets, indicators, claims, ambiguities)
            : null;
    }

    // ---- Entities ----------------------------------------------------------------------------------------------

    private Source? ReadSource(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a source", ["id", "published", "locator", "confidence"], ["title", "publisher", "note"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Source);
        string? title = OptionalText(p, "title", path);
        string? publisher = OptionalText(p, "publisher", path);
        PartialDate? published = Date(p, "published", path);
        string? locator = Text(p, "locator", path);
        Confidence? confidence = Enum<Confidence>(p, "confidence", path);
        string? note = OptionalText(p, "note", path);
        return _problems.Count == before
            ? Build(node, path, () => new Source(id!, title, publisher, published!.Value, locator!, confidence!.Value, note))
            : null;
    }

    private Jurisdiction? ReadJurisdiction(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a jurisdiction", ["id", "kind", "name"], ["parent", "sources"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Jurisdiction);
        JurisdictionKind? kind = Enum<JurisdictionKind>(p, "kind", path);
        string? name = Text(p, "name", path);
        string? parent = OptionalReference(p, "parent", path, EntityKind.Jurisdiction);
        IReadOnlyList<SourceReference>? sources = p.ContainsKey("sources") ? SourceReferences(p, path) : [];
        if (id is not null && kind is not null)
        {
            JsonTreeNode idNode = p["id"].Value;
            string idPath = path + ".id";
            switch (kind.Value)
            {
                case JurisdictionKind.Country:
                    if (!Iso3166.IsCountry(id))
                    {
                        Problem(idPath, idNode, $"\"{id}\" is not an ISO 3166-1 alpha-2 country code.");
                    }

                    if (parent is not null)
                    {
                        Problem(path + ".parent", p["parent"].Value, $"The country \"{id}\" cannot have a parent.");
                    }

                    break;
                case JurisdictionKind.Subdivision:
                    if (!Iso3166.IsSubdivision(id))
                    {
                        Problem(idPath, idNode, $"\"{id}\" is not an ISO 3166-2 subdivision code.");
                    }

                    if (parent is null)
                    {
                        MissingParent(kind.Value, node, path, id);
                    }
                    else if (!parent.StartsWith(id.Split('-')[0], StringComparison.Ordinal))
                    {
                        Problem(path + ".parent", p["parent"].Value, $"The subdivision \"{id}\" must have its own country (or a subdivision of it) as parent, not \"{parent}\".");
                    }

                    break;
                case JurisdictionKind.City:
                    if (parent is null)
                    {
                        MissingParent(kind.Value, node, path, id);
                    }
                    else if (!id.StartsWith(parent + ".", StringComparison.Ordinal) || !IsSlug(id[(parent.Length + 1)..]))
                    {
                        Problem(idPath, idNode, $"A city's id must be its parent's id, a dot and a lower-case name (such as \"{parent}.hangzhou\"); found \"{id}\".");
                    }

                    break;
            }
        }

        return _problems.Count == before
            ? Build(node, path, () => new Jurisdiction(id!, kind!.Value, name!, parent, sources!))
            : null;
    }

    private void MissingParent(JurisdictionKind kind, JsonTreeNode node, string path, string id) =>
        Problem(path, node, $"The {JsonNames<JurisdictionKind>.Name(kind)} \"{id}\" needs a \"parent\".");

    private static bool IsSlug(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private Actor? ReadActor(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "an actor", ["id", "name", "kind", "sources"], ["jurisdiction", "affiliation", "role"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Actor);
        string? name = Text(p, "name", path);
        ActorKind? kind = Enum<ActorKind>(p, "kind", path);
        string? jurisdiction = OptionalReference(p, "jurisdiction", path, EntityKind.Jurisdiction);
        string? affiliation = OptionalReference(p, "affiliation", path, EntityKind.Actor);
        string? role = OptionalText(p, "role", path);
        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before
            ? Build(node, path, () => new Actor(id!, name!, kind!.Value, jurisdiction, affiliation, role, sources!))
            : null;
    }

    private Metric? ReadMetric(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a metric", ["id", "name", "valueKind"], ["description"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Metric);
        string? name = Text(p, "name", path);
        MetricValueKind? kind = Enum<MetricValueKind>(p, "valueKind", path);
        string? description = OptionalText(p, "description", path);
        Metric? metric = _problems.Count == before ? Build(node, path, () => new Metric(id!, name!, kind!.Value, description)) : null;
        if (metric is not null)
        {
            _metrics.TryAdd(metric.Id, metric);
        }

        return metric;
    }

    private Programme? ReadProgramme(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a programme", ["id", "name", "sponsorKind", "jurisdiction", "instruments", "sources"], ["description", "actors", "status", "period", "headline", "parent", "parts"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Programme);
        string? name = Text(p, "name", path);
        string? description = OptionalText(p, "description", path);
        SponsorKind? sponsor = Enum<SponsorKind>(p, "sponsorKind", path);
        string? jurisdiction = Reference(p, "jurisdiction", path, EntityKind.Jurisdiction);
        List<ActorInvolvement> actors = p.TryGetValue("actors", out JsonProperty? actorsProp)
            ? Items(actorsProp.Value, path + ".actors", "actors", ReadInvolvement)
            : [];
        List<Instrument> instruments = p.TryGetValue("instruments", out JsonProperty? instrumentsProp)
            ? Items(instrumentsProp.Value, path + ".instruments", "instruments", (n, itemPath) => EnumValue<Instrument>(n, itemPath, "an instrument")).Select(i => i!.Value).ToList()
            : [];
        if (instrumentsProp is not null && instrumentsProp.Value.Kind == JsonKind.Array && instrumentsProp.Value.Items.Count == 0)
        {
            Problem(path + ".instruments", p["instruments"].Value, "A programme must list at least one instrument.");
        }

        List<StatusChange> status = p.TryGetValue("status", out JsonProperty? statusProp)
            ? Items(statusProp.Value, path + ".status", "status", ReadStatusChange)
            : [];
        for (int i = 1; i < status.Count; i++)
        {
            if (!StatusChange.IsAllowed(status[i - 1].Status, status[i].Status))
            {
                Problem(DataPath.Index(path + ".status", i), statusProp!.Value.Items[i], $"A programme cannot go from {JsonNames<ProgrammeStatus>.Name(status[i - 1].Status)} to {JsonNames<ProgrammeStatus>.Name(status[i].Status)}: the lifecycle is announced → committed → disbursing → completed, or cancelled before completion.");
            }
        }

        Period? period = p.TryGetValue("period", out JsonProperty? periodProp) ? ReadPeriod(periodProp.Value, path + ".period") : null;
        ReportedAmount? headline = p.TryGetValue("headline", out JsonProperty? headlineProp) ? ReadReportedAmount(headlineProp.Value, path + ".headline", allowConversion: true) : null;
        string? parent = OptionalReference(p, "parent", path, EntityKind.Programme);
        if (parent is not null && parent == id)
        {
            Problem(path + ".parent", p["parent"].Value, $"The programme \"{id}\" cannot be its own parent.");
        }

        var parts = new List<Allocation>();
        if (p.TryGetValue("parts", out JsonProperty? partsProp))
        {
            parts = Items(partsProp.Value, path + ".parts", "parts", ReadAllocation);
            if (headline is not null && parts.Count == partsProp.Value.Items.Count)
            {
                CheckParts(headline, parts, partsProp.Value, path + ".parts");
            }
        }

        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        Programme? programme = _problems.Count == before
            ? Build(node, path, () => new Programme(id!, name!, sponsor!.Value, jurisdiction!, actors, instruments, status, period, headline, parent, parts, sources!, description))
            : null;
        if (programme is not null)
        {
            _programmes.TryAdd(programme.Id, (programme, path, node));
        }

        return programme;
    }

    private void CheckParts(ReportedAmount whole, List<Allocation> parts, JsonTreeNode partsNode, string partsPath)
    {
        Money? limit = PartsCheck.Limit(whole);
        Money? total = null;
        for (int i = 0; i < parts.Count; i++)
        {
            Allocation part = parts[i];
            string partPath = DataPath.Index(partsPath, i) + ".amount";
            JsonTreeNode partNode = partsNode.Items[i].Properties.First(x => x.Name == "amount").Value;
            if (part.Membership != PartMembership.Included)
            {
                continue;
            }

            if (part.Amount.Currency != whole.Currency)
            {
                Problem(partPath, partNode, $"The part \"{part.Id}\" is in {part.Amount.Currency.Code} but its whole is in {whole.Currency.Code}; state included parts in the whole's currency.");
                continue;
            }

            // A cap counts with its full height here: an included part that may reach more than its whole is an error.
            Money least = part.Amount.LowerBound ?? part.Amount.Amount;
            Money largest = part.Amount.IsCap ? part.Amount.Amount : least;
            if (limit is Money max && largest > max)
            {
                Problem(partPath, partNode, $"The part \"{part.Id}\" ({part.Amount}) is larger than its whole ({whole}).");
            }
            else if (!part.Amount.IsCap)
            {
                total = total is Money t ? t + least : least;
                if (limit is Money m && total > m)
                {
                    Problem(partPath, partNode, $"The included parts up to \"{part.Id}\" add up to {total.Value.ToString("K", CultureInfo.InvariantCulture)}, more than their whole ({whole}).");
                }
            }
        }
    }

    private ActorInvolvement? ReadInvolvement(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "an actor involvement", ["actor", "role"], [], out var p))
        {
            return null;
        }

        string? actor = Reference(p, "actor", path, EntityKind.Actor);
        string? role = Text(p, "role", path);
        return _problems.Count == before ? Build(node, path, () => new ActorInvolvement(actor!, role!)) : null;
    }

    private StatusChange? ReadStatusChange(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a status change", ["status", "date", "sources"], [], out var p))
        {
            return null;
        }

        ProgrammeStatus? status = Enum<ProgrammeStatus>(p, "status", path);
        PartialDate? date = Date(p, "date", path);
        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before ? Build(node, path, () => new StatusChange(status!.Value, date!.Value, sources!)) : null;
    }

    private Period? ReadPeriod(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a period", [], ["start", "end", "length"], out var p))
        {
            return null;
        }

        PartialDate start = p.ContainsKey("start") ? Date(p, "start", path) ?? default : PartialDate.Unknown;
        PartialDate end = p.ContainsKey("end") ? Date(p, "end", path) ?? default : PartialDate.Unknown;
        DurationRange? length = p.TryGetValue("length", out JsonProperty? l) ? ReadDuration(l.Value, path + ".length") : null;
        if (p.Count == 0)
        {
            Problem(path, node, "A period needs at least one of \"start\", \"end\" or \"length\"; leave the period out when the sources give none.");
        }

        if (start.Year is int s && end.Year is int e && e < s)
        {
            Problem(path + ".end", p["end"].Value, FormattableString.Invariant($"The period ends ({end}) before it starts ({start})."));
        }

        return _problems.Count == before ? new Period(start, end, length) : null;
    }

    private DurationRange? ReadDuration(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a duration", ["min", "max", "unit"], [], out var p))
        {
            return null;
        }

        decimal? min = Decimal(p, "min", path);
        decimal? max = Decimal(p, "max", path);
        string? unitText = Text(p, "unit", path);
        DurationUnit? unit = DurationRangeJsonConverter.ParseUnit(unitText);
        if (unitText is not null && unit is null)
        {
            Problem(path + ".unit", p["unit"].Value, $"A duration's \"unit\" must be days, months or years; found \"{unitText}\".");
        }

        if (min < 0m)
        {
            Problem(path + ".min", p["min"].Value, FormattableString.Invariant($"A duration must not be negative; found {min}."));
        }

        if (min is decimal lo && max is decimal hi && hi < lo)
        {
            Problem(path + ".max", p["max"].Value, FormattableString.Invariant($"A duration's \"max\" ({hi}) is below its \"min\" ({lo})."));
        }

        return _problems.Count == before ? DurationRange.Of(min!.Value, max!.Value, unit!.Value) : null;
    }

    private Allocation? ReadAllocation(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a part (allocation)", ["id", "purpose", "description", "amount", "membership", "sources"], ["period"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Allocation);
        AllocationPurpose? purpose = Enum<AllocationPurpose>(p, "purpose", path);
        string? description = Text(p, "description", path);
        ReportedAmount? amount = p.TryGetValue("amount", out JsonProperty? amountProp) ? ReadReportedAmount(amountProp.Value, path + ".amount", allowConversion: true) : null;
        PartMembership? membership = Enum<PartMembership>(p, "membership", path);
        Period? period = p.TryGetValue("period", out JsonProperty? periodProp) ? ReadPeriod(periodProp.Value, path + ".period") : null;
        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before
            ? Build(node, path, () => new Allocation(id!, purpose!.Value, description!, amount!, membership!.Value, period, sources!))
            : null;
    }

    private Target? ReadTarget(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a target", ["id", "metric", "subject", "goal", "kind", "sources"], ["baseline", "by", "programme", "note"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Target);
        string? metric = Reference(p, "metric", path, EntityKind.Metric);
        string? subject = Reference(p, "subject", path, EntityKind.Jurisdiction, EntityKind.Actor);
        (MetricValue? baseline, int? baselineYear) = p.TryGetValue("baseline", out JsonProperty? b) ? ReadYearValue(b.Value, path + ".baseline", metric) : (null, null);
        (MetricValue? goal, int? goalYear) = p.TryGetValue("goal", out JsonProperty? g) ? ReadYearValue(g.Value, path + ".goal", metric) : (null, null);
        if (baselineYear is int by && goalYear is int gy && gy < by)
        {
            JsonTreeNode yearNode = g!.Value.Properties.First(x => x.Name == "year").Value;
            Problem(path + ".goal.year", yearNode, FormattableString.Invariant($"The goal year {gy} is before the baseline year {by}."));
        }

        if (baseline is MetricValue bv && goal is MetricValue gv && bv.Kind != gv.Kind)
        {
            Problem(path + ".baseline.value", b!.Value, $"The baseline is a {JsonNames<MetricValueKind>.Name(bv.Kind)} but the goal is a {JsonNames<MetricValueKind>.Name(gv.Kind)}.");
        }

        TargetKind? kind = Enum<TargetKind>(p, "kind", path);
        string? byId = OptionalReference(p, "by", path, EntityKind.Actor);
        string? programme = OptionalReference(p, "programme", path, EntityKind.Programme);
        string? note = OptionalText(p, "note", path);
        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before
            ? Build(node, path, () => new Target(id!, metric!, subject!, baseline, baselineYear, goal!.Value, goalYear!.Value, kind!.Value, byId, programme, sources!, note))
            : null;
    }

    private (MetricValue? Value, int? Year) ReadYearValue(JsonTreeNode node, string path, string? metricId)
    {
        if (!Properties(node, path, "a dated value", ["value", "year"], [], out var p))
        {
            return (null, null);
        }

        MetricValue? value = p.TryGetValue("value", out JsonProperty? v) ? ReadMetricValue(v.Value, path + ".value", metricId) : null;
        int? year = Year(p, "year", path);
        return (value, year);
    }

    private Indicator? ReadIndicator(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "an indicator", ["id", "metric", "subject", "value", "observed", "method", "sources"], ["by", "comparator", "comparatorId", "note"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Indicator);
        string? metric = Reference(p, "metric", path, EntityKind.Metric);
        string? subject = Reference(p, "subject", path, EntityKind.Jurisdiction, EntityKind.Actor);
        MetricValue? value = p.TryGetValue("value", out JsonProperty? v) ? ReadMetricValue(v.Value, path + ".value", metric) : null;
        PartialDate? observed = Date(p, "observed", path);
        IndicatorMethod? method = Enum<IndicatorMethod>(p, "method", path);
        string? byId = OptionalReference(p, "by", path, EntityKind.Actor);
        string? comparator = OptionalText(p, "comparator", path);
        string? comparatorId = OptionalReference(p, "comparatorId", path, EntityKind.Jurisdiction, EntityKind.Actor);
        string? note = OptionalText(p, "note", path);
        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before
            ? Build(node, path, () => new Indicator(id!, metric!, subject!, value!.Value, observed!.Value, method!.Value, byId, comparator, comparatorId, sources!, note))
            : null;
    }

    private Claim? ReadClaim(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a claim", ["id", "topic", "subject", "statement", "sources"], ["comparator", "by"], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Claim);
        string? topic = IdText(p, "topic", path);
        string? subject = Reference(p, "subject", path, EntityKind.Jurisdiction, EntityKind.Actor, EntityKind.Programme);
        string? statement = Text(p, "statement", path);
        string? comparator = OptionalReference(p, "comparator", path, EntityKind.Jurisdiction, EntityKind.Actor, EntityKind.Programme);
        string? byId = OptionalReference(p, "by", path, EntityKind.Actor);
        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before
            ? Build(node, path, () => new Claim(id!, topic!, subject!, statement!, comparator, byId, sources!))
            : null;
    }

    private Ambiguity? ReadAmbiguity(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "an ambiguity", ["id", "question", "about", "readings", "sources"], [], out var p))
        {
            return null;
        }

        string? id = DefineId(p, path, EntityKind.Ambiguity);
        string? question = Text(p, "question", path);
        EntityKind[] any = System.Enum.GetValues<EntityKind>();
        p.TryGetValue("about", out JsonProperty? aboutProp);
        List<string> about = aboutProp is null ? [] : Items(aboutProp.Value, path + ".about", "about", (n, itemPath) => ReferenceValue(n, itemPath, any));
        if (aboutProp is not null && aboutProp.Value.Kind == JsonKind.Array && aboutProp.Value.Items.Count == 0)
        {
            Problem(path + ".about", aboutProp.Value, "An ambiguity must name at least one fact it is about.");
        }

        p.TryGetValue("readings", out JsonProperty? readingsProp);
        List<string> readings = readingsProp is null ? [] : Items(readingsProp.Value, path + ".readings", "readings", (n, itemPath) => TextValue(n, itemPath, "a reading"));
        if (readingsProp is not null && readingsProp.Value.Kind == JsonKind.Array && readingsProp.Value.Items.Count < 2)
        {
            Problem(path + ".readings", readingsProp.Value, "An ambiguity needs at least two readings; with one it is not ambiguous.");
        }

        IReadOnlyList<SourceReference>? sources = SourceReferences(p, path);
        return _problems.Count == before
            ? Build(node, path, () => new Ambiguity(id!, question!, about, readings, sources!))
            : null;
    }

    // ---- Values --------------------------------------------------------------------------------------------------

    private ReportedAmount? ReadReportedAmount(JsonTreeNode node, string path, bool allowConversion)
    {
        int before = _problems.Count;
        string[] optional = allowConversion ? ["upperAmount", "stated", "sourceConversion"] : ["upperAmount", "stated"];
        if (!Properties(node, path, allowConversion ? "a reported amount" : "a source's conversion", ["qualifier", "amount", "currency"], optional, out var p))
        {
            return null;
        }

        AmountQualifier? qualifier = null;
        if (p.TryGetValue("qualifier", out JsonProperty? q))
        {
            if (q.Value.Kind == JsonKind.String && ReportedAmountJsonConverter.ParseQualifier(q.Value.Text) is AmountQualifier parsed)
            {
                qualifier = parsed;
            }
            else
            {
                Problem(path + ".qualifier", q.Value, $"\"qualifier\" must be one of exact, approximately, upTo, atLeast, between; found {q.Value.Describe()}.");
            }
        }

        decimal? amount = NonNegativeAmount(p, "amount", path);
        decimal? upper = p.ContainsKey("upperAmount") ? NonNegativeAmount(p, "upperAmount", path) : null;
        Currency? currency = CurrencyValue(p, "currency", path);
        string? stated = OptionalText(p, "stated", path);
        if (qualifier == AmountQualifier.Between && !p.ContainsKey("upperAmount"))
        {
            Problem(path, node, "A range (qualifier \"between\") needs \"upperAmount\" for its high end.");
        }

        if (qualifier is not null && qualifier != AmountQualifier.Between && p.ContainsKey("upperAmount"))
        {
            Problem(path + ".upperAmount", p["upperAmount"].Value, $"\"upperAmount\" is allowed only with the qualifier \"between\", not \"{ReportedAmountJsonConverter.QualifierName(qualifier.Value)}\".");
        }

        if (amount is decimal lo && upper is decimal hi && hi < lo)
        {
            Problem(path + ".upperAmount", p["upperAmount"].Value, FormattableString.Invariant($"The high end {hi} of the range is below its low end {lo}."));
        }

        ReportedAmount? conversion = null;
        if (p.TryGetValue("sourceConversion", out JsonProperty? c))
        {
            conversion = ReadReportedAmount(c.Value, path + ".sourceConversion", allowConversion: false);
            if (conversion is not null && currency is Currency own && conversion.Currency == own)
            {
                Problem(path + ".sourceConversion.currency", c.Value.Properties.First(x => x.Name == "currency").Value, $"A source's conversion must be into another currency; both are {own.Code}.");
            }
        }

        if (_problems.Count != before)
        {
            return null;
        }

        return Build(node, path, () =>
        {
            ReportedAmount result = qualifier == AmountQualifier.Between
                ? ReportedAmount.Between(new Money(amount!.Value, currency!.Value), new Money(upper!.Value, currency.Value))
                : ReportedAmount.Create(qualifier!.Value, new Money(amount!.Value, currency!.Value));
            result = stated is null ? result : result.WithStatedText(stated);
            return conversion is null ? result : result.WithSourceConversion(conversion);
        });
    }

    private MetricValue? ReadMetricValue(JsonTreeNode node, string path, string? metricId)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a metric value", [], ["share", "ratio", "money", "number", "qualifier"], out var p))
        {
            return null;
        }

        string[] kinds = p.Keys.Where(k => k != "qualifier").ToArray();
        if (kinds.Length != 1)
        {
            Problem(path, node, $"A metric value must have exactly one of \"share\", \"ratio\", \"money\" or \"number\"; found {(kinds.Length == 0 ? "none" : string.Join(", ", kinds.Select(k => "\"" + k + "\"")))}.");
            return null;
        }

        AmountQualifier qualifier = AmountQualifier.Exact;
        if (p.TryGetValue("qualifier", out JsonProperty? q))
        {
            if (q.Value.Kind == JsonKind.String && ReportedAmountJsonConverter.ParseQualifier(q.Value.Text) is AmountQualifier parsed && parsed != AmountQualifier.Between)
            {
                qualifier = parsed;
            }
            else
            {
                Problem(path + ".qualifier", q.Value, $"A metric value's \"qualifier\" must be one of exact, approximately, upTo, atLeast; found {q.Value.Describe()}.");
            }
        }

        string kind = kinds[0];
        JsonTreeNode valueNode = p[kind].Value;
        string valuePath = path + "." + kind;
        MetricValue? result = null;
        switch (kind)
        {
            case "share":
                if (valueNode.Kind != JsonKind.String)
                {
                    Problem(valuePath, valueNode, $"A share must be a string such as \"55%\"; found {valueNode.Describe()}.");
                }
                else if (!Share.TryParse(valueNode.Text, out Share share, out string? error))
                {
                    Problem(valuePath, valueNode, error);
                }
                else
                {
                    result = MetricValue.Of(share, qualifier);
                }

                break;
            case "ratio":
                if (valueNode.Kind is not (JsonKind.String or JsonKind.Number))
                {
                    Problem(valuePath, valueNode, $"A ratio must be a string such as \"0.65\"; found {valueNode.Describe()}.");
                }
                else if (!Ratio.TryParse(valueNode.Text, out Ratio ratio, out string? error))
                {
                    Problem(valuePath, valueNode, error);
                }
                else
                {
                    result = MetricValue.Of(ratio, qualifier);
                }

                break;
            case "money":
                if (Properties(valueNode, valuePath, "money", ["amount", "currency"], [], out var m))
                {
                    decimal? amount = NonNegativeAmount(m, "amount", valuePath);
                    Currency? currency = CurrencyValue(m, "currency", valuePath);
                    if (amount is not null && currency is not null)
                    {
                        result = MetricValue.Of(new Money(amount.Value, currency.Value), qualifier);
                    }
                }

                break;
            default:
                decimal? number = DecimalValue(valueNode, valuePath, "\"number\"");
                if (number is not null)
                {
                    result = MetricValue.OfNumber(number.Value, qualifier);
                }

                break;
        }

        if (_problems.Count != before)
        {
            return null;
        }

        if (result is MetricValue value && metricId is not null)
        {
            _metricUses.Add((value, metricId, path, node));
        }

        return result;
    }

    private IReadOnlyList<SourceReference>? SourceReferences(Dictionary<string, JsonProperty> p, string path)
    {
        if (!p.TryGetValue("sources", out JsonProperty? prop))
        {
            return null;
        }

        string listPath = path + ".sources";
        if (prop.Value.Kind == JsonKind.Array && prop.Value.Items.Count == 0)
        {
            Problem(listPath, prop.Value, "\"sources\" is empty: every fact needs at least one source with the exact quote that states it.");
            return null;
        }

        int before = _problems.Count;
        List<SourceReference> list = Items(prop.Value, listPath, "sources", ReadSourceReference);
        return _problems.Count == before ? list : null;
    }

    private SourceReference? ReadSourceReference(JsonTreeNode node, string path)
    {
        int before = _problems.Count;
        if (!Properties(node, path, "a source reference", ["source", "quote"], ["locator"], out var p))
        {
            return null;
        }

        string? source = Reference(p, "source", path, EntityKind.Source);
        string? quote = Text(p, "quote", path);
        string? locator = OptionalText(p, "locator", path);
        return _problems.Count == before ? Build(node, path, () => new SourceReference(source!, quote!, locator)) : null;
    }

    // ---- Cross-checks --------------------------------------------------------------------------------------------

    private void ResolveReferences()
    {
        foreach ((string id, EntityKind[] kinds, string path, JsonTreeNode node) in _references)
        {
            EntityKind? found = _ids.TryGetValue(id, out var own) ? own.Kind : _basisIds.TryGetValue(id, out EntityKind b) ? b : null;
            string[] names = kinds.Length > 3 ? ["fact"] : kinds.Select(Describe).ToArray();
            string wanted = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
            if (found is null)
            {
                Problem(path, node, $"Unknown {wanted} \"{id}\": no {wanted} with this id is defined.");
            }
            else if (!kinds.Contains(found.Value))
            {
                Problem(path, node, $"\"{id}\" is {Article(Describe(found.Value))}, not {Article(wanted)}.");
            }
        }
    }

    private void CheckProgrammeTree()
    {
        foreach ((string id, (Programme programme, string path, JsonTreeNode node)) in _programmes)
        {
            // Cycles: follow parents within this document.
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            string? parent = programme.ParentId;
            while (parent is not null && _programmes.TryGetValue(parent, out var next))
            {
                if (!seen.Add(parent))
                {
                    Problem(path + ".parent", node, $"The programme \"{id}\" is its own ancestor: its parents form a cycle.");
                    break;
                }

                parent = next.Programme.ParentId;
            }

            // A child programme cannot be larger than its parent.
            Programme? parentProgramme = programme.ParentId is null ? null
                : _programmes.TryGetValue(programme.ParentId, out var own) ? own.Programme
                : _basis?.Programmes.FirstOrDefault(x => x.Id == programme.ParentId);
            if (parentProgramme?.Headline is ReportedAmount whole && programme.Headline is ReportedAmount part
                && whole.Currency == part.Currency && PartsCheck.Limit(whole) is Money max && (part.LowerBound ?? part.Amount) > max)
            {
                JsonTreeNode headlineNode = node.Properties.First(x => x.Name == "headline").Value;
                Problem(path + ".headline", headlineNode, $"The programme \"{id}\" ({part}) is larger than its parent \"{parentProgramme.Id}\" ({whole}).");
            }
        }
    }

    private void CheckMetricKinds()
    {
        foreach ((MetricValue value, string metricId, string path, JsonTreeNode node) in _metricUses)
        {
            if (_metrics.TryGetValue(metricId, out Metric? metric) && metric.ValueKind != value.Kind)
            {
                Problem(path, node, $"The metric \"{metricId}\" takes a {JsonNames<MetricValueKind>.Name(metric.ValueKind)}, but this value is a {JsonNames<MetricValueKind>.Name(value.Kind)}.");
            }
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private static string Describe(EntityKind kind) => kind switch
    {
        EntityKind.Allocation => "part",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Article(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    private void Problem(string path, JsonTreeNode node, string message) => _problems.Add(new DataProblem(path, node.Line, node.Column, message));

    private T? Build<T>(JsonTreeNode node, string path, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            Problem(path, node, ex.Message);
            return null;
        }
    }

    private bool Properties(JsonTreeNode node, string path, string what, string[] required, string[] optional, out Dictionary<string, JsonProperty> props)
    {
        props = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        if (node.Kind != JsonKind.Object)
        {
            Problem(path, node, $"Expected {what} (a JSON object); found {node.Describe()}.");
            return false;
        }

        foreach (JsonProperty property in node.Properties)
        {
            if (required.Contains(property.Name) || optional.Contains(property.Name))
            {
                props[property.Name] = property;
            }
            else
            {
                string allowed = string.Join(", ", required.Concat(optional));
                _problems.Add(new DataProblem(DataPath.Property(path, property.Name), property.Line, property.Column, $"Unknown property \"{property.Name}\" in {what}; allowed: {allowed}."));
            }
        }

        // Missing properties are reported, but the rest of the object is still read so that every problem surfaces.
        foreach (string name in required)
        {
            if (!props.ContainsKey(name))
            {
                Problem(path, node, name == "sources"
                    ? $"Missing \"sources\" in {what}: every fact needs at least one source with the exact quote that states it."
                    : $"Missing required property \"{name}\" in {what}.");
            }
        }

        return true;
    }

    private List<T> ReadArray<T>(Dictionary<string, JsonProperty> root, string name, Func<JsonTreeNode, string, T?> read)
        where T : class =>
        root.TryGetValue(name, out JsonProperty? prop) ? Items(prop.Value, "$." + name, name, read) : [];

    private List<T> Items<T>(JsonTreeNode node, string path, string name, Func<JsonTreeNode, string, T?> read)
    {
        var list = new List<T>();
        if (node.Kind != JsonKind.Array)
        {
            Problem(path, node, $"\"{name}\" must be an array; found {node.Describe()}.");
            return list;
        }

        for (int i = 0; i < node.Items.Count; i++)
        {
            T? item = read(node.Items[i], DataPath.Index(path, i));
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private string? DefineId(Dictionary<string, JsonProperty> p, string path, EntityKind kind)
    {
        string? id = IdText(p, "id", path);
        if (id is null)
        {
            return null;
        }

        string idPath = path + ".id";
        if (_ids.TryGetValue(id, out var existing))
        {
            Problem(idPath, p["id"].Value, $"Duplicate id \"{id}\": already used by {Article(Describe(existing.Kind))} at {existing.Path}.");
            return null;
        }

        if (_basisIds.TryGetValue(id, out EntityKind basisKind))
        {
            Problem(idPath, p["id"].Value, $"Duplicate id \"{id}\": the dataset being extended already has {Article(Describe(basisKind))} with this id.");
            return null;
        }

        _ids[id] = (kind, path);
        return id;
    }

    private string? Reference(Dictionary<string, JsonProperty> p, string name, string path, params EntityKind[] kinds) =>
        p.TryGetValue(name, out JsonProperty? prop) ? ReferenceValue(prop.Value, DataPath.Property(path, name), kinds) : null;

    private string? OptionalReference(Dictionary<string, JsonProperty> p, string name, string path, params EntityKind[] kinds) =>
        p.TryGetValue(name, out JsonProperty? prop) && prop.Value.Kind != JsonKind.Null ? ReferenceValue(prop.Value, DataPath.Property(path, name), kinds) : null;

    private string? ReferenceValue(JsonTreeNode node, string path, EntityKind[] kinds)
    {
        string? id = IdValue(node, path);
        if (id is not null)
        {
            _references.Add((id, kinds, path, node));
        }

        return id;
    }

    private string? IdText(Dictionary<string, JsonProperty> p, string name, string path) =>
        p.TryGetValue(name, out JsonProperty? prop) ? IdValue(prop.Value, DataPath.Property(path, name)) : null;

    private string? IdValue(JsonTreeNode node, string path)
    {
        if (node.Kind != JsonKind.String)
        {
            Problem(path, node, $"Expected an id (a string); found {node.Describe()}.");
            return null;
        }

        if (!PolicyGuard.IsValidId(node.Text))
        {
            Problem(path, node, $"\"{node.Text}\" is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters.");
            return null;
        }

        return node.Text;
    }

    private string? Text(Dictionary<string, JsonProperty> p, string name, string path) =>
        p.TryGetValue(name, out JsonProperty? prop) ? TextValue(prop.Value, DataPath.Property(path, name), $"\"{name}\"") : null;

    private string? OptionalText(Dictionary<string, JsonProperty> p, string name, string path) =>
        p.TryGetValue(name, out JsonProperty? prop) && prop.Value.Kind != JsonKind.Null ? TextValue(prop.Value, DataPath.Property(path, name), $"\"{name}\"") : null;

    private string? TextValue(JsonTreeNode node, string path, string what)
    {
        if (node.Kind != JsonKind.String)
        {
            Problem(path, node, $"{Capital(what)} must be a string; found {node.Describe()}.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(node.Text))
        {
            Problem(path, node, $"{Capital(what)} must not be empty or blank.");
            return null;
        }

        return node.Text;
    }

    private static string Capital(string text) => text.StartsWith('"') ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private TEnum? Enum<TEnum>(Dictionary<string, JsonProperty> p, string name, string path)
        where TEnum : struct, Enum =>
        p.TryGetValue(name, out JsonProperty? prop) ? EnumValue<TEnum>(prop.Value, DataPath.Property(path, name), $"\"{name}\"") : null;

    private TEnum? EnumValue<TEnum>(JsonTreeNode node, string path, string what)
        where TEnum : struct, Enum
    {
        if (node.Kind == JsonKind.String && JsonNames<TEnum>.TryParse(node.Text, out TEnum value))
        {
            return value;
        }

        Problem(path, node, $"{Capital(what)} must be one of {JsonNames<TEnum>.Allowed}; found {node.Describe()}.");
        return null;
    }

    private PartialDate? Date(Dictionary<string, JsonProperty> p, string name, string path)
    {
        if (!p.TryGetValue(name, out JsonProperty? prop))
        {
            return null;
        }

        JsonTreeNode node = prop.Value;
        string? error = null;
        if (node.Kind == JsonKind.String && PartialDate.TryParse(node.Text, out PartialDate date, out error))
        {
            return date;
        }

        Problem(DataPath.Property(path, name), node, node.Kind == JsonKind.String
            ? $"\"{name}\": {error}."
            : $"\"{name}\" must be a string: \"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"; found {node.Describe()}.");
        return null;
    }

    private int? Year(Dictionary<string, JsonProperty> p, string name, string path)
    {
        if (!p.TryGetValue(name, out JsonProperty? prop))
        {
            return null;
        }

        JsonTreeNode node = prop.Value;
        if (node.Kind == JsonKind.Number && int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1 and <= 9999)
        {
            return year;
        }

        Problem(DataPath.Property(path, name), node, $"\"{name}\" must be a whole year from 1 to 9999 (a JSON number); found {node.Describe()}.");
        return null;
    }

    private decimal? Decimal(Dictionary<string, JsonProperty> p, string name, string path) =>
        p.TryGetValue(name, out JsonProperty? prop) ? DecimalValue(prop.Value, DataPath.Property(path, name), $"\"{name}\"") : null;

    private decimal? DecimalValue(JsonTreeNode node, string path, string what)
    {
        if (node.Kind is not (JsonKind.String or JsonKind.Number))
        {
            Problem(path, node, $"{Capital(what)} must be a decimal number (a JSON string such as \"600000000\" or a plain number); found {node.Describe()}.");
            return null;
        }

        if (!ExactDecimal.TryParse(node.Text, allowGroups: false, out decimal value, out string? error, out _))
        {
            Problem(path, node, $"{Capital(what)} \"{node.Text}\" is not a plain decimal number: {error}.");
            return null;
        }

        return value;
    }

    private decimal? NonNegativeAmount(Dictionary<string, JsonProperty> p, string name, string path)
    {
        decimal? value = Decimal(p, name, path);
        if (value < 0m)
        {
            Problem(DataPath.Property(path, name), p[name].Value, FormattableString.Invariant($"An amount must not be negative; \"{name}\" is {value}."));
            return null;
        }

        return value;
    }

    private Currency? CurrencyValue(Dictionary<string, JsonProperty> p, string name, string path)
    {
        if (!p.TryGetValue(name, out JsonProperty? prop))
        {
            return null;
        }

        JsonTreeNode node = prop.Value;
        if (node.Kind == JsonKind.String && Currency.TryFromCode(node.Text!, out Currency currency))
        {
            return currency;
        }

        Problem(DataPath.Property(path, name), node, node.Kind == JsonKind.String
            ? $"Unknown currency: {CurrencyRegistry.DescribeUnknown(node.Text!, out _)}"
            : $"\"{name}\" must be an ISO 4217 code (a string such as \"CNY\"); found {node.Describe()}.");
        return null;
    }
}
