using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Filters the flow can read (<c>Where(c =&gt; c.Bloc != Bloc.Europe)</c>, <c>Where(kv =&gt; kv.Key.Bloc == Bloc.China)</c>):
/// a member of the element (a property set only at its creation) or of a dictionary's key (the key itself, or an element
/// of a tuple key) compared with a constant by <c>==</c> or <c>!=</c>. Each element written into the source is read with
/// the filter: one whose creation (or whose write's key) gives the member a constant the filter refuses is left out, one
/// it keeps counts, and one whose value the flow cannot tell is of unknown currency. Anything else a filter does keeps
/// an unknown part, as before.
/// </summary>
internal sealed partial class CurrencyFlow
{
    // the filter the elements being gathered on this thread pass through (null outside such a gathering)
    [ThreadStatic]
    private static ElementFilter? t_filter;

    // the facts of a collection's elements (or of one member of them) that pass a filter, one cache per filter and member
    private readonly ConcurrentDictionary<(ElementFilter Filter, ISymbol? Projected), FactCache<Elements>> _filteredElements = new();

    /// <summary>Whether what is worked out now may be kept in the caches outside the facts (no function bound, no filter applied).</summary>
    private static bool CachesOpen => !BindingActive && t_filter is null;

    /// <summary>A cache of facts of the flow, each worked out with no filter applied (a fact is the same wherever it is asked).</summary>
    private static FactCache<T> Facts<T>(Func<ISymbol, CancellationToken, T> compute, T whileComputing, T unknown)
        where T : class =>
        new((symbol, token) =>
        {
            var outer = t_filter;
            t_filter = null;
            try
            {
                return compute(symbol, token);
            }
            finally
            {
                t_filter = outer;
            }
        }, whileComputing, unknown);

    /// <summary>The cache of the elements that pass <paramref name="filter"/>, or of one member of them.</summary>
    private FactCache<Elements> FilteredFacts(ElementFilter filter, ISymbol? projected)
    {
        var key = (filter, projected);
        return _filteredElements.TryGetValue(key, out var facts)
            ? facts
            : _filteredElements.GetOrAdd(key, Facts<Elements>((symbol, token) => Filtering(filter, () => ComputeSymbolElements(symbol, token, projected)), Elements.None, Elements.Unknown));
    }

    /// <summary>Works something out with the elements gathered passing through <paramref name="filter"/>.</summary>
    private static Elements Filtering(ElementFilter? filter, Func<Elements> gather)
    {
        var outer = t_filter;
        t_filter = filter;
        try
        {
            return gather();
        }
        finally
        {
            t_filter = outer;
        }
    }

    /// <summary>
    /// The filter of a LINQ <c>Where</c> whose predicate the flow reads (see the type's summary), or null.
    /// </summary>
    private ElementFilter? ReadableFilter(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod is not { Name: "Where", IsStatic: true } method || !CallSource.IsLinq(method.ContainingType) || invocation.Arguments.Length != 2
            || SelectorLambda(invocation.Arguments[1].Value) is not { Symbol.Parameters.Length: 1 } lambda || lambda.OnlyReturned() is not IBinaryOperation
            {
                OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals,
                OperatorMethod: null,
            } test)
        {
            return null;
        }

        var parameter = lambda.Symbol.Parameters[0];
        if (_types.CarriesCurrency(parameter.Type))
        {
            // m => m.Amount != 0m: money itself is followed as it passes through
            return null;
        }

        var (read, constant) = test.RightOperand.ConstantValue.HasValue ? (test.LeftOperand, test.RightOperand) : (test.RightOperand, test.LeftOperand);
        if (constant.ConstantValue is not { HasValue: true, Value: { } value } || read.ConstantValue.HasValue
            || !SymbolEqualityComparer.Default.Equals(read.Type, constant.Type) || read is IConversionOperation)
        {
            return null;
        }

