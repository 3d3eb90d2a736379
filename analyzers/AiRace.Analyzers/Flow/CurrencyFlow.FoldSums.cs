using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// What a seed selector that ignores its key returns (<c>_ =&gt; Money.Zero(Currency.CNY)</c>): the one returned
    /// value of an expression-bodied lambda that never reads its parameter; else null.
    /// </summary>
    private static IOperation? KeylessSeed(IOperation selector)
    {
        if (selector is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters: { Length: 1 } parameters, Body.Operations: { Length: 1 } body } }
            || body[0] is not IReturnOperation { ReturnedValue: { } returned })
        {
            return null;
        }

        foreach (var inner in returned.DescendantsAndSelf())
        {
            if (inner is IParameterReferenceOperation { Parameter: var read } && SymbolEqualityComparer.Default.Equals(read, parameters[0]))
            {
                return null;
            }
        }

        return returned;
    }

    /// <summary>
    /// The member's currencies across the source of a LINQ fold whose whole function adds a member of the element to the
    /// accumulator (<c>xs.Aggregate(seed, (acc, r) =&gt; acc + r.Budget)</c>, <c>xs.AggregateBy(key, _ =&gt; seed, (acc, r)
    /// =&gt; acc - r.Budget)</c>): the function runs once for every element, and the accumulator keeps the seed's
    /// currency until a step in another currency throws. Null for any other form, and for a fold without a seed.
    /// </summary>
    public Elements? FoldStepElements(IBinaryOperation step, CancellationToken cancellationToken)
    {
        if (step.LeftOperand.SkipConversions() is not IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction, Parameters.Length: 2 } lambda } }
            || step.RightOperand.SkipConversions() is not IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } member, Instance: var instance }
            || instance.SkipConversions() is not IParameterReferenceOperation { Parameter: { Ordinal: 1 } element } || !SymbolEqualityComparer.Default.Equals(element.ContainingSymbol, lambda)
            || step.Parent is not IReturnOperation { Parent: IBlockOperation { Operations.Length: 1, Parent: IAnonymousFunctionOperation function } }
            || !SymbolEqualityComparer.Default.Equals(function.Symbol, lambda)
            || function.Parent is not IDelegateCreationOperation { Parent: IArgumentOperation { Parameter.Name: "func", Parent: IInvocationOperation { TargetMethod: { Name: "Aggregate" or "AggregateBy" } method } fold } }
            || !CallSource.IsLinq(method.ContainingType) || SeedOf(fold) is null
            || ArgumentOfOrdinal(fold, 0) is not { } source || !IsElementOf(element.Type, source.SkipConversions()?.Type))
        {
            return null;
        }

        return MemberElementsOf(source, member, cancellationToken);
    }
}
