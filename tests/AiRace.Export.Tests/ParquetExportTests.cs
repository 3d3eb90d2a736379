using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using CsCheck;
using Parquet;
using Parquet.Schema;
using Parquet.Data;
using AiRace.Core.Policy;

namespace AiRace.Export.Tests;

/// <summary>Parquet export: schema, metadata, exact round-trips, refusal to round.</summary>
public class ParquetExportTests
{
    private static ResultTable Sample() => new(
        "sample",
        [
            new TableColumn("note", ColumnKind.Text),
            new TableColumn("year", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
            new TableColumn("announced", ColumnKind.Date),
            new TableColumn("estimate", ColumnKind.Boolean),
            new TableColumn("big", ColumnKind.Decimal, "units"),
            new TableColumn("published", ColumnKind.PartialDate),
        ],
        [
            ["CNY", 2024L, Money.Of(1000000000000.0000000001m, Currency.CNY), new DateOnly(2024, 3, 5), false, decimal.MaxValue, PartialDate.OfMonth(2025, 7)],
            [null, null, null, null, null, null, null],
            ["say \"hi\",\r\n日本語 😀", long.MinValue, Money.Of(-0.5m, Currency.USD), DateOnly.MinValue, true, decimal.MinValue, PartialDate.Unknown],
            ["", long.MaxValue, Money.Of(0.0000000000000000001m, Currency.FromCode("KWD")), DateOnly.MaxValue, true, 0m, PartialDate.OfYear(2027)],
        ],
        ["Rates are annual averages.", "Caps, \"ranges\" and estimates are totalled apart.\nSecond line."]);

    private static async Task<byte[]> WriteAsync(ResultTable table)
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(table, stream);
        return stream.ToArray();
    }

