using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// The values of a dictionary by constant key (issue 12): <c>Caps[Desk.Tokyo]</c> (and <c>TryGetValue</c>,
/// <c>GetValueOrDefault</c> with that key) has the currency of the values written with the key <c>Desk.Tokyo</c>, when
/// the dictionary is a field, property or local whose writes the flow sees (the same uses as for its values as a
/// whole: an escape makes every key unknown), or what a method or an expression-bodied property returns when every
/// return creates a new one (<c>Caps()[Desk.Tokyo]</c>); every dictionary it ever holds is created where it is
/// assigned, without a comparer or with one of the framework's comparers of text (<c>StringComparer.Ordinal</c>,
/// <c>StringComparer.OrdinalIgnoreCase</c>, the culture's with or without case,
/// <c>EqualityComparer&lt;T&gt;.Default</c>, <c>Comparer&lt;T&gt;.Default</c>, <c>null</c>), and a write with a key that
/// is not constant counts for every key. Under <c>OrdinalIgnoreCase</c>, texts that differ only in case are one key. A
/// sorted dictionary (<c>SortedDictionary</c>, <c>SortedList</c>) without a comparer, and any dictionary given a
/// culture's comparer, compare text by the culture's rules, under which two different texts may be one key: its text
/// keys are told apart only when both are ASCII letters and digits (and, ignoring case, differ in more than case).
/// </summary>
internal sealed partial class CurrencyFlow
{
    private FactCache<KeyedElements>? _keyedElements;

    // what HeldValues found for a local (NotHeld for none), by symbol object
    private readonly IdentityCache<ILocalSymbol, object> _heldValues = new();

    // the same facts for one element of the values' tuples (bands["eu"].High), one cache per element
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, FactCache<KeyedElements>> _projectedKeyed = new(SymbolEqualityComparer.Default);

    // a fact asked for while it is being worked out (d[A] = d[B]) is unknown: the value of another key is not a self-reference
    private FactCache<KeyedElements> KeyedFacts => _keyedElements ??= Facts<KeyedElements>((symbol, token) => ComputeKeyed(symbol, token, null), KeyedElements.Unknown, KeyedElements.Unknown);

    /// <summary>The cache of a dictionary's values by key, or of one element of its tuple values by key.</summary>
    private FactCache<KeyedElements> KeyedFactsOf(ISymbol? projected) =>
        projected is null ? KeyedFacts
            : _projectedKeyed.TryGetValue(projected, out var facts) ? facts
            : _projectedKeyed.GetOrAdd(projected, Facts<KeyedElements>((symbol, token) => ComputeKeyed(symbol, token, projected), KeyedElements.Unknown, KeyedElements.Unknown));

    /// <summary>
    /// The currency of <c>dictionary[key]</c> (or of the value <c>TryGetValue(key, out v)</c> gives) when the key is a
    /// constant and the values written with it agree; else the currency of all the values (<paramref name="whole"/>).
    /// With <paramref name="projected"/> (an element of the values' tuples), the same for that element
    /// (<c>bands["eu"].High</c>).
    /// </summary>
    private string? KeyedValue(IOperation dictionary, IOperation key, string? whole, CancellationToken cancellationToken, ISymbol? projected = null)
    {
        if (whole is not null || !IsDictionary(dictionary.Type) || KeyOf(key) is not { } constant)
        {
            return whole;
        }

        dictionary = Unviewed(dictionary);
        var symbol = dictionary.SkipConversions() switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            ILocalReferenceOperation local => local.Local,
            IInvocationOperation invocation => invocation.TargetMethod.OriginalDefinition,
            _ => null,
        };

        if (symbol is null)
        {
            return whole;
        }

        var keyed = KeyedFactsOf(projected).Get(symbol, cancellationToken);
        if (keyed.Factories is not null)
        {
            // a cache a GetOrAdd factory that switches on its key fills: what it gives for this key
            return FactoryKeyed(keyed, symbol, constant, cancellationToken) ?? whole;
        }

        if (keyed.Selections is not null)
        {
            // a ToDictionary copy of records: what the elements whose members make this key give the value
            return SelectedKeyed(keyed, key, constant, cancellationToken) ?? whole;
        }

