using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using static StateFunds.Tracker.FundCodes;

namespace StateFunds.Tracker;

/// <summary>Orders money largest first; the team's own comparer for the league table.</summary>
public sealed class LargestFirst : IComparer<Money>
{
    public int Compare(Money x, Money y) => y.CompareTo(x);
}

/// <summary>The questions the analysts ask of the catalogue, each written by whoever needed it that week.</summary>
public static class FundQueries
{
    private static readonly Comparison<Money> BySize = (a, b) => a.CompareTo(b);
    private static readonly List<Money> EuCalls = [Money.Billions(1.3m, Currency.EUR), Money.Millions(750m, Currency.EUR), Money.Billions(2.1m, Currency.EUR)];
    private static readonly List<Money> YuanRounds = [NationalAiFund / 4m, Money.Billions(15m, Currency.CNY), Money.Billions(22.5m, Currency.CNY)];
    private static readonly List<Money> DollarRounds = [Money.Millions(280m, Currency.USD), Money.Millions(2_600m, Currency.USD)];
    private static readonly Money[] YuanArray = [Money.Billions(6m, Currency.CNY), Money.Billions(9m, Currency.CNY)];
    private static readonly List<(int Year, Money Cap)> ChinaByYear = [(2024, BigFundThree / 10m), (2025, NationalAiFund)];
    private static readonly List<(int Year, Money Cap)> EuropeByYear = [(2024, Money.Billions(1.1m, Currency.EUR)), (2025, Money.Billions(20m, Currency.EUR))];

    private static Money Padded(Money m) => m * 1.05m;

    public static Money NonEuropeanInYuan()
    {
        var nonEuropean = from c in FundCatalogue.Commitments where c.Bloc != Bloc.Europe select c.Amount;
        return nonEuropean.Sum(Currency.CNY); // expect: AIR0001
    }

    public static IEnumerable<(Bloc Bloc, Money Max)> LargestPerBloc() =>
        from c in FundCatalogue.Commitments group c.Amount by c.Bloc into g select (g.Key, g.Max()); // clean: a bloc's group is not known to mix, and each bloc reports in one currency

    public static IEnumerable<Money> YearTotalsInDollars() =>
        from c in FundCatalogue.Commitments group c.Amount by c.Year into g select g.Sum(Currency.USD); // expect: AIR0001

    public static IEnumerable<Money> ChinaMinusEurope() =>
        from cn in ChinaByYear
        join eu in EuropeByYear on cn.Year equals eu.Year
        select cn.Cap - eu.Cap; // expect: AIR0001

    public static IEnumerable<int> YearsChinaPassesChipsShare() =>
        from cn in ChinaByYear
        let inDollars = FundRates.ToUsd(cn.Cap)
        where inDollars > ChipsAct / 5m // clean: converted at the stated date before comparing
        select cn.Year;

    public static IEnumerable<int> YearsHalfAboveGigafactories() =>
        from cn in ChinaByYear
        let half = cn.Cap / 2m
        where half > Money.Billions(20m, Currency.EUR) // expect: AIR0001
        select cn.Year;

    public static bool NationalBeforeChips() => BySize(NationalAiFund, ChipsAct) < 0; // expect: AIR0001
    public static bool LeagueCompare() => new LargestFirst().Compare(BigFundThree, FundCatalogue.Nairr.Authorised) > 0; // expect: AIR0001

    public static List<Money> LeagueTable()
    {
        var all = new List<Money> { YuanRounds[0], DollarRounds[0], EuCalls[0] };
        all.Sort(BySize); // clean: not followed (the page says a comparer held in a field is not followed)
        all.Sort(new LargestFirst()); // clean: not followed (the page says a comparer other than Comparer<Money>.Default or Create may order by currency first)
        return all;
    }

