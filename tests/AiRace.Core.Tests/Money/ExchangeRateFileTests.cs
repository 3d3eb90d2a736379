using System;
using System.IO;
using System.Linq;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>The loaders of users' rate files (issue 16 §4), each with small hand-written files in Money/RateFiles.</summary>
public class ExchangeRateFileTests
{
    private static readonly DateOnly Jul24 = new(2025, 7, 24), Jul25 = new(2025, 7, 25), Jul28 = new(2025, 7, 28);

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Money", "RateFiles", file);

    private static ExchangeRateFile Ecb => ExchangeRateFile.ReadEcb(PathOf("ecb-eurofxref-hist.csv"));

    [Fact]
    public void Ecb_ReadsEveryCurrencyAsItsOwnNamedSeries()
    {
        ExchangeRateFile file = Ecb;
        file.Name.Should().Be("ecb-eurofxref-hist.csv");
        file.Columns.Select(c => c.Quote.Code).Should().Equal("USD", "JPY", "CNY", "GBP");
        file.Columns.Should().OnlyContain(c => c.Base == Currency.EUR);
        file.Count.Should().Be(15, "4 days × 4 currencies, less CNY's N/A on 2025-07-25");

        ExchangeRate eurUsd = file.Table.GetRate(Currency.EUR, Currency.USD, Jul28, RateLookup.ExactDate);
        eurUsd.Rate.Should().Be(1.1600m);
        eurUsd.Series.Id.Should().Be("EXR.D.USD.EUR.SP00.A");
        eurUsd.Series.Citation.Should().Be("ECB EUR/USD");
        eurUsd.Series.Publisher.Should().Be("European Central Bank");
        eurUsd.Series.Period.Should().Be(RatePeriod.Day);
        file.Table.GetRate(Currency.EUR, Currency.CNY, new DateOnly(2007, 12, 31), RateLookup.ExactDate).Rate.Should().Be(10.7524m);
        file.Table.GetRate(Currency.USD, Currency.EUR, Jul28, RateLookup.ExactDate).Series.Citation.Should().Be("inverse of ECB EUR/USD");
    }

    [Fact]
    public void Ecb_NotApplicableCells_AreDaysWithoutARate()
    {
        ExchangeRateFile file = Ecb;
        file.Table.TryGetRate(Currency.EUR, Currency.CNY, Jul25, RateLookup.ExactDate, out _).Should().BeFalse();
        file.Table.GetRate(Currency.EUR, Currency.CNY, Jul25, RateLookup.MostRecentWithin(4)).Date.Should().Be(Jul24);
    }

    [Fact]
    public void Ecb_AColumnOfAWithdrawnCurrency_IsNotRead_AndSaysSo()
    {
        ExchangeRateFile file = Ecb;
        file.NotRead.Should().Equal("CYP (column 14): not an active ISO 4217 currency code; its 1 rate was not read.");
        file.Table.Pairs.Should().NotContain(p => p.From.Code == "CYP" || p.To.Code == "CYP");
    }

