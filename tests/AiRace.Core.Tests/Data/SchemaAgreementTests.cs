using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiRace.Core.Data;
using Json.Schema;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The published JSON Schema and the loader agree on the format's shape: the test reads the schema, walks a document
/// that uses every definition and every property, and for each object and each property generates documents that miss
/// a required property, drop an optional one, add an unknown one, or give an enumerated property a value outside (or
/// inside) its allowed set; the schema and the loader must give the same verdict on each.
/// </summary>
public partial class SchemaAgreementTests
{
    private const string Ref = """[{"source":"s1","quote":"q","locator":"para 1"}]""";

    /// <summary>The dataset <see cref="Full"/> extends: its overrides and retractions change facts of this one.</summary>
    internal static readonly PolicyDataset Basis = PolicyData.Parse("""
        {"formatVersion":1,"sources":[{"id":"base-s","published":"unknown","locator":"b","confidence":"low"}],
         "jurisdictions":[{"id":"US","kind":"country","name":"United States"}],
         "claims":[{"id":"base-c1","topic":"t","subject":"US","statement":"s","sources":[{"source":"base-s","quote":"q"}]},
                   {"id":"base-c2","topic":"t","subject":"US","statement":"s","sources":[{"source":"base-s","quote":"q"}]}]}
        """);

    /// <summary>A valid document (extending <see cref="Basis"/>) that uses every definition of the schema and every
    /// property of each.</summary>
    internal static readonly string Full = $$$"""
    {
      "$schema": "./policy-dataset.schema.json",
      "formatVersion": 1,
      "version": "2025.1",
      "asOf": "2025-08",
      "sources": [{"id":"s1","title":"T","publisher":"P","author":"A. Writer","url":"https://example.org/a","published":"2025-07","locator":"x","confidence":"high","note":"n"}],
      "jurisdictions": [
        {"id":"CN","kind":"country","name":"China"},
        {"id":"CN-SH","kind":"subdivision","name":"Shanghai","parent":"CN","sources":{{{Ref}}}},
        {"id":"CN-SH.pudong","kind":"city","name":"Pudong","parent":"CN-SH","inferred":[{"field":"parent","reason":"r"}]}
      ],
      "actors": [
        {"id":"gov","name":"Government","kind":"governmentBody","jurisdiction":"CN","sources":{{{Ref}}}},
        {"id":"a1","name":"An analyst","kind":"person","jurisdiction":"CN","affiliation":"gov","role":"analyst","inferred":[{"field":"affiliation","reason":"r"}],"sources":{{{Ref}}}}
      ],
      "metrics": [
        {"id":"m-share","name":"Share","valueKind":"share","description":"d"},
        {"id":"m-ratio","name":"Ratio","valueKind":"ratio"},
        {"id":"m-money","name":"Money","valueKind":"money"},
        {"id":"m-number","name":"Number","valueKind":"number"}
      ],
      "programmes": [
        {"id":"p1","name":"P","description":"d","sponsorKind":"state","jurisdiction":"CN-SH",
          "actors":[{"actor":"gov","role":"sponsor"}],
          "instruments":["subsidy"],
          "status":[{"status":"announced","date":"unknown","sources":{{{Ref}}}}],
          "period":{"start":"2025","end":"2027","length":{"min":"3","max":"5","unit":"years"}},
          "headline":{"qualifier":"between","amount":"1000","upperAmount":"2000","precision":"1000","currency":"CNY","stated":"1,000 to 2,000 yuan",
            "sourceConversion":{"qualifier":"between","amount":"139","upperAmount":"278","precision":"1","currency":"USD","stated":"139 to 278 dollars"}},
          "parts":[{"id":"p1.a","purpose":"compute","description":"compute","amount":{"qualifier":"exact","amount":"600","currency":"CNY"},"membership":"included","period":{"start":"2025"},"inferred":[{"field":"purpose","reason":"r"}],"sources":{{{Ref}}}}],
          "inferred":[{"field":"instruments","reason":"r"},{"field":"headline.sourceConversion.currency","reason":"a bare $"}],
          "sources":{{{Ref}}}},
        {"id":"p2","name":"Child","sponsorKind":"state","jurisdiction":"CN-SH","instruments":["plan"],"parent":"p1",
          "headline":{"qualifier":"approximately","amount":"100","currency":"CNY"},"sources":{{{Ref}}}},
        {"id":"p3","name":"Other","sponsorKind":"unknown","jurisdiction":"CN","instruments":["investmentFund"],"sources":{{{Ref}}}}
      ],
      "targets": [{"id":"t1","metric":"m-share","subject":"CN","baseline":{"value":{"share":"17%"},"year":2023},"goal":{"value":{"share":"55%","qualifier":"approximately"},"year":2027},"kind":"analystForecast","by":"a1","programme":"p1","note":"n","inferred":[{"field":"kind","reason":"r"}],"sources":{{{Ref}}}}],
      "indicators": [
        {"id":"i1","metric":"m-ratio","subject":"CN","value":{"ratio":"0.65","qualifier":"approximately"},"observed":"unknown","method":"benchmark","by":"a1","comparator":"a chip","comparatorId":"gov","note":"n","inferred":[{"field":"method","reason":"r"}],"sources":{{{Ref}}}},
        {"id":"i2","metric":"m-money","subject":"CN","value":{"money":{"amount":"5","currency":"USD"}},"observed":"2024","method":"report","sources":{{{Ref}}}},
        {"id":"i3","metric":"m-number","subject":"CN","value":{"number":"12"},"observed":"2024-05-01","method":"estimate","sources":{{{Ref}}}}
      ],
      "claims": [{"id":"c1","topic":"x","subject":"CN","statement":"S","comparator":"CN-SH","by":"a1","inferred":[{"field":"topic","reason":"r"}],"sources":{{{Ref}}}}],
      "ambiguities": [{"id":"amb1","question":"Q?","about":["p1"],"readings":["a","b"],"sources":{{{Ref}}}}],
      "overlaps": [{"id":"o1","programmes":["p1","p3"],"reason":"may count the same money","ambiguity":"amb1","sources":{{{Ref}}}}],
      "overrides": [{"id":"ov1","fact":"base-c1","set":{"statement":"Changed."},"reason":"r","sources":{{{Ref}}}}],
      "retractions": [{"id":"rt1","fact":"base-c2","reason":"r","sources":{{{Ref}}}}]
    }
    """;

