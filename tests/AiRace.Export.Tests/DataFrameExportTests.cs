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
            new TableColumn("currency", ColumnKind.Text),
            new TableColumn("year", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Decimal, "@currency"),
            new TableColumn("announced", ColumnKind.Date),
            new TableColumn("estimate", ColumnKind.Boolean),
        ],
        [
            ["CNY", 2024L, 1000000000000.0000000001m, new DateOnly(2024, 3, 5), false],
            [null, null, null, null, null],
            ["", long.MinValue, decimal.MinValue, DateOnly.MinValue, true],
        ],
        ["a note"]);

    [Fact]
    public void ToDataFrame_MapsKindsToTypedColumns_NamedByHeaders()
    {
        DataFrame frame = DataFrameExport.ToDataFrame(Sample());

        frame.Columns.Select(c => c.Name).Should().Equal("currency", "year", "amount [@currency]", "announced", "estimate");
        frame.Columns[0].Should().BeOfType<StringDataFrameColumn>();
        frame.Columns[1].Should().BeAssignableTo<PrimitiveDataFrameColumn<long>>();
        frame.Columns[2].Should().BeAssignableTo<PrimitiveDataFrameColumn<decimal>>();
        frame.Columns[3].Should().BeAssignableTo<PrimitiveDataFrameColumn<DateTime>>();
        frame.Columns[4].Should().BeAssignableTo<PrimitiveDataFrameColumn<bool>>();
        frame.Rows.Count.Should().Be(3);
        frame.Columns[2][0].Should().Be(1000000000000.0000000001m);
        frame.Columns[3][0].Should().Be(new DateTime(2024, 3, 5, 0, 0, 0, DateTimeKind.Unspecified));
        frame.Columns[0][2].Should().Be(string.Empty);
        frame.Columns.Select(c => c.NullCount).Should().Equal(1, 1, 1, 1, 1);
    }

    [Fact]
    public void RoundTrip_Sample_IsExact()
    {
        ResultTable table = Sample();
        DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Name, table.Notes).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void RoundTrip_RandomTables_IsExact_AndKeepsDecimalScale()
    {
        ExportGen.Tables(ExportGen.AnyDecimal).Sample(table =>
        {
            ResultTable back = DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Name, table.Notes);
            back.ContentEquals(table).Should().BeTrue();
            CsvExport.ToCsv(back).Should().Be(CsvExport.ToCsv(table));
        }, iter: 1000);
    }

    [Fact]
    public void ToResultTable_UnsupportedTypes_TimesOfDayAndBadHeaders_AreAllListed()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("ratio", [1.5]),
            new DateTimeDataFrameColumn("when", [new DateTime(2024, 1, 1, 12, 0, 0)]),
            new DecimalDataFrameColumn("amount", [1m]));

        Action read = () => DataFrameExport.ToResultTable(frame, "bad");

        read.Should().Throw<ArgumentException>()
            .Which.Message.Should().StartWith("Data frame cannot be read as table 'bad' (3 problems):")
            .And.Contain("column 1 ('ratio') holds Double values; expected string, Int64, Decimal, DateTime or Boolean.")
            .And.Contain("row 0, column 2 ('when'): 2024-01-01T12:00:00.0000000 has a time of day; a date column holds midnights only.")
            .And.Contain("column 3 ('amount'): not a valid Decimal column header: Decimal column 'amount' needs a unit");
    }

    [Fact]
    public void ToResultTable_CurrencyColumnMissing_SaysWhich()
    {
        var frame = new DataFrame(new DecimalDataFrameColumn("amount [@currency]", [1m]));
        Action read = () => DataFrameExport.ToResultTable(frame, "bad");
        read.Should().Throw<ArgumentException>().Which.Message.Should().Contain("Column 'amount' takes its currency from 'currency', which is not a text column of table 'bad'.");
    }
}
