using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.IO;
using System.Reflection;

namespace AiRace.Core.Data;

/// <summary>The ISO 3166-1 alpha-2 country codes and ISO 3166-2 subdivision codes, from tables embedded in the
/// assembly (taken from the Debian iso-codes package; see Data/README.md).</summary>
public static class Iso3166
{
    private static readonly Lazy<FrozenDictionary<string, string>> CountryTable = new(() => Load("AiRace.Core.iso3166-1.csv", 0, 3));
    private static readonly Lazy<FrozenDictionary<string, string>> SubdivisionTable = new(() => Load("AiRace.Core.iso3166-2.csv", 0, 3));
    private static readonly Lazy<FrozenDictionary<string, string>> SubdivisionTypeTable = new(() => Load("AiRace.Core.iso3166-2.csv", 0, 1));

    /// <summary>Whether the code is an ISO 3166-1 alpha-2 country code (upper case, such as <c>CN</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>True for a known code.</returns>
    public static bool IsCountry(string? code) => code is not null && CountryTable.Value.ContainsKey(code);

    /// <summary>Whether the code is an ISO 3166-2 subdivision code (such as <c>CN-SH</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>True for a known code.</returns>
    public static bool IsSubdivision(string? code) => code is not null && SubdivisionTable.Value.ContainsKey(code);

    /// <summary>The ISO English short name of a country, or null for an unknown code.</summary>
    /// <param name="code">The alpha-2 code.</param>
    /// <returns>The name or null.</returns>
    public static string? CountryName(string code) => CountryTable.Value.GetValueOrDefault(code);

    /// <summary>The ISO name of a subdivision (such as "Shanghai Shi"), or null for an unknown code.</summary>
    /// <param name="code">The ISO 3166-2 code.</param>
    /// <returns>The name or null.</returns>
    public static string? SubdivisionName(string code) => SubdivisionTable.Value.GetValueOrDefault(code);

    /// <summary>The ISO category of a subdivision (such as "Municipality" or "Province"), or null for an unknown code.</summary>
    /// <param name="code">The ISO 3166-2 code.</param>
    /// <returns>The category or null.</returns>
    public static string? SubdivisionCategory(string code) => SubdivisionTypeTable.Value.GetValueOrDefault(code);

    private static FrozenDictionary<string, string> Load(string resource, int keyColumn, int valueColumn)
    {
        using StreamReader reader = EmbeddedResource.OpenText(resource);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is string line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            List<string> fields = SplitCsv(line);
            table[fields[keyColumn]] = fields[valueColumn];
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
