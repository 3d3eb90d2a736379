using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A class's method called on an object just made (issue 12 §1): <c>ComputePot.Airr().CanTake(Figures.SingaporeNais)</c>,
/// where <c>CanTake(Money request) =&gt; request &lt;= ceiling - _committed</c> compares its parameter with the class's
/// primary-constructor parameter <c>ceiling</c>, and the receiver is <c>new ComputePot("AIRR", Money.Millions(300m, Currency.GBP))</c>
/// (or a call of a method whose every return is such a creation): the creation's argument gives that parameter's currency
/// for this call, although the class's other creations give it others.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private static readonly (int, string, bool, string)[] NoCreatedPairs = System.Array.Empty<(int, string, bool, string)>();

    /// <summary>
    /// The money parameters a non-virtual method of a class compares or combines with a value made only of the class's
    /// primary-constructor parameters and fields of this (<see cref="FixedPairsOf"/>), with the currency the receiver's
    /// creation gives that value: the receiver is <c>new T(…)</c> of exactly the method's class, or a call of a method
    /// of this compilation whose every return is one; the primary-constructor parameter is never assigned. A pair whose
    /// value every creation of the compilation agrees on is left to <see cref="FixedPairsOf"/>. Empty for any other call.
    /// </summary>
    private IReadOnlyList<(int Ordinal, string Code, bool FixedFirst, string What)> CreatedReceiverPairs(IMethodSymbol method, IOperation? instance, FlowMode mode, CancellationToken cancellationToken)
    {
        // BigInYuan.IsSatisfiedBy(m), BigInYuan a readonly field holding one creation
        var receiver = (IOperation?)HeldCreation(instance, mode, cancellationToken) ?? instance?.SkipConversions();
        if (receiver is not (IObjectCreationOperation or IInvocationOperation) || method.IsStatic || method.IsVirtual || method.IsAbstract || method.IsOverride
            || method.ContainingType is not { IsGenericType: false } type || !_search.IsOwn(type))
        {
            return NoCreatedPairs;
        }

        var pairs = FixedPairsOf(method, cancellationToken);
        if (pairs.Count == 0 || CreationsOf(receiver, type, cancellationToken) is not { } creations)
        {
            return NoCreatedPairs;
        }

        List<(int, string, bool, string)>? found = null;
        foreach (var pair in pairs)
        {
            if (Resolve(pair.Captured, mode, cancellationToken) is not null)
            {
                // every creation agrees: the method's own pairs report it
                continue;
            }

            string? code = Currencies.None;
            foreach (var creation in creations)
            {
                code = Currencies.Join(code, CreatedOperand(pair.Captured, creation, type, 0, mode, cancellationToken));
                if (code is null)
                {
                    break;
                }
            }

            if (Currencies.Known(code) is { } known)
            {
                (found ??= new List<(int, string, bool, string)>()).Add((pair.Ordinal, known, pair.CapturedFirst, pair.What));
            }
        }

        return found is null ? NoCreatedPairs : found;
    }

    /// <summary>The creations a receiver is: <c>new T(…)</c> of exactly <paramref name="type"/>, or every return of a
    /// method of this compilation that returns only such creations; null for anything else.</summary>
    private List<IObjectCreationOperation>? CreationsOf(IOperation receiver, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (receiver is IObjectCreationOperation made)
        {
            return IsCreationOf(made, type) ? new List<IObjectCreationOperation> { made } : null;
        }

        if (receiver is not IInvocationOperation { TargetMethod: { } factory } || !CanFollowBody(factory.OriginalDefinition) || !_search.IsOwn(factory.OriginalDefinition)
            || BodyOf(factory.OriginalDefinition, cancellationToken) is not { } body)
        {
            return null;
        }

        var creations = new List<IObjectCreationOperation>();
        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
        {
            if (returned?.SkipConversions() is not IObjectCreationOperation creation || !IsCreationOf(creation, type))
            {
                return null;
            }

            creations.Add(creation);
        }

        return creations.Count == 0 ? null : creations;
    }

    /// <summary>Whether a creation makes exactly <paramref name="type"/> with its primary constructor, without an initializer.</summary>
    private static bool IsCreationOf(IObjectCreationOperation creation, INamedTypeSymbol type) =>
        creation.Initializer is null && creation.Constructor is { } constructor && SymbolEqualityComparer.Default.Equals(creation.Type, type)
        && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, type);

    /// <summary>
    /// The currency a creation gives a value of the method's body: a primary-constructor parameter of the class never
    /// assigned (the creation's argument for it), or Money's operator over two such values (the currency either gives);
    /// null for anything else.
    /// </summary>
    private string? CreatedOperand(IOperation value, IObjectCreationOperation creation, INamedTypeSymbol type, int depth, FlowMode mode, CancellationToken cancellationToken)
    {
        switch (value.SkipConversions())
        {
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter }
                when SymbolEqualityComparer.Default.Equals(constructor, creation.Constructor) && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, type)
                    && IsPrimaryConstructor(constructor, cancellationToken) && NeverWritten(parameter, cancellationToken):
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == parameter.Ordinal)
                    {
                        return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : Value(argument.Value, depth + 1, mode, cancellationToken);
                    }
                }

                return null;
            case IBinaryOperation { OperatorMethod: { } combining } combined when depth < 4 && _types.IsMoney(combined.Type) && combining.IsOn(_types.Money)
                && _types.IsMoney(combined.LeftOperand.Type) && _types.IsMoney(combined.RightOperand.Type):
                return Currencies.Either(
                    CreatedOperand(combined.LeftOperand, creation, type, depth + 1, mode, cancellationToken),
                    CreatedOperand(combined.RightOperand, creation, type, depth + 1, mode, cancellationToken));
            default:
                return null;
        }
    }
}
