using AiRace.Core.Text;

namespace AiRace.Core.Policy;

/// <summary>Something the dataset's curators inferred where the sources are silent — a field of a fact that the
/// articles do not state — and why: "instruments: the article calls them 'similar support measures' and names no
/// instrument". A fact whose field carries an inference is not the source's word on that field.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Inference
{
    /// <summary>Creates an inference.</summary>
    /// <param name="field">The field inferred, as its property path in the dataset format relative to the fact
    /// (<c>instruments</c>, <c>status</c>, <c>headline.sourceConversion.currency</c>).</param>
    /// <param name="reason">Why the curators read it so, and what the sources do say.</param>
    /// <exception cref="System.ArgumentException">The field is not a property path or the reason is blank.</exception>
    public Inference(string field, string reason)
        : this(field, reason, default)
    {
    }

    /// <summary>Creates an inference about a known fact, whose argument errors name it (<c>field of an inference of the
    /// programme "p1" must be a property path …</c>).</summary>
    /// <param name="field">The field inferred, as its property path relative to the fact.</param>
    /// <param name="reason">Why the curators read it so.</param>
    /// <param name="owner">The fact it is about, or <c>default</c>.</param>
    internal Inference(string field, string reason, PolicyFact owner)
    {
        var fact = PolicyFact.PartOf("inference", owner);
        if (!IsFieldPath(field))
        {
            throw new System.ArgumentException($"field of {fact} must be a property path such as \"headline.currency\"; it was {(field is null ? "null" : "\"" + HiddenCharacters.ShownInput(field) + "\"")}.", nameof(field));
        }

        Field = field;
        Reason = PolicyGuard.Text(reason, fact);
    }

    /// <summary>The field inferred, as its property path relative to the fact.</summary>
    public string Field { get; }

    /// <summary>Why the curators read it so.</summary>
    public string Reason { get; }

    /// <summary>The first property of <see cref="Field"/> (<c>headline</c> in <c>headline.currency</c>).</summary>
    public string Property => Field.Split('.')[0];

    /// <inheritdoc/>
    public override string ToString() => $"{Field} (inferred): {Reason}";

    private static bool IsFieldPath(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return false;
        }

        foreach (string segment in field.Split('.'))
        {
            if (segment.Length == 0 || !char.IsAsciiLetterLower(segment[0]))
            {
                return false;
            }

            foreach (char c in segment)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
