using System;
using System.Collections.Frozen;
using System.Linq;

namespace AiRace.Core.Data;

/// <summary>The JSON names of enum members: the member name in camelCase (<c>ComputeSubsidy</c> is
/// <c>"computeSubsidy"</c>).</summary>
internal static class JsonNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => Camel(v.ToString()), StringComparer.Ordinal);

    public static string Allowed { get; } = string.Join(", ", Enum.GetValues<TEnum>().Select(v => Camel(v.ToString())));

    public static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && ByName.TryGetValue(name, out value);
    }

    public static string Name(TEnum value) => Camel(value.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
