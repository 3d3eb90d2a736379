using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// A money property read through a <c>readonly</c> field or a get-only property that always holds one object creation
    /// (<c>NationalProgramme.BigFund.Budget</c> where <c>static readonly NationalProgramme BigFund = new("…", yuan)</c>):
    /// what that creation gives the property, when nothing can change it later (its primary-constructor parameter, a
    /// positional parameter, an initializer); else null. Only asked when the property's writes state no one currency.
    /// </summary>
    private string? HeldInstanceValue(IOperation? instance, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (property.IsStatic || property.IsIndexer || depth > MaxDepth || !_types.IsMoney(property.Type)
            || instance?.SkipConversions() is not { } holder
            || holder is not (IFieldReferenceOperation { Field.IsReadOnly: true } or IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } })
            || !_search.IsOwn(property.OriginalDefinition))
        {
            return null;
        }

        return ValueFlow.HeldValue(holder, _singleValues, _search.OwnModelOf, mode, cancellationToken)?.SkipConversions() is IObjectCreationOperation creation
            ? CreatedValue(creation, property, depth + 1, mode, cancellationToken)
            : null;
    }
}
