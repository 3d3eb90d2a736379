using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>A store of items the services read; the batch and the tests each provide one.</summary>
public interface IRepository<T>
{
    void Add(T item);

    IReadOnlyList<T> All();
}

/// <summary>The in-memory store the batch uses.</summary>
public class InMemoryRepository<T> : IRepository<T>
{
    protected readonly List<T> Items = [];

    public virtual void Add(T item) => Items.Add(item);

    public IReadOnlyList<T> All() => Items;
}

/// <summary>Awards, with the totals the dashboards ask for.</summary>
public sealed class AwardRepository : InMemoryRepository<Award>
{
    public Money TotalIn(Currency currency) => Items.Sum(a => a.Amount, currency); // clean: the caller's currency, elements unknown

    public Award? Largest(Currency currency) => Items.Where(a => a.Amount.Currency == currency).OrderByDescending(a => a.Amount).FirstOrDefault(); // clean: one currency after the filter

    public IEnumerable<Award> Since(int year) => Items.Where(a => a.Year >= year);
}

/// <summary>The award notices, as published: Chinese ones in yuan, American ones in dollars.</summary>
public static class AwardSeed
{
    public static readonly Award[] China =
    [
        new("SMIC", Money.Billions(27m, Currency.CNY), 2024),
        new("Hua Hong", Money.Billions(9.8m, Currency.CNY), 2024),
        new("YMTC", Money.Billions(12.9m, Currency.CNY), 2023),
    ];

    public static readonly Award[] America =
    [
        new("Intel", Money.Billions(7.86m, Currency.USD), 2024),
        new("TSMC", Money.Billions(6.6m, Currency.USD), 2024),
        new("Micron", Money.Billions(6.165m, Currency.USD), 2023),
    ];

    public static readonly Award[] All = [.. China, .. America];

    public static Money ChinaTotal() => China.Sum(a => a.Amount, Currency.CNY); // clean: the Chinese notices are in yuan

    public static Money AmericaTotal() => America.Sum(a => a.Amount, Currency.USD); // clean: the American notices are in dollars

    public static Money AmericaInYuan() => America.Sum(a => a.Amount, Currency.CNY); // expect: AIR0001

    public static Money AllInDollars() => All.Sum(a => a.Amount, Currency.USD); // expect: AIR0001

    public static Award LargestAnywhere() => All.MaxBy(a => a.Amount); // expect: AIR0001

    public static Award LargestAmerican() => America.MaxBy(a => a.Amount); // clean: dollars only

    public static IEnumerable<Award> ChinaRanked() => China.OrderBy(a => a.Amount); // clean: yuan only

    public static IEnumerable<Award> EveryoneRanked() => All.OrderBy(a => a.Year).ThenByDescending(a => a.Amount); // expect: AIR0001

    public static Award Revised(Award a) => a with { Year = a.Year + 1 }; // clean: the amount stays

    public static Award Topped(Award a) => a with { Amount = a.Amount * 1.1m }; // clean: scaled in its own currency

    public static bool SmicAboveIntel() => China[0].Amount > America[0].Amount; // expect: AIR0001

    public static bool SmicAboveHuaHong() => China[0].Amount > China[1].Amount; // clean: yuan both
}

/// <summary>Orders awards by amount; used where each list holds one currency.</summary>
public sealed class ByAmount : IComparer<Award>
{
    public static readonly ByAmount Instance = new();

    public int Compare(Award x, Award y) => x.Amount.CompareTo(y.Amount); // clean: parameters, currencies unknown
}

/// <summary>Orders money by currency first, then by amount: safe on any mix.</summary>
public sealed class CurrencyThenAmount : IComparer<Money>
{
    public int Compare(Money x, Money y) =>
        x.Currency != y.Currency ? string.CompareOrdinal(x.Currency.Code, y.Currency.Code) : x.CompareTo(y); // clean: guarded by the currency test
}

/// <summary>Sorts the desks ask for.</summary>
public static class Sorting
{
    public static Award[] ChinaSorted()
    {
        var copy = AwardSeed.China.ToArray();
        Array.Sort(copy, ByAmount.Instance); // clean: one currency, and a comparer of the code
        return copy;
    }

    public static List<Money> HeadlinesSorted()
    {
        var list = new List<Money> { Headline.BigFundIII, Headline.ChipsGrants, Headline.EuChipsAct };
        list.Sort(); // expect: AIR0001
        return list;
    }

    public static List<Money> HeadlinesByCurrency()
    {
        var list = new List<Money> { Headline.BigFundIII, Headline.ChipsGrants, Headline.EuChipsAct };
        list.Sort(new CurrencyThenAmount()); // clean: a comparer that orders by currency first
        return list;
    }

    public static Money[] DomesticSorted()
    {
        Money[] funds = [Headline.BigFundIII, Headline.BigFundII, Headline.ShanghaiFund];
        Array.Sort(funds); // clean: yuan only
        return funds;
    }

    public static Money[] ForeignSorted()
    {
        Money[] funds = [Headline.ChipsGrants, Headline.ChipsLoans, Headline.RapidusAid];
        Array.Sort(funds, (a, b) => a.CompareTo(b)); // expect: AIR0001
        return funds;
    }

    public static Money SmallestForeign() => new[] { Headline.ChipsGrants, Headline.EuChipsAct }.Min(); // expect: AIR0001
}
