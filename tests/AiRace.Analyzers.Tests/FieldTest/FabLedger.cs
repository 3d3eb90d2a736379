using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Fab;

/// <summary>Where the desk reads figures it cannot state in code.</summary>
public interface IFabFeed
{
    Task<string> ReadLineAsync(string key, CancellationToken ct);

    IEnumerable<string> Lines(FabSite site);
}

/// <summary>A write-only audit sink (the desk logs every conversion).</summary>
public interface IFabAudit
{
    void Write(string line, DateTime at);

    void Note(string line);
}

/// <summary>Books tranches and subsidies; the services are injected.</summary>
public sealed class FabLedger
{
    private readonly IFabFeed _feed;
    private readonly IFabAudit _audit;
    private readonly IExchangeRateProvider _rates;
    private readonly List<Money> _yuanTranches = new();
    private readonly List<Money> _scratch = new();
    private readonly Dictionary<Currency, Money> _totalsByCurrency = new();
    private Money _provincialRunning = Money.Zero(Currency.CNY);

    public FabLedger(IFabFeed feed, IFabAudit audit, IExchangeRateProvider rates)
    {
        _feed = feed;
        _audit = audit;
        _rates = rates;
    }

    /// <summary>Raised for every booked tranche.</summary>
    public event Action<Money>? TrancheBooked;

    public event EventHandler<FabSite>? SiteClosed;

    public void BookBigFund(decimal billions)
    {
        var tranche = Money.Billions(billions, Currency.CNY);
        _yuanTranches.Add(tranche); // clean: yuan into a yuan list
        _provincialRunning += tranche; // clean: yuan plus yuan
        TrancheBooked?.Invoke(tranche); // clean: money handed to a delegate
    }

    public void BookChipsByMistake(decimal millions)
    {
        _provincialRunning += Money.Millions(millions, Currency.USD); // expect: AIR0001
    }

    public void ResetYear()
    {
        _yuanTranches.Clear();
        SiteClosed?.Invoke(this, FabSite.Hefei);
    }

    public Money YuanBooked() => _yuanTranches.Sum(Currency.CNY); // clean: the list holds yuan only

    public Money YuanBookedInDollars() => _yuanTranches.Sum(Currency.USD); // expect: AIR0001

    public Money YuanInDollars(DateOnly on) => _yuanTranches.Sum(Currency.CNY).ConvertTo(Currency.USD, on, _rates, RateLookup.ExactDate).Result; // clean: converted at the caller's date

    /// <summary>Adds a figure of any currency to its own bucket.</summary>
    public void Accumulate(Money figure)
    {
        _totalsByCurrency[figure.Currency] = _totalsByCurrency.TryGetValue(figure.Currency, out var sofar) ? sofar + figure : figure; // clean: a parameter, keyed by its own currency
    }

    public Money TotalIn(Currency currency) => _totalsByCurrency.GetValueOrDefault(currency, Money.Zero(currency)); // clean: unknown key

    /// <summary>Reads a figure from the feed; its currency is whatever the sheet says.</summary>
    public async Task<Money> ReadFigureAsync(string key, CancellationToken ct)
    {
        var text = await _feed.ReadLineAsync(key, ct).ConfigureAwait(false);
        if (!Money.TryParse(text, out var parsed))
        {
            return Money.Zero(Currency.USD); // clean: a fallback
        }

        return parsed; // clean: parsed at run time
    }

    public async Task<bool> FeedExceedsStargateAsync(string key, CancellationToken ct)
    {
        var figure = await ReadFigureAsync(key, ct).ConfigureAwait(false);
        return figure.Currency == Currency.USD && figure > FabCatalogue.StargateCapex; // clean: guarded by the currency test, and unknown anyway
    }

    public async Task<bool> KChipsAboveRapidusAsync(CancellationToken ct)
    {
        var won = await FabCatalogue.FetchKChipsAsync(2025, ct).ConfigureAwait(false);
        return won > FabCatalogue.RapidusSupport; // expect: AIR0001
    }

    public async Task<Money> KChipsPlusCeilingAsync(CancellationToken ct)
    {
        var won = await FabCatalogue.FetchKChipsAsync(2024, ct);
        return won + FabCatalogue.KChipsCeiling.Value; // clean: won plus won
    }

    /// <summary>The lines of one site, parsed; a list made anew per call.</summary>
    public List<Money> ParseSite(FabSite site)
    {
        var parsed = new List<Money>();
        foreach (var line in _feed.Lines(site))
        {
            try
            {
                parsed.Add(Money.Parse(line)); // clean: unknown currency
            }
            catch (FormatException)
            {
                continue;
            }
            finally
            {
                _audit.Write(line, DateTime.UtcNow); // clean: a log time stamp, not a conversion date
            }
        }

        return parsed;
    }

