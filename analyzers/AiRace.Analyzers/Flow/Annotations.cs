using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRace.Analyzers;

/// <summary>
/// Reads <c>[Currency("CNY")]</c> (<c>AiRace.Core.CurrencyAttribute</c>): the currency a field, property, parameter,
/// return value or collection (its elements) is declared to hold. The analyzers trust it where the value is read and
/// check it where the value is written.
/// </summary>
internal static class Annotations
{
    // A record's positional property and its parameter, found once per symbol (weakly keyed: kept as long as the symbols).
    private static readonly ConditionalWeakTable<IPropertySymbol, StrongBox<IParameterSymbol?>> PositionalParameters = new();
    private static readonly ConditionalWeakTable<IParameterSymbol, StrongBox<IPropertySymbol?>> PositionalProperties = new();

    /// <summary>
    /// The active code a symbol is declared with: on a field, property or parameter; for a method, on its return value;
    /// for a record's positional property, also on its parameter, and for that parameter, also on its property. A member
    /// of the code that states none has the code of the member it overrides or the interface member it implements (for a
    /// parameter: that member's parameter), as nullable annotations pass on. Null when there is none (or it names no
    /// active code).
    /// </summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="types">The compilation's known types.</param>
    /// <param name="inherited">
    /// The compilation's answers of the look-up of inherited annotations, by symbol (with a stand-in for none): that
    /// look-up walks a member's overridden and implemented members, and a member is asked about at every use.
    /// </param>
    public static string? Declared(ISymbol symbol, KnownTypes types, ConcurrentDictionary<ISymbol, string> inherited)
    {
        if (types.CurrencyAttribute is not { } attribute)
        {
            return null;
        }

        string? own = Own(symbol, attribute, 0);
        return own is not null || !MayInherit(symbol) ? own : InheritedOnce(symbol, attribute, inherited);
    }

    /// <summary>
    /// The code a symbol inherits from the member it overrides or implements, ignoring its own attributes: for a symbol of
    /// a compilation none of whose source files applies the attribute (see <see cref="Declared(ISymbol, KnownTypes, ConcurrentDictionary{ISymbol, string})"/>
    /// for the rest).
    /// </summary>
    public static string? Inherited(ISymbol symbol, KnownTypes types, ConcurrentDictionary<ISymbol, string> inherited) =>
        types.CurrencyAttribute is { } attribute && MayInherit(symbol) ? InheritedOnce(symbol, attribute, inherited) : null;

    private static string? InheritedOnce(ISymbol symbol, INamedTypeSymbol attribute, ConcurrentDictionary<ISymbol, string> inherited)
    {
        if (!inherited.TryGetValue(symbol, out string? found))
        {
            found = inherited.GetOrAdd(symbol, Inherited(symbol, attribute, 0) ?? None);
        }

        return ReferenceEquals(found, None) ? null : found;
    }

    /// <summary>The stand-in for "no annotation" in the cache of inherited look-ups.</summary>
    private static readonly string None = new('-', 1);

    private static string? Declared(ISymbol symbol, INamedTypeSymbol attribute, int depth) =>
        Own(symbol, attribute, depth) ?? (depth > 8 || !MayInherit(symbol) ? null : Inherited(symbol, attribute, depth));

    /// <summary>The code a symbol's own attribute states (for a record's positional property and parameter, either's).</summary>
    private static string? Own(ISymbol symbol, INamedTypeSymbol attribute, int depth) =>
        symbol switch
        {
            IMethodSymbol method => CodeOf(method.GetReturnTypeAttributes(), attribute),
            IPropertySymbol property => CodeOf(property.GetAttributes(), attribute)
                ?? (PositionalParameter(property) is { } parameter ? CodeOf(parameter.GetAttributes(), attribute) : null),
            IParameterSymbol parameter => CodeOf(parameter.GetAttributes(), attribute)
                ?? (PositionalProperty(parameter) is { } property && depth <= 8 ? Declared(property, attribute, depth + 1) : null),
            IFieldSymbol => CodeOf(symbol.GetAttributes(), attribute),
            _ => null,
        };

    /// <summary>The code of the member a source member overrides or implements (for a parameter: that member's parameter).</summary>
    private static string? Inherited(ISymbol symbol, INamedTypeSymbol attribute, int depth)
    {
        if (symbol.Locations is not { IsEmpty: false } locations || !locations[0].IsInSource)
        {
            return null;
        }

        if (symbol is IParameterSymbol inherited)
        {
            // a parameter of an indexer's accessor is the indexer's parameter of the same position
            ISymbol owner = inherited.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } indexer } ? indexer : inherited.ContainingSymbol;
            foreach (var basis in Bases(owner))
            {
                var parameters = basis switch
                {
                    IMethodSymbol baseMethod => baseMethod.Parameters,
                    IPropertySymbol baseIndexer => baseIndexer.Parameters,
                    _ => default,
                };
                if (!parameters.IsDefault && inherited.Ordinal < parameters.Length && Declared(parameters[inherited.Ordinal], attribute, depth + 1) is { } code)
                {
                    return code;
                }
            }

