using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AiRace.Core.Data.Reading;

namespace AiRace.Core.Data;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a JSON object, with where its name starts.</summary>
internal sealed record JsonProperty(string Name, int Line, int Column, JsonTreeNode Value);

/// <summary>A parsed JSON value that remembers its line and column (1-based) in the document.</summary>
internal sealed class JsonTreeNode
{
    public JsonTreeNode(JsonKind kind, int line, int column, string? text = null)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
    }

    public JsonKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The string value, or the raw text of a number.</summary>
    public string? Text { get; }

    public List<JsonProperty> Properties { get; } = new();

    public List<JsonTreeNode> Items { get; } = new();

    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the string \"{Shorten(Text!)}\"",
        JsonKind.Number => $"the number {Shorten(Text!)}",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };

    /// <summary>Text as problems quote it: whole up to 100 characters; longer, its first 60 characters, an ellipsis
    /// and its length.</summary>
    public static string Shorten(string text) =>
        text.Length <= 100 ? text : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text.AsSpan(0, 60)}… ({text.Length:N0} characters)");
}

/// <summary>Parses JSON into <see cref="JsonTreeNode"/>s with positions, reporting duplicate property names. Every
/// way a document can fail to be UTF-8 JSON text is reported as a problem with its position; nothing throws.</summary>
internal static class JsonTree
{
    /// <summary>The deepest nesting of arrays and objects read; a dataset needs about eight.</summary>
    public const int MaxDepth = 64;

    public static JsonTreeNode? Parse(ReadOnlySpan<byte> utf8, ProblemCollector problems)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (DescribeOtherEncoding(utf8) is string encoding)
        {
            problems.Add(new DataProblem("$", 1, 1, encoding));
            return null;
        }

