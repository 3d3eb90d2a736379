using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>AIR0002 fix: a floating-point literal made decimal becomes the decimal literal with the same digits (<c>(decimal)0.1</c> → <c>0.1m</c>); what is around it stays (<c>(decimal)0.1 * 100m</c> → <c>0.1m * 100m</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoneyFromFloatingPointCodeFixProvider)), Shared]
public sealed class MoneyFromFloatingPointCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MoneyFromFloatingPoint);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MoneyFromFloatingPointRule.DecimalLiteralProperty, out var literal) || literal is null)
            {
                continue;
            }

            // the rule's additional location is the conversion to replace, inside the reported value
            if (diagnostic.AdditionalLocations.Count != 1
                || await FixHelpers.FindAsync(context.Document, diagnostic.AdditionalLocations[0], context.CancellationToken).ConfigureAwait(false)
                    is not { Node: ExpressionSyntax expression } located)
            {
                continue;
            }

            var replacement = SyntaxFactory.ParseExpression(literal);
            if (replacement.ContainsDiagnostics)
            {
                continue;
            }

            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, expression, replacement, "Use the decimal literal " + literal, nameof(MoneyFromFloatingPointCodeFixProvider));
        }
    }
}
