using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Harbour.Ledger.Treasury;

/// <summary>The rates the treasury keys in by hand each month.</summary>
public sealed class ManualRates
{
    private static readonly RateSeries Desk = new("harbour-desk", "Treasury desk fixing", "Harbour Authority", RatePeriod.Day);
    private readonly List<ExchangeRate> _rates = new();
    private readonly TimeProvider _clock;

    /// <summary>Creates the rate book, with a clock the tests can fix.</summary>
    public ManualRates(TimeProvider clock) => _clock = clock;

    /// <summary>Keys in a yen rate for a stated day.</summary>
    public void Key(decimal yenPerEuro, DateOnly day) => _rates.Add(new ExchangeRate(Currency.EUR, Currency.JPY, yenPerEuro, day, Desk)); // clean: a stated day

    /// <summary>Keys in today's yen rate (a bug: the rate's date is whatever day the clerk runs it).</summary>
    public void KeyToday(decimal yenPerEuro) =>
        _rates.Add(new ExchangeRate(Currency.EUR, Currency.JPY, yenPerEuro, DateOnly.FromDateTime(DateTime.Today), Desk)); // expect: AIR0008

    /// <summary>Keys in a rate dated by the injected clock.</summary>
    public void KeyNow(decimal yenPerEuro) =>
        _rates.Add(new ExchangeRate(Currency.EUR, Currency.JPY, yenPerEuro, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), Desk)); // clean: an injected clock

    /// <summary>The table of every rate keyed in.</summary>
    public ExchangeRateTable Table() => new(_rates);

    /// <summary>When the book was last printed (a log time stamp, not a conversion date).</summary>
    public DateTime Printed { get; private set; } = DateTime.UtcNow; // clean: not a conversion date
}

/// <summary>Converts the partner's yen into the home currency.</summary>
public sealed class Converter
{
    private readonly IExchangeRateProvider _rates;

    /// <summary>Creates the converter over a rate source.</summary>
    public Converter(IExchangeRateProvider rates) => _rates = rates;

    /// <summary>A receipt in euros at its value date.</summary>
    public Money InEuros(PartnerReceipt receipt) =>
        receipt.Received.ConvertTo(Currency.EUR, receipt.ValueDate, _rates, RateLookup.MostRecentWithin(4)).Result; // clean: the value date

