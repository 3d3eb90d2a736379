using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Harbour.Ledger.Analysis;

/// <summary>Orders money by its amount alone (the team uses it only within one currency).</summary>
public sealed class AmountOrder : IComparer<Money>
{
    /// <summary>The one instance.</summary>
    public static readonly AmountOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(Money x, Money y) => x.Amount.CompareTo(y.Amount); // expect: AIR0004
}

/// <summary>Helpers over the ledger's collections.</summary>
public static class LedgerExtensions
{
    /// <summary>The dues of some invoices, in euros.</summary>
    public static Money TotalDue(this IEnumerable<DuesInvoice> invoices) => invoices.Sum(i => i.Due, Currency.EUR); // clean: every invoice is euros

    /// <summary>The receipts' total in the home currency (a bug: the receipts are yen).</summary>
    public static Money TotalInHomeCurrency(this IEnumerable<PartnerReceipt> receipts) => receipts.Sum(r => r.Received, Currency.FromCode(Policy.HomeCode)); // expect: AIR0001

    /// <summary>The receipts' total in yen.</summary>
    public static Money TotalYen(this IEnumerable<PartnerReceipt> receipts) => receipts.Sum(r => r.Received, Policy.PartnerCurrency); // clean: yen

    /// <summary>Sums any items in a currency the caller states.</summary>
    public static Money SumIn<T>(this IEnumerable<T> items, Func<T, Money> pick, Currency currency) => items.Sum(pick, currency); // clean: unknown

    /// <summary>The entries of one desk.</summary>
    public static IEnumerable<LedgerEntry> OfDesk(this IEnumerable<LedgerEntry> entries, Desk desk) => entries.Where(e => e.Desk == desk);

    /// <summary>The raw total of some entries (a bug: the file mixes currencies).</summary>
    public static decimal RawTotal(this IEnumerable<LedgerEntry> entries) => entries.Sum(e => e.Amount.Amount); // expect: AIR0007
}

/// <summary>The monthly treasury report.</summary>
public sealed class TreasuryReport
{
    private readonly IReadOnlyList<LedgerEntry> _entries;
    private readonly List<DuesInvoice> _invoices;
    private readonly List<PartnerReceipt> _receipts;

    /// <summary>Creates the report over what was read.</summary>
    public TreasuryReport(IReadOnlyList<LedgerEntry> entries, IEnumerable<DuesInvoice> invoices, IEnumerable<PartnerReceipt> receipts)
    {
        _entries = entries;
        _invoices = invoices.ToList();
        _receipts = receipts.ToList();
    }

