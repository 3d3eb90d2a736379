using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Helpers over a collection parameter that compare its elements (<c>source.Max()</c>), compare each with another
/// parameter (<c>source.Where(m =&gt; m &gt;= floor)</c>), or fold them from a seed in another parameter's currency
/// (<c>source.Aggregate(Money.Zero(fees.Currency), (acc, m) =&gt; acc + m)</c>): as the folds of <see cref="FoldsOf"/>,
/// a collection passed for the parameter that holds two currencies mixes them inside the helper, and, for the last
/// two, a collection whose elements are all in one currency mixes it with another passed for the other parameter.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The collection parameter whose elements a call compares, every one of them (<see cref="ElementsCompared"/>,
    /// <see cref="ElementsComparedWith"/> through <c>Where</c> or <c>Count</c>), and the call as written; else null. A
    /// predicate that stops at the first element it settles (<c>Any</c>, <c>All</c>, <c>First</c>, <c>Last</c> of a list,
    /// <c>TakeWhile</c>, <c>SkipWhile</c>) may never meet the elements of the other currency.</summary>
    private (IParameterSymbol Parameter, string What)? ComparedElementsOf(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (ElementsCompared(invocation, method) is { } compared)
        {
            return compared;
        }

        return !StopsEarly(invocation) && ElementsComparedWith(invocation, method) is { } each ? (each.Items, each.What) : null;
    }

    /// <summary>Whether a predicate's LINQ call may stop before it meets every element (<c>Any</c>, <c>All</c>,
    /// <c>First</c>, <c>Last</c> of a list, <c>TakeWhile</c>, <c>SkipWhile</c>): all but <c>Where</c> and <c>Count</c>.</summary>
    private static bool StopsEarly(IInvocationOperation invocation) => invocation.TargetMethod.Name is not ("Where" or "Count");

    private FactCache<SeededFold[]>? _earlySeeds;

    private FactCache<SeededFold[]> EarlySeeds => _earlySeeds ??= Facts<SeededFold[]>((s, c) => ComputeEarlySeeds((IMethodSymbol)s, c), NoSeededFolds, NoSeededFolds);

    /// <summary>
    /// The seeds of a method of this compilation whose predicate compares each element of a collection parameter with
    /// another parameter but may stop at the first (<c>source.Any(m =&gt; m &gt; floor)</c>): not a fold (a collection of two
    /// currencies may never show the other one), but a collection all in one currency meets the other parameter at its
    /// first element. As <see cref="SeededFoldsOf"/>: not when the body writes the value or reads any currency.
    /// </summary>
    public IReadOnlyList<SeededFold> EarlySeedsOf(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        method = ExtensionBlocks.Member(method);
        return method.DeclaringSyntaxReferences.Length != 1 || !HasFoldableParameter(method) ? NoSeededFolds : EarlySeeds.Get(method, cancellationToken);
    }

    private SeededFold[] ComputeEarlySeeds(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        List<SeededFold>? seeds = null;
        if (OwnBodyOperation(method, cancellationToken) is not { } body)
        {
            return NoSeededFolds;
        }

        AddComparedSeeds(method, body, ref seeds, cancellationToken, stoppingEarly: true);
        return KeptSeeds(method, body, seeds, seedCurrencyRead: false);
    }

    /// <summary>
    /// LINQ's <c>Max()</c> or <c>Min()</c> (without a selector) of a money collection parameter of the method, which
    /// compares its elements with each other: the parameter and the call as written; else null.
    /// </summary>
    private (IParameterSymbol Parameter, string What)? ElementsCompared(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (invocation.TargetMethod is not { Name: "Max" or "Min", Parameters.Length: 1 } target || !CallSource.IsLinq(target.ContainingType)
            || invocation.Arguments.Length != 1 || !_types.IsMoney(invocation.Type)
            || invocation.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation { Parameter: { } source }
            || ExtensionBlocks.PositionOf(source, method) < 0)
        {
            return null;
        }

        return (source, source.Name + "." + target.Name + "()");
    }

    /// <summary>
    /// LINQ with a predicate over a money collection parameter of the method whose lambda's whole body compares its
    /// element with another money parameter of the method (<c>source.Where(m =&gt; m &gt;= floor)</c>, <c>Any</c>,
    /// <c>All</c>, <c>Count</c>, <c>First</c>…): every element met is compared with that one value. The collection
    /// parameter, the other parameter, and the call as written; else null.
    /// </summary>
    private (IParameterSymbol Items, IParameterSymbol Value, string What)? ElementsComparedWith(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (invocation.TargetMethod is not { Name: "Where" or "Any" or "All" or "Count" or "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "SkipWhile" or "TakeWhile" } target
            || !CallSource.IsLinq(target.ContainingType) || invocation.Arguments.Length != 2
            || invocation.Arguments[0].Value.SkipConversions() is not IParameterReferenceOperation { Parameter: { } source }
            || ExtensionBlocks.PositionOf(source, method) < 0 || invocation.Arguments[1].Parameter is not { Name: "predicate" }
            || SelectorLambda(invocation.Arguments[1].Value) is not { Symbol.Parameters.Length: 1 } lambda || !_types.IsMoney(lambda.Symbol.Parameters[0].Type)
            || lambda.OnlyReturned()?.SkipConversions() is not IBinaryOperation { OperatorKind: var kind } comparison
            || kind is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual)
            || !comparison.OperatorMethod.IsOn(_types.Money))
        {
            return null;
        }

        var element = lambda.Symbol.Parameters[0];
        var left = comparison.LeftOperand.SkipConversions() as IParameterReferenceOperation;
        var right = comparison.RightOperand.SkipConversions() as IParameterReferenceOperation;
        IParameterSymbol? other = SymbolEqualityComparer.Default.Equals(left?.Parameter, element) ? right?.Parameter
            : SymbolEqualityComparer.Default.Equals(right?.Parameter, element) ? left?.Parameter
            : null;
        if (other is not { RefKind: RefKind.None } || !_types.IsMoney(other.Type) || ExtensionBlocks.PositionOf(other, method) < 0
            || SymbolEqualityComparer.Default.Equals(other, source))
        {
            return null;
        }

        return (source, other, source.Name + "." + target.Name + "(" + comparison.Syntax + ")");
    }

    /// <summary>
    /// The method's parameter an <c>Aggregate</c>'s seed is in: the parameter itself, or a zero in its currency
    /// (<c>Money.Zero(fees.Currency)</c>); else null.
    /// </summary>
    private IParameterSymbol? SeedParameter(IOperation seed) => seed.SkipConversions() switch
    {
        IParameterReferenceOperation { Parameter: { } parameter } => parameter,
        IInvocationOperation { TargetMethod: { Name: "Zero", IsStatic: true } zero, Arguments.Length: 1 } call when _types.IsMoney(zero.ContainingType)
            && call.Arguments[0].Value.SkipConversions() is IPropertyReferenceOperation { Property.Name: "Currency", Instance: IParameterReferenceOperation { Parameter: { } parameter } }
            && _types.IsMoney(parameter.Type) => parameter,
        _ => null,
    };

    /// <summary>Whether a read of a currency is the one a seed makes its zero in (<c>Money.Zero(fees.Currency)</c> given
    /// to <c>Aggregate</c>): it tells no currencies apart.</summary>
    private bool IsSeedCurrency(IOperation read) =>
        read is IPropertyReferenceOperation { Property.Name: "Currency", Instance: IParameterReferenceOperation }
        && read.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Zero" } zero }
        && (zero.Parent is IConversionOperation { IsImplicit: true } converted ? converted.Parent : zero.Parent) is IArgumentOperation { Parameter.Name: "seed", Parent: IInvocationOperation { TargetMethod.Name: "Aggregate" } aggregate }
        && CallSource.IsLinq(aggregate.TargetMethod.ContainingType);

    /// <summary>The seeds <see cref="ElementsComparedWith"/> finds in a method's body (the value compared with each element):
    /// of a predicate every element meets (<c>Where</c>, <c>Count</c>, a fold of the collection too), or with
    /// <paramref name="stoppingEarly"/> of one that may stop at the first (<see cref="StopsEarly"/>, not a fold).</summary>
    private void AddComparedSeeds(IMethodSymbol method, IOperation body, ref List<SeededFold>? seeds, System.Threading.CancellationToken cancellationToken, bool stoppingEarly = false)
    {
        foreach (var descendant in OwnOperations(body))
        {
            if (descendant is IInvocationOperation invocation && StopsEarly(invocation) == stoppingEarly && ElementsComparedWith(invocation, method) is { } compared
                && ExtensionBlocks.PositionOf(compared.Value, method) is >= 0 and var value && ExtensionBlocks.PositionOf(compared.Items, method) is >= 0 and var items
                && !CaughtAround(invocation) && OnlyRead(compared.Items, body, cancellationToken) && ReadOnlyBy(compared.Items, body, invocation))
            {
                (seeds ??= new List<SeededFold>()).Add(new SeededFold(value, items, compared.What));
            }
        }
    }

    /// <summary>
    /// Whether the only read of a collection parameter in a body is the one a call makes (<c>source.Max()</c>): a body
    /// that reads it elsewhere too may look at its currencies first (<c>if (source.Select(m =&gt; m.Currency).Distinct()
    /// .Count() &gt; 1) return …;</c>), and what the call compares is then not certain.
    /// </summary>
    private static bool ReadOnlyBy(IParameterSymbol parameter, IOperation body, IInvocationOperation call)
    {
        foreach (var descendant in body.Descendants())
        {
            if (descendant is IParameterReferenceOperation { Parameter: { } read } && SymbolEqualityComparer.Default.Equals(read, parameter)
                && !IsWithin(descendant, call))
            {
                return false;
            }
        }

        return true;

        static bool IsWithin(IOperation operation, IOperation container)
        {
            for (var current = operation; current is not null; current = current.Parent)
            {
                if (current == container)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
