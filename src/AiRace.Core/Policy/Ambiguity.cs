using System.Collections.Generic;
using AiRace.Core.Text;

namespace AiRace.Core.Policy;

/// <summary>A question the sources leave open, recorded instead of guessed: what is unclear, which facts it touches,
/// and the readings the text allows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Ambiguity
{
    /// <summary>Creates an ambiguity.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="question">The open question.</param>
    /// <param name="about">The ids of the facts it touches (at least one, each once).</param>
    /// <param name="readings">The readings the text allows (at least two, each once, none blank).</param>
    /// <param name="sources">At least one citation.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed; a fact it is about that is no id, or
    /// is named twice, and a reading that is blank or given twice, are a <see cref="PolicyArgumentException"/> at that
    /// item.</exception>
    public Ambiguity(string id, string question, IEnumerable<string> about, IEnumerable<string> readings, IEnumerable<SourceReference> sources)
    {
        Id = PolicyGuard.Id(id);
        Question = PolicyGuard.Text(question);
        About = PolicyGuard.List(about);
        if (About.Count == 0)
        {
            throw new System.ArgumentException("An ambiguity must name at least one fact it is about.", nameof(about));
        }

        for (int i = 0; i < About.Count; i++)
        {
            if (!PolicyGuard.IsValidId(About[i]))
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" is about \"{HiddenCharacters.ShownInput(About[i])}\" (about[{Index(i)}]), which is not a fact id: an id is letters, digits, '.', '_' or '-' starting with a letter or digit.", nameof(about), i);
            }

            if (Earlier(About, i) is int first)
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" is about \"{About[i]}\" twice, at about[{Index(first)}] and about[{Index(i)}]; name each fact once.", nameof(about), i);
            }
        }

        Readings = PolicyGuard.List(readings);
        if (Readings.Count < 2)
        {
            throw new System.ArgumentException("An ambiguity needs at least two readings; with one it is not ambiguous.", nameof(readings));
        }

        for (int i = 0; i < Readings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Readings[i]))
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" has a blank reading at readings[{Index(i)}]; give each reading in words.", nameof(readings), i);
            }

            if (Earlier(Readings, i) is int first)
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" has the reading \"{HiddenCharacters.ShownInput(Readings[i])}\" twice, at readings[{Index(first)}] and readings[{Index(i)}]; give each reading once.", nameof(readings), i);
            }
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

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The index of an item before <paramref name="i"/> equal to it (ordinal), or null.</summary>
    private static int? Earlier(IReadOnlyList<string> items, int i)
    {
        for (int j = 0; j < i; j++)
        {
            if (string.Equals(items[j], items[i], System.StringComparison.Ordinal))
            {
                return j;
            }
        }

        return null;
    }
}
