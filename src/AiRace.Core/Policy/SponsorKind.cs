namespace AiRace.Core.Policy;

/// <summary>Who pays for a programme.</summary>
public enum SponsorKind
{
    /// <summary>The sources do not say.</summary>
    Unknown = 0,

    /// <summary>A state: a national, provincial or city government.</summary>
    State = 1,

    /// <summary>Private companies or investors.</summary>
    Private = 2,

    /// <summary>Both state and private money.</summary>
    Mixed = 3,
}
