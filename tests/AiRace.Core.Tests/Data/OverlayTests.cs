using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Data;

/// <summary>Overlays: a user's document that adds facts to a dataset, overrides fields of its facts and retracts
/// some, each change with its own reason and sources; the merged dataset remembers what changed.</summary>
public class OverlayTests
{
    private const string MyNote = """{"id":"my-note","title":"Shanghai Municipal Economy and Information Commission notice","publisher":"Shanghai government","author":"Commission staff","url":"https://example.org/shanghai-notice","published":"2025-07-26","locator":"notice.pdf","confidence":"high"}""";
    private const string Cite = """[{"source":"my-note","quote":"announced on 26 July 2025"}]""";

    private static PolicyDataset Embedded => PolicyData.Embedded;

    private static string Overlay(string members) => "{\"formatVersion\":1," + members + "}";

    private static IReadOnlyList<DataProblem> Problems(string json, PolicyDataset? extending) => PolicyData.Validate(Encoding.UTF8.GetBytes(json), extending);

    private static readonly string AnnouncementDate = Overlay($$"""
        "version":"2025.2","asOf":"2025-08",
        "sources":[{{MyNote}}],
        "overrides":[{"id":"ov-sh-date","fact":"cn-sh-ai-subsidy-package",
          "set":{"status":[{"status":"announced","date":"2025-07-26","sources":{{Cite}} }]},
          "reason":"The article gives no date; the city's notice does.","sources":{{Cite}} }]
        """);

    [Fact]
    public void An_override_replaces_the_fields_it_sets_and_the_merged_dataset_remembers_by_what()
    {
        PolicyDataset merged = PolicyData.Parse(AnnouncementDate, Embedded);

        Programme shanghai = merged.Programme("cn-sh-ai-subsidy-package");
        shanghai.StatusHistory.Single().Date.Should().Be(PartialDate.OfDay(2025, 7, 26));
        shanghai.Headline.Should().Be(Embedded.Programme("cn-sh-ai-subsidy-package").Headline, "what the override does not set stays");
        shanghai.Parts.Should().HaveCount(4);
        Embedded.Programme("cn-sh-ai-subsidy-package").StatusHistory.Single().Date.Should().Be(PartialDate.Unknown, "the embedded dataset is not changed");
        DatasetChange change = merged.ChangesTo("cn-sh-ai-subsidy-package").Single();
        change.Kind.Should().Be(DatasetChangeKind.Overridden);
        change.FactKind.Should().Be(FactKind.Programme);
        change.ChangeId.Should().Be("ov-sh-date");
        change.Fields.Should().Equal("status");
        change.Reason.Should().Be("The article gives no date; the city's notice does.");
        change.Sources.Single().SourceId.Should().Be("my-note");
        change.ToString().Should().Be("cn-sh-ai-subsidy-package: status overridden by ov-sh-date (The article gives no date; the city's notice does.)");
        merged.ChangesTo("my-note").Single().Kind.Should().Be(DatasetChangeKind.Added);
        merged.Programmes.Select(p => p.Id).Should().Equal(Embedded.Programmes.Select(p => p.Id), "an overridden fact keeps its place");
    }