    private static readonly JsonObject SchemaRoot = JsonNode.Parse(PolicyData.SchemaJson)!.AsObject();
    private static JsonSchema Schema => SchemaTests.Schema;

    /// <summary>An object of the document with the schema (definition) that describes it.</summary>
    private sealed record Site(string Pointer, string Path, string Def, JsonObject Schema);

    /// <summary>A property of the document whose schema enumerates its allowed values.</summary>
    private sealed record EnumSite(string Pointer, string Path, string[] Allowed);

    [Fact]
    public void The_full_document_is_valid_for_both_and_uses_every_definition_and_property()
    {
        Evaluate(Full).IsValid.Should().BeTrue(Describe(Evaluate(Full)));
        Problems(Full).Should().BeEmpty();

        (List<Site> sites, _) = Walk(JsonNode.Parse(Full)!);
        string[] objectDefs = SchemaRoot["$defs"]!.AsObject()
            .Where(d => d.Value!["properties"] is not null)
            .Select(d => d.Key).ToArray();
        sites.Select(s => s.Def).Distinct().Should().Contain(objectDefs, "the document uses every object definition");
        foreach (IGrouping<string, Site> def in sites.GroupBy(s => s.Def))
        {
            string[] declared = def.First().Schema["properties"]!.AsObject().Select(p => p.Key).ToArray();
            string[] used = def.SelectMany(s => Instance(s.Pointer).AsObject().Select(p => p.Key)).Distinct().ToArray();
            used.Should().Contain(declared, $"the document uses every property of {def.Key}");
        }
    }

    [Fact]
    public void Both_reject_a_document_missing_any_required_property()
    {
        var disagreements = new List<string>();
        int cases = 0;
        foreach (Site site in Walk(JsonNode.Parse(Full)!).Sites)
        {
            foreach (string name in Required(site.Schema))
            {
                cases++;
                string json = Mutate(site.Pointer, o => o.Remove(name));
                bool schemaRejects = !Evaluate(json).IsValid;
                IReadOnlyList<DataProblem> problems = Problems(json);
                bool readerRejects = problems.Any(p => p.Path == site.Path && p.Message.StartsWith("Missing", StringComparison.Ordinal) && p.Message.Contains($"\"{name}\"", StringComparison.Ordinal));
                if (!schemaRejects || !readerRejects)
                {
                    disagreements.Add($"{site.Path} without \"{name}\": schema rejects {schemaRejects}, loader reports it missing {readerRejects}");
                }
            }
        }

        disagreements.Should().BeEmpty();
        cases.Should().BeGreaterThan(60);
    }

