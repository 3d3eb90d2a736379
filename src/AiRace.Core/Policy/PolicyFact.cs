namespace AiRace.Core.Policy;

/// <summary>The fact a constructor is building, as its argument errors name it: <c>the target "t-chips"</c> once its
/// id is known, <c>a target</c> before (while the id itself is checked).</summary>
/// <param name="Noun">The kind of fact in words (<c>target</c>, <c>ambiguity</c>).</param>
/// <param name="Id">Its id, or null while the id is being checked.</param>
internal readonly record struct PolicyFact(string Noun, string? Id)
{
    /// <summary>The kind with its article: <c>a target</c>, <c>an ambiguity</c>.</summary>
    public string Indefinite => (Noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + Noun;

    /// <summary>A part of a fact that has no id of its own (a citation, an inference, a period), as its argument errors
    /// name it: <c>a citation of the programme "p1"</c> when the fact it belongs to is known
    /// (<paramref name="owner"/>), <c>a citation</c> when it is built on its own.</summary>
    /// <param name="noun">The kind of part in words (<c>citation</c>).</param>
    /// <param name="owner">The fact it belongs to, or <c>default</c> when none is known.</param>
    /// <returns>The part, with no id.</returns>
    public static PolicyFact PartOf(string noun, PolicyFact owner) => new(owner.Noun is null ? noun : noun + " of " + owner, null);

    /// <summary><c>the target "t-chips"</c>, or <see cref="Indefinite"/> while the id is unknown.</summary>
    public override string ToString() => Id is null ? Indefinite : $"the {Noun} \"{Id}\"";
}
