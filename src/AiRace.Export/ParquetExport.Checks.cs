using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace AiRace.Export;

/// <content>The checks a read makes of a file's footer, column chunks and page headers before Parquet.Net reads a value by them.</content>
public static partial class ParquetExport
{
    /// <summary>Checks the footer's row counts before a value is read: every row group's between 0 and
    /// <see cref="int.MaxValue"/>, and the file's the sum of its groups'.</summary>
    /// <exception cref="InvalidDataException">A count is unsound.</exception>
    private static void CheckRowCounts(FileMetaData? metadata)
    {
        if (metadata is null)
        {
            throw Unsound("it has no footer metadata");
        }

        List<RowGroup> groups = metadata.RowGroups ?? [];
        long sum = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            long rows = groups[g].NumRows;
            if (rows < 0 || rows > int.MaxValue)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {g} claims {rows} rows (a row group holds 0 to {int.MaxValue})"));
            }

            sum += rows;
        }

        if (metadata.NumRows != sum)
        {
            throw Unsound(string.Create(CultureInfo.InvariantCulture, $"its footer says it has {metadata.NumRows} rows, but its {groups.Count} row group{(groups.Count == 1 ? string.Empty : "s")} hold {sum} (a row group is missing or its count is wrong)"));
        }
    }

    /// <summary>Checks, before a value is read, that the rows the footer claims (sound: <see cref="CheckRowCounts"/>)
    /// are at most <paramref name="maxRows"/>.</summary>
    /// <exception cref="InvalidDataException">They are more.</exception>
    private static void CheckRowLimit(FileMetaData metadata, int maxRows)
    {
        List<RowGroup> groups = metadata.RowGroups ?? [];
        long sum = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            sum += groups[g].NumRows;
            if (sum > maxRows)
            {
                long total = groups.Sum(group => group.NumRows);
                string raise = total <= ParquetReadOptions.LargestMaxRows
                    ? string.Create(CultureInfo.InvariantCulture, $"To read a larger file you trust, raise the limit: new {nameof(ParquetReadOptions)} {{ {nameof(ParquetReadOptions.MaxRows)} = {total} }}.")
                    : string.Create(CultureInfo.InvariantCulture, $"The limit cannot be raised that far: {nameof(ParquetReadOptions)}.{nameof(ParquetReadOptions.MaxRows)} is at most {ParquetReadOptions.LargestMaxRows:N0} (the rows are held in one list).");
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The Parquet file claims {total:N0} rows in {groups.Count:N0} row group{(groups.Count == 1 ? string.Empty : "s")}, more than the limit of {maxRows:N0} rows (row group {g}, of {groups[g].NumRows:N0} rows, passes it); nothing was read. {raise}"));
            }
        }
    }

    /// <summary>Where a column chunk lies in the file: from <see cref="Start"/> to before <see cref="End"/>; with its
    /// codec and the uncompressed bytes it claims (its total_uncompressed_size); its field's physical type, that
    /// type's length (of a fixed-length byte array), its maximum definition level and whether Parquet.Net reads it as
    /// text.</summary>
    private readonly record struct ChunkExtent(long Start, long End, int Group, string Field, CompressionCodec Codec = CompressionCodec.UNCOMPRESSED, long Uncompressed = 0, Parquet.Meta.Type Physical = Parquet.Meta.Type.BOOLEAN, int TypeLength = 0, int MaxDefinition = 0, bool Text = false);

    /// <summary>Checks, before the group's values are read, that the field's column chunk in the group lies within the
    /// file's data (after its first 4 bytes, before <paramref name="dataEnd"/>, where its footer begins), shares no
    /// byte with another chunk checked so far (<paramref name="checkedExtents"/>, sorted by start, to which it is
    /// added unless empty) and holds one value (or null) for each of the group's rows; returns where it lies.</summary>
    /// <remarks>The chunk begins where Parquet.Net begins to read it: at the least of its dictionary, data and index
    /// page offsets that is not 0 (an offset of 0 is written for none).</remarks>
    /// <exception cref="InvalidDataException">It has no chunk for the field, its chunk lies outside the data or on
    /// another's bytes, or it holds another number of values.</exception>
    private static ChunkExtent CheckChunk(int groupIndex, ParquetRowGroupReader group, DataField field, int typeLength, int count, long dataEnd, List<ChunkExtent> checkedExtents)
    {
        if (group.GetMetadata(field)?.MetaData is not { } chunk)
        {
            throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex} has no column chunk for field '{field.Name}'"));
        }

        long start = new[] { chunk.DictionaryPageOffset ?? 0, chunk.DataPageOffset, chunk.IndexPageOffset ?? 0 }.Where(o => o != 0).DefaultIfEmpty(0).Min();
        Int128 end = (Int128)start + chunk.TotalCompressedSize;
        if (start < Magic.Length || chunk.TotalCompressedSize < 0 || end > dataEnd)
        {
            throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex}, field '{field.Name}': its column chunk ({start} to {end}) lies outside the file's data (bytes {Magic.Length} to {dataEnd}, before its footer)"));
        }

        if (chunk.NumValues != count)
        {
            throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex}, field '{field.Name}': its column chunk holds {chunk.NumValues} values, but the group claims {count} rows"));
        }

        if (chunk.TotalUncompressedSize < 0 || chunk.TotalUncompressedSize > Array.MaxLength)
        {
            throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex}, field '{field.Name}': its column chunk claims {chunk.TotalUncompressedSize} bytes uncompressed (a chunk is read from 0 to {Array.MaxLength} bytes, the longest array .NET allocates)"));
        }

        // The chunks checked so far (none empty) share no byte, so only the neighbours by start can overlap this one.
        var extent = new ChunkExtent(start, (long)end, groupIndex, field.Name, chunk.Codec, chunk.TotalUncompressedSize, chunk.Type, typeLength, field.MaxDefinitionLevel, KindOf(field) == AiRace.Core.Analysis.FieldType.Text);
        if (extent.End == extent.Start)
        {
            return extent;
        }

        int index = checkedExtents.BinarySearch(extent, ExtentsByStart);
        index = index < 0 ? ~index : index;
        ChunkExtent? other = index > 0 && checkedExtents[index - 1].End > extent.Start ? checkedExtents[index - 1]
            : index < checkedExtents.Count && checkedExtents[index].Start < extent.End ? checkedExtents[index]
            : null;
        if (other is { } o)
        {
            throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex}, field '{field.Name}': its column chunk ({extent.Start} to {extent.End}) shares bytes with that of row group {o.Group}, field '{o.Field}' ({o.Start} to {o.End})"));
        }

        checkedExtents.Insert(index, extent);
        return extent;
    }

    private static readonly Comparer<ChunkExtent> ExtentsByStart = Comparer<ChunkExtent>.Create((x, y) => x.Start.CompareTo(y.Start));

    /// <summary>Checks, before a chunk's values are read, every page header in it, from its start to its end, decoded
    /// as Parquet.Net 6.1 decodes it (<see cref="PageHeaders"/>), for the claims by which Parquet.Net allocates before
    /// it finds the bytes behind them missing: each header decoded within the chunk, its page's data ending within
    /// the chunk, a dictionary page only as the chunk's first page, no dictionary page of more entries and no data page
    /// of more values than the chunk's <paramref name="values"/> (a dictionary holds at most one entry a value), no
    /// page of more uncompressed bytes than the chunk claims (in an uncompressed chunk, of other than its compressed
    /// bytes), no version 2 page of more definition levels than its data or its uncompressed size, or of any repetition levels (the fields read are not repeated) or, of a required field, any definition levels, no page that brings
    /// the arrays the pages read are decoded into (each page's uncompressed size as the shared pool rents it:
    /// <see cref="PooledLength"/>) past <paramref name="maxUncompressed"/>, and a Snappy page's own length preamble, a
    /// Zstandard page's frame content size, what an LZ4 page's raw block decodes to (its sequences added up, LZ4's
    /// end-of-block rules kept), its uncompressed size; and, for a chunk the read decodes, each page decompressed and
    /// its values checked against its definition levels (<see cref="PageValues"/>; a gzip or Brotli page only so
    /// checked). All pages are walked, not only
    /// those whose values add up to the chunk's: Parquet.Net reads on by the levels it decodes, not by the pages'
    /// claims.</summary>
    /// <param name="source">The file.</param>
    /// <param name="extent">The chunk.</param>
    /// <param name="values">The chunk's values (its group's rows).</param>
    /// <param name="defined">Whether the field has definition levels (is nullable): a version 2 page's compressed data
    /// then follows them.</param>
    /// <param name="read">The uncompressed bytes the pages of the chunks checked before this one claim.</param>
    /// <param name="maxUncompressed">The most uncompressed bytes the pages read may claim
    /// (<see cref="ParquetReadOptions.MaxUncompressedBytes"/>).</param>
    /// <param name="decoded">Whether the read decodes the chunk: only then are its pages added to the sum and
    /// decompressed to check their values.</param>
    /// <param name="needed">The bytes the pages of the whole file's decoded chunks add up to, for the message of the
    /// limit (<see cref="UncompressedOfFile"/>).</param>
    /// <param name="cancellationToken">Checked before each page.</param>
    /// <returns>The bytes the pages decoded so far add up to, this chunk's included.</returns>
    /// <exception cref="InvalidDataException">A page header cannot be decoded or claims more, or a decoded page's data
    /// does not hold what it claims, naming the row group, field and page.</exception>
    private static long CheckPages(SourceStream source, ChunkExtent extent, long values, bool defined, long read, long maxUncompressed, bool decoded, Func<long> needed, CancellationToken cancellationToken)
    {
        var headers = new PageHeaders(source, extent.End);
        using var pageValues = new PageValues();
        long offset = extent.Start;
        while (offset < extent.End)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string where = string.Create(CultureInfo.InvariantCulture, $"row group {extent.Group}, field '{extent.Field}': the page header at byte {offset}");
            PageHeaders.Page page;
            try
            {
                page = headers.Read(offset);
            }
            catch (FormatException ex)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} cannot be decoded within its column chunk (bytes {extent.Start} to {extent.End}): {ex.Message}"));
            }

            bool dictionary = page.Type == PageHeaders.DictionaryPage;
            if (page.Size < 0 || page.Size > extent.End - page.DataStart)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {page.Size} bytes of data from byte {page.DataStart}, which do not fit its column chunk (bytes {extent.Start} to {extent.End})"));
            }

            if (dictionary && offset != extent.Start)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} is a dictionary page, but not the chunk's first page (at byte {extent.Start}): a chunk has at most one, before its data pages"));
            }

            if (page.Values > values)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"row group {extent.Group}, field '{extent.Field}': the {(dictionary ? "dictionary page claims" : "data page claims")} {page.Values} {(dictionary ? "entries" : "values")} at byte {offset}, more than the {values} values of its column chunk"));
            }

            if (page.Uncompressed < 0 || page.Uncompressed > extent.Uncompressed)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {page.Uncompressed} bytes uncompressed, not from 0 to the {extent.Uncompressed} its column chunk claims"));
            }

            if (decoded)
            {
                long held = PooledLength(page.Uncompressed);
                read += held;
                if (read > maxUncompressed)
                {
                    long total = needed();
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The Parquet file's pages claim more bytes uncompressed than a read accepts: {where} claims {page.Uncompressed:N0} bytes uncompressed (an array of {held:N0} bytes from the shared pool), which bring the pages read to {read:N0} bytes, more than the limit of {maxUncompressed:N0} bytes; row group {extent.Group} was not read. The pages of the whole file claim {total:N0} bytes. To read a larger file you trust, raise the limit: new {nameof(ParquetReadOptions)} {{ {nameof(ParquetReadOptions.MaxUncompressedBytes)} = {total} }}."));
                }
            }

            if (extent.Codec == CompressionCodec.UNCOMPRESSED && page.Uncompressed != page.Size)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {page.Uncompressed} bytes uncompressed, but {page.Size} bytes of data in an uncompressed column chunk"));
            }

            if (page.Repetition != 0)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {page.Repetition} bytes of repetition levels, but its field is not repeated (Parquet.Net 6.1 would read the field's definition levels from them)"));
            }

            if (page.Type == PageHeaders.DataPageV2 && !defined && page.Levels != 0)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {page.Levels} bytes of definition levels, but its field is required (Parquet.Net 6.1 would read the field's values from them)"));
            }

            // A version 2 page's definition levels are not compressed: Parquet.Net decompresses what follows them.
            long levels = page.Type == PageHeaders.DataPageV2 && defined && page.Compressed ? page.Levels : 0;
            if (levels < 0 || levels > page.Size || levels > page.Uncompressed)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {levels} bytes of definition levels, which do not fit its {page.Size} bytes of data and {page.Uncompressed} bytes uncompressed"));
            }

            if (extent.Codec is CompressionCodec.SNAPPY or CompressionCodec.ZSTD or CompressionCodec.LZ4 or CompressionCodec.LZ4_RAW && page.Compressed)
            {
                if (extent.Codec is CompressionCodec.LZ4 or CompressionCodec.LZ4_RAW)
                {
                    CheckLz4(headers, where, extent.Codec, page.DataStart + levels, page.DataStart + page.Size, page.Uncompressed - levels);
                }
                else
                {
                    bool snappy = extent.Codec == CompressionCodec.SNAPPY;
                    long? claimed;
                    try
                    {
                        claimed = snappy
                            ? headers.SnappyLength(page.DataStart + levels, page.DataStart + page.Size)
                            : headers.ZstdContentSize(page.DataStart + levels, page.DataStart + page.Size);
                    }
                    catch (FormatException)
                    {
                        claimed = null;
                    }

                    if (claimed != page.Uncompressed - levels)
                    {
                        throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where}: its {(snappy ? "Snappy data" : "Zstandard data (one frame giving its content size)")} claims {(claimed is { } c ? c.ToString(CultureInfo.InvariantCulture) : "an unreadable length of")} bytes uncompressed, but the header {page.Uncompressed - levels}"));
                    }
                }
            }

            if (decoded)
            {
                pageValues.Check(source, extent, page, where);
            }

            offset = page.DataStart + page.Size;
        }

        return read;
    }

    /// <summary>The largest array the shared array pool keeps (2^30 bytes): Parquet.Net rents a page's uncompressed
    /// array from it, and it hands out a shorter request rounded up to a power of two of at least 16 bytes.</summary>
    private const long LargestPooledArray = 1L << 30;

    /// <summary>The bytes the array Parquet.Net rents for a page of <paramref name="uncompressed"/> bytes holds: the
    /// next power of two (at least 16) up to <see cref="LargestPooledArray"/>, past it the request itself (allocated,
    /// not pooled); none for an empty page.</summary>
    private static long PooledLength(long uncompressed) =>
        uncompressed <= 0 ? 0
        : uncompressed > LargestPooledArray ? uncompressed
        : Math.Max(16L, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)uncompressed));

    /// <summary>The bytes the pages of the chunks of <paramref name="fields"/> in every row group claim, as
    /// <see cref="CheckPages"/> adds them up (each page's pooled array): the limit a read of the file needs. Only the
    /// page headers are read; a chunk or header that cannot be read ends its chunk's count (the read refuses it
    /// anyway).</summary>
    private static long UncompressedOfFile(SourceStream source, ParquetReader reader, IReadOnlyList<DataField> fields, long dataEnd)
    {
        long total = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            ParquetRowGroupReader opened;
            try
            {
                opened = reader.OpenRowGroupReader(g);
            }
            catch (Exception ex) when (source.IsAboutTheData(ex))
            {
                // The read refuses this group when it comes to it.
                continue;
            }

            using ParquetRowGroupReader group = opened;
            foreach (DataField field in fields)
            {
                if (group.GetMetadata(field)?.MetaData is not { } chunk)
                {
                    continue;
                }

                long start = new[] { chunk.DictionaryPageOffset ?? 0, chunk.DataPageOffset, chunk.IndexPageOffset ?? 0 }.Where(o => o != 0).DefaultIfEmpty(0).Min();
                long end = start < Magic.Length || chunk.TotalCompressedSize < 0 || chunk.TotalCompressedSize > dataEnd - start ? start : start + chunk.TotalCompressedSize;
                var headers = new PageHeaders(source, end);
                try
                {
                    for (long offset = start; offset < end;)
                    {
                        PageHeaders.Page page = headers.Read(offset);
                        if (page.Size < 0 || page.Size > end - page.DataStart)
                        {
                            break;
                        }

                        total += PooledLength(page.Uncompressed);
                        offset = page.DataStart + page.Size;
                    }
                }
                catch (FormatException)
                {
                    // The read refuses this header before it reads the chunk.
                }
            }
        }

        return total;
    }

    /// <summary>Checks that the LZ4 data of a page from <paramref name="start"/> to <paramref name="limit"/> is one raw
    /// block decoding to <paramref name="uncompressed"/> bytes, as Parquet.Net 6.1 reads a page of either LZ4 codec (it
    /// decodes one raw block into an array of the header's size, and keeps all of it whatever the block decoded to;
    /// a block LZ4's decoder refuses makes it throw an ArgumentOutOfRangeException after allocating, which the read
    /// would report without the page).</summary>
    /// <exception cref="InvalidDataException">It is not; a page of the LZ4 codec in Hadoop's framing is named
    /// so.</exception>
    private static void CheckLz4(PageHeaders headers, string where, CompressionCodec codec, long start, long limit, long uncompressed)
    {
        long? decoded;
        string? problem = null;
        try
        {
            decoded = headers.Lz4Length(start, limit, uncompressed);
        }
        catch (FormatException ex)
        {
            decoded = null;
            problem = ex.Message;
        }

        if (decoded == uncompressed)
        {
            return;
        }

        if (codec == CompressionCodec.LZ4 && headers.IsHadoopLz4Frame(start, limit, uncompressed))
        {
            throw Unsound($"{where}: its data is in Hadoop's LZ4 framing (a big-endian uncompressed and compressed length before each block), which Parquet.Net 6.1 does not read: it reads a page of either LZ4 codec as one raw block");
        }

        throw Unsound(decoded is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{where}: its LZ4 block decodes to {d} bytes, but the header {uncompressed}")
            : $"{where}: its data is not an LZ4 block ({problem})");
    }

    /// <summary>A reader of Parquet page headers (Thrift compact protocol) within a column chunk, decoding them exactly
    /// as Parquet.Net 6.1 does (its ThriftCompactProtocolReader and generated PageHeader.Read) or not at all: a field
    /// it knows is read by its id, so a known id with a wire type other than the format's is refused rather than read
    /// another way; an unknown field is skipped as its SkipField skips it (a struct by its field headers alone, a
    /// boolean list element as no byte); what it could read otherwise than here, or not bounded (nesting past
    /// <see cref="MaxDepth"/>, a varint of more than 10 bytes, one with bits past the 32 it keeps, a length past the
    /// chunk, a wire type it does not skip), is a <see cref="FormatException"/>.</summary>
    private sealed class PageHeaders(SourceStream source, long chunkEnd)
    {
        public const int DictionaryPage = 2;

        public const int DataPageV2 = 3;

        private const int MaxDepth = 16;

        private const int Bool = 1;
        private const int I32 = 5;
        private const int I64 = 6;
        private const int Binary = 8;
        private const int Struct = 12;

        // The structs of a page header, by the id of their field in it; Statistics is field 5 of a data page header,
        // field 8 of a version 2 one.
        private const int Header = 0;
        private const int DataPage = 5;
        private const int DictionaryHeader = 7;
        private const int DataPageV2Header = 8;
        private const int Statistics = 9;

        private readonly byte[] _buffer = new byte[256];
        private long _end;
        private long _bufferStart;
        private int _count;
        private int _index;

        /// <summary>A page header: its type, where its data begins, the data's size, its uncompressed size, the values
        /// (entries, for a dictionary page) it claims, and for a version 2 data page the bytes of its definition levels
        /// and whether its data is compressed.</summary>
        public readonly record struct Page(int Type, long DataStart, long Size, long Uncompressed, long Values, long Levels, bool Compressed)
        {
            /// <summary>The encoding of the page's values (a dictionary page's, of its entries).</summary>
            public int Encoding { get; init; }

            /// <summary>A version 1 data page's encoding of its definition levels.</summary>
            public int LevelEncoding { get; init; }

            /// <summary>A version 2 data page's null values.</summary>
            public long Nulls { get; init; }

            /// <summary>The bytes of a version 2 data page's repetition levels.</summary>
            public long Repetition { get; init; }
        }

        /// <summary>The header of the page at <paramref name="offset"/>.</summary>
        /// <exception cref="FormatException">It cannot be decoded within the chunk as Parquet.Net decodes it.</exception>
        public Page Read(long offset)
        {
            Begin(offset, chunkEnd);
            Fields header = ReadStruct(Header, 0);
            int type = header.Ints[1];
            Fields? nested = type switch
            {
                0 => header.Nested[DataPage],
                DictionaryPage => header.Nested[DictionaryHeader],
                DataPageV2 => header.Nested[DataPageV2Header],
                _ => null,
            };
            return new Page(type, _bufferStart + _index, header.Ints[3], header.Ints[2], nested?.Ints[1] ?? 0, nested?.Ints[5] ?? 0, nested?.Flag7 ?? true)
            {
                Encoding = nested?.Ints[type == DataPageV2 ? 4 : 2] ?? 0,
                LevelEncoding = type == 0 ? nested?.Ints[3] ?? 0 : 0,
                Nulls = type == DataPageV2 ? nested?.Ints[2] ?? 0 : 0,
                Repetition = type == DataPageV2 ? nested?.Ints[6] ?? 0 : 0,
            };
        }

        /// <summary>The length a Snappy block at <paramref name="offset"/> claims, a varint of at most 5 bytes before
        /// <paramref name="limit"/>.</summary>
        /// <exception cref="FormatException">It has none.</exception>
        public long SnappyLength(long offset, long limit)
        {
            Begin(offset, limit);
            ulong length = Varint();
            return _index > 5 || length > uint.MaxValue ? throw new FormatException() : (long)length;
        }

        /// <summary>The content size that the Zstandard data from <paramref name="offset"/> to <paramref name="limit"/>
        /// claims, by which Parquet.Net (ZstdSharp's Unwrap) allocates: it must be one frame, giving its content size
        /// in its header, and ending at <paramref name="limit"/> (ZstdSharp adds up every frame's size, and bounds one
        /// that gives none by its blocks).</summary>
        /// <exception cref="FormatException">It is not.</exception>
        public long ZstdContentSize(long offset, long limit)
        {
            Begin(offset, limit);
            if ((uint)(Next() | Next() << 8 | Next() << 16 | Next() << 24) != 0xFD2FB528)
            {
                throw new FormatException("not a Zstandard frame");
            }

            byte descriptor = Next();
            bool single = (descriptor & 0x20) != 0;
            int sizeBytes = (descriptor >> 6) switch
            {
                0 => single ? 1 : 0,
                1 => 2,
                2 => 4,
                _ => 8,
            };
            if (sizeBytes == 0 || (descriptor & 0x08) != 0)
            {
                throw new FormatException("a Zstandard frame that gives no content size");
            }

            Advance((single ? 0 : 1) + (descriptor & 3) switch
            {
                0 => 0,
                1 => 1,
                2 => 2,
                _ => 4,
            });
            ulong size = 0;
            for (int i = 0; i < sizeBytes; i++)
            {
                size |= (ulong)Next() << (8 * i);
            }

            size += sizeBytes == 2 ? 256UL : 0;
            bool last = false;
            while (!last)
            {
                int block = Next() | Next() << 8 | Next() << 16;
                last = (block & 1) != 0;
                int type = (block >> 1) & 3;
                if (type == 3)
                {
                    throw new FormatException("a reserved Zstandard block type");
                }

                Advance(type == 1 ? 1 : block >> 3);
            }

            Advance((descriptor & 0x04) != 0 ? 4 : 0);
            if (_bufferStart + _index != limit)
            {
                throw new FormatException("more than one Zstandard frame");
            }

            return size > int.MaxValue ? throw new FormatException("a Zstandard content size past 2^31") : (long)size;
        }

        /// <summary>The bytes the raw LZ4 block from <paramref name="offset"/> to <paramref name="limit"/> decodes
        /// to, into an output of <paramref name="size"/> bytes: its sequences' literals and matches added up, each match
        /// within the bytes decoded before it, the last sequence ending at <paramref name="limit"/> after its literals,
        /// and LZ4's end-of-block rules as its decoder (LZ4_decompress_safe, K4os's LZ4Codec.Decode) enforces them: a
        /// sequence followed by a match has its literals end at least 12 bytes before the output's end and 8 before
        /// the data's (else it must be the last), and its match ends at least 5 bytes before the output's end (the last
        /// 5 bytes are literals); the output never runs past <paramref name="size"/>.</summary>
        /// <exception cref="FormatException">It is not such a block.</exception>
        public long Lz4Length(long offset, long limit, long size)
        {
            const int MatchLimit = 12;
            const int LastLiterals = 5;
            Begin(offset, limit);
            long decoded = 0;
            if (offset == limit)
            {
                return decoded;
            }

            while (true)
            {
                byte token = Next();
                long literals = Lz4Run(token >> 4);
                Advance(literals);
                decoded += literals;
                long position = _bufferStart + _index;
                if (position == limit)
                {
                    return decoded;
                }

                if (decoded > size - MatchLimit || position > limit - 8)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"a match after literals ending at byte {decoded} of {size} (LZ4's last match starts at least {MatchLimit} bytes before the end)"));
                }

                int distance = Next() | Next() << 8;
                if (distance == 0 || distance > decoded)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"a match {distance} bytes back after {decoded} bytes decoded"));
                }

                decoded += Lz4Run(token & 0x0F) + 4;
                if (decoded > size - LastLiterals)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"a match ending at byte {decoded} of {size} (LZ4's last {LastLiterals} bytes are literals)"));
                }
            }
        }

        /// <summary>Whether the data from <paramref name="offset"/> to <paramref name="limit"/> begins as Hadoop frames
        /// an LZ4 block: a big-endian length of at most <paramref name="uncompressed"/> bytes decoded, and one of the
        /// block's bytes, within the data.</summary>
        public bool IsHadoopLz4Frame(long offset, long limit, long uncompressed)
        {
            try
            {
                Begin(offset, limit);
                uint decoded = (uint)(Next() << 24 | Next() << 16 | Next() << 8 | Next());
                uint block = (uint)(Next() << 24 | Next() << 16 | Next() << 8 | Next());
                return decoded <= uncompressed && block <= limit - offset - 8;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        /// <summary>An LZ4 sequence's literal or match length from its token's <paramref name="nibble"/>: 15 is
        /// followed by bytes added to it up to one other than 255.</summary>
        private long Lz4Run(int nibble)
        {
            long run = nibble;
            if (nibble == 15)
            {
                byte b;
                do
                {
                    b = Next();
                    run += b;
                }
                while (b == 255);
            }

            return run;
        }

        private void Begin(long offset, long end)
        {
            _bufferStart = offset;
            _end = end;
            _count = 0;
            _index = 0;
        }

        /// <summary>The wire type the format gives field <paramref name="id"/> of a struct, as Parquet.Net reads it
        /// (a boolean's, either), or 0 for a field Parquet.Net skips.</summary>
        private static int Expected(int kind, short id) => (kind, id) switch
        {
            (Header, >= 1 and <= 4) => I32,
            (Header, >= 5 and <= 8) => Struct,
            (DataPage, >= 1 and <= 4) => I32,
            (DataPage, 5) => Struct,
            (DictionaryHeader, 1 or 2) => I32,
            (DictionaryHeader, 3) => Bool,
            (DataPageV2Header, >= 1 and <= 6) => I32,
            (DataPageV2Header, 7) => Bool,
            (DataPageV2Header, 8) => Struct,
            (Statistics, 1 or 2 or 5 or 6) => Binary,
            (Statistics, 3 or 4) => I64,
            (Statistics, 7 or 8) => Bool,
            _ => 0,
        };

        /// <summary>A struct's fields that matter: its i32 fields by id (the last of each, 0 when absent, as
        /// Parquet.Net keeps them), its boolean field 7 and its nested structs by id.</summary>
        private sealed class Fields
        {
            public int[] Ints { get; } = new int[9];

            public bool? Flag7 { get; set; }

            public Fields?[] Nested { get; } = new Fields?[9];
        }

        private Fields ReadStruct(int kind, int depth)
        {
            var fields = new Fields();
            short id = 0;
            while (NextField(ref id, out int wire))
            {
                int expected = Expected(kind, id);
                if (expected == 0)
                {
                    Skip(wire, depth);
                    continue;
                }

                if (expected == Bool ? wire is not (1 or 2) : wire != expected)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"its field {id} (of struct {kind}) has wire type {wire}, not {expected}"));
                }

                switch (expected)
                {
                    case I32:
                        fields.Ints[id] = Int32();
                        break;
                    case Bool:
                        fields.Flag7 = id == 7 ? wire == 1 : fields.Flag7;
                        break;
                    case Struct:
                        fields.Nested[id] = ReadStruct(kind == Header ? id : Statistics, depth + 1);
                        break;
                    default:
                        Skip(wire, depth);
                        break;
                }
            }

            return fields;
        }

        /// <summary>Reads the next field header of a struct: false at its stop byte (0), else its id (by its delta
        /// from <paramref name="id"/>, or in full) and <paramref name="wire"/> type.</summary>
        private bool NextField(ref short id, out int wire)
        {
            byte header = Next();
            wire = header & 0x0F;
            if (header == 0)
            {
                return false;
            }

            int delta = header >> 4;
            long next = delta == 0 ? Int32() : id + delta;
            if (next is < short.MinValue or > short.MaxValue)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"a field id of {next}"));
            }

            id = (short)next;
            return true;
        }

        /// <summary>A zigzag varint of at most 32 bits, as Parquet.Net reads an i32.</summary>
        private int Int32()
        {
            ulong raw = Varint();
            return raw > uint.MaxValue
                ? throw new FormatException("a varint with bits past the 32 of an i32")
                : (int)(raw >> 1) ^ -(int)(raw & 1);
        }

        /// <summary>A length (of binary data, or a list's size): a varint from 0 to <see cref="int.MaxValue"/>.</summary>
        private long Length()
        {
            ulong raw = Varint();
            return raw > int.MaxValue ? throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"a length of {raw}")) : (long)raw;
        }

        /// <summary>A varint of at most 10 bytes and 64 bits, read with the one ULEB128 decoder.</summary>
        private ulong Varint()
        {
            Fill(10);
            int position = _index;
            VarintFault fault = DecodeUleb128(_buffer.AsSpan(0, _count), ref position, 64, out ulong value);
            _index = position;
            return fault switch
            {
                VarintFault.None => value,
                VarintFault.Ends => throw new FormatException("it runs past the end"),
                VarintFault.TooLong => throw new FormatException("a varint of more than 10 bytes"),
                _ => throw new FormatException("a varint with bits past 64"),
            };
        }

        /// <summary>Makes the buffer hold the next <paramref name="bytes"/> bytes, or every byte to the end when fewer
        /// remain: the bytes not yet taken move to its start, and the bytes after them are read (none twice).</summary>
        private void Fill(int bytes)
        {
            int kept = _count - _index;
            if (kept >= bytes)
            {
                return;
            }

            Array.Copy(_buffer, _index, _buffer, 0, kept);
            _bufferStart += _index;
            _index = 0;
            int more = (int)Math.Max(0, Math.Min(_buffer.Length - kept, _end - (_bufferStart + kept)));
            if (more > 0)
            {
                source.Position = _bufferStart + kept;
                source.ReadExactly(_buffer, kept, more);
            }

            _count = kept + more;
        }

        /// <summary>Skips a field of an unknown id as Parquet.Net's SkipField does.</summary>
        private void Skip(int wire, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"it is nested more than {MaxDepth} deep"));
            }

            switch (wire)
            {
                case 1 or 2:
                    break;
                case 3:
                    Advance(1);
                    break;
                case 4 or 5 or 6:
                    Varint();
                    break;
                case 7:
                    Advance(8);
                    break;
                case Binary:
                    Advance(Length());
                    break;
                case 9:
                    byte list = Next();
                    long size = list >> 4 == 15 ? Length() : list >> 4;
                    int element = list & 0x0F;

                    // Parquet.Net skips a boolean element as it skips a boolean field: by no byte.
                    if (element is not (1 or 2))
                    {
                        for (long i = 0; i < size; i++)
                        {
                            Skip(element, depth + 1);
                        }
                    }

                    break;
                case Struct:
                    // Parquet.Net skips a struct by reading field headers up to a stop byte, not their values.
                    short id = 0;
                    while (NextField(ref id, out _))
                    {
                    }

                    break;
                default:
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"a field of wire type {wire}, which Parquet.Net does not skip"));
            }
        }

        private void Advance(long bytes)
        {
            long position = _bufferStart + _index;
            if (bytes > _end - position)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes claimed from byte {position}, past the end"));
            }

            long target = position + bytes;
            if (target - _bufferStart <= _count)
            {
                _index = (int)(target - _bufferStart);
            }
            else
            {
                _bufferStart = target;
                _count = 0;
                _index = 0;
            }
        }

        private byte Next()
        {
            if (_index == _count)
            {
                _bufferStart += _count;
                _index = 0;
                _count = (int)Math.Min(_buffer.Length, _end - _bufferStart);
                if (_count <= 0)
                {
                    _count = 0;
                    throw new FormatException("it runs past the end");
                }

                source.Position = _bufferStart;
                source.ReadExactly(_buffer, 0, _count);
            }

            return _buffer[_index++];
        }
    }
}