        var lines = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lines.Add(i + 1);
            }
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            int invalidAt = FirstInvalidUtf8(utf8);
            (int line, int column) = Position(utf8, lines, invalidAt);
            problems.Add(new DataProblem("$", line, column, FormattableString.Invariant($"The document is not valid UTF-8: byte 0x{utf8[invalidAt]:X2} at offset {invalidAt} does not start a valid character.")));
            return null;
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Add(new DataProblem("$", 1, 1, "The document is empty: expected a JSON object."));
            return null;
        }

        byte[] copy = utf8.ToArray();
        var reader = new Utf8JsonReader(copy, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth });
        try
        {
            reader.Read();
            JsonTreeNode root = ReadValue(ref reader, copy, lines, "$", problems);
            if (reader.Read())
            {
                (int line, int column) = Position(copy, lines, (int)reader.TokenStartIndex);
                problems.Add(new DataProblem("$", line, column, "Unexpected content after the end of the document."));
            }

            return root;
        }
        catch (JsonException ex)
        {
            int line = (int)(ex.LineNumber ?? 0);
            int offset = Math.Min(lines[Math.Min(line, lines.Count - 1)] + (int)(ex.BytePositionInLine ?? 0), copy.Length);
            (int l, int column) = Position(copy, lines, offset);
            problems.Add(new DataProblem("$", l, column, SyntaxError(ex.Message, copy, offset)));
            return null;
        }
    }

    /// <summary>Names the encoding of a document that is not UTF-8 (UTF-16 or UTF-32, by its byte order mark or by the
    /// zero bytes of its first character), or a second UTF-8 byte order mark; null for anything else.</summary>
    private static string? DescribeOtherEncoding(ReadOnlySpan<byte> bytes)
    {
        const string Save = "; the loader reads UTF-8 only: save the document as UTF-8.";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
            || (bytes.Length >= 4 && (bytes[0] != 0 ? bytes[1..4].IndexOfAnyExcept((byte)0) < 0 : bytes[..3].IndexOfAnyExcept((byte)0) < 0 && bytes[3] != 0)))
        {
            return "The document is UTF-32 text" + Save;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || (bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)))
        {
            return "The document is UTF-16 text" + Save;
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            ? "The document starts with a second byte order mark (EF BB BF); remove it."
            : null;
    }

    /// <summary>The syntax error in words that fit this loader: no advice about reader options the user cannot set.</summary>
    private static string SyntaxError(string message, byte[] utf8, int offset)
    {
        const string Prefix = "The document is not valid JSON: ";
        if (offset < utf8.Length - 1 && utf8[offset] == (byte)'/' && utf8[offset + 1] is (byte)'/' or (byte)'*')
        {
            return Prefix + "a comment; JSON has no comments.";
        }

        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            return Prefix + "a trailing comma after the last item of an array or object.";
        }

        if (message.Contains("depth", StringComparison.Ordinal))
        {
            return FormattableString.Invariant($"The document nests deeper than {MaxDepth} levels of arrays and objects; a dataset needs far fewer.");
        }

        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return Prefix + (at < 0 ? message : message[..at].TrimEnd());
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, List<int> lines, int offset)
    {
        int index = lines.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        int column = Encoding.UTF8.GetCharCount(utf8[lines[line]..offset]) + 1;
        return (line + 1, column);
    }

    private static JsonTreeNode ReadValue(ref Utf8JsonReader reader, byte[] utf8, List<int> lines, string path, ProblemCollector problems)
    {
        (int line, int column) = Position(utf8, lines, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonTreeNode(JsonKind.Object, line, column);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    (int nameLine, int nameColumn) = Position(utf8, lines, (int)reader.TokenStartIndex);
                    string name = ReadString(ref reader, path, nameLine, nameColumn, problems);
                    reader.Read();
                    string childPath = DataPath.Property(path, name);
                    JsonTreeNode value = ReadValue(ref reader, utf8, lines, childPath, problems);
                    if (!seen.Add(name))
                    {
                        problems.Add(new DataProblem(childPath, nameLine, nameColumn, $"Duplicate property \"{JsonTreeNode.Shorten(name)}\": a property may appear only once in an object."));
                        continue;
                    }

                    obj.Properties.Add(new JsonProperty(name, nameLine, nameColumn, value));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonTreeNode(JsonKind.Array, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, utf8, lines, DataPath.Index(path, array.Items.Count), problems));
                }

                return array;
            case JsonTokenType.String:
                return new JsonTreeNode(JsonKind.String, line, column, ReadString(ref reader, path, line, column, problems));
            case JsonTokenType.Number:
                return new JsonTreeNode(JsonKind.Number, line, column, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonTreeNode(JsonKind.True, line, column);
            case JsonTokenType.False:
                return new JsonTreeNode(JsonKind.False, line, column);
            default:
                return new JsonTreeNode(JsonKind.Null, line, column);
        }
    }

    /// <summary>A string value or property name; one that escapes half a surrogate pair is not Unicode text: it is
    /// reported, and its raw (escaped) text stands in for it so that reading goes on.</summary>
    private static string ReadString(ref Utf8JsonReader reader, string path, int line, int column, ProblemCollector problems)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            string raw = Encoding.UTF8.GetString(reader.ValueSpan);
            problems.Add(new DataProblem(path, line, column, $"The string has an unpaired surrogate ({UnpairedSurrogate(raw)}): it is not valid Unicode text."));
            return raw;
        }
    }

    /// <summary>The first <c>\uXXXX</c> escape in raw JSON string text that is half a surrogate pair without its
    /// other half.</summary>
    private static string UnpairedSurrogate(string raw)
    {
        int i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '\\' || i + 6 > raw.Length || raw[i + 1] != 'u')
            {
                i += raw[i] == '\\' ? 2 : 1;
                continue;
            }

            int unit = Hex(raw, i + 2);
            if (unit is >= 0xD800 and <= 0xDBFF && i + 12 <= raw.Length && raw[i + 6] == '\\' && raw[i + 7] == 'u' && Hex(raw, i + 8) is >= 0xDC00 and <= 0xDFFF)
            {
                i += 12;
            }
            else if (unit is >= 0xD800 and <= 0xDFFF)
            {
                return raw.Substring(i, 6);
            }
            else
            {
                i += 6;
            }
        }

        return @"\uD800–\uDFFF";
    }

    private static int Hex(string text, int start) =>
        int.TryParse(text.AsSpan(start, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : -1;
}

/// <summary>Builds JSONPath-style locations such as <c>$.programmes[2].parts[0].amount</c>.</summary>
internal static class DataPath
{
    public static string Property(string parent, string name)
    {
        name = JsonTreeNode.Shorten(name);
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$'))
            {
                return parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? parent + "['']" : parent + "." + name;
    }

    public static string Index(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