    /// <summary>The entries' totals by desk and currency, each in its own currency.</summary>
    public Dictionary<(Desk Desk, Currency Currency), Money> TotalsByDeskAndCurrency() =>
        _entries
            .GroupBy(e => (e.Desk, e.Amount.Currency))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Amount).Sum(g.Key.Currency)); // clean: each group in its own currency

    /// <summary>The same, as query syntax, keyed by text.</summary>
    public IEnumerable<string> TotalsAsText() =>
        from e in _entries
        group e by e.Amount.Currency into g
        let total = g.Sum(x => x.Amount, g.Key)
        orderby total.Amount descending
        select $"{g.Key.Code}: {total:N2}"; // clean: interpolating money compares nothing

    /// <summary>The raw grand total of every entry (a bug: currencies mixed).</summary>
    public decimal GrandTotal() => (from e in _entries select e.Amount.Amount).Sum(); // expect: AIR0007

    /// <summary>The raw total folded by hand (a bug, written the long way).</summary>
    public decimal FoldedTotal() => _entries.Aggregate(0m, (acc, e) => acc + e.Amount.Amount); // expect: AIR0007

    /// <summary>The dues folded into one figure.</summary>
    public Money FoldedDues() => _invoices.Aggregate(Money.Zero(Currency.EUR), (acc, i) => acc + i.Due); // clean: euros into euros

    /// <summary>The dues folded into a yen seed (a bug).</summary>
    public Money FoldedDuesFromYen() => _invoices.Aggregate(Money.Jpy(0m), (acc, i) => acc + i.Due); // expect: AIR0001

    /// <summary>Each invoice against the receipt that paid it, in order (a bug: euros minus yen).</summary>
    public IEnumerable<Money> Unpaid() => _invoices.Zip(_receipts, (invoice, receipt) => invoice.Due - receipt.Received); // expect: AIR0001

    /// <summary>Each invoice paired with its receipt, for the clerk.</summary>
    public IEnumerable<string> Pairs() => _invoices.Zip(_receipts).Select(p => $"{p.First.Vessel}: {p.First.Due} / {p.Second.Received}"); // clean: text only

    /// <summary>The invoices from the largest, by a comparer.</summary>
    public IEnumerable<DuesInvoice> LargestFirst() => _invoices.OrderByDescending(i => i.Due, AmountOrder.Instance); // clean: all euros anyway

    /// <summary>The entries by amount with the library's comparer (whatever currency the file had).</summary>
    public IEnumerable<LedgerEntry> ByAmount() => _entries.OrderBy(e => e.Amount, Comparer<Money>.Default); // clean: entries' currencies unknown

    /// <summary>The invoices by amount, then vessel.</summary>
    public IEnumerable<DuesInvoice> Sorted() => _invoices.OrderBy(i => i.Due).ThenBy(i => i.Vessel, StringComparer.Ordinal); // clean: one currency

    /// <summary>The invoices worth chasing.</summary>
    public IEnumerable<DuesInvoice> ToChase() => _invoices.Where(i => i.Due >= Policy.ChaseThreshold); // clean: both euros

    /// <summary>The receipts above the chase threshold (a bug: a euro threshold for yen).</summary>
    public int LargeReceipts() => _receipts.Count(r => r.Received >= Policy.ChaseThreshold); // expect: AIR0001

    /// <summary>The receipts above a level the clerk types in euros (a lambda capturing a local; a bug).</summary>
    public List<PartnerReceipt> ReceiptsAbove(decimal level)
    {
        var cap = Money.Of(level, Currency.EUR);
        return _receipts.Where(r => r.Received > cap).ToList(); // expect: AIR0001
    }

    /// <summary>The receipts above a level in the partner's currency.</summary>
    public List<PartnerReceipt> ReceiptsAboveYen(decimal level)
    {
        var cap = Money.Of(level, Policy.PartnerCurrency);
        var later = _receipts.Where(r => r.Received > cap); // clean: both yen
        return later.OrderBy(r => r.ValueDate).ToList();
    }

    /// <summary>The spread of the receipts, first and last.</summary>
    public Money? Spread() => _receipts is [var first, .., var last] ? last.Received - first.Received : null; // clean: yen minus yen

    /// <summary>The first receipt against the last invoice (a bug).</summary>
    public bool FirstReceiptCoversLastInvoice() =>
        _receipts is [var first, ..] && _invoices is [.., var last] && first.Received >= last.Due; // expect: AIR0001

    /// <summary>The receipts by year, each year's total in yen.</summary>
    public Dictionary<int, Money> YenByYear() =>
        _receipts.GroupBy(r => r.ValueDate.Year).ToDictionary(g => g.Key, g => g.Sum(r => r.Received, Currency.JPY)); // clean: yen

    /// <summary>The receipts of each year, as lists.</summary>
    public Dictionary<int, List<Money>> ReceiptsByYear()
    {
        var byYear = new Dictionary<int, List<Money>>();
        foreach (var receipt in _receipts)
        {
            if (!byYear.TryGetValue(receipt.ValueDate.Year, out var list))
            {
                list = new List<Money>();
                byYear.Add(receipt.ValueDate.Year, list);
            }

            list.Add(receipt.Received);
        }

        return byYear;
    }

    /// <summary>Each invoice against the receipt that names its vessel, by a query join (a bug: euros minus yen).</summary>
    public IEnumerable<Money> Outstanding() =>
        from invoice in _invoices
        join receipt in _receipts on invoice.Vessel equals receipt.Reference
        select invoice.Due - receipt.Received; // expect: AIR0001

    /// <summary>The raw totals of each desk, by a query group (a bug: bare amounts of mixed files).</summary>
    public IEnumerable<(Desk Desk, decimal Total)> RawDeskTotals() =>
        from e in _entries
        group e.Amount.Amount by e.Desk into g
        select (g.Key, g.Sum()); // expect: AIR0007

    /// <summary>A receipt split into its parts and put together again in euros (a bug: the parts are yen).</summary>
    public static bool RebuiltAboveThreshold(PartnerReceipt receipt)
    {
        var (amount, currency) = receipt.Received;
        var rebuilt = Money.Of(amount, currency);
        var relabelled = Money.Of(amount, Currency.EUR);
        return rebuilt > Policy.ChaseThreshold // expect: AIR0001
            || relabelled > Policy.ChaseThreshold; // clean: relabelled in euros (wrong, but no mismatch)
    }

    /// <summary>The share of a receipt's transshipment read back from a nullable share (a bug: percent as fraction).</summary>
    public static Share Reread(Share? share) => Share.FromFraction(share?.Percent ?? 0m); // expect: AIR0005

    /// <summary>Whether an entry is a large partner booking.</summary>
    public static bool IsLargePartnerBooking(LedgerEntry entry) =>
        entry is { Desk: Desk.Partner, Amount: var amount } && amount > Money.Jpy(1_000_000m); // clean: the entry's currency comes from the file

    /// <summary>Whether an object is a receipt above the chase threshold (a bug: yen against euros).</summary>
    public static bool IsLargeReceipt(object item) =>
        item is PartnerReceipt { Received: var yen } && yen > Policy.ChaseThreshold; // expect: AIR0001

    /// <summary>Describes a booking.</summary>
    public static string Describe(LedgerEntry entry) => entry switch
    {
        { Amount.IsNegative: true } => $"refund of {entry.Amount.Abs()}",
        { Desk: Desk.Dredging, Amount: var a } when a > Policy.Floors[Desk.Dredging] => "large dredging", // clean: the entry's currency is unknown
        { Memo: [] } => "no memo",
        _ => entry.Memo,
    };

    /// <summary>The largest amounts of two entries, raw (a bug: strips the currencies).</summary>
    public static decimal LargerRaw(LedgerEntry a, LedgerEntry b) => Math.Max(a.Amount.Amount, b.Amount.Amount); // expect: AIR0004

    /// <summary>How far an invoice is above the chase threshold, raw (a bug: strips the currencies).</summary>
    public static decimal OverThreshold(DuesInvoice invoice)
    {
        var due = invoice.Due.Amount;
        var threshold = Policy.ChaseThreshold.Amount;
        return due - threshold; // expect: AIR0004
    }

    /// <summary>The entry's amount in cents, checked.</summary>
    public static long Cents(LedgerEntry entry)
    {
        checked
        {
            return (long)(entry.Amount.Amount * 100m); // clean: one amount and a plain number
        }
    }

    /// <summary>Averages the dues per berth, as text.</summary>
    public string AverageByBerth() => string.Join(
        "; ",
        _invoices
            .GroupBy(i => i.Berth)
            .OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Sum(i => i.Due, Currency.EUR) / g.Count()}"))); // clean: euros

    /// <summary>Loads receipts and compares their total with the dues (a bug: yen against euros).</summary>
    public async Task<bool> ReceiptsCoverDuesAsync(Func<Task<IReadOnlyList<PartnerReceipt>>> load)
    {
        var receipts = await load();
        var received = receipts.TotalYen();
        var due = _invoices.TotalDue();
        return received >= due; // expect: AIR0001
    }
}
