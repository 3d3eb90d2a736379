using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>Where the loader's problems point once the id table keeps where each fact is instead of the fact's
/// reader, and the programmes read are a list found through the id table: a duplicate of a part's id, a cycle of
/// parents closed by an override of the extended dataset, and the tree check of many programmes in document order.</summary>
public class Stop66LoadTests
{
    private const string Refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Programme(string id, string? parent, string? extra = null) =>
        $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"]"
        + (parent is null ? "" : $",\"parent\":\"{parent}\"")
        + (extra ?? "")
        + $",\"sources\":{Refs}}}";

    private static string Document(IEnumerable<string> programmes) =>
        "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
        + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],\"programmes\":["
        + string.Join(",", programmes) + "]}";

    private const string Part =
        ",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"}"
        + ",\"parts\":[{\"id\":\"x\",\"purpose\":\"compute\",\"description\":\"d\",\"amount\":{\"qualifier\":\"exact\",\"amount\":\"10\",\"currency\":\"CNY\"},\"membership\":\"included\",\"sources\":" + Refs + "}]";

    [Fact]
    public void A_programme_with_the_id_of_an_earlier_part_names_the_part_and_its_path()
    {
        string json = Document([Programme("p1", null, Part), Programme("p2", null), Programme("x", "p1")]);

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json));

        problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[2].id", "Duplicate id \"x\": already used by a part at $.programmes[0].parts[0]."));
    }

    [Fact]
    public void A_cycle_closed_by_an_override_of_the_extended_dataset_is_reported_at_the_document_programme()
    {
        const string json = """
            {"formatVersion":1,
             "programmes":[{"id":"mine","name":"Mine","sponsorKind":"state","jurisdiction":"CN","instruments":["plan"],"parent":"cn-sh-ai-subsidy-package","sources":[{"source":"seed-001","quote":"Enter Shanghai"}]}],
             "overrides":[{"id":"ov","fact":"cn-sh-ai-subsidy-package","set":{"parent":"mine"},"reason":"r","sources":[{"source":"seed-001","quote":"Enter Shanghai"}]}]}
            """;

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(json), PolicyData.Embedded);

        problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[0].parent", "The programme \"mine\" is its own ancestor: mine → cn-sh-ai-subsidy-package → mine."),
            ("$.overrides[0].set.parent", "The programme \"cn-sh-ai-subsidy-package\" is its own ancestor: cn-sh-ai-subsidy-package → mine → cn-sh-ai-subsidy-package."));
    }

    [Fact]
    public void The_tree_check_of_thousands_of_programmes_reports_in_document_order_and_loads_them_in_order_when_valid()
    {
        // Every seventh programme is the child of the seventh before it; the last three form a cycle in the second document.
        var programmes = Enumerable.Range(0, 3_000).Select(i => Programme("p" + i, i >= 7 && i % 7 == 0 ? "p" + (i - 7) : null)).ToList();
        PolicyDataset dataset = PolicyData.Load(Utf8(Document(programmes)));
        dataset.Programmes.Select(p => p.Id).Should().Equal(Enumerable.Range(0, 3_000).Select(i => "p" + i));
        dataset.Programmes.Count(p => p.ParentId is not null).Should().Be(428);

        programmes.AddRange([Programme("c1", "c3"), Programme("c2", "c1"), Programme("c3", "c2"), Programme("tail", "c2")]);
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Utf8(Document(programmes)));

        problems.Select(p => (p.Path, p.Message)).Should().Equal(
            ("$.programmes[3000].parent", "The programme \"c1\" is its own ancestor: c1 → c3 → c2 → c1."),
            ("$.programmes[3001].parent", "The programme \"c2\" is its own ancestor: c2 → c1 → c3 → c2."),
            ("$.programmes[3002].parent", "The programme \"c3\" is its own ancestor: c3 → c2 → c1 → c3."),
            ("$.programmes[3003].parent", "The programme \"tail\" leads into a cycle of parents: tail → c2 → c1 → c3 → c2."));
    }
}
