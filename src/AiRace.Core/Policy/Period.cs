namespace AiRace.Core.Policy;

/// <summary>When a programme or allocation runs: a start, an end (each as precisely as known) and, when the source
/// gives only a length, that length ("three to five years").</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Period
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The start, or <see cref="PartialDate.Unknown"/>.</param>
    /// <param name="end">The end, or <see cref="PartialDate.Unknown"/>.</param>
    /// <param name="length">The stated length, or null.</param>
    /// <exception cref="System.ArgumentException">Nothing is known (no start, no end, no length: leave the period out
    /// instead), the length has no unit (<c>default(DurationRange)</c>, which the loader refuses too), or the period
    /// ends before it starts.</exception>
    public Period(PartialDate start, PartialDate end, DurationRange? length)
        : this(start, end, length, default)
    {
    }

    /// <summary>Creates the period of a known fact, whose argument errors name it (<c>The period of the programme "p1"
    /// ends (2024) before it starts (2025).</c>).</summary>
    /// <param name="start">The start, or <see cref="PartialDate.Unknown"/>.</param>
    /// <param name="end">The end, or <see cref="PartialDate.Unknown"/>.</param>
    /// <param name="length">The stated length, or null.</param>
    /// <param name="owner">The programme or part it is the period of, or <c>default</c>.</param>
    internal Period(PartialDate start, PartialDate end, DurationRange? length, PolicyFact owner)
    {
        if (length is DurationRange stated && !System.Enum.IsDefined(stated.Unit))
        {
            string whose = owner.Noun is null ? "The period's length" : "The length of the period" + Of(owner);
            throw new System.ArgumentException(whose + " has no unit (it is default(DurationRange)); state it with DurationRange.Years, Of or Exactly, or give no length.", nameof(length));
        }

        if (!start.IsKnown && !end.IsKnown && length is null)
        {
            throw new System.ArgumentException(
                owner.Noun is null
                    ? "A period needs at least one of a start, an end or a length; leave the period out when the sources give none."
                    : "The period" + Of(owner) + " needs at least one of a start, an end or a length; leave the period out when the sources give none.",
                nameof(start));
        }

        if (PartialDate.IsBefore(end, start))
        {
            throw new System.ArgumentException($"The period{Of(owner)} ends ({end}) before it starts ({start}).", nameof(end));
        }

        Start = start;
        End = end;
        Length = length;
    }

    private static string Of(PolicyFact owner) => owner.Noun is null ? string.Empty : " of " + owner;

    /// <summary>The start, as precisely as known.</summary>
    public PartialDate Start { get; }

    /// <summary>The end, as precisely as known.</summary>
    public PartialDate End { get; }

    /// <summary>The stated length, or null.</summary>
    public DurationRange? Length { get; }

    /// <inheritdoc/>
    public override string ToString() => Length is { } length ? $"{Start} to {End}, {length}" : $"{Start} to {End}";
}
