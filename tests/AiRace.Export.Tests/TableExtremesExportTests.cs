using System.Globalization;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Interactive.Html;
using DuckDB.NET.Data;

namespace AiRace.Export.Tests;

/// <summary>
/// Parquet, DataFrame and HTML of tables at the edges: every column kind at decimal's extremes, read back by the
/// library and by DuckDB to the last digit, and the same bytes and text under every culture.
/// </summary>
public class TableExtremesExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("airace-review45p").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly decimal[] Extremes =
    [
        decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m,
        new decimal(0, 0, 0, true, 2), 1.10m, 7.9228162514264337593543950335m, 0m,
    ];

    private static ResultTable AllKinds() => new(
        "kinds",
        [
            new TableColumn("t", ColumnKind.Text), new TableColumn("n", ColumnKind.Integer, "count"), new TableColumn("d", ColumnKind.Decimal, "CNY per USD"),
            new TableColumn("day", ColumnKind.Date), new TableColumn("b", ColumnKind.Boolean), new TableColumn("m", ColumnKind.Money),
            new TableColumn("usd", ColumnKind.Money, currency: Currency.USD), new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio),
            new TableColumn("p", ColumnKind.PartialDate),
        ],
        Extremes.Select((x, i) => (IReadOnlyList<object?>)new object?[]
        {
            i % 3 == 0 ? string.Empty : "t" + i, i % 2 == 0 ? long.MinValue : long.MaxValue, x, i % 2 == 0 ? DateOnly.MinValue : DateOnly.MaxValue, i % 2 == 0,
            Money.Of(x, Currency.All[i * 11 % Currency.All.Count]), Money.Of(x, Currency.USD), i % 2 == 0 ? Share.Whole : Share.FromFraction(0.0000000000000000000000000001m),
            Ratio.Of(Math.Abs(x)), i % 2 == 0 ? PartialDate.OfYear(1) : PartialDate.OfDay(9999, 12, 31),
        })
        .Append(new object?[10])
        .ToArray());

    private static Task<ResultTable> ParquetRoundTrip(ResultTable table) => ExportTestFiles.ParquetRoundTrip(table);

    private Task<string> File(ResultTable table) => ExportTestFiles.ParquetFile(table, _dir);

    private static string? Scalar(string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        object? v = command.ExecuteScalar();
        return v is null or DBNull ? null : Convert.ToString(v, CultureInfo.InvariantCulture);
    }

    private static string[] Column(string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.IsDBNull(0) ? "NULL" : reader.GetString(0));
        }

        return list.ToArray();
    }

    [Fact]
    public async Task Parquet_EveryKindAtTheExtremes_RoundTrips()
    {
        ResultTable table = AllKinds();
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_NullAndEmptyText_KeptApart()
    {
        var table = new ResultTable("t", [new TableColumn("c", ColumnKind.Text)], [[null], [string.Empty], ["x"], [string.Empty], [null]]);
        (await ParquetRoundTrip(table)).Rows.Select(r => r[0]).Should().Equal(new object?[] { null, string.Empty, "x", string.Empty, null });
    }

    [Fact]
    public async Task Parquet_EveryCurrency_RoundTrips()
    {
        var rows = Currency.All.Select(c => (IReadOnlyList<object?>)new object?[] { Money.Of(-0.0000000000000000000000000001m, c) }).Append(new object?[] { Money.Of(1m, default(Currency)) }).ToArray();
        var table = new ResultTable("t", [new TableColumn("m", ColumnKind.Money)], rows);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_AllNullDecimalAndDateFields_RoundTrip()
    {
        var table = new ResultTable("t", [new TableColumn("d", ColumnKind.Decimal, "u"), new TableColumn("day", ColumnKind.Date), new TableColumn("m", ColumnKind.Money)], [[null, null, null], [null, null, null]]);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_UnitsWithDotsCommasAndNonAscii_RoundTrip()
    {
        var table = new ResultTable(
            "t",
            [new TableColumn("a", ColumnKind.Decimal, "USD per 1.0 CNY"), new TableColumn("b", ColumnKind.Integer, "m.s, \"x\""), new TableColumn("c", ColumnKind.Decimal, "元 per $\u202E"), new TableColumn("e", ColumnKind.Decimal, "x\r\ny")],
            [[1.5m, 2L, 3m, 4m]]);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_WideField_ReadByDuckDbExactText_AndRoundedDecimal()
    {
        decimal[] values = [decimal.MaxValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 1.10m];
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Money, currency: Currency.CNY)], values.Select(v => (IReadOnlyList<object?>)new object?[] { Money.Of(v, Currency.CNY) }).ToArray());
        string file = await File(table);
        Column($"SELECT \"v [CNY] exact\" FROM read_parquet('{file}')").Should().Equal(values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        Column($"SELECT CAST(\"v [CNY]\" AS VARCHAR) FROM read_parquet('{file}')")[0].Should().StartWith("79228162514264337593543950335");
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_Scale28Field_ReadByDuckDbToTheLastDigit()
    {
        decimal[] values = [1234567890.0000000000000000000000000001m, 0.0000000000000000000000000001m, -1234567890m, 0.1234567890123456789012345678m];
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Decimal, "u")], values.Select(v => (IReadOnlyList<object?>)new object?[] { v }).ToArray());
        string file = await File(table);
        string[] duck = Column($"SELECT CAST(\"v [u]\" AS VARCHAR) FROM read_parquet('{file}')");
        duck.Select(d => decimal.Parse(d, CultureInfo.InvariantCulture)).Should().Equal(values);
        Scalar($"SELECT CAST(sum(\"v [u]\") AS VARCHAR) FROM read_parquet('{file}')").Should().NotBeNull();
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_DuckDbReadsEveryKindAtTheExtremes()
    {
        string file = await File(AllKinds());
        Scalar($"SELECT CAST(count(*) AS VARCHAR) FROM read_parquet('{file}')").Should().Be("9");
        Column($"SELECT CAST(\"day\" AS VARCHAR) FROM read_parquet('{file}')").Take(2).Should().Equal("0001-01-01", "9999-12-31");
        Column($"SELECT CAST(\"n [count]\" AS VARCHAR) FROM read_parquet('{file}')").Take(2).Should().Equal("-9223372036854775808", "9223372036854775807");
        Column($"SELECT \"t\" FROM read_parquet('{file}')").Should().Equal(string.Empty, "t1", "t2", string.Empty, "t4", "t5", string.Empty, "t7", "NULL");
        Column($"SELECT \"m_currency\" FROM read_parquet('{file}')").Last().Should().Be("NULL");
    }

    [Fact]
    public async Task Parquet_UnderCultures_TheSameBytes()
    {
        ResultTable table = AllKinds();
        byte[] Write()
        {
            using var s = new MemoryStream();
            ParquetExport.WriteAsync(table, s).GetAwaiter().GetResult();
            return s.ToArray();
        }

        byte[] invariant = Write();
        foreach (string culture in new[] { "tr-TR", "de-DE", "zh-CN", "ar-SA", "fa-IR" })
        {
            using (new CultureScope(culture))
            {
                Write().Should().Equal(invariant, culture);
                (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue(culture);
            }
        }
    }

    [Fact]
    public void DataFrame_EveryKindAtTheExtremes_RoundTripsWithScale()
    {
        ResultTable table = AllKinds();
        ResultTable back = DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema);
        back.ContentEquals(table).Should().BeTrue();
        back.Rows.Take(Extremes.Length).Select(r => ((decimal)r[2]!).Scale).Should().Equal(Extremes.Select(e => e.Scale));
    }

    [Fact]
    public void DataFrame_UnderCultures_RoundTrips()
    {
        ResultTable table = AllKinds();
        foreach (string culture in new[] { "tr-TR", "fa-IR", "ar-SA" })
        {
            using (new CultureScope(culture))
            {
                DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema).ContentEquals(table).Should().BeTrue(culture);
            }
        }
    }

    [Fact]
    public void Html_Table_IsTheSameUnderCultures_AndKeepsEveryDigit()
    {
        ResultTable table = AllKinds();
        string invariant = PolicyHtml.Table(table);
        invariant.Should().Contain("0.0000000000000000000000000001").And.Contain("79,228,162,514,264,337,593,543,950,335");
        foreach (string culture in new[] { "tr-TR", "de-DE", "zh-CN", "ar-SA", "fa-IR" })
        {
            using (new CultureScope(culture))
            {
                PolicyHtml.Table(table).Should().Be(invariant, culture);
            }
        }
    }

    [Fact]
    public void Html_FixedCurrencyMoney_KeepsTrailingZeroDecimals()
    {
        // The table's CSV writes 1.10; the HTML of the same cell should not show a different number of decimals
        // than the per-cell money column shows for the same amount.
        var table = new ResultTable("t", [new TableColumn("fixed", ColumnKind.Money, currency: Currency.USD), new TableColumn("own", ColumnKind.Money)], [[Money.Of(-0.0000000000000000000000000001m, Currency.USD), Money.Of(-0.0000000000000000000000000001m, Currency.USD)]]);
        string html = PolicyHtml.Table(table);
        html.Should().Contain(">-0.0000000000000000000000000001<", "a negative amount keeps its sign and every digit");
    }
}
