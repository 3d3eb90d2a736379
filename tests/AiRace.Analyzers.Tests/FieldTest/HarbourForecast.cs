using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Harbour.Ledger.Forecast;

/// <summary>Extension methods of the forecasting desk.</summary>
public static class ForecastExtensions
{
    /// <summary>The receipts' total in yen.</summary>
    public static Money YenTotal(this IEnumerable<PartnerReceipt> receipts) => receipts.Sum(r => r.Received, Currency.JPY);

    /// <summary>Whether any receipt passes a level.</summary>
    public static bool AnyAbove(this IEnumerable<PartnerReceipt> receipts, Money level) => receipts.Any(r => r.Received > level); // clean: the level is a parameter

    /// <summary>The figure with a 2 % contingency.</summary>
    public static Money WithContingency(this Money money) => money * 1.02m; // clean: scaling keeps the currency

    /// <summary>Whether the figure is above the chase threshold.</summary>
    public static bool WorthChasing(this Money money) => money >= Policy.ChaseThreshold; // clean: the receiver's currency is unknown
}

/// <summary>A forecast line with a limit that rounds itself on the way in.</summary>
public sealed class ForecastLine
{
    private Money _limit = Money.Eur(10_000m);

    /// <summary>The limit, kept to whole cents.</summary>
    public Money Limit
    {
        get => _limit;
        set => _limit = value.Round(2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Whether a receipt passes the limit.</summary>
    public bool Passes(PartnerReceipt receipt) => receipt.Received > Limit; // clean: the setter writes the backing field with unknown money

    /// <summary>Whether the contingency on the limit passes a receipt (a bug only if the limit were known).</summary>
    public bool ContingencyPasses(PartnerReceipt receipt) => Limit.WithContingency() > receipt.Received; // clean: unknown through the setter
}

/// <summary>The treasury's forecast for next year.</summary>
public static class NextYear
{
    private static readonly Dictionary<Currency, Money> Budgets = new()
    {
        [Currency.EUR] = Money.Eur(4_000_000m),
        [Currency.JPY] = Money.Jpy(600_000_000m),
    };

    /// <summary>The euro budget above a yen figure.</summary>
    public static bool EuroBudgetAbove(Money yen) => Budgets[Currency.EUR] > yen; // clean: keyed by currency, the values mix: unknown

    /// <summary>Whether the partner's yen budget is above a euro figure (looked up by its own currency).</summary>
    public static bool YenBudgetAboveEuros() => Budgets[Currency.JPY] > Money.Eur(1m); // clean: the values mix, so one read is unknown

    /// <summary>The largest budget of all (a bug: euros and yen compared).</summary>
    public static Money Largest() => Budgets.Values.Max(); // expect: AIR0001

    /// <summary>Every figure of the plan, tranches and the partner's yen in one list.</summary>
    public static Money LargestFigure()
    {
        List<Money> all = [.. Policy.DredgingTranches, Money.Jpy(180_000m)];
        return all.Max(); // expect: AIR0001
    }

    /// <summary>Every euro figure of the plan in one list.</summary>
    public static Money LargestEuroFigure()
    {
        List<Money> all = [.. Policy.DredgingTranches, Money.Eur(900m), .. Policy.Floors.Values];
        return all.Max(); // clean: all euros
    }

    /// <summary>Berth-days of next year as money at the standard rate.</summary>
    public static Money BerthDays(long days, int berths) => Money.Eur((decimal)days * berths * 900m); // clean: integers convert exactly

    /// <summary>Dues from the simulator, which writes floats (a bug).</summary>
    public static Money Simulated(float dues) => Money.Eur(decimal.CreateSaturating(dues)); // expect: AIR0002

    /// <summary>The receipts' yen total against the euro reserve (a bug: the extension's total is yen).</summary>
    public static bool ReceiptsCoverReserve(IEnumerable<PartnerReceipt> receipts, Book.HarbourBook book) => receipts.YenTotal() >= book.Reserve; // expect: AIR0001
}

/// <summary>A desk's budget for next year, kept in euros and, for the partner's books, in yen.</summary>
public sealed class DeskBudget(Money budget, DateOnly at, IExchangeRateProvider rates)
{
    private readonly Money _yen = budget.ConvertTo(Currency.JPY, at, rates, RateLookup.MostRecentWithin(5)).Result;

    /// <summary>The budget in yen.</summary>
    public Money InYen => _yen;

    /// <summary>Whether the yen figure passes the partner's threshold.</summary>
    public bool AbovePartnerThreshold() => _yen > Money.Jpy(50_000_000m); // clean: converted to yen

    /// <summary>Whether the budget passes its own yen figure (a bug: euros against yen).</summary>
    public bool AboveItsYen() => budget > _yen; // expect: AIR0001

    /// <summary>A budget for the treasury desk.</summary>
    public static DeskBudget Treasury(DateOnly at, IExchangeRateProvider rates) => new(Money.Eur(4_000_000m), at, rates);

    /// <summary>A budget for the terminals desk.</summary>
    public static DeskBudget Terminals(DateOnly at, IExchangeRateProvider rates) => new(Money.Of(2_500_000m, Policy.HomeCode), at, rates);
}

/// <summary>A berth tariff, set when the tariff is published.</summary>
public sealed class Tariff
{
    /// <summary>The daily rate.</summary>
    public required Money DailyRate { get; init; }

    /// <summary>The European tariff.</summary>
    public static Tariff European() => new() { DailyRate = Money.Eur(900m) };

    /// <summary>The partner's tariff.</summary>
    public static Tariff Partner() => new() { DailyRate = Money.Jpy(150_000m) };

    /// <summary>Whether a tariff's rate passes a euro cap.</summary>
    public static bool AboveCap(Tariff tariff) => tariff.DailyRate > Money.Eur(1_000m); // clean: tariffs are made in both currencies

    /// <summary>Whether the European tariff passes the partner's (a bug: euros against yen).</summary>
    public static bool EuropeanAbovePartner() => European().DailyRate > Partner().DailyRate; // expect: AIR0001
}
