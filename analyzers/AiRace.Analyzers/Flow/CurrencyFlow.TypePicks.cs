using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Records of one sealed type picked out of a collection of their base type by LINQ's <c>OfType&lt;T&gt;()</c>
/// (<c>Seed.All().OfType&lt;Announced&gt;().Max(a =&gt; a.Ceiling)</c>), read as a filter: an element written as a
/// creation of exactly that type is kept, one written as a creation of any other type is left out, and one the flow
/// cannot see made (a parameter, a call) is of unknown currency. A member of the picked records then has what the
/// creations of that type give it.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // the KeyElement of an ElementFilter that tests the type of the element's creation (OfType<T>)
    private const int TypeTestElement = -2;

    /// <summary>
    /// The members the records <c>OfType&lt;T&gt;()</c> picks hold, for a sealed non-generic class <c>T</c> and a member of
    /// <c>T</c> or of a base of it; null for any other call or projection (the caller goes on as before).
    /// </summary>
    private Elements? PickedByType(IInvocationOperation invocation, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (invocation.TargetMethod is not { Name: "OfType", IsStatic: true, TypeArguments.Length: 1 } method
            || !CallSource.IsLinq(method.ContainingType) || invocation.Arguments.Length != 1
            || method.TypeArguments[0] is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true, IsGenericType: false } picked
            || projected is not IPropertySymbol member || !IsOrDerivesFrom(picked, member.ContainingType))
        {
            return null;
        }

        var filter = new ElementFilter(picked, null, TypeTestElement, "OfType", true);
        var source = invocation.Arguments[0].Value;
        var kept = Filtering(filter.Then(t_filter), () => ElementsOf(source, depth, cancellationToken, projected));
        return kept.First is null && kept.HasUnknown ? Elements.Unknown : kept;
    }

    /// <summary>Whether an element written is a creation of the type a type test picks: true or false when the element is
    /// a creation (directly or through a local written once), null when the flow cannot tell.</summary>
    private bool? PassesTypeTest(ElementFilter filter, IOperation element, CancellationToken cancellationToken)
    {
        var value = element.SkipConversions();
        if (value is ILocalReferenceOperation)
        {
            value = ValueFlow.SingleValue(value, null, _singleValues, FlowMode.Exact, cancellationToken)?.SkipConversions();
        }

        return value is IObjectCreationOperation { Type: { } created }
            ? SymbolEqualityComparer.Default.Equals(created.OriginalDefinition, filter.KeyType.OriginalDefinition)
            : null;
    }

    /// <summary>Whether the elements being gathered pass a type test (<c>OfType&lt;Announced&gt;()</c>) that picks, out of
    /// elements of <paramref name="elementType"/>, records of a type that has the projected member.</summary>
    private static bool PickedByTypeTest(ITypeSymbol? elementType, ISymbol projected)
    {
        for (var part = t_filter; part is not null && elementType is not null; part = part.And)
        {
            if (part.KeyElement == TypeTestElement && IsOrDerivesFrom(part.KeyType, projected.ContainingType)
                && IsOrDerivesFrom(part.KeyType, elementType as INamedTypeSymbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    private static bool IsOrDerivesFrom(ITypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
