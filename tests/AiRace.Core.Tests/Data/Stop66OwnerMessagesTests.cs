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

    [Fact]
    public void A_blank_source_of_a_programme_citation_names_the_programme()
    {
        string json = Document(Programme("p-fund", ",\"description\":\"d\"")).Replace(
            ",\"description\":\"d\",\"sources\":[{\"source\":\"s1\"",
            ",\"description\":\"d\",\"sources\":[{\"source\":\" \"",
            StringComparison.Ordinal);

        DataProblem p = PolicyData.Validate(Utf8(json)).Should().ContainSingle().Subject;

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].sources[0].source", 2, "\" \" is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters (in a citation of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_blank_role_of_an_actor_involvement_names_the_programme()
    {
        DataProblem p = Single(Programme("p-fund", ",\"actors\":[{\"actor\":\"a1\",\"role\":\"  \"}]"));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].actors[0].role", 2, "\"role\" must not be empty or blank (in an actor involvement of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_dangling_actor_of_an_actor_involvement_names_the_programme()
    {
        DataProblem p = Single(Programme("p-fund", ",\"actors\":[{\"actor\":\"a9\",\"role\":\"r\"}]"));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].actors[0].actor", 2, "Unknown actor \"a9\": no actor with this id is defined (in an actor involvement of the programme \"p-fund\")."));
    }

    [Fact]
    public void An_undefined_status_of_a_status_change_names_the_programme()
    {
        DataProblem p = Single(Programme("p-fund", ",\"status\":[{\"status\":\"dreaming\",\"date\":\"2024\",\"sources\":" + Refs + "}]"));

        p.Path.Should().Be("$.programmes[0].status[0].status");
        p.Line.Should().Be(2);
        p.Message.Should().StartWith("\"status\" must be one of ").And.EndWith("; found the string \"dreaming\" (in a status change of the programme \"p-fund\").");
    }

    [Fact]
    public void A_blank_quote_of_a_part_citation_names_the_part()
    {
        const string part =
            ",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}"
            + ",\"parts\":[{\"id\":\"p-fund.a\",\"purpose\":\"compute\",\"description\":\"d\",\"amount\":{\"qualifier\":\"exact\",\"amount\":\"10\",\"currency\":\"CNY\"},\"membership\":\"included\",\"sources\":[{\"source\":\"s1\",\"quote\":\"\"}]}]";

        DataProblem p = Single(Programme("p-fund", part));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].parts[0].sources[0].quote", 2, "\"quote\" must not be empty or blank (in a citation of the part \"p-fund.a\")."));
    }

    [Fact]
    public void A_blank_quote_of_a_status_change_citation_names_the_status_change_and_programme()
    {
        DataProblem p = Single(Programme("p-fund", ",\"status\":[{\"status\":\"announced\",\"date\":\"2024\",\"sources\":[{\"source\":\"s1\",\"quote\":\" \"}]}]"));

        (p.Path, p.Line, p.Message).Should().Be(("$.programmes[0].status[0].sources[0].quote", 2, "\"quote\" must not be empty or blank (in a citation of a status change of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_blank_name_of_a_programme_itself_stays_as_it_was()
    {
        DataProblem p = Single(Programme("p-fund", "").Replace("\"name\":\"p-fund\"", "\"name\":\" \"", StringComparison.Ordinal));

        (p.Path, p.Message).Should().Be(("$.programmes[0].name", "\"name\" must not be empty or blank."));
    }

    [Fact]
    public void A_blank_quote_whose_programme_id_is_broken_names_no_programme()
    {
        DataProblem[] problems = [.. PolicyData.Validate(Utf8(Document(Programme("p fund", ",\"description\":\"d\"")).Replace(
            ",\"description\":\"d\",\"sources\":[{\"source\":\"s1\",\"quote\":\"q\"",
            ",\"description\":\"d\",\"sources\":[{\"source\":\"s1\",\"quote\":\"\"",
            StringComparison.Ordinal)))];

        problems.Select(p => (p.Path, p.Message)).Should().Contain(("$.programmes[0].sources[0].quote", "\"quote\" must not be empty or blank."));
    }
}
