using AiRace.Core.Text;

namespace AiRace.Core.Policy;

/// <summary>A document facts come from: its publisher or title, when it was published (as precisely as known), where
/// to find it and how far the curators trust it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="title">The document's title as published, or null when the document shows none.</param>
    /// <param name="publisher">The publisher, or null when the document does not name one.</param>
    /// <param name="published">The publication date as precisely as known (<see cref="PartialDate.Unknown"/> when the
    /// document gives none).</param>
    /// <param name="locator">Where to find it: a URL, a file name, a citation.</param>
    /// <param name="confidence">How far the curators trust it.</param>
    /// <param name="note">A curator's note, or null.</param>
    /// <param name="author">The author or authors as the document names them, or null when it names none.</param>
    /// <param name="url">Where the document is published on the web (an absolute http or https address), or null.</param>
    /// <exception cref="System.ArgumentException">The id or locator is missing or malformed, a title, publisher or author
    /// is blank, or the URL is not an absolute http or https address.</exception>
    public Source(string id, string? title, string? publisher, PartialDate published, string locator, Confidence confidence, string? note = null, string? author = null, System.Uri? url = null)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("source", null));
        var fact = new PolicyFact("source", Id);
        Title = PolicyGuard.OptionalText(title, fact);
        Publisher = PolicyGuard.OptionalText(publisher, fact);
        Published = published;
        Locator = PolicyGuard.Text(locator, fact);
        PolicyGuard.Defined(confidence, fact);
        Confidence = confidence;
        Note = PolicyGuard.OptionalText(note, fact);
        Author = PolicyGuard.OptionalText(author, fact);
        if (url is not null && !(url.IsAbsoluteUri && (url.Scheme == System.Uri.UriSchemeHttp || url.Scheme == System.Uri.UriSchemeHttps)))
        {
            throw new System.ArgumentException($"The URL of the source \"{Id}\" must be an absolute http or https address; found \"{HiddenCharacters.ShownInput(url.OriginalString)}\".", nameof(url));
        }

        Url = url;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The title as published, or null when the document shows none.</summary>
    public string? Title { get; }

    /// <summary>The publisher, or null when the document names none.</summary>
    public string? Publisher { get; }

    /// <summary>The publication date, as precisely as known.</summary>
    public PartialDate Published { get; }

    /// <summary>Where to find the document.</summary>
    public string Locator { get; }

    /// <summary>How far the curators trust it.</summary>
    public Confidence Confidence { get; }

    /// <summary>A curator's note, or null.</summary>
    public string? Note { get; }

    /// <summary>The author or authors as the document names them, or null.</summary>
    public string? Author { get; }

    /// <summary>Where the document is published on the web, or null.</summary>
    public System.Uri? Url { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title ?? Publisher ?? Locator}";
}
