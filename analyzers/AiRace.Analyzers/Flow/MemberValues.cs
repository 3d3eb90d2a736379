using System.Runtime.CompilerServices;
using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// The single value of each readonly field and get-only property (or null), worked out once per compilation instead
/// of once per reference. Created in a compilation start action, so nothing outlives the compilation.
/// </summary>
internal sealed class MemberValues
{
    private readonly SymbolMemo<ISymbol, Entry> _entries = new(static member =>
    {
        var references = member.DeclaringSyntaxReferences;
        return new Entry(references.Length == 1 ? references[0].SyntaxTree : null);
    });

    /// <summary>
    /// The member's value as <paramref name="compute"/> finds it. Only a member declared exactly once, in the tree the
    /// question comes from, can have a known value (<paramref name="compute"/> returns null otherwise), so that is
    /// checked from the cache without asking the symbol for its syntax again.
    /// </summary>
    [MethodImpl(Hot.Path)]
    public IOperation? ValueOf<TSymbol>(TSymbol member, SemanticModel model, Func<TSymbol, SemanticModel, CancellationToken, IOperation?> compute, CancellationToken cancellationToken)
        where TSymbol : ISymbol
    {
        var entry = _entries.Get(member);
        if (entry.Tree is null || entry.Tree != model.SyntaxTree)
        {
            return null;
        }

        var known = Volatile.Read(ref entry.Value);
        if (known is null)
        {
            Interlocked.CompareExchange(ref entry.Value, new Computed(compute(member, model, cancellationToken)), null);
            known = Volatile.Read(ref entry.Value)!;
        }

        return known.Operation;
    }

    /// <summary>Where a member is declared, and its value once computed.</summary>
    private sealed class Entry
    {
        public Entry(SyntaxTree? tree) => Tree = tree;

        /// <summary>The member's only declaring tree, or null when it has none or several.</summary>
        public SyntaxTree? Tree { get; }

        /// <summary>The computed value (null until computed).</summary>
        public Computed? Value;
    }

    /// <summary>A computed value, which may itself be null (no single value).</summary>
    private sealed class Computed
    {
        public Computed(IOperation? operation) => Operation = operation;

        public IOperation? Operation { get; }
    }
}
