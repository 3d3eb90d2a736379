using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;
using Harbour.Ledger.Closing;

namespace Harbour.Ledger.Cargo;

/// <summary>A consignment through the harbour: its weight and the dues it owes.</summary>
public sealed record Consignment(string Bill, Tonnage Weight, Money Dues, Share Transshipped);

/// <summary>The cargo desk's figures: weights, shares of traffic and dues per tonne.</summary>
public static class CargoDesk
{
    private static readonly List<Consignment> Manifest =
    [
        new("B-1", new Tonnage(1_200m), Money.Eur(3_400m), Share.FromPercent(40m)),
        new("B-2", new Tonnage(800m), Money.Eur(2_100m), Share.FromFraction(0.25m)),
    ];

    /// <summary>The total weight on the manifest.</summary>
    public static decimal TotalTonnes() => Manifest.Sum(c => c.Weight.Amount); // clean: a weight, not money

    /// <summary>The weight folded by hand.</summary>
    public static decimal FoldedTonnes() => Manifest.Aggregate(0m, (acc, c) => acc + c.Weight.Amount); // clean: a weight, not money

    /// <summary>How many consignments were refunds (negative dues).</summary>
    public static int Refunds(IEnumerable<LedgerEntry> entries) => entries.Sum(e => e.Amount.Amount < 0m ? 1 : 0); // clean: counts, adds no amounts

    /// <summary>How many refunds, counted by folding.</summary>
    public static int RefundCount(IEnumerable<LedgerEntry> entries) => entries.Aggregate(0, (n, e) => e.Amount.Amount < 0m ? n + 1 : n); // clean: counts, adds no amounts

    /// <summary>The positive dues, folded with Money's own checked addition.</summary>
    public static Money PositiveDues() => Manifest.Aggregate(Money.Zero(Currency.EUR), (total, c) => c.Dues.Amount > 0m ? total + c.Dues : total); // clean: adds Money, not amounts

    /// <summary>The heaviest consignment, by folding.</summary>
    public static Consignment Heaviest() => Manifest.Aggregate((a, b) => a.Weight.Amount >= b.Weight.Amount ? a : b); // clean: a maximum, no money added

    /// <summary>The dues folded as bare numbers (a bug).</summary>
    public static decimal FoldedDues() => Manifest.Aggregate(0m, (sum, c) => sum + c.Dues.Amount); // expect: AIR0007

    /// <summary>The dues on the manifest, raw (a bug: summing bare amounts).</summary>
    public static decimal RawDues() => Manifest.Sum(c => c.Dues.Amount); // expect: AIR0007

    /// <summary>The dues on transshipped cargo, raw (a bug: still euros, summed as bare numbers).</summary>
    public static decimal RawTransshipmentDues() => Manifest.Sum(c => c.Dues.Amount * c.Transshipped.Fraction); // expect: AIR0007

    /// <summary>The total weight in kilograms.</summary>
    public static decimal TotalKilograms() => Manifest.Sum(c => c.Weight.Amount * 1_000m); // clean: a weight, not money

    /// <summary>The dues per tonne of a consignment, rounded (a bug: banker's rounding of money).</summary>
    public static decimal DuesPerTonne(Consignment consignment) => Math.Round(consignment.Dues.Amount / consignment.Weight.Amount, 2); // expect: AIR0009

    /// <summary>The share of a consignment in the manifest's dues, in percent.</summary>
    public static decimal PercentOfDues(Consignment consignment) =>
        Math.Round(consignment.Dues.Amount / Manifest.Sum(c => c.Dues, Currency.EUR).Amount * 100m, 1); // expect: AIR0004 (both euros: Dues / total would do); AIR0009 stays silent on a percentage

    /// <summary>Whether a receipt is in the home currency (the check every conversion starts with).</summary>
    public static bool InHomeCurrency(PartnerReceipt receipt) => receipt.Received.Currency == Currency.FromCode(Policy.HomeCode); // clean: compares currencies, not money

    /// <summary>The gap between two figures when they share a currency, else nothing.</summary>
    public static Money? GapIfComparable(Money a, Money b) => a.Currency == b.Currency ? a - b : null;

