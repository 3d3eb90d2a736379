using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>Review of 9bbd6c6 (second round): a page whose header is consistent with itself and whose data decodes to
/// exactly its header's uncompressed size, but whose values section holds fewer values than its definition levels
/// (or a dictionary page fewer entries than it claims), is read by Parquet.Net 6.1 past the page's data into the rest
/// of the array it rented from the shared pool (a power of two, longer than the page: the very rounding
/// <see cref="ParquetReadOptions.MaxUncompressedBytes"/> counts) or, for a version 2 page, into the levels' share of
/// an array of the whole uncompressed size; the read returns the table with a value the file does not hold (zeros,
/// or stale bytes of earlier arrays, e.g. 139,577,801,229,192), silently. The reader promises never to return wrong
/// data silently: such a page must be refused with an <see cref="InvalidDataException"/> naming the row group and
/// field.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>A table whose first field is an integer one of distinct values (DuckDB writes its chunk PLAIN) with
    /// some nulls (so its pages have definition levels).</summary>
    private static ResultTable ReviewDistinctCounts() => new(
        "counts",
        [new TableColumn("count", ColumnKind.Integer), new TableColumn("label", ColumnKind.Text)],
        Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : 1_000_003L * r, "x"]).ToList(),
        []);

    private static byte[] ReviewPack(string codec, ReadOnlySpan<byte> plain)
    {
        switch (codec)
        {
            case "uncompressed":
                return plain.ToArray();
            case "snappy":
                return Snappier.Snappy.CompressToArray(plain);
            case "zstd":
                return new ZstdSharp.Compressor().Wrap(plain).ToArray();
            case "lz4_raw":
                byte[] target = new byte[K4os.Compression.LZ4.LZ4Codec.MaximumOutputSize(plain.Length)];
                int n = K4os.Compression.LZ4.LZ4Codec.Encode(plain, target);
                return target.AsSpan(0, n).ToArray();
            default:
                using (var packed = new MemoryStream())
                {
                    using (Stream pack = codec == "gzip" ? new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true) : new BrotliStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        pack.Write(plain);
                    }

                    return packed.ToArray();
                }
        }
    }

    private static CompressionCodec ReviewCodec(string codec) => codec switch
    {
        "gzip" => CompressionCodec.GZIP,
        "brotli" => CompressionCodec.BROTLI,
        "snappy" => CompressionCodec.SNAPPY,
        "zstd" => CompressionCodec.ZSTD,
        "lz4_raw" => CompressionCodec.LZ4_RAW,
        _ => CompressionCodec.UNCOMPRESSED,
    };

    /// <summary>FAULT (ParquetExport.Checks.cs, CheckPages; the page walk checks each page's sizes, never that its
    /// data holds the values its levels claim): DuckDB's file of 3,000 rows whose integer chunk's data page has its
    /// last 8 bytes (its last value) cut off, the header's uncompressed size made the shorter data's (and the data
    /// compressed again with the chunk's codec, so that the gzip, Brotli, LZ4, Snappy and Zstandard checks all pass),
    /// is read by Parquet.Net past the data into the tail of its pooled array: the read returns 3,000 rows whose last
    /// count is 0 or stale pool bytes (seen in probe runs, depending on the pool's state: 0, 139,577,801,229,192,
    /// 30,399,666,857,836,614) instead of 2,999,008,997 — wrong data, silently, and bytes of earlier arrays disclosed. Right: refused
    /// with an InvalidDataException naming row group 0 and field 'count' (e.g. the walk decodes a data page's
    /// definition levels, bounded by its values, and requires a PLAIN fixed-width section of exactly the defined
    /// values times the width, a PLAIN byte-array section whose lengths end at its end, a dictionary-index section
    /// giving the defined count; or the read checks what Parquet.Net consumed against each page's size).</summary>
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("gzip")]
    [InlineData("brotli")]
    [InlineData("lz4_raw")]
    [InlineData("snappy")]
    [InlineData("zstd")]
    public async Task ReviewParquetRead_AVersion1DataPageOneValueShort_IsReadFromThePooledArraysTail_InsteadOfRefused(string codec)
    {
        ResultTable table = ReviewDistinctCounts();
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                d.Encoding.Should().Be(Encoding.PLAIN, "the test cuts a PLAIN int64 value off");
                pages++;
                byte[] plain = data.AsSpan(0, data.Length - 8).ToArray();
                byte[] packed = ReviewPack(codec, plain);
                return (Encode(h, uncompressed: plain.Length, compressed: packed.Length), packed);
            },
            chunk => chunk.Codec = ReviewCodec(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's data holds one value fewer than its definition levels claim; Parquet.Net reads the last one from past the data"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>FAULT (ParquetExport.Checks.cs, CheckPages: a version 2 page's data is checked to decode to its header's
    /// uncompressed size less its definition levels, but Parquet.Net 6.1 decompresses it into an array of the whole
    /// uncompressed size, so the levels' share of that array is never written; nor are the values checked against
    /// the levels): the same file with its data page made a version 2 one (levels uncompressed, the values, one
    /// short, compressed with the chunk's codec, num_nulls right) is read back with its last count taken from the
    /// unwritten tail (0, or stale bytes such as 14,074,113,917,417,500). Right: refused with an InvalidDataException
    /// naming row group 0 and field 'count' (as above; for version 2 pages the values section is the decoded data,
    /// and the non-null count is num_values − num_nulls, which the levels must agree with).</summary>
    [Theory]
    [InlineData("gzip")]
    [InlineData("brotli")]
    [InlineData("lz4_raw")]
    [InlineData("snappy")]
    [InlineData("zstd")]
    public async Task ReviewParquetRead_AVersion2DataPageOneValueShort_IsReadFromTheUnwrittenTail_InsteadOfRefused(string codec)
    {
        ResultTable table = ReviewDistinctCounts();
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                d.Encoding.Should().Be(Encoding.PLAIN, "the test cuts a PLAIN int64 value off");
                pages++;
                int levels = BinaryPrimitives.ReadInt32LittleEndian(data);
                int defined = (data.Length - 4 - levels) / 8;
                byte[] values = ReviewPack(codec, data.AsSpan(4 + levels, 8 * (defined - 1)));
                var v2 = new PageHeader
                {
                    Type = PageType.DATA_PAGE_V2,
                    UncompressedPageSize = levels + (8 * (defined - 1)),
                    CompressedPageSize = levels + values.Length,
                    DataPageHeaderV2 = new DataPageHeaderV2 { NumValues = d.NumValues, NumNulls = d.NumValues - defined, NumRows = d.NumValues, Encoding = d.Encoding, DefinitionLevelsByteLength = levels, RepetitionLevelsByteLength = 0, IsCompressed = true },
                };
                return (Encode(v2), [.. data.AsSpan(4, levels), .. values]);
            },
            chunk => chunk.Codec = ReviewCodec(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the version 2 page's values section holds one value fewer than num_values − num_nulls; Parquet.Net reads the last one from the array's unwritten tail"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>FAULT (ParquetExport.Checks.cs, CheckPages: a dictionary page's entries are bounded by its chunk's
    /// values, never checked against its data): DuckDB's file whose integer chunk's dictionary page claims its 5
    /// entries but holds 4 (the last 8 bytes cut off, the header's uncompressed size the shorter data's, the data
    /// compressed with the chunk's codec so that the codec checks pass) is read back with every count of the fifth
    /// entry (1,000,003, first at row 6) read as 0 or stale pool bytes past the page's data. Right: refused with an
    /// InvalidDataException naming row group 0 and field 'count' (a PLAIN dictionary page of a fixed-width type must
    /// hold exactly its entries times the width; of byte arrays, its entries' lengths must end at its end).</summary>
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("gzip")]
    [InlineData("snappy")]
    public async Task ReviewParquetRead_ADictionaryPageOneEntryShort_IsReadFromThePooledArraysTail_InsteadOfRefused(string codec)
    {
        var table = new ResultTable(
            "dictionary",
            [new TableColumn("count", ColumnKind.Integer), new TableColumn("label", ColumnKind.Text)],
            Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : 1_000_003L * (r % 5), "x"]).ToList(),
            []);
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is not { } dictionary)
                {
                    byte[] page = ReviewPack(codec, data);
                    return (Encode(h, compressed: page.Length), page);
                }

                dictionary.NumValues.Should().Be(5);
                data.Length.Should().Be(5 * 8, "a PLAIN dictionary of 5 int64 entries");
                pages++;
                byte[] plain = data.AsSpan(0, data.Length - 8).ToArray();
                byte[] packed = ReviewPack(codec, plain);
                return (Encode(h, uncompressed: plain.Length, compressed: packed.Length), packed);
            },
            chunk => chunk.Codec = ReviewCodec(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the dictionary page holds 4 of the 5 entries it claims; Parquet.Net reads the fifth from past its data"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }
}
