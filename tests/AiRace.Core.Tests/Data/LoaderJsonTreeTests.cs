using System.Text;
using AiRace.Core.Data;
using AiRace.Core.Data.Reading;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The loader's table of JSON values on its own (internal types): how a value describes itself, how text is shortened,
/// the items and properties of containers, paths, reading JSON the library wrote, and the overlay of an override's
/// changes on a fact (found untested or tested only through whole documents by the loader's mutation run,
/// tests/README.md).
/// </summary>
public class LoaderJsonTreeTests
{
    private static JsonTreeNode Parse(string json)
    {
        var problems = new ProblemCollector();
        JsonTreeNode? node = JsonTree.Parse(Encoding.UTF8.GetBytes(json), problems);
        problems.Count.Should().Be(0);
        return node!.Value;
    }

    [Fact]
    public void Each_kind_of_value_describes_itself()
    {
        JsonTreeNode root = Parse("""{"o":{},"a":[],"s":"text","n":-1.50,"t":true,"f":false,"z":null}""");
        string[] described = [.. Names(root).Select(name => root.Property(name)!.Value.Describe())];
        described.Should().Equal("an object", "an array", "the string \"text\"", "the number -1.50", "true", "false", "null");
        Names(root).Select(name => root.Property(name)!.Value.Kind).Should().Equal(
            JsonKind.Object, JsonKind.Array, JsonKind.String, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null);
        root.Property("s")!.Value.Text.Should().Be("text");
        root.Property("n")!.Value.Text.Should().Be("-1.50");
        new[] { "o", "a", "t", "f", "z" }.Select(name => root.Property(name)!.Value.Text).Should().OnlyContain(text => text == null);
        root.Property("missing").Should().BeNull();
    }

    private static IEnumerable<string> Names(JsonTreeNode node)
    {
        var names = new List<string>();
        foreach (JsonProperty property in node.Properties)
        {
            names.Add(property.Name);
        }

        return names;
    }

    [Fact]
    public void Text_up_to_a_hundred_characters_is_quoted_whole_and_longer_text_is_cut_to_sixty_with_its_length()
    {
        string hundred = new('a', 100);
        JsonTreeNode.Shorten(hundred).Should().BeSameAs(hundred);
        JsonTreeNode.Shorten(string.Empty).Should().BeEmpty();
        string longer = new string('b', 60) + new string('c', 41);
        JsonTreeNode.Shorten(longer).Should().Be(new string('b', 60) + "… (101 characters)");
        using (new CultureScope("de-DE"))
        {
            JsonTreeNode.Shorten(new string('d', 12_345)).Should().Be(new string('d', 60) + "… (12,345 characters)");
        }

        JsonTreeNode root = Parse("{\"s\":\"" + longer + "\",\"n\":1" + new string('0', 100) + "}");
        root.Property("s")!.Value.Describe().Should().Be("the string \"" + new string('b', 60) + "… (101 characters)\"");
        root.Property("n")!.Value.Describe().Should().Be("the number 1" + new string('0', 59) + "… (101 characters)");
    }

    [Fact]
    public void An_array_counts_and_finds_its_items_and_other_values_have_none()
    {
        JsonTreeNode root = Parse("""{"a":[10,{"x":[1,2]},[3],"last"],"e":[],"o":{"p":1}}""");
        JsonTreeNode.ItemList items = root.Property("a")!.Value.Items;
        items.Count.Should().Be(4);
        items[0].Text.Should().Be("10");
        items[1].Property("x")!.Value.Items.Count.Should().Be(2);
        items[2].Items[0].Text.Should().Be("3");
        items[3].Text.Should().Be("last");
        Assert.Throws<ArgumentOutOfRangeException>(() => items[4]).ParamName.Should().Be("index");
        Assert.Throws<ArgumentOutOfRangeException>(() => items[-1]).ParamName.Should().Be("index");

        JsonTreeNode empty = root.Property("e")!.Value;
        empty.Items.Count.Should().Be(0);
        Assert.Throws<ArgumentOutOfRangeException>(() => empty.Items[0]);

        JsonTreeNode obj = root.Property("o")!.Value;
        obj.Items.Count.Should().Be(0, "an object has no items");
        Count(obj.Items).Should().Be(0);
        Names(items[0]).Should().BeEmpty("a number has no properties");
        Names(root.Property("a")!.Value).Should().BeEmpty("an array has no properties");
        Names(root).Should().Equal("a", "e", "o");
    }

