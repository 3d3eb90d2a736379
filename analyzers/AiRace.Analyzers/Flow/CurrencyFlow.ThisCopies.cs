using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A record's method whose body is one copy of its own instance (<c>Tranche Indexed(decimal f) =&gt; this with { Amount =
/// Amount * f };</c>), of a sealed record or a record struct that copies as declared: at a call, a get-only or <c>init</c>
/// member of the result holds what the copy's initializer gives it, or, when the initializer leaves it alone or only scales
/// it or adds to it by Money's operators (<c>Amount * f</c>), what the receiver holds
/// (<c>FirstChinaTranche().Indexed(1.02m).Amount</c>, the receiver an object the flow sees created).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>A cheap first look: whether a call may be of a method that returns a <c>with</c> copy of its own instance.</summary>
    private static bool MayCopyItself(IInvocationOperation call) =>
        call.Instance is not null && call.TargetMethod is { IsStatic: false, ReturnsVoid: false } method
        && method.ContainingType is { IsRecord: true } record && SymbolEqualityComparer.Default.Equals(method.ReturnType, record)
        && CopiesAsDeclared(record);

    /// <summary>
    /// The currency a member of a call's result holds when the called method only returns a <c>with</c> copy of its own
    /// instance (see the type's summary); else null.
    /// </summary>
    private string? ThisCopyValue(IInvocationOperation call, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (depth > MaxDepth || call.Instance is not { } receiver || !CanFollowBody(method) || !_search.IsOwn(method)
            || BodyOf(method, cancellationToken) is not ExpressionSyntax body
            || _search.ModelOf(body.SyntaxTree).GetOperation(body, cancellationToken)?.SkipConversions() is not IWithOperation { Operand: IInstanceReferenceOperation } copy
            || !SetsOnlyPlainMembers(copy.Initializer, cancellationToken))
        {
            return null;
        }

        foreach (var item in copy.Initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
            {
                return KeepsOwnMember(assignment.Value, property, 0)
                    ? ReceiverMemberValue(receiver, property, depth + 1, mode, cancellationToken)
                    : Currencies.Known(Value(assignment.Value, depth + 1, mode, cancellationToken));
            }
        }

        return ReceiverMemberValue(receiver, property, depth + 1, mode, cancellationToken);
    }

    /// <summary>What a receiver the flow sees created (right there, in a local, by a method, or held by a <c>readonly</c> field) gives one of its members; else null.</summary>
    private string? ReceiverMemberValue(IOperation receiver, IPropertySymbol property, int depth, FlowMode mode, CancellationToken cancellationToken) =>
        CreatedValue(receiver, property, depth, mode, cancellationToken) ?? HeldInstanceValue(receiver, property, depth, mode, cancellationToken);

    /// <summary>
    /// Whether a value has the currency of its own instance's member: the member read on <c>this</c>, negated, scaled, or
    /// added to or less something by Money's operators (which throw unless both share a currency).
    /// </summary>
    private bool KeepsOwnMember(IOperation? value, IPropertySymbol property, int depth)
    {
        switch (value?.SkipConversions())
        {
            case IPropertyReferenceOperation { Instance: IInstanceReferenceOperation } read:
                return SymbolEqualityComparer.Default.Equals(read.Property.OriginalDefinition, property.OriginalDefinition);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary when depth < 8 && _types.IsMoney(unary.Type):
                return KeepsOwnMember(unary.Operand, property, depth + 1);
            case IBinaryOperation binary when depth < 8 && _types.IsMoney(binary.Type) && binary.OperatorMethod.IsOn(_types.Money):
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Add or BinaryOperatorKind.Subtract =>
                        _types.IsMoney(binary.LeftOperand.Type) && _types.IsMoney(binary.RightOperand.Type)
                        && (KeepsOwnMember(binary.LeftOperand, property, depth + 1) || KeepsOwnMember(binary.RightOperand, property, depth + 1)),
                    BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide =>
                        _types.IsMoney(binary.LeftOperand.Type) != _types.IsMoney(binary.RightOperand.Type)
                        && KeepsOwnMember(_types.IsMoney(binary.LeftOperand.Type) ? binary.LeftOperand : binary.RightOperand, property, depth + 1),
                    _ => false,
                };
            default:
                return false;
        }
    }
}
