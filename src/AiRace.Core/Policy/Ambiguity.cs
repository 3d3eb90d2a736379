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
    /// item. Each message names the ambiguity by its id (once the id itself is valid).</exception>
    public Ambiguity(string id, string question, IEnumerable<string> about, IEnumerable<string> readings, IEnumerable<SourceReference> sources)
    {
        Id = PolicyGuard.Id(id, new PolicyFact("ambiguity", null));
        var fact = new PolicyFact("ambiguity", Id);
        Question = PolicyGuard.Text(question, fact);
        About = PolicyGuard.List(about, fact);
        if (About.Count == 0)
        {
            throw new System.ArgumentException($"The ambiguity \"{Id}\" must name at least one fact it is about.", nameof(about));
        }

        var firstPlaces = new Dictionary<string, int>(About.Count, System.StringComparer.Ordinal);
        for (int i = 0; i < About.Count; i++)
        {
            if (!PolicyGuard.IsValidId(About[i]))
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" is about \"{HiddenCharacters.ShownInput(About[i])}\" (about[{PolicyGuard.Index(i)}]), which is not a fact id: an id is {PolicyGuard.IdRule}.", nameof(about), i);
            }

            if (PolicyGuard.Earlier(firstPlaces, About[i], i) is int first)
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" is about \"{About[i]}\" twice, at about[{PolicyGuard.Index(first)}] and about[{PolicyGuard.Index(i)}]; name each fact once.", nameof(about), i);
            }
        }

        Readings = PolicyGuard.List(readings, fact);
        if (Readings.Count < 2)
        {
            throw new System.ArgumentException(
                Readings.Count == 0
                    ? $"The ambiguity \"{Id}\" gives no reading; it needs at least two."
                    : $"The ambiguity \"{Id}\" needs at least two readings; with one it is not ambiguous.",
                nameof(readings));
        }

        firstPlaces.Clear();
        for (int i = 0; i < Readings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Readings[i]))
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" has a blank reading at readings[{PolicyGuard.Index(i)}]; give each reading in words.", nameof(readings), i);
            }

            if (PolicyGuard.Earlier(firstPlaces, Readings[i], i) is int first)
            {
                throw new PolicyArgumentException($"The ambiguity \"{Id}\" has the reading \"{HiddenCharacters.ShownInput(Readings[i])}\" twice, at readings[{PolicyGuard.Index(first)}] and readings[{PolicyGuard.Index(i)}]; give each reading once.", nameof(readings), i);
            }
        }

        Sources = PolicyGuard.Sources(sources, fact);
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
