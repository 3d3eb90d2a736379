using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiRace.Analyzers;

/// <summary>
/// Finds the identifier tokens of a name inside a node by a scan of the node's text for the name as a whole word, each
/// hit confirmed on the token there (a name in a comment or a string is not one). Far cheaper than walking every token
/// of the node. A node whose text holds a Unicode escape (an identifier may be spelled with one) is walked token by
/// token instead, so no identifier of the name is missed.
/// </summary>
internal static class IdentifierScan
{
    /// <summary>Adds the identifier tokens with this name inside a node to <paramref name="found"/>, in source order.</summary>
    /// <param name="scope">The node searched.</param>
    /// <param name="name">The identifier's name (its value, without <c>@</c>).</param>
    /// <param name="treeText">The whole text of the node's tree when the caller holds it, else null (the node's text is read).</param>
    /// <param name="found">Receives the tokens.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static void Add(SyntaxNode scope, string name, string? treeText, List<SyntaxToken> found, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            // a symbol of broken code can have an empty name (a parameter whose name is missing): no token spells it
            return;
        }

        var span = scope.Span;
        string text = treeText ?? scope.SyntaxTree.GetText(cancellationToken).ToString(span);
        int offset = treeText is null ? span.Start : 0;
        int at = span.Start - offset;
        int stop = Math.Min(span.End - offset, text.Length);
        if (HasUnicodeEscape(text, at, stop))
        {
            foreach (var token in scope.DescendantTokens())
            {
                if (token.RawKind == (int)SyntaxKind.IdentifierToken && token.ValueText == name)
                {
                    found.Add(token);
                }
            }

            return;
        }

        while (at < stop && (at = text.IndexOf(name, at, stop - at, StringComparison.Ordinal)) >= 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = at + name.Length;
            if ((at == 0 || !IsIdentifierChar(text[at - 1])) && (end == text.Length || !IsIdentifierChar(text[end])))
            {
                int position = at + offset;
                var token = scope.FindToken(position);
                if (token.RawKind == (int)SyntaxKind.IdentifierToken && token.Span.Contains(position) && token.ValueText == name)
                {
                    found.Add(token);
                }
            }

            at = end;
        }
    }

    /// <summary>The identifier tokens with this name inside a node, in source order (the node's text is read).</summary>
    public static List<SyntaxToken> In(SyntaxNode scope, string name, CancellationToken cancellationToken)
    {
        var found = new List<SyntaxToken>();
        Add(scope, name, null, found, cancellationToken);
        return found;
    }

    /// <summary>Whether a letter or digit, or an underscore: a character that continues a name.</summary>
    public static bool IsIdentifierChar(char c) => c < 128 ? AsciiIdentifierChars[c] : char.IsLetterOrDigit(c);

    private static readonly bool[] AsciiIdentifierChars = MakeAsciiTable();

    private static bool[] MakeAsciiTable()
    {
        var table = new bool[128];
        for (int c = 0; c < 128; c++)
        {
            table[c] = char.IsLetterOrDigit((char)c) || c == '_';
        }

        return table;
    }

    /// <summary>Whether the text between two offsets holds a Unicode escape (<c>\u</c> or <c>\U</c>).</summary>
    public static bool HasUnicodeEscape(string text, int start, int stop)
    {
        for (int at = start; at < stop && (at = text.IndexOf('\\', at, stop - at)) >= 0; at++)
        {
            if (at + 1 < stop && text[at + 1] is 'u' or 'U')
            {
                return true;
            }
        }

        return false;
    }
}
