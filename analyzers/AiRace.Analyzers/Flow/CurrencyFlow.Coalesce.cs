using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A method of the compilation whose every return is one of its <c>Money?</c> (or money) parameters, whole or before
/// <c>??</c>, or a value of one stated currency (<c>Money ChinaOrZero(Money? maybe) =&gt; maybe ?? Money.Zero(Currency.CNY)</c>):
/// the position of that parameter and the stated code; <see cref="None"/> for any other method.
/// </summary>
internal sealed class CoalescedReturn
{
    public static readonly CoalescedReturn None = new(-1, null);

    public CoalescedReturn(int ordinal, string? code)
    {
        Ordinal = ordinal;
        Code = code;
    }

    /// <summary>The parameter's ordinal, or -1.</summary>
    public int Ordinal { get; }

    /// <summary>The currency every other return states.</summary>
    public string? Code { get; }
}

internal sealed partial class CurrencyFlow
{
    private FactCache<CoalescedReturn>? _coalescedReturns;

    private FactCache<CoalescedReturn> CoalescedReturns =>
        _coalescedReturns ??= Facts<CoalescedReturn>((s, c) => ComputeCoalescedReturn((IMethodSymbol)s, c), CoalescedReturn.None, CoalescedReturn.None);

    /// <summary>
    /// The currency of a call of a method that returns its parameter or a value of one stated currency
    /// (<see cref="CoalescedReturn"/>): that currency when the call gives the parameter <c>null</c> or a value in it;
    /// else null.
    /// </summary>
    private string? FromCoalescedReturn(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod || !HasMoneyOrNullableParameter(method))
        {
            return null;
        }

        var fact = CoalescedReturns.Get(method.OriginalDefinition, cancellationToken);
        if (fact.Ordinal < 0)
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == fact.Ordinal)
            {
                return Currencies.Known(Currencies.Join(Value(argument.Value, depth, mode, cancellationToken), fact.Code));
            }
        }

        return null;
    }

    private bool HasMoneyOrNullableParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (_types.IsMoney(parameter.Type) || parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable && _types.IsMoney(nullable.TypeArguments[0]))
            {
                return true;
            }
        }

        return false;
    }

    private CoalescedReturn ComputeCoalescedReturn(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!CanFollowBody(method) || !_search.IsOwn(method) || method.IsAsync || method.DeclaringSyntaxReferences.Length != 1
            || BodyOf(method, cancellationToken) is not { } body)
        {
            return CoalescedReturn.None;
        }

        IParameterSymbol? parameter = null;
        string? code = Currencies.None;
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            var value = returned?.SkipConversions();
            IOperation? other = value;
            if (value is ICoalesceOperation coalesce && coalesce.Value.SkipConversions() is IParameterReferenceOperation)
            {
                value = coalesce.Value.SkipConversions();
                other = coalesce.WhenNull;
            }

            if (value is IParameterReferenceOperation { Parameter: { } read })
            {
                if (parameter is not null && !SymbolEqualityComparer.Default.Equals(parameter, read) || !SymbolEqualityComparer.Default.Equals(read.ContainingSymbol, method))
                {
                    return CoalescedReturn.None;
                }

                parameter = read;
                if (ReferenceEquals(other, value))
                {
                    continue;
                }
            }

            code = other is null ? null : Currencies.Join(code, Value(other, 0, FlowMode.Exact, cancellationToken));
            if (code is null)
            {
                return CoalescedReturn.None;
            }
        }

        if (parameter is null || Currencies.IsNone(code) || parameter.RefKind is not (RefKind.None or RefKind.In) || parameter.IsParams
            || Declared(parameter) is not null
            || IsWrittenIn(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), parameter.Name, ofTypeParameter: false, cancellationToken))
        {
            return CoalescedReturn.None;
        }

        return new CoalescedReturn(parameter.Ordinal, code);
    }
}
