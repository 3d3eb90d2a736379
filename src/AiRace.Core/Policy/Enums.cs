namespace AiRace.Core.Policy;

/// <summary>What kind of place a <see cref="Jurisdiction"/> is.</summary>
public enum JurisdictionKind
{
    /// <summary>A country or territory with an ISO 3166-1 alpha-2 code (CN, US).</summary>
    Country = 1,

    /// <summary>A subdivision with an ISO 3166-2 code (CN-SH Shanghai, CN-ZJ Zhejiang).</summary>
    Subdivision = 2,

    /// <summary>A city below a subdivision, which ISO 3166 does not code; it gets a stable id built from its parent's
    /// code and a lower-case name (<c>CN-ZJ.hangzhou</c>).</summary>
    City = 3,
}

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

/// <summary>Who stands behind a target.</summary>
public enum TargetKind
{
    /// <summary>An official target of a government or programme.</summary>
    OfficialTarget = 1,

    /// <summary>A pledge or promise.</summary>
    Pledge = 2,

    /// <summary>A forecast by analysts, not a commitment.</summary>
    AnalystForecast = 3,
}

/// <summary>How an indicator's value was obtained.</summary>
public enum IndicatorMethod
{
    /// <summary>A survey or poll.</summary>
    Survey = 1,

    /// <summary>A performance benchmark or comparison.</summary>
    Benchmark = 2,

    /// <summary>A published report.</summary>
    Report = 3,

    /// <summary>A source's estimate without a stated method.</summary>
    Estimate = 4,
}

/// <summary>What kind of value a metric takes.</summary>
public enum MetricValueKind
{
    /// <summary>A <see cref="AiRace.Core.Share"/> of a whole, 0–100%.</summary>
    Share = 1,

    /// <summary>A <see cref="AiRace.Core.Ratio"/> to a reference.</summary>
    Ratio = 2,

    /// <summary>An amount of <see cref="AiRace.Core.Money"/>.</summary>
    Money = 3,

    /// <summary>A plain number (a count, an index).</summary>
    Number = 4,
}

/// <summary>How confident the dataset's curators are that a source reports a fact accurately.</summary>
public enum Confidence
{
    /// <summary>Low: an unattributed aggregation or commentary.</summary>
    Low = 1,

    /// <summary>Medium: a secondary report that names its own sources.</summary>
    Medium = 2,

    /// <summary>High: a primary document or a reputable outlet quoting one.</summary>
    High = 3,
}

/// <summary>How much of a date a source gives.</summary>
public enum DatePrecision
{
    /// <summary>The source gives no date.</summary>
    Unknown = 0,

    /// <summary>A year only.</summary>
    Year = 1,

    /// <summary>A year and month.</summary>
    Month = 2,

    /// <summary>A full date.</summary>
    Day = 3,
}
