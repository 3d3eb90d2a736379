using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// Collections of money: arrays, lists, sets, queues, stacks and dictionaries (their values). What they hold is
/// gathered from everything written into them: their initializers and collection expressions, <c>Add</c>,
/// <c>Insert</c>, <c>TryAdd</c>, indexer writes, <c>AddRange</c>, whole assignments. A collection handed to code that
/// may write it (a parameter of a mutable type, an alias) holds unknown currencies; reading it (LINQ, <c>foreach</c>,
/// a read-only interface) does not matter.
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<Elements>? _symbolElements;

    // locals' elements by symbol object (a local's references all hold the same one)
    private readonly IdentityCache<ILocalSymbol, Elements> _localElements = new();

    // facts of a member of the elements (p.Budget of each p of a List<Programme>), one cache per member
    private readonly ConcurrentDictionary<ISymbol, FactCache<Elements>> _projectedElements = new(SymbolEqualityComparer.Default);

    // whether code casts back the read-only view held by a parameter, local or member, per holder
    private readonly ConcurrentDictionary<ISymbol, bool> _castBack = new(SymbolEqualityComparer.Default);

    // whether a method's call runs its body then (RunsWhenCalled)
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _runsWhenCalled = new(SymbolEqualityComparer.Default);

    private FactCache<Elements> SymbolElements => _symbolElements ??= Facts<Elements>((symbol, token) => ComputeSymbolElements(symbol, token, null), Elements.None, Elements.Unknown);

    /// <summary>The cache of a collection's elements, or of one member of its elements.</summary>
    private FactCache<Elements> ElementFacts(ISymbol? projected)
    {
        if (t_filter is { } filter)
        {
            return FilteredFacts(filter, projected);
        }

        if (projected is null)
        {
            return SymbolElements;
        }

        return _projectedElements.TryGetValue(projected, out var facts)
            ? facts
            : _projectedElements.GetOrAdd(projected, Facts<Elements>((symbol, token) => ComputeSymbolElements(symbol, token, projected), Elements.None, Elements.Unknown));
    }

    /// <summary>
    /// What one member of a collection's elements holds (<c>p.Budget</c> for each <c>p</c> of a
    /// <c>List&lt;Programme&gt;</c>): gathered from the same writes as a collection of money, each element read through
    /// what its creation gave the member (a record's positional argument, an object initializer).
    /// </summary>
    public Elements MemberElementsOf(IOperation? collection, IPropertySymbol member, CancellationToken cancellationToken) =>
        collection is not null && Filtered(collection)
            // after a filter (Where(s => s.Region == …).MaxBy(s => s.Capex)): some of the elements, perhaps one currency's
            ? ElementsOf(collection, 0, cancellationToken, Projection(member)).Join(Elements.Removal)
            : ElementsOf(collection, 0, cancellationToken, Projection(member));

    /// <summary>What one element of a collection's tuples holds across them (<c>r.Cap</c> for each <c>r</c> of a
    /// <c>(string Region, Money Cap)[]</c>), as <see cref="MemberElementsOf"/> for a record's member.</summary>
    public Elements TupleMemberElementsOf(IOperation? collection, IFieldSymbol element, CancellationToken cancellationToken)
    {
        var field = element.CorrespondingTupleField ?? element;
        if (collection is null || !field.Name.StartsWith("Item", System.StringComparison.Ordinal)
            || !int.TryParse(field.Name.Substring(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int position))
        {
            return Elements.Unknown;
        }

        var elements = TupleElementsOf(collection, position - 1, 0, cancellationToken);
        return Filtered(collection) ? elements.Join(Elements.Removal) : elements;
    }

    /// <summary>
    /// The member by which the elements of a collection are projected, or null for the elements themselves: the
    /// <c>Value</c> of a pair (<c>byRegion.Sum(kv =&gt; kv.Value, …)</c>), since the elements of a dictionary, and of the
    /// sequences of its pairs LINQ makes, are the values it holds.
    /// </summary>
    private static ISymbol? Projection(ISymbol member) =>
        member is IPropertySymbol { Name: "Value", ContainingType: { Name: "KeyValuePair", ContainingNamespace.Name: "Generic" } } ? null : member.OriginalDefinition;

    /// <summary>
    /// What one element of a collection of tuples holds in each of its elements (<c>foreach (var (region, cap) in caps)</c>
    /// over a <c>List&lt;(string Region, Money Cap)&gt;</c>): gathered from the same writes as a collection of money, each
    /// tuple read through what it was built from (a tuple literal, a method returning tuples). An element of an array
    /// of tuples changed in place (<c>caps[0].Cap = …</c>) makes it unknown.
    /// </summary>
    private Elements TupleElementsOf(IOperation? collection, int index, int depth, CancellationToken cancellationToken)
    {
        var owner = collection.SkipConversions();
        if (owner is IPropertyReferenceOperation { Property.Name: "Values", Instance: { } dictionary } && IsDictionary(dictionary.Type))
        {
            // bands.Values: the dictionary's values
            owner = dictionary;
        }

        return ValueTypeOf(owner?.Type) is INamedTypeSymbol { IsTupleType: true } tuple && index < tuple.TupleElements.Length && index < 7
            && tuple.TupleElements[index].CorrespondingTupleField is { } field
            ? ElementsOf(owner, depth, cancellationToken, field.OriginalDefinition)
            : Elements.Unknown;
    }

    /// <summary>The currency of one element written, or of its projected member (a property of an object, or an element of a
    /// tuple); while a filter is applied (<see cref="ReadableFilter"/>), nothing for an element it leaves out and unknown for
    /// one it may leave out.</summary>
    private string? ElementValue(IOperation element, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (t_filter is not { } filter)
        {
            return WrittenValue(element, depth, cancellationToken, projected);
        }

        t_filter = null;
        try
        {
            return Passes(filter, element, cancellationToken) switch
            {
                false => Currencies.None,
                true => WrittenValue(element, depth, cancellationToken, projected),
                null => null,
            };
        }
        finally
        {
            t_filter = filter;
        }
    }

    private string? WrittenValue(IOperation element, int depth, CancellationToken cancellationToken, ISymbol? projected) => projected switch
    {
        null => Value(element, depth, FlowMode.Exact, cancellationToken),
        IPropertySymbol property => CreatedValue(element, property, depth, FlowMode.Exact, cancellationToken) ?? InterfaceMemberValue(element, property, depth, cancellationToken),
        IFieldSymbol field => TupleIndex(field) is >= 0 and var index ? ElementOfTuple(element, index, depth, FlowMode.Exact, cancellationToken) : null,
        _ => null,
    };

    /// <summary>The position of a tuple's field (<c>Item2</c>: 1).</summary>
    internal static int TupleIndex(IFieldSymbol field) =>
        field.Name.Length == 5 && field.Name.StartsWith("Item", System.StringComparison.Ordinal) && field.Name[4] is >= '1' and <= '7' ? field.Name[4] - '1' : -1;

    /// <summary>The elements of a collection expression.</summary>
    private Elements ElementsOf(IOperation? operation, int depth, CancellationToken cancellationToken, ISymbol? projected = null)
    {
        operation = operation.SkipConversions();
        if (operation is null || depth > MaxDepth)
        {
            return Elements.Unknown;
        }

        int next = depth + 1;
        switch (operation)
        {
            case { Kind: OperationKind.Invocation or OperationKind.PropertyReference } when ChannelRead(operation) is { } channel:
                // channel.Reader.ReadAllAsync(): what its method writes into a local channel
                return ChannelElements(channel, next, cancellationToken, projected);

            case IArrayCreationOperation array:
                return array.Initializer is { } initializer ? Join(initializer.ElementValues, next, cancellationToken, projected) : Elements.None;

            case IArrayInitializerOperation arrayInitializer:
                // Money[] tranches = { a, b }; Money[][] quarters = { new[] { a }, new[] { b } } holds what its rows hold
                return Join(arrayInitializer.ElementValues, next, cancellationToken, projected);

            case IArrayElementReferenceOperation row when IsRows(row.ArrayReference.Type, projected):
                // quarters[1]: the row at that index; else one row of an array of arrays holds some of its elements, not
                // known to hold two currencies together nor any one of them (as if the others were removed)
                return RowAt(row, next, cancellationToken, projected) ?? ElementsOf(row.ArrayReference, next, cancellationToken, projected).Join(Elements.Removal);

            case ICollectionExpressionOperation collection:
                var elements = Elements.None;
                foreach (var element in collection.Elements)
                {
                    elements = element is ISpreadOperation spread
                        ? elements.Join(ElementsOf(spread.Operand, next, cancellationToken, projected))
                        : IsRow(element, projected) ? elements.Join(ListedRow(element, next, cancellationToken, projected))
                        : elements.Add(ElementValue(element, next, cancellationToken, projected));
                }

                return elements;

            case IObjectCreationOperation creation when TracksElements(creation.Type, projected):
                return Created(creation, next, cancellationToken, projected);

            case ILocalReferenceOperation held when HeldValues(held.Local, cancellationToken) is { } values:
                // var values = caps.Values, only read: a live view of the dictionary's values
                return ElementsOf(values, next, cancellationToken, projected);

            case ILocalReferenceOperation local:
                return LocalElements(local, cancellationToken, projected, CopiedBeforeWrites(local, cancellationToken) ? local : null);

            case IFieldReferenceOperation { Field: { IsStatic: true, Name: "Empty" } empty } when CallSource.IsImmutable(empty.ContainingType):
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Empty" } emptyProperty } when CallSource.IsImmutable(emptyProperty.ContainingType):
                // ImmutableList<Money>.Empty, FrozenSet<Money>.Empty
                return Elements.None;

            case IFieldReferenceOperation field:
                return RefilledBefore(field, projected, cancellationToken) ?? ElementFacts(projected).Get(field.Field, cancellationToken);

            case IPropertyReferenceOperation { Property.Name: "Values", Instance: { } dictionary } when IsDictionary(dictionary.Type):
                return ElementsOf(dictionary, next, cancellationToken, projected);

            case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task } when CallSource.IsTasks(task.Type as INamedTypeSymbol):
                // LoadAsync().Result: the collection the task gives
                return ElementsOf(task, next, cancellationToken, projected);

            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return ElementFacts(projected).Get(property.Property, cancellationToken);

            case IParameterReferenceOperation parameter:
                if (parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda
                    && PartitionedSource(parameter.Parameter, lambda, parameter) is { } partitioned)
                {
                    // xs.Chunk(2).Select(batch => …), xs.GroupBy(k).Select(g => …): a batch or group holds some elements of
                    // xs, not known to hold two currencies together, and what the lambda writes into it
                    var batch = PartitionElements(partitioned, next, cancellationToken, projected);
                    return ReferenceEquals(batch, Elements.Unknown) || lambda.DeclaringSyntaxReferences.Length != 1 || parameter.SemanticModel is not { } lambdaModel
                        ? batch
                        : Combine(batch, Uses(parameter.Parameter, lambda.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), lambdaModel, cancellationToken, projected, null), cancellationToken);
                }

                // a parameter's elements are known only by its annotation (none in a compilation that never mentions one and
                // references no other assembly that uses AiRace.Core)
                return projected is null && (_search.MayAnnotate || _search.MayInheritAnnotation) ? SymbolElements.Get(parameter.Parameter, cancellationToken) : Elements.Unknown;

            case IInvocationOperation invocation:
                return FromCall(invocation, next, cancellationToken, projected);

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                // domestic ? yuan : dollars is one list or the other
                return ElementsOf(conditional.WhenTrue, next, cancellationToken, projected).Either(ElementsOf(whenFalse, next, cancellationToken, projected));

            case ICoalesceOperation coalesce:
                return ElementsOf(coalesce.Value, next, cancellationToken, projected).Either(ElementsOf(coalesce.WhenNull, next, cancellationToken, projected));

            case IAwaitOperation awaited:
                return ElementsOf(awaited.Operation, next, cancellationToken, projected);

            case ITranslatedQueryOperation query:
                // from l in lines where … select l.Cost: the LINQ calls the query is written for
                return ElementsOf(query.Operation, next, cancellationToken, projected);

            default:
                // byYear["airr"] of a dictionary of collections
                return NestedElementsOf(operation, next, cancellationToken, projected);
        }
    }

    /// <summary>
    /// The partition (<c>xs.Chunk(n)</c>, <c>xs.GroupBy(key)</c> or <c>xs.GroupBy(key, elementSelector)</c>, without a
    /// result selector) whose batches or groups a LINQ lambda's parameter stands for, when the call binds the parameter to
    /// the partition's elements; else null.
    /// </summary>
    private IInvocationOperation? PartitionedSource(IParameterSymbol parameter, IMethodSymbol lambda, IOperation reference)
    {
        if (parameter.Ordinal != 0)
        {
            return null;
        }

        var function = reference.LambdaAround(lambda);
        return function?.Parent is IDelegateCreationOperation { Parent: IArgumentOperation argument }
            && argument.Parent is IInvocationOperation { Arguments.Length: > 1 } invocation
            && argument.Parameter?.Ordinal != 0 && SourceOf(invocation.TargetMethod).BindsElements
            && Partition(ArgumentOfOrdinal(invocation, 0)) is { } partitioning
            && SymbolEqualityComparer.Default.Equals(parameter.Type, ElementTypeOf(partitioning.Type))
                ? partitioning
                : null;

        static ITypeSymbol? ElementTypeOf(ITypeSymbol? sequence) =>
            sequence is INamedTypeSymbol { Name: "IEnumerable" or "IQueryable", TypeArguments.Length: 1 } named ? named.TypeArguments[0] : null;
    }

    /// <summary>
    /// <c>xs.Chunk(n)</c>, <c>xs.GroupBy(key)</c> or <c>xs.GroupBy(key, elementSelector)</c> of LINQ (no result
    /// selector, no comparer that could matter): a sequence of batches or groups, each some of the elements (or of what
    /// the element selector makes of them); else null.
    /// </summary>
    private static IInvocationOperation? Partition(IOperation? sequence)
    {
        if (sequence.SkipConversions() is not IInvocationOperation { TargetMethod: { Name: "Chunk" or "GroupBy" } partition, Arguments.IsEmpty: false } partitioning
            || !CallSource.IsLinq(partition.ContainingType) || ArgumentOfOrdinal(partitioning, 0) is null)
        {
            return null;
        }

        foreach (var given in partitioning.Arguments)
        {
            if (given.Parameter is { Name: "resultSelector" })
            {
                return null;
            }
        }

        return partitioning;
    }

    /// <summary>
    /// What each batch or group of a partition holds: some of the source's elements, or of what the element selector
    /// makes of them (<c>from c in commitments group c.Amount by c.Year into g</c>); not known to hold two currencies
    /// together (<see cref="Elements.Partitioned"/>), though a currency in the source is in one of them.
    /// </summary>
    private Elements PartitionElements(IInvocationOperation partitioning, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var source = ArgumentOfOrdinal(partitioning, 0)!;
        if (ArgumentNamed(partitioning, "elementSelector") is not { } elementSelector)
        {
            return ElementsOf(source, depth, cancellationToken, projected).Partitioned();
        }

        if (projected is not null)
        {
            return Elements.Unknown;
        }

        // as Select does: what the selector returns, or, where that is not one currency, that member of every element
        string? selected = LambdaResult(elementSelector, cancellationToken);
        var elements = selected is null && SelectedMember(elementSelector) is { } member && !Filtered(source)
            ? ElementsOf(source, depth, cancellationToken, Projection(member))
            : Elements.Of(selected);
        return elements.Partitioned();
    }

    /// <summary>
    /// The elements of a local collection: its initializer and every use in its scope, worked out once per local. The
    /// declaration is found from the reference, in the operation tree it is part of (no semantic model asked). For a copy
    /// (<paramref name="copied"/>), the uses that come after it are left out.
    /// </summary>
    private Elements LocalElements(ILocalReferenceOperation reference, CancellationToken cancellationToken, ISymbol? projected, IOperation? copied = null)
    {
        var local = reference.Local;
        var known = projected is null && copied is null && t_filter is null ? _localElements.Get(local) : null;
        if (known is not null)
        {
            return known;
        }

        // a local written from itself (caps = caps.Add(m)) asks for its own elements while they are being worked out:
        // there they add nothing (the outer search joins everything written into it), and an answer that leaned on
        // them is not kept
        var inProgress = InProgress.Current;
        object question = projected ?? LocalElementsInProgress;
        if (inProgress.IsAsked(question, local))
        {
            return Elements.None;
        }

        Elements elements;
        bool keep;
        int saved = inProgress.Enter(question, local);
        try
        {
            elements = SearchLocalElements(reference, local, cancellationToken, projected, copied);
        }
        finally
        {
            keep = inProgress.Leave(saved);
        }

        if (projected is null && copied is null && CachesOpen && keep)
        {
            _localElements.Set(local, elements);
        }

        return elements;
    }

    private static readonly object LocalElementsInProgress = new();

    /// <summary>
    /// Whether a local collection is copied here (<c>new List&lt;Money&gt;(list)</c>, <c>[.. list]</c>, <c>list.ToArray()</c>,
    /// <c>list.ToImmutableList()</c>) before a write that comes later in the text of its scope: not in a loop, a lambda, a
    /// local function or a query of that scope, in a scope with no <c>goto</c>. The copy holds what was written before.
    /// </summary>
    private bool CopiedBeforeWrites(ILocalReferenceOperation read, CancellationToken cancellationToken)
    {
        IOperation node = read;
        while (node.Parent is IConversionOperation conversion && conversion.Operand == node)
        {
            node = conversion;
        }

        bool copied = node.Parent switch
        {
            IArgumentOperation { Parameter: { RefKind: RefKind.None, Name: "collection" or "dictionary" }, Parent: IObjectCreationOperation { Type: INamedTypeSymbol created } }
                => IsCollectionNamespace(created.ContainingNamespace) && created.Name is not ("BlockingCollection" or "ReadOnlyCollection" or "ReadOnlySet" or "ReadOnlyDictionary"),
            ISpreadOperation { Parent: ICollectionExpressionOperation } => true,
            IInvocationOperation { TargetMethod: var method } call when call.Instance == node => IsCopy(method),
            IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod: { IsExtensionMethod: true } extension } } => IsCopy(extension),
            _ => false,
        };
        if (!copied || ValueFlow.DeclaratorInTree(read, read.Local) is not { Syntax: VariableDeclaratorSyntax declarator }
            || ScopeOf(declarator) is not { } scope || !scope.Span.Contains(read.Syntax.Span))
        {
            return false;
        }

        for (var outer = read.Syntax.Parent; outer is not null && outer is not MemberDeclarationSyntax; outer = outer.Parent)
        {
            if (outer is FinallyClauseSyntax)
            {
                // an exception filter after it in the text runs before it
                return false;
            }
        }

        for (var around = read.Syntax.Parent; around is not null && around != scope; around = around.Parent)
        {
            if (around is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax)
            {
                // made again after the writes that follow it
                return false;
            }
        }

        bool later = false;
        foreach (var token in _search.Identifiers(read.Local.Name, scope, cancellationToken))
        {
            if (token.SpanStart > read.Syntax.Span.End || token.Parent is { } name && (InFunction(name, scope) || MayAlias(name)))
            {
                later = true;
                break;
            }
        }

        if (!later)
        {
            return false;
        }

        foreach (var any in scope.DescendantNodes())
        {
            if (any is GotoStatementSyntax)
            {
                return false;
            }
        }

        return true;

        static bool IsCopy(IMethodSymbol method) =>
            method.Name is "ToArray" or "ToList" or "ToHashSet" or "ToDictionary" or "ToLookup" or "ToImmutableArray" or "ToImmutableList" or "ToImmutableHashSet"
                or "ToImmutableDictionary" or "ToImmutableSortedSet" or "ToImmutableSortedDictionary" or "ToFrozenSet" or "ToFrozenDictionary" or "GetRange"
            && (CallSource.IsLinq(method.ContainingType) || CallSource.IsCollectionsGeneric(method.ContainingType) || CallSource.IsImmutable(method.ContainingType)
                || method.ContainingType?.ContainingNamespace?.ToDisplayString() is "System.Collections.Immutable" or "System.Collections.Frozen");
    }

    /// <summary>
    /// Whether a use of a local comes after a copy of it (<see cref="CopiedBeforeWrites"/>): later in the text, and not in a
    /// local function (which may be called before the copy wherever it is declared).
    /// </summary>
    private static bool AfterCopy(IOperation use, IOperation copied)
    {
        if (use.Syntax.SpanStart <= copied.Syntax.Span.End)
        {
            return false;
        }

        for (var around = use.Syntax.Parent; around is not null && !around.Span.Contains(copied.Syntax.Span); around = around.Parent)
        {
            if (around is LocalFunctionStatementSyntax)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a use is in a lambda or a local function inside a scope (it may run at any time).</summary>
    private static bool InFunction(SyntaxNode use, SyntaxNode scope)
    {
        for (var around = use.Parent; around is not null && around != scope; around = around.Parent)
        {
            if (around is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a use hands the collection to another variable (<c>var alias = list</c>, <c>alias = list</c>, <c>ref list</c>), through which it may be written anywhere.</summary>
    private static bool Aliased(IOperation use)
    {
        var node = use;
        while (node.Parent is IConversionOperation conversion && conversion.Operand == node)
        {
            node = conversion;
        }

        return node.Parent switch
        {
            IVariableInitializerOperation => true,
            ISimpleAssignmentOperation assignment => assignment.Value == node,
            IArgumentOperation { Parameter.RefKind: not RefKind.None } => true,
            _ => false,
        };
    }

    /// <summary>Whether a name, seen from its syntax, may hand its variable to another (<c>var alias = list</c>, <c>alias = list</c>, <c>ref list</c>).</summary>
    private static bool MayAlias(SyntaxNode name) =>
        name.Parent is EqualsValueClauseSyntax
        || name.Parent is AssignmentExpressionSyntax assignment && assignment.Right == name
        || name.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 };

    private Elements SearchLocalElements(ILocalReferenceOperation reference, ILocalSymbol local, CancellationToken cancellationToken, ISymbol? projected, IOperation? copied)
    {
        if (projected is null && IsSpan(local.Type) && _types.CarriesCurrency(((INamedTypeSymbol)local.Type).TypeArguments[0]))
        {
            // ReadOnlySpan<Money> s = new[] { a, b }: what it was made from, when the local is only read
            return SpanLocalElements(reference, local, cancellationToken);
        }

        if (local.IsRef || !TracksElements(local.Type, projected) && !IsRows(local.Type, projected))
        {
            return Elements.Unknown;
        }

        if (ValueFlow.DeclaratorInTree(reference, local) is { } declarator && reference.SemanticModel is { } model
            && declarator.Syntax is VariableDeclaratorSyntax declaratorSyntax && ScopeOf(declaratorSyntax) is { } scope)
        {
            var initial = declarator.Initializer?.Value is { } initializer ? ElementsOf(initializer, 1, cancellationToken, projected) : Elements.None;
            if (ReferenceEquals(initial, Elements.Unknown) || projected is null && Declared(local) is not null)
            {
                return initial;
            }

            var uses = Uses(local, scope, model, cancellationToken, projected, null);
            if (copied is not null)
            {
                foreach (var use in uses)
                {
                    if (!ReferenceEquals(use.Effect, Elements.None) && use.Reference.Syntax.SpanStart < copied.Syntax.SpanStart
                        && (InFunction(use.Reference.Syntax, scope) || Aliased(use.Reference)))
                    {
                        // a write that may run after the copy wherever it stands in the text
                        return Elements.Unknown;
                    }
                }

                uses.RemoveAll(use => AfterCopy(use.Reference, copied));
            }

            return CombineLocal(initial, uses, declaratorSyntax, cancellationToken, projected);
        }

        return ElementFacts(projected).Get(local, cancellationToken);
    }

    /// <summary>
    /// The elements of a local array counting every use but <paramref name="taken"/> (its element passed by <c>ref</c>,
    /// <c>Post(ref caps[0])</c>, whose read is asked about): its initializer and every other use in its scope; null when
    /// the local is not one whose elements are followed.
    /// </summary>
    private Elements? LocalElementsBut(ILocalReferenceOperation taken, CancellationToken cancellationToken)
    {
        var local = taken.Local;
        if (local.IsRef || local.Type is not IArrayTypeSymbol || !TracksElements(local.Type) || taken.SemanticModel is not { } model
            || ValueFlow.DeclaratorInTree(taken, local) is not { Initializer.Value: { } initializer } declarator
            || declarator.Syntax is not VariableDeclaratorSyntax declaratorSyntax || ScopeOf(declaratorSyntax) is not { } scope)
        {
            return null;
        }

        var uses = Uses(local, scope, model, cancellationToken, null, null);
        uses.RemoveAll(use => use.Reference.Syntax.Span == taken.Syntax.Span);
        return CombineLocal(ElementsOf(initializer, 1, cancellationToken), uses, declaratorSyntax, cancellationToken);
    }

    /// <summary>The elements of an array's initial values; each row's own, for an array of arrays.</summary>
    private Elements Join(ImmutableArray<IOperation> values, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var elements = Elements.None;
        foreach (var value in values)
        {
            elements = IsRow(value, projected)
                ? elements.Join(ListedRow(value, depth, cancellationToken, projected))
                : elements.Add(ElementValue(value, depth, cancellationToken, projected));
        }

        return elements;
    }

    /// <summary>The elements of a row an array of arrays is made with: a row local's (<c>Money[][] q = { yuanRow, dollarRow
    /// }</c>) but for its being listed there, which only puts it in the array, whose own uses count what is written
    /// through it.</summary>
    private Elements ListedRow(IOperation row, int depth, CancellationToken cancellationToken, ISymbol? projected) =>
        projected is null && row.SkipConversions() is ILocalReferenceOperation local && LocalElementsBut(local, cancellationToken) is { } listed
            ? listed
            : ElementsOf(row, depth, cancellationToken, projected);

    /// <summary>Whether a type is an array of arrays whose rows' elements the flow follows (<c>Money[][]</c>): its elements
    /// are its rows' elements together.</summary>
    private bool IsRows(ITypeSymbol? type, ISymbol? projected) =>
        type is IArrayTypeSymbol { ElementType: IArrayTypeSymbol row } && TracksElements(row, projected);

    /// <summary>
    /// One row of an array of arrays read by a constant index (<c>quarters[1]</c>) from a field or a local of the code
    /// whose initializer lists its rows (or makes none): the row the initializer puts at that index, and what every use of
    /// the array that may reach that row adds (a row written through another constant index does not). Null for any other
    /// read, and while the same array's row is being worked out (<c>quarters[0] = quarters[1]</c>).
    /// </summary>
    private Elements? RowAt(IArrayElementReferenceOperation row, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (row.Indices.Length != 1 || row.Indices[0].ConstantValue is not { HasValue: true, Value: int index } || index < 0)
        {
            return null;
        }

        ISymbol? array = row.ArrayReference switch
        {
            IFieldReferenceOperation field => field.Field.OriginalDefinition,
            ILocalReferenceOperation { Local.IsRef: false } local => local.Local,
            _ => null,
        };
        if (array is null || array.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(array) || projected is null && Declared(array) is not null
            || array is IFieldSymbol && MayBeFilledMember(array, cancellationToken)
            || array.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator)
        {
            return null;
        }

        var model = _search.ModelOf(declarator.SyntaxTree);
        var rows = declarator.Initializer is { } initializer
            ? model.GetOperation(initializer.Value, cancellationToken).SkipConversions() switch
            {
                IArrayCreationOperation { Initializer: { } listed } => listed.ElementValues,
                IArrayCreationOperation { Initializer: null } => ImmutableArray<IOperation>.Empty,
                IArrayInitializerOperation listed => listed.ElementValues,
                ICollectionExpressionOperation collection when !HasSpread(collection) => collection.Elements,
                _ => default,
            }
            : ImmutableArray<IOperation>.Empty;
        if (rows.IsDefault || array is ILocalSymbol && ScopeOf(declarator) is null)
        {
            return null;
        }

        var inProgress = InProgress.Current;
        if (inProgress.IsAsked(RowAtInProgress, array))
        {
            return null;
        }

        int saved = inProgress.Enter(RowAtInProgress, array);
        try
        {
            var elements = index < rows.Length ? ListedRow(rows[index], depth, cancellationToken, projected) : Elements.None;
            var uses = array is ILocalSymbol ? Uses(array, ScopeOf(declarator)!, model, cancellationToken, projected, null) : Uses(array, cancellationToken, projected);
            foreach (var (reference, effect) in uses)
            {
                if (reference.Parent is IArrayElementReferenceOperation other && other.ArrayReference == reference && other.Indices.Length == 1
                    && other.Indices[0].ConstantValue is { HasValue: true, Value: int at } && at != index)
                {
                    continue;
                }

                elements = elements.Join(effect);
            }

            return elements;
        }
        finally
        {
            inProgress.Leave(saved);
        }

        static bool HasSpread(ICollectionExpressionOperation collection)
        {
            foreach (var element in collection.Elements)
            {
                if (element is ISpreadOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly object RowAtInProgress = new();

    /// <summary>Whether a value is one row of an array of arrays being made (<c>new[] { a }</c> in <c>Money[][] q = { new[] { a } }</c>).</summary>
    private bool IsRow(IOperation value, ISymbol? projected) =>
        value.SkipConversions() is { Type: IArrayTypeSymbol row } && TracksElements(row, projected)
        && value.Parent is IArrayInitializerOperation or ICollectionExpressionOperation { Type: IArrayTypeSymbol { ElementType: IArrayTypeSymbol } };

    /// <summary><c>new List&lt;Money&gt;(source) { a, b }</c>, <c>new Dictionary&lt;string, Money&gt;(other) { ["k"] = v }</c>.</summary>
    private Elements Created(IObjectCreationOperation creation, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var elements = Elements.None;
        foreach (var argument in creation.Arguments)
        {
            // the collection copied (an IEnumerable, a dictionary); not a capacity or a comparer
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { Type.SpecialType: not SpecialType.System_Int32, Name: not "comparer" })
            {
                elements = elements.Join(ElementsOf(argument.Value, depth, cancellationToken, projected));
            }
            else if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { Name: "comparer" } && IsSet(creation.Type)
                && !IsDefaultComparer(argument.Value))
            {
                // new HashSet<Money>(byAmount): an element the comparer takes as equal to one there is not added, so the
                // set holds only some of what is written into it
                elements = elements.Join(Elements.Removal);
            }
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var item in initializer.Initializers)
            {
                switch (item)
                {
                    case IInvocationOperation { Arguments.Length: > 0 } add:
                        // { a, b } and { { "k", v } }: the last argument is the element (the value)
                        elements = elements.Add(ElementValue(add.Arguments[add.Arguments.Length - 1].Value, depth, cancellationToken, projected));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } indexed:
                        elements = elements.Add(ElementValue(indexed.Value, depth, cancellationToken, projected));
                        break;
                    default:
                        return Elements.Unknown;
                }
            }
        }

        return elements;
    }

    /// <summary>
    /// Whether a call that passes elements through keeps out those it takes as equal to one it keeps, by a comparer given
    /// (<c>Distinct(byAmount)</c>, <c>ToHashSet(byAmount)</c>, <c>ToFrozenSet(byAmount)</c>).
    /// </summary>
    private static bool MayJoinEqual(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { Name: "comparer" or "equalityComparer" }
                && !IsDefaultComparer(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comparer given is the default equality: <c>null</c>, <c>EqualityComparer&lt;T&gt;.Default</c>, <c>Comparer&lt;T&gt;.Default</c>.</summary>
    private static bool IsDefaultComparer(IOperation value)
    {
        var given = value.SkipConversions();
        return given?.ConstantValue is { HasValue: true, Value: null }
            || given is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Default", ContainingType: { Name: "EqualityComparer" or "Comparer" } owner } }
                && CallSource.IsCollectionsGeneric(owner);
    }

    /// <summary>Whether a type is a set (<c>HashSet&lt;T&gt;</c>, <c>SortedSet&lt;T&gt;</c>, any <c>ISet&lt;T&gt;</c>), whose Add keeps out an element it takes as equal to one held.</summary>
    private static bool IsSet(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "ISet", TypeArguments.Length: 1 } && CallSource.IsCollectionsGeneric(implemented))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>LINQ that passes elements through, selects new ones or combines sources; a method of the compilation that returns a collection.</summary>
    private Elements FromCall(IInvocationOperation invocation, int depth, CancellationToken cancellationToken, ISymbol? projected)
    {
        var method = invocation.TargetMethod;
        var source = SourceOf(method);
        var arguments = invocation.Arguments;
        if ((source.Sequence != SequenceKind.None || source.BindsElements) && !InParameterOrder(invocation))
        {
            return Elements.Unknown;
        }

        if (PickedByType(invocation, depth, cancellationToken, projected) is { } picked)
        {
            // events.OfType<Announced>() read by a member of Announced: the elements made as Announced
            return picked;
        }

        if (method.Name == "SelectMany" && arguments.Length == 2 && CallSource.IsLinq(method.ContainingType)
            && ArgumentOfOrdinal(invocation, 0)?.SkipConversions() is { } rows && IsRows(rows.Type, projected) && ReturnsItsParameter(ArgumentOfOrdinal(invocation, 1)))
        {
            // quarters.SelectMany(row => row): every row's elements
            return ElementsOf(rows, depth, cancellationToken, projected);
        }

        switch (source.Sequence)
        {
            case SequenceKind.PassThrough when arguments.Length == 2 && method.Name == "DefaultIfEmpty":
                // xs.DefaultIfEmpty(fallback): the elements, or the fallback alone; never both at once
                return ElementsOf(arguments[0].Value, depth, cancellationToken, projected)
                    .Add(ElementValue(arguments[1].Value, depth, cancellationToken, projected))
                    .Join(Elements.Removal);
            case SequenceKind.PassThrough when method.Name == "DistinctBy" && projected is null && ArgumentNamed(invocation, "keySelector") is { } distinctKey
                && KeepsCurrenciesApart(distinctKey) && !MayJoinEqual(invocation) && ArgumentOfOrdinal(invocation, 0) is { } distinct:
                // xs.DistinctBy(m => m.Currency): one element of each key, so one of each currency, every currency xs holds
                return ElementsOf(distinct, depth, cancellationToken, projected);
            case SequenceKind.PassThrough when ReadableFilter(invocation) is { } filter:
                // from c in commitments where c.Bloc != Bloc.Europe select c.Amount: the elements the filter keeps (and any
                // filter applied to what this one gives); where it cannot tell for any element, some of the elements (as
                // after any other filter)
                var kept = Filtering(filter.Then(t_filter), () => ElementsOf(arguments[0].Value, depth, cancellationToken, projected));
                return kept.First is null && kept.HasUnknown ? ElementsOf(arguments[0].Value, depth, cancellationToken, projected).Join(Elements.Removal) : kept;
            case SequenceKind.PassThrough when arguments.Length > 0:
                // xs.Where(p => p.Currency == Currency.CNY): a filter that may tell currencies apart keeps an unknown part;
                // xs.Distinct(byAmount), xs.ToHashSet(byAmount) keep out an element the comparer takes as equal to one kept, and
                // xs.DistinctBy(m => m.Amount) one whose key an element before it has (a dollar after a yuan of its amount)
                return FiltersByCurrency(invocation) ? Elements.Unknown
                    : MayJoinEqual(invocation) || method.Name == "DistinctBy" ? ElementsOf(arguments[0].Value, depth, cancellationToken, projected).Join(Elements.Removal)
                    : ElementsOf(arguments[0].Value, depth, cancellationToken, projected);
            case SequenceKind.Combine when arguments.Length == 2:
                return ElementsOf(arguments[0].Value, depth, cancellationToken, projected).Join(ElementsOf(arguments[1].Value, depth, cancellationToken, projected));
            case SequenceKind.Combine when arguments.Length == 3 && method.Name == "UnionBy":
                // yuan.UnionBy(dollars, m => m.Currency): the elements of both whose key is new; a key that two currencies
                // never share keeps every currency, any other (m => m.Amount) may drop one, as a removal may
                var united = ElementsOf(arguments[0].Value, depth, cancellationToken, projected).Join(ElementsOf(arguments[1].Value, depth, cancellationToken, projected));
                return projected is null && KeepsCurrenciesApart(arguments[2].Value) ? united : united.Join(Elements.Removal);
            case SequenceKind.AddOne when arguments.Length == 2:
                return ElementsOf(arguments[0].Value, depth, cancellationToken, projected).Add(ElementValue(arguments[1].Value, depth, cancellationToken, projected));
            case SequenceKind.Select when arguments.Length == 2:
                if (projected is not null)
                {
                    return Elements.Unknown;
                }

                // commitments.Select(c => c.Amount), from c in commitments select c.Amount: what the selector returns, or,
                // where that is not one currency, that member of every element, unless a filter chose the elements (one
                // that keeps a single currency by another member, Where(kv => kv.Key.StartsWith("tokyo")), is common)
                string? selected = LambdaResult(arguments[1].Value, cancellationToken);
                return selected is null && SelectedMember(arguments[1].Value) is { } member && !Filtered(arguments[0].Value)
                    ? ElementsOf(arguments[0].Value, depth, cancellationToken, Projection(member))
                    : Elements.Of(selected);
            case SequenceKind.ToDictionarySelect when ArgumentNamed(invocation, "elementSelector") is { } elementSelector:
                // xs.ToDictionary(k, m => m), grants.ToDictionary(g => g.Name, g => g.Cap): what the selector returns for
                // every element (a key met twice throws), as Select gives it
                if (ReturnsItsParameter(elementSelector) && ArgumentOfOrdinal(invocation, 0) is { } itself)
                {
                    return ElementsOf(itself, depth, cancellationToken, projected);
                }

                if (projected is not null)
                {
                    return Elements.Unknown;
                }

                string? value = LambdaResult(elementSelector, cancellationToken);
                return value is null && SelectedMember(elementSelector) is { } valueMember && ArgumentOfOrdinal(invocation, 0) is { } valued && !Filtered(valued)
                    ? ElementsOf(valued, depth, cancellationToken, Projection(valueMember))
                    : Elements.Of(value);
            case SequenceKind.ToDictionarySelect when arguments.Length > 0 && ArgumentNamed(invocation, "keySelector") is null:
                // pairs.ToDictionary(), byCity.ToFrozenDictionary(comparer): the values of the pairs
                return ElementsOf(arguments[0].Value, depth, cancellationToken, projected);
            case SequenceKind.ToDictionarySelect when ArgumentOfOrdinal(invocation, 0) is { } keyed:
                // xs.ToDictionary(m => m.Amount): every element itself is a value (a key met twice throws)
                return ElementsOf(keyed, depth, cancellationToken, projected);
            case SequenceKind.Repeat when arguments.Length == 2:
                return Elements.Of(ElementValue(arguments[0].Value, depth, cancellationToken, projected));
            case SequenceKind.CopyOfInstance when invocation.Instance is { } instance:
                return FiltersByCurrency(invocation) ? Elements.Unknown : ElementsOf(instance, depth, cancellationToken, projected);
            case SequenceKind.Created:
                return CreatedImmutable(invocation, depth, cancellationToken, projected);
            case SequenceKind.NewVersion when invocation.Instance is { } previous:
                return NewVersion(invocation, previous, depth, cancellationToken, projected);
        }

        if (source.BindsElements || source.BindsInstanceElements)
        {
            return Elements.Unknown;
        }

        if (method is { Name: "FromResult", IsStatic: true, Parameters.Length: 1 } && CallSource.IsTasks(method.ContainingType) && arguments.Length == 1)
        {
            // Task.FromResult<IReadOnlyList<Money>>([…]): awaited, the collection given
            return ElementsOf(arguments[0].Value, depth, cancellationToken, projected);
        }

        if (method is { Name: "WhenAll", IsStatic: true } && arguments.Length == 1 && projected is null && CallSource.IsTasks(method.ContainingType)
            && invocation.Type is { } whenAll && TaskResultType(whenAll) is IArrayTypeSymbol { ElementType: var result } && _types.CarriesCurrency(result))
        {
            // await Task.WhenAll(FetchYuanAsync(), FetchDollarsAsync()): what each task gives, in its place
            return ElementsOf(arguments[0].Value, depth, cancellationToken);
        }

        if (AsyncSequenceWrapped(invocation) is { } wrapped)
        {
            // await foreach (var call in CallsAsync().WithCancellation(token).ConfigureAwait(false)): the same elements
            return ElementsOf(wrapped, depth, cancellationToken, projected);
        }

        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            if (method.Name == "Allocate" && invocation.Instance is { } whole && method.IsOn(_types.Money))
            {
                // budget.Allocate(3): every part is in the currency of the amount it divides
                return projected is null ? Elements.Of(Value(whole, depth, FlowMode.Exact, cancellationToken)) : Elements.Unknown;
            }

            return projected is null ? Elements.Of(Declared(method)) : Elements.Unknown;
        }

        return ElementFacts(projected).Get(method, cancellationToken);
    }

    /// <summary>The <c>T</c> of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, or null for any other type.</summary>
    private static ITypeSymbol? TaskResultType(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } task && CallSource.IsTasks(task) ? task.TypeArguments[0] : null;

    /// <summary>
    /// The asynchronous sequence a call of <c>WithCancellation</c> or <c>ConfigureAwait</c> wraps (the extension methods of
    /// <c>TaskAsyncEnumerableExtensions</c> and the methods of <c>ConfiguredCancelableAsyncEnumerable</c>), which gives its
    /// elements unchanged; else null.
    /// </summary>
    private static IOperation? AsyncSequenceWrapped(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name is not ("WithCancellation" or "ConfigureAwait") || method.ContainingType is not { } type
            || type.ContainingNamespace is not { ContainingNamespace: { ContainingNamespace: { Name: "System" } system } middle } ns
            || !system.ContainingNamespace.IsGlobalNamespace)
        {
            return null;
        }

        return type.Name == "TaskAsyncEnumerableExtensions" && method.IsStatic && ns.Name == "Tasks" && middle.Name == "Threading" && invocation.Arguments.Length == 2
                && invocation.Arguments[0].Value.Type is INamedTypeSymbol { Name: "IAsyncEnumerable" }
                ? invocation.Arguments[0].Value
            : type.Name == "ConfiguredCancelableAsyncEnumerable" && !method.IsStatic && ns.Name == "CompilerServices" && middle.Name == "Runtime"
                ? invocation.Instance
            : null;
    }

    /// <summary>
    /// Whether a call that keeps some of a sequence's elements may keep out a currency: <c>Where</c>, <c>TakeWhile</c>,
    /// <c>SkipWhile</c>, <c>DistinctBy</c>, <c>ExceptBy</c>, <c>IntersectBy</c> and a list's <c>FindAll</c> given a
    /// function that may tell currencies apart (<see cref="MayTellCurrencies"/>: <c>p =&gt; p.Currency == Currency.CNY</c>),
    /// and <c>Intersect</c> and <c>Except</c>, whose other sequence may.
    /// </summary>
    private bool FiltersByCurrency(IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "Intersect" or "Except":
                // payments.Intersect(yuan), payments.Except(payments.Where(…)): the other sequence may hold out a currency
                return true;
            case "Where" or "TakeWhile" or "SkipWhile" or "DistinctBy" or "ExceptBy" or "IntersectBy" or "FindAll":
                break;
            default:
                return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (MayTellCurrencies(argument.Value, _types))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a function given to a call may tell currencies apart: a lambda whose body reads a <c>Currency</c>,
    /// calls code the flow does not read for it (a method or local function of the compilation, a delegate), reads a
    /// Money's text or compares money for equality; or a delegate the flow cannot read (a method group, a field, a
    /// parameter). Any other value is not a function.</summary>
    internal static bool MayTellCurrencies(IOperation argument, KnownTypes types)
    {
        var value = argument.SkipConversions();
        if (value is IDelegateCreationOperation creation)
        {
            value = creation.Target;
        }

        if (value is not IAnonymousFunctionOperation lambda)
        {
            return value?.Type?.TypeKind == TypeKind.Delegate || value is IMethodReferenceOperation;
        }

        if (types.MentionsCurrency(lambda.Body))
        {
            return true;
        }

        foreach (var operation in lambda.Body.Descendants())
        {
            switch (operation)
            {
                // p => Fx.IsYuan(p), m => IsYuan(m), m => test(m), p => p.ToString().StartsWith("CNY"), p => p.Equals(yuan)
                case IInvocationOperation { TargetMethod: { } called }
                    when !called.DeclaringSyntaxReferences.IsEmpty || called.MethodKind == MethodKind.DelegateInvoke
                        || called.Name is "ToString" or "TryFormat" or "Equals" or "CompareTo" && types.IsMoney(called.ContainingType):
                // $"{p}".StartsWith("CNY"), string.Format("{0}", p), "" + p: a Money's text holds its code
                case IInterpolationOperation { Expression.Type: { } formatted } when types.IsMoney(formatted):
                case IConversionOperation { Operand.Type: { } converted, Type.SpecialType: SpecialType.System_Object or SpecialType.System_String } when types.IsMoney(converted):
                // p == yuan: equal money has equal currencies
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals, LeftOperand.Type: { } compared } when types.IsMoney(compared):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sequence is made by LINQ (or a list's <c>FindAll</c>) that keeps some of its source's elements and not
    /// others: <c>Where</c>, <c>TakeWhile</c>, <c>SkipWhile</c>, <c>Take</c>, <c>Skip</c>, <c>TakeLast</c>, <c>SkipLast</c>,
    /// <c>Except</c>, <c>Intersect</c> and their <c>By</c> forms, <c>DistinctBy</c>, anywhere along a chain of such calls and of
    /// ones that pass every element on.
    /// </summary>
    private bool Filtered(IOperation sequence)
    {
        var current = sequence.SkipConversions();
        for (int i = 0; i < 16 && current is IInvocationOperation invocation; i++)
        {
            if (invocation.TargetMethod.Name is "Where" or "TakeWhile" or "SkipWhile" or "Take" or "Skip" or "TakeLast" or "SkipLast" or "Except" or "ExceptBy"
                or "Intersect" or "IntersectBy" or "DistinctBy" or "FindAll"
                && ReadableFilter(invocation) is null)
            {
                return true;
            }

            if (SourceOf(invocation.TargetMethod).Sequence != SequenceKind.PassThrough || invocation.Arguments.IsEmpty)
            {
                return false;
            }

            current = (invocation.Instance ?? invocation.Arguments[0].Value).SkipConversions();
        }

        return false;
    }

    /// <summary>
    /// Whether a sequence (or an element of one) may come from a filter that tells currencies apart
    /// (<see cref="FiltersByCurrency"/>: <c>bids.Where(b =&gt; b.Bid.Currency == Currency.USD)</c>, also in query syntax) or
    /// from a list emptied of a currency (<c>RemoveAll(b =&gt; b.Bid.Currency != Currency.USD)</c>): along LINQ and the
    /// framework's collection calls made from it (<c>ToList</c>, <c>Select</c>, <c>GroupBy</c>, <c>First</c>…), a copy
    /// (<c>new List&lt;Bid&gt;(filtered)</c>, <c>[.. filtered]</c>, <c>AddRange(filtered)</c>), the returns of a method of the
    /// code, a dictionary's <c>Values</c> and a pair's <c>Value</c>, every value a local is given, the collection a
    /// <c>foreach</c> variable (or its deconstruction) walks, a field or property that only ever holds one value, and a
    /// LINQ lambda's element (a group of such a sequence).
    /// </summary>
    private bool CurrencyFiltered(IOperation? sequence, CancellationToken cancellationToken, int depth = 0)
    {
        var current = sequence.SkipConversions();
        if (current is null || depth > MaxDepth)
        {
            return false;
        }

        int next = depth + 1;
        switch (current)
        {
            case ITranslatedQueryOperation query:
                return CurrencyFiltered(query.Operation, cancellationToken, next);
            case IConditionalAccessInstanceOperation:
                for (var parent = current.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IConditionalAccessOperation access)
                    {
                        return CurrencyFiltered(access.Operation, cancellationToken, next);
                    }
                }

                return false;
            case IInvocationOperation invocation:
                if (FiltersByCurrency(invocation))
                {
                    return true;
                }

                var method = invocation.TargetMethod;
                if (!CallSource.IsLinq(method.ContainingType) && !CallSource.IsCollectionsGeneric(method.ContainingType) && SourceOf(method).Sequence != SequenceKind.PassThrough)
                {
                    // a method of the code: what it returns
                    if (CanFollowBody(method.OriginalDefinition) && _search.IsOwn(method.OriginalDefinition) && BodyOf(method.OriginalDefinition, cancellationToken) is { } body)
                    {
                        foreach (var returned in ReturnedValues(body.SyntaxTree, body, cancellationToken))
                        {
                            if (CurrencyFiltered(returned, cancellationToken, next))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                }

                return invocation.Instance is { } instance && CurrencyFiltered(instance, cancellationToken, next) || SequenceArgumentFiltered(invocation.Arguments, cancellationToken, next);
            case IObjectCreationOperation creation:
                return SequenceArgumentFiltered(creation.Arguments, cancellationToken, next);
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ISpreadOperation spread && CurrencyFiltered(spread.Operand, cancellationToken, next))
                    {
                        return true;
                    }
                }

                return false;
            case IPropertyReferenceOperation { Property.Name: "Values", Instance: { } owner } when IsDictionary(owner.Type):
                return CurrencyFiltered(owner, cancellationToken, next);
            case IPropertyReferenceOperation { Property: { Name: "Value", ContainingType.Name: "KeyValuePair" }, Instance: { } pair }:
                return CurrencyFiltered(pair, cancellationToken, next);
            case IArrayElementReferenceOperation element:
                return CurrencyFiltered(element.ArrayReference, cancellationToken, next);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed }:
                return CurrencyFiltered(indexed, cancellationToken, next);
            case IParameterReferenceOperation element:
                // a lambda's element (or group: g.Sum(b => …) in GroupBy(…).Select(g => …)): the sequence the call it is
                // given to reads
                return (ElementSourceOf(element) ?? CalledWith(element)) is { } source && CurrencyFiltered(source, cancellationToken, next);
            case ILocalReferenceOperation local:
                return LocalFiltered(local, cancellationToken, next);
            case IFieldReferenceOperation or IPropertyReferenceOperation:
                return ValueFlow.SingleValue(current, null, _singleValues, FlowMode.Exact, cancellationToken) is { } single
                    && CurrencyFiltered(single, cancellationToken, next);
            default:
                return false;
        }
    }

    /// <summary>Whether an argument that is a sequence (not a function) may come from a currency filter.</summary>
    private bool SequenceArgumentFiltered(ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken, int depth)
    {
        foreach (var argument in arguments)
        {
            if (ValueTypeOf(argument.Value.SkipConversions()?.Type) is not null && CurrencyFiltered(argument.Value, cancellationToken, depth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a local may hold (or walk) a sequence that comes from a currency filter (<see cref="CurrencyFiltered"/>): the
    /// collection of the <c>foreach</c> that declares it (also by deconstruction), every value it is given, or a list whose
    /// own methods are given such a sequence (<c>AddRange</c>) or remove by a currency test (<c>RemoveAll</c>).
    /// </summary>
    private bool LocalFiltered(ILocalReferenceOperation reference, CancellationToken cancellationToken, int depth)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model)
        {
            return false;
        }

        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var loop = declaration as CommonForEachStatementSyntax ?? declaration.FirstAncestorOrSelf<ForEachVariableStatementSyntax>();
        if (loop is not null && (loop is ForEachStatementSyntax || loop is ForEachVariableStatementSyntax { Variable: var variable } && variable.Span.Contains(declaration.Span)))
        {
            return model.GetOperation(loop, cancellationToken) is IForEachLoopOperation forEach && CurrencyFiltered(forEach.Collection, cancellationToken, depth);
        }

        if (declaration is VariableDeclaratorSyntax { Initializer.Value: { } initializer } && CurrencyFiltered(model.GetOperation(initializer, cancellationToken), cancellationToken, depth))
        {
            return true;
        }

        if (ScopeOf(declaration) is not { } scope)
        {
            return false;
        }

        foreach (var token in _search.Identifiers(local.Name, scope, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax name || model.GetOperation(name, cancellationToken) is not ILocalReferenceOperation use
                || !SymbolEqualityComparer.Default.Equals(use.Local, local))
            {
                continue;
            }

            switch (use.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == use && CurrencyFiltered(assignment.Value, cancellationToken, depth):
                    return true;
                case IInvocationOperation call when call.Instance == use:
                    if (call.TargetMethod.Name is "RemoveAll" or "RemoveWhere")
                    {
                        foreach (var argument in call.Arguments)
                        {
                            if (MayTellCurrencies(argument.Value, _types))
                            {
                                return true;
                            }
                        }
                    }

                    if (SequenceArgumentFiltered(call.Arguments, cancellationToken, depth))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>The sequence a call reads (its instance or first argument) whose lambda declares a parameter; else null.</summary>
    private static IOperation? CalledWith(IParameterReferenceOperation reference) =>
        reference.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda
        && reference.LambdaAround(lambda) is { Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } argument } }
        && SourceArgument(call) is { } source && source != argument.Value
            ? source
            : null;

    /// <summary>
    /// The member a selector reads from its element and returns as it is (conversions skipped): a property of an object
    /// (<c>c =&gt; c.Amount</c>) or an element of a tuple (<c>t =&gt; t.Cap</c>), as the elements' own writes are
    /// projected; else null. Also the key of an ordering by a member (<c>OrderBy(p =&gt; p.Budget)</c>).
    /// </summary>
    internal static ISymbol? SelectedMember(IOperation argument)
    {
        if (SelectorLambda(argument) is not { Symbol.Parameters.Length: 1 } lambda || lambda.OnlyReturned() is not { } returned)
        {
            return null;
        }

        return returned.SkipConversions() switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property, Instance: IParameterReferenceOperation { Parameter: var p } }
                when SymbolEqualityComparer.Default.Equals(p, lambda.Symbol.Parameters[0]) => property,
            IFieldReferenceOperation { Field: { ContainingType.IsTupleType: true } field, Instance: IParameterReferenceOperation { Parameter: var p } }
                when SymbolEqualityComparer.Default.Equals(p, lambda.Symbol.Parameters[0]) && field.CorrespondingTupleField is { } element => element,
            _ => null,
        };
    }

    /// <summary>The currency a lambda's returns agree on (its parameters bound as LINQ binds them).</summary>
    private string? LambdaResult(IOperation argument, CancellationToken cancellationToken)
    {
        var value = argument.SkipConversions();
        if (value is IDelegateCreationOperation creation)
        {
            value = creation.Target;
        }

        if (value is IMethodReferenceOperation { Method: { } referenced })
        {
            // Select(ToYuan): what the method returns
            return SourceOf(referenced).Kind == CallSourceKind.Method ? Currencies.Known(MethodReturn(referenced, cancellationToken)) : null;
        }

        if (value is not IAnonymousFunctionOperation lambda)
        {
            return null;
        }

        string? code = Currencies.None;
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is IReturnOperation { Kind: OperationKind.Return } returned && EnclosingFunction(returned) == lambda)
            {
                code = Currencies.Join(code, Value(returned.ReturnedValue, 0, FlowMode.Exact, cancellationToken));
                if (code is null)
                {
                    return null;
                }
            }
        }

        return Currencies.Known(code);
    }

    /// <summary>The lambda or local function an operation is part of, the nearest one out; null in a member's own body.</summary>
    internal static IOperation? EnclosingFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return parent;
            }
        }

        return null;
    }

    private Elements ComputeSymbolElements(ISymbol symbol, CancellationToken cancellationToken, ISymbol? projected)
    {
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            // an async method's or a task's collection (Task<List<Money>>, ValueTask<Money[]>): its returns give it
            IMethodSymbol method => TaskResultType(method.ReturnType) ?? method.ReturnType,
            _ => null,
        };

        if (!TracksElements(type, projected) && !(symbol is IFieldSymbol or ILocalSymbol && IsRows(type, projected))
            && !(symbol is IMethodSymbol or IPropertySymbol && type is INamedTypeSymbol { Name: "IEnumerable" or "IAsyncEnumerable" }))
        {
            return Elements.Unknown;
        }

        if (projected is null && Declared(symbol) is { } declared)
        {
            return Elements.Of(declared);
        }

        if (symbol is IParameterSymbol || symbol.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(symbol)
            || MayBeFilledMember(symbol, cancellationToken))
        {
            return Elements.Unknown;
        }

        var syntax = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var tree = syntax.SyntaxTree;
        switch (symbol)
        {
            case ILocalSymbol local when !local.IsRef && syntax is VariableDeclaratorSyntax declarator && ScopeOf(declarator) is { } scope:
                var initial = declarator.Initializer is { } localInitializer ? ElementsOf(_search.ModelOf(tree).GetOperation(localInitializer.Value, cancellationToken), 0, cancellationToken, projected) : Elements.None;
                return ReferenceEquals(initial, Elements.Unknown) ? initial : CombineLocal(initial, Uses(symbol, scope, _search.ModelOf(tree), cancellationToken, projected, null), declarator, cancellationToken, projected);

            case ILocalSymbol local when !local.IsRef && syntax is ForEachStatementSyntax rowLoop
                && _search.ModelOf(tree).GetOperation(rowLoop, cancellationToken) is IForEachLoopOperation rowEach && rowEach.Collection.SkipConversions() is { } rows
                && IsRows(rows.Type, projected):
                // foreach (var row in quarters): each row holds some of the array's elements, and what the loop's body writes into it
                var row = ElementsOf(rows, 0, cancellationToken, projected).Partitioned();
                return ReferenceEquals(row, Elements.Unknown) ? row : Combine(row, Uses(symbol, rowLoop.Statement, _search.ModelOf(tree), cancellationToken, projected, null), cancellationToken);

            case ILocalSymbol local when !local.IsRef && syntax is ForEachStatementSyntax loop
                && _search.ModelOf(tree).GetOperation(loop, cancellationToken) is IForEachLoopOperation forEach && Partition(forEach.Collection) is { } partitioning:
                // foreach (var batch in xs.Chunk(2)), foreach (var g in xs.GroupBy(k)): each batch or group holds some of xs,
                // and what the loop's body writes into it
                var batch = PartitionElements(partitioning, 0, cancellationToken, projected);
                return ReferenceEquals(batch, Elements.Unknown) ? batch : Combine(batch, Uses(symbol, loop.Statement, _search.ModelOf(tree), cancellationToken, projected, null), cancellationToken);

            case IFieldSymbol when syntax is VariableDeclaratorSyntax fieldDeclarator:
                var fieldInitial = fieldDeclarator.Initializer is { } fieldInitializer ? ElementsOf(_search.ModelOf(tree).GetOperation(fieldInitializer.Value, cancellationToken), 0, cancellationToken, projected) : Elements.None;
                return ReferenceEquals(fieldInitial, Elements.Unknown) ? fieldInitial : Combine(fieldInitial, Uses(symbol, cancellationToken, projected), cancellationToken);

            case IPropertySymbol property when !property.IsVirtual && !property.IsAbstract && !property.IsOverride
                && !SeenThroughInterface(property, writes: false, cancellationToken) && !IsPartial(property) && syntax is PropertyDeclarationSyntax declaration:
                if (declaration.ExpressionBody is { } arrow)
                {
                    return ElementsOf(_search.ModelOf(tree).GetOperation(arrow.Expression, cancellationToken), 0, cancellationToken, projected);
                }

                if (declaration.AccessorList is { Accessors.Count: 1 } single && single.Accessors[0] is { Body: { } getterBody } getter
                    && getter.IsKind(SyntaxKind.GetAccessorDeclaration))
                {
                    // a get-only property whose getter yields or returns: as a method's body
                    return MethodElements(tree, getterBody, cancellationToken, projected);
                }

                if (declaration.AccessorList is { } accessors && AllAuto(accessors))
                {
                    var propertyInitial = declaration.Initializer is { } propertyInitializer ? ElementsOf(_search.ModelOf(tree).GetOperation(propertyInitializer.Value, cancellationToken), 0, cancellationToken, projected) : Elements.None;
                    return ReferenceEquals(propertyInitial, Elements.Unknown) ? propertyInitial : Combine(propertyInitial, Uses(symbol, cancellationToken, projected), cancellationToken);
                }

                return Elements.Unknown;

            case IMethodSymbol method when CanFollowBody(method) && BodyOf(method, cancellationToken) is { } body:
                return MethodElements(tree, body, cancellationToken, projected);

            default:
                return Elements.Unknown;
        }
    }

    private static bool AllAuto(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a method's <c>yield return</c>s and returned collections hold.</summary>
    private Elements MethodElements(SyntaxTree tree, SyntaxNode body, CancellationToken cancellationToken, ISymbol? projected)
    {
        var operation = _search.ModelOf(tree).GetOperation(body, cancellationToken);
        if (operation is null)
        {
            return Elements.Unknown;
        }

        if (body is ExpressionSyntax)
        {
            return ElementsOf(operation, 0, cancellationToken, projected);
        }

        var elements = Elements.None;
        List<(IOperation Reference, Elements Effect)>? yields = null;
        bool onlyYields = true;
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is IReturnOperation { Kind: not OperationKind.YieldBreak } returned && EnclosingFunction(returned) is null)
            {
                if (returned.Kind == OperationKind.YieldReturn)
                {
                    string? yielded = returned.ReturnedValue is null ? null : ElementValue(returned.ReturnedValue, 0, cancellationToken, projected);
                    (yields ??= new()).Add((returned, Elements.Of(yielded)));
                    elements = elements.Add(yielded);
                }
                else
                {
                    onlyYields = false;
                    elements = returned.ReturnedValue is null ? elements : elements.Either(ElementsOf(returned.ReturnedValue, 0, cancellationToken, projected));
                }
            }
        }

        // an iterator that yields yuan on one path and dollars on another, never both in one run
        return elements.IsMixed && onlyYields && yields is not null && (OnePathEach(yields, cancellationToken) ?? BranchWise(yields, body)) is { } either
            ? either
            : elements;
    }

    /// <summary>
    /// What writes into a collection give when no path of their function's control flow graph leads from a write of one
    /// known currency to a write of another (an iterator's yuan yielded before a <c>yield break</c> and dollars on the
    /// other path; a list given yuan before an early <c>return</c> and dollars after it): one currency or another per
    /// run, never both (<see cref="Elements.Either"/>). A write of unknown currency constrains nothing and makes the
    /// result partly unknown; a write no run reaches gives nothing; a path into a <c>try</c> may go on from any of its
    /// <c>catch</c> clauses. Null when a run may reach writes of two currencies, when a write removes elements or is
    /// one of several collections, or when the graph is not read: writes in a lambda or a local function, or in
    /// different bodies.
    /// </summary>
    private static Elements? OnePathEach(List<(IOperation Reference, Elements Effect)> writes, CancellationToken cancellationToken, SyntaxNode? fresh = null)
    {
        IOperation? root = null;
        var kept = new List<(IOperation Reference, Elements Effect)>();
        var sites = new List<List<SyntaxNode>>();
        var functions = new List<IOperation?>();
        foreach (var write in writes)
        {
            if (ReferenceEquals(write.Effect, Elements.None))
            {
                continue;
            }

            if (write.Effect.MayRemove || write.Effect.OneEach || WriteSites(write.Reference) is not ({ } body, { } at, var function) || root is not null && root != body)
            {
                return null;
            }

            root = body;
            kept.Add(write);
            sites.Add(at);
            functions.Add(function);
        }

        if (root is null || kept.Count < 2)
        {
            return null;
        }

        var graph = root is IConstructorBodyOperation constructor ? ControlFlowGraph.Create(constructor, cancellationToken)
            : ControlFlowGraph.Create((IMethodBodyOperation)root, cancellationToken);

        // each write at the smallest operation of the graph whose syntax holds its site (an arm of ?: before the statement
        // around it); a site no run reaches is left out, a write all of whose sites are is no write
        var positions = new List<(int Block, int Index)>[kept.Count];
        for (int w = 0; w < kept.Count; w++)
        {
            positions[w] = new List<(int Block, int Index)>();
            foreach (var site in sites[w])
            {
                if (PositionOf(graph, site) is not { } position)
                {
                    return null;
                }

                if (position.Block >= 0)
                {
                    positions[w].Add(position);
                }
            }
        }

        // the declaration that makes the collection anew (a list declared in a loop's body): a path through it starts
        // with an empty one
        (int Block, int Index) reset = fresh is not null && PositionOf(graph, fresh) is { Block: >= 0 } made ? made : (-1, -1);
        var regions = Regions(graph);
        var known = new List<(IOperation Reference, Elements Effect)>();
        bool unknown = false;
        for (int i = 0; i < kept.Count; i++)
        {
            if (positions[i].Count == 0)
            {
                // a write no run reaches (after a yield break, a return) gives nothing
                continue;
            }

            if (kept[i].Effect.Code is not { } code || Currencies.IsNone(code))
            {
                if (kept[i].Effect.First is not null)
                {
                    return null;
                }

                unknown = true;
                continue;
            }

            // a range added from a sequence may throw after adding some of it (a parse in a lazy Select)
            bool throwsWhileWriting = kept[i].Reference.Parent is IInvocationOperation { TargetMethod.Name: "AddRange" or "InsertRange" or "UnionWith" or "PushRange" or "SymmetricExceptWith" };
            foreach (var from in positions[i])
            {
                var fromBlock = Reachable(graph, from, regions, reset, throwsWhileWriting);
                for (int j = 0; j < kept.Count; j++)
                {
                    if (j == i || kept[j].Effect.Code is not { } other || other == code || Currencies.IsNone(other))
                    {
                        continue;
                    }

                    foreach (var to in positions[j])
                    {
                        // a write after it in its block (before a declaration that makes the collection anew), in the
                        // same operation (caps.Add(yuan) & caps.Add(dollars)), or in a block a path leads to
                        // (two writes of one local function's choice, run by one call, are one or the other)
                        bool oneCall = to.Block == from.Block && to.Index == from.Index && functions[i] is { } function && functions[j] == function
                            && (InOtherBranches(kept[i].Reference.Syntax, kept[j].Reference.Syntax, function.Syntax)
                                || GuardedApart(kept[i].Reference.Syntax, kept[j].Reference.Syntax, function.Syntax)
                                || GuardedApart(kept[j].Reference.Syntax, kept[i].Reference.Syntax, function.Syntax)
                                || ApartInFunction(graph, function, kept[i].Reference.Syntax, kept[j].Reference.Syntax, cancellationToken));
                        if (!oneCall && to.Block == from.Block && (to.Index == from.Index || to.Index > from.Index && !(reset.Block == from.Block && reset.Index > from.Index && reset.Index <= to.Index))
                            || fromBlock[to.Block] && !(to.Block == reset.Block && to.Index > reset.Index))
                        {
                            return null;
                        }
                    }
                }
            }

            known.Add(kept[i]);
        }

        if (known.Count == 0)
        {
            return null;
        }

        var elements = OneCodeOrAnother(known);
        return unknown ? elements.Either(Elements.Unknown) : elements;
    }

    /// <summary>Where in a control flow graph a node runs: the block and index of the smallest operation whose syntax
    /// holds it (the block's branch value after its operations); (-2, -2) in a block no run reaches; null when no
    /// operation holds it.</summary>
    private static (int Block, int Index)? PositionOf(ControlFlowGraph graph, SyntaxNode node)
    {
        (int Block, int Index)? found = null;
        int smallest = int.MaxValue;
        foreach (var block in graph.Blocks)
        {
            for (int i = 0; i <= block.Operations.Length; i++)
            {
                var syntax = i < block.Operations.Length ? block.Operations[i].Syntax : block.BranchValue?.Syntax;
                if (syntax is not null && syntax.SyntaxTree == node.SyntaxTree && syntax.Span.Contains(node.Span) && syntax.Span.Length < smallest)
                {
                    smallest = syntax.Span.Length;
                    found = block.IsReachable ? (block.Ordinal, i) : (-2, -2);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The body a write runs in and where: the write itself, when no lambda or local function is between them; for a
    /// write in a local function of that body (<c>void AddHome(decimal f) =&gt; caps.Add(Money.Cny(f));</c>) or in the
    /// lambda of a delegate local it initialises and never writes again (<c>Action&lt;decimal&gt; addHome = f =&gt; …</c>),
    /// each call of it in the body, when the body only calls it (no method group, no other use of the local). Null
    /// otherwise.
    /// </summary>
    private static (IOperation Body, List<SyntaxNode> Sites, IOperation? Function)? WriteSites(IOperation write)
    {
        if (BodyRoot(write) is { } direct)
        {
            return (direct, new List<SyntaxNode> { write.Syntax }, null);
        }

        IOperation? function = null;
        for (var parent = write.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                function = parent;
                break;
            }
        }

        if (function is null || BodyRoot(function) is not { } body)
        {
            return null;
        }

        ISymbol? called = function switch
        {
            ILocalFunctionOperation local => local.Symbol,
            IAnonymousFunctionOperation { Parent: IDelegateCreationOperation { Parent: IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } } } => declarator.Symbol,
            _ => null,
        };

        if (called is null)
        {
            return null;
        }

        var sites = new List<SyntaxNode>();
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when called is IMethodSymbol && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, called.OriginalDefinition)
                    || called is ILocalSymbol && invocation.TargetMethod.MethodKind == MethodKind.DelegateInvoke
                        && invocation.Instance.SkipConversions() is ILocalReferenceOperation invoked && SymbolEqualityComparer.Default.Equals(invoked.Local, called):
                    if (BodyRoot(invocation) != body)
                    {
                        // called from a lambda or local function, which may run anywhere
                        return null;
                    }

                    sites.Add(invocation.Syntax);
                    break;
                case IMethodReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Method.OriginalDefinition, called.OriginalDefinition):
                    return null;
                case ILocalReferenceOperation local when SymbolEqualityComparer.Default.Equals(local.Local, called)
                    && local.Parent is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke }:
                    return null;
            }
        }

        // a function whose calls are not all found here may run anywhere
        return sites.Count == 0 ? null : (body, sites, function);
    }

    /// <summary>The body a write is in, when no lambda or local function is between them: the root of its operation tree.</summary>
    private static IOperation? BodyRoot(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return null;
            }

            current = parent;
        }

        return current is IMethodBodyOperation or IConstructorBodyOperation ? current : null;
    }

    /// <summary>For each <c>try</c> with <c>catch</c> clauses or a <c>finally</c>: the blocks of its <c>try</c>, where an
    /// exception or a way out goes on (the first block of each handler, of the <c>finally</c>), and for a <c>finally</c>
    /// its blocks and where the ways out of the <c>try</c> go after it.</summary>
    private static List<TryRegion> Regions(ControlFlowGraph graph)
    {
        var found = new List<TryRegion>();
        Collect(graph.Root);
        return found;

        void Collect(ControlFlowRegion region)
        {
            if (region.Kind is ControlFlowRegionKind.TryAndCatch or ControlFlowRegionKind.TryAndFinally && region.NestedRegions.Length > 1)
            {
                var entries = new List<int>();
                for (int i = 1; i < region.NestedRegions.Length; i++)
                {
                    entries.Add(region.NestedRegions[i].FirstBlockOrdinal);
                }

                var last = region.NestedRegions[region.NestedRegions.Length - 1];
                var exits = new List<int>();
                if (region.Kind == ControlFlowRegionKind.TryAndFinally)
                {
                    // where the ways out of the try go once the finally has run (the exit block for a return or a throw)
                    for (int b = region.NestedRegions[0].FirstBlockOrdinal; b <= region.NestedRegions[0].LastBlockOrdinal; b++)
                    {
                        foreach (var branch in new[] { graph.Blocks[b].FallThroughSuccessor, graph.Blocks[b].ConditionalSuccessor })
                        {
                            int to = branch?.Destination?.Ordinal ?? graph.Blocks.Length - 1;
                            if (branch is not null && (to < region.FirstBlockOrdinal || to > region.LastBlockOrdinal))
                            {
                                exits.Add(to);
                            }
                        }
                    }
                }

                found.Add(new TryRegion(region.NestedRegions[0].FirstBlockOrdinal, region.NestedRegions[0].LastBlockOrdinal, entries,
                    region.Kind == ControlFlowRegionKind.TryAndFinally ? last.FirstBlockOrdinal : -1, last.LastBlockOrdinal, exits));
            }

            foreach (var nested in region.NestedRegions)
            {
                Collect(nested);
            }
        }
    }

    /// <summary>A <c>try</c> of a control flow graph (see <see cref="Regions"/>).</summary>
    private sealed class TryRegion
    {
        public TryRegion(int first, int last, List<int> entries, int finallyFirst, int finallyLast, List<int> exits)
        {
            First = first;
            Last = last;
            Entries = entries;
            FinallyFirst = finallyFirst;
            FinallyLast = finallyLast;
            Exits = exits;
        }

        /// <summary>The first and last blocks of the <c>try</c>.</summary>
        public int First { get; }

        public int Last { get; }

        /// <summary>The first block of each handler (or of the <c>finally</c>).</summary>
        public List<int> Entries { get; }

        /// <summary>The blocks of the <c>finally</c> (-1: none).</summary>
        public int FinallyFirst { get; }

        public int FinallyLast { get; }

        /// <summary>For a <c>finally</c>: the blocks the ways out of the <c>try</c> lead to, where a path goes on after it.</summary>
        public List<int> Exits { get; }
    }

    /// <summary>Writes that each state one known currency, no two of different currencies in one run: those of each
    /// currency together, and the currencies one or another (<see cref="Elements.Either"/>).</summary>
    private static Elements OneCodeOrAnother(List<(IOperation Reference, Elements Effect)> writes)
    {
        var byCode = new Dictionary<string, Elements>();
        foreach (var (_, effect) in writes)
        {
            byCode[effect.Code!] = byCode.TryGetValue(effect.Code!, out var held) ? held.Join(effect) : effect;
        }

        var elements = Elements.None;
        foreach (var held in byCode.Values)
        {
            elements = elements.Either(held);
        }

        return elements;
    }

    /// <summary>
    /// The blocks of a control flow graph that a path of one or more branches leads to from an operation of a block: an
    /// exception thrown in a <c>try</c> after it goes on in each handler, a way out of a <c>try</c> through its
    /// <c>finally</c>, and from a write in a <c>finally</c> to where each way out of its <c>try</c> goes; a path does not go on
    /// through <paramref name="reset"/> (a declaration that makes the collection anew).
    /// </summary>
    private static bool[] Reachable(ControlFlowGraph graph, (int Block, int Index) start, List<TryRegion> regions, (int Block, int Index) reset, bool throwsWhileWriting)
    {
        var reached = new bool[graph.Blocks.Length];
        var pending = new Stack<int>();
        var startBlock = graph.Blocks[start.Block];
        if (reset.Block == start.Block && reset.Index > start.Index)
        {
            // the collection is made anew after the write, in its own block: nothing it wrote is there afterwards
            return reached;
        }

        // an exception may follow the write only where something runs after it in its block
        Leaves(start.Block, thrown: throwsWhileWriting || start.Index < startBlock.Operations.Length - 1 || startBlock.BranchValue is not null);
        Expand(start.Block);
        while (pending.Count > 0)
        {
            Expand(pending.Pop());
        }

        return reached;

        void Expand(int ordinal)
        {
            var block = graph.Blocks[ordinal];
            Reach(block.FallThroughSuccessor?.Destination?.Ordinal);
            Reach(block.ConditionalSuccessor?.Destination?.Ordinal);
        }

        void Reach(int? next)
        {
            if (next is not int ordinal || reached[ordinal])
            {
                return;
            }

            reached[ordinal] = true;
            if (ordinal == reset.Block)
            {
                return;
            }

            pending.Push(ordinal);
            var block = graph.Blocks[ordinal];
            Leaves(ordinal, thrown: block.Operations.Length > 0 || block.BranchValue is not null);
        }

        void Leaves(int ordinal, bool thrown)
        {
            foreach (var region in regions)
            {
                if (ordinal >= region.First && ordinal <= region.Last)
                {
                    if (thrown || region.FinallyFirst >= 0)
                    {
                        foreach (var entry in region.Entries)
                        {
                            Reach(entry);
                        }
                    }
                }
                else if (region.FinallyFirst >= 0 && ordinal >= region.FinallyFirst && ordinal <= region.FinallyLast
                    && start.Block >= region.FinallyFirst && start.Block <= region.FinallyLast)
                {
                    // from a write in a finally, on along any way out of its try (a path from the try takes its own way
                    // out, a branch of the graph)
                    foreach (var exit in region.Exits)
                    {
                        Reach(exit);
                    }
                }
            }
        }
    }

    /// <summary>Every use of a field or property of a collection type in the code that can reach it.</summary>
    private List<(IOperation Reference, Elements Effect)> Uses(ISymbol member, CancellationToken cancellationToken, ISymbol? projected, bool withReads = false)
    {
        var uses = new List<(IOperation Reference, Elements Effect)>();
        foreach (var tree in _search.TreesThatCanReach(member))
        {
            Uses(member, tree.GetRoot(cancellationToken), _search.ModelOf(tree), cancellationToken, projected, uses, withReads);
        }

        return uses;
    }

    /// <summary>
    /// What a collection holds: its initial elements and what its uses add. A collection that starts empty and is rebuilt
    /// by one method (a <c>Clear()</c> statement of its body, every other change after it in that body) holds what that
    /// method adds all together: the <c>Clear</c> removes nothing that is added.
    /// </summary>
    private static Elements Combine(Elements initial, List<(IOperation Reference, Elements Effect)> uses, CancellationToken cancellationToken)
    {
        var rebuilt = ReferenceEquals(initial, Elements.None) ? RebuildingClear(uses) : null;
        var elements = initial;
        foreach (var (reference, effect) in uses)
        {
            if (reference != rebuilt)
            {
                elements = elements.Join(effect);
            }
        }

        if (elements.HasFilter && !RemovedAfterEveryWrite(uses))
        {
            // west.RemoveAll(m => m.Currency == Currency.GBP); west.Add(pounds): what was added after the removal is there
            elements = elements.WithoutFilter();
        }

        // rebuilt in one currency or another (Clear(); if (domestic) Add(yuan); else Add(dollars);): never both
        if (!elements.IsMixed || rebuilt?.Parent?.Parent?.Syntax.Parent is not BlockSyntax body)
        {
            return elements;
        }

        var writes = uses.FindAll(use => use.Reference != rebuilt);
        return (OnePathEach(writes, cancellationToken) ?? BranchWise(writes, body)) is { } either ? either : elements;
    }

    /// <summary>Whether the removals by a currency test of a collection's uses come after every write that adds to it: in
    /// the same body, later in its text, and outside lambdas and local functions.</summary>
    private static bool RemovedAfterEveryWrite(List<(IOperation Reference, Elements Effect)> uses)
    {
        foreach (var (removal, effect) in uses)
        {
            if (!effect.HasFilter)
            {
                continue;
            }

            var body = BodyRoot(removal);
            if (body is null)
            {
                return false;
            }

            foreach (var (write, added) in uses)
            {
                if (added.HasFilter || ReferenceEquals(added, Elements.None) || added.First is null && !added.HasUnknown)
                {
                    continue;
                }

                if (BodyRoot(write) != body || write.Syntax.SpanStart > removal.Syntax.SpanStart)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>What a local collection holds: <see cref="Combine"/>, or one currency or another when it starts empty and
    /// is filled in different branches (<see cref="BranchWise"/>).</summary>
    private Elements CombineLocal(Elements initial, List<(IOperation Reference, Elements Effect)> uses, VariableDeclaratorSyntax declarator, CancellationToken cancellationToken, ISymbol? projected = null)
    {
        if (Restarted(uses, declarator, projected, cancellationToken) is var (written, after))
        {
            // quotes.Clear(); or Refill(quotes, …): what was there before is gone
            return CombineLocal(written, after, declarator, cancellationToken, projected);
        }

        var elements = Combine(initial, uses, cancellationToken);
        return elements.IsMixed && ReferenceEquals(initial, Elements.None)
            && (OnePathEach(uses, cancellationToken, declarator) ?? BranchWise(uses, AiRace.Analyzers.LocalWrites.ScopeOfStatement(declarator.Parent?.Parent))) is { } either
            ? either
            : elements;
    }

    /// <summary>
    /// A local collection emptied by a statement of the block that declares it, after the declaration: <c>quotes.Clear();</c>,
    /// or a call of a method of the code (or a local function) whose body starts by clearing its parameter
    /// (<c>Refill(quotes, …)</c>, <c>await RefillAsync(quotes, …)</c>; see <see cref="RefilledBy"/>). When it is the only
    /// removal, nothing but writes outside lambdas and local functions uses the local before it (no read, which would see
    /// the old elements), no local function uses it at all (one may be called before the clear wherever it is declared)
    /// and no <c>goto</c> can go back over it, the collection holds what that statement writes (the helper's own writes)
    /// and the uses after it; else null.
    /// </summary>
    private (Elements Written, List<(IOperation Reference, Elements Effect)> After)? Restarted(
        List<(IOperation Reference, Elements Effect)> uses, VariableDeclaratorSyntax declarator, ISymbol? projected, CancellationToken cancellationToken)
    {
        IOperation? restart = null;
        foreach (var (reference, effect) in uses)
        {
            if (effect.MayRemove)
            {
                if (restart is not null || effect.HasUnknown)
                {
                    return null;
                }

                restart = reference;
            }
        }

        if (restart is null || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: BlockSyntax block } declaration)
        {
            return null;
        }

        var written = Elements.None;
        IOperation? statement;
        switch (restart.Parent)
        {
            case IInvocationOperation { TargetMethod.Name: "Clear", Arguments.Length: 0, Parent: IExpressionStatementOperation cleared } clear when clear.Instance == restart:
                statement = cleared;
                break;
            case IArgumentOperation { Parameter: { RefKind: RefKind.None, IsParams: false } parameter, Parent: IInvocationOperation call }
                when Awaited(call) is var awaited
                    && (call.Parent as IExpressionStatementOperation ?? awaited?.Parent as IExpressionStatementOperation) is { } called
                    && RefilledBy(call.TargetMethod.OriginalDefinition, parameter.OriginalDefinition, call, awaited is not null, projected, cancellationToken) is { } refill:
                statement = called;
                written = refill;
                break;
            default:
                return null;
        }

        if (statement.Syntax.Parent != block || statement.Syntax.SpanStart < declaration.Span.End)
        {
            return null;
        }

        var before = new HashSet<int>();
        var after = new List<(IOperation Reference, Elements Effect)>();
        foreach (var use in uses)
        {
            if (use.Reference == restart)
            {
                continue;
            }

            var syntax = use.Reference.Syntax;
            if (syntax.SpanStart > statement.Syntax.Span.End)
            {
                after.Add(use);
                continue;
            }

            if (ReferenceEquals(use.Effect, Elements.None))
            {
                // a read of the old elements
                return null;
            }

            for (var node = syntax.Parent; node != block; node = node.Parent)
            {
                if (node is null or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                {
                    // a write that may run later, after the clear
                    return null;
                }
            }

            before.Add(syntax.SpanStart);
        }

        foreach (var token in _search.Identifiers(declarator.Identifier.ValueText, block, cancellationToken))
        {
            if (token.SpanStart > declaration.Span.End && token.SpanStart < statement.Syntax.SpanStart && !before.Contains(token.SpanStart))
            {
                // a read of the old elements (or a name the flow does not tell apart)
                return null;
            }

            for (var node = token.Parent; node is not null && node != block; node = node.Parent)
            {
                if (node is LocalFunctionStatementSyntax)
                {
                    // a local function may be called before the clear, wherever it is declared
                    return null;
                }
            }
        }

        foreach (var node in block.DescendantNodes())
        {
            if (node is GotoStatementSyntax)
            {
                return null;
            }
        }

        return (written, after);
    }

    /// <summary>
    /// A field of this instance (or a static one) read in a statement of a block after a <c>_scratch.Clear();</c> statement
    /// of that block (<c>_scratch.Clear(); _scratch.Add(yen); return _scratch.Sum(Currency.EUR);</c>): what the statements
    /// between write into it, whatever other methods write, when they write it only through its own methods, read it
    /// only so, call no method of the code (which might write it) and do not <c>await</c>, <c>yield</c> or jump back; the
    /// read not in a lambda or local function. Writes of two currencies that no run reaches together (the branches of an
    /// <c>if</c>/<c>else</c> or the sections of a <c>switch</c>) give one currency or the other, when nothing between
    /// may write the field unseen (a delegate called or handed on, a property, indexer, event or constructor of the code,
    /// the field held by another variable: <see cref="IsAliasedIn"/>); then they give both. Else null.
    /// </summary>
    private Elements? RefilledBefore(IFieldReferenceOperation read, ISymbol? projected, CancellationToken cancellationToken)
    {
        if (read.Instance is not (null or IInstanceReferenceOperation) || read.SemanticModel is not { } model)
        {
            return null;
        }

        SyntaxNode? statement = read.Syntax;
        while (statement is not null && statement.Parent is not BlockSyntax)
        {
            if (statement is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }

            statement = statement.Parent;
        }

        if (statement?.Parent is not BlockSyntax block)
        {
            return null;
        }

        var statements = block.Statements;
        int at = statements.IndexOf((StatementSyntax)statement);
        int cleared = -1;
        for (int i = at - 1; i >= 0; i--)
        {
            if (statements[i] is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Clear" } access } }
                && (access.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && name == read.Field.Name
                    || access.Expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name.Identifier.ValueText: var qualified } && qualified == read.Field.Name))
            {
                cleared = i;
                break;
            }
        }

        if (cleared < 0
            || model.GetOperation(statements[cleared], cancellationToken) is not IExpressionStatementOperation { Operation: IInvocationOperation { Instance: IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } clearedField } }
            || !SymbolEqualityComparer.Default.Equals(clearedField.Field, read.Field))
        {
            return null;
        }

        var written = Elements.None;
        bool understood = true;
        List<(IOperation Reference, Elements Effect)>? writes = null;
        for (int i = cleared + 1; i < at; i++)
        {
            if (model.GetOperation(statements[i], cancellationToken) is not { } between)
            {
                return null;
            }

            foreach (var operation in between.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IAwaitOperation or IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak } or IBranchOperation { BranchKind: BranchKind.GoTo }:
                    case IAnonymousFunctionOperation or ILocalFunctionOperation:
                        return null;
                    case IInvocationOperation { TargetMethod: { } called } when !called.DeclaringSyntaxReferences.IsEmpty:
                        // a method of the code may write the field
                        return null;
                    case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke }:
                    case IPropertyReferenceOperation { Property.DeclaringSyntaxReferences.IsEmpty: false }:
                    case IEventReferenceOperation or IObjectCreationOperation { Constructor.DeclaringSyntaxReferences.IsEmpty: false }:
                    case IArgumentOperation { Value.Type.TypeKind: TypeKind.Delegate }:
                        // a delegate (perhaps a lambda of the code, or handed to a method that may call it), a property's
                        // or indexer's accessor, an event's handlers or a constructor of the code may write it unseen
                        understood = false;
                        break;
                    case IFieldReferenceOperation { Field: var other } reference when SymbolEqualityComparer.Default.Equals(other, read.Field):
                        if (reference.Instance is not (null or IInstanceReferenceOperation) || reference.Parent is not IInvocationOperation { Instance: var target } || target != reference)
                        {
                            // handed out, replaced or read otherwise
                            return null;
                        }

                        var effect = Use(reference, cancellationToken, projected);
                        written = written.Join(effect);
                        (writes ??= new List<(IOperation Reference, Elements Effect)>()).Add((reference, effect));
                        break;
                }
            }
        }

        if (written.HasUnknown || written.MayRemove)
        {
            return null;
        }

        if (!understood || IsAliasedIn(block, statements[cleared], statement, read.Field, model, cancellationToken))
        {
            // something between may write the field unseen: two currencies written are not one per path (they may be
            // joined by that write), and one currency may not be all
            return written.IsMixed ? written : null;
        }

        // filled in one currency on one path and another on the other (if (domestic) Add(yuan); else Add(dollars);): one
        // or the other, never both, as for a field rebuilt by one method (Combine); a path that reaches both still mixes
        return written.IsMixed && writes is not null && (OnePathEach(writes, cancellationToken) ?? BranchWise(writes, block)) is { } either ? either : written;
    }

    /// <summary>
    /// Whether the member that holds <paramref name="block"/> uses the field, outside the statements from
    /// <paramref name="cleared"/> to <paramref name="read"/>, other than as the receiver of a call or of another assembly's
    /// property (<c>_working.Count</c>) or as an argument of a method of another assembly taken by value: it may be held by another variable (<c>var alias = _working;</c>) that
    /// writes it between the clear and the read unseen.
    /// </summary>
    private bool IsAliasedIn(BlockSyntax block, SyntaxNode cleared, SyntaxNode read, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode member = block;
        while (member.Parent is { } parent && member is not MemberDeclarationSyntax)
        {
            member = parent;
        }

        foreach (var token in _search.Identifiers(field.Name, member, cancellationToken))
        {
            if (token.SpanStart >= cleared.SpanStart && token.SpanStart < read.Span.End || token.Parent is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            SyntaxNode expression = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
            var operation = model.GetOperation(expression, cancellationToken);
            if (operation is null)
            {
                if (expression.Parent is ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax)
                {
                    return true;
                }

                continue;
            }

            if (operation is not IFieldReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Field, field))
            {
                continue;
            }

            // an extension method's receiver (_working.Max()) reaches its argument through an implicit conversion
            var use = reference.Parent;
            while (use is IConversionOperation { IsImplicit: true } conversion)
            {
                use = conversion.Parent;
            }

            bool understood = use switch
            {
                IInvocationOperation call => call.Instance == reference,
                IPropertyReferenceOperation { Property.DeclaringSyntaxReferences.IsEmpty: true } property => property.Instance == reference,
                IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation call } => call.TargetMethod.DeclaringSyntaxReferences.IsEmpty,
                _ => false,
            };

            if (!understood)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>await</c> of a call, also through <c>ConfigureAwait(…)</c>; else null.</summary>
    private static IAwaitOperation? Awaited(IInvocationOperation call) =>
        call.Parent as IAwaitOperation
        ?? (call.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configured && configured.Instance == call ? configured.Parent as IAwaitOperation : null);

    /// <summary>
    /// What a method of the code (or a local function) writes into the collection given for its parameter when its body
    /// starts by clearing it: a <c>Clear()</c> statement of the body, with nothing before it that can leave the body
    /// (<c>return</c>, <c>throw</c>, <c>goto</c>) and every other change after it, outside lambdas and local functions;
    /// not an iterator (whose body runs only when enumerated), nor an <c>async</c> method whose call is not awaited right
    /// there (the rest of its body may run later); else null. What it adds from a money parameter (<c>into.Add(first)</c>)
    /// has the currency of the argument <paramref name="call"/> gives for it.
    /// </summary>
    private Elements? RefilledBy(IMethodSymbol method, IParameterSymbol parameter, IInvocationOperation call, bool awaited, ISymbol? projected, CancellationToken cancellationToken)
    {
        if (method.IsAsync && !awaited || !CanFollowBody(method) || IsConditional(method) || !_search.IsOwn(method) || BodyOf(method, cancellationToken) is not BlockSyntax body
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not { } declaration)
        {
            return null;
        }

        foreach (var node in body.DescendantNodes())
        {
            if (node is YieldStatementSyntax)
            {
                return null;
            }
        }

        var model = _search.ModelOf(body.SyntaxTree);
        var uses = Uses(parameter, declaration, model, cancellationToken, projected, null);
        if (RebuildingClear(uses, body) is not { } clear || clear.Parent?.Parent?.Syntax is not StatementSyntax cleared)
        {
            return null;
        }

        foreach (var earlier in body.Statements)
        {
            if (earlier == cleared)
            {
                break;
            }

            foreach (var node in earlier.DescendantNodesAndSelf())
            {
                if (node is ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or GotoStatementSyntax)
                {
                    // the body may leave before the clear
                    return null;
                }
            }
        }

        var written = WrittenAfter(uses, clear.Syntax);
        return written.HasUnknown && WithArgumentsGiven(method, declaration, call, () => WrittenAfter(Uses(parameter, declaration, model, cancellationToken, projected, null), clear.Syntax), cancellationToken) is { } given
            ? given
            : written;

        // what the uses other than the clear write
        static Elements WrittenAfter(List<(IOperation Reference, Elements Effect)> uses, SyntaxNode clear)
        {
            var written = Elements.None;
            foreach (var (reference, effect) in uses)
            {
                if (reference.Syntax != clear)
                {
                    written = written.Join(effect);
                }
            }

            return written;
        }
    }

    /// <summary>
    /// What a local collection that starts empty holds when every two of its writes that add different currencies are in
    /// different branches of one <c>if</c>/<c>else</c>, <c>switch</c> statement, <c>?:</c> or switch expression that runs
    /// at most once for the collection (no loop, lambda or local function between that choice and the block that declares
    /// the collection, and no <c>goto</c> in the block): one currency or another, never both (<see cref="Elements.Either"/>).
    /// Null when the writes may add different currencies together, or add anything but one known currency each.
    /// </summary>
    private static Elements? BranchWise(List<(IOperation Reference, Elements Effect)> uses, SyntaxNode? block)
    {
        if (block is null)
        {
            return null;
        }

        var writes = new List<(IOperation Reference, Elements Effect)>();
        foreach (var (reference, effect) in uses)
        {
            if (ReferenceEquals(effect, Elements.None))
            {
                continue;
            }

            if (effect.Code is not { } code || Currencies.IsNone(code) || effect.MayRemove || effect.OneEach || !block.Span.Contains(reference.Syntax.Span))
            {
                return null;
            }

            writes.Add((reference, effect));
        }

        foreach (var node in block.DescendantNodes())
        {
            if (node is GotoStatementSyntax)
            {
                return null;
            }
        }

        for (int i = 0; i < writes.Count; i++)
        {
            for (int j = i + 1; j < writes.Count; j++)
            {
                if (writes[i].Effect.Code != writes[j].Effect.Code && !InOtherBranches(writes[i].Reference.Syntax, writes[j].Reference.Syntax, block))
                {
                    return null;
                }
            }
        }

        return OneCodeOrAnother(writes);
    }

    /// <summary>Whether two nodes are in different branches of one choice (<c>if</c>/<c>else</c>, the sections of a
    /// <c>switch</c>, the arms of <c>?:</c> or of a switch expression) that is not inside a loop, lambda, local function
    /// or query within <paramref name="block"/>.</summary>
    private static bool InOtherBranches(SyntaxNode first, SyntaxNode second, SyntaxNode block)
    {
        var choice = first.Parent;
        while (choice is not null && !choice.Span.Contains(second.Span))
        {
            choice = choice.Parent;
        }

        if (choice is null || !block.Span.Contains(choice.Span))
        {
            return false;
        }

        var one = ChildOn(choice, first);
        var other = ChildOn(choice, second);
        bool branches = choice switch
        {
            IfStatementSyntax choiceIf => one == choiceIf.Statement && other == choiceIf.Else || one == choiceIf.Else && other == choiceIf.Statement,
            SwitchStatementSyntax => one is SwitchSectionSyntax && other is SwitchSectionSyntax && one != other,
            ConditionalExpressionSyntax conditional => one == conditional.WhenTrue && other == conditional.WhenFalse || one == conditional.WhenFalse && other == conditional.WhenTrue,
            SwitchExpressionSyntax => one is SwitchExpressionArmSyntax && other is SwitchExpressionArmSyntax && one != other,
            _ => false,
        };
        if (!branches)
        {
            return false;
        }

        for (var node = choice; node != block; node = node.Parent)
        {
            if (node is null or WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax
                or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether no path of a local function's own control flow graph leads from one of two writes to the other
    /// (a <c>switch</c> section or an <c>else if</c> that returns, a guard inside a <c>lock</c>): one call makes one of
    /// them.</summary>
    private static bool ApartInFunction(ControlFlowGraph graph, IOperation function, SyntaxNode first, SyntaxNode second, CancellationToken cancellationToken)
    {
        if (function is not ILocalFunctionOperation { Symbol: var symbol })
        {
            return false;
        }

        var inner = graph.GetLocalFunctionControlFlowGraphInScope(symbol, cancellationToken);
        if (PositionOf(inner, first) is not { Block: >= 0 } one || PositionOf(inner, second) is not { Block: >= 0 } other || one == other)
        {
            return false;
        }

        var regions = Regions(inner);
        bool Reaches((int Block, int Index) from, (int Block, int Index) to) =>
            to.Block == from.Block && to.Index > from.Index || Reachable(inner, from, regions, (-1, -1), throwsWhileWriting: false)[to.Block];
        return !Reaches(one, other) && !Reaches(other, one);
    }

    /// <summary>Whether <paramref name="first"/> is in the block of an <c>if</c> (without <c>else</c>) that ends with a
    /// <c>return</c> or <c>throw</c>, and <paramref name="second"/> comes after that <c>if</c> in the function: a guard
    /// clause, so that one run of the function makes one of them; not inside a loop of the function.</summary>
    private static bool GuardedApart(SyntaxNode first, SyntaxNode second, SyntaxNode function)
    {
        for (var node = first.Parent; node is not null && node != function; node = node.Parent)
        {
            if (node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return false;
            }

            if (node is IfStatementSyntax { Else: null, Statement: var guarded } guard && guarded.Span.Contains(first.Span) && !guard.Span.Contains(second.Span)
                && second.SpanStart > guard.Span.End
                && (guarded is ReturnStatementSyntax or ThrowStatementSyntax || guarded is BlockSyntax { Statements: { Count: > 0 } statements } && statements[statements.Count - 1] is ReturnStatementSyntax or ThrowStatementSyntax))
            {
                for (var outer = guard.Parent; outer is not null && outer != function; outer = outer.Parent)
                {
                    if (outer is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The child of <paramref name="ancestor"/> that holds <paramref name="node"/>.</summary>
    private static SyntaxNode? ChildOn(SyntaxNode ancestor, SyntaxNode node)
    {
        var child = node;
        while (child is not null && child.Parent != ancestor)
        {
            child = child.Parent;
        }

        return child;
    }

    /// <summary>The collection's only removal when it is a <c>Clear()</c> statement of a method's body (of the block
    /// <paramref name="within"/>, when given: a method's or local function's body) and every other use that changes the
    /// collection follows it in that body (outside lambdas and local functions); else null.</summary>
    private static IOperation? RebuildingClear(List<(IOperation Reference, Elements Effect)> uses, BlockSyntax? within = null)
    {
        IOperation? clear = null;
        foreach (var (reference, effect) in uses)
        {
            if (effect.MayRemove)
            {
                if (clear is not null || reference.Parent is not IInvocationOperation { TargetMethod.Name: "Clear", Arguments.Length: 0, Parent: IExpressionStatementOperation })
                {
                    return null;
                }

                clear = reference;
            }
        }

        if (clear?.Parent?.Parent?.Syntax is not StatementSyntax { Parent: BlockSyntax body } statement
            || (within is null ? body.Parent is not BaseMethodDeclarationSyntax : body != within))
        {
            return null;
        }

        foreach (var (reference, effect) in uses)
        {
            if (reference == clear || ReferenceEquals(effect, Elements.None))
            {
                continue;
            }

            var syntax = reference.Syntax;
            if (syntax.SyntaxTree != body.SyntaxTree || syntax.SpanStart <= statement.Span.End || !body.Span.Contains(syntax.Span))
            {
                return null;
            }

            for (var node = syntax.Parent; node != body; node = node!.Parent)
            {
                if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                {
                    return null;
                }
            }
        }

        return clear;
    }

    /// <summary>
    /// Every use of a collection variable in a scope: what it adds (or lets other code add) to the elements. Without
    /// <paramref name="withReads"/>, a use that its syntax shows to be a read (<see cref="IsPlainRead"/>) is left out
    /// unbound: it adds nothing, and binding it would bind the whole body around it, which for code the compiler has
    /// not compiled yet is binding the compiler then cannot reuse.
    /// </summary>
    private List<(IOperation Reference, Elements Effect)> Uses(ISymbol symbol, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken, ISymbol? projected, List<(IOperation Reference, Elements Effect)>? uses, bool withReads = false)
    {
        uses ??= new List<(IOperation Reference, Elements Effect)>();
        var variableType = withReads ? null : symbol switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        foreach (var token in _search.Identifiers(symbol.Name, scope, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax name || variableType is not null && IsPlainRead(name, variableType))
            {
                continue;
            }

            ExpressionSyntax expression = name;
            if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            {
                expression = access;
            }
            else if (name.Parent is MemberBindingExpressionSyntax binding && binding.Name == name)
            {
                expression = binding;
            }

            var reference = model.GetOperation(expression, cancellationToken);
            var referenced = reference switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                IParameterReferenceOperation given => given.Parameter,
                _ => null,
            };

            if (referenced is null || !SymbolEqualityComparer.Default.Equals(referenced.OriginalDefinition, symbol))
            {
                continue;
            }

            uses.Add((reference!, Use(reference!, cancellationToken, projected)));
        }

        return uses;
    }

    /// <summary>
    /// Whether a name, if it is the collection variable, is used in a way that <see cref="Use"/> would find adds
    /// nothing, seen from its syntax alone: the collection of a <c>foreach</c>, or the receiver of a property that its
    /// type (or a base type) declares, not an indexer (<c>list.Count</c>, <c>byRegion.Values</c>, <c>array.Length</c>). If
    /// the name is another symbol, the use is not one of the collection's either.
    /// </summary>
    private static bool IsPlainRead(IdentifierNameSyntax name, ITypeSymbol variableType)
    {
        ExpressionSyntax node = name;
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
        {
            node = access;
        }
        else if (name.Parent is MemberBindingExpressionSyntax)
        {
            return false;
        }

        switch (node.Parent)
        {
            case CommonForEachStatementSyntax loop when loop.Expression == node:
                // the rows of an array of arrays can be written through the loop's variable
                return variableType is not IArrayTypeSymbol { ElementType: IArrayTypeSymbol };
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax member } outer when outer.Expression == node:
                return IsInstanceProperty(variableType, member.Identifier.ValueText);
            default:
                return false;
        }
    }

    /// <summary>Whether the first type from this one down its base types that has members of this name has only instance
    /// properties (not indexers) of it, none of which hands out a node of a linked list or an immutable array's storage
    /// or is a builder's <c>Count</c> (set higher, it adds default elements).</summary>
    private static bool IsInstanceProperty(ITypeSymbol type, string name)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            var members = current.GetMembers(name);
            if (members.IsEmpty)
            {
                continue;
            }

            foreach (var member in members)
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false } property || IsNode(property.Type) || SharesStorage(property.Type)
                    || property.Name == "Count" && CallSource.IsBuilder(current as INamedTypeSymbol))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>What one use of a collection adds to its elements: nothing for a read, unknown for a use that may write it unseen.</summary>
    private Elements Use(IOperation reference, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (reference.Type is IArrayTypeSymbol { ElementType: IArrayTypeSymbol } && IsRows(reference.Type, projected))
        {
            return RowsUse(reference, cancellationToken, projected);
        }

        var parent = reference.Parent;
        while (parent is IConversionOperation conversion && conversion.Operand == reference)
        {
            if (SymbolEqualityComparer.Default.Equals(conversion.Type, reference.Type))
            {
                // an identity conversion (the collection of a foreach): the same collection, used by what is around it
                reference = conversion;
                parent = conversion.Parent;
                continue;
            }

            if (conversion.Parent is IArgumentOperation helped && IsCollectionInterfaceOf(conversion, reference.Type))
            {
                // Fill(caps, euros) with Fill(ICollection<Money> into, Money m): the interface's methods are the
                // collection's own, so the helper does to it what its body does to the parameter
                return Argument(helped, projected, cancellationToken);
            }

            // seen through a read-only interface it can only be read, as by a collection's constructor that copies it;
            // as anything else (object, IList) it may be written
            // (so does dictionary.AsReadOnly(), whose wrapper cannot be cast back to the dictionary)
            // as a writable span or memory (Span<Money> view = caps; C# 14's caps.Fill(m)) its elements may be replaced
            // through the view, unseen: what was written before may be gone; a method that folds the span only reads it,
            // and so does a span local only read (ReadOnlySpan<Money> r = caps; var tail = r[1..];)
            return IsReadOnlyUse(conversion, cancellationToken) || IsSpan(conversion.Type) && InitializesOnlyReadSpanLocal(conversion, cancellationToken)
                || conversion.Parent is IArgumentOperation argument && (CopiedByConstructor(argument) || IsReadOnlyWrapping(argument) || FoldedArgument(argument, cancellationToken)
                    || argument.Parameter?.ContainingSymbol is IMethodSymbol sort && IsSpanSort(sort))
                ? Elements.None
                : UnknownReplaced;
        }

        switch (parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                // a new collection replaces the old one; one whose assignment's value goes on (var first = rows[0] = …,
                // rows[0] = rows[1] = …, Fill(rows[0] = …)) may be written through what it reaches, unseen
                return assignment.IsRef ? Elements.Unknown
                    : assignment.Parent is not IExpressionStatementOperation ? UnknownReplaced
                    : ElementsOf(assignment.Value, 0, cancellationToken, projected).Join(Elements.Removal);
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                return ElementsOf(coalesce.Value, 0, cancellationToken, projected).Join(Elements.Removal);
            case IInvocationOperation invocation when invocation.Instance == reference:
                return InstanceCall(invocation, cancellationToken, projected);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == reference:
                return ElementWrite(indexer, cancellationToken, projected);
            case IPropertyReferenceOperation property when property.Instance == reference:
                // a linked list's First or Last: the node's Value can be set; an extension property's accessors are
                // code of the compilation that may write it; a frozen collection's Values, Keys or Items are its own
                // storage as an ImmutableArray, which ImmutableCollectionsMarshal.AsArray makes writable
                // (each may replace elements); a builder's Count set higher adds default elements, set lower removes some
                return IsNode(property.Type) || property.Property.ContainingType is { IsExtension: true } || SharesStorage(property.Type) && !OnlyRead(property)
                    || property.Property.Name == "Count" && CallSource.IsBuilder(property.Property.ContainingType)
                        && (property.Parent is IAssignmentOperation assigned && assigned.Target == property || property.Parent is IIncrementOrDecrementOperation)
                    ? UnknownReplaced
                    : Elements.None;
            case IArrayElementReferenceOperation element when element.ArrayReference == reference:
                return ElementWrite(element, cancellationToken, projected);
            case IImplicitIndexerReferenceOperation { IndexerSymbol: IPropertySymbol { IsIndexer: true } } fromEnd when fromEnd.Instance == reference:
                // list[^1], read or written through the indexer
                return ElementWrite(fromEnd, cancellationToken, projected);
            case IArgumentOperation argument:
                return Argument(argument, projected, cancellationToken);
            case ISwitchExpressionOperation switchExpression when switchExpression.Value == reference:
                // matched by a switch's patterns (a list pattern reads elements); a pattern that names the collection
                // (List<Money> list, { Count: > 0 } all) makes an alias through which it may be written
                foreach (var arm in switchExpression.Arms)
                {
                    if (CapturesInput(arm.Pattern))
                    {
                        return UnknownReplaced;
                    }
                }

                return Elements.None;
            case ISwitchOperation switchStatement when switchStatement.Value == reference:
                foreach (var switchCase in switchStatement.Cases)
                {
                    foreach (var clause in switchCase.Clauses)
                    {
                        if (clause is IPatternCaseClauseOperation { Pattern: var pattern } && CapturesInput(pattern))
                        {
                            return UnknownReplaced;
                        }
                    }
                }

                return Elements.None;
            case IIsPatternOperation isPattern:
                return isPattern.Value == reference && CapturesInput(isPattern.Pattern) ? UnknownReplaced : Elements.None;
            case IForEachLoopOperation:
            case ISpreadOperation:
            case INameOfOperation:
            case IIsTypeOperation:
            case IBinaryOperation { OperatorMethod: null or { DeclaringSyntaxReferences.IsEmpty: true } }:
            case IInterpolationOperation:
                return Elements.None;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { IsRef: false } alias, Syntax: VariableDeclaratorSyntax aliasSyntax } }
                when reference.SemanticModel is { } aliasModel && ScopeOf(aliasSyntax) is { } aliasScope:
                // var alias = caps: what is done through the alias is done to the collection
                return UsesEffect(alias, aliasScope, aliasModel, projected, cancellationToken);
            case IConditionalOperation conditional when conditional.WhenTrue == reference || conditional.WhenFalse == reference:
            case ICoalesceOperation coalesce when coalesce.Value == reference || coalesce.WhenNull == reference:
                // (domestic ? yuan : dollars).Max(): one arm of a choice, used as the choice is used
                return Use(parent, cancellationToken, projected);
            case IReturnOperation returned when returned.Kind == OperationKind.Return && reference is ILocalReferenceOperation { Local.ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LocalFunction) } }
                && EnclosingFunction(returned) is null:
                // a local returned by its own method is not used again by the run that returns it; one that holds another
                // collection (var list = _items; return list;) hands that one out
                return MadeHere(((ILocalReferenceOperation)reference).Local) ? Elements.None : Elements.Unknown;
            default:
                // handed out (returned, yielded, kept in another variable or an out parameter, captured): code the flow
                // does not see may add to it and remove from it
                return UnknownReplaced;
        }
    }

    /// <summary>
    /// What one use of an array of arrays adds to its rows' elements: a row (<c>quarters[i]</c>) counts as a use of a
    /// collection; the row of a <c>foreach</c> by its uses in the loop's body; a new array assigned replaces them all;
    /// <c>SelectMany(row =&gt; row)</c> and <c>Length</c> only read. Any other use (handed to a method, a lambda or another
    /// variable) may write the rows unseen.
    /// </summary>
    private Elements RowsUse(IOperation reference, CancellationToken cancellationToken, ISymbol? projected)
    {
        var node = reference;
        while (node.Parent is IConversionOperation { OperatorMethod: null, IsImplicit: true } conversion && conversion.Operand == node)
        {
            node = conversion;
        }

        switch (node.Parent)
        {
            case IArrayElementReferenceOperation row when row.ArrayReference == reference:
                // rows[0] = new[] { … }; of var rows = new Money[2][]: the row was null, so nothing is replaced (an
                // assignment whose value goes on, kept or handed on, is a use of the row like any other)
                return row.Parent is ISimpleAssignmentOperation { IsRef: false, Parent: IExpressionStatementOperation } given && given.Target == row && OnlyWriteOfEmptyRow(reference, row)
                    ? ElementsOf(given.Value, 0, cancellationToken, projected)
                    : Use(row, cancellationToken, projected);
            case IPropertyReferenceOperation { Property.Name: "Length" or "LongLength" or "Rank" } length when length.Instance == reference:
                return Elements.None;
            case ISimpleAssignmentOperation { IsRef: false } assignment when assignment.Target == reference:
                return ElementsOf(assignment.Value, 0, cancellationToken, projected).Join(Elements.Removal);
            case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: { IsRef: false } row } } loop
                when loop.Collection == node && reference.SemanticModel is { } model:
                return UsesEffect(row, loop.Body.Syntax, model, projected, cancellationToken);
            case IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod: { Name: "SelectMany" } flatten } call }
                when CallSource.IsLinq(flatten.ContainingType) && ReturnsItsParameter(ArgumentOfOrdinal(call, 1)):
                return Elements.None;
            default:
                return UnknownReplaced;
        }
    }

    /// <summary>
    /// Whether a row assigned by a constant index (<c>rows[0] = …</c>) is of a local array of arrays created with its sizes
    /// and no rows (<c>var rows = new Money[2][];</c>, every row null) and is the only write of that row: no other
    /// assignment in the local's scope names the same index, an index that is not a constant, or the local itself, and
    /// the assignment runs at most once (not in a loop, a lambda or a local function of that scope, nor in a scope with a
    /// <c>goto</c>).
    /// </summary>
    private static bool OnlyWriteOfEmptyRow(IOperation reference, IArrayElementReferenceOperation row)
    {
        if (reference is not ILocalReferenceOperation { Local: { IsRef: false } local } || reference.SemanticModel is not { } model
            || row.Indices.Length != 1 || row.Indices[0].ConstantValue is not { HasValue: true, Value: int index }
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: ArrayCreationExpressionSyntax { Initializer: null } } declarator
            || declarator.SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        var scope = AiRace.Analyzers.LocalWrites.ScopeOfStatement(declarator.Parent?.Parent) ?? declarator;
        for (var around = row.Syntax.Parent; around is not null && around != scope; around = around.Parent)
        {
            if (around is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax)
            {
                // run again (a query's clauses once per element), it may replace the row it wrote the time before
                return false;
            }
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is GotoStatementSyntax)
            {
                return false;
            }

            if (node is not AssignmentExpressionSyntax { Left: var target } assignment || assignment == row.Parent?.Syntax)
            {
                continue;
            }

            if (target is IdentifierNameSyntax { Identifier.ValueText: var whole } && whole == local.Name)
            {
                return false;
            }

            if (target is ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var name }, ArgumentList.Arguments: var indices } && name == local.Name
                && (indices.Count != 1 || model.GetConstantValue(indices[0].Expression) is not { HasValue: true, Value: int other } || other == index))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a return is the one of a lambda given to LINQ's <c>SelectMany</c> as the collection selector.</summary>
    /// <summary>Whether a local is declared with a collection it makes (<c>new List&lt;Money&gt;()</c>, <c>[]</c>, an array
    /// creation) and never assigned another.</summary>
    private static bool MadeHere(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax
            {
                Initializer.Value: BaseObjectCreationExpressionSyntax or CollectionExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax,
            } declarator)
        {
            return false;
        }

        foreach (var node in (AiRace.Analyzers.LocalWrites.ScopeOfStatement(declarator.Parent?.Parent) ?? declarator).DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } } && name == local.Name)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReturnsToSelectMany(IReturnOperation returned) =>
        returned.Parent is IBlockOperation { Parent: IAnonymousFunctionOperation { Parent: IDelegateCreationOperation { Parent: IArgumentOperation argument } } }
        && argument.Parent is IInvocationOperation { TargetMethod: { Name: "SelectMany" } method } && CallSource.IsLinq(method.ContainingType)
        && argument.Parameter is { Name: "collectionSelector" or "selector" };

    /// <summary>Whether a LINQ argument is a lambda that returns its one parameter (<c>row =&gt; row</c>).</summary>
    private static bool ReturnsItsParameter(IOperation? argument) =>
        argument.SkipConversions() is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: 1 } lambda }
        && lambda.OnlyReturned().SkipConversions() is IParameterReferenceOperation given && SymbolEqualityComparer.Default.Equals(given.Parameter, lambda.Symbol.Parameters[0]);

    /// <summary>Whether a method called on a collection returns a way into its storage: a memory or a span (<c>AsMemory</c>,
    /// <c>AsSpan</c>, <c>Slice</c> of a read-only span), a reference (<c>ItemRef</c>, <c>GetValueRefOrNullRef</c>), or an
    /// <c>ImmutableArray</c> made from an <c>ImmutableArray</c> (a changed copy of nothing is the same array).</summary>
    private static bool GivesWayToStorage(IInvocationOperation invocation) =>
        invocation.TargetMethod is var method
        && (method.Name is "AsMemory" or "AsSpan" || method.RefKind != RefKind.None
            || method.Name == "OfType" && SharesStorage(invocation.Instance?.Type)
            || IsReadOnlySpanOrMemory(method.ReturnType) && IsReadOnlySpanOrMemory(invocation.Instance?.Type)
            || SharesStorage(method.ReturnType) && SharesStorage(invocation.Instance?.Type));

    /// <summary>Whether a parameter, local, field, property or method holds or returns an <c>ImmutableArray</c>, a read-only
    /// span or memory: a value over storage that its methods can give a way into.</summary>
    private static bool HoldsStorage(ISymbol holder) => SharesStorage(TypeOf(holder)) || IsReadOnlySpanOrMemory(TypeOf(holder));

    /// <summary>The type a parameter, local, field or property holds, or a method returns.</summary>
    private static ITypeSymbol? TypeOf(ISymbol holder) => holder switch
    {
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    /// <summary>Whether a type, its base types or its interfaces have a member of the name (an unknown type counts as having it).</summary>
    private static bool HasMember(ITypeSymbol? type, string name)
    {
        if (type is null or { TypeKind: TypeKind.Error or TypeKind.Dynamic })
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (!contract.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A holder through which the flow cannot see what is done to the view: of type <c>dynamic</c>, or a nullable
    /// <c>ImmutableArray</c>, span or memory (read by <c>Value</c>, <c>GetValueOrDefault</c>).</summary>
    private static bool HidesUses(ISymbol holder) =>
        TypeOf(holder) is { TypeKind: TypeKind.Dynamic }
        || TypeOf(holder) is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            && (SharesStorage(nullable.TypeArguments[0]) || IsReadOnlySpanOrMemory(nullable.TypeArguments[0]));

    /// <summary>An <c>ImmutableArray</c> made by a method of an <c>ImmutableArray</c> (<c>AddRange</c>, <c>Remove</c>…), which may be the same array.</summary>
    private static bool IsChangedCopy(IInvocationOperation invocation) =>
        SharesStorage(invocation.TargetMethod.ReturnType) && SharesStorage(invocation.Instance?.Type) && invocation.TargetMethod.RefKind == RefKind.None;

    /// <summary>Whether a span a call made is given straight to <c>MemoryExtensions.Sort</c> (<c>caps.AsSpan().Sort()</c>).</summary>
    private static bool SortedSpan(IOperation view)
    {
        var node = view;
        while (node.Parent is IConversionOperation { OperatorMethod: null } conversion && conversion.Operand == node)
        {
            node = conversion;
        }

        return node.Parent is IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol sort } && IsSpanSort(sort);
    }

    /// <summary>Whether an argument is passed for a parameter the called method folds, which its body only reads.</summary>
    private bool FoldedArgument(IArgumentOperation argument, CancellationToken cancellationToken)
    {
        if (argument.Parameter is not { ContainingSymbol: IMethodSymbol method } || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return false;
        }

        int position = ExtensionBlocks.PositionOf(argument, method);
        foreach (var fold in FoldsOf(method, cancellationToken))
        {
            if (fold.Ordinal == position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a use through which elements may be written and replaced unseen leaves: unknown elements added, and
    /// those written before perhaps no longer there.</summary>
    private static readonly Elements UnknownReplaced = Elements.Unknown.Join(Elements.Removal);

    /// <summary>System's <c>Span&lt;T&gt;</c> or <c>Memory&lt;T&gt;</c>: a view through which elements can be replaced.</summary>
    private static bool IsWritableSpanOrMemory(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Span" or "Memory", TypeArguments.Length: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>System's <c>ReadOnlySpan&lt;T&gt;</c> or <c>ReadOnlyMemory&lt;T&gt;</c>.</summary>
    private static bool IsReadOnlySpanOrMemory(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory", TypeArguments.Length: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>A class of the framework whose methods reach into a collection's storage or around the type system:
    /// <c>MemoryMarshal</c>, <c>Unsafe</c>, <c>CollectionsMarshal</c>, <c>ImmutableCollectionsMarshal</c>.</summary>
    private static bool IsMarshalName(string? name) => name is "MemoryMarshal" or "Unsafe" or "CollectionsMarshal" or "ImmutableCollectionsMarshal";

    /// <summary>An <c>ImmutableArray&lt;T&gt;</c>: a struct over an array that <c>ImmutableCollectionsMarshal.AsArray</c> hands out.</summary>
    private static bool SharesStorage(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "ImmutableArray", TypeArguments.Length: 1 } array && IsCollectionNamespace(array.ContainingNamespace);

    /// <summary>System.Collections.Frozen's set or dictionary (whose <c>Items</c>, <c>Keys</c> and <c>Values</c> are its storage).</summary>
    private static bool IsFrozen(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "FrozenSet" or "FrozenDictionary" } frozen && frozen.ContainingNamespace is { Name: "Frozen" } && IsCollectionNamespace(frozen.ContainingNamespace);

    /// <summary>
    /// Whether an <c>ImmutableArray</c> a property hands out is only read where it is used: enumerated, indexed, given to
    /// LINQ (directly or as a sequence), or the receiver of one of its own methods that give no way into its storage.
    /// </summary>
    private bool OnlyRead(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation { IsImplicit: true } conversion && IsReadOnlyView(conversion.Type))
        {
            value = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IForEachLoopOperation loop => loop.Collection == value,
            IPropertyReferenceOperation read => read.Instance == value && !read.Property.ReturnsByRef && !read.Property.ReturnsByRefReadonly,
            IArgumentOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol reader } } => SourceOf(reader).BindsElements,
            IInvocationOperation call => call.Instance == value && call.TargetMethod.RefKind == RefKind.None && call.TargetMethod.Name is not ("AsMemory" or "AsSpan")
                && !SharesStorage(call.TargetMethod.ReturnType),
            _ => false,
        };
    }

    /// <summary>Whether an argument is the collection <c>CollectionExtensions.AsReadOnly</c> or <c>Array.AsReadOnly</c> wraps (read-only).</summary>
    private bool IsReadOnlyWrapping(IArgumentOperation argument) =>
        argument.Parameter?.ContainingSymbol is IMethodSymbol { Name: "AsReadOnly", IsStatic: true } wrapper && SourceOf(wrapper).Sequence == SequenceKind.PassThrough;

    /// <summary>Whether a pattern gives the value it matches a name (<c>is List&lt;Money&gt; list</c>, <c>is { Count: &gt; 0 } all</c>,
    /// <c>is [..] items</c>, <c>is var x</c>, either side of <c>and</c>, under <c>not</c>), or names a linked list's node
    /// it reads, not only other parts of it.</summary>
    private static bool CapturesInput(IPatternOperation pattern) => pattern switch
    {
        IDeclarationPatternOperation declaration => declaration.DeclaredSymbol is not null,
        IRecursivePatternOperation recursive => recursive.DeclaredSymbol is not null || NamesNode(recursive),
        IListPatternOperation list => list.DeclaredSymbol is not null,
        IBinaryPatternOperation binary => CapturesInput(binary.LeftPattern) || CapturesInput(binary.RightPattern),
        INegatedPatternOperation negated => CapturesInput(negated.Pattern),
        _ => false,
    };

    /// <summary>Whether a property pattern names a linked list's node (<c>{ First: { } node }</c>): its Value can be set.</summary>
    private static bool NamesNode(IRecursivePatternOperation recursive)
    {
        foreach (var subpattern in recursive.PropertySubpatterns)
        {
            if (IsNode(subpattern.Member.Type) && CapturesInput(subpattern.Pattern))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a call's arguments are written in the order of its parameters, so that <c>Arguments[i]</c> is the argument
    /// of parameter i: the flow reads a LINQ call's sources by position, and named arguments out of order
    /// (<c>Enumerable.Join(inner: europe, outer: china, …)</c>) make that call's elements and lambdas unknown. A call a
    /// query clause stands for has no named arguments and its source first (<c>group c.Amount by c.Year</c> lists the
    /// element selector before the key selector, as written), so it counts as in order.
    /// </summary>
    internal static bool InParameterOrder(IInvocationOperation invocation)
    {
        if (invocation.Syntax is not InvocationExpressionSyntax)
        {
            return true;
        }

        var arguments = invocation.Arguments;
        for (int i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Parameter?.Ordinal != i)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The value given for a call's parameter at <paramref name="ordinal"/>, wherever it is written (named arguments may
    /// come in any order), or null.
    /// </summary>
    internal static IOperation? ArgumentOfOrdinal(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The argument given to the parameter of this name, whatever its position in the call.</summary>
    internal static IOperation? ArgumentNamed(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary><c>list[i] = v</c> adds v; reading <c>list[i]</c> adds nothing; an element taken by reference
    /// (<c>ref var e = ref arr[0]</c>, <c>return ref arr[0]</c>) may be written unseen.</summary>
    private Elements ElementWrite(IOperation element, CancellationToken cancellationToken, ISymbol? projected)
    {
        if (TakenByReference(element))
        {
            // the element may be replaced through the reference
            return UnknownReplaced;
        }

        switch (element.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == element:
                // list[i] = v may replace an element
                return assignment.IsRef ? UnknownReplaced : Elements.Of(ElementValue(assignment.Value, 0, cancellationToken, projected)).Join(Elements.Removal);
            case ICompoundAssignmentOperation compound when compound.Target == element:
                return Elements.None;
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == element:
                return Elements.Of(ElementValue(coalesce.Value, 0, cancellationToken, projected));
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
            case ITupleOperation:
                // Swap(ref caps[0], ref other), (caps[0], x) = (x, caps[0]): the element replaced by what the flow does not follow
                return UnknownReplaced;
            case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } tupleField when tupleField.Instance == element:
                // caps[0].Cap = …: a tuple in an array changed in place, the element it was replaced
                return IsReadOfTupleField(tupleField) ? Elements.None : UnknownReplaced;
            default:
                return Elements.None;
        }
    }

    /// <summary>Whether a tuple's field is only read: not assigned, incremented, deconstructed into, taken by reference, given as <c>ref</c>/<c>out</c>/<c>in</c>, nor the receiver of a method of a struct that is not <c>readonly</c> (Money's methods only read).</summary>
    private static bool IsReadOfTupleField(IFieldReferenceOperation field) => field.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target != field,
        IIncrementOrDecrementOperation or ITupleOperation or IFieldReferenceOperation { Field.ContainingType.IsTupleType: true } => false,
        IArgumentOperation { Parameter.RefKind: not RefKind.None } => false,
        IInvocationOperation invocation => invocation.Instance != field || field.Type is { IsReadOnly: true },
        _ => !TakenByReference(field),
    };

    /// <summary>Whether an element is taken by reference (<c>ref arr[0]</c>, in parentheses or not): it may then be written unseen.</summary>
    private static bool TakenByReference(IOperation element) => TakenByReference(element.Syntax);

    /// <summary>Whether an expression is taken by reference: <c>ref e</c>, or an <c>in</c> or <c>ref</c> argument.</summary>
    private static bool TakenByReference(SyntaxNode syntax)
    {
        while (syntax.Parent is ParenthesizedExpressionSyntax)
        {
            syntax = syntax.Parent;
        }

        return syntax.Parent is RefExpressionSyntax || syntax.Parent is ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None };
    }

    /// <summary>A method of the collection called on it: <c>Add</c>, <c>Insert</c>, <c>AddRange</c>, <c>UnionWith</c>, a concurrent
    /// dictionary's <c>GetOrAdd</c> and <c>TryUpdate</c>… add; the others read or remove.</summary>
    private Elements InstanceCall(IInvocationOperation invocation, CancellationToken cancellationToken, ISymbol? projected)
    {
        var method = invocation.TargetMethod;
        if (CallSource.IsImmutable(method.ContainingType))
        {
            // an immutable collection's methods return changed copies and leave it as it is; a memory, a span or a
            // reference (ItemRef, GetValueRefOrNullRef) into its storage can reach it through MemoryMarshal or Unsafe;
            // an ImmutableArray's changed copy may be the same array (AddRange of nothing), and is followed to where it
            // goes, as a read-only view is
            return !GivesWayToStorage(invocation) ? Elements.None
                : IsChangedCopy(invocation) && !ViewMayBeWritten(invocation, 0, cancellationToken) ? Elements.None
                : UnknownReplaced;
        }

        if (!CallSource.IsCollectionsGeneric(method.ContainingType) && method.ContainingType?.SpecialType != SpecialType.System_Array
                && !IsConcurrent(method.ContainingType) && !CallSource.IsBuilder(method.ContainingType)
            || IsNode(method.ReturnType) && invocation.Parent is not IExpressionStatementOperation
            || CallSource.IsBuilder(method.ContainingType) && method.RefKind != RefKind.None)
        {
            // a node of a linked list that is kept (Find, AddLast's result) can have its Value set, replacing an element;
            // a method of another type (an extension block's member, a collection of the code) may clear and refill it
            return UnknownReplaced;
        }

        switch (method.Name)
        {
            case "Add" or "Insert" or "TryAdd" or "Push" or "Enqueue" or "AddFirst" or "AddLast" or "AddBefore" or "AddAfter":
                // the element (the value, for a dictionary), by its parameter's name, in whatever order the call gives
                // it; a node added (LinkedList's AddLast(node)) is unknown
                if ((ArgumentNamed(invocation, "value") ?? ArgumentNamed(invocation, "item")) is not { } added)
                {
                    return Elements.Unknown;
                }

                var addedValue = projected is not null || _types.CarriesCurrency(added.Type) || added.Type is INamedTypeSymbol { Name: "KeyValuePair" }
                    || added.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } && BindingActive
                    ? Elements.Of(ElementValue(added, 0, cancellationToken, projected))
                    : Elements.Unknown;
                return method.Name == "TryAdd" && IsDictionary(method.ContainingType) ? TryAdded(invocation, addedValue, projected, cancellationToken) : addedValue;
            case "Replace" when CallSource.IsBuilder(method.ContainingType):
                // a builder's Replace(oldValue, newValue): the new value in place of an element
                return ArgumentNamed(invocation, "newValue") is { } replacement
                    ? Elements.Of(ElementValue(replacement, 0, cancellationToken, projected)).Join(Elements.Removal)
                    : Elements.Unknown;
            case "GetOrAdd" when ArgumentNamed(invocation, "value") is { } value && _types.CarriesCurrency(value.Type):
                // a concurrent dictionary's value added unless its key is there already (not a factory)
                return Elements.Of(ElementValue(value, 0, cancellationToken, projected));
            case "TryUpdate" when ArgumentNamed(invocation, "newValue") is { } newValue:
                // a concurrent dictionary's value replaced when it equals the comparison value
                return Elements.Of(ElementValue(newValue, 0, cancellationToken, projected)).Join(Elements.Removal);
            case "GetOrAdd" when projected is null && t_filter is null && invocation.Arguments.Length == 2
                && ArgumentNamed(invocation, "valueFactory") is { } factory && LambdaResult(factory, cancellationToken) is { } made:
                // cache.GetOrAdd(year, y => …Sum(…, Currency.CNY)): the value the factory makes, when every return of it
                // states one currency (a value that is there already was written by some write, counted with the others)
                return Elements.Of(made);
            case "GetOrAdd":
                // values a factory makes
                return Elements.Unknown;
            case "AddOrUpdate":
                // values a factory makes, in place of the value a key had
                return UnknownReplaced;
            case "UnionWith" when invocation.Arguments.Length == 1:
                return ElementsOf(invocation.Arguments[0].Value, 0, cancellationToken, projected);
            case "SymmetricExceptWith" when invocation.Arguments.Length == 1:
                // removes the elements both hold, adds the other's that the set does not
                return ElementsOf(invocation.Arguments[0].Value, 0, cancellationToken, projected).Join(Elements.Removal);
            case "SetValueAtIndex" when ArgumentNamed(invocation, "value") is { } replacing:
                // a sorted list's value replaced by position
                return Elements.Of(ElementValue(replacing, 0, cancellationToken, projected)).Join(Elements.Removal);
            case "AddRange" or "InsertRange":
                // a list's collection, a builder's items
                return (ArgumentNamed(invocation, "collection") ?? ArgumentNamed(invocation, "items")) is { } range ? ElementsOf(range, 0, cancellationToken, projected) : Elements.Unknown;
            case "PushRange":
                // a concurrent stack's elements pushed from an array (all of it, or a range of it)
                return ArgumentNamed(invocation, "items") is { } pushed ? ElementsOf(pushed, 0, cancellationToken, projected) : Elements.Unknown;
            case "CopyTo" or "GetValueRefOrAddDefault" or "GetValueRefOrNullRef" or "AsSpan" or "SetValue" or "Initialize"
                or "GetAlternateLookup" or "TryGetAlternateLookup" or "GetViewBetween":
                // an array's SetValue replaces an element with a boxed value, Initialize with a default one; a
                // reference or a span into the storage may replace one; a dictionary's or set's alternate lookup and a
                // sorted set's view add to and remove from the collection they come from
                return UnknownReplaced;
            case "RemoveAll" or "RemoveWhere" when invocation.Arguments.Length == 1 && MayTellCurrencies(invocation.Arguments[0].Value, _types):
                // due.RemoveAll(m => m.Currency != Currency.USD) keeps only the dollars, west.RemoveAll(m => m.Currency ==
                // Currency.GBP) all but the pounds; what another predicate that reads currencies keeps is not followed
                return projected is null && CurrencyFilter(invocation.Arguments[0].Value, cancellationToken) is (string code, bool keeps)
                    ? Elements.RemovedByCurrency(code, keeps)
                    : UnknownReplaced;
            case "Remove" or "RemoveAt" or "Dequeue" or "TryDequeue" or "Pop" or "TryPop" or "TryTake" or "TryRemove" or "RemoveFirst" or "RemoveLast"
                when UnderCurrencyTest(invocation):
                // if (due[0].Currency != Currency.USD) due.RemoveAt(0): what is left may be the currency the test keeps
                return UnknownReplaced;
            case "Clear" or "Remove" or "RemoveAt" or "RemoveAll" or "RemoveRange" or "RemoveWhere" or "RemoveFirst" or "RemoveLast" or "Pop" or "TryPop"
                or "MoveToImmutable" or "DrainToImmutable"
                or "Dequeue" or "TryDequeue" or "TryRemove" or "TryTake" or "TryPopRange" or "ExceptWith" or "IntersectWith":
                return Elements.Removal;
            default:
                return Elements.None;
        }
    }

    /// <summary>
    /// The currency a removal's predicate tests its element's currency against, and whether the removal keeps only that
    /// currency (<c>m =&gt; m.Currency != Currency.USD</c>, <c>m =&gt; !m.Currency.Equals(Currency.USD)</c>) or removes it
    /// (<c>m =&gt; m.Currency == Currency.GBP</c>, <c>m =&gt; m.Currency.Code == "GBP"</c>); null for any other predicate.
    /// </summary>
    internal (string Code, bool Keeps)? CurrencyFilter(IOperation predicate, CancellationToken cancellationToken)
    {
        if (SelectorLambda(predicate) is not { Symbol.Parameters.Length: 1 } lambda || lambda.OnlyReturned() is not { } returned)
        {
            return null;
        }

        bool removes = true;
        var test = returned.SkipConversions();
        while (test is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            removes = !removes;
            test = not.Operand.SkipConversions();
        }

        IOperation left, right;
        switch (test)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                removes ^= binary.OperatorKind == BinaryOperatorKind.NotEquals;
                (left, right) = (binary.LeftOperand, binary.RightOperand);
                break;
            case IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: 1 } equals when !equals.TargetMethod.IsStatic:
                (left, right) = (instance, equals.Arguments[0].Value);
                break;
            default:
                return null;
        }

        var parameter = lambda.Symbol.Parameters[0];
        string? code = TestedCode(left, right, parameter, cancellationToken) ?? TestedCode(right, left, parameter, cancellationToken);
        return code is null ? null : (code, !removes);
    }

    /// <summary>Whether a function returns its money parameter's currency (<c>m =&gt; m.Currency</c>) or that currency's code
    /// (<c>m =&gt; m.Currency.Code</c>, <paramref name="isCode"/>); given <paramref name="through"/>, the currency of that
    /// money member of its parameter instead (<c>a =&gt; a.Amount.Currency</c>).</summary>
    internal bool GivesElementCurrency(IOperation function, out bool isCode, out string? member, IPropertySymbol? through = null)
    {
        isCode = false;
        member = null;
        if (SelectorLambda(function) is not { Symbol.Parameters.Length: 1 } lambda || lambda.OnlyReturned()?.SkipConversions() is not { } returned)
        {
            return false;
        }

        var element = lambda.Symbol.Parameters[0];

        // m => new { m.Currency, Large = … }, m => (m.Currency, m.Amount > 1m): a member of the key holds it
        if (returned is IAnonymousObjectCreationOperation anonymous)
        {
            foreach (var initializer in anonymous.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name }, Value: var part }
                    && IsElementCurrency(part, element, out isCode, through))
                {
                    member = name;
                    return true;
                }
            }

            return false;
        }

        if (returned is ITupleOperation { Type: INamedTypeSymbol { IsTupleType: true } tupleType } tuple)
        {
            for (int i = 0; i < tuple.Elements.Length && i < tupleType.TupleElements.Length; i++)
            {
                if (IsElementCurrency(tuple.Elements[i], element, out isCode, through))
                {
                    // by position: g.Key.Currency and g.Key.Item1 are one field
                    member = "Item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return true;
                }
            }

            return false;
        }

        // m => new BucketKey(m.Currency, …) of a positional record: the property its parameter makes
        if (returned is IObjectCreationOperation { Type: INamedTypeSymbol { IsRecord: true } record, Constructor: { } constructor, Initializer: null } made)
        {
            foreach (var argument in made.Arguments)
            {
                if (argument.Parameter is { } parameter && IsElementCurrency(argument.Value, element, out isCode, through))
                {
                    foreach (var candidate in record.GetMembers(parameter.Name))
                    {
                        if (candidate is IPropertySymbol property && Annotations.PositionalParameter(property) is not null
                            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, record))
                        {
                            member = property.Name;
                            return true;
                        }
                    }

                    return false;
                }
            }

            return false;
        }

        return IsElementCurrency(returned, element, out isCode, through);
    }

    /// <summary>Whether a key selector gives two money values of different currencies different keys: the money itself
    /// (<c>m =&gt; m</c>: equal money has one currency), its currency or code, or an anonymous object or a tuple with one
    /// of those among its members (not a record, whose equality the code may write).</summary>
    private bool KeepsCurrenciesApart(IOperation keySelector)
    {
        if (ReturnsItsParameter(keySelector))
        {
            return SelectorLambda(keySelector) is { Symbol.Parameters.Length: 1 } itself && _types.IsMoney(itself.Symbol.Parameters[0].Type);
        }

        return GivesElementCurrency(keySelector, out _, out _)
            && SelectorLambda(keySelector)?.OnlyReturned()?.SkipConversions() is not IObjectCreationOperation;
    }

    /// <summary>Whether a value is a money parameter's currency (<c>m.Currency</c>) or its code (<c>m.Currency.Code</c>,
    /// <paramref name="isCode"/>); given <paramref name="through"/>, the currency of that money member of the parameter
    /// (<c>a.Amount.Currency</c>).</summary>
    private bool IsElementCurrency(IOperation value, IParameterSymbol element, out bool isCode, IPropertySymbol? through = null)
    {
        var read = value.SkipConversions();
        isCode = read is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } currency } && _types.IsCurrency(currency.Type);
        if (isCode)
        {
            read = ((IPropertyReferenceOperation)read!).Instance!.SkipConversions();
        }

        if (read is not IPropertyReferenceOperation { Property.Name: "Currency", Instance: { } owner } || !_types.IsCurrency(read.Type))
        {
            return false;
        }

        var money = owner.SkipConversions();
        if (through is not null)
        {
            if (money is not IPropertyReferenceOperation { Instance: { } instance } property || !SymbolEqualityComparer.Default.Equals(property.Property, through))
            {
                return false;
            }

            money = instance.SkipConversions();
            return money is IParameterReferenceOperation holder && SymbolEqualityComparer.Default.Equals(holder.Parameter, element);
        }

        return money is IParameterReferenceOperation reference && _types.IsMoney(reference.Type)
            && SymbolEqualityComparer.Default.Equals(reference.Parameter, element);
    }

    /// <summary>The currency <paramref name="constant"/> states when <paramref name="read"/> is the element's currency
    /// (<c>m.Currency</c>) or its code (<c>m.Currency.Code</c>, compared with a code's text), else null.</summary>
    private string? TestedCode(IOperation read, IOperation constant, IParameterSymbol element, CancellationToken cancellationToken)
    {
        if (!IsElementCurrency(read, element, out bool isCode))
        {
            return null;
        }

        string? code = isCode ? ConstantCode(constant) : Value(constant, 0, FlowMode.Exact, cancellationToken);
        return code is not null && !Currencies.IsNone(code) ? code : null;
    }

    /// <summary>Whether an operation runs only where an <c>if</c>, <c>?:</c> or loop condition around it in its function reads a currency.</summary>
    private bool UnderCurrencyTest(IOperation operation)
    {
        for (var child = operation; child.Parent is { } parent && parent is not (IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyBaseOperation); child = parent)
        {
            if (parent is IConditionalOperation conditional && conditional.Condition != child && _types.MentionsCurrency(conditional.Condition)
                || parent is IWhileLoopOperation { Condition: { } condition } && condition != child && _types.MentionsCurrency(condition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The collection given to a method: read by LINQ, read-only parameters and the constructors of the
    /// framework's collections (which copy it), else possibly written unseen.</summary>
    private Elements Argument(IArgumentOperation argument, ISymbol? projected, CancellationToken cancellationToken)
    {
        if (argument.Parameter is not { } parameter || parameter.RefKind is RefKind.Ref or RefKind.Out)
        {
            return UnknownReplaced;
        }

        if (projected is null && Declared(parameter) is { } declared)
        {
            // the callee may add, but only what its parameter is declared to hold (the argument itself is checked)
            return Elements.Of(declared);
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (method is not null && SourceOf(method).BindsElements || IsReadOnlyView(parameter.Type) && !MayCastBack(parameter, cancellationToken))
        {
            return Elements.None;
        }

        if (CopiedByConstructor(argument))
        {
            return Elements.None;
        }

        if (CallSource.IsImmutable(parameter.Type as INamedTypeSymbol) && parameter.RefKind == RefKind.None && !SharesStorage(parameter.Type) && !IsFrozen(parameter.Type))
        {
            // no method can change an immutable collection it is given; an ImmutableArray (a frozen collection's Values)
            // shares its storage, which ImmutableCollectionsMarshal.AsArray makes writable, so it is left unknown
            return Elements.None;
        }

        if (method is not null && IsWritableSpanOrMemory(method.ReturnType))
        {
            // caps.AsSpan(), caps.AsMemory(), new Span<Money>(caps): a writable view whose elements may be replaced
            // unseen, unless the view is only sorted there (caps.AsSpan().Sort(): the same elements, in another order)
            // or made into a span local only read (Span<Money> s = caps.AsSpan(1), CollectionsMarshal.AsSpan(list))
            return argument.Parent is IInvocationOperation view && (SortedSpan(view) || ViewedBySpan(view) is not null && InitializesOnlyReadSpanLocal(view, cancellationToken))
                ? Elements.None
                : UnknownReplaced;
        }

        if (method is { IsStatic: true, ContainingType.SpecialType: SpecialType.System_Array }
            && method.Name is "Sort" or "Reverse" or "IndexOf" or "LastIndexOf" or "BinarySearch" or "Find" or "FindAll" or "FindIndex" or "FindLast"
                or "FindLastIndex" or "Exists" or "TrueForAll" or "ForEach" or "AsReadOnly" or "ConvertAll")
        {
            return Elements.None;
        }

        return method is not null ? HelperEffect(method.OriginalDefinition, parameter.OriginalDefinition, argument.Parent, projected, cancellationToken) : UnknownReplaced;
    }

    /// <summary>Whether a conversion turns a collection of one element type of System.Collections.Generic (<c>List&lt;T&gt;</c>,
    /// <c>HashSet&lt;T&gt;</c>, <c>SortedSet&lt;T&gt;</c>…) into its <c>ICollection&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> or
    /// <c>ISet&lt;T&gt;</c>.</summary>
    private static bool IsCollectionInterfaceOf(IConversionOperation conversion, ITypeSymbol? collection) =>
        conversion is { IsImplicit: true, Conversion.IsReference: true, Type: INamedTypeSymbol { TypeKind: TypeKind.Interface, Name: "ICollection" or "IList" or "ISet", TypeArguments.Length: 1 } target }
        && CallSource.IsCollectionsGeneric(target)
        && collection is INamedTypeSymbol { TypeKind: TypeKind.Class, TypeArguments.Length: 1 } source && CallSource.IsCollectionsGeneric(source);

    private static readonly object UsesEffectInProgress = new();

    /// <summary>
    /// What a method of the code does to a collection given for its parameter (<c>Fill(caps)</c>, <c>Refill(paid)</c>): the
    /// effect of the parameter's uses in its declaration (<see cref="UsesEffect"/>); what it adds from a money parameter
    /// (<c>into.Add(m)</c>) has the currency of the argument <paramref name="call"/> gives for it. Unknown, with the old
    /// elements perhaps gone, for a method whose body is not the only code that may run, one whose body the call may not
    /// run (an iterator, a <c>[Conditional]</c> method) or not all of it before the caller goes on (an <c>async</c> method
    /// whose call is not awaited right there), one of another assembly, or a <c>params</c> or <c>ref</c> parameter.
    /// </summary>
    private Elements HelperEffect(IMethodSymbol method, IParameterSymbol parameter, IOperation? call, ISymbol? projected, CancellationToken cancellationToken)
    {
        if (parameter.IsParams || parameter.RefKind != RefKind.None || !CanFollowBody(method) || !_search.IsOwn(method) || !RunsWhenCalled(method, cancellationToken)
            || method.IsAsync && !(call is IInvocationOperation invocation && Awaited(invocation) is not null)
            || BodyOf(method, cancellationToken) is not { } body || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not { } declaration)
        {
            // code the flow does not see (a delegate's Invoke, an interface or virtual method, another assembly's) may add
            // to it and remove from it
            return UnknownReplaced;
        }

        var model = _search.ModelOf(body.SyntaxTree);
        var effect = UsesEffect(parameter, declaration, model, projected, cancellationToken);
        return ReferenceEquals(effect, UnknownReplaced) && call is not null ? GivenEffect(method, parameter, declaration, model, call, projected, cancellationToken) ?? effect : effect;
    }

    /// <summary>
    /// For a helper whose effect on a collection is unknown (<see cref="HelperEffect"/>): the effect with what it adds from
    /// its money parameters read as the call's arguments (<see cref="WithArgumentsGiven"/>), when that is known, or when
    /// some argument's currency is (each parameter's argument gives its own: <c>Fill(caps, given, euros)</c> adds euros
    /// and something unknown, as <see cref="RefilledBy"/> reads it); else null.
    /// </summary>
    private Elements? GivenEffect(IMethodSymbol method, IParameterSymbol parameter, SyntaxNode declaration, SemanticModel model, IOperation call, ISymbol? projected, CancellationToken cancellationToken) =>
        WithArgumentsGiven(method, declaration, call, () => UsesEffect(parameter, declaration, model, projected, cancellationToken), cancellationToken) is { } given
            && (!given.HasUnknown || given.First is not null)
            ? given
            : null;

    /// <summary>
    /// What the uses of a variable that holds a collection given to it do to that collection: a helper's parameter
    /// (<see cref="HelperEffect"/>) or a local alias (<c>var alias = caps;</c>), each use read as a use of the collection
    /// itself is (an <c>Add</c> adds, a <c>Clear</c> may remove). Unknown, with the old elements perhaps gone, when one of
    /// them cannot be seen through (kept in a field, handed on: other code may remove elements later) or the variable is
    /// asked about again while its effect is worked out (a recursive helper).
    /// </summary>
    private Elements UsesEffect(ISymbol holder, SyntaxNode scope, SemanticModel model, ISymbol? projected, CancellationToken cancellationToken)
    {
        var inProgress = InProgress.Current;
        if (inProgress.IsAsked(UsesEffectInProgress, holder))
        {
            return UnknownReplaced;
        }

        int saved = inProgress.Enter(UsesEffectInProgress, holder);
        try
        {
            var effect = Elements.None;
            foreach (var (reference, used) in Uses(holder, scope, model, cancellationToken, projected, null))
            {
                if (IsCapturedUse(reference, holder))
                {
                    // used in a lambda or local function: it runs when (and as often as) its caller says, perhaps never
                    return UnknownReplaced;
                }

                effect = effect.Join(used);
            }

            return effect.HasUnknown ? UnknownReplaced : effect;
        }
        finally
        {
            inProgress.Leave(saved);
        }
    }

    /// <summary>Whether a use of a variable is inside a lambda or local function other than the one that declares the variable.</summary>
    private static bool IsCapturedUse(IOperation reference, ISymbol holder)
    {
        var function = EnclosingFunction(reference) switch
        {
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            ILocalFunctionOperation local => local.Symbol,
            _ => null,
        };

        return function is not null && !SymbolEqualityComparer.Default.Equals(function, holder.ContainingSymbol?.OriginalDefinition)
            && !SymbolEqualityComparer.Default.Equals(function, holder.ContainingSymbol);
    }

    /// <summary>
    /// Whether a call of a method runs its body: not an iterator (its body runs when its result is enumerated) or a
    /// <c>[Conditional]</c> method (the compiler leaves its calls out of a build without the symbol).
    /// </summary>
    private bool RunsWhenCalled(IMethodSymbol method, CancellationToken cancellationToken) =>
        _runsWhenCalled.TryGetValue(method, out bool runs)
            ? runs
            : _runsWhenCalled.GetOrAdd(method, !IsConditional(method) && !IsIterator(method, cancellationToken));

    /// <summary>Whether a method's own body (not a lambda's or local function's in it) has a <c>yield</c>.</summary>
    private static bool IsIterator(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || BodyOf(method, cancellationToken) is not BlockSyntax body)
        {
            return false;
        }

        foreach (var node in body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is YieldStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a method is <c>[Conditional]</c>: a call of it is left out of a build without one of its symbols.</summary>
    private static bool IsConditional(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ConditionalAttribute", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an argument is the collection a constructor of the framework's collections copies
    /// (<c>new Dictionary&lt;string, Money&gt;(other, comparer)</c>, <c>new List&lt;Money&gt;(source)</c>): only read. A
    /// <c>BlockingCollection</c> keeps the collection it is given as its store, and adds to it.</summary>
    private static bool CopiedByConstructor(IArgumentOperation argument) =>
        argument.Parent is IObjectCreationOperation { Type: INamedTypeSymbol { Name: not "BlockingCollection" } created } && IsCollectionNamespace(created.ContainingNamespace)
        && (argument.Parameter is { RefKind: RefKind.None, Name: "collection" or "dictionary" }
            || argument.Parameter is { RefKind: RefKind.None, Name: "list" or "set" } && created.Name is "ReadOnlyCollection" or "ReadOnlySet");

    /// <summary>System.Collections.Concurrent's <c>ConcurrentDictionary&lt;TKey, TValue&gt;</c>.</summary>
    private static bool IsConcurrentDictionary(INamedTypeSymbol? type) =>
        type is { Name: "ConcurrentDictionary", TypeArguments.Length: 2 } && IsCollectionNamespace(type.ContainingNamespace);

    /// <summary>System.Collections.Concurrent's dictionary, bag, queue or stack.</summary>
    private static bool IsConcurrent(INamedTypeSymbol? type) =>
        IsConcurrentDictionary(type)
        || type is { Name: "ConcurrentBag" or "ConcurrentQueue" or "ConcurrentStack", TypeArguments.Length: 1 } && IsCollectionNamespace(type.ContainingNamespace);

    /// <summary>A node of a linked list (<c>LinkedListNode&lt;T&gt;</c>), through whose <c>Value</c> an element can be replaced.</summary>
    private static bool IsNode(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "LinkedListNode", TypeArguments.Length: 1 } node && IsCollectionNamespace(node.ContainingNamespace);

    // how many hand-overs of a read-only view are followed before it counts as cast back
    private const int MaxViewHandOvers = 4;

    /// <summary>Whether a conversion to a read-only view (<c>IEnumerable&lt;Money&gt;</c>, <c>ReadOnlySpan&lt;Money&gt;</c>) leaves the
    /// collection only read: not when the view is handed to something that code of the compilation casts back.</summary>
    private bool IsReadOnlyUse(IConversionOperation conversion, CancellationToken cancellationToken) =>
        IsReadOnlyView(conversion.Type) && !ViewMayBeWritten(conversion, 0, cancellationToken);

    /// <summary>
    /// Whether a read-only view may be cast back and written by what it is handed to: the parameter it is an argument
    /// for, the member that returns it (a property for its getter), the field, property or local it is assigned to or
    /// initializes, each asked <see cref="MayCastBack(ISymbol, int, CancellationToken)"/>; through conditional, <c>switch</c>
    /// and <c>??</c> expressions and LINQ's <c>AsEnumerable</c> and <c>Cast</c> (which return the same object). Read
    /// through a property, a method or <c>foreach</c>, it is only read; anything else (a tuple, a lambda's or local
    /// function's return, an array slot, a <c>yield return</c>) may keep it where the flow does not follow.
    /// </summary>
    private bool ViewMayBeWritten(IOperation view, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxViewHandOvers)
        {
            return true;
        }

        var node = view;
        while (node.Parent is IConversionOperation or IAwaitOperation
            || node.Parent is IConditionalOperation conditional && conditional.Condition != node
            || node.Parent is ICoalesceOperation or ISwitchExpressionArmOperation
            || node.Parent is ISwitchExpressionOperation switchExpression && switchExpression.Value != node)
        {
            if (node.Parent is IConversionOperation converted && (converted.OperatorMethod is not null || !converted.IsImplicit && !IsReadOnlyView(converted.Type)))
            {
                // a user-defined conversion is a method given the view; a cast to another type may be the cast back
                return true;
            }

            node = node.Parent;
        }

        switch (node.Parent)
        {
            case IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol { Name: "AsEnumerable" or "Cast" or "OfType" } method } } passed
                when CallSource.IsLinq(method.ContainingType) && passed.Parent is { } sameObject:
                // the same object when it already has the type asked for
                return ViewMayBeWritten(sameObject, depth + 1, cancellationToken);
            case IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol { ContainingType.Name: var marshal } }
                when IsMarshalName(marshal):
                return true;
            case IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol { ContainingType: { Name: "ImmutableArrayExtensions" } linq } }
                when CallSource.IsLinq(linq):
                // LINQ for an ImmutableArray (First, Last, Select…) only reads it
                return false;
            case IArgumentOperation { Parameter: { ContainingSymbol: IMethodSymbol called } given }
                when SharesStorage(given.Type) || SharesStorage(view.SkipConversions()?.Type)
                    && (IsReadOnlySpanOrMemory(given.Type) || SharesStorage(called.ReturnType) || IsReadOnlySpanOrMemory(called.ReturnType) || called.RefKind != RefKind.None):
                // an ImmutableArray given to any method, or boxed or as a span to one that returns an ImmutableArray, a
                // span or a reference: the method may keep or return its storage (ImmutableArray.Create(a, 0, n),
                // ToImmutableArray(), ImmutableInterlocked) or reach into it
                return true;
            case IInvocationOperation { TargetMethod.ContainingType.IsExtension: true } extended when extended.Instance == node:
                // a member of an extension block is a method given the view
                return true;
            case IInvocationOperation called when called.Instance == node && GivesWayToStorage(called):
                // a changed copy of an ImmutableArray is followed; a span, a memory or a reference into the storage may write it
                return !IsChangedCopy(called) || ViewMayBeWritten(called, depth + 1, cancellationToken);
            case IPropertyReferenceOperation { Property.Name: "Span" } span when span.Instance == node && IsReadOnlySpanOrMemory(node.Type):
                // a read-only memory's span is over the same storage
                return true;
            case IArgumentOperation { Parameter: { } parameter }:
                return MayCastBack(parameter, depth, cancellationToken);
            case IReturnOperation { Kind: OperationKind.Return } returned when ReturnsToSelectMany(returned):
                // from eu in europe: SelectMany's collection selector (cn => europe) gives the collection to LINQ, which reads it
                return false;
            case IReturnOperation { Kind: OperationKind.Return }:
                return view.SemanticModel?.GetEnclosingSymbol(view.Syntax.SpanStart, cancellationToken) switch
                {
                    IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } => MayCastBack(property, depth, cancellationToken),
                    IMethodSymbol { MethodKind: MethodKind.Ordinary } method => MayCastBack(method, depth, cancellationToken),
                    _ => true,
                };
            case ISimpleAssignmentOperation assignment when assignment.Value == node:
                return assignment.Target switch
                {
                    IFieldReferenceOperation field => MayCastBack(field.Field, depth, cancellationToken),
                    IPropertyReferenceOperation { Property.IsIndexer: false } property => MayCastBack(property.Property, depth, cancellationToken),
                    ILocalReferenceOperation local => MayCastBack(local.Local, depth, cancellationToken),
                    _ => true,
                };
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return MayCastBack(declarator.Symbol, depth, cancellationToken);
            case IFieldInitializerOperation { InitializedFields.Length: > 0 } fieldInitializer:
                return MayCastBack(fieldInitializer.InitializedFields[0], depth, cancellationToken);
            case IPropertyInitializerOperation { InitializedProperties.Length: > 0 } propertyInitializer:
                return MayCastBack(propertyInitializer.InitializedProperties[0], depth, cancellationToken);
            case IBinaryOperation { OperatorMethod: { DeclaringSyntaxReferences.IsEmpty: false } }:
                // a user-defined operator of the compilation is a method given the view
                return true;
            case IPropertyReferenceOperation read when read.Instance == node:
            case IInvocationOperation called when called.Instance == node:
            case IForEachLoopOperation:
            case IBinaryOperation:
            case IExpressionStatementOperation:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Whether the read-only view a parameter, local or member holds may be cast back and written (<see cref="MayCastBack(ISymbol, int, CancellationToken)"/>).</summary>
    private bool MayCastBack(ISymbol holder, CancellationToken cancellationToken) => MayCastBack(holder, 0, cancellationToken);

    /// <summary>
    /// Whether code of the compilation may write a collection through a read-only view held by a parameter, a local or a
    /// member: a use of the holder cast back (<c>items is List&lt;Money&gt; list</c>, <c>(Money[])desk.Limits</c>,
    /// <c>items as IList&lt;Money&gt;</c>, a type pattern in a <c>switch</c> or a property pattern, after <c>await</c>) or
    /// handed to <c>MemoryMarshal</c>, <c>Unsafe</c> or <c>CollectionsMarshal</c>, or a use that hands the view on to
    /// something that may (<see cref="ViewMayBeWritten"/>). A member that another member may stand for (virtual, an
    /// override, an interface's member or its implementation, an indexer) or that is used as a method group counts as cast
    /// back. A framework method's parameter only reads, unless it is of a type parameter (<c>List&lt;T&gt;.Add</c>, a
    /// delegate's argument): it keeps the view where anything may reach it. Read from the syntax by the holder's name, and
    /// bound only where a use hands the view on; worked out once per holder.
    /// </summary>
    private bool MayCastBack(ISymbol holder, int depth, CancellationToken cancellationToken)
    {
        if (holder is IParameterSymbol { ContainingSymbol: IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: true } } library)
        {
            // a parameter of the framework's methods (LINQ) reads; one of a type parameter stores the view
            return library.OriginalDefinition.Type.TypeKind == TypeKind.TypeParameter;
        }

        if (_castBack.TryGetValue(holder, out bool known))
        {
            return known;
        }

        if (depth > MaxViewHandOvers)
        {
            return true;
        }

        bool found = holder switch
        {
            // an abstract, virtual or interface method's call may run another body, which this one's text does not show
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } when MayRunAnotherBody(method) => true,
            // a method of another project of the solution: its text is not this compilation's to search
            IParameterSymbol or ILocalSymbol when !_search.IsOwn(holder.ContainingSymbol) => true,
            _ when HidesUses(holder) => true,
            IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } constructor } =>
                // a record's positional parameter is kept in its property of the same name
                NameCastBackIn(holder, constructor.DeclaringSyntaxReferences, depth, cancellationToken)
                || PositionalProperty(constructor.ContainingType, holder.Name) is { } positional && MayCastBack(positional, depth + 1, cancellationToken),
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } => NameCastBackIn(holder, method.DeclaringSyntaxReferences, depth, cancellationToken),
            ILocalSymbol { ContainingSymbol: IMethodSymbol method } => NameCastBackIn(holder, method.DeclaringSyntaxReferences, depth, cancellationToken),
            IPropertySymbol { IsIndexer: true } => true,
            IFieldSymbol or IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary } when !holder.DeclaringSyntaxReferences.IsEmpty =>
                MemberCastBack(holder, depth, cancellationToken),
            _ => true,
        };

        if (depth == 0)
        {
            // an answer from deeper in a chain of hand-overs may have been cut short: only a whole search is kept
            _castBack.TryAdd(holder, found);
        }

        return found;
    }

    /// <summary>Whether a call of the method may run a body other than the one its declaration shows: it is abstract, an
    /// interface's, a delegate's <c>Invoke</c>, a part of a partial method, or virtual or an override that a derived
    /// class may override again.</summary>
    private static bool MayRunAnotherBody(IMethodSymbol method) =>
        method.IsAbstract || method.ContainingType?.TypeKind == TypeKind.Interface || method.MethodKind == MethodKind.DelegateInvoke
        || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null || method.IsPartialDefinition
        || (method.IsVirtual || method.IsOverride) && !method.IsSealed && method.ContainingType is { IsSealed: false };

    /// <summary>A record's property made from its positional parameter of this name.</summary>
    private static IPropertySymbol? PositionalProperty(INamedTypeSymbol record, string name)
    {
        foreach (var member in record.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// The members whose uses may run this one: itself, the members it overrides, and the interfaces' members it
    /// implements (explicitly or by name).
    /// </summary>
    private static List<ISymbol> StandIns(ISymbol member)
    {
        var standIns = new List<ISymbol> { member.OriginalDefinition };
        for (var overridden = Overridden(member); overridden is not null; overridden = Overridden(overridden))
        {
            standIns.Add(overridden.OriginalDefinition);
        }

        var explicitly = member switch
        {
            IPropertySymbol property => property.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            IMethodSymbol method => method.ExplicitInterfaceImplementations.CastArray<ISymbol>(),
            _ => ImmutableArray<ISymbol>.Empty,
        };
        foreach (var implemented in explicitly)
        {
            standIns.Add(implemented.OriginalDefinition);
        }

        if (explicitly.IsEmpty && !member.IsStatic && member.ContainingType is { } type)
        {
            foreach (var contract in type.AllInterfaces)
            {
                foreach (var candidate in contract.GetMembers(member.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                    {
                        standIns.Add(candidate.OriginalDefinition);
                    }
                }
            }
        }

        return standIns;

        static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IPropertySymbol property => property.OverriddenProperty,
            IMethodSymbol method => method.OverriddenMethod,
            _ => null,
        };
    }

    /// <summary>Whether a parameter's or local's name is cast back in the declarations of its method, or handed on to something that may cast it back.</summary>
    private bool NameCastBackIn(ISymbol holder, ImmutableArray<SyntaxReference> declarations, int depth, CancellationToken cancellationToken)
    {
        foreach (var reference in declarations)
        {
            foreach (var token in _search.Identifiers(holder.Name, reference.GetSyntax(cancellationToken), cancellationToken))
            {
                if (token.Parent is IdentifierNameSyntax identifier && (CastsBack(identifier) || HandsOnToCastBack(identifier, identifier, holder, depth, cancellationToken)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a use of a member that holds or returns a read-only view is cast back or handed on to something that may
    /// cast it back (<c>var view = desk.Limits; ((List&lt;Money&gt;)view)[0] = …</c>). A use whose symbol the model cannot tell
    /// counts as the member's; a use as a method group counts as cast back.
    /// </summary>
    private bool MemberCastBack(ISymbol member, int depth, CancellationToken cancellationToken)
    {
        var standIns = StandIns(member);
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var standIn in standIns)
        {
            if (names.Add(standIn.Name) && MemberNamedCastBack(standIn.Name, member, standIns, depth, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool MemberNamedCastBack(string name, ISymbol member, List<ISymbol> standIns, int depth, CancellationToken cancellationToken)
    {
        var trees = standIns.Count == 1 ? _search.TreesThatCanReach(member) : _search.EveryTree;
        foreach (var token in _search.Identifiers(name, trees, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            ExpressionSyntax use = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier
                || identifier.Parent is MemberBindingExpressionSyntax
                ? (ExpressionSyntax)identifier.Parent
                : identifier;
            bool methodGroup = false;
            if (member is IMethodSymbol)
            {
                if (use.Parent is InvocationExpressionSyntax invocation && invocation.Expression == use)
                {
                    use = invocation;
                }
                else if (use.Parent is not ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } })
                {
                    methodGroup = true;
                }
            }

            if (!methodGroup && !CastsBack(use) && !HandsOnToCastBack(use, identifier, standIns, depth, cancellationToken))
            {
                continue;
            }

            var symbol = _search.ModelOf(identifier.SyntaxTree).GetSymbolInfo(identifier, cancellationToken).Symbol;
            if (symbol is null || IsOneOf(symbol, standIns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a use of a holder hands the view on (an argument, an assignment's or initializer's value, a return, through
    /// conditional, <c>switch</c>, <c>??</c> and parentheses) to something that may cast it back; only such uses are bound,
    /// and only when the use is the holder's.
    /// </summary>
    private bool HandsOnToCastBack(ExpressionSyntax use, IdentifierNameSyntax identifier, ISymbol holder, int depth, CancellationToken cancellationToken) =>
        HandsOnToCastBack(use, identifier, new List<ISymbol> { holder.OriginalDefinition }, depth, cancellationToken);

    /// <summary>Whether a symbol is one of these (by their definitions).</summary>
    private static bool IsOneOf(ISymbol symbol, List<ISymbol> definitions)
    {
        // an extension method called on its receiver (View.Same()) is its static definition
        var own = symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced.OriginalDefinition : symbol.OriginalDefinition;
        foreach (var definition in definitions)
        {
            if (SymbolEqualityComparer.Default.Equals(own, definition))
            {
                return true;
            }
        }

        return false;
    }

    private bool HandsOnToCastBack(ExpressionSyntax use, IdentifierNameSyntax identifier, List<ISymbol> holders, int depth, CancellationToken cancellationToken)
    {
        SyntaxNode node = use;
        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }
            or ConditionalExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } or SwitchExpressionArmSyntax or SwitchExpressionSyntax
            or CastExpressionSyntax or AwaitExpressionSyntax)
        {
            node = node.Parent;
        }

        bool handsOn = node.Parent switch
        {
            ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or YieldStatementSyntax
                or InitializerExpressionSyntax or CollectionElementSyntax or RefExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax => true,
            LambdaExpressionSyntax lambda => lambda.ExpressionBody == node,
            AssignmentExpressionSyntax assignment => assignment.Right == node,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsEnumerable" or "Cast" or "OfType" } => true,
            // the receiver of a call that may give a way into its storage (AsSpan, ItemRef, an ImmutableArray's AddRange),
            // or of an extension method (a method its type does not have), which is given the view
            MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access when access.Expression == node =>
                holders.Exists(HoldsStorage) || !holders.TrueForAll(h => HasMember(TypeOf(h), access.Name.Identifier.ValueText)),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Span" } access => access.Expression == node && holders.Exists(HoldsStorage),
            // an extension method as a method group (Action a = view.Patch), or called on a view that may be null
            // (view?.Patch()): given the view where the flow does not follow it
            MemberAccessExpressionSyntax access when access.Expression == node && !holders.TrueForAll(h => HasMember(TypeOf(h), access.Name.Identifier.ValueText)) => true,
            ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } } conditional =>
                conditional.Expression == node && (holders.Exists(HoldsStorage) || !holders.TrueForAll(h => HasMember(TypeOf(h), binding.Name.Identifier.ValueText))),
            _ => false,
        };
        if (!handsOn)
        {
            return false;
        }

        var model = _search.ModelOf(use.SyntaxTree);
        if (model.GetOperation(use, cancellationToken) is not { } operation)
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
        if (symbol is not null && !IsOneOf(symbol, holders))
        {
            return false;
        }

        // a member of an anonymous type may be read anywhere the object goes; an extension method's group or a call
        // after ?. is not followed
        return node.Parent is AnonymousObjectMemberDeclaratorSyntax or ConditionalAccessExpressionSyntax or MemberAccessExpressionSyntax { Parent: not InvocationExpressionSyntax }
            || ViewMayBeWritten(operation, depth + 1, cancellationToken);
    }

    private static bool CastsBack(ExpressionSyntax name)
    {
        SyntaxNode node = name;
        if (name.Parent is NameColonSyntax or ExpressionColonSyntax && name.Parent.Parent is SubpatternSyntax subpattern)
        {
            // desk is { Limits: List<Money> list }: the property read and matched
            return IsCastingPattern(subpattern.Pattern);
        }

        while (node.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } or AwaitExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            CastExpressionSyntax cast => cast.Expression == node,
            BinaryExpressionSyntax binary => binary.Left == node && (binary.IsKind(SyntaxKind.AsExpression) || binary.IsKind(SyntaxKind.IsExpression)),
            IsPatternExpressionSyntax pattern => pattern.Expression == node && IsCastingPattern(pattern.Pattern),
            SwitchExpressionSyntax switchExpression => switchExpression.GoverningExpression == node,
            SwitchStatementSyntax switchStatement => switchStatement.Expression == node,
            // a span's element taken by reference (Unsafe.AsRef(in items[0]), ref readonly var e = ref items[0]), or its
            // elements by reference in a loop (foreach (ref readonly var m in items))
            ElementAccessExpressionSyntax element => element.Expression == node
                && (TakenByReference(element) || HasRange(element.ArgumentList)),
            ForEachStatementSyntax loop => loop.Expression == node && loop.Type is RefTypeSyntax,
            ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var marshal } } } =>
                IsMarshalName(RightmostName(marshal)),
            _ => false,
        };
    }

    /// <summary>Whether an element access takes a range (<c>items[1..]</c>): a slice over the same storage.</summary>
    private static bool HasRange(BracketedArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is RangeExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a pattern may match a value as another type or give it a name: anything but a constant (or its negation).</summary>
    private static bool IsCastingPattern(PatternSyntax pattern) => pattern is not (ConstantPatternSyntax or UnaryPatternSyntax { Pattern: ConstantPatternSyntax });

    /// <summary>The last name of a (qualified) name: <c>Unsafe</c> of <c>System.Runtime.CompilerServices.Unsafe</c>.</summary>
    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>A type through which a collection can only be read.</summary>
    private static bool IsReadOnlyView(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "IEnumerable" or "IReadOnlyCollection" or "IReadOnlyList" or "IReadOnlyDictionary" or "IReadOnlySet" or "ReadOnlySpan" or "ReadOnlyMemory" or "IOrderedEnumerable" or "ILookup" or "IGrouping" } named
        && named.ContainingNamespace?.ToDisplayString() is "System" or "System.Collections" or "System.Collections.Generic" or "System.Linq"
        || type?.SpecialType == SpecialType.System_String;

    /// <summary>Whether the elements (the values, for a dictionary) of a collection type carry a currency the flow
    /// follows, or, for a member of the elements, are of the type that declares it.</summary>
    private bool TracksElements(ITypeSymbol? type, ISymbol? projected = null)
    {
        if (projected is null)
        {
            return _types.CarriesCurrency(ValueTypeOf(type));
        }

        for (var element = ValueTypeOf(type); element is not null; element = element.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(element.OriginalDefinition, projected.ContainingType.OriginalDefinition))
            {
                return true;
            }
        }

        return PickedByTypeTest(ValueTypeOf(type), projected);
    }

    /// <summary>
    /// The type of the values an array or a collection of System.Collections.Generic (or an immutable one) holds: the
    /// element type, or a dictionary's value type; null for any other type. Read from the type's own name and type
    /// arguments (asking a type for all its interfaces builds a new list each time).
    /// </summary>
    private static ITypeSymbol? ValueTypeOf(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        // a builder holds what the collection it builds holds
        if (CallSource.BuiltOrSelf(type) is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        var arguments = named.TypeArguments;
        switch (named.Name)
        {
            case "List" or "IList" or "ICollection" or "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "HashSet" or "ISet" or "IReadOnlySet"
                or "SortedSet" or "Queue" or "Stack" or "LinkedList" or "ImmutableArray" or "ImmutableList" or "IImmutableList" or "IOrderedEnumerable"
                or "ConcurrentBag" or "ConcurrentQueue" or "ConcurrentStack" or "ImmutableHashSet" or "ImmutableSortedSet" or "IImmutableSet"
                or "ImmutableQueue" or "IImmutableQueue" or "ImmutableStack" or "IImmutableStack" or "FrozenSet" or "ReadOnlyCollection" or "ReadOnlySet"
                when arguments.Length == 1 && IsCollectionNamespace(named.ContainingNamespace):
                return arguments[0];
            case "Dictionary" or "IDictionary" or "IReadOnlyDictionary" or "SortedDictionary" or "SortedList" or "ConcurrentDictionary" or "ImmutableDictionary"
                or "IImmutableDictionary" or "ImmutableSortedDictionary" or "FrozenDictionary" or "ReadOnlyDictionary"
                when arguments.Length == 2 && IsCollectionNamespace(named.ContainingNamespace):
                return arguments[1];
            default:
                return null;
        }
    }

    /// <summary>What enumerating a collection gives, compared with a lambda parameter: for a dictionary its pairs, else its elements.</summary>
    private static bool IsElementOf(ITypeSymbol parameterType, ITypeSymbol? collection)
    {
        if (collection is INamedTypeSymbol { Name: "ValueCollection", ContainingType: { TypeArguments.Length: 2 } owner } && IsDictionary(owner))
        {
            // dictionary.Values.Any(v => …): the collection of a dictionary's values holds its values
            return SymbolEqualityComparer.Default.Equals(parameterType, owner.TypeArguments[1]);
        }

        var value = ValueTypeOf(collection);
        if (value is null)
        {
            return false;
        }

        if (IsDictionary(collection))
        {
            return parameterType is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
                && SymbolEqualityComparer.Default.Equals(pair.TypeArguments[1], value);
        }

        return SymbolEqualityComparer.Default.Equals(parameterType, value);
    }

    /// <summary>System.Collections.Generic, .Concurrent, .Immutable, .Frozen and .ObjectModel; System.Linq.</summary>
    private static bool IsCollectionNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Generic" or "Concurrent" or "Immutable" or "Frozen" or "ObjectModel" } && ns.ContainingNamespace is { Name: "Collections" } collections
            && collections.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace
        || ns is { Name: "Linq" } && ns.ContainingNamespace is { Name: "System" } linqSystem && linqSystem.ContainingNamespace.IsGlobalNamespace;

    private static bool IsDictionary(ITypeSymbol? type) =>
        CallSource.BuiltOrSelf(type) is INamedTypeSymbol
        {
            Name: "Dictionary" or "IDictionary" or "IReadOnlyDictionary" or "SortedDictionary" or "SortedList" or "ConcurrentDictionary" or "ImmutableDictionary"
                or "IImmutableDictionary" or "ImmutableSortedDictionary" or "FrozenDictionary" or "ReadOnlyDictionary",
            TypeArguments.Length: 2,
        };
}
