using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A step in a programme's lifecycle: the status it reached, when (as precisely as known) and the
/// citations.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StatusChange
{
    /// <summary>Creates a status change.</summary>
    /// <param name="status">The status reached.</param>
    /// <param name="date">When, as precisely as the sources say (<see cref="PartialDate.Unknown"/> if they do not).</param>
    /// <param name="sources">At least one citation.</param>
    /// <exception cref="System.ArgumentException">The status is undefined or there is no source.</exception>
    public StatusChange(ProgrammeStatus status, PartialDate date, IEnumerable<SourceReference> sources)
        : this(status, date, sources, default)
    {
    }

    /// <summary>Creates a status change of a known programme, whose argument errors name it (<c>sources of a status
    /// change of the programme "p1" must name at least one source</c>).</summary>
    /// <param name="status">The status reached.</param>
    /// <param name="date">When, as precisely as the sources say.</param>
    /// <param name="sources">At least one citation.</param>
    /// <param name="owner">The programme, or <c>default</c>.</param>
    internal StatusChange(ProgrammeStatus status, PartialDate date, IEnumerable<SourceReference> sources, PolicyFact owner)
    {
        var fact = PolicyFact.PartOf("status change", owner);
        Status = PolicyGuard.Defined(status, fact);
        Date = date;
        Sources = PolicyGuard.Sources(sources, fact);
    }

    /// <summary>The status reached.</summary>
    public ProgrammeStatus Status { get; }

    /// <summary>When, as precisely as known.</summary>
    public PartialDate Date { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <summary>Whether a programme may go from one status to another: announced → committed → disbursing → completed,
    /// skipping steps forward is allowed (sources often report only some), cancelled from any status before
    /// completed, and nothing after completed or cancelled.</summary>
    /// <param name="from">The earlier status.</param>
    /// <param name="to">The later status.</param>
    /// <returns>Whether the step is allowed.</returns>
    public static bool IsAllowed(ProgrammeStatus from, ProgrammeStatus to) =>
        from is not (ProgrammeStatus.Completed or ProgrammeStatus.Cancelled)
        && (to == ProgrammeStatus.Cancelled || to > from);

    /// <inheritdoc/>
    public override string ToString() => $"{Status} ({Date})";
}
