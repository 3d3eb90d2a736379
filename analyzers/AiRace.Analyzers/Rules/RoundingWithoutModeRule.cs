using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
    /// <c>decimal</c> locals assigned once (<c>var vat = price.Amount * 0.2m; Math.Round(vat, 2)</c>). A quotient of two
    /// amounts is a ratio or an exchange rate, not money (<c>Math.Round(part.Amount / whole.Amount * 100m, 1)</c>, the
    /// yen a euro bought): the amounts inside it do not count.
    /// </summary>
    [MethodImpl(Hot.Path)]
    private static bool MentionsAmount(IOperation value, KnownTypes types, MemberValues members, FlowMode mode, int depth, System.Threading.CancellationToken cancellationToken)
    {
        // Bottom up, with stacks of its own: generated expressions of thousands of terms must not exhaust the thread's
        // stack, and a chain of divisions must not be walked again for each of its quotients. First every operation in
        // the value (lambdas not entered), then each one's answer from its children's: an amount (or a decimal local
        // computed from one) mentions one; a quotient mentions one when exactly one side does (both: a ratio);
        // anything else when a child does.
        var order = new List<IOperation>();
        var amounts = new HashSet<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            order.Add(operation);
            if (IsAmount(operation, types) || (depth < MaxDepth && FromLocal(operation, types, members, mode, depth, cancellationToken)))
            {
                amounts.Add(operation);
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

        var mentions = new HashSet<IOperation>();
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var operation = order[i];
            bool mentioned = amounts.Contains(operation);
            if (!mentioned && operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient)
            {
                mentioned = mentions.Contains(quotient.LeftOperand) != mentions.Contains(quotient.RightOperand);
            }
            else if (!mentioned && operation is not IAnonymousFunctionOperation)
            {
                foreach (var child in operation.ChildOperations)
                {
                    if (mentions.Contains(child))
                    {
                        mentioned = true;
                        break;
                    }
                }
            }

            if (mentioned)
            {
                mentions.Add(operation);
            }
        }

        return mentions.Contains(value);
    }

    private const int MaxDepth = 4;

    [MethodImpl(Hot.Path)]
    private static bool FromLocal(IOperation operation, KnownTypes types, MemberValues members, FlowMode mode, int depth, System.Threading.CancellationToken cancellationToken) =>
        operation is ILocalReferenceOperation { Type.SpecialType: SpecialType.System_Decimal } local
        && ValueFlow.SingleValue(local, null, members, mode, cancellationToken) is { } assigned
        && MentionsAmount(assigned, types, members, mode, depth + 1, cancellationToken);

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
            || invocation.Arguments.Length == 1 && MixedCurrencySumRule.IsSelectOfAmounts(invocation.Arguments[0].Value, types, worked: true));
}
