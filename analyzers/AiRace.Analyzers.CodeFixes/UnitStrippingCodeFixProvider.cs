using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0004 fix: operate on the Money values so the currency check runs: <c>a.Amount + b.Amount</c> →
/// <c>(a + b).Amount</c>, <c>a.Amount &lt; b.Amount</c> → <c>a &lt; b</c>, <c>a.Amount / b.Amount</c> → <c>a / b</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnitStrippingCodeFixProvider)), Shared]
public sealed class UnitStrippingCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnitStripping);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(UnitStrippingRule.FixableProperty))
            {
                continue;
            }

            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is not { Node: BinaryExpressionSyntax binary } located
                || FixHelpers.WithoutParentheses(binary.Left) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } left
                || FixHelpers.WithoutParentheses(binary.Right) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } right)
            {
                continue;
            }

            // every comment and line break stays where it was, once: a sum or difference is wrapped, and the binary's
            // own leading and trailing trivia go outside it (RegisterReplacement); a comparison or ratio keeps them
            bool wrapped = binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression;
            var onMoney = SyntaxFactory.BinaryExpression(
                binary.Kind(),
                FixHelpers.Lift(binary.Left, left.Expression, wrapped ? binary.GetLeadingTrivia().Count : 0, 0),
                binary.OperatorToken,
                FixHelpers.Lift(binary.Right, right.Expression, 0, wrapped ? binary.GetTrailingTrivia().Count : 0));
            ExpressionSyntax replacement = wrapped
                ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParenthesizedExpression(onMoney), SyntaxFactory.IdentifierName("Amount"))
                : onMoney;
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, binary, replacement, "Operate on the Money values", nameof(UnitStrippingCodeFixProvider), newNodeHasTrivia: !wrapped);
        }
    }
}
