using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;

namespace AiRace.Export.Tests;

/// <summary>
/// Review of stop 61 of the Parquet export, as its most demanding user: DuckDB's sums of a normalised table whose
/// totals pass 1.7 trillion dollars, a file written after earlier bytes of a seekable stream, a file holding a field
/// the table's schema does not have, and a write to a stream that cannot be written.
/// </summary>
public sealed class ReviewS61ExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("airace-review61").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Issue 13: "DuckDB reads every exported file … its sums equal the library's totals to the last digit", at any
    // magnitude. The embedded dataset with three programmes of 600 billion dollars and one of 1 yuan: the normalised
    // values are DECIMAL(38, 26) (12 integer digits, 26 decimals), which leaves DuckDB's sum no room for a 13th digit.
    [Fact]
    public async Task DuckDbSumOfTheNormalisedValues_PastTwoTrillionDollars_EqualsTheAggregationsExactTotal()
    {
        const string Source = "\"sources\": [{\"source\": \"seed-001\", \"quote\": \"Enter Shanghai\"}]";
        var json = new StringBuilder("{\"formatVersion\": 1, \"programmes\": [");
        json.Append("{\"id\": \"r-yuan\", \"name\": \"one yuan\", \"sponsorKind\": \"state\", \"jurisdiction\": \"CN\", \"instruments\": [\"subsidy\"], \"headline\": {\"qualifier\": \"exact\", \"amount\": \"1\", \"currency\": \"CNY\"}, ").Append(Source).Append('}');
        for (int i = 0; i < 3; i++)
        {
            json.Append(", {\"id\": \"r-").Append(i).Append("\", \"name\": \"big ").Append(i).Append("\", \"sponsorKind\": \"state\", \"jurisdiction\": \"US\", \"instruments\": [\"subsidy\"], \"headline\": {\"qualifier\": \"exact\", \"amount\": \"600000000000\", \"currency\": \"USD\"}, ").Append(Source).Append('}');
        }

        PolicyDataset data = PolicyData.Parse(json.Append("]}").ToString(), extending: PolicyData.Embedded);
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        AggregateGroup state = Aggregation.Of(usd, data, AggregationKey.SponsorKind).Groups.Single(g => g.Exact is Money m && m.Amount > 1_000_000_000_000m);
        string exact = state.Notes.SingleOrDefault(n => n.Figure == "exact")?.ExactSum ?? state.Exact!.Value.Amount.ToString(CultureInfo.InvariantCulture);
        string file = await ExportTestFiles.ParquetFile(usd.ToTable(), _dir);

        string? duck = Scalar($"SELECT CAST(sum(\"value [USD]\") AS VARCHAR) FROM read_parquet('{file}') WHERE sponsor = '{state.Key}' AND qualifier = 'exact' AND note IS NULL");

        Canonical(duck!).Should().Be(Canonical(exact));
    }

    // WriteAsync: "a writable stream (it need not seek)"; its remarks name a stream "appended to". The bytes written
    // after earlier ones are the file: the same bytes as a write to a new stream (as a stream that cannot seek gets),
    // and they read back as the table.
    [Fact]
    public async Task AWriteToASeekableStreamAfterEarlierBytes_WritesAFileThatReadsBack()
    {
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Decimal, "u"), new TableColumn("s", ColumnKind.Text)], [[1.5m, "a"], [2.5m, "b"]]);
        using var stream = new MemoryStream();
        stream.Write(new byte[100]);

        await ParquetExport.WriteAsync(table, stream);

        using var file = new MemoryStream(stream.ToArray()[100..]);
        Func<Task<ResultTable>> read = () => ParquetExport.ReadAsync(file);
        (await read.Should().NotThrowAsync()).Subject.ContentEquals(table).Should().BeTrue();
    }

    // ReadAsync: an InvalidDataException when "its fields differ from the schema's"; issue 13: nothing silently
    // dropped. A file whose footer holds a field 'b' besides the schema's 'a' is read as a table without 'b'.
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

        stream.Position = 0;
        Func<Task> read = () => ParquetExport.ReadAsync(stream);

        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain("'b'");
    }

    // Issue 13: bad input gets a clear error of a documented type only. WriteAsync documents ArgumentException and
    // OperationCanceledException (ReadAsync, an ArgumentException for a stream it cannot use); a read-only stream
    // gets the stream's own NotSupportedException from the middle of the write.
    [Fact]
    public async Task Write_ToAStreamThatCannotWrite_IsAnArgumentExceptionNamingTheStream()
    {
        var table = new ResultTable("t", [new TableColumn("s", ColumnKind.Text)], [["a"]]);
        using var stream = new MemoryStream(new byte[10], writable: false);

        Func<Task> write = () => ParquetExport.WriteAsync(table, stream);

        (await write.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("stream");
    }

    private static string? Scalar(string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        object? v = command.ExecuteScalar();
        return v is null or DBNull ? null : Convert.ToString(v, CultureInfo.InvariantCulture);
    }

    /// <summary>A decimal's text without trailing fraction zeros.</summary>
    private static string Canonical(string text)
    {
        string s = text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
        return s is "-0" or "" ? "0" : s;
    }
}
