using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>The desk's lazy pipelines: iterators, async streams and array work.</summary>
internal static class Pipelines
{
    /// <summary>The city grants, one by one (all yuan).</summary>
    public static IEnumerable<Money> CityGrants()
    {
        foreach (var city in Ledger.Cities)
        {
            yield return city.Grant;
        }
    }

    /// <summary>The two headline pledges of the race, one by one.</summary>
    public static IEnumerable<Money> RaceHeadlines()
    {
        yield return Ledger.ActionPlan;
        yield return Ledger.Stargate;
    }

    /// <summary>The city grants summed in yuan.</summary>
    public static Money CityGrantTotal() => CityGrants().Sum(Currency.CNY); // clean: all yuan

    /// <summary>The city grants summed in dollars for the US edition.</summary>
    public static Money CityGrantsInDollars() => CityGrants().Sum(Currency.USD); // expect: AIR0001

    /// <summary>The two race headlines in the order of size.</summary>
    public static IEnumerable<Money> OrderedHeadlines() => RaceHeadlines().Order(); // expect: AIR0001

    /// <summary>The larger city grants, filtered lazily, then totalled in yuan.</summary>
    public static Money LargeCityGrants() => CityGrants().Where(g => g > Money.Millions(400m, Currency.CNY)).Sum(Currency.CNY); // clean: yuan against yuan

    /// <summary>The running totals the chart needs, yielded one at a time.</summary>
    public static IEnumerable<Money> RunningTotals()
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var grant in CityGrants())
        {
            total += grant; // clean: yuan into a yuan total
            yield return total;
        }
    }

    /// <summary>A running total started in dollars by mistake.</summary>
    public static Money WrongRunningTotal()
    {
        var total = Money.Zero(Currency.USD);
        foreach (var city in Ledger.Cities)
        {
            total += city.Grant; // expect: AIR0001
        }

        return total;
    }

    /// <summary>The spread of the grants, worked out with local functions.</summary>
    public static Money GrantSpread()
    {
        Money Low() => Ledger.Cities.Min(c => c.Grant);
        Money High() => Ledger.Cities.Max(c => c.Grant);
        return High() - Low(); // clean: yuan and yuan
    }

    /// <summary>The gap between the plan and Stargate, worked out with a local function.</summary>
    public static Money PlanGap()
    {
        static Money Plan() => Money.Trillions(1m, Currency.CNY);
        return Plan() - Ledger.Stargate; // expect: AIR0001
    }

    /// <summary>A local function comparing its two parameters, called with yuan and euros.</summary>
    public static bool LocalExceeds()
    {
        static bool Exceeds(Money figure, Money limit) => figure > limit;
        return Exceeds(Ledger.ShanghaiFund, Ledger.InvestAi); // expect: AIR0001
    }

    /// <summary>The headline figures in an array, sorted for the table.</summary>
    public static Money[] SortedHeadlineArray()
    {
        Money[] figures = [Ledger.ActionPlan, Ledger.Stargate, Ledger.InvestAi];
        Array.Sort(figures); // expect: AIR0001
        return figures;
    }

    /// <summary>The city grants in an array, sorted in place through a span.</summary>
    public static Money[] SortedCityArray()
    {
        Money[] grants = [Ledger.Cities[0].Grant, Ledger.Cities[1].Grant, Money.Millions(70m, Currency.CNY)];
        grants.AsSpan().Sort(); // clean: every element is yuan
        return grants;
    }

    /// <summary>The Asian chip aids sorted through a span.</summary>
    public static Money[] SortedAsianAid()
    {
        Money[] aid = [Ledger.RapidusAid, Ledger.KChips];
        aid.AsSpan().Sort(); // expect: AIR0001
        return aid;
    }

    /// <summary>The sum of a span of yuan, done by hand.</summary>
    public static Money SpanTotal(ReadOnlySpan<Money> grants)
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var g in grants)
        {
            if (g.Currency != total.Currency)
            {
                continue;
            }

            total += g; // clean: the loop skipped every other currency
        }

        return total;
    }

    /// <summary>The grants streamed from the nightly store.</summary>
    public static async IAsyncEnumerable<Money> StreamCityGrants([EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var city in Ledger.Cities)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return city.Grant;
        }
    }

    /// <summary>Counts the streamed grants above the Stargate headline (a unit slip).</summary>
    public static async Task<int> CountAboveStargateAsync(CancellationToken ct)
    {
        var count = 0;
        await foreach (var grant in StreamCityGrants(ct))
        {
            if (grant > Ledger.Stargate) // expect: AIR0001
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Totals the streamed grants in yuan.</summary>
    public static async Task<Money> StreamedTotalAsync(CancellationToken ct)
    {
        var total = Money.Zero(Currency.CNY);
        await foreach (var grant in StreamCityGrants(ct))
        {
            total += grant; // clean: yuan into yuan
        }

        return total;
    }

    /// <summary>Interpolates the headline into the brief's first line.</summary>
    public static string FirstLine() => $"China {Ledger.ActionPlan:N0} against Stargate {Ledger.Stargate:N0}"; // clean: formatting combines nothing
}