    [Fact]
    public void A_dataset_has_a_version_and_an_as_of_date_which_an_overlay_updates_and_the_writer_keeps()
    {
        PolicyDataset merged = PolicyData.Parse(AnnouncementDate, Embedded);

        merged.Version.Should().Be("2025.2");
        merged.AsOf.Should().Be(PartialDate.OfMonth(2025, 8));
        Embedded.Version.Should().BeNull();
        Embedded.AsOf.Should().Be(PartialDate.Unknown, "no seed article is dated");
        PolicyDataset reread = PolicyData.Parse(PolicyData.ToJson(merged));
        reread.Version.Should().Be("2025.2");
        reread.AsOf.Should().Be(PartialDate.OfMonth(2025, 8));
        reread.Changes.Should().BeEmpty("a written dataset stands alone: its facts are the merged ones");
        DatasetComparison.Between(merged, reread).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_part_can_be_overridden_and_its_programme_is_checked_again()
    {
        string json = Overlay($$"""
            "sources":[{{MyNote}}],
            "overrides":[{"id":"ov-institutions","fact":"cn-sh-ai-subsidy-package.research-institutions","set":{"membership":"additional"},
              "reason":"The notice lists it apart from the billion.","sources":{{Cite}} }]
            """);

        PolicyDataset merged = PolicyData.Parse(json, Embedded);

        Allocation part = merged.Programme("cn-sh-ai-subsidy-package").Parts.Single(p => p.Id == "cn-sh-ai-subsidy-package.research-institutions");
        part.Membership.Should().Be(PartMembership.Additional);
        merged.Programme("cn-sh-ai-subsidy-package").CheckParts().Additional.Should().ContainSingle();
        merged.ChangesTo(part.Id).Single().FactKind.Should().Be(FactKind.Part);

        string breaking = Overlay($$"""
            "sources":[{{MyNote}}],
            "overrides":[{"id":"ov-compute","fact":"cn-sh-ai-subsidy-package.compute","set":{"amount":{"qualifier":"exact","amount":"900000000","currency":"CNY"} },
              "reason":"r","sources":{{Cite}} }]
            """);
        DataProblem p = Problems(breaking, Embedded).Should().ContainSingle().Subject;
        string[] lines = breaking.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("{\"id\":\"ov-compute\"", StringComparison.Ordinal));

        // The programme is named once (the message said "the parts of "…" no longer fit its headline: The included parts of the programme "…"").
        (p.Path, p.Line, p.Column, p.Message).Should().Be((
            "$.overrides[0]", line + 1, lines[line].IndexOf("{\"id\":\"ov-compute\"", StringComparison.Ordinal) + 1,
            "With this change the included parts of the programme \"cn-sh-ai-subsidy-package\" up to \"cn-sh-ai-subsidy-package.models\" add up to CNY 1.2B, more than their whole (CNY 1B (source's conversion: approximately USD 139M))."));
    }

    [Fact]
    public void An_overridden_fact_obeys_every_rule_and_its_problems_point_at_the_override()
    {
        string json = Overlay($$"""
            "sources":[{{MyNote}}],
            "overrides":[{"id":"ov","fact":"t-bernstein-domestic-chip-share-2027","set":{"goal":{"value":{"share":"55%"},"year":2020} },"reason":"r","sources":{{Cite}} }]
            """);

        DataProblem problem = Problems(json, Embedded).Should().ContainSingle().Which;

        problem.Path.Should().Be("$.overrides[0].set.goal.year");
        problem.Message.Should().Be("The goal year 2020 of the target \"t-bernstein-domestic-chip-share-2027\" is before its baseline year 2023.");
        int at = json.IndexOf("2020", StringComparison.Ordinal);
        problem.Line.Should().Be(json[..at].Count(c => c == '\n') + 1);
        problem.Column.Should().Be(at - json.LastIndexOf('\n', at));
    }

