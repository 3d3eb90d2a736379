using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>What the loader's id table and its check of the programme tree report when programmes without a parent sit
/// among chains and cycles of parents, and when a document defines, more than once, an id the dataset it extends has.</summary>
public class Stop64LoadTests
{
    private const string Refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Programme(string id, string? parent, string? amount = null) =>
        $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"]"
        + (parent is null ? "" : $",\"parent\":\"{parent}\"")
        + (amount is null ? "" : $",\"headline\":{{\"qualifier\":\"exact\",\"amount\":\"{amount}\",\"currency\":\"CNY\"}}")
        + $",\"sources\":{Refs}}}";

    private static string Document(params string[] programmes) =>
        "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
        + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],\"programmes\":["
        + string.Join(",", programmes) + "]}";

    [Fact]
    public void Programmes_without_a_parent_are_never_reported_and_do_not_hide_the_cycles_and_chains_around_them()
    {
        string json = Document(
            Programme("root", null, "100"),
            Programme("child", "root", "150"),
            Programme("grandchild", "child", "10"),
            Programme("c", "d"),
            Programme("alone", null),
            Programme("d", "c"),
            Programme("e", "c"));

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[1].headline", "The programme \"child\" (CNY 150) is larger than its parent \"root\" (CNY 100)."),
            ("$.programmes[3].parent", "The programme \"c\" is its own ancestor: c → d → c."),
            ("$.programmes[5].parent", "The programme \"d\" is its own ancestor: d → c → d."),
            ("$.programmes[6].parent", "The programme \"e\" leads into a cycle of parents: e → c → d → c."));
    }

    [Fact]
    public void A_chain_of_parents_that_ends_at_a_programme_without_one_is_no_cycle()
    {
        string json = Document(Programme("p3", "p2"), Programme("p2", "p1"), Programme("p1", "p0"), Programme("p0", null));

        PolicyDataset dataset = PolicyData.Load(Utf8(json));

        dataset.Programmes.Select(p => p.ParentId).Should().Equal("p2", "p1", "p0", null);
    }

    [Fact]
    public void An_id_of_the_extended_dataset_defined_twice_by_the_document_is_refused_twice_as_the_datasets()
    {
        const string json = """{"formatVersion":1,"metrics":[{"id":"semiconductor-self-sufficiency","name":"dup","valueKind":"share"},{"id":"semiconductor-self-sufficiency","name":"dup again","valueKind":"share"}]}""";

        PolicyDataException ex = Assert.Throws<PolicyDataException>(() => PolicyData.Parse(json, PolicyData.Embedded));

        ex.Problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.metrics[0].id", "Duplicate id \"semiconductor-self-sufficiency\": the dataset being extended already has a metric with this id."),
            ("$.metrics[1].id", "Duplicate id \"semiconductor-self-sufficiency\": the dataset being extended already has a metric with this id."));
    }

    [Fact]
    public void An_id_defined_twice_in_the_document_names_the_first_definitions_kind_and_path()
    {
        string json = Document(Programme("p1", null), Programme("p1", null));

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[1].id", "Duplicate id \"p1\": already used by a programme at $.programmes[0]."));
    }
}
