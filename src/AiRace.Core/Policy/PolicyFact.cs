namespace AiRace.Core.Policy;

/// <summary>The fact a constructor is building, as its argument errors name it: <c>the target "t-chips"</c> once its
/// id is known, <c>a target</c> before (while the id itself is checked).</summary>
/// <param name="Noun">The kind of fact in words (<c>target</c>, <c>ambiguity</c>).</param>
/// <param name="Id">Its id, or null while the id is being checked.</param>
/// <param name="Via">For a part of a part (<see cref="PartOf"/>), the kind of the part between, or null.</param>
/// <param name="OwnerNoun">For a part (<see cref="PartOf"/>), the kind of the fact it belongs to, or null.</param>
/// <param name="OwnerId">For a part, the id of the fact it belongs to, or null.</param>
internal readonly record struct PolicyFact(string Noun, string? Id, string? Via = null, string? OwnerNoun = null, string? OwnerId = null)
{
    /// <summary>The kind with its article, and for a part the fact it belongs to: <c>a target</c>, <c>an ambiguity</c>,
    /// <c>a citation of a status change of the programme "p1"</c>.</summary>
    public string Indefinite =>
        OwnerNoun is null ? Article(Noun) + Noun
        : Article(Noun) + Noun + (Via is null ? string.Empty : " of " + Article(Via) + Via) + " of " + new PolicyFact(OwnerNoun, OwnerId);

    private static string Article(string noun) => noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ";

    /// <summary>A part of a fact that has no id of its own (a citation, an inference, a period), as its argument errors
    /// name it: <c>a citation of the programme "p1"</c> when the fact it belongs to is known
    /// (<paramref name="owner"/>), <c>a citation</c> when it is built on its own.</summary>
    /// <param name="noun">The kind of part in words (<c>citation</c>).</param>
    /// <param name="owner">The fact it belongs to, or <c>default</c> when none is known.</param>
    /// <returns>The part, with no id.</returns>
    public static PolicyFact PartOf(string noun, PolicyFact owner) =>
        owner.Noun is null ? new(noun, null)
        : owner.OwnerNoun is null ? new(noun, null, null, owner.Noun, owner.Id)
        : owner.Via is null ? new(noun, null, owner.Noun, owner.OwnerNoun, owner.OwnerId)
        : new(noun + " of " + owner, null);

    /// <summary><c>the target "t-chips"</c>, or <see cref="Indefinite"/> while the id is unknown.</summary>
    public override string ToString() => Id is null ? Indefinite : $"the {Noun} \"{Id}\"";
}
