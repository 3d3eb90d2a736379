using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data;

/// <summary>
/// What an aggregation reads of every programme of a dataset, as columns by the programme's index in
/// <see cref="PolicyDataset.Programmes"/>: its id, its sponsor kind and whether any of its parts is left out of its
/// headline (unclear membership, or on top of the whole). Made once per dataset and then only read.
/// </summary>
internal sealed class ProgrammeColumns
{
    private ProgrammeColumns(string[] ids, SponsorKind[] sponsors, bool[] partsLeftOut)
    {
        Ids = ids;
        Sponsors = sponsors;
        PartsLeftOut = partsLeftOut;
    }

    /// <summary>Each programme's id.</summary>
    public string[] Ids { get; }

    /// <summary>Each programme's sponsor kind.</summary>
    public SponsorKind[] Sponsors { get; }

    /// <summary>Whether a part of the programme has a membership other than <see cref="PartMembership.Included"/>.</summary>
    public bool[] PartsLeftOut { get; }

    /// <summary>Reads the columns of the programmes.</summary>
    public static ProgrammeColumns Of(IReadOnlyList<Programme> programmes)
    {
        var ids = new string[programmes.Count];
        var sponsors = new SponsorKind[programmes.Count];
        var partsLeftOut = new bool[programmes.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            Programme p = programmes[i];
            ids[i] = p.Id;
            sponsors[i] = p.SponsorKind;
            for (int j = 0; j < p.Parts.Count && !partsLeftOut[i]; j++)
            {
                partsLeftOut[i] = p.Parts[j].Membership != PartMembership.Included;
            }
        }

        return new ProgrammeColumns(ids, sponsors, partsLeftOut);
    }
}