    [Fact]
    public void CrossViaTheEuro_NamesBothEcbSeriesAndThePivot()
    {
        ExchangeRateTable ecb = Ecb.Table.CrossVia(Currency.EUR);
        ecb.Pivot.Should().Be(Currency.EUR);
        Ecb.Table.Pivot.Should().BeNull();

        ExchangeRate usdCny = ecb.GetRate(Currency.USD, Currency.CNY, Jul28, RateLookup.ExactDate);
        usdCny.Base.Should().Be(Currency.USD);
        usdCny.Quote.Should().Be(Currency.CNY);
        usdCny.Rate.Should().Be(8.3200m / 1.1600m, "EUR/CNY ÷ EUR/USD, rounded once");
        usdCny.Date.Should().Be(Jul28);
        usdCny.Series.Citation.Should().Be("cross of ECB EUR/USD and ECB EUR/CNY via EUR");
        usdCny.Series.Derivation.Should().Be(RateDerivation.Cross);
        usdCny.Series.Id.Should().Be("1/EXR.D.USD.EUR.SP00.A×EXR.D.CNY.EUR.SP00.A");
        usdCny.Series.Components.Select(s => s.Derivation).Should().Equal(RateDerivation.Inverse, RateDerivation.Published);
        ecb.GetRate(Currency.USD, Currency.CNY, Jul24, RateLookup.ExactDate).Series.Should().BeSameAs(usdCny.Series, "one series object per pair of legs");

        Conversion c = M.Usd(100).ConvertTo(Currency.CNY, Jul28, ecb, RateLookup.ExactDate);
        c.Result.Should().Be(M.Cny(100m * (8.3200m / 1.1600m)));
        c.Rate.Series.Citation.Should().Be("cross of ECB EUR/USD and ECB EUR/CNY via EUR");

        ExchangeRate cnyUsd = ecb.GetRate(Currency.CNY, Currency.USD, Jul28, RateLookup.ExactDate);
        cnyUsd.Rate.Should().Be(1.1600m / 8.3200m);
        cnyUsd.Series.Citation.Should().Be("cross of ECB EUR/CNY and ECB EUR/USD via EUR");
        ecb.GetRate(Currency.GBP, Currency.JPY, Jul28, RateLookup.ExactDate).Rate.Should().Be(171.50m / 0.8650m);
    }

