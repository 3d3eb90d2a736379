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
        : this(sourceId, quote, locator, default)
    {
    }

    /// <summary>Creates a citation of a known fact, whose argument errors name it (<c>sourceId of a citation of the
    /// programme "p1" must be an id …</c>).</summary>
    /// <param name="sourceId">The id of a <see cref="Source"/>.</param>
    /// <param name="quote">The exact words of the source, unedited.</param>
    /// <param name="locator">Where in the source, or null.</param>
    /// <param name="owner">The fact it cites for, or <c>default</c>.</param>
    internal SourceReference(string sourceId, string quote, string? locator, PolicyFact owner)
    {
        var fact = PolicyFact.PartOf("citation", owner);
        SourceId = PolicyGuard.Id(sourceId, fact);
        Quote = PolicyGuard.Text(quote, fact);
        Locator = PolicyGuard.OptionalText(locator, fact);
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