        return ReferenceEquals(keyed, KeyedElements.Unknown) || keyed.For(constant) is not { } elements ? whole : elements.Code;
    }

    /// <summary>Whether an operation is in a constructor (or a field or property initializer) of the type it is in.</summary>
    private static bool InConstructorOf(IOperation operation)
    {
        for (var node = operation.Syntax.Parent; node is not null; node = node.Parent)
        {
            if (node is ConstructorDeclarationSyntax or EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax })
            {
                return true;
            }

            if (node is TypeDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The statement a write is (<c>caps["Wuhan"] = yuan;</c>), as a statement of a block, when it writes the
    /// dictionary of this instance (not <c>other._caps</c>); else null.</summary>
    private static StatementSyntax? OwnStatement(IOperation reference, IOperation? write) =>
        reference is IFieldReferenceOperation { Instance: not (null or IInstanceReferenceOperation) } or IPropertyReferenceOperation { Instance: not (null or IInstanceReferenceOperation) }
            ? null
            : write?.Parent is IExpressionStatementOperation { Syntax: ExpressionStatementSyntax { Parent: BlockSyntax } statement } ? statement : null;

    /// <summary>Two currencies a dictionary (or its <c>Values</c>) surely holds under two constant keys
    /// (<see cref="KeyedElements.SurelyMixed"/>): <c>caps["Wuhan"] = yuan; caps["Austin"] = dollars;</c>.</summary>
    internal (string First, string Second)? KeyedMix(IOperation collection, CancellationToken cancellationToken)
    {
        var dictionary = collection.SkipConversions();
        if (dictionary is ILocalReferenceOperation held && HeldValues(held.Local, cancellationToken) is { } values)
        {
            // var values = caps.Values: a live view, read where the local is read
            dictionary = values;
        }

        if (dictionary is IPropertyReferenceOperation { Property.Name: "Values", Instance: { } owner } && IsDictionary(owner.Type))
        {
            dictionary = owner.SkipConversions();
        }

        if (dictionary is null || !IsDictionary(dictionary.Type))
        {
            return null;
        }

        ISymbol? symbol = Unviewed(dictionary).SkipConversions() switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        if (symbol is null)
        {
            return null;
        }

        // a local's dictionary is read where its run is: after both writes; a field's not in a constructor of its type,
        // which runs before any other method of the instance (a view's, as the dictionary it shows)
        var keyed = KeyedFacts.Get(symbol, cancellationToken);
        if (!keyed.OfLocal && InConstructorOf(collection))
        {
            return null;
        }

        return keyed.SurelyMixed(keyed.OfLocal ? collection.Syntax : null);
    }

    /// <summary>
    /// The <c>Values</c> of a dictionary a local is declared with (<c>var values = caps.Values;</c>) when that local is only
    /// read in its scope: a live view of the dictionary's values, which shows every write of it, made before or after
    /// the local; else null.
    /// </summary>
    private IOperation? HeldValues(ILocalSymbol local, CancellationToken cancellationToken)
    {
        var known = _heldValues.Get(local);
        if (known is null)
        {
            known = FindHeldValues(local, cancellationToken) ?? NotHeld;
            _heldValues.Set(local, known);
        }

        return known as IOperation;
    }

    private static readonly object NotHeld = new();

    private IOperation? FindHeldValues(ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || IdentifierScan.In(initializer, "Values", cancellationToken).Count == 0
            || ScopeOf(declarator) is not { } scope)
        {
            return null;
        }

        var model = _search.ModelOf(declarator.SyntaxTree);
        if (model.GetOperation(initializer, cancellationToken).SkipConversions() is not IPropertyReferenceOperation { Property.Name: "Values", Instance: { } owner } values
            || !IsDictionary(owner.Type))
        {
            return null;
        }

        foreach (var token in IdentifierScan.In(scope, local.Name, cancellationToken))
        {
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            var operation = model.GetOperation(identifier, cancellationToken);
            if (operation is null)
            {
                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                {
                    return null;
                }

                continue;
            }

            if (operation is ILocalReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Local, local) && !OnlyReads(read))
            {
                return null;
            }
        }

        return values;
    }

    /// <summary>Whether a reference to a local reads it: not a target of an assignment or a deconstruction, nor given by
    /// <c>ref</c> or <c>out</c>, nor taken by reference.</summary>
    private static bool OnlyReads(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target != reference,
        IArgumentOperation argument => argument.Parameter?.RefKind is not (RefKind.Ref or RefKind.Out),
        ITupleOperation or IDeclarationExpressionOperation or IAddressOfOperation or IIncrementOrDecrementOperation => false,
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } => false,
        IReturnOperation => reference.Local.ContainingSymbol is not IMethodSymbol { ReturnsByRef: true },
        _ => true,
    };

    /// <summary>The dictionary a read-only view made here shows (<c>new ReadOnlyDictionary&lt;K, V&gt;(d)</c>,
    /// <c>d.AsReadOnly()</c>, views of views), or the operation itself.</summary>
    private IOperation Unviewed(IOperation dictionary)
    {
        for (int i = 0; i < MaxViewHandOvers && ViewedDictionary(dictionary) is { } viewed; i++)
        {
            dictionary = viewed;
        }

        return dictionary;
    }

    /// <summary>
    /// The dictionary a read-only view is made over: <c>new ReadOnlyDictionary&lt;K, V&gt;(d)</c> or
    /// <c>CollectionExtensions.AsReadOnly(d)</c>, which keep <c>d</c> itself and so show every write of it, made before or
    /// after the view; else null.
    /// </summary>
    private IOperation? ViewedDictionary(IOperation? view)
    {
        switch (view.SkipConversions())
        {
            case IObjectCreationOperation { Type: INamedTypeSymbol { Name: "ReadOnlyDictionary", TypeArguments.Length: 2 } type, Arguments.Length: 1, Initializer: null } creation
                when CallSource.IsImmutable(type) && creation.Arguments[0].Parameter?.Name == "dictionary":
                return creation.Arguments[0].Value.SkipConversions();
            case IInvocationOperation { TargetMethod: { Name: "AsReadOnly", IsStatic: true } method, Arguments.Length: 1 } call
                when IsDictionary(call.Type) && SourceOf(method).Sequence == SequenceKind.PassThrough:
                return call.Arguments[0].Value.SkipConversions();
            default:
                return null;
        }
    }

    /// <summary>
    /// The currency of <c>dictionary.GetValueOrDefault(key)</c> without a default value: the values written with a
    /// constant key (<paramref name="whole"/> when they tell nothing more), unknown when none was (the call then gives
    /// <c>default</c>).
    /// </summary>
    private string? KeyedValueOrDefault(IInvocationOperation invocation, IOperation dictionary, string? whole, CancellationToken cancellationToken)
    {
        if (whole is not null || invocation.TargetMethod.Name != "GetValueOrDefault")
        {
            return whole;
        }

        IOperation? key = null;
        bool defaultGiven = false;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "key")
            {
                key = argument.Value;
            }
            else if (argument.Parameter?.Name == "defaultValue" && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                defaultGiven = true;
            }
        }

        string? code = key is null ? null : KeyedValue(dictionary, key, null, cancellationToken);
        return Currencies.IsNone(code) && !defaultGiven ? null : code;
    }

    /// <summary>The value of a constant key of a type whose default equality is the value's (an enum, text, an integer, a decimal), or null.</summary>
    private static object? KeyOf(IOperation key)
    {
        var constant = key.ConstantValue;
        return constant.HasValue && constant.Value is { } value && IsConstantKeyType(key.Type) ? value : TupleKey.Of(key, IsConstantKeyType);
    }

    private static bool IsConstantKeyType(ITypeSymbol? type) =>
        type is not null && (type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_String or SpecialType.System_Char or SpecialType.System_Boolean
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
            or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal
            || TupleKey.IsKeyType(type, IsConstantKeyType));

    private KeyedElements ComputeKeyed(ISymbol symbol, CancellationToken cancellationToken, ISymbol? projected)
    {
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IMethodSymbol method => method.ReturnType,
            _ => null,
        };

        if (type is not INamedTypeSymbol { Name: "Dictionary" or "IDictionary" or "IReadOnlyDictionary" or "ConcurrentDictionary" or "SortedDictionary" or "SortedList" or "ReadOnlyDictionary" or "FrozenDictionary", TypeArguments.Length: 2 } dictionary
            || !IsCollectionNamespace(dictionary.ContainingNamespace) || !IsConstantKeyType(dictionary.TypeArguments[0]) || !TracksElements(type, projected)
            || Declared(symbol) is not null || symbol.DeclaringSyntaxReferences.Length != 1 || !_search.IsOwn(symbol)
            || MayBeFilledMember(symbol, cancellationToken))
        {
            return KeyedElements.Unknown;
        }

        var syntax = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        var model = _search.ModelOf(syntax.SyntaxTree);
        ExpressionSyntax? initializer;
        List<(IOperation Reference, Elements Effect)> uses;
        switch (symbol)
        {
            case ILocalSymbol { IsRef: false } when syntax is VariableDeclaratorSyntax declarator && ScopeOf(declarator) is { } scope:
                initializer = declarator.Initializer?.Value;
                uses = Uses(symbol, scope, model, cancellationToken, projected, null);
                break;
            case IFieldSymbol { IsConst: false } when syntax is VariableDeclaratorSyntax declarator:
                initializer = declarator.Initializer?.Value;
                uses = Uses(symbol, cancellationToken, projected);
                break;
            case IPropertySymbol { IsVirtual: false, IsAbstract: false, IsOverride: false } property when !SeenThroughInterface(property, writes: false, cancellationToken) && !IsPartial(property)
                && syntax is PropertyDeclarationSyntax { AccessorList: { } accessors } declaration && AllAuto(accessors):
                initializer = declaration.Initializer?.Value;
                uses = Uses(symbol, cancellationToken, projected);
                break;
            case IPropertySymbol { IsVirtual: false, IsAbstract: false, IsOverride: false } computed when !IsPartial(computed) && syntax is PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                // => Caps.AsReadOnly(): each read makes a view of the same dictionary, with its keys
                return ViewedDictionary(model.GetOperation(arrow.Expression, cancellationToken)) is { } shown
                    ? ShownKeyed(shown, cancellationToken, projected)
                    : Fresh(ReturnedValues(syntax.SyntaxTree, arrow.Expression, cancellationToken), cancellationToken, projected);
            case IMethodSymbol method when CanFollowBody(method) && BodyOf(method, cancellationToken) is { } body:
                return Fresh(ReturnedValues(syntax.SyntaxTree, body, cancellationToken), cancellationToken, projected);
            default:
                return KeyedElements.Unknown;
        }

        var initial = initializer is null ? null : model.GetOperation(initializer, cancellationToken);
        if (ViewedDictionary(initial) is { } viewed)
        {
            // a view that is only read shows the dictionary's keys as they are when it is read
            foreach (var (_, effect) in uses)
            {
                if (!ReferenceEquals(effect, Elements.None))
                {
                    return KeyedElements.Unknown;
                }
            }

            return ShownKeyed(viewed, cancellationToken, projected);
        }

        var keyed = new KeyedElements { OfLocal = symbol is ILocalSymbol };
        if (initial is not null && !AddCreated(initial, keyed, cancellationToken, projected, fromDeclaration: true))
        {
            return KeyedElements.Unknown;
        }

        List<(IOperation Reference, IInvocationOperation Call, object Key, Elements Effect)>? tried = null;
        foreach (var (reference, effect) in uses)
        {
            if ((ReferenceEquals(effect, Elements.None) || ReferenceEquals(effect, Elements.Removal))
                && reference.Parent is not (ISimpleAssignmentOperation { IsRef: false } or ICoalesceAssignmentOperation))
            {
                // a read, or a removal: no value written (an empty dictionary assigned still brings its comparer) (after a removal, a key written may hold nothing)
                keyed.Removed |= ReferenceEquals(effect, Elements.Removal);
                continue;
            }

            switch (reference.Parent)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when indexer.Instance == reference
                    && indexer.Parent is ISimpleAssignmentOperation { IsRef: false } or ICoalesceAssignmentOperation
                    && KeyOf(indexer.Arguments[0].Value) is { } key:
                    // d[K] = v, d[K] ??= v
                    keyed.Add(key, effect, OwnStatement(reference, indexer.Parent));
                    break;
                case IInvocationOperation { TargetMethod.Name: "TryAdd", Arguments.Length: 2 } tryAdd when tryAdd.Instance == reference
                    && ArgumentNamed(tryAdd, "key") is { } given && KeyOf(given) is { } key:
                    // worked out once every other write is known: a key held already keeps its value
                    (tried ??= new()).Add((reference, tryAdd, key, effect));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add when add.Instance == reference
                    && ArgumentNamed(add, "key") is { } given && KeyOf(given) is { } key:
                    keyed.Add(key, effect, OwnStatement(reference, add));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } added when added.Instance == reference
                    && ArgumentNamed(added, "key") is not null && !effect.HasUnknown:
                    // d.TryAdd(key, v), d.Add(key, v) with a key that is not constant: a new key, or nothing; it replaces no value
                    keyed.AddAdded(effect);
                    break;
                case ISimpleAssignmentOperation { IsRef: false } assignment when assignment.Target == reference:
                    // a new dictionary replaces the old one: its keys count like the initializer's, and the old keys may be gone
                    keyed.Removed = true;
                    if (!AddCreated(assignment.Value, keyed, cancellationToken, projected))
                    {
                        return KeyedElements.Unknown;
                    }

                    break;
                case IInvocationOperation { TargetMethod.Name: "GetOrAdd" } getOrAdd when getOrAdd.Instance == reference && effect.HasUnknown && projected is null
                    && KeyedFactoryOf(getOrAdd) is { } factory:
                    // d.GetOrAdd(key, k => k switch { … }): under each key, what the factory gives for it
                    keyed.AddFactory(factory);
                    break;
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                    if (!AddCreated(coalesce.Value, keyed, cancellationToken, projected))
                    {
                        return KeyedElements.Unknown;
                    }

                    break;
                default:
                    if (effect.HasUnknown)
                    {
                        // an escape (an alias, a parameter that may write it): any key may hold anything
                        return KeyedElements.Unknown;
                    }

                    keyed.AddAny(effect);
                    break;
            }
        }

        if (tried is not null)
        {
            // in the order of the text: a TryAdd after another of the same key in one block finds it there
            tried.Sort((one, other) => one.Call.Syntax.SpanStart.CompareTo(other.Call.Syntax.SpanStart));
            foreach (var (reference, call, key, effect) in tried)
            {
                if (!keyed.SurelyHas(key, call.Syntax, OwnStatement(reference, call) is not null))
                {
                    keyed.Add(key, effect, OwnStatement(reference, call));
                }
            }
        }

        return keyed;
    }

    /// <summary>The keys of the dictionary a view shows (a field, property or local, or a view of one), or unknown.</summary>
    private KeyedElements ShownKeyed(IOperation viewed, CancellationToken cancellationToken, ISymbol? projected) =>
        Unviewed(viewed) switch
        {
            IFieldReferenceOperation field => KeyedFactsOf(projected).Get(field.Field, cancellationToken),
            IPropertyReferenceOperation { Property.IsIndexer: false } property => KeyedFactsOf(projected).Get(property.Property, cancellationToken),
            ILocalReferenceOperation local => KeyedFactsOf(projected).Get(local.Local, cancellationToken),
            _ => KeyedElements.Unknown,
        };

    /// <summary>
    /// What a dictionary's <c>TryAdd(key, value)</c> adds (<paramref name="added"/>: the value), which it does only when the
    /// key is not there yet: nothing when the key is constant and the dictionary surely holds it already
    /// (<see cref="KeyedElements.SurelyHas"/>); the value when every write of that key gives its one currency (the key,
    /// when there, holds a value of it); else the value perhaps added, as after a removal (not known to mix with the
    /// others).
    /// </summary>
    private Elements TryAdded(IInvocationOperation invocation, Elements added, ISymbol? projected, CancellationToken cancellationToken)
    {
        var receiver = invocation.Instance?.SkipConversions();
        ISymbol? symbol = receiver switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        if (added.HasUnknown)
        {
            return added;
        }

        if (symbol is null || ArgumentNamed(invocation, "key") is not { } key || KeyOf(key) is not { } constant)
        {
            return added.Join(Elements.Removal);
        }

        var keyed = KeyedFacts.Get(symbol, cancellationToken);
        if (ReferenceEquals(keyed, KeyedElements.Unknown))
        {
            return added.Join(Elements.Removal);
        }

        if (keyed.SurelyHas(constant, invocation.Syntax, OwnStatement(receiver!, invocation) is not null))
        {
            return Elements.None;
        }

        return projected is null && added.Code is { } code && !Currencies.IsNone(code) && keyed.For(constant)?.Code == code ? added : added.Join(Elements.Removal);
    }

    /// <summary>
    /// The keys of the dictionaries a method or an expression-bodied property returns when every return creates one
    /// (<c>=&gt; new() { [Desk.Tokyo] = … }</c>): each call or read gets a dictionary of its own, so no other code
    /// writes it first; unknown when any return gives anything else (a field, a local, a conditional).
    /// </summary>
    private KeyedElements Fresh(IEnumerable<IOperation?> returned, CancellationToken cancellationToken, ISymbol? projected)
    {
        var keyed = new KeyedElements();
        foreach (var value in returned)
        {
            if (value is null || !AddCreated(value, keyed, cancellationToken, projected))
            {
                return KeyedElements.Unknown;
            }
        }

        return keyed;
    }

    /// <summary><c>SortedDictionary</c>, <c>SortedList</c>: a dictionary whose default comparer of text is the culture's.</summary>
    private static bool IsSorted(INamedTypeSymbol type) => type.Name is "SortedDictionary" or "SortedList";

    /// <summary>
    /// How a comparer given to a dictionary compares keys: one of <c>StringComparer</c>'s six sets
    /// <paramref name="comparison"/>; the default one (<c>EqualityComparer&lt;T&gt;.Default</c>,
    /// <c>Comparer&lt;T&gt;.Default</c>, <c>null</c>: the dictionary's own default) leaves it; false for any other comparer.
    /// </summary>
    private static bool TryComparison(IOperation comparer, ref KeyComparison comparison)
    {
        switch (comparer.SkipConversions())
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation:
                return true;
            case IPropertyReferenceOperation { Instance: null, Property: { Name: "Default", ContainingType: { Name: "EqualityComparer" or "Comparer", TypeArguments.Length: 1 } holder } }
                when IsCollectionNamespace(holder.ContainingNamespace):
                return true;
            case IPropertyReferenceOperation { Instance: null, Property: { ContainingType: { Name: "StringComparer", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } named }:
                switch (named.Name)
                {
                    case "Ordinal":
                        comparison = KeyComparison.Exact;
                        return true;
                    case "OrdinalIgnoreCase":
                        comparison = KeyComparison.IgnoreCase;
                        return true;
                    case "InvariantCulture" or "CurrentCulture":
                        comparison = KeyComparison.Culture;
                        return true;
                    case "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase":
                        comparison = KeyComparison.Culture | KeyComparison.IgnoreCase;
                        return true;
                    default:
                        return false;
                }

            default:
                return false;
        }
    }

    /// <summary>
    /// The values of a dictionary created where it is assigned (<c>new() { [K] = v }</c>, <c>{ { K, v } }</c>, <c>null</c>,
    /// <c>[]</c>) added to <paramref name="keyed"/>, with how it compares its keys; false for any other value, and for a
    /// dictionary given another collection or a comparer other than the framework's.
    /// </summary>
    private bool AddCreated(IOperation? value, KeyedElements keyed, CancellationToken cancellationToken, ISymbol? projected, bool fromDeclaration = false)
    {
        value = value.SkipConversions();
        switch (value)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }:
            case IDefaultValueOperation:
                return true;
            case ICollectionExpressionOperation { Elements.IsEmpty: true } empty:
                // [] makes the member's own type, with its default comparer
                keyed.AddComparison(empty.Type is INamedTypeSymbol named && IsSorted(named) ? KeyComparison.Culture : KeyComparison.Exact);
                return true;
            case IObjectCreationOperation { Type: INamedTypeSymbol { Name: "Dictionary" or "ConcurrentDictionary" or "SortedDictionary" or "SortedList", TypeArguments.Length: 2 } type } creation
                when IsCollectionNamespace(type.ContainingNamespace):
                var comparison = IsSorted(type) ? KeyComparison.Culture : KeyComparison.Exact;
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Type.SpecialType == SpecialType.System_Int32)
                    {
                        // a capacity (or a concurrency level)
                        continue;
                    }

                    // another comparer could make two constant keys one entry; another collection adds unseen keys
                    if (argument.Parameter?.Name != "comparer" || !TryComparison(argument.Value, ref comparison))
                    {
                        return false;
                    }
                }

                keyed.AddComparison(comparison);

                if (creation.Initializer is null)
                {
                    return true;
                }

                foreach (var item in creation.Initializer.Initializers)
                {
                    IOperation key;
                    IOperation written;
                    switch (item)
                    {
                        case IInvocationOperation { Arguments.Length: 2 } add:
                            key = add.Arguments[0].Value;
                            written = add.Arguments[1].Value;
                            break;
                        case ISimpleAssignmentOperation { IsRef: false, Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                            key = indexer.Arguments[0].Value;
                            written = assignment.Value;
                            break;
                        default:
                            return false;
                    }

                    var elements = Elements.Of(ElementValue(written, 0, cancellationToken, projected));
                    if (KeyOf(key) is { } constant)
                    {
                        keyed.Add(constant, elements, creation.Syntax, creation.Syntax);
                        if (fromDeclaration)
                        {
                            keyed.AddInitial(constant);
                        }
                    }
                    else
                    {
                        keyed.AddAny(elements);
                    }
                }

                return true;
            default:
                // new Dictionary<string, Money> { … }.ToFrozenDictionary(StringComparer.Ordinal)
                return AddFrozenCopy(value, keyed, cancellationToken, projected, fromDeclaration) || AddSelectedCopy(value, keyed, projected);
        }
    }
}

