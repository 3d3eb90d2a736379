using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>The desk's conversion service: every figure the brief compares across blocs goes through here.</summary>
internal sealed class Conversions
{
    private static readonly RateSeries DeskSeries = new("lantern-desk", "Lantern desk fixings", "Lantern", RatePeriod.Day);
    private static readonly DateOnly YearEnd = new(2024, 12, 31);

    private readonly ExchangeRateTable _table;

    /// <summary>The service over the desk's fixings.</summary>
    public Conversions(IEnumerable<ExchangeRate> fixings) => _table = new ExchangeRateTable(fixings);

    /// <summary>The desk's year-end fixings (yuan, euros, yen and won per dollar).</summary>
    public static IEnumerable<ExchangeRate> YearEndFixings()
    {
        yield return new ExchangeRate(Currency.USD, Currency.CNY, 7.1884m, YearEnd, DeskSeries);
        yield return new ExchangeRate(Currency.USD, Currency.EUR, 0.9626m, YearEnd, DeskSeries);
        yield return new ExchangeRate(Currency.USD, Currency.JPY, 157.2m, YearEnd, DeskSeries);
        yield return new ExchangeRate(Currency.USD, Currency.KRW, 1_472.5m, YearEnd, DeskSeries);
    }

    /// <summary>A fixing stamped with the day the job ran.</summary>
    public static ExchangeRate SpotFixing(decimal yuanPerDollar) =>
        new(Currency.USD, Currency.CNY, yuanPerDollar, DateOnly.FromDateTime(DateTime.UtcNow), DeskSeries); // expect: AIR0008

    /// <summary>A figure in dollars at the year-end fixing.</summary>
    public Money ToDollars(Money figure) =>
        figure.ConvertTo(Currency.USD, YearEnd, _table, RateLookup.ExactDate).Result; // clean: a stated date

    /// <summary>A figure in dollars "as of now" for the live dashboard.</summary>
    public Money ToDollarsNow(Money figure) =>
        figure.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Today), _table, RateLookup.MostRecentWithin(7)).Result; // expect: AIR0008

    /// <summary>The rate the dashboard shows, looked up for today.</summary>
    public ExchangeRate TodaysRate(Currency from)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        return _table.GetRate(from, Currency.USD, today, RateLookup.MostRecentWithin(7)); // expect: AIR0008
    }

    /// <summary>The plan against Stargate, both in dollars at the year end.</summary>
    public bool PlanAboveStargate() => ToDollars(Ledger.ActionPlan) > Ledger.Stargate; // clean: dollars and dollars

    /// <summary>The plan converted and then compared with the yuan fund by mistake.</summary>
    public bool ConvertedPlanAboveShanghai()
    {
        var planInDollars = Ledger.ActionPlan.ConvertTo(Currency.USD, YearEnd, _table, RateLookup.ExactDate).Result;
        return planInDollars > Ledger.ShanghaiFund; // expect: AIR0001
    }

    /// <summary>The plan at a fixing, then compared with the EU pledge.</summary>
    public static bool PlanAtFixingAboveEu()
    {
        var toYuan = new ExchangeRate(Currency.CNY, Currency.USD, 0.1391m, YearEnd, DeskSeries);
        var planInDollars = toYuan.Convert(Ledger.ActionPlan).Result;
        return planInDollars > Ledger.InvestAi; // expect: AIR0001
    }

    /// <summary>The same, compared with Stargate: both dollars.</summary>
    public static bool PlanAtFixingAboveStargate()
    {
        var toDollars = new ExchangeRate(Currency.CNY, Currency.USD, 0.1391m, YearEnd, DeskSeries);
        return Ledger.ActionPlan.ConvertAt(toDollars).Result > Ledger.Stargate; // clean: dollars and dollars
    }

    /// <summary>The cents the CSV shows.</summary>
    public static decimal Cents(Money m) => Math.Round(m.Amount, 2); // expect: AIR0009

    /// <summary>The cents, rounded as accountants expect.</summary>
    public static decimal CentsAway(Money m) => Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero); // clean

    /// <summary>The billions the chart's label shows.</summary>
    public static decimal Billions(Money m) => decimal.Round(m.Amount / 1_000_000_000m, 1); // expect: AIR0009

    /// <summary>The largest figure rounded for a caption.</summary>
    public static decimal LargestCaption(IEnumerable<Money> figures) => Math.Round(figures.Max(f => f.Amount)); // expect: AIR0009

    /// <summary>The share of a part in a whole, as a percent (a ratio, not money).</summary>
    public static decimal PercentOf(Money part, Money whole) => Math.Round(part / whole * 100m, 1); // clean: Money's division checks the currency and gives a ratio

    /// <summary>The yuan a dollar bought at the plan's announcement.</summary>
    public static decimal ImpliedRate() => Money.Cny(1_000m).Amount / Money.Usd(138m).Amount; // clean: a rate between two known currencies

    /// <summary>The headroom of a budget as a bare number.</summary>
    public static decimal Headroom(Money budget, Money spent) => budget.Amount - spent.Amount; // expect: AIR0004

    /// <summary>Whether spending passed the budget, on bare numbers.</summary>
    public static bool Overspent(Money budget, Money spent) => spent.Amount > budget.Amount; // expect: AIR0004

    /// <summary>Whether spending passed the budget, after a currency check.</summary>
    public static bool OverspentChecked(Money budget, Money spent)
    {
        if (budget.Currency != spent.Currency)
        {
            throw new CurrencyMismatchException("compare", budget.Currency, spent.Currency);
        }

        return spent.Amount > budget.Amount; // clean: the currencies were checked just above
    }

    /// <summary>The larger of two amounts by Math.Max.</summary>
    public static decimal LargerAmount(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004

    /// <summary>Orders two figures by their numbers only.</summary>
    public static int ByNumber(Money a, Money b) => a.Amount.CompareTo(b.Amount); // expect: AIR0004

    /// <summary>The net of a grant after a clawback, on amounts held in locals.</summary>
    public static decimal Net(Money grant, Money clawback)
    {
        var gross = grant.Amount;
        var back = clawback.Amount;
        return gross - back; // expect: AIR0004
    }
}
