using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>Month-end settlement: the figures each desk signs off, in the desk's own currency.</summary>
public sealed class SettlementDesk
{
    private readonly List<string> _audit = [];
    private readonly Dictionary<Currency, Money> _signedOff = new();

    /// <summary>Raised when the UK desk signs a figure off; always pounds.</summary>
    public event Action<Money>? PoundsSigned;

    public static (Money India, Money Uk, Money Canada) Outlays() => (Figures.IndiaAiOutlay, Figures.AirrExpansion, Figures.CanadaComputeStrategy);

    public static Money IndiaAfterSubsidy()
    {
        var (india, uk, canada) = Outlays();
        _ = (uk, canada);
        return india - Figures.IndiaGpuSubsidyPerHour; // clean: rupees both
    }

    public static Money UkMinusCanada()
    {
        var (_, uk, canada) = Outlays();
        return uk - canada; // expect: AIR0001
    }

    public void SignUk(Money pounds)
    {
        var total = Money.Zero(Currency.GBP);
        PoundsSigned += m => total += m; // clean: pounds into pounds
        PoundsSigned?.Invoke(Figures.IsambardBuild);
        _audit.Add($"{DateTime.UtcNow:O} signed {pounds,14:N0}"); // clean: a time stamp and printed money
    }

    public void Sign(Money figure)
    {
        _signedOff[figure.Currency] = _signedOff.TryGetValue(figure.Currency, out var sofar) ? sofar + figure : figure; // clean: keyed by its own currency
    }

    public bool UkSignedAboveExpansion() => _signedOff.TryGetValue(Currency.GBP, out var uk) && uk > Figures.AirrExpansion; // clean: the pound key, unknown to the flow

    public static Money[] AirrThirds() => Figures.AirrExpansion.Allocate(3);

    public static Money AirrThirdsTotal() => AirrThirds().Sum(Currency.GBP); // clean: parts of pounds

    public static bool AirrThirdAboveSingapore() => Figures.AirrExpansion.Allocate(3)[0] > Figures.SingaporeNais; // expect: AIR0001

    public static Money FromNotice() => Money.Parse("GBP 1,000,000"); // clean: an active code

    public static Money FromOldNotice() => Money.Parse("STG 1,000,000"); // expect: AIR0003

    public static Money IndiaInMillions() => Money.Millions(10_371.92m * 10m, Currency.INR); // clean: crore times ten is millions

    public static Money IndiaInMillionsAsTyped() => Money.Millions(103_719_200_000m, Currency.INR); // expect: AIR0011

    public static Money SameDeskLarger(Money a, Money b) => a.Currency == b.Currency ? Money.Max(a, b) : a; // clean: tested first

    public static Money LargerUkFigure() => Money.Max(Figures.AirrExpansion, Figures.IsambardBuild); // clean: pounds

    public static Money LargerOfTwoDesks() => Money.Max(Figures.AirrExpansion, Figures.AustraliaNaic); // expect: AIR0001

    public static Money ToDeskCurrency(Money m, Currency desk, DateOnly on) =>
        m.Currency == desk ? m : m.ConvertTo(desk, on, FxDesk.Rates, RateLookup.MostRecentWithin(7)).Result; // clean: converted unless already the desk's

    public static Money MixedInPounds(DateOnly on) =>
        new[] { Figures.IndiaAiOutlay, Figures.CanadaAccessFund, Figures.IsambardBuild }.Select(m => ToDeskCurrency(m, Currency.GBP, on)).Sum(Currency.GBP); // clean: each converted first

    public static Money MixedUnconverted() =>
        new[] { Figures.IndiaAiOutlay, Figures.IsambardBuild }.Sum(Currency.GBP); // expect: AIR0001

    public static string Describe(Money m) => m switch
    {
        { Currency.Code: "INR" } when m > Figures.IndiaAiOutlay => "above the IndiaAI outlay", // clean: the arm shows rupees
        { Currency.Code: "GBP" } when m > Figures.AirrExpansion => "above the AIRR expansion", // clean: the arm shows pounds
        { Currency.Code: "CAD" } when m > Figures.AirrExpansion => "above the AIRR expansion", // expect: AIR0001
        _ => "other",
    };

    public static bool IndiaGuarded(Money m)
    {
        if (m.Currency != Currency.INR)
        {
            return false;
        }

        return m > Figures.IndiaGpuSubsidyPerHour; // clean: the guard shows rupees
    }

    public static decimal GpuHoursFunded(Money budget) => Math.Round(budget / Figures.IndiaGpuSubsidyPerHour, 0, MidpointRounding.ToZero); // clean: a count of hours, stated mode

    public static decimal RoundedRate() => Math.Round(FxDesk.Rates.GetRate(Currency.GBP, Currency.INR, FxDesk.YearEnd2024, RateLookup.ExactDate).Rate, 2); // clean: a rate, not money

    public static decimal RoundedIndiaCrore() => Math.Round(Figures.IndiaAiOutlay.Amount / IndiaAiTranche.RupeesPerCrore); // expect: AIR0009

    public static decimal IndiaMinusSubsidyRaw() => Figures.IndiaAiOutlay.Amount - Figures.IndiaGpuSubsidyPerHour.Amount; // expect: AIR0004

    public static decimal UkTotalRaw(IEnumerable<AirrGrant> grants) => grants.Select(g => g.Amount.Amount).Sum(); // expect: AIR0007

    public static decimal UkTotalByFold(IEnumerable<AirrGrant> grants) => grants.Aggregate(0m, (acc, g) => acc + g.Amount.Amount); // expect: AIR0007

    public static decimal UkLargestRaw(IEnumerable<AirrGrant> grants) => grants.Max(g => g.Amount.Amount); // clean: a maximum, not a sum

    public static Money UkTotal(IEnumerable<AirrGrant> grants) => grants.Sum(g => g.Amount, Currency.GBP); // clean: pounds, stated

    public static Money AfterFee(Money m) => m - Money.Of(m.Amount * 0.01m, m.Currency); // clean: the fee in the figure's own currency

    public static Money UkAfterFee() => AfterFee(Figures.AirrExpansion) - Figures.IsambardBuild; // clean: pounds

    public static Money UkAfterFeeMinusSwiss() => AfterFee(Figures.AirrExpansion) - Figures.SwissAiInitiative; // expect: AIR0001

    public static Money LoadedPrice(string text) => Money.Parse(text); // clean: text read at run time

    public static Share UkPartOfAll(Money all) => Share.FromFraction(Figures.AirrExpansion / all); // clean: the caller's total

    public static bool ShareAbove(Share s) => s > Share.FromPercent(50m); // clean: shares
}