        bool keepsEqual = test.OperatorKind == BinaryOperatorKind.Equals;
        switch (read)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } member, Instance: IParameterReferenceOperation element }
                when SymbolEqualityComparer.Default.Equals(element.Parameter, parameter) && parameter.Type is INamedTypeSymbol { Name: not "KeyValuePair" } elementType:
                // c => c.Bloc != Bloc.Europe
                return new ElementFilter(elementType, member.OriginalDefinition, -1, value, keepsEqual);
            case IPropertyReferenceOperation { Property: { Name: "Key", ContainingType.Name: "KeyValuePair" }, Instance: IParameterReferenceOperation pair }
                when SymbolEqualityComparer.Default.Equals(pair.Parameter, parameter):
                // kv => kv.Key == "tokyo"
                return new ElementFilter(parameter.Type, null, -1, value, keepsEqual);
            case IFieldReferenceOperation { Field: { ContainingType.IsTupleType: true } field, Instance: IPropertyReferenceOperation { Property: { Name: "Key", ContainingType.Name: "KeyValuePair" }, Instance: IParameterReferenceOperation keyed } }
                when SymbolEqualityComparer.Default.Equals(keyed.Parameter, parameter) && TupleIndex(field.CorrespondingTupleField ?? field) is >= 0 and var index:
                // kv => kv.Key.Bloc != Bloc.Europe over a dictionary keyed by (Bloc Bloc, int Year)
                return new ElementFilter(parameter.Type, null, index, value, keepsEqual);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether an element written passes the filter being applied: true or false when the value the filter reads is a
    /// constant the write shows (the member given at the element's creation, the key written with the value), null when
    /// the flow cannot tell.
    /// </summary>
    private bool? Passes(ElementFilter filter, IOperation element, CancellationToken cancellationToken)
    {
        bool? passes = true;
        for (var part = filter; part is not null && passes != false; part = part.And)
        {
            passes = PassesOne(part, element, cancellationToken) switch
            {
                false => false,
                true => passes,
                null => null,
            };
        }

        return passes;
    }

    /// <summary>Whether an element written passes one comparison of a filter (see <see cref="Passes"/>).</summary>
    private bool? PassesOne(ElementFilter filter, IOperation element, CancellationToken cancellationToken)
    {
        if (filter.KeyElement == TypeTestElement)
        {
            return PassesTypeTest(filter, element, cancellationToken);
        }

        IOperation? read = filter.Member is { } member ? CreatedOperand(element, member, cancellationToken) : WrittenKey(element, filter.KeyType);
        if (read is not null && filter.Member is null && filter.KeyElement >= 0)
        {
            read = read.SkipConversions() is ITupleOperation tuple && filter.KeyElement < tuple.Elements.Length ? tuple.Elements[filter.KeyElement] : null;
        }

        return read?.ConstantValue is { HasValue: true, Value: { } value } ? Equals(value, filter.Constant) == filter.KeepsEqual : null;
    }

    /// <summary>What the creation of an element gives a member that nothing can change after it (a positional property, an
    /// <c>init</c> or get-only auto-property in the object initializer), or null.</summary>
    private IOperation? CreatedOperand(IOperation element, IPropertySymbol member, CancellationToken cancellationToken)
    {
        var value = element.SkipConversions();
        if (value is ILocalReferenceOperation)
        {
            // var bigFund = new Commitment(…); commitments.Add(bigFund);
            value = ValueFlow.SingleValue(value, null, _singleValues, FlowMode.Exact, cancellationToken)?.SkipConversions();
        }

        if (value is not IObjectCreationOperation { Type: { } created } creation || !DerivesFrom(created, member.ContainingType)
            || member.SetMethod is { IsInitOnly: false }
            || Annotations.PositionalParameter(member) is null && !IsAutoProperty(member, cancellationToken)
            || MayBeFilledMember(member, cancellationToken))
        {
            return null;
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var item in initializer.Initializers)
            {
                if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, member))
                {
                    return assignment.Value;
                }
            }
        }

        if (Annotations.PositionalParameter(member) is { } parameter && creation.Constructor is { } constructor
            && SymbolEqualityComparer.Default.Equals(constructor.OriginalDefinition, parameter.ContainingSymbol))
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }
        }

        return null;

        static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol containing)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, containing.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The key a value is written with into a dictionary whose pairs have the type <paramref name="pairType"/>
    /// (<c>[key] = value</c>, <c>{ key, value }</c>, <c>Add(key, value)</c>), or null.</summary>
    private static IOperation? WrittenKey(IOperation element, ITypeSymbol pairType)
    {
        if (pairType is not INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair)
        {
            return null;
        }

        var key = element.Parent switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment when assignment.Value == element
                => indexer.Instance?.Type is { } owner && IsDictionary(owner) ? indexer.Arguments[0].Value : null,
            IArgumentOperation { Parameter.Name: "value", Parent: IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add }
                => ArgumentNamed(add, "key"),
            _ => null,
        };

        return key is not null && SymbolEqualityComparer.Default.Equals(key.Type, pair.TypeArguments[0]) ? key : null;
    }
}

/// <summary>
/// A filter the flow reads (<see cref="CurrencyFlow"/>): the element type (or, for a dictionary's pairs, the pair
/// type), the member of the element compared (null for the key), the element of a tuple key compared (-1 for the key
/// itself), the constant and whether the elements equal to it are kept (<c>==</c>) or left out (<c>!=</c>).
/// </summary>
internal sealed class ElementFilter : IEquatable<ElementFilter>
{
    public ElementFilter(ITypeSymbol keyType, IPropertySymbol? member, int keyElement, object constant, bool keepsEqual, ElementFilter? and = null)
    {
        KeyType = keyType;
        Member = member;
        KeyElement = keyElement;
        Constant = constant;
        KeepsEqual = keepsEqual;
        And = and;
    }

    /// <summary>Another filter the elements also pass (a filter applied to the elements of another: <c>xs.Where(…).Where(…)</c>), or null.</summary>
    public ElementFilter? And { get; }

    /// <summary>This filter and then <paramref name="other"/> (and the filters it is joined to).</summary>
    public ElementFilter Then(ElementFilter? other) => other is null ? this : new ElementFilter(KeyType, Member, KeyElement, Constant, KeepsEqual, And is null ? other : And.Then(other));

    /// <summary>The type of the elements filtered (a pair's type for a dictionary).</summary>
    public ITypeSymbol KeyType { get; }

    /// <summary>The member of the element compared, or null for a dictionary's key.</summary>
    public IPropertySymbol? Member { get; }

    /// <summary>The element of a tuple key compared, or -1.</summary>
    public int KeyElement { get; }

    /// <summary>The constant compared with.</summary>
    public object Constant { get; }

    /// <summary>Whether the elements equal to the constant are kept (else they are left out).</summary>
    public bool KeepsEqual { get; }

    public bool Equals(ElementFilter? other) =>
        other is not null && SymbolEqualityComparer.Default.Equals(KeyType, other.KeyType) && SymbolEqualityComparer.Default.Equals(Member, other.Member)
        && KeyElement == other.KeyElement && Equals(Constant, other.Constant) && KeepsEqual == other.KeepsEqual && Equals(And, other.And);

    public override bool Equals(object? obj) => Equals(obj as ElementFilter);

    public override int GetHashCode() =>
        unchecked((SymbolEqualityComparer.Default.GetHashCode(KeyType) * 31 + (Member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Member))) * 31 + Constant.GetHashCode() * 2 + (KeepsEqual ? 1 : 0) + KeyElement * 7
            + (And is null ? 0 : And.GetHashCode() * 17));
}
