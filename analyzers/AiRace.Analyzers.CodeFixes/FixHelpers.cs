using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    /// <summary>The marker of an equivalence key that belongs to one finding (<see cref="OneFindingKey"/>).</summary>
    private const string OneFindingMarker = "#finding:";

    /// <summary>
    /// An equivalence key of its own for a fix that is the author's call finding by finding (AIR0007's currency in
    /// scope): no other finding's action has it, and <see cref="EveryFindingFixAllProvider"/> never picks it for another
    /// finding when the key requested is another's (<see cref="IsOneFindingKey"/>).
    /// </summary>
    public static string OneFindingKey(string provider, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        return provider + OneFindingMarker + location.SourceTree?.FilePath + "@" + location.SourceSpan.Start + "-" + location.SourceSpan.End;
    }

    /// <summary>Whether an equivalence key is one finding's own (<see cref="OneFindingKey"/>).</summary>
    public static bool IsOneFindingKey(string? key) => key is not null && key.Contains(OneFindingMarker);

    /// <summary>
    /// Registers one action that replaces a node, keeping its surrounding trivia: the old node's leading and trailing
    /// trivia go on the new node, unless <paramref name="newNodeHasTrivia"/> says the new node already carries them.
    /// </summary>
    public static void RegisterReplacement(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, string title, string equivalenceKey, bool newNodeHasTrivia = false)
    {
        var replacement = (newNodeHasTrivia ? newNode : newNode.WithTriviaFrom(oldNode)).WithAdditionalAnnotations(Formatter.Annotation);
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(oldNode, replacement))),
                equivalenceKey),
            diagnostic);
    }

    /// <summary>
    /// <paramref name="inner"/>, a part of <paramref name="operand"/>, carrying every piece of trivia of the tokens of
    /// <paramref name="operand"/> that the fix drops around it (the parentheses, <c>.Amount</c>): the trivia before it
    /// as its leading trivia, the trivia after it as its trailing trivia, each piece once and in order.
    /// <paramref name="dropLeading"/> and <paramref name="dropTrailing"/> leave out that many pieces at the start and the
    /// end: the trivia of the replaced node itself, which <see cref="RegisterReplacement"/> puts back outside.
    /// </summary>
    public static ExpressionSyntax Lift(ExpressionSyntax operand, ExpressionSyntax inner, int dropLeading, int dropTrailing)
    {
        var leading = new List<SyntaxTrivia>();
        var trailing = new List<SyntaxTrivia>();
        foreach (var token in operand.DescendantTokens())
        {
            if (token.Span.End <= inner.SpanStart)
            {
                leading.AddRange(token.LeadingTrivia);
                leading.AddRange(token.TrailingTrivia);
            }
            else if (token.SpanStart >= inner.Span.End)
            {
                trailing.AddRange(token.LeadingTrivia);
                trailing.AddRange(token.TrailingTrivia);
            }
        }

        leading.AddRange(inner.GetLeadingTrivia());
        trailing.InsertRange(0, inner.GetTrailingTrivia());
        return inner
            .WithLeadingTrivia(leading.Skip(dropLeading))
            .WithTrailingTrivia(trailing.Take(System.Math.Max(0, trailing.Count - dropTrailing)));
    }

    /// <summary>
    /// Whether a preprocessor directive (or the disabled text of one) lies inside the node, between its first and last
    /// token: a fix that rebuilds such a node could not keep every configuration compiling, so it offers none.
    /// </summary>
    public static bool HasDirectivesWithin(SyntaxNode node) =>
        node.ContainsDirectives
        && node.DescendantTrivia().Any(t => (t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia)) && t.SpanStart >= node.SpanStart && t.Span.End <= node.Span.End);

    /// <summary>
    /// Whether a preprocessor directive (or the disabled text of one) lies inside the node from <paramref name="start"/>
    /// to its last token: the part of it a fix rebuilds (the source of a call before its dot stays as written).
    /// </summary>
    public static bool HasDirectivesFrom(SyntaxNode node, int start) =>
        node.ContainsDirectives
        && node.DescendantTrivia().Any(t => (t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia)) && t.SpanStart >= start && t.Span.End <= node.Span.End);

    /// <summary>
    /// The shortest of <c>Type.Member</c>, <c>Namespace.Type.Member</c> and <c>global::Namespace.Type.Member</c> (for a
    /// type: <c>Type</c>, <c>Namespace.Type</c>, <c>global::Namespace.Type</c>) that binds to <paramref name="symbol"/>
    /// at <paramref name="position"/>, so a name the fix writes means what it should wherever it lands (not a property
    /// or type of the same name, nor a namespace of the user's called <c>System</c> or <c>AiRace</c>); null when none does.
    /// </summary>
    public static string? NameThatBinds(SemanticModel model, int position, ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return null;
        }

        string member = symbol is INamedTypeSymbol ? string.Empty : "." + symbol.Name;
        string global = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string qualified = global.StartsWith("global::", System.StringComparison.Ordinal) ? global.Substring("global::".Length) : global;
        foreach (string name in new[] { type.Name + member, qualified + member, global + member })
        {
            var bound = symbol is INamedTypeSymbol
                ? model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseTypeName(name), SpeculativeBindingOption.BindAsTypeOrNamespace)
                : model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseExpression(name), SpeculativeBindingOption.BindAsExpression);
            if (SymbolEqualityComparer.Default.Equals(bound.Symbol, symbol))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="call"/>, written for <paramref name="position"/>, whose method must be the static method of
    /// <paramref name="type"/> that its name says: as written when it binds there to that method; else, when it is called
    /// by its simple name (under <c>using static</c>, where a method of that name of the enclosing class wins), with the
    /// name qualified by the type (<see cref="NameThatBinds"/>); null when neither binds to it.
    /// </summary>
    public static InvocationExpressionSyntax? CallThatBinds(SemanticModel model, int position, InvocationExpressionSyntax call, INamedTypeSymbol type)
    {
        if (BindsTo(model, position, call, type))
        {
            return call;
        }

        if (call.Expression is not IdentifierNameSyntax simple || NameThatBinds(model, position, type) is not { } typeName)
        {
            return null;
        }

        var qualified = call.WithExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParseExpression(typeName), simple.WithoutTrivia())
                .WithTriviaFrom(simple));
        return BindsTo(model, position, qualified, type) ? qualified : null;
    }

    private static bool BindsTo(SemanticModel model, int position, InvocationExpressionSyntax call, INamedTypeSymbol type)
    {
        string? name = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return model.GetSpeculativeSymbolInfo(position, call, SpeculativeBindingOption.BindAsExpression).Symbol is IMethodSymbol { IsStatic: true } method
            && method.Name == name
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, type);
    }

    /// <summary>An operand without the parentheses around it (<c>(budget.Amount)</c>), as the rule sees it.</summary>
    public static ExpressionSyntax WithoutParentheses(ExpressionSyntax operand)
    {
        while (operand is ParenthesizedExpressionSyntax parenthesized)
        {
            operand = parenthesized.Expression;
        }

        return operand;
    }
}
