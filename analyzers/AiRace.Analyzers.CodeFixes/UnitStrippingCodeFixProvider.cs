using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers.CodeFixes;

/// <summary>
/// AIR0004 fix: operate on the Money values so the currency check runs: <c>a.Amount + b.Amount</c> →
/// <c>(a + b).Amount</c>, <c>a.Amount &lt; b.Amount</c> → <c>a &lt; b</c>, <c>a.Amount / b.Amount</c> → <c>a / b</c>;
/// <c>a.Amount.CompareTo(b.Amount)</c>, <c>decimal.Compare(a.Amount, b.Amount)</c> and
/// <c>Comparer&lt;decimal&gt;.Default.Compare(a.Amount, b.Amount)</c> → <c>a.CompareTo(b)</c>;
/// <c>a.Amount.Equals(b.Amount)</c>, <c>decimal.Equals(a.Amount, b.Amount)</c> and
/// <c>EqualityComparer&lt;decimal&gt;.Default.Equals(a.Amount, b.Amount)</c> and <c>object.Equals(a.Amount, b.Amount)</c>
/// → <c>a == b</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnitStrippingCodeFixProvider)), Shared]
public sealed class UnitStrippingCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnitStripping);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => EveryFindingFixAllProvider.For(this);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(UnitStrippingRule.FixableProperty))
            {
                continue;
            }

            var found = await FixHelpers.FindAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
            if (found is { Node: { } node } && FixHelpers.HasDirectivesWithin(node))
            {
                // an #if region inside the operands: rebuilt, one configuration or the other would not compile
                continue;
            }

            if (found is { Node: InvocationExpressionSyntax invocation } call)
            {
                var callModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                RegisterCall(context, diagnostic, call.Root, invocation, callModel);
                continue;
            }

            if (found is not { Node: BinaryExpressionSyntax binary } located
                || FixHelpers.WithoutParentheses(binary.Left) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } left
                || FixHelpers.WithoutParentheses(binary.Right) is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } right)
            {
                continue;
            }

            // a sum or difference inside a longer chain of amounts (a.Amount - b.Amount - c.Amount, a.Amount + b.Amount
            // > c.Amount): the whole chain is rewritten at once, so one run of Fix All leaves no amount arithmetic that a
            // second run would fix
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            // a sum inside an exchange rate ((yuan.Amount - fees.Amount) / dollars.Amount) stays a sum: Money's division
            // would throw where the quotient of amounts does not
            bool inRate = diagnostic.Properties.ContainsKey(UnitStrippingRule.InRateProperty);
            if (model is not null && ComparisonOf(model, Chain(model, binary, inRate, context.CancellationToken) ?? binary, context.CancellationToken) is { } comparison
                && RegisterCall(context, diagnostic, located.Root, comparison, model))
            {
                // decimal.Compare(a.Amount - b.Amount, c.Amount): the comparison of the difference becomes (a - b).CompareTo(c)
                continue;
            }

            if (model is not null && Chain(model, binary, inRate, context.CancellationToken) is { } chain)
            {
                var replaced = IsSum(chain) ? Parenthesized(chain) : chain;
                FixHelpers.RegisterReplacement(context, diagnostic, located.Root, replaced, OnMoney(chain), "Operate on the Money values", nameof(UnitStrippingCodeFixProvider), newNodeHasTrivia: replaced == chain);
                continue;
            }

            // every comment and line break stays where it was, once: a sum or difference is wrapped, and the binary's
            // own leading and trailing trivia go outside it (RegisterReplacement); a comparison or ratio keeps them
            bool wrapped = binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression;
            var onMoney = SyntaxFactory.BinaryExpression(
                binary.Kind(),
                FixHelpers.Lift(binary.Left, left.Expression, wrapped ? binary.GetLeadingTrivia().Count : 0, 0),
                binary.OperatorToken,
                FixHelpers.Lift(binary.Right, right.Expression, 0, wrapped ? binary.GetTrailingTrivia().Count : 0));
            ExpressionSyntax replacement = wrapped
                ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParenthesizedExpression(onMoney), SyntaxFactory.IdentifierName("Amount"))
                : onMoney;
            FixHelpers.RegisterReplacement(context, diagnostic, located.Root, wrapped ? Parenthesized(binary) : binary, replacement, "Operate on the Money values", nameof(UnitStrippingCodeFixProvider), newNodeHasTrivia: !wrapped);
        }
    }

    /// <summary>
    /// The parentheses around a sum or difference the fix wraps as <c>(a - b).Amount</c> (<c>(a.Amount - b.Amount) /
    /// c.Amount</c>, a rate the fix leaves on amounts), which the wrapped form, a member access, does not need: replaced
    /// with it, as <c>(a - b).Amount / c.Amount</c>, when no trivia lies inside them; else the sum itself.
    /// </summary>
    private static ExpressionSyntax Parenthesized(BinaryExpressionSyntax sum) =>
        sum.Parent is ParenthesizedExpressionSyntax parentheses && parentheses.OpenParenToken.TrailingTrivia.Count == 0
        && parentheses.CloseParenToken.LeadingTrivia.Count == 0 && sum.GetLeadingTrivia().Count == 0 && sum.GetTrailingTrivia().Count == 0
            ? parentheses
            : sum;

    /// <summary>
    /// The outermost operation that the reported sum or difference is part of, when it is longer than it: climbing
    /// through parentheses, each further sum or difference, and at the top at most one comparison or ratio, whose other
    /// operand is money too (<see cref="OnMoneyOperand"/>), not a ratio when <paramref name="inRate"/> (the rule found
    /// it an exchange rate); null when there is no such operation, or a preprocessor directive lies inside it.
    /// </summary>
    private static BinaryExpressionSyntax? Chain(SemanticModel model, BinaryExpressionSyntax reported, bool inRate, System.Threading.CancellationToken cancellationToken)
    {
        if (!IsSum(reported))
        {
            return null;
        }

        BinaryExpressionSyntax top = reported;
        while (true)
        {
            SyntaxNode child = top;
            var parent = top.Parent;
            while (parent is ParenthesizedExpressionSyntax parenthesized)
            {
                child = parenthesized;
                parent = parenthesized.Parent;
            }

            if (parent is not BinaryExpressionSyntax outer || !(IsSum(outer) || IsComparisonOrRatio(outer)) || (inRate && outer.IsKind(SyntaxKind.DivideExpression))
                || !OnMoneyOperand(model, reported, outer.Left == child ? outer.Right : outer.Left, cancellationToken))
            {
                break;
            }

            top = outer;
            if (!IsSum(outer))
            {
                break;
            }
        }

        return top == reported || FixHelpers.HasDirectivesWithin(top) ? null : top;
    }

    /// <summary>
    /// Whether an operand can be rewritten on Money: the amount of a Money value (<c>c.Amount</c>), the reported
    /// operation, or a sum or difference of such operands, in parentheses or not.
    /// </summary>
    private static bool OnMoneyOperand(SemanticModel model, BinaryExpressionSyntax? reported, ExpressionSyntax operand, System.Threading.CancellationToken cancellationToken)
    {
        operand = FixHelpers.WithoutParentheses(operand);
        if (operand == reported)
        {
            return true;
        }

        if (operand is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } access)
        {
            return model.GetTypeInfo(access.Expression, cancellationToken).Type is INamedTypeSymbol
            {
                Name: "Money", ContainingNamespace: { Name: "Core", ContainingNamespace: { Name: "AiRace", ContainingNamespace.IsGlobalNamespace: true } },
            };
        }

        return operand is BinaryExpressionSyntax binary && IsSum(binary)
            && OnMoneyOperand(model, reported, binary.Left, cancellationToken) && OnMoneyOperand(model, reported, binary.Right, cancellationToken);
    }

    /// <summary>
    /// The chain <paramref name="top"/> on the Money values: each <c>x.Amount</c> becomes <c>x</c> (its comments kept,
    /// <see cref="FixHelpers.Lift"/>), operators and parentheses stay; a sum or difference at the top is wrapped,
    /// <c>(a - b - c).Amount</c>, with the top's own leading and trailing trivia outside the wrapping.
    /// </summary>
    private static ExpressionSyntax OnMoney(BinaryExpressionSyntax top)
    {
        var converted = Converted(top);
        if (!IsSum(top))
        {
            return converted;
        }

        var leading = converted.GetLeadingTrivia();
        var trailing = converted.GetTrailingTrivia();
        var inner = converted
            .WithLeadingTrivia(leading.Skip(System.Math.Min(leading.Count, top.GetLeadingTrivia().Count)))
            .WithTrailingTrivia(trailing.Take(System.Math.Max(0, trailing.Count - top.GetTrailingTrivia().Count)));
        return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ParenthesizedExpression(inner), SyntaxFactory.IdentifierName("Amount"))
            .WithLeadingTrivia(top.GetLeadingTrivia())
            .WithTrailingTrivia(top.GetTrailingTrivia());
    }

    /// <summary>An operand of the chain on the Money values (<see cref="OnMoney"/>).</summary>
    private static ExpressionSyntax Converted(ExpressionSyntax operand) => operand switch
    {
        ParenthesizedExpressionSyntax parenthesized => parenthesized.WithExpression(Converted(parenthesized.Expression)),
        MemberAccessExpressionSyntax access => FixHelpers.Lift(access, access.Expression, 0, 0),
        BinaryExpressionSyntax binary => binary.WithLeft(Converted(binary.Left)).WithRight(Converted(binary.Right)),
        _ => operand,
    };

    private static bool IsSum(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression;

    private static bool IsComparisonOrRatio(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.DivideExpression
        or SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.LessThanOrEqualExpression
        or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    /// <summary>
    /// The method forms of a comparison (the rule has checked what they call): <c>x.Amount.CompareTo(y.Amount)</c>,
    /// <c>decimal.Compare(x.Amount, y.Amount)</c> and a comparer's <c>Compare</c> become <c>x.CompareTo(y)</c>, which
    /// gives the same order and throws for two currencies; the <c>Equals</c> forms become <c>x == y</c>, as
    /// <c>x.Amount == y.Amount</c> does (<c>x.Equals(y)</c> would answer false for two currencies instead of raising the
    /// mismatch). An operand may also be a sum or difference of amounts (<c>decimal.Compare(a.Amount - b.Amount,
    /// c.Amount)</c> → <c>(a - b).CompareTo(c)</c>). Named arguments, which may come in either order, get no fix.
    /// Returns whether a fix was registered.
    /// </summary>
    private static bool RegisterCall(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, InvocationExpressionSyntax invocation, SemanticModel? model)
    {
        var arguments = invocation.ArgumentList.Arguments;
        // Equals(a.Amount, b.Amount) inside a class: the static object.Equals, two arguments and no receiver
        var method = invocation.Expression as MemberAccessExpressionSyntax;
        string? name = method is not null ? method.Name.Identifier.ValueText
            : invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "Equals" } && arguments.Count == 2 ? "Equals" : null;
        if (name is not ("CompareTo" or "Compare" or "Equals"))
        {
            return false;
        }

        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null)
            {
                return false;
            }
        }

        // the two operands: the receiver and the argument (x.Amount.Equals(y.Amount)), or the two arguments
        bool receiver = arguments.Count == 1;
        if (arguments.Count is not (1 or 2))
        {
            return false;
        }

        var first = receiver ? method!.Expression : arguments[0].Expression;
        var second = arguments[arguments.Count - 1].Expression;
        // each operand is an amount (x.Amount) or a sum or difference of amounts (a.Amount - b.Amount), which becomes
        // (a - b): the comparison is then finished in one run, with no (a - b).Amount left for a second
        if (OnMoneyValue(model, first, receiver ? invocation.GetLeadingTrivia().Count : 0, context.CancellationToken) is not { } lifted
            || OnMoneyValue(model, second, 0, context.CancellationToken) is not { } other)
        {
            return false;
        }

        // what the fix drops around and between the operands (decimal.Compare(, the comma, the parentheses) keeps its
        // comments, in order: before the first operand, after it, and at the end; the invocation's own trivia stays outside
        var before = invocation.GetLeadingTrivia().AddRange(Comments(invocation, invocation.SpanStart, first.SpanStart)).AddRange(lifted.GetLeadingTrivia());
        var between = Spaced(lifted.GetTrailingTrivia().AddRange(Comments(invocation, first.Span.End, second.SpanStart)));
        var after = Comments(invocation, second.Span.End, invocation.Span.End).AddRange(invocation.GetTrailingTrivia());
        lifted = lifted.WithoutTrivia().WithTrailingTrivia(between);

        ExpressionSyntax replacement;
        if (name == "Equals")
        {
            replacement = SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, lifted, SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsEqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)), other);
            if (NeedsParentheses(invocation))
            {
                replacement = SyntaxFactory.ParenthesizedExpression(Bare(SyntaxKind.OpenParenToken), replacement, Bare(SyntaxKind.CloseParenToken));
            }
        }
        else
        {
            replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, lifted, Bare(SyntaxKind.DotToken), SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(default, "CompareTo", default))),
                SyntaxFactory.ArgumentList(Bare(SyntaxKind.OpenParenToken), SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(other)), Bare(SyntaxKind.CloseParenToken)));
        }

        replacement = replacement.WithLeadingTrivia(before).WithTrailingTrivia(replacement.GetTrailingTrivia().AddRange(after));
        FixHelpers.RegisterReplacement(context, diagnostic, root, invocation, replacement, "Operate on the Money values", nameof(UnitStrippingCodeFixProvider), newNodeHasTrivia: true);
        return true;
    }

    /// <summary>
    /// The call of decimal's <c>Compare</c>, <c>CompareTo</c> or <c>Equals</c> that a sum or difference of amounts is an
    /// operand of (an argument, or the receiver), when the call has no preprocessor directive inside; else null, also for
    /// an <c>Equals</c> whose result is dropped (a statement, the body of a lambda returning nothing), which would become
    /// <c>a - b == c;</c>, not a statement.
    /// </summary>
    private static InvocationExpressionSyntax? ComparisonOf(SemanticModel model, ExpressionSyntax sum, System.Threading.CancellationToken cancellationToken)
    {
        if (sum is not BinaryExpressionSyntax binary || !IsSum(binary))
        {
            return null;
        }

        SyntaxNode operand = sum;
        while (operand.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            operand = parenthesized;
        }

        var invocation = operand.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } => call,
            MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } access when access.Expression == operand && call.Expression == access => call,
            _ => null,
        };
        return invocation is not null
            && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Name: "Compare" or "CompareTo" or "Equals" } method
            && method.ContainingType.SpecialType == SpecialType.System_Decimal
            && !(method.Name == "Equals" && model.GetOperation(invocation, cancellationToken)?.Parent is IExpressionStatementOperation)
            && !FixHelpers.HasDirectivesWithin(invocation)
            ? invocation
            : null;
    }

    /// <summary>
    /// An operand of a comparison call on the Money values: <c>x.Amount</c> → <c>x</c>, and a sum or difference of
    /// amounts of Money (<see cref="OnMoneyOperand"/>) → <c>(a - b)</c>, its comments kept; else null.
    /// </summary>
    private static ExpressionSyntax? OnMoneyValue(SemanticModel? model, ExpressionSyntax operand, int dropLeading, System.Threading.CancellationToken cancellationToken)
    {
        var bare = FixHelpers.WithoutParentheses(operand);
        if (bare is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Amount" } access)
        {
            return FixHelpers.Lift(operand, access.Expression, dropLeading, 0);
        }

        if (model is null || bare is not BinaryExpressionSyntax binary || !IsSum(binary) || !OnMoneyOperand(model, null, binary, cancellationToken))
        {
            return null;
        }

        var lifted = FixHelpers.Lift(operand, binary, dropLeading, 0);
        return SyntaxFactory.ParenthesizedExpression(Bare(SyntaxKind.OpenParenToken), Converted(lifted.WithoutTrivia()), Bare(SyntaxKind.CloseParenToken))
            .WithLeadingTrivia(lifted.GetLeadingTrivia())
            .WithTrailingTrivia(lifted.GetTrailingTrivia());
    }

    /// <summary>
    /// The trivia of the invocation's tokens that lie in [<paramref name="start"/>, <paramref name="end"/>), leaving out
    /// the invocation's own leading and trailing trivia; none when it is only spaces and line breaks.
    /// </summary>
    private static SyntaxTriviaList Comments(InvocationExpressionSyntax invocation, int start, int end)
    {
        var kept = new List<SyntaxTrivia>();
        bool comment = false;
        var firstToken = invocation.GetFirstToken();
        var lastToken = invocation.GetLastToken();
        foreach (var token in invocation.DescendantTokens())
        {
            if (token.SpanStart < start || token.Span.End > end)
            {
                continue;
            }

            foreach (var trivia in token != firstToken ? token.LeadingTrivia : default)
            {
                kept.Add(trivia);
                comment |= !trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia);
            }

            foreach (var trivia in token != lastToken ? token.TrailingTrivia : default)
            {
                kept.Add(trivia);
                comment |= !trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia);
            }
        }

        return comment ? SyntaxFactory.TriviaList(kept) : default;
    }

    /// <summary>A token without the elastic trivia the formatter may turn into a line break next to a comment.</summary>
    private static SyntaxToken Bare(SyntaxKind kind) => SyntaxFactory.Token(default, kind, default);

    /// <summary>Comments that follow an operand: one space before them, none after (an operator or a dot follows).</summary>
    private static SyntaxTriviaList Spaced(SyntaxTriviaList trivia)
    {
        int end = trivia.Count;
        while (end > 0 && trivia[end - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            end--;
        }

        if (end == 0)
        {
            return default;
        }

        var kept = new List<SyntaxTrivia>(end + 1);
        if (!trivia[0].IsKind(SyntaxKind.WhitespaceTrivia) && !trivia[0].IsKind(SyntaxKind.EndOfLineTrivia))
        {
            kept.Add(SyntaxFactory.Space);
        }

        for (int i = 0; i < end; i++)
        {
            kept.Add(trivia[i]);
        }

        return SyntaxFactory.TriviaList(kept);
    }

    /// <summary>Whether <c>x == y</c> in the invocation's place must be parenthesized: anywhere but where a whole expression stands.</summary>
    private static bool NeedsParentheses(InvocationExpressionSyntax invocation) =>
        invocation.Parent is ExpressionSyntax parent
        && parent is not (ParenthesizedExpressionSyntax or ConditionalExpressionSyntax or LambdaExpressionSyntax)
        && !(parent is AssignmentExpressionSyntax assignment && assignment.Right == invocation)
        && !parent.IsKind(SyntaxKind.LogicalAndExpression) && !parent.IsKind(SyntaxKind.LogicalOrExpression);
}
