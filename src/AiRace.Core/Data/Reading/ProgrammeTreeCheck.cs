using System.Collections.Generic;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Data.Reading;

/// <summary>Checks the tree the programmes' parents form once every programme is read: no cycles, and no programme
/// larger than its parent.</summary>
internal static class ProgrammeTreeCheck
{
    public static void Run(ReadContext context)
    {
        foreach ((string id, (Programme programme, string path, JsonTreeNode node)) in context.Programmes)
        {
            // Cycles: follow parents within this document.
            var seen = new HashSet<string>(System.StringComparer.Ordinal) { id };
            string? parent = programme.ParentId;
            while (parent is not null && context.Programmes.TryGetValue(parent, out var next))
            {
                if (!seen.Add(parent))
                {
                    context.Report(DataPath.Property(path, "parent"), node, $"The programme \"{id}\" is its own ancestor: its parents form a cycle.");
                    break;
                }

                parent = next.Programme.ParentId;
            }

            // A child programme cannot be larger than its parent.
            Programme? parentProgramme = programme.ParentId is null ? null
                : context.Programmes.TryGetValue(programme.ParentId, out var own) ? own.Programme
                : context.Basis?.FindProgramme(programme.ParentId);
            if (parentProgramme?.Headline is ReportedAmount whole && programme.Headline is ReportedAmount part
                && whole.Currency == part.Currency && PartsCheck.Limit(whole) is Money max && (part.LowerBound ?? part.Amount) > max)
            {
                string headlinePath = DataPath.Property(path, "headline");
                JsonTreeNode headlineNode = node.Properties.Find(x => x.Name == "headline")!.Value;
                context.Report(headlinePath, headlineNode, $"The programme \"{id}\" ({part}) is larger than its parent \"{parentProgramme.Id}\" ({whole}).");
            }
        }
    }
}
