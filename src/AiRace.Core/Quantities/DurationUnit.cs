namespace AiRace.Core;

/// <summary>The calendar unit a duration was stated in. Units are never converted into one another
/// (a month is not a fixed number of days).</summary>
public enum DurationUnit
{
    /// <summary>Days.</summary>
    Days = 1,

    /// <summary>Months.</summary>
    Months = 2,

    /// <summary>Years.</summary>
    Years = 3,
}
