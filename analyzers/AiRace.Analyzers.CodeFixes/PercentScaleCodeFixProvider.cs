using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0005 fix: call the factory of the scale the number is written in (<c>FromPercent(0.55m)</c> →
/// <c>FromFraction(0.55m)</c>), renaming a named argument to the other factory's parameter
/// (<c>FromFraction(fraction: 12.5m)</c> → <c>FromPercent(percent: 12.5m)</c>), so the fixed code compiles and means
/// the number as written. A <c>??</c> with a fallback other than zero (<c>FromPercent(s?.Fraction ?? 40m)</c>) gets no
/// fix: swapping the factory would rescale the fallback too.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PercentScaleCodeFixProvider)), Shared]
public sealed class PercentScaleCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PercentScale);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

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
            if (invocation is null || name is null || invocation.ArgumentList.Arguments.Count != 1)
            {
                continue;
            }

            var argument = invocation.ArgumentList.Arguments[0];
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model?.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
                || !WhollyOnOneScale(model, argument.Expression, context.CancellationToken))
            {
                continue;
            }

            NameColonSyntax? newNameColon = null;
            if (argument.NameColon is { } nameColon)
            {
                // the other factory's parameter, from the called type, so a renamed parameter is followed
                if (OtherParameter(method.ContainingType, other) is not { } parameter)
                {
                    continue;
                }

                newNameColon = nameColon.WithName(SyntaxFactory.IdentifierName(parameter).WithTriviaFrom(nameColon.Name));
            }

            var newInvocation = invocation.ReplaceNodes(
                new SyntaxNode[] { name, argument },
                (original, rewritten) => original == name
                    ? SyntaxFactory.IdentifierName(other).WithTriviaFrom(name)
                    : newNameColon is null ? rewritten : ((ArgumentSyntax)rewritten).WithNameColon(newNameColon));
            // under 'using static AiRace.Core.Share' the simple name may bind to a method of the class's own
            if (FixHelpers.CallThatBinds(model, invocation.SpanStart, newInvocation, method.ContainingType) is not { } bound)
            {
                continue;
            }

            newInvocation = bound;
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, invocation, newInvocation, "Use Share." + other, nameof(PercentScaleCodeFixProvider));
        }
    }

    /// <summary>
    /// Whether the whole argument is the number on the wrong scale, so swapping the factory keeps its meaning: not a
    /// <c>??</c> whose fallback is written on the factory's scale (<c>s?.Fraction ?? 40m</c>, 40 %), unless the fallback
    /// is zero, the same on both scales; not a conditional, one arm of which may be on either scale.
    /// </summary>
    private static bool WhollyOnOneScale(SemanticModel model, ExpressionSyntax argument, System.Threading.CancellationToken cancellationToken)
    {
        var value = FixHelpers.WithoutParentheses(argument);
        if (value is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.CoalesceExpression))
        {
            return model.GetConstantValue(binary.Right, cancellationToken) is { HasValue: true, Value: { } fallback } && IsZero(fallback);
        }

        return value is not ConditionalExpressionSyntax;
    }

    private static bool IsZero(object value) => value switch
    {
        decimal d => d == 0m,
        int i => i == 0,
        long l => l == 0L,
        double x => x == 0d,
        float f => f == 0f,
        _ => false,
    };

    private static string? OtherParameter(INamedTypeSymbol type, string factory)
    {
        foreach (var member in type.GetMembers(factory))
        {
            if (member is IMethodSymbol { IsStatic: true, Parameters.Length: 1 } method)
            {
                return method.Parameters[0].Name;
            }
        }

        return null;
    }
}
