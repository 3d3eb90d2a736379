using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>AIR0009: reports <c>Math.Round</c>/<c>decimal.Round</c> of a money amount with no <c>MidpointRounding</c>.</summary>
internal sealed class RoundingWithoutModeRule : Rule, ICallRule
{
    public RoundingWithoutModeRule()
        : base(Descriptors.RoundingWithoutMode)
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<ApiName> ReliesOn { get; } = ApiName.Join(
        ApiName.Of(KnownTypes.MoneyName, "Amount"),
        ApiName.Of("System.Math", "Round"),
        ApiName.Of("System.MidpointRounding"));

    /// <summary>Only calls of Round can be reported.</summary>
    public bool MayConcern(IMethodSymbol method, KnownTypes types) =>
        method.Name == "Round" && method.IsStatic && (method.IsOn(types.Math) || method.ContainingType.SpecialType == SpecialType.System_Decimal);

    [MethodImpl(Hot.Path)]
    public void AnalyzeCall(in RuleContext context, IOperation call, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
    {
        var types = context.Types;
        if (call is not IInvocationOperation invocation || method is null || method.Name != "Round" || !method.IsStatic || invocation.Arguments.Length == 0
            || !(method.IsOn(types.Math) || method.ContainingType.SpecialType == SpecialType.System_Decimal)
            || types.Money is null || types.MidpointRounding is null || KnownTypes.IsInside(context.ContainingSymbol, types.Money))
        {
            return;
        }

        foreach (var parameter in method.Parameters)
        {
            if (KnownTypes.Is(parameter.Type, types.MidpointRounding))
            {
                return;
            }
        }

        if (invocation.Arguments.ArgumentAt(0)?.Value is not { } value)
        {
            return;
        }

        if (!MentionsAmount(value, types, context.Facts.Members, FlowMode.Optimistic, 0, context.CancellationToken)
            || !MentionsAmount(value, types, context.Facts.Members, FlowMode.Exact, 0, context.CancellationToken))
        {
            return;
        }

        context.Report(Diagnostic.Create(
            Descriptors.RoundingWithoutMode,
            invocation.Syntax.GetLocation(),
            (method.ContainingType.SpecialType == SpecialType.System_Decimal ? "decimal" : "Math") + ".Round"));
    }

    /// <summary>
    /// Whether the rounded value is computed from a Money <c>Amount</c> (lambdas inside it excluded), directly or through
    /// <c>decimal</c> locals assigned once (<c>var vat = price.Amount * 0.2m; Math.Round(vat, 2)</c>, each keeping its
    /// power of money: a reciprocal in a local stays one) or deconstructed from
    /// Money (<c>var (amount, _) = price;</c>). A quotient of two amounts is a ratio or an exchange rate, not money
    /// (<c>Math.Round(part.Amount / whole.Amount * 100m, 1)</c>, the yen a euro bought), also as <c>decimal.Divide</c> or
    /// an amount times the reciprocal of another (<c>part.Amount * (100m / whole.Amount)</c>): the amounts inside it do not
    /// count. A test of an amount is not one either: an amount that only chooses between other values
    /// (<c>order.Amount &gt; 1_000m ? rate * 0.9m : rate</c>) is not in the result.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static bool MentionsAmount(IOperation value, KnownTypes types, MemberValues members, FlowMode mode, int depth, System.Threading.CancellationToken cancellationToken) =>
        PowerOfValue(value, types, members, mode, depth, cancellationToken) > 0;

    /// <summary>The power of money of a value (see <see cref="MentionsAmount"/>): 1 for an amount, -1 for a reciprocal of
    /// one, 0 for a ratio or no money.</summary>
    private static int PowerOfValue(IOperation value, KnownTypes types, MemberValues members, FlowMode mode, int depth, System.Threading.CancellationToken cancellationToken)
    {
        // Bottom up, with stacks of its own: generated expressions of thousands of terms must not exhaust the thread's
        // stack, and a chain of divisions must not be walked again for each of its quotients. First every operation in
        // the value (lambdas not entered), then each one's power of money from its children's, as a unit is worked out:
        // an amount (or a decimal local computed from one) is money to the power 1; a product adds its factors' powers, a
        // quotient subtracts the divisor's (an amount over an amount: 0, a ratio; a number over an amount: -1, a
        // reciprocal); a test (anything boolean, and the condition of ?: or the value a switch expression tests) is 0;
        // anything else is money when a child is (the largest power, else the smallest). The value mentions an amount
        // when its power is positive.
        var order = new List<IOperation>();
        var leaves = new Dictionary<IOperation, int>();
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            order.Add(operation);
            if (IsAmount(operation, types))
            {
                leaves[operation] = 1;
                continue;
            }

            if (depth < MaxDepth && LocalPower(operation, types, members, mode, depth, cancellationToken) is int local)
            {
                // a decimal local keeps the power of what it holds: a reciprocal (100m / whole.Amount) stays -1
                leaves[operation] = local;
                continue;
            }

            if (operation is not IAnonymousFunctionOperation)
            {
                foreach (var child in operation.ChildOperations)
                {
                    pending.Push(child);
                }
            }
        }

        var powers = new Dictionary<IOperation, int>();
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var operation = order[i];
            int power = leaves.TryGetValue(operation, out int leaf) ? leaf : PowerOf(operation, powers);
            if (power != 0)
            {
                powers[operation] = power;
            }
        }

