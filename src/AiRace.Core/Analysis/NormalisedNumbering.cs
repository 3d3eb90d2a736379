using System;
using System.Collections.Generic;
using AiRace.Core.Data;
using AiRace.Core.Policy;

namespace AiRace.Core.Analysis;

/// <summary>
/// The normalised programmes of a result, found in a dataset by their index in its <see cref="PolicyDataset.Programmes"/>,
/// so that an aggregation looks up whether a programme is normalised, and its parents, by index instead of by id.
/// Made once and then only read.
/// </summary>
internal sealed class NormalisedNumbering
{
    /// <summary>The items that have a counted ancestor, by their index in the result's items, in increasing order.</summary>
    private readonly int[] _nested;

    /// <summary>The id of each one's nearest counted ancestor, beside <see cref="_nested"/>.</summary>
    private readonly string[] _nestedIn;

    private NormalisedNumbering(PolicyDataset dataset, int[] itemAt, bool[] normalised, HashSet<string>? outside, bool allInOrder, IReadOnlyList<NormalisedProgramme> items)
    {
        AllInOrder = allInOrder;
        Dataset = dataset;
        ItemAt = itemAt;
        Normalised = normalised;
        Outside = outside;
        (_nested, _nestedIn) = new CountedAncestors(this).OfAll(items);
    }

    /// <summary>The id of the nearest ancestor of the item at <paramref name="item"/> (its index in the result's items)
    /// that is counted itself, or null when none is. The items are asked in increasing order, each with the same
    /// <paramref name="cursor"/> (0 before the first), which this moves on; asked out of order, the answer is searched.</summary>
    public string? CountedAncestor(int item, ref int cursor)
    {
        int at = SortedIndexes.Seek(_nested, item, ref cursor);
        return at >= 0 ? _nestedIn[at] : null;
    }

    /// <summary>The dataset the programmes are numbered in.</summary>
    public PolicyDataset Dataset { get; }

    /// <summary>For each normalised item, by its index in the result's items: the index in the dataset of the same
    /// programme object, or -1 when the dataset does not hold that object (its parent is then looked up by id).</summary>
    public int[] ItemAt { get; }

    /// <summary>For each programme of the dataset, by its index: whether a normalised programme has its id.</summary>
    public bool[] Normalised { get; }

    /// <summary>Whether every item is one of the dataset's own programmes, in the dataset's order: then no programme is an
    /// item twice, and the items' ids, their parts' ids and the dataset's other ids are all distinct.</summary>
    public bool AllInOrder { get; }

    /// <summary>Whether the programmes not normalised are also the dataset's own, in its order, none of them an item: then
    /// with <see cref="AllInOrder"/> every programme and part of the result has an id of its own.</summary>
    public bool AllInOrderWith(IReadOnlyList<NotNormalised> notNormalised)
    {
        if (!AllInOrder)
        {
            return false;
        }

        IReadOnlyList<Programme> all = Dataset.Programmes;
        int next = 0;
        foreach (NotNormalised skipped in notNormalised)
        {
            while (next < all.Count && !ReferenceEquals(all[next], skipped.Programme))
            {
                next++;
            }

            if (next == all.Count || Normalised[next])
            {
                return false;
            }

            next++;
        }

        return true;
    }

    /// <summary>The ids of normalised programmes that name no programme of the dataset, or null when there are none.</summary>
    public HashSet<string>? Outside { get; }

    /// <summary>Numbers the items in the dataset.</summary>
    public static NormalisedNumbering Of(IReadOnlyList<NormalisedProgramme> items, PolicyDataset dataset)
    {
        IReadOnlyList<Programme> all = dataset.Programmes;
        var own = items as NormalisedList;
        var itemAt = new int[items.Count];
        var normalised = new bool[all.Count];
        HashSet<string>? outside = null;

        // Programmes normalised from a dataset come in its order: each is looked for from just after the previous one,
        // and the search stops for good at the first that is not found that way (those after it are found by id).
        int next = 0;
        for (int i = 0; i < itemAt.Length; i++)
        {
            Programme programme = own is null ? items[i].Programme : own.ProgrammeAt(i);
            int at = -1;
            while (next < all.Count)
            {
                if (ReferenceEquals(all[next++], programme))
                {
                    at = next - 1;
                    break;
                }
            }

            itemAt[i] = at;
            int index = at >= 0 ? at : dataset.ProgrammeIndex(programme.Id);
            if (index >= 0)
            {
                normalised[index] = true;
            }
            else
            {
                (outside ??= new HashSet<string>(StringComparer.Ordinal)).Add(programme.Id);
            }
        }

        return new NormalisedNumbering(dataset, itemAt, normalised, outside, Array.IndexOf(itemAt, -1) < 0, items);
    }

