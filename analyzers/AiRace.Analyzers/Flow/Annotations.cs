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
    /// for a record's positional property, also on its parameter. Null when there is none (or it names no active code).
    /// </summary>
    public static string? Declared(ISymbol symbol, KnownTypes types)
    {
        if (types.CurrencyAttribute is not { } attribute)
        {
            return null;
        }

        switch (symbol)
        {
            case IMethodSymbol method:
                return CodeOf(method.GetReturnTypeAttributes(), attribute);
            case IPropertySymbol property:
                return CodeOf(property.GetAttributes(), attribute) ?? (PositionalParameter(property) is { } parameter ? CodeOf(parameter.GetAttributes(), attribute) : null);
            case IFieldSymbol or IParameterSymbol:
                return CodeOf(symbol.GetAttributes(), attribute);
            default:
                return null;
        }
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
