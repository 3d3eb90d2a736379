using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The text scan that finds a name's identifiers in a body (the writes of a local, the uses of a member): it must find
/// exactly the identifier tokens that a walk of every token finds, whatever else holds the name's text.
/// </summary>
public class IdentifierScanTests
{
    private const string Source = """
        class C
        {
            int total;
            int totals;
            void M(int @total)
            {
                // total in a comment, and "total" in a string
                var s = "total" + $"{total}" + nameof(total);
                total = total + this.total + totals + _total;
                /* total */ total++;
            }

            int _total;
        }
        """;

    [Theory]
    [InlineData("total")]
    [InlineData("totals")]
    [InlineData("_total")]
    [InlineData("s")]
    [InlineData("absent")]
    public void Finds_what_a_walk_of_every_token_finds(string name)
    {
        var body = MethodBody(Source);

        var scanned = IdentifierScan.In(body, name, CancellationToken.None);

        scanned.Select(token => token.SpanStart).Should().Equal(Walk(body, name).Select(token => token.SpanStart));
    }

    [Fact]
    public void Finds_each_identifier_of_the_name_once_and_nothing_in_comments_or_strings()
    {
        var body = MethodBody(Source);

        var scanned = IdentifierScan.In(body, "total", CancellationToken.None);

        // $"{total}", nameof(total), total = total + this.total, total++: six identifiers in the body
        scanned.Should().HaveCount(6).And.OnlyContain(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "total");
    }

    [Fact]
    public void Finds_an_identifier_spelled_with_a_unicode_escape()
    {
        var body = MethodBody("""
            class C
            {
                void M()
                {
                    int total = 1;
                    \u0074otal = 2;
                }
            }
            """);

        var scanned = IdentifierScan.In(body, "total", CancellationToken.None);

        scanned.Should().HaveCount(2);
        scanned.Select(token => token.SpanStart).Should().Equal(Walk(body, "total").Select(token => token.SpanStart));
    }

    [Fact]
    public void Reads_the_whole_tree_text_when_given_it()
    {
        var tree = CSharpSyntaxTree.ParseText(Source);
        var body = MethodBody(tree);
        var found = new List<SyntaxToken>();

        IdentifierScan.Add(body, "total", tree.GetText().ToString(), found, CancellationToken.None);

        found.Select(token => token.SpanStart).Should().Equal(Walk(body, "total").Select(token => token.SpanStart));
    }

    [Fact(Timeout = 10_000)]
    public async Task Finds_nothing_for_an_empty_name()
    {
        // broken code gives a parameter whose name is missing an empty name; the scan once looked for it for ever
        var body = MethodBody(Source);

        var found = await Task.Run(() => IdentifierScan.In(body, "", CancellationToken.None));

        found.Should().BeEmpty();
    }

    private static SyntaxNode MethodBody(string source) => MethodBody(CSharpSyntaxTree.ParseText(source));

    private static SyntaxNode MethodBody(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single().Body!;

    private static IEnumerable<SyntaxToken> Walk(SyntaxNode node, string name) =>
        node.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name);
}
