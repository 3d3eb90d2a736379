using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Analysis;
using Parquet;
using Parquet.Data;
using Parquet.Meta;
using Parquet.Schema;

namespace AiRace.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> to an Apache Parquet file (with Parquet.Net) and reads it back exactly, so that
/// pandas, DuckDB or Spark users can take the data further without losing a digit or a unit.
/// </summary>
/// <remarks>
/// <para>Each of the table's fields (<see cref="ResultTable.Fields"/>: one per column, two for money whose cells carry
/// their own currency) becomes a nullable Parquet field named by its header (such as <c>value [USD]</c>): text is
/// UTF-8 <c>STRING</c>, integers <c>INT64</c>, days <c>DATE</c>, flags <c>BOOLEAN</c>.</para>
/// <para>Decimals (money amounts, shares in percent, ratios, decimals of a unit) are <c>DECIMAL(38, s)</c>, a 16-byte
/// two's-complement unscaled value, the widest decimal that pandas (pyarrow decimal128), DuckDB and Spark read. The
/// scale <c>s</c> is chosen per field to fit its values and leave room for their sum: the field's integer digits are
/// those of the sum of its values' magnitudes, each rounded up to a whole number (two values of 9,999,999,999 and one
/// of 10^-28 take 11). When those digits and the largest scale among the values fit 38, that scale is the field's and
/// every value is stored exactly — the common case. Otherwise (a sum of 13 integer digits beside values of 26
/// decimals; 10^20 beside 10^-20) the scale is <c>38 −</c> those digits (not below 0), the values that have more
/// decimals are rounded to it (half to even), and a <c>STRING</c> field named <c>&lt;header&gt; exact</c>
/// (<see cref="ExactSuffix"/>) beside it holds every value's exact invariant text (<c>-1234.5678</c>). Nothing is lost:
/// a reader that needs every digit reads the text field, and <see cref="ReadAsync(Stream, CancellationToken)"/> reads
/// it back, up to the read limits of 1,000,000 rows and 1 GiB of pages uncompressed (raise
/// <see cref="ParquetReadOptions.MaxRows"/> and <see cref="ParquetReadOptions.MaxUncompressedBytes"/> for a larger
/// table).</para>
/// <para>Reading gives back each decimal at its field's scale, not at the scale it was written with: a
/// <c>DECIMAL(38, s)</c> value is an integer of units of 10^-s, with no scale of its own, so 1.10 written in a field of
/// scale 4 (one whose values have up to 4 decimals) reads back as 1.1000 — the same value, as
/// <see cref="ResultTable.ContentEquals"/> compares it, with the field's trailing zeros; a field's scale above 28,
/// more than a <see cref="decimal"/> holds, is lowered by dropping trailing zeros only. Where the field has its exact
/// text beside it, each value is read from its text, so with the scale it was written with (1.10). A value whose
/// written trailing zeros matter (a figure stated to a precision) keeps them in the CSV and JSON exports, which write
/// each value's own digits.</para>
/// <para>What a SQL reader gets: DuckDB's <c>SUM</c> of a decimal field, over any of its rows, is a
/// <c>DECIMAL(38, s)</c> at the field's scale that never overflows, and it equals the sum of the field's values — of the
/// values rounded to its scale where the field has its exact text beside it, so there it can differ from the exact
/// total by up to half a unit of the scale a row. The exact total can need more than 38 digits, which no DuckDB decimal
/// holds; DuckDB sums the exact text exactly in two parts, the whole parts as <c>HUGEINT</c> and the fractions (at most
/// 28 decimals) as <c>DECIMAL(38, 28)</c>, whose two sums together are the total (the README shows the query).</para>
/// <para>The table's schema (<see cref="TableSchema.ToJson"/>: name, declared columns, notes) is kept in the file's
/// key-value metadata under <see cref="SchemaKey"/>, so reading gives back a table equal to the one written
/// (<see cref="ResultTable.ContentEquals"/>).</para>
/// </remarks>
public static partial class ParquetExport
{
    /// <summary>The key-value metadata key that holds the table's schema as JSON (<see cref="TableSchema.ToJson"/>).</summary>
    public const string SchemaKey = "airace.table.schema";

    /// <summary>The suffix of the text field that holds the exact values of a decimal field too wide for one
    /// <c>DECIMAL(38, s)</c>: <c>value [USD] exact</c>.</summary>
    public const string ExactSuffix = " exact";

    /// <summary>The precision of every decimal field: 38 digits, the most a 16-byte Parquet decimal holds and the
    /// largest precision pandas (pyarrow decimal128), DuckDB and Spark read.</summary>
    public const int DecimalPrecision = 38;

    private const int MaxDecimalScale = 28;

    /// <summary>10^0 to 10^38, every power of ten a <see cref="UInt128"/> holds.</summary>
    private static readonly UInt128[] WidePowersOfTen = Enumerable.Range(0, 39).Select(i => (UInt128)BigInteger.Pow(10, i)).ToArray();

    /// <summary>The largest <see cref="UInt128"/> that times 10^i still fits one.</summary>
    private static readonly UInt128[] WideLimits = WidePowersOfTen.Select(p => UInt128.MaxValue / p).ToArray();

    /// <summary>The most rows in one row group of a file that <see cref="WriteAsync"/> writes.</summary>
    internal const int RowsPerGroup = 16_384;

