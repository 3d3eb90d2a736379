using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <content>Review of the decoded pages' values check (ParquetExport.Values.cs): pages that escape it.</content>
public partial class ParquetRowLimitTests
{
    /// <summary>FAULT (ParquetExport.Values.cs, PageValues.Check): a version 1 data page whose
    /// definition_level_encoding is not RLE is skipped entirely ("return" before the levels and the values are
    /// checked), but Parquet.Net 6.1 decodes a v1 page's definition levels as RLE/bit-packed hybrid whatever that field
    /// says. So the attack the check was built against (DuckDB's 3,000-row file, its PLAIN int64 data page one value
    /// short of its levels) works again by changing one header field to BIT_PACKED: the read returns a count the file
    /// does not hold (read from past the page's data) silently. Right behaviour: refuse it as
    /// InvalidDataException naming row group 0, field 'count'. Suggested fix: check the levels as RLE whatever the
    /// declared level encoding (as Parquet.Net reads them), or refuse a v1 page whose definition level encoding is not
    /// RLE.</summary>
    [Fact]
    public async Task ReviewParquetValues_AVersion1PageOneValueShort_WithItsLevelEncodingSaidBitPacked_IsRefused()
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

    /// <summary>FAULT (ParquetExport.Values.cs, PageValues.Check): a dictionary page's entries are checked only when
    /// its header's encoding is PLAIN or PLAIN_DICTIONARY, but Parquet.Net 6.1 decodes every dictionary page as PLAIN
    /// whatever its encoding says. DuckDB's file whose dictionary page holds 4 of the 5 entries it claims is refused
    /// today; with the dictionary page's encoding field set to RLE_DICTIONARY (or any other) the check is skipped and
    /// the fifth entry (first used at row 6) is read from past the page's data, silently. Right behaviour: refuse it,
    /// naming row group 0, field 'count'. Suggested fix: check every dictionary page as PLAIN entries (or refuse a
    /// dictionary page whose encoding is neither PLAIN nor PLAIN_DICTIONARY).</summary>
    [Fact]
    public async Task ReviewParquetValues_ADictionaryPageOneEntryShort_WithItsEncodingSaidRleDictionary_IsRefused()
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

    /// <summary>FAULT (ParquetExport.Values.cs, PageValues.Check): a data page of an RLE encoding is not checked
    /// (documented as "RLE booleans"), whatever the field's type, but RLE is a values encoding only for booleans.
    /// DuckDB's dictionary-encoded int64 chunk whose data page's encoding field alone is changed to RLE (its data, a
    /// width byte and index runs, left as it is) is read by Parquet.Net 6.1 without complaint, and row 0's count
    /// comes back as 19,422,142,765,924,426 (bytes 4A 00 57 00 56 00 45 00, UTF-16 text: stale bytes of a pooled
    /// array, nothing in the file) instead of 0, silently. Right behaviour: refuse the page as InvalidDataException
    /// naming row group 0, field 'count'. Suggested fix: skip the check only for RLE on a BOOLEAN field; refuse RLE
    /// (and BIT_PACKED, and any encoding unknown to the check) on every other physical type.</summary>
    [Fact]
    public async Task ReviewParquetValues_AnInt64DataPageWhoseEncodingIsSaidRle_IsRefused()
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
            .Which.Message.Should().Contain("row group 0, field 'count'");
    }
}