    private static async Task<ResultTable> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await ParquetExport.ReadAsync(stream);
    }

    [Fact]
    public async Task Write_UsesFieldHeaders_Decimal38WithAFittingScale_DateAndSchemaInMetadata()
    {
        byte[] bytes = await WriteAsync(Sample());

        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        fields.Select(f => f.Name).Should().Equal("note", "year", "amount", "amount_currency", "announced", "estimate", "big [units]", "published");
        fields.Should().OnlyContain(f => f.IsNullable);
        fields[2].Should().BeOfType<DecimalDataField>().Which.Should().Match<DecimalDataField>(d => d.Precision == 38 && d.Scale == 19);
        fields[6].Should().BeOfType<DecimalDataField>().Which.Scale.Should().Be(0);
        fields[1].ClrType.Should().Be<long>();
        fields[5].ClrType.Should().Be<bool>();
        fields[4].SchemaElement!.LogicalType!.DATE.Should().NotBeNull();
        Parquet.Meta.SchemaElement amount = fields[2].SchemaElement!;
        amount.Type.Should().Be(Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY);
        amount.TypeLength.Should().Be(16);
        amount.LogicalType!.DECIMAL!.Precision.Should().Be(38);
        amount.LogicalType.DECIMAL.Scale.Should().Be(19);
        fields[0].SchemaElement!.LogicalType!.STRING.Should().NotBeNull();
        TableSchema.TryParse(reader.CustomMetadata[ParquetExport.SchemaKey], out TableSchema? schema, out _).Should().BeTrue();
        schema!.ContentEquals(Sample().Schema).Should().BeTrue();
    }

    [Fact]
    public async Task RoundTrip_Sample_IsExact_WithNameAndNotesFromTheFile()
    {
        ResultTable table = Sample();
        ResultTable back = await ReadAsync(await WriteAsync(table));
        back.ContentEquals(table).Should().BeTrue();
        back.Cell(2, "amount").Should().Be(Money.Of(-0.5m, Currency.USD));
        ((Money)back.Cell(2, "amount")!).Amount.Scale.Should().Be(19, "a decimal comes back at its field's scale: the same value");
        back.Cell(0, "big").Should().Be(decimal.MaxValue);
    }

    [Fact]
    public async Task RoundTrip_EmptyTable_KeepsColumnsAndNotes()
    {
        var table = new ResultTable("empty", [new TableColumn("v", ColumnKind.Decimal, "percent"), new TableColumn("d", ColumnKind.Date)], Array.Empty<IReadOnlyList<object?>>(), ["none yet"]);
        (await ReadAsync(await WriteAsync(table))).ContentEquals(table).Should().BeTrue();
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
    public async Task RoundTrip_RandomTablesWithAnyDecimal_IsExact_WithAnExactTextFieldWhereTheValuesAndTheirSumSpanMoreThan38Digits()
    {
        int wide = 0;
        await ExportGen.Tables(ExportGen.AnyDecimal).SampleAsync(async table =>
        {
            byte[] bytes = await WriteAsync(table);
            (await ReadAsync(bytes)).ContentEquals(table).Should().BeTrue();
            using var stream = new MemoryStream(bytes);
            await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
            bool hasExact = reader.Schema.GetDataFields().Any(f => f.Name.EndsWith(ParquetExport.ExactSuffix, StringComparison.Ordinal));
            hasExact.Should().Be(!FitsWithItsSums(table));
            if (hasExact)
            {
                Interlocked.Increment(ref wide);
            }
        }, iter: 500, threads: 1);
        wide.Should().BeGreaterThan(0, "the generator mixes scales that cannot share 38 digits");
    }

    /// <summary>Whether every decimal field of the table is one exact DECIMAL(38, s) (no exact text field beside it):
    /// s the largest scale of its values, and the digits of the sum of their magnitudes (each rounded up to a whole
    /// number) and s together at most 38.</summary>
    private static bool FitsWithItsSums(ResultTable table)
    {
        var values = new object?[table.Fields.Count];
        for (int f = 0; f < table.Fields.Count; f++)
        {
            if (table.Fields[f].Type != FieldType.Decimal)
            {
                continue;
            }

            int scale = 0;
            System.Numerics.BigInteger magnitudes = System.Numerics.BigInteger.Zero;
            for (int r = 0; r < table.Rows.Count; r++)
            {
                table.FieldValues(r, values);
                if (values[f] is decimal d)
                {
                    scale = Math.Max(scale, d.Scale);
                    magnitudes += new System.Numerics.BigInteger(decimal.Ceiling(Math.Abs(d)));
                }
            }

            if (magnitudes * System.Numerics.BigInteger.Pow(10, scale) >= System.Numerics.BigInteger.Pow(10, 38))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public async Task Write_ValuesTooWideForOneScale_RoundsTheDecimalField_AndKeepsEveryDigitInTheTextBesideIt()
    {
        var table = new ResultTable(
            "wide",
            [new TableColumn("v", ColumnKind.Money, currency: Currency.USD)],
            [[Money.Of(0.0000000000000000000000000001m, Currency.USD)], [Money.Of(1.5m, Currency.USD)], [Money.Of(10000000000.25m, Currency.USD)], [null]]);

        byte[] bytes = await WriteAsync(table);

        using var stream = new MemoryStream(bytes);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseBigDecimal = true });
        DataField[] fields = reader.Schema.GetDataFields();
        fields.Select(f => f.Name).Should().Equal("v [USD]", "v [USD] exact");
        fields[0].Should().BeOfType<DecimalDataField>().Which.Scale.Should().Be(27, "11 integer digits leave 27 of 38 for decimals");
        using ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
        var texts = new string?[4];
        await group.ReadAsync(fields[1], texts.AsMemory());
        texts.Should().Equal("0.0000000000000000000000000001", "1.5", "10000000000.25", null);
        var decimals = new BigDecimal?[4];
        await group.ReadAsync(fields[0], decimals.AsMemory());
        decimals[0]!.Value.UnscaledValue.Should().Be(System.Numerics.BigInteger.Zero, "1e-28 rounds to 0 at scale 27 (half to even)");
        (await ReadAsync(bytes)).ContentEquals(table).Should().BeTrue("the reader takes the exact text");
    }

    /// <summary>The wide table's file with its exact texts replaced by <paramref name="texts"/> (the decimal field
    /// kept as written), rewritten by Parquet.Net.</summary>
    private static async Task<byte[]> WithExactTextsAsync(byte[] bytes, string?[] texts)
    {
        using var written = new MemoryStream(bytes);
        using var rewritten = new MemoryStream();
        await using (ParquetReader reader = await ParquetReader.CreateAsync(written, new ParquetOptions { UseBigDecimal = true }))
        {
            DataField[] fields = reader.Schema.GetDataFields();
            using ParquetRowGroupReader source = reader.OpenRowGroupReader(0);
            var decimals = new BigDecimal?[texts.Length];
            await source.ReadAsync(fields[0], decimals.AsMemory());
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(reader.Schema, rewritten, new ParquetOptions { UseBigDecimal = true });
            writer.CustomMetadata = reader.CustomMetadata;
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<BigDecimal>(fields[0], decimals.AsMemory());
            await group.WriteAsync(fields[1], texts!);
            group.CompleteValidate();
        }

        return rewritten.ToArray();
    }

    private static ResultTable WideTable() => new(
        "wide",
        [new TableColumn("v", ColumnKind.Money, currency: Currency.USD)],
        [[Money.Of(0.0000000000000000000000000001m, Currency.USD)], [Money.Of(1.5m, Currency.USD)], [Money.Of(10000000000.25m, Currency.USD)], [null]]);

    // ReadAsync: the exact text must agree with the decimal field beside it, rounded to its scale as the writer
    // rounds (half to even); a file whose two disagree is refused, naming the field and row.
    [Theory]
    [InlineData(2, "10000000000.35", "row 2, field 'v [USD] exact': '10000000000.35' rounded to the scale of field 'v [USD]' (27) is not its value, 10000000000.250000000000000000000000000.")]
    [InlineData(0, "0.0000000000000000000000000006", "row 0, field 'v [USD] exact': '0.0000000000000000000000000006' rounded to the scale of field 'v [USD]' (27) is not its value, 0.000000000000000000000000000.")]
    [InlineData(3, "1", "row 3, field 'v [USD] exact': '1' beside no value of field 'v [USD]'.")]
    [InlineData(1, null, "row 1, field 'v [USD] exact': no text beside the value of field 'v [USD]', 1.500000000000000000000000000.")]
    [InlineData(2, "79228162514264337593543950335", "row 2, field 'v [USD] exact': '79228162514264337593543950335' at the scale of field 'v [USD]' (27) takes more than 38 digits, so it is not its value, 10000000000.250000000000000000000000000.")]
    [InlineData(2, "-10000000000.25", "row 2, field 'v [USD] exact': '-10000000000.25' rounded to the scale of field 'v [USD]' (27) is not its value, 10000000000.250000000000000000000000000.")]
    public async Task Read_AnExactTextThatDisagreesWithItsDecimalField_IsRefused_NamingTheFieldAndRow(int row, string? text, string problem)
    {
        byte[] bytes = await WriteAsync(WideTable());
        string?[] texts = ["0.0000000000000000000000000001", "1.5", "10000000000.25", null];
        texts[row] = text;

        Func<Task> read = async () => await ReadAsync(await WithExactTextsAsync(bytes, texts));

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .Be("Parquet file cannot be read as table 'wide' (1 problem):" + Environment.NewLine + "  " + problem);
    }

    // ReadAsync gives a decimal back at its field's scale (a Parquet decimal has none of its own): the same value, with
    // the field's trailing zeros; where the exact text is beside it, with the text's own scale.
    [Fact]
    public async Task Read_ADecimalComesBackAtItsFieldsScale_OrAtItsExactTextsOwn()
    {
        var table = new ResultTable("scales", [new TableColumn("v", ColumnKind.Decimal, "units")], [[1.10m], [2.2500m], [3m], [null], [-0.5m]]);

        ResultTable back = await ReadAsync(await WriteAsync(table));

        back.ContentEquals(table).Should().BeTrue("the values are equal");
        back.Rows.Select(r => ((decimal?)r[0])?.ToString(CultureInfo.InvariantCulture)).Should().Equal("1.1000", "2.2500", "3.0000", null, "-0.5000");
        ResultTable wide = await ReadAsync(await WriteAsync(WideTable()));
        wide.Rows.Select(r => ((Money?)r[0])?.Amount.ToString(CultureInfo.InvariantCulture)).Should().Equal("0.0000000000000000000000000001", "1.5", "10000000000.25", null);
    }

    // ReadAsync: a text that rounds (half to even) to the decimal field's value agrees with it, and is the value read.
    [Fact]
    public async Task Read_AnExactTextThatRoundsToItsDecimalField_IsReadFromTheText()
    {
        byte[] bytes = await WriteAsync(WideTable());

        ResultTable read = await ReadAsync(await WithExactTextsAsync(bytes, ["0.0000000000000000000000000005", "1.5", "10000000000.25", null]));

        read.Cell(0, "v").Should().Be(Money.Of(0.0000000000000000000000000005m, Currency.USD), "5e-28 rounds half to even to 0 at scale 27");
        (await ReadAsync(await WithExactTextsAsync(bytes, ["0.0000000000000000000000000001", "1.5", "10000000000.25", null]))).ContentEquals(WideTable()).Should().BeTrue();
    }

    [Fact]
    public async Task Read_FileWithoutSchema_SaysSo()
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
            .Be("Parquet file cannot be read as table '(unnamed)' (1 problem):" + Environment.NewLine
                + "  the file has no table schema under 'airace.table.schema' (it was not written by ParquetExport).");
    }

    [Fact]
    public async Task Read_TimestampField_IsRefused_NotTruncatedToADate()
    {
        using var stream = new MemoryStream();
        var field = new DataField<DateTime>("when");
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = new TableSchema("times", [new TableColumn("when", ColumnKind.Date)]).ToJson() };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(field, new[] { new DateTime(2024, 1, 1, 12, 30, 0) });
        }

        Func<Task> read = () => ReadAsync(stream.ToArray());

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .Be("Parquet file cannot be read as table 'times' (1 problem):" + Environment.NewLine
                + "  field 'when' holds DateTime values; the schema says Date.");
    }

    // WriteAsync: "a writable stream (it need not seek)", appended to: the bytes written after earlier ones are the
    // file, the same bytes as a write to a new stream, with the file's own offsets.
    [Fact]
    public async Task Write_ToASeekableStreamAfterEarlierBytes_WritesTheSameFile_ThatReadsBack()
    {
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Decimal, "u"), new TableColumn("s", ColumnKind.Text)], [[1.5m, "a"], [2.5m, "b"]]);
        using var stream = new MemoryStream();
        stream.Write(new byte[100]);

        await ParquetExport.WriteAsync(table, stream);

        byte[] file = stream.ToArray()[100..];
        file.Should().Equal(await WriteAsync(table));
        stream.ToArray()[..100].Should().OnlyContain(b => b == 0, "the bytes before the write are untouched");
        (await ReadAsync(file)).ContentEquals(table).Should().BeTrue();
    }

    // ReadAsync: an InvalidDataException when "its fields differ from the schema's"; nothing is silently dropped.
    [Fact]
    public async Task Read_AFileWithAFieldTheSchemaDoesNotHave_IsRefused_NotReadWithTheFieldDropped()
    {
        var schema = new TableSchema("x", [new TableColumn("a", ColumnKind.Integer)]);
        var a = new DataField("a", typeof(long), isNullable: true);
        var b = new DataField("b", typeof(long), isNullable: true);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(a, b), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<long>(a, new long?[] { 1, 2 }.AsMemory());
            await group.WriteAsync<long>(b, new long?[] { 3, 4 }.AsMemory());
        }

        Func<Task> read = () => ReadAsync(stream.ToArray());

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should()
            .Be("Parquet file cannot be read as table 'x' (1 problem):" + Environment.NewLine
                + "  field 'b' of the file is not in the schema.");
    }

    // ReadAsync: its fields must be the schema's; an exact text field belongs only beside a decimal field.
    [Fact]
    public async Task Read_AnExactTextFieldBesideAFieldThatIsNotDecimal_IsRefused()
    {
        var schema = new TableSchema("x", [new TableColumn("a", ColumnKind.Integer)]);
        var a = new DataField("a", typeof(long), isNullable: true);
        var exact = new DataField("a" + ParquetExport.ExactSuffix, typeof(string), isNullable: true);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(a, exact), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<long>(a, new long?[] { 1 }.AsMemory());
            await group.WriteAsync(exact, new string?[] { "1" }!);
        }

        Func<Task> read = () => ReadAsync(stream.ToArray());

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain("field 'a exact' of the file is not in the schema.");
    }

    // WriteAsync: an ArgumentException for a stream that cannot be written, before any byte is written.
    [Fact]
    public async Task Write_ToAStreamThatCannotWrite_IsAnArgumentExceptionNamingTheStream()
    {
        var table = new ResultTable("t", [new TableColumn("s", ColumnKind.Text)], [["a"]]);
        using var stream = new MemoryStream(new byte[10], writable: false);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream);

        (await write.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("stream");
        stream.Position.Should().Be(0);
    }
}
