namespace AiRace.Core.Data.Reading;

/// <summary>The kinds of fact a dataset document defines ids for.</summary>
internal enum EntityKind
{
    Source,
    Jurisdiction,
    Actor,
    Metric,
    Programme,
    Allocation,
    Target,
    Indicator,
    Claim,
    Ambiguity,
    Overlap,
    Override,
    Retraction,
}

/// <summary>How problems name the kinds of fact.</summary>
internal static class EntityKinds
{
    /// <summary>Every kind: what an ambiguity may be about.</summary>
    public static readonly EntityKind[] Any = System.Enum.GetValues<EntityKind>();

    public static string Noun(this EntityKind kind) => kind switch
    {
        EntityKind.Allocation => "part",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Noun(this FactKind kind) => kind.ToEntity().Noun();

    public static EntityKind ToEntity(this FactKind kind) => kind == FactKind.Part ? EntityKind.Allocation : System.Enum.Parse<EntityKind>(kind.ToString());

    public static string WithArticle(string noun) => ("aeiou".Contains(noun[0], System.StringComparison.Ordinal) ? "an " : "a ") + noun;
}
