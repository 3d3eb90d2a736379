using System.Buffers.Binary;
using System.Globalization;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using CsCheck;
using Parquet;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <summary>Review of stop 57's export changes against their XML docs. <see cref="ParquetExport.ReadAsync"/> promises
/// that bytes that are not a readable Parquet file (a footer or column chunk Parquet.Net cannot decode) are an
/// <see cref="InvalidDataException"/>, that the read takes a readable, seekable stream, and that the token cancels
/// the read; <see cref="ParquetExport.WriteAsync"/> that a write that throws never leaves a file that reads as a table;
/// <see cref="ResultTable.TryGetFieldValue{T}"/> the value <see cref="ResultTable.FieldValues"/> writes. Each test that
/// fails shows one place where the code breaks its promise; its message says which and what happened.</summary>
public class ReviewStop57Tests
{
    /// <summary>A small table of <paramref name="rows"/> rows with text, integers, money in two currencies and nulls.</summary>
    private static ResultTable Table(int rows) => new(
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

    /// <summary>The table written in row groups of <paramref name="rowsPerGroup"/> rows.</summary>
    private static async Task<byte[]> WriteAsync(ResultTable table, int rowsPerGroup)
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteInGroupsAsync(table, stream, rowsPerGroup, CancellationToken.None);
        return stream.ToArray();
    }

