using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>Same-currency flows that look like mixing, and shapes the team's code reaches for.</summary>
public sealed class Edges(IExchangeRateProvider rates)
{
    private static readonly Dictionary<Bloc, Money> Floors = new()
    {
        [Bloc.China] = Money.Billions(1m, Currency.CNY),
        [Bloc.UnitedStates] = Money.Billions(1m, Currency.USD),
    };

    public static Money YuanViaLookup()
    {
        Money[] all = [Catalogue.BigFundIII, Catalogue.ChipsAct];
        var byCurrency = all.ToLookup(m => m.Currency);
        return byCurrency[Currency.CNY].Sum(Currency.CNY); // clean: the yuan group
    }

    public static Money ChipsAwards() => Catalogue.Awards.Where(a => a.Programme == Programme.ChipsAct).Sum(a => a.Amount, Currency.USD); // clean: the filter keeps the dollar award

    public static bool AboveFloor(Bloc bloc)
    {
        switch (bloc)
        {
            case Bloc.China:
                return Floors[Bloc.China] < Catalogue.BigFundIII; // clean: yuan key
            default:
                return Floors[Bloc.UnitedStates] < Catalogue.ChipsAct; // clean: dollar key
        }
    }

    public static Money StargateRunning()
    {
        var running = Money.Zero(Currency.USD);
        foreach (var t in Catalogue.StargateTranches)
        {
            running += t.Amount; // clean: dollars
        }

        return running;
    }

    public static IEnumerable<Money> SelfZip() => Catalogue.Awards.Zip(Catalogue.Awards, (x, y) => x.Amount - y.Amount); // clean: each award against itself

    public static Money LargestUsSite() => Catalogue.Sites.Where(s => s.Capex.Currency == Currency.USD).Max(s => s.Capex); // clean: dollars only

    public static IEnumerable<(string Site, Money Capex)> SitesBySize() => Catalogue.Sites.OrderBy(s => s.Capex.Currency).ThenByDescending(s => s.Capex); // clean: by currency first

    public static Money LargestYuanAward() => Catalogue.Awards.Select(a => a.Amount).Where(m => m.Currency == Currency.CNY).Max(); // clean: yuan only

    public static IEnumerable<Money> PerProgramme() => Catalogue.Awards.GroupBy(a => a.Programme).Select(g => g.Sum(a => a.Amount, g.Key == Programme.ChipsAct ? Currency.USD : Currency.CNY)); // clean: the currency is the key's

    public bool SwappedAndConverted()
    {
        var (cn, us) = (Catalogue.BigFundIII, Catalogue.ChipsAct);
        (cn, us) = (us.ConvertTo(Currency.CNY, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result, cn.ConvertTo(Currency.USD, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result);
        return cn > Catalogue.BigFundIII && us > Catalogue.ChipsAct; // clean: each converted into the other's currency
    }

    public static bool Swapped()
    {
        var (first, second) = (Catalogue.BigFundIII, Catalogue.ShanghaiVoucherPool);
        (first, second) = (second, first);
        return first > second; // clean: yuan and yuan
    }

    public static bool CachedChips()
    {
        Money? cache = null;
        cache ??= Catalogue.ChipsAct;
        return cache.Value >= Catalogue.StargatePhaseOne; // clean: dollars
    }

    public static bool DrawnBelowBigFund() => Catalogue.Commitments[1].Drawn < Catalogue.BigFundIII; // clean: yuan

    public static Money Rebuilt(Money m) => Money.Zero(m.Currency) + m; // clean: its own currency

    public static Money Countdown(int n) => n <= 0 ? Catalogue.BigFundIII : Echo(n - 1);

    private static Money Echo(int n) => Countdown(n) * 1m;

    public static Money CountdownPlusVoucher() => Countdown(3) + Catalogue.ShanghaiVoucherPool; // clean: yuan through mutual recursion

    public static Money CountdownPlusChips() => Countdown(3) + Catalogue.ChipsAct; // expect: AIR0001
}

/// <summary>Groups, lookups and replaced elements that look like mixing.</summary>
public static class GroupEdges
{
    private static Money[] Both() => [Catalogue.BigFundIII, Catalogue.ChipsAct];

    public static Money ContinueGuard()
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var g in Both().GroupBy(m => m.Currency))
        {
            if (g.Key != Currency.CNY)
            {
                continue;
            }

            total += g.Sum(Currency.CNY); // clean: a continue skips every group but the yuan one
        }

        return total;
    }

    public static IEnumerable<Money> FilteredGroups() => Both().GroupBy(m => m.Currency).Where(g => g.Key == Currency.CNY).Select(g => g.Sum(Currency.CNY)); // clean: only the yuan group is kept

    public static Money SingleGroup() => Both().GroupBy(m => m.Currency).Single(g => g.Key == Currency.CNY).Sum(Currency.CNY); // clean: the yuan group

    public static IEnumerable<Money> SwitchOnKey() => Both().GroupBy(m => m.Currency).Select(g => g.Key.Code switch { "CNY" => g.Sum(Currency.CNY), "USD" => g.Sum(Currency.USD), _ => g.Sum(g.Key) }); // clean: each arm sums its key's currency

    public static IEnumerable<Money> PatternOnKey() => Both().GroupBy(m => m.Currency).Select(g => g.Key is { Code: "CNY" } ? g.Sum(Currency.CNY) : g.Sum(g.Key)); // clean: the pattern shows yuan

    public static Money LegReplaced()
    {
        Money[] legs = [Money.Cny(1m), Money.Cny(2m)];
        legs[0] = Money.Usd(1m);
        return legs[0] + Money.Usd(2m); // clean: the element was replaced by dollars
    }

    public static IEnumerable<Money> LookupLoop()
    {
        foreach (var g in Both().ToLookup(m => m.Currency))
        {
            yield return g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY); // clean: each group in its key
        }
    }

    public static Money DictionaryOfGroups() => Both().GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.ToList())[Currency.CNY].Sum(Currency.CNY); // clean: the yuan group's list


    public static IEnumerable<Money> QueryGroups() => from m in Both() group m by m.Currency into g where g.Key == Currency.USD select g.Sum(Currency.USD); // clean: only the dollar group is kept

    public static Money Chunked() => Catalogue.StargateTranches.Chunk(2).Select(c => c.Sum(t => t.Amount, Currency.USD)).Sum(Currency.USD); // clean: dollars

    public static Money MinOfPair() => Money.Min(Catalogue.BigFundIII, Catalogue.ShanghaiVoucherPool) + Money.Max(Catalogue.ChipsAct, Catalogue.StargatePhaseOne).ConvertTo(Currency.CNY, Catalogue.ValueDate, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result; // clean: yuan plus dollars converted to yuan at a stated date
}
