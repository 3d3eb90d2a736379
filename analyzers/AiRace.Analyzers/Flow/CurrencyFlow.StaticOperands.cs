using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A lambda held by a delegate (or a local function) combining its money parameter with a static field or property of
/// money (<c>static readonly Func&lt;Money, Money&gt; LessFee = m =&gt; m - AdminFee;</c>): as with a local it captures, a
/// call passing another currency than every value the member holds mixes them inside the function.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>A local the function captures (<see cref="IsCaptured"/>), or a static field or property of money that is
    /// not constant.</summary>
    private bool IsCapturedOrStatic(IOperation? operand, IMethodSymbol function) =>
        IsCaptured(operand, function)
        || operand is IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field, Instance: null } && _types.IsMoney(field.Type)
        || operand is IPropertyReferenceOperation { Property: { IsStatic: true, IsIndexer: false, RefKind: RefKind.None } property, Instance: null } && _types.IsMoney(property.Type);
}
