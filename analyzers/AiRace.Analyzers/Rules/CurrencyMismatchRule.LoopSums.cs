using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyMismatchRule
{
    /// <summary>
    /// A running total of a known currency given a member of each element of a loop whose own currency is not one
    /// (<c>foreach (var r in rows) total += r.Budget;</c> over rows in several currencies): reported when some element
    /// is surely in another currency than the total (<see cref="CurrencyFlow.LoopSumElements"/>); not over one of several
    /// collections (<c>domestic ? yuanRows : dollarRows</c>, a group), which may hold only the total's currency.
    /// </summary>
    private static void CheckLoopSum(in RuleContext context, CurrencyFlow resolver, ICompoundAssignmentOperation compound, string symbol)
    {
        var token = context.CancellationToken;
        if (compound.Value.SkipConversions() is not IPropertyReferenceOperation { Instance: ILocalReferenceOperation or IParameterReferenceOperation }
            || resolver.Resolve(compound.Value, FlowMode.Optimistic, token) is not null
            || resolver.ResolveCompoundTarget(compound, FlowMode.Exact, token) is not { } total
            || resolver.ResolveCompoundTarget(compound, FlowMode.Optimistic, token) != total
            || resolver.LoopSumElements(compound, token) is not { OneEach: false } elements
            || elements.OtherThan(total) is not { } other
            || GuardedByCurrency(compound, context.Types, context.Facts.GuardHelpers, token))
        {
            return;
        }

        context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, compound.Syntax.GetLocation(), symbol + "=", total, other));
    }

    /// <summary>
    /// The step of a seeded LINQ fold that adds a member of each element to the accumulator (<c>(acc, r) =&gt; acc +
    /// r.Budget</c>) when the member's own currency is not one: reported when some element is surely in another currency
    /// than the seed (<see cref="CurrencyFlow.FoldStepElements"/>), not over one of several collections. A member of one
    /// currency is checked as any operands are.
    /// </summary>
    private static void CheckFoldStep(in RuleContext context, CurrencyFlow resolver, IBinaryOperation binary, string symbol)
    {
        var token = context.CancellationToken;
        if (binary.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract)
            || binary.LeftOperand.SkipConversions() is not IParameterReferenceOperation
            || binary.RightOperand.SkipConversions() is not IPropertyReferenceOperation { Instance: IParameterReferenceOperation }
            || resolver.Resolve(binary.RightOperand, FlowMode.Optimistic, token) is not null
            || resolver.Resolve(binary.LeftOperand, FlowMode.Exact, token) is not { } seed
            || resolver.Resolve(binary.LeftOperand, FlowMode.Optimistic, token) != seed
            || resolver.FoldStepElements(binary, token) is not { OneEach: false } elements
            || elements.OtherThan(seed) is not { } other
            || GuardedByCurrency(binary, context.Types, context.Facts.GuardHelpers, token))
        {
            return;
        }

        context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, binary.Syntax.GetLocation(), symbol, seed, other));
    }
}
