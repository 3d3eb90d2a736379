using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>The AiRace.Core and BCL types the rules look for, found by metadata name (never by assembly reference).</summary>
internal sealed class KnownTypes
{
    internal const string CoreNamespace = "AiRace.Core";

    /// <summary>One set per compilation, shared by every rule (weakly keyed: it lives exactly as long as the compilation).</summary>
    private static readonly ConditionalWeakTable<Compilation, KnownTypes> PerCompilation = new();

    private readonly Compilation _compilation;
    private readonly object _linqGate = new();
    private INamedTypeSymbol? _enumerable;
    private INamedTypeSymbol? _queryable;
    private int _linqResolved;

    private KnownTypes(Compilation compilation)
    {
        _compilation = compilation;

        // Money is looked for where it can be (this compilation, or a reference named AiRace.Core) before every
        // reference is searched; its siblings are then looked up in its own assembly only
        Money = FindMoney(compilation);
        var core = Money?.ContainingAssembly;
        Currency = core?.GetTypeByMetadataName("AiRace.Core.Currency");
        Share = core?.GetTypeByMetadataName("AiRace.Core.Share");
        PercentagePoints = core?.GetTypeByMetadataName("AiRace.Core.PercentagePoints");
        MoneyEnumerable = core?.GetTypeByMetadataName("AiRace.Core.MoneyEnumerable");

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
    public INamedTypeSymbol? Math { get; }
    public INamedTypeSymbol? MidpointRounding { get; }
    public INamedTypeSymbol? DateOnly { get; }
    public INamedTypeSymbol? DateTimeOffset { get; }
    public INamedTypeSymbol? TimeProvider { get; }

    /// <summary><c>System.Linq.Enumerable</c>, looked up on first use (only one rule needs it).</summary>
    public INamedTypeSymbol? Enumerable
    {
        get
        {
            ResolveLinq();
            return _enumerable;
        }
    }

    /// <summary><c>System.Linq.Queryable</c>, looked up on first use.</summary>
    public INamedTypeSymbol? Queryable
    {
        get
        {
            ResolveLinq();
            return _queryable;
        }
    }

    /// <summary>The compilation's known types, found once and shared by all the rules.</summary>
    public static KnownTypes Create(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new KnownTypes(c));

    private static INamedTypeSymbol? FindMoney(Compilation compilation)
    {
        const string name = "AiRace.Core.Money";
        if (compilation.Assembly.GetTypeByMetadataName(name) is { } own)
        {
            return own;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Identity.Name == "AiRace.Core")
            {
                return assembly.GetTypeByMetadataName(name) ?? compilation.GetTypeByMetadataName(name);
            }
        }

        return compilation.GetTypeByMetadataName(name);
    }

    private static INamedTypeSymbol? Bcl(Compilation compilation, IAssemblySymbol corelib, string name) =>
        corelib.GetTypeByMetadataName(name) ?? compilation.GetTypeByMetadataName(name);

    private void ResolveLinq()
    {
        if (Volatile.Read(ref _linqResolved) != 0)
        {
            return;
        }

        lock (_linqGate)
        {
            if (_linqResolved == 0)
            {
                _enumerable = _compilation.GetTypeByMetadataName("System.Linq.Enumerable");
                _queryable = _compilation.GetTypeByMetadataName("System.Linq.Queryable");
                Volatile.Write(ref _linqResolved, 1);
            }
        }
    }

    [MethodImpl(Hot.Path)]
    public bool IsMoney(ITypeSymbol? type) => Money is not null && type is not null && IsDefinitionOf(Unwrap(type), Money);

    public bool IsCurrency(ITypeSymbol? type) => Currency is not null && type is not null && IsDefinitionOf(Unwrap(type), Currency);

    public bool IsShare(ITypeSymbol? type) => Share is not null && type is not null && IsDefinitionOf(Unwrap(type), Share);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && IsDefinitionOf(type, known);

    /// <summary>
    /// Whether <paramref name="type"/> is <paramref name="known"/> or a construction of it. Called for nearly every
    /// operation, so the answer comes from a reference comparison (the compiler hands out one symbol object per type)
    /// or a name comparison before any symbol comparison is made.
    /// </summary>
    public static bool IsDefinitionOf(ITypeSymbol? type, INamedTypeSymbol known)
    {
        if (type is null)
        {
            return false;
        }

        if (ReferenceEquals(type, known))
        {
            return true;
        }

        return type.Name == known.Name && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);
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
    public static bool HasCoreNamespace(Compilation compilation)
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
