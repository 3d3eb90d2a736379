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
                || WithoutParentheses(binary.Left) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } left
                || WithoutParentheses(binary.Right) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } right)
            {
                continue;
            }

            var onMoney = SyntaxFactory.BinaryExpression(
                binary.Kind(),
                left.Expression.WithTrailingTrivia(binary.Left.GetTrailingTrivia()),
                binary.OperatorToken,
                right.Expression.WithTrailingTrivia(binary.Right.GetTrailingTrivia()));
            ExpressionSyntax replacement = binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression
                ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParenthesizedExpression(onMoney), SyntaxFactory.IdentifierName("Amount"))
                : onMoney;
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, binary, replacement, "Operate on the Money values", nameof(UnitStrippingCodeFixProvider));
        }
    }

    /// <summary>An operand without the parentheses around it (<c>(budget.Amount)</c>), as the rule sees it.</summary>
    private static ExpressionSyntax WithoutParentheses(ExpressionSyntax operand)
    {
        while (operand is ParenthesizedExpressionSyntax parenthesized)
        {
            operand = parenthesized.Expression;
        }

        return operand;
    }
}