        return powers.TryGetValue(value, out int result) ? result : 0;
    }

    /// <summary>The power of money of an operation that is not an amount itself, from its children's (absent: 0).</summary>
    private static int PowerOf(IOperation operation, Dictionary<IOperation, int> powers)
    {
        if (operation.Type?.SpecialType == SpecialType.System_Boolean)
        {
            return 0;
        }

        switch (operation)
        {
            case IAnonymousFunctionOperation:
                return 0;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                return Clamp(Power(product.LeftOperand, powers) + Power(product.RightOperand, powers));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient:
                return Clamp(Power(quotient.LeftOperand, powers) - Power(quotient.RightOperand, powers));
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Multiply" or "Divide", ContainingType.SpecialType: SpecialType.System_Decimal }, Arguments.Length: 2 } call:
                // decimal.Divide(part.Amount, whole.Amount): the quotient written as a call
                // (by parameter: decimal.Divide(d2: rate, d1: price.Amount) divides the amount)
                int left = PowerAt(call, 0, powers), right = PowerAt(call, 1, powers);
                return Clamp(call.TargetMethod.Name == "Multiply" ? left + right : left - right);
            case IConditionalOperation conditional:
                // the condition only chooses
                return Largest(Power(conditional.WhenTrue, powers), conditional.WhenFalse is null ? 0 : Power(conditional.WhenFalse, powers));
            case ISwitchExpressionOperation switchExpression:
                // the value tested and the arms' patterns only choose
                int arms = 0;
                foreach (var arm in switchExpression.Arms)
                {
                    arms = Largest(arms, Power(arm.Value, powers));
                }

                return arms;
        }

        int power = 0;
        foreach (var child in operation.ChildOperations)
        {
            power = Largest(power, Power(child, powers));
        }

        return power;
    }

    /// <summary>The power of money worked out for an operation (an argument's is its value's).</summary>
    private static int Power(IOperation operation, Dictionary<IOperation, int> powers) =>
        powers.TryGetValue(operation, out int power) ? power : 0;

    /// <summary>The power of money worked out for the argument of a call's parameter at an ordinal (absent: 0).</summary>
    private static int PowerAt(IInvocationOperation call, int ordinal, Dictionary<IOperation, int> powers) =>
        call.Arguments.ArgumentAt(ordinal) is { } argument ? Power(argument, powers) : 0;

    /// <summary>Of two powers, the positive one (the larger), else the negative one (the smaller), else 0.</summary>
    private static int Largest(int a, int b) => a > 0 || b > 0 ? System.Math.Max(a, b) : System.Math.Min(a, b);

    /// <summary>A power kept between -8 and 8 (a generated chain of products must not overflow).</summary>
    private static int Clamp(int power) => power > 8 ? 8 : power < -8 ? -8 : power;

    private const int MaxDepth = 4;

    /// <summary>The power of money a decimal local holds: its single value's, or 1 when deconstructed from Money; null
    /// for anything else (no money).</summary>
    [MethodImpl(Hot.Path)]
    private static int? LocalPower(IOperation operation, KnownTypes types, MemberValues members, FlowMode mode, int depth, System.Threading.CancellationToken cancellationToken)
    {
        if (operation is not ILocalReferenceOperation local || KnownTypes.Unwrap(local.Type!).SpecialType != SpecialType.System_Decimal)
        {
            return null;
        }

        if (ValueFlow.SingleValue(local, null, members, mode, cancellationToken, bound: true) is { } assigned)
        {
            return Clamp(PowerOfValue(assigned, types, members, mode, depth + 1, cancellationToken));
        }

        return local.SemanticModel is { } model
            && (UnitStrippingRule.DeconstructedAmount(local.Local, model, types, cancellationToken) is not null
                || DeconstructedByLoopOrPattern(local.Local, model, types, cancellationToken))
            ? 1
            : null;
    }

    /// <summary>
    /// Whether a <c>decimal</c> local is the amount of Money deconstructed by a loop (<c>foreach (var (amount, _) in prices)</c>)
    /// or by a positional pattern (<c>price is (var amount, _)</c>, <c>(decimal amount, _) =&gt; …</c>, also through <c>and</c>), never written again.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DeconstructedByLoopOrPattern(ILocalSymbol local, SemanticModel model, KnownTypes types, CancellationToken cancellationToken)
    {
        if (local.IsRef || local.DeclaringSyntaxReferences is not { Length: 1 } references
            || references[0].GetSyntax(cancellationToken) is not SingleVariableDesignationSyntax designation || model.SyntaxTree != designation.SyntaxTree)
        {
            return false;
        }

        SyntaxNode? scope = designation.Parent switch
        {
            // foreach (var (amount, _) in prices)
            ParenthesizedVariableDesignationSyntax { Variables.Count: 2, Parent: DeclarationExpressionSyntax { Parent: ForEachVariableStatementSyntax loop } } parenthesized
                when parenthesized.Variables.IndexOf(designation) == 0 && types.IsMoney(model.GetForEachStatementInfo(loop).ElementType) => loop,
            // foreach ((var amount, _) in prices)
            DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax { Arguments.Count: 2, Parent: ForEachVariableStatementSyntax loop } tuple } argument }
                when tuple.Arguments.IndexOf(argument) == 0 && types.IsMoney(model.GetForEachStatementInfo(loop).ElementType) => loop,
            // price is var (amount, _)
            ParenthesizedVariableDesignationSyntax { Parent: VarPatternSyntax pattern } parenthesized
                when IsAmountOfDeconstruction(model.GetOperation(parenthesized, cancellationToken) ?? model.GetOperation(pattern, cancellationToken), parenthesized.Variables.IndexOf(designation), types) => ValueFlow.ScopeOfPattern(designation),
            // price is (var amount, _), (decimal amount, _) => …, price is (> 0m and var amount, _)
            VarPatternSyntax or DeclarationPatternSyntax
                when SubpatternOf(designation.Parent) is { Parent: PositionalPatternClauseSyntax { Parent: RecursivePatternSyntax recursive } clause } subpattern
                && IsSubpatternOfAmount(model, recursive, clause, subpattern, types, cancellationToken) => ValueFlow.ScopeOfPattern(designation),
            _ => null,
        };

        return scope is not null && !LocalWrites.MayBeWrittenIn(local, scope, null, model, cancellationToken);
    }

    /// <summary>The subpattern a pattern is (through <c>and</c> and parentheses: <c>(&gt; 0m and var amount, _)</c>), or null.</summary>
    private static SubpatternSyntax? SubpatternOf(SyntaxNode pattern)
    {
        var node = pattern;
        while (node.Parent is ParenthesizedPatternSyntax || node.Parent is BinaryPatternSyntax both && both.IsKind(SyntaxKind.AndPattern))
        {
            node = node.Parent;
        }

        return node.Parent as SubpatternSyntax;
    }

    private static bool IsSubpatternOfAmount(SemanticModel model, RecursivePatternSyntax recursive, PositionalPatternClauseSyntax clause, SubpatternSyntax subpattern, KnownTypes types, CancellationToken cancellationToken) =>
        IsAmountOfDeconstruction(model.GetOperation(recursive, cancellationToken), clause.Subpatterns.IndexOf(subpattern), types);

    /// <summary>Whether the subpattern at an index of a positional pattern on Money (names must match the positions) is given its amount.</summary>
    private static bool IsAmountOfDeconstruction(IOperation? pattern, int index, KnownTypes types) =>
        pattern is IRecursivePatternOperation { DeconstructSymbol: IMethodSymbol { IsExtensionMethod: false, Parameters: var parameters } deconstruct }
        && types.IsMoney(deconstruct.ContainingType) && index >= 0 && index < parameters.Length
        && parameters[index].Type.SpecialType == SpecialType.System_Decimal;

    [MethodImpl(Hot.Path)]
    private static bool IsAmount(IOperation operation, KnownTypes types) =>
        operation is IPropertyReferenceOperation { Property.Name: "Amount" } property && types.IsMoney(property.Property.ContainingType)
        || operation is IInvocationOperation { TargetMethod.Name: "Max" or "Min" or "Average" or "Sum" } invocation && AggregatesAmounts(invocation, types);

    /// <summary>
    /// LINQ's <c>Max</c>, <c>Min</c>, <c>Average</c> or <c>Sum</c> of amounts taken or worked out by a selector
    /// (<c>awards.Max(a =&gt; a.Amount)</c>, <c>lines.Sum(l =&gt; l.Price.Amount * l.Quantity)</c>): the result is an amount
    /// as much as each element's is.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool AggregatesAmounts(IInvocationOperation invocation, KnownTypes types) =>
        (invocation.TargetMethod.IsOn(types.Enumerable) || invocation.TargetMethod.IsOn(types.Queryable))
        && (invocation.Arguments.Length == 2 && invocation.Arguments.ArgumentAt(1) is { } selector
                && (MixedCurrencySumRule.ReturnsAmount(selector.Value, types) || MixedCurrencySumRule.ReturnsWorkedAmount(selector.Value, types))
            || invocation.Arguments.Length == 1 && MixedCurrencySumRule.IsSelectOfAmounts(WithoutDefaultIfEmpty(invocation.Arguments[0].Value, types), types, worked: true));

    /// <summary>
    /// The sequence a <c>DefaultIfEmpty()</c> (or <c>DefaultIfEmpty(0m)</c>) guards: its elements are the sequence's, or
    /// a constant when it is empty. Else the value itself.
    /// </summary>
    private static IOperation WithoutDefaultIfEmpty(IOperation source, KnownTypes types)
    {
        var value = source.SkipConversions();
        while (value is IInvocationOperation { TargetMethod.Name: "DefaultIfEmpty" } guard
            && (guard.TargetMethod.IsOn(types.Enumerable) || guard.TargetMethod.IsOn(types.Queryable))
            && (guard.Arguments.Length == 1 || guard.Arguments.Length == 2 && guard.Arguments[1].Value.ConstantValue.HasValue))
        {
            value = guard.Arguments[0].Value.SkipConversions();
        }

        return value ?? source;
    }
}
