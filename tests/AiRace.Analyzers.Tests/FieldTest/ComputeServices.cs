using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Compute.Dashboard;

/// <summary>Small helpers the services share.</summary>
public static class ComputeMath
{
    public static readonly DateOnly Stated = new(2025, 6, 30);
    public static readonly Func<Money, Money, Money> Gap = (budget, spent) => budget - spent;
    public static bool OutspendsChecked(Money a, Money b) => a.Currency == b.Currency && a > b; // clean: reads both currencies
    public static bool Exceeds(ref readonly Money spent, ref readonly Money cap) => spent > cap; // clean: parameters unknown
    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean: generic parameters
    public static bool Dwarfs(this Money big, Money small) => big > small * 10m; // clean: parameters unknown
    public static Money WithOverhead(Money m) => m * 1.15m;

    public static Money Total(Money seed, params ReadOnlySpan<Money> items)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: the items are unknown inside the method
        return total;
    }

    public static Money ToDollars(Money m, DateOnly asOf, RateLookup lookup, DateTime requestedAt, List<string> audit)
    {
        audit.Add($"{requestedAt:O} {m} at {asOf}"); // clean: text
        return m.ConvertTo(Currency.USD, asOf, ReferenceRates.FederalReserveH10, lookup).Result;
    }
}

/// <summary>Draws on the programmes, as the ledger team loads them from the weekly files.</summary>
public sealed class ComputeLedger
{
    private readonly List<Money> _pending = new();
    private readonly List<Money> _drawn = new();
    private Money[] _latest = [Money.Zero(Currency.CNY)];
    private readonly Dictionary<Currency, List<Money>> _byCurrency = new()
    {
        [Currency.CNY] = [ComputeCatalogue.ShanghaiPool],
        [Currency.USD] = [ComputeCatalogue.DoeFasst],
    };
    private static readonly Money[] Legs = [Money.Cny(0m), Money.Usd(0m)];
    private readonly List<Money> _quotes = [Money.Zero(Currency.CNY)];

    /// <summary>Rebuilt from the US vendors' quotes; the yuan zero is only a placeholder until the first run.</summary>
    public void RebuildQuotes(IEnumerable<decimal> dollars)
    {
        _quotes.Clear();
        foreach (var d in dollars) _quotes.Add(Money.Usd(d));
    }

    public Money CheapestQuote() => _quotes.Min(); // clean: the yuan placeholder is cleared before dollars are added
    public Money QuotesInDollars() => _quotes.Sum(Currency.USD); // clean: dollars after the first rebuild

    public Dictionary<Currency, Money> TotalsByCurrency()
    {
        var totals = new Dictionary<Currency, Money>();
        foreach (var m in _pending.Concat(_drawn)) totals[m.Currency] = totals.GetValueOrDefault(m.Currency, Money.Zero(m.Currency)) + m; // clean: keyed by the draw's own currency

        var viaGroups = _pending.Concat(_drawn).GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key)); // clean: each group in its key
        return totals;
    }

    /// <summary>The ledger shows one country at a time: loading China clears the US draws and back.</summary>
    public void LoadChina(IEnumerable<decimal> yuan)
    {
        _pending.Clear();
        foreach (var y in yuan) _pending.Add(Money.Cny(y));
    }

    public void LoadUs(IEnumerable<decimal> dollars)
    {
        _pending.Clear();
        foreach (var d in dollars) _pending.Add(Money.Usd(d));
    }

    public Money LargestPending() => _pending.Max(); // clean: cleared before each load, never yuan and dollars at once
    public Money PendingInDollars() => _pending.Sum(Currency.USD); // clean: may hold dollars
    public Money PendingInEuros() => _pending.Sum(Currency.EUR); // expect: AIR0001

    public void Refresh(IReadOnlyList<ComputeVoucher> vouchers)
    {
        _drawn.Clear();
        foreach (var v in vouchers) _drawn.Add(v.Cap / 2m);
    }

    public Money DrawnLargest() => _drawn.Max(); // clean: yuan only
    public Money DrawnInDollars() => _drawn.Sum(Currency.USD); // expect: AIR0001

    public void Publish(IEnumerable<decimal> dollars)
    {
        var fresh = dollars.Select(d => Money.Usd(d)).ToArray();
        Interlocked.Exchange(ref _latest, fresh);
    }

    public Money LatestInDollars() => Volatile.Read(ref _latest).Sum(Currency.USD); // clean: swapped by reference, the yuan placeholder is gone

    public void File(Money draw)
    {
        if (!_byCurrency.TryGetValue(draw.Currency, out var bucket)) _byCurrency[draw.Currency] = bucket = [];

        bucket.Add(draw);
    }

    public Money InCurrency(Currency c) => _byCurrency.TryGetValue(c, out var bucket) ? bucket.Sum(c) : Money.Zero(c); // clean: the bucket is keyed by c
    public Money LargestDollarDraw() => _byCurrency[Currency.USD].Max(); // clean: the dollar bucket
    public Money DollarBucket() => _byCurrency[Currency.USD].Sum(Currency.USD); // clean: the dollar bucket

    public static bool LegsBalanced(decimal domestic, decimal partner)
    {
        Legs[0] = Money.Cny(domestic);
        Legs[1] = Money.Usd(partner);
        var usdAboveFloor = Legs[1] > Money.Usd(1_000m); // clean: index 1 only ever holds dollars
        return Legs[0] < Legs[1]; // expect: AIR0001
    }
}

