using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>The loader builds a fact's period, citations, inferences, status changes and actor involvements with the
/// fact they belong to, so that an error their constructor finds names that fact (and is still located at the
/// property the value came from).</summary>
public class Stop66OwnerMessagesTests
{
    private const string Refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Programme(string id, string extra) =>
        $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"]"
        + extra
        + $",\"sources\":{Refs}}}";

    private static string Document(string programme) =>
        "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
        + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],"
        + "\"actors\":[{\"id\":\"a1\",\"name\":\"A\",\"kind\":\"company\",\"sources\":" + Refs + "}],"
        + "\"programmes\":[\n" + programme + "]}";

    private static DataProblem Single(string programme)
    {
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(Document(programme)));
        problems.Should().ContainSingle();
        return problems[0];
    }

    [Fact]
    public void A_period_ending_before_it_starts_names_its_programme()
    {
        DataProblem p = Single(Programme("p-fund", ",\"period\":{\"start\":\"2025\",\"end\":\"2024\"}"));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].period.end", 2, "The period of the programme \"p-fund\" ends (2024) before it starts (2025)."));
    }

    [Fact]
    public void An_empty_period_of_a_part_names_the_part()
    {
        const string part =
            ",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}"
            + ",\"parts\":[{\"id\":\"p-fund.a\",\"purpose\":\"compute\",\"description\":\"d\",\"amount\":{\"qualifier\":\"exact\",\"amount\":\"10\",\"currency\":\"CNY\"},\"membership\":\"included\",\"period\":{},\"sources\":" + Refs + "}]";

        DataProblem p = Single(Programme("p-fund", part));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].parts[0].period", 2, "The period of the part \"p-fund.a\" needs at least one of a start, an end or a length; leave the period out when the sources give none."));
    }

    [Fact]
    public void A_malformed_inference_field_names_its_programme()
    {
        DataProblem p = Single(Programme("p-fund", ",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"},\"inferred\":[{\"field\":\"headline..currency\",\"reason\":\"r\"}]"));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].inferred[0].field", 2, "field of an inference of the programme \"p-fund\" must be a property path such as \"headline.currency\"; it was \"headline..currency\"."));
    }

    [Fact]
    public void A_malformed_inference_field_of_an_actor_names_the_actor()
    {
        string json = Document(Programme("p-fund", "")).Replace(
            "{\"id\":\"a1\",\"name\":\"A\",\"kind\":\"company\",",
            "{\"id\":\"a1\",\"name\":\"A\",\"kind\":\"company\",\"role\":\"R\",\"inferred\":[{\"field\":\"role.\",\"reason\":\"r\"}],",
            StringComparison.Ordinal);

        PolicyData.Validate(Utf8(json)).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.actors[0].inferred[0].field", "field of an inference of the actor \"a1\" must be a property path such as \"headline.currency\"; it was \"role.\"."));
    }

    [Fact]
    public void A_period_whose_programme_id_is_broken_names_no_programme()
    {
        DataProblem[] problems = [.. PolicyData.Validate(Utf8(Document(Programme("p fund", ",\"period\":{\"start\":\"2025\",\"end\":\"2024\"}"))))];

        problems.Select(p => (p.Path, p.Message)).Should().Contain(("$.programmes[0].period.end", "The period ends (2024) before it starts (2025)."));
    }
}
