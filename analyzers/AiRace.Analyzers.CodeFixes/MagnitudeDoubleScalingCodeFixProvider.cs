using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0011 fixes: one per reading of the figure in a smaller scale than the one named, each titled with the amount it
/// gives, since only the author knows which was meant. <c>Money.Millions(600_000_000m, c)</c> offers
/// <c>Money.Of(600_000_000m, c)</c> (600 million) and <c>Money.Thousands(600_000_000m, c)</c> (600 billion);
/// <c>Money.Scaled(x, Magnitude.Millions, c)</c> offers <c>Magnitude.Units</c> and <c>Magnitude.Thousands</c>. Every
/// reading changes the amount by a factor of 10^3 to 10^12, so none is applied by Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MagnitudeDoubleScalingCodeFixProvider)), Shared]
public sealed class MagnitudeDoubleScalingCodeFixProvider : CodeFixProvider
{
    /// <summary>The scales, smallest first: the factory, its figure parameter, the <c>Magnitude</c> member, the power of ten.</summary>
    private static readonly (string Factory, string Parameter, string Magnitude, int Exponent)[] Scales =
    {
        ("Of", "amount", "Units", 0),
        ("Thousands", "thousands", "Thousands", 3),
        ("Millions", "millions", "Millions", 6),
        ("Billions", "billions", "Billions", 9),
        ("Trillions", "trillions", "Trillions", 12),
    };

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MagnitudeDoubleScaling);

    /// <summary>No Fix All: each finding's reading is the author's call.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (model is null || found is not { Node: InvocationExpressionSyntax invocation } located
                || model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method)
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

            var figure = ArgumentOf(model, invocation, method.Name == "Scaled" ? "figure" : method.Parameters[0].Name, context.CancellationToken);
            if (figure is null || model.GetConstantValue(figure.Expression, context.CancellationToken) is not { HasValue: true } constant
                || Convert(constant.Value) is not { } value)
            {
                continue;
            }

            if (method.Name == "Scaled")
            {
                var magnitude = ArgumentOf(model, invocation, "magnitude", context.CancellationToken);
                if (magnitude is null || model.GetConstantValue(magnitude.Expression, context.CancellationToken) is not { HasValue: true, Value: int exponent })
                {
                    continue;
                }

                var magnitudeType = model.Compilation.GetTypeByMetadataName("AiRace.Core.Magnitude");
                foreach (var scale in Scales)
                {
                    if (scale.Exponent >= exponent)
                    {
                        break;
                    }

                    // a name that binds to the library's Magnitude where it is written, not to a namespace of the user's
                    if (magnitudeType?.GetMembers(scale.Magnitude).FirstOrDefault() is not { } member
                        || FixHelpers.NameThatBinds(model, magnitude.SpanStart, member) is not { } written)
                    {
                        continue;
                    }

                    var newMagnitude = SyntaxFactory.ParseExpression(written);
                    Register(context, diagnostic, located.Root, magnitude.Expression, newMagnitude, Title(value, scale, "Magnitude.Units"), scale.Magnitude);
                }

                continue;
            }

            int named = method.Name switch { "Millions" => 6, "Billions" => 9, "Trillions" => 12, _ => -1 };
            foreach (var scale in Scales)
            {
                if (scale.Exponent >= named)
                {
                    break;
                }

                var renamed = invocation.ReplaceNodes(
                    new SyntaxNode[] { name, figure },
                    (original, _) => original == name
                        ? SyntaxFactory.IdentifierName(scale.Factory).WithTriviaFrom(name)
                        : figure.NameColon is { } nameColon
                            ? figure.WithNameColon(nameColon.WithName(SyntaxFactory.IdentifierName(scale.Parameter).WithTriviaFrom(nameColon.Name)))
                            : figure);
                // under 'using static AiRace.Core.Money' the simple name may bind to a method of the class's own
                if (FixHelpers.CallThatBinds(model, invocation.SpanStart, renamed, method.ContainingType) is not { } newInvocation)
                {
                    continue;
                }

                Register(context, diagnostic, located.Root, invocation, newInvocation, Title(value, scale, "Money.Of"), scale.Magnitude);
            }
        }
    }

    /// <summary>
    /// The title of one reading: the amount it gives, exactly (every digit of the decimal, invariant culture), and for
    /// the full amount what the fix writes (<paramref name="unitsWritten"/>: <c>Money.Of</c>, or <c>Magnitude.Units</c>
    /// in a <c>Money.Scaled</c> call).
    /// </summary>
    private static string Title(decimal figure, (string Factory, string Parameter, string Magnitude, int Exponent) scale, string unitsWritten)
    {
        string amount;
        try
        {
            decimal factor = 1m;
            for (int i = 0; i < scale.Exponent; i++)
            {
                factor *= 10m;
            }

            amount = (figure * factor).ToString("#,0." + new string('#', 28), CultureInfo.InvariantCulture);
        }
        catch (System.OverflowException)
        {
            amount = "beyond the range of decimal";
        }

        return scale.Exponent == 0
            ? "The figure is the full amount: " + unitsWritten + " (" + amount + ")"
            : "The figure is in " + scale.Magnitude.ToLowerInvariant() + ": " + amount + " in all";
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, string title, string reading)
    {
        var replacement = newNode.WithTriviaFrom(oldNode).WithAdditionalAnnotations(Formatter.Annotation);
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(oldNode, replacement))),
                nameof(MagnitudeDoubleScalingCodeFixProvider) + "." + reading),
            diagnostic);
    }

    /// <summary>
    /// The argument given for a parameter, found by the parameter the compiler binds it to (by name, by position, or
    /// named in its own position and followed by positional ones: <c>Scaled(figure: x, Magnitude.Millions, c)</c>).
    /// </summary>
    private static ArgumentSyntax? ArgumentOf(SemanticModel model, InvocationExpressionSyntax invocation, string parameter, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation call)
        {
            return null;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == parameter && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument.Syntax as ArgumentSyntax;
            }
        }

        return null;
    }

    private static decimal? Convert(object? value)
    {
        try
        {
            return value switch
            {
                decimal d => d,
                int i => i,
                long l => l,
                double x when !double.IsNaN(x) && !double.IsInfinity(x) && System.Math.Abs(x) < 7.9e27 => (decimal)x,
                _ => null,
            };
        }
        catch (System.OverflowException)
        {
            return null;
        }
    }
}
