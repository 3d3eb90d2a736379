using System.Buffers.Binary;
using System.Globalization;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace AiRace.Export.Tests;

/// <content>The uncompressed bytes a read accepts (<see cref="ParquetReadOptions.MaxUncompressedBytes"/>), and an LZ4
/// page's block checked against its header.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>A page header's uncompressed size is what Parquet.Net allocates to decompress a gzip or Brotli page
    /// into, whatever its data holds: a file of a few KB whose page claims 1,500,000,000 bytes, its chunk agreeing, is
    /// refused by the default limit before they are allocated, naming the chunk, the page and the figures.</summary>
    [Theory]
    [InlineData("gzip")]
    [InlineData("brotli")]
    public async Task ACompressedPageClaimingMoreThanTheUncompressedLimit_IsRefused_NamingTheChunkAndTheFigures(string codec)
    {
        byte[] bytes = await RewrittenFirstChunk(
            TextAndCount(3000),
            $", COMPRESSION '{codec}'",
            (h, data) => h.DataPageHeader is null ? null : (Encode(h, uncompressed: 1_500_000_000), data),
            chunk => chunk.TotalUncompressedSize = 1_600_000_000);
        bytes.Length.Should().BeLessThan(16 << 10);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte ")
            .And.Contain("claims 1,500,000,000 bytes uncompressed (an array of 1,500,000,000 bytes")
            .And.Contain("more than the limit of 1,073,741,824 bytes")
            .And.Contain("MaxUncompressedBytes = ");
    }

    /// <summary>The limit is on the read's pages together, not each, each page counted as the array the shared pool
    /// rents for it: the library's own file of a small table is refused under a limit one byte below its pages'
    /// pooled arrays, and read under one of them.</summary>
    [Fact]
    public async Task TheUncompressedLimit_IsOnTheReadsPagesTogether_EachAsThePoolRentsIt()
    {
        ResultTable table = Rows(40);
        using var written = new MemoryStream();
        await ParquetExport.WriteAsync(table, written);
        byte[] bytes = written.ToArray();
        long pages = await PooledPageBytes(bytes);

        Func<Task> under = () => ReadAsync(bytes, new ParquetReadOptions { MaxUncompressedBytes = pages - 1 });

        (await under.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain(string.Create(CultureInfo.InvariantCulture, $"more than the limit of {pages - 1:N0} bytes"));
        (await ReadAsync(bytes, new ParquetReadOptions { MaxUncompressedBytes = pages })).ContentEquals(table).Should().BeTrue();
    }

    /// <summary>The bytes the shared array pool hands out for a request of <paramref name="bytes"/>: the next power of
    /// two, at least 16, up to 2^30 (its largest bucket), past that the request.</summary>
    private static long Pooled(long bytes) =>
        bytes <= 0 ? 0 : bytes > 1L << 30 ? bytes : Math.Max(16L, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)bytes));

    /// <summary>The pooled arrays (<see cref="Pooled"/>) of every page of a file's chunks whose field
    /// <paramref name="counted"/> accepts (all, when null), walked by Parquet.Net's own header reader.</summary>
    private static async Task<long> PooledPageBytes(byte[] bytes, Func<string, bool>? counted = null)
    {
        long sum = 0;
        foreach (ColumnChunk column in (await FooterAsync(bytes)).RowGroups.SelectMany(g => g.Columns))
        {
            ColumnMetaData chunk = column.MetaData!;
            if (counted is not null && !counted(chunk.PathInSchema[0]))
            {
                continue;
            }

            long start = new[] { chunk.DictionaryPageOffset ?? 0, chunk.DataPageOffset, chunk.IndexPageOffset ?? 0 }.Where(o => o != 0).Min();
            for (long offset = start; offset < start + chunk.TotalCompressedSize;)
            {
                (PageHeader header, int end) = PageHeaderAt(bytes, (int)offset);
                sum += Pooled(header.UncompressedPageSize);
                offset = end + header.CompressedPageSize;
            }
        }

        return sum;
    }

    [Fact]
    public void TheDefaultUncompressedLimit_IsOneGibibyte() =>
        ParquetReadOptions.Default.MaxUncompressedBytes.Should().Be(1L << 30).And.Be(new ParquetReadOptions().MaxUncompressedBytes);

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void AnUncompressedLimitBelowOne_IsRefused(long limit)
    {
        Action set = () => _ = new ParquetReadOptions { MaxUncompressedBytes = limit };

        set.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(nameof(ParquetReadOptions.MaxUncompressedBytes));
    }

    public static TheoryData<string> AnalysisTableNames() => AnalysisTables.Names();

    /// <summary>How the default was chosen: each analysis table, its rows repeated to two full row groups
    /// (<see cref="ParquetExport.RowsPerGroup"/> rows each, as a million rows are written), is written by the library
    /// and its pages' pooled arrays (<see cref="PooledPageBytes"/>) divided by its rows; the default limit holds the
    /// default rows of each with at least a quarter to spare (measured, 192 to 784 bytes a row, the widest the 17-field
    /// 'audit' table: 464 bytes a row of pages, rounded up to powers of two).</summary>
    [Theory]
    [MemberData(nameof(AnalysisTableNames))]
    public async Task TheDefaultUncompressedLimit_HoldsTheDefaultRowsOfEachAnalysisTable_WithAQuarterToSpare(string which)
    {
        ResultTable table = AnalysisTables.Build(which);
        var big = new ResultTable(table.Name, table.Columns, Enumerable.Repeat(table.Rows, 2 * ParquetExport.RowsPerGroup).SelectMany(rows => rows).Take(2 * ParquetExport.RowsPerGroup), table.Notes, table.Facts);
        using var written = new MemoryStream();
        await ParquetExport.WriteAsync(big, written);
        long bytes = await PooledPageBytes(written.ToArray());

        (1.25 * bytes / big.Rows.Count * ParquetReadOptions.Default.MaxRows).Should().BeLessThan(ParquetReadOptions.Default.MaxUncompressedBytes);
    }

    /// <summary>Parquet.Net decodes an LZ4 page (either codec) as one raw LZ4 block into an array of its header's
    /// uncompressed size, and keeps the whole array, whatever the block decodes to: a 3,000-row file whose first data
    /// page's header claims 60,000,000 bytes, its block holding its few real ones, is refused before they are
    /// allocated, the walk adding up what the block's sequences decode to.</summary>
    [Theory]
    [InlineData("lz4_raw")]
    [InlineData("lz4")]
    public async Task ALz4PageWhoseBlockDecodesToOtherThanItsHeaderClaims_IsRefused(string codec)
    {
        byte[] bytes = await RewrittenFirstChunk(
            TextAndCount(3000),
            $", COMPRESSION '{codec}'",
            (h, data) => h.DataPageHeader is null ? null : (Encode(h, uncompressed: 60_000_000), data),
            chunk => chunk.TotalUncompressedSize = 70_000_000);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte ")
            .And.MatchRegex("its LZ4 block decodes to [0-9]+ bytes, but the header 60000000");
    }

    /// <summary>The LZ4 codec's pages written by Hadoop's framing (Arrow's and parquet-mr's): a big-endian
    /// uncompressed and compressed length before the block. Parquet.Net 6.1 reads them as raw blocks (its
    /// K4os decoder failing, it keeps the array it allocated undecoded), so the walk refuses them, saying so.</summary>
    [Fact]
    public async Task AHadoopFramedLz4Page_IsRefused_SayingParquetNetReadsRawBlocks()
    {
        byte[] bytes = await RewrittenFirstChunk(
            TextAndCount(3000),
            ", COMPRESSION 'lz4_raw'",
            (h, data) =>
            {
                byte[] framed = new byte[8 + data.Length];
                BinaryPrimitives.WriteInt32BigEndian(framed, h.UncompressedPageSize);
                BinaryPrimitives.WriteInt32BigEndian(framed.AsSpan(4), data.Length);
                data.CopyTo(framed, 8);
                return (Encode(h, compressed: framed.Length), framed);
            },
            chunk => chunk.Codec = CompressionCodec.LZ4);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte ")
            .And.Contain("Hadoop's LZ4 framing");
    }

    /// <summary>Parquet.Net's own writer writes both LZ4 codecs (as raw blocks): the library's file rewritten by it with
    /// each reads back.</summary>
    [Theory]
    [InlineData(CompressionMethod.LZ4)]
    [InlineData(CompressionMethod.Lz4Raw)]
    public async Task Pins_AFileWrittenByParquetNet_WithEachLz4Codec_ReadsBack(CompressionMethod method)
    {
        ResultTable table = TextAndCount(3000);
        using var written = new MemoryStream();
        await ParquetExport.WriteAsync(table, written);
        written.Position = 0;
        using var rewritten = new MemoryStream();
        await using (ParquetReader reader = await ParquetReader.CreateAsync(written))
        {
            DataField[] fields = reader.Schema.GetDataFields();
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(reader.Schema, rewritten, new ParquetOptions { CompressionMethod = method });
            writer.CustomMetadata = reader.CustomMetadata;
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], table.Rows.Select(r => (string?)r[0]).ToList());
            await group.WriteAsync(fields[1], (ReadOnlyMemory<long?>)table.Rows.Select(r => (long?)r[1]).ToArray());
            group.CompleteValidate();
        }

        byte[] bytes = rewritten.ToArray();
        (await FooterAsync(bytes)).RowGroups[0].Columns[0].MetaData!.Codec.Should().Be(method == CompressionMethod.LZ4 ? CompressionCodec.LZ4 : CompressionCodec.LZ4_RAW);
        (await ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 })).ContentEquals(table).Should().BeTrue();
    }
}
