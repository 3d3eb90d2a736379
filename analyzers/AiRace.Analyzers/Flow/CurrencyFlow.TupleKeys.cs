using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRace.Analyzers;

/// <summary>
/// A constant key of a dictionary whose keys are tuples (<c>Dictionary&lt;(string Region, int Year), Money&gt;</c>):
/// a tuple literal every element of which is a constant of a type whose default equality is the value's
/// (<c>("cn", 2024)</c>), its texts of ASCII letters and digits only (a sorted dictionary compares them by the culture's
/// rules, which may take two other texts for one). Two are one key when their elements are equal one by one, as <c>ValueTuple</c>'s default
/// equality takes them (text ordinally; numbers by value, whatever their type before the tuple's conversion).
/// </summary>
internal sealed class TupleKey : IEquatable<TupleKey>
{
    private readonly object[] _parts;
    private readonly int _hash;

    private TupleKey(object[] parts)
    {
        _parts = parts;
        int hash = parts.Length;
        foreach (var part in parts)
        {
            hash = unchecked((hash * 31) + part.GetHashCode());
        }

        _hash = hash;
    }

    /// <summary>The key a tuple literal of constants stands for, or null.</summary>
    public static TupleKey? Of(IOperation key, Func<ITypeSymbol?, bool> isConstantKeyType)
    {
        if (key.SkipConversions() is not ITupleOperation tuple || tuple.Elements.Length < 2 || tuple.Elements.Length > 7)
        {
            return null;
        }

        var parts = new object[tuple.Elements.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var element = tuple.Elements[i];
            var constant = element.ConstantValue;
            if (!constant.HasValue || constant.Value is not { } value || !isConstantKeyType(element.Type) || element.Type is INamedTypeSymbol { IsTupleType: true }
                || value is string text && !KeyedElements.IsPlain(text))
            {
                return null;
            }

            parts[i] = Normal(value);
        }

        return new TupleKey(parts);
    }

    /// <summary>A tuple type of two to seven elements, each of a type <paramref name="isConstantKeyType"/> accepts (not a tuple).</summary>
    public static bool IsKeyType(ITypeSymbol? type, Func<ITypeSymbol?, bool> isConstantKeyType)
    {
        if (type is not INamedTypeSymbol { IsTupleType: true } tuple || tuple.TupleElements.Length is < 2 or > 7)
        {
            return false;
        }

        foreach (var element in tuple.TupleElements)
        {
            if (element.Type is INamedTypeSymbol { IsTupleType: true } || !isConstantKeyType(element.Type))
            {
                return false;
            }
        }

        return true;
    }

    // integers of any width (and decimals) as decimals: 2024 and 2024L are one key once converted to the tuple's type
    private static object Normal(object value) => value switch
    {
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    public bool Equals(TupleKey? other)
    {
        if (other is null || other._parts.Length != _parts.Length || other._hash != _hash)
        {
            return false;
        }

        for (int i = 0; i < _parts.Length; i++)
        {
            if (!Equals(_parts[i], other._parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is TupleKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
