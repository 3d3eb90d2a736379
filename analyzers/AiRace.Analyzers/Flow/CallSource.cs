using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>Where the currency of a call's result comes from, decided by the called method alone.</summary>
internal enum CallSourceKind
{
    /// <summary>The result's currency is never known from the call.</summary>
    None,

    /// <summary><c>Currency.FromCode</c>/<c>Parse</c>: the constant text of the first argument.</summary>
    FirstArgumentCode,

    /// <summary>An instance method of Money returning Money, or a task's <c>ConfigureAwait</c>/<c>WaitAsync</c>: the receiver's currency.</summary>
    Receiver,

    /// <summary>A currency-specific factory (<c>Money.Cny(…)</c>): the code is the method's name.</summary>
    Fixed,

    /// <summary><c>Money.Min</c>/<c>Max</c>: whichever argument's currency is known (the call throws unless they agree).</summary>
    MinMax,

    /// <summary>
    /// A static Money method or constructor, or the currency-stating sum: the argument for a Currency parameter or a
    /// currency-code text parameter.
    /// </summary>
    Arguments,

    /// <summary>An element of the source collection: <c>First</c>, <c>Single</c>, <c>ElementAt</c>, <c>Min</c>, <c>Max</c>, <c>GetValueOrDefault</c>, <c>Pop</c>…</summary>
    Element,

    /// <summary>A method of the compilation (or one annotated <c>[return: Currency]</c>): what it returns.</summary>
    Method,

    /// <summary>LINQ's <c>Min</c>/<c>Max</c> with a selector: what the selector returns.</summary>
    Selected,

    /// <summary><c>Money.Parse</c>: the code that starts its constant text (<c>"CNY 5000"</c>).</summary>
    ParsedText,

    /// <summary><c>Task.FromResult</c>, <c>ValueTask.FromResult</c>: its argument (when money), which an <c>await</c> gives back.</summary>
    Wrapped,

    /// <summary><c>Nullable&lt;Money&gt;.GetValueOrDefault</c>: the receiver's currency, joined with the default value's when one is given.</summary>
    ReceiverOrDefault,

    /// <summary><c>KeyValuePair.Create(key, value)</c>: the value's currency, when it is money.</summary>
    PairValue,
}

/// <summary>What a method does to a sequence of elements, for the collections the flow follows.</summary>
internal enum SequenceKind
{
    /// <summary>Nothing the flow follows.</summary>
    None,

    /// <summary>LINQ that keeps (some of) the source's elements: <c>Where</c>, <c>OrderBy</c>, <c>Take</c>, <c>ToList</c>…</summary>
    PassThrough,

    /// <summary><c>Concat</c>, <c>Union</c>: both sources' elements.</summary>
    Combine,

    /// <summary><c>Append</c>, <c>Prepend</c>: the source's elements and one more.</summary>
    AddOne,

    /// <summary><c>Select</c>: what the selector returns.</summary>
    Select,

    /// <summary><c>ToDictionary</c> with a key and a value selector: what the value selector returns.</summary>
    ToDictionarySelect,

    /// <summary>A copy of some of a collection's own elements: <c>GetRange</c>, <c>FindAll</c>, <c>ToArray</c>.</summary>
    CopyOfInstance,

    /// <summary><c>Enumerable.Repeat</c>: its first argument, as every element.</summary>
    Repeat,

    /// <summary>
    /// <c>ImmutableArray.Create(a, b)</c>, <c>ImmutableList.CreateRange(xs)</c>, the other immutable collections' factories:
    /// the elements given, one by one or as a collection.
    /// </summary>
    Created,

    /// <summary>
    /// An instance method of an immutable collection that returns a changed copy (<c>caps.Add(m)</c>, <c>caps.Remove(m)</c>,
    /// <c>caps.SetItem(k, m)</c>): the collection's elements with those it adds.
    /// </summary>
    NewVersion,
}

/// <summary>
/// What <see cref="CurrencyFlow"/> needs to know about a called method, worked out once per method for the
/// compilation instead of reading the method's containing type, return type, parameters and name at every call.
/// </summary>
internal sealed class CallSource
{
    /// <summary>A method whose calls never have a known currency.</summary>
    public static readonly CallSource None = new(CallSourceKind.None);