            return null;
        }

        foreach (var basis in Bases(symbol))
        {
            if (Declared(basis, attribute, depth + 1) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a symbol can have a member it inherits an annotation from (<see cref="Bases"/> may find one): an override,
    /// an explicit implementation, or a public member of a class or struct; for a parameter, its method is one.
    /// </summary>
    private static bool MayInherit(ISymbol symbol)
    {
        if (symbol is IParameterSymbol { ContainingSymbol: var function })
        {
            symbol = function is IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } indexer } ? indexer : function;
        }

        return symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.ExplicitInterfaceImplementation } => true,
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method => method.IsOverride || MayImplement(method),
            IPropertySymbol property => property.IsOverride || MayImplement(property)
                || property.DeclaredAccessibility != Accessibility.Public && !property.ExplicitInterfaceImplementations.IsEmpty,
            _ => false,
        };

        static bool MayImplement(ISymbol member) =>
            member.DeclaredAccessibility == Accessibility.Public && member.ContainingType is { TypeKind: not TypeKind.Interface };
    }

    /// <summary>The member a method or property overrides, and the interface members it implements.</summary>
    private static IEnumerable<ISymbol> Bases(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method:
                if (method.OverriddenMethod is { } overridden)
                {
                    yield return overridden;
                }

                foreach (var implemented in method.ExplicitInterfaceImplementations)
                {
                    yield return implemented;
                }

                break;
            case IPropertySymbol property:
                if (property.OverriddenProperty is { } overriddenProperty)
                {
                    yield return overriddenProperty;
                }

                foreach (var implemented in property.ExplicitInterfaceImplementations)
                {
                    yield return implemented;
                }

                break;
            default:
                yield break;
        }

        // implicit implementations: a public member that implements an interface member of its type (an instance member,
        // or a static one a static abstract member asks for)
        if (symbol.DeclaredAccessibility != Accessibility.Public || symbol.ContainingType is not { TypeKind: not TypeKind.Interface } type)
        {
            yield break;
        }

        foreach (var face in type.AllInterfaces)
        {
            foreach (var member in face.GetMembers(symbol.Name))
            {
                if (member.Kind == symbol.Kind && member.IsStatic == symbol.IsStatic && Implements(type.FindImplementationForInterfaceMember(member), symbol))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>Whether the implementation found for an interface member is this member (for a partial method, either part).</summary>
    private static bool Implements(ISymbol? implementation, ISymbol member) =>
        SymbolEqualityComparer.Default.Equals(implementation, member)
        || member is IMethodSymbol { PartialDefinitionPart: { } definition } && SymbolEqualityComparer.Default.Equals(implementation, definition);

    /// <summary>The positional property a record's primary-constructor parameter makes, or null.</summary>
    private static IPropertySymbol? PositionalProperty(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } && InSource(parameter)
            ? PositionalProperties.GetValue(parameter, static p => new StrongBox<IPropertySymbol?>(FindPositionalProperty(p))).Value
            : null;

    private static IPropertySymbol? FindPositionalProperty(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { ContainingType: { IsRecord: true } record }
            || parameter.DeclaringSyntaxReferences.Length != 1 || parameter.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax { Parent.Parent: TypeDeclarationSyntax })
        {
            return null;
        }

        foreach (var member in record.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property && PositionalParameter(property) is { } made && SymbolEqualityComparer.Default.Equals(made, parameter))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Whether a method's return value is annotated.</summary>
    public static bool HasReturnAnnotation(IMethodSymbol method, KnownTypes types) =>
        types.CurrencyAttribute is { } attribute && CodeOf(method.GetReturnTypeAttributes(), attribute) is not null;

    /// <summary>The primary-constructor parameter a record's positional property is made from, or null.</summary>
    public static IParameterSymbol? PositionalParameter(IPropertySymbol property) =>
        InSource(property) ? PositionalParameters.GetValue(property, static p => new StrongBox<IParameterSymbol?>(FindPositionalParameter(p))).Value : null;

    private static IParameterSymbol? FindPositionalParameter(IPropertySymbol property)
    {
        if (property.ContainingType is not { IsRecord: true } record || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax)
        {
            return null;
        }

        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && parameter.DeclaringSyntaxReferences.Length == 1
                    && parameter.DeclaringSyntaxReferences[0].Span == property.DeclaringSyntaxReferences[0].Span)
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a symbol is declared in one place of source code (a metadata symbol never is).</summary>
    private static bool InSource(ISymbol symbol) => symbol.Locations is { Length: 1 } locations && locations[0].IsInSource;

    private static string? CodeOf(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, INamedTypeSymbol currencyAttribute)
    {
        foreach (var data in attributes)
        {
            if (KnownTypes.Is(data.AttributeClass, currencyAttribute) && data.ConstructorArguments.Length == 1
                && data.ConstructorArguments[0].Value is string code && CurrencyCodes.IsActive(code))
            {
                return code;
            }
        }

        return null;
    }
}
