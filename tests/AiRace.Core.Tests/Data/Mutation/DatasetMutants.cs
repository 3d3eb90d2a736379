using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AiRace.Core.Data;

namespace AiRace.Core.Tests.Data.Mutation;

/// <summary>A mutated dataset document: what was done to which base document, and the result as text and as bytes
/// (the bytes may not be UTF-8 at all; the text is what <see cref="PolicyData.Parse"/> would be given, and may hold a
/// lone surrogate).</summary>
internal sealed record DatasetMutant(int Number, string Base, string Description, string Text, byte[] Utf8, PolicyDataset? Extending)
{
    public override string ToString() => $"#{Number} of {Base}: {Description}";
}

/// <summary>
/// Generates mutated dataset documents from valid ones, deterministically from a seed: properties deleted, duplicated
/// or retyped, values replaced by huge numbers, blank or very long text, lone surrogates, deep nesting, cycles of
/// parents, clashing ids, unknown references, truncation and damaged bytes, and combinations of these. Some mutants
/// stay valid (a deleted optional property, a retyped value of the same meaning); the rest must be refused with
/// problems. Shared by the loader's property test and the analyses' test on every accepted mutant.
/// </summary>
internal static class DatasetMutants
{
    /// <summary>The valid documents mutated, with the dataset each extends (null for none): the embedded dataset, the
    /// small document of the malformed-document tests, and the overlay that uses every part of the schema.</summary>
    public static IReadOnlyList<(string Name, string Json, PolicyDataset? Extending)> Bases { get; } =
    [
        ("embedded", PolicyData.EmbeddedJson, null),
        ("small", MalformedDocumentTests.Valid, null),
        ("full", SchemaAgreementTests.Full, SchemaAgreementTests.Basis),
    ];

