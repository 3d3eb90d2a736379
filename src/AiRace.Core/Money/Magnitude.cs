namespace AiRace.Core;

/// <summary>The scale word a figure was written with ("600 million", "1 trillion", "US$139 million").</summary>
public enum Magnitude
{
    /// <summary>No scale word: the figure is the amount.</summary>
    Units = 0,

    /// <summary>Thousands (10^3): "thousand", "k".</summary>
    Thousands = 3,

    /// <summary>Millions (10^6): "million", "m", "mn".</summary>
    Millions = 6,

    /// <summary>Billions (10^9, the short scale): "billion", "bn", "b".</summary>
    Billions = 9,

    /// <summary>Trillions (10^12, the short scale): "trillion", "tn", "T".</summary>
    Trillions = 12,
}

/// <summary>Helpers for <see cref="Magnitude"/>.</summary>
internal static class MagnitudeExtensions
{
    /// <summary>The factor a magnitude stands for: 1, 1 000, 1 000 000, 10^9 or 10^12.</summary>
    /// <param name="magnitude">The magnitude.</param>
    /// <returns>The exact factor.</returns>
    public static decimal Factor(this Magnitude magnitude) => magnitude switch
    {
        Magnitude.Units => 1m,
        Magnitude.Thousands => 1_000m,
        Magnitude.Millions => 1_000_000m,
        Magnitude.Billions => 1_000_000_000m,
        Magnitude.Trillions => 1_000_000_000_000m,
        _ => throw new System.ArgumentOutOfRangeException(nameof(magnitude), magnitude, "Not a defined Magnitude."),
    };
}