    [Fact]
    public void Neither_requires_an_optional_property()
    {
        var disagreements = new List<string>();
        foreach (Site site in Walk(JsonNode.Parse(Full)!).Sites)
        {
            foreach (string name in site.Schema["properties"]!.AsObject().Select(p => p.Key).Except(Required(site.Schema)))
            {
                string json = Mutate(site.Pointer, o => o.Remove(name));
                bool schemaRequires = RequiredErrors(Evaluate(json), site.Pointer).Any();
                bool readerRequires = Problems(json).Any(p => p.Path == site.Path && p.Message.StartsWith("Missing", StringComparison.Ordinal));
                bool conditional = site.Schema["then"]?["required"] is JsonArray then && then.Any(n => (string)n! == name);
                if (!conditional && (schemaRequires || readerRequires))
                {
                    disagreements.Add($"{site.Path} without optional \"{name}\": schema requires it {schemaRequires}, loader requires it {readerRequires}");
                }
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void Both_reject_an_unknown_property_and_allow_the_same_ones()
    {
        var disagreements = new List<string>();
        foreach (Site site in Walk(JsonNode.Parse(Full)!).Sites)
        {
            string json = Mutate(site.Pointer, o => o["zzUnknown"] = 1);
            bool schemaRejects = !Evaluate(json).IsValid;
            DataProblem? problem = Problems(json).FirstOrDefault(p => p.Path == site.Path + ".zzUnknown");
            string[] schemaAllows = site.Schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            string[]? readerAllows = problem is null ? null : AllowedList().Match(problem.Message).Groups[1].Value.Split(", ").Order(StringComparer.Ordinal).ToArray();
            if (!schemaRejects || readerAllows is null || !readerAllows.SequenceEqual(schemaAllows))
            {
                disagreements.Add($"{site.Path} ({site.Def}): schema rejects an unknown property {schemaRejects}; schema allows [{string.Join(", ", schemaAllows)}], loader allows [{string.Join(", ", readerAllows ?? [])}]");
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void Both_reject_a_value_outside_an_enumeration_and_list_the_same_allowed_values()
    {
        var disagreements = new List<string>();
        List<EnumSite> enums = Walk(JsonNode.Parse(Full)!).Enums;
        foreach (EnumSite site in enums)
        {
            string json = Replace(site.Pointer, JsonValue.Create("zzNotAllowed"));
            bool schemaRejects = !Evaluate(json).IsValid;
            DataProblem? problem = Problems(json).FirstOrDefault(p => p.Path == site.Path);
            Match listed = problem is null ? Match.Empty : OneOfList().Match(problem.Message);
            string[] readerAllows = listed.Success ? listed.Groups[1].Value.Split(", ").Order(StringComparer.Ordinal).ToArray() : [];
            if (!schemaRejects || !readerAllows.SequenceEqual(site.Allowed.Order(StringComparer.Ordinal)))
            {
                disagreements.Add($"{site.Path}: schema rejects \"zzNotAllowed\" {schemaRejects}; schema allows [{string.Join(", ", site.Allowed)}], loader says [{problem?.Message}]");
            }
        }

        disagreements.Should().BeEmpty();
        enums.Select(e => e.Pointer).Should().HaveCountGreaterThan(20);
    }

    [Fact]
    public void Both_accept_every_allowed_value_of_an_enumeration()
    {
        var disagreements = new List<string>();
        foreach (EnumSite site in Walk(JsonNode.Parse(Full)!).Enums)
        {
            foreach (string allowed in site.Allowed)
            {
                string json = Replace(site.Pointer, JsonValue.Create(allowed));
                bool schemaComplains = Errors(Evaluate(json), site.Pointer).Any();
                DataProblem? readerComplains = Problems(json).FirstOrDefault(p => p.Path == site.Path);
                if (schemaComplains || readerComplains is not null)
                {
                    disagreements.Add($"{site.Path} = \"{allowed}\": schema complains {schemaComplains}, loader: {readerComplains}");
                }
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void Both_refuse_another_format_version()
    {
        string json = Replace("/formatVersion", JsonValue.Create(2));

        Evaluate(json).IsValid.Should().BeFalse();
        Problems(json).Should().ContainSingle(p => p.Path == "$.formatVersion");
    }

    [GeneratedRegex("; allowed: (.*)\\.$")]
    private static partial Regex AllowedList();

    [GeneratedRegex("must be one of (.*); found")]
    private static partial Regex OneOfList();

    private static IEnumerable<string> Required(JsonObject schema) =>
        schema["required"] is JsonArray required ? required.Select(n => (string)n!) : [];

    private static IEnumerable<EvaluationResults> RequiredErrors(EvaluationResults results, string pointer) =>
        Errors(results, pointer).Where(d => d.Errors!.ContainsKey("required") && !d.EvaluationPath.ToString().Contains("/then", StringComparison.Ordinal));

    /// <summary>The schema's errors at a location of an invalid document, leaving out the failures that only steer
    /// conditions (an <c>if</c> that does not hold, a <c>not</c> or <c>else</c> branch, a <c>oneOf</c> alternative).</summary>
    private static IEnumerable<EvaluationResults> Errors(EvaluationResults results, string pointer) =>
        results.IsValid ? [] : (results.Details ?? []).Where(d => d.InstanceLocation.ToString() == pointer && d.Errors is { Count: > 0 }
            && !ConditionBranch().IsMatch(d.EvaluationPath.ToString()));

    [GeneratedRegex("/(if|not|oneOf/[0-9]+)(/|$)")]
    private static partial Regex ConditionBranch();

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    private static IReadOnlyList<DataProblem> Problems(string json) => PolicyData.Validate(Encoding.UTF8.GetBytes(json), Basis);

    private static JsonNode Instance(string pointer)
    {
        JsonNode node = JsonNode.Parse(Full)!;
        foreach (string segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[Unescape(segment)]!;
        }

        return node;
    }

    private static string Mutate(string pointer, Action<JsonObject> mutate)
    {
        JsonNode root = JsonNode.Parse(Full)!;
        JsonNode node = root;
        foreach (string segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[Unescape(segment)]!;
        }

        mutate(node.AsObject());
        return root.ToJsonString();
    }

    private static string Replace(string pointer, JsonNode value)
    {
        JsonNode root = JsonNode.Parse(Full)!;
        string[] segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode parent = root;
        foreach (string segment in segments[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : parent[Unescape(segment)]!;
        }

        if (parent is JsonArray items)
        {
            items[int.Parse(segments[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[Unescape(segments[^1])] = value;
        }

        return root.ToJsonString();
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    /// <summary>Walks the document beside the schema: every object with the definition that describes it, and every
    /// enumerated property.</summary>
    private static (List<Site> Sites, List<EnumSite> Enums) Walk(JsonNode document)
    {
        var sites = new List<Site>();
        var enums = new List<EnumSite>();
        Visit(document, SchemaRoot, "(root)", string.Empty, "$", sites, enums);
        return (sites, enums);
    }

    private static void Visit(JsonNode? node, JsonObject schema, string def, string pointer, string path, List<Site> sites, List<EnumSite> enums)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            def = ((string)reference!)["#/$defs/".Length..];
            schema = SchemaRoot["$defs"]![def]!.AsObject();
        }

        if (schema["enum"] is JsonArray allowed)
        {
            enums.Add(new EnumSite(pointer, path, allowed.Select(a => (string)a!).ToArray()));
        }

        switch (node)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                sites.Add(new Site(pointer, path, def, schema));
                foreach ((string name, JsonNode? value) in obj)
                {
                    if (properties[name] is JsonObject propertySchema)
                    {
                        Visit(value, propertySchema, def + "." + name, pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), DataPath.Property(path, name), sites, enums);
                    }
                }

                break;
            case JsonArray array when schema["items"] is JsonObject itemSchema:
                for (int i = 0; i < array.Count; i++)
                {
                    Visit(array[i], itemSchema, def + "[]", pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), DataPath.Index(path, i), sites, enums);
                }

                break;
        }
    }
}
