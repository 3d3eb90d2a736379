using System.Globalization;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using CsCheck;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace AiRace.Export.Tests;

/// <summary>Parquet export in row groups: every row once, in order, in groups of the stated size; one schema (one
/// decimal scale, one exact text field) for the whole file; the reader's row numbers count across groups; a read is
/// cancelled between groups; a write that is cancelled or fails never leaves a file that reads as a (shorter) table,
/// except on a stream that cannot seek and fails after the footer reached it, which keeps the whole file.</summary>
public class ParquetRowGroupTests
{
    private const int N = ParquetExport.RowsPerGroup;

    private static async Task<byte[]> WriteAsync(ResultTable table, int? rowsPerGroup = null)
    {
        using var stream = new MemoryStream();
        if (rowsPerGroup is int size)
        {
            await ParquetExport.WriteInGroupsAsync(table, stream, size, CancellationToken.None);
        }
        else
        {
            await ParquetExport.WriteAsync(table, stream);
        }

        return stream.ToArray();
    }

    private static async Task<ResultTable> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await ParquetExport.ReadAsync(stream);
    }

    /// <summary>The number of rows in each row group of the file.</summary>
    private static async Task<long[]> GroupSizes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        var sizes = new long[reader.RowGroupCount];
        for (int g = 0; g < sizes.Length; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            sizes[g] = group.RowCount;
        }

        return sizes;
    }

    /// <summary>A table of <paramref name="rows"/> rows, each different from every other (its index in the text, the
    /// integer and the amounts), with nulls in every column on every seventh row, money in two currencies, and a decimal
    /// column whose values need an exact text field beside them (10^20 and 10^-20 in one column) when
    /// <paramref name="wide"/>.</summary>
    private static ResultTable Numbered(int rows, bool wide)
    {
        var cells = new List<IReadOnlyList<object?>>(rows);
        for (int r = 0; r < rows; r++)
        {
            if (r % 7 == 3)
            {
                cells.Add([null, null, null, null, null]);
                continue;
            }

            decimal measure = wide && r == rows - 1 ? 0.00000000000000000001m * (r + 1)
                : wide && r == 0 ? 100000000000000000000m
                : r * 1.25m;
            cells.Add([
                "row " + r.ToString(CultureInfo.InvariantCulture),
                (long)r * 1_000_003L,
                Money.Of(r + 0.01m, r % 2 == 0 ? Currency.USD : Currency.CNY),
                measure,
                new DateOnly(2024, 1, 1).AddDays(r % 366),
            ]);
        }

        return new ResultTable(
            "numbered",
            [
                new TableColumn("label", ColumnKind.Text),
                new TableColumn("count", ColumnKind.Integer),
                new TableColumn("amount", ColumnKind.Money),
                new TableColumn("measure", ColumnKind.Decimal, "units"),
                new TableColumn("day", ColumnKind.Date),
            ],
            cells,
            ["numbered rows"]);
    }

    [Theory]
    [InlineData(N - 1, new long[] { N - 1 })]
    [InlineData(N, new long[] { N })]
    [InlineData(N + 1, new long[] { N, 1 })]
    [InlineData(2 * N + 3, new long[] { N, N, 3 })]
    public async Task Write_TableAroundTheGroupSize_WritesFullGroupsAndTheRest_AndReadsBackEveryRowOnce(int rows, long[] groups)
    {
        ResultTable table = Numbered(rows, wide: true);

        byte[] bytes = await WriteAsync(table);

        (await GroupSizes(bytes)).Should().Equal(groups);
        ResultTable back = await ReadAsync(bytes);
        back.Rows.Count.Should().Be(rows);
        back.ContentEquals(table).Should().BeTrue("every row comes back once, in its place");
    }

    [Fact]
    public async Task Write_EmptyTable_IsOneEmptyGroup_AndReadsBack()
    {
        ResultTable table = Numbered(0, wide: false);

        byte[] bytes = await WriteAsync(table);

        (await GroupSizes(bytes)).Should().Equal(0L);
        (await ReadAsync(bytes)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task RoundTrip_RandomTablesInGroupsOfOneToFiveRows_IsExact_WithTheExpectedGroups()
    {
        int multiple = 0;
        await Gen.Select(ExportGen.Tables(ExportGen.AnyDecimal), Gen.Int[1, 5]).SampleAsync(async (table, size) =>
        {
            byte[] bytes = await WriteAsync(table, size);
            int rows = table.Rows.Count;
            long[] expected = rows == 0 ? [0L] : Enumerable.Range(0, (rows + size - 1) / size).Select(g => (long)Math.Min(size, rows - (g * size))).ToArray();
            (await GroupSizes(bytes)).Should().Equal(expected);
            (await ReadAsync(bytes)).ContentEquals(table).Should().BeTrue();
            if (expected.Length > 1)
            {
                Interlocked.Increment(ref multiple);
            }
        }, iter: 500, threads: 1);
        multiple.Should().BeGreaterThan(100, "most random tables span several groups of a few rows");
    }

    [Fact]
    public async Task Write_InGroups_OneScaleForTheWholeField_FromValuesInAnyGroup_AndTheExactTextInEveryGroup()
    {
        // Group 0 holds only whole numbers and 10^20; the last group the one value with 20 decimals.
        ResultTable table = Numbered(10, wide: true);

        byte[] bytes = await WriteAsync(table, 4);

        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseBigDecimal = true });
        DataField[] fields = reader.Schema.GetDataFields();
        fields.Select(f => f.Name).Should().Contain(["measure [units]", "measure [units] exact"]);
        DataField measure = fields.Single(f => f.Name == "measure [units]");
        DataField exact = fields.Single(f => f.Name == "measure [units] exact");
        measure.Should().BeOfType<DecimalDataField>().Which.Scale.Should().Be(17, "21 integer digits leave 17 of 38 for decimals, whichever group holds them");
        reader.RowGroupCount.Should().Be(3);
        var texts = new List<string?>();
        var unscaled = new List<BigInteger?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            var groupTexts = new string?[group.RowCount];
            await group.ReadAsync(exact, groupTexts.AsMemory());
            texts.AddRange(groupTexts);
            var groupDecimals = new BigDecimal?[group.RowCount];
            await group.ReadAsync(measure, groupDecimals.AsMemory());
            unscaled.AddRange(groupDecimals.Select(d => d?.UnscaledValue));
        }

        texts.Should().Equal(table.Rows.Select(r => ((decimal?)r[3])?.ToString(CultureInfo.InvariantCulture)));
        unscaled[0].Should().Be(BigInteger.Pow(10, 37));
        unscaled[1].Should().Be(125 * BigInteger.Pow(10, 15));
        unscaled[3].Should().BeNull();
        unscaled[9].Should().Be(BigInteger.Zero, "1e-19 rounds to 0 at scale 17; its text keeps it");
        (await ReadAsync(bytes)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Read_ProblemsInALaterGroup_NameTheRowInTheWholeFile()
    {
        // Two groups of three rows of a money column without a column currency (amount, then currency code):
        // row 4 has an amount without its currency, row 5 a currency with an amount too large for a decimal.
        var amount = new BigDecimalDataField("amount", 38, 0, isNullable: true);
        var currency = new DataField("amount_currency", typeof(string), isNullable: true);
        var schema = new TableSchema("later", [new TableColumn("amount", ColumnKind.Money)]);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(amount, currency), stream, new ParquetOptions { UseBigDecimal = true }))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            foreach ((BigInteger?[] values, string?[] codes) in new[]
            {
                (new BigInteger?[] { 1, 2, null }, new string?[] { "USD", "CNY", null }),
                (new BigInteger?[] { 3, 4, BigInteger.Pow(10, 30) }, new string?[] { "USD", null, "USD" }),
            })
            {
                using ParquetRowGroupWriter group = writer.CreateRowGroup();
                await group.WriteAsync<BigDecimal>(amount, values.Select(v => v is BigInteger b ? new BigDecimal(b, 38, 0) : (BigDecimal?)null).ToArray().AsMemory());
                await group.WriteAsync(currency, codes);
            }
        }

        Func<Task> read = () => ReadAsync(stream.ToArray());

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .Be("Parquet file cannot be read as table 'later' (3 problems):" + Environment.NewLine
                + "  row 5, field 'amount': 1000000000000000000000000000000×10^-0 does not fit a decimal exactly." + Environment.NewLine
                + "  row 4, column 'amount': an amount without a currency code in the field amount_currency." + Environment.NewLine
                + "  row 5, column 'amount': a currency (USD) without an amount; both or neither are given.");
    }

    /// <summary>Reads bytes as a table, or null when <see cref="ParquetExport.ReadAsync(Stream, CancellationToken)"/> refuses them.</summary>
    private static async Task<ResultTable?> TryReadAsync(byte[] bytes)
    {
        try
        {
            return await ReadAsync(bytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or OperationCanceledException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A stream over memory that may not seek (its position and length then throw, as a pipe's or a network
    /// stream's do), that cancels a token once more than some bytes have been written to it, and that fails one write
    /// with an <see cref="IOException"/> when it would take the bytes written past some count (writing those up to it
    /// first; later writes succeed again, as after a transient error).</summary>
    private sealed class TestStream(bool seekable, CancellationTokenSource? cancel = null, long cancelAfter = long.MaxValue, long failAt = long.MaxValue) : Stream
    {
        private readonly MemoryStream _bytes = new();
        private bool _failed;
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => seekable;

        public override bool CanWrite => true;

        public override long Length => seekable ? _bytes.Length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _bytes.Position : throw new NotSupportedException();
            set => _bytes.Position = seekable ? value : throw new NotSupportedException();
        }

        /// <summary>The bytes the stream holds.</summary>
        public byte[] ToArray() => _bytes.ToArray();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => seekable ? _bytes.Seek(offset, origin) : throw new NotSupportedException();

        public override void SetLength(long value)
        {
            if (!seekable)
            {
                throw new NotSupportedException();
            }

            _bytes.SetLength(value);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!_failed && _written + count > failAt)
            {
                _failed = true;
                _bytes.Write(buffer, offset, (int)(failAt - _written));
                _written = failAt;
                throw new IOException("The device is full (test).");
            }

            _bytes.Write(buffer, offset, count);
            _written += count;
            if (_written > cancelAfter)
            {
                cancel?.Cancel();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.ToArray(), 0, buffer.Length);
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task AWriteCancelledAfterTheFirstGroup_DoesNotLeaveAFileThatReadsAsAShorterTable()
    {
        ResultTable table = Numbered((2 * N) + 2, wide: false);
        using var cts = new CancellationTokenSource();
        using var stream = new TestStream(seekable: true, cts, cancelAfter: 1_000);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream, cts.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        ResultTable? back = await TryReadAsync(stream.ToArray());
        back.Should().BeNull($"a cancelled write left {stream.Length} bytes that read back as table '{back?.Name}' of {back?.Rows.Count} rows, not {table.Rows.Count}");
        stream.Length.Should().Be(0, "the seekable stream is cut back to its length at the start of the write");
    }

    [Fact]
    public async Task AWriteCancelledBeforeItStarts_WritesNothing()
    {
        ResultTable table = Numbered(10, wide: false);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stream = new TestStream(seekable: false);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream, cts.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        stream.ToArray().Should().BeEmpty("a write cancelled before it began writes no byte, even to a stream that cannot seek");
    }

    [Fact]
    public async Task ANonSeekableStreamCancelledMidWrite_HoldsBytesThatReadAsyncRefuses()
    {
        ResultTable table = Numbered((2 * N) + 2, wide: false);
        using var cts = new CancellationTokenSource();
        using var stream = new TestStream(seekable: false, cts, cancelAfter: 1_000);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream, cts.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        byte[] bytes = stream.ToArray();
        bytes.Should().NotBeEmpty("a stream that cannot seek keeps what was written before the cancellation");
        Func<Task> read = () => ReadAsync(bytes);
        InvalidDataException refused = (await read.Should().ThrowAsync<InvalidDataException>("the bytes have no footer: they are not a Parquet file")).Which;
        refused.Message.Should().Contain("do not end with the Parquet magic 'PAR1'");
        refused.InnerException.Should().NotBeNull();
    }

    [Fact]
    public async Task ASeekableStreamStartingAfterEarlierBytes_IsCutBackToItsLengthWithTheEarlierBytesUntouched()
    {
        ResultTable table = Numbered((2 * N) + 2, wide: true);
        byte[] earlier = Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray();
        using var cts = new CancellationTokenSource();
        using var stream = new TestStream(seekable: true, cts, cancelAfter: earlier.Length + 5_000);
        stream.Write(earlier);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream, cts.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        stream.Length.Should().Be(earlier.Length);
        stream.Position.Should().Be(earlier.Length);
        stream.ToArray().Should().Equal(earlier);
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(true, 2_000)]
    [InlineData(false, 3)]
    [InlineData(false, 2_000)]
    public async Task AWriteThatFailsWithAnIOException_LeavesNoReadableTable(bool seekable, long failAt)
    {
        ResultTable table = Numbered((2 * N) + 2, wide: false);
        using var stream = new TestStream(seekable, failAt: failAt);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream);

        (await write.Should().ThrowAsync<IOException>()).Which.Message.Should().Be("The device is full (test).");
        byte[] bytes = stream.ToArray();
        if (seekable)
        {
            bytes.Should().BeEmpty("the seekable stream is cut back to its length at the start of the write");
        }
        else
        {
            Func<Task> read = () => ReadAsync(bytes);
            InvalidDataException refused = (await read.Should().ThrowAsync<InvalidDataException>("the bytes have no footer: they are not a Parquet file")).Which;
            refused.Message.Should().Contain(bytes.Length < 12 ? $"{bytes.Length} bytes are too few" : "do not end with the Parquet magic 'PAR1'");
            refused.InnerException.Should().NotBeNull();
        }
    }

    [Fact]
    public async Task AWriteToANonSeekableStream_RoundTrips()
    {
        ResultTable table = Numbered(N + 5, wide: true);
        using var stream = new TestStream(seekable: false);

        await ParquetExport.WriteAsync(table, stream);

        ResultTable back = await ReadAsync(stream.ToArray());
        back.ContentEquals(table).Should().BeTrue();
        (await GroupSizes(stream.ToArray())).Should().Equal(N, 5);
    }

    [Fact]
    public async Task ATokenCancelledInTheMiddleOfAReadOfManyRowGroups_CancelsTheRead()
    {
        byte[] file = await WriteAsync(Numbered(40, wide: false), 4);
        int reads;
        using (var counting = new CancellingStream(file, null, 0))
        {
            await ParquetExport.ReadAsync(counting);
            reads = counting.Reads;
        }

        using var cts = new CancellationTokenSource();
        using var stream = new CancellingStream(file, cts, reads / 2);

        Func<Task> read = () => ParquetExport.ReadAsync(stream, cts.Token);

        await read.Should().ThrowAsync<OperationCanceledException>("the token is cancelled at read {0} of {1}, half way through 10 row groups", reads / 2, reads);
        cts.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public async Task AWriteWhoseLastFlushFails_OnAStreamThatCannotSeek_ThrowsTheStreamsIOException_AndLeavesTheWholeFile()
    {
        ResultTable table = Numbered(10, wide: false);
        int flushes;
        using (var whole = new FlushFailingStream(failAt: 0))
        {
            await ParquetExport.WriteInGroupsAsync(table, whole, 4, CancellationToken.None);
            flushes = whole.Flushes;
        }

        using var stream = new FlushFailingStream(failAt: flushes);
        Func<Task> write = () => ParquetExport.WriteInGroupsAsync(table, stream, 4, CancellationToken.None);

        (await write.Should().ThrowAsync<IOException>("the stream's last flush (of {0}) fails", flushes)).Which.Message.Should().StartWith("flush");
        ResultTable back = await ReadAsync(stream.Bytes.ToArray());
        back.ContentEquals(table).Should().BeTrue(
            "WriteAsync's remarks: once the footer was passed to a stream that cannot seek, a failure of the stream (its flush at "
            + "the end) cannot be undone, and the bytes it was given are the whole file, which reads back as the table");
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
    /// <paramref name="failAt"/> (counting both kinds of flush) with an <see cref="IOException"/>, as a pipe or socket
    /// whose peer went away does.</summary>
    private sealed class FlushFailingStream(int failAt) : Stream
    {
        public MemoryStream Bytes { get; } = new();

        public int Flushes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
            if (++Flushes == failAt)
            {
                throw new IOException("flush (test)");
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            ++Flushes == failAt ? Task.FromException(new IOException("flush async (test)")) : Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Bytes.Write(buffer, offset, count);
    }
}
