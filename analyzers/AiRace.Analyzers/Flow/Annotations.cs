using System.Collections.Generic;
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
    /// <summary>
    /// The active code a symbol is declared with: on a field, property or parameter; for a method, on its return value;
    /// for a record's positional property, also on its parameter, and for that parameter, also on its property. A member
    /// of the code that states none has the code of the member it overrides or the interface member it implements (for a
    /// parameter: that member's parameter), as nullable annotations pass on. Null when there is none (or it names no
    /// active code).
    /// </summary>
    public static string? Declared(ISymbol symbol, KnownTypes types) =>
        types.CurrencyAttribute is { } attribute ? Declared(symbol, attribute, 0) : null;

    private static string? Declared(ISymbol symbol, INamedTypeSymbol attribute, int depth)
    {
        string? own = symbol switch
        {
            IMethodSymbol method => CodeOf(method.GetReturnTypeAttributes(), attribute),
            IPropertySymbol property => CodeOf(property.GetAttributes(), attribute)
                ?? (PositionalParameter(property) is { } parameter ? CodeOf(parameter.GetAttributes(), attribute) : null),
            IParameterSymbol parameter => CodeOf(parameter.GetAttributes(), attribute)
                ?? (PositionalProperty(parameter) is { } property && depth <= 8 ? Declared(property, attribute, depth + 1) : null),
            IFieldSymbol => CodeOf(symbol.GetAttributes(), attribute),
            _ => null,
        };
        if (own is not null || depth > 8 || symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            return own;
        }

        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol function } inherited)
        {
            foreach (var basis in Bases(function))
            {
                if (basis is IMethodSymbol baseMethod && inherited.Ordinal < baseMethod.Parameters.Length
                    && Declared(baseMethod.Parameters[inherited.Ordinal], attribute, depth + 1) is { } code)
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
                if (member.Kind == symbol.Kind && member.IsStatic == symbol.IsStatic && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>The positional property a record's primary-constructor parameter makes, or null.</summary>
    private static IPropertySymbol? PositionalProperty(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { IsRecord: true } record }
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
    public static IParameterSymbol? PositionalParameter(IPropertySymbol property)
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
