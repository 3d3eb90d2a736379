using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>AIR0005 fix: call the factory of the scale the number is written in (<c>FromPercent(0.55m)</c> → <c>FromFraction(0.55m)</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PercentScaleCodeFixProvider)), Shared]
public sealed class PercentScaleCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PercentScale);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PercentScaleRule.OtherFactoryProperty, out var other) || other is null)
            {
                continue;
            }

            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is not { } located)
            {
                continue;
            }

            var invocation = located.Node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
            SimpleNameSyntax? name = invocation?.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                IdentifierNameSyntax identifier => identifier,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, name, SyntaxFactory.IdentifierName(other), "Use Share." + other, nameof(PercentScaleCodeFixProvider));
        }
    }
}
