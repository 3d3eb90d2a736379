using AiRace.Core.Analysis;
using CsCheck;
using AiRace.Core.Analysis.Export;

namespace AiRace.Core.Tests.Analysis;

/// <summary>CSV export: exact text, culture independence, strict reading, exact round-trips.</summary>
public class CsvExportTests
{
    private static readonly ColumnKind[] SmallKinds =
        [ColumnKind.Text, ColumnKind.Integer, ColumnKind.Decimal, ColumnKind.Text, ColumnKind.Date, ColumnKind.Boolean, ColumnKind.Decimal];

    private const string SmallCsv =
        "country,year,amount [@currency],currency,announced,estimate,rate [CNY per USD]\r\n"
        + "CN,2024,1000000000000.00,CNY,2024-03-05,false,7.1234\r\n"
        + "\"US, federal\",2025,-0.5,USD,,true,\r\n"
        + "\"say \"\"hi\"\"\r\nnext\",,0.0000000000000000000000000001,\"\",0987-01-21,,7.3170\r\n";

    private const string Header = "name,n,v [USD],d,b\r\n";

    private static readonly ColumnKind[] Kinds = [ColumnKind.Text, ColumnKind.Integer, ColumnKind.Decimal, ColumnKind.Date, ColumnKind.Boolean];

    private static ResultTable Small() => new(
        "small",
        [
            new TableColumn("country", ColumnKind.Text),
            new TableColumn("year", ColumnKind.Integer),
            new TableColumn("amount", ColumnKind.Decimal, "@currency"),
            new TableColumn("currency", ColumnKind.Text),
            new TableColumn("announced", ColumnKind.Date),
            new TableColumn("estimate", ColumnKind.Boolean),
            new TableColumn("rate", ColumnKind.Decimal, "CNY per USD"),
        ],
        [
            ["CN", 2024L, 1000000000000.00m, "CNY", new DateOnly(2024, 3, 5), false, 7.1234m],
            ["US, federal", 2025L, -0.5m, "USD", null, true, null],
            ["say \"hi\"\r\nnext", null, 0.0000000000000000000000000001m, "", new DateOnly(987, 1, 21), null, 7.3170m],
        ],
        ["Rates are annual averages.", "Caps are not totals."]);

    [Fact]
    public void Write_SmallTable_GivesExactRfc4180Text()
    {
        CsvExport.ToCsv(Small()).Should().Be(SmallCsv);
    }

    [Fact]
    public void Write_ToTextWriter_GivesTheSameText()
    {
        using var writer = new StringWriter();
        CsvExport.Write(Small(), writer);
        writer.ToString().Should().Be(SmallCsv);
    }

    [Fact]
    public void Read_SmallTable_GivesBackEveryCell_NullAndEmptyTextKeptApart()
    {
        ResultTable table = CsvExport.Read(new StringReader(SmallCsv), SmallKinds, "small", Small().Notes);
        table.ContentEquals(Small()).Should().BeTrue();
        table.Rows[2][3].Should().Be(string.Empty);
        table.Rows[1][4].Should().BeNull();
        table.Rows[0][2].Should().Be(1000000000000.00m).And.Subject.As<decimal>().Scale.Should().Be(2);
        table.Columns[6].Unit.Should().Be("CNY per USD");
    }

