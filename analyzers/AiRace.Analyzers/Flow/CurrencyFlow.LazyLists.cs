using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// An element of the read-only list a <c>Lazy</c> that always holds one object makes (<c>_tranches.Value[0]</c> of
/// <c>readonly Lazy&lt;IReadOnlyList&lt;Money&gt;&gt; _tranches = new(() =&gt; [a, b])</c>): the elements of the
/// collection expression every return of its value factory gives. Only a list typed by a read-only interface and made by
/// a collection expression of that interface type (which the compiler makes read-only; not one cast to a <c>List</c>
/// first) counts: nothing can change its elements later.
/// </summary>
internal sealed partial class CurrencyFlow
{
    /// <summary>The currency of an element read from <paramref name="instance"/> when it is such a lazy list's <c>Value</c>; else null.</summary>
    private string? LazyListElement(IOperation instance, int depth, CancellationToken cancellationToken)
    {
        if (instance.SkipConversions() is not IPropertyReferenceOperation { Property: { Name: "Value", ContainingType: { Name: "Lazy", Arity: 1 } lazyType, Type: INamedTypeSymbol list }, Instance: { } lazy }
            || lazyType.ContainingNamespace is not { Name: "System" } system || !system.ContainingNamespace.IsGlobalNamespace
            || !IsReadOnlyListInterface(list)
            || Held(lazy, FlowMode.Exact, cancellationToken) is not IObjectCreationOperation { Type: INamedTypeSymbol { Name: "Lazy", Arity: 1 } created } creation
            || !SymbolEqualityComparer.Default.Equals(created.OriginalDefinition, lazyType.OriginalDefinition))
        {
            // a type derived from Lazy<T> may hand its base another factory
            return null;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Name: "valueFactory" }
                && argument.Value.SkipConversions() is IDelegateCreationOperation { Target: IAnonymousFunctionOperation factory })
            {
                return FactoryListElements(factory, depth, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>The currency of the elements of every collection expression a value factory returns (no other return), or null.</summary>
    private string? FactoryListElements(IAnonymousFunctionOperation factory, int depth, CancellationToken cancellationToken)
    {
        string? code = Currencies.None;
        foreach (var returned in OwnOperations(factory.Body))
        {
            if (returned is not IReturnOperation { ReturnedValue: { } value })
            {
                continue;
            }

            // the collection expression must itself make the read-only list: one cast to List<Money> first makes a
            // list anyone may change through a cast of the lazy's value
            if (value.SkipConversions() is not ICollectionExpressionOperation { Type: INamedTypeSymbol madeType } made || !IsReadOnlyListInterface(madeType))
            {
                return null;
            }

            code = Currencies.Join(code, ElementsOf(made, depth + 1, cancellationToken).Code);
            if (code is null)
            {
                return null;
            }
        }

        return Currencies.IsNone(code) ? null : code;
    }

    /// <summary><c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c> of the framework.</summary>
    private static bool IsReadOnlyListInterface(INamedTypeSymbol type) =>
        type is { TypeKind: TypeKind.Interface, Arity: 1, Name: "IReadOnlyList" or "IReadOnlyCollection" or "IEnumerable" }
        && type.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
