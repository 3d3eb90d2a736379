using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.IO;

namespace AiRace.Analyzers;

/// <summary>
/// The active ISO 4217 codes, read from the library's own <c>iso4217.csv</c> (embedded at build time, so there is one
/// table), and the names people write instead of codes.
/// </summary>
internal static class CurrencyCodes
{
    private static readonly Lazy<HashSet<string>> LazyActive = new(Load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The active codes of three capital letters as one flag per possible code (26³ entries, indexed by
    /// <see cref="LetterIndex"/>): the look-up every currency resolution makes, answered without hashing the string.
    /// </summary>
    private static readonly Lazy<bool[]> LazyLetterCodes = new(() => LetterCodes(LazyActive.Value), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RMB"] = "CNY",
        ["yuan"] = "CNY",
        ["renminbi"] = "CNY",
        ["CNH"] = "CNY",
        ["US$"] = "USD",
        ["dollar"] = "USD",
        ["dollars"] = "USD",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["yen"] = "JPY",
        ["pound"] = "GBP",
        ["sterling"] = "GBP",
        ["HK$"] = "HKD",
        ["NT$"] = "TWD",
    };

    /// <summary>The active codes (empty only if the embedded table could not be read).</summary>
    public static IReadOnlyCollection<string> Active => LazyActive.Value;

    [MethodImpl(Hot.Path)]
    public static bool IsActive(string code) =>
        LetterIndex(code) is int index and >= 0 ? LazyLetterCodes.Value[index] : LazyActive.Value.Contains(code);

    /// <summary>The position of a code of three capital letters A–Z among all such codes, or -1 for any other text.</summary>
    [MethodImpl(Hot.Path)]
    private static int LetterIndex(string code)
    {
        if (code.Length != 3)
        {
            return -1;
        }

        int a = code[0] - 'A', b = code[1] - 'A', c = code[2] - 'A';
        return (uint)a < 26 && (uint)b < 26 && (uint)c < 26 ? ((a * 26) + b) * 26 + c : -1;
    }

    private static bool[] LetterCodes(HashSet<string> active)
    {
        var letters = new bool[26 * 26 * 26];
        foreach (string code in active)
        {
            if (LetterIndex(code) is int index and >= 0)
            {
                letters[index] = true;
            }
        }

        return letters;
    }

    /// <summary>The code a known alias or a lower-case active code stands for, or null.</summary>
    public static string? Suggest(string text)
    {
        string trimmed = text.Trim();
        if (Aliases.TryGetValue(trimmed, out var code))
        {
            return code;
        }

        string upper = trimmed.ToUpperInvariant();
        return upper != text && IsActive(upper) ? upper : null;
    }

    private static HashSet<string> Load()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var stream = typeof(CurrencyCodes).Assembly.GetManifestResourceStream("AiRace.Analyzers.iso4217.csv");
            if (stream is null)
            {
                return codes;
            }

            using var reader = new StreamReader(stream);
            int statusColumn = -1;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] cells = line.Split(',');
                if (statusColumn < 0)
                {
                    statusColumn = Array.IndexOf(cells, "status");
                    continue;
                }

                if (statusColumn < cells.Length && cells[statusColumn].Trim() == "active")
                {
                    codes.Add(cells[0].Trim());
                }
            }
        }
        catch (IOException)
        {
            // An unreadable table makes the rule silent rather than wrong.
            codes.Clear();
        }

        return codes;
    }
}
