namespace AiRace.Core.Policy;

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
