namespace AiRace.Core.Data;

/// <summary>The kinds of fact a dataset holds, each with its own ids (unique across all kinds).</summary>
public enum FactKind
{
    /// <summary>A <see cref="AiRace.Core.Policy.Source"/>.</summary>
    Source = 1,

    /// <summary>A <see cref="AiRace.Core.Policy.Jurisdiction"/>.</summary>
    Jurisdiction = 2,

    /// <summary>An <see cref="AiRace.Core.Policy.Actor"/>.</summary>
    Actor = 3,

    /// <summary>A <see cref="AiRace.Core.Policy.Metric"/>.</summary>
    Metric = 4,

    /// <summary>A <see cref="AiRace.Core.Policy.Programme"/>.</summary>
    Programme = 5,

    /// <summary>A programme's part, an <see cref="AiRace.Core.Policy.Allocation"/>.</summary>
    Part = 6,

    /// <summary>A <see cref="AiRace.Core.Policy.Target"/>.</summary>
    Target = 7,

    /// <summary>An <see cref="AiRace.Core.Policy.Indicator"/>.</summary>
    Indicator = 8,

    /// <summary>A <see cref="AiRace.Core.Policy.Claim"/>.</summary>
    Claim = 9,

    /// <summary>An <see cref="AiRace.Core.Policy.Ambiguity"/>.</summary>
    Ambiguity = 10,

    /// <summary>A <see cref="AiRace.Core.Policy.ProgrammeOverlap"/>.</summary>
    Overlap = 11,
}
