using System.Text;
using AiRace.Core.Data;
using AiRace.Core.Data.Reading;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The readers' shared parts on their own (internal types) and at their bounds: the collector of problems (order, the
/// first ones kept, columns, long messages), where a value is, values at the ends of their ranges, chains of parents
/// too long to show, and what an overlay keeps of the dataset it extends (found by the loader's mutation runs,
/// tests/README.md).
/// </summary>
public class LoaderFrameworkTests
{
    private const string Refs = """[{"source":"s1","quote":"q"}]""";

    private static DataProblemList Problems(string json, PolicyDataset? extending = null) =>
        PolicyData.Validate(Encoding.UTF8.GetBytes(json), extending);

    private static string Valid(string from, string to)
    {
        MalformedDocumentTests.Valid.Should().Contain(from);
        return MalformedDocumentTests.Valid.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_collector_keeps_the_first_problems_in_document_order_and_counts_all()
    {
        var collector = new ProblemCollector(keep: 3);
        byte[] text = Encoding.UTF8.GetBytes("abc\ndef\nghi\n");
        collector.Add("$.e", 9, "e");
        collector.Add("$.b", 1, "b");
        collector.Add("$.d", 5, "d2");
        collector.Add("$.d", 5, "d1");
        collector.Add("$.a", 0, "a");
        collector.Add("$.f", 11, "f");
        collector.Add("$.c", 4, "c");
        collector.Count.Should().Be(7);

        DataProblemList problems = collector.ToList(text);

        problems.Select(p => p.Message).Should().Equal("a", "b", "c");
        (problems.Count, problems.TotalCount).Should().Be((3, 7));

        var all = new ProblemCollector(keep: 10);
        all.Add("$.d", 5, "d2");
        all.Add("$.d", 5, "d1");
        all.Add("$.z", 500, "past the end");
        all.Add("$.a", 0, "a");
        all.ToList(text).Select(p => (p.Message, p.Line, p.Column)).Should().Equal(("a", 1, 1), ("d1", 2, 2), ("d2", 2, 2), ("past the end", 4, 1));
    }

    [Fact]
    public void Columns_count_characters_as_editors_do()
    {
        // é is two bytes and one column; 😀 is four bytes and two UTF-16 columns; a line break starts column 1.
        byte[] text = Encoding.UTF8.GetBytes("é😀x\n\n😀ab");
        var collector = new ProblemCollector();
        collector.Add("$", Encoding.UTF8.GetByteCount("é"), "after é");
        collector.Add("$", Encoding.UTF8.GetByteCount("é😀"), "after the emoji");
        collector.Add("$", Encoding.UTF8.GetByteCount("é😀x\n\n😀a"), "on the third line");
        collector.ToList(text).Select(p => (p.Line, p.Column)).Should().Equal((1, 2), (1, 4), (3, 4));
    }

    [Fact]
    public void Lines_end_at_a_line_feed_a_carriage_return_or_both_together()
    {
        // "a" CRLF "b" CR "c" LF "d": four lines. A problem between the CR and the LF of a pair counts the pair once.
        byte[] text = Encoding.UTF8.GetBytes("a\r\nb\rc\nd\r\n\r\ne");
        var collector = new ProblemCollector();
        collector.Add("$", 2, "between CR and LF");
        collector.Add("$", 3, "b");
        collector.Add("$", 5, "c");
        collector.Add("$", 7, "d");
        collector.Add("$", 12, "e");
        collector.ToList(text).Select(p => (p.Message, p.Line, p.Column)).Should().Equal(
            ("between CR and LF", 2, 1), ("b", 2, 1), ("c", 3, 1), ("d", 4, 1), ("e", 6, 1));

        var once = new ProblemCollector();
        once.Add("$", 12, "e");
        once.ToList(text).Single().Line.Should().Be(6, "the lines counted in one span are the lines counted piecewise");
    }

    [Fact]
    public void A_long_message_has_its_long_quoted_values_shortened()
    {
        var collector = new ProblemCollector();
        string value = new('v', 150);
        string shortValue = new('s', 100);
        collector.Add("$", 0, $"First \"{value}\" then \"{shortValue}\" and a lone \" quote " + new string('.', 20));
        collector.Add("$", 1, "Short \"" + new string('w', 150) + "\".");
        string many = string.Concat(Enumerable.Range(0, 12).Select(i => $"\"{new string((char)('a' + i), 100)}\" "));
        collector.Add("$", 2, many);

        DataProblemList problems = collector.ToList(new byte[3]);

        problems[0].Message.Should().Be($"First \"{new string('v', 60)}… (150 characters)\" then \"{shortValue}\" and a lone \" quote " + new string('.', 20));
        problems[1].Message.Should().Be("Short \"" + new string('w', 150) + "\".", "a message up to 200 characters is left whole");
        problems[2].Message.Should().Be(many[..60] + "… (1,236 characters)", "a message still over 1,000 characters is cut as a whole");
        string exactly200 = "\"" + new string('x', 198) + "\"";
        var edge = new ProblemCollector();
        edge.Add("$", 0, exactly200);
        edge.Add("$", 0, exactly200 + "!");
        edge.ToList(new byte[1]).Select(p => p.Message).Should().Equal(exactly200, "\"" + new string('x', 60) + "… (198 characters)\"!");
    }

    [Fact]
    public void Where_writes_out_paths_of_properties_items_and_items_of_items()
    {
        Where.At("$.x").Path.Should().Be("$.x");
        Where.At("$.x").Name.Should().BeNull();
        Where property = Where.Property("$.list", "name");
        (property.Path, property.Name, property.What("an item")).Should().Be(("$.list.name", "name", "\"name\""));
        Where item = Where.Item(property, 2);
        (item.Path, item.Name, item.What("an item")).Should().Be(("$.list.name[2]", null, "an item"));
        Where.Item(item, 0).Path.Should().Be("$.list.name[2][0]");
        Where.Item(Where.At("$.x"), 1).Path.Should().Be("$.x[1]");
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("9999", true)]
    [InlineData("0", false)]
    [InlineData("10000", false)]
    [InlineData("2027.0", false)]
    [InlineData("-2027", false)]
    public void A_year_is_a_whole_number_from_1_to_9999(string year, bool valid)
    {
        string json = Valid("\"baseline\":{\"value\":{\"share\":\"17%\"},\"year\":2023},", string.Empty)
            .Replace("\"year\":2027", "\"year\":" + year, StringComparison.Ordinal);
        DataProblemList problems = Problems(json);
        if (valid)
        {
            problems.Should().BeEmpty();
        }
        else
        {
            problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Path == "$.targets[0].goal.year"
                && p.Message == $"\"year\" must be a whole year from 1 to 9999 (a JSON number); found the number {year} (in a dated value of the target \"t1\").");
        }
    }

