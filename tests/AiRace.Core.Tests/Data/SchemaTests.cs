using System.Text.Json;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using Json.Schema;

namespace AiRace.Core.Tests.Data;

public class SchemaTests
{
    /// <summary>The published schema, registered once (a schema's id can be registered only once).</summary>
    internal static readonly JsonSchema Schema = JsonSchema.FromText(PolicyData.SchemaJson);

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    [Fact]
    public void Embedded_dataset_passes_the_published_schema()
    {
        EvaluationResults results = Evaluate(PolicyData.EmbeddedJson);

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void Schema_in_the_repository_is_the_one_embedded_in_the_package()
    {
        string repoFile = Path.Combine(RepositoryRoot(), "src", "AiRace.Core", "Data", "policy-dataset.schema.json");

        File.ReadAllText(repoFile).Should().Be(PolicyData.SchemaJson);
    }

    [Theory]
    [InlineData("\"colour\": \"red\"", "an unknown property")]
    [InlineData("\"formatVersion\": 2", "another format version")]
    public void Schema_rejects_malformed_top_level(string member, string why)
    {
        string json = member.StartsWith("\"formatVersion\"", StringComparison.Ordinal) ? "{" + member + "}" : "{\"formatVersion\": 1, " + member + "}";

        Evaluate(json).IsValid.Should().BeFalse(why);
    }

    [Fact]
    public void Schema_rejects_a_programme_without_sources()
    {
        JsonNode root = JsonNode.Parse(PolicyData.EmbeddedJson)!;
        root["programmes"]![0]!.AsObject().Remove("sources");

        Evaluate(root.ToJsonString()).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Schema_rejects_a_share_above_100_percent()
    {
        JsonNode root = JsonNode.Parse(PolicyData.EmbeddedJson)!;
        root["targets"]![0]!["goal"]!["value"]!["share"] = "155%";

        Evaluate(root.ToJsonString()).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Schema_rejects_a_negative_amount()
    {
        JsonNode root = JsonNode.Parse(PolicyData.EmbeddedJson)!;
        root["programmes"]![0]!["headline"]!["amount"] = "-1";

        Evaluate(root.ToJsonString()).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Schema_requires_upper_amount_exactly_for_ranges()
    {
        JsonNode root = JsonNode.Parse(PolicyData.EmbeddedJson)!;
        root["programmes"]![0]!["headline"]!["qualifier"] = "between";

        Evaluate(root.ToJsonString()).IsValid.Should().BeFalse();
    }

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRace.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (AiRace.Core.sln) above " + AppContext.BaseDirectory);
    }
}
