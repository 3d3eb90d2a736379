using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The loader's reading of JSON text, to the word and the column: other encodings told apart by their first bytes,
/// invalid UTF-8, empty documents, syntax errors, unpaired surrogates, duplicate names in small and large objects, and
/// documents large enough to need more than one block of rows (found untested by the loader's mutation run,
/// tests/README.md).
/// </summary>
public class LoaderJsonTextTests
{
    private const string Save = "; the loader reads UTF-8 only: save the document as UTF-8.";

    private static DataProblem Only(byte[] bytes)
    {
        DataProblemList problems = PolicyData.Validate(bytes);
        problems.Should().ContainSingle(string.Join("\n", problems));
        return problems[0];
    }

    private static DataProblem Only(string json) => Only(Encoding.UTF8.GetBytes(json));

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x00, 0x00, 0x00 }, "UTF-32")]                 // "{" in UTF-32 LE, exactly four bytes
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x7B }, "UTF-32")]                 // "{" in UTF-32 BE
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x7B }, "UTF-32")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00 }, "UTF-32")]
    [InlineData(new byte[] { 0x7B, 0x00 }, "UTF-16")]                             // "{" in UTF-16 LE, exactly two bytes
    [InlineData(new byte[] { 0x00, 0x7B }, "UTF-16")]
    [InlineData(new byte[] { 0x00, 0x7B, 0x00, 0x7D }, "UTF-16")]                 // "{}" in UTF-16 BE
    [InlineData(new byte[] { 0x7B, 0x00, 0x7D, 0x00 }, "UTF-16")]                 // "{}" in UTF-16 LE
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, "UTF-16")]
    public void Another_encoding_is_named_at_the_start_of_the_document(byte[] bytes, string encoding)
    {
        DataProblem problem = Only(bytes);
        problem.Should().Be(new DataProblem("$", 1, 1, $"The document is {encoding} text" + Save));
    }

    [Fact]
    public void Zero_bytes_that_are_no_other_encoding_are_a_syntax_error()
    {
        Only(new byte[] { 0x00, 0x00, 0x00, 0x00 }).Message.Should().StartWith("The document is not valid JSON: ");
        Only(new byte[] { 0x00, 0x00 }).Message.Should().StartWith("The document is not valid JSON: ");
    }

    [Fact]
    public void A_byte_that_starts_no_character_is_reported_with_its_offset_line_and_column()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"ab\":\"é"), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
        Only(bytes).Should().Be(new DataProblem("$", 2, 10, "The document is not valid UTF-8: byte 0xFF at offset 12 does not start a valid character."));
        Only(new byte[] { 0x80 }).Should().Be(new DataProblem("$", 1, 1, "The document is not valid UTF-8: byte 0x80 at offset 0 does not start a valid character."));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    public void An_empty_document_expects_an_object(string json) =>
        Only(json).Should().Be(new DataProblem("$", 1, 1, "The document is empty: expected a JSON object."));

    [Fact]
    public void Syntax_errors_are_worded_for_this_loader_and_placed_where_they_are()
    {
        Only("{\"formatVersion\":1,\n  // note\n}").Should().Be(new DataProblem("$", 2, 3, "The document is not valid JSON: a comment; JSON has no comments."));
        Only("{\"formatVersion\":1,\n \"sources\":[1,\n ]}").Should().Be(
            new DataProblem("$", 3, 2, "The document is not valid JSON: a trailing comma after the last item of an array or object."));
        Only("{\"x\":" + new string('[', 65) + new string(']', 65) + "}").Message.Should().Be(
            "The document nests deeper than 64 levels of arrays and objects; a dataset needs far fewer.");
        DataProblem quote = Only("{\n'formatVersion':1}");
        (quote.Path, quote.Line, quote.Column).Should().Be(("$", 2, 1));
        quote.Message.Should().StartWith("The document is not valid JSON: ").And.NotContain("LineNumber").And.NotEndWith(" ");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"formatVersion\":1,\n \"sources\":[")]
    [InlineData("{\"formatVersion\":1,\"x\":[[[{}]]")]
    public void A_document_that_ends_before_it_closes_is_not_taken_for_one_nested_too_deep(string json)
    {
        DataProblem problem = Only(json);
        problem.Message.Should().Be("The document is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.");
        (problem.Line, problem.Column).Should().Be((json.Count(c => c == '\n') + 1, json.Length - json.LastIndexOf('\n') ));
    }

    [Fact]
    public void A_syntax_error_after_blank_lines_is_placed_on_its_line()
    {
        DataProblem problem = Only("{\n\n\n  x}");
        (problem.Line, problem.Column).Should().Be((4, 3));
        problem.Message.Should().StartWith("The document is not valid JSON: ");
    }

    // DataProblem: "where (a JSONPath-style path and a 1-based line and column)"; README: "every problem reported at
    // once, with path and line". JSON allows a lone CR as white space, and editors end a line at it.
    [Theory]
    [InlineData("{\r\r\r  \"x\": 1\r}")]
    [InlineData("{\r\n\r\n\r\n  \"x\": 1\r\n}")]
    [InlineData("{\n\r\r\n  \"x\": 1\n}")]
    public void A_loader_problem_counts_a_lone_carriage_return_as_a_line_end(string json)
    {
        PolicyDataException error = ((Action)(() => PolicyData.Parse(json))).Should().Throw<PolicyDataException>().Which;

        DataProblem problem = error.Problems.Single(p => p.Path == "$.x");
        (problem.Line, problem.Column).Should().Be((4, 3), "\"x\" starts the fourth line, after two spaces");
    }

    [Fact]
    public void A_slash_as_the_last_byte_is_not_taken_for_a_comment()
    {
        DataProblem problem = Only(MalformedDocumentTests.Valid.TrimEnd() + "/");
        problem.Message.Should().StartWith("The document is not valid JSON: ").And.NotContain("comment");
        Only(MalformedDocumentTests.Valid.TrimEnd() + "/*").Message.Should().Be("The document is not valid JSON: a comment; JSON has no comments.");
    }

    [Theory]
    [InlineData(@"a\ud800b", @"\ud800")]
    [InlineData(@"\udc00", @"\udc00")]
    [InlineData(@"\ud83d\ude00 then \uDBFF", @"\uDBFF")]
    [InlineData(@"\\u0041 \n\ud800\u0041", @"\ud800")]
    [InlineData(@"\u00e9\ud800", @"\ud800")]
    [InlineData(@"\ud800\u0041", @"\ud800")]
    [InlineData(@"\\ud800 \udc00", @"\udc00")]                     // an escaped backslash, then text: not an escape
    [InlineData(@"xuDC00 \ud800", @"\ud800")]                      // a "u" after another character is text
    [InlineData(@"\u0041\udc00", @"\udc00")]                       // a low half after a character that is no surrogate
    [InlineData(@"\ud800\udc00 \udbff", @"\udbff")]                // the lowest pair is a pair
    [InlineData(@"\udbff\udfff\ud800", @"\ud800")]                 // the highest pair is a pair
    [InlineData(@"\udfff", @"\udfff")]                              // the highest low half alone
    public void An_unpaired_surrogate_is_quoted_as_it_was_escaped(string raw, string escape)
    {
        string json = MalformedDocumentTests.Valid.Replace("\"title\":\"T\"", "\"title\":\"" + raw + "\"", StringComparison.Ordinal);
        DataProblem problem = Only(json);
        problem.Path.Should().Be("$.sources[0].title");
        problem.Message.Should().Be($"The string has an unpaired surrogate ({escape}): it is not valid Unicode text.");
        int at = json.IndexOf("\"title\":\"", StringComparison.Ordinal) + "\"title\":".Length;
        problem.Column.Should().Be(at - json.LastIndexOf('\n', at));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void A_repeated_name_is_found_however_many_properties_come_before_it(int before)
    {
        string names = string.Concat(Enumerable.Range(0, before).Select(i => $"\"n{i}\":{i},"));
        string json = "{" + names + "\"n1\":9}";
        DataProblemList problems = PolicyData.Validate(Encoding.UTF8.GetBytes(json));
        int at = json.LastIndexOf("\"n1\"", StringComparison.Ordinal);
        problems.Should().ContainSingle(p => p.Message.StartsWith("Duplicate", StringComparison.Ordinal))
            .Which.Should().Be(new DataProblem("$.n1", 1, at + 1, "Duplicate property \"n1\": a property may appear only once in an object."));

        string distinct = "{" + names + "\"m\":0}";
        PolicyData.Validate(Encoding.UTF8.GetBytes(distinct)).Should().NotContain(p => p.Message.StartsWith("Duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_name_after_a_repeat_is_found_in_a_large_object_too()
    {
        string names = string.Concat(Enumerable.Range(0, 20).Select(i => $"\"n{i}\":{i},"));
        string json = "{" + names + "\"n2\":1,\"n25\":2,\"n2\":3,\"n25\":4}";
        PolicyData.Validate(Encoding.UTF8.GetBytes(json)).Where(p => p.Message.StartsWith("Duplicate", StringComparison.Ordinal))
            .Select(p => (p.Path, p.Column)).Should().Equal(
                ("$.n2", json.IndexOf("\"n2\":1", StringComparison.Ordinal) + 1),
                ("$.n2", json.IndexOf("\"n2\":3", StringComparison.Ordinal) + 1),
                ("$.n25", json.IndexOf("\"n25\":4", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void A_document_of_more_rows_than_a_block_holds_is_read_whole()
    {
        // About 12 rows a source: 3,000 sources make some 36,000 rows and strings, three blocks of 16,384.
        string sources = string.Join(",\n", Enumerable.Range(0, 3000).Select(i =>
            $"{{\"id\":\"s{i}\",\"title\":\"Title number {i} of a long list of sources\",\"published\":\"2025-07\",\"locator\":\"x{i}\",\"confidence\":\"high\"}}"));
        string json = "{\"formatVersion\":1,\"sources\":[\n" + sources + "\n]}";
        PolicyDataset dataset = PolicyData.Parse(json);
        dataset.Sources.Should().HaveCount(3000);
        dataset.Sources[2999].Id.Should().Be("s2999");
        dataset.Sources[2999].Title.Should().Be("Title number 2999 of a long list of sources");
        dataset.Sources[16].Locator.Should().Be("x16");

        DataProblem late = Only(json.Replace("\"locator\":\"x2998\"", "\"locator\":\"x2998\",\"extra\":1", StringComparison.Ordinal));
        (late.Path, late.Line).Should().Be(("$.sources[2998].extra", 3000));
    }
}
