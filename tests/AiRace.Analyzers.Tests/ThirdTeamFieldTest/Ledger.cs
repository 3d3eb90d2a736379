using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>The ledger the batch fills: commitments per programme and year, positions per jurisdiction.</summary>
public sealed class ComputeLedger
{
    private readonly Dictionary<string, Dictionary<int, Money>> _byProgrammeYear = new()
    {
        ["indiaai"] = new()
        {
            [2024] = Money.Of(551.75m * IndiaAiTranche.RupeesPerCrore, Currency.INR),
            [2025] = Money.Of(2_000m * IndiaAiTranche.RupeesPerCrore, Currency.INR),
        },
        ["airr"] = new()
        {
            [2024] = Money.Millions(100m, Currency.GBP),
            [2025] = Money.Millions(200m, Currency.GBP),
        },
    };

    private readonly ConcurrentDictionary<Jurisdiction, Money> _ceilingCache = new();
    private readonly Lazy<Money> _airrCommitted = new(() => Figures.AirrExpansion + Figures.IsambardBuild);
    private readonly Lazy<IReadOnlyList<Money>> _indiaTranches = new(() => [Figures.IndiaAiOutlay * 0.2m, Figures.IndiaAiOutlay * 0.3m]);

    public Money IndiaGrowth() => _byProgrammeYear["indiaai"][2025] - _byProgrammeYear["indiaai"][2024]; // clean: rupees both years

    public bool IndiaAboveAirr2024() => _byProgrammeYear["indiaai"][2024] > _byProgrammeYear["airr"][2024]; // expect: AIR0001

    public Money ProgrammeTotal(string programme, Currency currency) => _byProgrammeYear[programme].Values.Sum(currency); // clean: the caller's currency

    public Money AirrTotalInRupees() => _byProgrammeYear["airr"].Values.Sum(Currency.INR); // expect: AIR0001

    public Money Ceiling(Jurisdiction where) =>
        _ceilingCache.GetOrAdd(where, j => j switch
        {
            Jurisdiction.India => Figures.IndiaAiOutlay,
            Jurisdiction.UnitedKingdom => Figures.AirrExpansion,
            Jurisdiction.Canada => Figures.CanadaComputeStrategy,
            _ => throw new ArgumentOutOfRangeException(nameof(where)),
        });

    public bool AirrAboveSingapore() => _airrCommitted.Value > Figures.SingaporeNais; // expect: AIR0001

    public Money AirrLeft() => Figures.AirrExpansion * 2m - _airrCommitted.Value; // clean: pounds both sides

    public Money IndiaTrancheGap() => _indiaTranches.Value[1] - _indiaTranches.Value[0]; // clean: rupee tranches

    public bool FirstIndiaTrancheAboveCanada() => _indiaTranches.Value[0] > Figures.CanadaAccessFund; // expect: AIR0001

    /// <summary>The position service the dashboard calls: outlay and spent, as a tuple.</summary>
    public (Money Outlay, Money Spent) IndiaPosition() => (Figures.IndiaAiOutlay, _byProgrammeYear["indiaai"][2024]);

    public (Money Outlay, Money Spent, DateOnly AsOf) AirrPosition() => (Figures.AirrExpansion, _airrCommitted.Value, new DateOnly(2025, 3, 31));

    public Money IndiaUnspent()
    {
        var (outlay, spent) = IndiaPosition();
        return outlay - spent; // clean: rupees both
    }

    public bool IndiaSpentAboveCanada() => IndiaPosition().Spent > Figures.CanadaComputeStrategy; // expect: AIR0001

    public bool AirrOutlayAboveIndiaOutlay() => AirrPosition().Outlay > IndiaPosition().Outlay; // expect: AIR0001

    public Money AirrOutlayLeft() => AirrPosition().Outlay - AirrPosition().Spent; // clean: pounds both

    public Money AirrOverIndia()
    {
        var airr = AirrPosition();
        var india = IndiaPosition();
        return airr.Spent - india.Spent; // expect: AIR0001
    }

    public static bool TryGetCap(Jurisdiction where, out Money cap)
    {
        switch (where)
        {
            case Jurisdiction.Canada:
                cap = Figures.CanadaComputeStrategy;
                return true;
            case Jurisdiction.Singapore:
                cap = Figures.SingaporeNais;
                return true;
            default:
                cap = default;
                return false;
        }
    }

    public static void SplitReserve(Money total, Share reserveShare, out Money reserve, out Money spendable)
    {
        reserve = total * reserveShare;
        spendable = total - reserve; // clean: both from the caller's total
    }

    public static void AddInto(ref Money running, Money add) => running += add;