    [Fact]
    public void The_items_of_a_root_array_are_counted_and_a_value_after_an_object_has_no_properties_of_its_own()
    {
        JsonTreeNode root = Parse("""[{"k":1},5]""");
        root.Items.Count.Should().Be(2);
        Count(root.Items).Should().Be(2);
        root.Items[1].Text.Should().Be("5");
        root.Items[1].Items.Count.Should().Be(0);
        Count(root.Items[1].Items).Should().Be(0);
        Names(root.Items[1]).Should().BeEmpty();
        Names(root.Items[0]).Should().Equal("k");

        JsonTreeNode array = Parse("""{"x":[{"a":[1],"b":2}]}""").Property("x")!.Value;
        Names(array).Should().BeEmpty("the properties of an array's object are not the array's");
        Names(array.Items[0]).Should().Equal("a", "b");
    }

    [Fact]
    public void A_container_row_holds_how_many_properties_or_items_it_has()
    {
        JsonTreeNode root = Parse("""{"a":1,"b":{"c":[1,2,3]},"d":{}}""");
        Data(root).Should().Be(3);
        Data(root.Property("b")!.Value).Should().Be(1);
        Data(root.Property("b")!.Value.Property("c")!.Value).Should().Be(3);
        Data(root.Property("d")!.Value).Should().Be(0);

        var problems = new ProblemCollector();
        JsonTreeNode repeated = JsonTree.Parse("""{"a":1,"b":2,"a":3}"""u8, problems)!.Value;
        Data(repeated).Should().Be(2, "a repeated name is not a property");

        JsonTreeNode merged = JsonTreeDocument.Overlay(Parse("""{"a":1,"b":2}"""), Parse("""{"b":3,"c":4,"d":5}"""), 0);
        Data(merged).Should().Be(4);
    }

    private static int Data(JsonTreeNode node) => node.Document[node.Row].Data;

    [Fact]
    public void A_short_string_value_is_kept_once_however_often_it_repeats()
    {
        string code = new('v', 24);
        JsonTreeNode root = Parse("{\"a\":\"" + code + "\",\"b\":[\"" + code + "\"],\"c\":\"USD\",\"d\":\"USD\"}");
        root.Property("a")!.Value.Text.Should().BeSameAs(root.Property("b")!.Value.Items[0].Text);
        root.Property("c")!.Value.Text.Should().BeSameAs(root.Property("d")!.Value.Text);
    }

