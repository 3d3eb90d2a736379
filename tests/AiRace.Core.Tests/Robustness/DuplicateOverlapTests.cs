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
}
