using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>The AiRace.Core and BCL types the rules look for, found by metadata name (never by assembly reference).</summary>
internal sealed class KnownTypes
{
    internal const string CoreNamespace = "AiRace.Core";

    /// <summary>The name of the library's assembly.</summary>
    internal const string CoreAssemblyName = "AiRace.Core";

    /// <summary>The metadata names the rules find the library's types by (a test resolves each in the real assembly).</summary>
    internal const string MoneyName = "AiRace.Core.Money";
    internal const string CurrencyName = "AiRace.Core.Currency";
    internal const string ShareName = "AiRace.Core.Share";
    internal const string PercentagePointsName = "AiRace.Core.PercentagePoints";
    internal const string MoneyEnumerableName = "AiRace.Core.MoneyEnumerable";
    internal const string ConversionName = "AiRace.Core.Conversion";
    internal const string CurrencyAttributeName = "AiRace.Core.CurrencyAttribute";

    /// <summary>One set per compilation, shared by every rule (weakly keyed: it lives exactly as long as the compilation).</summary>
    private static readonly ConditionalWeakTable<Compilation, KnownTypes> PerCompilation = new();

    private readonly Compilation _compilation;
    private Found? _found;
    private FoundLinq? _linq;

    private KnownTypes(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// <c>AiRace.Core.Money</c>. Like every type here it is looked up on first use, not when the compilation starts:
    /// by the time an operation is analysed the compiler has bound the references and loaded the namespaces the code
    /// uses, so the look-up costs next to nothing, whereas at compilation start the first look-up does that binding.
    /// </summary>
    public INamedTypeSymbol? Money => Types.Money;

    /// <summary><c>AiRace.Core.Currency</c>.</summary>
    public INamedTypeSymbol? Currency => Types.Currency;

    /// <summary><c>AiRace.Core.Share</c>.</summary>
    public INamedTypeSymbol? Share => Types.Share;

    /// <summary><c>AiRace.Core.PercentagePoints</c>.</summary>
    public INamedTypeSymbol? PercentagePoints => Types.PercentagePoints;

    /// <summary><c>AiRace.Core.MoneyEnumerable</c>.</summary>
    public INamedTypeSymbol? MoneyEnumerable => Types.MoneyEnumerable;

    /// <summary><c>AiRace.Core.Conversion</c>.</summary>
    public INamedTypeSymbol? Conversion => Types.Conversion;

    /// <summary><c>AiRace.Core.CurrencyAttribute</c>.</summary>
    public INamedTypeSymbol? CurrencyAttribute => Types.CurrencyAttribute;

    /// <summary><c>System.Math</c>.</summary>
    public INamedTypeSymbol? Math => Types.Math;

    /// <summary><c>System.MidpointRounding</c>.</summary>
    public INamedTypeSymbol? MidpointRounding => Types.MidpointRounding;

    /// <summary><c>System.DateOnly</c>.</summary>
    public INamedTypeSymbol? DateOnly => Types.DateOnly;

    /// <summary><c>System.DateTimeOffset</c>.</summary>
    public INamedTypeSymbol? DateTimeOffset => Types.DateTimeOffset;

    /// <summary><c>System.TimeProvider</c>.</summary>
    public INamedTypeSymbol? TimeProvider => Types.TimeProvider;

    /// <summary>Whether the compilation can see the library: Money, or else an <c>AiRace.Core</c> namespace.</summary>
    public bool HasLibrary => Types.HasLibrary;

    /// <summary><c>System.Linq.Enumerable</c>, looked up apart from the others (only one rule needs it, and it is searched for in every reference).</summary>
    public INamedTypeSymbol? Enumerable => Linq.Enumerable;

    /// <summary><c>System.Linq.Queryable</c>.</summary>
    public INamedTypeSymbol? Queryable => Linq.Queryable;

    /// <summary>The types, found by the first caller (concurrent first callers may both look; one result is kept).</summary>
    private Found Types => Volatile.Read(ref _found) ?? Publish(ref _found, new Found(_compilation));

    private FoundLinq Linq => Volatile.Read(ref _linq) ?? Publish(ref _linq, new FoundLinq(_compilation));

    private static T Publish<T>(ref T? field, T found)
        where T : class =>
        Interlocked.CompareExchange(ref field, found, null) ?? found;

    /// <summary>The compilation's known types, found once and shared by all the rules.</summary>
    public static KnownTypes Create(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new KnownTypes(c));

    /// <summary>The types of one compilation, looked up together.</summary>
    private sealed class Found
    {
        public Found(Compilation compilation)
        {
            // Money is looked for where it can be (this compilation, or a reference named AiRace.Core) before every
            // reference is searched; its siblings are then looked up in its own assembly only
            Money = FindMoney(compilation);
            var core = Money?.ContainingAssembly;
            Currency = core?.GetTypeByMetadataName(CurrencyName);
            Share = core?.GetTypeByMetadataName(ShareName);
            PercentagePoints = core?.GetTypeByMetadataName(PercentagePointsName);
            MoneyEnumerable = core?.GetTypeByMetadataName(MoneyEnumerableName);
            Conversion = core?.GetTypeByMetadataName(ConversionName);
            CurrencyAttribute = core?.GetTypeByMetadataName(CurrencyAttributeName);
            HasLibrary = Money is not null || HasCoreNamespace(compilation);

            // the BCL types live in the core library (System.Runtime for reference assemblies)
            var corelib = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
            Math = Bcl(compilation, corelib, "System.Math");
            MidpointRounding = Bcl(compilation, corelib, "System.MidpointRounding");
            DateOnly = Bcl(compilation, corelib, "System.DateOnly");
            DateTimeOffset = Bcl(compilation, corelib, "System.DateTimeOffset");
            TimeProvider = Bcl(compilation, corelib, "System.TimeProvider");
        }

        public INamedTypeSymbol? Money { get; }
        public INamedTypeSymbol? Currency { get; }
        public INamedTypeSymbol? Share { get; }
        public INamedTypeSymbol? PercentagePoints { get; }
        public INamedTypeSymbol? MoneyEnumerable { get; }
        public INamedTypeSymbol? Conversion { get; }
        public INamedTypeSymbol? CurrencyAttribute { get; }
        public INamedTypeSymbol? Math { get; }
        public INamedTypeSymbol? MidpointRounding { get; }
        public INamedTypeSymbol? DateOnly { get; }
        public INamedTypeSymbol? DateTimeOffset { get; }
        public INamedTypeSymbol? TimeProvider { get; }
        public bool HasLibrary { get; }
    }

    /// <summary>The LINQ types of one compilation.</summary>
    private sealed class FoundLinq
    {
        public FoundLinq(Compilation compilation)
        {
            Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            Queryable = compilation.GetTypeByMetadataName("System.Linq.Queryable");
        }

        public INamedTypeSymbol? Enumerable { get; }
        public INamedTypeSymbol? Queryable { get; }
    }

    private static INamedTypeSymbol? FindMoney(Compilation compilation)
    {
        const string name = MoneyName;
        if (compilation.Assembly.GetTypeByMetadataName(name) is { } own)
        {
            return own;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == CoreAssemblyName)
            {
                return assembly.GetTypeByMetadataName(name) ?? compilation.GetTypeByMetadataName(name);
            }
        }

        return compilation.GetTypeByMetadataName(name);
    }