    [Fact]
    public void Schema_Sidecar_RestoresNameKindsAndNotes()
    {
        var schema = new StringWriter();
        CsvExport.WriteSchema(Small(), schema);
        schema.ToString().Should().Contain("\"kind\": \"Decimal\"").And.Contain("\"header\": \"amount [@currency]\"");
        ResultTable table = CsvExport.Read(new StringReader(SmallCsv), new StringReader(schema.ToString()));
        table.ContentEquals(Small()).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Write_IsTheSameUnderEveryCulture(string culture)
    {
        ResultTable table = Small();
        string invariant;
        using (new CultureScope(string.Empty))
        {
            invariant = CsvExport.ToCsv(table);
        }

        using (new CultureScope(culture))
        {
            CsvExport.ToCsv(table).Should().Be(invariant).And.Be(SmallCsv);
            var schema = new StringWriter();
            CsvExport.WriteSchema(table, schema);
            CsvExport.Read(new StringReader(invariant), new StringReader(schema.ToString())).ContentEquals(table).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    public void Write_RandomTables_IsTheSameUnderTheRequiredCultures(string culture)
    {
        // Generated on this thread before the culture changes, written on this thread under it.
        ResultTable[] tables = [];
        ExportGen.Tables(ExportGen.AnyDecimal).Array[200].Sample(t => { tables = t; }, iter: 1, threads: 1);
        string[] invariant;
        using (new CultureScope(string.Empty))
        {
            invariant = tables.Select(CsvExport.ToCsv).ToArray();
        }

        using (new CultureScope(culture))
        {
            tables.Select(CsvExport.ToCsv).Should().Equal(invariant);
        }
    }

    [Fact]
    public void RoundTrip_RandomTables_IsExact_WithKindsAndWithSidecar()
    {
        ExportGen.Tables(ExportGen.AnyDecimal).Sample(table =>
        {
            string csv = CsvExport.ToCsv(table);
            ResultTable back = CsvExport.Read(new StringReader(csv), table.Columns.Select(c => c.Kind).ToArray(), table.Name, table.Notes);
            back.ContentEquals(table).Should().BeTrue();
            CsvExport.ToCsv(back).Should().Be(csv, "decimals keep their scale, so the text is the same");

            var schema = new StringWriter();
            CsvExport.WriteSchema(table, schema);
            CsvExport.Read(new StringReader(csv), new StringReader(schema.ToString())).ContentEquals(table).Should().BeTrue();
        }, iter: 1000);
    }

    [Theory]
    [InlineData("x,1,2.5,2024-01-01\r\n", "line 2: the record has 4 fields; expected 5.")]
    [InlineData("x,1,2.5,2024-01-01,true,\r\n", "line 2: the record has 6 fields; expected 5.")]
    [InlineData("\"x,1,2.5,2024-01-01,true\r\n", "line 2, column 1: the quoted field opened here is never closed (unbalanced quote).")]
    [InlineData("\"x\"y,1,2.5,2024-01-01,true\r\n", "line 2, column 1: 'y' follows the closing quote; a quoted field must end at a comma or line end")]
    [InlineData("x\"y,1,2.5,2024-01-01,true\r\n", "line 2, column 1: a quote inside an unquoted field; quote the whole field and double the quote")]
    [InlineData("x,1,2.5,2024-01-01,true\n", "line 2, column 5: the record ends with a bare LF; RFC 4180 records end with CRLF")]
    [InlineData("x,1,2.5,2024-01-01,true\r", "line 2, column 5: the record ends with a bare CR; RFC 4180 records end with CRLF")]
    [InlineData("x,1.0,2.5,2024-01-01,true\r\n", "line 2, column 2 (n): '1.0' is not a whole number")]
    [InlineData("x, 1,2.5,2024-01-01,true\r\n", "line 2, column 2 (n): ' 1' is not a whole number")]
    [InlineData("x,9223372036854775808,2.5,2024-01-01,true\r\n", "line 2, column 2 (n): '9223372036854775808' is out of the range of a 64-bit integer.")]
    [InlineData("x,1,1e5,2024-01-01,true\r\n", "line 2, column 3 (v [USD]): '1e5' is not a decimal")]
    [InlineData("x,1,\"2,5\",2024-01-01,true\r\n", "line 2, column 3 (v [USD]): '2,5' is not a decimal")]
    [InlineData("x,1,.5,2024-01-01,true\r\n", "line 2, column 3 (v [USD]): '.5' is not a decimal")]
    [InlineData("x,1,0.00000000000000000000000000001,2024-01-01,true\r\n", "line 2, column 3 (v [USD]): '0.00000000000000000000000000001' has more digits than a decimal holds exactly; it would be rounded to")]
    [InlineData("x,1,79228162514264337593543950336,2024-01-01,true\r\n", "line 2, column 3 (v [USD]): '79228162514264337593543950336' is out of the range of a decimal")]
    [InlineData("x,1,2.5,2024-02-30,true\r\n", "line 2, column 4 (d): '2024-02-30' is not a date written yyyy-MM-dd.")]
    [InlineData("x,1,2.5,01/02/2024,true\r\n", "line 2, column 4 (d): '01/02/2024' is not a date written yyyy-MM-dd.")]
    [InlineData("x,1,2.5,2024-01-01,True\r\n", "line 2, column 5 (b): 'True' is not a flag (expected true or false, in lower case).")]
    [InlineData("x,\"\",2.5,2024-01-01,true\r\n", "line 2, column 2 (n): \"\" (an empty text) is not allowed in a Integer column")]
    [InlineData("\"a\r\nb\",1,x,2024-01-01,true\r\n", "line 3, column 3 (v [USD]): 'x' is not a decimal")]
    public void Read_MalformedRecord_ReportsTheProblemWithLineAndColumn(string body, string expected)
    {
        Action read = () => CsvExport.Read(new StringReader(Header + body), Kinds, "bad");
        CsvFormatException e = read.Should().Throw<CsvFormatException>().Which;
        e.Problems.Should().ContainSingle().Which.Should().StartWith(expected);
        e.Message.Should().StartWith("CSV of table 'bad' has 1 problem:").And.Contain(expected);
    }

    [Theory]
    [InlineData("", "line 1: the input is empty; expected a header record.")]
    [InlineData("name,n\r\n", "line 1: the header has 2 fields; expected 5 (one per column kind given).")]
    [InlineData("name,n,v,d,b\r\n", "line 1, column 3: header 'v' is not a valid Decimal column: Decimal column 'v' needs a unit")]
    [InlineData("name,n n,v [USD],d,b\r\n", "line 1, column 2: header 'n n' is not a valid Integer column: Column name 'n n' may only hold")]
    [InlineData("name,name,v [USD],d,b\r\n", "line 1: the columns do not form a table: Table 'bad' has two columns named 'name'.")]
    [InlineData("name,n,v [@d],d,b\r\n", "line 1: the columns do not form a table: Column 'v' takes its currency from 'd', which is not a text column")]
    public void Read_MalformedHeader_ReportsTheProblem(string csv, string expected)
    {
        Action read = () => CsvExport.Read(new StringReader(csv), Kinds, "bad");
        read.Should().Throw<CsvFormatException>().Which.Problems.Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Fact]
    public void Read_ListsEveryProblem_NotJustTheFirst()
    {
        string csv = Header
            + "x,one,2.5,2024-01-01,true\r\n"
            + "y,2,2.5.5,2024-13-01,yes\r\n"
            + "z,3\r\n";
        Action read = () => CsvExport.Read(new StringReader(csv), Kinds, "bad");
        CsvFormatException e = read.Should().Throw<CsvFormatException>().Which;
        e.Problems.Should().HaveCount(5);
        e.Problems[0].Should().StartWith("line 2, column 2 (n): 'one'");
        e.Problems[1].Should().StartWith("line 3, column 3 (v [USD]): '2.5.5'");
        e.Problems[2].Should().StartWith("line 3, column 4 (d): '2024-13-01'");
        e.Problems[3].Should().StartWith("line 3, column 5 (b): 'yes'");
        e.Problems[4].Should().Be("line 4: the record has 2 fields; expected 5.");
        e.Message.Should().StartWith("CSV of table 'bad' has 5 problems:");
    }

    [Fact]
    public void Read_LastRecordWithoutLineEnd_IsAccepted()
    {
        ResultTable table = CsvExport.Read(new StringReader(Header + "x,1,2.5,2024-01-01,true"), Kinds, "ok");
        table.Rows.Should().ContainSingle().Which.Should().Equal("x", 1L, 2.5m, new DateOnly(2024, 1, 1), true);
    }

    [Fact]
    public void Read_QuotedNumbers_AreAccepted_AndEmptyUnquotedFieldsAreNull()
    {
        ResultTable table = CsvExport.Read(new StringReader(Header + "\"x\",\"-1\",\"-0.50\",\"2024-01-01\",\"false\"\r\n,,,,\r\n"), Kinds, "ok");
        table.Rows[0].Should().Equal("x", -1L, -0.50m, new DateOnly(2024, 1, 1), false);
        table.Rows[1].Should().Equal(new object?[] { null, null, null, null, null });
    }

    [Fact]
    public void Read_SidecarWithProblems_ListsThemAll()
    {
        const string schema = """{"name":"s","columns":[{"header":"name","kind":"Text"},{"header":"n","kind":"Number"},{"kind":"Decimal"}],"notes":[1]}""";
        Action read = () => CsvExport.Read(new StringReader("name,x,v [USD]\r\n"), new StringReader(schema));
        read.Should().Throw<CsvFormatException>().Which.Problems.Should().Equal(
            "schema: column 2 has kind 'Number'; expected one of Text, Integer, Decimal, Date, Boolean.",
            "schema: column 3 has no \"header\" string.",
            "schema: \"notes\" must be an array of strings.",
            "line 1, column 2: header 'x' differs from the schema's 'n'.",
            "line 1, column 3: header 'v [USD]' differs from the schema's ''.");
    }

    [Fact]
    public void Read_SidecarThatIsNotJson_SaysSo()
    {
        Action read = () => CsvExport.Read(new StringReader("a\r\n"), new StringReader("{name:"));
        read.Should().Throw<CsvFormatException>().Which.Problems.Should().ContainSingle().Which.Should().StartWith("schema: not valid JSON: ");
    }

    [Fact]
    public void Write_TableWithoutColumns_IsRefused()
    {
        var empty = new ResultTable("empty", [], []);
        Action write = () => CsvExport.ToCsv(empty);
        write.Should().Throw<ArgumentException>().WithMessage("Table 'empty' has no columns; CSV cannot represent its rows.*");
    }
}
