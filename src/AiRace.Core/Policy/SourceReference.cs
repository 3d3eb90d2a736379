namespace AiRace.Core.Policy;

/// <summary>A fact's citation: the source and the exact words in it that state the fact.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SourceReference
{
    /// <summary>Creates a citation.</summary>
    /// <param name="sourceId">The id of a <see cref="Source"/>.</param>
    /// <param name="quote">The exact words of the source, unedited.</param>
    /// <param name="locator">Where in the source (a section or paragraph), or null.</param>
    /// <exception cref="System.ArgumentException">The id or quote is missing or malformed.</exception>
    public SourceReference(string sourceId, string quote, string? locator = null)
    {
        SourceId = PolicyGuard.Id(sourceId);
        Quote = PolicyGuard.Text(quote);
        Locator = PolicyGuard.OptionalText(locator);
    }

    /// <summary>The id of the source.</summary>
    public string SourceId { get; }

    /// <summary>The exact words of the source.</summary>
    public string Quote { get; }

    /// <summary>Where in the source, or null.</summary>
    public string? Locator { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{SourceId}: \"{Quote}\"";
}
