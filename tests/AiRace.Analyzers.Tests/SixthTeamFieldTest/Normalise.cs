using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>One figure restated in dollars, with the date of the rate used.</summary>
internal readonly record struct Restated(string Programme, Money Original, Money Dollars, DateOnly RateDate);

/// <summary>The normalisation step of the nightly job: every figure in dollars at a stated date.</summary>
internal sealed class Normalise(IExchangeRateProvider rates, TimeProvider clock)
{
    private static readonly DateOnly Close = new(2024, 12, 31);

    /// <summary>A figure in dollars at a date and look-up the caller states.</summary>
    public Money InDollars(Money figure, DateOnly on, RateLookup lookup) =>
        figure.Currency == Currency.USD ? figure : figure.ConvertTo(Currency.USD, on, rates, lookup).Result;

    /// <summary>Every commitment restated at the close.</summary>
    public IEnumerable<Restated> AtClose()
    {
        foreach (var c in Ledger.Commitments)
        {
            yield return new Restated(c.Programme, c.Pledged, InDollars(c.Pledged, Close, RateLookup.AnnualAverage), Close);
        }
    }

    /// <summary>Every commitment restated at the job's day, read from the wall clock.</summary>
    public IEnumerable<Restated> AtWallClock()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        foreach (var c in Ledger.Commitments)
        {
            yield return new Restated(c.Programme, c.Pledged, InDollars(c.Pledged, today, RateLookup.MostRecentWithin(5)), today); // expect: AIR0008
        }
    }

    /// <summary>Every commitment restated at the injected clock's day (fixed in tests).</summary>
    public IEnumerable<Restated> AtInjectedClock()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Ledger.Commitments.Select(c => new Restated(c.Programme, c.Pledged, InDollars(c.Pledged, today, RateLookup.MostRecentWithin(5)), today)); // clean: an injected clock
    }

    /// <summary>A rate from the system clock's provider.</summary>
    public ExchangeRate SystemClockRate() =>
        rates.GetRate(Currency.CNY, Currency.USD, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), RateLookup.MostRecentWithin(5)); // expect: AIR0008

    /// <summary>The restated figures in order of size: all dollars.</summary>
    public IEnumerable<Restated> LeagueInDollars() => AtClose().OrderByDescending(r => r.Dollars); // clean: every restated figure is dollars

    /// <summary>The restated figures in order of their originals (a slip: the originals mix).</summary>
    public IEnumerable<Restated> LeagueByOriginal() => AtClose().OrderByDescending(r => r.Original); // expect: AIR0001

    /// <summary>The restated dollars added up.</summary>
    public Money WorldInDollars() => AtClose().Sum(r => r.Dollars, Currency.USD); // clean: dollars

    /// <summary>The originals added up in dollars (the restatement forgotten).</summary>
    public Money WorldOriginals() => AtClose().Sum(r => r.Original, Currency.USD); // expect: AIR0001

    /// <summary>The plan in dollars against Stargate.</summary>
    public bool PlanBeatsStargate() => InDollars(Ledger.ActionPlan, Close, RateLookup.AnnualAverage) > Ledger.Stargate; // clean: dollars and dollars

    /// <summary>The plan in dollars against the yuan fund.</summary>
    public bool PlanBeatsShanghai() => InDollars(Ledger.ActionPlan, Close, RateLookup.AnnualAverage) > Ledger.ShanghaiFund; // expect: AIR0001

    /// <summary>The share of the restated plan in the restated world total.</summary>
    public Share PlanShare()
    {
        var plan = InDollars(Ledger.ActionPlan, Close, RateLookup.AnnualAverage);
        var world = WorldInDollars();
        return Share.FromFraction(plan / world); // clean: dollars over dollars
    }

    /// <summary>The restated figures' bare sum for the CSV.</summary>
    public decimal BareDollars() => AtClose().Select(r => r.Dollars.Amount).Sum(); // expect: AIR0007

    /// <summary>The bare sum of the restated figures, rounded.</summary>
    public decimal RoundedDollars() => Math.Round(AtClose().Sum(r => r.Dollars, Currency.USD).Amount, 0, MidpointRounding.AwayFromZero); // clean: a stated mode

    /// <summary>The job's log line, stamped by the wall clock (not a conversion date).</summary>
    public static string LogLine(Restated r) => $"{DateTime.UtcNow:O} {r.Programme} {r.Original} -> {r.Dollars} at {r.RateDate}"; // clean: a log time stamp
}