    /// <summary>A receipt in euros as of today (a bug: the answer changes every day).</summary>
    public Money InEurosToday(PartnerReceipt receipt)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        return receipt.Received.ConvertTo(Currency.EUR, today, _rates, RateLookup.ExactDate).Result; // expect: AIR0008
    }

    /// <summary>Converts at a date the caller gives, with a lookup passed on.</summary>
    public Money Convert(Money amount, Currency target, DateOnly date, RateLookup lookup) => amount.ConvertTo(target, date, _rates, lookup).Result;

    /// <summary>Converts a receipt at the start of the current year (a bug: the year comes from the clock).</summary>
    public Money AtYearStart(PartnerReceipt receipt) =>
        Convert(receipt.Received, Currency.EUR, new DateOnly(DateTime.UtcNow.Year, 1, 1), RateLookup.MostRecentWithin(7)); // expect: AIR0008

    /// <summary>Converts at a stated date and records when the conversion was asked for, for the audit trail.</summary>
    public Money ConvertAudited(Money amount, Currency target, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
    {
        var result = amount.ConvertTo(target, valueDate, _rates, lookup).Result;
        Audit.Add($"{requestedAt:O}: {amount} -> {result} at {valueDate:yyyy-MM-dd}");
        return result;
    }

    /// <summary>The audit trail of conversions.</summary>
    public List<string> Audit { get; } = new();

    /// <summary>A receipt in euros at its value date, stamped with the time of the request.</summary>
    public Money Audited(PartnerReceipt receipt) =>
        ConvertAudited(receipt.Received, Currency.EUR, receipt.ValueDate, RateLookup.ExactDate, DateTime.UtcNow); // clean: the clock stamps the audit line, the value date converts

    /// <summary>A receipt in euros at the day the clerk runs it, stamped too (a bug: the value date is the clock's).</summary>
    public Money AuditedToday(PartnerReceipt receipt) =>
        ConvertAudited(
            receipt.Received,
            Currency.EUR,
            DateOnly.FromDateTime(DateTime.Today), // expect: AIR0008
            RateLookup.ExactDate,
            DateTime.UtcNow); // clean: the audit stamp

    /// <summary>A receipt converted at a day first taken from the clock, then replaced by the value date.</summary>
    public Money AtValueDateAfterAll(PartnerReceipt receipt)
    {
        var day = DateOnly.FromDateTime(DateTime.Now);
        if (receipt.ValueDate != default)
        {
            day = receipt.ValueDate;
        }

        return receipt.Received.ConvertTo(Currency.EUR, day, _rates, RateLookup.MostRecentWithin(3)).Result; // clean: the local is written again
    }

    /// <summary>The yen rate of the system clock's day (a bug).</summary>
    public ExchangeRate RateNow() => _rates.GetRate(Currency.EUR, Currency.JPY, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime), RateLookup.ExactDate); // expect: AIR0008

    /// <summary>Whether a converted receipt covers an invoice.</summary>
    public bool Covers(PartnerReceipt receipt, DuesInvoice invoice) => InEuros(receipt) >= invoice.Due; // clean: converted to euros first

    /// <summary>Whether an unconverted receipt covers an invoice (a bug, the helper compares them).</summary>
    public static bool CoversRaw(PartnerReceipt receipt, DuesInvoice invoice) => AtLeast(receipt.Received, invoice.Due); // expect: AIR0001

    /// <summary>Whether one figure is at least another.</summary>
    public static bool AtLeast(Money figure, Money bar) => figure >= bar; // clean: two parameters

    /// <summary>The euro rate of a day, for the report footnote.</summary>
    public decimal FootnoteRate(DateOnly day) => Math.Round(_rates.GetRate(Currency.EUR, Currency.JPY, day, RateLookup.ExactDate).Rate, 2); // clean: a rate, not an amount
}

/// <summary>Rounds figures for the printed report.</summary>
public static class Rounding
{
    /// <summary>An invoice's due, to the cent (a bug: banker's rounding by default).</summary>
    public static decimal Cents(DuesInvoice invoice) => Math.Round(invoice.Due.Amount, 2); // expect: AIR0009

    /// <summary>An invoice's VAT, to the cent (a bug: banker's rounding, through two locals).</summary>
    public static decimal Vat(DuesInvoice invoice)
    {
        var net = invoice.Due.Amount;
        var vat = net * 0.21m;
        return decimal.Round(vat, 2); // expect: AIR0009
    }

    /// <summary>An invoice's VAT, rounded the commercial way.</summary>
    public static decimal VatCommercial(DuesInvoice invoice) => decimal.Round(invoice.Due.Amount * 0.21m, 2, MidpointRounding.AwayFromZero); // clean: a mode

    /// <summary>The due, rounded by the library.</summary>
    public static Money Rounded(DuesInvoice invoice) => invoice.Due.Round(2, MidpointRounding.ToEven); // clean: a mode

    /// <summary>A number of berths per crane, rounded.</summary>
    public static decimal BerthsPerCrane(int berths, int cranes) => Math.Round((decimal)berths / cranes, 1); // clean: not money
}

/// <summary>The harbour's capital plan, in the figures the ministry published.</summary>
public static class CapitalPlan
{
    /// <summary>The quay extension: 45 million euros (a bug: the full figure keyed into the millions factory).</summary>
    public static readonly Money QuayExtension = Money.Millions(45_000_000m, Currency.EUR); // expect: AIR0011

    /// <summary>The breakwater: 1.2 billion euros.</summary>
    public static readonly Money Breakwater = Money.Billions(1.2m, Currency.EUR); // clean: a figure in billions

    /// <summary>The dredging contract, in thousands as the accounts give it.</summary>
    public static readonly Money Dredging = Money.Thousands(250_000m, Currency.EUR); // clean: thousands are not checked

