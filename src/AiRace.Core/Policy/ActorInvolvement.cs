namespace AiRace.Core.Policy;

/// <summary>An actor's part in a programme, in the sources' words ("sponsor", "involved firm", "leads").</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActorInvolvement
{
    /// <summary>Creates an involvement.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <param name="role">The role, in a few words.</param>
    /// <exception cref="System.ArgumentException">A value is missing or malformed.</exception>
    public ActorInvolvement(string actorId, string role)
        : this(actorId, role, default)
    {
    }

    /// <summary>Creates an involvement in a known programme, whose argument errors name it (<c>role of an actor
    /// involvement of the programme "p1" must not be empty or blank</c>).</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <param name="role">The role, in a few words.</param>
    /// <param name="owner">The programme, or <c>default</c>.</param>
    internal ActorInvolvement(string actorId, string role, PolicyFact owner)
    {
        var fact = PolicyFact.PartOf("actor involvement", owner);
        ActorId = PolicyGuard.Id(actorId, fact);
        Role = PolicyGuard.Text(role, fact);
    }

    /// <summary>The actor's id.</summary>
    public string ActorId { get; }

    /// <summary>The role, in a few words.</summary>
    public string Role { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ActorId} ({Role})";
}
