namespace AiRace.Core.Policy;

/// <summary>Who stands behind a target.</summary>
public enum TargetKind
{
    /// <summary>The sources state the goal but not who set it, so whether it is an official target, a pledge or a
    /// forecast is left open (see the programme's ambiguities).</summary>
    Unknown = 0,

    /// <summary>An official target of a government or programme.</summary>
    OfficialTarget = 1,

    /// <summary>A pledge or promise.</summary>
    Pledge = 2,

    /// <summary>A forecast by analysts, not a commitment.</summary>
    AnalystForecast = 3,
}