/// <summary>Queries over the catalogue for the dashboard's services.</summary>
public static class ComputeQueries
{
    /// <summary>The caps of one country: China's cities, or the US programmes.</summary>
    public static IEnumerable<Money> CapsFor(bool china)
    {
        if (china)
        {
            yield return ComputeCatalogue.ShanghaiPool;
            yield return ComputeCatalogue.ShenzhenPool;
            yield break;
        }

        yield return ComputeCatalogue.DoeFasst;
        yield return ComputeCatalogue.StargatePhaseOne;
    }

    /// <summary>Shanghai's tranches up to a year; stops early when the city has not published.</summary>
    public static IEnumerable<Money> ShanghaiTranches(int upTo)
    {
        if (upTo < 2024) yield break;
        for (var year = 2024; year <= upTo; year++)
        {
            if (year > 2027) yield break;
            yield return Money.Cny(150_000_000m + (year - 2024) * 25_000_000m);
        }
    }

    public static IReadOnlyList<Money> Pipeline(bool domestic)
    {
        if (!domestic) return [ComputeCatalogue.FranceSummit, ComputeCatalogue.InvestAi];
        return [ComputeCatalogue.ShanghaiPool, ComputeCatalogue.HangzhouPool];
    }

    public static IEnumerable<Money> FlagshipsOf(ComputeRegion region)
    {
        switch (region)
        {
            case ComputeRegion.Shanghai:
                yield return ComputeCatalogue.ShanghaiPool;
                yield return ComputeCatalogue.Quarterly[0][0];
                yield break;
            case ComputeRegion.Airr:
                yield return ComputeCatalogue.Airr;
                yield return ComputeCatalogue.AirrSecondPhase.Value;
                yield break;
        }
    }

    /// <summary>The first Chinese city among the regions, else the US programmes.</summary>
    public static IEnumerable<Money> FirstChinese(IEnumerable<ComputeRegion> regions)
    {
        foreach (var r in regions)
        {
            if (ComputeCodes.Of(r) == Currency.CNY)
            {
                yield return ComputeCatalogue.ShanghaiPool;
                yield break;
            }
        }

        yield return ComputeCatalogue.DoeFasst;
    }

    public static Money LargestFirst(IEnumerable<ComputeRegion> regions) => FirstChinese(regions).Max(); // clean: yuan then yield break, or dollars

    public static Money LargestLocal(ComputeRegion region)
    {
        var caps = new List<Money>();
        if (region == ComputeRegion.Shanghai) caps.Add(ComputeCatalogue.ShanghaiPool);
        else if (region == ComputeRegion.Airr) caps.Add(ComputeCatalogue.Airr);
        else caps.Add(ComputeCatalogue.DoeFasst);
        return caps.Max(); // clean: one branch of one choice runs
    }

    public static Money LargestFlagship(ComputeRegion region) => FlagshipsOf(region).Max(); // clean: each case yields one currency and stops
    public static bool Grew(ComputeSite site) => (site with { Capex = site.Capex * 1.1m }).Capex > site.Capex; // clean: one site, one currency
    public static Money LargestCap(bool china) => CapsFor(china).Max(); // clean: one branch's currency per run
    public static Money CapsInEuros(bool china) => CapsFor(china).Sum(Currency.EUR); // expect: AIR0001
    public static Money TranchesInDollars(int upTo) => ShanghaiTranches(upTo).Sum(Currency.USD); // expect: AIR0001
    public static Money TranchesTotal(int upTo) => ShanghaiTranches(upTo).Sum(Currency.CNY); // clean: yuan only
    public static Money LargestInPipeline(bool domestic) => Pipeline(domestic).Max(); // clean: one list or the other
    public static Money PipelineInDollars(bool domestic) => Pipeline(domestic).Sum(Currency.USD); // expect: AIR0001

    public static Money DollarDraws()
    {
        var all = new List<Money> { ComputeCatalogue.ShanghaiPool, ComputeCatalogue.DoeFasst, ComputeCatalogue.StargatePhaseOne };
        all.RemoveAll(m => m.Currency != Currency.USD);
        var largest = all.Max(); // clean: only dollars are left
        return all.Sum(Currency.USD); // clean: the yuan were removed by currency
    }

