using System.Buffers.Binary;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>The unsigned LEB128 varints of a page's values and levels (a DELTA_BINARY_PACKED header and its blocks'
/// minimum deltas, a hybrid run's header): Parquet.Net 6.1 reads them into an int or a long whose shifts wrap, so a
/// varint longer than its value's bytes (5 for 32 bits, 10 for 64) or holding bits past them is read as another value;
/// the check refuses it, and one the data ends within, saying what is wrong and where.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>The varint of <paramref name="value"/> in exactly <paramref name="bytes"/> bytes (zero-padded), its
    /// last byte or-ed with <paramref name="extra"/>.</summary>
    private static byte[] PaddedVarint(ulong value, int bytes, byte extra = 0)
    {
        var varint = new byte[bytes];
        for (int i = 0; i < bytes; i++)
        {
            varint[i] = (byte)((value >> (7 * i)) & 0x7F);
            varint[i] |= i < bytes - 1 ? (byte)0x80 : extra;
        }

        return varint;
    }

    /// <summary>DELTA_BINARY_PACKED counts (2,250 defined values) whose header has one malformed varint: the first
    /// value 7 in 11 bytes (more than the 10 of a 64-bit value), in 10 whose last holds a bit past 64, the block size
    /// 128 in 5 bytes whose last holds a bit past 32, or the values cut within the block size's varint; each is
    /// refused, naming the page and what is wrong with the varint.</summary>
    [Theory]
    [InlineData("eleven bytes", "longer than the 10 bytes of a 64-bit value")]
    [InlineData("past 64 bits", "with bits past the 64 of its value")]
    [InlineData("past 32 bits", "with bits past the 32 of its value")]
    [InlineData("cut", "end within a varint at byte 0 of 1")]
    public async Task Read_ADeltaBinaryPackedPageWithAMalformedVarint_IsRefused_SayingWhere(string fault, string expected)
    {
        ResultTable table = DistinctCountsWithNulls();
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                int levels = LevelsOf(h, data, Encoding.DELTA_BINARY_PACKED);
                if (levels < 0)
                {
                    return null;
                }

                pages++;
                byte[] whole = DeltaOfConstant(2250, 7);
                byte[] blockSize = Varint(128);
                byte[] count = Varint(2250);
                int firstAt = blockSize.Length + 1 + count.Length;
                byte[] values = fault switch
                {
                    "eleven bytes" => [.. whole.AsSpan(0, firstAt), .. PaddedVarint(14, 11), .. whole.AsSpan(firstAt + 1)],
                    "past 64 bits" => [.. whole.AsSpan(0, firstAt), .. PaddedVarint(14, 10, extra: 0x02), .. whole.AsSpan(firstAt + 1)],
                    "past 32 bits" => [.. PaddedVarint(128, 5, extra: 0x10), .. whole.AsSpan(blockSize.Length)],
                    _ => [0x80],
                };
                byte[] page = [.. data.AsSpan(0, levels), .. values];
                return (Encode(h, uncompressed: page.Length, compressed: page.Length), page);
            },
            chunk => chunk.TotalUncompressedSize = chunk.TotalCompressedSize);
        pages.Should().Be(1);

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("the page's DELTA_BINARY_PACKED header holds a malformed varint"))
            .Which.Message.Should().Contain("row group 0, field 'count': the page header at byte").And.Contain("DELTA_BINARY_PACKED").And.Contain(expected);
    }

    /// <summary>DuckDB's PLAIN counts page whose definition levels' first run header (a non-negative int: 31 bits) is
    /// written in 6 bytes (more than the 5 of such a value) or in 5 whose last holds bit 32 or bit 31 (the check took
    /// either as a run of more than 2^30 values and refused the page by its values' count) is refused, naming the page,
    /// its definition levels and what is wrong with the run header; the same header padded to 5 bytes within 31 bits
    /// reads back.</summary>
    [Theory]
    [InlineData("six bytes", "longer than the 5 bytes of a 31-bit value")]
    [InlineData("past 32 bits", "with bits past the 31 of its value")]
    [InlineData("bit 31", "with bits past the 31 of its value")]
    [InlineData("five bytes", null)]
    public async Task Read_DefinitionLevelsWithAMalformedRunHeader_AreRefused_SayingWhere(string fault, string? expected)
    {
        ResultTable table = DistinctCountsWithNulls();
        int pages = 0;
        byte[] bytes = await RewrittenFirstChunk(
            table,
            ", COMPRESSION 'uncompressed'",
            (h, data) =>
            {
                if (h.DataPageHeader is null)
                {
                    return null;
                }

                pages++;
                int levels = BinaryPrimitives.ReadInt32LittleEndian(data);
                int at = 4;
                ulong header = 0;
                for (int shift = 0; ; shift += 7)
                {
                    byte b = data[at++];
                    header |= (ulong)(b & 0x7F) << shift;
                    if (b < 0x80)
                    {
                        break;
                    }
                }

                byte[] runHeader = fault switch
                {
                    "six bytes" => PaddedVarint(header, 6),
                    "past 32 bits" => PaddedVarint(header, 5, extra: 0x10),
                    "bit 31" => PaddedVarint(header, 5, extra: 0x08),
                    _ => PaddedVarint(header, 5),
                };
                byte[] runs = [.. runHeader, .. data.AsSpan(at, levels - (at - 4))];
                byte[] page = [.. BitConverter.GetBytes(runs.Length), .. runs, .. data.AsSpan(4 + levels)];
                return (Encode(h, uncompressed: page.Length, compressed: page.Length), page);
            },
            chunk => chunk.TotalUncompressedSize = chunk.TotalCompressedSize);
        pages.Should().Be(1);

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        if (expected is null)
        {
            (await read()).ContentEquals(table).Should().BeTrue("a run header padded within the 5 bytes of a 32-bit value is read as its value");
        }
        else
        {
            (await read.Should().ThrowExactlyAsync<InvalidDataException>("the definition levels' run header is a malformed varint"))
                .Which.Message.Should().Contain("row group 0, field 'count': the page header at byte").And.Contain("definition levels").And.Contain(expected);
        }
    }

    /// <summary>The page-header walk reads its varints with the same ULEB128 decoder as the values' (it had a loop of
    /// its own), from a buffer of 256 bytes of the chunk: a data page header whose statistics put the varint of their
    /// null count across the buffer's end (its bytes from <paramref name="at"/>, the header's first byte at 0) is
    /// read whole, and the file reads back.</summary>
    [Theory]
    [InlineData(249)]
    [InlineData(251)]
    [InlineData(253)]
    [InlineData(255)]
    [InlineData(256)]
    public async Task Read_APageHeaderVarintAcrossTheWalksBuffer_IsReadWhole(int at)
    {
        ResultTable table = TextAndCount(3000);
        byte[] bytes = await RewrittenFirstChunk(table, ", COMPRESSION 'uncompressed'", FirstDataPageWithStatistics(at, Varint(1UL << 41)));

        (await ReadAsync(bytes, new ParquetReadOptions { MaxRows = 5000 })).ContentEquals(table).Should().BeTrue();
    }

    /// <summary>A page header varint of 11 bytes, or of 10 whose last holds a bit past 64, across the walk's buffer,
    /// is refused by the one decoder's rules, naming the field and page.</summary>
    [Theory]
    [InlineData("eleven bytes", "a varint of more than 10 bytes")]
    [InlineData("past 64 bits", "a varint with bits past 64")]
    public async Task Read_AMalformedPageHeaderVarintAcrossTheWalksBuffer_IsRefused(string fault, string expected)
    {
        byte[] varint = fault == "eleven bytes" ? PaddedVarint(6, 11) : PaddedVarint(6, 10, extra: 0x02);
        byte[] bytes = await RewrittenFirstChunk(TextAndCount(3000), ", COMPRESSION 'uncompressed'", FirstDataPageWithStatistics(252, varint));

        Func<Task> read = async () => await ReadAsync(bytes, new ParquetReadOptions { MaxRows = 5000 });

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .Contain("row group 0, field 'label': the page header at byte").And.Contain("cannot be decoded").And.EndWith(": " + expected + ".");
    }

    /// <summary>Rewrites the chunk's first data page (version 1) with a header whose statistics hold a binary maximum
    /// of the length that puts <paramref name="nullCount"/> (a raw varint, the statistics' null count) at byte
    /// <paramref name="at"/> of the header.</summary>
    private static Func<PageHeader, byte[], (byte[] Header, byte[]? Data)?> FirstDataPageWithStatistics(int at, byte[] nullCount)
    {
        bool done = false;
        return (h, data) =>
        {
            if (done || h.DataPageHeader is not { } d)
            {
                return null;
            }

            done = true;
            for (int length = 0; length < at; length++)
            {
                var w = new CompactWriter();
                w.Int(1, 5, (int)h.Type);
                w.Int(2, 5, h.UncompressedPageSize);
                w.Int(3, 5, h.CompressedPageSize);
                w.BeginStruct(5);
                w.Int(1, 5, d.NumValues);
                w.Int(2, 5, (int)d.Encoding);
                w.Int(3, 5, (int)d.DefinitionLevelEncoding);
                w.Int(4, 5, (int)d.RepetitionLevelEncoding);
                w.BeginStruct(5);
                w.Raw(1, 8, [.. Varint((ulong)length), .. new byte[length]]);
                w.Raw(3, 6, nullCount);
                w.EndStruct();
                w.EndStruct();
                w.Stop();
                byte[] header = w.ToArray();
                if (header.Length - 3 - nullCount.Length == at)
                {
                    return (header, null);
                }
            }

            throw new InvalidOperationException($"no statistics put the varint at byte {at}");
        };
    }
}