    private static INamedTypeSymbol? Bcl(Compilation compilation, IAssemblySymbol corelib, string name) =>
        corelib.GetTypeByMetadataName(name) ?? compilation.GetTypeByMetadataName(name);

    [MethodImpl(Hot.Path)]
    public bool IsMoney(ITypeSymbol? type) => Money is { } money && IsOrWraps(type, money);

    [MethodImpl(Hot.Path)]
    public bool IsCurrency(ITypeSymbol? type) => Currency is { } currency && IsOrWraps(type, currency);

    /// <summary>Whether an operation or one below it is a <c>Currency</c> value (<c>p.Currency</c>, <c>Currency.CNY</c>,
    /// <c>m.Budget.Currency.Code</c> reads one): code that may tell currencies apart.</summary>
    /// <param name="root">The operation, such as a lambda's body.</param>
    public bool MentionsCurrency(IOperation root)
    {
        if (Currency is null)
        {
            return false;
        }

        if (IsCurrency(root.Type))
        {
            return true;
        }

        // the operations below, in any order, on a stack this thread reuses (nothing called here asks again)
        var pending = t_pending ??= new Stack<IOperation>();
        pending.Clear();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var child in pending.Pop().ChildOperations)
            {
                if (IsCurrency(child.Type))
                {
                    pending.Clear();
                    return true;
                }

                pending.Push(child);
            }
        }

        return false;
    }

    [System.ThreadStatic]
    private static Stack<IOperation>? t_pending;

    [MethodImpl(Hot.Path)]
    public bool IsShare(ITypeSymbol? type) => Share is { } share && IsOrWraps(type, share);

    [MethodImpl(Hot.Path)]
    public bool IsConversion(ITypeSymbol? type) => Conversion is { } conversion && IsOrWraps(type, conversion);

    /// <summary>Whether values of the type carry a currency the flow follows: Money, Currency (or nullable ones).</summary>
    [MethodImpl(Hot.Path)]
    public bool CarriesCurrency(ITypeSymbol? type) => IsMoney(type) || IsCurrency(type);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && IsDefinitionOf(type, known);

    /// <summary>
    /// Whether <paramref name="type"/> is <paramref name="known"/> or a construction of it. Called for nearly every
    /// operation, so the answer comes from reference comparisons (the compiler hands out one symbol object per type
    /// definition) after a name comparison, before any symbol comparison is made.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public static bool IsDefinitionOf(ITypeSymbol? type, INamedTypeSymbol known) =>
        type is not null && (ReferenceEquals(type, known) || (type.Name == known.Name && IsSameDefinition(type, known)));

    /// <summary><see cref="IsDefinitionOf"/> for <paramref name="known"/> or <c>Nullable</c> of it, reading the type's name once.</summary>
    [MethodImpl(Hot.Path)]
    private static bool IsOrWraps(ITypeSymbol? type, INamedTypeSymbol known)
    {
        if (type is null)
        {
            return false;
        }

        if (ReferenceEquals(type, known))
        {
            return true;
        }

        string name = type.Name;
        if (name == "Nullable")
        {
            type = Unwrap(type);
            if (ReferenceEquals(type, known))
            {
                return true;
            }

            name = type.Name;
        }

        return name == known.Name && IsSameDefinition(type, known);
    }

    [MethodImpl(Hot.Path)]
    private static bool IsSameDefinition(ITypeSymbol type, INamedTypeSymbol known)
    {
        // a type's symbol object differs from the definition's when it carries a nullable annotation or type arguments
        var definition = type.OriginalDefinition;
        return ReferenceEquals(definition, known) || SymbolEqualityComparer.Default.Equals(definition, known);
    }

    /// <summary>The type under <c>Nullable&lt;T&gt;</c>, or the type itself.</summary>
    [MethodImpl(Hot.Path)]
    public static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type.Name == "Nullable" && type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            ? nullable.TypeArguments[0]
            : type;

    /// <summary>Whether code belongs to the given type or a type nested in it (a type's own implementation is exempt).</summary>
    [MethodImpl(Hot.Path)]
    public static bool IsInside(ISymbol? containingSymbol, INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        for (var current = containingSymbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a symbol is declared in <c>AiRace.Core</c> or a namespace below it.</summary>
    [MethodImpl(Hot.Path)]
    public static bool IsInCoreNamespace(ISymbol? symbol)
    {
        // walks the namespace chain without allocating: some namespace on it must be the global AiRace.Core
        for (var ns = symbol?.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Core" && ns.ContainingNamespace is { Name: "AiRace" } parent && parent.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the compilation can see an <c>AiRace.Core</c> namespace at all (in source or a reference).</summary>
    private static bool HasCoreNamespace(Compilation compilation)
    {
        foreach (var top in compilation.GlobalNamespace.GetNamespaceMembers())
        {
            if (top.Name != "AiRace")
            {
                continue;
            }

            foreach (var inner in top.GetNamespaceMembers())
            {
                if (inner.Name == "Core")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
