using System.Buffers.Binary;
using System.Globalization;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <summary>Reading bytes that are not a whole Parquet file (cut short, or with a damaged footer): <see
/// cref="ParquetExport.ReadAsync(Stream, CancellationToken)"/> reports them as an <see cref="InvalidDataException"/> that says what is wrong and
/// keeps Parquet.Net's exception as its inner one, also for a footer that Parquet.Net decodes but that is unsound (row
/// counts, offsets, schema); a cancellation or a failure of the stream itself passes through, and a stream that cannot
/// seek is the caller's mistake (<see cref="ArgumentException"/>).</summary>
public class ParquetMalformedInputTests
{
    private static ResultTable Table() => new(
        "small",
        [
            new TableColumn("label", ColumnKind.Text),
            new TableColumn("count", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
        ],
        [
            ["a", 1L, Money.Of(1.5m, Currency.USD)],
            ["b", null, Money.Of(-2m, Currency.CNY)],
            [null, 3L, null],
        ],
        ["three rows"]);

    private static async Task<byte[]> WriteAsync()
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(Table(), stream);
        return stream.ToArray();
    }

    private static async Task<ResultTable> ReadAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes);
        return await ParquetExport.ReadAsync(stream, cancellationToken);
    }

    [Theory]
    [InlineData("header", "4 bytes")]
    [InlineData("half", "do not end with the Parquet magic 'PAR1'")]
    [InlineData("all but the footer's last 8 bytes", "do not end with the Parquet magic 'PAR1'")]
    public async Task ATruncatedFile_IsInvalidData_SayingWhatIsWrong_WithParquetNetsExceptionInside(string cut, string says)
    {
        byte[] bytes = await WriteAsync();
        int length = cut switch
        {
            "header" => 4,
            "half" => bytes.Length / 2,
            _ => bytes.Length - 8,
        };

        Func<Task> read = () => ReadAsync(bytes[..length]);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().StartWith("The bytes are not a readable Parquet file: ").And.Contain(says);
        thrown.InnerException.Should().NotBeNull().And.NotBeOfType<InvalidDataException>();
    }

    [Fact]
    public async Task AFileWhoseFooterIsDamaged_IsInvalidData_NamingTheFooter()
    {
        byte[] bytes = await WriteAsync();
        int footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        byte[] damaged = (byte[])bytes.Clone();
        damaged.AsSpan(bytes.Length - 8 - footerLength, footerLength).Fill(0xFF);

        Func<Task> read = () => ReadAsync(damaged);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().StartWith("The bytes are not a readable Parquet file: ").And.Contain("footer");
        thrown.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task AFileWhoseFirstColumnChunkIsDamaged_IsInvalidData_NamingTheGroupAndField()
    {
        byte[] bytes = await WriteAsync();
        byte[] damaged = (byte[])bytes.Clone();
        damaged.AsSpan(4, 24).Fill(0xFF);

        Func<Task> read = () => ReadAsync(damaged);

        // The first page header is damaged: the page walk refuses it before Parquet.Net reads it.
        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().StartWith("The bytes are not a readable Parquet file: row group 0, field 'label': the page header at byte 4 cannot be decoded within its column chunk (");
    }

    [Fact]
    public async Task AFooterLengthPastTheStartOfTheFile_IsInvalidData_SayingSo()
    {
        byte[] bytes = await WriteAsync();
        byte[] damaged = (byte[])bytes.Clone();
        BitConverter.GetBytes(bytes.Length).CopyTo(damaged, bytes.Length - 8);

        Func<Task> read = () => ReadAsync(damaged);

        InvalidDataException thrown = (await read.Should().ThrowAsync<InvalidDataException>()).Which;
        thrown.Message.Should().Contain($"footer of {bytes.Length} bytes").And.Contain($"{bytes.Length}-byte file");
        thrown.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task ACancelledRead_IsACancellation_NotInvalidData()
    {
        byte[] bytes = await WriteAsync();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Func<Task> read = () => ReadAsync(bytes, cts.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task AStreamThatFailsToRead_PassesItsOwnIOExceptionThrough()
    {
        byte[] bytes = await WriteAsync();
        using var stream = new FailingReadStream(bytes);

        Func<Task> read = () => ParquetExport.ReadAsync(stream);

        (await read.Should().ThrowExactlyAsync<IOException>()).Which.Message.Should().Be("The disk cannot be read (test).");
    }

    /// <summary>A table of <paramref name="rows"/> rows with text, integers, money in two currencies and nulls.</summary>
    private static ResultTable Grouped(int rows) => new(
        "small",
        [
            new TableColumn("label", ColumnKind.Text),
            new TableColumn("count", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
        ],
        Enumerable.Range(0, rows).Select(r => (IReadOnlyList<object?>)(r % 3 == 2
            ? [null, (long)r, null]
            : ["r" + r.ToString(CultureInfo.InvariantCulture), r % 3 == 1 ? null : (long)r, Money.Of(r + 0.25m, r % 2 == 0 ? Currency.USD : Currency.CNY)])).ToList(),
        ["rows"]);

    private static async Task<byte[]> WriteInGroupsOfFourAsync(ResultTable table)
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteInGroupsAsync(table, stream, 4, CancellationToken.None);
        return stream.ToArray();
    }

    /// <summary>A file written by the export (10 rows, 3 row groups of at most 4) whose footer is changed by
    /// <paramref name="change"/> and written again (Parquet.Net's own Thrift writer, reached by reflection), as a
    /// damaged or hand-made file would have it; the row groups' bytes are untouched.</summary>
    private static Task<byte[]> DamagedFooter(Action<FileMetaData> change) => DamagedFooter(Grouped(10), change);

    /// <summary>The table written in row groups of 4 rows, with its footer changed by <paramref name="change"/>.</summary>
    internal static async Task<byte[]> DamagedFooter(ResultTable table, Action<FileMetaData> change)
    {
        byte[] file = await WriteInGroupsOfFourAsync(table);
        FileMetaData meta;
        using (var stream = new MemoryStream(file))
        {
            await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
            meta = reader.Metadata!;
        }

        change(meta);
        System.Type writerType = typeof(ParquetReader).Assembly.GetType("Parquet.Meta.Proto.ThriftCompactProtocolWriter", throwOnError: true)!;
        using var footer = new MemoryStream();
        object writer = Activator.CreateInstance(writerType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [footer], null)!;
        typeof(FileMetaData).GetMethod("Write", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [writerType])!.Invoke(meta, [writer]);
        int oldLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        byte[] tail = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, (int)footer.Length);
        "PAR1"u8.CopyTo(tail.AsSpan(4));
        return [.. file.AsSpan(0, file.Length - 8 - oldLength), .. footer.ToArray(), .. tail];
    }

    public static TheoryData<string> DamagedFooters() => new(DamagedFooterKinds.Keys);

    /// <summary>Footers that Parquet.Net decodes but that are unsound, each with what the message must say.</summary>
    private static readonly Dictionary<string, (Action<FileMetaData> Change, string Says)> DamagedFooterKinds = new()
    {
        ["a row group of 2^31 rows"] = (m => m.RowGroups![0].NumRows = (long)int.MaxValue + 1, "row group 0 claims 2147483648 rows"),
        ["a row group of -1 rows"] = (m => m.RowGroups![0].NumRows = -1, "row group 0 claims -1 rows"),

        // Buffers of int.MaxValue values must not be allocated for a file of 2 KB.
        ["a row group of int.MaxValue rows"] = (m => m.RowGroups![0].NumRows = int.MaxValue, "its footer says it has 10 rows, but its 3 row groups hold 2147483653"),
        ["a row group of int.MaxValue rows, the file's count agreeing"] = (
            m =>
            {
                m.RowGroups![0].NumRows = int.MaxValue;
                m.NumRows = (long)int.MaxValue + 6;
            },
            "The Parquet file claims 2,147,483,653 rows in 3 row groups, more than the limit of 1,000,000 rows (row group 0, of 2,147,483,647 rows, passes it)"),
        // Checked before the group's arrays are allocated, not found by Parquet.Net's seek once they are.
        ["a column chunk at an offset far past the end"] = (m => m.RowGroups![0].Columns[0].MetaData!.DataPageOffset = long.MaxValue - 3, "row group 0, field 'label': its column chunk (9223372036854775804 to "),
        ["a column chunk at a negative offset"] = (m => m.RowGroups![0].Columns[1].MetaData!.DataPageOffset = -5, "row group 0, field 'count': its column chunk (-5 to "),
        ["a column chunk longer than the file"] = (m => m.RowGroups![1].Columns[0].MetaData!.TotalCompressedSize = int.MaxValue, "row group 1, field 'label': its column chunk ("),
        // A page may claim as many uncompressed bytes as its chunk: the chunk's claim is bounded by the longest array.
        ["a column chunk claiming more uncompressed bytes than an array holds"] = (m => m.RowGroups![0].Columns[1].MetaData!.TotalUncompressedSize = (long)Array.MaxLength + 1, "row group 0, field 'count': its column chunk claims 2147483592 bytes uncompressed (a chunk is read from 0 to 2147483591 bytes"),
        ["a column chunk claiming negative uncompressed bytes"] = (m => m.RowGroups![0].Columns[0].MetaData!.TotalUncompressedSize = -1, "row group 0, field 'label': its column chunk claims -1 bytes uncompressed"),
        ["a row group without the first field's column chunk"] = (m => m.RowGroups![0].Columns.RemoveAt(0), "row group 0 has no column chunk for field 'label'"),
        ["the schema key twice in the key-value metadata"] = (m => m.KeyValueMetadata!.Add(new KeyValue { Key = ParquetExport.SchemaKey, Value = "{}" }), "its footer's key-value metadata cannot be read (ArgumentException"),
        ["the schema key with no value"] = (m => m.KeyValueMetadata!.Single(kv => kv.Key == ParquetExport.SchemaKey).Value = null, $"schema: the key '{ParquetExport.SchemaKey}' has no value."),
        ["a root schema element of -1 children"] = (m => m.Schema![0].NumChildren = -1, "its footer's schema cannot be read (ArgumentException"),
        ["a decimal field whose scale exceeds its precision"] = (
            m =>
            {
                SchemaElement amount = m.Schema!.Single(e => e.Name == "amount");
                amount.Scale = 60;
                if (amount.LogicalType?.DECIMAL is { } d)
                {
                    d.Scale = 60;
                }
            },
            "its footer's schema cannot be read (ArgumentException"),
    };

    [Theory]
    [MemberData(nameof(DamagedFooters))]
    public async Task AFooterParquetNetDecodesButThatIsNotSound_IsInvalidData_SayingWhatIsWrong(string damage)
    {
        (Action<FileMetaData> change, string says) = DamagedFooterKinds[damage];
        byte[] bytes = await DamagedFooter(change);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("a file with {0} is not a readable table", damage)).Which.Message.Should().Contain(says);
    }

    [Fact]
    public async Task AFooterThatLostARowGroup_IsInvalidData_NotAShorterTable()
    {
        // The footer still says the file has 10 rows (FileMetaData.num_rows) but lists groups of 4 + 2 rows only.
        byte[] bytes = await DamagedFooter(m => m.RowGroups!.RemoveAt(1));

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Be("The bytes are not a readable Parquet file: its footer says it has 10 rows, but its 2 row groups hold 6 (a row group is missing or its count is wrong).");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task AFooterClaimingMoreRowsInAGroupThanItsChunksHold_IsInvalidData_NotATableWithNullRowsAdded(int extra)
    {
        var table = new ResultTable(
            "two",
            [new TableColumn("label", ColumnKind.Text), new TableColumn("count", ColumnKind.Integer)],
            [["a", 1L], ["b", 2L], ["c", null], [null, 4L], ["e", 5L]],
            []);
        byte[] bytes = await DamagedFooter(table, m =>
        {
            m.RowGroups![0].NumRows += extra;
            m.NumRows += extra;
        });

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain($"row group 0, field 'label': its column chunk holds 4 values, but the group claims {4 + extra} rows");
    }

    /// <summary>Two text fields of unique values (so Parquet.Net writes no dictionary page), a0/b0, a1/b1, ….</summary>
    private static ResultTable TwoTexts(int rows) => new(
        "texts",
        [new TableColumn("a", ColumnKind.Text), new TableColumn("b", ColumnKind.Text)],
        Enumerable.Range(0, rows).Select(r => (IReadOnlyList<object?>)["a" + r.ToString(CultureInfo.InvariantCulture), "b" + r.ToString(CultureInfo.InvariantCulture)]).ToList(),
        []);

    /// <summary>A read is confined to the chunk's extent: a group claiming 8 rows (each chunk 8 values, the file's
    /// count agreeing) where its pages hold 4 is refused, not read on into the next chunk (field 'a' given b0..b3, 'b'
    /// given group 1's a4..a7).</summary>
    [Fact]
    public async Task AGroupClaimingMoreRowsThanItsPagesHold_IsInvalidData_NotValuesReadOnFromTheNextChunk()
    {
        byte[] bytes = await DamagedFooter(TwoTexts(8), m =>
        {
            m.RowGroups![0].NumRows = 8;
            m.NumRows = 12;
            foreach (ColumnChunk chunk in m.RowGroups[0].Columns)
            {
                chunk.MetaData!.NumValues = 8;
            }
        });

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should().Contain("row group 0, field 'a'");
    }

    /// <summary>Two fields' chunks on the same bytes are refused, not one field's values read as the other's.</summary>
    [Fact]
    public async Task TwoFieldsColumnChunksOnTheSameBytes_AreInvalidData_NotOneFieldsValuesReadAsTheOthers()
    {
        byte[] bytes = await DamagedFooter(TwoTexts(8), m =>
        {
            ColumnMetaData a = m.RowGroups![0].Columns[0].MetaData!;
            ColumnMetaData b = m.RowGroups[0].Columns[1].MetaData!;
            b.DataPageOffset = a.DataPageOffset;
            b.DictionaryPageOffset = a.DictionaryPageOffset;
            b.TotalCompressedSize = a.TotalCompressedSize;
        });

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should().Contain("row group 0");
    }

    /// <summary>A chunk begins where Parquet.Net begins to read it, the least non-zero of its dictionary, data and
    /// index page offsets: an index_page_offset at another field's chunk puts it on that chunk's bytes, which is
    /// refused.</summary>
    [Fact]
    public async Task AColumnChunkWhoseIndexPageOffsetPointsAtAnotherChunk_IsInvalidData_NotReadFromThatChunk()
    {
        byte[] bytes = await DamagedFooter(TwoTexts(8), m =>
            m.RowGroups![0].Columns[1].MetaData!.IndexPageOffset = m.RowGroups[0].Columns[0].MetaData!.DataPageOffset);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should().Contain("row group 0, field 'b'");
    }

    [Fact]
    public async Task AStreamThatCannotSeek_IsRefusedAsAnArgument_NotReportedAsBytesThatAreNotParquet()
    {
        byte[] bytes = await WriteAsync();
        using var stream = new ForwardOnlyStream(bytes);

        Func<Task> read = () => ParquetExport.ReadAsync(stream);

        (await read.Should().ThrowExactlyAsync<ArgumentException>()).Which.ParamName.Should().Be("stream");
    }

    [Fact]
    public async Task AWholeFile_StillReadsBack()
    {
        ResultTable back = await ReadAsync(await WriteAsync());

        back.ContentEquals(Table()).Should().BeTrue();
    }

    /// <summary>A stream over a whole file that reads forward only: it cannot seek, and its length and position throw,
    /// as a pipe's or a network stream's do.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _bytes = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _bytes.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A seekable stream over a whole file whose every read fails, as a disk's might.</summary>
    private sealed class FailingReadStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("The disk cannot be read (test).");

        public override int Read(Span<byte> buffer) => throw new IOException("The disk cannot be read (test).");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromException<int>(new IOException("The disk cannot be read (test)."));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("The disk cannot be read (test)."));
    }
}
