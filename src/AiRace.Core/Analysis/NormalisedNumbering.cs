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
    private NormalisedNumbering(PolicyDataset dataset, int[] itemAt, bool[] normalised, HashSet<string>? outside, bool allInOrder)
    {
        AllInOrder = allInOrder;
        Dataset = dataset;
        ItemAt = itemAt;
        Normalised = normalised;
        Outside = outside;
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

        return new NormalisedNumbering(dataset, itemAt, normalised, outside, Array.IndexOf(itemAt, -1) < 0);
    }
}
