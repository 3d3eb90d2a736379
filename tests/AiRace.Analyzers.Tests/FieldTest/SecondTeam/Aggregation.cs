using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>Totals, groups and rankings.</summary>
public static class Aggregation
{
    private static readonly Dictionary<Bloc, Money> Headline = new()
    {
        [Bloc.China] = Catalogue.BigFundIII,
        [Bloc.UnitedStates] = Catalogue.ChipsAct,
    };

    public static Money ChinaTotal() => Catalogue.ChineseGrants.Sum(g => g.Amount, Currency.CNY); // clean: every grant is yuan

    public static Money ChinaTotalInDollars() => Catalogue.ChineseGrants.Sum(g => g.Amount, Currency.USD); // expect: AIR0001

    public static IReadOnlyDictionary<int, Money> ChinaByYear() =>
        Catalogue.ChineseGrants.GroupBy(g => g.Year).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount, Currency.CNY)); // clean: yuan per year

    public static IReadOnlyDictionary<int, Money> ChinaByYearInUsd() =>
        Catalogue.ChineseGrants.GroupBy(g => g.Year).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount, Currency.USD)); // expect: AIR0001

    public static Dictionary<Currency, Money> ByCurrency(IEnumerable<Money> all) => all.GroupBy(m => m.Currency).ToDictionary(g => g.Key, g => g.Sum(g.Key)); // clean: each group in its key

    public static Money StargateTotal() => Catalogue.StargateTranches.Aggregate(Money.Zero(Currency.USD), (acc, t) => acc + t.Amount); // clean: dollars

    public static Money StargateInYuan() => Catalogue.StargateTranches.Aggregate(Money.Zero(Currency.CNY), (acc, t) => acc + t.Amount); // expect: AIR0001

    public static IEnumerable<Money> Gaps() => Catalogue.ChineseGrants.Zip(Catalogue.StargateTranches, (cn, us) => cn.Amount - us.Amount); // expect: AIR0001

    public static IEnumerable<Money> GapsInDollars(DeskConverter fx) => Catalogue.ChineseGrants.Zip(Catalogue.StargateTranches, (cn, us) => fx.ToUsdAtValueDate(cn.Amount) - us.Amount); // clean: converted first

    public static IEnumerable<Money> YearOnYear() => Catalogue.ChineseGrants.Zip(Catalogue.ChineseGrants.Skip(1), (a, b) => b.Amount - a.Amount); // clean: yuan against yuan

    public static Money LargestSite() => Catalogue.Sites.Max(s => s.Capex); // expect: AIR0001

    public static Award LargestAward() => Catalogue.Awards.MaxBy(a => a.Amount)!; // expect: AIR0001

    public static IEnumerable<Award> AwardsBySize() => Catalogue.Awards.OrderBy(a => a.Amount.Currency).ThenBy(a => a.Amount); // clean: by currency first

    public static decimal RawAwardTotal() => Catalogue.Awards.Sum(a => a.Amount.Amount); // expect: AIR0007

    public static Money AwardsPerCurrencyInDollars(DeskConverter fx) =>
        Catalogue.Awards.GroupBy(a => a.Amount.Currency).Select(g => g.Key == Currency.USD ? g.Sum(a => a.Amount, Currency.USD) : g.Sum(a => a.Amount, Currency.CNY)).Select(fx.ToUsdAtValueDate).Sum(Currency.USD); // clean: each group in its key, then converted

    public static IEnumerable<Money> AwardsPerCurrencyAndProgramme() =>
        Catalogue.Awards.GroupBy(a => (a.Amount.Currency, a.Programme)).Select(g => g.Key.Currency == Currency.USD ? g.Sum(a => a.Amount, Currency.USD) : g.Sum(a => a.Amount, Currency.CNY)); // clean: each group in its key's currency

    public static Money Largest()
    {
        ImmutableArray<Money> china = [Catalogue.BigFundIII, Catalogue.ShanghaiVoucherPool];
        ImmutableArray<Money> us = [Catalogue.ChipsAct, Catalogue.StargatePhaseOne];
        Money[] both = [.. china, .. us];
        var chinaMax = Enumerable.Max(china); // clean: yuan only
        var usMax = Enumerable.Max(us); // clean: dollars only
        _ = MoneyHelpers.Larger(chinaMax, china[1]); // clean: yuan and yuan
        _ = MoneyHelpers.Larger(usMax, us[0]); // clean: dollars and dollars
        return both.Max(); // expect: AIR0001
    }

    public static Money LargestOf(Bloc bloc)
    {
        var pots = new List<Money>();
        if (bloc == Bloc.China)
        {
            pots.AddRange([Catalogue.BigFundIII, Catalogue.ShanghaiVoucherPool]);
        }
        else
        {
            pots.Add(Catalogue.ChipsAct);
        }

        return pots.Max(); // clean: one currency per path
    }

    public static (Money China, Money Us) TopPerBloc()
    {
        var pots = Catalogue.ChineseGrants.Select(g => g.Amount).ToList();
        var chinaTop = pots.Max(); // clean: yuan
        pots = [Catalogue.ChipsAct, Catalogue.StargatePhaseOne];
        var usTop = pots.Max(); // clean: the list was replaced by dollars
        return (chinaTop, usTop);
    }

    public static bool ChinaAboveFloor() => Headline[Bloc.China] > Money.Billions(100m, Currency.CNY); // clean: the yuan key

    public static bool ChinaAboveUs() => Headline[Bloc.China] > Headline[Bloc.UnitedStates]; // expect: AIR0001

    public static Money LargestHeadline() => Headline.Values.Max(); // expect: AIR0001

    public static Money LargestImmutableHeadline() => Catalogue.HeadlineByBloc.Values.Max(); // expect: AIR0001

    public static bool BigFundAboveChipsByName()
    {
        var byName = Catalogue.ChineseGrants.ToDictionary(g => g.Name, g => g.Amount);
        return byName["Big Fund III"] > Catalogue.ChipsAct; // expect: AIR0001
    }

    public static (Bloc Bloc, Money Cap) TopCap()
    {
        List<(Bloc Bloc, Money Cap)> caps = [(Bloc.China, Catalogue.BigFundIII), (Bloc.UnitedStates, Catalogue.ChipsAct)];
        return caps.OrderByDescending(c => c.Cap).First(); // expect: AIR0001
    }

    public static Money MixedFold() => new[] { Catalogue.BigFundIII, Catalogue.ChipsAct }.Aggregate((a, b) => a + b); // expect: AIR0001

    public static Money MixedInYuanAfterGrouping()
    {
        Money[] all = [.. Catalogue.ChineseGrants.Select(g => g.Amount), .. Catalogue.StargateTranches.Select(t => t.Amount)];
        return all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.CNY ? g.Sum(Currency.CNY) : g.Sum(Currency.CNY)).Sum(Currency.CNY); // expect: AIR0001
    }
}