    [Fact]
    public void CrossViaTheEuro_MostRecent_TakesTheLatestDayBothLegsWereQuoted()
    {
        ExchangeRateTable ecb = Ecb.Table.CrossVia(Currency.EUR);
        // 2025-07-26 is a Saturday; on the 25th the ECB has USD but no CNY; on the 24th both.
        ExchangeRate rate = ecb.GetRate(Currency.USD, Currency.CNY, new DateOnly(2025, 7, 26), RateLookup.MostRecentWithin(4));
        rate.Date.Should().Be(Jul24);
        rate.Rate.Should().Be(8.4000m / 1.1750m);
        ((Action)(() => ecb.GetRate(Currency.USD, Currency.CNY, Jul25, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("The table holds no USD/CNY rates, and crossing via EUR needs USD/EUR and EUR/CNY for the same day: No daily EUR/CNY rate was quoted on 2025-07-25 (Friday) in ECB EUR/CNY*");
    }

    [Fact]
    public void CrossVia_NeverCrossesAPairTheTableHolds_NorBeyondIt()
    {
        ExchangeRateTable ecb = Ecb.Table.CrossVia(Currency.EUR);
        ecb.GetRate(Currency.EUR, Currency.USD, Jul28, RateLookup.ExactDate).Series.Citation.Should().Be("ECB EUR/USD");
        ecb.GetRate(Currency.USD, Currency.USD, Jul28, RateLookup.ExactDate).Rate.Should().Be(1m);
        ((Action)(() => ecb.GetRate(Currency.USD, Currency.CHF, Jul28, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("The table has no rates between USD and CHF, nor both legs through EUR (it holds EUR/CNY, EUR/GBP, EUR/JPY, EUR/USD).");
        ((Action)(() => Ecb.Table.GetRate(Currency.USD, Currency.CNY, Jul28, RateLookup.ExactDate))).Should().Throw<ExchangeRateNotFoundException>()
            .WithMessage("*cross them through a pivot with CrossVia(pivot) or ExchangeRate.Cross.");
        ecb.TryGetRate(Currency.USD, Currency.CNY, new DateOnly(2030, 1, 1), RateLookup.MostRecentWithin(31), out _).Should().BeFalse();
    }

    [Fact]
    public void Fred_ReadsH10SeriesAsTheEmbeddedOnesAreCited()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadFred(PathOf("fred-dexchus.csv"));
        file.Count.Should().Be(3, "2025-07-28 has no observation");
        file.Columns.Single().Series.Should().Be(ReferenceRates.FedH10Daily);
        file.Columns.Single().Base.Should().Be(Currency.USD);
        file.Columns.Single().Quote.Should().Be(Currency.CNY);
        ExchangeRate rate = file.Table.GetRate(Currency.USD, Currency.CNY, Jul25, RateLookup.ExactDate);
        rate.Rate.Should().Be(7.1600m);
        rate.Series.Citation.Should().Be("Fed H.10 (DEXCHUS)");
        file.Table.TryGetRate(Currency.USD, Currency.CNY, Jul28, RateLookup.ExactDate, out _).Should().BeFalse();
    }

    [Fact]
    public void Fred_LegacyHeaderAndDots_AndBothDirectionsOfH10Ids()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadFred(PathOf("fred-legacy-two-series.csv"));
        file.Count.Should().Be(4);
        file.Columns.Select(c => (c.Base.Code, c.Quote.Code)).Should().Equal(("USD", "CNY"), ("EUR", "USD"));
        file.Table.GetRate(Currency.EUR, Currency.USD, Jul25, RateLookup.ExactDate).Rate.Should().Be(1.1700m, "DEXUSEU is US dollars per euro");

        // CNY → USD → EUR: both legs are inverses of what FRED publishes, so the cross is 1 / (DEXCHUS × DEXUSEU).
        ExchangeRate cnyEur = file.Table.CrossVia(Currency.USD).GetRate(Currency.CNY, Currency.EUR, Jul24, RateLookup.ExactDate);
        cnyEur.Rate.Should().Be(1m / (7.1500m * 1.1750m));
        cnyEur.Series.Citation.Should().Be("cross of Fed H.10 (DEXCHUS) and Fed H.10 (DEXUSEU) via USD");
    }

    [Fact]
    public void Fred_MonthlySeries_AreDatedOnTheFirstOfTheMonth()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadFred(PathOf("fred-exchus-monthly.csv"));
        file.Columns.Single().Series.Should().Be(ReferenceRates.FedH10Monthly);
        file.Table.GetRate(Currency.USD, Currency.CNY, new DateOnly(2025, 6, 17), RateLookup.MonthlyAverage).Rate.Should().Be(7.1800m);
        ((Action)(() => ExchangeRateFile.ReadFred(new StringReader("observation_date,EXCHUS\n2025-06-15,7.18\n"), "m.csv")))
            .Should().Throw<ExchangeRateFileException>()
            .WithMessage("m.csv, line 2, column 1: '2025-06-15' is not the first day of its month, which dates a monthly rate");
    }

    [Fact]
    public void Fred_ASeriesOfYourOwn_IsDescribedByARateColumn()
    {
        var team = new RateColumn(new RateSeries("TEAMCNYUSD", "Team CNY/USD fixing", "Our team", RatePeriod.Day), Currency.CNY, Currency.USD);
        ExchangeRateFile file = ExchangeRateFile.ReadFred(PathOf("fred-custom-series.csv"), team);
        file.Table.GetRate(Currency.CNY, Currency.USD, Jul24, RateLookup.ExactDate).Series.Citation.Should().Be("Team CNY/USD fixing");

        var ex = ((Action)(() => ExchangeRateFile.ReadFred(PathOf("fred-custom-series.csv")))).Should().Throw<ExchangeRateFileException>().Which;
        (ex.FileName, ex.Line, ex.Column).Should().Be(("fred-custom-series.csv", 1, 18));
        ex.Reason.Should().Be("'TEAMCNYUSD' is not a Federal Reserve H.10 series id (DEXCHUS, EXUSEU, AEXJPUS, ...) and no RateColumn with that series id was given");
    }

    [Theory]
    [InlineData("DEXCHUS", "USD", "CNY", RatePeriod.Day, "Fed H.10 (DEXCHUS)")]
    [InlineData("DEXUSEU", "EUR", "USD", RatePeriod.Day, "Fed H.10 (DEXUSEU)")]
    [InlineData("EXJPUS", "USD", "JPY", RatePeriod.Month, "Fed H.10 monthly average (EXJPUS)")]
    [InlineData("AEXUSUK", "GBP", "USD", RatePeriod.Year, "Fed H.10 annual average (AEXUSUK)")]
    [InlineData("DEXKOUS", "USD", "KRW", RatePeriod.Day, "Fed H.10 (DEXKOUS)")]
    public void FredH10Ids_NameTheirPairAndPeriod(string id, string baseCode, string quoteCode, RatePeriod period, string citation)
    {
        RateColumn column = RateColumn.FredH10(id);
        (column.Base.Code, column.Quote.Code, column.Series.Period, column.Series.Citation, column.Series.Id).Should().Be((baseCode, quoteCode, period, citation, id));
    }

    [Theory]
    [InlineData("DEXCHJP")]
    [InlineData("DEXUSUS")]
    [InlineData("DEXXXUS")]
    [InlineData("DEXCHUSX")]
    [InlineData("CHUS")]
    [InlineData("")]
    public void FredH10Ids_ThatAreNot_AreRefused(string id)
    {
        RateColumn.TryFredH10(id, out _).Should().BeFalse();
        ((Action)(() => RateColumn.FredH10(id))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void List_EachPairIsASeriesNamedByTheCaller()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadList(PathOf("list-rates.csv"), "Our treasury", "treasury-fx");
        file.Count.Should().Be(4);
        file.Columns.Select(c => c.Series.Id).Should().Equal("treasury-fx:USD/CNY", "treasury-fx:EUR/USD");
        ExchangeRate rate = file.Table.GetRate(Currency.USD, Currency.CNY, Jul25, RateLookup.ExactDate);
        rate.Rate.Should().Be(7.16m);
        rate.Series.Citation.Should().Be("treasury-fx USD/CNY");
        rate.Series.Publisher.Should().Be("Our treasury");
        file.Table.CrossVia(Currency.USD).GetRate(Currency.EUR, Currency.CNY, Jul24, RateLookup.ExactDate).Series.Citation
            .Should().Be("cross of treasury-fx EUR/USD and treasury-fx USD/CNY via USD");
    }

    [Fact]
    public void List_OfMonthlyRates()
    {
        var text = new StringReader("date,base,quote,rate\n2024-01-01,USD,CNY,7.1\n2024-02-01,USD,CNY,7.2\n");
        ExchangeRateFile file = ExchangeRateFile.ReadList(text, "monthly.csv", "Us", "avg", RatePeriod.Month);
        file.Table.GetRate(Currency.USD, Currency.CNY, new DateOnly(2024, 2, 29), RateLookup.MonthlyAverage).Rate.Should().Be(7.2m);
    }

    [Fact]
    public void BadFiles_OnDisk_SayLineAndColumn()
    {
        Check(() => ExchangeRateFile.ReadEcb(PathOf("bad-ecb-rate.csv")), "bad-ecb-rate.csv", 3, 16, "'1.17x0' is not a rate: unexpected character 'x' at position 4");
        Check(() => ExchangeRateFile.ReadFred(PathOf("bad-fred-series.csv")), "bad-fred-series.csv", 1, 26,
            "'DEXXXUS' is not a Federal Reserve H.10 series id (DEXCHUS, EXUSEU, AEXJPUS, ...) and no RateColumn with that series id was given");
        Check(() => ExchangeRateFile.ReadList(PathOf("bad-list-currency.csv"), "Us", "x"), "bad-list-currency.csv", 3, 12,
            "'RMB' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.");
    }

    [Theory]
    [InlineData("", 1, 1, "the file is empty; expected a header starting with Date")]
    [InlineData("Day,USD\n", 1, 1, "expected a header starting with Date; found 'Day'")]
    [InlineData("Date\n2025-07-28\n", 1, 5, "the header names no column of rates")]
    [InlineData("Date,USD,,JPY\n", 1, 10, "a column has no name")]
    [InlineData("Date,usd\n", 1, 6, "'usd' is not a currency code (the ECB's header names each column by its ISO 4217 code)")]
    [InlineData("Date,EUR\n", 1, 6, "the ECB's rates are units of each currency per euro, so no column can be EUR")]
    [InlineData("Date,USD,JPY,USD\n", 1, 14, "USD is in the header twice (columns 6 and 14)")]
    [InlineData("Date,USD\n2025-02-30,1.1\n", 2, 1, "'2025-02-30' is not a date (yyyy-MM-dd)")]
    [InlineData("Date,USD\n28/07/2025,1.1\n", 2, 1, "'28/07/2025' is not a date (yyyy-MM-dd)")]
    [InlineData("Date,USD\n2025-07-28,0\n", 2, 12, "'0' is not a rate: a rate must be above zero")]
    [InlineData("Date,USD\n2025-07-28,-1.1\n", 2, 12, "'-1.1' is not a rate: a rate must be above zero")]
    [InlineData("Date,USD\n2025-07-28,1e3\n", 2, 13, "'1e3' is not a rate: unexpected character 'e' at position 1")]
    [InlineData("Date,USD\n2025-07-28,1,085\n", 2, 14, "expected 2 fields as in the header, found 3")]
    [InlineData("Date,USD,JPY\n2025-07-28,1.1\n", 2, 15, "expected 3 fields as in the header, found 2")]
    [InlineData("Date,USD\n2025-07-28,\"1.1\"\n", 2, 12, "quoted fields are not supported in a rate file")]
    [InlineData("Date,USD\n2025-07-28,1.1\n2025-07-25,1.2\n2025-07-28,1.1\n", 4, 12, "a second EUR/USD rate of ECB EUR/USD for 2025-07-28 (the first is on line 2)")]
    public void Ecb_BadText_SaysLineAndColumn(string text, int line, int column, string reason) =>
        Check(() => ExchangeRateFile.ReadEcb(new StringReader(text), "x.csv"), "x.csv", line, column, reason);

    [Theory]
    [InlineData("date,base,rate,quote\n", 1, 11, "the header must be date,base,quote,rate")]
    [InlineData("date,base,quote\n", 1, 16, "the header must be date,base,quote,rate")]
    [InlineData("date,base,quote,rate,note\n", 1, 22, "the header must be date,base,quote,rate")]
    [InlineData("date,base,quote,rate\n2025-07-24,USD,USD,1\n", 2, 16, "the base and the quote are both USD")]
    [InlineData("date,base,quote,rate\n2025-07-24,USD,HRK,1\n", 2, 16, "'HRK' (Kuna) was withdrawn from ISO 4217 on 2023-01-01; its successor is 'EUR'.")]
    [InlineData("date,base,quote,rate\n2025-07-24, USD ,CNY,x\n", 2, 22, "'x' is not a rate: expected a digit at position 0")]
    [InlineData("Date,Base,Quote,Rate\n2025-07-24,USD,CNY,7\n2025-07-24,USD,CNY,7\n", 3, 20, "a second USD/CNY rate of s USD/CNY for 2025-07-24 (the first is on line 2)")]
    public void List_BadText_SaysLineAndColumn(string text, int line, int column, string reason) =>
        Check(() => ExchangeRateFile.ReadList(new StringReader(text), "x.csv", "p", "s"), "x.csv", line, column, reason);

    [Fact]
    public void Fred_TwoColumnsForOnePairAndPeriod_AreRefused() =>
        Check(() => ExchangeRateFile.ReadFred(new StringReader("DATE,DEXCHUS,MINE\n"), "x.csv", new RateColumn(new RateSeries("MINE", "mine", "me", RatePeriod.Day), Currency.USD, Currency.CNY)),
            "x.csv", 1, 14, "MINE prices USD/CNY Day rates, as DEXCHUS (column 6) does; read them from separate files");

    private const string Reason = ": only spaces (U+0020) and tabs may stand around a field; other white space and invisible characters are not trimmed";

    [Theory]
    [InlineData("date,base,quote,rate\n2025-07-24,\u00A0USD,CNY,7\n", 2, 12, "U+00A0 before 'USD'" + Reason)]
    [InlineData("date,base,quote,rate\n2025-07-24,USD,CNY,7.1\u3000\n", 2, 23, "U+3000 after '7.1'" + Reason)]
    [InlineData("date,base,quote,rate\n\u20052025-07-24,USD,CNY,7\n", 2, 1, "U+2005 before '2025-07-24'" + Reason)]
    [InlineData("date,base,quote,rate\n2025-07-24, USD \u200E,CNY,7\n", 2, 17, "U+200E after 'USD'" + Reason)]
    [InlineData("date\u00A0,base,quote,rate\n", 1, 5, "U+00A0 after 'date'" + Reason)]
    [InlineData("date,base,quote,rate\n\u3000\n", 2, 1, "U+3000 in a field of nothing else" + Reason)]
    [InlineData("date,base,quote,rate\n2025-07-24,USD,CNY,7\u00A0100\n", 2, 21, "'7<U+00A0>100' is not a rate: *")]
    [InlineData("date,base,quote,rate\n2025-07-24,U\u3000SD,CNY,7\n", 2, 12, "'U<U+3000>SD' is not an active ISO 4217 currency code.")]
    public void List_WhiteSpaceOtherThanSpacesAndTabs_IsRefusedWhereItIs(string text, int line, int column, string reason) =>
        Check(() => ExchangeRateFile.ReadList(new StringReader(text), "x.csv", "p", "s"), "x.csv", line, column, reason);

    [Fact]
    public void SpacesAndTabsAroundFields_AndBlankLinesOfThem_AreAllowed()
    {
        ExchangeRateFile file = ExchangeRateFile.ReadList(new StringReader(" date ,\tbase, quote ,rate\t\n \t \n\t2025-07-24 , USD\t,CNY ,  7.10 \n\n"), "x.csv", "p", "s");
        file.Count.Should().Be(1);
        file.Table.Rates(Currency.USD, Currency.CNY, RatePeriod.Day).Single().Rate.Scale.Should().Be(2);
    }

    [Fact]
    public void ASecondByteOrderMark_IsRefusedAtTheStartOfTheHeader() =>
        Check(() => ExchangeRateFile.ReadEcb(new StringReader("\uFEFF\uFEFFDate,USD\n2025-07-28,1.16\n"), "bom.csv"), "bom.csv", 1, 1, "U+FEFF before 'Date'" + Reason);

    [Fact]
    public void AByteOrderMark_IsDroppedFromAStreamAndFromAString_Alike()
    {
        const string text = "Date,USD\n2025-07-28,1.16\n";
        using var stream = new StreamReader(new MemoryStream([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]));
        ExchangeRateFile.ReadEcb(stream, "bom.csv").Count.Should().Be(1);
        ExchangeRateFile.ReadEcb(new StringReader("\uFEFF" + text), "bom.csv").Count.Should().Be(1);
    }

    [Fact]
    public void TwoByteOrderMarks_ThroughADecoderThatDropsTheFirst_AreBothDropped_AsDocumented()
    {
        // The reader drops the first unit of the text it is given when it is U+FEFF; a StreamReader has dropped the
        // file's own mark before, so a second mark in the file is dropped too (from a string that keeps both, it is refused).
        const string text = "Date,USD\n2025-07-28,1.16\n";
        using var stream = new StreamReader(new MemoryStream([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]));
        ExchangeRateFile.ReadEcb(stream, "bom.csv").Count.Should().Be(1);
    }

    [Fact]
    public void AByteOrderMark_IsNotPartOfTheHeader() =>
        ExchangeRateFile.ReadEcb(new StringReader("\uFEFFDate,USD\n2025-07-28,1.16\n"), "bom.csv").Count.Should().Be(1);

    private static void Check(Action read, string file, int line, int column, string reason)
    {
        ExchangeRateFileException ex = read.Should().Throw<ExchangeRateFileException>().Which;
        ex.FileName.Should().Be(file);
        ex.Reason.Should().Match(reason);
        (ex.Line, ex.Column).Should().Be((line, column), ex.Message);
        ex.Message.Should().Match($"{file}, line {line}, column {column}: {reason}");
    }
}
