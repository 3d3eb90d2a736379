namespace AiRace.Core.Policy;

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
