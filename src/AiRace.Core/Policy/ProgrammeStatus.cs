namespace AiRace.Core.Policy;

/// <summary>The lifecycle of a programme: announced → committed → disbursing → completed, or cancelled from any
/// stage before completion.</summary>
public enum ProgrammeStatus
{
    /// <summary>Announced or unveiled.</summary>
    Announced = 1,

    /// <summary>Money or action formally committed.</summary>
    Committed = 2,

    /// <summary>Money being paid out.</summary>
    Disbursing = 3,

    /// <summary>Finished.</summary>
    Completed = 4,

    /// <summary>Cancelled.</summary>
    Cancelled = 5,
}
