using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>The desk's housekeeping of its working collections: slots corrected, lists refilled, queues drained.</summary>
internal static class Housekeeping
{
    /// <summary>A working sheet whose first slot the editor corrected from yuan to dollars.</summary>
    public static bool CorrectedSlot()
    {
        var sheet = new Dictionary<string, Money>();
        sheet["stargate"] = Money.Billions(3_600m, Currency.CNY);
        sheet["stargate"] = Money.Billions(500m, Currency.USD);
        return sheet["stargate"] > Ledger.Stargate; // clean: the slot holds dollars by now
    }

    /// <summary>The same sheet, compared with the yuan plan after the correction.</summary>
    public static bool CorrectedSlotAgainstPlan()
    {
        var sheet = new Dictionary<string, Money>();
        sheet["stargate"] = Money.Billions(3_600m, Currency.CNY);
        sheet["stargate"] = Money.Billions(500m, Currency.USD);
        return sheet["stargate"] > Ledger.ActionPlan; // expect: AIR0001
    }

    /// <summary>An array whose yuan element is replaced with dollars before the sum.</summary>
    public static Money ReplacedElement()
    {
        Money[] row = [Money.Billions(3_600m, Currency.CNY), Money.Billions(100m, Currency.USD)];
        row[0] = Money.Billions(500m, Currency.USD);
        return row.Sum(Currency.USD); // clean: both elements are dollars by now
    }

    /// <summary>A list cleared and refilled with dollars before the sum.</summary>
    public static Money Refilled()
    {
        var list = new List<Money> { Ledger.ActionPlan, Ledger.ShanghaiFund };
        list.Clear();
        list.Add(Ledger.Stargate);
        list.Add(Money.Billions(52.7m, Currency.USD));
        return list.Sum(Currency.USD); // clean: only dollars after the refill
    }

    /// <summary>A queue of city grants drained, then summed in dollars.</summary>
    public static Money QueueInDollars()
    {
        var queue = new Queue<Money>();
        foreach (var c in Ledger.Cities)
        {
            queue.Enqueue(c.Grant);
        }

        queue.Dequeue();
        return queue.Sum(Currency.USD); // expect: AIR0001
    }

    /// <summary>Dollars and pounds with the pounds removed, then summed in euros.</summary>
    public static Money WestInEuros()
    {
        var west = new List<Money> { Ledger.Stargate, Money.Billions(2.5m, Currency.GBP) };
        west.RemoveAll(m => m.Currency == Currency.GBP);
        return west.Sum(Currency.EUR); // expect: AIR0001
    }

    /// <summary>Dollars and pounds with everything but dollars removed, then the largest against Stargate.</summary>
    public static bool WestLargest()
    {
        var west = new List<Money> { Ledger.Stargate, Money.Billions(2.5m, Currency.GBP) };
        west.RemoveAll(m => m.Currency != Currency.USD);
        return west.Max() >= Ledger.Stargate; // clean: only dollars are left
    }

    /// <summary>A sort that orders by currency first.</summary>
    public static List<Money> SortedByCurrencyFirst()
    {
        var list = Ledger.Commitments.Select(c => c.Pledged).ToList();
        list.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: the currency decides first
        return list;
    }

    /// <summary>The two headlines compared only when their currencies agree (they never do).</summary>
    public static bool GuardedHeadlines() =>
        Ledger.ActionPlan.Currency == Ledger.Stargate.Currency && Ledger.ActionPlan > Ledger.Stargate; // clean: the test of both guards the use

    /// <summary>The same in a switch expression with a guarding first arm.</summary>
    public static string GuardedArms(Money a, Money b) => a switch
    {
        _ when a.Currency != b.Currency => "not comparable",
        _ => a > b ? "first" : "second", // clean: the earlier arm took the mismatch
    };

    /// <summary>The totals per currency, read by the dollar key.</summary>
    public static bool DollarTotalAboveStargate()
    {
        var byCurrency = Ledger.Commitments.GroupBy(c => c.Pledged.Currency).ToDictionary(g => g.Key, g => g.Sum(x => x.Pledged, g.Key));
        return byCurrency[Currency.USD] > Ledger.Stargate; // clean: the dollar key holds the dollar total
    }

    /// <summary>A running value replaced by each element before it is compared with that element.</summary>
    public static int SelfComparisons()
    {
        var count = 0;
        var running = Money.Zero(Currency.CNY);
        foreach (var c in Ledger.Commitments)
        {
            running = c.Pledged;
            if (running >= c.Pledged) // clean: the same value
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A zero in a figure's own currency added to it.</summary>
    public static Money PlusZero(Money figure) => Money.Zero(figure.Currency) + figure; // clean: the figure's own currency

    /// <summary>The brief's one-line verdict, with a comparison of two yuan lines inside the text.</summary>
    public static string OneLine() => $"{(Ledger.ActionPlan > Ledger.ShanghaiFund ? "the plan" : "Shanghai")} leads at home"; // clean: yuan and yuan

    /// <summary>The brief's one-line verdict across the Pacific.</summary>
    public static string PacificLine() => $"{(Ledger.ActionPlan > Ledger.Stargate ? "China" : "the US")} leads"; // expect: AIR0001

    /// <summary>Yuan lines negated and added back.</summary>
    public static Money Netted() => -Ledger.ShanghaiFund + Ledger.ActionPlan; // clean: yuan and yuan

    /// <summary>Yen netted against won.</summary>
    public static Money NettedAsia() => -Ledger.RapidusAid + Ledger.KChips; // expect: AIR0001
}