    private static readonly CallSource ElementSource = new(CallSourceKind.Element) { BindsElements = true };
    private static readonly CallSource MethodSource = new(CallSourceKind.Method);
    private static readonly CallSource SelectedSource = new(CallSourceKind.Selected) { BindsElements = true };
    private static readonly CallSource ParsedTextSource = new(CallSourceKind.ParsedText);
    private static readonly CallSource WrappedSource = new(CallSourceKind.Wrapped);
    private static readonly CallSource PairValueSource = new(CallSourceKind.PairValue);
    private static readonly CallSource ReceiverSource = new(CallSourceKind.Receiver);
    private static readonly CallSource ReceiverOrDefaultSource = new(CallSourceKind.ReceiverOrDefault);
    private static readonly CallSource LinqSource = new(CallSourceKind.None) { BindsElements = true };
    private static readonly CallSource ElementMethodSource = new(CallSourceKind.None) { BindsInstanceElements = true };

    private CallSource(CallSourceKind kind, string? code = null, int currencyParameters = 0, IParameterSymbol? currencyParameter = null, bool parameterIsCode = false)
    {
        Kind = kind;
        Code = code;
        CurrencyParameters = currencyParameters;
        CurrencyParameter = currencyParameter;
        CurrencyOrdinal = currencyParameter?.Ordinal ?? -1;
        ParameterIsCode = parameterIsCode;
    }

    /// <summary>Where the currency comes from.</summary>
    public CallSourceKind Kind { get; }

    /// <summary>The code of a <see cref="CallSourceKind.Fixed"/> factory.</summary>
    public string? Code { get; }

    /// <summary>How many parameters give a currency (a Currency, or text whose name says it is a currency code).</summary>
    public int CurrencyParameters { get; }

    /// <summary>The parameter that gives the currency when it is the only one, else null.</summary>
    public IParameterSymbol? CurrencyParameter { get; }

    /// <summary>The ordinal of <see cref="CurrencyParameter"/> (read once here rather than from the symbol at every call).</summary>
    public int CurrencyOrdinal { get; }

    /// <summary>Whether <see cref="CurrencyParameter"/> is currency-code text rather than a Currency.</summary>
    public bool ParameterIsCode { get; }

    /// <summary>What the method does to a sequence (LINQ, collection copies).</summary>
    public SequenceKind Sequence { get; private set; }

    /// <summary>A LINQ or currency-stating-sum extension: its lambdas' first parameter stands for an element of the source (the first argument).</summary>
    public bool BindsElements { get; private set; }

    /// <summary>A collection's own method whose lambdas take its elements (<c>ForEach</c>, <c>Sort</c>, <c>Find</c>…).</summary>
    public bool BindsInstanceElements { get; private set; }

    /// <summary>Whether a parameter gives the currency: a Currency (false), currency-code text (true), or neither (null).</summary>
    public static bool? GivesCurrency(IParameterSymbol parameter, KnownTypes types) =>
        types.IsCurrency(parameter.Type) ? false
            : parameter.Type.SpecialType == SpecialType.System_String && parameter.NamesCurrency() ? true
            : null;

