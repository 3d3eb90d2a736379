using System.Buffers.Binary;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>Repetition levels: the export writes flat fields, one value a row, and the read takes only such fields. A
/// version 2 data page stores its repetition levels, then its definition levels, uncompressed before its values, the
/// bytes of each in its header; a flat field has none, and Parquet.Net 6.1 reads a flat field's definition levels from
/// the page's first byte whatever repetition levels the header claims.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>DuckDB's PLAIN counts page made a version 2 one (uncompressed, or its values Snappy-compressed) whose
    /// header claims 3 bytes of repetition levels before its definition levels (the page holding them: 3 bytes of a run
    /// of 0) is refused, naming the page and its repetition levels: the field is flat, and Parquet.Net would take those
    /// bytes as its definition levels. Without them the same page reads back.</summary>
    [Theory]
    [InlineData("uncompressed", 3)]
    [InlineData("snappy", 3)]
    [InlineData("uncompressed", 0)]
    [InlineData("snappy", 0)]
    public async Task Read_AVersion2PageClaimingRepetitionLevelsOfAFlatField_IsRefused(string codec, int repetition)
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

                pages++;
                int levels = BinaryPrimitives.ReadInt32LittleEndian(data);
                int defined = (data.Length - 4 - levels) / 8;
                byte[] repetitionLevels = repetition == 0 ? [] : [.. Varint((ulong)d.NumValues << 1), 0x00];
                repetitionLevels.Length.Should().Be(repetition);
                byte[] values = Packed(codec, data.AsSpan(4 + levels));
                var v2 = new PageHeader
                {
                    Type = PageType.DATA_PAGE_V2,
                    UncompressedPageSize = repetition + levels + (8 * defined),
                    CompressedPageSize = repetition + levels + values.Length,
                    DataPageHeaderV2 = new DataPageHeaderV2 { NumValues = d.NumValues, NumNulls = d.NumValues - defined, NumRows = d.NumValues, Encoding = d.Encoding, DefinitionLevelsByteLength = levels, RepetitionLevelsByteLength = repetition, IsCompressed = codec != "uncompressed" },
                };
                return (Encode(v2), [.. repetitionLevels, .. data.AsSpan(4, levels), .. values]);
            },
            chunk =>
            {
                chunk.Codec = CodecOf(codec);
                chunk.TotalUncompressedSize += repetition;
            });
        pages.Should().Be(1);

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        if (repetition == 0)
        {
            (await read()).ContentEquals(table).Should().BeTrue("the version 2 page without repetition levels reads back");
        }
        else
        {
            (await read.Should().ThrowExactlyAsync<InvalidDataException>("a flat field's version 2 page claims repetition levels"))
                .Which.Message.Should().Contain("row group 0, field 'count': the page header at byte").And.Contain("claims 3 bytes of repetition levels");
        }
    }

    /// <summary>DuckDB's PLAIN counts page (no nulls) made a version 2 one whose field the footer makes required (no
    /// definition levels) but whose header still claims its definition levels' bytes before the values is refused,
    /// naming the page and its definition levels: Parquet.Net reads a required field's values from the page's first
    /// byte. Without the claim (and the bytes) it reads back.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_AVersion2PageClaimingDefinitionLevelsOfARequiredField_IsRefused(bool claimed)
    {
        var table = new ResultTable(
            "counts",
            [new TableColumn("count", ColumnKind.Integer), new TableColumn("label", ColumnKind.Text)],
            Enumerable.Range(0, 3000).Select(r => (IReadOnlyList<object?>)[1_000_003L * r, "x"]).ToList(),
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

                pages++;
                int levels = BinaryPrimitives.ReadInt32LittleEndian(data);
                byte[] kept = claimed ? data.AsSpan(4, levels).ToArray() : [];
                byte[] values = data.AsSpan(4 + levels).ToArray();
                values.Length.Should().Be(3000 * 8);
                var v2 = new PageHeader
                {
                    Type = PageType.DATA_PAGE_V2,
                    UncompressedPageSize = kept.Length + values.Length,
                    CompressedPageSize = kept.Length + values.Length,
                    DataPageHeaderV2 = new DataPageHeaderV2 { NumValues = d.NumValues, NumNulls = 0, NumRows = d.NumValues, Encoding = d.Encoding, DefinitionLevelsByteLength = kept.Length, RepetitionLevelsByteLength = 0, IsCompressed = false },
                };
                return (Encode(v2), [.. kept, .. values]);
            },
            chunk => chunk.TotalUncompressedSize = chunk.TotalCompressedSize,
            meta => meta.Schema.Single(e => e.Name == "count").RepetitionType = FieldRepetitionType.REQUIRED);
        pages.Should().Be(1);

        Func<Task<ResultTable>> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 3000 });

        if (!claimed)
        {
            (await read()).ContentEquals(table).Should().BeTrue("the required field's version 2 page without definition levels reads back");
        }
        else
        {
            (await read.Should().ThrowExactlyAsync<InvalidDataException>("a required field's version 2 page claims definition levels"))
                .Which.Message.Should().Contain("row group 0, field 'count': the page header at byte").And.Contain("bytes of definition levels, but its field is required");
        }
    }

    /// <summary>The export's file whose footer makes field 'label' repeated (a list of text) is refused by its schema
    /// check, naming the field: the read's fields hold one value a row (ReadAsync: "its fields differ from the
    /// schema's"), and Parquet.Net would read repetition levels from the flat pages' bytes.</summary>
    [Fact]
    public async Task Read_AFileWhoseFieldIsRepeated_IsRefused_NamingTheField()
    {
        byte[] bytes = await ParquetMalformedInputTests.DamagedFooter(Table(), m =>
            m.Schema.Single(e => e.Name == "label").RepetitionType = FieldRepetitionType.REPEATED);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>("field 'label' is repeated, the schema's is one value a row"))
            .Which.Message.Should().Contain("field 'label' is repeated");
    }
}
