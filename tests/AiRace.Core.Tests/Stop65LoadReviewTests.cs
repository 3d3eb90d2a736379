using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Data.Reading;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Tests;

/// <summary>
/// A review of stop 65's two changes: the parse keeping a decimal's own text as a decimal (every text field whose value
/// looks like a number reads back byte for byte, keeps its JSON kind and its problems' lines and columns), and the
/// normaliser's list reading programmes from a dataset's own list with a narrow conversion column (the 256/257
/// boundary, eight threads, no programmes, a merge, the embedded dataset).
/// </summary>
public class Stop65LoadReviewTests
{
    private const string Source = """{"id":"s1","published":"unknown","locator":"s1.txt","confidence":"low"}""";

    private static string Document(string id, string name, string quote, string amount = "\"100\"") =>
        "{\"formatVersion\":1,\"sources\":[" + Source + "],\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\",\"sources\":[{\"source\":\"s1\",\"quote\":\"China\"}]}],\"programmes\":[{\"id\":" + id + ",\"name\":" + name +
        ",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"],\"status\":[{\"status\":\"announced\",\"date\":\"2024\",\"sources\":[{\"source\":\"s1\",\"quote\":" + quote +
        "}]}],\"headline\":{\"qualifier\":\"exact\",\"amount\":" + amount + ",\"currency\":\"CNY\"},\"sources\":[{\"source\":\"s1\",\"quote\":" + quote + "}]}]}";

    public static TheoryData<string> NumberLikeTexts => new()
    {
        "2024", "1.50", "1.0", "1", "0", "0.0", "0.00", "-0", "-0.0", "-1", "1E5", "1e5", "0001", "+1", " 1", "1 ", "１２",
        "79228162514264337593543950335", "-79228162514264337593543950335", "7922816251426433759354395033",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.000000000000000000000000000",
        "12345678901234567890123456.78", "-9999999999999999999999999999", ".5", "5.", "1,000",
    };

    /// <summary>A name, a quote and a description whose text looks like a number read back byte for byte, in a loaded
    /// dataset and after it is written and loaded again.</summary>
    [Theory]
    [MemberData(nameof(NumberLikeTexts))]
    public void ATextFieldThatLooksLikeANumber_ReadsBackByteForByte_AndSurvivesAWriteAndLoad(string text)
    {
        string json = JsonString(text);
        PolicyDataset loaded = PolicyData.Parse(Document("\"p1\"", json, json));

        loaded.Programmes[0].Name.Should().Be(text);
        loaded.Programmes[0].Sources[0].Quote.Should().Be(text);
        using var stream = new MemoryStream();
        PolicyDataWriter.Write(loaded, stream, indented: true);
        PolicyDataset again = PolicyData.Load(stream.ToArray());
        again.Programmes[0].Name.Should().Be(text);
        again.Programmes[0].Sources[0].Quote.Should().Be(text);
        again.Programmes[0].StatusHistory[0].Sources[0].Quote.Should().Be(text);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("12.50")]
    [InlineData("0")]
    public void AnIdThatLooksLikeANumber_IsKeptAsItsText(string id)
    {
        PolicyDataset loaded = PolicyData.Parse(Document(JsonString(id), "\"P\"", "\"q\""));

        loaded.Programmes[0].Id.Should().Be(id);
        loaded.Programme(id).Name.Should().Be("P");
    }

    /// <summary>A number where a string is expected is still reported as a number, at its line and column, and a
    /// string where a number is expected (a year) as a string.</summary>
    [Theory]
    [InlineData("2024", "the number 2024")]
    [InlineData("1.50", "the number 1.50")]
    [InlineData("-3", "the number -3")]
    [InlineData("1E5", "the number 1E5")]
    public void ANumberWhereAStringIsExpected_IsReportedAsANumber_AtItsLineAndColumn(string number, string described)
    {
        string json = Document("\"p1\"", "\n      " + number, "\"q\"");

        PolicyDataException error = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json));

        DataProblem problem = error.Problems.Single(p => p.Path.EndsWith(".name", StringComparison.Ordinal));
        problem.Message.Should().Contain(described).And.Contain("must be a string");
        problem.Line.Should().Be(2);
        problem.Column.Should().Be(7);
    }

    [Theory]
    [InlineData("12", "Expected an id (a string); found the number 12")]
    [InlineData("0.5", "Expected an id (a string); found the number 0.5")]
    public void ANumberWhereAnIdIsExpected_IsReportedAsANumber(string number, string message)
    {
        PolicyDataException error = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(Document(number, "\"P\"", "\"q\"")));

        error.Problems.Select(p => p.Message).Should().Contain(m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void AnEscapedDigitString_ReadsAsItsCharacters_AndAsAnAmount()
    {
        PolicyDataset loaded = PolicyData.Parse(Document("\"p\\u0031\"", "\"\\u0031\\u0032\"", "\"\\u0031.50\"", "\"\\u0031\\u0030\""));

        loaded.Programmes[0].Id.Should().Be("p1");
        loaded.Programmes[0].Name.Should().Be("12");
        loaded.Programmes[0].Sources[0].Quote.Should().Be("1.50");
        loaded.Programmes[0].Headline!.Amount.Amount.Should().Be(10m);
    }

    /// <summary>Generated texts of digits, signs, points, exponents and blanks, as strings and (where JSON allows) as
    /// numbers: each keeps its kind and its text, and a decimal is kept only when it is that text's own, with the
    /// value and scale <see cref="ExactDecimal"/> reads.</summary>
    [Fact]
    public void GeneratedNumberLikeTexts_KeepTheirKindTextAndValue()
    {
        var random = new Random(6565);
        const string alphabet = "0000111223456789--..eE+ ";
        int kept = 0;
        for (int n = 0; n < 20_000; n++)
        {
            int length = random.Next(1, 34);
            var text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(n % 3 == 0 ? alphabet.Length : 12)]);
            }

            string s = n % 3 == 1 ? "-" + text : text.ToString();
            foreach (bool asNumber in new[] { false, true })
            {
                var problems = new ProblemCollector();
                JsonTreeNode? root = JsonTree.Parse(Encoding.UTF8.GetBytes("[" + (asNumber ? s : JsonString(s)) + "]"), problems);
                if (asNumber && (problems.Count > 0 || s != s.Trim()))
                {
                    continue;
                }

                problems.Count.Should().Be(0, s);
                JsonTreeNode value = root!.Value.Items[0];
                value.Kind.Should().Be(asNumber ? JsonKind.Number : JsonKind.String, s);
                value.Text.Should().Be(s);
                bool parsed = ExactDecimal.TryParse(s, allowGroups: false, out decimal expected, out _, out _);
                if (value.TryGetDecimal(out decimal read))
                {
                    kept++;
                    parsed.Should().BeTrue(s);
                    decimal.GetBits(read).Should().Equal(decimal.GetBits(expected), s);
                    read.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(s);
                }
                else if (parsed && s.Count(char.IsAsciiDigit) <= 28)
                {
                    expected.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().NotBe(s, "a decimal's own text is kept as it");
                }
            }
        }

        kept.Should().BeGreaterThan(1000);
    }

    /// <summary>More decimals and strings than a block holds (16,384), mixed: each reads back its own text, kind and
    /// value, in the parse and in an overlay's copy.</summary>
    [Fact]
    public void ManyBlocksOfDecimalsAndStrings_EachReadsBackItsOwn()
    {
        const int count = 40_000;
        string Value(int i) => (i % 5) switch
        {
            0 => "\"" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".50\"",
            1 => "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            2 => "\"id-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"",
            3 => "\"0" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"",
            _ => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "e1",
        };
        string json = "{\"a\":[" + string.Join(",", Enumerable.Range(0, count).Select(Value)) + "]}";
        var problems = new ProblemCollector();
        JsonTreeNode root = JsonTree.Parse(Encoding.UTF8.GetBytes(json), problems)!.Value;
        problems.Count.Should().Be(0);
        JsonTreeNode copied = JsonTreeDocument.Overlay(JsonTree.Parse(Encoding.UTF8.GetBytes("{\"b\":1}"), problems)!.Value, root, 0);

        foreach (JsonTreeNode array in new[] { root.Property("a")!.Value, copied.Property("a")!.Value })
        {
            int i = 0;
            foreach (JsonTreeNode item in array.Items)
            {
                string raw = Value(i);
                string text = raw.Trim('"');
                item.Text.Should().Be(text);
                item.Kind.Should().Be(raw.StartsWith('"') ? JsonKind.String : JsonKind.Number);
                item.TryGetDecimal(out decimal value).Should().Be(i % 5 is 0 or 1, text);
                if (item.TryGetDecimal(out _))
                {
                    value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(text);
                }

                i++;
            }

            i.Should().Be(count);
        }
    }

    private static string JsonString(string text) => System.Text.Json.JsonSerializer.Serialize(text, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // ---- The normaliser's list ----

    private static readonly SourceReference[] Sources = [new("seed-001", "Enter Shanghai")];

    private static readonly Normaliser ToDollars = new(ReferenceRates.FederalReserveH10, Currency.USD);

    private static readonly NormalisationBasis AtAnnouncement = NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(7));

    private static Programme Programme(string prefix, int i, int days, bool dollars = false, bool headline = true)
    {
        Money amount = Money.Of(1_000_000m + (i * 7_919m) + 0.25m, dollars ? Currency.USD : Currency.CNY);
        ReportedAmount? h = !headline ? null : (i % 4) switch
        {
            0 => ReportedAmount.Between(amount, amount * 3m),
            1 => ReportedAmount.Approximately(amount),
            2 => ReportedAmount.AtLeast(amount),
            _ => ReportedAmount.Exact(amount),
        };
        DateOnly day = new DateOnly(2022, 1, 3).AddDays(i % days);
        return new Programme(prefix + i, "Review " + i, SponsorKind.State, "CN-SH", [], [Instrument.ComputeSubsidy],
            [new StatusChange(ProgrammeStatus.Announced, PartialDate.OfDay(day.Year, day.Month, day.Day), Sources)], null, h, null, [], Sources);
    }

    private static PolicyDataset DatasetOf(List<Programme> programmes) => new([], [], [], [], programmes, [], [], [], []);

    /// <summary>Every item against the same programme normalised alone.</summary>
    private static void ShouldMatchAlone(NormalisationResult result, IReadOnlyList<Programme> given, NormalisationBasis basis)
    {
        var list = (NormalisedList)result.Items;
        var expected = new List<(Programme, NormalisedAmount)>();
        foreach (Programme p in given)
        {
            if (ToDollars.TryNormalise(p, basis, out NormalisedAmount alone, out _))
            {
                expected.Add((p, alone));
            }
        }

        result.Items.Should().HaveCount(expected.Count);
        result.NotNormalised.Should().HaveCount(given.Count - expected.Count);
        int cursor = 0;
        for (int i = 0; i < expected.Count; i++)
        {
            (Programme p, NormalisedAmount amount) = expected[i];
            result.Items[i].Programme.Should().BeSameAs(p, "item {0}", i);
            result.Items[i].Amount.Should().Be(amount, "item {0}", i);
            result.Items[i].Amount.Conversion.Should().Be(amount.Conversion, "item {0}", i);
            list.ValuesAt(i, ref cursor).Should().Be((amount.Qualifier, amount.Original.IsRounded, amount.Conversion.Result.Amount, amount.UpperValue?.Amount), "item {0}", i);
        }
    }

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(258)]
    public void AtTheEdgeOf256Conversions_EachItemKeepsItsOwn(int days)
    {
        List<Programme> programmes = Enumerable.Range(0, days * 2 + 3).Select(i => Programme("e", i, days, headline: i % 13 != 4)).ToList();
        PolicyDataset dataset = DatasetOf(programmes);

        NormalisationResult fromDataset = ToDollars.NormaliseProgrammes(dataset.Programmes, AtAnnouncement);
        NormalisationResult fromList = ToDollars.NormaliseProgrammes(programmes.ToArray(), AtAnnouncement);

        fromDataset.Items.Select(n => (n.Amount.Conversion.Rate, n.Amount.Conversion.RequestedDate)).Distinct().Count().Should().Be(days);
        ShouldMatchAlone(fromDataset, programmes, AtAnnouncement);
        ShouldMatchAlone(fromList, programmes, AtAnnouncement);
        ((NormalisedList)fromDataset.Items).FirstNotIn(Currency.CNY).Should().Be(((NormalisedList)fromList.Items).FirstNotIn(Currency.CNY));
    }

    [Fact]
    public void EightThreads_ReadingOneResult_SeeWhatOneThreadSees()
    {
        List<Programme> programmes = Enumerable.Range(0, 3_000).Select(i => Programme("t", i, 300, dollars: i % 5 == 0, headline: i % 17 != 3)).ToList();
        NormalisationResult result = ToDollars.NormaliseProgrammes(DatasetOf(programmes).Programmes, AtAnnouncement);
        var list = (NormalisedList)result.Items;
        NormalisedProgramme[] expected = [.. result.Items];
        var values = Enumerable.Range(0, list.Count).Select(i => list.ValuesAt(i)).ToArray();

        bool[] same = new bool[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            bool ok = true;
            for (int round = 0; round < 3; round++)
            {
                int cursor = 0;
                for (int i = 0; i < list.Count; i++)
                {
                    int at = (t % 2 == 0) ? i : list.Count - 1 - i;
                    ok &= list[at].Equals(expected[at]) && ReferenceEquals(list.ProgrammeAt(at), expected[at].Programme) && list.ValuesAt(at) == values[at];
                    ok &= t % 2 != 0 || list.ValuesAt(i, ref cursor) == values[i];
                }
            }

            same[t] = ok;
        });

        same.Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void NoProgrammes_GiveAnEmptyResult()
    {
        NormalisationResult empty = ToDollars.NormaliseProgrammes(PolicyDataset.Empty.Programmes, AtAnnouncement);
        NormalisationResult none = ToDollars.NormaliseProgrammes(DatasetOf([]).Programmes, AtAnnouncement);
        NormalisationResult array = ToDollars.NormaliseProgrammes(Array.Empty<Programme>(), AtAnnouncement);

        foreach (NormalisationResult r in new[] { empty, none, array })
        {
            r.Items.Should().BeEmpty();
            r.NotNormalised.Should().BeEmpty();
            ((NormalisedList)r.Items).FirstNotIn(Currency.USD).Should().Be(((NormalisedList)r.Items).FirstNotIn(Currency.CNY));
        }
    }

    [Fact]
    public void ItemsOfTwoDatasets_MergedOrConcatenated_AreEachTheirOwn()
    {
        List<Programme> a = Enumerable.Range(0, 400).Select(i => Programme("a", i, 200, dollars: i % 3 == 0, headline: i % 9 != 2)).ToList();
        List<Programme> b = Enumerable.Range(0, 300).Select(i => Programme("b", i, 150, headline: i % 7 != 1)).ToList();
        PolicyDataset first = DatasetOf(a), second = DatasetOf(b);
        PolicyDataset merged = first.Merge(second);

        NormalisationResult ofA = ToDollars.NormaliseProgrammes(first.Programmes, AtAnnouncement);
        NormalisationResult ofB = ToDollars.NormaliseProgrammes(second.Programmes, AtAnnouncement);
        NormalisationResult ofMerged = ToDollars.NormaliseProgrammes(merged.Programmes, AtAnnouncement);
        NormalisationResult ofConcat = ToDollars.NormaliseProgrammes(first.Programmes.Concat(second.Programmes), AtAnnouncement);
        NormalisationResult ofInterleaved = ToDollars.NormaliseProgrammes(a.Zip(b).SelectMany(x => new[] { x.Second, x.First }).ToList(), AtAnnouncement);

        ShouldMatchAlone(ofA, a, AtAnnouncement);
        ShouldMatchAlone(ofB, b, AtAnnouncement);
        ShouldMatchAlone(ofMerged, [.. a, .. b], AtAnnouncement);
        ShouldMatchAlone(ofConcat, [.. a, .. b], AtAnnouncement);
        ShouldMatchAlone(ofInterleaved, a.Zip(b).SelectMany(x => new[] { x.Second, x.First }).ToList(), AtAnnouncement);
    }

    [Fact]
    public void TheEmbeddedDataset_NormalisesAsItsProgrammesOneByOne()
    {
        PolicyDataset embedded = PolicyData.Embedded;
        foreach (NormalisationBasis basis in new[] { AtAnnouncement, NormalisationBasis.AtAnnualAverage(2024) })
        {
            NormalisationResult result = ToDollars.NormaliseProgrammes(embedded.Programmes, basis);
            ShouldMatchAlone(result, embedded.Programmes, basis);
            NormalisationResult copy = ToDollars.NormaliseProgrammes(embedded.Programmes.ToList(), basis);
            result.Items.ToList().Should().Equal(copy.Items.ToList());
            result.NotNormalised.Select(n => (n.Programme, n.Reason)).Should().Equal(copy.NotNormalised.Select(n => (n.Programme, n.Reason)));
        }
    }

    /// <summary>Past the last item of a dataset's programmes whose last ones were not normalised (no headline), the list
    /// throws <see cref="ArgumentOutOfRangeException"/> as any list does, not a <see cref="NullReferenceException"/>
    /// from the dataset's programme at that index.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void PastTheLastItem_WhenTheDatasetsLastProgrammesHaveNoHeadline_TheIndexIsOutOfRange(int days)
    {
        List<Programme> programmes = Enumerable.Range(0, 6).Select(i => Programme("o", i, days, headline: i < 4)).ToList();
        NormalisationResult result = ToDollars.NormaliseProgrammes(DatasetOf(programmes).Programmes, AtAnnouncement);
        var list = (NormalisedList)result.Items;

        result.Items.Should().HaveCount(4);
        FluentActions.Invoking(() => result.Items[4]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ((IList<NormalisedProgramme>)result.Items)[5]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list.ProgrammeAt(4)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => result.Items[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }
}