    public static Money WesternInEuros()
    {
        var west = new List<Money> { ComputeCatalogue.DoeFasst, ComputeCatalogue.Airr, ComputeCatalogue.StargatePhaseOne };
        west.RemoveAll(m => m.Currency == Currency.GBP);
        return west.Sum(Currency.EUR); // expect: AIR0001
    }

    public static Money UsTotal()
    {
        var draws = new List<Money> { ComputeCatalogue.DoeFasst, ComputeCatalogue.StargatePhaseOne, ComputeCatalogue.ShanghaiPool };
        var total = Money.Zero(Currency.USD);
        foreach (var g in draws.GroupBy(m => m.Currency))
        {
            if (g.Key == Currency.USD) total += g.Sum(Currency.USD); // clean: the group's key was tested
        }

        var perCurrency = draws.GroupBy(m => m.Currency).Select(g => g.Sum(g.Key)).ToList(); // clean: each group in its own key
        var largestPerCurrency = draws.GroupBy(m => m.Currency).Select(g => g.Max()).ToList(); // clean: a group never mixes
        var inEuros = draws.GroupBy(m => m.Currency).Select(g => g.Sum(Currency.EUR)).ToList(); // expect: AIR0001
        var yuan = draws.GroupBy(m => m.Currency).Select(g => g.Key == Currency.CNY ? g.Sum(Currency.CNY) : Money.Zero(g.Key)); // clean: guarded by key
        foreach (var g in draws.GroupBy(m => m.Currency))
        {
            switch (g.Key.Code)
            {
                case "USD": total += g.Sum(Currency.USD); break; // clean: a case on the group's currency
                case "CNY": total += g.Sum(Currency.CNY).ConvertTo(Currency.USD, ComputeMath.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result; break; // clean: converted
            }
        }

        var lookup = draws.ToLookup(m => m.Currency);
        var lookedUp = lookup[Currency.USD].Sum(Currency.USD); // clean: the lookup's dollar group
        var lookedUpMax = lookup[Currency.CNY].Max(); // clean: the lookup's yuan group
        return total;
    }

    public static IEnumerable<Money> VoucherBatches() =>
        ComputeCatalogue.Vouchers.Select(v => v.Cap).Chunk(2).Select(batch => batch.Sum(Currency.CNY)); // clean: yuan batches

    public static IEnumerable<Money> VoucherBatchesInDollars() =>
        ComputeCatalogue.Vouchers.Select(v => v.Cap).Chunk(2).Select(batch => batch.Sum(Currency.USD)); // expect: AIR0001

    public static Money SiteBatches()
    {
        var total = Money.Zero(Currency.USD);
        foreach (var batch in ComputeCatalogue.Sites.Where(s => s.Capex.Currency == Currency.USD).Chunk(2)) total += batch.Sum(s => s.Capex, Currency.USD); // clean: filtered by currency

        return total;
    }

    public static int QuartersAhead()
    {
        var ahead = 0;
        foreach (var (cn, us) in ComputeCatalogue.Quarterly[0].Zip(ComputeCatalogue.Quarterly[1])) if (cn > us) ahead++; // expect: AIR0001

        foreach (var (cn, gb) in ComputeCatalogue.Quarterly[0].Zip(ComputeCatalogue.Quarterly[2]))
        {
            var inPounds = cn.ConvertTo(Currency.GBP, ComputeMath.Stated, ReferenceRates.FederalReserveH10, RateLookup.MonthlyAverage).Result;
            if (inPounds > gb) ahead++; // clean: converted at a stated date
        }

        return ahead;
    }

    public static void ReplaceDoeRow(decimal q1, decimal q2) => ComputeCatalogue.Quarterly[1] = [Money.Usd(q1), Money.Usd(q2)];

    public static ComputeVoucher Raised(ComputeVoucher v, decimal factor) => v with { Cap = v.Cap * factor };

    public static bool CapWithOverheadAboveAirr(ComputeVoucher v) => ComputeMath.WithOverhead(v.Cap) > ComputeCatalogue.Airr; // expect: AIR0001

    public static (Money Domestic, Money Partner) CoFunding(decimal domestic, decimal partner) => (Money.Cny(domestic), Money.Of(partner, ComputeCodes.Dirham));

    public static bool TryCap(string city, out Money cap)
    {
        cap = Money.Cny(city.Length * 10_000_000m);
        return city.Length > 0;
    }

    public static async Task<Money> FetchAirrAsync(CancellationToken ct)
    {
        await Task.Delay(10, ct).ConfigureAwait(false);
        return ComputeCatalogue.Airr;
    }

    public static Money CityCap(string city) => city switch
    {
        "shanghai" => Money.Cny(100_000_000m),
        "shenzhen" => Money.Cny(50_000_000m),
        _ => Money.Cny(10_000_000m),
    };
}