    /// <summary>The gap between a receipt and an invoice, when comparable (never, as it happens: yen and euros).</summary>
    public static Money? ReceiptGap(PartnerReceipt receipt, DuesInvoice invoice) => GapIfComparable(receipt.Received, invoice.Due); // clean: the helper checks the currencies first

    /// <summary>The transshipment share of a consignment in points above the harbour's average.</summary>
    public static PercentagePoints AboveAverage(Consignment consignment) => consignment.Transshipped - Share.FromPercent(30m); // clean: Share minus Share

    /// <summary>The transshipment share raised by a number of points.</summary>
    public static decimal Raised(Consignment consignment, PercentagePoints points) => consignment.Transshipped.Percent + points.Value; // clean: percent plus points, one scale

    /// <summary>Two throughput ratios compared by their percents (not shares).</summary>
    public static decimal RatioGap(Ratio now, Ratio before) => now.Percent - before.Percent; // clean: ratios, not shares

    /// <summary>A share the clerk keyed as a fraction and scaled by hand before giving it as a percent.</summary>
    public static Share Keyed()
    {
        var percent = 0.35m;
        percent *= 100m;
        return Share.FromPercent(percent); // clean: the local was scaled to 35 before
    }

    /// <summary>Edge shares the plan uses.</summary>
    public static Share[] Edges() => [Share.FromPercent(0m), Share.FromPercent(100m), Share.FromFraction(1m), Share.FromPercent(1m), Share.FromPercent(0.5m * 100m)]; // clean: on their scales

    /// <summary>Dues from the old system's text (the cell is text, not a double).</summary>
    public static Money DuesFromText(string cell) => Money.Eur(Convert.ToDecimal(cell, CultureInfo.InvariantCulture)); // clean: text to decimal

    /// <summary>Dues for some berths at a day rate in whole euros.</summary>
    public static Money BerthDues(int berths, int days) => Money.Eur(new decimal(berths) * days * 900m); // clean: integers convert exactly

    /// <summary>Dues scaled by a tonnage factor kept as a double by the weighbridge (a bug).</summary>
    public static Money WeighedDues(Consignment consignment, double factor) => consignment.Dues * (decimal)factor; // expect: AIR0002

    /// <summary>Dues computed through a decimal local that came from a double (a bug).</summary>
    public static Money MeasuredDues(double tonnes)
    {
        var measured = (decimal)tonnes;
        return Money.Eur(measured * 2.8m); // expect: AIR0002
    }

    /// <summary>Dues computed through a decimal local that was a double once but is re-read from text.</summary>
    public static Money RereadDues(double tonnes, string cell)
    {
        var measured = (decimal)tonnes;
        measured = decimal.Parse(cell, CultureInfo.InvariantCulture);
        return Money.Eur(measured * 2.8m); // clean: the local is written again, from text
    }

    /// <summary>The currency of a consignment's dues in the old system's code.</summary>
    public static Currency OldSystemCurrency() => Currency.FromCode("XEU"); // expect: AIR0003

    /// <summary>Parses a code the user typed, checking it first.</summary>
    public static Currency? Typed(string code) => Currency.IsActiveCode(code) ? Currency.FromCode(code) : null; // clean: not constant
}

/// <summary>The weighbridge's own bookkeeping, private to the cargo desk.</summary>
public static class Weighbridge
{
    /// <summary>Converts a reading to money at a rate given per call.</summary>
    public static Func<decimal, Money> Pricer(decimal ratePerTonne) => amount => Money.Eur(amount * ratePerTonne); // clean: a lambda parameter is no public API

    /// <summary>Prices a list of readings.</summary>
    public static IEnumerable<Money> Price(IEnumerable<decimal> readings)
    {
        foreach (var reading in readings)
        {
            yield return ToMoney(reading);
        }

        static Money ToMoney(decimal amount) => Money.Eur(amount * 2.8m); // clean: a local function is no public API
    }

    private sealed class Reading
    {
        public decimal Amount { get; set; } // clean: a private nested class is no public API
    }
}
