namespace AiRace.Core.Policy;

/// <summary>Whether an allocation is counted inside its programme's headline amount.</summary>
public enum PartMembership
{
    /// <summary>The sources present it as part of the whole.</summary>
    Included = 1,

    /// <summary>The sources present it as on top of the whole.</summary>
    Additional = 2,

    /// <summary>The sources do not make it clear; see the dataset's ambiguities.</summary>
    Unclear = 3,
}
