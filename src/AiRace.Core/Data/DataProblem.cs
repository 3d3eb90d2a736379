using System;

namespace AiRace.Core.Data;

/// <summary>One thing wrong with a policy dataset document: where (a JSONPath-style path and a 1-based line and
/// column) and why. Problems found when merging two loaded datasets are not in any document: their path is
/// <c>$</c> and their line and column are 0.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DataProblem : IEquatable<DataProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where, as a JSONPath-style path such as <c>$.programmes[2].parts[0].amount</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column (in characters).</param>
    /// <param name="message">What is wrong and what was expected.</param>
    public DataProblem(string path, int line, int column, string message)
    {
        Path = path;
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>Where, as a JSONPath-style path.</summary>
    public string Path { get; }

    /// <summary>The 1-based line (0 for a problem found when merging datasets).</summary>
    public int Line { get; }

    /// <summary>The 1-based column, in characters (0 for a problem found when merging datasets).</summary>
    public int Column { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(DataProblem? other) => other is not null && Path == other.Path && Line == other.Line && Column == other.Column && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DataProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Line, Column, Message);

    /// <summary>The problem as one line: <c>$.actors[1].kind (line 12, column 15): ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Path} (line {Line}, column {Column}): {Message}");
}
