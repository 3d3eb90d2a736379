using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>The loader's edges: text that is not valid Unicode, bytes that are not UTF-8, sums beyond decimal,
/// documents beyond the size limit, and reports that stay readable however bad the document.</summary>
public class LoaderEdgeTests
{
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string WithTitle(string rawJsonString) =>
        MalformedDocumentTests.Valid.Replace("\"title\":\"T\"", "\"title\":" + rawJsonString, StringComparison.Ordinal);

    /// <summary>Runs every entry point on the bytes: each reports problems, and none throws anything else.</summary>
    private static IReadOnlyList<DataProblem> EveryEntryPoint(byte[] bytes)
    {
        IReadOnlyList<DataProblem> validated = PolicyData.Validate(bytes);
        PolicyData.TryLoad(bytes, null, out PolicyDataset? dataset, out DataProblemList tried).Should().BeFalse();
        dataset.Should().BeNull();
        Assert.Throws<PolicyDataException>(() => PolicyData.Load(bytes)).Problems.Should().Equal(validated);
        Assert.Throws<PolicyDataException>(() => PolicyData.Load(new MemoryStream(bytes))).Problems.Should().Equal(validated);
        tried.Should().Equal(validated);
        validated.Should().NotBeEmpty();
        validated.Should().OnlyContain(p => p.Line >= 1 && p.Column >= 1);
        return validated;
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udfff\"")]
    [InlineData("\"a\\ud83dz\"")]
    [InlineData("\"\\ude00\\ud83d\"")]
    public void A_lone_surrogate_escape_in_a_string_is_a_problem_at_that_string(string value)
    {
        string json = WithTitle(value);

        IReadOnlyList<DataProblem> problems = EveryEntryPoint(Utf8(json));

        DataProblem problem = problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("$.sources[0].title");
        problem.Message.Should().Contain("unpaired surrogate").And.Contain("not valid Unicode");
        (problem.Line, problem.Column).Should().Be(LineAndColumn(json, value));
        Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json)).Problems.Should().Equal(problems);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_property_name_is_a_problem_at_that_name()
    {
        string json = MalformedDocumentTests.Valid.Replace("\"title\":\"T\"", "\"ti\\ud800tle\":\"T\"", StringComparison.Ordinal);

        DataProblem problem = EveryEntryPoint(Utf8(json)).Should().ContainSingle(p => p.Message.Contains("unpaired surrogate", StringComparison.Ordinal)).Which;

        problem.Path.Should().Be("$.sources[0]");
        (problem.Line, problem.Column).Should().Be(LineAndColumn(json, "\"ti\\ud800tle\""));
    }

    [Fact]
    public void A_paired_surrogate_escape_is_the_character_it_stands_for()
    {
        PolicyDataset data = PolicyData.Parse(WithTitle("\"\\ud83d\\ude00\""));

        data.Source("s1").Title.Should().Be("\U0001F600");
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_given_to_Parse_is_reported_not_replaced()
    {
        string json = WithTitle("\"T\uD800x\"");

        PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json));

        DataProblem problem = ex.Problems.Should().ContainSingle().Which;
        problem.Message.Should().Contain("unpaired surrogate").And.Contain("U+D800");
        (int line, int column) = LineAndColumn(json, "\uD800");
        (problem.Line, problem.Column).Should().Be((line, column));
    }

    public static TheoryData<string, byte[], string> BadBytes() => new()
    {
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"formatVersion\":1}")], "UTF-16" },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("{\"formatVersion\":1}")], "UTF-16" },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes("{\"formatVersion\":1}"), "UTF-16" },
        { "UTF-32 LE with BOM", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("{}")], "UTF-32" },
        { "a BOM and nothing else", [0xEF, 0xBB, 0xBF], "empty" },
        { "two BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"formatVersion\":1}")], "byte order mark" },
        { "a BOM then an invalid byte", [0xEF, 0xBB, 0xBF, (byte)'{', 0xFF, (byte)'}'], "not valid UTF-8" },
        { "a truncated sequence at the end", [.. Encoding.UTF8.GetBytes("{\"formatVersion\":1,\"x\":\"a"), 0xE4, 0xB8], "not valid UTF-8" },
        { "an overlong encoding", [.. Encoding.UTF8.GetBytes("{\"x\":\""), 0xC0, 0x80, .. Encoding.UTF8.GetBytes("\"}")], "not valid UTF-8" },
        { "a surrogate encoded in UTF-8", [.. Encoding.UTF8.GetBytes("{\"x\":\""), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"}")], "not valid UTF-8" },
        { "a NUL byte", [.. Encoding.UTF8.GetBytes("{\"formatVersion\":1"), 0x00, (byte)'}'], "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadBytes))]
    public void Bytes_that_are_not_a_UTF8_document_are_reported_by_every_entry_point(string name, byte[] bytes, string expected)
    {
        IReadOnlyList<DataProblem> problems = EveryEntryPoint(bytes);

        problems.Should().Contain(p => p.Message.Contains(expected, StringComparison.Ordinal), name);
    }

    [Fact]
    public void Included_parts_whose_sum_is_beyond_decimal_are_a_reported_problem()
    {
        // Eight parts of 28 nines: each fits a decimal, their sum (8 × 10^28) does not. Without a headline there is no
        // whole to compare with, so only the sum can fail.
        string nines = new('9', 28);
        string parts = string.Join(",", Enumerable.Range(0, 8).Select(i =>
            $$"""{"id":"p1.{{i}}","purpose":"other","description":"d","amount":{"qualifier":"exact","amount":"{{nines}}","currency":"CNY"},"membership":"included","sources":[{"source":"s1","quote":"q"}]}"""));
        string json = $$"""
            {"formatVersion":1,"sources":[{"id":"s1","published":"unknown","locator":"x","confidence":"low"}],
             "jurisdictions":[{"id":"CN","kind":"country","name":"China"}],
             "programmes":[{"id":"p1","name":"P","sponsorKind":"state","jurisdiction":"CN","instruments":["plan"],"parts":[{{parts}}],"sources":[{"source":"s1","quote":"q"}]}]}
            """;

        DataProblem problem = EveryEntryPoint(Utf8(json)).Should().ContainSingle().Which;

        problem.Path.Should().Be("$.programmes[0].parts[7].amount");
        problem.Message.Should().Be("The included parts of the programme \"p1\" up to \"p1.7\" add up to more than the largest amount this library can hold (about 7.9 × 10^28).");
    }

    [Fact]
    public void Every_entry_point_applies_the_same_size_limit()
    {
        const long limit = 1000;
        string json = MalformedDocumentTests.Valid.PadRight(1001);

        DataProblem fromText = Assert.Throws<PolicyDataException>(() => PolicyData.Utf8Of(json, limit)).Problems.Single();
        DataProblem fromStream = Assert.Throws<PolicyDataException>(() => PolicyData.ReadAll(new MemoryStream(Utf8(json)), limit)).Problems.Single();
        DataProblem fromUnseekable = Assert.Throws<PolicyDataException>(() => PolicyData.ReadAll(new GeneratedStream(1001, seekable: false), limit)).Problems.Single();
        DataProblem fromBytes = Assert.Throws<PolicyDataException>(() => PolicyData.CheckSize(Utf8(json).Length, limit, exact: true)).Problems.Single();

        new[] { fromStream, fromBytes }.Should().AllBeEquivalentTo(fromText);
        fromText.Message.Should().Be(FormattableString.Invariant($"The document is {Utf8(json).Length:N0} bytes, larger than the limit of 1,000 bytes that the loader accepts. To load a larger document you trust, raise the limit with PolicyDataOptions.MaxDocumentBytes (up to 2,147,483,591 bytes)."));
        fromUnseekable.Message.Should().StartWith("The document is more than 1,000 bytes (a stream is read no further than the limit), larger than the limit of 1,000 bytes");
        PolicyData.Utf8Of(MalformedDocumentTests.Valid, MalformedDocumentTests.Valid.Length).Length.Should().Be(MalformedDocumentTests.Valid.Length);
    }

    [Fact]
    public void The_limit_is_documented_and_large_enough_for_a_hundred_thousand_programmes()
    {
        PolicyData.MaxDocumentBytes.Should().Be(256L * 1024 * 1024);
    }

    [Fact]
    public void A_stream_that_tells_its_length_is_refused_before_it_is_read()
    {
        var stream = new GeneratedStream(PolicyData.MaxDocumentBytes + 1, seekable: true);

        PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Load(stream));

        ex.Problems.Single().Message.Should().StartWith("The document is 268,435,457 bytes, larger than the limit of 268,435,456 bytes");
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void A_stream_that_does_not_tell_its_length_is_refused_once_past_the_limit_without_buffering_more()
    {
        const long limit = 1024 * 1024;
        var stream = new GeneratedStream(200L * 1024 * 1024, seekable: false);
        long before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<PolicyDataException>(() => PolicyData.ReadAll(stream, limit));

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        stream.BytesRead.Should().BeLessThanOrEqualTo(limit + 128 * 1024);
        allocated.Should().BeLessThan(3 * limit, "at most the limit (plus a read buffer) is held, not the whole stream");
    }

    [Fact]
    public void A_stream_within_the_limit_is_read_with_one_buffer_of_its_size()
    {
        byte[] bytes = Utf8(MalformedDocumentTests.Valid);
        var seekable = new MemoryStream([.. new byte[10], .. bytes]) { Position = 10 };

        PolicyData.ReadAll(seekable, PolicyData.MaxDocumentBytes).Should().Equal(bytes);
        PolicyData.ReadAll(new GeneratedStream(5000, seekable: false), 5000).Should().HaveCount(5000);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        string file = Path.Combine(Path.GetTempPath(), $"airace-huge-{Guid.NewGuid():N}.json");
        using (FileStream create = File.Create(file))
        {
            create.SetLength(PolicyData.MaxDocumentBytes + 1);
        }

        try
        {
            long before = GC.GetAllocatedBytesForCurrentThread();

            PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.LoadFile(file));

            ex.Problems.Single().Message.Should().StartWith("The document is 268,435,457 bytes, larger than the limit");
            (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1024 * 1024);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void More_than_a_thousand_problems_are_cut_to_the_first_thousand_in_document_order_with_the_count_of_the_rest()
    {
        string sources = string.Join(",", Enumerable.Range(0, 1500).Select(i => $"{{\"id\":\"s{i}\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"sure\"}}"));
        string json = "{\"formatVersion\":1,\"sources\":[\n" + sources.Replace("},{", "},\n{", StringComparison.Ordinal) + "]}";

        DataProblemList problems = PolicyData.Validate(Utf8(json));
        PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json));

        problems.Count.Should().Be(1000);
        problems.TotalCount.Should().Be(1500);
        problems.OmittedCount.Should().Be(500);
        problems.Select(p => p.Line).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        problems[0].Path.Should().Be("$.sources[0].confidence");
        problems[^1].Path.Should().Be("$.sources[999].confidence");
        ex.Problems.Should().Equal(problems);
        ex.Message.Should().StartWith("The policy dataset has 1,500 problems; nothing was loaded. The first 1,000:");
        ex.Message.Should().EndWith("… and 500 more problems.");
        ex.Message.Split('\n').Length.Should().BeLessThan(1010);
    }

    [Fact]
    public void Huge_values_are_shortened_in_messages()
    {
        string huge = new('x', 10_000);
        string json = MalformedDocumentTests.Valid
            .Replace("\"confidence\":\"high\"", $"\"confidence\":\"{huge}\"", StringComparison.Ordinal)
            .Replace("\"title\":\"T\"", $"\"{huge}\":\"T\"", StringComparison.Ordinal)
            .Replace("\"id\":\"a1\"", $"\"id\":\"a b{huge}\"", StringComparison.Ordinal)
            .Replace("\"amount\":\"1000\"", $"\"amount\":\"1{new string('0', 10_000)}\"", StringComparison.Ordinal);

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Should().HaveCountGreaterThanOrEqualTo(4);
        problems.Should().OnlyContain(p => p.Message.Length < 500 && p.Path.Length < 200, string.Join("\n", problems.Select(p => p.ToString()[..Math.Min(300, p.ToString().Length)])));
        problems.Should().Contain(p => p.Message.Contains("…", StringComparison.Ordinal) && p.Message.Contains("(10,000 characters)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_of_parents_is_reported_at_each_parent_property_and_what_leads_into_it_is_told_apart()
    {
        const string refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";
        string Programme(string id, string parent) =>
            $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"],\n \"parent\":\"{parent}\",\"sources\":{refs}}}";
        string json = "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
            + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],\n\"programmes\":[\n"
            + Programme("a", "b") + ",\n" + Programme("b", "a") + ",\n" + Programme("c", "a") + "]}";

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[0].parent", "The programme \"a\" is its own ancestor: a → b → a."),
            ("$.programmes[1].parent", "The programme \"b\" is its own ancestor: b → a → b."),
            ("$.programmes[2].parent", "The programme \"c\" leads into a cycle of parents: c → a → b → a."));
        int at = json.IndexOf("\"parent\":\"b\"", StringComparison.Ordinal) + "\"parent\":".Length;
        (problems[0].Line, problems[0].Column).Should().Be(LineAndColumn(json, at));
    }

    public static TheoryData<string, string, string> SyntaxErrors() => new()
    {
        { "trailing comma in an array", "{\"formatVersion\":1,\"sources\":[1,]}", "trailing comma" },
        { "trailing comma in an object", "{\"formatVersion\":1,}", "trailing comma" },
        { "a comment", "{\"formatVersion\":1 // one\n}", "comment" },
        { "a block comment", "{/* x */\"formatVersion\":1}", "comment" },
        { "nesting deeper than 64", "{\"x\":" + new string('[', 100) + new string(']', 100) + "}", "nests deeper than 64 levels" },
        { "single quotes", "{'formatVersion':1}", "not valid JSON" },
        { "an unterminated string", "{\"formatVersion", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Syntax_errors_say_what_is_wrong_without_advising_reader_options(string name, string json, string expected)
    {
        DataProblem problem = EveryEntryPoint(Utf8(json)).Should().ContainSingle().Which;

        problem.Message.Should().Contain(expected, name);
        foreach (string advice in new[] { "reader option", "ReaderOptions", "CommentHandling", "AllowTrailingCommas", "MaxDepth", "configured", "this mode", "Change the" })
        {
            problem.Message.Should().NotContainEquivalentOf(advice, name);
        }
    }

    private static (int Line, int Column) LineAndColumn(string json, string token) => LineAndColumn(json, json.IndexOf(token, StringComparison.Ordinal));

    private static (int Line, int Column) LineAndColumn(string json, int index)
    {
        index.Should().BeGreaterThanOrEqualTo(0);
        int lineStart = json.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0 || json[..index].IndexOf('\n', StringComparison.Ordinal) < 0)
        {
            lineStart = 0;
        }

        return (json[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    /// <summary>A stream of spaces of a given length, made up as it is read; it counts what is read.</summary>
    private sealed class GeneratedStream(long length, bool seekable) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            _position += n;
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
