using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>AIR0003 fix: a known alias or a lower-case code becomes the ISO 4217 code it stands for (<c>"RMB"</c> → <c>"CNY"</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownCurrencyCodeCodeFixProvider)), Shared]
public sealed class UnknownCurrencyCodeCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnknownCurrencyCode);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnknownCurrencyCodeRule.SuggestedCodeProperty, out var code) || code is null)
            {
                continue;
            }

            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is not { Node: LiteralExpressionSyntax literal } located || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            // in Money.Parse text only the code part changes: "RMB 100" → "CNY 100"
            diagnostic.Properties.TryGetValue(UnknownCurrencyCodeRule.ReplacementTextProperty, out var text);
            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text ?? code));
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, literal, replacement, "Use the ISO 4217 code \"" + code + "\"", nameof(UnknownCurrencyCodeCodeFixProvider));
        }
    }
}
