using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using static AiRace.Core.Tests.Robustness.EditedDocuments;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Issue 13: an actor affiliated to itself, or actors affiliated to each other, were accepted; they are refused at
/// the affiliation like a jurisdiction that is its own ancestor at its parent.
/// </summary>
public class AffiliationCycleTests
{
    [Fact]
    public void An_actor_affiliated_to_itself_or_two_affiliated_to_each_other_are_refused_at_the_affiliation()
    {
        // Accepted before: "belongs to or works for" cannot lead back to the actor, and a walk up the affiliations
        // (none exists yet) would never end.
        JsonObject document = Embedded();
        JsonArray actors = document["actors"]!.AsArray();
        JsonObject Actor(string id) => actors.Single(a => (string?)a!["id"] == id)!.AsObject();
        Actor("openai")["affiliation"] = "openai";
        Actor("baidu")["affiliation"] = "alibaba";
        Actor("alibaba")["affiliation"] = "baidu";
        Actor("xi-jinping")["affiliation"] = "baidu"; // leads into the cycle: not itself in it, so not reported

        DataProblemList problems = Validate(document);

        problems.Select(p => (p.Path, p.Message)).Should().BeEquivalentTo(new[]
        {
            ($"$.actors[{actors.IndexOf(Actor("openai"))}].affiliation", "The actor \"openai\" is affiliated to itself: openai → openai."),
            ($"$.actors[{actors.IndexOf(Actor("baidu"))}].affiliation", "The actor \"baidu\" is affiliated to itself: baidu → alibaba → baidu."),
            ($"$.actors[{actors.IndexOf(Actor("alibaba"))}].affiliation", "The actor \"alibaba\" is affiliated to itself: alibaba → baidu → alibaba."),
        });
        problems.Should().OnlyContain(p => p.Column > 1, "each at its affiliation property, not the document's start");
    }

    [Fact]
    public void An_override_that_closes_an_affiliation_cycle_through_the_extended_dataset_is_refused()
    {
        // bo-zhengyuan is affiliated to plenum in the embedded dataset; plenum made bo-zhengyuan's.
        JsonObject overlay = Overlay();
        overlay["overrides"] = new JsonArray(new JsonObject
        {
            ["id"] = "ov-plenum", ["fact"] = "plenum", ["set"] = new JsonObject { ["affiliation"] = "bo-zhengyuan" },
            ["reason"] = "The notice says so.", ["sources"] = Cited("note-1"),
        });

        DataProblem problem = Validate(overlay, PolicyData.Embedded).Single();

        problem.Path.Should().Be("$.overrides[0].set.affiliation");
        problem.Message.Should().Be("The actor \"plenum\" is affiliated to itself: plenum → bo-zhengyuan → plenum.");
    }
}
