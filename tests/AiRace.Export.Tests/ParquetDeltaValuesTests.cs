using System.Buffers.Binary;
using System.Globalization;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>The values of the DELTA and BYTE_STREAM_SPLIT encodings, which Parquet.Net 6.1 reads as far as their data
/// goes and no farther, keeping what an earlier miniblock or array left for the rest: each is checked to hold exactly
/// the values its page's definition levels define.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>A table whose first field is text of distinct values, all 10 characters long, some null.</summary>
    private static ResultTable DistinctLabelsWithNulls() => new(
        "labels",
        [new TableColumn("label", ColumnKind.Text), new TableColumn("count", ColumnKind.Integer)],
        Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : "label-" + r.ToString("D4", CultureInfo.InvariantCulture), (long)r]).ToList(),
        []);

    /// <summary>DELTA_BINARY_PACKED integers of <paramref name="count"/> values all equal to <paramref name="value"/>
    /// (blocks of 128 values in 4 miniblocks, each of width 0).</summary>
    private static byte[] DeltaOfConstant(int count, long value)
    {
        static byte[] Zigzag(long v) => Varint((ulong)((v << 1) ^ (v >> 63)));
        var bytes = new List<byte>();
        bytes.AddRange(Varint(128));
        bytes.AddRange(Varint(4));
        bytes.AddRange(Varint((ulong)count));
        bytes.AddRange(Zigzag(value));
        for (int left = count - 1; left > 0; left -= 128)
        {
            bytes.AddRange(Zigzag(0));
            bytes.AddRange(new byte[4]);
        }

        return [.. bytes];
    }

    /// <summary>The bytes of a data page's definition levels (a version 1 page's with their length before them), or
    /// -1 for another page; <paramref name="encoding"/> sets its values' encoding.</summary>
    private static int LevelsOf(PageHeader h, byte[] data, Encoding? encoding = null)
    {
        if (h.DataPageHeader is { } v1)
        {
            v1.Encoding = encoding ?? v1.Encoding;
            return 4 + BinaryPrimitives.ReadInt32LittleEndian(data);
        }

        if (h.DataPageHeaderV2 is { } v2)
        {
            v2.Encoding = encoding ?? v2.Encoding;
            return v2.DefinitionLevelsByteLength;
        }

        return -1;
    }

    /// <summary>DuckDB's format version 2 copy writes the distinct integers of a field as DELTA_BINARY_PACKED (in a
    /// version 1 data page), and the file reads back; the same page with its last 8 bytes (part of its last
    /// miniblock) cut off is refused by the check, naming row group 0, field 'count' and the encoding (Parquet.Net
    /// alone fails on it with an IndexOutOfRangeException).</summary>
    [Fact]
    public async Task Read_DuckDbsFormatVersion2DeltaBinaryPackedPage_ReadsBack_AndCutShortOfItsLastMiniblock_IsRefusedByTheCheck()
    {
        ResultTable table = DistinctCountsWithNulls();
        byte[] file = await DuckDbCopy(table, ", COMPRESSION 'uncompressed', PARQUET_VERSION V2");
        (await ReadAsync(file, new ParquetReadOptions { MaxRows = 3000 })).ContentEquals(table).Should().BeTrue("DuckDB's DELTA_BINARY_PACKED page holds every value");

        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed', PARQUET_VERSION V2",
            (h, data) =>
            {
                if ((h.DataPageHeader?.Encoding ?? h.DataPageHeaderV2?.Encoding) is not { } encoding)
                {
                    return null;
                }

                encoding.Should().Be(Encoding.DELTA_BINARY_PACKED);
                pages++;
                byte[] cut = data.AsSpan(0, data.Length - 8).ToArray();
                return (Encode(h, uncompressed: cut.Length, compressed: cut.Length), cut);
            });
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's last miniblock runs past its data"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("DELTA_BINARY_PACKED");
    }

    /// <summary>DuckDB's format version 2 copies of distinct text and of distinct integers with nulls, in each codec,
    /// read back through the DELTA checks (DELTA_LENGTH_BYTE_ARRAY and DELTA_BINARY_PACKED pages).</summary>
    [Theory]
    [InlineData("uncompressed")]
    [InlineData("snappy")]
    [InlineData("zstd")]
    [InlineData("gzip")]
    public async Task Read_DuckDbsFormatVersion2CopiesOfDistinctValues_ReadBack(string codec)
    {
        foreach (ResultTable table in new[] { DistinctLabelsWithNulls(), DistinctCountsWithNulls() })
        {
            byte[] file = await DuckDbCopy(table, $", COMPRESSION '{codec}', PARQUET_VERSION V2");
            FileMetaData meta = await FooterAsync(file);
            meta.RowGroups[0].Columns[0].MetaData!.Encodings.Should().Contain(table.Columns[0].Kind == ColumnKind.Text ? Encoding.DELTA_LENGTH_BYTE_ARRAY : Encoding.DELTA_BINARY_PACKED, "DuckDB writes distinct values in a DELTA encoding in format version 2");
            (await ReadAsync(file, new ParquetReadOptions { MaxRows = 3000 })).ContentEquals(table).Should().BeTrue($"DuckDB's {codec} copy reads back");
        }
    }

    /// <summary>A DELTA_BINARY_PACKED page whose header claims one value fewer than its levels define (its blocks
    /// otherwise whole) is refused: Parquet.Net would read that many and leave the last value as the array held it.</summary>
    [Fact]
    public async Task Read_ADeltaBinaryPackedPageClaimingOneValueFewerThanItsLevels_IsRefused()
    {
        ResultTable table = DistinctCountsWithNulls();
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed', PARQUET_VERSION V2",
            (h, data) =>
            {
                int levels = LevelsOf(h, data, Encoding.DELTA_BINARY_PACKED);
                if (levels < 0)
                {
                    return null;
                }

                pages++;
                byte[] page = [.. data.AsSpan(0, levels), .. DeltaOfConstant(2250 - 1, 7)];
                return (Encode(h, uncompressed: page.Length, compressed: page.Length), page);
            });
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the values claim one fewer than the levels define"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("claim 2249 values");
    }

    /// <summary>A DELTA_BYTE_ARRAY page of text values (prefix lengths all 0, suffix lengths all 10, then the
    /// suffixes) reads back the labels; cut one byte short it is refused, and so is one whose suffix lengths claim
    /// 11 bytes for the last value (its bytes then running past the data).</summary>
    [Theory]
    [InlineData("whole")]
    [InlineData("cut")]
    [InlineData("long")]
    public async Task Read_ADeltaByteArrayPage_ReadsBack_ButNotCutShort(string fault)
    {
        ResultTable table = DistinctLabelsWithNulls();
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed', PARQUET_VERSION V2",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is not null)
                {
                    return ([], []);
                }

                int levels = LevelsOf(h, data, Encoding.DELTA_BYTE_ARRAY);
                if (levels < 0)
                {
                    return null;
                }

                pages++;
                string[] labels = table.Rows.Select(r => (string?)r[0]).OfType<string>().ToArray();
                byte[] lengths = DeltaOfConstant(labels.Length, 10);
                if (fault == "long")
                {
                    lengths[^4] = 1;
                }

                byte[] page = [.. data.AsSpan(0, levels), .. DeltaOfConstant(labels.Length, 0), .. lengths, .. System.Text.Encoding.UTF8.GetBytes(string.Concat(labels))];
                if (fault == "cut")
                {
                    page = page[..^1];
                }

                return (Encode(h, uncompressed: page.Length, compressed: page.Length), page);
            },
            chunk =>
            {
                chunk.DictionaryPageOffset = null;
                chunk.TotalUncompressedSize = chunk.TotalCompressedSize;
            });
        pages.Should().Be(1);

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        if (fault == "whole")
        {
            (await read()).ContentEquals(table).Should().BeTrue("a whole DELTA_BYTE_ARRAY page reads back");
        }
        else
        {
            (await read.Should().ThrowExactlyAsync<InvalidDataException>("the values' bytes run past the data"))
                .Which.Message.Should().Contain("row group 0, field 'label'").And.Contain("values' bytes run past byte");
        }
    }

    /// <summary>DuckDB's PLAIN int64 page relabelled BYTE_STREAM_SPLIT (a split of 8-byte values is as long as their
    /// PLAIN bytes) with its last 8 bytes cut off is refused: Parquet.Net reads each value's bytes a stride of the
    /// page's count apart, past the data.</summary>
    [Fact]
    public async Task Read_AByteStreamSplitPageOneValueShort_IsRefused()
    {
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            DistinctCountsWithNulls(),
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DataPageHeader is not { } d)
                {
                    return null;
                }

                d.Encoding.Should().Be(Encoding.PLAIN);
                d.Encoding = Encoding.BYTE_STREAM_SPLIT;
                pages++;
                byte[] cut = data.AsSpan(0, data.Length - 8).ToArray();
                return (Encode(h, uncompressed: cut.Length, compressed: cut.Length), cut);
            });
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the split values are 8 bytes short"))
            .Which.Message.Should().Contain("row group 0, field 'count'").And.Contain("BYTE_STREAM_SPLIT");
    }

    /// <summary>A boolean field's page of RLE values as the format writes them (a 4-byte length, then a bit-packed run
    /// of width 1) is read by Parquet.Net 6.1 with a bit width of 0 (its type length) and no length prefix, every
    /// value false: 750 of the 3,000 rows came back false where the file holds true. DuckDB writes booleans PLAIN (in
    /// both format versions: its own copy reads back); the RLE page is refused, naming row group 0, field 'flag'.</summary>
    [Fact]
    public async Task Read_ABooleanPageOfRleValues_IsRefused_ForParquetNetReadsThemAllFalse()
    {
        var table = new ResultTable(
            "flags",
            [new TableColumn("flag", ColumnKind.Boolean), new TableColumn("count", ColumnKind.Integer)],
            Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[r % 4 == 1 ? null : r % 3 == 0, (long)r]).ToList(),
            []);
        foreach (string version in new[] { "V1", "V2" })
        {
            byte[] file = await DuckDbCopy(table, $", COMPRESSION 'uncompressed', PARQUET_VERSION {version}");
            (await FooterAsync(file)).RowGroups[0].Columns[0].MetaData!.Encodings.Should().NotContain(Encoding.RLE);
            (await ReadAsync(file, new ParquetReadOptions { MaxRows = 3000 })).ContentEquals(table).Should().BeTrue($"DuckDB's PLAIN booleans in format {version} read back");
        }

        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                int levels = LevelsOf(h, data, Encoding.RLE);
                if (levels < 0)
                {
                    return null;
                }

                pages++;
                byte[] plain = data[levels..];
                byte[] runs = [.. Varint((ulong)((plain.Length << 1) | 1)), .. plain];
                byte[] page = [.. data.AsSpan(0, levels), .. BitConverter.GetBytes(runs.Length), .. runs];
                return (Encode(h, uncompressed: page.Length, compressed: page.Length), page);
            },
            chunk => chunk.TotalUncompressedSize = chunk.TotalCompressedSize);
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("Parquet.Net 6.1 reads RLE booleans as all false"))
            .Which.Message.Should().Contain("row group 0, field 'flag'").And.Contain("RLE booleans");
    }

    /// <summary>DELTA_BINARY_PACKED integers of <paramref name="values"/> (at most 129 of them, each delta within 255
    /// of the least: one block of 128 deltas in 4 miniblocks of 8-bit deltas, the miniblocks after the last value's
    /// of width 0 and absent).</summary>
    private static byte[] DeltaOf(IReadOnlyList<long> values)
    {
        static byte[] Zigzag(long v) => Varint((ulong)((v << 1) ^ (v >> 63)));
        values.Count.Should().BeInRange(1, 129);
        long[] deltas = values.Zip(values.Skip(1), (a, b) => b - a).ToArray();
        var bytes = new List<byte>();
        bytes.AddRange(Varint(128));
        bytes.AddRange(Varint(4));
        bytes.AddRange(Varint((ulong)values.Count));
        bytes.AddRange(Zigzag(values[0]));
        if (deltas.Length > 0)
        {
            long min = deltas.Min();
            (deltas.Max() - min).Should().BeLessThan(256);
            int miniblocks = (deltas.Length + 31) / 32;
            bytes.AddRange(Zigzag(min));
            bytes.AddRange(Enumerable.Range(0, 4).Select(m => m < miniblocks ? (byte)8 : (byte)0));
            bytes.AddRange(Enumerable.Range(0, miniblocks * 32).Select(i => i < deltas.Length ? (byte)(deltas[i] - min) : (byte)0));
        }

        return [.. bytes];
    }

    /// <summary>DELTA_BYTE_ARRAY prefix lengths count bytes of the UTF-8 values, but Parquet.Net 6.1 takes them as
    /// characters of the text before (decoding each suffix alone): a page of text reads back when every shared prefix is
    /// ASCII (its bytes its characters; the suffixes hold a character outside the BMP, € and é), and is refused,
    /// naming the value, when a prefix ends inside a two-byte character ("aé", "aè") or holds a whole one ("éab",
    /// "éac": both were read without a word, as other text), ends inside a character outside the BMP ("😀", "😁x": 3
    /// bytes, more than the 2 characters of "😀"; Parquet.Net failed on the slice), or, counted in bytes, is longer
    /// than the value before.</summary>
    [Theory]
    [InlineData("ab😀||ac€|acé|b", null, -1)]
    [InlineData("aé|aè", "has value 1 of 2 share a prefix of 2 bytes", -1)]
    [InlineData("éab|éac", "has value 1 of 2 share a prefix of 3 bytes", -1)]
    [InlineData("😀|😁x|😁y||😁", "has value 1 of 4 share a prefix of 3 bytes", -1)]
    [InlineData("ab|ac", "has value 1 of 2 claim 3 bytes of the value before it", 3)]
    public async Task Read_ADeltaByteArrayPageOfNonAsciiText_IsReadOnlyWhereItsPrefixesAreAscii(string joined, string? expected, int secondPrefix)
    {
        string?[] labels = joined.Split('|').Select(l => l.Length == 0 ? null : l).ToArray();
        var table = new ResultTable(
            "utf8",
            [new TableColumn("label", ColumnKind.Text), new TableColumn("count", ColumnKind.Integer)],
            labels.Select((l, r) => (IReadOnlyList<object?>)[l, (long)r]).ToList(),
            []);
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DictionaryPageHeader is not null)
                {
                    return ([], []);
                }

                int levels = LevelsOf(h, data, Encoding.DELTA_BYTE_ARRAY);
                if (levels < 0)
                {
                    return null;
                }

                pages++;
                byte[][] values = labels.OfType<string>().Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
                long[] prefixes = values.Select((v, i) => i == 0 ? 0L : v.AsSpan().CommonPrefixLength(values[i - 1])).ToArray();
                byte[] suffixes = values.SelectMany((v, i) => v.Skip((int)prefixes[i])).ToArray();
                long[] lengths = values.Select((v, i) => v.Length - prefixes[i]).ToArray();
                if (secondPrefix >= 0)
                {
                    prefixes[1] = secondPrefix;
                }

                byte[] page = [.. data.AsSpan(0, levels), .. DeltaOf(prefixes), .. DeltaOf(lengths), .. suffixes];
                return (Encode(h, uncompressed: page.Length, compressed: page.Length), page);
            },
            chunk =>
            {
                chunk.DictionaryPageOffset = null;
                chunk.TotalUncompressedSize = chunk.TotalCompressedSize;
            });
        pages.Should().Be(1);

        Func<Task<ResultTable>> read = () => ReadAsync(bytes);

        if (expected is null)
        {
            (await read()).ContentEquals(table).Should().BeTrue("every prefix is ASCII, its bytes its characters");
        }
        else
        {
            (await read.Should().ThrowExactlyAsync<InvalidDataException>("Parquet.Net 6.1 would take the prefix's bytes as characters"))
                .Which.Message.Should().Contain("row group 0, field 'label'").And.Contain(expected);
        }
    }
}
