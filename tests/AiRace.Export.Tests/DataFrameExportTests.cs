using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;
using CsCheck;
using Microsoft.Data.Analysis;
using AiRace.Core.Analysis.Export;

namespace AiRace.Export.Tests;

/// <summary>DataFrame export: column types and names, exact round-trips, clear errors.</summary>
public class DataFrameExportTests
{
    private static ResultTable Sample() => new(
        "sample",
        [
            new TableColumn("note", ColumnKind.Text),
            new TableColumn("year", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Money),
            new TableColumn("announced", ColumnKind.Date),
            new TableColumn("estimate", ColumnKind.Boolean),
            new TableColumn("share", ColumnKind.Share),
            new TableColumn("total", ColumnKind.Money, currency: Currency.USD),
        ],
        [
            ["CNY", 2024L, Money.Of(1000000000000.0000000001m, Currency.CNY), new DateOnly(2024, 3, 5), false, Share.FromPercent(55), Money.Of(1m, Currency.USD)],
            [null, null, null, null, null, null, null],
            ["", long.MinValue, Money.Of(decimal.MinValue, Currency.JPY), DateOnly.MinValue, true, Share.Whole, Money.Of(decimal.MaxValue, Currency.USD)],
        ],
        ["a note"]);

    [Fact]
    public void ToDataFrame_MapsFieldsToTypedColumns_NamedByHeaders()
    {
        DataFrame frame = DataFrameExport.ToDataFrame(Sample());

        frame.Columns.Select(c => c.Name).Should().Equal("note", "year", "amount", "amount_currency", "announced", "estimate", "share [percent]", "total [USD]");
        frame.Columns[0].Should().BeOfType<StringDataFrameColumn>();
        frame.Columns[1].Should().BeAssignableTo<PrimitiveDataFrameColumn<long>>();
        frame.Columns[2].Should().BeAssignableTo<PrimitiveDataFrameColumn<decimal>>();
        frame.Columns[3].Should().BeOfType<StringDataFrameColumn>();
        frame.Columns[4].Should().BeAssignableTo<PrimitiveDataFrameColumn<DateTime>>();
        frame.Columns[5].Should().BeAssignableTo<PrimitiveDataFrameColumn<bool>>();
        frame.Columns[6].Should().BeAssignableTo<PrimitiveDataFrameColumn<decimal>>();
        frame.Rows.Count.Should().Be(3);
        frame.Columns[2][0].Should().Be(1000000000000.0000000001m);
        frame.Columns[3][0].Should().Be("CNY");
        frame.Columns[4][0].Should().Be(new DateTime(2024, 3, 5, 0, 0, 0, DateTimeKind.Unspecified));
        frame.Columns[6][0].Should().Be(55m);
        frame.Columns[0][2].Should().Be(string.Empty);
        frame.Columns.Select(c => c.NullCount).Should().Equal(1, 1, 1, 1, 1, 1, 1, 1);
    }

    [Fact]
    public void RoundTrip_Sample_IsExact()
    {
        ResultTable table = Sample();
        DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void RoundTrip_RandomTables_IsExact_AndKeepsDecimalScale()
    {
        ExportGen.Tables(ExportGen.AnyDecimal).Sample(table =>
        {
            ResultTable back = DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema);
            back.ContentEquals(table).Should().BeTrue();
            CsvExport.ToCsv(back).Should().Be(CsvExport.ToCsv(table));
        }, iter: 1000);
    }

    [Fact]
    public void ToResultTable_MissingAndMistypedColumns_AndTimesOfDay_AreAllListed()
    {
        var schema = new TableSchema("bad", [new TableColumn("ratio", ColumnKind.Ratio), new TableColumn("when", ColumnKind.Date), new TableColumn("amount", ColumnKind.Money)]);
        var frame = new DataFrame(
            new DoubleDataFrameColumn("ratio [ratio]", [1.5]),
            new DateTimeDataFrameColumn("when", [new DateTime(2024, 1, 1, 12, 0, 0)]),
            new DecimalDataFrameColumn("amount", [1m]));

        Action read = () => DataFrameExport.ToResultTable(frame, schema);

        read.Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("Data frame cannot be read as table 'bad' (2 problems):")
            .And.Contain("column 'ratio [ratio]' holds Double values; the schema says Decimal (Decimal).")
            .And.Contain("the data frame has no column 'amount_currency'.");

        var times = new DataFrame(new DateTimeDataFrameColumn("when", [new DateTime(2024, 1, 1, 12, 0, 0)]));
        Action readTimes = () => DataFrameExport.ToResultTable(times, new TableSchema("t", [new TableColumn("when", ColumnKind.Date)]));
        readTimes.Should().Throw<ArgumentException>().Which.Message.Should().Contain("row 0, column 'when': 2024-01-01T12:00:00.0000000 has a time of day; a date column holds midnights only.");
    }
}
