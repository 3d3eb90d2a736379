using System.Collections.Generic;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Data.Reading;

/// <summary>Checks the tree the programmes' parents form once every programme is read: no cycles (each programme in a
/// cycle is its own ancestor; one whose parents lead into a cycle is told apart), and no programme larger than its
/// parent. Each problem points at the programme's <c>parent</c> or <c>headline</c> property.</summary>
internal static class ProgrammeTreeCheck
{
    private const int ShownInChain = 8;

    public static void Run(ReadContext context)
    {
        Dictionary<string, bool> leadsIntoCycle = FindCycles(context, out HashSet<string> inCycle);
        foreach ((string id, (Programme programme, IPathed where, JsonTreeNode node)) in context.Programmes)
        {
            if (programme.ParentId is null)
            {
                continue;
            }

            if (inCycle.Contains(id) || leadsIntoCycle.GetValueOrDefault(id))
            {
                JsonTreeNode parentNode = node.Property("parent")!.Value;
                string chain = Chain(context, id);
                context.Report(DataPath.Property(where.Path, "parent"), parentNode, inCycle.Contains(id)
                    ? $"The programme \"{id}\" is its own ancestor: {chain}."
                    : $"The programme \"{id}\" leads into a cycle of parents: {chain}.");
            }

            // A child programme cannot be larger than its parent.
            Programme? parentProgramme = programme.ParentId is null ? null
                : context.Programmes.TryGetValue(programme.ParentId, out var own) ? own.Programme
                : context.Basis?.FindProgramme(programme.ParentId);
            if (parentProgramme?.Headline is ReportedAmount whole && programme.Headline is ReportedAmount part
                && whole.Currency == part.Currency && PartsCheck.Limit(whole) is Money max && (part.LowerBound ?? part.Amount) > max)
            {
                JsonTreeNode headlineNode = node.Property("headline")!.Value;
                context.Report(DataPath.Property(where.Path, "headline"), headlineNode, $"The programme \"{id}\" ({part}) is larger than its parent \"{parentProgramme.Id}\" ({whole}).");
            }
        }

        CheckOverlaps(context);
    }

    /// <summary>Programmes in an overlap cannot be part of one another: a parent already counts its part, which is
    /// the programme tree's business, not an overlap's.</summary>
    private static void CheckOverlaps(ReadContext context)
    {
        foreach ((ProgrammeOverlap overlap, string path, JsonTreeNode node) in context.Overlaps)
        {
            foreach (string part in overlap.ProgrammeIds)
            {
                foreach (string whole in overlap.ProgrammeIds)
                {
                    if (part != whole && IsBelow(context, part, whole))
                    {
                        context.Report(DataPath.Property(path, "programmes"), node.Property("programmes")!.Value, $"\"{part}\" is part of \"{whole}\" (through its parents): programmes in an overlap cannot be part of one another, since the parent already counts its part.");
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="id"/>'s parents (in the document or the dataset it extends) reach
    /// <paramref name="ancestor"/>.</summary>
    internal static bool IsBelow(ReadContext context, string id, string ancestor)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        string? current = ParentOf(context, id);
        while (current is not null && seen.Add(current))
        {
            if (current == ancestor)
            {
                return true;
            }

            current = ParentOf(context, current);
        }

        return false;
    }

    private static string? ParentOf(ReadContext context, string id) =>
        context.Programmes.TryGetValue(id, out var own) ? own.Programme.ParentId : context.Basis?.FindProgramme(id)?.ParentId;

    /// <summary>Colours the graph of parents in one pass: the programmes on a cycle, and for the others whether their
    /// parents lead into one. A programme without a parent is neither, and is left out of both.</summary>
    /// <remarks>The parents are followed through the dataset being extended too: an override that gives one of its
    /// programmes a new parent can close a cycle through programmes the document does not contain.</remarks>
    private static Dictionary<string, bool> FindCycles(ReadContext context, out HashSet<string> inCycle)
    {
        Dictionary<string, (Programme Programme, IPathed Where, JsonTreeNode Node)> programmes = context.Programmes;
        var leads = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        inCycle = new HashSet<string>(System.StringComparer.Ordinal);
        var walk = new List<string>();
        var onWalk = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach ((string start, (Programme programme, _, _)) in programmes)
        {
            if (programme.ParentId is null)
            {
                continue;
            }

            walk.Clear();
            onWalk.Clear();
            string? current = start;
            bool reachesCycle = false;
            while (current is not null && (programmes.ContainsKey(current) || context.Basis?.FindProgramme(current) is not null) && !leads.ContainsKey(current))
            {
                if (onWalk.TryGetValue(current, out int at))
                {
                    for (int i = at; i < walk.Count; i++)
                    {
                        inCycle.Add(walk[i]);
                    }

                    reachesCycle = true;
                    break;
                }

                onWalk[current] = walk.Count;
                walk.Add(current);
                current = ParentOf(context, current);
            }

            if (!reachesCycle && current is not null && leads.TryGetValue(current, out bool known))
            {
                reachesCycle = known || inCycle.Contains(current);
            }

            foreach (string id in walk)
            {
                leads[id] = reachesCycle && !inCycle.Contains(id);
            }
        }

        return leads;
    }

    /// <summary>"c → a → b → a": from the programme along its parents until an id repeats (at most a few ids).</summary>
    private static string Chain(ReadContext context, string id)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var ids = new List<string>();
        string? current = id;
        while (current is not null && seen.Add(current))
        {
            if (ids.Count == ShownInChain)
            {
                ids.Add("…");
                return string.Join(" → ", ids);
            }

            ids.Add(current);
            current = ParentOf(context, current);
        }

        ids.Add(current!);
        return string.Join(" → ", ids);
    }
}
