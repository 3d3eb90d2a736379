using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A member read through an interface on the elements of a collection of that interface (<c>lines.MaxBy(l =&gt; l.Actual -
/// l.Planned)</c> over an <c>IReadOnlyList&lt;IBudgetLine&gt;</c>): an element written as a value of a sealed record or a
/// record struct whose positional property implements the member runs that property, so it holds what the element's
/// creation (right there, or held by a <c>readonly</c> field) gives it. A key made of such a member by Money's operators
/// (<c>l.Actual - l.Planned</c>) has, per element, that member's currency (or the key's operator throws).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// What an element written into a collection of an interface gives an interface property: the positional property
    /// implementing it of the sealed record or record struct the element is statically typed as, read on the element as
    /// created (<see cref="ReceiverMemberValue"/>); null for anything else.
    /// </summary>
    private string? InterfaceMemberValue(IOperation element, IPropertySymbol property, int depth, CancellationToken cancellationToken)
    {
        if (property.ContainingType is not { TypeKind: TypeKind.Interface } || property.IsStatic || property.IsIndexer || depth > MaxDepth
            || element.SkipConversions() is not { Type: INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type } value
            || !type.IsSealed && !type.IsValueType
            || type.FindImplementationForInterfaceMember(property) is not IPropertySymbol { IsStatic: false, IsAbstract: false } implementation
            || !SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type)
            || !type.IsRecord || Annotations.PositionalParameter(implementation) is null
            || !_types.IsMoney(implementation.Type))
        {
            return null;
        }

        return ReceiverMemberValue(value, implementation, depth + 1, FlowMode.Exact, cancellationToken);
    }

    /// <summary>
    /// The money member of a key selector's element that the key keeps the currency of: the selector's whole body is
    /// Money's <c>+</c>, <c>-</c>, negation or scaling over reads of money members of its parameter and other values, the
    /// first such member (<c>l =&gt; l.Actual - l.Planned</c>: <c>Actual</c>). Across elements whose member holds two
    /// currencies, the keys compared hold both, or the key's own operator meets them. Null for any other selector.
    /// </summary>
    public IPropertySymbol? KeptMemberKey(IOperation argument)
    {
        if (SelectorLambda(argument) is not { Symbol.Parameters.Length: 1 } lambda || lambda.OnlyReturned() is not { } returned
            || returned.SkipConversions() is not IBinaryOperation and not IUnaryOperation)
        {
            return null;
        }

        return KeptMember(returned, lambda.Symbol.Parameters[0], 0);
    }

    /// <summary>The first money member of <paramref name="parameter"/> a value made by Money's operators keeps the currency of; else null.</summary>
    private IPropertySymbol? KeptMember(IOperation value, IParameterSymbol parameter, int depth)
    {
        switch (value.SkipConversions())
        {
            case IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property, Instance: IParameterReferenceOperation read }
                when _types.IsMoney(property.Type) && SymbolEqualityComparer.Default.Equals(read.Parameter, parameter):
                return property;
            case IParenthesizedOperation parenthesized when depth < 8:
                return KeptMember(parenthesized.Operand, parameter, depth + 1);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when depth < 8 && _types.IsMoney(unary.Type):
                return KeptMember(unary.Operand, parameter, depth + 1);
            case IBinaryOperation binary when depth < 8 && _types.IsMoney(binary.Type) && binary.OperatorMethod.IsOn(_types.Money):
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Add or BinaryOperatorKind.Subtract when _types.IsMoney(binary.LeftOperand.Type) && _types.IsMoney(binary.RightOperand.Type) =>
                        KeptMember(binary.LeftOperand, parameter, depth + 1) ?? KeptMember(binary.RightOperand, parameter, depth + 1),
                    BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide when _types.IsMoney(binary.LeftOperand.Type) != _types.IsMoney(binary.RightOperand.Type) =>
                        KeptMember(_types.IsMoney(binary.LeftOperand.Type) ? binary.LeftOperand : binary.RightOperand, parameter, depth + 1),
                    _ => null,
                };
            default:
                return null;
        }
    }
}
