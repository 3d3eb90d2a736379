using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// The single value of each readonly field and get-only property (or null), worked out once per compilation instead
/// of once per reference. Created in a compilation start action, so nothing outlives the compilation.
/// </summary>
internal sealed class MemberValues
{
    private readonly ConcurrentDictionary<ISymbol, StrongBox<IOperation?>> _values = new(SymbolEqualityComparer.Default);

    /// <summary>The member's value as <paramref name="compute"/> finds it, cached when the member is declared in the model's tree.</summary>
    public IOperation? ValueOf<TSymbol>(TSymbol member, SemanticModel model, Func<TSymbol, SemanticModel, CancellationToken, IOperation?> compute, CancellationToken cancellationToken)
        where TSymbol : ISymbol
    {
        // the answer depends on the tree the question comes from (a member of another tree has no known value), so only
        // questions from the member's own tree share the cache
        var references = member.DeclaringSyntaxReferences;
        if (references.Length != 1 || references[0].SyntaxTree != model.SyntaxTree)
        {
            return compute(member, model, cancellationToken);
        }

        if (_values.TryGetValue(member, out var known))
        {
            return known.Value;
        }

        var value = compute(member, model, cancellationToken);
        return _values.GetOrAdd(member, new StrongBox<IOperation?>(value)).Value;
    }
}
