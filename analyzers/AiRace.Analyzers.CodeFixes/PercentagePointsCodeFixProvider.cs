using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>AIR0006 fix: <c>a.Percent - b.Percent</c> → <c>(a - b).Value</c>, the percentage points of the share difference.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PercentagePointsCodeFixProvider)), Shared]
public sealed class PercentagePointsCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PercentagePoints);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(PercentagePointsRule.FixableProperty))
            {
                continue;
            }

            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is not { Node: BinaryExpressionSyntax binary } located
                || !binary.IsKind(SyntaxKind.SubtractExpression)
                || FixHelpers.HasDirectivesWithin(binary)
                || FixHelpers.WithoutParentheses(binary.Left) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Percent" } left
                || FixHelpers.WithoutParentheses(binary.Right) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Percent" } right)
            {
                continue;
            }

            var difference = SyntaxFactory.BinaryExpression(
                SyntaxKind.SubtractExpression,
                FixHelpers.Lift(binary.Left, left.Expression, binary.GetLeadingTrivia().Count, 0),
                binary.OperatorToken,
                FixHelpers.Lift(binary.Right, right.Expression, 0, binary.GetTrailingTrivia().Count));
            var replacement = SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParenthesizedExpression(difference),
                SyntaxFactory.IdentifierName("Value"));
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, binary, replacement, "Subtract the shares (percentage points)", nameof(PercentagePointsCodeFixProvider));
        }
    }
}
