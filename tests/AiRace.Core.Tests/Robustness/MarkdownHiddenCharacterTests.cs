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

    [Fact]
    public void Markdown_citations_show_a_zero_width_space_and_a_word_joiner_by_their_code_as_the_html_does_and_keep_the_joiners_scripts_need()
    {
        // U+200B and U+2060 print as nothing: a quote "7<U+200B>100" read as "7100" on the page but is not the text a
        // search of the source finds. The notebook's HTML shows them by their code; the Markdown wrote them raw. The
        // zero-width non-joiner and joiner spell Persian words and emoji, and stay as they are in both.
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "my-note", "title": "Zero\u200Bwidth\u2060joined", "author": "A\u200B\u200BB", "published": "unknown", "locator": "n\u2060.pdf", "confidence": "high" } ],
              "actors": [ { "id": "a-x", "name": "X", "kind": "person", "sources": [ { "source": "my-note", "quote": "7\u200B100 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \uD83D\uDC68\u200D\uD83D\uDC69" } ] } ] }
            """, PolicyData.Embedded);

        string markdown = CitationList.For(data, ["a-x"]).ToMarkdown();

        markdown.Should().Be("1. A`U+200B U+200B`B. *Zero`U+200B`width`U+2060`joined*. undated. n`U+2060`.pdf (`my-note`) Quoted: “7`U+200B`100 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \uD83D\uDC68\u200D\uD83D\uDC69”. Cited for: `a-x`.\n");
        markdown.Should().NotContainAny("\u200B", "\u2060");
    }
}
