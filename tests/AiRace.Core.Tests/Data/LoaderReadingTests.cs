using System.Text;
using AiRace.Core.Data;
using AiRace.Core.Data.Reading;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The readers' own wording and places, where the other loader tests check a message only by its start or not at all
/// (found by the loader's mutation runs, tests/README.md): values of the wrong JSON kind, references of the wrong kind,
/// and overlays that change a fact they cannot.
/// </summary>
public class LoaderReadingTests
{
    private const string Cite = """[{"source":"seed-001","quote":"q"}]""";

    private static DataProblemList Problems(string json, PolicyDataset? extending = null) =>
        PolicyData.Validate(Encoding.UTF8.GetBytes(json), extending);

    private static DataProblem Only(string json, PolicyDataset? extending = null)
    {
        DataProblemList problems = Problems(json, extending);
        problems.Should().ContainSingle(string.Join("\n", problems));
        return problems[0];
    }

    private static string Valid(string from, string to)
    {
        MalformedDocumentTests.Valid.Should().Contain(from);
        return MalformedDocumentTests.Valid.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Overlay(string members) => "{\"formatVersion\":1," + members + "}";

    [Fact]
    public void A_schema_address_that_is_not_a_string_is_refused()
    {
        Only("{\"formatVersion\":1,\n \"$schema\":5}").Should().Be(new DataProblem("$['$schema']", 2, 12, "\"$schema\" must be a string; found the number 5."));
        Problems("{\"formatVersion\":1,\"$schema\":\"https://example.org/schema.json\"}").Should().BeEmpty();
    }

    [Fact]
    public void A_currency_that_is_not_a_string_is_refused_with_what_it_is()
    {
        string json = Valid("\"amount\":\"1000\",\"currency\":\"CNY\"", "\"amount\":\"1000\",\"currency\":5");
        DataProblem problem = Only(json);
        problem.Path.Should().Be("$.programmes[0].headline.currency");
        problem.Message.Should().Be("\"currency\" must be an ISO 4217 code (a string such as \"CNY\"); found the number 5 (in a reported amount of the programme \"p1\").");
        int at = json.IndexOf("\"currency\":5", StringComparison.Ordinal) + "\"currency\":".Length;
        (problem.Line, problem.Column).Should().Be((json[..at].Count(c => c == '\n') + 1, at - json.LastIndexOf('\n', at)));
    }

    [Fact]
    public void A_part_of_a_programme_the_document_retracts_cannot_be_changed_too()
    {
        string json = Overlay($$"""
            "retractions":[{"id":"rt1","fact":"cn-sh-ai-subsidy-package","reason":"r","sources":{{Cite}} },
              {"id":"rt2","fact":"cn-sh-ai-subsidy-package.compute","reason":"r","sources":{{Cite}} }]
            """);
        Problems(json, PolicyData.Embedded).Where(p => p.Path == "$.retractions[1].fact").Select(p => p.Message).Should().Equal(
            "\"cn-sh-ai-subsidy-package.compute\" is a part of \"cn-sh-ai-subsidy-package\", which this document retracts.");
    }

    [Fact]
    public void An_overrides_set_that_is_not_an_object_is_refused()
    {
        string json = Overlay($$"""
            "overrides":[{"id":"ov","fact":"bernstein","set":["name"],"reason":"r","sources":{{Cite}} }]
            """);
        DataProblem problem = Only(json, PolicyData.Embedded);
        problem.Path.Should().Be("$.overrides[0].set");
        problem.Message.Should().Be("\"set\" must be an object with the fact's properties to replace; found an array.");
        problem.Column.Should().Be(json.IndexOf("[\"name\"]", StringComparison.Ordinal) - json.LastIndexOf('\n', json.IndexOf("[\"name\"]", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_reference_to_a_fact_of_another_kind_names_both_kinds()
    {
        Only(Valid("\"subject\":\"CN\",\"baseline\"", "\"subject\":\"m1\",\"baseline\"")).Should().Match<DataProblem>(p =>
            p.Path == "$.targets[0].subject" && p.Message == "\"m1\" is a metric, not a jurisdiction or actor.");
        Only(Valid("\"subject\":\"CN\",\"statement\"", "\"subject\":\"m1\",\"statement\"")).Should().Match<DataProblem>(p =>
            p.Path == "$.claims[0].subject" && p.Message == "\"m1\" is a metric, not a jurisdiction, actor or programme.");
        Only(Valid("\"subject\":\"CN\",\"statement\"", "\"subject\":\"zz\",\"statement\"")).Should().Match<DataProblem>(p =>
            p.Path == "$.claims[0].subject" && p.Message == "Unknown jurisdiction, actor or programme \"zz\": no jurisdiction, actor or programme with this id is defined.");
    }

    [Fact]
    public void An_id_or_a_date_that_is_not_a_string_is_refused_with_what_it_is()
    {
        Problems(Valid("{\"id\":\"m1\"", "{\"id\":5")).Select(p => (p.Path, p.Message)).Should().Contain(
            ("$.metrics[0].id", "Expected an id (a string); found the number 5."));
        Problems(Valid("\"published\":\"2025-07\"", "\"published\":[]")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.sources[0].published", "\"published\" must be a string: \"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"; found an array."));
    }

    [Fact]
    public void An_override_whose_id_is_refused_does_not_also_count_as_a_change_of_its_fact()
    {
        Problems(Overlay($$"""
            "overrides":[{"id":"ov","fact":"bernstein","set":{"name":"B"},"reason":"r","sources":{{Cite}} },
              {"id":"ov","fact":"bernstein","set":{"role":"R"},"reason":"r","sources":{{Cite}} }]
            """), PolicyData.Embedded).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.overrides[1].id", "Duplicate id \"ov\": already used by an override at $.overrides[0]."));
        Problems(Overlay($$"""
            "overrides":[{"id":"ov","fact":"bernstein","set":{"name":"B"},"reason":"r","sources":{{Cite}} },
              {"id":"openai","fact":"bernstein","set":{"role":"R"},"reason":"r","sources":{{Cite}} }]
            """), PolicyData.Embedded).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.overrides[1].id", "Duplicate id \"openai\": the dataset being extended already has an actor with this id."));
    }

    [Fact]
    public void The_parts_of_a_retracted_programme_are_retracted_with_it()
    {
        string json = Overlay($$"""
            "retractions":[{"id":"rt","fact":"cn-sh-ai-subsidy-package","reason":"r","sources":{{Cite}} }],
            "claims":[{"id":"mine","topic":"t","subject":"cn-sh-ai-subsidy-package.compute","statement":"s","sources":{{Cite}} }]
            """);
        Problems(json, PolicyData.Embedded).Select(p => (p.Path, p.Message)).Should().Contain(
            ("$.claims[0].subject", "\"cn-sh-ai-subsidy-package.compute\" is retracted by \"rt\": nothing may refer to it."));
    }

    [Fact]
    public void An_override_of_a_programmes_parts_that_keeps_every_part_drops_none()
    {
        System.Text.Json.Nodes.JsonNode programme = System.Text.Json.Nodes.JsonNode.Parse(PolicyData.EmbeddedJson)!["programmes"]!.AsArray()
            .Single(p => (string?)p!["id"] == "cn-sh-ai-subsidy-package")!;
        System.Text.Json.Nodes.JsonArray parts = programme["parts"]!.AsArray();
        parts.Count.Should().Be(4);
        parts[0]!["description"] = "Compute vouchers (described again)";
        string json = Overlay($$"""
            "overrides":[{"id":"ov","fact":"cn-sh-ai-subsidy-package","set":{"parts":{{parts.ToJsonString()}} },"reason":"r","sources":{{Cite}} }]
            """);

        Problems(json, PolicyData.Embedded).Should().BeEmpty();
        PolicyData.Parse(json, PolicyData.Embedded).Programme("cn-sh-ai-subsidy-package").Parts[0].Description.Should().Be("Compute vouchers (described again)");
    }

    [Fact]
    public void An_override_of_a_programmes_parts_that_keeps_some_reports_only_the_parts_it_drops()
    {
        System.Text.Json.Nodes.JsonNode programme = System.Text.Json.Nodes.JsonNode.Parse(PolicyData.EmbeddedJson)!["programmes"]!.AsArray()
            .Single(p => (string?)p!["id"] == "cn-sh-ai-subsidy-package")!;
        System.Text.Json.Nodes.JsonArray parts = programme["parts"]!.AsArray();
        parts.Select(p => (string?)p!["id"]).Should().Equal(
            "cn-sh-ai-subsidy-package.compute", "cn-sh-ai-subsidy-package.models", "cn-sh-ai-subsidy-package.data", "cn-sh-ai-subsidy-package.research-institutions");
        var kept = new System.Text.Json.Nodes.JsonArray(parts[0]!.DeepClone(), parts[1]!.DeepClone());
        string json = Overlay($$"""
            "overrides":[{"id":"ov","fact":"cn-sh-ai-subsidy-package","set":{"parts":{{kept.ToJsonString()}} },"reason":"r","sources":{{Cite}} }]
            """);

        Problems(json, PolicyData.Embedded).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.overrides[0]", "\"cn-sh-ai-subsidy-package.data\" is still referred to by the ambiguity \"a-sh-part-currency\" (its \"about\"): the override of \"cn-sh-ai-subsidy-package\" leaves the part out; keep it or change that fact too."),
            ("$.overrides[0]", "\"cn-sh-ai-subsidy-package.research-institutions\" is still referred to by the ambiguity \"a-sh-institution-support-in-package\" (its \"about\"): the override of \"cn-sh-ai-subsidy-package\" leaves the part out; keep it or change that fact too."));
    }

    [Fact]
    public void Each_fact_takes_inferences_about_the_same_fields_as_its_reader_reads()
    {
        static string[] Format(string[] required, string[] optional) =>
            [.. required.Concat(optional).Where(n => n is not ("id" or "sources" or "inferred"))];

        Actor.InferableFields.Should().Equal(Format(ActorReader.Required, ActorReader.Optional));
        Claim.InferableFields.Should().Equal(Format(ClaimReader.Required, ClaimReader.Optional));
        Indicator.InferableFields.Should().Equal(Format(IndicatorReader.Required, IndicatorReader.Optional));
        Jurisdiction.InferableFields.Should().Equal(Format(JurisdictionReader.Required, JurisdictionReader.Optional));
        Programme.InferableFields.Should().Equal(Format(ProgrammeReader.Required, ProgrammeReader.Optional));
        Allocation.InferableFields.Should().Equal(Format(ProgrammeReader.PartRequired, ProgrammeReader.PartOptional));
        Target.InferableFields.Should().Equal(Format(TargetReader.Required, TargetReader.Optional));
    }
}
