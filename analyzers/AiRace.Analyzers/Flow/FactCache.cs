using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AiRace.Analyzers;

/// <summary>
/// Facts about symbols (a member's currency, a method's returns, a collection's elements), each worked out on first
/// use and kept for the compilation. Working a fact out may need others (a field written from a property written from
/// the field): a fact asked for again while it is being worked out on the same thread is answered with a stand-in
/// (<see cref="Currencies.None"/>: a self-reference adds no currency), and a fact whose answer leaned on the stand-in
/// of another fact still in progress is not kept, since only the outermost of them sees all the writes.
/// </summary>
/// <typeparam name="T">The fact (a reference type; null is not a fact).</typeparam>
internal sealed class FactCache<T>
    where T : class
{
    /// <summary>How many facts one question may work out before giving up (unknown).</summary>
    private const int Budget = 400;

    /// <summary>How deeply facts may depend on each other.</summary>
    private const int MaxNesting = 24;

    private readonly ConcurrentDictionary<ISymbol, T> _facts = new(SymbolEqualityComparer.Default);
    private readonly IdentityCache<ISymbol, T> _byObject = new();
    private readonly Func<ISymbol, CancellationToken, T> _compute;
    private readonly T _whileComputing;
    private readonly T _unknown;

    /// <param name="compute">Works the fact out for a symbol (an original definition).</param>
    /// <param name="whileComputing">The answer for a fact asked for while it is being worked out.</param>
    /// <param name="unknown">The answer when the question goes too deep.</param>
    public FactCache(Func<ISymbol, CancellationToken, T> compute, T whileComputing, T unknown)
    {
        _compute = compute;
        _whileComputing = whileComputing;
        _unknown = unknown;
    }

    /// <summary>The fact of a symbol.</summary>
    [MethodImpl(Hot.Path)]
    public T Get(ISymbol symbol, CancellationToken cancellationToken)
    {
        symbol = symbol.OriginalDefinition;
        var known = _byObject.Get(symbol);
        if (known is not null)
        {
            return known;
        }

        if (_facts.TryGetValue(symbol, out known))
        {
            _byObject.Set(symbol, known);
            return known;
        }

        return Compute(symbol, cancellationToken);
    }

    private T Compute(ISymbol symbol, CancellationToken cancellationToken)
    {
        var stack = InProgress.Current;
        if (stack.IsAsked(this, symbol))
        {
            return _whileComputing;
        }

        if (stack.Count >= MaxNesting || !stack.Spend(Budget))
        {
            return _unknown;
        }

        int saved = stack.Enter(this, symbol);
        T fact;
        bool keep;
        try
        {
            fact = _compute(symbol, cancellationToken);
        }
        finally
        {
            keep = stack.Leave(saved);
        }

        if (keep)
        {
            fact = _facts.GetOrAdd(symbol, fact);
            _byObject.Set(symbol, fact);
        }

        return fact;
    }
}

/// <summary>The facts being worked out on this thread, outermost first.</summary>
internal sealed class InProgress
{
    [ThreadStatic]
    private static InProgress? t_current;

    private readonly List<object> _caches = new();
    private readonly List<ISymbol> _symbols = new();

    // the lowest position of a fact in progress that the fact being worked out has leaned on
    private int _lowest = int.MaxValue;
    private int _spent;

    public static InProgress Current => t_current ??= new InProgress();

    public int Count => _symbols.Count;

    /// <summary>The symbol of the fact in progress at a position.</summary>
    public ISymbol SymbolAt(int index) => _symbols[index];

    private int IndexOf(object cache, ISymbol symbol)
    {
        for (int i = 0; i < _symbols.Count; i++)
        {
            if (ReferenceEquals(_caches[i], cache) && SymbolEqualityComparer.Default.Equals(_symbols[i], symbol))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a question (a cache, or a marker of a search) about a symbol is already being worked out on this thread;
    /// if so, the fact being worked out leans on it (its answer is not kept, see <see cref="Leave"/>).
    /// </summary>
    public bool IsAsked(object question, ISymbol symbol)
    {
        int index = IndexOf(question, symbol);
        if (index < 0)
        {
            return false;
        }

        Touch(index);
        return true;
    }

    /// <summary>Records that the fact being worked out leaned on the one in progress at <paramref name="index"/>.</summary>
    public void Touch(int index) => _lowest = Math.Min(_lowest, index);

    /// <summary>Counts one more fact worked out for the outermost question; false when its budget is spent.</summary>
    public bool Spend(int budget)
    {
        if (_symbols.Count == 0)
        {
            _spent = 0;
        }

        return ++_spent <= budget;
    }

    /// <summary>Starts a fact; returns what <see cref="Leave"/> needs.</summary>
    public int Enter(object cache, ISymbol symbol)
    {
        _caches.Add(cache);
        _symbols.Add(symbol);
        int saved = _lowest;
        _lowest = int.MaxValue;
        return saved;
    }

    /// <summary>Ends the innermost fact; true when its answer may be kept (it leaned on nothing outside itself).</summary>
    public bool Leave(int saved)
    {
        int index = _symbols.Count - 1;
        _caches.RemoveAt(index);
        _symbols.RemoveAt(index);
        bool keep = _lowest >= index;
        _lowest = Math.Min(saved, _lowest < index ? _lowest : int.MaxValue);
        return keep;
    }
}
