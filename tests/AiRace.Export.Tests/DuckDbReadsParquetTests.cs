using System.Globalization;
using System.Numerics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Tests.Analysis;
using DuckDB.NET.Data;

namespace AiRace.Export.Tests;

/// <summary>
/// An outside reader proves the Parquet files: DuckDB reads every table the library produces, and the sum of every
/// decimal field equals the exact sum of the library's values, to the last digit; where a field's values span more than
/// 38 digits, DuckDB reads every value's exact text from the field beside it; and DuckDB's grouped sums of the
/// normalised programmes equal the aggregation's totals.
/// </summary>
public sealed class DuckDbReadsParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("airace-duckdb").FullName;

    public static TheoryData<string> Tables() => AnalysisTables.Names();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task EveryAnalysisTable_ReadByDuckDb_SumsToTheLibrarysValues(string which) =>
        await CheckEveryField(AnalysisTables.Build(which));

    [Fact]
    public async Task EveryDatasetTable_ReadByDuckDb_SumsToTheLibrarysValues()
    {
        foreach (ResultTable table in DatasetTables.All(PolicyData.Embedded))
        {
            await CheckEveryField(table);
        }
    }

    [Fact]
    public async Task TablesOfAGeneratedDataset_AtEveryMagnitude_ReadByDuckDb_ToTheLastDigit()
    {
        PolicyDataset data = Generated(seed: 13, count: 400, hugeToo: true);
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        await CheckEveryField(usd.ToTable());
        await CheckEveryField(ProgrammeComparison.RankTable(usd.Items));
        await CheckEveryField(Aggregation.Of(usd, data, AggregationKey.Jurisdiction).ToTable());
        await CheckEveryField(DatasetTables.Programmes(data));
    }

    [Fact]
    public async Task AggregationTotals_EqualDuckDbsSumsOfTheNormalisedProgrammes_ToTheLastDigit()
    {
        PolicyDataset data = Generated(seed: 7, count: 600, hugeToo: false);
        NormalisationResult usd = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        Aggregation bySponsor = Aggregation.Of(usd, data, AggregationKey.SponsorKind);
        string file = await Export(usd.ToTable());
        using DuckDBConnection db = Open();

        int compared = 0, rounded = 0;
        foreach (AggregateGroup group in bySponsor.Groups)
        {
            foreach ((string qualifier, Money? total) in new[] { ("exact", group.Exact), ("approximately", group.Approximate), ("up to", group.Caps) })
            {
                string sql = $"SELECT CAST(sum(\"value [USD]\") AS VARCHAR) FROM read_parquet('{file}') WHERE sponsor = '{group.Key}' AND qualifier = '{qualifier}' AND note IS NULL";
                string? duck = Scalar(db, sql);
                if (total is Money t)
                {
                    // Where a decimal cannot hold every digit, the library rounds once and gives the exact sum beside it.
                    string figure = qualifier == "up to" ? "up to (caps)" : qualifier;
                    string exact = group.Notes.SingleOrDefault(n => n.Figure == figure)?.ExactSum ?? t.Amount.ToString(CultureInfo.InvariantCulture);
                    Canonical(duck!).Should().Be(Canonical(exact), $"{group.Key}, {qualifier}");
                    if (exact != t.Amount.ToString(CultureInfo.InvariantCulture))
                    {
                        WithinHalfAUnit(exact, t.Amount).Should().BeTrue("the total is the exact sum rounded once, to its last decimal");
                        rounded++;
                    }

                    compared++;
                }
                else
                {
                    duck.Should().BeNull();
                }
            }
        }

        compared.Should().BeGreaterThan(3);
        rounded.Should().BeGreaterThan(0, "sums of converted amounts have more digits than a decimal holds");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(7, true)]
    [InlineData(64, false)]
    public async Task ANormalisedTableInManyRowGroups_ReadByDuckDb_SumsToTheLibrarysValues_ToTheLastDigit(int rowsPerGroup, bool hugeToo)
    {
        PolicyDataset data = Generated(seed: 29, count: 300, hugeToo);
        ResultTable table = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtAnnualAverage(2024)).ToTable();

        string file = await CheckEveryField(table, rowsPerGroup);

        using DuckDBConnection db = Open();
        int groups = (table.Rows.Count + rowsPerGroup - 1) / rowsPerGroup;
        Scalar(db, $"SELECT CAST(count(DISTINCT row_group_id) AS VARCHAR) FROM parquet_metadata('{file}')").Should().Be(groups.ToString(CultureInfo.InvariantCulture));
        Scalar(db, $"SELECT CAST(sum(row_group_num_rows) AS VARCHAR) FROM (SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{file}'))").Should().Be(table.Rows.Count.ToString(CultureInfo.InvariantCulture));
        Column(db, $"SELECT programme FROM read_parquet('{file}', file_row_number = true) ORDER BY file_row_number").Should().Equal(Enumerable.Range(0, table.Rows.Count).Select(r => (string)table.Cell(r, "programme")!), "every row once, in order");
    }

    [Fact]
    public async Task AnEmptyTable_ReadByDuckDb_HasNoRows_AndItsSumsAreNull()
    {
        var table = new ResultTable("empty", [new TableColumn("v", ColumnKind.Money, currency: Currency.USD), new TableColumn("note", ColumnKind.Text)], Array.Empty<IReadOnlyList<object?>>());

        string file = await CheckEveryField(table);

        using DuckDBConnection db = Open();
        Scalar(db, $"SELECT CAST(count(*) AS VARCHAR) FROM read_parquet('{file}')").Should().Be("0");
    }

    private async Task<string> CheckEveryField(ResultTable table, int? rowsPerGroup = null)
    {
        string file = await Export(table, rowsPerGroup);
        using DuckDBConnection db = Open();
        Scalar(db, $"SELECT CAST(count(*) AS VARCHAR) FROM read_parquet('{file}')").Should().Be(table.Rows.Count.ToString(CultureInfo.InvariantCulture));
        string[] names = Column(db, $"SELECT name FROM parquet_schema('{file}') WHERE num_children IS NULL");
        var values = new object?[table.Fields.Count];
        for (int f = 0; f < table.Fields.Count; f++)
        {
            TableField field = table.Fields[f];
            if (field.Type != FieldType.Decimal)
            {
                continue;
            }

            var exact = new List<decimal?>();
            for (int r = 0; r < table.Rows.Count; r++)
            {
                table.FieldValues(r, values);
                exact.Add((decimal?)values[f]);
            }

            string quoted = "\"" + field.Header.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            if (names.Contains(field.Header + ParquetExport.ExactSuffix))
            {
                // Values spanning more than 38 digits: the exact text field holds every digit.
                string exactField = "\"" + field.Header + ParquetExport.ExactSuffix + "\"";
                Column(db, $"SELECT {exactField} FROM read_parquet('{file}')")
                    .Should().Equal(exact.Select(v => v?.ToString(CultureInfo.InvariantCulture)), $"{table.Name}.{field.Header}: every exact digit");
            }
            else
            {
                string? sum = Scalar(db, $"SELECT CAST(sum({quoted}) AS VARCHAR) FROM read_parquet('{file}')");
                if (exact.All(v => v is null))
                {
                    sum.Should().BeNull();
                }
                else
                {
                    Canonical(sum!).Should().Be(ExactSum(exact), $"{table.Name}.{field.Header}: DuckDB's sum equals the library's values added exactly");
                }
            }
        }

        return file;
    }

    private async Task<string> Export(ResultTable table, int? rowsPerGroup = null)
    {
        string file = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".parquet");
        await using (FileStream stream = File.Create(file))
        {
            if (rowsPerGroup is int size)
            {
                await ParquetExport.WriteInGroupsAsync(table, stream, size, CancellationToken.None);
            }
            else
            {
                await ParquetExport.WriteAsync(table, stream);
            }
        }

        return file;
    }

    private static DuckDBConnection Open()
    {
        var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        return db;
    }

    private static string? Scalar(DuckDBConnection db, string sql)
    {
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? null : (string)value;
    }

    private static string[] Column(DuckDBConnection db, string sql)
    {
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string?>();
        while (reader.Read())
        {
            texts.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        return texts.ToArray()!;
    }

    /// <summary>The exact sum of decimals, as canonical text (BigInteger at scale 28).</summary>
    private static string ExactSum(IEnumerable<decimal?> values)
    {
        BigInteger units = BigInteger.Zero;
        foreach (decimal v in values.OfType<decimal>())
        {
            int[] bits = decimal.GetBits(v);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            BigInteger scaled = mantissa * BigInteger.Pow(10, 28 - v.Scale);
            units += v < 0 ? -scaled : scaled;
        }

        string digits = BigInteger.Abs(units).ToString(CultureInfo.InvariantCulture).PadLeft(29, '0');
        return Canonical((units.Sign < 0 ? "-" : string.Empty) + digits[..^28] + "." + digits[^28..]);
    }

    /// <summary>Whether <paramref name="total"/> is within half a unit of its last decimal of the exact sum.</summary>
    private static bool WithinHalfAUnit(string exact, decimal total)
    {
        string[] parts = exact.TrimStart('-').Split('.');
        string fraction = parts.Length > 1 ? parts[1] : string.Empty;
        int scale = Math.Max(fraction.Length, total.Scale);
        BigInteger exactUnits = BigInteger.Parse(parts[0] + fraction.PadRight(scale, '0'), CultureInfo.InvariantCulture) * (exact.StartsWith('-') ? -1 : 1);
        string totalText = total.ToString(CultureInfo.InvariantCulture);
        string[] t = totalText.TrimStart('-').Split('.');
        BigInteger totalUnits = BigInteger.Parse(t[0] + (t.Length > 1 ? t[1] : string.Empty).PadRight(scale, '0'), CultureInfo.InvariantCulture) * (totalText.StartsWith('-') ? -1 : 1);
        return BigInteger.Abs(exactUnits - totalUnits) * 2 <= BigInteger.Pow(10, scale - total.Scale);
    }

    /// <summary>A decimal's text without trailing fraction zeros (and without "-" for zero).</summary>
    private static string Canonical(string text)
    {
        string s = text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
        return s is "-0" or "" ? "0" : s;
    }

    /// <summary>A dataset of generated programmes in yuan and dollars, state and private, exact, approximate and capped,
    /// with amounts of up to 12 integer digits and 4 decimals (and, with <paramref name="hugeToo"/>, some near the end of
    /// decimal's range and some of 28 decimals).</summary>
    private static PolicyDataset Generated(int seed, int count, bool hugeToo)
    {
        var random = new Random(seed);
        string[] qualifiers = ["exact", "approximately", "upTo"];
        string[] jurisdictions = ["CN", "CN-SH", "US"];
        var json = new StringBuilder("{\"formatVersion\": 1, \"programmes\": [");
        for (int i = 0; i < count; i++)
        {
            string amount = (random.Next(4) == 0 && hugeToo)
                ? (random.Next(2) == 0 ? "7" + new string('0', 27) + "." + random.Next(10) : "0." + new string('0', 26) + random.Next(10, 99))
                : random.NextInt64(1, 999_999_999_999).ToString(CultureInfo.InvariantCulture) + "." + random.Next(0, 9999).ToString("0000", CultureInfo.InvariantCulture);
            json.Append(i == 0 ? string.Empty : ",")
                .Append("{\"id\": \"g-").Append(i).Append("\", \"name\": \"g ").Append(i).Append("\", \"sponsorKind\": \"").Append(random.Next(2) == 0 ? "state" : "private")
                .Append("\", \"jurisdiction\": \"").Append(jurisdictions[random.Next(3)]).Append("\", \"instruments\": [\"subsidy\"], \"headline\": {\"qualifier\": \"")
                .Append(qualifiers[random.Next(3)]).Append("\", \"amount\": \"").Append(amount).Append("\", \"currency\": \"").Append(random.Next(2) == 0 ? "CNY" : "USD")
                .Append("\"}, \"sources\": [{\"source\": \"seed-001\", \"quote\": \"Enter Shanghai\"}]}");
        }

        return PolicyData.Parse(json.Append("]}").ToString(), extending: PolicyData.Embedded);
    }
}
