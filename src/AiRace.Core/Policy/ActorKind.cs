namespace AiRace.Core.Policy;

/// <summary>What kind of actor an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A government, ministry, legislature, administration or agency.</summary>
    GovernmentBody = 1,

    /// <summary>A company the sources describe as state-owned.</summary>
    StateOwnedCompany = 2,

    /// <summary>A company the sources describe as private (or as a private firm).</summary>
    PrivateCompany = 3,

    /// <summary>A company whose ownership the sources do not state (so it is not guessed).</summary>
    Company = 4,

    /// <summary>A research institute or university.</summary>
    ResearchInstitute = 5,

    /// <summary>A firm of analysts (Bernstein, Plenum).</summary>
    AnalystFirm = 6,

    /// <summary>A polling or survey firm (Ipsos).</summary>
    Pollster = 7,

    /// <summary>A named person (an official, an expert, an executive).</summary>
    Person = 8,

    /// <summary>An event, such as a conference, at which facts were announced.</summary>
    Event = 9,
}
