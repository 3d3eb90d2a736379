using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Harbour.Ledger.Book;

/// <summary>A handler told of each posting.</summary>
public delegate void PostingHandler(string account, Money amount);

/// <summary>The authority's own book: euro accounts, a yen clearing account with the partner.</summary>
public sealed partial class HarbourBook
{
    private readonly Dictionary<string, List<Money>> _postings = new(StringComparer.Ordinal);
    private readonly Queue<Money> _pendingYen = new();
    private readonly Money _openingBalance = Money.Eur(12_500m);
    private Money _clearing = Money.Zero(Currency.JPY);
    private Money _reserve;
    private Money _lastPosted;

    /// <summary>Opens the book with the statutory reserve.</summary>
    public HarbourBook()
    {
        _reserve = Money.Of(40_000m, Policy.HomeCode);
    }

    /// <summary>Opens the book with a reserve the board set, in euros.</summary>
    public HarbourBook(decimal reserveEuros) // expect: AIR0010 (a currency name is a money word)
        : this()
    {
        _reserve = Money.Eur(reserveEuros);
    }

    /// <summary>Told of every posting.</summary>
    public event PostingHandler? Posted;

    /// <summary>The reserve, in euros.</summary>
    public Money Reserve => _reserve;

    /// <summary>The yen clearing balance with the partner.</summary>
    public Money Clearing
    {
        get { return _clearing; }
    }

    /// <summary>Posts an amount of whatever currency to an account.</summary>
    public void Post(string account, Money amount)
    {
        if (!_postings.TryGetValue(account, out var list))
        {
            _postings[account] = list = new List<Money>();
        }

        list.Add(amount);
        _lastPosted = amount;
        Posted?.Invoke(account, amount);
    }

    /// <summary>Posts a receipt from the partner to the clearing account.</summary>
    public void Clear(PartnerReceipt receipt)
    {
        _clearing += receipt.Received; // clean: yen onto yen
        _pendingYen.Enqueue(receipt.Received);
    }

    /// <summary>Posts a dues payment to the clearing account (a bug: euros onto yen).</summary>
    public void Clear(DuesInvoice paid)
    {
        _clearing -= paid.Due; // expect: AIR0001
    }

    /// <summary>Tops the reserve up from an invoice.</summary>
    public void TopUp(DuesInvoice invoice) => _reserve += invoice.Due; // clean: euros onto euros

    /// <summary>Runs a body against a running figure passed by reference.</summary>
    public static void Accrue(ref Money running, Money add) => running += add; // clean: both unknown

    /// <summary>Finds the last amount posted to an account.</summary>
    public bool TryLast(string account, out Money last)
    {
        if (_postings.TryGetValue(account, out var list) && list.Count > 0)
        {
            last = list[^1];
            return true;
        }

        last = Money.Zero(Currency.EUR);
        return false;
    }

    /// <summary>Whether the last posting to an account passes the reserve.</summary>
    public bool LastAboveReserve(string account) => TryLast(account, out var last) && last > _reserve; // clean: the posted amounts are unknown

    /// <summary>Whether the last posting of all passes the reserve.</summary>
    public bool LastPostedAboveReserve() => _lastPosted > _reserve; // clean: _lastPosted is written with unknown money

    /// <summary>The oldest pending yen against the opening balance (a bug: yen against euros).</summary>
    public bool OldestPendingAboveOpening() => _pendingYen.Count > 0 && _pendingYen.Peek() > _openingBalance; // expect: AIR0001

    /// <summary>Sums the pending yen, in yen.</summary>
    public Money PendingTotal() => _pendingYen.Sum(Currency.JPY); // clean: yen

    /// <summary>The accounts with their totals in a currency the caller states.</summary>
    public IEnumerable<(string Account, Money Total)> Totals(Currency currency)
    {
        foreach (var (account, list) in _postings)
        {
            yield return (account, list.Sum(currency)); // clean: the caller's currency
        }
    }

    /// <summary>Waits for the partner's statement and compares it with the clearing account.</summary>
    public async Task<bool> ClearingAgreesAsync(Func<Task<Money>> statement)
    {
        var theirs = await statement();
        return theirs == _clearing; // clean: the statement's currency is unknown
    }

    /// <summary>The deposit the partner is expected to hold, in yen.</summary>
    public static async Task<Money> ExpectedDepositAsync()
    {
        await Task.Yield();
        return Money.Jpy(5_000_000m);
    }

    /// <summary>Whether the expected deposit covers the reserve (a bug: yen against euros).</summary>
    public async Task<bool> DepositCoversReserveAsync() => await ExpectedDepositAsync() >= Money.Eur(40_000m); // expect: AIR0001
}