    public static TheoryData<string, string, string, string> BadOverlays() => new()
    {
        { "unknown fact", """ "overrides":[{"id":"ov","fact":"nothing-here","set":{"name":"x"},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[0].fact", "\"nothing-here\" is not a fact of the dataset being extended." },
        { "property the fact does not have", """ "overrides":[{"id":"ov","fact":"bernstein","set":{"colour":"red"},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[0].set.colour", "\"colour\" is not a property of an actor; an override may set: name, kind, sources, jurisdiction, affiliation, role, inferred." },
        { "id changed", """ "overrides":[{"id":"ov","fact":"bernstein","set":{"id":"bernstein-2"},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[0].set.id", "An override cannot change a fact's id: retract the fact and add one with the new id." },
        { "nothing set", """ "overrides":[{"id":"ov","fact":"bernstein","set":{},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[0].set", "\"set\" is empty: name at least one property to replace." },
        { "two changes of one fact", """ "overrides":[{"id":"ov1","fact":"bernstein","set":{"name":"B"},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}],"retractions":[{"id":"rt1","fact":"bernstein","reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.retractions[0].fact", "\"bernstein\" is already changed by \"ov1\": make one change a fact (one override can set several properties)." },
        { "the document's own fact", """ "claims":[{"id":"mine","topic":"t","subject":"CN","statement":"s","sources":[{"source":"seed-001","quote":"q"}]}],"retractions":[{"id":"rt","fact":"mine","reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.retractions[0].fact", "\"mine\" is defined in this document: change it where it is written." },
        { "retracted fact still used by the dataset", """ "retractions":[{"id":"rt","fact":"bernstein","reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.retractions[0]", "\"bernstein\" is still referred to by the target \"t-bernstein-domestic-chip-share-2027\" (its \"by\"): retract or override that fact too." },
        { "retracted fact used by the document", """ "retractions":[{"id":"rt","fact":"c-zhipu-ipo","reason":"r","sources":[{"source":"seed-001","quote":"q"}]}],"ambiguities":[{"id":"mine","question":"Q?","about":["c-zhipu-ipo"],"readings":["a","b"],"sources":[{"source":"seed-001","quote":"q"}]}]""", "$.ambiguities[0].about[0]", "\"c-zhipu-ipo\" is retracted by \"rt\": nothing may refer to it." },
        { "a programme's part retracted with it but still named", """ "retractions":[{"id":"rt","fact":"cn-zj-hangzhou-compute-subsidy","reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.retractions[0]", "\"cn-zj-hangzhou-compute-subsidy\" is still referred to by the overlap \"o-cn-plan-hangzhou\" (its \"programmes\"): retract or override that fact too." },
        { "a part changed by its own override and its programme's parts", """ "overrides":[{"id":"ov1","fact":"cn-sh-ai-subsidy-package","set":{"parts":[]},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]},{"id":"ov2","fact":"cn-sh-ai-subsidy-package.compute","set":{"description":"d"},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[1].fact", "\"cn-sh-ai-subsidy-package.compute\" is a part of \"cn-sh-ai-subsidy-package\", whose parts \"ov1\" sets: change the part there." },
        { "a programme's parts set after one of them is changed", """ "overrides":[{"id":"ov2","fact":"cn-sh-ai-subsidy-package.compute","set":{"description":"d"},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]},{"id":"ov1","fact":"cn-sh-ai-subsidy-package","set":{"parts":[]},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[1].fact", "\"cn-sh-ai-subsidy-package\" has the part \"cn-sh-ai-subsidy-package.compute\", which \"ov2\" changes: set its parts in one place." },
        { "a part dropped by its programme's override but still named", """ "overrides":[{"id":"ov","fact":"cn-sh-ai-subsidy-package","set":{"parts":[]},"reason":"r","sources":[{"source":"seed-001","quote":"q"}]}]""", "$.overrides[0]", "\"cn-sh-ai-subsidy-package.research-institutions\" is still referred to by the ambiguity \"a-sh-institution-support-in-package\" (its \"about\"): the override of \"cn-sh-ai-subsidy-package\" leaves the part out; keep it or change that fact too." },
    };

    [Theory]
    [MemberData(nameof(BadOverlays))]
    public void Bad_overlays_are_refused_at_the_change(string name, string members, string path, string message)
    {
        IReadOnlyList<DataProblem> problems = Problems(Overlay(members), Embedded);

        problems.Should().Contain(p => p.Path == path && p.Message == message, $"{name}; got:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void Changing_a_fact_needs_the_dataset_it_belongs_to_and_says_how_to_give_it()
    {
        DataProblem problem = Problems(AnnouncementDate, extending: null).Should().ContainSingle().Which;

        problem.Path.Should().Be("$.overrides[0].fact");
        problem.Message.Should().Be("\"cn-sh-ai-subsidy-package\" can be changed only in the dataset it belongs to: load this document extending that dataset (the \"extending\" argument of PolicyData.Load, Parse or LoadFile).");
    }

    [Fact]
    public void A_retraction_takes_a_fact_out_and_is_remembered()
    {
        string json = Overlay("""
            "retractions":[{"id":"rt-zhipu","fact":"c-zhipu-ipo","reason":"The IPO was called off.","sources":[{"source":"seed-004","quote":"Zhipu AI is preparing for an IPO"}]}]
            """);

        PolicyDataset merged = PolicyData.Parse(json, Embedded);

        merged.Claims.Should().NotContain(c => c.Id == "c-zhipu-ipo");
        merged.Claims.Should().HaveCount(Embedded.Claims.Count - 1);
        DatasetChange change = merged.ChangesTo("c-zhipu-ipo").Single();
        change.Kind.Should().Be(DatasetChangeKind.Retracted);
        change.ChangeId.Should().Be("rt-zhipu");
        change.ToString().Should().Be("c-zhipu-ipo: retracted by rt-zhipu (The IPO was called off.)");
        DatasetComparison comparison = DatasetComparison.Between(Embedded, merged);
        comparison.Retracted.Single().ToString().Should().Be("Claim c-zhipu-ipo");
        comparison.Added.Should().BeEmpty();
        comparison.Changed.Should().BeEmpty();
    }

    [Fact]
    public void Two_datasets_compare_by_fact_with_the_fields_that_differ()
    {
        string json = Overlay($$"""
            "sources":[{{MyNote}}],
            "claims":[{"id":"my-claim","topic":"t","subject":"CN-SH","statement":"s","sources":{{Cite}} }],
            "overrides":[
              {"id":"ov1","fact":"cn-sh-ai-subsidy-package","set":{"description":"A new description.","sponsorKind":"mixed"},"reason":"r","sources":{{Cite}} },
              {"id":"ov2","fact":"cn-sh-ai-subsidy-package.compute","set":{"description":"compute vouchers"},"reason":"r","sources":{{Cite}} }],
            "retractions":[{"id":"rt","fact":"c-zhipu-ipo","reason":"r","sources":{{Cite}} }]
            """);
        PolicyDataset merged = PolicyData.Parse(json, Embedded);

        DatasetComparison comparison = DatasetComparison.Between(Embedded, merged);

        comparison.Added.Select(a => a.ToString()).Should().Equal("Source my-note", "Claim my-claim");
        comparison.Changed.Select(c => c.ToString()).Should().Equal("Programme cn-sh-ai-subsidy-package: description, sponsorKind", "Part cn-sh-ai-subsidy-package.compute: description");
        comparison.Retracted.Select(r => r.FactId).Should().Equal("c-zhipu-ipo");
        DatasetComparison.Between(merged, Embedded).Added.Select(a => a.FactId).Should().Equal("c-zhipu-ipo");
        DatasetComparison.Between(Embedded, Embedded).IsEmpty.Should().BeTrue();
        merged.Changes.Select(c => (c.Kind, c.FactId)).Should().Equal(
            (DatasetChangeKind.Overridden, "cn-sh-ai-subsidy-package"),
            (DatasetChangeKind.Overridden, "cn-sh-ai-subsidy-package.compute"),
            (DatasetChangeKind.Retracted, "c-zhipu-ipo"),
            (DatasetChangeKind.Added, "my-note"),
            (DatasetChangeKind.Added, "my-claim"));
    }

    [Fact]
    public void Overlaying_what_is_already_there_changes_nothing()
    {
        string written = JsonNode.Parse(PolicyData.ToJson(Embedded))!["programmes"]![0]!["name"]!.GetValue<string>();
        string json = Overlay($$"""
            "overrides":[{"id":"ov","fact":"cn-ai-industry-development-action-plan","set":{"name":"{{written}}"},"reason":"r","sources":[{"source":"seed-000","quote":"known as the “AI Industry Development Action Plan.”"}]}]
            """);

        PolicyDataset merged = PolicyData.Parse(json, Embedded);

        DatasetComparison.Between(Embedded, merged).IsEmpty.Should().BeTrue();
        merged.Changes.Single().Fields.Should().Equal("name");
    }
}

/// <summary>Citation lists of the sources behind a set of facts.</summary>
public class CitationListTests
{
    [Fact]
    public void The_sources_behind_facts_are_listed_once_each_with_their_quotes_and_facts()
    {
        CitationList list = CitationList.For(PolicyData.Embedded, ["cn-sh-ai-subsidy-package", "cn-ai-investment-fund", "cn-zj-hangzhou-compute-subsidy"]);

        list.Select(c => c.Source.Id).Should().Equal("seed-001", "seed-004");
        list[0].FactIds.Should().Equal("cn-sh-ai-subsidy-package", "cn-zj-hangzhou-compute-subsidy");
        list[0].Quotes.Should().Contain("600 million yuan is dedicated to computing power subsidies".Insert(0, "The package is comprehensive, breaking down into three main areas: "), "a programme's parts are cited with it");
        list[0].Quotes.Should().OnlyHaveUniqueItems();
        list[1].FactIds.Should().Equal("cn-ai-investment-fund");
    }

    [Fact]
    public void Markdown_lists_each_source_numbered_with_what_it_gives()
    {
        string markdown = CitationList.For(PolicyData.Embedded, ["cn-project-spare-tire"]).ToMarkdown();

        markdown.Should().StartWith("1. Untitled document. lumidawealth.com. undated. shared/seeds/002\\_b8c8c39bee809ba7.txt (`seed-002`) Quoted: “China’s “Project Spare Tire” seeks 70% semiconductor self-sufficiency by 2028”. Cited for: `cn-project-spare-tire`.");
        markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        CitationList.For(PolicyData.Embedded, []).ToMarkdown().Should().BeEmpty();
    }

    [Fact]
    public void CSL_JSON_gives_each_source_with_its_author_publisher_date_and_address()
    {
        string json = """
            {"formatVersion":1,
             "sources":[{"id":"notice","title":"A *notice*","publisher":"Shanghai government","author":"Commission staff","url":"https://example.org/notice","published":"2025-07-26","locator":"notice.pdf","confidence":"high"}],
             "overrides":[{"id":"ov","fact":"cn-sh-ai-subsidy-package","set":{"status":[{"status":"announced","date":"2025-07-26","sources":[{"source":"notice","quote":"announced"}]}]},"reason":"dated","sources":[{"source":"notice","quote":"on 26 July"}]}]}
            """;
        PolicyDataset merged = PolicyData.Parse(json, PolicyData.Embedded);
        CitationList list = CitationList.For(merged, ["cn-sh-ai-subsidy-package"]);

        list.Select(c => c.Source.Id).Should().Equal("seed-001", "notice");
        list[1].Quotes.Should().Equal("announced", "on 26 July");
        JsonArray csl = JsonNode.Parse(list.ToCslJson())!.AsArray();
        csl.Should().HaveCount(2);
        JsonNode notice = csl[1]!;
        notice["id"]!.GetValue<string>().Should().Be("notice");
        notice["type"]!.GetValue<string>().Should().Be("webpage");
        notice["title"]!.GetValue<string>().Should().Be("A *notice*");
        notice["author"]![0]!["literal"]!.GetValue<string>().Should().Be("Commission staff");
        notice["publisher"]!.GetValue<string>().Should().Be("Shanghai government");
        notice["issued"]!["date-parts"]![0]!.AsArray().Select(n => n!.GetValue<int>()).Should().Equal(2025, 7, 26);
        notice["URL"]!.GetValue<string>().Should().Be("https://example.org/notice");
        csl[0]!["type"]!.GetValue<string>().Should().Be("article");
        csl[0]!["issued"].Should().BeNull("the seed articles are undated");
        list.ToMarkdown().Should().Contain("2. Commission staff. *A \\*notice\\**. Shanghai government. 2025-07-26. <https://example.org/notice> (`notice`)");
    }

    [Fact]
    public void An_unknown_fact_is_an_error()
    {
        Action act = () => CitationList.For(PolicyData.Embedded, ["no-such-fact"]);

        act.Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no fact with id \"no-such-fact\".");
    }
}