    [Fact]
    public void Zero_is_not_negative()
    {
        string json = Valid("\"headline\":{", "\"period\":{\"length\":{\"min\":\"0\",\"max\":\"0\",\"unit\":\"years\"}},\"headline\":{");
        Problems(json).Should().BeEmpty();
        PolicyData.Parse(json).Programmes[0].Period!.Length!.Value.Minimum.Should().Be(0m);
        Problems(Valid("\"headline\":{", "\"period\":{\"length\":{\"min\":\"-0.1\",\"max\":\"0\",\"unit\":\"years\"}},\"headline\":{"))
            .Select(p => (p.Path, p.Message)).Should().Equal(("$.programmes[0].period.length.min", "\"min\" must not be negative; found -0.1 (in a period of the programme \"p1\")."));
    }

    [Fact]
    public void An_item_that_is_not_a_string_is_named_by_what_it_is()
    {
        Problems(Valid("\"readings\":[\"a\",\"b\"]", "\"readings\":[\"a\",5,\" \"]")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.ambiguities[0].readings[1]", "A reading must be a string; found the number 5."),
            ("$.ambiguities[0].readings[2]", "A reading must not be empty or blank."));
        Problems(Valid("\"about\":[\"p1\"]", "\"about\":\"p1\"")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.ambiguities[0].about", "\"about\" must be an array; found the string \"p1\"."));
        Problems(Valid("\"instruments\":[\"subsidy\"]", "\"instruments\":[\"subsidy\",7]")).Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.Path == "$.programmes[0].instruments[1]" && p.Message.StartsWith("An instrument must be one of plan, subsidy, ", StringComparison.Ordinal)
            && p.Message.EndsWith("; found the number 7.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_longer_than_eight_programmes_is_shown_up_to_the_eighth()
    {
        string Programme(int i, int parent) =>
            $"{{\"id\":\"p{i}\",\"name\":\"P{i}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"],\"parent\":\"p{parent}\",\"sources\":{Refs}}}";
        string Document(int count) => "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
            + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],\"programmes\":["
            + string.Join(",", Enumerable.Range(0, count).Select(i => Programme(i, (i + 1) % count))) + "]}";

