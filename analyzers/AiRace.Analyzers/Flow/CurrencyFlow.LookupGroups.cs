using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The group of a lookup read by a constant key (issue 12 §1): <c>awards.ToLookup(a =&gt; a.Year)[2024]</c> holds the
/// elements of <c>awards</c> whose <c>Year</c> is 2024, as <c>awards.Where(a =&gt; a.Year == 2024)</c> does, so the flow
/// reads it with that filter (<see cref="ReadableFilter"/>'s rules: a member set only at the element's creation, each
/// element kept or left out by the constant its creation gives the member, one it cannot tell of unknown currency).
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// What one member of the elements of a lookup's group holds (<c>a.Amount</c> of each award in
    /// <c>awards.ToLookup(a =&gt; a.Year)[2024]</c>): the lookup is LINQ's <c>ToLookup</c> of a key selector alone (no
    /// comparer, no element selector) that returns a member of the element as it is, read at once by a constant of the
    /// key's type. Null for any other collection (the caller then reads it as before).
    /// </summary>
    public Elements? LookupGroupMemberElements(IOperation? collection, IPropertySymbol member, CancellationToken cancellationToken)
    {
        if (collection.SkipConversions() is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } group
            || group.Property.ContainingType is not { Name: "ILookup", TypeArguments.Length: 2, ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } lookupType
            || instance.SkipConversions() is not IInvocationOperation { TargetMethod: { Name: "ToLookup", IsStatic: true } toLookup } made
            || !CallSource.IsLinq(toLookup.ContainingType) || made.Arguments.Length != 2
            || ArgumentOfOrdinal(made, 0) is not { } source || ArgumentOfOrdinal(made, 1) is not { } selector
            || SelectorLambda(selector) is not { Symbol.Parameters.Length: 1 } lambda
            || lambda.OnlyReturned() is not IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } keyMember, Instance: IParameterReferenceOperation element }
            || !SymbolEqualityComparer.Default.Equals(element.Parameter, lambda.Symbol.Parameters[0])
            || lambda.Symbol.Parameters[0].Type is not INamedTypeSymbol { Name: not "KeyValuePair" } elementType
            || _types.CarriesCurrency(elementType)
            || !SymbolEqualityComparer.Default.Equals(keyMember.Type, lookupType.TypeArguments[0])
            || group.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: { } key })
        {
            return null;
        }

        // lookup[2024]: the elements whose Year is 2024 (a key no element has gives an empty group)
        var filter = new ElementFilter(elementType, keyMember.OriginalDefinition, -1, key, keepsEqual: true);
        var kept = Filtering(filter.Then(t_filter), () => ElementsOf(source, 0, cancellationToken, Projection(member)));
        if (kept.First is null && kept.HasUnknown)
        {
            return Elements.Unknown;
        }

        return Filtered(source) ? kept.Join(Elements.Removal) : kept;
    }
}
