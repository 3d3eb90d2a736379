using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// A value worked out once per symbol for a compilation (what the rules make of a called method, a member's single
/// value). Symbols are keyed by symbol equality; a symbol that is its own definition (nearly every method called and
/// member referenced: the compiler hands each use the same object) is also remembered by identity in an
/// <see cref="IdentityCache{TKey, TValue}"/>, so the usual look-up costs one array read and no symbol hashing.
/// </summary>
/// <typeparam name="TSymbol">The kind of symbol.</typeparam>
/// <typeparam name="TValue">The value worked out for it.</typeparam>
internal sealed class SymbolMemo<TSymbol, TValue>
    where TSymbol : class, ISymbol
    where TValue : class
{
    private readonly ConcurrentDictionary<TSymbol, TValue> _bySymbol = new(SymbolEqualityComparer.Default);
    private readonly IdentityCache<TSymbol, TValue> _byObject = new();
    private readonly Func<TSymbol, TValue> _create;

    /// <param name="create">Works out the value of a symbol (may run more than once for a symbol met concurrently; one result is kept).</param>
    public SymbolMemo(Func<TSymbol, TValue> create) => _create = create;

    /// <summary>The symbol's value, worked out on first use.</summary>
    [MethodImpl(Hot.Path)]
    public TValue Get(TSymbol symbol)
    {
        var value = _byObject.Get(symbol);
        if (value is null)
        {
            if (!_bySymbol.TryGetValue(symbol, out value))
            {
                value = _bySymbol.GetOrAdd(symbol, _create(symbol));
            }

            if (ReferenceEquals(symbol.OriginalDefinition, symbol))
            {
                _byObject.Set(symbol, value);
            }
        }

        return value;
    }
}
