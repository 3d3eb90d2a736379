using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>The tranche feeds: each desk's iterator yields its programme's payments in the programme's currency.</summary>
public static class Feeds
{
    public static IEnumerable<Money> ChinaTranches()
    {
        yield return Headline.BigFundIII * 0.25m;
        yield return Headline.BigFundIII * 0.25m;
        yield return Headline.ShanghaiFund;
    }

    public static IEnumerable<Money> UsTranches()
    {
        yield return Headline.ChipsGrants / 4m;
        yield return Money.Billions(8.5m, Currency.USD);
        yield return Headline.SamsungTaylor;
    }

    public static IEnumerable<Money> Everything()
    {
        foreach (var m in ChinaTranches())
        {
            yield return m;
        }

        foreach (var m in UsTranches())
        {
            yield return m;
        }
    }

    public static IEnumerable<(string Desk, Money Amount)> Tagged()
    {
        foreach (var m in ChinaTranches())
        {
            yield return ("cn", m);
        }

        foreach (var m in UsTranches())
        {
            yield return ("us", m);
        }
    }
}

/// <summary>The reports built on the feeds.</summary>
public static class FeedReports
{
    public static Money ChinaTotal() => Feeds.ChinaTranches().Sum(Currency.CNY); // clean: yuan feed in yuan

    public static Money UsTotal() => Feeds.UsTranches().Sum(Currency.USD); // clean: dollar feed in dollars

    public static Money UsTotalInYuan() => Feeds.UsTranches().Sum(Currency.CNY); // expect: AIR0001

    public static Money Biggest() => Feeds.Everything().Max(); // expect: AIR0001

    public static Money BiggestChinese() => Feeds.ChinaTranches().Max(); // clean: yuan only

    public static IEnumerable<Money> Paired() => Feeds.ChinaTranches().Zip(Feeds.UsTranches(), (cn, us) => cn - us); // expect: AIR0001

    public static IEnumerable<Money> ChinaSteps() => Feeds.ChinaTranches().Zip(Feeds.ChinaTranches().Skip(1), (a, b) => b - a); // clean: yuan both

    public static IEnumerable<bool> ZippedTuples() => Feeds.ChinaTranches().Zip(Feeds.UsTranches()).Select(p => p.First > p.Second); // expect: AIR0001

    public static IEnumerable<Money> PerCurrency() => Feeds.Everything().GroupBy(m => m.Currency).Select(g => g.Sum(g.Key)); // clean: each group in its key's currency

    public static IEnumerable<Money> PerCurrencySwapped() =>
        Feeds.Everything().GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)); // expect: AIR0001

    public static IEnumerable<Money> PerCurrencyRight() =>
        Feeds.Everything().GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)); // clean: the key shows each group's currency

    public static IEnumerable<Money> PerDesk() => Feeds.Tagged().GroupBy(t => t.Desk, t => t.Amount).Select(g => g.Sum(Currency.CNY)); // expect: AIR0001

    public static Money ChinaDeskFromLookup() => Feeds.Tagged().ToLookup(t => t.Desk, t => t.Amount)["cn"].Sum(Currency.CNY); // clean: the "cn" desk yields yuan

    public static IEnumerable<(string Pair, Money Gap)> SameYearGaps() =>
        AwardSeed.China.Join(AwardSeed.America, c => c.Year, a => a.Year, (c, a) => ($"{c.Recipient}/{a.Recipient}", c.Amount - a.Amount)); // expect: AIR0001

    public static IEnumerable<(string Pair, Money Gap)> ChinaYearGaps() =>
        AwardSeed.China.Join(AwardSeed.China, c => c.Year, d => d.Year, (c, d) => ($"{c.Recipient}/{d.Recipient}", c.Amount - d.Amount)); // clean: yuan both

    public static Money Award2024Max() => AwardSeed.All.ToLookup(a => a.Year)[2024].Max(a => a.Amount); // expect: AIR0001

    public static Money ChinaAward2024Max() => AwardSeed.China.ToLookup(a => a.Year)[2024].Max(a => a.Amount); // clean: yuan only

    public static decimal RawTotal() => Feeds.Everything().Sum(m => m.Amount); // expect: AIR0007

    public static decimal RawAwards() => AwardSeed.All.Select(a => a.Amount.Amount).Sum(); // expect: AIR0007

    public static decimal RawFold() => Feeds.Tagged().Aggregate(0m, (acc, t) => acc + t.Amount.Amount); // expect: AIR0007

    public static int Negatives() => Feeds.Everything().Aggregate(0, (n, m) => m.Amount < 0m ? n + 1 : n); // clean: a count

    public static decimal Largest() => Feeds.Everything().Select(m => m.Amount).Aggregate(Math.Max); // clean: a maximum adds nothing up

    public static Money RunningChina()
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var tranche in Feeds.ChinaTranches())
        {
            Money Add() => total + tranche; // clean: yuan both
            total = Add();
        }

        return total;
    }

    public static Money RunningMixed()
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var tranche in Feeds.UsTranches())
        {
            void Accumulate() => total += tranche; // expect: AIR0001
            Accumulate();
        }

        return total;
    }

    public static Money NetChinaUs()
    {
        return Diff(Headline.BigFundIII, Headline.ChipsGrants); // expect: AIR0001

        static Money Diff(Money a, Money b) => a - b;
    }

    public static Money NetChina()
    {
        return Diff(Headline.BigFundIII, Headline.BigFundII); // clean: yuan both

        static Money Diff(Money a, Money b) => a - b;
    }

    public static IEnumerable<string> Milestones()
    {
        var passed = Money.Zero(Currency.USD);
        var index = 0;
        foreach (var tranche in Feeds.UsTranches())
        {
            passed += tranche; // clean: dollars both
            index++;
            string Note() => $"#{index}: {passed:K} of {Headline.ChipsGrants:K}";
            if (passed > Headline.ChipsGrants) // clean: dollars both
            {
                yield return Note();
            }

            if (passed > Headline.BigFundIII) // expect: AIR0001
            {
                yield return "past the Big Fund";
            }
        }
    }

    public static Money DeskTotal(string desk, Currency currency) => Feeds.Tagged().Where(t => t.Desk == desk).Sum(t => t.Amount, currency); // clean: the caller's currency and desk

    public static Money ChinaDeskInEuros() => Feeds.Tagged().Where(t => t.Desk == "cn").Sum(t => t.Amount, Currency.EUR); // expect: AIR0001
}
