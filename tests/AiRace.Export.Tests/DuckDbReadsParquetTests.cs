using System.Globalization;
using System.Numerics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Reporting;
using AiRace.Core.Tests.Analysis;
using DuckDB.NET.Data;

namespace AiRace.Export.Tests;

/// <summary>
/// An outside reader proves the Parquet files: DuckDB reads every table the library produces, and the sum of every
/// decimal field never overflows and equals the exact sum of the library's values, to the last digit; where a field's
/// values and their sum span more than 38 digits, its sum is that of the values rounded to its scale, DuckDB reads
/// every value's exact text from the field beside it, and that text summed in parts gives the exact total; and
/// DuckDB's grouped sums of the normalised programmes equal the aggregation's totals.
/// </summary>
public sealed class DuckDbReadsParquetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("airace-duckdb").FullName;

    /// <summary>The README's one <c>sql</c> block (without its final semicolon): the exact total of a field's text.</summary>
    private static readonly Lazy<string> ReadmeQuery = new(() =>
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "AiRace.Core.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("AiRace.Core.sln not found above " + AppContext.BaseDirectory);
        }

        string[] lines = File.ReadAllLines(Path.Combine(dir, "README.md"));
        int[] starts = lines.Select((line, i) => (line, i)).Where(l => l.line.Trim() == "```sql").Select(l => l.i).ToArray();
        starts.Should().ContainSingle("the README shows one SQL query");
        string[] body = lines.Skip(starts[0] + 1).TakeWhile(l => l.Trim() != "```").ToArray();
        return string.Join("\n", body).Trim().TrimEnd(';');
    });

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

        // The table's qualifier "exact" is the plain figure's without a precision; those stated to a precision (the
        // embedded seeds) are "rounded", as the aggregation's "rounded" total is.
        string plainRounded = string.Join(", ", usd.Items.Where(i => i.Amount.Qualifier == AmountQualifier.Exact && i.Amount.Original.Precision is not null).Select(i => $"'{i.Programme.Id}'"));
        plainRounded.Should().NotBeEmpty();
        int compared = 0, rounded = 0;
        foreach (AggregateGroup group in bySponsor.Groups)
        {
            foreach ((string figure, string qualifier, Money? total) in new[]
            {
                ("exact", "qualifier = 'exact'", group.Exact),
                ("rounded", "qualifier = 'rounded'", group.Rounded),
                ("approximately", "qualifier = 'approximately'", group.Approximate),
                ("up to (caps)", "qualifier = 'up to'", group.Caps),
            })
            {
                string? duck = DuckDbExactSum(db, file, "value [USD]", $"sponsor = '{group.Key}' AND {qualifier} AND note IS NULL");
                if (total is Money t)
                {
                    // Where a decimal cannot hold every digit, the library rounds once and gives the exact sum beside it.
                    string exact = group.Notes.SingleOrDefault(n => n.Figure == figure)?.ExactSum ?? t.Amount.ToString(CultureInfo.InvariantCulture);
                    Canonical(duck!).Should().Be(Canonical(exact), $"{group.Key}, {figure}");
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
                int scale = ScaleOf(db, file, quoted);
                Canonical(Scalar(db, $"SELECT CAST(sum({quoted}) AS VARCHAR) FROM read_parquet('{file}')")!)
                    .Should().Be(RoundedSum(exact, scale), $"{table.Name}.{field.Header}: DuckDB's sum of the rounded field is the sum of the values rounded to its scale, {scale}");
                ExactSumByParts(db, file, field.Header, "true").Should().Be(ExactSum(exact), $"{table.Name}.{field.Header}: the exact text sums to the exact total");
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

    // Issue 13: DuckDB's sums of every exported file equal the library's totals to the last digit. Three programmes
    // of 600 billion dollars and one of 1 yuan: the exact total of the state's exact figures has 41 significant digits,
    // more than any DECIMAL(38, s) holds. The rounded value field leaves its sums room (no HUGEINT overflow) and sums
    // to the sum of its rounded values; the exact text field beside it, summed in parts, gives the exact total.
    [Fact]
    public async Task NormalisedValuesPastTwoTrillionDollars_DuckDbsSumNeverOverflows_AndTheExactTextSumsToTheAggregationsTotal()
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
        ResultTable table = usd.ToTable();
        string file = await Export(table);
        using DuckDBConnection db = Open();
        // The embedded seeds' plain figures are stated to a precision: in the aggregation's rounded total, not its exact one.
        string[] plainRounded = usd.Items.Where(i => i.Amount.Qualifier == AmountQualifier.Exact && i.Amount.Original.Precision is not null).Select(i => i.Programme.Id).ToArray();
        string where = $"sponsor = '{state.Key}' AND qualifier = 'exact' AND programme NOT IN ({string.Join(", ", plainRounded.Select(id => $"'{id}'"))}) AND note IS NULL";

        int scale = ScaleOf(db, file, "\"value [USD]\"");
        string? rounded = Scalar(db, $"SELECT CAST(sum(\"value [USD]\") AS VARCHAR) FROM read_parquet('{file}') WHERE {where}");

        Canonical(exact).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length.Should().Be(41, "the total needs more digits than a decimal field holds");
        Canonical(rounded!).Should().Be(RoundedSum(ValuesOf(table, "value [USD]", r => (string?)table.Cell(r, "sponsor") == state.Key && (string?)table.Cell(r, "qualifier") == "exact" && table.Cell(r, "note") is null
            && !plainRounded.Contains((string?)table.Cell(r, "programme"))), scale));
        ExactSumByParts(db, file, "value [USD]", where).Should().Be(Canonical(exact));
    }

    // Issue 13 (the decimal field leaves its sum room): a bare field of 9,999,999,999 twice and 1e-28 needs 38 digits
    // for its values alone; DuckDB's sum fits, and the exact text gives the exact total.
    [Fact]
    public async Task ABareFieldOfTenDigitValuesAndOneOf28Decimals_DuckDbsSumFits_AndTheExactTextSumsExactly()
    {
        var table = new ResultTable("bare", [new TableColumn("v", ColumnKind.Decimal, "u")], [[9_999_999_999m], [9_999_999_999m], [0.0000000000000000000000000001m]]);
        string file = await CheckEveryField(table);

        using DuckDBConnection db = Open();
        Scalar(db, $"SELECT CAST(sum(\"v [u]\") AS VARCHAR) FROM read_parquet('{file}')").Should().Be("19999999998.000000000000000000000000000", "DECIMAL(38, 27): 11 digits for the sum, 1e-28 rounded to 0");
        ExactSumByParts(db, file, "v [u]", "true").Should().Be("19999999998.0000000000000000000000000001");
    }

    // Issue 13: DuckDB's SUM never overflows, whatever the magnitude and count of a field's values: fields whose values
    // alone need all 38 digits, over more rows than a row group, some negative.
    [Theory]
    [InlineData("79228162514264337593543950335", "0.000000001", false)]
    [InlineData("9999999999.9999999999999999999", "0.0000000000000000000000000001", false)]
    [InlineData("79228162514264337593543950335", "0.5", true)]
    public async Task AFieldAtTheEdgeOf38Digits_InManyRows_DuckDbsSumNeverOverflows(string big, string small, bool alternateSigns)
    {
        decimal b = decimal.Parse(big, CultureInfo.InvariantCulture), s = decimal.Parse(small, CultureInfo.InvariantCulture);
        IReadOnlyList<object?>[] rows = Enumerable.Range(0, 20_000)
            .Select(r => (IReadOnlyList<object?>)new object?[] { r == 7 ? s : alternateSigns && r % 2 == 1 ? -b : b })
            .ToArray();
        var table = new ResultTable("edge", [new TableColumn("v", ColumnKind.Decimal, "u")], rows);

        string file = await CheckEveryField(table);

        using DuckDBConnection db = Open();
        Scalar(db, $"SELECT CAST(sum(\"v [u]\") AS VARCHAR) FROM read_parquet('{file}') WHERE abs(\"v [u]\") > 1").Should().NotBeNull();
        Scalar(db, $"SELECT CAST(count(DISTINCT row_group_id) AS VARCHAR) FROM parquet_metadata('{file}')").Should().Be("2");
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

    /// <summary>The scale of a decimal field as DuckDB reads it (its type, <c>DECIMAL(38,s)</c>).</summary>
    private static int ScaleOf(DuckDBConnection db, string file, string quoted)
    {
        string type = Scalar(db, $"SELECT typeof({quoted}) FROM read_parquet('{file}') LIMIT 1")!;
        type.Should().StartWith("DECIMAL(38,");
        return int.Parse(type["DECIMAL(38,".Length..^1], CultureInfo.InvariantCulture);
    }

    /// <summary>The values of a decimal field in the rows that match.</summary>
    private static List<decimal?> ValuesOf(ResultTable table, string header, Func<int, bool> match)
    {
        int f = table.Fields.Select(x => x.Header).ToList().IndexOf(header);
        var values = new object?[table.Fields.Count];
        var kept = new List<decimal?>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (match(r))
            {
                table.FieldValues(r, values);
                kept.Add((decimal?)values[f]);
            }
        }

        return kept;
    }

    /// <summary>The exact sum of decimals each rounded (half to even) to <paramref name="scale"/>, as canonical text.</summary>
    private static string RoundedSum(IEnumerable<decimal?> values, int scale)
    {
        BigInteger units = BigInteger.Zero;
        foreach (decimal v in values.OfType<decimal>())
        {
            int[] bits = decimal.GetBits(v);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            BigInteger scaled = v.Scale <= scale ? mantissa * BigInteger.Pow(10, scale - v.Scale) : RoundHalfEven(mantissa, BigInteger.Pow(10, v.Scale - scale));
            units += v < 0 ? -scaled : scaled;
        }

        string digits = BigInteger.Abs(units).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        return Canonical((units.Sign < 0 ? "-" : string.Empty) + digits[..^scale] + (scale > 0 ? "." + digits[^scale..] : string.Empty));
    }

    private static BigInteger RoundHalfEven(BigInteger value, BigInteger divisor)
    {
        BigInteger quotient = BigInteger.DivRem(value, divisor, out BigInteger rest);
        BigInteger twice = rest * 2;
        return twice > divisor || (twice == divisor && !quotient.IsEven) ? quotient + 1 : quotient;
    }

    /// <summary>The exact sum of a decimal field over the rows that match, as DuckDB gives it: from the exact text
    /// field where the file has one (<see cref="ExactSumByParts"/>), else the decimal field's own sum.</summary>
    private static string? DuckDbExactSum(DuckDBConnection db, string file, string header, string where)
    {
        bool hasExact = Column(db, $"SELECT name FROM parquet_schema('{file}') WHERE num_children IS NULL").Contains(header + ParquetExport.ExactSuffix);
        return hasExact
            ? ExactSumByParts(db, file, header, where)
            : Scalar(db, $"SELECT CAST(sum(\"{header}\") AS VARCHAR) FROM read_parquet('{file}') WHERE {where}");
    }

    /// <summary>The exact sum of a field's exact text in DuckDB by the README's own query (its one <c>sql</c> block, run
    /// here on this file and field, with the rows chosen): the whole parts summed as HUGEINT and the fractions as
    /// DECIMAL(38, 28), the two sums added here (their sum may pass 38 digits).</summary>
    private static string? ExactSumByParts(DuckDBConnection db, string file, string header, string where)
    {
        const string ReadmeField = "\"value [USD] exact\"";
        const string ReadmeFile = "read_parquet('normalised.parquet')";
        string query = ReadmeQuery.Value;
        query.Should().Contain(ReadmeField).And.Contain(ReadmeFile, "the README's query reads the normalised table's exact text");
        query = query.Replace(ReadmeField, "\"" + header + ParquetExport.ExactSuffix + "\"", StringComparison.Ordinal)
            .Replace(ReadmeFile, $"read_parquet('{file}') WHERE {where}", StringComparison.Ordinal);
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = $"SELECT CAST(whole AS VARCHAR), CAST(fraction AS VARCHAR) FROM ({query})";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        if (reader.IsDBNull(0))
        {
            return null;
        }

        string fraction = reader.GetString(1);
        string[] parts = fraction.TrimStart('-').Split('.');
        BigInteger fractionUnits = BigInteger.Parse(parts[0] + parts[1].PadRight(28, '0'), CultureInfo.InvariantCulture) * (fraction.StartsWith('-') ? -1 : 1);
        BigInteger units = BigInteger.Parse(reader.GetString(0), CultureInfo.InvariantCulture) * BigInteger.Pow(10, 28) + fractionUnits;
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
