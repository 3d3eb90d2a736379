using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>Converts money for the dashboards; injected so the tests can fix the rates.</summary>
public interface IFxService
{
    Money ToUsd(Money money, DateOnly on);

    Money ToCny(Money money, DateOnly on);
}

/// <summary>The date the batch reports for; injected so every run is reproducible.</summary>
public interface IReportingCalendar
{
    DateOnly ValueDate { get; }
}

/// <summary>The batch's calendar: the last business day of the quarter being closed.</summary>
public sealed class QuarterEndCalendar(DateOnly quarterEnd) : IReportingCalendar
{
    public DateOnly ValueDate { get; } = quarterEnd;
}

/// <summary>The desk's own dated rates, read through an exchange-rate table.</summary>
public sealed class TableFxService : IFxService
{
    private static readonly RateSeries Desk = new("meridian-desk", "Meridian desk reference rates", "Meridian Research", RatePeriod.Day);

    public static readonly DateOnly Q4Close = new(2024, 12, 31);

    public static readonly ExchangeRateTable Table = new(
    [
        new ExchangeRate(Currency.USD, Currency.CNY, 7.2993m, Q4Close, Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.CNY, 7.1760m, new DateOnly(2025, 6, 30), Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.JPY, 157.20m, Q4Close, Desk), // clean: a stated date
        new ExchangeRate(Currency.EUR, Currency.USD, 1.0389m, Q4Close, Desk), // clean: a stated date
        new ExchangeRate(Currency.USD, Currency.KRW, 1_472.5m, DateOnly.FromDateTime(DateTime.Today), Desk), // expect: AIR0008
    ]);

    private readonly int _lookback;

    public TableFxService(ISettings<TrackerSettings> settings) => _lookback = settings.Value.LookbackDays;

    public Money ToUsd(Money money, DateOnly on) => money.ConvertTo(Currency.USD, on, Table, RateLookup.MostRecentWithin(_lookback)).Result; // clean: the caller's date

    public Money ToCny(Money money, DateOnly on) => money.ConvertTo(Currency.CNY, on, Table, RateLookup.MostRecentWithin(_lookback)).Result; // clean: the caller's date

    public static Money BigFundInUsdAtClose() => Headline.BigFundIII.ConvertTo(Currency.USD, Q4Close, Table, RateLookup.ExactDate).Result; // clean: a stated date

    public static Money BigFundInUsdNow() => Headline.BigFundIII.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), Table, RateLookup.MostRecentWithin(7)).Result; // expect: AIR0008
}

/// <summary>
/// The funding service the dashboard and the batch share: awards from the repository, conversions from the FX service,
/// ceilings from the settings. Split in two files: reads here, comparisons in FundingService.Compare.cs.
/// </summary>
public sealed partial class FundingService
{
    private readonly IRepository<Award> _awards;
    private readonly IFxService _fx;
    private readonly ISettings<TrackerSettings> _settings;
    private readonly IReportingCalendar _calendar;
    private readonly ConcurrentDictionary<string, Money> _capCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, Money> _chinaByYear = new();
    private readonly Money _domesticReserve = Money.Billions(10m, Currency.CNY);
    private readonly Money _overseasReserve = Money.Billions(2m, Currency.USD);
    private Money? _manualCeiling;

    public FundingService(IRepository<Award> awards, IFxService fx, ISettings<TrackerSettings> settings, IReportingCalendar calendar)
    {
        _awards = awards;
        _fx = fx;
        _settings = settings;
        _calendar = calendar;
    }

    public Money CapFor(string region) =>
        _capCache.GetOrAdd(region, static r => r switch
        {
            "cn" => Headline.BigFundIII,
            "us" => Headline.ChipsGrants,
            "eu" => Headline.EuChipsAct,
            _ => throw new ArgumentOutOfRangeException(nameof(r), r, "no ceiling for this region"),
        });

    public Money ChinaForYear(int year) => _chinaByYear.GetOrAdd(year, y => AwardSeed.China.Where(a => a.Year == y).Sum(a => a.Amount, Currency.CNY)); // clean: the Chinese notices in yuan

    public bool ChinaYearAboveChips(int year) => ChinaForYear(year) > Headline.ChipsGrants; // expect: AIR0001

    public Money AwardsInUsd() => _awards.All().Select(a => _fx.ToUsd(a.Amount, _calendar.ValueDate)).Sum(Currency.USD); // clean: converted per award at the reporting date

    public Money AwardsUnconverted() => _awards.All().Sum(a => a.Amount, Currency.USD); // clean: the repository's awards are unknown to the flow

    public void OverrideCeiling(Money ceiling) => _manualCeiling = ceiling;

    public Money EffectiveDomesticCeiling() => _manualCeiling ?? _settings.Value.DomesticCeiling; // clean: a value handed back, not combined

    public bool DomesticAboveOverseas() => _settings.Value.DomesticCeiling > _settings.Value.OverseasCeiling; // expect: AIR0001

    public Money CeilingHeadroom() => _settings.Value.DomesticCeiling - _domesticReserve; // clean: yuan both

    public Money OverseasHeadroom() => _settings.Value.OverseasCeiling - _overseasReserve; // clean: dollars both

    public Money MixedHeadroom() => _settings.Value.OverseasCeiling - _domesticReserve; // expect: AIR0001

    public bool ProvincialAboveChips()
    {
        Money? provincial = null;
        return (provincial ?? Headline.ShanghaiFund) > Headline.ChipsGrants; // expect: AIR0001
    }

    public static Money OrZero(Money? maybe, Currency currency) => maybe ?? Money.Zero(currency); // clean: the caller's currency

    public static Money ChinaOrZero(Money? maybe) => maybe ?? Money.Zero(Currency.CNY);

    public static bool ChinaOrZeroAboveEu() => ChinaOrZero(null) > Headline.EuChipsAct; // expect: AIR0001

    public async Task<Money> ConvertedTotalAsync(IEnumerable<Money> amounts)
    {
        var on = _calendar.ValueDate;
        var converted = await Task.WhenAll(amounts.Select(m => Task.Run(() => _fx.ToUsd(m, on)))); // clean: the calendar's date
        return converted.Sum(Currency.USD); // clean: converted to dollars by a service the flow does not see
    }

    public static async Task<bool> ChinaVersusUsAsync()
    {
        var results = await Task.WhenAll(Task.FromResult(Headline.BigFundIII), Task.FromResult(Headline.ChipsGrants));
        return results[0] > results[1]; // expect: AIR0001
    }

    public static async Task<Money> DomesticTotalAsync()
    {
        Money[] parts = await Task.WhenAll(Task.FromResult(Headline.BigFundIII), Task.FromResult(Headline.ShanghaiFund));
        return parts.Sum(Currency.CNY); // clean: yuan both
    }

    public static async Task<Money> MixedTotalAsync()
    {
        Money[] parts = await Task.WhenAll(Task.FromResult(Headline.BigFundIII), Task.FromResult(Headline.ChipsLoans));
        return parts.Sum(Currency.CNY); // expect: AIR0001
    }
}