    /// <summary>The partner's terminal: 30 billion yen.</summary>
    public static readonly Money PartnerTerminal = Money.Billions(30m, Currency.JPY); // clean: a figure in billions

    /// <summary>The capital programme in euros.</summary>
    public static Money Programme() => QuayExtension + Breakwater + Dredging; // clean: euros throughout

    /// <summary>The capital programme with the partner's terminal (a bug: yen added to euros).</summary>
    public static Money WithPartner() => Programme() + PartnerTerminal; // expect: AIR0001

    /// <summary>The plan's line items, computed from a double the planning tool exports.</summary>
    public static Money FromPlanningTool(double millions) => Money.Millions((decimal)millions, Currency.EUR); // expect: AIR0002
}

/// <summary>The harbour's modal-share targets.</summary>
public static class ModalShare
{
    private static readonly SourceReference[] Plan = [new("harbour-plan-2024", "rail share from 18 % in 2023 to 35 % by 2035")];

    /// <summary>The rail share in 2023.</summary>
    public static readonly Share Rail2023 = Share.FromPercent(18m);

    /// <summary>The rail share goal (a bug: a fraction given to the percent factory).</summary>
    public static readonly Share RailGoal = Share.FromPercent(0.35m); // expect: AIR0005

    /// <summary>The barge share, keyed as a fraction by mistake (a bug).</summary>
    public static readonly Share Barge = Share.FromFraction(12.5m); // expect: AIR0005

    /// <summary>The road share that the old system reported (a bug: more than everything).</summary>
    public static readonly Share Road = Share.FromPercent(120m); // expect: AIR0013

    /// <summary>The share of the total a pasted figure says.</summary>
    public static readonly Share Pasted = Share.Parse("140%"); // expect: AIR0013

    /// <summary>The rise the plan asks for, in points.</summary>
    public static PercentagePoints Rise() => RailGoal - Rail2023; // clean: Share minus Share gives points

    /// <summary>The rise as the old report printed it (a bug: raw percents subtracted).</summary>
    public static decimal RiseRaw() => RailGoal.Percent - Rail2023.Percent; // expect: AIR0006

    /// <summary>What is left for road after rail and barge (a bug: raw fractions added).</summary>
    public static decimal RailAndBarge() => Rail2023.Fraction + Barge.Fraction; // expect: AIR0006

    /// <summary>The rest of the whole after rail.</summary>
    public static decimal RestPercent() => 100m - Rail2023.Percent; // clean: a share and a plain number

    /// <summary>The rail share re-read from its percent (a bug: the percent given as a fraction).</summary>
    public static Share Reread(Share share) => Share.FromFraction(share.Percent); // expect: AIR0005

    /// <summary>The share a clerk typed, in percent.</summary>
    public static Share Typed(decimal percent) => Share.FromPercent(percent); // clean: not a constant

    /// <summary>The rail target as the plan states it.</summary>
    public static Target RailTarget() => new(
        "harbour-rail-share",
        "rail-modal-share",
        "harbour",
        MetricValue.Of(Rail2023),
        baselineYear: 2023,
        MetricValue.Of(Share.FromPercent(35m)),
        goalYear: 2035,
        TargetKind.OfficialTarget,
        null,
        null,
        Plan); // clean: the goal follows the baseline

    /// <summary>The barge target, years swapped by the clerk (a bug).</summary>
    public static Target BargeTarget() => new(
        "harbour-barge-share",
        "barge-modal-share",
        "harbour",
        MetricValue.Of(Share.FromPercent(9m)),
        2035,
        MetricValue.Of(Share.FromPercent(12m)),
        2023, // expect: AIR0012
        TargetKind.OfficialTarget,
        null,
        null,
        Plan);

    /// <summary>Targets by year, for a clerk's range of years.</summary>
    public static IEnumerable<Target> Yearly(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(year => new Target(
            $"harbour-rail-{year}", "rail-modal-share", "harbour", MetricValue.Of(Rail2023), from, MetricValue.Of(Share.FromPercent(20m)), year, TargetKind.Pledge, null, null, Plan)); // clean: years not constant
}
