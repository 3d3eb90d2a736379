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
}
