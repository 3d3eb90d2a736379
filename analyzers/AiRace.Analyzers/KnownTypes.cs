using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>The AiRace.Core and BCL types the rules look for, found by metadata name (never by assembly reference).</summary>
internal sealed class KnownTypes
{
    internal const string CoreNamespace = "AiRace.Core";

    private KnownTypes(Compilation compilation)
    {
        Money = compilation.GetTypeByMetadataName("AiRace.Core.Money");
        Currency = compilation.GetTypeByMetadataName("AiRace.Core.Currency");
        Share = compilation.GetTypeByMetadataName("AiRace.Core.Share");
        PercentagePoints = compilation.GetTypeByMetadataName("AiRace.Core.PercentagePoints");
        MoneyEnumerable = compilation.GetTypeByMetadataName("AiRace.Core.MoneyEnumerable");
        Magnitude = compilation.GetTypeByMetadataName("AiRace.Core.Magnitude");
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        Queryable = compilation.GetTypeByMetadataName("System.Linq.Queryable");
        Math = compilation.GetTypeByMetadataName("System.Math");
        MidpointRounding = compilation.GetTypeByMetadataName("System.MidpointRounding");
        DateOnly = compilation.GetTypeByMetadataName("System.DateOnly");
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        TimeProvider = compilation.GetTypeByMetadataName("System.TimeProvider");
        Convert = compilation.GetTypeByMetadataName("System.Convert");
    }

    public INamedTypeSymbol? Money { get; }
    public INamedTypeSymbol? Currency { get; }
    public INamedTypeSymbol? Share { get; }
    public INamedTypeSymbol? PercentagePoints { get; }
    public INamedTypeSymbol? MoneyEnumerable { get; }
    public INamedTypeSymbol? Magnitude { get; }
    public INamedTypeSymbol? Enumerable { get; }
    public INamedTypeSymbol? Queryable { get; }
    public INamedTypeSymbol? Math { get; }
    public INamedTypeSymbol? MidpointRounding { get; }
    public INamedTypeSymbol? DateOnly { get; }
    public INamedTypeSymbol? DateTimeOffset { get; }
    public INamedTypeSymbol? TimeProvider { get; }
    public INamedTypeSymbol? Convert { get; }

    public static KnownTypes Create(Compilation compilation) => new(compilation);

    public bool IsMoney(ITypeSymbol? type) => Money is not null && type is not null && SymbolEqualityComparer.Default.Equals(Unwrap(type), Money);

    public bool IsCurrency(ITypeSymbol? type) => Currency is not null && type is not null && SymbolEqualityComparer.Default.Equals(Unwrap(type), Currency);

    public bool IsShare(ITypeSymbol? type) => Share is not null && type is not null && SymbolEqualityComparer.Default.Equals(Unwrap(type), Share);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

    /// <summary>The type under <c>Nullable&lt;T&gt;</c>, or the type itself.</summary>
    public static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            ? nullable.TypeArguments[0]
            : type;

    /// <summary>Whether code belongs to the given type or a type nested in it (a type's own implementation is exempt).</summary>
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
