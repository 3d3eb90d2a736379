using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiRace.Core.Policy;
using AiRace.Core.Text;

namespace AiRace.Core.Data;

/// <summary>A source cited by a set of facts: the source, the quotes of it the facts rest on, and the facts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Citation
{
    internal Citation(Source source, IReadOnlyList<string> quotes, IReadOnlyList<string> factIds)
    {
        Source = source;
        Quotes = quotes;
        FactIds = factIds;
    }

    /// <summary>The source.</summary>
    public Source Source { get; }

    /// <summary>The exact words of the source the facts rest on, each once, in the order first cited.</summary>
    public IReadOnlyList<string> Quotes { get; }

    /// <summary>The facts that cite it, in the order given.</summary>
    public IReadOnlyList<string> FactIds { get; }
}

/// <summary>
/// The sources behind a set of facts — the rows of a result table, a programme and its parts — as a citation list
/// for publication: numbered Markdown, or CSL-JSON for reference managers (Zotero, Pandoc's citeproc). A fact's
/// citations include a programme's status changes and parts, and the sources of an overlay's override or retraction
/// of it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CitationList : IReadOnlyList<Citation>
{
    private readonly Citation[] _citations;

    private CitationList(Citation[] citations) => _citations = citations;

    /// <summary>How many sources are cited.</summary>
    public int Count => _citations.Length;

    /// <summary>The citation at a position (in the order the sources are first cited).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The citation.</returns>
    public Citation this[int index] => _citations[index];

    /// <summary>The sources behind some facts of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="factIds">The facts' ids (any kind; a source's own id cites that source).</param>
    /// <returns>The citation list, sources in the order first cited.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">An id is not a fact of the dataset.</exception>
    public static CitationList For(PolicyDataset dataset, IEnumerable<string> factIds)
    {
        Guard.NotNull(dataset);
        Guard.NotNull(factIds);
        Dictionary<string, object> facts = dataset.Facts().ToDictionary(f => f.Id, f => f.Fact, StringComparer.Ordinal);
        var order = new List<string>();
        var quotes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var citing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Cite(string sourceId, string? quote, string factId)
        {
            if (!quotes.ContainsKey(sourceId))
            {
                order.Add(sourceId);
                quotes[sourceId] = new List<string>();
                citing[sourceId] = new List<string>();
            }

            if (quote is not null && !quotes[sourceId].Contains(quote))
            {
                quotes[sourceId].Add(quote);
            }

            if (!citing[sourceId].Contains(factId))
            {
                citing[sourceId].Add(factId);
            }
        }

        foreach (string id in factIds)
        {
            if (!facts.TryGetValue(id ?? throw new ArgumentException("A fact id is null.", nameof(factIds)), out object? fact))
            {
                throw new KeyNotFoundException($"The dataset has no fact with id \"{id}\".");
            }

            if (fact is Source)
            {
                Cite(id, null, id);
            }

            foreach (SourceReference reference in FactLinks.Citations(fact).Concat(dataset.ChangesTo(id).SelectMany(c => c.Sources)))
            {
                Cite(reference.SourceId, reference.Quote, id);
            }
        }

        return new CitationList(order.Select(s => new Citation(dataset.Source(s), quotes[s], citing[s])).ToArray());
    }

    /// <inheritdoc/>
    public IEnumerator<Citation> GetEnumerator() => ((IEnumerable<Citation>)_citations).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The list as numbered Markdown, one source an item: author, title, publisher, date, address, then the
    /// quotes the facts rest on and the facts; what a source does not give is left out ("undated" for an unknown
    /// date). Markdown's markup characters in the sources' text are escaped, and a control, bidirectional or invisible
    /// character (NUL, U+202E, a byte order mark, a line end, a zero-width space) is shown by its code in a code span
    /// (<c>`U+202E`</c>), never written raw or dropped; the zero-width non-joiner and joiner, which Persian spelling and
    /// emoji need, are written as they are.</summary>
    /// <returns>The Markdown text (empty for an empty list).</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        for (int i = 0; i < _citations.Length; i++)
        {
            Citation c = _citations[i];
            Source s = c.Source;
            var parts = new List<string>();
            if (s.Author is not null)
            {
                parts.Add(Escape(s.Author));
            }

            parts.Add(s.Title is null ? "Untitled document" : "*" + Escape(s.Title) + "*");
            if (s.Publisher is not null)
            {
                parts.Add(Escape(s.Publisher));
            }

            parts.Add(s.Published.IsKnown ? s.Published.ToString() : "undated");
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}. {string.Join(". ", parts)}.");
            text.Append(s.Url is null ? $" {Escape(s.Locator)}" : $" <{s.Url.AbsoluteUri}>").Append(" (`").Append(s.Id).Append("`)");
            if (c.Quotes.Count > 0)
            {
                text.Append(" Quoted: ").Append(string.Join("; ", c.Quotes.Select(q => "“" + Escape(q) + "”"))).Append('.');
            }

            text.Append(" Cited for: ").Append(string.Join(", ", c.FactIds.Select(f => "`" + f + "`"))).Append('.').Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The list as CSL-JSON (an array of items, one per source, with <c>id</c>, <c>type</c>,
    /// <c>title</c>, <c>author</c>, <c>publisher</c>, <c>issued</c>, <c>URL</c> where known, and a note with the
    /// locator, the quotes and the facts).</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public string ToCslJson(bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (Citation c in _citations)
            {
                Source s = c.Source;
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteString("type", s.Url is null ? "article" : "webpage");
                if (s.Title is not null)
                {
                    w.WriteString("title", s.Title);
                }

                if (s.Author is not null)
                {
                    w.WriteStartArray("author");
                    w.WriteStartObject();
                    w.WriteString("literal", s.Author);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }

                if (s.Publisher is not null)
                {
                    w.WriteString("publisher", s.Publisher);
                }

                if (s.Published.IsKnown)
                {
                    w.WriteStartObject("issued");
                    w.WriteStartArray("date-parts");
                    w.WriteStartArray();
                    foreach (int? part in new[] { s.Published.Year, s.Published.Month, s.Published.Day })
                    {
                        if (part is int value)
                        {
                            w.WriteNumberValue(value);
                        }
                    }

                    w.WriteEndArray();
                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                if (s.Url is not null)
                {
                    w.WriteString("URL", s.Url.AbsoluteUri);
                }

                string quoted = c.Quotes.Count == 0 ? string.Empty : " Quoted: " + string.Join("; ", c.Quotes.Select(q => "“" + q + "”")) + ".";
                w.WriteString("note", $"Locator: {s.Locator}.{quoted} Cited for: {string.Join(", ", c.FactIds)}.");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Text for Markdown: the characters Markdown reads as markup escaped with a backslash, and each character
    /// a renderer would drop, replace or hide, or that would reorder the text around it or end the list item, shown as
    /// its code point in a code span (<c>`U+202E`</c>, a run of them in one span; a backtick of the text itself is escaped, so the span cannot
    /// come from the text): controls other than tab (NUL, which CommonMark replaces with U+FFFD, and line ends among
    /// them), the bidirectional embedding, override and isolate controls and marks, the byte order mark, the line and
    /// paragraph separators, half a surrogate pair, and the zero-width space, the word joiner and the invisible
    /// operators (U+2061 to U+2064), which print as nothing
    /// (<see cref="HiddenCharacters.IsShownByCodeToAReader"/>, as the notebooks' HTML shows them). Nothing is removed.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (HiddenCharacters.IsShownByCodeToAReader(text, i, lineEnds: true))
            {
                // A run of them in one code span: two spans side by side would read as one opened by two backticks.
                escaped.Append('`');
                for (int j = i; j < text.Length && HiddenCharacters.IsShownByCodeToAReader(text, j, lineEnds: true); i = j++)
                {
                    escaped.Append(j == i ? "U+" : " U+").Append(((int)text[j]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }

                escaped.Append('`');
                continue;
            }

            if (ch is '*' or '_' or '[' or ']' or '`' or '<' or '>' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }
}
