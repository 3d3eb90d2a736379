using System;
using System.Collections.Generic;
using AiRace.Core.Text;

namespace AiRace.Core.Data.Reading;

/// <summary>Collects the problems of one document while it is read, each at the byte offset it concerns, keeping at
/// most the first <see cref="PolicyData.MaxListedProblems"/> in document order and counting all. Offsets become lines
/// and columns once, at the end, in one pass over the document.</summary>
internal sealed class ProblemCollector
{
    private readonly List<(string Path, int Offset, string Message)> _problems = new();
    private readonly int _keep;

    public ProblemCollector(int keep = PolicyData.MaxListedProblems) => _keep = keep;

    /// <summary>How many problems have been reported.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a problem at a byte offset of the document.</summary>
    public void Add(string path, int offset, string message)
    {
        Count++;
        _problems.Add((path, offset, Readable(message)));
        if (_problems.Count >= 2 * _keep)
        {
            KeepFirst();
        }
    }

    /// <summary>The problems kept, with their lines and columns in <paramref name="utf8"/>, and how many there are in
    /// all.</summary>
    public DataProblemList ToList(ReadOnlySpan<byte> utf8)
    {
        KeepFirst();
        var problems = new DataProblem[_problems.Count];
        int offset = 0, line = 1, column = 1;
        for (int i = 0; i < problems.Length; i++)
        {
            (string path, int at, string message) = _problems[i];
            at = Math.Clamp(at, 0, utf8.Length);
            ReadOnlySpan<byte> span = utf8[offset..at];
            int newline = span.LastIndexOfAny((byte)'\n', (byte)'\r');
            if (newline >= 0)
            {
                bool afterCarriageReturn = offset > 0 && utf8[offset - 1] == (byte)'\r';
                line += LineEnds(span, afterCarriageReturn);
                column = 1;
                span = span[(newline + 1)..];
            }

            foreach (byte b in span)
            {
                // A lead byte starts a character; a four-byte character is two UTF-16 characters (as editors count).
                column += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
            }

            offset = at;
            // A value or property name quoted from the document may hold units a reader would not see, or that
            // reorder the message around them (a bidirectional override): they are shown by their codes.
            problems[i] = new DataProblem(HiddenCharacters.Shown(path), line, column, HiddenCharacters.Shown(message));
        }

        return new DataProblemList(problems, Count);
    }

    /// <summary>How many lines end in <paramref name="span"/>: at a line feed, a carriage return, or both together, as
    /// editors count (JSON takes each for white space). A line feed first in the span ends no line when the byte before
    /// the span is a carriage return (<paramref name="afterCarriageReturn"/>): the two are one line end.</summary>
    internal static int LineEnds(ReadOnlySpan<byte> span, bool afterCarriageReturn) =>
        span.Count((byte)'\n') + span.Count((byte)'\r') - span.Count("\r\n"u8)
        - (afterCarriageReturn && span.Length > 0 && span[0] == (byte)'\n' ? 1 : 0);

    /// <summary>A message whose quoted values are short enough to read: a quoted value longer than 100 characters
    /// (whatever part of the library wrote the message) is cut to its first 60 and its length.</summary>
    private static string Readable(string message)
    {
        if (message.Length <= 200)
        {
            return message;
        }

        var text = new System.Text.StringBuilder(message.Length);
        int at = 0;
        while (at < message.Length)
        {
            int open = message.IndexOf('"', at);
            int close = open < 0 ? -1 : message.IndexOf('"', open + 1);
            if (close < 0)
            {
                text.Append(message, at, message.Length - at);
                break;
            }

            text.Append(message, at, open + 1 - at).Append(JsonTreeNode.Shorten(message[(open + 1)..close])).Append('"');
            at = close + 1;
        }

        return text.Length <= 1000 ? text.ToString() : JsonTreeNode.Shorten(text.ToString());
    }

    /// <summary>Sorts into document order (offset, then message) and drops what lies past the first ones kept.</summary>
    private void KeepFirst()
    {
        _problems.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : string.CompareOrdinal(a.Message, b.Message));
        if (_problems.Count > _keep)
        {
            _problems.RemoveRange(_keep, _problems.Count - _keep);
        }
    }
}
