using System.Collections.Generic;
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
            if (!diagnostic.Properties.TryGetValue(MoneyFromFloatingPointRule.DecimalLiteralProperty, out var text) || text is null)
            {
                continue;
            }

            // the rule's additional locations are the conversions to replace, inside the reported value, one per literal
            string[] literals = text.Split(' ');
            if (literals.Length != diagnostic.AdditionalLocations.Count
                || await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { Node: ExpressionSyntax value } located)
            {
                continue;
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            for (int i = 0; i < literals.Length; i++)
            {
                var span = diagnostic.AdditionalLocations[i].SourceSpan;
                var replacement = SyntaxFactory.ParseExpression(literals[i]);
                if (!value.Span.Contains(span) || replacement.ContainsDiagnostics
                    || value.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax conversion)
                {
                    replacements.Clear();
                    break;
                }

                replacements[conversion] = replacement.WithTriviaFrom(conversion);
            }

            if (replacements.Count != literals.Length)
            {
                continue;
            }

            var fixedValue = value.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
            string title = literals.Length == 1 ? "Use the decimal literal " + literals[0] : "Use the decimal literals " + string.Join(", ", literals);
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, value, fixedValue, title, nameof(MoneyFromFloatingPointCodeFixProvider));
        }
    }
}
