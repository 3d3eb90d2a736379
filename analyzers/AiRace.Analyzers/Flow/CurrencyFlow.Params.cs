using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// A fold of a collection parameter by the currency-stating sum (<c>parts.Sum(currency)</c>, the parameter itself its
    /// source, with a <c>params Money[]</c> as with any collection): the sum throws as soon as two elements differ in
    /// currency, whatever currency it is given, so a call passing two currencies mixes them inside the method. Adds the
    /// fold (unless the body catches or also reads the parameter elsewhere) and gives true when the call is such a sum.
    /// </summary>
    private bool AddedCurrencySumFold(List<FoldedParameter> folds, IInvocationOperation invocation, IMethodSymbol method, IOperation body)
    {
        if (!IsCurrencySum(invocation.TargetMethod) || invocation.Arguments.Length != 2)
        {
            return false;
        }

        if (invocation.Arguments[0].Value.SkipConversions() is IParameterReferenceOperation { Parameter: { } source }
            && ExtensionBlocks.PositionOf(source, method) >= 0 && !CaughtAround(invocation) && ReadOnlyBy(source, body, invocation))
        {
            AddFold(folds, method, source, source.Name + ".Sum(" + invocation.Arguments[1].Value.Syntax + ")");
        }

        return true;
    }

    /// <summary>AiRace.Core's <c>Sum(this IEnumerable&lt;Money&gt;, Currency)</c>: every element must be in the currency given.</summary>
    private bool IsCurrencySum(IMethodSymbol method) =>
        method is { Name: "Sum", Parameters.Length: 2 } && method.IsOn(_types.MoneyEnumerable) && _types.IsCurrency(method.Parameters[1].Type);
}
