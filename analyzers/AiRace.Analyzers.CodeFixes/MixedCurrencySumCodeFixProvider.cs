using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0007 fix: the currency-stating sum, <c>xs.Sum(x => x.Amount)</c> → <c>xs.Sum(currency).Amount</c> and
/// <c>xs.Sum(x => x.Cost.Amount)</c> → <c>xs.Sum(x => x.Cost, currency).Amount</c>. The currency must come from the
/// code: the one the currency flow knows every summed amount to have (<c>Currency.CNY</c>), a fix Fix All applies; else
/// the only local or parameter of type Currency in scope, a fix offered for the one finding (titled with the variable,
/// with an equivalence key of its own, so Fix All never applies it to another finding); with neither, and wherever the
/// flow knows the amounts to be in different currencies (a sum in any one currency would throw), no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MixedCurrencySumCodeFixProvider)), Shared]
public sealed class MixedCurrencySumCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MixedCurrencySum);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MixedCurrencySumRule.ShapeProperty, out var shape) || shape is not ("Selector" or "Select")
                || diagnostic.Properties.ContainsKey(MixedCurrencySumRule.MixedProperty))
            {
                continue;
            }

            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is not { Node: InvocationExpressionSyntax invocation } located
                || invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sum" } sumAccess)
            {
                continue;
            }

            // the member access whose name becomes Sum and whose source and dot (with the line break and indentation
            // before it) stay, and the argument list whose parentheses stay
            MemberAccessExpressionSyntax access;
            ArgumentListSyntax argumentList;
            ArgumentSyntax? selectorArgument;
            if (shape == "Selector" && invocation.ArgumentList.Arguments.Count == 1)
            {
                access = sumAccess;
                argumentList = invocation.ArgumentList;
                selectorArgument = invocation.ArgumentList.Arguments[0];
            }
            else if (shape == "Select" && invocation.ArgumentList.Arguments.Count == 0
                && sumAccess.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" } selectAccess } select
                && select.ArgumentList.Arguments.Count == 1)
            {
                access = selectAccess;
                argumentList = select.ArgumentList;
                selectorArgument = select.ArgumentList.Arguments[0];
            }
            else
            {
                continue;
            }

            if (selectorArgument.NameColon is not null || !TrySplitSelector(selectorArgument.Expression, out var parameter, out var amountAccess))
            {
                continue;
            }

            if (FixHelpers.HasDirectivesFrom(invocation, access.OperatorToken.Span.End))
            {
                // an #if region in the part rebuilt (the selector, the Sum): one configuration or the other would not compile
                continue;
            }

            var moneyExpression = amountAccess.Expression;
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model is null || !SumImported(model, invocation.SpanStart))
            {
                continue;
            }

            bool flowKnows = diagnostic.Properties.TryGetValue(MixedCurrencySumRule.CurrencyProperty, out var known) && known is not null;
            string? currency = flowKnows ? KnownCurrency(model, invocation.SpanStart, known!) : CurrencyInScope(model, invocation);
            if (currency is null)
            {
                continue;
            }

            var arguments = new List<ArgumentSyntax>();
            var currencyArgument = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(currency));
            bool identity = moneyExpression is IdentifierNameSyntax id && id.Identifier.ValueText == parameter;
            if (identity)
            {
                // the selector goes; the line breaks and comments around it stay, around the currency
                currencyArgument = currencyArgument.WithTriviaFrom(selectorArgument);
            }
            else
            {
                // the same lambda with .Amount taken off its body; the trivia of .Amount (a comment) stays on the body
                var body = FixHelpers.Lift(amountAccess, moneyExpression, 0, 0);
                arguments.Add(selectorArgument.WithExpression(selectorArgument.Expression.ReplaceNode(amountAccess, body)));
            }

            arguments.Add(currencyArgument);
            // the invocation's own leading and trailing trivia stay outside the replacement; of Select(…).Sum(), the
            // trivia after Select's parenthesis stays after the new Sum's, that of .Sum's dot goes to .Amount's dot, and
            // that of Sum and its empty parentheses after Amount
            var closeParen = access == sumAccess ? argumentList.CloseParenToken.WithTrailingTrivia() : argumentList.CloseParenToken;
            var sum = SyntaxFactory.InvocationExpression(
                access.WithName(SyntaxFactory.IdentifierName("Sum").WithTriviaFrom(access.Name)),
                argumentList
                    .WithArguments(SyntaxFactory.SeparatedList(arguments))
                    .WithCloseParenToken(closeParen));
            var dot = SyntaxFactory.Token(SyntaxKind.DotToken);
            var amount = SyntaxFactory.IdentifierName("Amount");
            if (access != sumAccess)
            {
                dot = dot.WithTriviaFrom(sumAccess.OperatorToken);
                var after = new List<SyntaxTrivia>(sumAccess.Name.GetTrailingTrivia());
                after.AddRange(invocation.ArgumentList.OpenParenToken.LeadingTrivia);
                after.AddRange(invocation.ArgumentList.OpenParenToken.TrailingTrivia);
                after.AddRange(invocation.ArgumentList.CloseParenToken.LeadingTrivia);
                amount = amount.WithLeadingTrivia(sumAccess.Name.GetLeadingTrivia()).WithTrailingTrivia(after.Concat(invocation.GetTrailingTrivia()));
            }

            var replacement = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, sum, dot, amount)
                .WithLeadingTrivia(invocation.GetLeadingTrivia());
            if (access == sumAccess)
            {
                replacement = replacement.WithTrailingTrivia(invocation.GetTrailingTrivia());
            }

            // the currency in scope is only the one the code happens to have there, not one known of the amounts: the
            // author confirms it finding by finding
            string title = flowKnows ? "Sum in " + currency : "Sum in " + currency + " (the Currency in scope)";
            string key = flowKnows ? nameof(MixedCurrencySumCodeFixProvider) : FixHelpers.OneFindingKey(nameof(MixedCurrencySumCodeFixProvider), diagnostic);
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, invocation, replacement, title, key, newNodeHasTrivia: true);
        }
    }

    /// <summary>Splits <c>x => expr.Amount</c> into the parameter name and the body <c>expr.Amount</c>.</summary>
    private static bool TrySplitSelector(ExpressionSyntax selector, out string parameter, out MemberAccessExpressionSyntax amount)
    {
        parameter = string.Empty;
        amount = null!;
        ExpressionSyntax? body;
        switch (selector)
        {
            case SimpleLambdaExpressionSyntax simple:
                parameter = simple.Parameter.Identifier.ValueText;
                body = simple.ExpressionBody;
                break;
            case ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized:
                parameter = parenthesized.ParameterList.Parameters[0].Identifier.ValueText;
                body = parenthesized.ExpressionBody;
                break;
            default:
                return false;
        }

        if (body is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } access)
        {
            amount = access;
            return parameter.Length > 0;
        }

        return false;
    }

    /// <summary>Whether the extension <c>Sum(currency)</c> binds at a position: AiRace.Core is imported there.</summary>
    private static bool SumImported(SemanticModel model, int position)
    {
        var sumsType = model.Compilation.GetTypeByMetadataName("AiRace.Core.MoneyEnumerable");
        return sumsType is not null && model.LookupSymbols(position, name: "MoneyEnumerable").Any(s => SymbolEqualityComparer.Default.Equals(s, sumsType));
    }

    /// <summary>
    /// The shortest of <c>Currency.CNY</c>, <c>AiRace.Core.Currency.CNY</c> and <c>global::AiRace.Core.Currency.CNY</c>
    /// that binds to AiRace.Core's currency at the position (not to a property named Currency of the type, nor to
    /// another imported type of that name), when it has that property; else null.
    /// </summary>
    private static string? KnownCurrency(SemanticModel model, int position, string code)
    {
        var currencyType = model.Compilation.GetTypeByMetadataName("AiRace.Core.Currency");
        var member = currencyType?.GetMembers(code).FirstOrDefault(m => m is IPropertySymbol { IsStatic: true } or IFieldSymbol { IsStatic: true });
        return member is null ? null : FixHelpers.NameThatBinds(model, position, member);
    }

    /// <summary>The name of the single Currency-typed local or parameter that has a value where the sum is.</summary>
    private static string? CurrencyInScope(SemanticModel model, ExpressionSyntax sum)
    {
        int position = sum.SpanStart;
        var currencyType = model.Compilation.GetTypeByMetadataName("AiRace.Core.Currency");
        if (currencyType is null)
        {
            return null;
        }

        string? name = null;
        var enclosing = model.GetEnclosingSymbol(position);
        // a local or parameter counts only where it surely has a value (declared above and assigned, not an out
        // parameter still to be written)
        var assigned = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (model.AnalyzeDataFlow(sum) is not { Succeeded: true } flow)
        {
            return null;
        }

        assigned.UnionWith(flow.DefinitelyAssignedOnEntry);
        // inside a lambda or local function the analysis leaves out what it captures: a captured local counts when it
        // surely has a value where the lambda or local function is written
        foreach (var function in sum.Ancestors())
        {
            if (function is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax
                && model.AnalyzeDataFlow(function) is { Succeeded: true } outer)
            {
                assigned.UnionWith(outer.DefinitelyAssignedOnEntry);
            }
        }

        foreach (var symbol in model.LookupSymbols(position))
        {
            ITypeSymbol? type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                _ => null,
            };
            if (type is not null && SymbolEqualityComparer.Default.Equals(type, currencyType) && assigned.Contains(symbol) && MayCapture(model, enclosing, symbol))
            {
                if (name is not null)
                {
                    return null;
                }

                name = symbol.Name;
            }
        }

        return name;
    }

    /// <summary>
    /// Whether code in <paramref name="enclosing"/> may use a local or parameter. Across a lambda or local function
    /// boundary: never from a static one, never an <c>in</c>, <c>ref</c> or <c>out</c> parameter or a ref local (which
    /// may not be captured), and into a local function a local of the code around it only when it surely has a value at
    /// every reference to the function (<see cref="AssignedWhereReferenced"/>): a local function may be called before the
    /// local is assigned, which no position inside it can tell.
    /// </summary>
    private static bool MayCapture(SemanticModel model, ISymbol? enclosing, ISymbol variable)
    {
        for (var symbol = enclosing; symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } function; symbol = symbol.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(function, variable.ContainingSymbol))
            {
                return true;
            }

            if (function.IsStatic
                || variable is IParameterSymbol { RefKind: not RefKind.None } or ILocalSymbol { IsRef: true }
                || (function.MethodKind == MethodKind.LocalFunction && variable is ILocalSymbol && !AssignedWhereReferenced(model, function, variable)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="local"/> surely has a value at every reference to the local function from outside it (a
    /// call, or a delegate made of it), as the compiler requires of what the function uses. A reference the analysis
    /// cannot answer for (inside another lambda or local function, a method group) counts as not assigned.
    /// </summary>
    private static bool AssignedWhereReferenced(SemanticModel model, IMethodSymbol function, ISymbol local)
    {
        var declaration = function.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (declaration is null)
        {
            return false;
        }

        foreach (var name in declaration.SyntaxTree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
        {
            if (name.Identifier.ValueText != function.Name || declaration.Span.Contains(name.Span)
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol?.OriginalDefinition, function))
            {
                continue;
            }

            ExpressionSyntax reference = name.Parent is InvocationExpressionSyntax call && call.Expression == name ? call : name;
            if (model.AnalyzeDataFlow(reference) is not { Succeeded: true } flow || !flow.DefinitelyAssignedOnEntry.Contains(local))
            {
                return false;
            }
        }

        return true;
    }
}
