using System.Globalization;
using System.Text;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Tests.Analysis;

namespace AiRace.Core.Tests.Analysis;

/// <summary>
/// Tables and their CSV at the edges: decimal's extremes, every currency, hostile text, empty and one-column tables,
/// hand-edited files (missing, extra and reordered columns, a BOM, other cultures' numbers), and the same text under
/// every culture. Each reads back exactly or fails with an error naming line and column.
/// </summary>
public class TableExtremesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("airace-review45").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Cultures => new() { "tr-TR", "de-DE", "zh-CN", "ar-SA", "fa-IR", "sv-SE", "" };

    private static readonly decimal[] Extremes =
    [
        decimal.MaxValue,
        decimal.MinValue,
        0.0000000000000000000000000001m,
        -0.0000000000000000000000000001m,
        new decimal(0, 0, 0, true, 2),
        new decimal(0, 0, 0, false, 28),
        1.10m,
        1.0000000000000000000000000000m,
        7.9228162514264337593543950335m,
        -1234567890123456789.0123456789m,
        0m,
    ];

    private static ResultTable RoundTrip(ResultTable table) =>
        CsvExport.Read(new StringReader(CsvExport.ToCsv(table)), new StringReader(table.Schema.ToJson()));

    private static ResultTable Read(string csv, TableSchema schema) => CsvExport.Read(new StringReader(csv), schema);

    private static ResultTable OneColumn(ColumnKind kind, string? unit, params object?[] cells) =>
        new("t", [new TableColumn("c", kind, unit)], cells.Select(c => (IReadOnlyList<object?>)new[] { c }).ToArray());

    private static ResultTable TextTable(params string?[] texts) => OneColumn(ColumnKind.Text, null, texts);

    // ---------------------------------------------------------------- exact decimals

    [Fact]
    public void Csv_DecimalExtremes_ReadBackWithValueAndScale()
    {
        ResultTable table = OneColumn(ColumnKind.Decimal, "pp", Extremes.Cast<object?>().ToArray());
        ResultTable back = RoundTrip(table);
        back.ContentEquals(table).Should().BeTrue();
        for (int r = 0; r < Extremes.Length; r++)
        {
            decimal d = (decimal)back.Rows[r][0]!;
            d.Should().Be(Extremes[r]);
            d.Scale.Should().Be(Extremes[r].Scale, $"row {r} ({Extremes[r].ToString(CultureInfo.InvariantCulture)}): trailing zeros are kept");
        }
    }

    [Fact]
    public void Csv_DecimalExtremes_AreWrittenAsDecimalToStringInvariant()
    {
        ResultTable table = OneColumn(ColumnKind.Decimal, "pp", Extremes.Cast<object?>().ToArray());
        string[] lines = CsvExport.ToCsv(table).Split("\r\n");
        for (int r = 0; r < Extremes.Length; r++)
        {
            lines[r + 1].Should().Be(Extremes[r].ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Csv_NegativeZeroMoney_ReadsBackAsZeroWithItsScale()
    {
        decimal negZero = new(0, 0, 0, true, 3);
        ResultTable table = OneColumn(ColumnKind.Money, null, Money.Of(negZero, Currency.FromCode("KWD")));
        ResultTable back = RoundTrip(table);
        back.ContentEquals(table).Should().BeTrue();
        ((Money)back.Rows[0][0]!).Amount.Scale.Should().Be(3);
    }

    [Fact]
    public void Csv_MoneyTrailingZeroScales_AreKept()
    {
        decimal[] amounts = [1.5m, 1.50m, 1.500000000000000000000000000m, 100m, 100.00m];
        var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Money, currency: Currency.USD)], amounts.Select(a => (IReadOnlyList<object?>)new object?[] { Money.Of(a, Currency.USD) }));
        ResultTable back = RoundTrip(table);
        back.Rows.Select(r => ((Money)r[0]!).Amount.Scale).Should().Equal(amounts.Select(a => (byte)a.Scale).ToArray());
    }

    [Fact]
    public void Csv_IntegerExtremes_RoundTrip()
    {
        ResultTable table = OneColumn(ColumnKind.Integer, "count", long.MinValue, long.MaxValue, 0L, -1L, null);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Csv_DateExtremes_RoundTrip()
    {
        ResultTable table = OneColumn(ColumnKind.Date, null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2024, 2, 29), null);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Csv_PartialDateExtremes_RoundTrip()
    {
        ResultTable table = OneColumn(ColumnKind.PartialDate, null, PartialDate.OfYear(1), PartialDate.OfMonth(1, 1), PartialDate.OfDay(9999, 12, 31), PartialDate.Unknown, null);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Csv_ShareAndRatioExtremes_RoundTrip()
    {
        var table = new ResultTable(
            "t",
            [new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio)],
            [
                [Share.Zero, Ratio.Of(0m)],
                [Share.Whole, Ratio.Of(decimal.MaxValue)],
                [Share.FromFraction(0.0000000000000000000000000001m), Ratio.Of(0.0000000000000000000000000001m)],
                [Share.FromFraction(0.9999999999999999999999999999m), Ratio.Of(new decimal(0, 0, 0, true, 5))],
                [null, null],
            ]);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Csv_EveryCurrency_PerCellMoney_RoundTrips()
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (Currency c in Currency.All)
        {
            rows.Add(new object?[] { Money.Of(decimal.MaxValue, c) });
            rows.Add(new object?[] { Money.Of(-0.0000000000000000000000000001m, c) });
        }

        rows.Add(new object?[] { Money.Of(1m, default(Currency)) });
        var table = new ResultTable("t", [new TableColumn("amount", ColumnKind.Money)], rows);
        ResultTable back = RoundTrip(table);
        back.ContentEquals(table).Should().BeTrue();
        back.Rows.Select(r => ((Money)r[0]!).Currency).Should().Equal(rows.Select(r => ((Money)r[0]!).Currency));
    }

    [Fact]
    public void Csv_EveryCurrency_AsColumnCurrency_RoundTripsThroughTheSidecar()
    {
        var problems = new List<string>();
        foreach (Currency c in Currency.All.Append(default(Currency)))
        {
            var table = new ResultTable("t", [new TableColumn("v", ColumnKind.Money, currency: c)], [[Money.Of(0.0000000000000000000000000001m, c)], [null]]);
            try
            {
                if (!RoundTrip(table).ContentEquals(table))
                {
                    problems.Add(c.Code + ": differs");
                }
            }
            catch (Exception e)
            {
                problems.Add(c.Code + ": " + e.GetType().Name + " " + e.Message);
            }
        }

        problems.Should().BeEmpty();
    }

    // ---------------------------------------------------------------- text

    public static TheoryData<string> AwkwardTexts => new()
    {
        "a,b", "say \"hi\"", "line\r\nbreak", "cr\ronly", "lf\nonly", "tab\there", "=1+2", "+1", "-1", "@SUM(A1)",
        "=HYPERLINK(\"http://x\")", "\t=cmd", " lead and trail ", "\"", "\"\"", ",", "\r", "\n", "\r\n", "\0nul",
        "\u202Ertl\u202C", "\u200F\u200E", "\uFEFFbom", "\u2028\u2029", "emoji \U0001F600", "\u00A0nbsp",
    };

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void Csv_AwkwardText_RoundTripsExactly(string text)
    {
        ResultTable table = TextTable(text, null, string.Empty);
        ResultTable back = RoundTrip(table);
        back.Rows[0][0].Should().Be(text);
        back.Rows[1][0].Should().BeNull();
        back.Rows[2][0].Should().Be(string.Empty);
    }

    [Fact]
    public void Csv_FormulaLikeText_IsWrittenUnaltered()
    {
        // The docs promise exact round-trips and say nothing of neutralising formulas: the text must be written as is.
        string csv = CsvExport.ToCsv(TextTable("=1+2", "@x", "+3", "-4"));
        csv.Should().Be("c\r\n=1+2\r\n@x\r\n+3\r\n-4\r\n");
    }

    [Fact]
    public void Csv_UnitWithCommaQuoteNewlineAndRtl_RoundTrips()
    {
        var table = new ResultTable("t", [new TableColumn("c", ColumnKind.Decimal, "CNY, \"per\"\r\n\u202EUSD"), new TableColumn("n", ColumnKind.Integer, "元 per $")], [[1.5m, 2L]]);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Csv_NamesAndNotesWithControls_RoundTripThroughTheSidecar()
    {
        var table = new ResultTable("t,\"x\"\r\n\0", [new TableColumn("c", ColumnKind.Text)], [["x"]], ["\u202E", "", "\r", "a\u0001b"], ["fact\u200B"]);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    // ---------------------------------------------------------------- shapes

    [Fact]
    public void Csv_EmptyTable_RoundTrips()
    {
        var table = new ResultTable("t", [new TableColumn("a", ColumnKind.Money), new TableColumn("b", ColumnKind.Text)], Array.Empty<IReadOnlyList<object?>>(), ["n"]);
        CsvExport.ToCsv(table).Should().Be("a,a_currency,b\r\n");
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Csv_OneColumn_AllMissingRows_RoundTrip()
    {
        foreach (ColumnKind kind in Enum.GetValues<ColumnKind>())
        {
            ResultTable table = OneColumn(kind, kind == ColumnKind.Decimal ? "u" : null, null, null, null);
            RoundTrip(table).Rows.Should().HaveCount(3, kind.ToString()).And.OnlyContain(r => r[0] == null);
        }
    }

    [Fact]
    public void Csv_OneTextColumn_LastRowEmptyTextAndMissing_RoundTrip()
    {
        ResultTable table = TextTable("a", null, string.Empty, null);
        RoundTrip(table).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Table_DuplicateColumnNames_AreRefusedWithTheName()
    {
        Action a = () => _ = new ResultTable("t", [new TableColumn("x", ColumnKind.Text), new TableColumn("x", ColumnKind.Integer)], Array.Empty<IReadOnlyList<object?>>());
        a.Should().Throw<ArgumentException>().WithMessage("*'x'*");
    }

    [Fact]
    public void Table_MoneyCurrencyFieldCollision_IsRefused()
    {
        Action a = () => _ = new ResultTable("t", [new TableColumn("x", ColumnKind.Money), new TableColumn("x_currency", ColumnKind.Text)], Array.Empty<IReadOnlyList<object?>>());
        a.Should().Throw<ArgumentException>().WithMessage("*x_currency*");
    }

    [Fact]
    public void Builder_SetWithHandleOfAnotherBuilder_IsRefused()
    {
        var a = new ResultTableBuilder("a");
        TableColumn<string> foreign = a.Text("x");
        var b = new ResultTableBuilder("b");
        b.Integer("n");
        b.Text("y");
        Action set = () => b.AddRow().Set(foreign, "oops");
        Action build = () => b.Build();
        // Either the foreign handle is refused, or the table built is consistent.
        try
        {
            set();
            build.Should().NotThrow();
        }
        catch (ArgumentException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    // ---------------------------------------------------------------- hand-edited CSV

    private static readonly TableSchema Schema3 = new("t", [new TableColumn("name", ColumnKind.Text), new TableColumn("v", ColumnKind.Decimal, "USD"), new TableColumn("m", ColumnKind.Money)]);

    private static CsvFormatException ReadFails(string csv, TableSchema? schema = null)
    {
        Action a = () => Read(csv, schema ?? Schema3);
        return a.Should().Throw<CsvFormatException>().Which;
    }

    [Fact]
    public void Csv_MissingColumn_FailsNamingLine()
    {
        CsvFormatException e = ReadFails("name,v [USD],m\r\na,1,2\r\n");
        e.Problems.Should().Contain(p => p.StartsWith("line 1", StringComparison.Ordinal));
        e.Problems.Should().Contain(p => p.StartsWith("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_ExtraColumn_FailsNamingLineAndColumn()
    {
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency,extra\r\na,1,2,USD,z\r\n");
        e.Problems.Should().Contain(p => p.StartsWith("line 1", StringComparison.Ordinal));
        e.Problems.Should().Contain(p => p.StartsWith("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_ReorderedColumns_FailNamingColumns()
    {
        CsvFormatException e = ReadFails("v [USD],name,m,m_currency\r\n1,a,2,USD\r\n");
        e.Problems.Should().Contain(p => p.StartsWith("line 1, column 1", StringComparison.Ordinal));
        e.Problems.Should().Contain(p => p.StartsWith("line 1, column 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_Bom_EitherReadsOrFailsNamingLineAndColumn()
    {
        string csv = "\uFEFFname,v [USD],m,m_currency\r\na,1,2,USD\r\n";
        try
        {
            Read(csv, Schema3).Rows.Should().HaveCount(1);
        }
        catch (CsvFormatException e)
        {
            e.Problems.Should().ContainSingle().Which.Should().StartWith("line 1, column 1");
        }
    }

    [Fact]
    public void Csv_Bom_ErrorMessageShowsTheHiddenCharacter()
    {
        // A message saying "header 'name' differs from the schema's 'name'" is not a clear error.
        string csv = "\uFEFFname,v [USD],m,m_currency\r\na,1,2,USD\r\n";
        try
        {
            Read(csv, Schema3);
        }
        catch (CsvFormatException e)
        {
            e.Message.Should().NotContain("'\uFEFFname' differs from the schema's 'name'", "an invisible BOM should be named, not printed raw");
        }
    }

    [Fact]
    public void Csv_LfOnlyFile_FailsNamingEveryLine()
    {
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency\na,1,2,USD\nb,3,4,EUR\n");
        e.Problems.Should().Contain(p => p.StartsWith("line 1", StringComparison.Ordinal));
        e.Problems.Should().Contain(p => p.StartsWith("line 2", StringComparison.Ordinal));
        e.Problems.Should().Contain(p => p.StartsWith("line 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_QuotedEmptyInANumberField_FailsNamingLineAndColumn()
    {
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency\r\na,\"\",2,USD\r\n");
        e.Problems.Should().ContainSingle().Which.Should().StartWith("line 2, column 2");
    }

    [Fact]
    public void Csv_QuotedEmptyInATextField_IsEmptyText_AndUnquotedEmptyIsMissing()
    {
        ResultTable t = Read("name,v [USD],m,m_currency\r\n\"\",,,\r\n,,,\r\n", Schema3);
        t.Rows[0][0].Should().Be(string.Empty);
        t.Rows[1][0].Should().BeNull();
    }

    public static TheoryData<string> BadDecimals => new()
    {
        "\"1,5\"", "\"1.234,5\"", "+5", ".5", "5.", "1e3", "1E-3", " 5", "5 ", "0x10", "00.5", "\"1,000\"", "١٢٣", "۱۲۳", "１２", "\u22125", "5-", "--5", "-", "NaN", "Infinity",
        "79228162514264337593543950336", "0.00000000000000000000000000001", "1.2.3", "1_000",
    };

    [Theory]
    [MemberData(nameof(BadDecimals))]
    public void Csv_BadDecimal_FailsNamingLineAndColumn(string cell)
    {
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency\r\na," + cell + ",2,USD\r\n");
        e.Problems.Should().ContainSingle().Which.Should().StartWith("line 2, column 2");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1e3")]
    [InlineData("٣")]
    [InlineData("+1")]
    public void Csv_BadInteger_FailsNamingLineAndColumn(string cell)
    {
        var schema = new TableSchema("t", [new TableColumn("a", ColumnKind.Text), new TableColumn("n", ColumnKind.Integer)]);
        CsvFormatException e = ReadFails("a,n\r\nx," + cell + "\r\n", schema);
        e.Problems.Should().ContainSingle().Which.Should().StartWith("line 2, column 2");
    }

    [Theory]
    [InlineData("2025-7-1")]
    [InlineData("2025-02-29")]
    [InlineData("2025/07/01")]
    [InlineData("01.07.2025")]
    [InlineData("2025-07-01T00:00")]
    [InlineData("۲۰۲۵-۰۷-۰۱")]
    public void Csv_BadDate_FailsNamingLineAndColumn(string cell)
    {
        var schema = new TableSchema("t", [new TableColumn("a", ColumnKind.Text), new TableColumn("d", ColumnKind.Date)]);
        CsvFormatException e = ReadFails("a,d\r\nx," + cell + "\r\n", schema);
        e.Problems.Should().ContainSingle().Which.Should().StartWith("line 2, column 2");
    }

    [Theory]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("TRUE")]
    public void Csv_BadFlag_FailsNamingLineAndColumn(string cell)
    {
        var schema = new TableSchema("t", [new TableColumn("a", ColumnKind.Text), new TableColumn("b", ColumnKind.Boolean)]);
        ReadFails("a,b\r\nx," + cell + "\r\n", schema).Problems.Should().ContainSingle().Which.Should().StartWith("line 2, column 2");
    }

    [Theory]
    [InlineData("s [percent],r [ratio]\r\n101,1\r\n", "line 2")]
    [InlineData("s [percent],r [ratio]\r\n-1,1\r\n", "line 2")]
    [InlineData("s [percent],r [ratio]\r\n1,-0.5\r\n", "line 2")]
    [InlineData("s [percent],r [ratio]\r\n0.0000000000000000000000000001,1\r\n", "line 2")]
    public void Csv_ShareOrRatioOutOfRange_FailsNamingLine(string csv, string where)
    {
        var schema = new TableSchema("t", [new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio)]);
        ReadFails(csv, schema).Problems.Should().ContainSingle().Which.Should().StartWith(where);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("USD ")]
    [InlineData("RMB")]
    [InlineData("\"\"")]
    public void Csv_BadPerCellCurrency_FailsNamingLine(string code)
    {
        ReadFails("name,v [USD],m,m_currency\r\na,1,2," + code + "\r\n").Problems.Should().ContainSingle().Which.Should().StartWith("line 2");
    }

    [Fact]
    public void Csv_ErrorAfterAMultiLineField_NamesTheEditorsLine()
    {
        // Row 1's text spans lines 2-4 (CRLF, then a lone CR counted as a line by the tokenizer? an editor shows CRLF only).
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency\r\n\"a\r\nb\r\nc\",1,2,USD\r\nd,bad,2,USD\r\n");
        e.Problems.Should().ContainSingle().Which.Should().StartWith("line 5, column 2");
    }

    [Fact]
    public void Csv_TrailingBlankLine_FailsNamingItsLine()
    {
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency\r\na,1,2,USD\r\n\r\n");
        e.Problems.Should().ContainSingle().Which.Should().StartWith("line 3");
    }

    [Fact]
    public void Csv_UnclosedQuote_FailsNamingLineAndColumn()
    {
        CsvFormatException e = ReadFails("name,v [USD],m,m_currency\r\na,1,2,USD\r\n\"b,1,2,USD\r\n");
        e.Problems.Should().Contain(p => p.StartsWith("line 3, column 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_ReadingNonCsvInput_OnlyThrowsCsvFormatException()
    {
        string[] inputs = ["\0\0\0", "\"", "\"\"\"", ",,,,\r\n", "\r", "\n\n", "\uD800", "name,v [USD],m,m_currency\r\n\"a\"b,1,2,USD\r\n"];
        foreach (string input in inputs)
        {
            Action a = () => Read(input, Schema3);
            a.Should().Throw<CsvFormatException>(input.Replace("\r", "\\r", StringComparison.Ordinal));
        }
    }

    // ---------------------------------------------------------------- culture

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Csv_ExtremesUnderCulture_WriteAndReadAsInvariant(string culture)
    {
        var table = new ResultTable(
            "t",
            [new TableColumn("d", ColumnKind.Decimal, "u"), new TableColumn("n", ColumnKind.Integer), new TableColumn("day", ColumnKind.Date), new TableColumn("m", ColumnKind.Money), new TableColumn("s", ColumnKind.Share), new TableColumn("p", ColumnKind.PartialDate), new TableColumn("b", ColumnKind.Boolean)],
            Extremes.Select((d, i) => (IReadOnlyList<object?>)new object?[] { d, -(long)i - 1, new DateOnly(2024 - i, 1 + i, 28), Money.Of(d, Currency.All[i * 7 % Currency.All.Count]), Share.FromPercent(12.5m), PartialDate.OfMonth(2025, 7), i % 2 == 0 }).ToArray());
        string invariant = CsvExport.ToCsv(table);
        string csv;
        ResultTable back;
        using (new CultureScope(culture))
        {
            csv = CsvExport.ToCsv(table);
            back = RoundTrip(table);
        }

        csv.Should().Be(invariant);
        back.ContentEquals(table).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void AnalysisTables_CsvIsTheSameUnderCulture(string culture)
    {
        foreach (string which in new[] { "normalised", "ranking", "aggregation", "path", "audit", "funds", "programmes" })
        {
            string invariant = CsvExport.ToCsv(AnalysisTables.Build(which));
            string schema = AnalysisTables.Build(which).Schema.ToJson();
            using (new CultureScope(culture))
            {
                ResultTable built = AnalysisTables.Build(which);
                CsvExport.ToCsv(built).Should().Be(invariant, which);
                built.Schema.ToJson().Should().Be(schema, which);
                built.ToString().Should().Be(AnalysisTables.Build(which).ToString());
            }
        }
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void DatasetTables_RoundTripUnderCulture(string culture)
    {
        using (new CultureScope(culture))
        {
            foreach (ResultTable table in DatasetTables.All(PolicyData.Embedded))
            {
                RoundTrip(table).ContentEquals(table).Should().BeTrue(table.Name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToString_IsTheSameUnderCulture(string culture)
    {
        var table = new ResultTable("t", [new TableColumn("d", ColumnKind.Decimal, "u"), new TableColumn("m", ColumnKind.Money), new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio)], [[-1234.5m, Money.Of(-1234567.891m, Currency.EUR), Share.FromPercent(12.5m), Ratio.Of(0.65m)]]);
        string invariant = table.ToString();
        using (new CultureScope(culture))
        {
            table.ToString().Should().Be(invariant);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void CsvErrorMessages_AreInvariantUnderCulture(string culture)
    {
        string invariantMessage = ReadFails("s [percent],r [ratio]\r\n101.5,-1.5\r\n", new TableSchema("t", [new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio)])).Message;
        using (new CultureScope(culture))
        {
            ReadFails("s [percent],r [ratio]\r\n101.5,-1.5\r\n", new TableSchema("t", [new TableColumn("s", ColumnKind.Share), new TableColumn("r", ColumnKind.Ratio)])).Message.Should().Be(invariantMessage);
        }
    }

    // ---------------------------------------------------------------- schema sidecar

    [Theory]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"Text\"},{\"name\":\"a\",\"kind\":\"Text\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"money\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"5\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"Decimal\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\" \",\"columns\":[{\"name\":\"a\",\"kind\":\"Text\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"Money\",\"currency\":\"usd\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"Money\"},{\"name\":\"a_currency\",\"kind\":\"Text\"}],\"notes\":[]}")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"Text\"}],\"notes\":[],\"facts\":[\"x\",\"x\"]}")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"kind\":\"Text\"}],\"notes\":[null]}")]
    public void Sidecar_Invalid_IsACsvFormatException(string json)
    {
        Action a = () => CsvExport.Read(new StringReader("a\r\nx\r\n"), new StringReader(json));
        a.Should().Throw<CsvFormatException>();
    }

    public static TheoryData<string> AnalysisNames() => AnalysisTables.Names();

    [Theory]
    [MemberData(nameof(AnalysisNames))]
    public void AnalysisTables_ThroughFiles_RoundTrip(string which)
    {
        ResultTable table = AnalysisTables.Build(which);
        string path = Path.Combine(_dir, which + ".csv");
        string schemaPath = CsvExport.WriteFile(table, path);
        using var csv = new StreamReader(path, Encoding.UTF8);
        using var schema = new StreamReader(schemaPath, Encoding.UTF8);
        CsvExport.Read(csv, schema).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void Half_a_surrogate_pair_in_a_name_note_unit_or_text_cell_is_refused_where_it_is()
    {
        TableColumn[] text = [new TableColumn("c", ColumnKind.Text)];
        var name = () => new ResultTable("t\uD800", text, [["x"]]);
        var note = () => new ResultTable("t", text, [["x"]], notes: ["fine", "note \uDC00"]);
        var cell = () => new ResultTable("t", text, [["x"], ["half \uD800 pair"]]);
        var unit = () => new TableColumn("v", ColumnKind.Decimal, "per \uD83D");

        name.Should().Throw<ArgumentException>().WithMessage("The name of table 't?' holds half a surrogate pair (U+D800) at index 1*");
        note.Should().Throw<ArgumentException>().WithMessage("Note 1 of table 't' holds half a surrogate pair (U+DC00) at index 5*");
        cell.Should().Throw<ArgumentException>().WithMessage("Row 1, column 'c' of table 't' holds half a surrogate pair (U+D800) at index 5*");
        unit.Should().Throw<ArgumentException>().WithMessage("The unit of column 'v' holds half a surrogate pair (U+D83D) at index 4*");

        // a whole pair is a character like any other, and round-trips
        var table = new ResultTable("t", text, [["emoji \uD83D\uDE00"]], notes: ["\uD83D\uDE00"]);
        CsvExport.Read(new StringReader(CsvExport.ToCsv(table)), new StringReader(table.Schema.ToJson())).ContentEquals(table).Should().BeTrue();
    }

    [Fact]
    public void A_schema_whose_JSON_escapes_half_a_surrogate_pair_is_a_reported_problem()
    {
        foreach (string json in new[]
        {
            """{"name":"t","columns":[{"name":"v","kind":"Decimal","unit":"per \ud83d"}]}""",
            """{"name":"t","columns":[{"name":"c","kind":"Text"}],"notes":["a \ud800 b"]}""",
            """{"name":"t\udc00","columns":[{"name":"c","kind":"Text"}]}""",
        })
        {
            TableSchema.TryParse(json, out TableSchema? schema, out IReadOnlyList<string> problems).Should().BeFalse(json);
            schema.Should().BeNull();
            problems.Should().ContainSingle().Which.Should().StartWith("not valid JSON: a string escapes half a surrogate pair");
        }

        var direct = () => new TableSchema("t", [new TableColumn("c", ColumnKind.Text)], notes: ["a \ud800 b"]);
        direct.Should().Throw<ArgumentException>().WithMessage("Note 0 of table 't' holds half a surrogate pair (U+D800) at index 2*");
    }
}
