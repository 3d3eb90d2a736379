using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Globalization;
using System.IO;
using System.Reflection;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// The ISO 4217 table, read once from the embedded <c>iso4217.csv</c>. Index 0 is XXX so that
/// <c>default(Currency)</c> means "no currency".
/// </summary>
internal static class CurrencyRegistry
{
    internal sealed record Entry(string Code, int Numeric, int? MinorUnits, CurrencyKind Kind, string Name);

    internal sealed record WithdrawnEntry(string Code, int Numeric, string Name, DateOnly? WithdrawnOn, string? ReplacedBy);

    private const int KeySpace = 26 * 26 * 26;

    internal static readonly Entry[] Active;
    internal static readonly FrozenDictionary<string, WithdrawnEntry> Withdrawn;
    private static readonly ushort[] IndexByKey = new ushort[KeySpace]; // 0 = unknown, else index + 1
    private static readonly FrozenDictionary<int, ushort> IndexByNumeric;

    // Names and symbols people write instead of codes, with the code they mean (null: ambiguous, the message says why).
    private static readonly FrozenDictionary<string, (string? Code, string Meaning)> Aliases =
        new Dictionary<string, (string?, string)>(StringComparer.OrdinalIgnoreCase)
        {
            ["RMB"] = ("CNY", "the Chinese renminbi (yuan)"),
            ["yuan"] = ("CNY", "the Chinese renminbi (yuan)"),
            ["renminbi"] = ("CNY", "the Chinese renminbi (yuan)"),
            ["CNH"] = ("CNY", "the Chinese renminbi (CNH is a market code for the offshore yuan, not an ISO 4217 code)"),
            ["US$"] = ("USD", "the US dollar"),
            ["US dollar"] = ("USD", "the US dollar"),
            ["US dollars"] = ("USD", "the US dollar"),
            ["dollar"] = ("USD", "the US dollar"),
            ["dollars"] = ("USD", "the US dollar"),
            ["$"] = ("USD", "the US dollar"),
            ["euro"] = ("EUR", "the euro"),
            ["euros"] = ("EUR", "the euro"),
            ["€"] = ("EUR", "the euro"),
            ["yen"] = ("JPY", "the Japanese yen"),
            ["pound"] = ("GBP", "the pound sterling"),
            ["pounds"] = ("GBP", "the pound sterling"),
            ["sterling"] = ("GBP", "the pound sterling"),
            ["£"] = ("GBP", "the pound sterling"),
            ["HK$"] = ("HKD", "the Hong Kong dollar"),
            ["NT$"] = ("TWD", "the New Taiwan dollar"),
            ["won"] = ("KRW", "the South Korean won"),
            ["¥"] = (null, "either the Chinese yuan (CNY) or the Japanese yen (JPY); name the code"),
            ["￥"] = (null, "either the Chinese yuan (CNY) or the Japanese yen (JPY); name the code"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    static CurrencyRegistry()
    {
        var active = new List<Entry>();
        var withdrawn = new Dictionary<string, WithdrawnEntry>(StringComparer.Ordinal);
        using (var reader = EmbeddedResource.OpenText("AiRace.Core.iso4217.csv"))
        {
            int lineNumber = 0;
            string? line;
            bool header = true;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (header)
                {
                    header = false;
                    continue;
                }

                string[] f = line.Split(',', 8);
                if (f.Length != 8)
                {
                    throw new InvalidDataException(FormattableString.Invariant($"iso4217.csv line {lineNumber}: expected 8 fields, found {f.Length}."));
                }

                int numeric = int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture);
                if (f[4] == "withdrawn")
                {
                    DateOnly? on = f[5].Length == 0 ? null : DateOnly.ParseExact(f[5], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    withdrawn.Add(f[0], new WithdrawnEntry(f[0], numeric, f[7], on, f[6].Length == 0 ? null : f[6]));
                    continue;
                }

                int? minor = f[2] == "N.A." ? null : int.Parse(f[2], NumberStyles.None, CultureInfo.InvariantCulture);
                active.Add(new Entry(f[0], numeric, minor, ParseKind(f[3], lineNumber), f[7]));
            }
        }

        // XXX first: default(Currency) is "no currency".
        active.Sort((a, b) => a.Code == "XXX" ? -1 : b.Code == "XXX" ? 1 : string.CompareOrdinal(a.Code, b.Code));
        Active = active.ToArray();
        var byNumeric = new Dictionary<int, ushort>();
        for (int i = 0; i < Active.Length; i++)
        {
            IndexByKey[Key(Active[i].Code)] = checked((ushort)(i + 1));
            byNumeric.Add(Active[i].Numeric, (ushort)i);
        }

        IndexByNumeric = byNumeric.ToFrozenDictionary();
        Withdrawn = withdrawn.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static CurrencyKind ParseKind(string text, int lineNumber) => text switch
    {
        "national" => CurrencyKind.National,
        "supranational" => CurrencyKind.Supranational,
        "fund" => CurrencyKind.Fund,
        "precious-metal" => CurrencyKind.PreciousMetal,
        "unit-of-account" => CurrencyKind.UnitOfAccount,
        "testing" => CurrencyKind.Testing,
        "no-currency" => CurrencyKind.NoCurrency,
        _ => throw new InvalidDataException(FormattableString.Invariant($"iso4217.csv line {lineNumber}: unknown kind '{text}'.")),
    };

    private static int Key(string code) => ((code[0] - 'A') * 26 + (code[1] - 'A')) * 26 + (code[2] - 'A');

    /// <summary>Finds an active code: exactly three upper-case ASCII letters. No allocation.</summary>
    internal static bool TryFind(ReadOnlySpan<char> code, out ushort index)
    {
        index = 0;
        if (code.Length != 3)
        {
            return false;
        }

        uint a = (uint)(code[0] - 'A'), b = (uint)(code[1] - 'A'), c = (uint)(code[2] - 'A');
        if (a > 25 || b > 25 || c > 25)
        {
            return false;
        }

        ushort slot = IndexByKey[(int)((a * 26 + b) * 26 + c)];
        if (slot == 0)
        {
            return false;
        }

        index = (ushort)(slot - 1);
        return true;
    }

    internal static bool TryFindNumeric(int numeric, out ushort index) => IndexByNumeric.TryGetValue(numeric, out index);

    /// <summary>The message for a code that is not an active ISO 4217 code, with the code that was probably meant.</summary>
    internal static string DescribeUnknown(string code, out string? suggestion)
    {
        suggestion = null;
        string shown = HiddenCharacters.Shown(code, 40);
        if (code.Length == 0)
        {
            return "An empty string is not an ISO 4217 currency code; give three upper-case letters such as 'CNY' or 'USD'.";
        }

        if (Withdrawn.TryGetValue(code, out WithdrawnEntry? gone))
        {
            suggestion = gone.ReplacedBy;
            string when = gone.WithdrawnOn is { } d ? FormattableString.Invariant($" on {d:yyyy-MM-dd}") : string.Empty;
            string by = gone.ReplacedBy is null ? string.Empty : $"; its successor is '{gone.ReplacedBy}'";
            return $"'{shown}' ({gone.Name}) was withdrawn from ISO 4217{when}{by}.";
        }

        string trimmed = code.Trim();
        if (Aliases.TryGetValue(trimmed, out var alias))
        {
            suggestion = alias.Code;
            return alias.Code is null
                ? $"'{shown}' is not an ISO 4217 currency code: it means {alias.Meaning}."
                : $"'{shown}' is not an ISO 4217 currency code; for {alias.Meaning} use '{alias.Code}'.";
        }

        string upper = trimmed.ToUpperInvariant();
        if (upper != code && TryFind(upper, out ushort idx))
        {
            suggestion = Active[idx].Code;
            return $"'{shown}' is not an ISO 4217 currency code: codes are exactly three upper-case letters; did you mean '{Active[idx].Code}'?";
        }

        return $"'{shown}' is not an active ISO 4217 currency code.";
    }
}
