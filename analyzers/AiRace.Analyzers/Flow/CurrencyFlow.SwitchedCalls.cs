using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A method of the compilation whose only return is a switch expression on a tuple of its parameters
/// (<c>(domestic, late) switch { … }</c>): the switch and the parameters' positions; <see cref="None"/> for any other
/// method.
/// </summary>
internal sealed class SwitchedCall
{
    public static readonly SwitchedCall None = new(null, Array.Empty<int>());

    public SwitchedCall(ISwitchExpressionOperation? switched, int[] ordinals)
    {
        Switch = switched;
        Ordinals = ordinals;
    }

    /// <summary>The switch expression the method returns, or null.</summary>
    public ISwitchExpressionOperation? Switch { get; }

    /// <summary>The ordinal of the parameter each element of the tuple the switch reads is.</summary>
    public int[] Ordinals { get; }
}

/// <summary>
/// A call of a method that returns a switch on its parameters, given constants for some of them (issue 12 §1):
/// <c>Pick(true, late)</c> where <c>Pick(bool domestic, bool late) =&gt; (domestic, late) switch { (true, false) =&gt;
/// yuan, (true, true) =&gt; moreYuan, (false, _) =&gt; dollars }</c> gives one of the arms the constants let through (the
/// first two: yuan), so it has their currency when they agree, whatever the other arguments are.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private enum ArmMatch
    {
        No,
        Maybe,
        Yes,
    }

    private FactCache<SwitchedCall>? _switchedCalls;

    private FactCache<SwitchedCall> SwitchedCalls =>
        _switchedCalls ??= Facts<SwitchedCall>((s, c) => ComputeSwitchedCall((IMethodSymbol)s, c), SwitchedCall.None, SwitchedCall.None);

    /// <summary>
    /// The currency of a call of a method whose only return switches on its parameters (<see cref="SwitchedCall"/>),
    /// given a constant for at least one of them: every arm the call may take (before the first arm it surely takes: an
    /// arm whose pattern the constants may match, its <c>when</c> clause aside) agrees on it; an arm that throws gives
    /// nothing. Null otherwise.
    /// </summary>
    private string? FromSwitchedCall(IInvocationOperation invocation, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod || method.IsAsync || method.Parameters.IsEmpty || !HasConstantArgument(invocation))
        {
            return null;
        }

        var fact = SwitchedCalls.Get(method.OriginalDefinition, cancellationToken);
        if (fact.Switch is not { } switched)
        {
            return null;
        }

        var given = new object?[fact.Ordinals.Length];
        bool anyConstant = false;
        for (int i = 0; i < fact.Ordinals.Length; i++)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == fact.Ordinals[i] && argument.ArgumentKind == ArgumentKind.Explicit
                    && argument.Value.ConstantValue is { HasValue: true, Value: { } constant })
                {
                    given[i] = constant;
                    anyConstant = true;
                }
            }
        }

        if (!anyConstant)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var arm in switched.Arms)
        {
            var match = fact.Ordinals.Length == 1 ? Match(arm.Pattern, given[0]) : MatchTuple(arm.Pattern, given);
            if (match == ArmMatch.No)
            {
                continue;
            }

            code = Currencies.Join(code, arm.Value.SkipConversions() is IThrowOperation ? Currencies.None : Value(arm.Value, depth, mode, cancellationToken));
            if (code is null)
            {
                return null;
            }

            if (match == ArmMatch.Yes && arm.Guard is null)
            {
                return Currencies.Known(code);
            }
        }

        // no arm matched: the switch throws
        return Currencies.Known(code);
    }

    /// <summary>Whether a pattern matches a constant (null: a value not known); <see cref="ArmMatch.Maybe"/> whenever it is not certain.</summary>
    private static ArmMatch Match(IPatternOperation pattern, object? value)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return ArmMatch.Yes;
            case IConstantPatternOperation { Value.ConstantValue: { HasValue: true } constant } when value is not null:
                return constant.Value is null ? ArmMatch.No
                    : constant.Value.GetType() != value.GetType() ? ArmMatch.Maybe
                    : Equals(constant.Value, value) ? ArmMatch.Yes
                    : ArmMatch.No;
            default:
                return ArmMatch.Maybe;
        }
    }

    /// <summary>Whether a positional pattern on a tuple (<c>(true, _)</c>) matches the tuple's constants, element by element.</summary>
    private static ArmMatch MatchTuple(IPatternOperation pattern, object?[] values)
    {
        if (pattern is IDiscardPatternOperation)
        {
            return ArmMatch.Yes;
        }

        if (pattern is not IRecursivePatternOperation { DeconstructSymbol: null, DeclaredSymbol: null, PropertySubpatterns.IsEmpty: true } positional
            || positional.DeconstructionSubpatterns.Length != values.Length)
        {
            return ArmMatch.Maybe;
        }

        var match = ArmMatch.Yes;
        for (int i = 0; i < values.Length; i++)
        {
            switch (Match(positional.DeconstructionSubpatterns[i], values[i]))
            {
                case ArmMatch.No:
                    return ArmMatch.No;
                case ArmMatch.Maybe:
                    match = ArmMatch.Maybe;
                    break;
            }
        }

        return match;
    }

    private SwitchedCall ComputeSwitchedCall(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (!CanFollowBody(method) || !_search.IsOwn(method) || method.IsAsync || !_types.IsMoney(method.ReturnType)
            || BodyOf(method, cancellationToken) is not { } body)
        {
            return SwitchedCall.None;
        }

        ISwitchExpressionOperation? switched = null;
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            if (switched is not null || returned?.SkipConversions() is not ISwitchExpressionOperation only)
            {
                return SwitchedCall.None;
            }

            switched = only;
        }

        if (switched is null)
        {
            return SwitchedCall.None;
        }

        int[] ordinals;
        switch (switched.Value)
        {
            case IParameterReferenceOperation read:
                ordinals = OwnParameterOrdinal(read, method, cancellationToken) is >= 0 and var one ? new[] { one } : Array.Empty<int>();
                break;
            case ITupleOperation tuple when tuple.Elements.Length > 1:
                ordinals = new int[tuple.Elements.Length];
                for (int i = 0; i < ordinals.Length; i++)
                {
                    if (tuple.Elements[i] is not IParameterReferenceOperation element || OwnParameterOrdinal(element, method, cancellationToken) is not (>= 0 and var ordinal))
                    {
                        return SwitchedCall.None;
                    }

                    ordinals[i] = ordinal;
                }

                break;
            default:
                return SwitchedCall.None;
        }

        return ordinals.Length == 0 ? SwitchedCall.None : new SwitchedCall(switched, ordinals);
    }

    /// <summary>The ordinal of a by-value parameter of the method, of a type whose constants the switch compares by value,
    /// that its body never writes (assigns, increments, passes by <c>ref</c> or <c>out</c>, takes by reference, also in its
    /// lambdas and local functions); or -1.</summary>
    private int OwnParameterOrdinal(IParameterReferenceOperation read, IMethodSymbol method, CancellationToken cancellationToken)
    {
        var parameter = read.Parameter;
        if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) || parameter.RefKind != RefKind.None || parameter.IsParams
            || !IsConstantKeyType(parameter.Type) || OwnBodyOperation(method, cancellationToken) is not { } body)
        {
            return -1;
        }

        foreach (var operation in body.DescendantsAndSelf())
        {
            foreach (var written in WrittenParameters(operation))
            {
                if (SymbolEqualityComparer.Default.Equals(written, parameter))
                {
                    return -1;
                }
            }

            if (operation is IIncrementOrDecrementOperation { Target: IParameterReferenceOperation stepped } && SymbolEqualityComparer.Default.Equals(stepped.Parameter, parameter)
                || operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) && TakenByReference(reference))
            {
                return -1;
            }
        }

        return parameter.Ordinal;
    }
}