    private static async Task<ResultTable> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await ParquetExport.ReadAsync(stream);
    }

    /// <summary>A file written by the export (10 rows, 3 row groups of at most 4) whose footer is changed by
    /// <paramref name="change"/> and written again (Parquet.Net's own Thrift writer, reached by reflection), as a
    /// damaged or hand-made file would have it; the row groups' bytes are untouched.</summary>
    private static Task<byte[]> DamagedFooter(Action<FileMetaData> change) => DamagedFooter(Table(10), change);

    /// <summary>The table written in row groups of 4 rows, with its footer changed by <paramref name="change"/>.</summary>
    private static async Task<byte[]> DamagedFooter(ResultTable table, Action<FileMetaData> change)
    {
        byte[] file = await WriteAsync(table, 4);
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

    /// <summary>What reading the bytes throws (null when they read as a table).</summary>
    private static async Task<Exception?> ThrownByReading(byte[] bytes)
    {
        try
        {
            await ReadAsync(bytes);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static string Described(Exception? ex) => ex is null ? "no exception (the bytes read as a table)" : $"{ex.GetType().FullName}: {ex.Message}";

    public static TheoryData<string> DamagedFooters() => new(DamagedFooterKinds.Keys);

    private static readonly Dictionary<string, Action<FileMetaData>> DamagedFooterKinds = new()
    {
        // int count = checked((int)group.RowCount) in ReadAsync, outside any catch: OverflowException.
        ["a row group of 2^31 rows"] = m => m.RowGroups![0].NumRows = (long)int.MaxValue + 1,

        // new T?[count] with count -1: OverflowException.
        ["a row group of -1 rows"] = m => m.RowGroups![0].NumRows = -1,

        // new T?[int.MaxValue] before a value is read: OutOfMemoryException (and a count a little smaller allocates
        // gigabytes for a file of 1 KB).
        ["a row group of int.MaxValue rows"] = m => m.RowGroups![0].NumRows = int.MaxValue,

        // SourceStream.Seek refuses a target before the start as the data's fault, but passes one far past the end to
        // the stream, whose own ArgumentOutOfRangeException (MemoryStream: "Stream length must be non-negative and
        // less than 2^31 - 1 - origin") is then taken as the stream's failure and passed through.
        ["a column chunk at an offset far past the end"] = m => m.RowGroups![0].Columns[0].MetaData!.DataPageOffset = long.MaxValue - 3,

        // reader.CustomMetadata builds a dictionary outside the try: ArgumentException "An item with the same key".
        ["the schema key twice in the key-value metadata"] = m => m.KeyValueMetadata!.Add(new KeyValue { Key = ParquetExport.SchemaKey, Value = "{}" }),

        // TableSchema.TryParse(null): ArgumentNullException (Parameter 'json').
        ["the schema key with no value"] = m => m.KeyValueMetadata!.Single(kv => kv.Key == ParquetExport.SchemaKey).Value = null,

        // reader.Schema is built lazily, outside the try: ArgumentException "at least one field is required".
        ["a root schema element of -1 children"] = m => m.Schema![0].NumChildren = -1,

        // reader.Schema / GetDataFields: ArgumentException "scale must be less than or equal to the precision".
        ["a decimal field whose scale exceeds its precision"] = m =>
        {
            SchemaElement amount = m.Schema!.Single(e => e.Name == "amount");
            amount.Scale = 60;
            if (amount.LogicalType?.DECIMAL is { } d)
            {
                d.Scale = 60;
            }
        },
    };

    [Theory]
    [MemberData(nameof(DamagedFooters))]
    public async Task AFooterParquetNetDecodesButThatIsNotSound_IsInvalidData_NotARawRuntimeException(string damage)
    {
        byte[] bytes = await DamagedFooter(DamagedFooterKinds[damage]);

        Exception? thrown = await ThrownByReading(bytes);

        thrown.Should().BeOfType<InvalidDataException>(
            $"a file with {damage} is not a readable Parquet file, and ReadAsync's docs promise an InvalidDataException for "
            + "such bytes (and list no other exception for them); it threw {0}", Described(thrown));
    }

    [Fact]
    public async Task AFooterThatLostARowGroup_DoesNotReadAsAShorterTable()
    {
        // The footer still says the file has 10 rows (FileMetaData.num_rows) but lists groups of 4 + 2 rows only.
        byte[] bytes = await DamagedFooter(m => m.RowGroups!.RemoveAt(1));

        Exception? thrown = await ThrownByReading(bytes);

        thrown.Should().BeOfType<InvalidDataException>(
            "the file's own row count (10) disagrees with its row groups' (6): ReadAsync reads it 'back to the table written' "
            + "only by dropping 4 rows without a word, the very outcome WriteAsync's remarks take pains to rule out for its own "
            + "failures (never a file that reads as a shorter table); it threw {0}", Described(thrown));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task AFooterClaimingMoreRowsInAGroupThanItsChunksHold_DoesNotReadAsATableWithRowsAdded(int extra)
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

        ResultTable? back = null;
        try
        {
            back = await ReadAsync(bytes);
        }
        catch (InvalidDataException)
        {
        }

        back.Should().BeNull(
            "the first row group's chunks hold 4 values each (their num_values) but the footer says the group has {0} rows: "
            + "the file is not the table written, and ReadAsync fills the rows the chunks lack with nulls instead of refusing "
            + "it (InvalidDataException, 'a footer or column chunk Parquet.Net cannot decode'); it read {1} rows: {2}",
            4 + extra, back?.Rows.Count, back is null ? string.Empty : string.Join(" | ", back.Rows.Select(r => string.Join(",", r.Select(c => c is null ? "null" : "'" + c + "'")))));
    }

    [Fact]
    public async Task AStreamThatCannotSeek_IsRefusedAsAnArgument_NotReportedAsBytesThatAreNotParquet()
    {
        byte[] file = await WriteAsync(Table(10), 4);
        using var stream = new ForwardOnlyStream(file);

        Exception? thrown = null;
        try
        {
            await ParquetExport.ReadAsync(stream);
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        thrown.Should().BeAssignableTo<ArgumentException>(
            "ReadAsync takes 'a readable, seekable stream': a whole, valid file behind a stream that cannot seek is the "
            + "caller's mistake, not 'bytes that are not a readable Parquet file' (Parquet.Net's ArgumentException "
            + "'stream must be readable and seekable' is wrapped as if the file were damaged); it threw {0}", Described(thrown));
        ((ArgumentException)thrown!).ParamName.Should().Be("stream");
    }

    [Fact]
    public async Task ATokenCancelledInTheMiddleOfAReadOfManyRowGroups_CancelsTheRead()
    {
        byte[] file = await WriteAsync(Table(40), 4);
        int reads;
        using (var counting = new CancellingStream(file, null, 0))
        {
            await ParquetExport.ReadAsync(counting);
            reads = counting.Reads;
        }

        using var cts = new CancellationTokenSource();
        using var stream = new CancellingStream(file, cts, reads / 2);

        Exception? thrown = null;
        try
        {
            await ParquetExport.ReadAsync(stream, cts.Token);
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        cts.IsCancellationRequested.Should().BeTrue("the token is cancelled at read {0} of {1}", reads / 2, reads);
        thrown.Should().BeAssignableTo<OperationCanceledException>(
            "the token 'cancels the read' (ReadAsync's docs), and it was cancelled half way through a file of 10 row groups; "
            + "the read never looks at it after the start (Parquet.Net reads the chunks synchronously) and returns the whole "
            + "table; it threw {0}", Described(thrown));
    }

    [Fact]
    public void TryGetFieldValue_OfEveryFieldOfRandomTables_IsWhatFieldValuesWrites_ScaleIncluded()
    {
        Check.Sample(ExportGen.Tables(ExportGen.AnyDecimal), table =>
        {
            var written = new object?[table.Fields.Count];
            for (int r = 0; r < table.Rows.Count; r++)
            {
                table.FieldValues(r, written);
                for (int f = 0; f < table.Fields.Count; f++)
                {
                    object? typed = table.Fields[f].Type switch
                    {
                        FieldType.Text => table.TryGetFieldValue(r, f, out string? t) ? t : null,
                        FieldType.Integer => table.TryGetFieldValue(r, f, out long l) ? l : null,
                        FieldType.Date => table.TryGetFieldValue(r, f, out DateOnly d) ? d : null,
                        FieldType.Boolean => table.TryGetFieldValue(r, f, out bool b) ? b : null,
                        _ => table.TryGetFieldValue(r, f, out decimal m) ? m : null,
                    };

                    string shown = Convert.ToString(typed, CultureInfo.InvariantCulture) ?? "null";
                    string expected = Convert.ToString(written[f], CultureInfo.InvariantCulture) ?? "null";
                    shown.Should().Be(expected, "row {0}, field '{1}' ({2})", r, table.Fields[f].Header, table.Fields[f].Type);
                }
            }
        }, iter: 2_000);
    }

    [Fact]
    public async Task AWriteWhoseLastFlushFails_OnAStreamThatCannotSeek_ThrowsTheStreamsIOException_AndLeavesTheWholeFile()
    {
        int flushes;
        using (var whole = new FlushFailingStream(failAt: 0))
        {
            await ParquetExport.WriteInGroupsAsync(Table(10), whole, 4, CancellationToken.None);
            flushes = whole.Flushes;
        }

        using var stream = new FlushFailingStream(failAt: flushes);
        Func<Task> write = () => ParquetExport.WriteInGroupsAsync(Table(10), stream, 4, CancellationToken.None);

        (await write.Should().ThrowAsync<IOException>("the stream's last flush (of {0}) fails", flushes)).Which.Message.Should().StartWith("flush");
        ResultTable back = await ReadAsync(stream.Bytes.ToArray());
        back.ContentEquals(Table(10)).Should().BeTrue(
            "WriteAsync's remarks: once the footer was passed to a stream that cannot seek, a failure of the stream (its flush at "
            + "the end) cannot be undone, and the bytes it was given are the whole file, which reads back as the table");
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

    /// <summary>A memory stream over a whole file that counts its reads and cancels a token at read
    /// <paramref name="at"/>; its asynchronous reads honour their token as a memory stream's do.</summary>
    private sealed class CancellingStream(byte[] bytes, CancellationTokenSource? cancel, int at) : MemoryStream(bytes)
    {
        public int Reads { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Count();
            return base.Read(buffer, offset, count);
        }

        public override int ReadByte()
        {
            Count();
            return base.ReadByte();
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count();
            return base.ReadAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ReadAsync(buffer, cancellationToken);
        }

        private void Count()
        {
            if (++Reads == at)
            {
                cancel?.Cancel();
            }
        }
    }

    /// <summary>A stream that cannot seek, keeps what is written to it, and fails its flush number
    /// <paramref name="failAt"/> (counting both flushes) with an <see cref="IOException"/>, as a pipe or socket whose
    /// peer went away does.</summary>
    private sealed class FlushFailingStream(int failAt) : Stream
    {
        public MemoryStream Bytes { get; } = new();
        public int Flushes { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { if (++Flushes == failAt) throw new IOException("flush (test)"); }
        public override Task FlushAsync(CancellationToken cancellationToken) => ++Flushes == failAt ? Task.FromException(new IOException("flush async (test)")) : Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Bytes.Write(buffer, offset, count);
    }
}
