using AiRace.Core.Data;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Issue 13: NUL, U+202E and a byte order mark are accepted in names and quotes; the Markdown citation list wrote
/// them raw (a renderer replaces NUL, U+202E reverses the text after it) and they are now shown by their code.
/// </summary>
public class MarkdownHiddenCharacterTests
{
    [Fact]
    public void Markdown_citations_show_hidden_and_reordering_characters_by_their_code_never_raw_or_dropped()
    {
        // Accepted by the loader and written raw: CommonMark replaces NUL with U+FFFD, U+202E reversed the rest of the
        // line, a BOM vanished, and a line end in a title broke the numbered list.
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "my-note", "title": "Ev\u0000il \u202Etxt.exe\uFEFF\nnext", "published": "unknown", "locator": "notice.pdf", "confidence": "high" } ],
              "actors": [ { "id": "a-x", "name": "X", "kind": "person", "sources": [ { "source": "my-note", "quote": "a\u202Eb`c" } ] } ] }
            """, PolicyData.Embedded);

        string markdown = CitationList.For(data, ["a-x"]).ToMarkdown();

        markdown.Should().Be("1. *Ev`U+0000`il `U+202E`txt.exe`U+FEFF U+000A`next*. undated. notice.pdf (`my-note`) Quoted: “a`U+202E`b\\`c”. Cited for: `a-x`.\n");
        markdown.Should().NotContainAny("\0", "\u202E", "\uFEFF");
    }
}
