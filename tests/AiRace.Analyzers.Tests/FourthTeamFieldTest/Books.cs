using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>A region's book of commitments, read by key; each book is kept in one currency.</summary>
public sealed class RegionBook
{
    private readonly Dictionary<string, Money> _entries = new(StringComparer.Ordinal);

    public RegionBook(Currency currency) => Currency = currency;

    public Currency Currency { get; }

    public Money this[string key] => _entries.TryGetValue(key, out var m) ? m : Money.Zero(Currency); // clean: the book's own currency

    public void Book(string key, Money amount)
    {
        if (amount.Currency != Currency)
        {
            throw new ArgumentException($"the {Currency} book cannot take {amount}", nameof(amount));
        }

        _entries[key] = this[key] + amount; // clean: checked against the book's currency above
    }

    public Money Total() => _entries.Values.Sum(Currency); // clean: the book's own currency
}

/// <summary>Something with a budget the dashboard can rank.</summary>
public interface IBudgeted
{
    Money Budget { get; }

    bool Above(Money other) => Budget > other; // clean: an interface member, its currency unknown
}

/// <summary>The national programmes as the dashboard lists them.</summary>
public sealed class NationalProgramme(string name, Money budget) : IBudgeted
{
    public string Name { get; } = name;

    public Money Budget { get; } = budget;

    public static readonly NationalProgramme BigFund = new("Big Fund III", Headline.BigFundIII);
    public static readonly NationalProgramme Chips = new("CHIPS Act", Headline.ChipsGrants);
    public static readonly NationalProgramme Kyushu = new("Kyushu cluster", Headline.KumamotoAid);
}

/// <summary>The money rows the batch moves through pooled buffers, and the queues and sets it keeps.</summary>
public static class Books
{
    public static Money PooledChinaTotal()
    {
        var rows = ArrayPool<Money>.Shared.Rent(3);
        try
        {
            rows[0] = Headline.BigFundIII;
            rows[1] = Headline.BigFundII;
            rows[2] = Headline.ShanghaiFund;
            return rows.Take(3).Sum(Currency.CNY); // clean: yuan rows
        }
        finally
        {
            ArrayPool<Money>.Shared.Return(rows, clearArray: true);
        }
    }

    public static bool PooledFirstAboveSecond()
    {
        var rows = ArrayPool<Money>.Shared.Rent(2);
        try
        {
            rows[0] = Headline.RapidusAid;
            rows[1] = Headline.EuChipsAct;
            return rows[0] > rows[1]; // expect: AIR0001
        }
        finally
        {
            ArrayPool<Money>.Shared.Return(rows);
        }
    }

    public static Money QueuedInEuros()
    {
        var queue = new Queue<Money>();
        queue.Enqueue(Headline.ChipsGrants);
        queue.Enqueue(Headline.ChipsLoans);
        var first = queue.Dequeue();
        return queue.Sum(Currency.EUR) + first; // expect: AIR0001
    }

    public static Money QueuedInDollars()
    {
        var queue = new Queue<Money>([Headline.ChipsGrants, Headline.ChipsLoans]);
        queue.Dequeue();
        return queue.Sum(Currency.USD); // clean: dollars only
    }

    public static Money SetMaximum()
    {
        var seen = new HashSet<Money> { Headline.BigFundIII, Headline.KChips };
        return seen.Max(); // expect: AIR0001
    }

    public static Money SortedFirst()
    {
        var byName = new SortedDictionary<string, Money>(StringComparer.Ordinal)
        {
            ["big-fund-ii"] = Headline.BigFundII,
            ["big-fund-iii"] = Headline.BigFundIII,
        };
        return byName.Values.First() + byName.Values.Last(); // clean: yuan both
    }

    public static bool ChinaBookAboveChips()
    {
        var book = new RegionBook(Currency.CNY);
        book.Book("national", Headline.BigFundIII);
        return book.Total() > Headline.ChipsGrants; // clean: the book's currency is a constructor argument the flow does not carry
    }

    public static Money? MaybeDomestic(bool known) => known ? Headline.BigFundII : null;

    public static bool MaybeAboveChips()
    {
        var maybe = MaybeDomestic(true);
        return maybe.HasValue && maybe.Value > Headline.ChipsGrants; // expect: AIR0001
    }

    public static bool TryChinaCap(out Money cap)
    {
        cap = Headline.BigFundIII;
        return true;
    }

    public static bool ChinaCapAboveEu() => TryChinaCap(out var cap) && cap > Headline.EuChipsAct; // expect: AIR0001

