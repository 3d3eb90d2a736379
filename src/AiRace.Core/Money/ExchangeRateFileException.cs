using System;
using System.Globalization;

namespace AiRace.Core;

/// <summary>
/// Thrown when a file of exchange rates cannot be read: the message names the file, the line and the column, and
/// says what is wrong there ("eurofxref-hist.csv, line 12, column 18: '1,0856' is not a rate: ...").
/// </summary>
public sealed class ExchangeRateFileException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The name of the file being read.</param>
    /// <param name="line">The line, counted from 1.</param>
    /// <param name="column">The column (character position in the line), counted from 1.</param>
    /// <param name="reason">What is wrong there.</param>
    public ExchangeRateFileException(string fileName, int line, int column, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {line}, column {column}: {reason}"))
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The name of the file being read.</summary>
    public string FileName { get; }

    /// <summary>The line, counted from 1.</summary>
    public int Line { get; }

    /// <summary>The column (character position in the line), counted from 1.</summary>
    public int Column { get; }

    /// <summary>What is wrong at <see cref="Line"/> and <see cref="Column"/>.</summary>
    public string Reason { get; }
}
