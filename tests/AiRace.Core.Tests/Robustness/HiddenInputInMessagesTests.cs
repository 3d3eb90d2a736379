using System.IO;
using AiRace.Core.Analysis;
using AiRace.Core.Analysis.Export;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Tests.Data;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// An error message that quotes its input shows the units a reader would not see by their codes (<c>&lt;U+202E&gt;</c>),
/// so that a bidirectional override in the input cannot reorder the message around it, and quotes a long input only in
/// part. Before, the parsers of quantities, dates, money and codes, and the loader, quoted the input raw.
/// </summary>
public class HiddenInputInMessagesTests
{
    private const string Rlo = "\u202E";

    public static TheoryData<string, Action> Parsers() => new()
    {
        { "Share.Parse", () => Share.Parse("5" + Rlo + "5%") },
        { "Share.Parse, no %", () => Share.Parse("55" + Rlo) },
        { "PercentagePoints.Parse", () => PercentagePoints.Parse("+3" + Rlo + "8 pp") },
        { "PercentagePoints.Parse, no pp", () => PercentagePoints.Parse("+38" + Rlo) },
        { "Ratio.Parse", () => Ratio.Parse("0.6" + Rlo + "5") },
        { "PartialDate.Parse", () => PartialDate.Parse("202" + Rlo) },
        { "Money.Parse", () => Money.Parse("CNY 1" + Rlo + "00") },
        { "Money from JSON", () => System.Text.Json.JsonSerializer.Deserialize<Money>("{\"amount\":\"1\\u202E0\",\"currency\":\"CNY\"}") },
        { "ExchangeRateFile.ReadEcb", () => ExchangeRateFile.ReadEcb(new StringReader("Date,USD\n2025-07-28,1.1" + Rlo + "7\n"), "ecb.csv") },
        { "ExchangeRateFile.ReadEcb, date", () => ExchangeRateFile.ReadEcb(new StringReader("Date,USD\n2025-07" + Rlo + "-28,1.17\n"), "ecb.csv") },
        { "ExchangeRateFile.ReadEcb, first header", () => ExchangeRateFile.ReadEcb(new StringReader("Da" + Rlo + "te,USD\n2025-07-28,1.17\n"), "ecb.csv") },
        { "ExchangeRateFile.ReadFred, series", () => ExchangeRateFile.ReadFred(new StringReader("observation_date,DEX" + Rlo + "CHUS\n2025-07-28,7.18\n"), "fred.csv") },
        { "ReportedAmount from JSON, qualifier", () => System.Text.Json.JsonSerializer.Deserialize<AiRace.Core.Reporting.ReportedAmount>("{\"qualifier\":\"exact\\u202E\",\"amount\":\"1\",\"currency\":\"CNY\"}") },
        { "Money from JSON, property", () => System.Text.Json.JsonSerializer.Deserialize<Money>("{\"amount\":\"10\",\"cur\\u202Erency\":\"USD\"}") },
        { "NewsAmountParser.Parse, before the figure", () => AiRace.Core.Reporting.NewsAmountParser.Parse(Rlo + "1 billion yuan") },
        { "NewsAmountParser.Parse, after the scale", () => AiRace.Core.Reporting.NewsAmountParser.Parse("1 billion" + Rlo + " yuan") },
        { "NewsAmountParser.Parse, after the amount", () => AiRace.Core.Reporting.NewsAmountParser.Parse("1 billion yuan " + Rlo + "x") },
        { "CSV, after a closing quote", () => CsvExport.Read(new StringReader("b\r\n\"true\"" + Rlo + "\r\n"), new TableSchema("t", [new TableColumn("b", ColumnKind.Boolean)])) },
        { "CSV, partial date", () => CsvExport.Read(new StringReader("p\r\n202" + Rlo + "\r\n"), new TableSchema("t", [new TableColumn("p", ColumnKind.PartialDate)])) },
        { "CSV schema, kind", () => CsvExport.Read(new StringReader("b\r\n"), new StringReader("{\"name\":\"s\",\"columns\":[{\"name\":\"b\",\"kind\":\"Bo\\u202Eolean\"}]}")) },
#pragma warning disable AIR0003 // the unknown codes are the point: their message is under test, at run time
        { "Money.Parse, code", () => Money.Parse("C" + Rlo + "N 100") },
        { "Currency.FromCode", () => Currency.FromCode("US" + Rlo + "D") },
#pragma warning restore AIR0003
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_parser_error_shows_a_bidirectional_override_of_its_input_by_its_code(string parser, Action parse)
    {
        Exception error = parse.Should().Throw<Exception>(parser).Which;
        error.Should().Match<Exception>(e => e is FormatException || e is UnknownCurrencyException || e is System.Text.Json.JsonException || e is ExchangeRateFileException || e is CsvFormatException, parser);
        error.Message.Should().Contain("<U+202E>", parser).And.NotContain(Rlo, parser);
        if (error is CsvFormatException csv)
        {
            csv.Problems.Should().ContainSingle(parser).Which.Should().Contain("<U+202E>").And.NotContain(Rlo);
            csv.Problems[0].Split("<U+202E>").Length.Should().Be(2, "the cell is quoted once");
        }
    }

    public static TheoryData<string, Action> DeveloperTexts() => new()
    {
        { "Money format", () => Money.Usd(1m).ToString("G" + Rlo, null) },
        { "Share format", () => Share.FromPercent(5m).ToString("G" + Rlo, null) },
        { "PercentagePoints format", () => PercentagePoints.Of(3m).ToString("G" + Rlo, null) },
        { "Ratio format", () => Ratio.Of(0.5m).ToString("G" + Rlo, null) },
        { "DurationRange format", () => DurationRange.Exactly(3, DurationUnit.Years).ToString("G" + Rlo, null) },
        { "an id", () => _ = new Jurisdiction("CN" + Rlo, JurisdictionKind.Country, "China", null, []) },
        { "an inference's field", () => _ = new Inference("head" + Rlo + "line", "r") },
        { "a source's URL", () => _ = new Source("s", null, null, PartialDate.Unknown, "x", Confidence.Low, null, null, new Uri("ftp://example.org/a" + Rlo)) },
    };

    [Theory]
    [MemberData(nameof(DeveloperTexts))]
    public void A_refused_format_id_field_or_url_shows_a_bidirectional_override_by_its_code(string what, Action act)
    {
        Exception error = act.Should().Throw<Exception>(what).Which;
        error.Should().Match<Exception>(e => e is FormatException || e is ArgumentException, what);
        error.Message.Should().Contain("<U+202E>", what).And.NotContain(Rlo, what);
    }

    [Fact]
    public void A_surrogate_pair_at_the_end_of_a_currency_code_stays_whole()
    {
#pragma warning disable AIR0003 // the unknown code is the point: its message is under test, at run time
        Action parse = () => Money.Parse("US\U0001F600 5");
#pragma warning restore AIR0003
        parse.Should().Throw<MoneyFormatException>().Which.Message.Should().Contain("'US\U0001F600'").And.NotContain("<U+D83D>");
    }

    [Fact]
    public void A_loader_problem_counts_the_documents_own_characters_and_never_cuts_a_code_or_a_pair()
    {
        IReadOnlyList<DataProblem> Published(string value) => MalformedDocumentTests.Problems(
            MalformedDocumentTests.Valid.Replace("\"published\":\"2025-07\"", "\"published\":\"" + value + "\"", StringComparison.Ordinal));

        Published(new string('1', 200)).Should().ContainSingle(p => p.Path == "$.sources[0].published")
            .Which.Message.Should().Contain("\"" + new string('1', 60) + "… (200 characters)\"");

        string manyOverrides = Published("2025" + string.Concat(Enumerable.Repeat("\\u202E", 100)))
            .Single(p => p.Path == "$.sources[0].published").Message;
        // 104 characters of the document: short enough to be quoted whole, each override by its code
        manyOverrides.Should().Contain("\"2025" + string.Concat(Enumerable.Repeat("<U+202E>", 100)) + "\"").And.NotContain(Rlo).And.NotContain(" characters)");
        System.Text.RegularExpressions.Regex.Matches(manyOverrides, "<U\\+[0-9A-F]{4}>").Count.Should().Be(manyOverrides.Split("<U+").Length - 1, "every code is whole");

        string pairAtTheCut = Published(new string('1', 59) + "\\uD83D\\uDE00" + new string('2', 60))
            .Single(p => p.Path == "$.sources[0].published").Message;
        pairAtTheCut.Should().NotContain("<U+D83D>").And.Contain("(121 characters)");
    }

    [Fact]
    public void A_loader_path_shows_a_bidirectional_override_in_a_property_name_by_its_code()
    {
        string json = MalformedDocumentTests.Valid.Replace("\"topic\":\"x\"", "\"topic\":\"x\",\"no\\u202Ete\":1", StringComparison.Ordinal);
        IReadOnlyList<DataProblem> problems = MalformedDocumentTests.Problems(json);
        problems.Should().Contain(p => p.Path.Contains("no<U+202E>te", StringComparison.Ordinal));
        problems.Should().OnlyContain(p => !p.Path.Contains(Rlo, StringComparison.Ordinal) && !p.Message.Contains(Rlo, StringComparison.Ordinal));
        Action parse = () => PolicyData.Parse(json);
        parse.Should().Throw<PolicyDataException>().Which.Message.Should().NotContain(Rlo);
    }

    [Fact]
    public void A_parser_error_quotes_a_long_input_in_part()
    {
        string huge = new string('1', 100_000) + "x";
        foreach (Action parse in new Action[] { () => Share.Parse(huge), () => PercentagePoints.Parse(huge), () => Ratio.Parse(huge), () => PartialDate.Parse(huge) })
        {
            string message = parse.Should().Throw<FormatException>().Which.Message;
            message.Should().Contain(new string('1', HiddenCharactersLength) + "…").And.NotContain(new string('1', HiddenCharactersLength + 1));
            message.Length.Should().BeLessThan(600);
        }
    }

    [Fact]
    public void A_long_input_is_never_cut_between_the_halves_of_a_pair()
    {
        string input = new string('1', HiddenCharactersLength - 1) + "😀" + "x";
        string message = ((Action)(() => Share.Parse(input))).Should().Throw<FormatException>().Which.Message;
        message.Should().Contain(new string('1', HiddenCharactersLength - 1) + "…").And.NotContain("<U+D83D>");
    }

    [Fact]
    public void A_loader_problem_shows_a_bidirectional_override_of_the_document_by_its_code()
    {
        string json = MalformedDocumentTests.Valid.Replace("\"topic\":\"x\"", "\"topic\":\"a\\u202Eb c\"", StringComparison.Ordinal);
        IReadOnlyList<DataProblem> problems = MalformedDocumentTests.Problems(json);

        problems.Should().ContainSingle(p => p.Path == "$.claims[0].topic")
            .Which.Message.Should().StartWith("\"a<U+202E>b c\" is not a valid id");
        problems.Should().OnlyContain(p => !p.Message.Contains(Rlo, StringComparison.Ordinal));
    }

    [Fact]
    public void A_csv_cell_error_shows_a_bidirectional_override_by_its_code()
    {
        var schema = new TableSchema("t", [new TableColumn("b", ColumnKind.Boolean)]);
        Action read = () => CsvExport.Read(new StringReader("b\r\ntr" + Rlo + "ue\r\n"), schema);
        read.Should().Throw<CsvFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be("line 2, column 1 (b): 'tr<U+202E>ue' is not a flag (expected true or false, in lower case).");
    }

    private const int HiddenCharactersLength = 120;
    public static TheoryData<string> LookAlikes() => new()
    {
        "\u00A0", "\u202F", "\u2009", "\u3000", "\u200B", "\u2060", "\u00AD", "\U000E0001",
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void A_parser_error_shows_a_space_other_than_U0020_or_a_character_that_prints_as_nothing_by_its_code(string c)
    {
        // Quoted raw, "7\u00A0100" read as "7 100" with an ordinary space, and "7\u200B100" as "7100": the message did
        // not say what was wrong with the input it quoted; a tag character (U+E0001, a pair) prints as nothing too.
        string shown = FormattableString.Invariant($"<U+{char.ConvertToUtf32(c, 0):X4}>");
        var parsers = new (string What, Action Parse)[]
        {
            ("Money.Parse", () => Money.Parse("CNY 7" + c + "100")),
            ("Share.Parse", () => Share.Parse("7" + c + "1%")),
            ("PercentagePoints.Parse", () => PercentagePoints.Parse("+7" + c + "1 pp")),
            ("Ratio.Parse", () => Ratio.Parse("0.7" + c + "1")),
            ("ExchangeRateFile.ReadEcb", () => ExchangeRateFile.ReadEcb(new StringReader("Date,USD\n2025-07-28,7" + c + "100\n"), "ecb.csv")),
            ("Currency.FromCode", () => Currency.FromCode("US" + c + "D")),
            ("CSV, integer", () => CsvExport.Read(new StringReader("n\r\n7" + c + "100\r\n"), new TableSchema("t", [new TableColumn("n", ColumnKind.Integer)]))),
        };
        foreach ((string what, Action parse) in parsers)
        {
            string message = parse.Should().Throw<Exception>(what).Which.Message;
            message.Should().Contain(shown, what).And.NotContain(c, what);
        }
    }

    [Fact]
    public void Text_written_for_a_reader_keeps_its_no_break_and_ideographic_spaces()
    {
        string markdown = CitationList.For(PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "my-note", "title": "7\u00A0100\u3000yuan", "published": "unknown", "locator": "notice.pdf", "confidence": "high" } ],
              "actors": [ { "id": "a-x", "name": "X", "kind": "person", "sources": [ { "source": "my-note", "quote": "q" } ] } ] }
            """, PolicyData.Embedded), ["a-x"]).ToMarkdown();
        markdown.Should().Contain("*7\u00A0100\u3000yuan*", "a renderer shows them as the spaces they are; only an error message names them");
    }
}
