using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using AiRace.Core;
using Lumen.Grants.Data;
using Lumen.Grants.Model;

namespace Lumen.Grants.Portfolio;

/// <summary>Something the repository stores by key.</summary>
public interface IKeyed
{
    /// <summary>The key.</summary>
    string Key { get; }
}

/// <summary>An in-memory repository, as every service of the portfolio team uses.</summary>
/// <typeparam name="T">What it stores.</typeparam>
public class Repository<T>
    where T : IKeyed
{
    private readonly Dictionary<string, T> _items = [];

    /// <summary>Stores an item, replacing one with the same key.</summary>
    /// <param name="item">The item.</param>
    public void Put(T item) => _items[item.Key] = item;

    /// <summary>The item with a key, or nothing.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The item.</returns>
    public T? Find(string key) => _items.TryGetValue(key, out var item) ? item : default;

    /// <summary>Every item.</summary>
    public IReadOnlyCollection<T> All => _items.Values;

    /// <summary>The items that satisfy a test.</summary>
    /// <param name="test">The test.</param>
    /// <returns>The items.</returns>
    public IEnumerable<T> Where(Func<T, bool> test) => _items.Values.Where(test);
}

/// <summary>A grant as the portfolio team stores it.</summary>
/// <param name="Key">The grant's reference.</param>
/// <param name="Desk">The desk.</param>
/// <param name="Award">The award.</param>
public sealed record StoredGrant(string Key, Desk Desk, Money Award) : IKeyed;

/// <summary>A euro commitment of the Brussels desk: every commitment in the code is made in euros.</summary>
/// <param name="Key">The commitment's reference.</param>
/// <param name="Committed">The euros committed.</param>
public sealed record EuroCommitment(string Key, Money Committed) : IKeyed;

/// <summary>The portfolio's money in one generic form: anything that carries money and can be added.</summary>
/// <typeparam name="TSelf">The type.</typeparam>
public interface IMoneyCarrier<TSelf> : IAdditionOperators<TSelf, TSelf, TSelf>
    where TSelf : IMoneyCarrier<TSelf>
{
    /// <summary>The nothing of this type in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Nothing.</returns>
    static abstract TSelf None(Currency currency);

    /// <summary>The money it carries.</summary>
    Money Carried { get; }
}

/// <summary>Money earmarked for one purpose.</summary>
/// <param name="Purpose">The purpose.</param>
/// <param name="Carried">The money.</param>
public readonly record struct Earmark(string Purpose, Money Carried) : IMoneyCarrier<Earmark>
{
    /// <inheritdoc/>
    public static Earmark None(Currency currency) => new("none", Money.Zero(currency));

    /// <inheritdoc/>
    public static Earmark operator +(Earmark left, Earmark right) => new(left.Purpose, left.Carried + right.Carried); // clean: two parameters
}

/// <summary>Generic helpers of the portfolio team.</summary>
public static class Generic
{
    /// <summary>Adds up any money carriers, starting from nothing in a currency.</summary>
    /// <typeparam name="T">The carrier.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The total.</returns>
    public static T Total<T>(IEnumerable<T> items, Currency currency)
        where T : IMoneyCarrier<T> => items.Aggregate(T.None(currency), (sum, x) => sum + x); // clean: unknown, generic

    /// <summary>The sum of any addable values.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="seed">Where to start.</param>
    /// <param name="items">The values.</param>
    /// <returns>The sum.</returns>
    public static T SumAll<T>(T seed, IEnumerable<T> items)
        where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b); // clean: unknown, generic

    /// <summary>The balance of a pot of any desk.</summary>
    /// <typeparam name="TPot">The pot type.</typeparam>
    /// <param name="pot">The pot.</param>
    /// <returns>The balance, and whether it is in the pot's home currency.</returns>
    public static (Money Balance, bool AtHome) Check<TPot>(TPot pot)
        where TPot : IPot<TPot> => (pot.Balance, pot.Balance.Currency == TPot.Home); // clean: a currency check

    /// <summary>The earmarks of the Brussels desk, summed.</summary>
    /// <returns>The total.</returns>
    public static Earmark BrusselsEarmarks() =>
        Total([new Earmark("gpus", Money.Eur(2_000_000m)), new Earmark("storage", Money.Eur(300_000m))], Currency.EUR); // clean: euros

    /// <summary>The euro caps and the yen cap added by the generic helper (a bug).</summary>
    /// <returns>The sum.</returns>
    public static Money CapsTogether() => SumAll(Money.Zero(Currency.EUR), [Catalogue.BrusselsCap, Catalogue.TokyoCap]); // expect: AIR0001
}

/// <summary>Extension methods the portfolio team wrote over collections of money.</summary>
public static class MoneyCollections
{
    /// <summary>The sum of money that must all be in one currency; throws otherwise.</summary>
    /// <param name="items">The money.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The total.</returns>
    public static Money TotalIn(this IEnumerable<Money> items, Currency currency) => items.Sum(currency); // clean: stated

    /// <summary>The sum of the money in a currency, leaving out the rest.</summary>
    /// <param name="items">The money.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The total.</returns>
    public static Money TotalOnly(this IEnumerable<Money> items, Currency currency) => items.Where(m => m.Currency == currency).Sum(currency); // clean: filtered by currency

    /// <summary>The money grouped by currency, for a report in several columns.</summary>
    /// <param name="items">The money.</param>
    /// <returns>The groups.</returns>
    public static Dictionary<Currency, List<Money>> ByCurrency(this IEnumerable<Money> items) =>
        items.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>The totals of each currency.</summary>
    /// <param name="items">The money.</param>
    /// <returns>The totals.</returns>
    public static IEnumerable<Money> Totals(this IEnumerable<Money> items) => items.ByCurrency().Select(pair => pair.Value.Sum(pair.Key)); // clean: each group's own currency

