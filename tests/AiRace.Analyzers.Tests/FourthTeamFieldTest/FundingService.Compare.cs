using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>The stages a fund goes through, as the tracker's state machine models them.</summary>
public enum Stage
{
    Announced,
    Approved,
    Disbursing,
    Closed,
}

/// <summary>A fund's state: committed and disbursed amounts, both in the fund's currency.</summary>
public readonly record struct FundState(Stage Stage, Money Committed, Money Disbursed);

/// <summary>The comparisons the dashboard shows (the second half of the funding service).</summary>
public sealed partial class FundingService
{
    public bool ReserveAboveLoans() => _domesticReserve > Headline.ChipsLoans; // expect: AIR0001

    public bool ReservesBalanced() => _domesticReserve == _overseasReserve; // expect: AIR0001

    public bool ReserveAboveShanghai() => _domesticReserve > Headline.ShanghaiFund; // clean: yuan both

    public bool OverseasReserveUnderChips() => _overseasReserve < Headline.ChipsGrants; // clean: dollars both

    public bool ChinaReserveUnderChipsInUsd() => _fx.ToUsd(_domesticReserve, _calendar.ValueDate) < Headline.ChipsGrants; // clean: converted by the service

    public static string Verdict(Money a, Money b) => (a.Currency.Code, b.Currency.Code) switch
    {
        ("CNY", "CNY") or ("USD", "USD") => a > b ? "first" : "second", // clean: parameters, and the pattern shows a currency
        _ => "not comparable",
    };

    public static string HeadlineVerdict() => Verdict(Headline.BigFundIII, Headline.ChipsGrants); // clean: the helper compares only after testing both currencies

    public static Money Pick(bool domestic, bool late) => (domestic, late) switch
    {
        (true, false) => Headline.BigFundIII,
        (true, true) => Headline.BigFundII,
        (false, _) => Headline.ChipsGrants,
    };

    public static bool DomesticPickAboveEu(bool late) => Pick(true, late) > Headline.EuChipsAct; // expect: AIR0001

    public static Money DomesticSpread() => Headline.BigFundIII - Headline.BigFundII; // clean: yuan both

    public static string Describe(Money m) => m switch
    {
        { Currency.Code: "CNY" } when m > Headline.BigFundII => "above the second Big Fund", // clean: the arm shows yuan
        { Currency.Code: "USD" } when m > Headline.ChipsGrants => "above the CHIPS grants", // clean: the arm shows dollars
        { Currency.Code: "USD" } when m > Headline.BigFundII => "a dollar figure above the second Big Fund", // expect: AIR0001
        _ => "small",
    };

    public static FundState Advance(FundState s, Money tranche) => s switch
    {
        { Stage: Stage.Announced } => s with { Stage = Stage.Approved },
        { Stage: Stage.Approved or Stage.Disbursing } when s.Disbursed + tranche >= s.Committed => s with { Stage = Stage.Closed, Disbursed = s.Committed }, // clean: the state's and the caller's currencies are not known here
        { Stage: Stage.Approved or Stage.Disbursing } => s with { Stage = Stage.Disbursing, Disbursed = s.Disbursed + tranche }, // clean: as above
        _ => s,
    };
}

/// <summary>The Big Fund III's own tracker: a state machine run by the batch, one yuan tranche at a time.</summary>
public sealed class BigFundTracker
{
    private static readonly Money Tranche = Headline.BigFundIII / 8m;
    private static readonly Money UsBenchmark = Headline.ChipsGrants;

    private FundState _state = new(Stage.Announced, Headline.BigFundIII, Money.Zero(Currency.CNY));

    public Stage Stage => _state.Stage;

    public void Step() => _state = _state.Stage switch
    {
        Stage.Announced => _state with { Stage = Stage.Approved },
        Stage.Approved or Stage.Disbursing when _state.Disbursed + Tranche >= _state.Committed => _state with { Stage = Stage.Closed, Disbursed = _state.Committed }, // clean: yuan throughout
        Stage.Approved or Stage.Disbursing => _state with { Stage = Stage.Disbursing, Disbursed = _state.Disbursed + Tranche }, // clean: yuan throughout
        _ => _state,
    };

    public Money Remaining() => _state.Committed - _state.Disbursed; // clean: yuan both

    public bool CommittedAboveUs() => _state.Committed > UsBenchmark; // expect: AIR0001

    public bool TrancheAboveUs() => Tranche > UsBenchmark; // expect: AIR0001

    public bool TrancheAboveShanghai() => Tranche > Headline.ShanghaiFund; // clean: yuan both

    public string Status() => _state switch
    {
        { Stage: Stage.Closed } => "closed",
        { Disbursed: var d } when d > _state.Committed / 2m => $"past half ({d:K})", // clean: yuan both
        { Disbursed: var d } when d > UsBenchmark => "past the CHIPS grants", // expect: AIR0001
        _ => "early",
    };
}

/// <summary>Checks the reviewers asked for, kept as helpers the desks call.</summary>
public static class Checks
{
    public static void SameCurrency(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            throw new InvalidOperationException($"{a.Currency} and {b.Currency} cannot be compared");
        }
    }

    public static bool Exceeds(Money budget, Money limit) => budget > limit;

    public static Money Headroom(Money limit, Money used) => limit - used;

    public static bool ChinaExceedsChips() => Exceeds(Headline.BigFundIII, Headline.ChipsGrants); // expect: AIR0001

    public static bool ChinaExceedsShanghai() => Exceeds(Headline.BigFundIII, Headline.ShanghaiFund); // clean: yuan both

    public static Money EuHeadroomAgainstRapidus() => Headroom(Headline.EuChipsAct, Headline.RapidusAid); // expect: AIR0001

    public static Money GuardedGap(Money a, Money b)
    {
        SameCurrency(a, b);
        return a - b; // clean: checked by the helper
    }

    public static bool GuardedHeadlines()
    {
        var china = Headline.BigFundIII;
        var us = Headline.ChipsGrants;
        if (china.Currency != us.Currency)
        {
            return false;
        }

        return china > us; // clean: the early exit shows one currency
    }

    public static bool UnguardedHeadlines()
    {
        var china = Headline.BigFundIII;
        var eu = Headline.EuChipsAct;
        if (china.Currency == Currency.CNY)
        {
            return china > eu; // expect: AIR0001
        }

        return false;
    }

    public static IEnumerable<bool> PairwiseAgainstChips(IEnumerable<Money> funds) => funds.Select(f => f.Currency == Currency.USD && f > Headline.ChipsGrants); // clean: the test shows dollars
}
