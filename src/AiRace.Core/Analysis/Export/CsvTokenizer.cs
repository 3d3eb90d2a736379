using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis.Export;

/// <summary>One field of a CSV record: its text (quotes removed), whether it was quoted and the line it starts on.</summary>
internal sealed record CsvField(string Text, bool Quoted, int Line);

/// <summary>One CSV record: the line it starts on and its fields.</summary>
internal sealed record CsvRecord(int Line, List<CsvField> Fields)
{
    /// <summary>Whether an unbalanced quote cut the record short (its field count then means nothing).</summary>
    public bool Truncated { get; set; }
}

/// <summary>Splits RFC 4180 text into records and fields, strictly: only CRLF ends a record, quotes stand only around a
/// whole field and must balance. Every problem is added to the list with its line and column; tokenizing goes on.</summary>
internal static class CsvTokenizer
{
    public static List<CsvRecord> Tokenize(string text, List<string> problems)
    {
        var records = new List<CsvRecord>();
        int i = 0;
        int line = 1;
        var value = new StringBuilder();
        while (i < text.Length)
        {
            var record = new CsvRecord(line, new List<CsvField>());
            records.Add(record);
            while (true)
            {
                int column = record.Fields.Count + 1;
                int fieldLine = line;
                value.Clear();
                bool quoted = i < text.Length && text[i] == '"';
                if (quoted)
                {
                    i++;
                    bool closed = false;
                    while (i < text.Length)
                    {
                        char c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
                        {
                            line++;
                        }

                        value.Append(c);
                        i++;
                    }

                    if (!closed)
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {fieldLine}, column {column}: the quoted field opened here is never closed (unbalanced quote)."));
                        record.Fields.Add(new CsvField(value.ToString(), true, fieldLine));
                        record.Truncated = true;
                        return records;
                    }

                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: '{HiddenCharacters.Shown(text.Substring(i, HiddenCharacters.UnitsAt(text, i)))}' follows the closing quote; a quoted field must end at a comma or line end (write a quote inside a field as \"\")."));
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            i++;
                        }
                    }
                }
                else
                {
                    int start = i;
                    bool reported = false;
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"' && !reported)
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: a quote inside an unquoted field; quote the whole field and double the quote (\"\")."));
                            reported = true;
                        }

                        i++;
                    }

                    value.Append(text, start, i - start);
                }

                record.Fields.Add(new CsvField(value.ToString(), quoted, fieldLine));
                if (i >= text.Length)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: the text ends inside this record, without its CRLF; every record, the last included, ends with CRLF, so the file may have been cut short."));
                    return records;
                }

                char end = text[i];
                if (end == ',')
                {
                    i++;
                    continue;
                }

                if (end == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i += 2;
                }
                else
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: the record ends with a bare {(end == '\r' ? "CR" : "LF")}; RFC 4180 records end with CRLF (quote a field that holds a line break)."));
                    i++;
                }

                line++;
                break;
            }
        }

        return records;
    }
}
