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
        error.Should().Match<Exception>(e => e is FormatException || e is UnknownCurrencyException || e is System.Text.Json.JsonException || e is ExchangeRateFileException, parser);
        error.Message.Should().Contain("<U+202E>", parser).And.NotContain(Rlo, parser);
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
}
