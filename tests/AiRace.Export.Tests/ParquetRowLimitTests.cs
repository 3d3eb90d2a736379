using System.Buffers.Binary;
using System.Globalization;
using System.Reflection;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Export;
using DuckDB.NET.Data;
using Parquet;
using Parquet.Meta;

namespace AiRace.Export.Tests;

/// <summary>The rows a read accepts (<see cref="ParquetReadOptions.MaxRows"/>): a file whose footer claims more is
/// refused before a value is read or an array allocated for its rows, also when the claim is false and consistent (a
/// few hundred bytes claiming 2^31 − 1 rows, every column chunk's count agreeing), which no other check of the footer
/// can catch: Parquet's run-length encoding lets a small file hold millions of nulls.</summary>
public class ParquetRowLimitTests
{
    private static ResultTable Table() => new(
        "small",
        [
            new TableColumn("label", ColumnKind.Text),
            new TableColumn("count", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
        ],
        [
            ["a", 1L, Money.Of(1.5m, Currency.USD)],
            ["b", null, Money.Of(-2m, Currency.CNY)],
            [null, 3L, null],
        ],
        ["three rows"]);

    /// <summary>A table of <paramref name="rows"/> rows, written in groups of 4 by the tests' helper.</summary>
    private static ResultTable Rows(int rows) => new(
        "rows",
        [new TableColumn("label", ColumnKind.Text), new TableColumn("count", ColumnKind.Integer)],
        Enumerable.Range(0, rows).Select(r => (IReadOnlyList<object?>)["r" + r.ToString(CultureInfo.InvariantCulture), (long)r]).ToList(),
        []);

    /// <summary>The three-row table's file (one row group) whose footer claims <paramref name="rows"/> rows in its group
    /// and in the file, and as many values in every column chunk: a footer consistent with itself, and false.</summary>
    private static Task<byte[]> Claiming(long rows) => ParquetMalformedInputTests.DamagedFooter(Table(), m =>
    {
        m.NumRows = rows;
        m.RowGroups![0].NumRows = rows;
        foreach (ColumnChunk chunk in m.RowGroups[0].Columns)
        {
            chunk.MetaData!.NumValues = rows;
        }
    });

    private static async Task<ResultTable> ReadAsync(byte[] bytes, ParquetReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return options is null ? await ParquetExport.ReadAsync(stream) : await ParquetExport.ReadAsync(stream, options);
    }

    /// <summary>Runs the read on this thread, measuring the bytes it allocates; the read of a MemoryStream completes
    /// without yielding, which the test asserts so that no allocation is made on another thread unseen.</summary>
    private static (Exception? Thrown, long Allocated) Measure(byte[] bytes, ParquetReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Task<ResultTable> read = options is null ? ParquetExport.ReadAsync(stream) : ParquetExport.ReadAsync(stream, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        read.IsCompleted.Should().BeTrue("the read of a MemoryStream completes on the calling thread");
        return (read.Exception?.InnerException, allocated);
    }

    [Fact]
    public async Task ASmallFileClaimingIntMaxValueRows_IsInvalidData_NamingTheGroupTheClaimAndTheLimit_NotOutOfMemory()
    {
        byte[] bytes = await Claiming(int.MaxValue);
        bytes.Length.Should().BeLessThan(4_096);

        (Exception? thrown, long allocated) = Measure(bytes);

        thrown.Should().BeOfType<InvalidDataException>().Which.Message.Should()
            .Contain("claims 2,147,483,647 rows in 1 row group")
            .And.Contain("row group 0")
            .And.Contain(string.Create(CultureInfo.InvariantCulture, $"the limit of {ParquetReadOptions.Default.MaxRows:N0} rows"))
            .And.Contain(string.Create(CultureInfo.InvariantCulture, $"The limit cannot be raised that far: ParquetReadOptions.MaxRows is at most {Array.MaxLength:N0}"));
        allocated.Should().BeLessThan(1 << 20);
    }

    [Fact]
    public async Task ASmallFileClaimingMoreRowsThanTheLimit_IsRefusedBeforeAnArrayIsAllocatedForThem()
    {
        // 20 million rows of three fields would take hundreds of MB in arrays before Parquet.Net found them missing.
        byte[] bytes = await Claiming(20_000_000);

        (Exception? thrown, long allocated) = Measure(bytes);

        thrown.Should().BeOfType<InvalidDataException>().Which.Message.Should().Contain("claims 20,000,000 rows in 1 row group")
            .And.EndWith("raise the limit: new ParquetReadOptions { MaxRows = 20000000 }.");
        allocated.Should().BeLessThan(1 << 20);
    }

    [Fact]
    public async Task AFalseClaimWithinTheLimit_IsInvalidData_NamingTheFirstFieldThatCannotBeRead()
    {
        byte[] bytes = await Claiming(100_000);

        (Exception? thrown, long allocated) = Measure(bytes);

        thrown.Should().BeOfType<InvalidDataException>().Which.Message.Should().StartWith("The bytes are not a readable Parquet file: row group 0, field 'label' cannot be read (");

        // One field's array (100,000 references) and what Parquet.Net takes to find its values missing, not the
        // arrays of every field at once.
        allocated.Should().BeLessThan(4 << 20);
    }

    [Fact]
    public async Task ALimitBelowTheRowsInSeveralGroups_IsInvalidData_NamingTheGroupThatPassesIt()
    {
        // 10 rows in groups of 4, 4 and 2: the third group passes a limit of 9.
        byte[] bytes = await ParquetMalformedInputTests.DamagedFooter(Rows(10), _ => { });

        Func<Task> read = () => ReadAsync(bytes, new ParquetReadOptions { MaxRows = 9 });

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should().Be(
            "The Parquet file claims 10 rows in 3 row groups, more than the limit of 9 rows (row group 2, of 2 rows, passes it); "
            + "nothing was read. To read a larger file you trust, raise the limit: new ParquetReadOptions { MaxRows = 10 }.");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public async Task ALimitOfTheRowsOrMore_ReadsTheTable(int limit)
    {
        byte[] bytes = await ParquetMalformedInputTests.DamagedFooter(Rows(10), _ => { });

        ResultTable back = await ReadAsync(bytes, new ParquetReadOptions { MaxRows = limit });

        back.ContentEquals(Rows(10)).Should().BeTrue();
    }

    [Fact]
    public async Task NoOptions_AreTheDefault()
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(Table(), stream);
        stream.Position = 0;

        ResultTable back = await ParquetExport.ReadAsync(stream, options: null);

        back.ContentEquals(Table()).Should().BeTrue();
    }

    [Fact]
    public void TheDefaultLimit_IsAMillionRows()
    {
        ParquetReadOptions.Default.MaxRows.Should().Be(1_000_000);
        new ParquetReadOptions().MaxRows.Should().Be(1_000_000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void ALimitOutsideOneToTheLongestArray_IsRefused_SayingTheRange(int limit)
    {
        Action set = () => _ = new ParquetReadOptions { MaxRows = limit };

        ArgumentOutOfRangeException thrown = set.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("MaxRows");
        thrown.Message.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"from 1 to {Array.MaxLength:N0} rows"));
    }

    [Fact]
    public void TheLargestLimit_IsTheLongestArray()
    {
        new ParquetReadOptions { MaxRows = ParquetReadOptions.LargestMaxRows }.MaxRows.Should().Be(Array.MaxLength);
    }

    /// <summary>The message of a refused limit is invariant throughout: no "Actual value was …" in the current culture
    /// (under ar-SA an Arabic letter mark before the sign) beside the invariant "found -5".</summary>
    [Fact]
    public void ALimitRefusedUnderArabicCulture_HasOnlyInvariantNumbersInItsMessage()
    {
        using var culture = new CultureScope("ar-SA");

        Action set = () => _ = new ParquetReadOptions { MaxRows = -5 };

        set.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.Message.Should().NotContain("\u061C");
    }

    private static ResultTable Mixed(int rows) => new(
        "mixed",
        [
            new TableColumn("label", ColumnKind.Text),
            new TableColumn("count", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
            new TableColumn("share", ColumnKind.Decimal, "percent"),
        ],
        Enumerable.Range(0, rows).Select(r => (IReadOnlyList<object?>)[
            r % 7 == 3 ? null : "L" + (r % 5).ToString(CultureInfo.InvariantCulture),
            r % 4 == 1 ? null : (long)(r % 3),
            r % 6 == 2 ? null : Money.Of(r % 11 + 0.25m, Currency.USD),
            r % 9 == 0 ? null : (r % 13) / 8m]).ToList(),
        ["mixed"]);

    /// <summary>The limit bounds the rows the footer claims; the page headers' counts, by which Parquet.Net allocates
    /// before it finds values missing, are bounded by the chunk's values: a DuckDB-written file of 3,000 rows whose
    /// first dictionary page claims 8,000,000 entries (its 5 real ones following) is refused before some 128 MB are
    /// allocated for them.</summary>
    [Fact]
    public async Task ADictionaryPageClaimingMillionsOfEntries_IsRefusedBeforeTheyAreAllocated()
    {
        byte[] file = await DuckDbCopy(Mixed(3000), string.Empty);
        FileMetaData meta = await FooterAsync(file);
        int footerStart = file.Length - 8 - BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        ColumnMetaData label = meta.RowGroups[0].Columns[0].MetaData!;
        label.DictionaryPageOffset.Should().Be(4, "DuckDB writes the label chunk's dictionary page first");

        // The label chunk is copied to the end of the data with its dictionary page header claiming 8,000,000 entries.
        System.Type readerType = typeof(ParquetReader).Assembly.GetType("Parquet.Meta.Proto.ThriftCompactProtocolReader", throwOnError: true)!;
        using var source = new MemoryStream(file) { Position = 4 };
        object protocol = Activator.CreateInstance(readerType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [source], null)!;
        var header = (PageHeader)typeof(PageHeader).GetMethod("Read", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [readerType])!.Invoke(null, [protocol])!;
        int headerEnd = (int)source.Position;
        header.DictionaryPageHeader!.NumValues = 8_000_000;
        byte[] newHeader = Thrift(header.GetType().GetMethod("Write", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [ThriftWriterType])!, header);
        byte[] moved = [.. newHeader, .. file.AsSpan(headerEnd, (int)(4 + label.TotalCompressedSize - headerEnd))];
        long shift = footerStart + newHeader.Length - headerEnd;
        label.DataPageOffset += shift;
        label.DictionaryPageOffset = footerStart;
        label.TotalCompressedSize = moved.Length;
        byte[] bytes = WithFooter([.. file.AsSpan(0, footerStart), .. moved], meta);
        bytes.Length.Should().BeLessThan(64 << 10);

        using var stream = new MemoryStream(bytes);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Task<ResultTable> read = ParquetExport.ReadAsync(stream);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        read.IsCompleted.Should().BeTrue("the read of a MemoryStream completes on the calling thread");

        allocated.Should().BeLessThan(32 << 20);
        read.IsFaulted.Should().BeTrue("the dictionary page holds 5 entries, not 8,000,000");
        read.Exception!.InnerException.Should().BeOfType<InvalidDataException>().Which.Message.Should().Contain("row group 0, field 'label'");
    }

    /// <summary>A data page header's count is bounded by its chunk's values too: the DuckDB-written file of 3,000 rows
    /// whose label chunk's data page claims 8,000,000 values is refused, naming the page, before its values are
    /// read.</summary>
    [Fact]
    public async Task ADataPageClaimingMillionsOfValues_IsRefused_NamingThePage()
    {
        byte[] file = await DuckDbCopy(Mixed(3000), string.Empty);
        FileMetaData meta = await FooterAsync(file);
        int footerStart = file.Length - 8 - BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        ColumnMetaData label = meta.RowGroups[0].Columns[0].MetaData!;
        label.DictionaryPageOffset.Should().Be(4, "DuckDB writes the label chunk's dictionary page first");

        // The label chunk is copied to the end of the data with its data page header claiming 8,000,000 values.
        int dataPage = (int)label.DataPageOffset;
        (PageHeader header, int headerEnd) = PageHeaderAt(file, dataPage);
        header.DataPageHeader.Should().NotBeNull("DuckDB writes version 1 data pages by default");
        header.DataPageHeader!.NumValues = 8_000_000;
        byte[] newHeader = Thrift(header.GetType().GetMethod("Write", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [ThriftWriterType])!, header);
        byte[] moved = [.. file.AsSpan(4, dataPage - 4), .. newHeader, .. file.AsSpan(headerEnd, (int)(4 + label.TotalCompressedSize - headerEnd))];
        label.DictionaryPageOffset = footerStart;
        label.DataPageOffset = footerStart + dataPage - 4;
        label.TotalCompressedSize = moved.Length;
        byte[] bytes = WithFooter([.. file.AsSpan(0, footerStart), .. moved], meta);

        Func<Task> read = () => ReadAsync(bytes);

        (await read.Should().ThrowExactlyAsync<InvalidDataException>()).Which.Message.Should()
            .Contain(string.Create(CultureInfo.InvariantCulture, $"row group 0, field 'label': the data page claims 8000000 values at byte {footerStart + dataPage - 4}, more than the 3000 values of its column chunk"));
    }

    /// <summary>The page header at <paramref name="offset"/> of a file, read by Parquet.Net's own reader (reached by
    /// reflection), and where it ends.</summary>
    private static (PageHeader Header, int End) PageHeaderAt(byte[] file, int offset)
    {
        System.Type readerType = typeof(ParquetReader).Assembly.GetType("Parquet.Meta.Proto.ThriftCompactProtocolReader", throwOnError: true)!;
        using var source = new MemoryStream(file) { Position = offset };
        object protocol = Activator.CreateInstance(readerType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [source], null)!;
        var header = (PageHeader)typeof(PageHeader).GetMethod("Read", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [readerType])!.Invoke(null, [protocol])!;
        return (header, (int)source.Position);
    }

    /// <summary>DuckDB writes a dictionary page before each string and integer chunk's first data page
    /// (dictionary_page_offset 4, data_page_offset 46), also with format v2 encodings and in several row groups, and
    /// gives every chunk a file_offset of 0: the read starts such a chunk at its dictionary page and does not use
    /// file_offset, and reads these files back.</summary>
    [Theory]
    [InlineData("")]
    [InlineData(", PARQUET_VERSION V2")]
    [InlineData(", ROW_GROUP_SIZE 2048")]
    public async Task Pins_AFileWrittenByDuckDb_WithDictionaryPagesBeforeItsDataPages_ReadsBack(string copyOptions)
    {
        ResultTable table = Mixed(5000);
        byte[] bytes = await DuckDbCopy(table, copyOptions);
        using (var stream = new MemoryStream(bytes))
        await using (ParquetReader reader = await ParquetReader.CreateAsync(stream))
        {
            reader.Metadata!.RowGroups.SelectMany(g => g.Columns).Should().Contain(
                c => c.MetaData!.DictionaryPageOffset > 0 && c.MetaData.DictionaryPageOffset < c.MetaData.DataPageOffset,
                "the pin is about chunks whose dictionary page precedes their data pages");
        }

        (await ReadAsync(bytes, new ParquetReadOptions { MaxRows = 5000 })).ContentEquals(table).Should().BeTrue();
    }

    private static readonly System.Type ThriftWriterType = typeof(ParquetReader).Assembly.GetType("Parquet.Meta.Proto.ThriftCompactProtocolWriter", throwOnError: true)!;

    /// <summary>A Thrift struct's compact bytes, written by Parquet.Net's own writer (reached by reflection).</summary>
    private static byte[] Thrift(MethodInfo write, object value)
    {
        using var bytes = new MemoryStream();
        object writer = Activator.CreateInstance(ThriftWriterType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, [bytes], null)!;
        write.Invoke(value, [writer]);
        return bytes.ToArray();
    }

    private static async Task<FileMetaData> FooterAsync(byte[] file)
    {
        using var stream = new MemoryStream(file);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        return reader.Metadata!;
    }

    /// <summary>The data (from the magic to the end of the row groups) followed by the footer, its length and the magic.</summary>
    private static byte[] WithFooter(byte[] data, FileMetaData meta)
    {
        byte[] footer = Thrift(typeof(FileMetaData).GetMethod("Write", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [ThriftWriterType])!, meta);
        byte[] tail = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, footer.Length);
        "PAR1"u8.CopyTo(tail.AsSpan(4));
        return [.. data, .. footer, .. tail];
    }

    /// <summary>The table written by the export, copied by DuckDB into a Parquet file of its own layout (with the
    /// table schema in its key-value metadata); returns the copy's bytes.</summary>
    private static async Task<byte[]> DuckDbCopy(ResultTable table, string copyOptions)
    {
        string dir = Directory.CreateTempSubdirectory("airace-limit").FullName;
        try
        {
            return await DuckDbCopy(table, copyOptions, dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<byte[]> DuckDbCopy(ResultTable table, string copyOptions, string dir)
    {
        string written = await ExportTestFiles.ParquetFile(table, dir);
        string json;
        await using (FileStream stream = File.OpenRead(written))
        await using (ParquetReader reader = await ParquetReader.CreateAsync(stream))
        {
            json = reader.CustomMetadata[ParquetExport.SchemaKey];
        }

        string copy = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".parquet");
        using (var db = new DuckDBConnection("DataSource=:memory:"))
        {
            db.Open();
            using DuckDBCommand command = db.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_parquet('{written}')) TO '{copy}' (FORMAT PARQUET, KV_METADATA {{'{ParquetExport.SchemaKey}': '{json.Replace("'", "''", StringComparison.Ordinal)}'}}{copyOptions})";
            command.ExecuteNonQuery();
        }

        return await File.ReadAllBytesAsync(copy);
    }
}
