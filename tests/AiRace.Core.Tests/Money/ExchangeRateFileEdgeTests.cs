using System;
using System.IO;
using System.Linq;

namespace AiRace.Core.Tests;

/// <summary>
/// The error paths and edges of the rate-file readers and of <see cref="RateColumn"/> that the mutation run of
/// <c>money-rates.json</c> (tests/README.md) found untested: argument checks, a header line that is empty, a data line
/// with a trailing comma the header has not, the column of a field after leading spaces, plural notes, annual dates,
/// and every FRED country code.
/// </summary>
public class ExchangeRateFileEdgeTests
{
    private const string EcbText = "Date,USD\n2025-07-28,1.16\n";

    [Fact]
    public void Readers_NameTheArgumentThatIsMissing()
    {
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadEcb(null!, "x.csv")).Should().Be("reader");
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadEcb(new StringReader(EcbText), null!)).Should().Be("name");

        const string fred = "DATE,DEXCHUS\n2025-07-28,7.17\n";
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadFred(null!, "x.csv")).Should().Be("reader");
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadFred(new StringReader(fred), null!)).Should().Be("name");
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadFred(new StringReader(fred), "x.csv", null!)).Should().Be("columns");

        // A header alone: nothing after the checks would notice the bad argument.
        const string list = "date,base,quote,rate\n";
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadList(null!, "x.csv", "p", "s")).Should().Be("reader");
        ParamOf<ArgumentNullException>(() => ExchangeRateFile.ReadList(new StringReader(list), null!, "p", "s")).Should().Be("name");
        ParamOf<ArgumentException>(() => ExchangeRateFile.ReadList(new StringReader(list), "x.csv", " ", "s")).Should().Be("publisher");
        ParamOf<ArgumentException>(() => ExchangeRateFile.ReadList(new StringReader(list), "x.csv", "p", " ")).Should().Be("seriesId");
        ParamOf<ArgumentOutOfRangeException>(() => ExchangeRateFile.ReadList(new StringReader(list), "x.csv", "p", "s", (RatePeriod)9)).Should().Be("period");

        ExchangeRateFile.ReadList(new StringReader(list), "x.csv", "p", "s").Count.Should().Be(0, "a header alone is an empty list");
    }

    [Fact]
    public void Ecb_AHeaderCodeWithAnythingButCapitals_IsNotACurrencyCode()
    {
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("Date,US1\n"), "x.csv"), 1, 6,
            "'US1' is not a currency code (the ECB's header names each column by its ISO 4217 code)");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("Date,USD,Cyp\n"), "x.csv"), 1, 10,
            "'Cyp' is not a currency code (the ECB's header names each column by its ISO 4217 code)");
    }

    [Fact]
    public void Ecb_AColumnNotRead_CountsItsRatesInTheNote()
    {
        ExchangeRateFile two = ExchangeRateFile.ReadEcb(new StringReader("Date,USD,CYP\n2025-07-24,1.1,0.5\n2025-07-25,1.2,0.6\n2025-07-28,1.3,N/A\n"), "x.csv");
        two.NotRead.Should().Equal("CYP (column 10): not an active ISO 4217 currency code; its 2 rates were not read.");
        two.Count.Should().Be(3);

        ExchangeRateFile none = ExchangeRateFile.ReadEcb(new StringReader("Date,CYP,USD\n2025-07-24,,1.1\n"), "x.csv");
        none.NotRead.Should().Equal("CYP (column 6): not an active ISO 4217 currency code; its 0 rates were not read.");
        none.Columns.Select(c => c.Quote.Code).Should().Equal("USD");
    }

    [Fact]
    public void BlankLinesBeforeTheHeader_AreSkippedLikeAnyOther_AndTheLinesAfterThemAreCountedFromTheFirst()
    {
        // The class documents that a line of nothing but spaces and tabs is skipped; before the header it was read as
        // the header, and refused with "found ''".
        ExchangeRateFile.ReadEcb(new StringReader("\nDate,USD\n2025-07-28,1.16\n"), "x.csv").Count.Should().Be(1);
        ExchangeRateFile.ReadFred(new StringReader(" \t\r\n\r\nDATE,DEXCHUS\r\n2025-07-28,7.17\r\n"), "x.csv").Count.Should().Be(1);
        ExchangeRateFile.ReadList(new StringReader("\n\ndate,base,quote,rate\n2025-07-24,USD,CNY,7.1\n"), "x.csv", "p", "s").Count.Should().Be(1);
        ExchangeRateFile.ReadEcb(new StringReader("\uFEFF\nDate,USD\n2025-07-28,1.16\n"), "x.csv").Count.Should().Be(1, "the mark starts the text, on the blank first line");

        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\n  \nDate,USD\n2025-07-28,1.1x\n"), "x.csv"), 4, 15, "'1.1x' is not a rate: unexpected character 'x' at position 3");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\n\nDay,USD\n"), "x.csv"), 3, 1, "expected a header starting with Date; found 'Day'");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\nDate,USD,USD\n"), "x.csv"), 2, 10, "USD is in the header twice (columns 6 and 10)");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\n\uFEFFDate,USD\n"), "x.csv"), 2, 1,
            "U+FEFF before 'Date': only spaces (U+0020) and tabs may stand around a field; other white space and invisible characters are not trimmed");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\u00A0\nDate,USD\n"), "x.csv"), 1, 1,
            "U+00A0 in a field of nothing else: only spaces (U+0020) and tabs may stand around a field; other white space and invisible characters are not trimmed");
    }

    [Theory]
    [InlineData("   \n", 1)]
    [InlineData("\n\t\n\n", 3)]
    [InlineData("\uFEFF\n", 1)]
    public void AFileOfBlankLinesOnly_HasNoHeader_SaidAtItsLastLine(string text, int line) =>
        Check(() => ExchangeRateFile.ReadEcb(new StringReader(text), "x.csv"), line, 1, "the file holds only blank lines; expected a header starting with Date");

    /// <summary>A text of one byte order mark and nothing else is an empty file, not one of blank lines: it has no line.</summary>
    [Fact]
    public void A_file_of_only_a_byte_order_mark_is_empty_apart_from_it()
    {
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\uFEFF"), "x.csv"), 1, 1, "the file is empty apart from a byte order mark; expected a header starting with Date");
        Check(() => ExchangeRateFile.ReadFred(new StringReader("\uFEFF"), "x.csv"), 1, 1, "the file is empty apart from a byte order mark; expected a header starting with observation_date or DATE");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader(string.Empty), "x.csv"), 1, 1, "the file is empty; expected a header starting with Date");

        // Read from a file, the reader drops the mark before the text is seen: the file is empty.
        string path = Path.Combine(Path.GetTempPath(), "airace-bom-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF]);
            Check(() => ExchangeRateFile.ReadEcb(path), 1, 1, "the file is empty; expected a header starting with Date");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Fred_AWrongHeader_NamesBothAcceptedFirstFields() =>
        Check(() => ExchangeRateFile.ReadFred(new StringReader("Day,DEXCHUS\n"), "x.csv"), 1, 1,
            "expected a header starting with observation_date or DATE; found 'Day'");

    [Fact]
    public void ATrailingComma_IsAllowedOnlyWhenTheHeaderHasOne()
    {
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("Date,USD\n2025-07-28,1.16,\n"), "x.csv"), 2, 17, "expected 2 fields as in the header, found 3");
        ExchangeRateFile.ReadEcb(new StringReader("Date,USD,\n2025-07-28,1.16,\n2025-07-29,1.17\n"), "x.csv").Count.Should().Be(2);
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("Date,USD,\n2025-07-28,1.16,,\n"), "x.csv"), 2, 17, "expected 2 fields as in the header, found 4");
    }

    [Fact]
    public void TheColumnOfAnError_CountsTheSpacesBeforeTheField()
    {
        const string header = "date,base,quote,rate\n";
        const string rmb = "'RMB' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.";
        Check(() => ExchangeRateFile.ReadList(new StringReader(header + "2025-07-24,  RMB,CNY,1\n"), "x.csv", "p", "s"), 2, 14, rmb);
        Check(() => ExchangeRateFile.ReadList(new StringReader(header + "2025-07-24,USD  ,RMB,1\n"), "x.csv", "p", "s"), 2, 18, rmb);
        Check(() => ExchangeRateFile.ReadList(new StringReader(header + " 2025-7-24,USD,CNY,1\n"), "x.csv", "p", "s"), 2, 2, "'2025-7-24' is not a date (yyyy-MM-dd)");
    }

    [Fact]
    public void List_OfMonthlyAndAnnualRates_AreDatedOnTheFirstDayOfTheirPeriod()
    {
        const string header = "date,base,quote,rate\n";
        Check(() => ExchangeRateFile.ReadList(new StringReader(header + "2024-03-01,USD,CNY,7.1\n"), "x.csv", "p", "s", RatePeriod.Year), 2, 1,
            "'2024-03-01' is not the first day of its year, which dates a yearly rate");
        Check(() => ExchangeRateFile.ReadList(new StringReader(header + "2024-03-02,USD,CNY,7.1\n"), "x.csv", "p", "s", RatePeriod.Month), 2, 1,
            "'2024-03-02' is not the first day of its month, which dates a monthly rate");

        ExchangeRateFile annual = ExchangeRateFile.ReadList(new StringReader(header + "2024-01-01,USD,CNY,7.1957\n"), "x.csv", "p", "s", RatePeriod.Year);
        ExchangeRate y2024 = annual.Table.GetRate(Currency.USD, Currency.CNY, new DateOnly(2024, 9, 30), RateLookup.AnnualAverage);
        (y2024.Rate, y2024.Date, y2024.Period).Should().Be((7.1957m, new DateOnly(2024, 1, 1), RatePeriod.Year));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Lines_AreCountedAsAnEditorCountsThem_WhateverTheirEnds(string end)
    {
        string text = string.Join(end, "Date,USD", "2025-07-28,1.1", string.Empty, "2025-07-29,1.1x") + end;
        ExchangeRateFileException e = Assert.Throws<ExchangeRateFileException>(() => ExchangeRateFile.ReadEcb(new StringReader(text), "e.csv"));
        (e.Line, e.Column).Should().Be((4, 15));
    }

    [Fact]
    public void BothDirectionsOfAPairOnOneDay_AreAFileErrorAtTheSecond_NotTheTablesArgumentException()
    {
        const string list = "date,base,quote,rate\n2025-07-28,USD,CNY,7.1\n2025-07-29,CNY,USD,0.14\n2025-07-28,CNY,USD,0.14\n";
        ExchangeRateFileException e = Assert.Throws<ExchangeRateFileException>(() => ExchangeRateFile.ReadList(new StringReader(list), "l.csv", "me", "s"));
        (e.Line, e.Column).Should().Be((4, 20));
        e.Reason.Should().Be("a CNY/USD rate of s CNY/USD for 2025-07-28, where line 2 holds the USD/CNY rate of s USD/CNY; the table answers each direction of a pair with the other's inverse, so one file holds one direction per pair, period and date (read the other from a separate file)");

        var mine = new RateColumn(new RateSeries("CNYUSD", "my CNY/USD", "me", RatePeriod.Day), Currency.CNY, Currency.USD);
        const string fred = "observation_date,DEXCHUS,CNYUSD\n2025-07-28,7.1,.\n2025-07-29,.,0.14\n2025-07-30,7.2,0.139\n";
        e = Assert.Throws<ExchangeRateFileException>(() => ExchangeRateFile.ReadFred(new StringReader(fred), "f.csv", mine));
        (e.Line, e.Column).Should().Be((4, 16));
        e.Reason.Should().StartWith("a CNY/USD rate of my CNY/USD for 2025-07-30, where line 4 holds the USD/CNY rate of Fed H.10 (DEXCHUS);");

        ExchangeRateFile.ReadList(new StringReader(list[..list.LastIndexOf("2025-07-28", StringComparison.Ordinal)]), "l.csv", "me", "s").Count.Should().Be(2, "other days may hold the other direction");
    }

    [Fact]
    public void Fred_SeriesOfOnePeriod_MayShareABaseOrAQuote()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadFred(new StringReader("DATE,DEXCHUS,DEXJPUS,DEXUSEU\n2025-07-28,7.17,148.5,1.16\n"), "x.csv");
        file.Columns.Select(c => c.Base.Code + "/" + c.Quote.Code).Should().Equal("USD/CNY", "USD/JPY", "EUR/USD");
        file.Count.Should().Be(3);
        file.Table.GetRate(Currency.USD, Currency.JPY, new DateOnly(2025, 7, 28), RateLookup.ExactDate).Rate.Should().Be(148.5m);

        ExchangeRateFile periods = ExchangeRateFile.ReadFred(new StringReader("DATE,DEXCHUS,EXCHUS\n2025-07-01,7.17,7.18\n"), "x.csv");
        periods.Columns.Select(c => c.Series.Period).Should().Equal(RatePeriod.Day, RatePeriod.Month);
    }

    [Theory]
    [InlineData("CH", "CNY")]
    [InlineData("JP", "JPY")]
    [InlineData("EU", "EUR")]
    [InlineData("UK", "GBP")]
    [InlineData("CA", "CAD")]
    [InlineData("AL", "AUD")]
    [InlineData("NZ", "NZD")]
    [InlineData("SZ", "CHF")]
    [InlineData("KO", "KRW")]
    [InlineData("IN", "INR")]
    [InlineData("HK", "HKD")]
    [InlineData("TA", "TWD")]
    [InlineData("SI", "SGD")]
    [InlineData("MX", "MXN")]
    [InlineData("BZ", "BRL")]
    [InlineData("SD", "SEK")]
    [InlineData("NO", "NOK")]
    [InlineData("DN", "DKK")]
    [InlineData("SF", "ZAR")]
    [InlineData("TH", "THB")]
    [InlineData("MA", "MYR")]
    [InlineData("SL", "LKR")]
    public void FredH10_KnowsEachCountryCode_InBothDirections(string country, string code)
    {
        RateColumn perDollar = RateColumn.FredH10("DEX" + country + "US");
        (perDollar.Base.Code, perDollar.Quote.Code).Should().Be(("USD", code));
        RateColumn dollars = RateColumn.FredH10("EXUS" + country);
        (dollars.Base.Code, dollars.Quote.Code, dollars.Series.Period).Should().Be((code, "USD", RatePeriod.Month));
    }

    [Theory]
    [InlineData("XCHUS")]
    [InlineData("ZZCHUS")]
    [InlineData("DXCHUS")]
    [InlineData("EXCHUS1")]
    [InlineData("AEXCH")]
    public void FredH10_AnIdWithoutTheDexExOrAexPrefix_IsRefused(string id)
    {
        RateColumn.TryFredH10(id, out RateColumn? column).Should().BeFalse();
        column.Should().BeNull();
        ArgumentException ex = ((Action)(() => RateColumn.FredH10(id))).Should().Throw<ArgumentException>().Which;
        ex.Message.Should().StartWith($"'{id}' is not a Federal Reserve H.10 exchange-rate series id (DEXCHUS, EXUSEU, AEXJPUS, ...); describe its series and pair with a RateColumn.");
        ex.ParamName.Should().Be("id");
    }

    [Fact]
    public void FredH10_NullIsNoId()
    {
        RateColumn.TryFredH10(null, out RateColumn? column).Should().BeFalse();
        column.Should().BeNull();
    }

    [Fact]
    public void RateColumn_NeedsASeriesAndTwoCurrencies()
    {
        var series = new RateSeries("S", "Series S", "Tests", RatePeriod.Day);
        ParamOf<ArgumentNullException>(() => new RateColumn(null!, Currency.USD, Currency.CNY)).Should().Be("series");
        ArgumentException same = ((Action)(() => _ = new RateColumn(series, Currency.USD, Currency.USD))).Should().Throw<ArgumentException>().Which;
        same.Message.Should().StartWith("A rate column needs two different currencies; both are USD.");
        same.ParamName.Should().Be("quoteCurrency");
        var column = new RateColumn(series, Currency.USD, Currency.CNY);
        (column.Series, column.Base, column.Quote).Should().Be((series, Currency.USD, Currency.CNY));
    }

    // Stop 65's mutation run of the lines changed since 3a4016c (tests/README.md): the reading of a rate too large to
    // invert, a field of blanks only, a mark a reader cannot peek at, a zero unit after the mark, and the zero-width
    // non-joiner, joiner and word joiner at a field's edge.
    [Fact]
    public void ARateWhoseInverseRoundsToZero_IsRefused_WithItsLineAndColumn()
    {
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("Date,USD\n2025-07-28,30000000000000000000000000000\n"), "x.csv"), 2, 12,
            "'30000000000000000000000000000' is too large a rate: its inverse, which the table derives, rounds to zero in decimal (a rate must be below 2 × 10^28)");
        ExchangeRateFile.ReadEcb(new StringReader("Date,USD\n2025-07-28,10000000000000000000000000000\n"), "x.csv").Table
            .GetRate(Currency.USD, Currency.EUR, new DateOnly(2025, 7, 28), RateLookup.ExactDate).Rate
            .Should().Be(0.0000000000000000000000000001m, "10^28 has an inverse decimal holds");
    }

    [Fact]
    public void AFieldOfBlanksOnly_IsAnEmptyCell()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadEcb(new StringReader("Date,USD,JPY\n2025-07-28,  ,170\n2025-07-29,1.1,\t\n"), "x.csv");
        file.Count.Should().Be(2, "a cell of spaces or tabs is no rate, like an empty one");
    }

    [Fact]
    public void AByteOrderMark_IsDroppedAlsoByAReaderThatCannotPeek()
    {
        ExchangeRateFile.ReadEcb(new NoPeekReader("\uFEFFDate,USD\n2025-07-28,1.16\n"), "x.csv").Count.Should().Be(1);
        Check(() => ExchangeRateFile.ReadEcb(new NoPeekReader("\uFEFF"), "x.csv"), 1, 1, "the file holds only blank lines; expected a header starting with Date");
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\uFEFF"), "x.csv"), 1, 1,
            "the file is empty apart from a byte order mark; expected a header starting with Date");
    }

    [Fact]
    public void AZeroUnitAfterTheMark_IsNotTheEndOfTheText()
    {
        ExchangeRateFileException ex = ((Action)(() => ExchangeRateFile.ReadEcb(new StringReader("\uFEFF\0Date,USD\n"), "x.csv")))
            .Should().Throw<ExchangeRateFileException>().Which;
        ex.Reason.Should().NotContain("empty").And.Contain("U+0000");
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    public void AZeroWidthUnitAtAFieldsEdge_IsRefused(char unit)
    {
        string code = ((int)unit).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        Check(() => ExchangeRateFile.ReadEcb(new StringReader($"Date,USD\n2025-07-28,1.16{unit}\n"), "x.csv"), 2, 16,
            $"U+{code} after '1.16': only spaces (U+0020) and tabs may stand around a field; other white space and invisible characters are not trimmed");
    }

    // A reader whose Peek says nothing (-1), as TextReader's own does.
    private sealed class NoPeekReader(string text) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public override int Read() => _inner.Read();

        public override string? ReadLine() => _inner.ReadLine();
    }

    private static string? ParamOf<TException>(Action act)
        where TException : ArgumentException =>
        act.Should().ThrowExactly<TException>().Which.ParamName;

    private static void Check(Action read, int line, int column, string reason)
    {
        ExchangeRateFileException ex = read.Should().Throw<ExchangeRateFileException>().Which;
        ex.Reason.Should().Be(reason);
        (ex.Line, ex.Column).Should().Be((line, column), ex.Message);
    }

    [Theory]
    [InlineData("not-a-date,.")]
    [InlineData("2025-02-30,.")]
    [InlineData("2025-02-30,")]
    public void Fred_row_with_an_invalid_date_is_an_error_even_without_a_rate(string row)
    {
        // A row without a rate is no rate, but its date must still be a date: a corrupt or shifted file is not read as
        // if it were fine.
        string text = "observation_date,DEXCHUS\n" + row + "\n2025-07-28,7.1\n";

        Action act = () => ExchangeRateFile.ReadFred(new StringReader(text), "fred.csv");

        act.Should().Throw<ExchangeRateFileException>().WithMessage("*line 2*");
    }
}