    /// <summary>The bare figures of each currency, keyed by it (each group holds one currency).</summary>
    /// <param name="items">The money.</param>
    /// <returns>The figures.</returns>
    public static Dictionary<Currency, decimal> Figures(this IEnumerable<Money> items) =>
        items.GroupBy(m => m.Currency, m => m.Amount).ToDictionary(g => g.Key, g => g.Sum()); // clean: summed per currency, each group in one currency
}

/// <summary>The service that answers the board's portfolio questions.</summary>
/// <param name="grants">The grant store.</param>
/// <param name="commitments">The euro commitments.</param>
public sealed class PortfolioService(Repository<StoredGrant> grants, Repository<EuroCommitment> commitments)
{
    private readonly Dictionary<string, List<Money>> _byLab = [];

    /// <summary>Seeds the stores with the first round.</summary>
    public void Seed()
    {
        grants.Put(new StoredGrant("G-26-001", Desk.Brussels, Money.Eur(250_000m)));
        grants.Put(new StoredGrant("G-26-002", Desk.Tokyo, Money.Jpy(30_000_000m)));
        commitments.Put(new EuroCommitment("C-1", Money.Eur(1_000_000m)));
        commitments.Put(new EuroCommitment("C-2", Money.Eur(400_000m)));
    }

    /// <summary>Records an award for a lab.</summary>
    /// <param name="lab">The lab.</param>
    /// <param name="award">The award.</param>
    public void Record(string lab, Money award)
    {
        if (!_byLab.TryGetValue(lab, out var list))
        {
            _byLab[lab] = list = [];
        }

        list.Add(award);
    }

    /// <summary>A lab's total in a currency the caller states.</summary>
    /// <param name="lab">The lab.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The total.</returns>
    public Money LabTotal(string lab, Currency currency) => _byLab.TryGetValue(lab, out var list) ? list.TotalIn(currency) : Money.Zero(currency); // clean: stated

    /// <summary>The euro commitments, largest first.</summary>
    /// <returns>The commitments.</returns>
    public IEnumerable<EuroCommitment> LargestCommitments() => commitments.All.OrderByDescending(c => c.Committed); // clean: every commitment is euros

    /// <summary>The total of the euro commitments.</summary>
    /// <returns>The total.</returns>
    public Money Committed() => commitments.All.Sum(c => c.Committed, Currency.EUR); // clean: euros

    /// <summary>The euro commitments in yen by mistake (a bug: every commitment is euros).</summary>
    /// <returns>The total.</returns>
    public Money CommittedInYen() => commitments.All.Sum(c => c.Committed, Currency.JPY); // expect: AIR0001

    /// <summary>Whether a commitment is above the Tokyo cap (a bug: a euro commitment against yen).</summary>
    /// <param name="key">The commitment.</param>
    /// <returns>Whether it is.</returns>
    public bool CommitmentAboveTokyoCap(string key) => commitments.Find(key) is { } c && c.Committed > Catalogue.TokyoCap; // expect: AIR0001

    /// <summary>Whether a commitment is above the euro floor.</summary>
    /// <param name="key">The commitment.</param>
    /// <returns>Whether it is.</returns>
    public bool CommitmentAboveFloor(string key) => commitments.Find(key) is { Committed: var committed } && committed > Catalogue.EuroFloor; // clean: euros

    /// <summary>The stored grants ordered by award (the store mixes desks; the order is by each award's own size).</summary>
    /// <returns>The grants.</returns>
    public IEnumerable<StoredGrant> ByAward() => grants.All.OrderBy(g => g.Award); // clean: the store is a parameter, so its elements are unknown

    /// <summary>A commitment raised by ten percent, as a new record.</summary>
    /// <param name="c">The commitment.</param>
    /// <returns>The raised one.</returns>
    public static EuroCommitment Raised(EuroCommitment c) => c with { Committed = c.Committed * 1.1m }; // clean: keeps the currency

    /// <summary>The grants above the euro floor, for the Brussels board, fetched asynchronously.</summary>
    /// <returns>The grants.</returns>
    public async Task<IReadOnlyList<StoredGrant>> EuroAboveFloorAsync()
    {
        await Task.Yield();
        return grants.Where(g => g.Award.Currency == Currency.EUR && g.Award > Catalogue.EuroFloor).ToList(); // clean: checked first, unknown anyway
    }
}

/// <summary>The board's public figures, as the communications team publishes them.</summary>
public sealed class PublicFigures
{
    /// <summary>The year's budget, in euros, as a bare number for the website.</summary>
    public decimal Budget { get; init; } // expect: AIR0010

    /// <summary>The share of the budget spent on compute.</summary>
    public decimal ComputeShare { get; init; } // clean: a share

    /// <summary>The budget share for safety, in percent.</summary>
    public decimal PercentOfBudget { get; init; } // clean: a proportion

    /// <summary>The number of grants.</summary>
    public int Grants { get; init; }

    /// <summary>Builds the figures from a euro total.</summary>
    /// <param name="total">The total.</param>
    /// <param name="fundingUsd">The Boston partner's funding, in dollars, as the partner reports it.</param>
    /// <returns>The figures.</returns>
    public static PublicFigures From(Money total, decimal fundingUsd) => new() { Budget = total.Amount + fundingUsd }; // expect: AIR0010

    private decimal _costCache; // clean: not public

    /// <summary>The cost per grant, cached (a bare number on the public surface).</summary>
    public decimal CostPerGrant // expect: AIR0010
    {
        get => _costCache;
        set => _costCache = value;
    }
}
