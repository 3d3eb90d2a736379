using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using AiRace.Core.Data.Reading;

namespace AiRace.Core.Data;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a JSON object: its name, the byte offset where the name starts, and its value.</summary>
internal readonly record struct JsonProperty(string Name, int Offset, JsonTreeNode Value);

/// <summary>A parsed JSON value: a view of one row of its <see cref="JsonTreeDocument"/>, with the byte offset where
/// it starts in the document (problems turn offsets into lines and columns).</summary>
internal readonly struct JsonTreeNode
{
    private readonly JsonTreeDocument _document;
    private readonly int _row;

    public JsonTreeNode(JsonTreeDocument document, int row)
    {
        _document = document;
        _row = row;
    }

    public JsonKind Kind => _document[_row].Kind;

    /// <summary>The table the value is a row of.</summary>
    internal JsonTreeDocument Document => _document;

    /// <summary>The value's row.</summary>
    internal int Row => _row;

    /// <summary>The byte offset of the value's first character.</summary>
    public int Offset => _document[_row].Offset;

    /// <summary>The string value, or the raw text of a number; null for any other kind.</summary>
    public string? Text => Kind is JsonKind.String or JsonKind.Number ? _document.TextOf(_row) : null;

    /// <summary>The value of a string or number whose text is the invariant text of a <see cref="decimal"/> (such as
    /// <c>"1250000.50"</c>), kept by the parse as that decimal: the value <see cref="Text"/> reads as with
    /// <see cref="AiRace.Core.Text.ExactDecimal"/>; false for every other node.</summary>
    public bool TryGetDecimal(out decimal value)
    {
        if (Kind is JsonKind.String or JsonKind.Number && _document[_row].Data is int data && data < 0)
        {
            value = _document.DecimalAt(~data);
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>An object's properties in document order (a repeated name is left out: it is reported when parsed).</summary>
    public PropertyList Properties => new(_document, Kind == JsonKind.Object ? _row : -1);

    /// <summary>An array's items.</summary>
    public ItemList Items => new(_document, Kind == JsonKind.Array ? _row : -1);

    /// <summary>The value of the object's property, or null when it has none of that name.</summary>
    public JsonTreeNode? Property(string name)
    {
        foreach (JsonProperty property in Properties)
        {
            if (property.Name == name)
            {
                return property.Value;
            }
        }

        return null;
    }

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
        text.Length <= 100 ? text : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text.AsSpan(0, AiRace.Core.Text.HiddenCharacters.UnitsAt(text, 59) == 2 ? 59 : 60)}… ({text.Length:N0} characters)");

    /// <summary>The properties of an object, enumerated without allocating.</summary>
    public readonly struct PropertyList(JsonTreeDocument document, int row)
    {
        public Enumerator GetEnumerator() => new(document, row);

        public struct Enumerator(JsonTreeDocument document, int row)
        {
            private int _next = row < 0 ? 0 : row + 1;
            private readonly int _end = row < 0 ? 0 : document[row].Next;

            public JsonProperty Current { get; private set; }

            public bool MoveNext()
            {
                while (_next < _end)
                {
                    JsonTreeDocument.Row name = document[_next];
                    int value = _next + 1;
                    _next = document[value].Next;
                    if (name.Kind == JsonTreeDocument.NameRow)
                    {
                        Current = new JsonProperty(document.String(name.Data), name.Offset, new JsonTreeNode(document, value));
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>The items of an array: counted in constant time, enumerated without allocating.</summary>
    public readonly struct ItemList(JsonTreeDocument document, int row)
    {
        public int Count => row < 0 ? 0 : document[row].Data;

        /// <summary>The item at a position (found by walking the items before it).</summary>
        public JsonTreeNode this[int index]
        {
            get
            {
                int at = 0;
                foreach (JsonTreeNode item in this)
                {
                    if (at++ == index)
                    {
                        return item;
                    }
                }

                throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public Enumerator GetEnumerator() => new(document, row);

        public struct Enumerator(JsonTreeDocument document, int row)
        {
            private int _next = row < 0 ? 0 : row + 1;
            private readonly int _end = row < 0 ? 0 : document[row].Next;

            public JsonTreeNode Current { get; private set; }

            public bool MoveNext()
            {
                if (_next >= _end)
                {
                    return false;
                }

                Current = new JsonTreeNode(document, _next);
                _next = document[_next].Next;
                return true;
            }
        }
    }
}

/// <summary>A parsed document as one table of rows in document order, the way System.Text.Json's JsonDocument keeps
/// one: a row per value (and per property name), each with its kind, byte offset, the row after its subtree, and its
/// string or child count. A million-value document is a handful of arrays, not a million objects. The rows and the
/// strings are kept in blocks of a fixed size, so that a table grows without copying what it holds.</summary>
internal sealed class JsonTreeDocument
{
    /// <summary>The kind of a property name's row (the next row is its value).</summary>
    public const JsonKind NameRow = (JsonKind)100;

    /// <summary>The kind of a repeated property name's row: left out of the object (it is reported).</summary>
    public const JsonKind RepeatedNameRow = (JsonKind)101;

    private const int BlockShift = 14;
    private const int BlockSize = 1 << BlockShift;
    private const int BlockMask = BlockSize - 1;

    private Row[][] _rows;
    private string[][] _strings;

    /// <summary>The values of the strings and numbers kept as decimals (see <see cref="AddDecimal"/>); a row's
    /// <see cref="Row.Data"/> is the complement of its index here.</summary>
    private decimal[][] _decimals = [[]];

    /// <summary>Creates an empty table sized for a document of the length (about a value per ten bytes).</summary>
    public JsonTreeDocument(int documentLength)
    {
        int first = Math.Clamp(documentLength / 10, 16, BlockSize);
        _rows = [new Row[first]];
        _strings = [new string[first]];
    }

    /// <summary>How many rows the table has.</summary>
    public int Count { get; private set; }

    /// <summary>How many strings the table has.</summary>
    public int StringCount { get; private set; }

    public JsonTreeNode Root => new(this, 0);

    /// <summary>A row.</summary>
    public ref Row this[int row] => ref _rows[row >> BlockShift][row & BlockMask];

    /// <summary>A string of the table (a row's <see cref="Row.Data"/> for a string, a number or a name).</summary>
    public string String(int index) => _strings[index >> BlockShift][index & BlockMask];

    /// <summary>How many decimals the table has.</summary>
    public int DecimalCount { get; private set; }

    /// <summary>A decimal of the table (the complement of a row's <see cref="Row.Data"/>).</summary>
    public decimal DecimalAt(int index) => _decimals[index >> BlockShift][index & BlockMask];

    /// <summary>The text of a string's, a number's or a name's row: its string, or the invariant text of its decimal.</summary>
    public string TextOf(int row) => this[row].Data is int data && data < 0
        ? DecimalAt(~data).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : String(this[row].Data);

    /// <summary>Adds a string or number row whose text is exactly <paramref name="value"/>'s invariant text, kept as
    /// the decimal (no string is made unless the text is asked for).</summary>
    public int AddDecimal(JsonKind kind, int offset, decimal value)
    {
        int index = DecimalCount;
        if (index == 0 && _decimals[0].Length == 0)
        {
            _decimals[0] = new decimal[Math.Min(_rows[0].Length, BlockSize)];
        }

        Reserve(ref _decimals, index);
        _decimals[index >> BlockShift][index & BlockMask] = value;
        DecimalCount++;
        return Add(kind, offset, ~index);
    }

    /// <summary>Adds a row; its <see cref="Row.Next"/> is the row after it until <see cref="Close"/> says otherwise.</summary>
    public int Add(JsonKind kind, int offset, int data)
    {
        int row = Count;
        Reserve(ref _rows, row);
        _rows[row >> BlockShift][row & BlockMask] = new Row(kind, offset, row + 1, data);
        return Count++;
    }

    public int AddString(JsonKind kind, int offset, string text)
    {
        int index = StringCount;
        Reserve(ref _strings, index);
        _strings[index >> BlockShift][index & BlockMask] = text;
        StringCount++;
        return Add(kind, offset, index);
    }

    /// <summary>Makes room for the item at <paramref name="index"/>: the first block grows to the block size, then a
    /// block is added at a time.</summary>
    private static void Reserve<T>(ref T[][] blocks, int index)
    {
        int block = index >> BlockShift;
        if (block == 0)
        {
            if (index == blocks[0].Length)
            {
                Array.Resize(ref blocks[0], Math.Min(index * 2, BlockSize));
            }

            return;
        }

        if (block == blocks.Length)
        {
            Array.Resize(ref blocks, blocks.Length * 2);
        }

        blocks[block] ??= new T[BlockSize];
    }

    /// <summary>Ends a container: the row after its subtree and how many properties or items it has.</summary>
    public void Close(int row, int children) => this[row] = this[row] with { Next = Count, Data = children };

    /// <summary>Copies a value (with everything below it) from another table; its rows keep their offsets unless
    /// <paramref name="offset"/> gives one for all of them.</summary>
    public void Copy(JsonTreeNode value, int? offset)
    {
        JsonTreeDocument source = value.Document;
        int first = value.Row, end = source[first].Next, shift = Count - first;
        for (int row = first; row < end; row++)
        {
            Row r = source[row];
            bool text = r.Kind is JsonKind.String or JsonKind.Number or NameRow or RepeatedNameRow;
            int at = text && r.Data < 0 ? AddDecimal(r.Kind, offset ?? r.Offset, source.DecimalAt(~r.Data))
                : text ? AddString(r.Kind, offset ?? r.Offset, source.String(r.Data)) : Add(r.Kind, offset ?? r.Offset, r.Data);
            this[at] = this[at] with { Next = r.Next + shift };
        }
    }

    /// <summary>An object made of <paramref name="baseObject"/>'s properties with those of <paramref name="changes"/>
    /// put in their place (and added after them when new). What comes from the changes keeps its offsets in their
    /// document; what comes from the base object takes <paramref name="baseOffset"/>, so that a problem in the result
    /// points at the changes.</summary>
    public static JsonTreeNode Overlay(JsonTreeNode baseObject, JsonTreeNode changes, int baseOffset)
    {
        var document = new JsonTreeDocument(256);
        int obj = document.Add(JsonKind.Object, changes.Offset, 0);
        int count = 0;
        foreach (JsonProperty property in baseObject.Properties)
        {
            bool changed = changes.Property(property.Name) is not null;
            JsonProperty from = changed ? FindProperty(changes, property.Name) : property;
            document.AddString(NameRow, changed ? from.Offset : baseOffset, property.Name);
            document.Copy(from.Value, changed ? null : baseOffset);
            count++;
        }

        foreach (JsonProperty property in changes.Properties)
        {
            if (baseObject.Property(property.Name) is null)
            {
                document.AddString(NameRow, property.Offset, property.Name);
                document.Copy(property.Value, null);
                count++;
            }
        }

        document.Close(obj, count);
        return document.Root;
    }

    private static JsonProperty FindProperty(JsonTreeNode obj, string name)
    {
        foreach (JsonProperty property in obj.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        throw new InvalidOperationException($"No property \"{name}\".");
    }

    public readonly record struct Row(JsonKind Kind, int Offset, int Next, int Data);
}

/// <summary>Parses JSON into a <see cref="JsonTreeDocument"/>, reporting duplicate property names. Every way a
/// document can fail to be UTF-8 JSON text is reported as a problem with its offset; nothing throws.</summary>
internal static class JsonTree
{
    /// <summary>The deepest nesting of arrays and objects read; a dataset needs about eight.</summary>
    public const int MaxDepth = 64;

    /// <summary>The document without its UTF-8 byte order mark, if it has one.</summary>
    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;

    /// <summary>Parses JSON this library wrote (a fact written by <see cref="PolicyDataWriter"/>).</summary>
    public static JsonTreeNode ParseWritten(ReadOnlySpan<byte> utf8)
    {
        var problems = new ProblemCollector();
        return Parse(utf8, problems) is JsonTreeNode node && problems.Count == 0
            ? node
            : throw new InvalidOperationException("The library could not read JSON it wrote: " + problems.ToList(utf8));
    }

    /// <summary>Parses a document (without its byte order mark); null when it is not JSON text.</summary>
    public static JsonTreeNode? Parse(ReadOnlySpan<byte> utf8, ProblemCollector problems)
    {
        if (DescribeOtherEncoding(utf8) is string encoding)
        {
            problems.Add("$", 0, encoding);
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            int invalidAt = FirstInvalidUtf8(utf8);
            problems.Add("$", invalidAt, FormattableString.Invariant($"The document is not valid UTF-8: byte 0x{utf8[invalidAt]:X2} at offset {invalidAt} does not start a valid character."));
            return null;
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Add("$", 0, "The document is empty: expected a JSON object.");
            return null;
        }

        var builder = new TreeBuilder(utf8, problems);
        return builder.Build();
    }

    /// <summary>Reads the tokens into rows in one pass.</summary>
    private ref struct TreeBuilder
    {
        private readonly ReadOnlySpan<byte> _utf8;
        private readonly ProblemCollector _problems;
        private readonly PathStack _path = new();
        private readonly JsonTreeDocument _document;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);  // property names, each shared by every object that uses it
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
        private const int MaxSharedLength = 64;
        private const int MaxSharedValueLength = 24;
        private const int RecentSlots = 4096;
        private readonly string?[] _recentNames = new string?[RecentSlots];  // the ASCII names seen last, by a hash of their bytes
        private readonly string?[] _recentValues = new string?[RecentSlots];  // the short ASCII values seen last, likewise
        private Utf8JsonReader _reader;

        public TreeBuilder(ReadOnlySpan<byte> utf8, ProblemCollector problems)
        {
            _utf8 = utf8;
            _problems = problems;
            _document = new JsonTreeDocument(utf8.Length);
            _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth });
        }

        public JsonTreeNode? Build()
        {
            try
            {
                _reader.Read();
                ReadValue();
                if (_reader.Read())
                {
                    _problems.Add("$", (int)_reader.TokenStartIndex, "Unexpected content after the end of the document.");
                }

                return _document.Root;
            }
            catch (JsonException ex)
            {
                int offset = OffsetOf(_utf8, (int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
                _problems.Add("$", offset, SyntaxError(ex.Message, _utf8, offset));
                return null;
            }
        }

        private void ReadValue()
        {
            int offset = (int)_reader.TokenStartIndex;
            switch (_reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    int obj = _document.Add(JsonKind.Object, offset, 0);
                    int properties = 0;
                    HashSet<string>? seen = null;
                    while (_reader.Read() && _reader.TokenType != JsonTokenType.EndObject)
                    {
                        int nameOffset = (int)_reader.TokenStartIndex;
                        string name = ReadName(nameOffset);
                        bool repeated = IsRepeated(obj, properties, name, ref seen);
                        _document.AddString(repeated ? JsonTreeDocument.RepeatedNameRow : JsonTreeDocument.NameRow, nameOffset, name);
                        _reader.Read();
                        _path.Push(name);
                        ReadValue();
                        if (repeated)
                        {
                            _problems.Add(_path.ToString(), nameOffset, $"Duplicate property \"{JsonTreeNode.Shorten(name)}\": a property may appear only once in an object.");
                        }
                        else
                        {
                            properties++;
                        }

                        _path.Pop();
                    }

                    _document.Close(obj, properties);
                    return;
                case JsonTokenType.StartArray:
                    int array = _document.Add(JsonKind.Array, offset, 0);
                    int items = 0;
                    while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
                    {
                        _path.Push(items++);
                        ReadValue();
                        _path.Pop();
                    }

                    _document.Close(array, items);
                    return;
                case JsonTokenType.String:
                    if (!_reader.ValueIsEscaped && DecimalText(_reader.ValueSpan) is decimal text)
                    {
                        _document.AddDecimal(JsonKind.String, offset, text);
                    }
                    else
                    {
                        _document.AddString(JsonKind.String, offset, ReadValueString(offset));
                    }

                    return;
                case JsonTokenType.Number:
                    if (DecimalText(_reader.ValueSpan) is decimal number)
                    {
                        _document.AddDecimal(JsonKind.Number, offset, number);
                    }
                    else
                    {
                        _document.AddString(JsonKind.Number, offset, Encoding.UTF8.GetString(_reader.ValueSpan));
                    }

                    return;
                case JsonTokenType.True:
                    _document.Add(JsonKind.True, offset, 0);
                    return;
                case JsonTokenType.False:
                    _document.Add(JsonKind.False, offset, 0);
                    return;
                default:
                    _document.Add(JsonKind.Null, offset, 0);
                    return;
            }
        }

        /// <summary>Whether the object being read already has a property of the name: a look along its few
        /// properties, or a set once it has many.</summary>
        private readonly bool IsRepeated(int obj, int properties, string name, ref HashSet<string>? seen)
        {
            const int Few = 16;
            if (seen is null)
            {
                JsonTreeDocument rows = _document;
                bool found = false;
                HashSet<string>? set = properties < Few ? null : new HashSet<string>(StringComparer.Ordinal);
                for (int row = obj + 1; row < rows.Count; row = rows[row + 1].Next)
                {
                    if (rows[row].Kind == JsonTreeDocument.NameRow)
                    {
                        string earlier = rows.String(rows[row].Data);
                        found |= ReferenceEquals(earlier, name);
                        set?.Add(earlier);
                    }
                }

                seen = set;
                if (set is null)
                {
                    return found;
                }
            }

            return !seen!.Add(name);
        }

        /// <summary>A property name, shared by every object that uses it (names are few; values are many).</summary>
        /// <summary>The decimal whose invariant text the value is, byte for byte (as <c>"1250000.50"</c> or <c>-3</c>: an
        /// optional '-', digits without a leading zero, an optional '.' and digits, at most 28 digits besides a lone
        /// leading 0, not a negative zero), with the value and decimals <see cref="AiRace.Core.Text.ExactDecimal"/>
        /// reads; null for any other text.</summary>
        private static decimal? DecimalText(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty || utf8.Length > MaxDecimalText)
            {
                return null;
            }

            bool negative = utf8[0] == (byte)'-';
            int i = negative ? 1 : 0, intStart = i;
            UInt128 mantissa = 0;
            while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9)
            {
                mantissa = (mantissa * 10) + (uint)(utf8[i] - '0');
                i++;
            }

            int intDigits = i - intStart;
            if (intDigits == 0 || (utf8[intStart] == (byte)'0' && intDigits > 1))
            {
                return null;
            }

            int scale = 0;
            if (i < utf8.Length && utf8[i] == (byte)'.')
            {
                int fracStart = ++i;
                while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9)
                {
                    mantissa = (mantissa * 10) + (uint)(utf8[i] - '0');
                    i++;
                }

                scale = i - fracStart;
                if (scale == 0)
                {
                    return null;
                }
            }

            int digits = (utf8[intStart] == (byte)'0' ? 0 : intDigits) + scale;
            if (i != utf8.Length || digits > MaxDecimalDigits || (negative && mantissa == 0))
            {
                return null;
            }

            return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)scale);
        }

        /// <summary>The most digits of a text kept as a decimal: 28, so that every such text is a decimal's own (below
        /// 2^96 without the point, at most 28 decimals).</summary>
        private const int MaxDecimalDigits = 28;

        /// <summary>The longest text kept as a decimal: a sign, a leading 0, a point and 28 digits.</summary>
        private const int MaxDecimalText = 31;

        private string ReadName(int offset) => Shared(offset, MaxSharedLength);

        /// <summary>A string value; a short one (a code, a qualifier, a date, an id) is shared with its repeats.</summary>
        private string ReadValueString(int offset) => Shared(offset, MaxSharedValueLength);

        private string Shared(int offset, int maxLength)
        {
            ReadOnlySpan<byte> utf8 = _reader.ValueSpan;
            if (!_reader.ValueIsEscaped && utf8.Length <= maxLength)
            {
                ref string? recent = ref (maxLength < MaxSharedLength ? _recentValues : _recentNames)[RecentSlot(utf8)];
                if (recent is not null && recent.Length == utf8.Length && Ascii.Equals(utf8, recent))
                {
                    return recent;
                }

                Span<char> chars = stackalloc char[MaxSharedLength];
                int length = Encoding.UTF8.GetChars(utf8, chars);
                string? text;
                if (maxLength < MaxSharedLength)
                {
                    text = new(chars[..length]);
                }
                else if (!_nameLookup.TryGetValue(chars[..length], out text))
                {
                    text = new(chars[..length]);
                    _names.Add(text, text);
                }

                if (length == utf8.Length)
                {
                    recent = text;
                }

                return text;
            }

            string name = ReadString(offset);
            return maxLength < MaxSharedLength || _names.TryAdd(name, name) ? name : _names[name];
        }

        /// <summary>The slot of <see cref="_recentNames"/> and <see cref="_recentValues"/> for a string's UTF-8 bytes (FNV-1a).</summary>
        private static int RecentSlot(ReadOnlySpan<byte> utf8)
        {
            uint hash = 2166136261;
            foreach (byte b in utf8)
            {
                hash = (hash ^ b) * 16777619;
            }

            return (int)(hash & (RecentSlots - 1));
        }

        /// <summary>A string value or property name; one that escapes half a surrogate pair is not Unicode text: it is
        /// reported, and its raw (escaped) text stands in for it so that reading goes on.</summary>
        private string ReadString(int offset)
        {
            try
            {
                return _reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                string raw = Encoding.UTF8.GetString(_reader.ValueSpan);
                _problems.Add(_path.ToString(), offset, $"The string has an unpaired surrogate ({UnpairedSurrogate(raw)}): it is not valid Unicode text.");
                return raw;
            }
        }
    }

    /// <summary>The path to the value being read, kept as segments and written out only for a problem.</summary>
    private sealed class PathStack
    {
        private readonly List<(string? Name, int Index)> _segments = new();

        public void Push(string name) => _segments.Add((name, 0));

        public void Push(int index) => _segments.Add((null, index));

        public void Pop() => _segments.RemoveAt(_segments.Count - 1);

        public override string ToString()
        {
            string path = "$";
            foreach ((string? name, int index) in _segments)
            {
                path = name is null ? DataPath.Index(path, index) : DataPath.Property(path, name);
            }

            return path;
        }
    }

    /// <summary>The byte offset of a 0-based line and a byte position in it.</summary>
    private static int OffsetOf(ReadOnlySpan<byte> utf8, int line, int bytePositionInLine)
    {
        int start = 0;
        for (int i = 0; i < line; i++)
        {
            int next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        return Math.Min(start + bytePositionInLine, utf8.Length);
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
    private static string SyntaxError(string message, ReadOnlySpan<byte> utf8, int offset)
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

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
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
