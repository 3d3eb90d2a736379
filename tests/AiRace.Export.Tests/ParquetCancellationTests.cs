using System.Buffers.Binary;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>Cancellation between the pages of a column chunk: ReadAsync checks its token before each page it checks,
/// and a read cancelled while a chunk of several pages is read stops with an <see cref="OperationCanceledException"/>
/// before the next page's bytes are read.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>DuckDB's counts chunk (3,000 rows, some null) rewritten as two version 1 data pages of 1,500 rows each
    /// (their definition levels one bit-packed run, their values PLAIN); returns the file and where the second page
    /// begins and the chunk ends.</summary>
    private static async Task<(byte[] File, long Second, long End)> TwoPageCounts(ResultTable table)
    {
        byte[]? second = null;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                byte[] Page(int from, int rows)
                {
                    var levels = new byte[(rows + 7) / 8];
                    var values = new List<byte>();
                    for (int r = 0; r < rows; r++)
                    {
                        if (table.Rows[from + r][0] is long value)
                        {
                            levels[r / 8] |= (byte)(1 << (r % 8));
                            values.AddRange(BitConverter.GetBytes(value));
                        }
                    }

                    byte[] runs = [.. Varint((ulong)((levels.Length << 1) | 1)), .. levels];
                    byte[] pageData = [.. BitConverter.GetBytes(runs.Length), .. runs, .. values];
                    var header = new PageHeader
                    {
                        Type = PageType.DATA_PAGE,
                        UncompressedPageSize = pageData.Length,
                        CompressedPageSize = pageData.Length,
                        DataPageHeader = new DataPageHeader { NumValues = rows, Encoding = Encoding.PLAIN, DefinitionLevelEncoding = Encoding.RLE, RepetitionLevelEncoding = Encoding.RLE },
                    };
                    return [.. Encode(header), .. pageData];
                }

                d.NumValues.Should().Be(3000);
                second = Page(1500, 1500);
                return (Page(0, 1500), second);
            },
            chunk => chunk.TotalUncompressedSize = chunk.TotalCompressedSize);
        FileMetaData meta = await FooterAsync(bytes);
        ColumnMetaData chunk = meta.RowGroups[0].Columns[0].MetaData!;
        long end = chunk.DataPageOffset + chunk.TotalCompressedSize;
        return (bytes, end - second!.Length, end);
    }

    /// <summary>The two-page chunk reads back whole; a token cancelled when a read takes the first page's last byte
    /// (first when the read checks the page, then when Parquet.Net reads it) stops the read with an
    /// <see cref="OperationCanceledException"/>, and no byte of the second page is read after the cancellation.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Read_CancelledAfterTheFirstPageOfAChunk_StopsBeforeTheNextPage(int atRead)
    {
        ResultTable table = DistinctCountsWithNulls();
        (byte[] file, long second, long end) = await TwoPageCounts(table);
        (await ReadAsync(file, new ParquetReadOptions { MaxRows = 3000 })).ContentEquals(table).Should().BeTrue("the two pages hold every value");

        using var cancel = new CancellationTokenSource();
        using var stream = new PageCancellingStream(file, cancel, second - 1, atRead, second, end);
        Func<Task> read = () => ParquetExport.ReadAsync(stream, new ParquetReadOptions { MaxRows = 3000 }, cancel.Token);

        await read.Should().ThrowAsync<OperationCanceledException>("the token was cancelled once the first page was read");
        stream.Cancelled.Should().BeTrue("a read took the first page's last byte {0} times", atRead);
        stream.ReadOfSecondPageAfterCancel.Should().BeFalse("the read stops before the next page");
    }

    /// <summary>A memory stream that cancels a token on the <paramref name="atRead"/>-th read taking byte
    /// <paramref name="trigger"/>, and notes any read of bytes from <paramref name="from"/> to <paramref name="to"/>
    /// after it.</summary>
    private sealed class PageCancellingStream(byte[] bytes, CancellationTokenSource cancel, long trigger, int atRead, long from, long to) : MemoryStream(bytes)
    {
        private int _hits;

        public bool Cancelled { get; private set; }

        public bool ReadOfSecondPageAfterCancel { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            // A memory stream's other reads of a derived type come here through Stream's; each is noted once.
            Note(Position, count);
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            byte[] copy = new byte[buffer.Length];
            int read = Read(copy, 0, copy.Length);
            copy.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override int ReadByte()
        {
            var one = new byte[1];
            return Read(one, 0, 1) == 1 ? one[0] : -1;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.FromCanceled<int>(cancellationToken);
            }

            byte[] copy = new byte[buffer.Length];
            int read = Read(copy, 0, copy.Length);
            copy.AsSpan(0, read).CopyTo(buffer.Span);
            return ValueTask.FromResult(read);
        }

        private void Note(long position, int count)
        {
            long last = Math.Min(position + count, Length) - 1;
            if (Cancelled && position < to && last >= from)
            {
                ReadOfSecondPageAfterCancel = true;
            }

            if (position <= trigger && last >= trigger && ++_hits == atRead)
            {
                Cancelled = true;
                cancel.Cancel();
            }
        }
    }
}
