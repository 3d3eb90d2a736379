using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>A budget envelope the brief's editor fills in by hand.</summary>
internal sealed class Envelope
{
    /// <summary>The cap, set once.</summary>
    public Money Cap { get; init; }

    /// <summary>The label.</summary>
    public string Label { get; init; } = "";
}

/// <summary>The weekly brief: the comparisons the editor asked for, with the mistakes of a Friday afternoon.</summary>
internal static class Brief
{
    /// <summary>The headlines per bloc, made from the ledger.</summary>
    public static readonly Dictionary<Bloc, Money> ByBloc = Ledger.Commitments
        .Where(c => c.Programme != "Shanghai compute fund")
        .ToDictionary(c => c.Bloc, c => c.Pledged);

    /// <summary>Two envelopes the editor made.</summary>
    public static readonly Envelope Beijing = new() { Cap = Money.Billions(10m, Currency.CNY), Label = "Beijing" };

    /// <summary>The EU envelope.</summary>
    public static readonly Envelope Brussels = new() { Cap = Money.Billions(20m, Currency.EUR), Label = "Brussels" };

    /// <summary>The envelopes against each other.</summary>
    public static bool BeijingAboveBrussels() => Beijing.Cap > Brussels.Cap; // expect: AIR0001

    /// <summary>A fresh envelope against the dollar headline.</summary>
    public static bool FreshEnvelope() => new Envelope { Cap = Money.Millions(600m, Currency.CNY) }.Cap > Ledger.Stargate; // expect: AIR0001

    /// <summary>China's headline against the US one, by bloc.</summary>
    public static bool ChinaAboveUs() => ByBloc[Bloc.China] > ByBloc[Bloc.UnitedStates]; // expect: AIR0001

    /// <summary>The commitment with the largest pledge.</summary>
    public static Commitment Biggest() => Ledger.Commitments.MaxBy(c => c.Pledged); // expect: AIR0001

    /// <summary>The commitments ordered by currency, then by size within it.</summary>
    public static IEnumerable<Commitment> ByCurrencyThenSize() => Ledger.Commitments.OrderBy(c => c.Pledged.Currency).ThenBy(c => c.Pledged); // clean: the currency orders first

    /// <summary>The Chinese lines against the rest, grouped by a test of the currency.</summary>
    public static IEnumerable<Money> ChinaAndRest() =>
        Ledger.Commitments.GroupBy(c => c.Pledged.Currency == Currency.CNY)
            .Where(g => g.Key)
            .Select(g => g.Sum(c => c.Pledged, Currency.CNY)); // clean: only the yuan group is summed

    /// <summary>A fold of every pledge into a yuan total.</summary>
    public static Money FoldedInYuan() => Ledger.Commitments.Aggregate(Money.Zero(Currency.CNY), (acc, c) => acc + c.Pledged); // expect: AIR0001

    /// <summary>A fold of the city grants into a yuan total.</summary>
    public static Money CitiesFolded() => Ledger.Cities.Aggregate(Money.Zero(Currency.CNY), (acc, c) => acc + c.Grant); // clean: yuan into yuan

    /// <summary>Stargate restated as the EU line by a <c>with</c> copy, then compared with the original.</summary>
    public static bool CopyAgainstOriginal()
    {
        var us = Ledger.Commitments[2];
        var eu = us with { Programme = "InvestAI", Bloc = Bloc.Europe, Pledged = Ledger.InvestAi };
        return eu.Pledged > us.Pledged; // expect: AIR0001
    }

    /// <summary>A nullable yuan cap matched by a pattern, then compared with dollars.</summary>
    public static bool NullableCap()
    {
        Money? cap = Ledger.ShanghaiFund;
        return cap is { } c && c > Ledger.Stargate; // expect: AIR0001
    }

    /// <summary>One of two yuan lines picked by a flag, then compared with dollars.</summary>
    public static bool Picked(bool national)
    {
        var pick = national ? Ledger.ActionPlan : Ledger.ShanghaiFund;
        return pick > Ledger.Stargate; // expect: AIR0001
    }

    /// <summary>One of two yuan lines picked by a flag, then compared with yuan.</summary>
    public static bool PickedRight(bool national)
    {
        var pick = national ? Ledger.ActionPlan : Ledger.ShanghaiFund;
        return pick > Money.Billions(100m, Currency.CNY); // clean: yuan and yuan
    }

