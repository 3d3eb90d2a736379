using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>The read model of one fund: the events folded into a ceiling and what was paid.</summary>
public readonly record struct FundState(string Stream, Money Ceiling, Money Paid, int Version)
{
    public static FundState Empty(string stream, Currency currency) => new(stream, Money.Zero(currency), Money.Zero(currency), 0);
}

/// <summary>Folds event streams into <see cref="FundState"/>s.</summary>
public static class FundProjection
{
    public static FundState Apply(FundState state, FundEvent e) => e switch
    {
        Announced a => state with { Ceiling = a.Ceiling, Version = state.Version + 1 },
        Revised r => state with { Ceiling = r.NewCeiling, Version = state.Version + 1 },
        Disbursed d => state with { Paid = state.Paid + d.Tranche, Version = state.Version + 1 }, // clean: judged per fold, each stream in its fund's currency
        ClawedBack c => state with { Paid = state.Paid - c.Recovered, Version = state.Version + 1 }, // clean: as above
        _ => state,
    };

    public static FundState Project(string stream, Currency currency, IEnumerable<FundEvent> events) =>
        events.Where(e => e.Stream == stream).Aggregate(FundState.Empty(stream, currency), Apply);

    public static async Task<FundState> ProjectAsync(EventStore store, string stream, Currency currency, CancellationToken ct)
    {
        var state = FundState.Empty(stream, currency);
        await foreach (var e in store.ReadAsync(stream, ct))
        {
            state = Apply(state, e);
        }

        return state;
    }
}

/// <summary>What the dashboards ask of a fund's state.</summary>
public static class FundStateExtensions
{
    public static Money Headroom(this FundState s) => s.Ceiling - s.Paid; // clean: judged per state

    public static bool Exceeds(this FundState s, Money limit) => s.Paid > limit; // clean: judged per call

    public static FundState Pay(this FundState s, Money tranche) => s with { Paid = s.Paid + tranche, Version = s.Version + 1 }; // clean: judged per call

    public static decimal Utilisation(this FundState s) => s.Ceiling.IsZero ? 0m : s.Paid / s.Ceiling; // clean: Money's division checks the currency
}

/// <summary>The morning figures, from projections and hand-made states.</summary>
public static class Morning
{
    private static readonly FundState China = new(Streams.BigFund, Seed.BigFundCeiling, Money.Billions(95m, Currency.CNY), 3);
    private static readonly FundState America = new(Streams.Chips, Seed.ChipsCeiling, Money.Billions(14.46m, Currency.USD), 3);

    public static Money ChinaHeadroom() => China.Ceiling - China.Paid; // clean: yuan both

    public static Money HeadroomGap() => China.Headroom() - America.Headroom(); // expect: AIR0001

    public static bool ChinaPastChips() => China.Exceeds(Seed.ChipsCeiling); // expect: AIR0001

    public static bool ChinaPastItsCeiling() => China.Exceeds(Seed.BigFundCeiling); // clean: yuan both

    public static FundState ChinaAfterDollarTranche() => China.Pay(Money.Billions(1m, Currency.USD)); // expect: AIR0001

    public static FundState AmericaAfterTranche() => America.Pay(Money.Billions(1.5m, Currency.USD)); // clean: dollars onto dollars

    public static FundState Mislabelled() => America with { Paid = China.Paid }; // clean: a copy, nothing combined yet

    public static Money MislabelledHeadroom() => (America with { Paid = China.Paid }).Ceiling - China.Paid; // expect: AIR0001

    public static Money ProjectedChina() => FundProjection.Project(Streams.BigFund, Currency.CNY, Seed.China()).Paid; // clean: one stream in its currency

    public static Money ProjectedGap() =>
        FundProjection.Project(Streams.BigFund, Currency.CNY, Seed.China()).Paid // expect: AIR0001
        - FundProjection.Project(Streams.Chips, Currency.USD, Seed.America()).Paid;

    public static FundState WrongFold() => FundProjection.Project(Streams.Chips, Currency.CNY, Seed.America()); // expect: AIR0001

    public static Money ChinaUtilisedPart() => China.Paid * (China.Utilisation() / 2m); // clean: a ratio scales yuan

    public static async Task<Money> StoredHeadroomAsync(CancellationToken ct)
    {
        var store = new EventStore();
        store.AppendAll(Seed.All());
        var cn = await FundProjection.ProjectAsync(store, Streams.BigFund, Currency.CNY, ct);
        var eu = await FundProjection.ProjectAsync(store, Streams.EuChips, Currency.EUR, ct);
        var cnHeadroom = cn.Ceiling - cn.Paid; // clean: one state
        return cnHeadroom - eu.Headroom(); // expect: AIR0001
    }

    public static async Task<Money> StoredEuropeAsync(CancellationToken ct)
    {
        var store = new EventStore();
        store.AppendAll(Seed.Europe());
        var eu = await FundProjection.ProjectAsync(store, Streams.EuChips, Currency.EUR, ct);
        return eu.Headroom() + Seed.EuCeiling; // clean: euros both
    }

    public static IEnumerable<string> Lines(IEnumerable<FundState> states) =>
        states.Select(static s => $"{s.Stream}: {s.Paid:K} of {s.Ceiling:K} (v{s.Version})"); // clean: text
}
