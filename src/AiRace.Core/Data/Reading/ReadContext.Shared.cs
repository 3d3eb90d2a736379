using System.Collections.Generic;
using System.Runtime.InteropServices;
using AiRace.Core.Policy;

namespace AiRace.Core.Data.Reading;

/// <summary>The values many facts of a document have in common, each held once: a citation (its source, quote and
/// locator), a list of that one citation, and a status change (its status, date and one citation) with the list of
/// it. All are immutable, so the facts that have equal ones share them.</summary>
internal sealed partial class ReadContext
{
    private readonly Dictionary<(string SourceId, string Quote, string? Locator), SourceReference> _citations = new();
    private readonly Dictionary<SourceReference, SingleItemList<SourceReference>> _oneCitation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(ProgrammeStatus Status, PartialDate Date, SourceReference Source), SingleItemList<StatusChange>> _statusChanges = new();
    private readonly Dictionary<StatusChange, SingleItemList<StatusChange>> _oneStatusChange = new(ReferenceEqualityComparer.Instance);

    /// <summary>The citation read earlier with these values, or null.</summary>
    public SourceReference? KnownCitation(string sourceId, string quote, string? locator) =>
        _citations.GetValueOrDefault((sourceId, quote, locator));

    /// <summary>Remembers a citation, so that a later equal one is this one.</summary>
    public void KeepCitation(SourceReference citation) =>
        _citations.TryAdd((citation.SourceId, citation.Quote, citation.Locator), citation);

    /// <summary>A fact's citations as the model keeps them: a list of one citation read from the document (each is the
    /// one kept for its values) is the one list of it that every fact with it shares.</summary>
    public IReadOnlyList<SourceReference> Citations(List<SourceReference> read)
    {
        if (read.Count != 1)
        {
            return read;
        }

        ref SingleItemList<SourceReference>? list = ref CollectionsMarshal.GetValueRefOrAddDefault(_oneCitation, read[0], out _);
        return list ??= new SingleItemList<SourceReference>(read[0]);
    }

    /// <summary>The status change read earlier with this status, date and one citation, or null.</summary>
    public StatusChange? KnownStatusChange(ProgrammeStatus status, PartialDate date, IReadOnlyList<SourceReference> sources) =>
        sources.Count == 1 && _statusChanges.TryGetValue((status, date, sources[0]), out SingleItemList<StatusChange>? list) ? list[0] : null;

    /// <summary>Remembers a status change with one citation, so that a later equal one is this one.</summary>
    public void KeepStatusChange(StatusChange change)
    {
        if (change.Sources.Count == 1)
        {
            var list = new SingleItemList<StatusChange>(change);
            if (_statusChanges.TryAdd((change.Status, change.Date, change.Sources[0]), list))
            {
                _oneStatusChange.Add(change, list);
            }
        }
    }

    /// <summary>A programme's status history as the model keeps it: a history of one status change that is shared is
    /// the one list of it that every programme with it shares.</summary>
    public IReadOnlyList<StatusChange> StatusHistory(List<StatusChange> read) =>
        read.Count == 1 && _oneStatusChange.TryGetValue(read[0], out SingleItemList<StatusChange>? list) ? list : read;
}
