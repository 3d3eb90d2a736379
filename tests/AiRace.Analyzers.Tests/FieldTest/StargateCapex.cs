using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Stargate.Tracker;

/// <summary>The ledger's read side: the checks the weekly memo runs.</summary>
public sealed partial class StargateLedger
{
    /// <summary>Whether the yuan paid out so far covers the dollars booked (the first memo's check).</summary>
    public bool SubsidyCoversCapex() => _subsidyPaid >= _capexBooked; // expect: AIR0001

    /// <summary>Capex net of what the cities paid, converted at the agreed date first.</summary>
    public Money NetOfSubsidy() => _capexBooked - StargateRates.ToUsd(_subsidyPaid); // clean: converted before combining

    /// <summary>The last draw, or nothing this year.</summary>
    public Money LastDrawOrZero() => _lastDraw.GetValueOrDefault(Money.Zero(Currency.USD));

    /// <summary>Whether the last draw alone passes a city's cap (asked for the press note).</summary>
    public bool LastDrawAboveCap(CitySubsidy city) => _lastDraw.GetValueOrDefault(Money.Zero(Currency.USD)) > city.Cap; // expect: AIR0001

    /// <summary>The draws of one site, largest first.</summary>
    public IEnumerable<Money> DrawsOf(string site) =>
        _drawsBySite.TryGetValue(site, out var draws) ? draws.OrderByDescending(d => d) : []; // clean: one site's draws are dollars

    /// <summary>Every draw of every site, as one total.</summary>
    public Money AllDraws() => _drawsBySite.Values.SelectMany(d => d).Sum(Currency.USD); // clean: only dollar draws go in

    /// <summary>The booked entries, largest first, then by date.</summary>
    public IEnumerable<Entry> Largest() => _entries.OrderByDescending(e => e.Amount).ThenBy(e => e.Booked); // clean: every entry is booked in dollars

    /// <summary>The entries grouped by site, each with its total.</summary>
    public IEnumerable<(string Site, Money Total)> BySite() =>
        _entries.GroupBy(e => e.Site).Select(g => (g.Key, g.Sum(e => e.Amount, Currency.USD))); // clean: dollar entries, dollar total

    /// <summary>The entries as the Beijing office wanted them, totalled in yuan without converting.</summary>
    public Money EntriesInYuan() => _entries.Sum(e => e.Amount, Currency.CNY); // expect: AIR0001
}

/// <summary>The analyses the desk runs each week; the ledger is handed in by the host.</summary>
public sealed class CapexAnalysis(StargateLedger ledger)
{
    private static readonly Func<Money, Money> WithContingency = m => m * 1.15m;
    private static readonly Money ReportingFloor = Money.Of(1_000_000_000m, Codes.Reporting);

    public StargateLedger Ledger => ledger;

    /// <summary>A site's capex, as the loader would fetch it from the partners' portal.</summary>
    public async Task<Money> LoadCapexAsync(string name)
    {
        await Task.Yield();
        var site = StargateCatalogue.Sites.Find(s => s.Name == name);
        return site is null ? Money.Zero(Currency.USD) : site.Capex;
    }

    /// <summary>A city's cap, from the cache.</summary>
    public ValueTask<Money> CityCapAsync(string city) => ValueTask.FromResult(StargateCatalogue.City(city).Cap);

    public async Task<bool> SiteOutspendsCityAsync(string site, string city)
    {
        var capex = await LoadCapexAsync(site).ConfigureAwait(false);
        var cap = await CityCapAsync(city);
        return capex > cap; // expect: AIR0001
    }

    public async Task<Money> GapInDollarsAsync(string site, string city)
    {
        var capex = await LoadCapexAsync(site);
        var cap = StargateRates.ToUsd(await CityCapAsync(city));
        return capex - cap; // clean: the cap converted at the stated date
    }

    public async ValueTask<bool> CityCapsRankedAsync(string first, string second)
    {
        var a = await CityCapAsync(first);
        var b = await CityCapAsync(second);
        return WithContingency(a) > b; // clean: yuan with contingency against yuan
    }