/// <summary>How a dictionary compares its text keys; the flags of two dictionaries a member holds are joined.</summary>
[System.Flags]
internal enum KeyComparison
{
    /// <summary>Two different keys are two entries.</summary>
    Exact = 0,

    /// <summary>Texts that differ only in case are one entry.</summary>
    IgnoreCase = 1,

    /// <summary>Texts are compared by a culture's rules: two different texts may be one entry unless both are ASCII
    /// letters and digits.</summary>
    Culture = 2,
}

/// <summary>What a dictionary's writes put under each constant key, and under keys that are not constant.</summary>
internal sealed partial class KeyedElements
{
    /// <summary>Not known by key: the values as a whole tell.</summary>
    public static readonly KeyedElements Unknown = new();

    private readonly Dictionary<object, Elements> _byKey = new();
    private Elements _any = Elements.None;

    /// <summary>
    /// How the dictionary (every one the member may hold) compares text keys: a sorted one without a comparer, or one
    /// given a culture's comparer, compares them by the culture's rules.
    /// </summary>
    public KeyComparison Comparison { get; set; }

    // whether the dictionaries the member may hold compare keys in different ways (the joined Comparison then
    // overstates what some of them take as one key)
    private bool _comparisonsDiffer;
    private bool _compared;

    /// <summary>Adds how one dictionary the member may hold compares its text keys.</summary>
    public void AddComparison(KeyComparison comparison)
    {
        _comparisonsDiffer |= _compared && comparison != Comparison;
        _compared = true;
        Comparison |= comparison;
    }

