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

    /// <summary>Text as problems quote it.</summary>
    public static string Shorten(string text) => text;
}

/// <summary>Parses JSON into <see cref="JsonTreeNode"/>s with positions, reporting duplicate property names.</summary>
internal static class JsonTree
{
    public static JsonTreeNode? Parse(ReadOnlySpan<byte> utf8, ProblemCollector problems)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var lines = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lines.Add(i + 1);
            }
        }

        int invalidAt = FirstInvalidUtf8(utf8);
        if (invalidAt >= 0)
        {
            int line = lines.FindLastIndex(start => start <= invalidAt);
            int column = Encoding.UTF8.GetCharCount(utf8[lines[line]..invalidAt]) + 1;
            problems.Add(new DataProblem("$", line + 1, column, FormattableString.Invariant($"The document is not valid UTF-8: byte 0x{utf8[invalidAt]:X2} at offset {invalidAt} does not start a valid character.")));
            return null;
        }

        byte[] copy = utf8.ToArray();
        var reader = new Utf8JsonReader(copy, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                problems.Add(new DataProblem("$", 1, 1, "The document is empty: expected a JSON object."));
                return null;
            }

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
            int line = (int)(ex.LineNumber ?? 0) + 1;
            int column = (int)(ex.BytePositionInLine ?? 0) + 1;
            problems.Add(new DataProblem("$", line, column, "The document is not valid JSON: " + StripPosition(ex.Message)));
            return null;
        }
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

    private static string StripPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at].TrimEnd();
    }

    private static (int Line, int Column) Position(byte[] utf8, List<int> lines, int offset)
    {
        int index = lines.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        int column = Encoding.UTF8.GetCharCount(utf8, lines[line], offset - lines[line]) + 1;
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
                    string name = reader.GetString()!;
                    reader.Read();
                    string childPath = DataPath.Property(path, name);
                    JsonTreeNode value = ReadValue(ref reader, utf8, lines, childPath, problems);
                    if (!seen.Add(name))
                    {
                        problems.Add(new DataProblem(childPath, nameLine, nameColumn, $"Duplicate property \"{name}\": a property may appear only once in an object."));
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
                return new JsonTreeNode(JsonKind.String, line, column, reader.GetString());
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
}

/// <summary>Builds JSONPath-style locations such as <c>$.programmes[2].parts[0].amount</c>.</summary>
internal static class DataPath
{
    public static string Property(string parent, string name)
    {
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
