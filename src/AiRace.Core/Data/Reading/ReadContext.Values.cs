using System;
using System.Collections.Generic;
using System.Globalization;
using AiRace.Core.Policy;
using AiRace.Core.Text;

namespace AiRace.Core.Data.Reading;

/// <summary>Reading single JSON values: each returns the value, or null after reporting what is wrong with it.</summary>
internal sealed partial class ReadContext
{
    public string? Id(JsonTreeNode node, string path)
    {
        if (node.Kind != JsonKind.String)
        {
            Report(path, node, $"Expected an id (a string); found {node.Describe()}.");
            return null;
        }

        if (!PolicyGuard.IsValidId(node.Text))
        {
            Report(path, node, $"{Quoted(node.Text!)} is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit, at most 100 characters.");
            return null;
        }

        return node.Text;
    }

    public string? Reference(JsonTreeNode node, string path, EntityKind[] kinds)
    {
        string? id = Id(node, path);
        if (id is not null)
        {
            Refer(id, kinds, path, node);
        }

        return id;
    }

    public string? Text(JsonTreeNode node, string path, string what)
    {
        if (node.Kind != JsonKind.String)
        {
            Report(path, node, $"{Capital(what)} must be a string; found {node.Describe()}.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(node.Text))
        {
            Report(path, node, $"{Capital(what)} must not be empty or blank.");
            return null;
        }

        return node.Text;
    }

    public TEnum? Enum<TEnum>(JsonTreeNode node, string path, string what)
        where TEnum : struct, Enum
    {
        if (node.Kind == JsonKind.String && JsonNames<TEnum>.TryParse(node.Text, out TEnum value))
        {
            return value;
        }

        Report(path, node, $"{Capital(what)} must be one of {JsonNames<TEnum>.Allowed}; found {node.Describe()}.");
        return null;
    }

    public PartialDate? Date(JsonTreeNode node, string path, string name)
    {
        string? error = null;
        if (node.Kind == JsonKind.String && PartialDate.TryParse(node.Text, out PartialDate date, out error))
        {
            return date;
        }

        Report(path, node, node.Kind == JsonKind.String
            ? $"\"{name}\": {error}."
            : $"\"{name}\" must be a string: \"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"; found {node.Describe()}.");
        return null;
    }

    public int? Year(JsonTreeNode node, string path, string name)
    {
        if (node.Kind == JsonKind.Number && int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1 and <= 9999)
        {
            return year;
        }

        Report(path, node, $"\"{name}\" must be a whole year from 1 to 9999 (a JSON number); found {node.Describe()}.");
        return null;
    }

    public decimal? Decimal(JsonTreeNode node, string path, string what)
    {
        if (node.Kind is not (JsonKind.String or JsonKind.Number))
        {
            Report(path, node, $"{Capital(what)} must be a decimal number (a JSON string such as \"600000000\" or a plain number); found {node.Describe()}.");
            return null;
        }

        if (!ExactDecimal.TryParse(node.Text, allowGroups: false, out decimal value, out string? error, out _))
        {
            Report(path, node, $"{Capital(what)} {Quoted(node.Text!)} is not a plain decimal number: {error}.");
            return null;
        }

        return value;
    }

    /// <summary>A decimal that must not be negative (amounts of money and durations).</summary>
    public decimal? NonNegative(JsonTreeNode node, string path, string name)
    {
        decimal? value = Decimal(node, path, $"\"{name}\"");
        if (value < 0m)
        {
            Report(path, node, FormattableString.Invariant($"\"{name}\" must not be negative; found {value}."));
            return null;
        }

        return value;
    }

    public Currency? Currency(JsonTreeNode node, string path, string name)
    {
        if (node.Kind == JsonKind.String && AiRace.Core.Currency.TryFromCode(node.Text!, out Currency currency))
        {
            return currency;
        }

        Report(path, node, node.Kind == JsonKind.String
            ? $"Unknown currency: {CurrencyRegistry.DescribeUnknown(node.Text!, out _)}"
            : $"\"{name}\" must be an ISO 4217 code (a string such as \"CNY\"); found {node.Describe()}.");
        return null;
    }

    /// <summary>The items of an array, each read by <paramref name="read"/>; the items that have problems are left out
    /// (their problems are reported).</summary>
    public List<T> Items<T>(JsonTreeNode node, string path, string name, Func<JsonTreeNode, string, T?> read)
    {
        var list = new List<T>();
        if (node.Kind != JsonKind.Array)
        {
            Report(path, node, $"\"{name}\" must be an array; found {node.Describe()}.");
            return list;
        }

        for (int i = 0; i < node.Items.Count; i++)
        {
            T? item = read(node.Items[i], DataPath.Index(path, i));
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>Text for a message: in quotes, and cut short when it is long.</summary>
    public static string Quoted(string text) => "\"" + JsonTreeNode.Shorten(text) + "\"";

    private static string Capital(string text) => text.StartsWith('"') ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
