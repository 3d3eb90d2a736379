using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A <c>ref</c> money parameter that a method of the compilation only adds to, subtracts from or scales with Money's own
/// compound operators (<c>static void AddInto(ref Money running, Money add) =&gt; running += add;</c>): Money's
/// <c>+=</c> and <c>-=</c> throw unless the currencies agree, so the variable passed keeps its currency through the call
/// (a write that states none), and the call combines what the variable holds with the parameter added to it, as a pair
/// of parameters does (<see cref="ParameterPair"/>). Not when the body writes the parameter any other way, takes it by
/// reference again, reads the currency of either side, or writes the other parameter.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // whether a method only changes a ref parameter by Money's compound operators, by the parameter's definition
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _refKeepsCurrency = new(SymbolEqualityComparer.Default);

    /// <summary>Whether a method has a <c>ref</c> money parameter and another money parameter (a pair may join them).</summary>
    private bool HasRefMoneyPair(IMethodSymbol method)
    {
        bool byReference = false;
        int money = 0;
        foreach (var parameter in method.Parameters)
        {
            if (_types.IsMoney(parameter.Type))
            {
                money++;
                byReference |= parameter.RefKind == RefKind.Ref;
            }
        }

        return byReference && money >= 2;
    }

    /// <summary>
    /// The pairs <paramref name="found"/> with those a body's <c>running += add</c> (or <c>-=</c>) adds: a <c>ref</c>
    /// money parameter that only Money's compound operators change (<see cref="OnlyCompounded"/>) and a money parameter
    /// passed by value and never written, neither side's currency read.
    /// </summary>
    private ParameterPair[] WithRefPairs(IMethodSymbol method, IOperation body, ParameterPair[] found)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction) || !HasRefMoneyPair(method))
        {
            return found;
        }

        List<ParameterPair>? pairs = null;
        foreach (var operation in OwnOperations(body))
        {
            if (operation is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
                || !compound.OperatorMethod.IsOn(_types.Money)
                || compound.Target is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.Ref } running }
                || Scaled(compound.Value) is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None or RefKind.In } added }
                || !_types.IsMoney(running.Type) || !_types.IsMoney(added.Type)
                || ExtensionBlocks.PositionOf(running, method) < 0 || ExtensionBlocks.PositionOf(added, method) < 0
                || !OnlyCompounded(running, body, added))
            {
                continue;
            }

            var pair = new ParameterPair(ExtensionBlocks.PositionOf(running, method), ExtensionBlocks.PositionOf(added, method), compound.Syntax.ToString());
            bool seen = false;
            foreach (var other in (IEnumerable<ParameterPair>?)pairs ?? found)
            {
                seen |= other.First == pair.First && other.Second == pair.Second || other.First == pair.Second && other.Second == pair.First;
            }

            if (!seen)
            {
                (pairs ??= new List<ParameterPair>(found)).Add(pair);
            }
        }

        return pairs is null ? found : pairs.ToArray();
    }

    /// <summary>
    /// Whether a body changes a <c>ref</c> money parameter only by Money's compound operators (<c>+=</c>, <c>-=</c>,
    /// <c>*=</c>, <c>/=</c>), never assigns it, passes it by <c>ref</c> or <c>out</c>, aliases it or takes its address, and
    /// never reads its currency; and (with <paramref name="other"/>) never writes nor reads the currency of that parameter either.
    /// </summary>
    private bool OnlyCompounded(IParameterSymbol running, IOperation body, IParameterSymbol? other)
    {
        foreach (var operation in OwnOperations(body))
        {
            switch (operation)
            {
                case ICompoundAssignmentOperation { Target: IParameterReferenceOperation target } compound
                    when SymbolEqualityComparer.Default.Equals(target.Parameter, running):
                    if (!compound.OperatorMethod.IsOn(_types.Money))
                    {
                        return false;
                    }

                    continue;
                case IVariableDeclaratorOperation { Symbol.IsRef: true }:
                case IAddressOfOperation:
                case IReturnOperation { ReturnedValue: IParameterReferenceOperation } when running.ContainingSymbol is IMethodSymbol { ReturnsByRef: true }:
                    return false;
            }

            foreach (var written in WrittenParameters(operation))
            {
                if (SymbolEqualityComparer.Default.Equals(written, running) || other is not null && SymbolEqualityComparer.Default.Equals(written, other))
                {
                    return false;
                }
            }

            if (operation is IIncrementOrDecrementOperation { Target: IParameterReferenceOperation incremented }
                && SymbolEqualityComparer.Default.Equals(incremented.Parameter, running))
            {
                return false;
            }

            if (operation is not IInvocationOperation && CurrencyGuards.CurrencyReadOf(operation.SkipConversions() ?? operation, _types) is { } read
                && read.SkipConversions() is IParameterReferenceOperation { Parameter: { } readParameter }
                && (SymbolEqualityComparer.Default.Equals(readParameter, running) || other is not null && SymbolEqualityComparer.Default.Equals(readParameter, other)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a <c>ref</c> argument is given to a method of the compilation that changes that parameter only by Money's
    /// compound operators (<see cref="OnlyCompounded"/>): each of them keeps the currency or throws, so the variable keeps
    /// its currency through the call, whether the method adds another of its parameters to it (a pair, so the call
    /// itself is checked) or only scales it or adds what it made of it (<c>running += running * 0.01m</c>).
    /// </summary>
    private bool KeepsCurrencyByReference(IArgumentOperation argument, CancellationToken cancellationToken)
    {
        if (argument.Parameter is not { RefKind: RefKind.Ref } parameter || !_types.IsMoney(parameter.Type)
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method)
        {
            return false;
        }

        parameter = parameter.OriginalDefinition;
        if (_refKeepsCurrency.TryGetValue(parameter, out bool keeps))
        {
            return keeps;
        }

        // a pair of WithRefPairs, whose first side is the ref parameter, is found only when the body changes it by
        // compound operators alone
        keeps = false;
        int position = ExtensionBlocks.PositionOf(parameter, method.OriginalDefinition);
        foreach (var pair in PairsOf(method.OriginalDefinition, cancellationToken))
        {
            keeps |= pair.First == position;
        }

        // else a body that only scales it, or adds to it from itself: the only code that can run for the call
        keeps = keeps || OwnBodyOperation(method.OriginalDefinition, cancellationToken) is { } body && OnlyCompounded(parameter, body, null);

        _refKeepsCurrency.TryAdd(parameter, keeps);
        return keeps;
    }
}
