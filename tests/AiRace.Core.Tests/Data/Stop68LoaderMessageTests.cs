using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>The loader's messages about an object nested in a fact that has an id of its own or is a value (a
/// programme's part, a headline or a part's amount, a target's baseline or goal, an indicator's value) name the fact
/// it belongs to, as stop 67 made the messages about a fact's citations, inferences and periods do; each is checked
/// with its path, line, column and exact text.</summary>
public class Stop68LoaderMessageTests
{
    private const string Refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";

    private const string Amount = "{\"qualifier\":\"exact\",\"amount\":\"10\",\"currency\":\"CNY\"}";

    private static string Programme(string id, string headline, string parts) =>
        $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"]"
        + ",\"headline\":" + headline
        + (parts.Length == 0 ? string.Empty : ",\"parts\":[" + parts + "]")
        + $",\"sources\":{Refs}}}";

    private static string Part(string extra, string amount = Amount) =>
        "{\"id\":\"p-fund.a\",\"purpose\":\"compute\",\"description\":\"d\",\"amount\":" + amount + ",\"membership\":\"included\"" + extra + ",\"sources\":" + Refs + "}";

    private static string Target(string baseline = "{\"value\":{\"share\":\"17%\"},\"year\":2023}", string goal = "{\"value\":{\"share\":\"55%\"},\"year\":2027}") =>
        "{\"id\":\"t1\",\"metric\":\"m1\",\"subject\":\"CN\",\"baseline\":" + baseline + ",\"goal\":" + goal + ",\"kind\":\"analystForecast\",\"sources\":" + Refs + "}";

    private static string Indicator(string value = "{\"share\":\"83%\"}") =>
        "{\"id\":\"i1\",\"metric\":\"m1\",\"subject\":\"CN\",\"value\":" + value + ",\"observed\":\"2025\",\"method\":\"survey\",\"sources\":" + Refs + "}";

