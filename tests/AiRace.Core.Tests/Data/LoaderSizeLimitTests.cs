using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>The configurable size limit (<see cref="PolicyDataOptions.MaxDocumentBytes"/>): one limit for every entry
/// point, a document over it refused with its size and how to raise the limit, one at it loaded, and the option
/// validated.</summary>
public class LoaderSizeLimitTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(MalformedDocumentTests.Valid);

    private static PolicyDataOptions Limit(long bytes) => new() { MaxDocumentBytes = bytes };

    /// <summary>Every entry point with the options: each returns the dataset or throws the one size problem.</summary>
    private static IEnumerable<(string Entry, Func<PolicyDataset> Load)> EntryPoints(byte[] bytes, PolicyDataOptions options, string file)
    {
        yield return ("Parse", () => PolicyData.Parse(Encoding.UTF8.GetString(bytes), null, options));
        yield return ("Load(Stream)", () => PolicyData.Load(new MemoryStream(bytes), null, options));
        yield return ("Load(Stream) without a length", () => PolicyData.Load(new UnseekableStream(bytes), null, options));
        yield return ("LoadFile", () => PolicyData.LoadFile(file, null, options));
        yield return ("Load(bytes)", () => PolicyData.Load(bytes, null, options));
        yield return ("TryLoad", () => PolicyData.TryLoad(bytes, null, options, out PolicyDataset? d, out DataProblemList p) ? d : throw new PolicyDataException(p));
    }

    private static void WithFile(byte[] bytes, Action<string> test)
    {
        string file = Path.Combine(Path.GetTempPath(), $"airace-limit-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, bytes);
        try
        {
            test(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_document_exactly_at_the_limit_loads_through_every_entry_point()
    {
        WithFile(Document, file =>
        {
            foreach ((string entry, Func<PolicyDataset> load) in EntryPoints(Document, Limit(Document.Length), file))
            {
                load().Programmes.Should().NotBeEmpty(entry);
            }

            PolicyData.Validate(Document, null, Limit(Document.Length)).Should().BeEmpty();
        });
    }

    [Fact]
    public void A_document_one_byte_over_the_limit_is_refused_by_every_entry_point_with_its_size_and_how_to_raise_the_limit()
    {
        long limit = Document.Length - 1;
        string size = Document.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        string limitText = limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        WithFile(Document, file =>
        {
            foreach ((string entry, Func<PolicyDataset> load) in EntryPoints(Document, Limit(limit), file))
            {
                PolicyDataException ex = Assert.Throws<PolicyDataException>(() => load());
                DataProblem problem = ex.Problems.Should().ContainSingle(entry).Which;
                (problem.Path, problem.Line, problem.Column).Should().Be(("$", 1, 1), entry);
                problem.Message.Should().Contain($"larger than the limit of {limitText} bytes that the loader accepts", entry)
                    .And.Contain("raise the limit with PolicyDataOptions.MaxDocumentBytes", entry);
                problem.Message.Should().StartWith(
                    entry.EndsWith("without a length", StringComparison.Ordinal) ? $"The document is more than {limitText} bytes" : $"The document is {size} bytes,",
                    entry);
                ex.Message.Should().Contain(problem.Message, entry);
            }

            PolicyData.Validate(Document, null, Limit(limit)).Should().ContainSingle().Which.Message.Should().StartWith($"The document is {size} bytes,");
        });
    }

    [Fact]
    public void A_limit_above_the_default_loads_a_document_the_default_refuses()
    {
        // Past the default limit by padding the document with spaces (valid JSON whitespace), without allocating a
        // quarter of a gigabyte: a stream that says how long it is is refused by the default before it is read.
        var stream = new PaddedStream(Document, PolicyData.MaxDocumentBytes + 1 - Document.Length);
        Assert.Throws<PolicyDataException>(() => PolicyData.Load(stream)).Problems.Single().Message
            .Should().StartWith("The document is 268,435,457 bytes, larger than the limit of 268,435,456 bytes");
        stream.BytesRead.Should().Be(0);

        PolicyData.Load(new PaddedStream(Document, 1000), null, Limit(Document.Length + 1000)).Programmes.Should().NotBeEmpty();
    }

    [Fact]
    public void A_stream_without_a_length_is_read_no_further_than_the_limit()
    {
        var stream = new PaddedStream(Document, 10L * 1024 * 1024, seekable: false);

        Assert.Throws<PolicyDataException>(() => PolicyData.Load(stream, null, Limit(100_000)));

        stream.BytesRead.Should().BeLessThanOrEqualTo(100_001);
    }

    [Fact]
    public void The_default_options_have_the_default_limit()
    {
        PolicyDataOptions.Default.MaxDocumentBytes.Should().Be(PolicyData.MaxDocumentBytes);
        new PolicyDataOptions().MaxDocumentBytes.Should().Be(256L * 1024 * 1024);
        PolicyDataOptions.LargestMaxDocumentBytes.Should().Be(Array.MaxLength);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(2_147_483_592L)]
    [InlineData(long.MaxValue)]
    public void A_limit_outside_one_byte_to_the_largest_array_is_refused(long bytes)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Limit(bytes));

        ex.ParamName.Should().Be("MaxDocumentBytes");
        ex.Message.Should().Contain("The limit must be from 1 to 2,147,483,591 bytes");
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(2_147_483_591L)]
    public void The_ends_of_the_range_are_accepted(long bytes)
    {
        Limit(bytes).MaxDocumentBytes.Should().Be(bytes);
    }

    [Fact]
    public void Null_options_are_refused_where_required_and_mean_the_default_where_optional()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyData.Load(new MemoryStream(Document), null, null!));
        PolicyData.Parse(MalformedDocumentTests.Valid, null, null).Programmes.Should().NotBeEmpty();
        PolicyData.Load(Document, null, null).Programmes.Should().NotBeEmpty();
    }

    /// <summary>A stream that does not tell its length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>A document followed by spaces, generated as it is read.</summary>
    private sealed class PaddedStream(byte[] document, long padding, bool seekable = true) : Stream
    {
        private long _position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? document.Length + padding : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, document.Length + padding - _position);
            for (int i = 0; i < n; i++)
            {
                long at = _position + i;
                buffer[offset + i] = at < document.Length ? document[at] : (byte)' ';
            }

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