    /// <summary>Marks a string that stands for raw JSON text, written as it is (JsonNode cannot hold a lone surrogate
    /// escape or a number beyond double).</summary>
    private const string Raw = "\u0001raw:";

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1.5", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\"   \"", "\"x\"",
        "\"-5\"", "\"1e9\"", "1e400", "-0", "79228162514264337593543950336", "\"79228162514264337593543950335\"",
        "\"9999999999999999999999999999\"", "\"0.0000000000000000000000000001\"", "123456789012345678901234567890123",
        "\"unknown\"", "\"2025-02-30\"", "\"CN\"", "\"USD\"", "\"XXX\"", "\"100%\"", "\"101%\"", "\"-1%\"", "\"\\ud800\"",
        "\"a\\udc00b\"", "\"\\u0000\"", "\"🙂\"",
    ];

    /// <summary>The mutants, <paramref name="count"/> of them, always the same for the same seed.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The mutants, numbered from 0.</returns>
    public static IEnumerable<DatasetMutant> Generate(int count, int seed = 20261201)
    {
        var random = new Random(seed);
        JsonNode[] parsed = Bases.Select(b => JsonNode.Parse(b.Json)!).ToArray();
        for (int number = 0; number < count; number++)
        {
            // The small documents are cheap to load; the embedded one is real. Two in three mutants start from a small one.
            int which = random.Next(3) == 0 ? 0 : 1 + random.Next(Bases.Count - 1);
            JsonNode root = parsed[which].DeepClone();
            var done = new List<string>();
            int structural = 1 + (random.Next(4) == 0 ? random.Next(3) : 0);
            for (int i = 0; i < structural; i++)
            {
                done.Add(MutateStructure(root, random));
            }

            (string text, string textual) = Serialize(root, random);
            done.Add(textual);
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            if (random.Next(10) == 0)
            {
                (bytes, string damage) = DamageBytes(bytes, random);
                done.Add(damage);
            }

            yield return new DatasetMutant(number, Bases[which].Name, string.Join("; ", done.Where(d => d.Length > 0)), text, bytes, Bases[which].Extending);
        }
    }

    private static string MutateStructure(JsonNode root, Random random)
    {
        List<(JsonNode Parent, object Key)> slots = Slots(root).ToList();
        (JsonNode parent, object key) = slots[random.Next(slots.Count)];
        switch (random.Next(9))
        {
            case 0:
            case 1:
                Remove(parent, key);
                return $"deleted {Where(parent, key)}";
            case 2:
            case 3:
                string replacement = Replacements[random.Next(Replacements.Length)];
                Set(parent, key, JsonValue.Create(Raw + replacement));
                return $"set {Where(parent, key)} to {replacement}";
            case 4:
                string text = random.Next(2) == 0 ? new string('x', 10_000 + random.Next(100)) : "a b " + new string('é', 300);
                Set(parent, key, JsonValue.Create(text));
                return $"set {Where(parent, key)} to a {text.Length}-character string";
            case 5:
                Set(parent, key, Nest(random.Next(2) == 0 ? 40 + random.Next(30) : 200 + random.Next(50), random.Next(2) == 0));
                return $"nested {Where(parent, key)} deeply";
            case 6:
                return Cycle(root, random);
            case 7:
                return ClashOrDangle(root, random);
            default:
                return HugeParts(root, random);
        }
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj.ToArray())
                {
                    yield return (obj, property.Key);
                    if (property.Value is not null)
                    {
                        foreach (var slot in Slots(property.Value))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is not null)
                    {
                        foreach (var slot in Slots(array[i]!))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }

    private static string Where(JsonNode parent, object key) => parent.GetPath() + (key is string name ? "." + name : $"[{key}]");

    private static void Remove(JsonNode parent, object key)
    {
        if (key is string name)
        {
            parent.AsObject().Remove(name);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key);
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent[(int)key] = value;
        }
    }

    private static JsonNode Nest(int depth, bool arrays)
    {
        JsonNode node = JsonValue.Create(1);
        for (int i = 0; i < depth; i++)
        {
            node = arrays ? new JsonArray(node) : new JsonObject { ["x"] = node };
        }

        return node;
    }

    private static string? IdOf(JsonNode? node) =>
        node is JsonObject obj && obj["id"] is JsonValue id && id.TryGetValue(out string? text) && !text.StartsWith(Raw, StringComparison.Ordinal) ? text : null;

    private static string Cycle(JsonNode root, Random random)
    {
        JsonObject[] programmes = root["programmes"] is JsonArray array ? array.OfType<JsonObject>().Where(p => IdOf(p) is not null).ToArray() : [];
        if (programmes.Length == 0)
        {
            return "no programmes to make a cycle of";
        }

        int length = 1 + random.Next(Math.Min(3, programmes.Length));
        JsonObject[] chosen = programmes.OrderBy(_ => random.Next()).Take(length).ToArray();
        for (int i = 0; i < chosen.Length; i++)
        {
            chosen[i]["parent"] = IdOf(chosen[(i + 1) % chosen.Length]);
        }

        if (random.Next(2) == 0 && programmes.Length > length)
        {
            programmes.First(p => !chosen.Contains(p))["parent"] = IdOf(chosen[0]);
            return $"a cycle of {length} parents, and a programme leading into it";
        }

        return $"a cycle of {length} parents";
    }

    private static string ClashOrDangle(JsonNode root, Random random)
    {
        JsonObject[] withIds = Slots(root).Select(s => s.Key is string name ? s.Parent[name] : s.Parent[(int)s.Key])
            .OfType<JsonObject>().Where(o => IdOf(o) is not null).ToArray();
        if (withIds.Length < 2)
        {
            return "no ids to clash";
        }

        JsonObject a = withIds[random.Next(withIds.Length)], b = withIds[random.Next(withIds.Length)];
        if (random.Next(2) == 0)
        {
            b["id"] = IdOf(a);
            return $"gave {b.GetPath()} the id of {a.GetPath()}";
        }

        a["id"] = "renamed-" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        return $"renamed {a.GetPath()}, leaving its references dangling";
    }

    private static string HugeParts(JsonNode root, Random random)
    {
        if (root["programmes"] is not JsonArray { Count: > 0 } programmes || programmes[random.Next(programmes.Count)] is not JsonObject programme)
        {
            return "no programme to inflate";
        }

        string nines = new('9', 28);
        var parts = new JsonArray();
        for (int i = 0; i < 3 + random.Next(8); i++)
        {
            parts.Add(JsonNode.Parse($$"""{"id":"huge-{{random.Next(1_000_000)}}-{{i}}","purpose":"other","description":"d","amount":{"qualifier":"exact","amount":"{{nines}}","currency":"CNY"},"membership":"included","sources":[{"source":"s1","quote":"q"}]}"""));
        }

        programme["parts"] = parts;
        if (random.Next(2) == 0)
        {
            programme.Remove("headline");
        }

        return $"gave {programme.GetPath()} {parts.Count} parts of 28 nines";
    }

    /// <summary>Writes the document, indented or not, sometimes repeating a property, cutting it short or putting a lone
    /// surrogate into it.</summary>
    private static (string Text, string Description) Serialize(JsonNode root, Random random)
    {
        var text = new StringBuilder();
        int objects = Slots(root).Count(s => (s.Key is string n ? s.Parent[n] : s.Parent[(int)s.Key]) is JsonObject { Count: > 0 }) + 1;
        int repeatIn = random.Next(5) == 0 ? random.Next(objects) : -1;
        int seen = 0;
        string repeated = string.Empty;
        bool indented = random.Next(2) == 0;
        void Write(JsonNode? node, int depth)
        {
            switch (node)
            {
                case JsonObject obj:
                    bool repeatHere = obj.Count > 0 && seen++ == repeatIn;
                    text.Append('{');
                    int i = 0;
                    KeyValuePair<string, JsonNode?>[] properties = obj.ToArray();
                    foreach ((string name, JsonNode? value) in repeatHere ? [.. properties, properties[random.Next(properties.Length)]] : properties)
                    {
                        if (i++ > 0)
                        {
                            text.Append(',');
                        }

                        if (indented)
                        {
                            text.Append('\n').Append(' ', 2 * (depth + 1));
                        }

                        text.Append(System.Text.Json.JsonSerializer.Serialize(name)).Append(':');
                        Write(value, depth + 1);
                        if (repeatHere && i == properties.Length + 1)
                        {
                            repeated = $"repeated the property \"{name}\" in {obj.GetPath()}";
                        }
                    }

                    text.Append(indented && obj.Count > 0 ? "\n" + new string(' ', 2 * depth) + "}" : "}");
                    break;
                case JsonArray array:
                    text.Append('[');
                    for (int j = 0; j < array.Count; j++)
                    {
                        text.Append(j > 0 ? "," : string.Empty);
                        Write(array[j], depth + 1);
                    }

                    text.Append(']');
                    break;
                case null:
                    text.Append("null");
                    break;
                default:
                    text.Append(node is JsonValue leaf && leaf.TryGetValue(out string? raw) && raw.StartsWith(Raw, StringComparison.Ordinal)
                        ? raw[Raw.Length..]
                        : node.ToJsonString());
                    break;
            }
        }

        Write(root, 0);
        string result = text.ToString();
        var done = new List<string> { repeated };
        if (random.Next(12) == 0)
        {
            int at = random.Next(result.Length);
            result = result[..at];
            done.Add($"cut at character {at}");
        }

        if (random.Next(15) == 0)
        {
            int quote = result.IndexOf("\":\"", random.Next(result.Length), StringComparison.Ordinal);
            if (quote > 0)
            {
                result = result[..(quote + 3)] + (random.Next(2) == 0 ? "\uD800" : "\uDFFF") + result[(quote + 3)..];
                done.Add("put a lone surrogate character into a string");
            }
        }

        return (result, string.Join("; ", done.Where(d => d.Length > 0)));
    }

    private static (byte[] Bytes, string Description) DamageBytes(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return (bytes, string.Empty);
        }

        int at = random.Next(bytes.Length);
        byte value = (byte)random.Next(256);
        return random.Next(4) switch
        {
            0 => ([.. bytes[..at], .. bytes[(at + 1)..]], $"deleted byte {at}"),
            1 => ([.. bytes[..at], value, .. bytes[at..]], $"inserted byte 0x{value:X2} at {at}"),
            2 => ([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))], "re-encoded as UTF-16"),
            _ => ([.. bytes[..at], value, .. bytes[(at + 1)..]], $"replaced byte {at} by 0x{value:X2}"),
        };
    }
}
