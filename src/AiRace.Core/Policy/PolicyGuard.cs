using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.CompilerServices;
using AiRace.Core.Text;

namespace AiRace.Core.Policy;

/// <summary>Argument checks shared by the policy types.</summary>
internal static class PolicyGuard
{
    public static string Id(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!IsValidId(value))
        {
            throw new ArgumentException($"{name} must be an id of letters, digits, '.', '_' or '-' starting with a letter or digit; it was {(value is null ? "null" : "\"" + HiddenCharacters.ShownInput(value) + "\"")}.", name);
        }

        return value!;
    }

    public static bool IsValidId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100 || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static string Text(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or blank.", name);
        }

        return value;
    }

    public static string? OptionalText(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must be null or non-blank.", name);
        }

        return value;
    }

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        Guard.NotNull(values, name);
        if (values is SingleItemList<T> one)
        {
            return one;
        }

        if (values is IReadOnlyList<T> { Count: <= 1 } few)
        {
            if (few.Count == 0)
            {
                return ReadOnlyCollection<T>.Empty;
            }

            T item = few[0];
            return item is null ? throw new ArgumentException($"{name}[0] is null.", name) : new SingleItemList<T>(item);
        }

        T[] array = values.ToArray();
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] is null.", name);
            }
        }

        return array.Length == 1 ? new SingleItemList<T>(array[0]) : Array.AsReadOnly(array);
    }

    /// <summary>A fact's inferences: none, or each about a different field, and each about one of
    /// <paramref name="fields"/> (the fact's properties in the dataset format that an inference may name, as the
    /// loader requires) or a path below one.</summary>
    public static IReadOnlyList<Inference> Inferences(IEnumerable<Inference>? values, string fact, string[] fields, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        IReadOnlyList<Inference> list = values is null ? Array.Empty<Inference>() : List(values, name);
        for (int i = 0; i < list.Count; i++)
        {
            if (Array.IndexOf(fields, list[i].Property) < 0)
            {
                throw new ArgumentException($"{name}[{i}] is about \"{list[i].Field}\", which is not a field of {fact} ({string.Join(", ", fields)}) nor a path below one.", name);
            }
        }

        for (int i = 1; i < list.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (list[i].Field == list[j].Field)
                {
                    throw new ArgumentException($"The field \"{list[i].Field}\" has two inferences; give one with both reasons.", name);
                }
            }
        }

        return list;
    }

    public static IReadOnlyList<SourceReference> Sources(IEnumerable<SourceReference>? values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        IReadOnlyList<SourceReference> list = List(values, name);
        if (list.Count == 0)
        {
            throw new ArgumentException($"{name} must name at least one source: every fact needs one.", name);
        }

        return list;
    }
}
