using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A dictionary made by LINQ's <c>ToDictionary</c> over records, keyed by members of each record (<c>r =&gt; r.Country</c>,
/// <c>r =&gt; (r.Country, r.Year)</c>) with a member as the value (<c>r =&gt; r.Budget</c>), and no comparer: a read by a
/// constant key gives the value of the one element whose members make that key, so it has what the elements whose
/// creations give those members those constants give the value member, as the filter <c>Where(r =&gt; r.Country ==
/// "CN" &amp;&amp; r.Year == 2024)</c> would keep. An element whose members the flow cannot read makes it unknown.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>Adds a <c>ToDictionary</c> copy of records (see the type's summary) to what a dictionary member holds;
    /// false when <paramref name="value"/> is no such copy.</summary>
    private bool AddSelectedCopy(IOperation? value, KeyedElements keyed, ISymbol? projected)
    {
        if (projected is not null || SelectedCopyOf(value) is not { } copy)
        {
            return false;
        }

        keyed.AddComparison(KeyComparison.Exact);
        keyed.AddSelection(copy);
        return true;
    }

    /// <summary>The call of a <c>ToDictionary(source, keySelector, elementSelector)</c> whose selectors read members of
    /// the element (see the type's summary), or null.</summary>
    private IInvocationOperation? SelectedCopyOf(IOperation? value)
    {
        if (value.SkipConversions() is not IInvocationOperation { TargetMethod: { Name: "ToDictionary", IsStatic: true } method } copy
            || !CallSource.IsLinq(method.ContainingType) || copy.Arguments.Length != 3 || method.Parameters.Length != 3
            || method.Parameters[1].Name != "keySelector" || method.Parameters[2].Name != "elementSelector"
            || KeyMembersOf(copy) is null || ValueMemberOf(copy) is null)
        {
            return null;
        }

        return copy;
    }

    /// <summary>The members of the element a <c>ToDictionary</c>'s key selector makes the key of (one, or the elements of
    /// a tuple literal, each of a constant key type), or null.</summary>
    private static IPropertySymbol[]? KeyMembersOf(IInvocationOperation copy)
    {
        if (ArgumentOfOrdinal(copy, 1) is not { } selector || SelectorLambda(selector) is not { Symbol.Parameters.Length: 1 } lambda
            || lambda.Symbol.Parameters[0].Type is not INamedTypeSymbol { Name: not "KeyValuePair", TypeKind: not TypeKind.TypeParameter }
            || lambda.OnlyReturned()?.SkipConversions() is not { } returned)
        {
            return null;
        }

        var parameter = lambda.Symbol.Parameters[0];
        if (returned is ITupleOperation tuple)
        {
            if (tuple.Elements.Length is < 2 or > 7)
            {
                return null;
            }

            var members = new IPropertySymbol[tuple.Elements.Length];
            for (int i = 0; i < members.Length; i++)
            {
                if (MemberOf(tuple.Elements[i], parameter) is not { } member)
                {
                    return null;
                }

                members[i] = member;
            }

            return members;
        }

        return MemberOf(returned, parameter) is { } only ? new[] { only } : null;

        static IPropertySymbol? MemberOf(IOperation read, IParameterSymbol parameter) =>
            read is IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } member, Instance: IParameterReferenceOperation element }
                && SymbolEqualityComparer.Default.Equals(element.Parameter, parameter) && IsConstantKeyType(member.Type)
                && member.Type is not INamedTypeSymbol { IsTupleType: true }
                ? (IPropertySymbol)member.OriginalDefinition
                : null;
    }

    /// <summary>The member of the element a <c>ToDictionary</c>'s element selector gives (<c>r =&gt; r.Budget</c>), or null.</summary>
    private static IPropertySymbol? ValueMemberOf(IInvocationOperation copy) =>
        ArgumentOfOrdinal(copy, 2) is { } selector && SelectorLambda(selector) is { Symbol.Parameters.Length: 1 } lambda
        && lambda.OnlyReturned() is IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } member, Instance: IParameterReferenceOperation element }
        && SymbolEqualityComparer.Default.Equals(element.Parameter, lambda.Symbol.Parameters[0])
            ? (IPropertySymbol)member.OriginalDefinition
            : null;

    /// <summary>
    /// What a read of a constant key gives from a dictionary that holds <c>ToDictionary</c> copies: the values written
    /// under the key joined with what each copy's elements of that key give; null when any of them is not certain, when
    /// the dictionary may take two texts for one key, or when no element of a copy surely has the key.
    /// </summary>
    private string? SelectedKeyed(KeyedElements keyed, IOperation key, object constant, CancellationToken cancellationToken)
    {
        if (keyed.Comparison != KeyComparison.Exact || keyed.Factories is not null || keyed.Written(constant) is not { HasUnknown: false } written
            || keyed.Selections is not { } selections)
        {
            return null;
        }

        string? code = written.Code;
        foreach (var copy in selections)
        {
            if (KeyMembersOf(copy) is not { } members || ValueMemberOf(copy) is not { } value || ArgumentOfOrdinal(copy, 0) is not { } source
                || SelectorLambda(ArgumentOfOrdinal(copy, 1)!)?.Symbol.Parameters[0].Type is not { } elementType)
            {
                return null;
            }

            var parts = KeyParts(key, members);
            if (parts is null)
            {
                return null;
            }

            ElementFilter? filter = null;
            for (int i = parts.Count - 1; i >= 0; i--)
            {
                filter = new ElementFilter(elementType, members[i], -1, parts[i], keepsEqual: true, filter);
            }

            var kept = Filtering(filter, () => ElementsOf(source, 0, cancellationToken, value));
            if (kept.HasUnknown || kept.Code is not { } held || Currencies.IsNone(held))
            {
                return null;
            }

            code = Currencies.Join(code, held);
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.IsNone(code ?? Currencies.None) ? null : code;
    }

    /// <summary>The constants of a key read, one for each member the key is made of, each of that member's type; or null.</summary>
    private static List<object>? KeyParts(IOperation key, IPropertySymbol[] members)
    {
        var parts = new List<object>(members.Length);
        if (members.Length == 1)
        {
            if (key.ConstantValue is { HasValue: true, Value: { } only } && SymbolEqualityComparer.Default.Equals(key.Type, members[0].Type))
            {
                parts.Add(only);
                return parts;
            }

            return null;
        }

        if (key.SkipConversions() is not ITupleOperation tuple || tuple.Elements.Length != members.Length)
        {
            return null;
        }

        for (int i = 0; i < members.Length; i++)
        {
            var element = tuple.Elements[i];
            if (element.ConstantValue is not { HasValue: true, Value: { } part } || !SymbolEqualityComparer.Default.Equals(element.Type, members[i].Type))
            {
                return null;
            }

            parts.Add(part);
        }

        return parts;
    }
}

/// <summary>The <c>ToDictionary</c> copies of records a dictionary member holds (see <see cref="CurrencyFlow"/>).</summary>
internal sealed partial class KeyedElements
{
    private List<IInvocationOperation>? _selections;

    /// <summary>The <c>ToDictionary</c> calls whose dictionaries the member may hold, or null: with them, a read by a
    /// constant key is known only through the elements of their sources (<see cref="For"/> gives null).</summary>
    public IReadOnlyList<IInvocationOperation>? Selections => _selections;

    /// <summary>Adds a <c>ToDictionary</c> call whose dictionary the member may hold.</summary>
    public void AddSelection(IInvocationOperation copy) => (_selections ??= new()).Add(copy);
}
