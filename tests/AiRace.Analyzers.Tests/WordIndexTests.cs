using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The word index of a compilation's text (where a name searched for in every tree occurs): it must give exactly the
/// whole words of the texts, in tree and offset order, whatever else holds the name's text, and nothing for a reserved
/// keyword or a name that is no word of the text.
/// </summary>
public class WordIndexTests
{
    private static readonly string[] Texts =
    [
        """
        class Amount { decimal Amount; decimal Amounts; decimal _Amount; decimal TotalAmount; }
        // Amount in a comment, "Amount" in a string, Amount1 and 1Amount
        """,
        """
        class Other { int total; }
        """,
        """
        record Grant(decimal Amount) { public decimal Amount2 => Amount + Amount; int @class; string s = "new"; object o = new(); }
        """,
        """
        class Escaped { int \u0041mount; int Amount; int übrig; int Größe; }
        """,
    ];

    [Theory]
    [InlineData("Amount")]
    [InlineData("Amounts")]
    [InlineData("_Amount")]
    [InlineData("Amount1")]
    [InlineData("Amount2")]
    [InlineData("total")]
    [InlineData("Größe")]
    [InlineData("übrig")]
    [InlineData("class")]
    [InlineData("new")]
    [InlineData("decimal")]
    [InlineData("1Amount")]
    [InlineData("mount")]
    [InlineData("absent")]
    [InlineData("Amount + Amount")]
    [InlineData(".ctor")]
    public void Finds_every_whole_word_of_the_name_in_tree_and_offset_order(string name)
    {
        var trees = Texts.Select(text => CSharpSyntaxTree.ParseText(text)).ToArray();
        var index = WordIndex.Build(trees, tree => tree.GetText().ToString(), CancellationToken.None);

        var occurrences = index.Find(name, tree => Texts[tree]);

        var found = occurrences is null ? [] : Enumerable.Range(0, occurrences.Count).Select(i => (occurrences.TreeAt(i), occurrences.OffsetAt(i))).ToList();
        found.Should().Equal(Words(name));
    }

    [Fact]
    public void Lists_the_trees_whose_text_holds_a_unicode_escape()
    {
        var trees = Texts.Select(text => CSharpSyntaxTree.ParseText(text)).ToArray();

        var index = WordIndex.Build(trees, tree => tree.GetText().ToString(), CancellationToken.None);

        index.TreesWithUnicodeEscapes.Should().Equal(3);
        Enumerable.Range(0, Texts.Length).Select(index.HasUnicodeEscape).Should().Equal(false, false, false, true);
    }

    // the whole words of the texts equal to the name: runs of letters, digits and underscores that do not start with a
    // digit, reserved keywords left out
    private static List<(int Tree, int Offset)> Words(string name)
    {
        var found = new List<(int, int)>();
        if (SyntaxFacts.IsReservedKeyword(SyntaxFacts.GetKeywordKind(name)))
        {
            return found;
        }

        for (int tree = 0; tree < Texts.Length; tree++)
        {
            string text = Texts[tree];
            for (int at = 0; at < text.Length;)
            {
                if (!IsWordChar(text[at]))
                {
                    at++;
                    continue;
                }

                int start = at;
                while (at < text.Length && IsWordChar(text[at]))
                {
                    at++;
                }

                if (!char.IsDigit(text[start]) && text[start..at] == name)
                {
                    found.Add((tree, start));
                }
            }
        }

        return found;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
