using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AiRace.Core;
using Harbour.Ledger.Treasury;

namespace Harbour.Ledger.Closing;

/// <summary>A quote from the partner: a euro price, which the record keeps in yen for the partner's books.</summary>
public sealed record YenQuote(Money Price, DateOnly Quoted, IExchangeRateProvider Rates)
{
    /// <summary>The price, converted to yen at the quote's date.</summary>
    public Money Price { get; init; } = Price.ConvertTo(Currency.JPY, Quoted, Rates, RateLookup.MostRecentWithin(3)).Result;
}

/// <summary>A figure of the harbour, in any currency.</summary>
public record Figure(string Label, Money Value);

/// <summary>A figure restated in yen, the euro value kept for the record.</summary>
public sealed record RestatedFigure(string Label, Money Euros, DateOnly At, IExchangeRateProvider Rates)
    : Figure(Label, Euros.ConvertTo(Currency.JPY, At, Rates, RateLookup.ExactDate).Result);

/// <summary>Cargo weight: a decimal with an Amount that is not money.</summary>
public readonly record struct Tonnage(decimal Amount) // expect: AIR0010 (documented name heuristic: 'Amount' reads as money even for a weight)
{
    /// <summary>The heavier of two weights.</summary>
    public static decimal Heavier(Tonnage a, Tonnage b) => Math.Max(a.Amount, b.Amount); // clean: not money

    /// <summary>The weight, to the tonne.</summary>
    public decimal Rounded => Math.Round(Amount); // clean: not money
}

/// <summary>The month-end closing: the trickiest code of the treasury.</summary>
public sealed class MonthEnd
{
    private static readonly Money[] Buffers = [Money.Eur(100m), Money.Eur(200m)];
    private static Money s_lastClose = Money.Eur(0m);
    private readonly Converter _converter;
    private readonly IExchangeRateProvider _rates;
    private Money _carried = Money.Eur(0m);

    /// <summary>Creates the closing over a rate source.</summary>
    public MonthEnd(IExchangeRateProvider rates)
    {
        _rates = rates;
        _converter = new Converter(rates);
    }

    /// <summary>Whether a quote's price (kept in yen) passes a yen limit.</summary>
    public static bool QuoteAboveYenLimit(YenQuote quote) => quote.Price > Money.Jpy(1_000_000m); // clean: the property converts the euros to yen

    /// <summary>Creates a quote from a euro price.</summary>
    public YenQuote Quote(decimal euros, DateOnly day) => new(Money.Eur(euros), day, _rates); // expect: AIR0010 (a currency name is a money word)

    /// <summary>Whether a restated figure passes a yen limit.</summary>
    public static bool RestatedAboveYenLimit(RestatedFigure figure) => figure.Value > Money.Jpy(1_000_000m); // clean: the base call converts to yen

    /// <summary>Restates a euro figure.</summary>
    public RestatedFigure Restate(string label, decimal euros, DateOnly at) => new(label, Money.Eur(euros), at, _rates); // expect: AIR0010 (a currency name is a money word)

    /// <summary>A conversion of the carried balance, and its original compared with a euro floor.</summary>
    public bool CarriedAboveFloor(DateOnly at)
    {
        var conversion = _carried.ConvertTo(Currency.JPY, at, _rates, RateLookup.ExactDate);
        return conversion.Original > Money.Eur(50m); // clean: the original is the euros
    }

    /// <summary>The deposit or a euro default (either yen or euros, so unknown).</summary>
    public static bool DepositOrDefaultAboveFloor() => (Policy.PartnerDeposit ?? Money.Eur(0m)) > Money.Eur(10m); // clean: yen or euros, unknown

    /// <summary>A desk's floor or a yen default for the partner desk.</summary>
    public static bool FloorOrYenDefault(Desk desk) => Policy.Floors.GetValueOrDefault(desk, Money.Jpy(0m)) < Money.Jpy(500m); // clean: the default is yen, the floors euros: unknown

    /// <summary>The dredging tranches restated in yen, largest first.</summary>
    public Money LargestTrancheInYen(DateOnly at) =>
        Policy.DredgingTranches.Select(t => t.ConvertTo(Currency.JPY, at, _rates, RateLookup.ExactDate).Result).Max(); // clean: Select converts

    /// <summary>The dredging tranches totalled in yen, each converted at a date.</summary>
    public Money TranchesInYen(DateOnly at) =>
        Policy.DredgingTranches.Aggregate(Money.Zero(Currency.JPY), (total, t) => total + t.ConvertTo(Currency.JPY, at, _rates, RateLookup.ExactDate).Result); // clean: yen onto a yen seed

    /// <summary>The dredging tranches totalled onto a yen seed without converting them (a bug).</summary>
    public static Money TranchesOntoYen() => Policy.DredgingTranches.Aggregate(Money.Zero(Currency.JPY), (total, t) => total + t); // expect: AIR0001

    /// <summary>Whether the largest restated tranche passes a yen limit.</summary>
    public bool LargestTrancheAboveYenLimit(DateOnly at) =>
        Policy.DredgingTranches.Select(t => _converter.Convert(t, Currency.JPY, at, RateLookup.ExactDate)).Max() > Money.Jpy(200_000m); // clean: converted to yen

    /// <summary>The tranches and a yen buffer, in one list (the team sums them per currency later).</summary>
    public static List<Money> WithYenBuffer() => Policy.DredgingTranches.Append(Money.Jpy(50_000m)).ToList();

