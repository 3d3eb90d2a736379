using System.Collections.Generic;
using AiRace.Core.Policy;

namespace AiRace.Core.Data;

/// <summary>What an overlay document did to a fact of the dataset it extends.</summary>
public enum DatasetChangeKind
{
    /// <summary>The overlay added the fact.</summary>
    Added = 1,

    /// <summary>The overlay replaced some fields of the fact (<see cref="DatasetChange.Fields"/>).</summary>
    Overridden = 2,

    /// <summary>The overlay took the fact out.</summary>
    Retracted = 3,
}

/// <summary>
/// A change an overlay made to the dataset it extends, as the merged dataset remembers it: which fact, what was done,
/// and — for an override or a retraction — by which entry of the overlay, for what reason, on what sources.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DatasetChange
{
    internal DatasetChange(DatasetChangeKind kind, FactKind factKind, string factId, string? changeId, IReadOnlyList<string> fields, string? reason, IReadOnlyList<SourceReference> sources)
    {
        Kind = kind;
        FactKind = factKind;
        FactId = factId;
        ChangeId = changeId;
        Fields = fields;
        Reason = reason;
        Sources = sources;
    }

    /// <summary>Added, overridden or retracted.</summary>
    public DatasetChangeKind Kind { get; }

    /// <summary>The kind of fact changed.</summary>
    public FactKind FactKind { get; }

    /// <summary>The id of the fact changed.</summary>
    public string FactId { get; }

    /// <summary>The id of the overlay's override or retraction; null for an addition.</summary>
    public string? ChangeId { get; }

    /// <summary>The fields an override replaced, as property names of the dataset format (<c>status</c>,
    /// <c>headline</c>); empty for an addition or a retraction.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Why the overlay made the change; null for an addition (the added fact speaks for itself).</summary>
    public string? Reason { get; }

    /// <summary>The overlay's citations for the change (an added fact's own).</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DatasetChangeKind.Overridden => $"{FactId}: {string.Join(", ", Fields)} overridden by {ChangeId} ({Reason})",
        DatasetChangeKind.Retracted => $"{FactId}: retracted by {ChangeId} ({Reason})",
        _ => $"{FactId}: added",
    };
}