    /// <summary>Writes a table as a Parquet file, in row groups of at most 16,384 rows.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream (it need not seek); it is left open. The file is written from its
    /// position: after earlier bytes, the same bytes (with the same offsets, the file's own) as into a new stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentException">The table has no columns, or the stream cannot be written
    /// (<see cref="Stream.CanWrite"/> is false: read-only or closed); nothing is written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled; see the remarks for what the stream then
    /// holds.</exception>
    /// <remarks>
    /// <para>The rows are written in row groups of 16,384 (the last one holds the rest; an empty table is one empty
    /// group), each gathered into typed buffers that are reused for the next: the values the write holds at a time are
    /// one group's, whatever the table's size (20 to 28 bytes a field and row, some 6.4 MB for the 18 fields of the
    /// normalised programmes' table); only the schema in the file's metadata, with the table's notes and facts, is
    /// written whole. Every group has the same schema. The size is the one measured to take the least memory without
    /// costing time (benchmarks/README.md, "Parquet in row groups").</para>
    /// <para>The scale of each decimal field, and whether it needs its exact text field beside it, is decided over all
    /// the table's rows before the first group is written (a first pass over the cells of the columns with decimal
    /// fields), as the class remarks describe: a group does not change it.</para>
    /// <para>The file's footer (its schema and the table's metadata) is written only after every group, and once the
    /// write has failed no further byte reaches the stream. A token cancelled before the call writes nothing. When a
    /// write throws (cancelled, or failed for another reason) and the stream can seek, the stream is cut back to the
    /// position where the write started and put back there: a stream written at its end (a new file, or one appended
    /// to) has its length at the start of the call again, and the bytes before that position are untouched (those
    /// after it, when the write started before the end, are gone). When it cannot seek (or cutting it back fails), the
    /// bytes written so far stay:</para>
    /// <list type="bullet">
    /// <item><description>after a failure before the footer was passed to the stream (a cancellation, or a failed
    /// write of a group), they have no footer: they are not a readable Parquet file, and <see cref="ReadAsync(Stream, CancellationToken)"/>
    /// refuses them (an <see cref="InvalidDataException"/> saying that they do not end with the Parquet magic, as for
    /// any file cut short);</description></item>
    /// <item><description>after a failure of the stream once the footer was passed to it (its flush at the end), the
    /// stream's exception is thrown, but the bytes it was given are the whole file, which reads back as the table:
    /// a stream that cannot seek cannot be cut back, and whether those bytes reached their destination only the stream
    /// can tell.</description></item>
    /// </list>
    /// </remarks>
    public static Task WriteAsync(ResultTable table, Stream stream, CancellationToken cancellationToken = default) =>
        WriteInGroupsAsync(table, stream, RowsPerGroup, cancellationToken);

