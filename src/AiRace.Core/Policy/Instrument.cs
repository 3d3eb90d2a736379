namespace AiRace.Core.Policy;

/// <summary>A policy instrument a programme uses.</summary>
public enum Instrument
{
    /// <summary>A plan or strategy document.</summary>
    Plan = 1,

    /// <summary>A subsidy whose use the sources do not narrow further.</summary>
    Subsidy = 2,

    /// <summary>A subsidy for computing power.</summary>
    ComputeSubsidy = 3,

    /// <summary>A subsidy for (third-party) AI models.</summary>
    ModelSubsidy = 4,

    /// <summary>A subsidy for access to training data.</summary>
    DataSubsidy = 5,

    /// <summary>Support for research institutions.</summary>
    ResearchInstitutionSupport = 6,

    /// <summary>An investment fund.</summary>
    InvestmentFund = 7,

    /// <summary>Export controls.</summary>
    ExportControl = 8,

    /// <summary>Regulation or oversight.</summary>
    Regulation = 9,

    /// <summary>Deregulation.</summary>
    Deregulation = 10,

    /// <summary>Building or supporting infrastructure (data centres, power, compute).</summary>
    Infrastructure = 11,

    /// <summary>Education and training programmes.</summary>
    Education = 12,

    /// <summary>A self-sufficiency or localisation drive.</summary>
    SelfSufficiencyDrive = 13,

    /// <summary>Funding for research.</summary>
    ResearchFunding = 14,

    /// <summary>Investment in industrial production (such as chip production).</summary>
    IndustrialInvestment = 15,
}
