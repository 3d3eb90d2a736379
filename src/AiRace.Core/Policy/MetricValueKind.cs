namespace AiRace.Core.Policy;

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