    /// <summary>The scratch list is rebuilt per call with the caller's currency.</summary>
    public Money Rebuild(IEnumerable<decimal> figures, Currency currency)
    {
        _scratch.Clear();
        foreach (var f in figures)
        {
            _scratch.Add(Money.Of(f, currency)); // clean: a parameter currency
        }

        return _scratch.Sum(currency); // clean: unknown currency
    }

    /// <summary>Rebuilds the scratch list with Japanese subsidies, then reports the total in yen.</summary>
    public Money RebuildYen()
    {
        _scratch.Clear();
        foreach (var m in FabCatalogue.Meti)
        {
            _scratch.Add(m.Subsidy); // clean: yen
        }

        return _scratch.Sum(Currency.JPY); // clean: yen summed in yen
    }

    /// <summary>Same, but the report asked for euros.</summary>
    public Money RebuildYenInEuros()
    {
        _scratch.Clear();
        _scratch.Add(FabCatalogue.KumamotoSubsidy); // clean: yen
        _scratch.Add(FabCatalogue.RapidusSupport); // clean: yen
        return _scratch.Sum(Currency.EUR); // expect: AIR0001
    }

    /// <summary>Converts with a dated rate and writes an audit line with the wall-clock time.</summary>
    public Money Convert(Money figure, Currency to, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
    {
        var converted = figure.ConvertTo(to, valueDate, _rates, lookup).Result;
        _audit.Note($"{figure} -> {converted} at {requestedAt:O}"); // clean: text made from the request time
        return converted;
    }

    public Money ConvertNowForTheDashboard(Money figure) => Convert(figure, Currency.USD, FabRates.YearEnd2024, RateLookup.ExactDate, DateTime.UtcNow); // clean: requestedAt only feeds the audit line

    public Money ConvertAtToday(Money figure) => figure.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Today), _rates, RateLookup.ExactDate).Result; // expect: AIR0008

    public ExchangeRate RateNow(Currency from)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        return _rates.GetRate(from, Currency.USD, today, RateLookup.MostRecentWithin(5)); // expect: AIR0008
    }

    public Money DresdenInDollars() => FabCatalogue.DresdenAid.ConvertTo(Currency.USD, FabRates.YearEnd2024, _rates, RateLookup.ExactDate).Result; // clean: a stated date

    public bool DresdenAboveChips() => DresdenInDollars() > FabCatalogue.IntelOhioGrant; // clean: converted to dollars first

    public bool DresdenAboveChipsUnconverted() => FabCatalogue.DresdenAid > FabCatalogue.IntelOhioGrant; // expect: AIR0001

    public Money StargatePlusHefei() => FabCatalogue.StargateCapex + FabCatalogue.HefeiFund; // expect: AIR0001

    public Money BigFundPlusHefei() => FabCatalogue.BigFundPhase3 + FabCatalogue.HefeiFund; // clean: yuan and yuan (the constant code)

    public bool OhioNetBelowMagdeburg() => FabCatalogue.OhioNet < FabCatalogue.MagdeburgAid; // expect: AIR0001

    public bool DresdenNetEqualsKumamoto() => FabCatalogue.DresdenNet().Equals(FabCatalogue.KumamotoSubsidy); // expect: AIR0001

    public int CompareKChips() => FabCatalogue.KChipsPackage.CompareTo(FabCatalogue.ChipsActGrants); // expect: AIR0001

    public Money LargerOfJapan() => Money.Max(FabCatalogue.KumamotoSubsidy, FabCatalogue.RapidusSupport); // clean: yen and yen

    public Money LargerOfAsia() => Money.Max(FabCatalogue.KumamotoSubsidy, FabCatalogue.KChipsPackage); // expect: AIR0001

    public decimal RapidusPerKumamoto() => FabCatalogue.RapidusSupport / FabCatalogue.KumamotoSubsidy; // clean: a ratio of two yen figures

    public decimal YenPerEuro() => FabCatalogue.KumamotoSubsidy / FabCatalogue.DresdenAid; // expect: AIR0001

    public decimal YenPerEuroFromAmounts() => FabCatalogue.KumamotoSubsidy.Amount / FabCatalogue.DresdenAid.Amount; // clean: a rate of two known, different currencies (AIR0004 page)
}

/// <summary>Small helpers the team shares.</summary>
public static class FabMath
{
    public static bool Exceeds(Money budget, Money limit) => budget > limit; // clean: parameters are unknown in the body

    public static Money Net(Money gross, Money clawback) => gross - clawback; // clean: parameters

    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean: generic parameters

