using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>Values that a fact shares with the one read just before it, each held once: a citation (its source, quote
/// and locator), the list of that one citation, and a status change (its status, date and one citation) with the list
/// of it. A programme's status change and its own sources often cite the same words, and so do facts read one after
/// the other. All are immutable, so the facts that have equal ones can share them.</summary>
internal sealed partial class ReadContext
{
    private SingleItemList<SourceReference>? _lastCitation;
    private SingleItemList<StatusChange>? _lastStatusChange;

    /// <summary>The citation read last, when it has these values; otherwise null.</summary>
    public SourceReference? KnownCitation(string sourceId, string quote, string? locator) =>
        _lastCitation?[0] is SourceReference last && string.Equals(last.SourceId, sourceId, System.StringComparison.Ordinal)
            && string.Equals(last.Quote, quote, System.StringComparison.Ordinal) && string.Equals(last.Locator, locator, System.StringComparison.Ordinal)
            ? last
            : null;

    /// <summary>Remembers a citation as the one read last.</summary>
    public void KeepCitation(SourceReference citation) => _lastCitation = new SingleItemList<SourceReference>(citation);

    /// <summary>A fact's citations as the model keeps them: a list of the one citation read last is the one list of
    /// it that the facts with it share.</summary>
    public IReadOnlyList<SourceReference> Citations(List<SourceReference> read) =>
        read.Count == 1 && _lastCitation is { } last && ReferenceEquals(last[0], read[0]) ? last : read;

    /// <summary>The status change read last, when it has this status, date and one citation; otherwise null.</summary>
    public StatusChange? KnownStatusChange(ProgrammeStatus status, PartialDate date, IReadOnlyList<SourceReference> sources) =>
        sources.Count == 1 && _lastStatusChange?[0] is StatusChange last && last.Status == status && last.Date == date && ReferenceEquals(last.Sources[0], sources[0])
            ? last
            : null;

    /// <summary>Remembers a status change as the one read last.</summary>
    public void KeepStatusChange(StatusChange change) => _lastStatusChange = new SingleItemList<StatusChange>(change);

    /// <summary>A programme's status history as the model keeps them: a history of the one status change read last is
    /// the one list of it that the programmes with it share.</summary>
    public IReadOnlyList<StatusChange> StatusHistory(List<StatusChange> read) =>
        read.Count == 1 && _lastStatusChange is { } last && ReferenceEquals(last[0], read[0]) ? last : read;
}
