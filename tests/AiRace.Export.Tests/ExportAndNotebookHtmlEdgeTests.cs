using System.Globalization;
using System.Numerics;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Interactive.Charts;
using AiRace.Interactive.Html;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace AiRace.Export.Tests;

/// <summary>
/// Edge cases of AiRace.Export (Parquet and data-frame round trips, crafted files) and of AiRace.Interactive's HTML
/// fragments and SVG charts: hostile and hidden characters, extreme amounts, every culture, and the documented errors.
/// </summary>
public sealed class ExportAndNotebookHtmlEdgeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("airace-export-edges").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Cultures = ["tr-TR", "de-DE", "zh-CN", "ar-SA", "fa-IR", "fr-FR", "hi-IN"];

    private const string Evil = "</table></td><script>alert('x')</script><img src=x onerror=alert(1)> & \"q\" 'a' javascript:alert(1)";

    private static Task<ResultTable> ParquetRoundTrip(ResultTable table) => ExportTestFiles.ParquetRoundTrip(table);

    private Task<string> File(ResultTable table) => ExportTestFiles.ParquetFile(table, _dir);

    private static List<string?> Column(string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string?>();
        while (reader.Read())
        {
            list.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return list;
    }

    private static List<string?[]> Rows(string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            list.Add(row);
        }

        return list;
    }

    private static XDocument Svg(SvgChart chart) => XDocument.Parse(chart.Svg);

    private static string[] Texts(SvgChart chart) => Svg(chart).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();

    private static string AllText(XDocument doc) => string.Concat(doc.Descendants().Where(e => !e.HasElements).Select(e => e.Value));

    /// <summary>The text content of every td of the first table, decoded.</summary>
    private static List<string> Cells(string html)
    {
        var cells = new List<string>();
        int at = 0;
        while ((at = html.IndexOf("<td", at, StringComparison.Ordinal)) >= 0)
        {
            int start = html.IndexOf('>', at) + 1;
            int end = html.IndexOf("</td>", start, StringComparison.Ordinal);
            cells.Add(System.Net.WebUtility.HtmlDecode(html[start..end]));
            at = end;
        }

        return cells;
    }

    private static ResultTable EveryKind(bool withNulls) => new(
        "every kind",
        [
            new TableColumn("t", ColumnKind.Text), new TableColumn("n", ColumnKind.Integer, "count"), new TableColumn("d", ColumnKind.Decimal, "CNY per USD"),
            new TableColumn("day", ColumnKind.Date), new TableColumn("b", ColumnKind.Boolean), new TableColumn("m", ColumnKind.Money),
            new TableColumn("usd", ColumnKind.Money, currency: Currency.USD), new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio),
            new TableColumn("p", ColumnKind.PartialDate),
        ],
        new IReadOnlyList<object?>[]
        {
            ["a", 1L, 1.10m, new DateOnly(2025, 7, 28), true, Money.Of(1.005m, Currency.CNY), Money.Of(0.1234567890123456789012345678m, Currency.USD), Share.FromPercent(55.5m), Ratio.Of(0.65m), PartialDate.OfYear(2025)],
            ["b", -1L, -0.0000000000000000000000000001m, new DateOnly(1999, 12, 31), false, Money.Of(-12345678901234567890.12345678m, Currency.JPY), Money.Of(-1m, Currency.USD), Share.FromFraction(0.0000000000000000000000000001m), Ratio.Of(12345678901234567890.123456789m), PartialDate.OfMonth(2025, 7)],
            ["c", 0L, 123456789012345678901234567.8m, new DateOnly(2000, 2, 29), true, Money.Of(0m, Currency.FromCode("KWD")), Money.Of(0.00m, Currency.USD), Share.Whole, Ratio.Of(0m), PartialDate.OfDay(2025, 7, 28)],
            ["d", 2L, 0m, new DateOnly(2025, 1, 1), false, Money.Of(1m, Currency.EUR), Money.Of(2m, Currency.USD), Share.FromPercent(0m), Ratio.Of(1m), PartialDate.Unknown],
        }
        .Concat(withNulls
            ? Enumerable.Range(0, 10).Select(i => (IReadOnlyList<object?>)new object?[] { i == 0 ? "x" : null, i == 1 ? 1L : null, i == 2 ? 2m : null, i == 3 ? new DateOnly(2025, 1, 1) : null, i == 4 ? true : null, i == 5 ? Money.Usd(1m) : null, i == 6 ? Money.Usd(1m) : null, i == 7 ? Share.Whole : null, i == 8 ? Ratio.Of(2m) : null, i == 9 ? PartialDate.OfYear(1) : null })
            : [])
        .ToArray(),
        ["note & <b>", "second"],
        ["cn-sh-ai-subsidy-package"]);

    private static PolicyDataset Dataset(string name, string quote) =>
        PolicyData.Parse(
            "{\"formatVersion\": 1, \"programmes\": [{\"id\": \"review-47d\", \"name\": " + System.Text.Json.JsonSerializer.Serialize(name)
            + ", \"sponsorKind\": \"state\", \"jurisdiction\": \"CN\", \"instruments\": [\"subsidy\"], \"headline\": {\"qualifier\": \"exact\", \"amount\": \"1000000000.5\", \"currency\": \"CNY\"},"
            + " \"sources\": [{\"source\": \"seed-001\", \"quote\": " + System.Text.Json.JsonSerializer.Serialize(quote) + "}]}]}",
            extending: PolicyData.Embedded);

    // ---------------------------------------------------------------- 1. HTML and SVG escaping

    [Fact]
    public void Html_TableName_WithMarkup_IsEscaped_AndShown()
    {
        var table = new ResultTable(Evil, [new TableColumn("c", ColumnKind.Text)], [["x"]]);
        string html = PolicyHtml.Table(table);
        html.Should().NotContain("<script").And.NotContain("<img").And.Contain("&lt;script&gt;");
        html.Split("</table>").Length.Should().Be(2, "exactly one table end");
        System.Net.WebUtility.HtmlDecode(html).Should().Contain(Evil);
    }

    [Fact]
    public void Html_TextCells_WithMarkupAndQuotes_AreEscaped_AndDecodeToTheText()
    {
        string[] texts = [Evil, "<", ">", "&amp;", "\"", "'", "</td></tr></tbody></table>", "a\tb\nc\r\n"];
        var table = new ResultTable("t", [new TableColumn("c", ColumnKind.Text)], texts.Select(t => (IReadOnlyList<object?>)new object?[] { t }).ToArray());
        string html = PolicyHtml.Table(table);
        html.Should().NotContain("<script").And.NotContain("<img");
        Cells(html).Should().Equal(texts);
    }

    [Fact]
    public void Html_Notes_AndUnitInHeader_AreEscaped()
    {
        var table = new ResultTable("t", [new TableColumn("c", ColumnKind.Decimal, "<b>&\"u'</b>")], [[1m]], [Evil]);
        string html = PolicyHtml.Table(table);
        html.Should().NotContain("<b>&").And.NotContain("<script").And.NotContain("<img");
        System.Net.WebUtility.HtmlDecode(html).Should().Contain("c [<b>&\"u'</b>]").And.Contain(Evil);
    }

    [Fact]
    public void Html_LineAndParagraphSeparators_ShownByCode()
    {
        string html = new HtmlTable().Column("a").Row("x\u2028y\u2029z").ToHtml();
        html.Should().NotContain("\u2028").And.NotContain("\u2029").And.Contain(">U+2028</span>").And.Contain(">U+2029</span>");
        html.Should().Contain("x<span").And.Contain("z</td>");
    }

    [Fact]
    public void Html_EveryControlButTabAndLineEnds_ShownByCode()
    {
        var controls = Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray();
        string html = new HtmlTable().Column("a").Row(new string(controls)).ToHtml();
        foreach (char c in controls)
        {
            html.Should().NotContain(c.ToString(), $"U+{(int)c:X4} is not written raw");
            html.Should().Contain($">U+{(int)c:X4}</span>");
        }
    }

    [Fact]
    public void Html_BidiControlsAndMarks_ShownByCode()
    {
        char[] bidi = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'];
        string html = new HtmlTable("cap\u202E").Column("h\u2067").Row("x" + new string(bidi) + "y").ToHtml();
        foreach (char c in bidi)
        {
            html.Should().NotContain(c.ToString());
        }

        html.Should().Contain("cap<span").And.Contain("h<span").And.Contain(">U+061C</span>").And.Contain("y</td>");
    }

    [Fact]
    public void Html_LoneSurrogates_ShownByCode_NotReplaced()
    {
        string html = new HtmlTable().Column("a").Row("a\uD800b\uDC00c\uD83D").ToHtml();
        html.Should().Contain(">U+D800</span>").And.Contain(">U+DC00</span>").And.Contain(">U+D83D</span>");
        html.Should().NotContain("\uFFFD");
        html.Any(char.IsSurrogate).Should().BeFalse();
    }

    [Fact]
    public void ResultTable_LoneSurrogateCell_RefusedNamingRowAndColumn()
    {
        Action act = () => _ = new ResultTable("t", [new TableColumn("name", ColumnKind.Text)], [["ok"], ["bad\uD800"]]);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("Row 1").And.Contain("'name'").And.Contain("U+D800");
    }

    [Fact]
    public void Html_ZeroWidthSpace_IsAnInvisibleCharacter_ShownByCode()
    {
        // HtmlTable: "escaped cells (a control, bidirectional or invisible character shown by its code)".
        string html = new HtmlTable().Column("a").Row("pay\u200Bpal").ToHtml();
        html.Should().NotContain("\u200B").And.Contain(">U+200B</span>");
    }

    [Fact]
    public void HtmlTable_CaptionHeaders_Escaped_AndWrongRowLength_ClearError()
    {
        var table = new HtmlTable(Evil).Column(Evil).Column("n", numeric: true);
        string html = table.Row("a", "1").ToHtml();
        html.Should().NotContain("<script").And.NotContain("<img");
        System.Net.WebUtility.HtmlDecode(html).Should().Contain("<caption>" + Evil + "</caption>").And.Contain("<th>" + Evil + "</th>");
        Action act = () => table.Row("only one");
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("2 cells").And.Contain("has 1");
    }

    [Fact]
    public void Html_ProgrammeCard_NameAndQuote_Escaped_AndShown()
    {
        PolicyDataset data = Dataset("Plan " + Evil + " \u202E end", "quote </details></li>" + Evil);
        Programme p = data.Programmes.Single(x => x.Id == "review-47d");
        string html = PolicyHtml.Card(p);
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("\u202E");
        html.Split("</details>").Length.Should().Be(2);
        System.Net.WebUtility.HtmlDecode(html).Should().Contain(Evil).And.Contain("quote </details></li>");
        string list = PolicyHtml.Programmes([p]);
        list.Should().NotContain("<script").And.NotContain("\u202E").And.Contain(">U+202E</span>");
    }

    [Fact]
    public void Html_ListsOfFacts_RefuseANullItemByItsPosition_AndEscapeTheirText()
    {
        PolicyDataset data = PolicyData.Embedded;
        Target target = data.Targets[0];
        Action targets = () => PolicyHtml.Targets([target, null!]);
        targets.Should().Throw<ArgumentException>().WithParameterName("targets").WithMessage("targets[1] is null*");
        Action indicators = () => PolicyHtml.Indicators([null!]);
        indicators.Should().Throw<ArgumentException>().WithMessage("indicators[0] is null*");
        Action claims = () => PolicyHtml.Claims(null!);
        claims.Should().Throw<ArgumentNullException>().WithParameterName("claims", "the parameter the caller passed, not the guard's own");
        Action programmes = () => PolicyHtml.Programmes([data.Programmes[0], data.Programmes[1], null!]);
        programmes.Should().Throw<ArgumentException>().WithMessage("programmes[2] is null*");

        var claim = new Claim("c-evil", "topic", "CN", "It says " + Evil + " \u202E", null, null, [new SourceReference("s1", "quote")]);
        string html = PolicyHtml.Claims([claim]);
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("\u202E").And.Contain(">U+202E</span>");
        System.Net.WebUtility.HtmlDecode(html).Should().Contain(Evil);
    }

    [Fact]
    public void Html_Assessments_ShowADeviationBeyondDecimalsRangeAsNotComputable_AndEveryDigitOtherwise()
    {
        var far = new PathAssessment(2030, decimal.MaxValue, -1m, -0.0m, PathPosition.Ahead, PathPosition.Ahead, "n");
        var near = new PathAssessment(2031, 0.0000000000000000000000000001m, 0m, 0.0000000000000000000000000003m, PathPosition.Ahead, PathPosition.Behind, "n");
        List<string> cells = Cells(PolicyHtml.Assessments([far, near]));
        cells.Should().Equal(
            "2030", "79228162514264337593543950335", "-1", "ahead", "not computable: further apart than a decimal holds", "0", "ahead", "+79228162514264337593543950335", "n",
            "2031", "0.0000000000000000000000000001", "0", "ahead", "+0.0000000000000000000000000001", "0.0000000000000000000000000003", "behind", "-0.0000000000000000000000000002", "n");
        Action nullItem = () => PolicyHtml.Assessments([near, null!]);
        nullItem.Should().Throw<ArgumentException>().WithMessage("assessments[1] is null*");
        Action nullAmbiguity = () => PolicyHtml.Ambiguities([null!]);
        nullAmbiguity.Should().Throw<ArgumentException>().WithMessage("ambiguities[0] is null*");
    }

    [Fact]
    public void Html_RateAndConversion_SeriesCitationWithMarkup_Escaped()
    {
        var series = new RateSeries("X1", "Cite " + Evil, "Pub <i>", RatePeriod.Day);
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1234567890123456789m, new DateOnly(2025, 7, 28), series);
        string rateHtml = MoneyHtml.Rate(rate);
        string conv = MoneyHtml.Conversion(Money.Usd(1m).ConvertAt(rate));
        foreach (string html in new[] { rateHtml, conv })
        {
            html.Should().NotContain("<script").And.NotContain("<img");
            System.Net.WebUtility.HtmlDecode(html).Should().Contain("Cite " + Evil);
        }
    }

    [Fact]
    public void Svg_TitleWithMarkup_IsWellFormed_NoScriptElement_AndTitleShown()
    {
        SvgChart chart = Chart.Bars(Evil, [("a", Money.Usd(1m)), ("b", Money.Usd(2m))]);
        XDocument doc = Svg(chart);
        doc.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "img" || e.Name.LocalName == "foreignObject");
        chart.ToHtml().Should().NotContain("<script");
        AllText(doc).Should().Contain("<script>", "the title is shown as text");
    }

    [Fact]
    public void Svg_BarLabelsWithMarkup_WellFormed_AndShown()
    {
        SvgChart chart = Chart.Bars("t", [("a</svg>&<b>", Money.Usd(1m)), ("x\"y'z", Money.Usd(2m))]);
        XDocument doc = Svg(chart);
        string text = AllText(doc);
        text.Should().Contain("a</svg>&<b>").And.Contain("x\"y'z");
    }

    [Fact]
    public void Svg_TitleWithNulAndControls_IsWellFormedXml()
    {
        SvgChart chart = Chart.Bars("A\0B\u0001C\u001BD", [("a", Money.Usd(1m))]);
        Action parse = () => XDocument.Parse(chart.Svg);
        parse.Should().NotThrow("an SVG document must be well-formed XML; XML 1.0 has no NUL or U+0001");
    }

    [Fact]
    public void Svg_LabelWithLoneSurrogate_IsWellFormedXml()
    {
        SvgChart chart = Chart.Bars("t", [("a\uD800b", Money.Usd(1m))]);
        Action parse = () => XDocument.Parse(chart.Svg);
        parse.Should().NotThrow();
    }

    [Fact]
    public void Svg_TitleWithBidiOverride_TextStillShown()
    {
        SvgChart chart = Chart.Bars("abc\u202Etxt.exe", [("a", Money.Usd(1m))]);
        string text = AllText(Svg(chart));
        text.Should().Contain("abc").And.Contain("txt.exe");
    }

    [Fact]
    public void Svg_InlineOnly_NoScriptNoNetwork()
    {
        SvgChart[] charts =
        [
            Chart.Bars("t", [("a", Money.Usd(1m)), ("b", Money.Usd(1000m))]),
            Chart.Bars("t", [("a", Money.Usd(1m), "g1"), ("b", Money.Usd(2m), "g2")], "kind"),
            Chart.Allocation("t", Money.Usd(10m), [("p", Money.Usd(4m))]),
            Chart.Paths("t", "v", [("l", new List<(int, decimal)> { (2024, 1m), (2025, 2m) })], [(2025, 1.5m, "obs")]),
        ];
        foreach (SvgChart c in charts)
        {
            string html = c.ToHtml();
            html.Should().NotContainAny("<script", "javascript:", "<foreignObject", "<iframe");
            Svg(c).Descendants().Attributes().Where(a => a.Name.LocalName == "href").Select(a => a.Value)
                .Should().NotContain(v => !v.StartsWith('#') && !v.StartsWith("data:", StringComparison.Ordinal), "no network reference");
            Svg(c).Descendants().Attributes().Should().NotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        }
    }

    // ---------------------------------------------------------------- 2. Exactness in HTML/SVG

    [Fact]
    public void Html_FixedCurrencyMoney_ShowsEveryDigit()
    {
        decimal[] values = [decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 0.1234567890123456789012345678m, 7.9228162514264337593543950335m, 1234567890123456789.012345678m];
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Money, currency: Currency.USD)], values.Select(v => (IReadOnlyList<object?>)new object?[] { Money.Usd(v) }).ToArray());
        List<string> cells = Cells(PolicyHtml.Table(table));
        cells.Select(c => decimal.Parse(c, NumberStyles.Number, CultureInfo.InvariantCulture)).Should().Equal(values);
    }

    [Fact]
    public void Html_OwnCurrencyMoney_ShowsCodeAndEveryDigit()
    {
        decimal[] values = [decimal.MaxValue, 0.1234567890123456789012345678m, -0.0000000000000000000000000001m];
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Money)], values.Select(v => (IReadOnlyList<object?>)new object?[] { Money.Of(v, Currency.JPY) }).ToArray());
        Cells(PolicyHtml.Table(table)).Should().Equal("JPY 79,228,162,514,264,337,593,543,950,335", "JPY 0.1234567890123456789012345678", "JPY -0.0000000000000000000000000001");
    }

    [Fact]
    public void Html_NegativeZero_ShownAsZero_InEveryNumericKind()
    {
        decimal negZero = new(0, 0, 0, true, 2);
        var table = new ResultTable(
            "t",
            [new TableColumn("d", ColumnKind.Decimal, "u"), new TableColumn("fixed", ColumnKind.Money, currency: Currency.USD), new TableColumn("own", ColumnKind.Money), new TableColumn("r", ColumnKind.Ratio)],
            [[negZero, Money.Usd(negZero), Money.Usd(negZero), Ratio.Of(negZero)]]);
        Cells(PolicyHtml.Table(table)).Should().OnlyContain(c => !c.Contains('-'), "a zero has no sign (QuantityText writes -0 as 0)");
    }

    [Fact]
    public void Html_ShareAndRatio_EveryDigit_RatiosWithLetterX()
    {
        // PolicyHtml.Cell: "shares in percent, ratios in the invariant form of Ratio.ToString() (0.65x, with a letter x)".
        var table = new ResultTable(
            "t",
            [new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio), new TableColumn("p", ColumnKind.PartialDate)],
            [[Share.FromFraction(0.0000000000000000000000000001m), Ratio.Of(12345678901234567890.123456789m), PartialDate.OfMonth(2025, 7)]]);
        List<string> cells = Cells(PolicyHtml.Table(table));
        cells[0].Should().Be("0.00000000000000000000000001%");
        cells[2].Should().Be("2025-07");
        cells[1].Should().Be("12345678901234567890.123456789x");
    }

    [Fact]
    public void Html_Table_SameUnderEveryCulture()
    {
        ResultTable table = EveryKind(withNulls: true);
        string invariant = PolicyHtml.Table(table);
        foreach (string culture in Cultures)
        {
            using (new CultureScope(culture))
            {
                PolicyHtml.Table(table).Should().Be(invariant, culture);
            }
        }
    }

    [Fact]
    public void Html_MoneyRateConversion_SameUnderEveryCulture_AndUnrounded()
    {
        var series = new RateSeries("X1", "Cite", "Pub", RatePeriod.Day);
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1234567890123456789m, new DateOnly(2025, 7, 28), series);
        Money money = Money.Usd(1234567.891m);
        Conversion conversion = money.ConvertAt(rate);
        string[] invariant = [MoneyHtml.Money(money), MoneyHtml.Rate(rate), MoneyHtml.Conversion(conversion)];
        invariant[0].Should().Contain("USD 1,234,567.891");
        invariant[2].Should().Contain(conversion.Result.Amount.ToString("N" + conversion.Result.Amount.Scale, CultureInfo.InvariantCulture));
        foreach (string culture in Cultures)
        {
            using (new CultureScope(culture))
            {
                new[] { MoneyHtml.Money(money), MoneyHtml.Rate(rate), MoneyHtml.Conversion(conversion) }.Should().Equal(invariant, culture);
            }
        }
    }

    [Fact]
    public void Html_EmptyTable_WellFormed_WithHeaders()
    {
        var table = new ResultTable("empty", [new TableColumn("a", ColumnKind.Text), new TableColumn("v", ColumnKind.Money, currency: Currency.USD)], Array.Empty<IReadOnlyList<object?>>());
        string html = PolicyHtml.Table(table)[MoneyHtml.Style.Length..];
        XElement.Parse(html).Descendants("th").Select(t => t.Value).Should().Equal("a", "v [USD]");
    }

    [Fact]
    public void Html_Table_IsWellFormedXml_WithHostileText()
    {
        ResultTable table = new(Evil + "\0\u202E", [new TableColumn("c", ColumnKind.Text), new TableColumn("u", ColumnKind.Decimal, Evil)], [[Evil + "\u0001\u2028", 1m]], [Evil]);
        string html = PolicyHtml.Table(table)[MoneyHtml.Style.Length..];
        Action parse = () => XElement.Parse("<root>" + html + "</root>");
        parse.Should().NotThrow();
    }

    [Fact]
    public void Html_ConversionOfDefault_ClearError()
    {
        Action act = () => MoneyHtml.Conversion(default);
        act.Should().Throw<InvalidOperationException>("bad input gets a clear error, not a null dereference, as PolicyHtml.Normalised(default) does");
    }

    [Fact]
    public void Html_NormalisedOfDefault_InvalidOperation_AsDocumented()
    {
        Action act = () => PolicyHtml.Normalised(default);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Svg_AllZeroBars_NoNaN_WellFormed()
    {
        SvgChart chart = Chart.Bars("zeros", [("a", Money.Usd(0m)), ("b", Money.Usd(0m))]);
        chart.Svg.Should().NotContainAny("NaN", "Infinity", "∞");
        Svg(chart);
    }

    [Fact]
    public void Svg_NegativeBars_NoNaN_LabelsKeepSign()
    {
        SvgChart chart = Chart.Bars("neg", [("a", Money.Usd(-5_000_000_000m)), ("b", Money.Usd(-1_000_000_000m))]);
        chart.Svg.Should().NotContainAny("NaN", "Infinity");
        AllText(Svg(chart)).Should().Contain("USD -5B").And.Contain("USD -1B");
    }

    [Fact]
    public void Svg_SingleBar_EqualBars_MixedSigns_NoNaN()
    {
        SvgChart[] charts =
        [
            Chart.Bars("one", [("a", Money.Usd(42m))]),
            Chart.Bars("eq", [("a", Money.Usd(7m)), ("b", Money.Usd(7m)), ("c", Money.Usd(7m))]),
            Chart.Bars("mixed", [("a", Money.Usd(-3m)), ("b", Money.Usd(5m)), ("c", Money.Usd(0m))]),
            Chart.Allocation("zero whole", Money.Usd(0m), []),
        ];
        foreach (SvgChart c in charts)
        {
            c.Svg.Should().NotContainAny("NaN", "Infinity");
            Svg(c);
        }
    }

    [Fact]
    public void Svg_HugeAndTinyBars_Drawn()
    {
        Action act = () => Chart.Bars("span", [("max", Money.Usd(decimal.MaxValue)), ("half", Money.Usd(0.5m))]);
        act.Should().NotThrow("a logarithmic axis is chosen when amounts span two orders of magnitude or more");
    }

    [Fact]
    public void Svg_DecimalMaxValueBars_Drawn_NoNaN()
    {
        SvgChart chart = Chart.Bars("max", [("a", Money.Usd(decimal.MaxValue)), ("b", Money.Usd(decimal.MaxValue / 2))]);
        chart.Svg.Should().NotContainAny("NaN", "Infinity");
    }

    [Fact]
    public void ChartLabel_DocumentedExamples()
    {
        Chart.Label(Money.Usd(139_320_000_000m)).Should().Be("≈ USD 139B");
        Chart.Label(Money.Usd(500_000_000_000m)).Should().Be("USD 500B");
        Chart.Label(Money.Usd(8_340_000_000m)).Should().Be("USD 8.34B");
        Chart.Label(Money.Usd(8_344_000_000m)).Should().Be("≈ USD 8.34B");
    }

    [Fact]
    public void ChartLabel_SmallAmount_ThreeSignificantDigits_NotZero()
    {
        // "the compact form rounded to three significant digits, marked ≈ when the rounding changed it"
        Chart.Label(Money.Usd(0.001234m)).Should().Be("≈ USD 0.00123");
    }

    [Fact]
    public void ChartLabel_SameUnderEveryCulture()
    {
        Money m = Money.Usd(-1_234_567.5m);
        string invariant = Chart.Label(m);
        foreach (string culture in Cultures)
        {
            using (new CultureScope(culture))
            {
                Chart.Label(m).Should().Be(invariant, culture);
            }
        }
    }

    [Fact]
    public void Svg_Bars_SameUnderEveryCulture_NoDecimalCommaInCoordinates()
    {
        Func<SvgChart> make = () => Chart.Bars("c", [("a", Money.Usd(1_500_000.25m)), ("b", Money.Usd(2_750_000.5m)), ("c", Money.Usd(3_333_333.33m))]);
        string[] invariant = Texts(make());
        var differing = new List<string>();
        foreach (string culture in Cultures)
        {
            using (new CultureScope(culture))
            {
                SvgChart chart = make();
                chart.Svg.Should().NotMatchRegex("[0-9],[0-9]{3,}\"", "no decimal comma in a coordinate");
                if (!Texts(chart).SequenceEqual(invariant))
                {
                    differing.Add(culture + ": " + string.Join(" | ", Texts(chart)));
                }
            }
        }

        differing.Should().BeEmpty("the bar labels are invariant (≈ USD 1.5M); the axis should read the same under every culture; invariant: " + string.Join(" | ", invariant));
    }

    [Fact]
    public void Svg_Paths_SameUnderEveryCulture()
    {
        Func<SvgChart> make = () => Chart.Paths("p", "share, %", [("l", new List<(int, decimal)> { (2024, 0.5m), (2025, 1.25m), (2026, 2.75m) })], [(2025, 1.5m, "obs")]);
        string[] invariant = Texts(make());
        foreach (string culture in Cultures)
        {
            using (new CultureScope(culture))
            {
                Texts(make()).Should().Equal(invariant, culture);
            }
        }
    }

    [Fact]
    public void Svg_Paths_ExtremeValues_NoNaN_AndHostileLabels_WellFormed()
    {
        SvgChart chart = Chart.Paths(Evil, Evil, [(Evil, new List<(int, decimal)> { (2024, decimal.MaxValue), (2025, 0.0000000000000000000000000001m), (2026, decimal.MinValue) })], [(2025, 0m, Evil)]);
        chart.Svg.Should().NotContainAny("NaN", "Infinity");
        XDocument doc = Svg(chart);
        doc.Descendants().Should().NotContain(e => e.Name.LocalName == "script");
    }

    [Fact]
    public void Svg_Paths_LineWithoutPoints_ClearArgumentError()
    {
        Action act = () => Chart.Paths("p", "v", [("empty line", new List<(int, decimal)>())], []);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'empty line'");
    }

    [Fact]
    public void Charts_DocumentedErrors()
    {
        Action none = () => Chart.Bars("t", new List<(string, Money)>());
        none.Should().Throw<ArgumentException>();
        Action mixed = () => Chart.Bars("t", [("a", Money.Usd(1m)), ("b", Money.Cny(1m))]);
        mixed.Should().Throw<CurrencyMismatchException>().Which.Message.Should().Contain("bar 1").And.Contain("'b'");
        Action group = () => Chart.Bars("t", [("a", Money.Usd(1m), "g"), ("b", Money.Usd(1m), " ")], "kind");
        group.Should().Throw<ArgumentException>().Which.Message.Should().Contain("Bar 1").And.Contain("'b'");
        Action allocation = () => Chart.Allocation("t", Money.Usd(1m), [("p", Money.Cny(1m))]);
        allocation.Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void Svg_Allocation_RemainderBar_ShownExactlyLabelled()
    {
        SvgChart chart = Chart.Allocation("alloc", Money.Usd(10_000_000_000m), [("p1", Money.Usd(3_000_000_000m)), ("p2", Money.Usd(4_000_000_000m))]);
        string text = AllText(Svg(chart));
        text.Should().Contain("unexplained remainder").And.Contain("USD 3B").And.Contain("USD 10B");
        SvgChart over = Chart.Allocation("alloc", Money.Usd(1m), [("p1", Money.Usd(3m))]);
        AllText(Svg(over)).Should().Contain("parts exceed the whole by").And.Contain("USD 2");
    }

    // ---------------------------------------------------------------- 3. Parquet / DataFrame

    [Fact]
    public async Task Parquet_EveryKind_WithNullsEverywhere_RoundTrips()
    {
        ResultTable table = EveryKind(withNulls: true);
        ResultTable back = await ParquetRoundTrip(table);
        back.ContentEquals(table).Should().BeTrue();
        back.Rows.Select(r => r[9]).Should().Equal(table.Rows.Select(r => r[9]));
        back.Rows.Take(4).Select(r => ((PartialDate)r[9]!).Precision).Should().Equal(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day, DatePrecision.Unknown);
    }

    [Fact]
    public void DataFrame_EveryKind_WithNullsEverywhere_RoundTrips_KeepingScale()
    {
        ResultTable table = EveryKind(withNulls: true);
        ResultTable back = DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema);
        back.ContentEquals(table).Should().BeTrue();
        ((Money)back.Cell(2, "usd")!).Amount.Scale.Should().Be(2);
        back.Notes.Should().Equal(table.Notes);
        back.Facts.Should().Equal(table.Facts);
    }

    [Fact]
    public async Task Parquet_OneRow_AndEmpty_EveryKind()
    {
        ResultTable one = new("one", EveryKind(false).Columns, [EveryKind(false).Rows[1].ToArray()]);
        (await ParquetRoundTrip(one)).ContentEquals(one).Should().BeTrue();
        ResultTable empty = new("empty", EveryKind(false).Columns, Array.Empty<IReadOnlyList<object?>>(), ["n"]);
        (await ParquetRoundTrip(empty)).ContentEquals(empty).Should().BeTrue();
        string file = await File(empty);
        Column($"SELECT name FROM parquet_schema('{file}') WHERE num_children IS NULL").Should().Equal(empty.Fields.Select(f => f.Header));
        Column($"SELECT CAST(count(*) AS VARCHAR) FROM read_parquet('{file}')").Should().Equal("0");
    }

    private static decimal[] EveryScale()
    {
        // scales 0..28 in one column; 9 integer digits at most with 28 decimals fits 38 digits? 9+28 = 37: exact DECIMAL(38, 28)
        var values = new List<decimal>();
        for (int s = 0; s <= 28; s++)
        {
            values.Add(new decimal(123456789, 0, 0, s % 2 == 1, (byte)s));
        }

        values.Add(new decimal(0, 0, 0, false, 28));
        values.Add(999999999.0000000000000000001m);
        return values.ToArray();
    }

    [Fact]
    public async Task Parquet_Scales0To28InOneColumn_DuckDbReadsEveryValueExactly()
    {
        decimal[] values = EveryScale();
        var table = new ResultTable("scales", [new TableColumn("v", ColumnKind.Decimal, "u")], values.Select(v => (IReadOnlyList<object?>)new object?[] { v }).ToArray());
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
        string file = await File(table);
        Column($"SELECT name FROM parquet_schema('{file}') WHERE num_children IS NULL").Should().Equal("v [u]");
        Column($"SELECT CAST(\"v [u]\" AS VARCHAR) FROM read_parquet('{file}')").Select(t => decimal.Parse(t!, CultureInfo.InvariantCulture)).Should().Equal(values);
    }

    [Fact]
    public async Task Parquet_DuckDbSum_EqualsExactSum()
    {
        decimal[] values = EveryScale();
        var table = new ResultTable("scales", [new TableColumn("m", ColumnKind.Money, currency: Currency.CNY)], values.Select(v => (IReadOnlyList<object?>)new object?[] { Money.Cny(v) }).ToArray());
        string file = await File(table);
        string sum = Column($"SELECT CAST(sum(\"m [CNY]\") AS VARCHAR) FROM read_parquet('{file}')").Single()!;
        BigInteger exact = BigInteger.Zero;
        foreach (decimal v in values)
        {
            int[] bits = decimal.GetBits(v);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            BigInteger scaled = mantissa * BigInteger.Pow(10, 28 - v.Scale);
            exact += v < 0 ? -scaled : scaled;
        }

        string digits = BigInteger.Abs(exact).ToString(CultureInfo.InvariantCulture).PadLeft(29, '0');
        string expected = ((exact.Sign < 0 ? "-" : string.Empty) + digits[..^28] + "." + digits[^28..]).TrimEnd('0').TrimEnd('.');
        (sum.Contains('.', StringComparison.Ordinal) ? sum.TrimEnd('0').TrimEnd('.') : sum).Should().Be(expected);
    }

    [Fact]
    public async Task Parquet_ProvenanceTravels_NotesFactsUnitsCurrencies()
    {
        ResultTable table = EveryKind(withNulls: false);
        ResultTable back = await ParquetRoundTrip(table);
        back.Name.Should().Be("every kind");
        back.Notes.Should().Equal("note & <b>", "second");
        back.Facts.Should().Equal("cn-sh-ai-subsidy-package");
        back.Columns.Should().Equal(table.Columns);
        string file = await File(table);
        string? json = Column($"SELECT decode(value) FROM parquet_kv_metadata('{file}') WHERE decode(key) = '{ParquetExport.SchemaKey}'").SingleOrDefault();
        json.Should().NotBeNull("DuckDB sees the schema in the key-value metadata");
        json.Should().Contain("cn-sh-ai-subsidy-package").And.Contain("\"currency\"").And.Contain("CNY per USD");
    }

    [Fact]
    public async Task Parquet_ColumnsDifferingOnlyInCase_DuckDbReadsBoth()
    {
        var table = new ResultTable(
            "case",
            [new TableColumn("v", ColumnKind.Integer), new TableColumn("V", ColumnKind.Integer), new TableColumn("m", ColumnKind.Money), new TableColumn("M_currency", ColumnKind.Text)],
            [[1L, 2L, Money.Usd(3m), "x"]]);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
        string file = await File(table);
        Rows($"SELECT * FROM read_parquet('{file}')").Single().Should().Equal("1", "2", "3", "USD", "x");
    }

    [Fact]
    public async Task Parquet_UnitsWithSpacesQuotesUnicode_DuckDbSelectsByHeader()
    {
        var table = new ResultTable(
            "u",
            [new TableColumn("a", ColumnKind.Decimal, "元 per \"$\" , x.y"), new TableColumn("b", ColumnKind.Integer, "mañana 😀")],
            [[1.5m, 2L], [2.25m, 3L]]);
        string file = await File(table);
        Column($"SELECT CAST(sum(\"a [元 per \"\"$\"\" , x.y]\") AS VARCHAR) FROM read_parquet('{file}')").Single().Should().Be("3.75");
        Column($"SELECT CAST(sum(\"b [mañana 😀]\") AS VARCHAR) FROM read_parquet('{file}')").Single().Should().Be("5");
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_WideRatioAndOwnCurrencyMoney_ExactTextBeside_RoundTrip()
    {
        var table = new ResultTable(
            "wide",
            [new TableColumn("r", ColumnKind.Ratio), new TableColumn("m", ColumnKind.Money)],
            [[Ratio.Of(decimal.MaxValue), Money.Of(decimal.MinValue, Currency.JPY)], [Ratio.Of(0.0000000000000000000000000001m), Money.Of(0.0000000000000000000000000001m, Currency.FromCode("KWD"))], [null, null]]);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
        string file = await File(table);
        Column($"SELECT name FROM parquet_schema('{file}') WHERE num_children IS NULL").Should().Equal("r [ratio]", "r [ratio] exact", "m", "m exact", "m_currency");
        Column($"SELECT \"m exact\" FROM read_parquet('{file}')").Should().Equal("-79228162514264337593543950335", "0.0000000000000000000000000001", null);
    }

    [Fact]
    public async Task Parquet_ShareAtEveryDigit_DuckDbPercent()
    {
        var table = new ResultTable("s", [new TableColumn("s", ColumnKind.Share)], [[Share.FromFraction(0.0000000000000000000000000001m)], [Share.Whole], [Share.FromPercent(33.333333333333333333333333m)]]);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
        string file = await File(table);
        Column($"SELECT CAST(\"s [percent]\" AS VARCHAR) FROM read_parquet('{file}')").Select(t => decimal.Parse(t!, CultureInfo.InvariantCulture))
            .Should().Equal(0.00000000000000000000000001m, 100m, 33.333333333333333333333333m);
    }

    [Fact]
    public async Task Parquet_PartialDates_DuckDbReadsTheirText()
    {
        var table = new ResultTable("p", [new TableColumn("p", ColumnKind.PartialDate)], [[PartialDate.OfYear(7)], [PartialDate.OfMonth(2025, 1)], [PartialDate.OfDay(9999, 12, 31)], [PartialDate.Unknown], [null]]);
        string file = await File(table);
        Column($"SELECT p FROM read_parquet('{file}')").Should().Equal("0007", "2025-01", "9999-12-31", "unknown", null);
        (await ParquetRoundTrip(table)).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public async Task Parquet_SameBytes_UnderFrFrAndHiIn()
    {
        ResultTable table = EveryKind(withNulls: true);
        byte[] Write()
        {
            using var s = new MemoryStream();
            ParquetExport.WriteAsync(table, s).GetAwaiter().GetResult();
            return s.ToArray();
        }

        byte[] invariant = Write();
        foreach (string culture in new[] { "fr-FR", "hi-IN", "tr-TR" })
        {
            using (new CultureScope(culture))
            {
                Write().Should().Equal(invariant, culture);
            }
        }

        await Task.CompletedTask;
    }

    // ---------------------------------------------------------------- 4. Errors

    [Fact]
    public void DataFrame_BadCells_EveryProblemNamedByRowAndColumn()
    {
        ResultTable table = EveryKind(withNulls: false);
        DataFrame frame = DataFrameExport.ToDataFrame(table);
        frame["s [percent]"][0] = 150m;
        frame["r [ratio]"][1] = -1m;
        frame["m_currency"][2] = "usd";
        frame["m_currency"][3] = null;
        frame["p"][0] = "2025-13";
        frame["day"][1] = new DateTime(2025, 1, 1, 12, 0, 0);
        Action act = () => DataFrameExport.ToResultTable(frame, table.Schema);
        string message = act.Should().Throw<ArgumentException>().Which.Message;
        message.Should().Contain("row 0").And.Contain("row 1").And.Contain("row 2").And.Contain("row 3");
        message.Should().Contain("150").And.Contain("-1").And.Contain("'usd'").And.Contain("2025-13").And.Contain("'day'");
        message.Should().Contain("s").And.Contain("m_currency");
    }

    [Fact]
    public void DataFrame_MissingAndMistypedColumns_Named()
    {
        ResultTable table = EveryKind(withNulls: false);
        var frame = new DataFrame(new Int32DataFrameColumn("n [count]", [1, 2]), new StringDataFrameColumn("t", ["a", "b"]));
        Action act = () => DataFrameExport.ToResultTable(frame, table.Schema);
        string message = act.Should().Throw<ArgumentException>().Which.Message;
        message.Should().Contain("'n [count]'").And.Contain("Int32").And.Contain("'d [CNY per USD]'").And.Contain("'usd [USD]'");
    }

    [Fact]
    public void DataFrame_ExtraColumnNotInSchema_NotSilentlyDropped()
    {
        // "its columns must be the schema's fields, by header and type, in any order"
        var table = new ResultTable("t", [new TableColumn("a", ColumnKind.Integer)], [[1L]]);
        DataFrame frame = DataFrameExport.ToDataFrame(table);
        frame.Columns.Add(new DecimalDataFrameColumn("value [EUR]", [5m]));
        Action act = () => DataFrameExport.ToResultTable(frame, table.Schema);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("value [EUR]");
    }

    [Fact]
    public void DataFrame_ZeroColumnTableWithRows_RowsNotLost()
    {
        var table = new ResultTable("t", Array.Empty<TableColumn>(), [Array.Empty<object?>(), Array.Empty<object?>()]);
        Func<ResultTable> roundTrip = () => DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema);
        // Either refused clearly (as ParquetExport does) or kept: not two rows silently lost.
        try
        {
            roundTrip().Rows.Count.Should().Be(2);
        }
        catch (ArgumentException)
        {
        }
    }

    [Fact]
    public async Task Parquet_ZeroColumns_RefusedNamingTheTable()
    {
        var table = new ResultTable("nothing here", Array.Empty<TableColumn>(), Array.Empty<IReadOnlyList<object?>>());
        using var stream = new MemoryStream();
        Func<Task> act = () => ParquetExport.WriteAsync(table, stream);
        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("'nothing here'");
    }

    [Fact]
    public async Task Parquet_CraftedFile_BadCells_EveryProblemNamedByRowAndField()
    {
        var schema = new TableSchema("crafted", [new TableColumn("m", ColumnKind.Money), new TableColumn("p", ColumnKind.PartialDate), new TableColumn("r", ColumnKind.Ratio)]);
        var m = new DecimalDataField("m", 38, 2, isNullable: true);
        var cur = new DataField<string>("m_currency");
        var p = new DataField<string>("p");
        var r = new DecimalDataField("r [ratio]", 38, 2, isNullable: true);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(m, cur, p, r), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<decimal>(m, new decimal?[] { 1m, 2m, null });
            await group.WriteAsync(cur, new string?[] { "ZZZ", null, "USD" }!);
            await group.WriteAsync(p, new string?[] { "2025-02-30", "2025", "x" }!);
            await group.WriteAsync<decimal>(r, new decimal?[] { 1m, -2m, 3m });
        }

        stream.Position = 0;
        Func<Task> read = () => ParquetExport.ReadAsync(stream);
        string message = (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message;
        message.Should().Contain("row 0").And.Contain("'ZZZ'").And.Contain("2025-02-30").And.Contain("row 1").And.Contain("-2").And.Contain("row 2").And.Contain("found \"x\"");
    }

    [Fact]
    public async Task Parquet_CraftedFile_DecimalTooPreciseForDecimal_RefusedNamingRowAndField()
    {
        var schema = new TableSchema("crafted", [new TableColumn("d", ColumnKind.Decimal, "u")]);
        var d = new BigDecimalDataField("d [u]", 38, 30, isNullable: true);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(d), stream, new ParquetOptions { UseBigDecimal = true }))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<BigDecimal>(d, new BigDecimal?[] { new BigDecimal(new BigInteger(1000), 38, 30), new BigDecimal(new BigInteger(1), 38, 30) });
        }

        stream.Position = 0;
        Func<Task> read = () => ParquetExport.ReadAsync(stream);
        (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain("row 1").And.Contain("'d [u]'").And.NotContain("row 0");
    }

    // ---------------------------------------------------------------- follow-ups

    [Fact]
    public void Svg_ArabicAndPersianCultures_AxisTickHalf_NotShownAsFive()
    {
        foreach (string culture in new[] { "ar-SA", "fa-IR" })
        {
            using (new CultureScope(culture))
            {
                string[] texts = Texts(Chart.Bars("c", [("a", Money.Usd(1_500_000m)), ("b", Money.Usd(3_000_000m))]));
                texts.Should().NotContain(["05", "15", "25"], culture + ": 0.5 must not read as 05 (the decimal separator's glyph is dropped)");
            }
        }
    }

    [Fact]
    public void Svg_BarLabelWithLoneSurrogate_NotDroppedSilently()
    {
        string[] texts = Texts(Chart.Bars("t", [("alpha\uD800beta", Money.Usd(1m)), ("gamma", Money.Usd(2m))]));
        texts.Should().Contain("gamma");
        texts.Should().Contain(t => t.Contains("alpha", StringComparison.Ordinal), "the bar's label is shown (or refused with an error), not dropped");
        texts.Should().Contain("alpha<U+D800>beta");
    }

    [Fact]
    public void Svg_TitleWithControlCharacters_NotDroppedSilently()
    {
        string[] texts = Texts(Chart.Bars("A\0B\u0001C", [("a", Money.Usd(1m))]));
        texts.Should().NotContain("ABC", "NUL and U+0001 vanish without a trace; the HTML fragments show them by their code");
        texts.Should().Contain("A<U+0000>B<U+0001>C");
    }

    [Fact]
    public void Svg_BidiOverride_NotWrittenRaw_AsInTheHtmlFragments()
    {
        SvgChart chart = Chart.Bars("invoice \u202Efdp.exe", [("x\u202Ey", Money.Usd(1m))]);
        chart.ToHtml().Should().NotContain("\u202E", "HtmlText: a reordering character is shown by its code, never written raw");
    }

    [Fact]
    public void MoneyHtml_IdentityConversionAtAnAnnualAverage_ShowsTheYearAsked_NotADay()
    {
        Conversion identity = Money.Usd(5m).ConvertTo(Currency.USD, new DateOnly(2024, 1, 1), ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage);
        string html = MoneyHtml.Conversion(identity);
        html.Should().NotContain("2024-01-01", "the annual average of 2024 was asked for, no day").And.Contain("2024 (year)");
    }

    [Fact]
    public void ChartLabel_FromTenToTheFifteenth_IsInWholeTrillions_AsDocumented()
    {
        Chart.Label(Money.Of(3_621_400_000_000_000m, "IDR")).Should().Be("≈ IDR 3621T");
        Chart.Label(Money.Of(123_456_789_000_000_000m, "VND")).Should().Be("≈ VND 123457T");
    }

    [Fact]
    public void ChartPaths_OverYearsSpanningMostOfInt_DrawsInsteadOfOverflowing()
    {
        var paths = new List<(string Label, IReadOnlyList<(int Year, decimal Value)> Points)> { ("line", [(int.MinValue + 1, 0m), (int.MaxValue, 1m)]) };
        Chart.Paths("t", "v", paths, []).Svg.Should().Contain("<svg").And.Contain(int.MaxValue.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ChartErrors_ShowABidiOverrideInALabelByItsCode()
    {
        var noGroup = () => Chart.Bars("t", [("x\u202Ey", Money.Usd(1m), " ")], "groups");
        noGroup.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'x<U+202E>y'").And.NotContain("\u202E");

        var mixed = () => Chart.Bars("t", [("a", Money.Usd(1m)), ("x\u202Ey", Money.Eur(1m))]);
        mixed.Should().Throw<CurrencyMismatchException>().Which.Message.Should().Contain("'x<U+202E>y'").And.NotContain("\u202E");
    }

    [Fact]
    public async Task Parquet_BadRows_InALaterRowGroup_NamedByTheirIndexInTheFile()
    {
        var schema = new TableSchema("crafted", [new TableColumn("r", ColumnKind.Ratio)]);
        var r = new DecimalDataField("r [ratio]", 38, 2, isNullable: true);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(r), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            using (ParquetRowGroupWriter first = writer.CreateRowGroup())
            {
                await first.WriteAsync<decimal>(r, new decimal?[] { 1m, -2m, 3m });
            }

            using ParquetRowGroupWriter second = writer.CreateRowGroup();
            await second.WriteAsync<decimal>(r, new decimal?[] { 4m, -5m });
        }

        stream.Position = 0;
        Func<Task> read = () => ParquetExport.ReadAsync(stream);
        string message = (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message;
        message.Should().Contain("row 1, column 'r': -2.00").And.Contain("row 4, column 'r': -5.00");
    }

    [Fact]
    public async Task Parquet_BadRows_NamedByTheirOwnIndex()
    {
        var schema = new TableSchema("crafted", [new TableColumn("r", ColumnKind.Ratio)]);
        var r = new DecimalDataField("r [ratio]", 38, 2, isNullable: true);
        using var stream = new MemoryStream();
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(r), stream))
        {
            writer.CustomMetadata = new Dictionary<string, string> { [ParquetExport.SchemaKey] = schema.ToJson() };
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<decimal>(r, new decimal?[] { 1m, -2m, -3m, 4m });
        }

        stream.Position = 0;
        Func<Task> read = () => ParquetExport.ReadAsync(stream);
        string message = (await read.Should().ThrowAsync<InvalidDataException>()).Which.Message;
        message.Should().Contain("row 1, column 'r': -2.00").And.Contain("row 2, column 'r': -3.00");
    }

    [Fact]
    public void Html_of_a_conversion_at_an_average_names_the_year_asked_for_and_covered()
    {
        var normaliser = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD);
        NormalisedAmount amount = normaliser.Normalise(ReportedAmount.Exact(Money.Cny(1000m)), new DateOnly(2024, 1, 1), RateLookup.AnnualAverage, NormalisationBasis.AtAnnualAverage(2024));
        amount.ToString().Should().Contain(", 2024, inverse of Fed H.10 annual average (AEXCHUS))");
        AiRace.Interactive.Html.PolicyHtml.Normalised(amount).Should().Contain("(2024, inverse of Fed H.10 annual average (AEXCHUS))").And.NotContain("2024-01-01");

        Conversion conversion = Money.Cny(1000m).ConvertTo(Currency.USD, new DateOnly(2024, 1, 1), ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage);
        conversion.ToString().Should().Contain("requested 2024,");
        AiRace.Interactive.Html.MoneyHtml.Conversion(conversion).Should().Contain("<td>2024</td>").And.NotContain("2024-01-01");
        Conversion daily = Money.Cny(1000m).ConvertTo(Currency.USD, new DateOnly(2025, 7, 28), ReferenceRates.FederalReserveH10, RateLookup.ExactDate);
        AiRace.Interactive.Html.MoneyHtml.Conversion(daily).Should().Contain("<td>2025-07-28</td>");
    }

    [Fact]
    public void Html_keeps_the_zero_width_joiners_that_Persian_spelling_and_emoji_need()
    {
        // U+200C in "می‌خواهم", U+200D in a family emoji: written as they are; U+200B still shown by its code
        string html = new AiRace.Interactive.Html.HtmlTable("t").Column("text").Row("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \U0001F468\u200D\U0001F469 pay\u200Bpal").ToHtml();
        html.Should().Contain("\u0645\u06CC\u200C\u062E").And.Contain("&#128104;\u200D&#128105;", "the encoder writes the emoji as references and the joiner as it is").And.Contain("U+200B").And.NotContain("pay\u200Bpal");
    }
}
