using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>A draft figure the editor may still correct (a mutable record struct).</summary>
internal record struct Draft(string Label, Money Figure);

/// <summary>Orders money by its number alone, for the quick-look table.</summary>
internal sealed class ByNumberComparer : IComparer<Money>
{
    public int Compare(Money x, Money y) => x.Amount.CompareTo(y.Amount); // expect: AIR0004
}

/// <summary>Reconciles the brief's figures before it goes out; most lines here are the careful ones.</summary>
internal static class Reconcile
{
    private static readonly object Gate = new();

    /// <summary>Throws when two figures are in different currencies.</summary>
    public static void SameCurrency(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            throw new CurrencyMismatchException("reconcile", a.Currency, b.Currency);
        }
    }

    /// <summary>Compares after the helper's check.</summary>
    public static bool Checked(Money a, Money b)
    {
        SameCurrency(a, b);
        return a.Amount > b.Amount; // clean: the helper checked the currencies
    }

    /// <summary>Compares after an early return.</summary>
    public static Money? Gap(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            return null;
        }

        return a - b; // clean: unknown currencies, checked anyway
    }

    /// <summary>A switch statement on the code, each section comparing in its own currency.</summary>
    public static bool AboveHeadline(Money m)
    {
        switch (m.Currency.Code)
        {
            case "USD":
                return m > Ledger.Stargate; // clean: the case shows dollars
            case "CNY":
                return m > Ledger.ActionPlan; // clean: the case shows yuan
            case "EUR":
                return m > Ledger.Stargate; // expect: AIR0001
            default:
                return false;
        }
    }

    /// <summary>A local reassigned to dollars before the comparison.</summary>
    public static bool Reassigned()
    {
        var figure = Money.Cny(5m);
        figure = Money.Usd(1m);
        return figure > Ledger.Stargate; // clean: the local holds dollars by now
    }

    /// <summary>A mutable draft corrected to dollars, then compared with dollars.</summary>
    public static bool CorrectedDraft()
    {
        var draft = new Draft("stargate", Money.Cny(3_600m));
        draft.Figure = Money.Usd(500m);
        return draft.Figure > Money.Usd(100m); // clean: the draft was corrected to dollars
    }

    /// <summary>The Chinese lines summed in yuan after a filter on the bloc.</summary>
    public static Money ChinaTotal() => Ledger.Commitments.Where(c => c.Bloc == Bloc.China).Sum(c => c.Pledged, Currency.CNY); // clean: the filter keeps the yuan lines

    /// <summary>The largest dollar line after a filter on the currency.</summary>
    public static Money LargestDollarLine() => Ledger.Commitments.Where(c => c.Pledged.Currency == Currency.USD).Max(c => c.Pledged); // clean: dollars only

    /// <summary>The totals per currency, keyed by the currency.</summary>
    public static Dictionary<Currency, Money> Totals()
    {
        var totals = new Dictionary<Currency, Money>();
        foreach (var c in Ledger.Commitments)
        {
            var m = c.Pledged;
            totals[m.Currency] = totals.TryGetValue(m.Currency, out var t) ? t + m : m; // clean: the slot is the money's own currency
        }

        return totals;
    }

    /// <summary>Each group summed in dollars when it is the dollar group, else in its key.</summary>
    public static IEnumerable<Money> GroupSums() =>
        Ledger.Commitments.GroupBy(c => c.Pledged.Currency).Select(g => g.Key == Currency.USD ? g.Sum(c => c.Pledged, Currency.USD) : g.Sum(c => c.Pledged, g.Key)); // clean: each group in its own currency

    /// <summary>The plan scaled by a ratio.</summary>
    public static Money PlanTimesRatio() => Ledger.ActionPlan * Ratio.Of(1.5m); // clean: scaling keeps the currency

    /// <summary>The city grants added in parallel into a yuan total.</summary>
    public static Money ParallelYuan()
    {
        var total = Money.Zero(Currency.CNY);
        Parallel.ForEach(Ledger.Cities, c =>
        {
            lock (Gate)
            {
                total += c.Grant; // clean: yuan into yuan
            }
        });
        return total;
    }

    /// <summary>The city grants added in parallel into a dollar total.</summary>
    public static Money ParallelDollars()
    {
        var total = Money.Zero(Currency.USD);
        Parallel.ForEach(Ledger.Cities, c =>
        {
            lock (Gate)
            {
                total += c.Grant; // expect: AIR0001
            }
        });
        return total;
    }

    /// <summary>The city grants deconstructed in the loop and added into euros.</summary>
    public static Money DeconstructedIntoEuros()
    {
        var total = Money.Zero(Currency.EUR);
        foreach (var (_, grant, _) in Ledger.Cities)
        {
            total += grant; // expect: AIR0001
        }

        return total;
    }

    /// <summary>The plan, as the async service hands it out.</summary>
    public static Task<Money> PlanAsync() => Task.FromResult(Ledger.ActionPlan);

    /// <summary>The awaited plan against Stargate.</summary>
    public static async Task<bool> AwaitedPlanAboveStargate() => await PlanAsync() > Ledger.Stargate; // expect: AIR0001

    /// <summary>The caps of the regions, as tuples.</summary>
    public static readonly (string Region, Money Cap)[] RegionCaps =
    [
        ("Yangtze delta", Money.Billions(100m, Currency.CNY)),
        ("Texas", Money.Billions(100m, Currency.USD)),
    ];

    /// <summary>The largest regional cap.</summary>
    public static Money LargestRegionalCap() => RegionCaps.Max(r => r.Cap); // expect: AIR0001

    /// <summary>The VAT on a euro net figure.</summary>
    public static Money Vat([Currency("EUR")] Money net) => net * 0.2m;

    /// <summary>The VAT asked of the Shanghai fund.</summary>
    public static Money ShanghaiVat() => Vat(Ledger.ShanghaiFund); // expect: AIR0001

    /// <summary>The VAT of the EU pledge.</summary>
    public static Money EuVat() => Vat(Ledger.InvestAi); // clean: euros where euros are stated

    /// <summary>The US headline, as the US edition states it.</summary>
    [return: Currency("USD")]
    public static Money UsHeadline() => Ledger.ActionPlan; // expect: AIR0001

    /// <summary>The quick-look table sorted by number only.</summary>
    public static List<Money> QuickLook()
    {
        var list = Ledger.Commitments.Select(c => c.Pledged).ToList();
        list.Sort(new ByNumberComparer()); // clean: the comparer is the team's own (its body is reported)
        return list;
    }

    /// <summary>A tuple arm that shows only the first currency.</summary>
    public static bool FirstShown(Money a, Money b) => (a.Currency.Code, b.Currency.Code) switch
    {
        ("CNY", _) => a > Ledger.ActionPlan, // clean: the first is shown yuan
        _ => false,
    };

    /// <summary>Cross rate of the desk's fixings, used to restate euros in yuan.</summary>
    public static Money EurosInYuan(ExchangeRate usdToEur, ExchangeRate usdToCny) =>
        ExchangeRate.Cross(usdToEur.Inverse(), usdToCny).Convert(Ledger.InvestAi).Result; // clean: a conversion
}
