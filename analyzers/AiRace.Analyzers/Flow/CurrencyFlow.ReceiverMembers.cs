using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// An extension method on a read model (issue 12 §1), called on a value held in a <c>readonly</c> field or a get-only
/// property that always holds one object creation (<c>static readonly FundState China = new("bf", yuan, yuan, 3)</c>):
/// a body that returns members of its receiver (<c>Headroom(this FundState s) =&gt; s.Ceiling - s.Paid</c>) gives the
/// call the currency that creation gives those members, and a body that combines or compares a member of its receiver
/// with a money parameter (<c>s.Paid &gt; limit</c>, <c>s with { Paid = s.Paid + tranche }</c>) is checked at the call
/// against the argument given for it. Not when the body writes its receiver, takes it by reference, or reads a currency.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly IPropertySymbol[] NoReceiverMembers = System.Array.Empty<IPropertySymbol>();

    private FactCache<IPropertySymbol[]>? _receiverMemberReturns;

    private FactCache<IPropertySymbol[]> ReceiverMemberReturns =>
        _receiverMemberReturns ??= Facts<IPropertySymbol[]>((s, c) => ComputeReceiverMemberReturns((IMethodSymbol)s, c), NoReceiverMembers, NoReceiverMembers);

    /// <summary>
    /// The currency of a call of an extension method of the code whose every return is made only of money members of its
    /// receiver (the member, or Money's <c>+</c>/<c>-</c> over such members), the receiver held as one creation
    /// (<see cref="HeldInstanceValue"/>) that gives each of those members one same currency; else null.
    /// </summary>
    private string? FromReceiverMemberReturn(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (!method.IsExtensionMethod || depth > MaxDepth || !_types.IsMoney(invocation.Type) || method.Parameters.Length == 0
            || !IsModelReceiver(method.Parameters[0])
            || (invocation.Instance ?? ArgumentOfOrdinal(invocation, 0)) is not { } receiver)
        {
            return null;
        }

        var members = ReceiverMemberReturns.Get(method.OriginalDefinition, cancellationToken);
        if (members.Length == 0)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var member in members)
        {
            code = Currencies.Join(code, HeldInstanceValue(receiver, member, depth + 1, mode, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.Known(code);
    }

    /// <summary>
    /// The pairs of <see cref="FixedPairsOf"/> in an extension method whose other value is made only of money members of
    /// its receiver (<c>s.Paid &gt; limit</c>), with the currency the call's receiver, held as one creation, gives them;
    /// a pair whose value every write of the member agrees on is left to <see cref="FixedPairsOf"/>. Empty otherwise.
    /// </summary>
    private IReadOnlyList<(int Ordinal, string Code, bool FixedFirst, string What)> ReceiverMemberPairs(IMethodSymbol method, IOperation? receiver, FlowMode mode, CancellationToken cancellationToken)
    {
        if (receiver is null || method.Parameters.Length == 0 || !IsModelReceiver(method.Parameters[0]))
        {
            return NoCreatedPairs;
        }

        var pairs = FixedPairsOf(method, cancellationToken);
        if (pairs.Count == 0)
        {
            return NoCreatedPairs;
        }

        List<(int, string, bool, string)>? found = null;
        foreach (var pair in pairs)
        {
            if (!IsReceiverMemberValue(pair.Captured, method.OriginalDefinition.Parameters[0], 0) || Resolve(pair.Captured, mode, cancellationToken) is not null)
            {
                continue;
            }

            if (ReceiverWritten(method.OriginalDefinition, cancellationToken))
            {
                return NoCreatedPairs;
            }

            if (Currencies.Known(HeldMembersCode(pair.Captured, receiver, 0, mode, cancellationToken)) is { } known)
            {
                (found ??= new List<(int, string, bool, string)>()).Add((pair.Ordinal, known, pair.CapturedFirst, pair.What));
            }
        }

        return found is null ? NoCreatedPairs : found;
    }

    /// <summary>A receiver the flow may read members of: taken by value or <c>in</c>, not money, not a type parameter.</summary>
    private bool IsModelReceiver(IParameterSymbol parameter) =>
        parameter.RefKind is RefKind.None or RefKind.In && parameter.Type is INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class } && !_types.IsMoney(parameter.Type);

    private bool ReceiverWritten(IMethodSymbol method, CancellationToken cancellationToken) =>
        method.DeclaringSyntaxReferences.Length != 1
        || IsWrittenIn(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), method.Parameters[0].Name, ofTypeParameter: false, cancellationToken);

    private IPropertySymbol[] ComputeReceiverMemberReturns(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!CanFollowBody(method) || !_search.IsOwn(method) || method.IsAsync || method.IsGenericMethod || !method.IsExtensionMethod
            || BodyOf(method, cancellationToken) is not { } body || ReceiverWritten(method, cancellationToken))
        {
            return NoReceiverMembers;
        }

        var receiver = method.Parameters[0];
        var members = new List<IPropertySymbol>();
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            if (returned is null || !IsReceiverMemberValue(returned, receiver, 0))
            {
                return NoReceiverMembers;
            }

            AddReceiverMembers(returned.SkipConversions(), members);
        }

        return members.Count == 0 ? NoReceiverMembers : members.ToArray();
    }

    /// <summary>Whether a value is a money property of the receiver parameter, or Money's <c>+</c>/<c>-</c> over such values.</summary>
    private bool IsReceiverMemberValue(IOperation? value, IParameterSymbol receiver, int depth) => value?.SkipConversions() switch
    {
        IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false, RefKind: RefKind.None } property, Instance: IParameterReferenceOperation { Parameter: { } read } } =>
            _types.IsMoney(property.Type) && SymbolEqualityComparer.Default.Equals(read.OriginalDefinition, receiver.OriginalDefinition),
        IParenthesizedOperation parenthesized => depth < 8 && IsReceiverMemberValue(parenthesized.Operand, receiver, depth + 1),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: { } combining } combined
            when depth < 8 && combining.IsOn(_types.Money) && _types.IsMoney(combined.Type) =>
            IsReceiverMemberValue(combined.LeftOperand, receiver, depth + 1) && IsReceiverMemberValue(combined.RightOperand, receiver, depth + 1),
        _ => false,
    };

    private static void AddReceiverMembers(IOperation? value, List<IPropertySymbol> members)
    {
        switch (value?.SkipConversions())
        {
            case IPropertyReferenceOperation { Property: { } property }:
                foreach (var known in members)
                {
                    if (SymbolEqualityComparer.Default.Equals(known, property.OriginalDefinition))
                    {
                        return;
                    }
                }

                members.Add(property.OriginalDefinition);

                break;
            case IParenthesizedOperation parenthesized:
                AddReceiverMembers(parenthesized.Operand, members);
                break;
            case IBinaryOperation combined:
                AddReceiverMembers(combined.LeftOperand, members);
                AddReceiverMembers(combined.RightOperand, members);
                break;
        }
    }

    /// <summary>The one currency the receiver's creation gives every member a value of <see cref="IsReceiverMemberValue"/> reads, or null.</summary>
    private string? HeldMembersCode(IOperation value, IOperation receiver, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var members = new List<IPropertySymbol>();
        AddReceiverMembers(value, members);
        string? code = Currencies.None;
        foreach (var member in members)
        {
            code = Currencies.Join(code, HeldInstanceValue(receiver, member, depth + 1, mode, cancellationToken));
            if (code is null)
            {
                return null;
            }
        }

        return code;
    }
}
