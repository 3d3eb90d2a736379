using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Tests.Analysis;
using AiRace.Export;

namespace AiRace.Export.Tests;

/// <summary>Every analysis table survives a DataFrame and a Parquet file unchanged.</summary>
public class AnalysisTablesExportTests
{
    public static TheoryData<string> Tables() => AnalysisTables.Names();

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task AnalysisTables_RoundTripThroughDataFrameAndParquet(string which)
    {
        ResultTable table = AnalysisTables.Build(which);
        table.Rows.Should().NotBeEmpty();

        DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema).ContentEquals(table).Should().BeTrue("the DataFrame reads back equal");

        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(table, stream);
        stream.Position = 0;
        (await ParquetExport.ReadAsync(stream)).ContentEquals(table).Should().BeTrue("Parquet reads back equal");
    }
}
