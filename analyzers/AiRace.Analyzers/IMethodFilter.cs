using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// A rule that can tell from a method alone whether a call to it (or an object creation with it) can concern the rule.
/// <see cref="AiRaceAnalyzer"/> asks once per method and per compilation and then hands the rule's invocation and
/// object-creation actions only the calls it may report, instead of every call of the build.
/// </summary>
internal interface IMethodFilter
{
    /// <summary>
    /// False only when no call to <paramref name="method"/> can be reported by the rule (a wrong false loses a
    /// diagnostic; a wrong true only costs time).
    /// </summary>
    /// <param name="method">The original definition of the called method or constructor.</param>
    /// <param name="types">The compilation's known types.</param>
    bool MayConcern(IMethodSymbol method, KnownTypes types);
}
