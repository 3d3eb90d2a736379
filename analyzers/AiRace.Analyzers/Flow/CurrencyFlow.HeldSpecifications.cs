using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A primary-constructor class held in a <c>readonly</c> field or a get-only property that always holds one creation
/// (issue 12 §1, the specification pattern): <c>static readonly AtLeast BigInYuan = new(Money.Billions(50m,
/// Currency.CNY))</c>. A method comparing a parameter with the class's captured bounds (<c>candidate &gt;= floor</c>) is
/// checked at <c>BigInYuan.IsSatisfiedBy(dollars)</c> against what that creation gives the bound, as on an object just
/// made (<see cref="CreatedReceiverPairs"/>), and a getter returning such a bound (<c>Floor =&gt; floor</c>) gives
/// <c>BigInYuan.Floor</c> its currency.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The one object creation a <c>readonly</c> field or get-only property always holds, or null.</summary>
    private IObjectCreationOperation? HeldCreation(IOperation? receiver, FlowMode mode, CancellationToken cancellationToken) =>
        receiver?.SkipConversions() is { } holder
        && holder is IFieldReferenceOperation { Field.IsReadOnly: true } or IPropertyReferenceOperation { Property: { SetMethod: null, IsIndexer: false } }
            ? ValueFlow.HeldValue(holder, _singleValues, _search.OwnModelOf, mode, cancellationToken)?.SkipConversions() as IObjectCreationOperation
            : null;

    /// <summary>
    /// The currency of a money property whose getter returns only primary-constructor parameters of its class (or Money's
    /// operators over them: <c>Floor =&gt; floor</c>), read on a value held as one creation of exactly that class
    /// (<see cref="HeldCreation"/>) that gives them one currency; the parameters never assigned, the property not
    /// virtual, abstract or an override, the class not generic. Null for anything else.
    /// </summary>
    private string? HeldGetterValue(IOperation? instance, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        if (instance is null || depth > MaxDepth || property.IsStatic || property.IsIndexer || property.IsVirtual || property.IsAbstract || property.IsOverride
            || property.SetMethod is not null || property.GetMethod is not { } getter || !_types.IsMoney(property.Type)
            || property.ContainingType is not { IsGenericType: false, TypeKind: TypeKind.Class } type || !_search.IsOwn(type)
            || !CanFollowBody(getter.OriginalDefinition) || HeldCreation(instance, mode, cancellationToken) is not { } creation || !IsCreationOf(creation, type)
            || BodyOf(getter.OriginalDefinition, cancellationToken) is not { } body)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            code = returned is null ? null : Currencies.Join(code, CreatedOperand(returned, creation, type, depth + 1, mode, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.Known(code);
    }
}
