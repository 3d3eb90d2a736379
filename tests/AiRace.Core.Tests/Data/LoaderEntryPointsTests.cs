using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>
/// The loader's entry points at their edges (found by the loader's mutation runs, tests/README.md): null arguments named,
/// writing to a stream, streams that start part-way, tell a wrong length or come in more than one chunk, and an
/// unpaired surrogate in text located where it is.
/// </summary>
public class LoaderEntryPointsTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(MalformedDocumentTests.Valid);

    private static PolicyDataOptions Limit(long bytes) => new() { MaxDocumentBytes = bytes };

    private static string SizeMessage(string size, long limit) =>
        FormattableString.Invariant($"The document is {size}, larger than the limit of {limit:N0} bytes that the loader accepts. To load a larger document you trust, raise the limit with PolicyDataOptions.MaxDocumentBytes (up to {PolicyDataOptions.LargestMaxDocumentBytes:N0} bytes).");

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentNullException>(() => PolicyData.Load((Stream)null!)).ParamName.Should().Be("utf8Json");
        Assert.Throws<ArgumentNullException>(() => PolicyData.Load((Stream)null!, null, PolicyDataOptions.Default)).ParamName.Should().Be("utf8Json");
        Assert.Throws<ArgumentNullException>(() => PolicyData.Parse(null!)).ParamName.Should().Be("json");
        Assert.Throws<ArgumentNullException>(() => PolicyData.LoadFile(null!)).ParamName.Should().Be("path");
        Assert.Throws<ArgumentNullException>(() => PolicyData.Write(null!, stream)).ParamName.Should().Be("dataset");
        Assert.Throws<ArgumentNullException>(() => PolicyData.Write(PolicyDataset.Empty, null!)).ParamName.Should().Be("utf8Json");
        Assert.Throws<ArgumentNullException>(() => PolicyData.ToJson(null!)).ParamName.Should().Be("dataset");
        stream.Length.Should().Be(0, "nothing is written when an argument is refused");
    }

    [Fact]
    public void Write_puts_the_same_document_as_ToJson_in_the_stream()
    {
        PolicyDataset data = PolicyData.Parse(MalformedDocumentTests.Valid);
        using var indented = new MemoryStream();
        using var compact = new MemoryStream();

        PolicyData.Write(data, indented);
        PolicyData.Write(data, compact, indented: false);

        Encoding.UTF8.GetString(indented.ToArray()).Should().Be(PolicyData.ToJson(data));
        Encoding.UTF8.GetString(compact.ToArray()).Should().Be(PolicyData.ToJson(data, indented: false)).And.NotContain("\n");
        indented.Position = 0;
        PolicyData.Load(indented).Programme("p1").Parts.Single().Id.Should().Be("p1.a");
    }

    [Fact]
    public void A_stream_is_read_from_its_position_and_the_limit_counts_only_what_is_left()
    {
        byte[] prefix = Encoding.UTF8.GetBytes("not part of the document");
        using var stream = new MemoryStream([.. prefix, .. Document]);
        stream.Position = prefix.Length;

        PolicyData.Load(stream, null, Limit(Document.Length)).Programme("p1").Name.Should().Be("P");
    }

    [Fact]
    public void A_stream_shorter_than_the_length_it_tells_is_read_as_far_as_it_goes()
    {
        var stream = new MisreportingStream(Document, told: Document.Length + 100);

        PolicyData.Load(stream).Programme("p1").Name.Should().Be("P");
    }

    [Fact]
    public void A_stream_longer_than_the_length_it_tells_is_read_to_its_end()
    {
        PolicyData.Load(new MisreportingStream(Document, told: Document.Length - 50)).Programme("p1").Name.Should().Be("P");
        PolicyData.Load(new MisreportingStream(Document, told: Document.Length - 50), null, Limit(Document.Length)).Programme("p1").Name.Should().Be("P");
    }

    [Fact]
    public void A_stream_longer_than_the_length_it_tells_is_refused_once_past_the_limit()
    {
        foreach (int told in new[] { Document.Length - 50, Document.Length - 1 })
        {
            long limit = Document.Length - 1;
            PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Load(new MisreportingStream(Document, told), null, Limit(limit)));

            ex.Problems.Select(p => (p.Path, p.Line, p.Column, p.Message)).Should().Equal(
                ("$", 1, 1, SizeMessage(FormattableString.Invariant($"more than {limit:N0} bytes (a stream is read no further than the limit)"), limit)));
        }
    }

    [Fact]
    public void A_zero_byte_past_the_told_length_is_read_too()
    {
        byte[] withNul = [.. Document, 0];

        DataProblem problem = Assert.Throws<PolicyDataException>(() => PolicyData.Load(new MisreportingStream(withNul, told: Document.Length))).Problems.Should().ContainSingle().Which;

        problem.Path.Should().Be("$");
        problem.Message.Should().StartWith("The document is not valid JSON");
    }

    [Fact]
    public void A_stream_without_a_length_longer_than_one_chunk_is_read_whole()
    {
        // A million and a half spaces after the document: the loader reads a stream that does not tell its length in
        // chunks of a mebibyte, and must join them in order.
        byte[] padded = [.. Document, .. Enumerable.Repeat((byte)' ', 1_500_000), .. "\n"u8];

        PolicyDataset data = PolicyData.Load(new MisreportingStream(padded, told: null));

        data.Programme("p1").Parts.Single().Amount.Amount.Should().Be(Money.Cny(600));
    }

    [Fact]
    public void An_unpaired_surrogate_before_a_line_break_is_located_on_its_own_line()
    {
        string json = "{\"formatVersion\":1,\n\"x\":\"a\uD800\n\"}";

        DataProblem problem = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json)).Problems.Should().ContainSingle().Which;

        (problem.Path, problem.Line, problem.Column).Should().Be(("$", 2, 7));
        problem.Message.Should().Be("The text has an unpaired surrogate (U+D800): it is not valid Unicode text and cannot be read as UTF-8.");
    }

    [Theory]
    [InlineData("\r", 2)]
    [InlineData("\r\n", 2)]
    [InlineData("\r\r\n", 3)]
    [InlineData("\n\r", 3)]
    public void An_unpaired_surrogate_is_located_after_a_carriage_return_as_after_a_line_feed(string lineEnds, int line)
    {
        // The surrogate is added here: an attribute's string cannot hold half a pair.
        string json = "{\"formatVersion\":1," + lineEnds + "\"x\":\"a" + '\uD800' + "\"}";

        DataProblem problem = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json)).Problems.Should().ContainSingle().Which;

        (problem.Path, problem.Line, problem.Column).Should().Be(("$", line, 7), "a lone CR, a lone LF and CRLF each end one line");
    }

    /// <summary>A stream of the given bytes that tells another length (or, with no length, none and cannot seek).</summary>
    private sealed class MisreportingStream(byte[] bytes, long? told) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => told is not null;

        public override bool CanWrite => false;

        public override long Length => told ?? throw new NotSupportedException();

        public override long Position
        {
            get => told is not null ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
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
