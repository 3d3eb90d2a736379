using System.Runtime.CompilerServices;
using System.Threading;

namespace AiRace.Analyzers;

/// <summary>
/// A small, lock-free, direct-mapped cache in front of a per-compilation dictionary, keyed by object identity: each
/// key's identity hash picks one slot, and a slot holds the last key that landed there with its value. The compiler
/// hands every call of a method (and every reference to a member) the same symbol object, so nearly every look-up is
/// answered here with one array read and one reference comparison; a miss costs the caller its dictionary look-up.
/// Slots are replaced whole (an immutable pair), so concurrent readers never see a key with another key's value.
/// </summary>
/// <typeparam name="TKey">The key (compared by reference).</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class IdentityCache<TKey, TValue>
    where TKey : class
    where TValue : class
{
    private const int Slots = 256;

    private readonly Pair?[] _slots = new Pair?[Slots];

    /// <summary>The value cached for exactly this key object, or null.</summary>
    [MethodImpl(Hot.Path)]
    public TValue? Get(TKey key)
    {
        var pair = Volatile.Read(ref _slots[RuntimeHelpers.GetHashCode(key) & (Slots - 1)]);
        return pair is not null && ReferenceEquals(pair.Key, key) ? pair.Value : null;
    }

    /// <summary>Caches a value for this key object (replacing whatever shared its slot).</summary>
    public void Set(TKey key, TValue value) =>
        Volatile.Write(ref _slots[RuntimeHelpers.GetHashCode(key) & (Slots - 1)], new Pair(key, value));

    private sealed class Pair
    {
        public Pair(TKey key, TValue value)
        {
            Key = key;
            Value = value;
        }

        public TKey Key { get; }

        public TValue Value { get; }
    }
}
