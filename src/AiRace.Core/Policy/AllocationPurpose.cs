namespace AiRace.Core.Policy;

/// <summary>What an allocation (a part of a programme's money) is for.</summary>
public enum AllocationPurpose
{
    /// <summary>Computing power.</summary>
    Compute = 1,

    /// <summary>AI models.</summary>
    Models = 2,

    /// <summary>Training data.</summary>
    Data = 3,

    /// <summary>Research institutions.</summary>
    ResearchInstitutions = 4,

    /// <summary>Anything else; the description says what.</summary>
    Other = 5,
}