    private static int Count(JsonTreeNode.ItemList items)
    {
        int count = 0;
        foreach (JsonTreeNode _ in items)
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void A_repeated_name_is_left_out_of_the_objects_properties_and_the_first_value_is_kept()
    {
        var problems = new ProblemCollector();
        JsonTreeNode root = JsonTree.Parse("""{"a":1,"b":[1,{"c":2,"c":3}],"a":4,"d":5}"""u8, problems)!.Value;
        Names(root).Should().Equal("a", "b", "d");
        root.Property("a")!.Value.Text.Should().Be("1");
        root.Property("d")!.Value.Text.Should().Be("5");
        JsonTreeNode inner = root.Property("b")!.Value.Items[1];
        Names(inner).Should().Equal("c");
        inner.Property("c")!.Value.Text.Should().Be("2");
        const string Json = """{"a":1,"b":[1,{"c":2,"c":3}],"a":4,"d":5}""";
        problems.ToList(Encoding.UTF8.GetBytes(Json)).Select(p => (p.Path, p.Column)).Should().Equal(
            ("$.b[1].c", Json.IndexOf("\"c\":3", StringComparison.Ordinal) + 1), ("$.a", Json.IndexOf("\"a\":4", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void A_name_written_with_escapes_or_longer_than_the_shared_names_is_still_found_repeated()
    {
        string longName = new('n', 70);
        string json = "{\"ab\":1,\"a\\u0062\":2,\"" + longName + "\":3,\"" + longName + "\":4,\"" + new string('m', 64) + "\":5,\"" + new string('m', 64) + "\":6}";
        DataProblemList problems = PolicyData.Validate(Encoding.UTF8.GetBytes(json));
        problems.Where(p => p.Message.StartsWith("Duplicate", StringComparison.Ordinal)).Select(p => (p.Path, p.Column)).Should().Equal(
            ("$.ab", json.IndexOf("\"a\\u0062\"", StringComparison.Ordinal) + 1),
            ("$." + longName, json.LastIndexOf("\"" + longName, StringComparison.Ordinal) + 1),
            ("$." + new string('m', 64), json.LastIndexOf("\"m", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void A_value_spelt_like_a_name_does_not_hide_a_repeated_name_and_values_read_back_whatever_they_share()
    {
        // The parser shares recent short values by a hash of their bytes, apart from the names, which it shares
        // exactly (a repeated name is found by reference): a value "b" read before the name "b" must not stand in for it.
        const string Json = """{"a":"b","b":1,"c":{"a":"a","b":"b","b":2}}""";
        DataProblemList problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Json));
        problems.Where(p => p.Message.StartsWith("Duplicate", StringComparison.Ordinal)).Select(p => (p.Path, p.Column)).Should().Equal(
            ("$.c.b", Json.LastIndexOf("\"b\":2", StringComparison.Ordinal) + 1));

        string[] values = [.. Enumerable.Range(0, 20_000).Select(i => "v" + (i * 7919 % 20_000).ToString(System.Globalization.CultureInfo.InvariantCulture)), "é", "é", "Ünïcode", "v1"];
        JsonTreeNode root = Parse("{\"items\":[" + string.Join(",", values.Select(v => "\"" + v + "\"")) + "]}");
        var read = new List<string>();
        foreach (JsonTreeNode item in root.Property("items")!.Value.Items)
        {
            read.Add(item.Text!);
        }

        read.Should().Equal(values);
    }

    [Fact]
    public void Json_the_library_wrote_is_read_back_and_anything_else_is_a_library_error()
    {
        JsonTree.ParseWritten("""{"id":"x"}"""u8).Property("id")!.Value.Text.Should().Be("x");
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => JsonTree.ParseWritten("""{"id":"x","id":"y"}"""u8));
        error.Message.Should().Be("The library could not read JSON it wrote:   $.id (line 1, column 11): Duplicate property \"id\": a property may appear only once in an object.");
        Assert.Throws<InvalidOperationException>(() => JsonTree.ParseWritten("{"u8)).Message.Should().Be(
            "The library could not read JSON it wrote:   $ (line 1, column 2): The document is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.");
    }

    [Fact]
    public void Only_a_leading_byte_order_mark_is_removed()
    {
        JsonTree.WithoutByteOrderMark([0xEF, 0xBB, 0xBF, 0x7B]).ToArray().Should().Equal(0x7B);
        JsonTree.WithoutByteOrderMark([0x7B, 0xEF, 0xBB, 0xBF]).ToArray().Should().Equal(0x7B, 0xEF, 0xBB, 0xBF);
        JsonTree.WithoutByteOrderMark([0xEF, 0xBB]).ToArray().Should().Equal(0xEF, 0xBB);
        JsonTree.WithoutByteOrderMark([]).ToArray().Should().BeEmpty();
    }

    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("Name_2$", "$.Name_2$")]
    [InlineData("a b", "$['a b']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("a-b", "$['a-b']")]
    [InlineData("é", "$['é']")]
    [InlineData("", "$['']")]
    public void A_property_is_written_with_a_dot_when_its_name_is_plain_and_in_brackets_otherwise(string name, string path) =>
        DataPath.Property("$", name).Should().Be(path);

    [Fact]
    public void A_long_name_is_shortened_in_its_path_and_an_index_is_written_in_brackets()
    {
        DataPath.Property("$.x", new string('k', 101)).Should().Be("$.x['" + new string('k', 60) + "… (101 characters)']");
        DataPath.Property("$", new string('k', 100)).Should().Be("$." + new string('k', 100));
        using (new CultureScope("ar-SA"))
        {
            DataPath.Index("$.list", 12).Should().Be("$.list[12]");
        }
    }

    [Fact]
    public void An_overlay_puts_the_changes_in_the_place_of_the_base_properties_and_adds_new_ones_after_them()
    {
        const string Base = """{"id":"p1","name":"Old","list":[1,[2,3],{"k":"v"}],"note":"keep"}""";
        const string Changes = """   {"name":"New","extra":{"deep":[true,null]},"list":[9]}""";
        JsonTreeNode baseObject = Parse(Base);
        JsonTreeNode changes = Parse(Changes);

        JsonTreeNode merged = JsonTreeDocument.Overlay(baseObject, changes, baseOffset: 1000);

        Names(merged).Should().Equal("id", "name", "list", "note", "extra");
        merged.Offset.Should().Be(Changes.IndexOf('{', StringComparison.Ordinal));
        merged.Property("id")!.Value.Text.Should().Be("p1");
        merged.Property("id")!.Value.Offset.Should().Be(1000, "what comes from the base points at the changes");
        merged.Property("note")!.Value.Offset.Should().Be(1000);
        merged.Property("name")!.Value.Text.Should().Be("New");
        merged.Property("name")!.Value.Offset.Should().Be(Changes.IndexOf("\"New\"", StringComparison.Ordinal));
        merged.Property("list")!.Value.Items.Count.Should().Be(1);
        merged.Property("list")!.Value.Items[0].Text.Should().Be("9");
        merged.Property("list")!.Value.Items[0].Offset.Should().Be(Changes.IndexOf('9', StringComparison.Ordinal));
        JsonTreeNode deep = merged.Property("extra")!.Value.Property("deep")!.Value;
        deep.Items.Count.Should().Be(2);
        (deep.Items[0].Kind, deep.Items[1].Kind).Should().Be((JsonKind.True, JsonKind.Null));
        deep.Items[1].Offset.Should().Be(Changes.IndexOf("null", StringComparison.Ordinal));
        var offsets = new List<int>();
        foreach (JsonProperty property in merged.Properties)
        {
            offsets.Add(property.Offset);
        }

        offsets.Should().Equal(1000, Changes.IndexOf("\"name\"", StringComparison.Ordinal), Changes.IndexOf("\"list\"", StringComparison.Ordinal), 1000, Changes.IndexOf("\"extra\"", StringComparison.Ordinal));

        JsonTreeNode unchanged = JsonTreeDocument.Overlay(baseObject, changes.Property("extra")!.Value.Property("deep")!.Value.Items[1], 7);
        Names(unchanged).Should().Equal("id", "name", "list", "note");
        JsonTreeNode list = unchanged.Property("list")!.Value;
        list.Offset.Should().Be(7, "an array copied from the base points at the changes too");
        list.Items[1].Offset.Should().Be(7);
        list.Items.Count.Should().Be(3);
        list.Items[1].Items[1].Text.Should().Be("3");
        list.Items[1].Items[1].Offset.Should().Be(7);
        list.Items[2].Property("k")!.Value.Text.Should().Be("v");
    }
}
