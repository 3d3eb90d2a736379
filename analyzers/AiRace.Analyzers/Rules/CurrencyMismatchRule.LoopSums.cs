using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyMismatchRule
{
    /// <summary>
    /// A running total of a known currency given a member of each element of a loop whose own currency is not one
    /// (<c>foreach (var r in rows) total += r.Budget;</c> over rows in several currencies): reported when some element
    /// is surely in another currency than the total (<see cref="CurrencyFlow.LoopSumElements"/>).
    /// </summary>
    private static void CheckLoopSum(in RuleContext context, CurrencyFlow resolver, ICompoundAssignmentOperation compound, string symbol)
    {
        var token = context.CancellationToken;
        if (compound.Value.SkipConversions() is not IPropertyReferenceOperation { Instance: ILocalReferenceOperation or IParameterReferenceOperation }
            || resolver.Resolve(compound.Value, FlowMode.Optimistic, token) is not null
            || resolver.ResolveCompoundTarget(compound, FlowMode.Exact, token) is not { } total
            || resolver.ResolveCompoundTarget(compound, FlowMode.Optimistic, token) != total
            || resolver.LoopSumElements(compound, token) is not { } elements
            || elements.OtherThan(total) is not { } other
            || GuardedByCurrency(compound, context.Types, context.Facts.GuardHelpers, token))
        {
            return;
        }

        context.Report(Diagnostic.Create(Descriptors.CurrencyMismatch, compound.Syntax.GetLocation(), symbol + "=", total, other));
    }
}
