using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Tests.Data;

/// <summary>What loaded facts read one after the other hold in common is held once: an equal citation, list of one
/// citation and status change are the same objects as the ones read just before, and a list of one instrument is the
/// same object in every programme with that instrument alone. The values read are those of the document, and what
/// differs in any part (a locator, a quote, a date, a status) is not shared.</summary>
public class LoaderSharingTests
{
    private static string Programme(string id, string instrument, string status, string date, string sources) =>
        $$"""
        {"id":"{{id}}","name":"Programme {{id}}","sponsorKind":"state","jurisdiction":"CN","instruments":["{{instrument}}"],
         "status":[{"status":"{{status}}","date":"{{date}}","sources":{{sources}}}],
         "sources":{{sources}}}
        """;

    private static PolicyDataset Load(params string[] programmes) => PolicyData.Parse($$"""
        {
          "formatVersion": 1,
          "sources": [{"id":"s1","title":"T","published":"2025-07","locator":"x","confidence":"high"},
                      {"id":"s2","title":"U","published":"2025-08","locator":"y","confidence":"high"}],
          "jurisdictions": [{"id":"CN","kind":"country","name":"China"}],
          "programmes": [{{string.Join(",", programmes)}}]
        }
        """);

    private const string Cite = """[{"source":"s1","quote":"the words"}]""";

    [Fact]
    public void Equal_citations_and_status_changes_read_one_after_the_other_are_one_object()
    {
        PolicyDataset data = Load(
            Programme("p1", "subsidy", "announced", "2024-03", Cite),
            Programme("p2", "subsidy", "announced", "2024-03", Cite));
        Programme p1 = data.Programme("p1"), p2 = data.Programme("p2");

        p2.Sources.Should().BeSameAs(p1.Sources);
        p1.StatusHistory[0].Sources.Should().BeSameAs(p1.Sources);
        p2.Sources[0].Should().BeSameAs(p1.Sources[0]);
        p2.StatusHistory[0].Should().BeSameAs(p1.StatusHistory[0]);
        p2.StatusHistory.Should().BeSameAs(p1.StatusHistory);
        p2.Instruments.Should().BeSameAs(p1.Instruments);

        p1.Sources.Should().ContainSingle().Which.Should().BeEquivalentTo(new { SourceId = "s1", Quote = "the words", Locator = (string?)null });
        p2.StatusHistory.Should().ContainSingle().Which.Date.Should().Be(PartialDate.OfMonth(2024, 3));
        p2.Instruments.Should().Equal(Instrument.Subsidy);
    }

    [Theory]
    [InlineData("""[{"source":"s2","quote":"the words"}]""")]
    [InlineData("""[{"source":"s1","quote":"other words"}]""")]
    [InlineData("""[{"source":"s1","quote":"the words","locator":"p. 2"}]""")]
    [InlineData("""[{"source":"s1","quote":"the words"},{"source":"s2","quote":"the words"}]""")]
    public void A_citation_that_differs_in_any_part_keeps_its_own_values(string other)
    {
        PolicyDataset data = Load(
            Programme("p1", "subsidy", "announced", "2024-03", Cite),
            Programme("p2", "subsidy", "announced", "2024-03", other),
            Programme("p3", "subsidy", "announced", "2024-03", Cite));
        Programme p1 = data.Programme("p1"), p2 = data.Programme("p2"), p3 = data.Programme("p3");

        p2.Sources.Should().NotBeSameAs(p1.Sources);
        p2.StatusHistory[0].Should().NotBeSameAs(p1.StatusHistory[0]);
        p3.Sources.Should().BeEquivalentTo(p1.Sources);
        p3.StatusHistory.Should().BeEquivalentTo(p1.StatusHistory);
        var expected = System.Text.Json.JsonDocument.Parse(other).RootElement.EnumerateArray()
            .Select(e => new
            {
                SourceId = e.GetProperty("source").GetString(),
                Quote = e.GetProperty("quote").GetString(),
                Locator = e.TryGetProperty("locator", out var l) ? l.GetString() : null,
            })
            .ToList();
        p2.Sources.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        p2.StatusHistory[0].Sources.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        p1.Sources.Should().ContainSingle().Which.Quote.Should().Be("the words");
    }

    [Theory]
    [InlineData("committed", "2024-03", "subsidy")]
    [InlineData("announced", "2024-04", "subsidy")]
    [InlineData("announced", "2024", "subsidy")]
    [InlineData("announced", "2024-03", "plan")]
    public void A_status_change_or_instrument_that_differs_keeps_its_own_values(string status, string date, string instrument)
    {
        PolicyDataset data = Load(
            Programme("p1", "subsidy", "announced", "2024-03", Cite),
            Programme("p2", instrument, status, date, Cite));
        Programme p1 = data.Programme("p1"), p2 = data.Programme("p2");

        p2.StatusHistory[0].Status.Should().Be(Enum.Parse<ProgrammeStatus>(status, ignoreCase: true));
        p2.StatusHistory[0].Date.Should().Be(PartialDate.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        p2.Instruments.Should().Equal(Enum.Parse<Instrument>(instrument, ignoreCase: true));
        p1.StatusHistory[0].Status.Should().Be(ProgrammeStatus.Announced);
        p1.StatusHistory[0].Date.Should().Be(PartialDate.OfMonth(2024, 3));
        p1.Instruments.Should().Equal(Instrument.Subsidy);
        if (status != "announced" || date != "2024-03")
        {
            p2.StatusHistory[0].Should().NotBeSameAs(p1.StatusHistory[0]);
        }

        if (instrument != "subsidy")
        {
            p2.Instruments.Should().NotBeSameAs(p1.Instruments);
        }
    }

    [Fact]
    public void A_shared_list_refuses_changes_and_a_model_built_from_it_keeps_the_same_items()
    {
        PolicyDataset data = Load(
            Programme("p1", "subsidy", "announced", "2024-03", Cite),
            Programme("p2", "subsidy", "announced", "2024-03", Cite));
        Programme p1 = data.Programme("p1");
        var list = (IList<SourceReference>)p1.Sources;

        ((Action)(() => list.Add(p1.Sources[0]))).Should().Throw<NotSupportedException>();
        ((Action)(() => list[0] = new SourceReference("s2", "x"))).Should().Throw<NotSupportedException>();
        ((Action)(() => ((IList<Instrument>)p1.Instruments)[0] = Instrument.Plan)).Should().Throw<NotSupportedException>();

        var copy = new Programme("p9", "P", SponsorKind.State, "CN", [], p1.Instruments, p1.StatusHistory, null, null, null, [], p1.Sources);
        copy.Sources.Should().Equal(p1.Sources);
        copy.Instruments.Should().Equal(Instrument.Subsidy);
        data.Programme("p2").Sources.Should().ContainSingle().Which.Quote.Should().Be("the words");
    }
}