    public static Money ReserveChecks()
    {
        SplitReserve(Figures.IndiaAiOutlay, Share.FromPercent(10m), out var reserve, out var spendable);
        var spare = spendable - reserve; // clean: both rupees
        if (reserve > Figures.AirrExpansion) // expect: AIR0001
        {
            return spare;
        }

        var poundsTotal = Money.Zero(Currency.GBP);
        AddInto(ref poundsTotal, Figures.IsambardBuild); // clean: pounds into pounds
        AddInto(ref poundsTotal, Figures.SingaporeNais); // expect: AIR0001
        return poundsTotal;
    }

    public static bool CanadaCapCovers(Money request) => TryGetCap(Jurisdiction.Canada, out var cap) && request.Currency == cap.Currency && request <= cap; // clean: tested first

    /// <summary>Totals per currency, the way the batch's summary keeps them.</summary>
    public static Dictionary<Currency, Money> TotalsByCurrency(IEnumerable<Disbursement> batch)
    {
        var totals = new Dictionary<Currency, Money>();
        foreach (var d in batch)
        {
            totals[d.Amount.Currency] = totals.TryGetValue(d.Amount.Currency, out var sofar) ? sofar + d.Amount : d.Amount; // clean: keyed by the payment's own currency
        }

        return totals;
    }

    public static bool UkTotalAboveExpansion(IEnumerable<Disbursement> batch) =>
        TotalsByCurrency(batch).TryGetValue(Currency.GBP, out var uk) && uk > Figures.AirrExpansion; // clean: the pound entry, unknown to the flow

    public bool CeilingCovers(Jurisdiction where, Money request)
    {
        var ceiling = Ceiling(where);
        return ceiling.Currency == request.Currency && request <= ceiling; // clean: tested first
    }

    public bool CanadaCeilingAboveAccess() => Ceiling(Jurisdiction.Canada) > Figures.CanadaAccessFund; // clean: unknown to the flow, Canadian at run time

    public static Money LargerCanadaFigure() => Money.Max(Figures.CanadaComputeStrategy, ReservedPot.Canada().Reserve); // clean: Canadian dollars

    public static AirrGrant Revised(AirrGrant g) => g with { Amount = g.Amount * 1.1m, Cluster = g.Cluster + " (revised)" }; // clean: the grant's own currency

    /// <summary>Classification with property and list patterns, as the dashboard's badges need it.</summary>
    public static string Badge(Disbursement d) => d switch
    {
        AirrGrant { Cluster: "Isambard-AI", Amount: var a } when a > Figures.IsambardBuild => "over build budget", // clean: pounds and pounds
        CanadaComputeAward { Recipient: "Cohere", Amount: var a } when a > Figures.CanadaAccessFund => "large Cohere award", // clean: Canadian dollars
        CanadaComputeAward { Amount: var a } when a > Figures.AirrExpansion => "larger than AIRR", // expect: AIR0001
        IndiaAiTranche { Crore: > 1_000m } t when t.Amount > Figures.SingaporeNais => "large", // expect: AIR0001
        { Amount.Currency.Code: "GBP", Amount: var a } when a > Figures.AirrExpansion => "large pound payment", // clean: the pattern tests the code
        _ => "",
    };

    public static string Shape(IReadOnlyList<Money> tranches) => tranches switch
    {
        [] => "none",
        [var only] => $"one of {only}",
        [var first, .., var last] when last > first => "rising", // clean: the same list's elements, unknown currency
        _ => "flat or falling",
    };

    public static bool IndiaScheduleRises()
    {
        Money[] schedule = [Figures.IndiaAiOutlay * 0.1m, Figures.IndiaAiOutlay * 0.4m, Figures.IndiaAiOutlay * 0.5m];
        return schedule is [var first, .., var last] && last > first; // clean: rupees
    }

    public static bool IndiaLastAboveAirr()
    {
        Money[] schedule = [Figures.IndiaAiOutlay * 0.1m, Figures.IndiaAiOutlay * 0.9m];
        return schedule is [_, var last] && last > Figures.AirrExpansion; // expect: AIR0001
    }

    public static bool AwardAboveStargate(CanadaComputeAward award) => award is { Amount: var a } && a > Figures.StargatePhaseOne; // expect: AIR0001

    public static bool IsambardAboveNaic() => AirrGrant.Isambard(225m, new DateOnly(2024, 3, 1)).Amount > Figures.AustraliaNaic; // expect: AIR0001

    public static bool TopUpAboveOriginal(AirrGrant g) => new TopUp(g, 1.1m).Amount > g.Amount; // clean: a top-up keeps its parent's currency

    public static Money ReservedPotLeft() => ReservedPot.Canada().Spendable - Figures.CanadaAccessFund; // clean: Canadian dollars

    public static bool ReservedPotAgainstSwiss() => ReservedPot.Canada().Reserve > Figures.SwissAiInitiative; // expect: AIR0001

    public static bool PotCanTakeSingapore() => ComputePot.Airr().CanTake(Figures.SingaporeNais); // expect: AIR0001

    public static bool PotCanTakeIsambard() => ComputePot.Airr().CanTake(Figures.IsambardBuild); // clean: pounds
}