    public static Money FirstEuCallAboveNational() => EuCalls.Find(c => c > NationalAiFund); // expect: AIR0001
    public static bool AnyEuCallAboveChips() => EuCalls.Exists(c => c >= ChipsAct); // expect: AIR0001
    public static bool AllEuCallsBelowInvestAi() => EuCalls.TrueForAll(c => c < Money.Billions(200m, Currency.EUR)); // clean: euros
    public static Money SmallEuCalls() => EuCalls.FindAll(c => c < Money.Billions(1m, Currency.EUR)).Sum(Currency.EUR); // clean: euros
    public static Money SmallEuCallsInYuan() => EuCalls.FindAll(c => c.Amount < 1_000_000_000m).Sum(Currency.CNY); // expect: AIR0001
    public static bool FirstBigYuanAboveChips() => Array.Find(YuanArray, m => m > Money.Billions(7m, Currency.CNY)) > ChipsAct; // expect: AIR0001
    public static bool LargeRoundAboveChips() => YuanRounds.First(r => r.Amount > 10_000_000_000m) > ChipsAct; // expect: AIR0001
    public static Money ShanghaiLessGigafactories() => YuanRounds.Single(r => r.Amount > 20_000_000_000m) - Money.Billions(20m, Currency.EUR); // expect: AIR0001
    public static bool SecondRoundAboveNairr() => YuanRounds.ElementAt(1) > FundCatalogue.Nairr.Authorised; // expect: AIR0001
    public static Money LastRoundPlusChips() => YuanRounds.Last() + ChipsAct; // expect: AIR0001
    public static Money LatestTwoInDollars() => Enumerable.Reverse(YuanRounds).Take(2).Sum(Currency.USD); // expect: AIR0001
    public static Money MiddleRoundInYuan() => YuanRounds.Skip(1).Take(1).Sum(Currency.CNY); // clean: yuan
    public static Money DistinctPeak() => YuanRounds.Distinct().Union(DollarRounds).Max(); // expect: AIR0001
    public static Money LowestWithChips() => YuanRounds.Append(ChipsAct).Min(); // expect: AIR0001
    public static Money DollarPeak() => DollarRounds.Prepend(ChipsAct).Max(); // clean: dollars only
    public static Money YuanPeak() => YuanRounds.Prepend(BigFundThree).Concat(ChinaByYear.Select(y => y.Cap)).Max(); // clean: yuan only
    public static Money HigherOfFirsts() => Money.Max(YuanRounds[0], EuCalls[0]); // expect: AIR0001

    public static IEnumerable<Money> PairPeaks() =>
        FundCatalogue.Commitments.Select(c => c.Amount).Chunk(2).Select(pair => pair.Max()); // clean: each pair is one bloc's, and the page says a batch is not known to mix

    public static Money FirstOfEachBatchInDollars()
    {
        var total = Money.Zero(Currency.USD);
        foreach (var batch in YuanRounds.Chunk(2))
        {
            total += batch[0]; // expect: AIR0001
        }

        return total;
    }

    public static Money FiveYearPlanInDollars() => Enumerable.Range(2026, 5).Select(year => NationalAiFund / 5m).Sum(Currency.USD); // expect: AIR0001
    public static Money FiveYearPlanInYuan() => Enumerable.Range(2026, 5).Select(year => Money.Billions(12m, Currency.CNY) * (year - 2025)).Sum(Currency.CNY); // clean: yuan

    public static bool Closures()
    {
        var national = NationalAiFund;
        var chips = ChipsAct;
        bool Outsizes(Money other) => national > other;
        Func<Money, Money> withNational = m => m + national;
        var a = Outsizes(chips); // expect: AIR0001
        var b = Outsizes(BigFundThree / 10m); // clean: yuan against the captured yuan
        var c = withNational(Money.Billions(20m, Currency.EUR)); // expect: AIR0001
        var d = withNational(Money.Billions(1m, Currency.CNY)); // clean: yuan
        var roundsAboveChips = YuanRounds.Count(r => r > chips); // expect: AIR0001
        return a && b && c.IsZero && d.IsZero && roundsAboveChips > 0;
    }

    public static bool PairCompare()
    {
        var mixed = Tuple.Create(NationalAiFund, ChipsAct);
        var china = Tuple.Create(NationalAiFund, BigFundThree);
        return mixed.Item1 > mixed.Item2 // expect: AIR0001
            && china.Item1 < china.Item2; // clean: two yuan figures
    }

    public static bool LongPathStaysYuan()
    {
        var start = Padded(FundCatalogue.Provinces[1].Size);
        var pair = (Label: "Guangdong", Value: start);
        List<Money> kept = [pair.Value, Padded(pair.Value)];
        var peak = kept.Where(k => !k.IsZero).Select(k => k / 2m).Max();
        if (peak < BigFundThree) // clean: yuan all the way
        {
            return peak > ChipsAct / 100m; // expect: AIR0001
        }

        return false;
    }

    public static bool YuanPeakAboveDollarPeak()
    {
        var dollars = DollarRounds.Max();
        var yuan = YuanRounds.Max();
        if (dollars.Currency != yuan.Currency)
        {
            return FundRates.ToUsd(yuan) > dollars; // clean: converted first
        }

        return yuan > dollars; // clean: only reached when the currencies agree
    }

    public static bool ProvincesAboveChips()
    {
        var caps = FundCatalogue.Provinces.ToDictionary(p => p.Province, p => p.Size);
        foreach (KeyValuePair<string, Money> kv in caps)
        {
            if (kv.Value > ChipsAct) // expect: AIR0001
            {
                return true;
            }
        }

        return caps.Values.Max() > BigFundThree; // clean: every value is a province's yuan
    }

    public static string LeagueLine() =>
        $"{NationalAiFund} against {ChipsAct}: {NationalAiFund.Amount / ChipsAct.Amount} yuan per dollar, as printed"; // clean: text, and a quotient of two currencies' amounts is a rate (the AIR0004 page)
}
