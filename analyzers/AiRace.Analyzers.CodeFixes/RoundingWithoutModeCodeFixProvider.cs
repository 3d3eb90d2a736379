using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0009 fixes: state the mode. <c>MidpointRounding.ToEven</c> keeps today's behaviour and says so;
/// <c>MidpointRounding.AwayFromZero</c> is the commercial rule most readers expect.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RoundingWithoutModeCodeFixProvider)), Shared]
public sealed class RoundingWithoutModeCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key of the fix that keeps banker's rounding explicitly.</summary>
    public const string ToEvenKey = nameof(RoundingWithoutModeCodeFixProvider) + ".ToEven";

    /// <summary>Equivalence key of the fix that rounds half away from zero.</summary>
    public const string AwayFromZeroKey = nameof(RoundingWithoutModeCodeFixProvider) + ".AwayFromZero";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RoundingWithoutMode);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

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

            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var modes = model?.Compilation.GetTypeByMetadataName("System.MidpointRounding");
            if (model is null || modes is null)
            {
                continue;
            }

            Register(context, diagnostic, model, modes, located.Root, invocation, Mode(model, invocation, modes, "ToEven"), "State MidpointRounding.ToEven (the current behaviour)", ToEvenKey);
            Register(context, diagnostic, model, modes, located.Root, invocation, Mode(model, invocation, modes, "AwayFromZero"), "Round half away from zero (MidpointRounding.AwayFromZero)", AwayFromZeroKey);
        }
    }

    /// <summary>The mode as a name that binds to System.MidpointRounding's member where the call is (<see cref="FixHelpers.NameThatBinds"/>).</summary>
    private static string? Mode(SemanticModel model, InvocationExpressionSyntax invocation, INamedTypeSymbol modes, string mode) =>
        modes.GetMembers(mode).FirstOrDefault() is { } member ? FixHelpers.NameThatBinds(model, invocation.SpanStart, member) : null;

    /// <summary>
    /// Registers the call with the mode added, when it binds there to an overload that takes it: after named arguments
    /// the mode is named <c>mode</c>, which not every overload has (<c>Math.Round(a: x)</c> has no
    /// <c>Round(double a, MidpointRounding mode)</c>); such a call gets no fix rather than one that does not compile.
    /// </summary>
    private static void Register(CodeFixContext context, Diagnostic diagnostic, SemanticModel model, INamedTypeSymbol modes, SyntaxNode root, InvocationExpressionSyntax invocation, string? mode, string title, string key)
    {
        if (mode is null)
        {
            return;
        }

        var modeExpression = SyntaxFactory.ParseExpression(mode);
        var argument = SyntaxFactory.Argument(modeExpression);
        if (invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            // after named arguments given out of order (decimals: 2, d: x) only a named one may follow
            argument = argument.WithNameColon(SyntaxFactory.NameColon("mode"));
        }

        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument)).WithAdditionalAnnotations(Formatter.Annotation);
        if (model.GetSpeculativeSymbolInfo(invocation.SpanStart, newInvocation, SpeculativeBindingOption.BindAsExpression).Symbol is not IMethodSymbol bound
            || !bound.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, modes)))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, newInvocation))), key),
            diagnostic);
    }
}