    /// <summary>A document whose programme is line 2, its target line 3 and its indicator line 4, each from column 1.</summary>
    private static string Document(string programme, string target, string indicator) =>
        "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
        + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],"
        + "\"metrics\":[{\"id\":\"m1\",\"name\":\"Share\",\"valueKind\":\"share\"}],"
        + "\"programmes\":[\n" + programme + "],"
        + "\"targets\":[\n" + target + "],"
        + "\"indicators\":[\n" + indicator + "]}";

    private static DataProblem Single(string document)
    {
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(document));
        problems.Should().ContainSingle();
        return problems[0];
    }

    private static DataProblem InProgramme(string programme) => Single(Document(programme, Target(), Indicator()));

    /// <summary>The column (1-based) of the last occurrence of <paramref name="text"/> in the line, counted by the test.</summary>
    private static int ColumnOf(string line, string text) => line.LastIndexOf(text, StringComparison.Ordinal) + 1;

    [Fact]
    public void An_unknown_property_of_a_part_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", Part(",\"owner\":\"x\""));

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0].owner", 2, ColumnOf(programme, "\"owner\""),
            "Unknown property \"owner\" in a part of the programme \"p-fund\"; allowed: id, purpose, description, amount, membership, sources, period, inferred."));
    }

    [Fact]
    public void A_missing_property_of_a_part_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", Part(string.Empty).Replace(",\"membership\":\"included\"", string.Empty, StringComparison.Ordinal));

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0]", 2, ColumnOf(programme, "{\"id\":\"p-fund.a\""),
            "Missing required property \"membership\" in a part of the programme \"p-fund\"."));
    }

    [Fact]
    public void A_part_without_sources_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", Part(string.Empty).Replace(",\"sources\":" + Refs, string.Empty, StringComparison.Ordinal));

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0]", 2, ColumnOf(programme, "{\"id\":\"p-fund.a\""),
            "Missing \"sources\" in a part of the programme \"p-fund\": every fact needs at least one source with the exact quote that states it."));
    }

    [Fact]
    public void A_part_that_is_not_an_object_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", "\"p-fund.a\"");

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0]", 2, ColumnOf(programme, "\"p-fund.a\""),
            "Expected a part of the programme \"p-fund\" (a JSON object); found the string \"p-fund.a\"."));
    }

    [Fact]
    public void A_value_of_a_part_names_the_part_with_its_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", Part(string.Empty).Replace("\"compute\"", "\"chips\"", StringComparison.Ordinal));

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0].purpose", 2, ColumnOf(programme, "\"chips\""),
            "\"purpose\" must be one of " + p.Message.Split("one of ")[1].Split("; found")[0] + "; found the string \"chips\" (in a part of the programme \"p-fund\")."));
        p.Message.Should().StartWith("\"purpose\" must be one of compute,");
    }

    [Fact]
    public void A_part_of_a_programme_whose_id_is_broken_is_named_as_before()
    {
        string programme = Programme("p fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", Part(",\"owner\":\"x\""));

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Document(programme, Target(), Indicator())));

        problems.Select(p => (p.Path, p.Message)).Should().Contain((
            "$.programmes[0].parts[0].owner",
            "Unknown property \"owner\" in a part (allocation); allowed: id, purpose, description, amount, membership, sources, period, inferred."));
    }

    [Fact]
    public void An_unknown_property_of_a_headline_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\",\"rate\":7}", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline.rate", 2, ColumnOf(programme, "\"rate\""),
            "Unknown property \"rate\" in a reported amount of the programme \"p-fund\"; allowed: qualifier, amount, currency, upperAmount, precision, stated, sourceConversion."));
    }

    [Fact]
    public void A_headline_that_is_not_an_object_names_the_programme()
    {
        string programme = Programme("p-fund", "\"100 CNY\"", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline", 2, ColumnOf(programme, "\"100 CNY\""),
            "Expected a reported amount of the programme \"p-fund\" (a JSON object); found the string \"100 CNY\"."));
    }

    [Fact]
    public void A_wrong_qualifier_of_a_headline_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"about\",\"amount\":\"100\",\"currency\":\"CNY\"}", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline.qualifier", 2, ColumnOf(programme, "\"about\""),
            "\"qualifier\" must be one of exact, approximately, upTo, atLeast, between; found the string \"about\" (in a reported amount of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_range_without_its_high_end_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"between\",\"amount\":\"100\",\"currency\":\"CNY\"}", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline", 2, ColumnOf(programme, "{\"qualifier\""),
            "A range (qualifier \"between\") needs \"upperAmount\" for its high end (in a reported amount of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_high_end_with_another_qualifier_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"upTo\",\"amount\":\"100\",\"upperAmount\":\"200\",\"currency\":\"CNY\"}", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline.upperAmount", 2, ColumnOf(programme, "\"200\""),
            "\"upperAmount\" is allowed only with the qualifier \"between\", not \"upTo\" (in a reported amount of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_range_whose_ends_are_reversed_names_the_programme()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"between\",\"amount\":\"200\",\"upperAmount\":\"100\",\"currency\":\"CNY\"}", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline.upperAmount", 2, ColumnOf(programme, "\"100\""),
            "The high end CNY 100.00 is below the low end CNY 200.00 (in a reported amount of the programme \"p-fund\")."));
    }

    [Fact]
    public void A_negative_amount_of_a_part_names_the_part()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}", Part(string.Empty, "{\"qualifier\":\"exact\",\"amount\":\"-10\",\"currency\":\"CNY\"}"));

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].parts[0].amount.amount", 2, ColumnOf(programme, "\"-10\""),
            "\"amount\" must not be negative; found -10 (in a reported amount of the part \"p-fund.a\")."));
    }

    [Fact]
    public void An_unknown_property_of_a_source_conversion_names_the_programme_after_the_conversion()
    {
        string programme = Programme("p-fund", "{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\",\"sourceConversion\":{\"qualifier\":\"approximately\",\"amount\":\"14\",\"currency\":\"USD\",\"rate\":7}}", string.Empty);

        DataProblem p = InProgramme(programme);

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.programmes[0].headline.sourceConversion.rate", 2, ColumnOf(programme, "\"rate\""),
            "Unknown property \"rate\" in a source's conversion (in a reported amount of the programme \"p-fund\"); allowed: qualifier, amount, currency, upperAmount, precision, stated."));
    }

    [Fact]
    public void An_unknown_property_of_an_indicator_value_names_the_indicator()
    {
        string indicator = Indicator("{\"share\":\"83%\",\"unit\":\"%\"}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), Target(), indicator));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.indicators[0].value.unit", 4, ColumnOf(indicator, "\"unit\""),
            "Unknown property \"unit\" in a metric value of the indicator \"i1\"; allowed: share, ratio, money, number, qualifier."));
    }

    [Fact]
    public void An_indicator_value_with_two_kinds_names_the_indicator()
    {
        string indicator = Indicator("{\"share\":\"83%\",\"number\":3}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), Target(), indicator));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.indicators[0].value", 4, ColumnOf(indicator, "{\"share\""),
            "A metric value must have exactly one of \"share\", \"ratio\", \"money\" or \"number\"; found \"share\", \"number\" (in a metric value of the indicator \"i1\")."));
    }

    [Fact]
    public void A_wrong_share_of_an_indicator_value_names_the_indicator()
    {
        string indicator = Indicator("{\"share\":83}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), Target(), indicator));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.indicators[0].value.share", 4, ColumnOf(indicator, "83"),
            "A share must be a string such as \"55%\"; found the number 83 (in a metric value of the indicator \"i1\")."));
    }

    [Fact]
    public void A_wrong_qualifier_of_an_indicator_value_names_the_indicator()
    {
        string indicator = Indicator("{\"share\":\"83%\",\"qualifier\":\"between\"}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), Target(), indicator));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.indicators[0].value.qualifier", 4, ColumnOf(indicator, "\"between\""),
            "A metric value's \"qualifier\" must be one of exact, approximately, upTo, atLeast; found the string \"between\" (in a metric value of the indicator \"i1\")."));
    }

    [Fact]
    public void A_missing_year_of_a_target_baseline_names_the_target()
    {
        string target = Target(baseline: "{\"value\":{\"share\":\"17%\"}}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), target, Indicator()));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.targets[0].baseline", 3, target.IndexOf("{\"value\"", StringComparison.Ordinal) + 1,
            "Missing required property \"year\" in a dated value of the target \"t1\"."));
    }

    [Fact]
    public void An_unknown_property_of_a_target_goal_value_names_the_goal_and_target()
    {
        string target = Target(goal: "{\"value\":{\"share\":\"55%\",\"by\":\"a1\"},\"year\":2027}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), target, Indicator()));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.targets[0].goal.value.by", 3, ColumnOf(target, "\"by\""),
            "Unknown property \"by\" in a metric value (in a dated value of the target \"t1\"); allowed: share, ratio, money, number, qualifier."));
    }

    [Fact]
    public void A_value_of_a_target_goal_names_the_target()
    {
        string target = Target(goal: "{\"value\":{\"share\":\"55%\"},\"year\":20270}");

        DataProblem p = Single(Document(Programme("p-fund", Amount, string.Empty), target, Indicator()));

        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.targets[0].goal.year", 3, ColumnOf(target, "20270"),
            "\"year\" must be a whole year from 1 to 9999 (a JSON number); found the number 20270 (in a dated value of the target \"t1\")."));
    }

    [Fact]
    public void An_indicator_of_a_broken_id_names_its_value_as_before()
    {
        string indicator = Indicator("{\"share\":\"83%\",\"unit\":\"%\"}").Replace("\"i1\"", "\"i 1\"", StringComparison.Ordinal);

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Document(Programme("p-fund", Amount, string.Empty), Target(), indicator)));

        problems.Select(p => (p.Path, p.Message)).Should().Contain((
            "$.indicators[0].value.unit",
            "Unknown property \"unit\" in a metric value; allowed: share, ratio, money, number, qualifier."));
    }

    [Fact]
    public void Money_of_an_indicator_value_that_is_not_an_object_names_the_indicator_after_the_money()
    {
        string indicator = Indicator("{\"money\":5}");

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Document(Programme("p-fund", Amount, string.Empty), Target(), indicator)));

        problems.Select(p => (p.Path, p.Line, p.Column, p.Message)).Should().Contain((
            "$.indicators[0].value.money", 4, ColumnOf(indicator, "5}"),
            "Expected money (a JSON object); found the number 5 (in a metric value of the indicator \"i1\")."));
    }

    [Fact]
    public void A_value_set_by_an_override_of_a_part_names_the_parts_programme()
    {
        const string overlay = "{\"formatVersion\":1,\"overrides\":[{\"id\":\"ov\",\"fact\":\"cn-sh-ai-subsidy-package.compute\",\"set\":{\"membership\":\"maybe\"},"
            + "\"reason\":\"r\",\"sources\":[{\"source\":\"seed-001\",\"quote\":\"q\"}]}]}";

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(overlay), PolicyData.Embedded);

        problems.Select(p => (p.Path, p.Message)).Should().Equal((
            "$.overrides[0].set.membership",
            "\"membership\" must be one of included, additional, unclear; found the string \"maybe\" (in a part of the programme \"cn-sh-ai-subsidy-package\")."));
    }
}
