using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using K4os.Compression.LZ4;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace AiRace.Export.Tests;

/// <content>The uncompressed bytes a read accepts (<see cref="ParquetReadOptions.MaxUncompressedBytes"/>), and a gzip, Brotli or LZ4
/// page's data checked against its header.</content>
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
    /// K4os decoder failing, it throws an ArgumentOutOfRangeException after allocating the page's array), so the walk
    /// refuses them, saying so.</summary>
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

    /// <summary>A raw LZ4 block of <paramref name="data"/>: its first <paramref name="at"/> bytes as literals, then a
    /// match of 4 bytes 6 back (the caller's data repeats there), then the rest as the last literals. Its sequences
    /// add up to exactly <paramref name="data"/>'s length, and each match lies within the bytes decoded before it.</summary>
    private static byte[] Lz4BlockWithAMatchAt(byte[] data, int at)
    {
        data.AsSpan(at, 4).SequenceEqual(data.AsSpan(at - 6, 4)).Should().BeTrue("the match copies bytes the data repeats");
        var block = new List<byte>();
        int literals = at;
        block.Add((byte)((Math.Min(literals, 15) << 4) | 0));
        if (literals >= 15)
        {
            int rest = literals - 15;
            for (; rest >= 255; rest -= 255)
            {
                block.Add(255);
            }

            block.Add((byte)rest);
        }

        block.AddRange(data.AsSpan(0, at).ToArray());
        block.Add(6);
        block.Add(0);
        int last = data.Length - at - 4;
        last.Should().BeLessThan(15);
        block.Add((byte)(last << 4));
        block.AddRange(data.AsSpan(at + 4).ToArray());
        return [.. block];
    }

    /// <summary>LZ4's block format ends a block with literals: its last match starts at least 12 bytes before the
    /// output's end and ends at least 5 before it, and LZ4's own decoder (K4os's LZ4Codec.Decode, which Parquet.Net 6.1
    /// calls) refuses a block that breaks these rules (it returns -1, as the test checks), after Parquet.Net has
    /// allocated the page by its header. A dictionary page rewritten as such a block (a match at byte 24 or 19 of 30)
    /// is refused by the walk before the group is read, naming the page's byte and its LZ4 data.</summary>
    [Theory]
    [InlineData("lz4_raw", 24)]
    [InlineData("lz4_raw", 19)]
    [InlineData("lz4", 24)]
    public async Task ALz4BlockBreakingTheEndOfBlockRules_IsRefusedByTheWalk_NamingThePage(string codec, int matchAt)
    {
        ResultTable table = TextAndCount(3000);
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'lz4_raw'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is null)
                {
                    return null;
                }

                byte[] plain = new byte[h.UncompressedPageSize];
                LZ4Codec.Decode(data, plain).Should().Be(plain.Length);
                plain.Length.Should().Be(30, "the dictionary of 'L0' to 'L4', each a 4-byte length and 2 bytes");
                byte[] block = Lz4BlockWithAMatchAt(plain, matchAt);
                LZ4Codec.Decode(block, new byte[plain.Length]).Should().BeNegative("LZ4's own decoder refuses the block: its last match lies within the last 12 bytes of its output");
                return (Encode(h, compressed: block.Length), block);
            },
            chunk => chunk.Codec = codec == "lz4" ? CompressionCodec.LZ4 : CompressionCodec.LZ4_RAW);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte ")
            .And.Contain("LZ4");
    }

    /// <summary>The limit's message gives the limit that reads the whole file (its decoded pages' headers added up),
    /// not the sum up to the page that passes it: the library's file of 4,000 rows in more than one chunk, refused
    /// under 100 bytes, reads back under the figure the message gives.</summary>
    [Fact]
    public async Task TheUncompressedLimitTheMessageSuggests_ReadsTheWholeFile()
    {
        ResultTable table = Rows(4000);
        using var written = new MemoryStream();
        await ParquetExport.WriteAsync(table, written);
        byte[] bytes = written.ToArray();
        (await FooterAsync(bytes)).RowGroups.SelectMany(g => g.Columns).Should().HaveCountGreaterThan(1, "the file has more than one chunk");

        Func<Task> under = () => ReadAsync(bytes, new ParquetReadOptions { MaxUncompressedBytes = 100 });
        string message = (await under.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message;
        Match suggested = Regex.Match(message, "MaxUncompressedBytes = ([0-9]+)");
        suggested.Success.Should().BeTrue();
        long limit = long.Parse(suggested.Groups[1].Value, CultureInfo.InvariantCulture);

        Func<Task<ResultTable>> raised = () => ReadAsync(bytes, new ParquetReadOptions { MaxUncompressedBytes = limit });

        (await raised.Should().NotThrowAsync($"the message said to raise the limit to {limit}")).Which.ContentEquals(table).Should().BeTrue();
    }

    /// <summary>Parquet.Net decodes a gzip or Brotli page into an array of its header's size and keeps it whatever
    /// the data held (missing bytes read as zeros: 'L3' would read as ''); the read decodes such a page's data into a
    /// buffer of its header's size and refuses a page that decodes to other than its header's size: here a dictionary
    /// page of 30 bytes whose data holds its first 24, naming the page.</summary>
    [Theory]
    [InlineData("gzip")]
    [InlineData("brotli")]
    public async Task AGzipOrBrotliPageDecodingToFewerBytesThanItsHeader_IsRefused_NotReadAsZeros(string codec)
    {
        ResultTable table = TextAndCount(3000);
        byte[] bytes = await RewrittenFirstChunk(
            table,
            $", COMPRESSION '{codec}'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is null)
                {
                    return null;
                }

                byte[] plain;
                using (var input = new MemoryStream(data))
                using (Stream unpack = codec == "gzip" ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress))
                using (var output = new MemoryStream())
                {
                    unpack.CopyTo(output);
                    plain = output.ToArray();
                }

                plain.Length.Should().Be(h.UncompressedPageSize).And.Be(30);
                using var packed = new MemoryStream();
                using (Stream pack = codec == "gzip" ? new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true) : new BrotliStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    pack.Write(plain.AsSpan(0, 24));
                }

                return (Encode(h, compressed: (int)packed.Length), packed.ToArray());
            });

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's data decodes to 24 bytes, its header claims 30")).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte ")
            .And.Contain("data decodes to 24 bytes, but the header claims 30");
    }

    /// <summary>The read decodes a page into a buffer of exactly its header's size (the size the pool rents for it,
    /// nothing more) and still sees data that decodes to more: a dictionary page of 30 bytes whose header claims 24
    /// is refused, naming the page (a Snappy page's own length is checked before it is decompressed).</summary>
    [Theory]
    [InlineData("gzip")]
    [InlineData("brotli")]
    public async Task APageDecodingToMoreBytesThanItsHeader_IsRefused(string codec)
    {
        byte[] bytes = await RewrittenFirstChunk(
            TextAndCount(3000),
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is null)
                {
                    return null;
                }

                data.Length.Should().Be(30);
                byte[] packed = Packed(codec, data);
                return (Encode(h, uncompressed: 24, compressed: packed.Length), packed);
            },
            chunk => chunk.Codec = CodecOf(codec));

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's data decodes to 30 bytes, its header claims 24")).Which.Message.Should()
            .Contain("row group 0, field 'label'")
            .And.Contain("decodes to more than 24 bytes, but the header claims 24");
    }

    /// <summary>Parquet.Net rents a page's array from the shared pool, which hands out the next power of two (up to
    /// 2^30), so each page counts as its pooled array: a gzip page claiming 2^23 + 1 bytes (a 16 MiB array) under a
    /// limit of its claim and 2 MiB is refused before the array is rented, and the read allocates less than the limit.
    /// (The 16 MiB bucket is one no other test of the class claims: an array the pool already held would be reused
    /// unmeasured.)</summary>
    [Fact]
    public async Task TheUncompressedLimit_CountsEachPageAsItsPooledArray_BoundingWhatTheReadAllocates()
    {
        const int claim = (1 << 23) + 1;
        const long limit = claim + (2 << 20);
        byte[] bytes = await RewrittenFirstChunk(
            TextAndCount(3000),
            ", COMPRESSION 'gzip'",
            (h, data) => h.DataPageHeader is null ? null : (Encode(h, uncompressed: claim), data),
            chunk => chunk.TotalUncompressedSize = claim + 100_000);
        bytes.Length.Should().BeLessThan(16 << 10);

        using var stream = new MemoryStream(bytes);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        try
        {
            await ParquetExport.ReadAsync(stream, new ParquetReadOptions { MaxRows = 3000, MaxUncompressedBytes = limit });
        }
        catch (InvalidDataException)
        {
            // A refusal is right; what matters is what was allocated before it.
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        allocated.Should().BeLessThan(limit, "MaxUncompressedBytes bounds the arrays the read decompresses pages into, and the rest of this small file's read needs about 1 MiB of the 2 MiB margin");
    }

    /// <summary>Where a decimal field has its exact-text field beside it, the read decodes both (the text is checked
    /// against the rounded decimals), so both fields' pages are added to the sum: a file of 2,000 rows whose decimals
    /// need the text field (1e20 and 1/3 do not fit one scale of 38 digits) reads back under a limit of exactly the
    /// pooled arrays of all its pages, and is refused under one byte less.</summary>
    [Fact]
    public async Task TheUncompressedSum_CountsADecimalFieldBesideItsExactText_WhichTheReadDecodesToCheckTheText()
    {
        var table = new ResultTable(
            "wide",
            [new TableColumn("label", ColumnKind.Text), new TableColumn("share", ColumnKind.Decimal, "ratio")],
            Enumerable.Range(0, 2000).Select(r => (IReadOnlyList<object?>)["r" + r.ToString(CultureInfo.InvariantCulture), r % 2 == 0 ? 100_000_000_000_000_000_000m + r : 1m / 3m + r]).ToList(),
            []);
        using var written = new MemoryStream();
        await ParquetExport.WriteAsync(table, written);
        byte[] bytes = written.ToArray();
        FileMetaData meta = await FooterAsync(bytes);
        meta.Schema.Select(e => e.Name).Should().Contain("share [ratio]" + ParquetExport.ExactSuffix, "the decimals need their exact text");
        long decoded = 0;
        long decimalPages = 0;
        foreach (ColumnChunk column in meta.RowGroups.SelectMany(g => g.Columns))
        {
            ColumnMetaData chunk = column.MetaData!;
            long start = new[] { chunk.DictionaryPageOffset ?? 0, chunk.DataPageOffset, chunk.IndexPageOffset ?? 0 }.Where(o => o != 0).Min();
            long pages = 0;
            for (long offset = start; offset < start + chunk.TotalCompressedSize;)
            {
                (PageHeader header, int end) = PageHeaderAt(bytes, (int)offset);
                pages += Pooled(header.UncompressedPageSize);
                offset = end + header.CompressedPageSize;
            }

            if (chunk.PathInSchema.SequenceEqual(["share [ratio]"]))
            {
                decimalPages += pages;
            }
            else
            {
                decoded += pages;
            }
        }

        decimalPages.Should().BePositive();

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxUncompressedBytes = decoded + decimalPages });
        Func<Task<ResultTable>> short1 = () => ReadAsync(bytes, new ParquetReadOptions { MaxUncompressedBytes = decoded + decimalPages - 1 });

        (await read.Should().NotThrowAsync($"the pages claim {decoded} bytes besides the decimal field's {decimalPages}, all decoded")).Which.ContentEquals(table).Should().BeTrue();
        await short1.Should().ThrowAsync<InvalidDataException>("the decimal field's pages are counted too");
    }

    /// <summary>A gzip or Brotli page whose data is no stream of its codec at all (GZipStream refuses it with an
    /// InvalidDataException, BrotliStream with an InvalidOperationException) is refused as unsound, naming the
    /// page.</summary>
    [Theory]
    [InlineData("gzip")]
    [InlineData("brotli")]
    public async Task AGzipOrBrotliPageWhoseDataIsNoStream_IsRefused_NamingThePage(string codec)
    {
        byte[] bytes = await RewrittenFirstChunk(
            TextAndCount(3000),
            $", COMPRESSION '{codec}'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is null)
                {
                    return null;
                }

                byte[] garbage = Enumerable.Repeat((byte)0xFF, data.Length).ToArray();
                return (Encode(h), garbage);
            });

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte ")
            .And.Contain(codec == "gzip" ? "its gzip data cannot be decoded" : "its Brotli data cannot be decoded");
    }
}