    /// <summary>The smallest of the tranches or a yen default when there are none.</summary>
    public static Money SmallestOrYen() => Policy.DredgingTranches.DefaultIfEmpty(Money.Jpy(0m)).Min(); // clean: the yen default comes only when there is no tranche

    /// <summary>Whether the first tranche, or a yen default, passes a yen floor.</summary>
    public static bool FirstOrYenAboveFloor() => Policy.DredgingTranches.FirstOrDefault(Money.Jpy(0m)) > Money.Jpy(10m); // clean: euros or the yen default, unknown

    /// <summary>A euro limit, switched to yen by a local function the caller may run.</summary>
    public static bool LimitAfterSwitch(bool partner, Money yen)
    {
        var limit = Money.Eur(1_000m);
        if (partner)
        {
            UseYen();
        }

        return limit > Money.Jpy(150_000m); // clean: the local function may write the limit

        void UseYen() => limit = yen;
    }

    /// <summary>A limit swapped with a yen figure through a tuple.</summary>
    public static bool SwappedLimit(bool swap)
    {
        var limit = Money.Eur(1_000m);
        var yen = Money.Jpy(150_000m);
        if (swap)
        {
            (limit, yen) = (yen, limit);
        }

        return limit >= Money.Jpy(100_000m); // clean: the deconstruction may swap in the yen
    }

    /// <summary>A limit written through a ref alias.</summary>
    public static bool AliasedLimit(Money replacement)
    {
        var limit = Money.Eur(1_000m);
        ref var alias = ref limit;
        alias = replacement;
        return limit > Money.Jpy(1m); // clean: written through the alias
    }

    /// <summary>A limit exchanged atomically with a yen figure.</summary>
    public static bool ExchangedLimit()
    {
        var limit = Money.Eur(1_000m);
        var yenPerEuro = 160m;
        _ = Interlocked.Exchange(ref yenPerEuro, 161m);
        Accrue(ref limit);
        return limit > Money.Jpy(yenPerEuro); // expect: AIR0001 (Accrue only scales its ref parameter: the limit stays in euros)
    }

    /// <summary>The buffers after the clerk overwrote one with a receipt.</summary>
    public static bool BufferAboveYen(PartnerReceipt receipt)
    {
        Buffers[1] = receipt.Received;
        return Buffers.Min() > Money.Jpy(1m); // expect: AIR0001 (the array now holds euros and yen: Min throws)
    }

    /// <summary>The last close, set from whatever the book closed at.</summary>
    public static void Closed(Money closing) => s_lastClose = closing;

    /// <summary>Whether the last close passes a yen figure.</summary>
    public static bool LastCloseAboveYen() => s_lastClose > Money.Jpy(1m); // clean: written with unknown money

    /// <summary>Carries the balance into next month, in the partner's currency this time.</summary>
    public void Carry(DateOnly at) => _carried = _carried.ConvertTo(Currency.JPY, at, _rates, RateLookup.ExactDate).Result;

    /// <summary>Whether the carried balance passes a euro floor.</summary>
    public bool CarriedAboveEuroFloor() => _carried > Money.Eur(1m); // clean: written in euros and in yen

    /// <summary>The implied rate the partner applied when it paid an invoice with a receipt: yen per euro.</summary>
    public static decimal ImpliedRate(PartnerReceipt receipt, DuesInvoice invoice) => receipt.Received.Amount / invoice.Due.Amount; // clean: yen over euros, a rate

    /// <summary>How far one receipt is above another, raw (a bug: strips the currencies of the same yen).</summary>
    public static decimal RawGap(PartnerReceipt later, PartnerReceipt earlier) => later.Received.Amount - earlier.Received.Amount; // expect: AIR0004

    /// <summary>The ratio of two invoices, raw (the division AIR0004 still reports: both are euros).</summary>
    public static decimal RawRatio(DuesInvoice a, DuesInvoice b) => a.Due.Amount / b.Due.Amount; // expect: AIR0004

    /// <summary>The rate the bank applied to the deposit, to four places.</summary>
    public static decimal DepositRate()
    {
        var deposit = Money.Jpy(5_000_000m);
        var credited = Money.Eur(31_250m);
        var implied = deposit.Amount / credited.Amount; // clean: yen per euro, a rate
        return Math.Round(implied, 4); // clean: a rate, not money
    }

    /// <summary>A desk's share of the month, in percent to one place.</summary>
    public static decimal PercentOf(Money part, Money whole) => Math.Round(part / whole * 100m, 1); // clean: a ratio, not money

    /// <summary>The partner group's revenue, from its annual report (in millions of yen, as Japanese reports state).</summary>
    public static readonly Money PartnerGroupRevenue = Money.Millions(2_387_240m, Currency.JPY); // clean: 2.4 trillion yen, a real figure

    /// <summary>The revenue keyed in full into the millions factory (a bug: 2.4 × 10^18 yen).</summary>
    public static readonly Money PartnerGroupRevenueTwice = Money.Millions(2_387_240_000_000m, Currency.JPY); // expect: AIR0011

    private static void Accrue(ref Money running) => running += running * 0.01m;
}

/// <summary>Rules the closing checks, internal to the treasury assembly.</summary>
internal sealed class ClosingRules
{
    /// <summary>The budget of the closing team, in euros.</summary>
    public decimal Budget { get; set; } // clean: an internal type is not a public API

    /// <summary>Checks a figure, with its raw price.</summary>
    public bool Check(decimal price) => price > Budget; // clean: an internal type is not a public API
}
