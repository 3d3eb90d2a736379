using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>The loader's messages about a part of a fact (a citation, an inference, a status change, an actor
/// involvement, a period) that is not the object it should be, has an unknown property or lacks a required one, and
/// about the values nested in a part (a period's length), name the fact the part belongs to, as the messages about the
/// part's own values do; each is checked with its path, line and column.</summary>
public class Stop67PartMessagesTests
{
    private const string Refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";

    private const string Headline = ",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}";

    private static string Programme(string id, string extra, string sources = Refs) =>
        $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"]"
        + extra
        + $",\"sources\":{sources}}}";

    private static string Part(string extra) =>
        Headline + ",\"parts\":[{\"id\":\"p-fund.a\",\"purpose\":\"compute\",\"description\":\"d\",\"amount\":{\"qualifier\":\"exact\",\"amount\":\"10\",\"currency\":\"CNY\"},\"membership\":\"included\""
        + extra + ",\"sources\":" + Refs + "}]";

    private static string Document(string programme) =>
        "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
        + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],"
        + "\"actors\":[{\"id\":\"a1\",\"name\":\"A\",\"kind\":\"company\",\"sources\":" + Refs + "}],"
        + "\"programmes\":[\n" + programme + "]}";

    /// <summary>The one problem of a document whose programme is on line 2 from column 1.</summary>
    private static DataProblem Single(string programme)
    {
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Document(programme)));
        problems.Should().ContainSingle();
        return problems[0];
    }

    /// <summary>The column (1-based) of the last occurrence of <paramref name="text"/> in the programme, counted by the
    /// test itself.</summary>
    private static int ColumnOf(string programme, string text) => programme.LastIndexOf(text, StringComparison.Ordinal) + 1;

    [Fact]
    public void An_unknown_property_of_a_programme_citation_names_the_programme()
    {
        string programme = Programme("p-fund", string.Empty, "[{\"source\":\"s1\",\"quote\":\"q\",\"page\":3}]");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].sources[0].page", 2, ColumnOf(programme, "\"page\""),
            "Unknown property \"page\" in a citation of the programme \"p-fund\"; allowed: source, quote, locator."));
    }

    [Fact]
    public void A_missing_quote_of_a_status_change_citation_names_the_status_change_and_programme()
    {
        string programme = Programme("p-fund", ",\"status\":[{\"status\":\"announced\",\"date\":\"2024\",\"sources\":[{\"source\":\"s1\"}]}]");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].status[0].sources[0]", 2, ColumnOf(programme, "{\"source\":\"s1\"}"),
            "Missing required property \"quote\" in a citation of a status change of the programme \"p-fund\"."));
    }

    [Fact]
    public void A_citation_that_is_not_an_object_names_the_programme()
    {
        string programme = Programme("p-fund", string.Empty, "[7]");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].sources[0]", 2, ColumnOf(programme, "7"),
            "Expected a citation of the programme \"p-fund\" (a JSON object); found the number 7."));
    }

    [Fact]
    public void An_unknown_property_of_an_actor_involvement_names_the_programme()
    {
        string programme = Programme("p-fund", ",\"actors\":[{\"actor\":\"a1\",\"role\":\"r\",\"share\":\"1%\"}]");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].actors[0].share", 2, ColumnOf(programme, "\"share\""),
            "Unknown property \"share\" in an actor involvement of the programme \"p-fund\"; allowed: actor, role."));
    }

    [Fact]
    public void A_missing_reason_of_an_inference_of_a_part_names_the_part()
    {
        string programme = Programme("p-fund", Part(",\"inferred\":[{\"field\":\"amount\"}]"));

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0].inferred[0]", 2, ColumnOf(programme, "{\"field\":\"amount\"}"),
            "Missing required property \"reason\" in an inference of the part \"p-fund.a\"."));
    }

    [Fact]
    public void An_unknown_property_of_a_period_names_the_programme()
    {
        string programme = Programme("p-fund", ",\"period\":{\"start\":\"2024\",\"until\":\"2025\"}");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].period.until", 2, ColumnOf(programme, "\"until\""),
            "Unknown property \"until\" in a period of the programme \"p-fund\"; allowed: start, end, length."));
    }

    [Fact]
    public void A_negative_length_of_a_period_names_the_programme()
    {
        string programme = Programme("p-fund", ",\"period\":{\"length\":{\"min\":-1,\"max\":2,\"unit\":\"years\"}}");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].period.length.min", 2, ColumnOf(programme, "-1"),
            "\"min\" must not be negative; found -1 (in a period of the programme \"p-fund\")."));
    }

    [Fact]
    public void An_unknown_unit_of_a_period_length_names_the_programme()
    {
        string programme = Programme("p-fund", ",\"period\":{\"length\":{\"min\":1,\"max\":2,\"unit\":\"weeks\"}}");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].period.length.unit", 2, ColumnOf(programme, "\"weeks\""),
            "A duration's \"unit\" must be one of days, months, years; found \"weeks\" (in a period of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_period_length_without_a_unit_names_the_programme()
    {
        string programme = Programme("p-fund", ",\"period\":{\"length\":{\"min\":1,\"max\":2}}");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].period.length", 2, ColumnOf(programme, "{\"min\""),
            "Missing required property \"unit\" in a duration (in a period of the programme \"p-fund\")."));
    }

    [Fact]
    public void An_unknown_property_of_a_period_length_names_the_programme_before_the_allowed_list()
    {
        string programme = Programme("p-fund", ",\"period\":{\"length\":{\"min\":1,\"max\":2,\"unit\":\"years\",\"about\":true}}");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].period.length.about", 2, ColumnOf(programme, "\"about\""),
            "Unknown property \"about\" in a duration (in a period of the programme \"p-fund\"); allowed: min, max, unit."));
    }

    [Fact]
    public void A_period_length_that_is_not_an_object_names_the_programme()
    {
        string programme = Programme("p-fund", ",\"period\":{\"length\":3}");

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].period.length", 2, ColumnOf(programme, "3}"),
            "Expected a duration (a JSON object); found the number 3 (in a period of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_period_length_whose_ends_are_reversed_names_the_part()
    {
        string programme = Programme("p-fund", Part(",\"period\":{\"length\":{\"min\":3,\"max\":2,\"unit\":\"years\"}}"));

        DataProblem p = Single(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0].period.length.max", 2, ColumnOf(programme, "2,\"unit\""),
            "The longest length 2 is below the shortest length 3 (in a period of the part \"p-fund.a\")."));
    }

    [Fact]
    public void A_period_length_of_a_programme_whose_id_is_broken_names_no_programme()
    {
        DataProblem[] problems = [.. PolicyData.Validate(Encoding.UTF8.GetBytes(Document(Programme("p fund", ",\"period\":{\"length\":{\"min\":-1,\"max\":2,\"unit\":\"years\"}}"))))];

        problems.Select(p => (p.Path, p.Message)).Should().Contain(("$.programmes[0].period.length.min", "\"min\" must not be negative; found -1."));
    }

    [Fact]
    public void An_unknown_property_of_a_citation_whose_programme_id_is_broken_names_no_programme()
    {
        DataProblem[] problems = [.. PolicyData.Validate(Encoding.UTF8.GetBytes(Document(Programme("p fund", string.Empty, "[{\"source\":\"s1\",\"quote\":\"q\",\"page\":3}]"))))];

        problems.Select(p => (p.Path, p.Message)).Should().Contain(("$.programmes[0].sources[0].page", "Unknown property \"page\" in a source reference; allowed: source, quote, locator."));
    }

    [Fact]
    public void An_unknown_property_of_a_fact_itself_stays_as_it_was()
    {
        string programme = Programme("p-fund", ",\"colour\":\"red\"");

        DataProblem p = Single(programme);

        (p.Path, p.Column, p.Message).Should().Be(("$.programmes[0].colour", ColumnOf(programme, "\"colour\""), "Unknown property \"colour\" in a programme; allowed: " + p.Message.Split("allowed: ")[1]));
        p.Message.Should().StartWith("Unknown property \"colour\" in a programme; allowed: id, name,");
    }
}