    /// <summary>Works out the source for a method (a definition: what is decided here does not depend on type arguments).</summary>
    public static CallSource Of(IMethodSymbol method, KnownTypes types)
    {
        bool constructor = method.MethodKind == MethodKind.Constructor;
        if (method.IsOn(types.Currency) && method.IsStatic && types.IsCurrency(method.ReturnType) && method.Name is "FromCode" or "Parse")
        {
            return new CallSource(CallSourceKind.FirstArgumentCode);
        }

        if (method.IsOn(types.MoneyEnumerable) && method.Name == "Sum")
        {
            var sum = CurrencyArguments(method, types, CallSourceKind.Arguments);
            return new CallSource(sum.Kind, null, sum.CurrencyParameters, sum.CurrencyParameter, sum.ParameterIsCode) { BindsElements = true };
        }

        if (method.IsOn(types.Money))
        {
            return OfMoney(method, types, constructor);
        }

        if (IsElementMethod(method))
        {
            return ElementSource;
        }

        if (method is { Name: "FromResult", IsStatic: true, Parameters.Length: 1 } && IsTasks(method.ContainingType))
        {
            return WrappedSource;
        }

        if (method is { Name: "Create", IsStatic: true, Parameters.Length: 2 } && method.ContainingType is { Name: "KeyValuePair", Arity: 0 } pairs && IsCollectionsGeneric(pairs))
        {
            return PairValueSource;
        }

        if (method is { Name: "ConfigureAwait" or "WaitAsync", IsStatic: false } && IsTasks(method.ContainingType))
        {
            // await LoadAsync().ConfigureAwait(false): awaited, the same task's result
            return ReceiverSource;
        }

        if (method is { Name: "GetValueOrDefault", IsStatic: false } && method.ContainingType?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return ReceiverOrDefaultSource;
        }

        if (IsLinq(method.ContainingType) && method.Name is "Min" or "Max" && method.Parameters.Length == 2 && method.ReturnType.TypeKind == TypeKind.TypeParameter)
        {
            return SelectedSource;
        }

        if (ImmutableSequenceOf(method) is var immutable and not SequenceKind.None)
        {
            // a factory or conversion of the immutable and frozen collections, a read-only wrapper, a changed copy, a
            // builder made or read
            return new CallSource(CallSourceKind.None)
            {
                BindsElements = immutable is SequenceKind.PassThrough or SequenceKind.ToDictionarySelect,
                BindsInstanceElements = immutable is SequenceKind.CopyOfInstance,
                Sequence = immutable,
            };
        }

        if (IsLinq(method.ContainingType))
        {
            var sequence = SequenceOf(method.Name);
            return sequence == SequenceKind.None ? LinqSource : new CallSource(CallSourceKind.None) { BindsElements = true, Sequence = sequence };
        }

        if (!method.IsStatic && IsCollectionsGeneric(method.ContainingType))
        {
            switch (method.Name)
            {
                case "GetRange" or "FindAll" or "ToArray" or "Slice" or "AsReadOnly":
                    return new CallSource(CallSourceKind.None) { BindsInstanceElements = true, Sequence = SequenceKind.CopyOfInstance };
                case "ForEach" or "Sort" or "Find" or "FindLast" or "FindIndex" or "Exists" or "TrueForAll" or "RemoveAll" or "ConvertAll":
                    return ElementMethodSource;
            }
        }

        if (!constructor && (types.CarriesCurrency(method.ReturnType) || IsTaskOfMoney(method.ReturnType, types)
                || method.ReturnType is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method })
            && (!method.DeclaringSyntaxReferences.IsEmpty || Annotations.HasReturnAnnotation(method, types)))
        {
            return MethodSource;
        }

