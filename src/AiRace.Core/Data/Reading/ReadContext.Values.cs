using System;
using System.Collections.Generic;
using System.Globalization;
using AiRace.Core.Policy;
using AiRace.Core.Text;

namespace AiRace.Core.Data.Reading;

/// <summary>Reading single JSON values: each returns the value, or null after reporting what is wrong with it.</summary>
internal sealed partial class ReadContext
{
    public string? Id(JsonTreeNode node, Where where)
    {
        if (node.Kind != JsonKind.String)
        {
            Report(where, node, $"Expected an id (a string); found {node.Describe()}.");
            return null;
        }

        if (!PolicyGuard.IsValidId(node.Text))
        {
            Report(where, node, $"{Quoted(node.Text!)} is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters.");
            return null;
        }

        return node.Text;
    }

    public string? Reference(JsonTreeNode node, Where where, ReadOnlySpan<EntityKind> kinds)
    {
        string? id = Id(node, where);
        if (id is not null)
        {
            Refer(id, kinds, where, node);
        }

        return id;
    }

    public string? Text(JsonTreeNode node, Where where, string item = "a text")
    {
        if (node.Kind != JsonKind.String)
        {
            Report(where, node, $"{Capital(where.What(item))} must be a string; found {node.Describe()}.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(node.Text))
        {
            Report(where, node, $"{Capital(where.What(item))} must not be empty or blank.");
            return null;
        }

        return node.Text;
    }

    public TEnum? Enum<TEnum>(JsonTreeNode node, Where where, string item = "a value")
        where TEnum : struct, Enum
    {
        if (node.Kind == JsonKind.String && JsonNames<TEnum>.TryParse(node.Text, out TEnum value))
        {
            return value;
        }

        Report(where, node, $"{Capital(where.What(item))} must be one of {JsonNames<TEnum>.Allowed}; found {node.Describe()}.");
        return null;
    }

    public PartialDate? Date(JsonTreeNode node, Where where)
    {
        string name = where.Name ?? "date";
        string? error = null;
        if (node.Kind == JsonKind.String && PartialDate.TryParse(node.Text, out PartialDate date, out error, rawInput: true))
        {
            return date;
        }

        Report(where, node, node.Kind == JsonKind.String
            ? $"\"{name}\": {error}."
            : $"\"{name}\" must be a string: \"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"; found {node.Describe()}.");
        return null;
    }

    public int? Year(JsonTreeNode node, Where where)
    {
        if (node.Kind == JsonKind.Number && int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1 and <= 9999)
        {
            return year;
        }

        Report(where, node, $"{where.What("a year")} must be a whole year from 1 to 9999 (a JSON number); found {node.Describe()}.");
        return null;
    }

    public decimal? Decimal(JsonTreeNode node, Where where, string item = "a number")
    {
        if (node.Kind is not (JsonKind.String or JsonKind.Number))
        {
            Report(where, node, $"{Capital(where.What(item))} must be a decimal number (a JSON string such as \"600000000\" or a plain number); found {node.Describe()}.");
            return null;
        }

        if (node.TryGetDecimal(out decimal kept))
        {
            return kept;
        }

        if (!ExactDecimal.TryParse(node.Text, allowGroups: false, out decimal value, out string? error, out _))
        {
            Report(where, node, $"{Capital(where.What(item))} {Quoted(node.Text!)} is not a plain decimal number: {error}.");
            return null;
        }

        return value;
    }

    /// <summary>A decimal that must not be negative (amounts of money and durations).</summary>
    public decimal? NonNegative(JsonTreeNode node, Where where)
    {
        decimal? value = Decimal(node, where);
        if (value < 0m)
        {
            Report(where, node, FormattableString.Invariant($"{where.What("a number")} must not be negative; found {value}."));
            return null;
        }

        return value;
    }

    public Currency? Currency(JsonTreeNode node, Where where)
    {
        if (node.Kind == JsonKind.String && AiRace.Core.Currency.TryFromCode(node.Text!, out Currency currency))
        {
            return currency;
        }

        Report(where, node, node.Kind == JsonKind.String
            ? $"Unknown currency: {CurrencyRegistry.DescribeUnknown(node.Text!, out _)}"
            : $"{where.What("a currency")} must be an ISO 4217 code (a string such as \"CNY\"); found {node.Describe()}.");
        return null;
    }

    /// <summary>The items of an array, each read by <paramref name="read"/>; the items that have problems are left out
    /// (their problems are reported).</summary>
    public List<T> Items<T>(JsonTreeNode node, Where where, Func<ReadContext, JsonTreeNode, Where, T?> read) =>
        Items(node, where, read, static (c, n, w, r) => r(c, n, w));

    /// <summary>As <see cref="Items{T}(JsonTreeNode, Where, Func{ReadContext, JsonTreeNode, Where, T})"/>, with a value
    /// given to every read (<paramref name="state"/>: the fact the items belong to).</summary>
    public List<T> Items<T, TState>(JsonTreeNode node, Where where, TState state, Func<ReadContext, JsonTreeNode, Where, TState, T?> read)
    {
        var list = new List<T>(node.Items.Count);
        if (node.Kind != JsonKind.Array)
        {
            Report(where, node, $"{where.What("a list")} must be an array; found {node.Describe()}.");
            return list;
        }

        int i = 0;
        foreach (JsonTreeNode element in node.Items)
        {
            T? item = read(this, element, Where.Item(where, i++), state);
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>Reports a problem of a value; one in a part of a fact names the part with its fact before the message's
    /// last full stop (<c>… (in a citation of the programme "p1").</c>).</summary>
    public void Report(Where where, JsonTreeNode node, string message) => Report(where.Path, node, In(message, where.Within));

    /// <summary>The message, naming the part of a fact it is in (<paramref name="within"/>) when there is one.</summary>
    public static string In(string message, string? within) =>
        within is null ? message
        : message.EndsWith('.') ? message[..^1] + " (in " + within + ")."
        : message + " (in " + within + ")";

    /// <summary>Text for a message: in quotes, and cut short when it is long.</summary>
    public static string Quoted(string text) => "\"" + JsonTreeNode.Shorten(text) + "\"";

    private static string Capital(string text) => text.StartsWith('"') ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
