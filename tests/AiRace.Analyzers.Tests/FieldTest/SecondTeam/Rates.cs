using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>The desk's fixed rates, for tests and offline runs.</summary>
public sealed class FixedRates : IExchangeRateProvider
{
    private readonly Dictionary<(Currency From, Currency To), decimal> _rates = new()
    {
        [(Currency.CNY, Currency.USD)] = 0.1389m,
        [(Currency.USD, Currency.CNY)] = 7.20m,
    };

    public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) =>
        TryGetRate(from, to, date, lookup, out var rate) ? rate : throw new ExchangeRateNotFoundException(from, to, date, lookup, $"no {from.Code}/{to.Code} rate on {date:O}");

    public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate)
    {
        if (from == to)
        {
            rate = ExchangeRate.Identity(from, date); // clean: the caller's date
            return true;
        }

        if (_rates.TryGetValue((from, to), out var r))
        {
            rate = new ExchangeRate(from, to, r, date, RateSeries.Identity); // clean: the caller's date
            return true;
        }

        rate = default;
        return false;
    }
}

/// <summary>Converts the desk's figures.</summary>
public sealed class DeskConverter(IExchangeRateProvider rates, TimeProvider clock)
{
    private readonly DateOnly _opened = DateOnly.FromDateTime(DateTime.UtcNow);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    public Money ToUsdAtValueDate(Money m) => m.ConvertTo(Currency.USD, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result; // clean: a stated date

    public Money ToUsdNow(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), rates, RateLookup.ExactDate).Result; // expect: AIR0008

    public Money ToUsdSinceOpened(Money m) => m.ConvertTo(Currency.USD, _opened, rates, RateLookup.MostRecentWithin(5)).Result; // expect: AIR0008

    public Money ToUsdToday(Money m) => m.ConvertTo(Currency.USD, Today, rates, RateLookup.ExactDate).Result; // expect: AIR0008

    public Money ToUsdByLambda(Money m)
    {
        Func<DateOnly> today = () => DateOnly.FromDateTime(DateTime.Today);
        return m.ConvertTo(Currency.USD, today(), rates, RateLookup.ExactDate).Result; // expect: AIR0008
    }

    public Money ToUsdByClock(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), rates, RateLookup.ExactDate).Result; // clean: an injected clock

    public async Task<Money> ToUsdLaterAsync(Money m, DateOnly? at = null)
    {
        await Task.Yield();
        return m.ConvertTo(Currency.USD, at ?? DateOnly.FromDateTime(DateTime.Today), rates, RateLookup.ExactDate).Result; // expect: AIR0008
    }

    public ExchangeRate SpotRate() => new(Currency.CNY, Currency.USD, 0.1389m, DateOnly.FromDateTime(DateTime.UtcNow), RateSeries.Identity); // expect: AIR0008

    public ExchangeRate QuarterEndRate() => new(Currency.CNY, Currency.USD, 0.1394m, new DateOnly(2025, 3, 31), ReferenceRates.FedH10Daily); // clean: a stated date

    public ExchangeRate YuanToEuro() => new(Currency.CNY, Currency.EUR, 0.1281m, new DateOnly(2025, 3, 31), RateSeries.Identity); // clean: a stated date

    public string Stamp(Money m) => $"{m} logged at {DateTime.UtcNow:O}"; // clean: a log stamp, not a conversion date

    public bool ChinaAboveChipsConverted() => ToUsdAtValueDate(Catalogue.BigFundIII) > Catalogue.ChipsAct; // clean: converted to dollars

    public bool ChinaAboveChipsInline() => Catalogue.BigFundIII.ConvertTo(Currency.USD, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result > Catalogue.ChipsAct; // clean: converted to dollars

    public bool ChinaAboveChipsWrongTarget() => Catalogue.BigFundIII.ConvertTo(Currency.EUR, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result > Catalogue.ChipsAct; // expect: AIR0001

    public Money ChipsPlusChipsInYuan() => Catalogue.ChipsAct.ConvertTo(Currency.CNY, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result + Catalogue.ChipsAct; // expect: AIR0001

    public Money ByQuarterRate() => QuarterEndRate().Convert(Catalogue.BigFundIII).Result + Catalogue.ChipsAct; // clean: the rate's quote is dollars

    public Money ByEuroRate() => YuanToEuro().Convert(Catalogue.BigFundIII).Result + Catalogue.ChipsAct; // expect: AIR0001

    public Money ReconvertedTotal()
    {
        var total = Catalogue.BigFundIII + Catalogue.ShanghaiVoucherPool; // clean: yuan plus yuan
        total = total.ConvertTo(Currency.USD, Catalogue.ValueDate, rates, RateLookup.ExactDate).Result;
        return total + Catalogue.ChipsAct; // clean: the local now holds dollars
    }
}