        return None;
    }

    private static CallSource OfMoney(IMethodSymbol method, KnownTypes types, bool constructor)
    {
        if (!(constructor || types.IsMoney(method.ReturnType)))
        {
            return None;
        }

        if (!constructor && !method.IsStatic)
        {
            return ReceiverSource;
        }

        if (!constructor && method.Name == "Parse" && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String)
        {
            return ParsedTextSource;
        }

        if (!constructor && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Decimal)
        {
            // Money.Cny(…), Money.Usd(…): the factory's name is the code
            string upper = method.Name.ToUpperInvariant();
            return CurrencyFlow.IsCodeShaped(upper) && CurrencyCodes.IsActive(upper) ? new CallSource(CallSourceKind.Fixed, upper) : None;
        }

        var kind = !constructor && method.Name is "Min" or "Max" ? CallSourceKind.MinMax : CallSourceKind.Arguments;
        return CurrencyArguments(method, types, kind);
    }

    private static CallSource CurrencyArguments(IMethodSymbol method, KnownTypes types, CallSourceKind kind)
    {
        IParameterSymbol? only = null;
        bool onlyIsCode = false;
        int count = 0;
        foreach (var parameter in method.Parameters)
        {
            if (GivesCurrency(parameter, types) is { } isCode)
            {
                count++;
                only = parameter;
                onlyIsCode = isCode;
            }
        }

        return count == 0 && kind == CallSourceKind.Arguments
            ? None
            : new CallSource(kind, null, count, count == 1 ? only : null, count == 1 && onlyIsCode);
    }

    /// <summary>
    /// A method of LINQ or of a BCL collection that returns one of the source's elements (<c>First</c>, <c>Single</c>,
    /// <c>Min</c> and <c>Max</c> without a selector, <c>GetValueOrDefault</c>, <c>Pop</c>, <c>Dequeue</c>, a list's or
    /// <c>Array.Find</c>…).
    /// </summary>
    private static bool IsElementMethod(IMethodSymbol method)
    {
        switch (method.Name)
        {
            case "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault" or "ElementAt" or "ElementAtOrDefault"
                or "Min" or "Max" or "MinBy" or "MaxBy":
                // over a sequence, or over a builder (ImmutableArrayExtensions.First(builder)), whose element type is its
                // outer type's
                return method.IsStatic && method.ReturnType.TypeKind == TypeKind.TypeParameter && IsLinq(method.ContainingType)
                    && method.Parameters.Length > 0
                    && BuiltOrSelf(method.Parameters[0].Type) is INamedTypeSymbol { TypeArguments.Length: 1 } source
                    && SymbolEqualityComparer.Default.Equals(source.TypeArguments[0], method.ReturnType);
            case "GetValueOrDefault":
                return method.ContainingType is { Name: "CollectionExtensions" } && method.ReturnType.TypeKind == TypeKind.TypeParameter;
            case "GetOrAdd":
                // a concurrent dictionary's value for the key: one it holds, or the one given, which counts as written
                return !method.IsStatic && method.ReturnType.TypeKind == TypeKind.TypeParameter && method.ContainingType is { Name: "ConcurrentDictionary" } dictionary
                    && dictionary.ContainingNamespace is { Name: "Concurrent" } concurrent && concurrent.ContainingNamespace is { Name: "Collections" } collections
                    && collections.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace;
            case "Pop" or "Peek" or "Dequeue" or "Find" or "FindLast":
                // a stack's or queue's top, a list's match; an immutable stack's or queue's Peek, an immutable list's Find;
                // Array.Find(caps, …), an array's match
                return method.ReturnType.TypeKind == TypeKind.TypeParameter
                    && (!method.IsStatic && (IsCollectionsGeneric(method.ContainingType) || IsImmutable(method.ContainingType))
                        || method.IsStatic && method.Name is "Find" or "FindLast" && method.ContainingType.SpecialType == SpecialType.System_Array);
            default:
                return false;
        }
    }

    private static SequenceKind SequenceOf(string name) => name switch
    {
        "Where" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Order" or "OrderDescending" or "Take" or "Skip"
            or "TakeWhile" or "SkipWhile" or "TakeLast" or "SkipLast" or "Distinct" or "DistinctBy" or "Reverse" or "ToList" or "ToArray"
            or "ToHashSet" or "AsEnumerable" or "AsQueryable" or "DefaultIfEmpty" or "Except" or "ExceptBy" or "Intersect" or "IntersectBy" => SequenceKind.PassThrough,
        "Concat" or "Union" or "UnionBy" => SequenceKind.Combine,
        "Append" or "Prepend" => SequenceKind.AddOne,
        "Select" => SequenceKind.Select,
        "ToDictionary" => SequenceKind.ToDictionarySelect,
        "Repeat" => SequenceKind.Repeat,
        _ => SequenceKind.None,
    };

    /// <summary>
    /// What a method of the immutable, frozen or read-only collections does with elements: the factories of
    /// System.Collections.Immutable (<c>Create</c>, <c>CreateRange</c>), the conversions to immutable and frozen
    /// collections (<c>ToImmutableArray</c>, <c>ToFrozenDictionary</c>…), <c>AsReadOnly</c>, and an immutable collection's
    /// own methods that return a changed copy.
    /// </summary>
    private static SequenceKind ImmutableSequenceOf(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return SequenceKind.None;
        }

        if (!method.IsStatic)
        {
            if (method.Name == "ToBuilder" && IsImmutable(type) && IsBuilder(method.ReturnType as INamedTypeSymbol)
                || method.Name is "ToImmutable" or "MoveToImmutable" or "DrainToImmutable" or "ToImmutableArray" or "ToArray" && IsBuilder(type))
            {
                // a builder made from a collection holds its elements; the collection a builder makes holds the builder's
                return SequenceKind.CopyOfInstance;
            }

            return IsImmutable(type) && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, type.OriginalDefinition)
                ? SequenceKind.NewVersion
                : SequenceKind.None;
        }

        if (method.Name == "AsReadOnly" && method.Parameters.Length == 1
            && (type.SpecialType == SpecialType.System_Array || type.Name == "CollectionExtensions" && IsCollectionsGeneric(type)))
        {
            // Array.AsReadOnly(caps), dictionary.AsReadOnly(): a read-only view of the same elements
            return SequenceKind.PassThrough;
        }

        if (!type.IsStatic || !method.DeclaringSyntaxReferences.IsEmpty || !IsImmutableNamespace(type.ContainingNamespace)
            || !HasBuilder(type.Name) && type.Name is not ("ImmutableQueue" or "ImmutableStack" or "FrozenSet" or "FrozenDictionary"))
        {
            return SequenceKind.None;
        }

        return method.Name switch
        {
            "Create" or "CreateRange" or "CreateBuilder" => SequenceKind.Created,
            "ToImmutableArray" or "ToImmutableList" or "ToImmutableHashSet" or "ToImmutableSortedSet" or "ToFrozenSet" => SequenceKind.PassThrough,
            "ToImmutableDictionary" or "ToImmutableSortedDictionary" or "ToFrozenDictionary" => SequenceKind.ToDictionarySelect,
            _ => SequenceKind.None,
        };
    }

    /// <summary>
    /// A collection whose own members never change it: the generic collections of System.Collections.Immutable and
    /// System.Collections.Frozen (not their nested builders), and the read-only wrappers of System.Collections.ObjectModel.
    /// </summary>
    internal static bool IsImmutable(INamedTypeSymbol? type) =>
        type is { IsGenericType: true, ContainingType: null } && IsImmutableNamespace(type.ContainingNamespace)
        || type is { Name: "ReadOnlyCollection" or "ReadOnlyDictionary" or "ReadOnlySet", IsGenericType: true }
            && type.ContainingNamespace is { Name: "ObjectModel" } objectModel && IsSystemCollections(objectModel.ContainingNamespace);

    /// <summary>System.Collections.Immutable or System.Collections.Frozen.</summary>
    private static bool IsImmutableNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Immutable" or "Frozen" } && IsSystemCollections(ns.ContainingNamespace);

    private static bool IsSystemCollections(INamespaceSymbol? ns) =>
        ns is { Name: "Collections" } && ns.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace;

    /// <summary>The builder of an immutable array, list, set or dictionary (<c>ImmutableArray&lt;T&gt;.Builder</c>…): a
    /// mutable collection, written by <c>Add</c>, <c>AddRange</c>, <c>Insert</c> and its indexer as a list is.</summary>
    internal static bool IsBuilder(INamedTypeSymbol? type) =>
        type is { Name: "Builder", ContainingType: { } outer } && IsImmutable(outer) && HasBuilder(outer.Name);

    /// <summary>The collection a builder builds (<c>ImmutableArray&lt;Money&gt;</c> for its builder), or the type itself.</summary>
    internal static ITypeSymbol? BuiltOrSelf(ITypeSymbol? type) =>
        IsBuilder(type as INamedTypeSymbol) ? type!.ContainingType : type;

    /// <summary>The immutable collections (and their static classes of factories) that have a nested builder.</summary>
    private static bool HasBuilder(string name) =>
        name is "ImmutableArray" or "ImmutableList" or "ImmutableHashSet" or "ImmutableSortedSet" or "ImmutableDictionary" or "ImmutableSortedDictionary";

    internal static bool IsLinq(INamedTypeSymbol? type) =>
        type is { Name: "Enumerable" or "Queryable" or "ImmutableArrayExtensions" } && type.ContainingNamespace is { Name: "Linq" } linq && linq.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace;

    internal static bool IsCollectionsGeneric(INamedTypeSymbol? type) =>
        type?.ContainingNamespace is { Name: "Generic" } generic && generic.ContainingNamespace is { Name: "Collections" } collections
        && collections.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace;

    /// <summary>System.Collections.Generic's <c>KeyValuePair&lt;TKey, Money&gt;</c>.</summary>
    internal static bool IsPairOfMoney(ITypeSymbol? type, KnownTypes types) =>
        type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair && types.IsMoney(pair.TypeArguments[1]) && IsCollectionsGeneric(pair);

    /// <summary>System.Threading.Tasks' <c>Task</c> or <c>ValueTask</c> (generic or not).</summary>
    internal static bool IsTasks(INamedTypeSymbol? type) =>
        type is { Name: "Task" or "ValueTask" } && type.ContainingNamespace is { Name: "Tasks" } tasks && tasks.ContainingNamespace is { Name: "Threading" } threading
        && threading.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace;

    private static bool IsTaskOfMoney(ITypeSymbol type, KnownTypes types) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task && types.IsMoney(task.TypeArguments[0]);
}
