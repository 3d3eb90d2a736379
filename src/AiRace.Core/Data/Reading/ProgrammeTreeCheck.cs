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
        byte[] marks = FindCycles(context);
        IReadOnlyList<(Programme Programme, Where Where, JsonTreeNode Node)> programmes = context.Programmes;
        for (int i = 0; i < programmes.Count; i++)
        {
            (Programme programme, Where where, JsonTreeNode node) = programmes[i];
            if (programme.ParentId is null)
            {
                continue;
            }

            string id = programme.Id;
            if (marks[i] is InCycle or LeadsIntoCycle)
            {
                JsonTreeNode parentNode = node.Property("parent")!.Value;
                string chain = Chain(context, id);
                context.Report(DataPath.Property(where.Path, "parent"), parentNode, marks[i] == InCycle
                    ? $"The programme \"{id}\" is its own ancestor: {chain}."
                    : $"The programme \"{id}\" leads into a cycle of parents: {chain}.");
            }

            // A child programme cannot be larger than its parent.
            Programme? parentProgramme = context.ProgrammeRead(programme.ParentId) ?? context.Basis?.FindProgramme(programme.ParentId);
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
        context.ProgrammeRead(id) is Programme own ? own.ParentId : context.Basis?.FindProgramme(id)?.ParentId;

    /// <summary>A programme not yet coloured (or one without a parent, never coloured).</summary>
    private const byte Unknown = 0;

    /// <summary>A programme whose parents lead to no cycle.</summary>
    private const byte Clear = 1;

    /// <summary>A programme whose parents lead into a cycle it is not on.</summary>
    private const byte LeadsIntoCycle = 2;

    /// <summary>A programme on a cycle of parents.</summary>
    private const byte InCycle = 3;

    /// <summary>Colours the graph of parents in one pass: the programmes on a cycle, and for the others whether their
    /// parents lead into one; the colour of each programme read, by its place in <see cref="ReadContext.Programmes"/>.
    /// A programme without a parent is neither, and is left out of both.</summary>
    /// <remarks>The parents are followed through the dataset being extended too: an override that gives one of its
    /// programmes a new parent can close a cycle through programmes the document does not contain (their colours are
    /// kept by id).</remarks>
    private static byte[] FindCycles(ReadContext context)
    {
        IReadOnlyList<(Programme Programme, Where Where, JsonTreeNode Node)> programmes = context.Programmes;
        var marks = new byte[programmes.Count];
        Dictionary<string, byte>? basisMarks = null;
        var walk = new List<(string Id, int Index)>();
        var onWalk = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int start = 0; start < programmes.Count; start++)
        {
            if (programmes[start].Programme.ParentId is null)
            {
                continue;
            }

            walk.Clear();
            onWalk.Clear();
            string? current = programmes[start].Programme.Id;
            int index = start;
            bool reachesCycle = false;
            while (current is not null)
            {
                Programme? basisProgramme = index < 0 ? context.Basis?.FindProgramme(current) : null;
                if (index < 0 && basisProgramme is null)
                {
                    break;
                }

                byte mark = index >= 0 ? marks[index] : basisMarks?.GetValueOrDefault(current) ?? Unknown;
                if (mark != Unknown)
                {
                    reachesCycle = mark is LeadsIntoCycle or InCycle;
                    break;
                }

                if (onWalk.TryGetValue(current, out int at))
                {
                    for (int i = at; i < walk.Count; i++)
                    {
                        Mark(walk[i], InCycle);
                    }

                    reachesCycle = true;
                    break;
                }

                onWalk[current] = walk.Count;
                walk.Add((current, index));
                current = index >= 0 ? programmes[index].Programme.ParentId : basisProgramme!.ParentId;
                index = current is null ? -1 : context.ProgrammeIndex(current);
            }

            foreach ((string Id, int Index) on in walk)
            {
                if ((on.Index >= 0 ? marks[on.Index] : basisMarks?.GetValueOrDefault(on.Id) ?? Unknown) != InCycle)
                {
                    Mark(on, reachesCycle ? LeadsIntoCycle : Clear);
                }
            }
        }

        return marks;

        void Mark((string Id, int Index) programme, byte mark)
        {
            if (programme.Index >= 0)
            {
                marks[programme.Index] = mark;
            }
            else
            {
                (basisMarks ??= new(System.StringComparer.Ordinal))[programme.Id] = mark;
            }
        }
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