    /// <summary>
    /// The values a read with <paramref name="key"/> may give: those written with it, and those written with a key that
    /// is not constant (or with a text that the dictionary's comparison may take for the same key); null when the key
    /// tells nothing.
    /// </summary>
    public Elements? For(object key) => _factories is null && _selections is null ? Written(key) : null;

    /// <summary>The values <see cref="For"/> gives, leaving out what the factories (<see cref="Factories"/>) make.</summary>
    public Elements? Written(object key)
    {
        if (Comparison == KeyComparison.Exact || key is not string text)
        {
            return _byKey.TryGetValue(key, out var elements) ? elements.Join(_any).Join(_added) : _any.Join(_added);
        }

        bool culture = (Comparison & KeyComparison.Culture) != 0;
        var sameText = (Comparison & KeyComparison.IgnoreCase) != 0 ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal;
        if (culture && !IsPlain(text))
        {
            return null;
        }

        var values = _any.Join(_added);
        foreach (var entry in _byKey)
        {
            if (entry.Key is string written && (string.Equals(written, text, sameText) || culture && !IsPlain(written)))
            {
                values = values.Join(entry.Value);
            }
        }

        return values;
    }

    public void Add(object key, Elements elements) => _byKey[key] = _byKey.TryGetValue(key, out var known) ? known.Join(elements) : elements;

