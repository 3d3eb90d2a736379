using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>The desk's own year-end fixings, keyed by date, for the pairs the Fed's table does not carry.</summary>
public sealed class RateBook
{
    private static readonly RateSeries DeskFixings = new("quarry-year-end", "Quarry desk year-end fixings", "Quarry", RatePeriod.Day);

    private static readonly DateOnly YearEnd2023 = new(2023, 12, 29);
    private static readonly DateOnly YearEnd2024 = new(2024, 12, 31);

    private readonly SortedList<DateOnly, ExchangeRate> _cnyToUsd = new()
    {
        [YearEnd2023] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1408m, YearEnd2023, DeskFixings),
        [YearEnd2024] = new ExchangeRate(Currency.CNY, Currency.USD, 0.1370m, YearEnd2024, DeskFixings),
    };

    private readonly SortedList<DateOnly, ExchangeRate> _eurToUsd = new()
    {
        [YearEnd2023] = new ExchangeRate(Currency.EUR, Currency.USD, 1.1050m, YearEnd2023, DeskFixings),
        [YearEnd2024] = new ExchangeRate(Currency.EUR, Currency.USD, 1.0389m, YearEnd2024, DeskFixings),
    };

    public static DateOnly Close2024 => YearEnd2024;

    public ExchangeRate YuanRate(DateOnly on) => _cnyToUsd[on];

    public ExchangeRate EuroRate(DateOnly on) => _eurToUsd[on];

    /// <summary>The latest fixing on or before a date.</summary>
    public ExchangeRate YuanRateAsOf(DateOnly on) => _cnyToUsd.Last(kv => kv.Key <= on).Value;

    public Money YuanToUsd(Money yuan, DateOnly on) => _cnyToUsd[on].Convert(yuan).Result;

    public Money EuroToUsd(Money euros, DateOnly on) => _eurToUsd[on].Convert(euros).Result;

    public IEnumerable<(DateOnly On, decimal Rate)> YuanHistory() => _cnyToUsd.Select(kv => (kv.Key, kv.Value.Rate));
}

/// <summary>Comparisons in one currency after dated conversions.</summary>
public static class Converted
{
    private static readonly RateBook Book = new();
    private static readonly DateOnly Close = RateBook.Close2024;

    public static Money BigFundInDollars() => Book.YuanToUsd(Seed.BigFundCeiling, Close); // clean: converted at a dated fixing

    public static bool BigFundAboveChipsConverted() => Book.YuanToUsd(Seed.BigFundCeiling, Close) > Seed.ChipsCeiling; // clean: dollars both after conversion

    public static bool BigFundAboveChipsAtRate() => Seed.BigFundCeiling.ConvertAt(Book.YuanRate(Close)).Result > Seed.ChipsCeiling; // clean: the rate's quote is dollars

    public static Money OriginalStillYuan() => Seed.BigFundCeiling.ConvertAt(Book.YuanRate(Close)).Original - Seed.ChipsCeiling; // expect: AIR0001

    public static Money EuropeAndAmerica() => Book.EuroToUsd(Seed.EuCeiling, Close) + Seed.ChipsCeiling; // clean: dollars both

    public static Money EuropeUnconverted() => Seed.EuCeiling + Book.YuanToUsd(Seed.BigFundCeiling, Close); // expect: AIR0001

    public static Money ThreeBlocsInDollars() =>
        Book.YuanToUsd(Seed.BigFundCeiling, Close) + Book.EuroToUsd(Seed.EuCeiling, Close) + Seed.ChipsCeiling; // clean: every term in dollars

    public static Money ViaFed() =>
        Seed.BigFundCeiling.ConvertTo(Currency.USD, new DateOnly(2024, 12, 31), ReferenceRates.FederalReserveH10, RateLookup.AnnualAverage).Result
        + Seed.ChipsCeiling; // clean: converted to dollars at a stated date

    public static Money ViaFedToday() =>
        Seed.BigFundCeiling.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Today), ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(7)).Result; // expect: AIR0008

    public static ExchangeRate FedRateNow()
    {
        var now = DateOnly.FromDateTime(DateTime.UtcNow);
        return ReferenceRates.FederalReserveH10.GetRate(Currency.USD, Currency.CNY, now, RateLookup.MostRecentWithin(7)); // expect: AIR0008
    }

    public static ExchangeRate SpotFixing(decimal yuanPerDollar) =>
        new ExchangeRate(Currency.USD, Currency.CNY, yuanPerDollar, DateOnly.FromDateTime(DateTime.Now), RateSeries.Identity); // expect: AIR0008

    public static string Stamp() => $"converted at {DateTime.UtcNow:O}"; // clean: a log stamp, not a conversion date

    public static Money ChipsInYuanViaInverse() => Book.YuanRate(Close).Inverse().Convert(Seed.ChipsCeiling).Result; // clean: the inverse's base is dollars

    public static bool ChipsInYuanAboveBigFund() => ChipsInYuanViaInverse() > Seed.BigFundCeiling; // clean: yuan both

    public static bool ChipsInYuanAboveEurope() => ChipsInYuanViaInverse() > Seed.EuCeiling; // expect: AIR0001

    public static decimal EuroPerYuan() => Book.YuanRate(Close).Rate / Book.EuroRate(Close).Rate; // clean: a cross of two rates, numbers

    public static decimal YenPerEuro(Money yen, Money euros) => Math.Round(yen.Amount / euros.Amount, 4); // expect: AIR0004

    public static IEnumerable<Money> YearEnds() =>
        Book.YuanHistory().Select(h => Book.YuanToUsd(Seed.BigFundCeiling, h.On)); // clean: dollars per fixing

    public static Money DriftInDollars() =>
        Book.YuanToUsd(Seed.BigFundCeiling, Close) - Book.YuanToUsd(Seed.BigFundCeiling, new DateOnly(2023, 12, 29)); // clean: dollars at two dates

    public static Money DriftMixed() =>
        Book.YuanToUsd(Seed.BigFundCeiling, Close) - Seed.BigFundCeiling; // expect: AIR0001

    public static Money AsOf(DateOnly on) => Seed.BigFundCeiling.ConvertAt(Book.YuanRateAsOf(on)).Result; // clean: judged per caller

    public static decimal RateCents(ExchangeRate rate) => Math.Round(rate.Rate, 4); // clean: a rate, not money
}