    public static bool ChinaCapAboveShanghai() => TryChinaCap(out var cap) && cap > Headline.ShanghaiFund; // clean: yuan both

    public static IEnumerable<IBudgeted> Dashboard() => [NationalProgramme.BigFund, NationalProgramme.Chips, NationalProgramme.Kyushu];

    public static bool BigFundAboveChips() => NationalProgramme.BigFund.Budget > NationalProgramme.Chips.Budget; // expect: AIR0001

    public static bool BigFundAboveSelf() => NationalProgramme.BigFund.Budget >= Headline.BigFundII; // clean: yuan both

    public static IBudgeted Leader() => Dashboard().MaxBy(p => p.Budget)!; // clean: an interface's property is unknown

    public static bool AboveThroughInterface() => ((IBudgeted)NationalProgramme.BigFund).Above(Headline.ChipsGrants); // clean: an interface's default body is not followed

    public static string Describe(object figure) => figure switch
    {
        Money { Currency.Code: "CNY" } m and { Amount: > 100_000_000_000m } => $"a national-scale yuan figure: {m}", // clean: one amount
        Money m when m.Currency == Currency.USD && m > Headline.ChipsGrants => "above the CHIPS grants", // clean: the test shows dollars
        Money m => m.ToString(),
        _ => "not money",
    };
}

/// <summary>The reconciliation desk: each check keeps one currency apart before it compares.</summary>
public sealed class Reconciliation
{
    private readonly List<Money> _scratch = [];

    public Money YenScratchTotal()
    {
        _scratch.Clear();
        _scratch.Add(Headline.RapidusAid);
        _scratch.Add(Headline.KumamotoAid);
        return _scratch.Sum(Currency.JPY); // clean: rebuilt with yen only after the clear
    }

    public static bool DollarsOnlyAboveChips()
    {
        var west = new List<Money> { Headline.ChipsGrants, Headline.EuChipsAct, Headline.ChipsLoans };
        west.RemoveAll(m => m.Currency != Currency.USD);
        return west.Max() > Headline.ChipsGrants; // clean: only dollars are left
    }

    public static Money OneSide(bool domestic)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(Headline.BigFundIII);
            caps.Add(Headline.BigFundII);
        }
        else
        {
            caps.Add(Headline.ChipsGrants);
            caps.Add(Headline.ChipsLoans);
        }

        return caps.Max(); // clean: one currency or the other, never both
    }

    public static Money Seeded(IReadOnlyList<Money> funds) => funds.Skip(1).Aggregate(funds[0], (acc, m) => acc + m); // clean: parameters

    public static IEnumerable<Money> SplitByYuan() =>
        Feeds.Everything().GroupBy(m => m.Currency == Currency.CNY).Select(g => g.Key ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)); // clean: the key shows yuan, the rest is dollars

    public static bool EuAboveChipsAtClose() =>
        Headline.EuChipsAct.ConvertTo(Currency.USD, TableFxService.Q4Close, TableFxService.Table, RateLookup.ExactDate).Result > Headline.ChipsGrants; // clean: converted first

    public static bool KChipsAboveChipsIfComparable() =>
        Headline.KChips.Currency == Headline.ChipsGrants.Currency && Headline.KChips > Headline.ChipsGrants; // clean: runs only when the currencies agree

    public static Money YuanBucketPlusBigFundII()
    {
        var byCurrency = Feeds.Everything().GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key));
        return byCurrency[Currency.CNY] + Headline.BigFundII; // clean: the yuan bucket
    }

    public static string Reconcile(Money a, Money b)
    {
        switch ((a.Currency.Code, b.Currency.Code))
        {
            case ("CNY", "CNY"):
                return a > Headline.BigFundII ? "large yuan" : (a - b).ToString(); // clean: both shown in yuan
            case ("USD", _):
                return a > Headline.ChipsGrants ? "large dollars" : "small dollars"; // clean: the case shows dollars
            default:
                return "apart";
        }
    }

    public static Money ChinaTotalThroughCopy()
    {
        IEnumerable<Money> copy = Feeds.ChinaTranches().ToList();
        var kept = copy.Where(m => m > Headline.ShanghaiFund).ToArray(); // clean: yuan both
        return kept.Sum(Currency.CNY) + Headline.ShanghaiFund; // clean: yuan both
    }

    public static Money ChinaTotalInWon() => Feeds.ChinaTranches().ToList().Sum(Currency.KRW); // expect: AIR0001
}
