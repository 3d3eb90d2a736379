using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Interactive.Html;

namespace AiRace.Export.Tests;

/// <summary>
/// Issue 13: NUL, U+202E (right-to-left override) and a byte order mark are accepted in names and quotes. Every export
/// keeps them exactly, and HTML shows them by their code instead of writing them raw (where U+202E reversed the text
/// after it, and a browser replaces NUL and hides a BOM).
/// </summary>
public class HiddenCharactersTests
{
    private const string Name = "Ev\0il \u202Etxt.exe\uFEFF end";

    private static ResultTable Table() => new(
        "hidden" + Name,
        [new TableColumn("programme", ColumnKind.Text), new TableColumn("amount", ColumnKind.Money, currency: Currency.CNY)],
        [[Name, Money.Cny(1m)], ["\u202E\u2066\u200E\uFEFF\0", Money.Cny(2m)]],
        ["note " + Name]);

    [Fact]
    public async Task Parquet_keeps_them_in_cells_name_and_notes()
    {
        using var stream = new MemoryStream();
        await ParquetExport.WriteAsync(Table(), stream);
        stream.Position = 0;

        ResultTable back = await ParquetExport.ReadAsync(stream);

        back.ContentEquals(Table()).Should().BeTrue();
        back.Cell(0, "programme").Should().Be(Name);
        back.Name.Should().Be("hidden" + Name);
        back.Notes.Should().Equal("note " + Name);
    }

    [Fact]
    public void DataFrame_and_csv_keep_them()
    {
        ResultTable table = Table();
        DataFrameExport.ToDataFrame(table).Columns[0][0].Should().Be(Name);
        DataFrameExport.ToResultTable(DataFrameExport.ToDataFrame(table), table.Schema).ContentEquals(table).Should().BeTrue();
        CsvExport.Read(new StringReader(CsvExport.ToCsv(table)), table.Schema).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Html_shows_them_by_their_code_and_never_writes_them_raw()
    {
        string html = PolicyHtml.Table(Table());

        html.Should().NotContainAny("\0", "\u202E", "\uFEFF", "\u2066", "\u200E", "&#0;", "&#8238;", "&#x202E;");
        html.Should().Contain("Ev<span class=\"airace-char\"").And.Contain(">U+0000</span>il ").And.Contain(">U+202E</span>txt.exe")
            .And.Contain(">U+FEFF</span> end").And.Contain(">U+2066</span>").And.Contain(">U+200E</span>");
        html.Should().Contain("note Ev<span", "the notes are escaped the same way");
        new HtmlTable("caption \u202E").Column("h\0").Row("\uFEFF").ToHtml()
            .Should().Contain("caption <span").And.Contain(">U+202E</span>").And.Contain(">U+0000</span>").And.Contain(">U+FEFF</span>");
    }

    [Fact]
    public void Html_keeps_ordinary_text_tabs_line_ends_and_surrogate_pairs()
    {
        // The emoji becomes a character reference, which the browser shows as the emoji itself.
        new HtmlTable().Column("a").Row("日本語 😀 مرحبا\t<b>&\n").ToHtml()
            .Should().Contain("<td>日本語 &#128512; مرحبا\t&lt;b&gt;&amp;\n</td>");
    }
}
