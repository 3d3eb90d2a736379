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
    public static string Id(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) => Id(value, default, name);

    /// <summary>As <see cref="Id(string?, string?)"/>, the message naming the fact (<c>metricId of the target "t"
    /// must be …</c>).</summary>
    public static string Id(string? value, PolicyFact fact, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!IsValidId(value))
        {
            string found = value is null ? "null" : "\"" + HiddenCharacters.ShownInput(value) + "\"" + (value.Length > MaxIdLength ? FormattableString.Invariant($", {value.Length} characters long") : string.Empty);
            throw new ArgumentException($"{Of(name, fact)} must be an id of {IdRule}; it was {found}.", name);
        }

        return value!;
    }

    /// <summary>The longest id.</summary>
    public const int MaxIdLength = 100;

    /// <summary>What an id is, as the messages say it.</summary>
    public const string IdRule = "letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters";

    public static bool IsValidId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxIdLength || !char.IsAsciiLetterOrDigit(value[0]))
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

    public static string Text(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) => Text(value, default, name);

    public static string Text(string? value, PolicyFact fact, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{Of(name, fact)} must not be empty or blank.", name);
        }

        return value;
    }

    public static string? OptionalText(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) => OptionalText(value, default, name);

    public static string? OptionalText(string? value, PolicyFact fact, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{Of(name, fact)} must be null or non-blank.", name);
        }

        return value;
    }

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? values, [CallerArgumentExpression(nameof(values))] string? name = null) => List(values, default, name);

    public static IReadOnlyList<T> List<T>(IEnumerable<T>? values, PolicyFact fact, [CallerArgumentExpression(nameof(values))] string? name = null)
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
            return item is null ? throw new ArgumentException($"{Of(name + "[0]", fact)} is null.", name) : new SingleItemList<T>(item);
        }

        T[] array = values.ToArray();
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"{Of(name + "[" + Index(i) + "]", fact)} is null.", name);
            }
        }

        return array.Length == 1 ? new SingleItemList<T>(array[0]) : Array.AsReadOnly(array);
    }

    /// <summary>A fact's inferences: none, or each about a different field, and each about one of
    /// <paramref name="fields"/> (the fact's properties in the dataset format that an inference may name, as the
    /// loader requires) or a path below one; the messages name the fact by its id.</summary>
    public static IReadOnlyList<Inference> Inferences(IEnumerable<Inference>? values, PolicyFact fact, string[] fields, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        string kind = fact.Indefinite;
        IReadOnlyList<Inference> list = values is null ? Array.Empty<Inference>() : List(values, fact, name);
        for (int i = 0; i < list.Count; i++)
        {
            if (Array.IndexOf(fields, list[i].Property) < 0)
            {
                throw new ArgumentException($"{Of(name + "[" + Index(i) + "]", fact)} is about \"{list[i].Field}\", which is not a field of {kind} ({string.Join(", ", fields)}) nor a path below one.", name);
            }
        }

        var first = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            if (Earlier(first, list[i].Field, i) is int earlier)
            {
                throw new ArgumentException($"The field \"{list[i].Field}\" of {fact} has two inferences (items {Index(earlier)} and {Index(i)}); give one with both reasons.", name);
            }
        }

        return list;
    }

    public static IReadOnlyList<SourceReference> Sources(IEnumerable<SourceReference>? values, [CallerArgumentExpression(nameof(values))] string? name = null) => Sources(values, default, name);

    public static IReadOnlyList<SourceReference> Sources(IEnumerable<SourceReference>? values, PolicyFact fact, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        IReadOnlyList<SourceReference> list = List(values, fact, name);
        if (list.Count == 0)
        {
            throw new ArgumentException($"{Of(name, fact)} must name at least one source: every fact needs one.", name);
        }

        return list;
    }

    /// <summary>An enum argument of the fact, refused when the enum does not define it.</summary>
    public static TEnum Defined<TEnum>(TEnum value, PolicyFact fact, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{Of(name, fact)} has the undefined {typeof(TEnum).Name} value {value}."));

    /// <summary>A year argument of the fact, from 1 to 9999.</summary>
    public static int Year(int value, PolicyFact fact, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is >= 1 and <= 9999
            ? value
            : throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{Of(name, fact)} must be between 1 and 9999; it was {value}."));

    /// <summary>The argument's name, and the fact's when there is one: <c>metricId of the target "t"</c>.</summary>
    private static string? Of(string? name, PolicyFact fact) => fact.Noun is null ? name : $"{name} of {fact}";

    /// <summary>An item's index as the messages write it (invariant digits).</summary>
    public static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first place of <paramref name="item"/> when an earlier item is equal to it (ordinal), or null, and
    /// then <paramref name="i"/> is kept as its first place: a repeat found in one pass over a list.</summary>
    public static int? Earlier(Dictionary<string, int> firstPlaces, string item, int i) =>
        firstPlaces.TryAdd(item, i) ? null : firstPlaces[item];
}