    /// <summary>Adds a write of a key made by a statement of a block (null: it may not run with others).</summary>
    public void Add(object key, Elements elements, StatementSyntax? statement) => Add(key, elements, statement?.Parent, statement);

    /// <summary>Adds a write of a key, with the block or initializer it is made in and where (null: it may not run with
    /// others).</summary>
    public void Add(object key, Elements elements, SyntaxNode? together, SyntaxNode? at)
    {
        Add(key, elements);
        if (together is not null && at is not null)
        {
            if (!_together.TryGetValue(key, out var places))
            {
                _together[key] = places = new List<(SyntaxNode, SyntaxNode)>();
            }

            places.Add((together, at));
        }
    }

    /// <summary>For each key: the blocks whose statements write it (and those statements), and the initializers that do.</summary>
    private readonly Dictionary<object, List<(SyntaxNode Together, SyntaxNode At)>> _together = new();

    // the constant keys the initializer of the dictionary's declaration writes
    private HashSet<object>? _initial;

    /// <summary>Adds a key the initializer of the declaration writes: every dictionary the member holds has it from the start.</summary>
    public void AddInitial(object key) => (_initial ??= new HashSet<object>()).Add(key);

    /// <summary>
    /// Whether the dictionary surely holds a key when <paramref name="at"/> runs: nothing may remove a key, and the
    /// declaration's initializer writes it, or (for the dictionary of this instance, <paramref name="own"/>) a statement
    /// of the block <paramref name="at"/> is in writes it earlier, with no jump nor label between; a key written counts
    /// when the dictionary's comparison surely takes it for this one (<c>"Wuhan"</c> for <c>"wuhan"</c> ignoring case).
    /// </summary>
    public bool SurelyHas(object key, SyntaxNode at, bool own)
    {
        if (ReferenceEquals(this, Unknown) || Removed)
        {
            return false;
        }

        if (_initial is not null)
        {
            foreach (var initial in _initial)
            {
                if (SurelySame(initial, key))
                {
                    return true;
                }
            }
        }

        if (own)
        {
            foreach (var entry in _together)
            {
                if (!SurelySame(entry.Key, key))
                {
                    continue;
                }

                foreach (var (place, write) in entry.Value)
                {
                    if (place is BlockSyntax && Before(write, write, at))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether two keys are surely one key under the comparison of every dictionary the member may hold: equal
    /// keys, or texts that differ only in case under an ordinal comparison that ignores case (a culture's may not take
    /// them as one).</summary>
    private bool SurelySame(object first, object second)
    {
        if (Equals(first, second))
        {
            return true;
        }

        return first is string one && second is string other && Comparison == KeyComparison.IgnoreCase && !_comparisonsDiffer
            && string.Equals(one, other, System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether these are the keys of a local's dictionary, read where its run is (not a field's or property's).</summary>
    public bool OfLocal { get; set; }

    /// <summary>Whether a key written may have lost its value: a removal, or a new dictionary assigned.</summary>
    public bool Removed { get; set; }

    /// <summary>
    /// Two currencies the dictionary surely holds together: two keys that are surely different keys, each written only
    /// with values of one known currency, the currencies differ, and one block's statements (or one initializer) write
    /// both, when nothing may remove a key and no write has a key that is not constant (it may replace either); else null.
    /// </summary>
    public (string First, string Second)? SurelyMixed(SyntaxNode? readAfter)
    {
        if (ReferenceEquals(this, Unknown) || Removed || _any.First is not null || _any.HasUnknown)
        {
            return null;
        }

        var known = new List<(object Key, string Code)>();
        foreach (var entry in _byKey)
        {
            if (entry.Value.HasUnknown || entry.Value.Second is not null || entry.Value.First is not { } code)
            {
                continue;
            }

            foreach (var (key, other) in known)
            {
                if (other != code && SurelyDifferent(key, entry.Key) && WrittenTogether(key, entry.Key, readAfter))
                {
                    return (other, code);
                }
            }

            known.Add((entry.Key, code));
        }

        return null;
    }

    /// <summary>Whether two keys are written by statements of one block or in one initializer, so that a run writes both;
    /// for a local's dictionary (<paramref name="readAfter"/>), before the read, with no jump between the first write and
    /// the read (an early <c>return</c> or <c>continue</c> may read it with one key only).</summary>
    private bool WrittenTogether(object first, object second, SyntaxNode? readAfter)
    {
        if (!_together.TryGetValue(first, out var one) || !_together.TryGetValue(second, out var other))
        {
            return false;
        }

        foreach (var (place, at) in one)
        {
            foreach (var (otherPlace, otherAt) in other)
            {
                if (place == otherPlace && (readAfter is null || Before(at, otherAt, readAfter)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether two writes of one block both come before a read in the text, with no jump statement between the
    /// first of them and the read, nor a label (where a <c>goto</c> from before the writes may land).</summary>
    private static bool Before(SyntaxNode one, SyntaxNode other, SyntaxNode read)
    {
        int start = System.Math.Min(one.SpanStart, other.SpanStart);
        if (one.Span.End > read.SpanStart || other.Span.End > read.SpanStart || one.Parent is not { } block)
        {
            return false;
        }

        // the read in a later statement of the writes' own block, not in a lambda or local function (which may run before
        // them) nor in a catch (which may run when the second write's statement throws)
        for (var node = read.Parent; node != block; node = node.Parent)
        {
            if (node is null or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or CatchClauseSyntax)
            {
                return false;
            }
        }

        foreach (var jump in block.DescendantNodes())
        {
            if (jump is LabeledStatementSyntax && jump.SpanStart > start && jump.SpanStart < read.SpanStart)
            {
                // a goto may land between the first write and the read, past the write
                return false;
            }

            if (jump is ReturnStatementSyntax or ContinueStatementSyntax or BreakStatementSyntax or ThrowStatementSyntax or GotoStatementSyntax or YieldStatementSyntax
                && jump.SpanStart > start && jump.SpanStart < read.SpanStart && !jump.Span.Contains(read.Span))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two keys are different keys under the dictionary's comparison.</summary>
    private bool SurelyDifferent(object first, object second)
    {
        if (first is not string one || second is not string other)
        {
            return !Equals(first, second);
        }

        bool ignoreCase = (Comparison & KeyComparison.IgnoreCase) != 0;
        bool culture = (Comparison & KeyComparison.Culture) != 0;
        return !string.Equals(one, other, ignoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal)
            && (!culture || IsPlain(one) && IsPlain(other));
    }

    public void AddAny(Elements elements) => _any = _any.Join(elements);

    // the switches of GetOrAdd factories that make the values by key (r => r switch { "cn" => …, … })
    private List<Microsoft.CodeAnalysis.Operations.ISwitchExpressionOperation>? _factories;

    /// <summary>The switches of the <c>GetOrAdd</c> factories that make values by key, or null: with them, a read by a
    /// constant key is known only through <see cref="CurrencyFlow"/>'s evaluation of each factory (<see cref="For"/> gives null).</summary>
    public IReadOnlyList<Microsoft.CodeAnalysis.Operations.ISwitchExpressionOperation>? Factories => _factories;

    /// <summary>Adds a <c>GetOrAdd</c> factory that switches on its key.</summary>
    public void AddFactory(Microsoft.CodeAnalysis.Operations.ISwitchExpressionOperation factory) => (_factories ??= new()).Add(factory);

    // the values added with a key that is not constant (TryAdd, Add): under a new key, never in place of another
    private Elements _added = Elements.None;

    /// <summary>Adds values a <c>TryAdd</c> or <c>Add</c> with a key that is not constant puts under a key not held yet:
    /// a read may give them, yet they replace no value of another key.</summary>
    public void AddAdded(Elements elements) => _added = _added.Join(elements);

    /// <summary>ASCII letters and digits only: two such texts that differ are two keys under any culture's comparison
    /// (a sorted dictionary compares text by the culture's rules, under which <c>"caf\u00E9"</c> and <c>"cafe\u0301"</c> are one key).</summary>
    internal static bool IsPlain(string text)
    {
        foreach (char c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
