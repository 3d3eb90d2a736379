namespace AiRace.Core.Policy;

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