    /// <summary>Each item's nearest ancestor that is counted itself, found once per programme of the chain, by the
    /// programmes' indexes in the dataset.</summary>
    private sealed class CountedAncestors(NormalisedNumbering numbering)
    {
        private readonly IReadOnlyList<Programme> _programmes = numbering.Dataset.Programmes;
        private readonly int[] _parents = numbering.Dataset.ParentIndexes();
        private readonly string[] _ids = numbering.Dataset.Columns().Ids;
        private readonly Dictionary<int, string?> _nearest = [];

        /// <summary>The items that have a counted ancestor, in increasing order, and that ancestor's id.</summary>
        public (int[] Items, string[] Ancestors) OfAll(IReadOnlyList<NormalisedProgramme> items)
        {
            var own = items as NormalisedList;
            var nested = new List<int>();
            var nestedIn = new List<string>();
            for (int i = 0; i < numbering.ItemAt.Length; i++)
            {
                if (Of(i, items, own) is string ancestor)
                {
                    nested.Add(i);
                    nestedIn.Add(ancestor);
                }
            }

            return (nested.ToArray(), nestedIn.ToArray());
        }

        /// <summary>The nearest counted ancestor of the item at <paramref name="item"/>; null when none is counted.</summary>
        private string? Of(int item, IReadOnlyList<NormalisedProgramme> items, NormalisedList? own)
        {
            // A programme of the dataset has its parent's index; the item's programme is read only when its parent
            // names no programme of the dataset, or when it is not the dataset's own.
            int at = numbering.ItemAt[item];
            int parent;
            if (at >= 0)
            {
                parent = _parents[at];
                if (parent < 0)
                {
                    return parent == -1 ? null : Outside(ProgrammeOf(item, items, own).ParentId!);
                }
            }
            else
            {
                if (ProgrammeOf(item, items, own).ParentId is not string first)
                {
                    return null;
                }

                parent = numbering.Dataset.ProgrammeIndex(first);
                if (parent < 0)
                {
                    return Outside(first);
                }
            }

            // Most often the parent itself is counted, or its answer is known.
            if (numbering.Normalised[parent])
            {
                return _ids[parent];
            }

            if (_nearest.TryGetValue(parent, out string? nearest))
            {
                return nearest;
            }

            // Walk up to the first parent whose answer is known (or the top), then fill in the answers on the way.
            var chain = new List<int>();
            string? answer = null;
            for (int p = parent; chain.Count <= _parents.Length;)
            {
                if (numbering.Normalised[p])
                {
                    answer = _ids[p];
                    break;
                }

                if (_nearest.TryGetValue(p, out string? known))
                {
                    answer = known;
                    break;
                }

                chain.Add(p);
                int up = _parents[p];
                if (up < 0)
                {
                    answer = up == -1 ? null : Outside(_programmes[p].ParentId!);
                    break;
                }

                p = up;
            }

            // A chain longer than the dataset is a cycle (the loader refuses them): no counted ancestor in it.
            foreach (int p in chain)
            {
                _nearest[p] = answer;
            }

            return answer;
        }

        private static Programme ProgrammeOf(int item, IReadOnlyList<NormalisedProgramme> items, NormalisedList? own) =>
            own is null ? items[item].Programme : own.ProgrammeAt(item);

        /// <summary>A parent that names no programme of the dataset is counted only if a normalised programme from
        /// elsewhere has its id.</summary>
        private string? Outside(string id) => numbering.Outside is HashSet<string> outside && outside.Contains(id) ? id : null;
    }
}
