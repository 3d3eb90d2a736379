using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Atlas.Observatory;

/// <summary>Date-dependent conversions: every report converts at the date its figure is for.</summary>
public sealed class FxDesk
{
    public static readonly DateOnly YearEnd2024 = new(2024, 12, 31);
    public static readonly DateOnly FiscalYearEnd2025 = new(2025, 3, 31);

    private static readonly RateSeries Desk = new("atlas-desk", "Atlas desk reference rates", "Atlas Observatory", RatePeriod.Day);

    public static readonly ExchangeRateTable Rates = new(
    [
        new ExchangeRate(Currency.GBP, Currency.INR, 106.55m, YearEnd2024, Desk), // clean: a stated date
        new ExchangeRate(Currency.GBP, Currency.INR, 107.60m, FiscalYearEnd2025, Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.CAD, 1.4389m, YearEnd2024, Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.SGD, 1.3649m, YearEnd2024, Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.GBP, 0.7984m, YearEnd2024, Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.CHF, 0.9070m, DateOnly.FromDateTime(DateTime.Today), Desk), // expect: AIR0008
    ]);

    private readonly TimeProvider _clock;

    public FxDesk(TimeProvider clock) => _clock = clock;

    public static Money InPounds(Money money, DateOnly on) => money.ConvertTo(Currency.GBP, on, Rates, RateLookup.MostRecentWithin(7)).Result;

    public static Money InUsd(Money money, DateOnly on) => money.ConvertTo(Currency.USD, on, Rates, RateLookup.MostRecentWithin(7)).Result;

    public static bool IndiaAboveAirrAtYearEnd() => InPounds(Figures.IndiaAiOutlay, YearEnd2024) > Figures.AirrExpansion; // clean: converted to pounds

    public static bool IndiaAboveAirrInDollars() => InUsd(Figures.IndiaAiOutlay, YearEnd2024) > Figures.AirrExpansion; // expect: AIR0001

    public static bool IndiaAboveAirrUnconverted() => Figures.IndiaAiOutlay.ConvertTo(Currency.GBP, YearEnd2024, Rates, RateLookup.ExactDate).Original > Figures.AirrExpansion; // expect: AIR0001

    public static Money IndiaInPoundsToday() => Figures.IndiaAiOutlay.ConvertTo(Currency.GBP, DateOnly.FromDateTime(DateTime.UtcNow), Rates, RateLookup.MostRecentWithin(30)).Result; // expect: AIR0008

    public Money IndiaInPoundsByClock() => Figures.IndiaAiOutlay.ConvertTo(Currency.GBP, DateOnly.FromDateTime(_clock.GetUtcNow().Date), Rates, RateLookup.MostRecentWithin(30)).Result; // clean: an injected clock

    public static ExchangeRate RateForReport(bool live)
    {
        var asOf = live ? DateOnly.FromDateTime(DateTime.Now) : YearEnd2024;
        return Rates.GetRate(Currency.GBP, Currency.INR, asOf, RateLookup.MostRecentWithin(7)); // expect: AIR0008
    }

    public static Money CanadaInUsdAtYearEnd() => Rates.GetRate(Currency.USD, Currency.CAD, YearEnd2024, RateLookup.ExactDate).Inverse().Convert(Figures.CanadaComputeStrategy).Result; // clean: a stated date

    public static bool CanadaInUsdAboveStargate() => CanadaInUsdAtYearEnd() > Figures.StargatePhaseOne; // clean: dollars and dollars

    public static bool CanadaInUsdAboveAirr() => CanadaInUsdAtYearEnd() > Figures.AirrExpansion; // expect: AIR0001

    /// <summary>Each tranche converted at its own payment date, summed in pounds.</summary>
    public static Money IndiaTranchesInPounds(IEnumerable<IndiaAiTranche> tranches) =>
        tranches.Select(t => InPounds(t.Amount, t.Paid)).Sum(Currency.GBP); // clean: converted per tranche

    public static Money IndiaTranchesInPoundsUnconverted(IEnumerable<IndiaAiTranche> tranches) =>
        tranches.Sum(t => t.Amount, Currency.GBP); // expect: AIR0001

    /// <summary>Rounding for the printed tables.</summary>
    public static decimal PrintedPounds(Money pounds) => Math.Round(pounds.Amount, 2); // expect: AIR0009

    public static decimal PrintedCrore(Money rupees) => Math.Round(rupees.Amount / IndiaAiTranche.RupeesPerCrore, 2, MidpointRounding.AwayFromZero); // clean: a mode is stated

    public static decimal PrintedRate() => Math.Round(Figures.IndiaAiOutlay.Amount / Figures.AirrExpansion.Amount, 4); // clean: a quotient of amounts is a rate, not money

    public static decimal PrintedMillions(Money m)
    {
        var millions = m.Amount / 1_000_000m;
        return decimal.Round(millions, 1); // expect: AIR0009
    }

    public static Money RoundedForLedger(Money m) => m.Round(2, MidpointRounding.AwayFromZero); // clean: Money's own rounding with a mode

    /// <summary>Raw comparisons the old spreadsheet macros did, ported as they were.</summary>
    public static bool IndiaLargerRaw() => Figures.IndiaAiOutlay.Amount > Figures.AirrExpansion.Amount; // expect: AIR0004

    public static decimal CanadaLeftRaw(ReservedPot pot)
    {
        var ceiling = pot.Ceiling.Amount;
        var reserve = pot.Reserve.Amount;
        return ceiling - reserve; // expect: AIR0004
    }

    public static decimal PerGpuHour(Money budget, int gpuHours) => budget.Amount / gpuHours; // clean: an amount over a count

    public static decimal IndiaSubsidyMultiple() => Figures.IndiaAiOutlay / Figures.IndiaGpuSubsidyPerHour; // clean: rupees over rupees, checked
}
