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