    /// <summary>Writes a table as a Parquet file in row groups of at most <paramref name="rowsPerGroup"/> rows.</summary>
    internal static async Task WriteInGroupsAsync(ResultTable table, Stream stream, int rowsPerGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerGroup, 1);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written (it is read-only or closed).", nameof(stream));
        }

        if (table.Columns.Count == 0)
        {
            throw new ArgumentException($"Table '{table.Name}' has no columns; a Parquet file needs at least one field.", nameof(table));
        }

        int rowCount = table.Rows.Count;
        IReadOnlyList<TableField> tableFields = table.Fields;
        int fieldCount = tableFields.Count;
        DecimalWidth[] widths = WidthsOf(table);
        int capacity = Math.Min(rowCount, rowsPerGroup);
        var columns = new FieldColumn[fieldCount];
        var fields = new List<DataField>();
        for (int f = 0; f < fieldCount; f++)
        {
            TableField tableField = tableFields[f];
            columns[f] = tableField.Type switch
            {
                FieldType.Text => new TextColumn(new DataField(tableField.Header, typeof(string), isNullable: true), capacity),
                FieldType.Integer => new ValueColumn<long>(new DataField(tableField.Header, typeof(long), isNullable: true), capacity),
                FieldType.Date => new ValueColumn<DateOnly>(new DataField(tableField.Header, typeof(DateOnly), isNullable: true), capacity),
                FieldType.Boolean => new ValueColumn<bool>(new DataField(tableField.Header, typeof(bool), isNullable: true), capacity),
                _ => new DecimalColumn(tableField.Header, widths[f], capacity),
            };
            columns[f].AddFields(fields);
        }

        cancellationToken.ThrowIfCancellationRequested();
        bool canSeek = stream.CanSeek;
        long startPosition = canSeek ? stream.Position : 0;
        var guarded = new GuardedStream(stream);
        try
        {
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), guarded, new ParquetOptions { UseBigDecimal = true }, append: false, cancellationToken).ConfigureAwait(false);
            try
            {
                await WriteGroupsAsync(table, writer, columns, rowsPerGroup, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // The writer's disposal, on the way out, writes the footer: it must not reach the stream.
                guarded.Refuse();
                throw;
            }
        }
        catch
        {
            guarded.Refuse();
            if (canSeek && guarded.Touched)
            {
                try
                {
                    stream.SetLength(startPosition);
                    stream.Position = startPosition;
                }
                catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
                {
                    // The footer never landed: the bytes left are not a readable file (WriteAsync's remarks).
                }
            }

            throw;
        }
    }

    /// <summary>Writes the table's rows as row groups of at most <paramref name="rowsPerGroup"/> rows, and the table's
    /// schema in the file's metadata (written with the footer when the writer is disposed).</summary>
    private static async Task WriteGroupsAsync(ResultTable table, ParquetWriter writer, FieldColumn[] columns, int rowsPerGroup, CancellationToken cancellationToken)
    {
        int rowCount = table.Rows.Count;
        int fieldCount = columns.Length;
        writer.CustomMetadata = new Dictionary<string, string> { [SchemaKey] = table.Schema.ToJson() };
        int start = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = (int)Math.Min((long)start + rowsPerGroup, rowCount);
            for (int f = 0; f < fieldCount; f++)
            {
                columns[f].AddRange(table, f, start, end);
            }

            using (ParquetRowGroupWriter group = writer.CreateRowGroup())
            {
                foreach (FieldColumn column in columns)
                {
                    await column.WriteAsync(group, cancellationToken).ConfigureAwait(false);
                }

                group.CompleteValidate();
            }

            start = end;
        }
        while (start < rowCount);
    }

    /// <summary>The stream a write goes through: every write passes to the stream until <see cref="Refuse"/>, after
    /// which writes and flushes are dropped, so that a writer disposed after a failure cannot complete the file. It
    /// counts the bytes written and leaves the stream open. It does not seek, and its position is the count of bytes
    /// written: the offsets in the file are the file's own, wherever in the stream the write started.</summary>
    private sealed class GuardedStream(Stream inner) : Stream
    {
        private bool _refused;

        /// <summary>The number of bytes passed to the stream.</summary>
        public long Written { get; private set; }

        /// <summary>Whether a write was passed to the stream (even one that failed part way).</summary>
        public bool Touched { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Written;
            set => throw new NotSupportedException();
        }

        /// <summary>Drops every later write and flush.</summary>
        public void Refuse() => _refused = true;

        public override void Flush()
        {
            if (!_refused)
            {
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            _refused ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!_refused)
            {
                Touched = true;
                inner.Write(buffer);
                Written += buffer.Length;
            }
        }

        public override void WriteByte(byte value) => Write([value]);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_refused)
            {
                Touched = true;
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                Written += buffer.Length;
            }
        }
    }

    /// <summary>Reads a Parquet file written by <see cref="WriteAsync"/> back to the table written, accepting at most
    /// 1,000,000 rows and 1 GiB of pages uncompressed (<see cref="ParquetReadOptions.Default"/>).</summary>
    /// <param name="stream">A readable, seekable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException"><para>The file has no table schema under <see cref="SchemaKey"/> or it is
    /// not valid, its fields differ from the schema's (a repeated field among them, a field the schema does not have, a field twice, or an exact text field beside a field that is not decimal), a value is not a cell of its column, or a decimal field's exact text, rounded to the field's scale half to even (as the write rounds), is not the field's value in its row (or one of the two is null and the other not); the message lists every
    /// problem, naming the field (and row).</para>
    /// <para>-or-</para>
    /// <para>The bytes are not a readable Parquet file: too few, not beginning and ending with its magic <c>PAR1</c>
    /// (a file cut short, or the bytes a failed <see cref="WriteAsync"/> leaves in a stream that cannot seek), a
    /// footer longer than the file, or a footer or column chunk Parquet.Net cannot decode; the message says which, and
    /// the inner exception is Parquet.Net's.</para>
    /// <para>-or-</para>
    /// <para>The footer decodes but is unsound: a row group of fewer than 0 or more than <see cref="int.MaxValue"/>
    /// rows, a file row count other than the sum of its row groups' (a group lost), a field's column chunk holding
    /// another number of values than its group's rows, a column chunk whose offset and size put it outside the
    /// file's data or on bytes of another chunk (a chunk begins where Parquet.Net begins to read it: at the least of
    /// its dictionary, data and index page offsets that is not 0) or claiming more than <see cref="Array.MaxLength"/>
    /// bytes uncompressed; or a page header of a column chunk (every one is walked, to the chunk's end) that cannot be
    /// decoded within the chunk as Parquet.Net decodes it, whose data runs past the chunk's end, that is a dictionary
    /// page other than the chunk's first page, or that claims more values (a dictionary page, more entries) than its
    /// chunk holds, more uncompressed bytes than its chunk (in an uncompressed chunk, other than its compressed bytes),
    /// a version 2 page of more definition levels than its data or its uncompressed size or of any repetition levels (or, of a required field, any definition levels), or, a Snappy or Zstandard
    /// page, an uncompressed length in its data other than its header's (a Zstandard page must be one frame giving its
    /// content size), or, an LZ4 page (of either codec), data that is not one raw LZ4 block decoding to its header's
    /// uncompressed size under LZ4's end-of-block rules (a page in Hadoop's LZ4 framing, which Parquet.Net 6.1 does not
    /// read, is named so); or, a page of a field the read decodes (decompressed as Parquet.Net decompresses it), data
    /// that does not decode to exactly its header's uncompressed size (a gzip or Brotli page is only so checked), or
    /// that holds other values than its header and definition levels claim: definition levels that cannot be decoded
    /// for its values or exceed the field's maximum, a version 2 page's nulls other than its levels', PLAIN
    /// fixed-width values other than exactly the defined values times the width, PLAIN byte arrays other than exactly
    /// that many ending at the data's end, dictionary indices fewer than that many or past the dictionary's entries (or
    /// with no dictionary page), a dictionary page other than exactly its entries as PLAIN (whatever its encoding
    /// says, as Parquet.Net reads it), DELTA_BINARY_PACKED values other than exactly that many within the data,
    /// DELTA_LENGTH_BYTE_ARRAY or DELTA_BYTE_ARRAY lengths other than that many or bytes not ending at the data's end (of text, a DELTA_BYTE_ARRAY prefix not all ASCII: Parquet.Net 6.1 takes its bytes as characters),
    /// BYTE_STREAM_SPLIT values other than exactly that many times the width, or a values encoding Parquet.Net cannot
    /// read as the field's type (RLE, BIT_PACKED, an unknown one; RLE booleans too, which Parquet.Net 6.1 decodes
    /// with a bit width of 0, every value false); all checked before the
    /// group's values are read; or a column chunk
    /// whose pages run on past its end (each chunk is read within its own bytes); the message names the row group and
    /// field (and the page's byte) where it is one.</para>
    /// <para>-or-</para>
    /// <para>The footer claims more rows, over all its row groups, than the limit (<see cref="ParquetReadOptions.MaxRows"/>);
    /// the message gives the rows claimed, the row groups, the limit and how to raise it. Nothing is read.</para>
    /// <para>-or-</para>
    /// <para>The pages the read decodes, each counted as the pooled array Parquet.Net rents for its header's
    /// uncompressed size, take more bytes together than the limit
    /// (<see cref="ParquetReadOptions.MaxUncompressedBytes"/>); the message names the row group, field and byte of the
    /// page that passes it, its claim, the sum, the limit and the limit that reads the whole file. The group of that
    /// page is not read.</para></exception>
    /// <exception cref="ArgumentException">The stream cannot read or cannot seek.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled (the token is checked before each row
    /// group, each field and each page checked, and before each read of the stream: between the pages Parquet.Net
    /// reads too).</exception>
    /// <exception cref="IOException">The stream failed to read or seek (its own exception, passed through).</exception>
    public static Task<ResultTable> ReadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, ParquetReadOptions.Default, cancellationToken);

    /// <summary>Reads a Parquet file written by <see cref="WriteAsync"/> back to the table written, accepting at most
    /// <see cref="ParquetReadOptions.MaxRows"/> rows and <see cref="ParquetReadOptions.MaxUncompressedBytes"/> bytes of
    /// pages uncompressed.</summary>
    /// <param name="stream">A readable, seekable stream; it is left open.</param>
    /// <param name="options">The most rows and uncompressed bytes to accept, or null for
    /// <see cref="ParquetReadOptions.Default"/> (1,000,000 rows, 1 GiB).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <remarks><para>The row counts in the file's footer are checked before a value is read: that they are sound, and that
    /// their sum is within the limit (a file of a few hundred bytes can claim 2^31 − 1 rows). The values are then read
    /// one row group and one field at a time, each field's array allocated only when its column chunk has been found
    /// in the file, on bytes of its own, with a value for each of the group's rows, and its page headers have been
    /// found to claim no more values or dictionary entries than that. Each chunk is read within its own bytes: pages
    /// that run on past them are refused, not read from the next chunk.</para>
    /// <para>Every page header of a chunk is decoded before its values are read, exactly as Parquet.Net decodes it (by
    /// field id; an unknown field skipped as Parquet.Net skips it) or not at all: a header that Parquet.Net could read
    /// otherwise (a known field of another wire type), nested more than 16 deep, holding a varint of more than 10 bytes
    /// or with bits past the 32 Parquet.Net keeps, or a length past the chunk, is refused, never handed to
    /// Parquet.Net. The claims Parquet.Net allocates by are then checked, as the exceptions list. Within those bounds
    /// a false claim can still make the read allocate: for a compressed page of a few bytes, its uncompressed size,
    /// up to its chunk's total_uncompressed_size, which may be up to <see cref="Array.MaxLength"/> (2,147,483,591
    /// bytes: Parquet.Net decompresses a page into one array), and over all the pages decoded up to
    /// <see cref="ParquetReadOptions.MaxUncompressedBytes"/> (1 GiB by default), each counted as the array the shared
    /// pool rents for it (a power of two) — a Snappy page's own length, a Zstandard page's (one frame, giving its
    /// content size), what an LZ4 page's block decodes to and what a gzip or Brotli page's data decodes to must equal
    /// it; a dictionary of as many entries as its chunk has values; and the values' arrays of its group's rows
    /// (bounded by <see cref="ParquetReadOptions.MaxRows"/>).</para>
    /// <para>Each page of a field the read decodes is then decompressed (with Snappier, ZstdSharp, K4os LZ4, .NET's
    /// gzip and Brotli streams: the libraries Parquet.Net uses; into buffers reused from page to page, each at most
    /// the page's checked uncompressed size) and its values counted against its definition levels, since Parquet.Net
    /// reads a value a page lacks from past the page's data (the rest of its pooled array) and would return it
    /// silently. The check follows Parquet.Net 6.1's own choice of decoder, not the header's claims it ignores: a
    /// version 1 page's definition levels are decoded as RLE/bit-packed hybrid whatever its level encoding says, a
    /// dictionary page's entries as PLAIN whatever its encoding says, and a data page's values by its encoding
    /// (PLAIN, PLAIN_DICTIONARY and RLE_DICTIONARY indices, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY,
    /// DELTA_BYTE_ARRAY, BYTE_STREAM_SPLIT), as the exceptions list; a page of an encoding Parquet.Net cannot read as
    /// the field's type is refused, and so is a page of RLE booleans, which Parquet.Net 6.1 decodes with a bit width
    /// of the field's type length (0 for booleans) and no length prefix, every value false (DuckDB writes booleans
    /// PLAIN). A decimal field with its exact text field beside it is decoded
    /// too, to check the text against it. The token is checked before each page too.</para></remarks>
    /// <exception cref="InvalidDataException"><para>The file has no table schema under <see cref="SchemaKey"/> or it is
    /// not valid, its fields differ from the schema's (a repeated field among them, a field the schema does not have, a field twice, or an exact text field beside a field that is not decimal), a value is not a cell of its column, or a decimal field's exact text, rounded to the field's scale half to even (as the write rounds), is not the field's value in its row (or one of the two is null and the other not); the message lists every
    /// problem, naming the field (and row).</para>
    /// <para>-or-</para>
    /// <para>The bytes are not a readable Parquet file: too few, not beginning and ending with its magic <c>PAR1</c>
    /// (a file cut short, or the bytes a failed <see cref="WriteAsync"/> leaves in a stream that cannot seek), a
    /// footer longer than the file, or a footer or column chunk Parquet.Net cannot decode; the message says which, and
    /// the inner exception is Parquet.Net's.</para>
    /// <para>-or-</para>
    /// <para>The footer decodes but is unsound: a row group of fewer than 0 or more than <see cref="int.MaxValue"/>
    /// rows, a file row count other than the sum of its row groups' (a group lost), a field's column chunk holding
    /// another number of values than its group's rows, a column chunk whose offset and size put it outside the
    /// file's data or on bytes of another chunk (a chunk begins where Parquet.Net begins to read it: at the least of
    /// its dictionary, data and index page offsets that is not 0) or claiming more than <see cref="Array.MaxLength"/>
    /// bytes uncompressed; or a page header of a column chunk (every one is walked, to the chunk's end) that cannot be
    /// decoded within the chunk as Parquet.Net decodes it, whose data runs past the chunk's end, that is a dictionary
    /// page other than the chunk's first page, or that claims more values (a dictionary page, more entries) than its
    /// chunk holds, more uncompressed bytes than its chunk (in an uncompressed chunk, other than its compressed bytes),
    /// a version 2 page of more definition levels than its data or its uncompressed size or of any repetition levels (or, of a required field, any definition levels), or, a Snappy or Zstandard
    /// page, an uncompressed length in its data other than its header's (a Zstandard page must be one frame giving its
    /// content size), or, an LZ4 page (of either codec), data that is not one raw LZ4 block decoding to its header's
    /// uncompressed size under LZ4's end-of-block rules (a page in Hadoop's LZ4 framing, which Parquet.Net 6.1 does not
    /// read, is named so); or, a page of a field the read decodes (decompressed as Parquet.Net decompresses it), data
    /// that does not decode to exactly its header's uncompressed size (a gzip or Brotli page is only so checked), or
    /// that holds other values than its header and definition levels claim: definition levels that cannot be decoded
    /// for its values or exceed the field's maximum, a version 2 page's nulls other than its levels', PLAIN
    /// fixed-width values other than exactly the defined values times the width, PLAIN byte arrays other than exactly
    /// that many ending at the data's end, dictionary indices fewer than that many or past the dictionary's entries (or
    /// with no dictionary page), a dictionary page other than exactly its entries as PLAIN (whatever its encoding
    /// says, as Parquet.Net reads it), DELTA_BINARY_PACKED values other than exactly that many within the data,
    /// DELTA_LENGTH_BYTE_ARRAY or DELTA_BYTE_ARRAY lengths other than that many or bytes not ending at the data's end (of text, a DELTA_BYTE_ARRAY prefix not all ASCII: Parquet.Net 6.1 takes its bytes as characters),
    /// BYTE_STREAM_SPLIT values other than exactly that many times the width, or a values encoding Parquet.Net cannot
    /// read as the field's type (RLE, BIT_PACKED, an unknown one; RLE booleans too, which Parquet.Net 6.1 decodes
    /// with a bit width of 0, every value false); all checked before the
    /// group's values are read; or a column chunk
    /// whose pages run on past its end (each chunk is read within its own bytes); the message names the row group and
    /// field (and the page's byte) where it is one.</para>
    /// <para>-or-</para>
    /// <para>The footer claims more rows, over all its row groups, than the limit (<see cref="ParquetReadOptions.MaxRows"/>);
    /// the message gives the rows claimed, the row groups, the limit and how to raise it. Nothing is read.</para>
    /// <para>-or-</para>
    /// <para>The pages the read decodes, each counted as the pooled array Parquet.Net rents for its header's
    /// uncompressed size, take more bytes together than the limit
    /// (<see cref="ParquetReadOptions.MaxUncompressedBytes"/>); the message names the row group, field and byte of the
    /// page that passes it, its claim, the sum, the limit and the limit that reads the whole file. The group of that
    /// page is not read.</para></exception>
    /// <exception cref="ArgumentException">The stream cannot read or cannot seek.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled (the token is checked before each row
    /// group, each field and each page checked, and before each read of the stream: between the pages Parquet.Net
    /// reads too).</exception>
    /// <exception cref="IOException">The stream failed to read or seek (its own exception, passed through).</exception>
    public static async Task<ResultTable> ReadAsync(Stream stream, ParquetReadOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("The stream must be readable and seekable: a Parquet file's footer is at its end. Copy a forward-only stream into a file or a MemoryStream first.", nameof(stream));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var parquetOptions = new ParquetOptions { UseBigDecimal = true, UseDateOnlyTypeForDates = true };
        var source = new SourceStream(stream, cancellationToken);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(source, parquetOptions, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (source.IsAboutTheData(ex))
        {
            throw Malformed(source, "its footer cannot be read", ex);
        }

        await using ParquetReader _ = reader;
        var problems = new List<string>();
        bool hasSchema;
        string? json;
        try
        {
            hasSchema = reader.CustomMetadata.TryGetValue(SchemaKey, out json);
        }
        catch (Exception ex) when (source.IsAboutTheData(ex))
        {
            throw Malformed(source, "its footer's key-value metadata cannot be read", ex);
        }

        if (!hasSchema)
        {
            problems.Add($"the file has no table schema under '{SchemaKey}' (it was not written by ParquetExport).");
            throw Failure("(unnamed)", problems);
        }

        if (json is null)
        {
            problems.Add($"schema: the key '{SchemaKey}' has no value.");
            throw Failure("(unnamed)", problems);
        }

        if (!TableSchema.TryParse(json, out TableSchema? schema, out IReadOnlyList<string> schemaProblems))
        {
            throw Failure("(unnamed)", schemaProblems.Select(p => "schema: " + p).ToList());
        }

        DataField[] dataFields;
        try
        {
            dataFields = reader.Schema.GetDataFields();
        }
        catch (Exception ex) when (source.IsAboutTheData(ex))
        {
            throw Malformed(source, "its footer's schema cannot be read", ex);
        }

        var byName = new Dictionary<string, DataField>(StringComparer.Ordinal);
        foreach (DataField d in dataFields)
        {
            byName[d.Name] = d;
        }

        IReadOnlyList<TableField> fields = schema.Fields;
        var expected = new HashSet<string>(fields.Select(f => f.Header), StringComparer.Ordinal);
        expected.UnionWith(fields.Where(f => f.Type == FieldType.Decimal).Select(f => f.Header + ExactSuffix));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (DataField d in dataFields)
        {
            if (!seen.Add(d.Name))
            {
                problems.Add($"field '{d.Name}' appears more than once in the file.");
            }
            else if (!expected.Contains(d.Name))
            {
                problems.Add($"field '{d.Name}' of the file is not in the schema.");
            }
        }

        foreach (TableField f in fields)
        {
            if (!byName.TryGetValue(f.Header, out DataField? d))
            {
                problems.Add($"field '{f.Header}' of the schema is missing from the file.");
            }
            else if (d.MaxRepetitionLevel > 0)
            {
                problems.Add($"field '{f.Header}' is repeated (a list of values in each row); the schema's fields hold one value a row.");
            }
            else if (KindOf(d) != f.Type)
            {
                problems.Add($"field '{f.Header}' holds {d.ClrType.Name} values; the schema says {f.Type}.");
            }
        }

        if (problems.Count > 0)
        {
            throw Failure(schema.Name, problems);
        }

        CheckRowCounts(reader.Metadata);
        options ??= ParquetReadOptions.Default;
        CheckRowLimit(reader.Metadata!, options.MaxRows);
        long uncompressed = 0;
        long dataEnd = source.FooterStart();
        DataField[] decodedFields = fields
            .SelectMany(f => f.Type == FieldType.Decimal && byName.TryGetValue(f.Header + ExactSuffix, out DataField? exact) ? new[] { byName[f.Header], exact } : new[] { byName[f.Header] })
            .ToArray();
        long needed() => UncompressedOfFile(source, reader, decodedFields, dataEnd);
        var typeLengths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (SchemaElement element in reader.Metadata!.Schema.Skip(1))
        {
            typeLengths[element.Name] = element.TypeLength ?? 0;
        }

        var rows = new List<object?[]>();
        var values = new object?[fields.Count][];
        var extents = new Dictionary<string, ChunkExtent>(StringComparer.Ordinal);
        var allExtents = new List<ChunkExtent>();

        // The index of the group's first record in the whole file: rows refused are counted too, so every
        // problem names the record's own row, not the count of rows accepted so far.
        long firstRecord = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ParquetRowGroupReader group;
            try
            {
                group = reader.OpenRowGroupReader(g);
            }
            catch (Exception ex) when (source.IsAboutTheData(ex))
            {
                throw Malformed(source, string.Create(CultureInfo.InvariantCulture, $"row group {g} cannot be opened"), ex);
            }

            using ParquetRowGroupReader opened = group;

            // CheckRowCounts has put every group's row count between 0 and int.MaxValue.
            int count = (int)group.RowCount;
            extents.Clear();
            for (int f = 0; f < fields.Count; f++)
            {
                DataField field = byName[fields[f].Header];
                DataField? exactField = fields[f].Type == FieldType.Decimal && byName.TryGetValue(fields[f].Header + ExactSuffix, out DataField? e) ? e : null;

                // A decimal field with its exact text beside it is decoded too: the text must round to its values.
                extents[field.Name] = CheckChunk(g, group, field, typeLengths.GetValueOrDefault(field.Name), count, dataEnd, allExtents);
                uncompressed = CheckPages(source, extents[field.Name], count, field.MaxDefinitionLevel > 0, uncompressed, options.MaxUncompressedBytes, decoded: true, needed, cancellationToken);
                if (exactField is not null)
                {
                    extents[exactField.Name] = CheckChunk(g, group, exactField, typeLengths.GetValueOrDefault(exactField.Name), count, dataEnd, allExtents);
                    uncompressed = CheckPages(source, extents[exactField.Name], count, exactField.MaxDefinitionLevel > 0, uncompressed, options.MaxUncompressedBytes, decoded: true, needed, cancellationToken);
                }
            }

            for (int f = 0; f < fields.Count; f++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DataField field = byName[fields[f].Header];
                values[f] = fields[f].Type switch
                {
                    FieldType.Text => (await ReadAsync<string>(source, g, group, field, count, extents[field.Name], cancellationToken).ConfigureAwait(false)).Cast<object?>().ToArray(),
                    FieldType.Integer => Box(await ReadNullableAsync<long>(source, g, group, field, count, extents[field.Name], cancellationToken).ConfigureAwait(false)),
                    FieldType.Date => Box(await ReadNullableAsync<DateOnly>(source, g, group, field, count, extents[field.Name], cancellationToken).ConfigureAwait(false)),
                    FieldType.Boolean => Box(await ReadNullableAsync<bool>(source, g, group, field, count, extents[field.Name], cancellationToken).ConfigureAwait(false)),
                    _ => byName.TryGetValue(fields[f].Header + ExactSuffix, out DataField? exact)
                        ? ParseExact(
                            await ReadAsync<string>(source, g, group, exact, count, extents[exact.Name], cancellationToken).ConfigureAwait(false),
                            exact.Name,
                            await ReadNullableAsync<BigDecimal>(source, g, group, field, count, extents[field.Name], cancellationToken).ConfigureAwait(false),
                            field.Name,
                            firstRecord,
                            problems)
                        : ToDecimals(await ReadNullableAsync<BigDecimal>(source, g, group, field, count, extents[field.Name], cancellationToken).ConfigureAwait(false), field.Name, firstRecord, problems),
                };
            }

            var record = new object?[fields.Count];
            for (int r = 0; r < count; r++)
            {
                for (int f = 0; f < fields.Count; f++)
                {
                    record[f] = values[f][r];
                }

                if (schema.ToCells(record, string.Create(CultureInfo.InvariantCulture, $"row {firstRecord + r}"), problems) is { } cells)
                {
                    rows.Add(cells);
                }
            }

            firstRecord += count;
        }

        if (problems.Count > 0)
        {
            throw Failure(schema.Name, problems);
        }

        return schema.ToTable(rows);
    }

    /// <summary>The widths of the table's decimal fields over all its rows (the other fields' entries are unused),
    /// read field by field (<see cref="ResultTable.TryGetFieldValue{T}"/>).</summary>
    private static DecimalWidth[] WidthsOf(ResultTable table)
    {
        IReadOnlyList<TableField> fields = table.Fields;
        var widths = new DecimalWidth[fields.Count];
        int rowCount = table.Rows.Count;
        for (int f = 0; f < fields.Count; f++)
        {
            if (fields[f].Type != FieldType.Decimal)
            {
                continue;
            }

            for (int r = 0; r < rowCount; r++)
            {
                if (table.TryGetFieldValue(r, f, out decimal d))
                {
                    widths[f].Add(d);
                }
            }
        }

        return widths;
    }

    /// <summary>The 96-bit unsigned integer of a decimal (its value is ± that × 10^-scale).</summary>
    private static UInt128 Mantissa(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        return ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
    }

    /// <summary>A decimal at a field's scale: exact where its scale is at most the field's, rounded half to even
    /// where it has more decimals and the field is not <paramref name="exact"/> (its text is written beside it).</summary>
    /// <exception cref="InvalidOperationException">The value does not fit the field's width, which was decided over
    /// every value of the field before the write.</exception>
    private static BigDecimal ToBigDecimal(decimal d, int scale, bool exact, string field)
    {
        if ((exact && d.Scale > scale) || !TryUnscaled(d, scale, out UInt128 unscaled))
        {
            throw Unfit(d, scale, field);
        }

        return new BigDecimal(d < 0 ? -(Int128)unscaled : (Int128)unscaled, DecimalPrecision, scale);
    }

    /// <summary>The magnitude of <paramref name="d"/> in units of 10^-<paramref name="scale"/> (the sign is
    /// <paramref name="d"/>'s): exact where it has at most that many decimals, else rounded half to even, as the write
    /// rounds and as the read checks an exact text against its field. False when it takes more than
    /// <see cref="DecimalPrecision"/> digits, which no <c>DECIMAL(38, s)</c> holds.</summary>
    /// <param name="d">The value.</param>
    /// <param name="scale">The scale, that of a field written here (0 to 38) or of a file's field (any).</param>
    /// <param name="unscaled">The magnitude at that scale.</param>
    private static bool TryUnscaled(decimal d, int scale, out UInt128 unscaled)
    {
        UInt128 wide = Mantissa(d);
        if (d.Scale <= scale)
        {
            int shift = scale - d.Scale;
            if (wide == UInt128.Zero)
            {
                unscaled = UInt128.Zero;
                return true;
            }

            if (shift > DecimalPrecision || wide > WideLimits[shift])
            {
                unscaled = UInt128.Zero;
                return false;
            }

            unscaled = wide * WidePowersOfTen[shift];
            return unscaled < WidePowersOfTen[DecimalPrecision];
        }

        int dropped = d.Scale - scale;
        if (dropped > DecimalPrecision)
        {
            // A decimal's 96 bits are less than half of 10^39: it rounds to 0.
            unscaled = UInt128.Zero;
            return true;
        }

        UInt128 divisor = WidePowersOfTen[dropped];
        (unscaled, UInt128 rest) = UInt128.DivRem(wide, divisor);
        UInt128 twice = rest * 2;
        if (twice > divisor || (twice == divisor && !UInt128.IsEvenInteger(unscaled)))
        {
            unscaled++;
        }

        return true;
    }

    private static InvalidOperationException Unfit(decimal d, int scale, string field) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Field '{field}': {d} does not fit the DECIMAL({DecimalPrecision}, {scale}) chosen for the field's values; the values written differ from those read to choose it."));

    private static object?[] ToDecimals(BigDecimal?[] values, string field, long firstRow, List<string> problems)
    {
        var cells = new object?[values.Length];
        for (int r = 0; r < values.Length; r++)
        {
            if (values[r] is not { } big)
            {
                continue;
            }

            BigInteger unscaled = BigInteger.Abs(big.UnscaledValue);
            int scale = big.Scale;
            while ((scale > MaxDecimalScale || unscaled.GetBitLength() > 96) && scale > 0 && unscaled % 10 == 0)
            {
                unscaled /= 10;
                scale--;
            }

            if (scale > MaxDecimalScale || unscaled.GetBitLength() > 96 || scale < 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': {big.UnscaledValue}×10^-{big.Scale} does not fit a decimal exactly."));
                continue;
            }

            byte[] bytes = unscaled.ToByteArray(isUnsigned: true, isBigEndian: false);
            Array.Resize(ref bytes, 12);
            cells[r] = new decimal(BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(0)), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)), big.UnscaledValue.Sign < 0, (byte)scale);
        }

        return cells;
    }

    /// <summary>The values of a decimal field's exact text, each of which must be an exact invariant decimal that,
    /// rounded to the decimal field's scale half to even (by <see cref="TryUnscaled"/>, as the write rounds), is the decimal
    /// field's value in its row, and null just where that value is.</summary>
    private static object?[] ParseExact(string?[] texts, string field, BigDecimal?[] rounded, string roundedField, long firstRow, List<string> problems)
    {
        var cells = new object?[texts.Length];
        for (int r = 0; r < texts.Length; r++)
        {
            if (texts[r] is not string text)
            {
                if (rounded[r] is { } value)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': no text beside the value of field '{roundedField}', {Invariant(value)}."));
                }

                continue;
            }

            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)
                || d.ToString(CultureInfo.InvariantCulture) != text)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': '{text}' is not an exact invariant decimal."));
            }
            else if (rounded[r] is not { } big)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': '{text}' beside no value of field '{roundedField}'."));
            }
            else if (!TryUnscaled(d, big.Scale, out UInt128 unscaled))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': '{text}' at the scale of field '{roundedField}' ({big.Scale}) takes more than {DecimalPrecision} digits, so it is not its value, {Invariant(big)}."));
            }
            else if ((d < 0 ? -(BigInteger)unscaled : (BigInteger)unscaled) != big.UnscaledValue)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': '{text}' rounded to the scale of field '{roundedField}' ({big.Scale}) is not its value, {Invariant(big)}."));
            }
            else
            {
                cells[r] = d;
            }
        }

        return cells;
    }

    /// <summary>A Parquet decimal as invariant text at its scale (<c>-1.500</c>).</summary>
    private static string Invariant(BigDecimal value)
    {
        string digits = BigInteger.Abs(value.UnscaledValue).ToString(CultureInfo.InvariantCulture);
        string sign = value.UnscaledValue.Sign < 0 ? "-" : string.Empty;
        if (value.Scale <= 0)
        {
            return sign + digits;
        }

        digits = digits.PadLeft(value.Scale + 1, '0');
        return sign + digits[..^value.Scale] + "." + digits[^value.Scale..];
    }

    private static object?[] Box<T>(T?[] values)
        where T : struct => values.Select(v => v is T x ? (object?)x : null).ToArray();

    private static InvalidDataException Failure(string tableName, List<string> problems) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Parquet file cannot be read as table '{tableName}' ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));

    private static async Task<T?[]> ReadNullableAsync<T>(SourceStream source, int groupIndex, ParquetRowGroupReader group, DataField field, int count, ChunkExtent extent, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[count];
        source.Confine(extent);
        try
        {
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (source.IsAboutTheData(ex))
        {
            throw Malformed(source, ChunkUnreadable(groupIndex, field), ex);
        }
        finally
        {
            source.Release();
        }

        return values;
    }

    private static async Task<string?[]> ReadAsync<T>(SourceStream source, int groupIndex, ParquetRowGroupReader group, DataField field, int count, ChunkExtent extent, CancellationToken cancellationToken)
    {
        var values = new string?[count];
        source.Confine(extent);
        try
        {
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (source.IsAboutTheData(ex))
        {
            throw Malformed(source, ChunkUnreadable(groupIndex, field), ex);
        }
        finally
        {
            source.Release();
        }

        return values;
    }


    private static FieldType? KindOf(DataField field) =>
        field is DecimalDataField || field is BigDecimalDataField || field.ClrType == typeof(BigDecimal) || field.ClrType == typeof(decimal) ? FieldType.Decimal
        : field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) ? FieldType.Text
        : field.ClrType == typeof(long) ? FieldType.Integer
        // DATE fields read as DateOnly (UseDateOnlyTypeForDates); timestamps (DateTime) are refused, not truncated.
        : field.ClrType == typeof(DateOnly) ? FieldType.Date
        : field.ClrType == typeof(bool) ? FieldType.Boolean
        : null;

    /// <summary>The largest scale of a decimal field's values and the sum of their magnitudes: the scale the field is
    /// written at, and whether every value is exact at it.</summary>
    /// <remarks>The field's integer digits are those of the sum of its values' magnitudes, each rounded up to a whole
    /// number (a value rounded to the field's scale is no larger), so that a reader's <c>SUM</c> over any of its rows
    /// (DuckDB's is a <c>DECIMAL(38, s)</c> at the field's scale) stays within 38 digits.</remarks>
    private struct DecimalWidth
    {
        private int _scale;
        private UInt128 _magnitudes;

        /// <summary>The digits of the whole number that bounds every sum of the field's values (0 for none).</summary>
        public readonly int SumDigits
        {
            get
            {
                int digits = 0;
                while (digits < WidePowersOfTen.Length && _magnitudes >= WidePowersOfTen[digits])
                {
                    digits++;
                }

                return digits;
            }
        }

        /// <summary>The field's scale: the largest scale of its values where it and <see cref="SumDigits"/> then fit
        /// 38 digits, else 38 less <see cref="SumDigits"/> (not below 0).</summary>
        public readonly int Scale => Exact ? _scale : Math.Max(0, DecimalPrecision - SumDigits);

        /// <summary>Whether every value is exact at <see cref="Scale"/> (else the exact text field is written too).</summary>
        public readonly bool Exact => SumDigits + _scale <= DecimalPrecision;

        public void Add(decimal d)
        {
            _scale = Math.Max(_scale, d.Scale);
            (UInt128 whole, UInt128 rest) = UInt128.DivRem(Mantissa(d), WidePowersOfTen[d.Scale]);
            _magnitudes += rest == 0 ? whole : whole + 1;
        }
    }

    /// <summary>One group's values of a table field, gathered row by row and written as the field's column chunk(s):
    /// the definition level of each row (1 for a value, 0 for null) and the values that are not null.</summary>
    private abstract class FieldColumn(int capacity)
    {
        private readonly int[] _levels = new int[capacity];
        private int _rows;

        /// <summary>The number of values (not null) gathered.</summary>
        protected int Count { get; private set; }

        /// <summary>Adds the Parquet fields the column writes to the schema's.</summary>
        public abstract void AddFields(List<DataField> fields);

        /// <summary>Gathers field <paramref name="field"/> of the rows from <paramref name="start"/> to before
        /// <paramref name="end"/>.</summary>
        public abstract void AddRange(ResultTable table, int field, int start, int end);

        /// <summary>Notes a null value for the next row.</summary>
        protected void AddNull() => _levels[_rows++] = 0;

        /// <summary>Notes a value for the next row and returns its index among the group's values.</summary>
        protected int AddValue()
        {
            _levels[_rows++] = 1;
            return Count++;
        }

        /// <summary>Writes the group's column chunk(s) and starts the next group.</summary>
        public async Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancellationToken)
        {
            await WriteAsync(group, _levels.AsMemory(0, _rows), cancellationToken).ConfigureAwait(false);
            _rows = 0;
            Count = 0;
        }

        protected abstract Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<int> levels, CancellationToken cancellationToken);
    }

    private sealed class ValueColumn<T>(DataField field, int capacity) : FieldColumn(capacity)
        where T : struct
    {
        private readonly T[] _values = new T[capacity];

        public override void AddFields(List<DataField> fields) => fields.Add(field);

        public override void AddRange(ResultTable table, int field, int start, int end)
        {
            for (int r = start; r < end; r++)
            {
                if (table.TryGetFieldValue(r, field, out T value))
                {
                    _values[AddValue()] = value;
                }
                else
                {
                    AddNull();
                }
            }
        }

        protected override Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<int> levels, CancellationToken cancellationToken) =>
            group.WriteAllPartsAsync<T>(field, _values.AsMemory(0, Count), levels, null, cancellationToken);
    }

    private sealed class TextColumn(DataField field, int capacity) : FieldColumn(capacity)
    {
        private readonly ReadOnlyMemory<char>[] _values = new ReadOnlyMemory<char>[capacity];

        public override void AddFields(List<DataField> fields) => fields.Add(field);

        public override void AddRange(ResultTable table, int field, int start, int end)
        {
            for (int r = start; r < end; r++)
            {
                if (table.TryGetFieldValue(r, field, out string? value))
                {
                    _values[AddValue()] = value.AsMemory();
                }
                else
                {
                    AddNull();
                }
            }
        }

        protected override Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<int> levels, CancellationToken cancellationToken) =>
            group.WriteAllPartsAsync<ReadOnlyMemory<char>>(field, _values.AsMemory(0, Count), levels, null, cancellationToken);
    }

    /// <summary>A decimal field at its scale and, where its values are not all exact at it, the field of their exact
    /// text beside it (the same rows null).</summary>
    private sealed class DecimalColumn(string header, DecimalWidth width, int capacity) : FieldColumn(capacity)
    {
        private readonly int _scale = width.Scale;
        private readonly BigDecimalDataField _field = new(header, DecimalPrecision, width.Scale, isNullable: true);
        private readonly BigDecimal[] _values = new BigDecimal[capacity];
        private readonly DataField? _exactField = width.Exact ? null : new DataField(header + ExactSuffix, typeof(string), isNullable: true);
        private readonly ReadOnlyMemory<char>[]? _texts = width.Exact ? null : new ReadOnlyMemory<char>[capacity];

        public override void AddFields(List<DataField> fields)
        {
            fields.Add(_field);
            if (_exactField is not null)
            {
                fields.Add(_exactField);
            }
        }

        public override void AddRange(ResultTable table, int field, int start, int end)
        {
            for (int r = start; r < end; r++)
            {
                if (!table.TryGetFieldValue(r, field, out decimal d))
                {
                    AddNull();
                    continue;
                }

                int index = AddValue();
                _values[index] = ToBigDecimal(d, _scale, _texts is null, header);
                if (_texts is not null)
                {
                    _texts[index] = d.ToString(CultureInfo.InvariantCulture).AsMemory();
                }
            }
        }

        protected override async Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<int> levels, CancellationToken cancellationToken)
        {
            await group.WriteAllPartsAsync<BigDecimal>(_field, _values.AsMemory(0, Count), levels, null, cancellationToken).ConfigureAwait(false);
            if (_exactField is not null)
            {
                await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(_exactField, _texts!.AsMemory(0, Count), levels, null, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