    public static T SumAll<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b); // clean: the body is unknown

    public static Money WithReserve(Money m) => m * 1.05m; // clean: returns its argument's currency

    public static Money? SameOrNull(Money a, Money b) => a.Currency == b.Currency ? a + b : null; // clean: handles a mismatch itself

    public static bool SameCurrency(Money a, Money b) => a.Currency == b.Currency;

    public static bool IsYuan(Money m) => m.Currency == Currency.CNY;

    public static readonly Func<Money, Money, bool> Outbids = (offer, rival) => offer > rival; // clean: lambda parameters

    public static readonly Func<Money, Money> LessTax = m => m * 0.85m; // clean: keeps the currency

    public static IEnumerable<Money> YuanTranchesOf(IEnumerable<decimal> billions)
    {
        foreach (var b in billions)
        {
            yield return Money.Billions(b, Currency.CNY); // clean: an iterator of yuan
        }
    }

    public static IEnumerable<YearlyTranche> RapidusSchedule()
    {
        yield return new YearlyTranche(2023, Money.Millions(260_000m, Currency.JPY)); // clean: yen
        yield return new YearlyTranche(2024, Money.Millions(590_000m, Currency.JPY)); // clean: yen
        yield return new YearlyTranche(2025, Money.Millions(802_500m, Currency.JPY)); // clean: yen
    }
}

/// <summary>Fills the quote lists the checks reuse.</summary>
internal static class FabFill
{
    public static void RefillYen(List<Money> into)
    {
        into.Clear();
        into.Add(FabCatalogue.KumamotoSubsidy); // clean: yen into the caller's list
        into.Add(FabCatalogue.RapidusSupport); // clean: yen
    }

    public static bool AboveJapanFloor([Currency("JPY")] Money figure) => figure > FabCatalogue.RapidusSupport; // clean: yen (trusted) and yen

    public static bool AboveEuropeanAid([Currency("JPY")] Money figure) => figure > FabCatalogue.DresdenAid; // expect: AIR0001
}

/// <summary>Checks the desk runs before a report goes out.</summary>
public sealed class FabChecks
{
    private readonly IExchangeRateProvider _rates;

    public FabChecks(IExchangeRateProvider rates) => _rates = rates;

    public bool ChipsExceedBigFund() => FabMath.Exceeds(FabCatalogue.ChipsActGrants, FabCatalogue.BigFundPhase3); // expect: AIR0001

    public bool OhioExceedsArizona() => FabMath.Exceeds(FabCatalogue.IntelOhioGrant, FabCatalogue.Chips[1].Grant); // clean: dollars and dollars

    public Money NetOfClawback() => FabMath.Net(FabCatalogue.MagdeburgAid, FabCatalogue.DresdenAid * 0.1m); // clean: euros and scaled euros

    public Money NetMixed() => FabMath.Net(FabCatalogue.MagdeburgAid, FabCatalogue.RapidusSupport); // expect: AIR0001

    public Money LargerGeneric() => FabMath.Larger(FabCatalogue.BigFundPhase3, FabCatalogue.StargateCapex); // expect: AIR0001

    public Money LargerGenericSame() => FabMath.Larger(FabCatalogue.BigFundPhase3, FabCatalogue.HefeiFund); // clean: yuan and yuan

    public Money EuropeTotal() => FabMath.SumAll(Money.Zero(Currency.EUR), [FabCatalogue.MagdeburgAid, FabCatalogue.DresdenAid]); // clean: euros only

    public Money MixedTotal() => FabMath.SumAll(Money.Zero(Currency.EUR), [FabCatalogue.MagdeburgAid, FabCatalogue.KumamotoSubsidy]); // expect: AIR0001

    public bool ReservedAbove() => FabMath.WithReserve(FabCatalogue.KumamotoSubsidy) > FabCatalogue.MagdeburgAid; // expect: AIR0001

    public bool ReservedAboveSame() => FabMath.WithReserve(FabCatalogue.KumamotoSubsidy) > FabCatalogue.RapidusSupport; // clean: yen and yen

    public bool SafeAdd() => FabMath.SameOrNull(FabCatalogue.BigFundPhase3, FabCatalogue.ChipsActGrants) is null; // clean: the helper checks the currencies

    public bool OutbidsEurope() => FabMath.Outbids(FabCatalogue.ChipsActGrants, FabCatalogue.MagdeburgAid); // expect: AIR0001

    public bool AfterTaxAbove() => FabMath.LessTax(FabCatalogue.StargateCapex) > FabCatalogue.ChipsActGrants; // clean: dollars and dollars

