using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Harbour.Ledger.Book;

/// <summary>The month-end checks, kept apart from the postings.</summary>
public sealed partial class HarbourBook
{
    /// <summary>Whether the clearing account exceeds the reserve (a bug: yen against euros, fields of another file).</summary>
    public bool ClearingExceedsReserve() => _clearing > _reserve; // expect: AIR0001

    /// <summary>Whether the reserve is above the opening balance.</summary>
    public bool ReserveAboveOpening() => Reserve > _openingBalance; // clean: both euros

    /// <summary>Whether the clearing balance passes the partner's deposit.</summary>
    public bool ClearingAboveDeposit() => Policy.PartnerDeposit is Money deposit && Clearing > deposit; // clean: both yen

    /// <summary>Whether the partner's deposit covers the reserve (a bug: a nullable yen figure against euros).</summary>
    public bool DepositCoversReserve() => Policy.PartnerDeposit >= _reserve; // expect: AIR0001

    /// <summary>The low and high closing estimates, in euros.</summary>
    public (Money Low, Money High) ClosingEstimate()
    {
        var low = _reserve * 0.9m;
        return (Low: low, High: _reserve * 1.1m);
    }

    /// <summary>The width of the closing estimate.</summary>
    public Money EstimateWidth()
    {
        var (low, high) = ClosingEstimate();
        return high - low; // clean: euros minus euros
    }

    /// <summary>Whether the clearing balance lies above the low estimate (a bug: yen against euros).</summary>
    public bool ClearingAboveLowEstimate()
    {
        var (low, _) = ClosingEstimate();
        return Clearing > low; // expect: AIR0001
    }

    /// <summary>The month-end status word, by a switch statement.</summary>
    public string Status(Desk desk)
    {
        Money floor;
        switch (desk)
        {
            case Desk.Partner:
                floor = Money.Jpy(100_000m);
                break;
            case Desk.Treasury or Desk.Terminals:
                floor = Policy.FloorFor(desk);
                break;
            default:
                return "not checked";
        }

        return _reserve < floor ? "below floor" : "ok"; // clean: the floor is written twice, in two currencies
    }

    /// <summary>Whether the reserve passes a desk's floor.</summary>
    public bool ReserveAboveFloor(Desk desk) => _reserve > Policy.FloorFor(desk); // clean: euros, the switch's throw arm states none

    /// <summary>Whether the clearing balance passes a desk's floor (a bug: yen against euros).</summary>
    public bool ClearingAboveFloor(Desk desk) => _clearing > Policy.FloorFor(desk); // expect: AIR0001

    /// <summary>Checks the dredging tranches with a local function.</summary>
    public bool DredgingFunded()
    {
        var committed = Policy.DredgingTranches.Sum(Currency.EUR);
        return Covered(_reserve) && !Covered(_clearing * 0m + Money.Jpy(1m)); // expect: AIR0001 (yen given to a local function that compares it with captured euros; marked clean when such calls were not checked)

        bool Covered(Money available) => available >= committed; // clean: a parameter against a captured local
    }

    /// <summary>The largest dredging tranche against the clearing account (a bug: euros against yen).</summary>
    public bool TrancheAboveClearing() => Policy.DredgingTranches.Max() > _clearing; // expect: AIR0001

    /// <summary>The floor a local function states, against the clearing account (a bug).</summary>
    public bool ClearingAboveLocalFloor()
    {
        return _clearing >= Floor(); // expect: AIR0001

        static Money Floor() => Money.Eur(750m);
    }

    /// <summary>Posts each receipt and tells a subscriber about large ones.</summary>
    public int Replay(IEnumerable<PartnerReceipt> receipts)
    {
        var large = 0;
        var threshold = Money.Jpy(2_000_000m);
        PostingHandler count = (_, amount) =>
        {
            if (amount > threshold) // clean: the handler's amount is a parameter, unknown
            {
                large++;
            }
        };

        Posted += count;
        try
        {
            foreach (var receipt in receipts.OrderBy(r => r.ValueDate))
            {
                Post("clearing", receipt.Received);
                Clear(receipt);
            }
        }
        finally
        {
            Posted -= count;
        }

        return large;
    }

    /// <summary>Renders the book for the board.</summary>
    public override string ToString() =>
        $"reserve {_reserve:N2}, clearing {_clearing:N0}, accounts {string.Join(", ", _postings.Keys.Order(StringComparer.Ordinal))}"; // clean: text
}
