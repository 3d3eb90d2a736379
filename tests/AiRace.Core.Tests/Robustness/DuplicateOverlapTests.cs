using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using static AiRace.Core.Tests.Robustness.EditedDocuments;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Issue 13: two overlaps of the same programmes under different ids were accepted, and every ranking and
/// aggregation note listed the overlap twice; the second is refused, naming where the first is.
/// </summary>
public class DuplicateOverlapTests
{
    [Fact]
    public void Two_overlaps_of_the_same_programmes_are_refused_at_the_second_naming_the_first()
    {
        // Accepted before: every ranking and aggregation note then listed the same overlap twice.
        JsonObject document = Embedded();
        JsonArray overlaps = document["overlaps"]!.AsArray();
        overlaps.Add(new JsonObject
        {
            ["id"] = "o-again", ["programmes"] = new JsonArray("cn-ai-investment-fund", "cn-ai-industry-development-action-plan"),
            ["reason"] = "The same pair, in the other order.", ["sources"] = Cited(),
        });
        int first = overlaps.Select(o => (string?)o!["id"]).ToList().IndexOf("o-cn-plan-fund");

        DataProblem problem = Validate(document).Single();

        problem.Path.Should().Be($"$.overlaps[{overlaps.Count - 1}].programmes");
        problem.Message.Should().Be($"The overlap \"o-again\" names the same programmes (cn-ai-investment-fund, cn-ai-industry-development-action-plan) as the overlap \"o-cn-plan-fund\" at $.overlaps[{first}]: one overlap records them once (give it every source and reason).");
    }

    [Fact]
    public void An_overlay_overlap_of_the_same_programmes_as_one_it_extends_is_refused_unless_that_one_is_retracted()
    {
        JsonObject overlay = Overlay();
        overlay["overlaps"] = new JsonArray(new JsonObject
        {
            ["id"] = "o-mine", ["programmes"] = new JsonArray("cn-ai-industry-development-action-plan", "cn-sh-ai-subsidy-package"),
            ["reason"] = "The notice leaves it open.", ["sources"] = Cited("note-1"),
        });

        DataProblem problem = Validate(overlay, PolicyData.Embedded).Single();
        problem.Path.Should().Be("$.overlaps[0].programmes");
        problem.Message.Should().Be("The overlap \"o-mine\" names the same programmes (cn-ai-industry-development-action-plan, cn-sh-ai-subsidy-package) as the overlap \"o-cn-plan-shanghai\" of the dataset being extended: one overlap records them once (give it every source and reason).");

        // Retracting the extended dataset's overlap and recording it anew under another id is a rename, not a duplicate.
        overlay["retractions"] = new JsonArray(new JsonObject
        {
            ["id"] = "rt-shanghai", ["fact"] = "o-cn-plan-shanghai", ["reason"] = "Recorded anew as o-mine.", ["sources"] = Cited("note-1"),
        });
        Validate(overlay, PolicyData.Embedded).Should().BeEmpty();
    }

    [Fact]
    public void Overlaps_whose_ids_run_together_alike_are_not_the_same_programmes()
    {
        // "xy" and "z", "x" and "yz": the same letters in a row, different programmes; the ids are kept apart.
        JsonObject document = Embedded();
        JsonArray programmes = document["programmes"]!.AsArray();
        JsonNode beijing = programmes.Single(p => (string?)p!["id"] == "cn-bj-ai-support")!;
        foreach (string id in new[] { "x", "xy", "yz", "z" })
        {
            JsonObject copy = beijing.DeepClone().AsObject();
            copy["id"] = id;
            programmes.Add(copy);
        }

        JsonArray overlaps = document["overlaps"]!.AsArray();
        overlaps.Add(new JsonObject { ["id"] = "o-xy-z", ["programmes"] = new JsonArray("xy", "z"), ["reason"] = "The same letters.", ["sources"] = Cited() });
        overlaps.Add(new JsonObject { ["id"] = "o-x-yz", ["programmes"] = new JsonArray("x", "yz"), ["reason"] = "The same letters.", ["sources"] = Cited() });

        Validate(document).Should().BeEmpty();
    }

    [Fact]
    public void An_override_of_an_extended_overlap_is_not_a_duplicate_of_it_and_frees_the_programmes_it_no_longer_names()
    {
        // The override's replacement replaces the extended dataset's overlap: it is not compared with the one it replaces.
        JsonObject overlay = Overlay();
        overlay["overrides"] = new JsonArray(new JsonObject
        {
            ["id"] = "ov-shanghai", ["fact"] = "o-cn-plan-shanghai", ["set"] = new JsonObject { ["reason"] = "The notice leaves it open." },
            ["reason"] = "The notice says so.", ["sources"] = Cited("note-1"),
        });
        Validate(overlay, PolicyData.Embedded).Should().BeEmpty();

        // Overridden to name other programmes, it no longer holds its old pair, which a new overlap may then name.
        overlay["overrides"]![0]!["set"] = new JsonObject { ["programmes"] = new JsonArray("cn-ai-investment-fund", "cn-sh-ai-subsidy-package") };
        overlay["overlaps"] = new JsonArray(new JsonObject
        {
            ["id"] = "o-mine", ["programmes"] = new JsonArray("cn-sh-ai-subsidy-package", "cn-ai-industry-development-action-plan"),
            ["reason"] = "The notice leaves it open.", ["sources"] = Cited("note-1"),
        });
        Validate(overlay, PolicyData.Embedded).Should().BeEmpty();
    }
}
