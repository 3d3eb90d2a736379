using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A collection held in a dictionary (<c>Dictionary&lt;string, Dictionary&lt;int, Money&gt;&gt;</c>): the inner
/// collection read with a constant key (<c>byYear["airr"]</c>) holds what the outer dictionary's initializer puts
/// there, when the dictionary is a field whose every use only reads it that way (no write of it or of an inner
/// collection, none handed on); read with another key, some inner collection, not known to hold any currency alone.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<NestedRows>? _nestedRows;

    private FactCache<NestedRows>? _deepRows;

    private FactCache<NestedRows> DeepRowFacts => _deepRows ??= Facts<NestedRows>((symbol, token) => ComputeDeepRows((IFieldSymbol)symbol, token), NestedRows.Unknown, NestedRows.Unknown);

    private FactCache<NestedRows> NestedRowFacts => _nestedRows ??= Facts<NestedRows>((symbol, token) => ComputeNestedRows((IFieldSymbol)symbol, token), NestedRows.Unknown, NestedRows.Unknown);

    /// <summary>
    /// The elements of an inner collection read from a dictionary field by its indexer (<c>byYear["airr"]</c>,
    /// <see cref="ComputeNestedRows"/>); <see cref="Elements.Unknown"/> for any other operation.
    /// </summary>
    private Elements NestedElementsOf(IOperation operation, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (operation is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } read)
        {
            return Elements.Unknown;
        }

        if (instance.SkipConversions() is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } outer } middle
            && outer.SkipConversions() is IFieldReferenceOperation { Field: { } deepField })
        {
            // plans["cn"]["a"] of a dictionary of dictionaries of collections
            return DeepElementsOf(read, middle, deepField, depth, cancellationToken, projected);
        }

        if (instance.SkipConversions() is not IFieldReferenceOperation { Field: { } field }
            || !IsDictionary(field.Type) || !TracksElements(ValueTypeOf(field.Type), projected))
        {
            return Elements.Unknown;
        }

        var rows = NestedRowFacts.Get(field, cancellationToken);
        if (ReferenceEquals(rows, NestedRows.Unknown))
        {
            return Elements.Unknown;
        }

        var elements = Elements.None;
        if (KeyOf(read.Arguments[0].Value) is { } key)
        {
            bool found = false;
            foreach (var (rowKey, row) in rows.Rows)
            {
                if (Equals(rowKey, key))
                {
                    found = true;
                    elements = elements.Join(ElementsOf(row, depth, cancellationToken, projected));
                }
            }

            return found ? elements : Elements.Unknown;
        }

        // byYear[programme]: one of the inner collections, not known to hold two currencies together nor any one of them
        foreach (var (_, row) in rows.Rows)
        {
            elements = elements.Join(ElementsOf(row, depth, cancellationToken, projected));
        }

        return elements.Join(Elements.Removal);
    }

    /// <summary>
    /// The inner collections a dictionary field's initializer creates, by constant key (<c>new() { ["airr"] = new() {
    /// … } }</c>, or <c>Add</c>'s), when the field is of this compilation, not annotated nor filled by a deserializer, is
    /// created as a <c>Dictionary</c> of its own type (not a derived one) without a comparer, and every use of it in the code that can reach it reads an inner collection by its
    /// indexer and only reads that (its indexer, <c>Values</c>, <c>Keys</c>, <c>Count</c>, <c>TryGetValue</c>,
    /// <c>ContainsKey</c>, LINQ, <c>foreach</c>), or reads the outer dictionary's <c>Count</c>, <c>Keys</c> or
    /// <c>ContainsKey</c>; else unknown.
    /// </summary>
    private NestedRows ComputeNestedRows(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (field.IsConst || field.IsVolatile || field.IsImplicitlyDeclared || field.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(field)
            || Declared(field) is not null || MayBeFilledMember(field, cancellationToken)
            || field.Type is not INamedTypeSymbol { Name: "Dictionary", TypeArguments.Length: 2 } dictionary || !IsCollectionNamespace(dictionary.ContainingNamespace)
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || _search.ModelOf(declarator.SyntaxTree).GetOperation(initializer.Value, cancellationToken).SkipConversions() is not IObjectCreationOperation { Arguments.IsEmpty: true } creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, dictionary))
        {
            // (a type derived from Dictionary may pass its base a comparer that takes two keys for one)
            return NestedRows.Unknown;
        }

        var rows = new List<(object Key, IOperation Row)>();
        if (creation.Initializer is { } items)
        {
            foreach (var item in items.Initializers)
            {
                var (key, row) = item switch
                {
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } target } assignment => (target.Arguments[0].Value, assignment.Value),
                    IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
                    _ => (null, null),
                };
                row = row.SkipConversions();
                if (key is null || KeyOf(key) is not { } constant || row is not (IObjectCreationOperation or ICollectionExpressionOperation or IArrayCreationOperation))
                {
                    return NestedRows.Unknown;
                }

                foreach (var (seen, _) in rows)
                {
                    if (Equals(seen, constant))
                    {
                        // a key set twice (["a"] = …, ["a"] = …): only the last row stays
                        return NestedRows.Unknown;
                    }
                }

                rows.Add((constant, row));
            }
        }

        return EveryUseOf(field, OnlyReadsInner, cancellationToken) ? new NestedRows(rows) : NestedRows.Unknown;
    }

    /// <summary>Whether every use of <paramref name="field"/> in the compilation is one <paramref name="allowed"/>
    /// accepts; a use the operations do not show (<c>nameof</c>, an attribute) is not followed, so it answers false.</summary>
    private bool EveryUseOf(IFieldSymbol field, Func<IOperation, bool> allowed, CancellationToken cancellationToken)
    {
        foreach (var token in _search.Identifiers(field.Name, _search.TreesThatCanReach(field), cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax name)
            {
                continue;
            }

            SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            var model = _search.ModelOf(token.SyntaxTree!);
            var reference = model.GetOperation(node, cancellationToken);
            if (reference is IFieldReferenceOperation { Field: { } referenced } && SymbolEqualityComparer.Default.Equals(referenced.OriginalDefinition, field.OriginalDefinition))
            {
                if (!allowed(reference))
                {
                    return false;
                }
            }
            else if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(node, cancellationToken).Symbol?.OriginalDefinition, field.OriginalDefinition))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a use of a dictionary of collections only reads an inner collection (or the outer's keys or count).</summary>
    private static bool OnlyReadsInner(IOperation reference)
    {
        switch (reference.Parent)
        {
            case IPropertyReferenceOperation { Property: { IsIndexer: false, Name: "Count" or "Keys" } }:
            case IInvocationOperation { TargetMethod.Name: "ContainsKey" } containsKey when containsKey.Instance == reference:
                return true;
            case IPropertyReferenceOperation { Property.IsIndexer: true } outer when outer.Instance == reference:
                return OnlyReadsCollection(outer.Parent, outer);
            default:
                return false;
        }
    }

    /// <summary>Whether what is done with an inner collection read from a dictionary (<paramref name="inner"/>, used by
    /// <paramref name="use"/>) only reads it: an element, its <c>Values</c>, <c>Keys</c> or <c>Count</c>, a look-up,
    /// a <c>foreach</c>, LINQ that does not hand it back.</summary>
    private static bool OnlyReadsCollection(IOperation? use, IOperation inner)
    {
        while (use is IConversionOperation { IsImplicit: true } conversion && use.Parent is IForEachLoopOperation or IArgumentOperation)
        {
            inner = conversion;
            use = conversion.Parent;
        }

        return use switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } element when element.Instance == inner => IsPlainRead(element),
            IPropertyReferenceOperation { Property: { IsIndexer: false, Name: "Values" or "Keys" or "Count" } } values when values.Instance == inner => true,
            IInvocationOperation { TargetMethod.Name: "TryGetValue" or "ContainsKey" or "ContainsValue" or "Contains" } call when call.Instance == inner => true,
            IForEachLoopOperation loop when loop.Collection == inner => true,
            IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod: { IsExtensionMethod: true } method } }
                when CallSource.IsLinq(method.ContainingType) && method.Name is not ("AsEnumerable" or "Cast" or "OfType") => true,
            _ => false,
        };

        // an element read, not written (money is a value: what is done with it then cannot change the collection)
        static bool IsPlainRead(IOperation element) => element.Parent switch
        {
            ISimpleAssignmentOperation assignment => assignment.Target != element,
            ICompoundAssignmentOperation compound => compound.Target != element,
            ICoalesceAssignmentOperation coalesce => coalesce.Target != element,
            IIncrementOrDecrementOperation => false,
            IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => false,
            ITupleOperation { Parent: IDeconstructionAssignmentOperation deconstruction } tuple => deconstruction.Target != tuple,
            _ => true,
        };
    }

    /// <summary>
    /// The elements of a collection read from a dictionary of dictionaries by two keys (<c>plans["cn"]["a"]</c>,
    /// <see cref="ComputeDeepRows"/>): with both keys constant, what the field's initializer puts there; with either not
    /// constant, some of the collections the keys may name, not known to hold any currency alone; else unknown.
    /// </summary>
    private Elements DeepElementsOf(IPropertyReferenceOperation read, IPropertyReferenceOperation middle, IFieldSymbol field, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (!IsDictionary(field.Type) || !IsDictionary(ValueTypeOf(field.Type)) || !TracksElements(ValueTypeOf(ValueTypeOf(field.Type)), projected))
        {
            return Elements.Unknown;
        }

        var rows = DeepRowFacts.Get(field, cancellationToken);
        if (ReferenceEquals(rows, NestedRows.Unknown))
        {
            return Elements.Unknown;
        }

        var outerKey = KeyOf(middle.Arguments[0].Value);
        var innerKey = KeyOf(read.Arguments[0].Value);
        var elements = Elements.None;
        bool found = false;
        foreach (var (rowKey, row) in rows.Rows)
        {
            if (outerKey is not null && !Equals(rowKey, outerKey) || row is not IObjectCreationOperation { Initializer: { } inner })
            {
                continue;
            }

            foreach (var item in inner.Initializers)
            {
                if (RowOf(item) is ({ } key, { } collection) && (innerKey is null || Equals(KeyOf(key), innerKey)))
                {
                    found = true;
                    elements = elements.Join(ElementsOf(collection, depth, cancellationToken, projected));
                }
            }
        }

        return !found ? Elements.Unknown
            : outerKey is null || innerKey is null ? elements.Join(Elements.Removal)
            : elements;
    }

    /// <summary>
    /// The inner dictionaries a field of dictionaries of collections (<c>Dictionary&lt;string, Dictionary&lt;string,
    /// List&lt;Money&gt;&gt;&gt;</c>) is initialized with, by constant key: as <see cref="ComputeNestedRows"/>, each
    /// inner dictionary made without a comparer and filled with collections made there by constant keys, none twice; and
    /// every use of the field reads a collection by two keys and only reads that (<see cref="OnlyReadsCollection"/>), or reads the
    /// <c>Count</c>, <c>Keys</c> or <c>ContainsKey</c> of either dictionary; else unknown.
    /// </summary>
    private NestedRows ComputeDeepRows(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (field.IsConst || field.IsVolatile || field.IsImplicitlyDeclared || field.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(field)
            || Declared(field) is not null || MayBeFilledMember(field, cancellationToken)
            || field.Type is not INamedTypeSymbol { Name: "Dictionary", TypeArguments.Length: 2 } dictionary || !IsCollectionNamespace(dictionary.ContainingNamespace)
            || dictionary.TypeArguments[1] is not INamedTypeSymbol { Name: "Dictionary", TypeArguments.Length: 2 } middle || !IsCollectionNamespace(middle.ContainingNamespace)
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer } declarator
            || _search.ModelOf(declarator.SyntaxTree).GetOperation(initializer.Value, cancellationToken).SkipConversions() is not IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: { } items } outerCreation
            || !SymbolEqualityComparer.Default.Equals(outerCreation.Type, dictionary))
        {
            return NestedRows.Unknown;
        }

        var rows = new List<(object Key, IOperation Row)>();
        foreach (var item in items.Initializers)
        {
            if (RowOf(item) is not ({ } key, IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: { } inner } row) || KeyOf(key) is not { } constant
                || !SymbolEqualityComparer.Default.Equals(row.Type, middle) || Repeats(rows, constant))
            {
                return NestedRows.Unknown;
            }

            var innerKeys = new List<(object Key, IOperation Row)>();
            foreach (var innerItem in inner.Initializers)
            {
                if (RowOf(innerItem) is not ({ } innerKey, IObjectCreationOperation or ICollectionExpressionOperation or IArrayCreationOperation) || KeyOf(innerKey) is not { } innerConstant
                    || Repeats(innerKeys, innerConstant))
                {
                    return NestedRows.Unknown;
                }

                innerKeys.Add((innerConstant, innerItem));
            }

            rows.Add((constant, row));
        }

        return EveryUseOf(field, OnlyReadsDeep, cancellationToken) ? new NestedRows(rows) : NestedRows.Unknown;

        static bool Repeats(List<(object Key, IOperation Row)> seen, object key)
        {
            foreach (var (other, _) in seen)
            {
                if (Equals(other, key))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The key and the value of an item of a dictionary's initializer (<c>["a"] = …</c> or <c>Add</c>'s), or nulls.</summary>
    private static (IOperation? Key, IOperation? Row) RowOf(IOperation item)
    {
        var (key, row) = item switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } target } assignment => (target.Arguments[0].Value, assignment.Value),
            IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
            _ => (null, null),
        };
        return (key, row.SkipConversions());
    }

    /// <summary>Whether a use of a dictionary of dictionaries of collections only reads a collection by two keys (or the keys or count of either dictionary).</summary>
    private static bool OnlyReadsDeep(IOperation reference)
    {
        switch (reference.Parent)
        {
            case IPropertyReferenceOperation { Property: { IsIndexer: false, Name: "Count" or "Keys" } }:
            case IInvocationOperation { TargetMethod.Name: "ContainsKey" } containsKey when containsKey.Instance == reference:
                return true;
            case IPropertyReferenceOperation { Property.IsIndexer: true } outer when outer.Instance == reference:
                switch (outer.Parent)
                {
                    case IPropertyReferenceOperation { Property: { IsIndexer: false, Name: "Count" or "Keys" } } counted when counted.Instance == outer:
                    case IInvocationOperation { TargetMethod.Name: "ContainsKey" } inner when inner.Instance == outer:
                        return true;
                    case IPropertyReferenceOperation { Property.IsIndexer: true } collection when collection.Instance == outer:
                        return OnlyReadsCollection(collection.Parent, collection);
                    default:
                        return false;
                }

            default:
                return false;
        }
    }

    /// <summary>The inner collections of a dictionary field by constant key, or <see cref="Unknown"/>.</summary>
    private sealed class NestedRows
    {
        public static readonly NestedRows Unknown = new(new List<(object, IOperation)>());

        public NestedRows(List<(object Key, IOperation Row)> rows) => Rows = rows;

        public List<(object Key, IOperation Row)> Rows { get; }
    }
}