    /// <summary>Capex per state, each group in dollars.</summary>
    public IReadOnlyDictionary<string, Money> CapexByState() =>
        StargateCatalogue.Sites.GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Sum(s => s.Capex, Currency.USD)); // clean: each group holds dollars

    /// <summary>All capex, as the Beijing office asked for it: in yuan, but nobody converted.</summary>
    public Money AllCapexInYuan() => StargateCatalogue.Sites.Sum(s => s.Capex, Currency.CNY); // expect: AIR0001

    /// <summary>The running total the spreadsheet port builds, seeded in the partner currency.</summary>
    public Money RunningTotal() => StargateCatalogue.Sites.Select(s => s.Capex).Aggregate(Money.Zero(Currency.CNY), (t, c) => t + c); // expect: AIR0001

    /// <summary>The cities' caps folded into one yuan figure.</summary>
    public Money CityCapsTotal() => StargateCatalogue.Cities.Aggregate(Money.Zero(Currency.CNY), (t, c) => t + c.Cap); // clean: yuan seed, yuan caps

    /// <summary>Caps by province, through a lookup.</summary>
    public Money ProvinceCaps(string province) => StargateCatalogue.Cities.ToLookup(c => c.Province, c => c.Cap)[province].Sum(Currency.CNY); // clean: yuan caps

    /// <summary>The biggest and the smallest site.</summary>
    public (Site? Biggest, Site? Smallest) Extremes() => (StargateCatalogue.Sites.MaxBy(s => s.Capex), StargateCatalogue.Sites.MinBy(s => s.Capex)); // clean: one currency

    /// <summary>The US partners in order of commitment.</summary>
    public IEnumerable<Commitment> PartnersRanked() => StargateCatalogue.Joint.OrderBy(c => c.Amount); // clean: every Joint line is created in dollars

    /// <summary>Both sides in one ranking, the way the slide wanted it.</summary>
    public Commitment LargestOverall()
    {
        List<Commitment> both = [.. StargateCatalogue.Joint, .. StargateCatalogue.Mirror];
        var ranked = both.OrderBy(c => c.Amount).ToList(); // expect: AIR0001
        var byName = both.OrderBy(c => c.Who).ThenBy(c => c.Amount); // expect: AIR0001
        var byCurrency = both.OrderBy(c => c.Amount.Currency).ThenBy(c => c.Amount); // clean: ordered by currency first
        return both.MaxBy(c => c.Amount)!; // expect: AIR0001
    }

    /// <summary>The sites that cost less than the floor a city fund would co-invest in.</summary>
    public IEnumerable<string> SitesBelowCityFloor()
    {
        const decimal FloorMillions = 500m;

        foreach (var site in StargateCatalogue.Sites)
        {
            if (site.Capex < Floor()) // expect: AIR0001
            {
                yield return site.Name;
            }
        }

        static Money Floor() => Money.Millions(FloorMillions, Currency.CNY);
    }

    /// <summary>Whether a site with contingency would still fit under a city's cap.</summary>
    public bool FitsWithContingency(Site site, CitySubsidy city) => WithContingency(site.Capex) <= city.Cap; // expect: AIR0001

    /// <summary>The same, converting through a delegate the host may swap.</summary>
    public bool FitsConverted(Site site, CitySubsidy city)
    {
        Func<Money, Money> toUsd = StargateRates.ToUsd;
        return WithContingency(site.Capex) <= toUsd(city.Cap); // clean: converted, and a method group's result is not followed
    }

    /// <summary>How the floor compares, in whatever currency the deployment reports in.</summary>
    public bool AboveFloor(Site site, CitySubsidy city)
    {
        switch (ReportingFloor.Currency.Code)
        {
            case "CNY" when city.Cap > ReportingFloor: // clean: a case on the floor's currency
                return true;
            case "USD" when site.Capex > ReportingFloor: // clean: dollars against dollars
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether a site's commitment passes a city's cap, asked through the dashboard's interface.</summary>
    public static bool SourceExceedsCity(Site site, CitySubsidy city)
    {
        ICapexSource source = new SiteSource(site);
        return source.Exceeds(city.Cap); // clean: not followed (the page says interface members are unknown; an interface's method may not be the code that runs)
    }

    /// <summary>Logs overruns; the handler is told the excess in whatever the ledger books.</summary>
    public void Watch(Action<string> log) => ledger.Overrun += (site, by) => log(by > ReportingFloor ? $"{site}: large overrun {by}" : $"{site}: overrun {by}"); // clean: a handler's parameter is unknown

    /// <summary>Compares a city cap with the floor, but only where the deployment reports in yuan.</summary>
    public static bool CapAboveFloorIfYuan(CitySubsidy city) => ReportingFloor.Currency == Currency.CNY && city.Cap > ReportingFloor; // clean: the right of && after a test of the floor's own currency

    /// <summary>The same, guarded by the wrong figure's currency.</summary>
    public static bool CapAboveFloorIfBonusInDollars(CitySubsidy city) => city.Bonus is { Currency.Code: "USD" } && city.Cap > ReportingFloor; // expect: AIR0001

    /// <summary>Adds up any number of figures onto a seed.</summary>
    public static Money Total(Money seed, params ReadOnlySpan<Money> items)
    {
        var total = seed;
        foreach (var item in items)
        {
            total += item;
        }

        return total;
    }

    public Money AbileneAndWuhu() => Total(Money.Zero(Currency.USD), StargateCatalogue.Sites[0].Capex, StargateCatalogue.City("Wuhu").Cap); // expect: AIR0001

    public Money TexasSites() => Total(Money.Zero(Currency.USD), StargateCatalogue.Sites[0].Capex, StargateCatalogue.Sites[1].Capex); // clean: dollars only

    public Money CapsAsSpan() => Total(Money.Zero(Currency.CNY), StargateCatalogue.CityCaps); // clean: an array of yuan only
}
