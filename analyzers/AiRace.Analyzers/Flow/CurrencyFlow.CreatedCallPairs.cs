using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A money parameter a method hands, on every call, to a method of an object it makes right there, which compares it
/// with a primary-constructor parameter of that object's class (<c>bool WithinChineseBand(Money m) =&gt; new
/// Between(Money.Billions(10m, Currency.CNY), cap).IsSatisfiedBy(m)</c>, where <c>IsSatisfiedBy(Money candidate) =&gt;
/// candidate &gt; low &amp;&amp; …</c>): the parameter is compared with the creation's argument for it, so each call of the
/// outer method is checked against that argument's currency (<c>WithinChineseBand(dollars)</c>).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>Adds the pairs a call on an object made in the body gives the body's own money parameters (see the
    /// type's summary).</summary>
    private void AddPassedToCreated(List<CapturedPair> pairs, IMethodSymbol function, IOperation descendant, IOperation body, CancellationToken cancellationToken)
    {
        if (descendant is not IInvocationOperation { Instance: { } instance } call
            || call.TargetMethod is not { MethodKind: MethodKind.Ordinary, IsStatic: false, IsVirtual: false, IsAbstract: false, IsOverride: false, IsGenericMethod: false } callee
            || instance.SkipConversions() is not IObjectCreationOperation { Constructor: { } constructor } creation
            || callee.ContainingType is not { IsGenericType: false, TypeKind: TypeKind.Class } type || !_search.IsOwn(type) || !IsCreationOf(creation, type)
            || !IsPrimaryConstructor(constructor, cancellationToken) || !RunsOnEveryCall(descendant, body))
        {
            return;
        }

        foreach (var inner in FixedPairsOf(callee, cancellationToken))
        {
            if (inner.Captured.SkipConversions() is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } bounding } bound }
                || !SymbolEqualityComparer.Default.Equals(bounding, constructor) || !NeverWritten(bound, cancellationToken)
                || ArgumentOfOrdinal(call, inner.Ordinal) is not { } passed
                || passed.SkipConversions() is not IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } own }
                || !SymbolEqualityComparer.Default.Equals(own.ContainingSymbol, function) || !_types.IsMoney(own.Type)
                || GivenFor(creation, bound.Ordinal) is not { } given || pairs.Exists(pair => pair.Ordinal == own.Ordinal))
            {
                continue;
            }

            pairs.Add(new CapturedPair(own.Ordinal, given, inner.CapturedFirst, type.Name + "." + callee.Name + ": " + inner.What));
        }
    }

    /// <summary>The argument a creation gives a constructor parameter (not a default value), or null.</summary>
    private static IOperation? GivenFor(IObjectCreationOperation creation, int ordinal)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
            }
        }

        return null;
    }
}
