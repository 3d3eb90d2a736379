using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Data;
using Parquet.Meta;
using Parquet.Schema;

using AiRace.Core;
using AiRace.Core.Analysis;

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
/// scale <c>s</c> is chosen per field to fit its values: the largest scale among them, when every value then has at
/// most 38 digits — the common case, and every value is stored exactly. A field whose values span more than 38 digits
/// (10^20 beside 10^-20; a <see cref="decimal"/> has up to 29 digits at any of 29 scales) cannot be one exact
/// <c>DECIMAL(38, s)</c>: its scale is then <c>38 −</c> the most integer digits of its values, the values that have more
/// decimals are rounded to it (half to even), and a <c>STRING</c> field named <c>&lt;header&gt; exact</c>
/// (<see cref="ExactSuffix"/>) beside it holds every value's exact invariant text (<c>-1234.5678</c>). Nothing is lost:
/// a reader that needs every digit reads the text field (DuckDB: <c>CAST("value [USD] exact" AS DECIMAL(38, 28))</c>
/// where the values fit that, or as text), and <see cref="ReadAsync(Stream, CancellationToken)"/> reads it back, up to
/// the read limit of 1,000,000 rows (raise <see cref="ParquetReadOptions.MaxRows"/> for a larger table).</para>
/// <para>The table's schema (<see cref="TableSchema.ToJson"/>: name, declared columns, notes) is kept in the file's
/// key-value metadata under <see cref="SchemaKey"/>, so reading gives back a table equal to the one written
/// (<see cref="ResultTable.ContentEquals"/>).</para>
/// </remarks>
public static class ParquetExport
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
    /// <param name="stream">A writable stream (it need not seek); it is left open.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentException">The table has no columns.</exception>
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
    /// counts the bytes written and leaves the stream open.</summary>
    private sealed class GuardedStream(Stream inner) : Stream
    {
        private bool _refused;

        /// <summary>The number of bytes passed to the stream.</summary>
        public long Written { get; private set; }

        /// <summary>Whether a write was passed to the stream (even one that failed part way).</summary>
        public bool Touched { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.CanSeek ? inner.Position : Written;
            set => inner.Position = value;
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

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

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
    /// 1,000,000 rows (<see cref="ParquetReadOptions.Default"/>).</summary>
    /// <param name="stream">A readable, seekable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException"><para>The file has no table schema under <see cref="SchemaKey"/> or it is
    /// not valid, its fields differ from the schema's, or a value is not a cell of its column; the message lists every
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
    /// or, a Snappy or Zstandard page, an uncompressed length in its data other than its header's (a Zstandard page
    /// must be one frame giving its content size); all checked before the group's values are read; or a column chunk
    /// whose pages run on past its end (each chunk is read within its own bytes); the message names the row group and
    /// field (and the page's byte) where it is one.</para>
    /// <para>-or-</para>
    /// <para>The footer claims more rows, over all its row groups, than the limit (<see cref="ParquetReadOptions.MaxRows"/>);
    /// the message gives the rows claimed, the row groups, the limit and how to raise it. Nothing is read.</para></exception>
    /// <exception cref="ArgumentException">The stream cannot read or cannot seek.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled (the token is checked before each row
    /// group and each field).</exception>
    /// <exception cref="IOException">The stream failed to read or seek (its own exception, passed through).</exception>
    public static Task<ResultTable> ReadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, ParquetReadOptions.Default, cancellationToken);

    /// <summary>Reads a Parquet file written by <see cref="WriteAsync"/> back to the table written, accepting at most
    /// <see cref="ParquetReadOptions.MaxRows"/> rows.</summary>
    /// <param name="stream">A readable, seekable stream; it is left open.</param>
    /// <param name="options">The most rows to accept, or null for <see cref="ParquetReadOptions.Default"/>
    /// (1,000,000).</param>
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
    /// bytes: Parquet.Net decompresses a page into one array) — a Snappy page's own length, and a Zstandard page's
    /// (one frame, giving its content size), must equal it; a dictionary of as many entries as its chunk has values;
    /// and the values' arrays of its group's rows (bounded by <see cref="ParquetReadOptions.MaxRows"/>).</para></remarks>
    /// <exception cref="InvalidDataException"><para>The file has no table schema under <see cref="SchemaKey"/> or it is
    /// not valid, its fields differ from the schema's, or a value is not a cell of its column; the message lists every
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
    /// or, a Snappy or Zstandard page, an uncompressed length in its data other than its header's (a Zstandard page
    /// must be one frame giving its content size); all checked before the group's values are read; or a column chunk
    /// whose pages run on past its end (each chunk is read within its own bytes); the message names the row group and
    /// field (and the page's byte) where it is one.</para>
    /// <para>-or-</para>
    /// <para>The footer claims more rows, over all its row groups, than the limit (<see cref="ParquetReadOptions.MaxRows"/>);
    /// the message gives the rows claimed, the row groups, the limit and how to raise it. Nothing is read.</para></exception>
    /// <exception cref="ArgumentException">The stream cannot read or cannot seek.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled (the token is checked before each row
    /// group and each field).</exception>
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
        var source = new SourceStream(stream);
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
        foreach (TableField f in fields)
        {
            if (!byName.TryGetValue(f.Header, out DataField? d))
            {
                problems.Add($"field '{f.Header}' of the schema is missing from the file.");
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
        CheckRowLimit(reader.Metadata!, (options ?? ParquetReadOptions.Default).MaxRows);
        long dataEnd = source.FooterStart();
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
                extents[field.Name] = CheckChunk(g, group, field, count, dataEnd, allExtents);
                CheckPages(source, extents[field.Name], count, field.MaxDefinitionLevel > 0);
                if (fields[f].Type == FieldType.Decimal && byName.TryGetValue(fields[f].Header + ExactSuffix, out DataField? exactField))
                {
                    extents[exactField.Name] = CheckChunk(g, group, exactField, count, dataEnd, allExtents);
                    CheckPages(source, extents[exactField.Name], count, exactField.MaxDefinitionLevel > 0);
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
                        ? ParseExact(await ReadAsync<string>(source, g, group, exact, count, extents[exact.Name], cancellationToken).ConfigureAwait(false), exact.Name, firstRecord, problems)
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

    /// <summary>The digits of the whole part of |d| (0 below 1): those of its mantissa less its scale.</summary>
    private static int IntegerDigits(decimal d)
    {
        UInt128 mantissa = Mantissa(d);
        int digits = 0;
        while (digits < WidePowersOfTen.Length && mantissa >= WidePowersOfTen[digits])
        {
            digits++;
        }

        return Math.Max(0, digits - d.Scale);
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
        UInt128 wide = Mantissa(d);
        UInt128 unscaled;
        if (d.Scale <= scale)
        {
            int shift = scale - d.Scale;
            if (wide > WideLimits[shift] || (unscaled = wide * WidePowersOfTen[shift]) >= WidePowersOfTen[DecimalPrecision])
            {
                throw Unfit(d, scale, field);
            }
        }
        else if (exact)
        {
            throw Unfit(d, scale, field);
        }
        else
        {
            UInt128 divisor = WidePowersOfTen[d.Scale - scale];
            (unscaled, UInt128 rest) = UInt128.DivRem(wide, divisor);
            UInt128 twice = rest * 2;
            if (twice > divisor || (twice == divisor && !UInt128.IsEvenInteger(unscaled)))
            {
                unscaled++;
            }
        }

        return new BigDecimal(d < 0 ? -(Int128)unscaled : (Int128)unscaled, DecimalPrecision, scale);
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

    private static object?[] ParseExact(string?[] texts, string field, long firstRow, List<string> problems)
    {
        var cells = new object?[texts.Length];
        for (int r = 0; r < texts.Length; r++)
        {
            if (texts[r] is not string text)
            {
                continue;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)
                && d.ToString(CultureInfo.InvariantCulture) == text)
            {
                cells[r] = d;
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"row {firstRow + r}, field '{field}': '{text}' is not an exact invariant decimal."));
            }
        }

        return cells;
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
    /// codec and the uncompressed bytes it claims (its total_uncompressed_size).</summary>
    private readonly record struct ChunkExtent(long Start, long End, int Group, string Field, CompressionCodec Codec = CompressionCodec.UNCOMPRESSED, long Uncompressed = 0);

    /// <summary>Checks, before the group's values are read, that the field's column chunk in the group lies within the
    /// file's data (after its first 4 bytes, before <paramref name="dataEnd"/>, where its footer begins), shares no
    /// byte with another chunk checked so far (<paramref name="checkedExtents"/>, sorted by start, to which it is
    /// added unless empty) and holds one value (or null) for each of the group's rows; returns where it lies.</summary>
    /// <remarks>The chunk begins where Parquet.Net begins to read it: at the least of its dictionary, data and index
    /// page offsets that is not 0 (an offset of 0 is written for none).</remarks>
    /// <exception cref="InvalidDataException">It has no chunk for the field, its chunk lies outside the data or on
    /// another's bytes, or it holds another number of values.</exception>
    private static ChunkExtent CheckChunk(int groupIndex, ParquetRowGroupReader group, DataField field, int count, long dataEnd, List<ChunkExtent> checkedExtents)
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
        var extent = new ChunkExtent(start, (long)end, groupIndex, field.Name, chunk.Codec, chunk.TotalUncompressedSize);
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
    /// bytes), and a Snappy page's own length preamble, or a Zstandard page's frame content size, its uncompressed
    /// size. All pages are walked, not only those
    /// whose values add up to the chunk's: Parquet.Net reads on by the levels it decodes, not by the pages'
    /// claims.</summary>
    /// <param name="source">The file.</param>
    /// <param name="extent">The chunk.</param>
    /// <param name="values">The chunk's values (its group's rows).</param>
    /// <param name="defined">Whether the field has definition levels (is nullable): a version 2 page's compressed data
    /// then follows them.</param>
    /// <exception cref="InvalidDataException">A page header cannot be decoded or claims more, naming the row group,
    /// field and page.</exception>
    private static void CheckPages(SourceStream source, ChunkExtent extent, long values, bool defined)
    {
        var headers = new PageHeaders(source, extent.End);
        long offset = extent.Start;
        while (offset < extent.End)
        {
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

            if (extent.Codec == CompressionCodec.UNCOMPRESSED && page.Uncompressed != page.Size)
            {
                throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {page.Uncompressed} bytes uncompressed, but {page.Size} bytes of data in an uncompressed column chunk"));
            }

            if (extent.Codec is CompressionCodec.SNAPPY or CompressionCodec.ZSTD && page.Compressed)
            {
                // A version 2 page's definition levels are not compressed: Parquet.Net decompresses what follows them.
                long levels = page.Type == PageHeaders.DataPageV2 && defined ? page.Levels : 0;
                if (levels < 0 || levels > page.Size)
                {
                    throw Unsound(string.Create(CultureInfo.InvariantCulture, $"{where} claims {levels} bytes of definition levels in {page.Size} bytes of data"));
                }

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

            offset = page.DataStart + page.Size;
        }
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
        public readonly record struct Page(int Type, long DataStart, long Size, long Uncompressed, long Values, long Levels, bool Compressed);

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
            return new Page(type, _bufferStart + _index, header.Ints[3], header.Ints[2], nested?.Ints[1] ?? 0, nested?.Ints[5] ?? 0, nested?.Flag7 ?? true);
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

        private ulong Varint()
        {
            ulong value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                byte b = Next();
                if (shift == 63 && (b & 0x7F) > 1)
                {
                    throw new FormatException("a varint with bits past 64");
                }

                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new FormatException("a varint of more than 10 bytes");
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

    /// <summary>The exception for a footer that Parquet.Net decodes but that does not describe a sound file.</summary>
    private static InvalidDataException Unsound(string what) => new("The bytes are not a readable Parquet file: " + what + ".");

    private static string ChunkUnreadable(int groupIndex, DataField field) =>
        string.Create(CultureInfo.InvariantCulture, $"row group {groupIndex}, field '{field.Name}' cannot be read");

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>The exception for bytes that Parquet.Net could not read as a Parquet file: what is wrong with their
    /// framing (too few, no magic at either end, a footer longer than the file) when it is that, else
    /// <paramref name="what"/> and Parquet.Net's message.</summary>
    private static InvalidDataException Malformed(SourceStream source, string what, Exception inner) =>
        new("The bytes are not a readable Parquet file: " + (source.FramingProblem() ?? $"{what} ({inner.GetType().Name}: {inner.Message})") + ".", inner);

    /// <summary>The stream a read goes through: it passes every read and seek to the stream and remembers the
    /// exception the stream itself threw, so that only Parquet.Net's own failures are taken as malformed data.</summary>
    private sealed class SourceStream(Stream inner) : Stream
    {
        private Exception? _failure;
        private ChunkExtent? _window;

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => Pass(() => inner.Length);

        public override long Position
        {
            get => Pass(() => inner.Position);
            set => Seek(value, SeekOrigin.Begin);
        }

        /// <summary>Confines every read and seek to a column chunk until <see cref="Release"/>: a seek outside it, or a
        /// read from its end on, is an <see cref="InvalidDataException"/> (the chunk's pages run on past it), and a
        /// read that begins within it ends at its end.</summary>
        public void Confine(ChunkExtent extent) => _window = extent;

        /// <summary>Ends <see cref="Confine"/>.</summary>
        public void Release() => _window = null;

        /// <summary>The bytes a read of <paramref name="count"/> bytes at the position may take within the window.</summary>
        private int Confined(int count)
        {
            if (_window is not { } window || count == 0)
            {
                return count;
            }

            long position = Position;
            if (position < window.Start || position >= window.End)
            {
                throw OutsideWindow(window, position);
            }

            return (int)Math.Min(count, window.End - position);
        }

        private static InvalidDataException OutsideWindow(ChunkExtent window, Int128 position) =>
            new(string.Create(CultureInfo.InvariantCulture, $"its pages run on past its column chunk (bytes {window.Start} to {window.End}), to byte {position}: they hold fewer values than it claims, or a page is longer than the chunk"));

        /// <summary>Whether an exception from a read is about the bytes read: not a cancellation, and not (nor caused
        /// by) the stream's own failure.</summary>
        public bool IsAboutTheData(Exception ex)
        {
            if (ex is OperationCanceledException)
            {
                return false;
            }

            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                if (ReferenceEquals(e, _failure))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where the footer begins, in a file whose framing Parquet.Net has read: the end of its row groups'
        /// data. The stream is put back where it was.</summary>
        public long FooterStart()
        {
            long position = Position;
            Span<byte> tail = stackalloc byte[8];
            Seek(-8, SeekOrigin.End);
            ReadExactly(tail);
            Position = position;
            return Length - 8 - BinaryPrimitives.ReadInt32LittleEndian(tail);
        }

        /// <summary>What is wrong with the bytes' framing, or null when it is sound (or the stream cannot tell).</summary>
        public string? FramingProblem()
        {
            try
            {
                long length = inner.Length;
                if (length < 12)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{length} bytes are too few (a Parquet file begins with 'PAR1' and ends with its footer, the footer's length and 'PAR1': at least 12 bytes)");
                }

                Span<byte> head = stackalloc byte[4];
                Span<byte> tail = stackalloc byte[8];
                inner.Seek(0, SeekOrigin.Begin);
                inner.ReadExactly(head);
                inner.Seek(-8, SeekOrigin.End);
                inner.ReadExactly(tail);
                if (!head.SequenceEqual(Magic))
                {
                    return "they do not begin with the Parquet magic 'PAR1'";
                }

                if (!tail[4..].SequenceEqual(Magic))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"its {length} bytes do not end with the Parquet magic 'PAR1', so they hold no footer (the file was cut short, or its write failed)");
                }

                int footer = BinaryPrimitives.ReadInt32LittleEndian(tail[..4]);
                if (footer <= 0 || footer > length - 12)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"its last 8 bytes give a footer of {footer} bytes, which does not fit the {length}-byte file");
                }

                return null;
            }
            catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
            {
                return null;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int confined = Confined(count);
            return Pass(() => inner.Read(buffer, offset, confined));
        }

        public override int Read(Span<byte> buffer)
        {
            buffer = buffer[..Confined(buffer.Length)];
            try
            {
                return inner.Read(buffer);
            }
            catch (Exception ex)
            {
                _failure = ex;
                throw;
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            buffer = buffer[..Confined(buffer.Length)];
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _failure = ex;
                throw;
            }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Int128 target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => (Int128)Position + offset,
                _ => (Int128)Length + offset,
            };

            // Neither is the stream's failure: an offset read from the file points outside it.
            if (target < 0)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The file points {-target} bytes before its start."));
            }

            long length = Length;
            if (target > length)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The file points {target - length} bytes past its end (it has {length} bytes)."));
            }

            if (_window is { } window && (target < window.Start || target > window.End))
            {
                throw OutsideWindow(window, target);
            }

            return Pass(() => inner.Seek(offset, origin));
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private T Pass<T>(Func<T> call)
        {
            try
            {
                return call();
            }
            catch (Exception ex)
            {
                _failure = ex;
                throw;
            }
        }
    }

    private static FieldType? KindOf(DataField field) =>
        field is DecimalDataField || field is BigDecimalDataField || field.ClrType == typeof(BigDecimal) || field.ClrType == typeof(decimal) ? FieldType.Decimal
        : field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) ? FieldType.Text
        : field.ClrType == typeof(long) ? FieldType.Integer
        // DATE fields read as DateOnly (UseDateOnlyTypeForDates); timestamps (DateTime) are refused, not truncated.
        : field.ClrType == typeof(DateOnly) ? FieldType.Date
        : field.ClrType == typeof(bool) ? FieldType.Boolean
        : null;

    /// <summary>The largest scale and the most integer digits among a decimal field's values: the scale the field is
    /// written at, and whether every value is exact at it.</summary>
    private struct DecimalWidth
    {
        private int _scale;
        private int _integerDigits;

        /// <summary>The field's scale: the largest scale of its values where they then fit 38 digits, else 38 less
        /// their most integer digits.</summary>
        public readonly int Scale => Exact ? _scale : DecimalPrecision - _integerDigits;

        /// <summary>Whether every value is exact at <see cref="Scale"/> (else the exact text field is written too).</summary>
        public readonly bool Exact => _integerDigits + _scale <= DecimalPrecision;

        public void Add(decimal d)
        {
            _scale = Math.Max(_scale, d.Scale);
            _integerDigits = Math.Max(_integerDigits, IntegerDigits(d));
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
