using System.Text;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data;

/// <summary>Tests for the mutants that survived stop 68's Stryker run of the loader lines changed at stop 67
/// (tests/README.md): a part of a fact whose id is broken, and a part's period whose constructor names the part.</summary>
public class Stop68LoaderSurvivorTests
{
    private const string Refs = "[{\"source\":\"s1\",\"quote\":\"q\"}]";

    private static string Document(string programme) =>
        "{\"formatVersion\":1,\"sources\":[{\"id\":\"s1\",\"published\":\"unknown\",\"locator\":\"x\",\"confidence\":\"low\"}],"
        + "\"jurisdictions\":[{\"id\":\"CN\",\"kind\":\"country\",\"name\":\"China\"}],"
        + "\"programmes\":[\n" + programme + "]}";

    private static string Programme(string id, string extra, string sources = Refs) =>
        $"{{\"id\":\"{id}\",\"name\":\"{id}\",\"sponsorKind\":\"state\",\"jurisdiction\":\"CN\",\"instruments\":[\"plan\"]" + extra + $",\"sources\":{sources}}}";

    /// <summary><c>partNoun is null || owner.Noun is null</c> → <c>&amp;&amp;</c> in <c>ObjectReader.Open</c> named a
    /// citation of a programme whose id is broken "a citation" instead of "a source reference".</summary>
    [Fact]
    public void A_citation_that_is_not_an_object_of_a_programme_whose_id_is_broken_is_a_source_reference()
    {
        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Document(Programme("p fund", string.Empty, "[7]"))));

        problems.Select(p => (p.Path, p.Message)).Should().Contain(("$.programmes[0].sources[0]", "Expected a source reference (a JSON object); found the number 7."));
    }

    /// <summary><c>ObjectReader.InFact</c> forced to name what the object is in: the period's constructor names the part
    /// itself, so the part's programme is not added after it.</summary>
    [Fact]
    public void A_part_period_that_ends_before_it_starts_names_the_part_once()
    {
        string programme = Programme("p-fund",
            ",\"headline\":{\"qualifier\":\"exact\",\"amount\":\"100\",\"currency\":\"CNY\"},\"parts\":[{\"id\":\"p-fund.a\",\"purpose\":\"compute\",\"description\":\"d\","
            + "\"amount\":{\"qualifier\":\"exact\",\"amount\":\"10\",\"currency\":\"CNY\"},\"membership\":\"included\",\"period\":{\"start\":\"2025\",\"end\":\"2024\"},\"sources\":" + Refs + "}]");

        IReadOnlyList<DataProblem> problems = PolicyData.Validate(Encoding.UTF8.GetBytes(Document(programme)));

        problems.Select(p => p.Message).Should().Equal("The period of the part \"p-fund.a\" ends (2024) before it starts (2025).");
    }
}
