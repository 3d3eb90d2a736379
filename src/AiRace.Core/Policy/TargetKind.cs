namespace AiRace.Core.Policy;

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
