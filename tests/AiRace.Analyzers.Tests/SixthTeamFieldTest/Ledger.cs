using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>The blocs the Lantern desk follows in its weekly AI-race brief.</summary>
internal enum Bloc
{
    China,
    UnitedStates,
    Europe,
    Japan,
    Korea,
}

/// <summary>One public commitment as the desk records it: the money stays in the currency it was announced in.</summary>
internal readonly record struct Commitment(string Programme, Bloc Bloc, Money Pledged, int Year);

/// <summary>A city's compute-voucher subsidy: Chinese cities pay in yuan and cover a share of the rent.</summary>
internal readonly record struct CitySubsidy(string City, Money Grant, Share Coverage);

/// <summary>The ledger of headline commitments (the queries are in Ledger.Queries.cs).</summary>
internal static partial class Ledger
{
    public static readonly Money ActionPlan = Money.Trillions(1m, Currency.CNY);
    public static readonly Money ShanghaiFund = Money.Billions(60m, Currency.CNY);
    public static readonly Money Stargate = Money.Billions(500m, Currency.USD);
    public static readonly Money InvestAi = Money.Billions(200m, Currency.EUR);
    public static readonly Money RapidusAid = Money.Millions(920_000m, Currency.JPY); // clean: 920 bn yen written in millions, as Japanese budgets are
    public static readonly Money KChips = Money.Trillions(33m, Currency.KRW); // clean: 33 trillion won is within any budget in won

    /// <summary>Every headline commitment, in its own currency.</summary>
    public static IReadOnlyList<Commitment> Commitments { get; } = new List<Commitment>
    {
        new("AI Industry Action Plan", Bloc.China, ActionPlan, 2025),
        new("Shanghai compute fund", Bloc.China, ShanghaiFund, 2025),
        new("Stargate", Bloc.UnitedStates, Stargate, 2025),
        new("InvestAI", Bloc.Europe, InvestAi, 2025),
        new("Rapidus", Bloc.Japan, RapidusAid, 2024),
        new("K-Chips", Bloc.Korea, KChips, 2024),
    };

    /// <summary>The city subsidies, all paid in yuan.</summary>
    public static readonly CitySubsidy[] Cities =
    [
        new("Shanghai", Money.Millions(600m, Currency.CNY), Share.FromPercent(80m)),
        new("Beijing", Money.Millions(1_000m, Currency.CNY), Share.FromPercent(50m)),
        new("Shenzhen", Money.Millions(500m, Currency.CNY), Share.FromPercent(60m)),
        new("Hangzhou", Money.Millions(250m, Currency.CNY), Share.FromPercent(30m)),
    ];

    /// <summary>The headline of the week: does Stargate dwarf the Chinese plan?</summary>
    public static bool StargateIsBigger() => Stargate > ActionPlan; // expect: AIR0001

    /// <summary>A careless "world total" for the chart's caption.</summary>
    public static Money WorldTotal() => ActionPlan + Stargate + InvestAi; // expect: AIR0001

    /// <summary>The gap the brief quotes between Brussels and Washington.</summary>
    public static Money AtlanticGap => Stargate - InvestAi; // expect: AIR0001

    /// <summary>The Chinese total the desk can state: both lines are yuan.</summary>
    public static Money ChineseHeadline => ActionPlan + ShanghaiFund; // clean: yuan and yuan

    /// <summary>Whether the two Asian chip aids are equal (a copy-paste of the European check).</summary>
    public static bool SameAsRapidus(Money other) => RapidusAid.Equals(KChips); // expect: AIR0001

    /// <summary>The larger of the US and EU pledges, for a bar chart's axis.</summary>
    public static Money AxisMaximum => Money.Max(Stargate, InvestAi); // expect: AIR0001

    /// <summary>The larger of two yuan lines.</summary>
    public static Money ChineseMaximum => Money.Max(ActionPlan, ShanghaiFund); // clean: both yuan

    /// <summary>Orders the funds for the league table.</summary>
    public static int CompareHeadlines() => ActionPlan.CompareTo(Stargate); // expect: AIR0001

    /// <summary>The city grants in the order of their size.</summary>
    public static IEnumerable<CitySubsidy> CitiesBySize() => Cities.OrderByDescending(c => c.Grant); // clean: every grant is yuan

    /// <summary>The commitments in the order of their size (mixes yuan, dollars, euros, yen and won).</summary>
    public static IEnumerable<Commitment> LeagueTable() => Commitments.OrderByDescending(c => c.Pledged); // expect: AIR0001

    /// <summary>The largest commitment across blocs.</summary>
    public static Money Largest() => Commitments.Max(c => c.Pledged); // expect: AIR0001

    /// <summary>The city grants summed in the currency they are paid in.</summary>
    public static Money CityTotal() => Cities.Sum(c => c.Grant, Currency.CNY); // clean: all yuan

    /// <summary>The city grants summed in dollars by an analyst who forgot to convert.</summary>
    public static Money CityTotalForUsReaders() => Cities.Sum(c => c.Grant, Currency.USD); // expect: AIR0001

    /// <summary>Every commitment added in dollars for the US edition.</summary>
    public static Money AllInDollars() => Commitments.Sum(c => c.Pledged, Currency.USD); // expect: AIR0001

    /// <summary>The city grants' share-weighted cost to the cities, in yuan.</summary>
    public static Money CityCost() => Cities.Sum(c => c.Grant * c.Coverage, Currency.CNY); // clean: a share of yuan is yuan
}
