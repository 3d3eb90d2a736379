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
    {
        ActorId = PolicyGuard.Id(actorId);
        Role = PolicyGuard.Text(role);
    }

    /// <summary>The actor's id.</summary>
    public string ActorId { get; }

    /// <summary>The role, in a few words.</summary>
    public string Role { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{ActorId} ({Role})";
}