        Problems(Document(10)).First().Message.Should().Be("The programme \"p0\" is its own ancestor: p0 → p1 → p2 → p3 → p4 → p5 → p6 → p7 → ….");
        Problems(Document(8)).First().Message.Should().Be("The programme \"p0\" is its own ancestor: p0 → p1 → p2 → p3 → p4 → p5 → p6 → p7 → p0.");
    }

    [Fact]
    public void A_child_programme_as_large_as_its_parent_capped_or_in_another_currency_is_not_too_large()
    {
        string Child(string amount, string currency, string qualifier = "exact") => Valid("\"programmes\": [{", $$"""
            "programmes": [{"id":"p2","name":"Child","sponsorKind":"state","jurisdiction":"CN","instruments":["plan"],"parent":"p1","headline":{"qualifier":"{{qualifier}}","amount":"{{amount}}","currency":"{{currency}}"},"sources":{{Refs}}},{
            """);

        Problems(Child("1000", "CNY")).Should().BeEmpty();
        Problems(Child("5000", "USD")).Should().BeEmpty();
        Problems(Child("5000", "CNY", "upTo")).Should().BeEmpty("a cap is not what will be spent: its least is zero");
        Problems(Child("1000.01", "CNY")).Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[0].headline", "The programme \"p2\" (CNY 1.00001K) is larger than its parent \"p1\" (CNY 1K)."));
    }

    [Fact]
    public void An_overlay_without_a_version_or_date_keeps_those_of_the_dataset_it_extends()
    {
        const string Versioned = """{"formatVersion":1,"version":"2025.2","asOf":"2025-08"}""";
        PolicyDataset first = PolicyData.Parse(Versioned, PolicyData.Embedded);
        PolicyDataset second = PolicyData.Parse("""{"formatVersion":1}""", first);
        (second.Version, second.AsOf).Should().Be(("2025.2", PartialDate.OfMonth(2025, 8)));
        PolicyDataset third = PolicyData.Parse("""{"formatVersion":1,"version":"2025.3","asOf":"2025-09-01"}""", first);
        (third.Version, third.AsOf).Should().Be(("2025.3", PartialDate.OfDay(2025, 9, 1)));
        PolicyData.Parse("""{"formatVersion":1,"version":"v1"}""").Version.Should().Be("v1");
        PolicyData.Parse("""{"formatVersion":1}""").Version.Should().BeNull();
    }

    // Stop 65's mutation run of the lines changed since 7b1fe36 (tests/README.md): a line feed first in the span ends a
    // line unless a carriage return came just before the span.
    [Fact]
    public void A_line_feed_first_in_a_span_ends_a_line_unless_it_follows_a_carriage_return()
    {
        ProblemCollector.LineEnds("\nx"u8, afterCarriageReturn: false).Should().Be(1);
        ProblemCollector.LineEnds("\nx"u8, afterCarriageReturn: true).Should().Be(0);
        ProblemCollector.LineEnds("\r\n\rx\n"u8, afterCarriageReturn: false).Should().Be(3);
        ProblemCollector.LineEnds(ReadOnlySpan<byte>.Empty, afterCarriageReturn: true).Should().Be(0);
    }
}
