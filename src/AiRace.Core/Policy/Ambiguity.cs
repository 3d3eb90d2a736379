using System.Collections.Generic;

namespace AiRace.Core.Policy;

/// <summary>A question the sources leave open, recorded instead of guessed: what is unclear, which facts it touches,
/// and the readings the text allows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Ambiguity
{
    /// <summary>Creates an ambiguity.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="question">The open question.</param>
    /// <param name="about">The ids of the facts it touches (at least one).</param>
    /// <param name="readings">The readings the text allows (at least two).</param>
    /// <param name="sources">At least one citation.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed.</exception>
    public Ambiguity(string id, string question, IEnumerable<string> about, IEnumerable<string> readings, IEnumerable<SourceReference> sources)
    {
        Id = PolicyGuard.Id(id);
        Question = PolicyGuard.Text(question);
        About = PolicyGuard.List(about);
        if (About.Count == 0)
        {
            throw new System.ArgumentException("An ambiguity must name at least one fact it is about.", nameof(about));
        }

        Readings = PolicyGuard.List(readings);
        if (Readings.Count < 2)
        {
            throw new System.ArgumentException("An ambiguity needs at least two readings; with one it is not ambiguous.", nameof(readings));
        }

        Sources = PolicyGuard.Sources(sources);
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The open question.</summary>
    public string Question { get; }

    /// <summary>The ids of the facts it touches.</summary>
    public IReadOnlyList<string> About { get; }

    /// <summary>The readings the text allows.</summary>
    public IReadOnlyList<string> Readings { get; }

    /// <summary>Citations.</summary>
    public IReadOnlyList<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Question}";
}