    /// <summary>The gap in the caption, worked out inside the interpolation.</summary>
    public static string Caption() => $"Stargate leads InvestAI by {Ledger.Stargate - Ledger.InvestAi}"; // expect: AIR0001

    /// <summary>The default comparer asked about yen and won.</summary>
    public static int AsianOrder() => Comparer<Money>.Default.Compare(Ledger.RapidusAid, Ledger.KChips); // expect: AIR0001

    /// <summary>A list of headlines built up by Add, then sorted.</summary>
    public static List<Money> SortedList()
    {
        var list = new List<Money>();
        list.Add(Ledger.ActionPlan);
        list.Add(Ledger.InvestAi);
        list.Sort(); // expect: AIR0001
        return list;
    }

    /// <summary>A list of yuan lines built up by Add, then sorted.</summary>
    public static List<Money> SortedYuanList()
    {
        var list = new List<Money> { Ledger.ActionPlan };
        list.Add(Ledger.ShanghaiFund);
        list.Sort(); // clean: yuan only
        return list;
    }

    /// <summary>The programme names ordered by their pledges, through Array.Sort with keys.</summary>
    public static string[] NamesBySize()
    {
        Money[] keys = [Ledger.ActionPlan, Ledger.Stargate];
        string[] names = ["plan", "stargate"];
        Array.Sort(keys, names); // expect: AIR0001
        return names;
    }

    /// <summary>The pair the brief's table prints side by side.</summary>
    public static (Money Domestic, Money Partner) CoFunding() => (Money.Billions(60m, Currency.CNY), Money.Billions(8m, Currency.USD));

    /// <summary>The pair added by a hurried editor.</summary>
    public static Money CoFundingTotal()
    {
        var (domestic, partner) = CoFunding();
        return domestic + partner; // expect: AIR0001
    }

    /// <summary>The yuan grants zipped with the race headlines: the second pair meets dollars.</summary>
    public static IEnumerable<Money> Zipped() => Pipelines.CityGrants().Zip(Pipelines.RaceHeadlines(), (grant, headline) => headline - grant); // expect: AIR0001

    /// <summary>Two fund lines of types chosen by the caller, compared through their static factories.</summary>
    public static bool FirstLines<TA, TB>()
        where TA : IFundLine<TA>
        where TB : IFundLine<TB> => TA.Create("a", 1m).Value > TB.Create("b", 1m).Value;

    /// <summary>The yuan fund's first line against the dollar fund's.</summary>
    public static bool YuanAgainstDollarLines() => FirstLines<YuanLine, DollarLine>(); // expect: AIR0001

    /// <summary>A yuan alert subscriber, then a dollar figure raised to it.</summary>
    public static void SubscriberMismatch()
    {
        var monitor = new ThresholdMonitor(Money.Billions(1m, Currency.USD));
        var seen = Money.Zero(Currency.CNY);
        monitor.Crossed += (_, e) => seen += e.Figure; // expect: AIR0001
        monitor.Observe(Ledger.Commitments[2]);
    }

    /// <summary>The clock stamps the brief's footer only (not a conversion).</summary>
    public static string Footer() => $"Generated {DateTime.UtcNow:O} from fixings of {new DateOnly(2024, 12, 31)}"; // clean: a time stamp, not a conversion date

    /// <summary>A rounded yuan figure, by Money's own rounding.</summary>
    public static Money RoundedPlan() => (Ledger.ActionPlan / 3m).Round(2, MidpointRounding.ToEven); // clean: a stated mode

    /// <summary>A third of the plan, rounded for the chart.</summary>
    public static decimal ThirdOfPlan() => Math.Round((Ledger.ActionPlan / 3m).Amount, 0); // expect: AIR0009

    /// <summary>The plan's per-city part from a double weighting.</summary>
    public static Money PerCity(double weight) => Ledger.ActionPlan * (decimal)weight; // expect: AIR0002

    /// <summary>The plan split into the cities' parts (allocation keeps the currency).</summary>
    public static Money FirstPart() => Ledger.ActionPlan.Allocate(4)[0]; // clean

    /// <summary>The first city part against the US headline.</summary>
    public static bool FirstPartAboveStargate() => Ledger.ActionPlan.Allocate(4)[0] > Ledger.Stargate; // expect: AIR0001
}