    public bool CheckedCompare(Money a, Money b) => FabMath.SameCurrency(a, b) && a > b; // clean: parameters, checked

    public bool YuanAboveBigFund(Money m) => FabMath.IsYuan(m) && m > FabCatalogue.BigFundPhase3; // clean: the helper tested the currency

    public Money YuanTotal() => FabMath.YuanTranchesOf([138.7m, 204.2m]).Sum(Currency.CNY); // clean: yuan iterator summed in yuan

    public Money YuanTotalInDollars() => FabMath.YuanTranchesOf([138.7m, 204.2m]).Sum(Currency.USD); // expect: AIR0001

    public Money RapidusTotal() => FabMath.RapidusSchedule().Sum(t => t.Amount, Currency.JPY); // clean: yen in yen

    public Money RapidusTotalInWon() => FabMath.RapidusSchedule().Sum(t => t.Amount, Currency.KRW); // expect: AIR0001

    public bool CoFundingBalanced()
    {
        var (domestic, partner) = FabCatalogue.CoFunding(10m, 2m);
        return domestic > partner; // expect: AIR0001
    }

    public Money CoFundingInDollars()
    {
        var (domestic, partner) = FabCatalogue.CoFunding(10m, 2m);
        var domesticUsd = domestic.ConvertTo(Currency.USD, FabRates.MidYear2025, _rates, RateLookup.ExactDate).Result;
        return domesticUsd + partner; // clean: converted first
    }

    public Money BigFundSpread()
    {
        var range = FabCatalogue.BigFundRange();
        return range.High - range.Low; // clean: yuan minus yuan
    }

    public bool BigFundRangeAboveChips() => FabCatalogue.BigFundRange().High > FabCatalogue.ChipsActGrants; // expect: AIR0001

    public bool HefeiCapAboveChips()
    {
        if (!FabCatalogue.TryProvincialCap(FabSite.Hefei, out var cap))
        {
            return false;
        }

        return cap > FabCatalogue.ChipsActGrants; // expect: AIR0001
    }

    public bool HefeiCapAboveBigFund() => FabCatalogue.TryProvincialCap(FabSite.Wuxi, out var cap) && cap < FabCatalogue.BigFundPhase3; // clean: yuan and yuan

    public bool KumamotoAboveMagdeburg() => FabCatalogue.SiteAid[FabSite.Kumamoto] > FabCatalogue.SiteAid[FabSite.Magdeburg]; // expect: AIR0001

    public Money JapanSites() => FabCatalogue.SiteAid[FabSite.Kumamoto] + FabCatalogue.SiteAid[FabSite.Chitose]; // clean: yen and yen by key

    public Money EuropeSites() => FabCatalogue.SiteAid[FabSite.Magdeburg] + FabCatalogue.SiteAid[FabSite.Dresden]; // clean: euros and euros by key

    public bool AnySiteAbove(FabSite site) => FabCatalogue.SiteAid[site] > FabCatalogue.MagdeburgAid; // clean: a key that is not constant reads every currency: not known

    public bool HefeiAboveArizona() => FabCatalogue.SiteAid.TryGetValue(FabSite.Hefei, out var yuan) && yuan > FabCatalogue.SiteAid[FabSite.Arizona]; // expect: AIR0001

    public bool LazyCeilingAboveChips() => FabCatalogue.KChipsCeiling.Value > FabCatalogue.ChipsActGrants; // expect: AIR0001

    public bool LastDrawAbove() => FabCatalogue.LastRapidusDraw is Money draw && draw > FabCatalogue.DresdenAid; // expect: AIR0001

    public Money QuotesInYen()
    {
        var quotes = new List<Money> { FabCatalogue.StargateCapex };
        FabFill.RefillYen(quotes);
        return quotes.Sum(Currency.JPY); // clean: the helper emptied the dollar list and added yen
    }

    public Money QuotesInDollars()
    {
        var quotes = new List<Money> { FabCatalogue.StargateCapex };
        FabFill.RefillYen(quotes);
        return quotes.Sum(Currency.USD); // expect: AIR0001
    }

    public bool FloorChecks(string text) => FabFill.AboveJapanFloor(FabCatalogue.KumamotoSubsidy) && FabFill.AboveJapanFloor(Money.Parse(text)); // clean: yen, and a parsed figure of unknown currency

    public bool FloorWithDollars() => FabFill.AboveJapanFloor(FabCatalogue.StargateCapex); // expect: AIR0001

    public bool LastDrawAboveYen() => FabCatalogue.LastRapidusDraw.HasValue && FabCatalogue.LastRapidusDraw.Value > FabCatalogue.KumamotoSubsidy; // clean: yen and yen
}
