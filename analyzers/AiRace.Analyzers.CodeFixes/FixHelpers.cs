using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>Shared plumbing of the code fixes: find the reported node, replace it, register the action.</summary>
internal static class FixHelpers
{
    /// <summary>The innermost node whose span is the diagnostic's span.</summary>
    public static async Task<(SyntaxNode Root, SyntaxNode Node)?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }

        var span = diagnostic.Location.SourceSpan;
        if (span.End > root.FullSpan.End)
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        return (root, node);
    }

    /// <summary>Registers one action that replaces a node, keeping its surrounding trivia.</summary>
    public static void RegisterReplacement(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, string title, string equivalenceKey)
    {
        var replacement = newNode.WithTriviaFrom(oldNode).WithAdditionalAnnotations(Formatter.Annotation);
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(oldNode, replacement))),
                equivalenceKey),
            diagnostic);
    }
}
