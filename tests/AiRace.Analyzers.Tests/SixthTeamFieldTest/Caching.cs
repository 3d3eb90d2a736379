using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>The desk's own small memory cache (the service avoids a framework dependency).</summary>
internal interface ICache<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The value under the key, made by the factory on the first request.</summary>
    TValue GetOrCreate(TKey key, Func<TKey, TValue> factory);

    /// <summary>Forgets the value under the key.</summary>
    void Evict(TKey key);
}

/// <summary>A thread-safe cache over a <see cref="ConcurrentDictionary{TKey, TValue}"/> of lazy values.</summary>
internal sealed class MemoCache<TKey, TValue> : ICache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries = new();

    public TValue GetOrCreate(TKey key, Func<TKey, TValue> factory) =>
        _entries.GetOrAdd(key, k => new Lazy<TValue>(() => factory(k))).Value;

    public void Evict(TKey key) => _entries.TryRemove(key, out _);
}

/// <summary>A generic repository of keyed items.</summary>
internal interface IRepository<TKey, TItem>
    where TKey : notnull
{
    /// <summary>The item under the key, if any.</summary>
    bool TryGet(TKey key, out TItem item);

    /// <summary>Every item.</summary>
    IEnumerable<TItem> All();

    /// <summary>Adds or replaces an item.</summary>
    void Put(TKey key, TItem item);
}

/// <summary>The in-memory repository the brief's tests and the nightly job share.</summary>
internal sealed class InMemoryRepository<TKey, TItem> : IRepository<TKey, TItem>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TItem> _items = new();

    public bool TryGet(TKey key, out TItem item) => _items.TryGetValue(key, out item!);

    public IEnumerable<TItem> All() => _items.Values;

    public void Put(TKey key, TItem item) => _items[key] = item;
}

/// <summary>Cached headline figures the brief reads again and again.</summary>
internal static class Headlines
{
    private static readonly Lazy<Money> LazyPlan = new(() => Money.Trillions(1m, Currency.CNY));
    private static readonly Lazy<Money> LazyStargate = new(() => Money.Billions(500m, Currency.USD));
    private static readonly ConcurrentDictionary<string, Money> Latest = new()
    {
        ["cn-plan"] = Money.Trillions(1m, Currency.CNY),
        ["us-stargate"] = Money.Billions(500m, Currency.USD),
        ["eu-investai"] = Money.Billions(200m, Currency.EUR),
    };

    private static readonly Dictionary<string, Money> Frozen = new()
    {
        ["cn-shanghai"] = Money.Billions(60m, Currency.CNY),
        ["us-chips"] = Money.Billions(52.7m, Currency.USD),
        ["jp-rapidus"] = Money.Millions(920_000m, Currency.JPY),
    };

    /// <summary>The plan against Stargate through the lazies.</summary>
    public static bool PlanAboveStargate() => LazyPlan.Value > LazyStargate.Value; // expect: AIR0001

    /// <summary>The two latest headlines subtracted for the chart's annotation.</summary>
    public static Money Annotation() => Latest["cn-plan"] - Latest["us-stargate"]; // expect: AIR0001

    /// <summary>Shanghai's fund against the CHIPS Act by key.</summary>
    public static bool ShanghaiAboveChips() => Frozen["cn-shanghai"] > Frozen["us-chips"]; // expect: AIR0001

    /// <summary>The yen line against the CHIPS Act, equal or not.</summary>
    public static bool RapidusMatchesChips() => Frozen["jp-rapidus"] == Frozen["us-chips"]; // expect: AIR0001

    /// <summary>The same key read twice: one currency.</summary>
    public static Money DoubledShanghai() => Frozen["cn-shanghai"] + Frozen["cn-shanghai"]; // clean: one key, one currency

    /// <summary>Every frozen headline added in dollars for the newsletter.</summary>
    public static Money FrozenInDollars() => Frozen.Values.Sum(Currency.USD); // expect: AIR0001

    /// <summary>The headlines cached by the memo cache, made per key.</summary>
    public static Money FromCache(MemoCache<string, Money> cache) =>
        cache.GetOrCreate("cn", _ => Money.Billions(60m, Currency.CNY)) + cache.GetOrCreate("us", _ => Money.Billions(52.7m, Currency.USD)); // expect: AIR0001

    /// <summary>A repository filled with yuan and dollars, then its items summed in yuan.</summary>
    public static Money RepositoryTotal()
    {
        var repository = new InMemoryRepository<string, Money>();
        repository.Put("shanghai", Money.Billions(60m, Currency.CNY));
        repository.Put("stargate", Money.Billions(500m, Currency.USD));
        return repository.All().Sum(Currency.CNY); // expect: AIR0001
    }

    /// <summary>A repository of yuan only, looked up and compared with a yuan threshold.</summary>
    public static bool YuanRepositoryAbove()
    {
        var repository = new InMemoryRepository<string, Money>();
        repository.Put("beijing", Money.Millions(1_000m, Currency.CNY));
        return repository.TryGet("beijing", out var beijing) && beijing > Money.Millions(500m, Currency.CNY); // clean: yuan and yuan
    }

    /// <summary>A local concurrent cache of two currencies compared by key.</summary>
    public static bool LocalCacheCompare()
    {
        var local = new ConcurrentDictionary<string, Money>();
        local["seoul"] = Money.Trillions(33m, Currency.KRW);
        local["tokyo"] = Money.Millions(920_000m, Currency.JPY);
        return local["seoul"] > local["tokyo"]; // expect: AIR0001
    }

    /// <summary>A local lazy yuan figure against a dollar figure.</summary>
    public static Money LazyGap()
    {
        var yuan = new Lazy<Money>(() => Money.Cny(138m));
        return yuan.Value - Money.Usd(19m); // expect: AIR0001
    }

    /// <summary>Takes a headline if the cache has it and it is in the currency asked for.</summary>
    public static Money? InCurrency(string key, Currency currency) =>
        Latest.TryGetValue(key, out var m) && m.Currency == currency ? m : null; // clean: no money combined
}
