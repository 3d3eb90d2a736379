using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>The values a page holds: a page whose header is consistent with itself and whose data decodes to exactly
/// its header's uncompressed size, but whose values section holds fewer values than its definition levels define (or
/// a dictionary page fewer entries than it claims, or indices past its entries), is read by Parquet.Net 6.1 past the
/// page's data into the rest of the array it rented from the shared pool (a power of two, longer than the page: the
/// very rounding <see cref="ParquetReadOptions.MaxUncompressedBytes"/> counts) or, for a version 2 page, into the
/// levels' share of an array of the whole uncompressed size; it would return a value the file does not hold (zeros,
/// or stale bytes of earlier arrays, e.g. 139,577,801,229,192), silently. The read decompresses each page of the
/// fields it decodes and refuses such a page with an <see cref="InvalidDataException"/> naming the row group, field
/// and page.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>A table whose first field is an integer one of distinct values (DuckDB writes its chunk PLAIN) with
    /// some nulls (so its pages have definition levels).</summary>
    private static ResultTable DistinctCountsWithNulls() => new(
        "counts",
        [new TableColumn("count", ColumnKind.Integer), new TableColumn("label", ColumnKind.Text)],
        Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : 1_000_003L * r, "x"]).ToList(),
        []);

    private static byte[] Packed(string codec, ReadOnlySpan<byte> plain)
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

    private static CompressionCodec CodecOf(string codec) => codec switch
    {
        "gzip" => CompressionCodec.GZIP,
        "brotli" => CompressionCodec.BROTLI,
        "snappy" => CompressionCodec.SNAPPY,
        "zstd" => CompressionCodec.ZSTD,
        "lz4_raw" => CompressionCodec.LZ4_RAW,
        _ => CompressionCodec.UNCOMPRESSED,
    };

    /// <summary>DuckDB's file of 3,000 rows whose integer chunk's data page has its
    /// last 8 bytes (its last value) cut off, the header's uncompressed size made the shorter data's (and the data
    /// compressed again with the chunk's codec, so that the gzip, Brotli, LZ4, Snappy and Zstandard checks all pass),
    /// would be read by Parquet.Net past the data into the tail of its pooled array (its last count 0 or stale pool
    /// bytes such as 139,577,801,229,192 instead of 2,999,008,997): it is refused, naming row group 0 and field
    /// 'count', since a PLAIN fixed-width section must hold exactly the values its definition levels define times
    /// the width.</summary>
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("gzip")]
    [InlineData("brotli")]
    [InlineData("lz4_raw")]
    [InlineData("snappy")]
    [InlineData("zstd")]
    public async Task Read_AVersion1DataPageOneValueShortOfItsLevels_IsRefused_NamingGroupAndField(string codec)
    {
        ResultTable table = DistinctCountsWithNulls();
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
                byte[] packed = Packed(codec, plain);
                return (Encode(h, uncompressed: plain.Length, compressed: packed.Length), packed);
            },
            chunk => chunk.Codec = CodecOf(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's data holds one value fewer than its definition levels claim; Parquet.Net reads the last one from past the data"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>The same file with its data page made a version 2 one (levels uncompressed, the values, one short,
    /// compressed with the chunk's codec, num_nulls right): Parquet.Net 6.1 decompresses the values into an array of
    /// the whole uncompressed size and would take the last count from its unwritten tail (0, or stale bytes such as
    /// 14,074,113,917,417,500); it is refused, naming row group 0 and field 'count' (the values section is the decoded
    /// data, and must hold the values its levels define).</summary>
    [Theory]
    [InlineData("gzip")]
    [InlineData("brotli")]
    [InlineData("lz4_raw")]
    [InlineData("snappy")]
    [InlineData("zstd")]
    public async Task Read_AVersion2DataPageOneValueShortOfItsLevels_IsRefused_NamingGroupAndField(string codec)
    {
        ResultTable table = DistinctCountsWithNulls();
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
                byte[] values = Packed(codec, data.AsSpan(4 + levels, 8 * (defined - 1)));
                var v2 = new PageHeader
                {
                    Type = PageType.DATA_PAGE_V2,
                    UncompressedPageSize = levels + (8 * (defined - 1)),
                    CompressedPageSize = levels + values.Length,
                    DataPageHeaderV2 = new DataPageHeaderV2 { NumValues = d.NumValues, NumNulls = d.NumValues - defined, NumRows = d.NumValues, Encoding = d.Encoding, DefinitionLevelsByteLength = levels, RepetitionLevelsByteLength = 0, IsCompressed = true },
                };
                return (Encode(v2), [.. data.AsSpan(4, levels), .. values]);
            },
            chunk => chunk.Codec = CodecOf(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the version 2 page's values section holds one value fewer than num_values − num_nulls; Parquet.Net reads the last one from the array's unwritten tail"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>DuckDB's file whose integer chunk's dictionary page claims its 5 entries but holds 4 (the last 8 bytes
    /// cut off, the header's uncompressed size the shorter data's, the data compressed with the chunk's codec so that
    /// the codec checks pass) would be read with every count of the fifth entry (1,000,003, first at row 6) taken as 0
    /// or stale pool bytes past the page's data: it is refused, naming row group 0 and field 'count' (a PLAIN
    /// dictionary page of a fixed-width type must hold exactly its entries times the width).</summary>
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("gzip")]
    [InlineData("snappy")]
    public async Task Read_ADictionaryPageOneEntryShortOfItsClaim_IsRefused_NamingGroupAndField(string codec)
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
                    byte[] page = Packed(codec, data);
                    return (Encode(h, compressed: page.Length), page);
                }

                dictionary.NumValues.Should().Be(5);
                data.Length.Should().Be(5 * 8, "a PLAIN dictionary of 5 int64 entries");
                pages++;
                byte[] plain = data.AsSpan(0, data.Length - 8).ToArray();
                byte[] packed = Packed(codec, plain);
                return (Encode(h, uncompressed: plain.Length, compressed: packed.Length), packed);
            },
            chunk => chunk.Codec = CodecOf(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the dictionary page holds 4 of the 5 entries it claims; Parquet.Net reads the fifth from past its data"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>DuckDB's file whose integer chunk's dictionary page claims and holds 4 of its 5 entries (the fifth cut
    /// off, the header's entries and size made the shorter data's), its data pages' indices unchanged (index 4 still
    /// used, first at row 6): every page is consistent with its header, but an index points past the dictionary. It is
    /// refused, naming row group 0 and field 'count' and the dictionary indices.</summary>
    [Fact]
    public async Task Read_ADataPageIndexPastItsDictionarysEntries_IsRefused_NamingGroupAndField()
    {
        var table = new ResultTable(
            "dictionary",
            [new TableColumn("count", ColumnKind.Integer), new TableColumn("label", ColumnKind.Text)],
            Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : 1_000_003L * (r % 5), "x"]).ToList(),
            []);
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is not { } dictionary)
                {
                    return null;
                }

                dictionary.NumValues.Should().Be(5);
                return (Encode(h, numValues: 4, uncompressed: 32, compressed: 32), data.AsSpan(0, 32).ToArray());
            });

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("index 4 is past the 4 entries the dictionary holds"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("dictionary indices").And.Contain("more than 3");
    }

    /// <summary>DuckDB's file whose text chunk (distinct labels, some null, written PLAIN) has its data page's last
    /// byte array cut off (its 4-byte length and its 10 bytes, the header's sizes made the shorter data's): the
    /// page's definition levels define one value more than its data holds. It is refused, naming row group 0 and
    /// field 'label'.</summary>
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("snappy")]
    public async Task Read_ATextDataPageOneByteArrayShortOfItsLevels_IsRefused_NamingGroupAndField(string codec)
    {
        var table = new ResultTable(
            "labels",
            [new TableColumn("label", ColumnKind.Text), new TableColumn("count", ColumnKind.Integer)],
            Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : "label-" + r.ToString("D4", CultureInfo.InvariantCulture), (long)r]).ToList(),
            []);
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

                d.Encoding.Should().Be(Encoding.PLAIN, "the test cuts a PLAIN byte array off");
                pages++;
                System.Text.Encoding.UTF8.GetString(data.AsSpan(data.Length - 10)).Should().Be("label-2999");
                byte[] plain = data.AsSpan(0, data.Length - 14).ToArray();
                byte[] packed = Packed(codec, plain);
                return (Encode(h, uncompressed: plain.Length, compressed: packed.Length), packed);
            },
            chunk => chunk.Codec = CodecOf(codec));
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's data holds one byte array fewer than its levels define"))
            .Which.Message.Should().Contain("row group 0, field 'label'").And.Contain("PLAIN byte arrays");
    }

    /// <summary>The integer file's data page made a version 2 one whose values are all there but whose num_nulls
    /// claims one null more than its definition levels hold: the page contradicts itself. It is refused, naming row
    /// group 0 and field 'count' and the nulls.</summary>
    [Fact]
    public async Task Read_AVersion2DataPageWhoseNullsDisagreeWithItsLevels_IsRefused_NamingGroupAndField()
    {
        ResultTable table = DistinctCountsWithNulls();
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                int levels = BinaryPrimitives.ReadInt32LittleEndian(data);
                int defined = (data.Length - 4 - levels) / 8;
                var v2 = new PageHeader
                {
                    Type = PageType.DATA_PAGE_V2,
                    UncompressedPageSize = data.Length - 4,
                    CompressedPageSize = data.Length - 4,
                    DataPageHeaderV2 = new DataPageHeaderV2 { NumValues = d.NumValues, NumNulls = d.NumValues - defined + 1, NumRows = d.NumValues, Encoding = d.Encoding, DefinitionLevelsByteLength = levels, RepetitionLevelsByteLength = 0, IsCompressed = false },
                };
                return (Encode(v2), data.AsSpan(4).ToArray());
            });

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("num_nulls claims one null more than the levels hold"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("nulls of 3000 values");
    }

    /// <summary>The integer file's data page made an uncompressed version 2 one (is_compressed false) whose
    /// definition levels claim more bytes than the page's data: refused as unsound, naming row group 0 and field
    /// 'count', not an exception of another type escaping the read.</summary>
    [Fact]
    public async Task Read_AnUncompressedVersion2PageWhoseLevelsRunPastItsData_IsRefused_NamingGroupAndField()
    {
        ResultTable table = DistinctCountsWithNulls();
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'snappy'",
            (h, data) =>
            {
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                byte[] plain = Snappier.Snappy.DecompressToArray(data);
                int levels = BinaryPrimitives.ReadInt32LittleEndian(plain);
                var v2 = new PageHeader
                {
                    Type = PageType.DATA_PAGE_V2,
                    UncompressedPageSize = plain.Length - 4,
                    CompressedPageSize = plain.Length - 4,
                    DataPageHeaderV2 = new DataPageHeaderV2 { NumValues = d.NumValues, NumNulls = 0, NumRows = d.NumValues, Encoding = d.Encoding, DefinitionLevelsByteLength = plain.Length + levels, RepetitionLevelsByteLength = 0, IsCompressed = false },
                };
                return (Encode(v2), plain.AsSpan(4).ToArray());
            });

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the levels claim more bytes than the page holds"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("definition levels");
    }

    /// <summary>Parquet.Net 6.1 decodes a version 1 page's definition levels as RLE/bit-packed hybrid (a 4-byte
    /// length, then runs) whatever its header's definition_level_encoding says, so the check does too: DuckDB's PLAIN
    /// int64 page one value short of its levels, its level encoding said BIT_PACKED, which Parquet.Net would read past
    /// its data silently, is refused naming row group 0, field 'count'.</summary>
    [Fact]
    public async Task Read_AVersion1PageOneValueShort_IsRefused_WhateverItsLevelEncodingSays()
    {
        ResultTable table = DistinctCountsWithNulls();
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

                d.Encoding.Should().Be(Encoding.PLAIN);
                d.DefinitionLevelEncoding = Encoding.BIT_PACKED;
                pages++;
                byte[] plain = data.AsSpan(0, data.Length - 8).ToArray();
                return (Encode(h, uncompressed: plain.Length, compressed: plain.Length), plain);
            });
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page holds one value fewer than its levels define; Parquet.Net reads its levels as RLE whatever the header says"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>Parquet.Net 6.1 decodes every dictionary page as PLAIN entries whatever its encoding says, so the check
    /// does too: DuckDB's dictionary page holding 4 of the 5 entries it claims, its encoding said RLE_DICTIONARY, whose
    /// fifth entry (first used at row 6) Parquet.Net would read from past the page's data silently, is refused naming
    /// row group 0, field 'count'.</summary>
    [Fact]
    public async Task Read_ADictionaryPageOneEntryShort_IsRefused_WhateverItsEncodingSays()
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
                    return null;
                }

                dictionary.NumValues.Should().Be(5);
                dictionary.Encoding = Encoding.RLE_DICTIONARY;
                pages++;
                byte[] plain = data.AsSpan(0, data.Length - 8).ToArray();
                return (Encode(h, uncompressed: plain.Length, compressed: plain.Length), plain);
            });
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the dictionary page holds 4 of its 5 entries; Parquet.Net reads it as PLAIN whatever its encoding says"))
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }

    /// <summary>RLE is a values encoding of booleans alone: Parquet.Net 6.1 decodes an RLE page of another type as
    /// 32-bit integers into the field's array, so DuckDB's dictionary-encoded int64 page whose encoding alone is
    /// changed to RLE would give row 0's count as 19,422,142,765,924,426 (stale bytes of a pooled array) instead of 0,
    /// silently. The check refuses a page whose encoding Parquet.Net cannot read as the field's type (RLE but on
    /// booleans, BIT_PACKED, an unknown one), naming row group 0, field 'count'.</summary>
    [Fact]
    public async Task Read_AnInt64DataPageOfRleEncoding_IsRefused()
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
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                d.Encoding.Should().BeOneOf(Encoding.PLAIN_DICTIONARY, Encoding.RLE_DICTIONARY);
                d.Encoding = Encoding.RLE;
                pages++;
                return (Encode(h), data);
            });
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("RLE is not an encoding of int64 values; Parquet.Net reads such a page from stale pooled bytes"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("is of encoding RLE");
    }
}
