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
            int newline = span.LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                line += span.Count((byte)'\n');
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
