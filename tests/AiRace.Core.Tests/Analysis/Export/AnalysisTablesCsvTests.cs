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
        csv.ToString().Split("\r\n")[0].Should().Contain("[", "decimal columns carry their unit in the header");
    }
}
