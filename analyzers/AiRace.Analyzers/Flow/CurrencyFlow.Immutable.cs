using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Immutable, frozen and read-only collections (<c>ImmutableArray&lt;Money&gt;</c>, <c>ImmutableList</c>,
/// <c>ImmutableDictionary</c>, <c>FrozenSet</c>, <c>FrozenDictionary</c>, <c>ReadOnlyCollection</c>…): their elements are
/// those their factories and conversions are given (<c>ImmutableArray.Create(a, b)</c>, <c>xs.ToImmutableList()</c>,
/// <c>byCity.ToFrozenDictionary()</c>), and a changed copy (<c>caps.Add(m)</c>) holds the elements of the collection it
/// was made from with those it adds. Their own members never change them, so a use of one only reads it.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>
    /// The elements a factory of an immutable collection is given: each argument of the element type, and each collection
    /// of such elements; a count, start or comparer gives none; anything else (a selector) makes them unknown.
    /// </summary>
    private Elements CreatedImmutable(IInvocationOperation invocation, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var valueType = ValueTypeOf(invocation.Type);
        if (valueType is null)
        {
            return Elements.Unknown;
        }

        var elements = Elements.None;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var given = argument.Value.SkipConversions();
            if (SymbolEqualityComparer.Default.Equals(argument.Value.Type, valueType))
            {
                elements = elements.Add(ElementValue(argument.Value, depth, cancellationToken, projected));
            }
            else if (given is IArrayCreationOperation or ICollectionExpressionOperation
                || SymbolEqualityComparer.Default.Equals(ValueTypeOf(given?.Type), valueType))
            {
                // params arrays and spans, and collections given whole (CreateRange(xs), Create(array, start, length))
                elements = elements.Join(ElementsOf(given, depth, cancellationToken, projected));
            }
            else if (argument.Value.Type?.SpecialType != SpecialType.System_Int32 && argument.Parameter?.Type.Name is not ("IComparer" or "IEqualityComparer"))
            {
                return Elements.Unknown;
            }
        }

        return elements;
    }

    /// <summary>
    /// The elements of the copy an immutable collection's method returns: its own, with an element or collection added
    /// (<c>Add</c>, <c>Insert</c>, <c>SetItem</c>, <c>Push</c>, <c>Enqueue</c>, <c>Replace</c>, <c>AddRange</c>,
    /// <c>Union</c>…) or some taken away (<c>Remove</c>, <c>Clear</c>, <c>Pop</c>, <c>Sort</c>…); unknown for any other method.
    /// </summary>
    private Elements NewVersion(IInvocationOperation invocation, IOperation previous, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var valueType = ValueTypeOf(invocation.Type);
        if (valueType is null)
        {
            return Elements.Unknown;
        }

        var elements = ElementsOf(previous, depth, cancellationToken, projected);
        switch (invocation.TargetMethod.Name)
        {
            case "Add" or "Insert" or "SetItem" or "Push" or "Enqueue" or "Replace":
            case "AddRange" or "InsertRange" or "SetItems" or "Union" or "SymmetricExcept":
                // every argument is an element or a collection of them added, or a key, position, count, comparer or
                // the value replaced; any other makes the copy unknown
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                    {
                        continue;
                    }

                    switch (argument.Parameter?.Name)
                    {
                        case "value" or "item" or "element" or "newValue" when SymbolEqualityComparer.Default.Equals(argument.Value.Type, valueType):
                            elements = elements.Add(ElementValue(argument.Value, depth, cancellationToken, projected));
                            break;
                        case "items" or "other" or "pairs":
                            elements = elements.Join(ElementsOf(argument.Value, depth, cancellationToken, projected));
                            break;
                        case "key" or "index" or "oldValue" or "equalityComparer" or "comparer":
                            break;
                        default:
                            return Elements.Unknown;
                    }
                }

                return invocation.TargetMethod.Name is "SetItem" or "Replace" or "SetItems" or "SymmetricExcept" ? elements.Join(Elements.Removal) : elements;
            case "Remove" or "RemoveAt" or "RemoveAll" or "RemoveRange" or "RemoveWhere" or "Clear" or "Pop" or "Dequeue" or "Sort" or "Reverse"
                or "Except" or "Intersect" or "WithComparer" or "WithComparers" or "Slice":
                return elements.Join(Elements.Removal);
            default:
                return Elements.Unknown;
        }
    }
}
