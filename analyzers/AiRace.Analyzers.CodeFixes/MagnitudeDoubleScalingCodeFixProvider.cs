using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0011 fix: the figure is already the full amount, so build it unscaled: <c>Money.Millions(600_000_000m, c)</c> →
/// <c>Money.Of(600_000_000m, c)</c>; <c>Money.Scaled(x, Magnitude.Millions, c)</c> → <c>Money.Of(x, c)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MagnitudeDoubleScalingCodeFixProvider)), Shared]
public sealed class MagnitudeDoubleScalingCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MagnitudeDoubleScaling);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is not { Node: InvocationExpressionSyntax invocation } located)
            {
                continue;
            }

            var arguments = invocation.ArgumentList.Arguments;
            foreach (var argument in arguments)
            {
                if (argument.NameColon is not null)
                {
                    arguments = default;
                    break;
                }
            }

            if (arguments.Count is not (2 or 3))
            {
                continue;
            }

            SimpleNameSyntax? name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                IdentifierNameSyntax identifier => identifier,
                _ => null,
            };
            if (name is null)
            {
                continue;
            }

            var newArguments = arguments.Count == 3 ? arguments.RemoveAt(1) : arguments;
            var newExpression = invocation.Expression.ReplaceNode(name, SyntaxFactory.IdentifierName("Of").WithTriviaFrom(name));
            var replacement = invocation.WithExpression(newExpression).WithArgumentList(invocation.ArgumentList.WithArguments(newArguments));
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, invocation, replacement, "Use Money.Of for the full amount", nameof(MagnitudeDoubleScalingCodeFixProvider));
        }
    }
}
