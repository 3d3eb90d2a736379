using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Every analysis table survives CSV (with its schema sidecar) unchanged.</summary>
public class AnalysisTablesCsvTests
{
    public static TheoryData<string> Tables() => AnalysisTables.Names();

    [Theory]
    [MemberData(nameof(Tables))]
    public void AnalysisTables_RoundTripThroughCsv(string which)
    {
        ResultTable table = AnalysisTables.Build(which);
        table.Rows.Should().NotBeEmpty();

        var csv = new System.IO.StringWriter();
        var schema = new System.IO.StringWriter();
        CsvExport.Write(table, csv);
        CsvExport.WriteSchema(table, schema);
        CsvExport.Read(new System.IO.StringReader(csv.ToString()), new System.IO.StringReader(schema.ToString())).ContentEquals(table).Should().BeTrue("CSV reads back equal");
        string header = csv.ToString().Split("\r\n")[0];
        foreach (TableColumn column in table.Columns.Where(c => c.Kind is ColumnKind.Money or ColumnKind.Decimal or ColumnKind.Share or ColumnKind.Ratio))
        {
            header.Should().Contain(column.Currency is null && column.Kind == ColumnKind.Money ? column.Name + "_currency" : column.Header, "every number travels with its unit or currency");
        }
    }
}
