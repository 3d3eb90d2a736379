using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using CsCheck;
using Parquet;
using Parquet.Schema;

namespace AiRace.Export.Tests;

/// <summary>Parquet export: schema, metadata, exact round-trips, refusal to round.</summary>
public class ParquetExportTests
{
    private static ResultTable Sample() => new(
        "sample",
        [
            new TableColumn("currency", ColumnKind.Text),
            new TableColumn("year", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Decimal, "@currency"),
            new TableColumn("announced", ColumnKind.Date),
            new TableColumn("estimate", ColumnKind.Boolean),
            new TableColumn("big", ColumnKind.Decimal, "units"),
        ],
        [
            ["CNY", 2024L, 1000000000000.0000000001m, new DateOnly(2024, 3, 5), false, decimal.MaxValue],
            [null, null, null, null, null, null],
            ["say \"hi\",\r\n日本語 😀", long.MinValue, -0.5m, DateOnly.MinValue, true, decimal.MinValue],
            ["", long.MaxValue, 0.0000000000000000001m, DateOnly.MaxValue, true, 0m],
        ],
        ["Rates are annual averages.", "Caps, \"ranges\" and estimates are totalled apart.\nSecond line."]);

    private static async Task<byte[]> WriteAsync(ResultTable table)
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(table, stream);
        return stream.ToArray();
    }

    private static async Task<ResultTable> ReadAsync(byte[] bytes, string? name = null)
    {
        using var stream = new MemoryStream(bytes);
        return await ParquetExport.ReadAsync(stream, name);
    }

    [Fact]
    public async Task Write_UsesHeadersAsFieldNames_Decimal38WithTheColumnScale_DateAndNotesInMetadata()
    {
        byte[] bytes = await WriteAsync(Sample());

        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        fields.Select(f => f.Name).Should().Equal("currency", "year", "amount [@currency]", "announced", "estimate", "big [units]");
        fields.Should().OnlyContain(f => f.IsNullable);
        fields[2].Should().BeOfType<DecimalDataField>().Which.Should().Match<DecimalDataField>(d => d.Precision == 38 && d.Scale == 19);
        fields[5].Should().BeOfType<DecimalDataField>().Which.Scale.Should().Be(0);
        fields[1].ClrType.Should().Be<long>();
        fields[4].ClrType.Should().Be<bool>();
        fields[3].SchemaElement!.LogicalType!.DATE.Should().NotBeNull();
        Parquet.Meta.SchemaElement amount = fields[2].SchemaElement!;
        amount.Type.Should().Be(Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY);
        amount.TypeLength.Should().Be(16);
        amount.LogicalType!.DECIMAL!.Precision.Should().Be(38);
        amount.LogicalType.DECIMAL.Scale.Should().Be(19);
        fields[0].SchemaElement!.LogicalType!.STRING.Should().NotBeNull();
        reader.CustomMetadata[ParquetExport.NameKey].Should().Be("sample");
        reader.CustomMetadata[ParquetExport.NotesKey].Should().Be("[\"Rates are annual averages.\",\"Caps, \\u0022ranges\\u0022 and estimates are totalled apart.\\nSecond line.\"]");
    }

    [Fact]
    public async Task RoundTrip_Sample_IsExact_WithNameAndNotesFromTheFile()
    {
        ResultTable table = Sample();
        ResultTable back = await ReadAsync(await WriteAsync(table));
        back.ContentEquals(table).Should().BeTrue();
        back.Rows[2][2].Should().Be(-0.5m);
        ((decimal)back.Rows[2][2]!).Scale.Should().Be(19, "a decimal comes back at its column's scale: the same value");
        back.Rows[0][5].Should().Be(decimal.MaxValue);
    }

    [Fact]
    public async Task RoundTrip_EmptyTable_KeepsColumnsAndNotes()
    {
        var table = new ResultTable("empty", [new TableColumn("v", ColumnKind.Decimal, "percent"), new TableColumn("d", ColumnKind.Date)], [], ["none yet"]);
        (await ReadAsync(await WriteAsync(table))).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Read_WithAName_OverridesTheStoredOne()
    {
        (await ReadAsync(await WriteAsync(Sample()), "renamed")).Name.Should().Be("renamed");
    }

    [Fact]
    public async Task RoundTrip_RandomTables_IsExact()
    {
        await ExportGen.Tables(ExportGen.FittingDecimal).SampleAsync(async table =>
        {
            ResultTable back = await ReadAsync(await WriteAsync(table));
            back.ContentEquals(table).Should().BeTrue();
        }, iter: 500);
    }

    [Fact]
    public async Task RoundTrip_RandomTablesWithAnyDecimal_IsExact_OrRefusedNamingRowAndColumn()
    {
        int refused = 0;
        await ExportGen.Tables(ExportGen.AnyDecimal).SampleAsync(async table =>
        {
            if (ExportGen.FitsParquet(table))
            {
                (await ReadAsync(await WriteAsync(table))).ContentEquals(table).Should().BeTrue();
            }
            else
            {
                Func<Task> write = () => WriteAsync(table);
                (await write.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("cannot be written to Parquet exactly").And.MatchRegex("row [0-9]+, column 'c[0-9]'");
                Interlocked.Increment(ref refused);
            }
        }, iter: 500, threads: 1);
        refused.Should().BeGreaterThan(0, "the generator mixes scales that cannot share 38 digits");
    }

    [Fact]
    public async Task Write_ValueTooWideForTheColumnScale_Throws_NamingRowAndColumn()
    {
        var table = new ResultTable(
            "wide",
            [new TableColumn("v", ColumnKind.Decimal, "USD")],
            [[0.0000000000000000000000000001m], [1m], [10000000000m]]);

        Func<Task> write = () => WriteAsync(table);

        (await write.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Be(
            "Table 'wide' cannot be written to Parquet exactly (1 problem):" + Environment.NewLine
            + "  row 2, column 'v': 10000000000 needs 39 digits at the column's scale 28 (its largest); a Parquet DECIMAL(38, 28) holds 38. Split the column or lower the scale of its values. (Parameter 'table')");
    }

    [Fact]
    public async Task Read_FileWithUnsupportedFieldAndNoName_ListsBoth()
    {
        using var stream = new MemoryStream();
        var field = new DataField<double>("ratio");
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream))
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<double>(field, new double[] { 1.5 });
        }

        Func<Task> read = () => ReadAsync(stream.ToArray());

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .StartWith("Parquet file cannot be read as table '(unnamed)' (2 problems):")
            .And.Contain("the file has no table name under 'airace.table.name' and none was given.")
            .And.Contain("field 1 ('ratio') holds Double values; expected string, Int64, decimal, DATE or Boolean (timestamps and other types have no column kind).");
    }

    [Fact]
    public async Task Read_TimestampField_IsRefused_NotTruncatedToADate()
    {
        using var stream = new MemoryStream();
        var field = new DataField<DateTime>("when");
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.NameKey] = "times" };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(field, new[] { new DateTime(2024, 1, 1, 12, 30, 0) });
        }

        Func<Task> read = () => ReadAsync(stream.ToArray());

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .Be("Parquet file cannot be read as table 'times' (1 problem):" + Environment.NewLine
                + "  field 1 ('when') holds DateTime values; expected string, Int64, decimal, DATE or Boolean (timestamps and other types have no column kind).");
    }
}
