using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Venture.Tracking;

/// <summary>The one conversion basis the desk agreed on: Fed H.10, end of June 2025.</summary>
public static class VentureRates
{
    public static readonly DateOnly Stated = new(2025, 6, 30);

    public static IExchangeRateProvider Table => ReferenceRates.FederalReserveH10;
    public static Money ToUsd(Money m) => m.ConvertTo(Currency.USD, Stated, Table, RateLookup.ExactDate).Result;
    public static Money ToEur(Money m) => m.ConvertTo(Currency.EUR, Stated, Table, RateLookup.MostRecentWithin(5)).Result;

    public static async Task<Money> ToUsdAtAsync(Money m, DateOnly asOf, RateLookup lookup)
    {
        await Task.Yield();
        return m.ConvertTo(Currency.USD, asOf, Table, lookup).Result;
    }
}

/// <summary>Fee and comparison helpers the analysts share.</summary>
public static class MoneyExtensions
{
    public static Money WithAdvisoryFee(this Money m) => m * 1.02m;
    public static bool Exceeds(this Money a, Money b) => a > b;
    public static bool ExceedsIfComparable(this Money a, Money b) => a.Currency == b.Currency && a > b;
    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b;
}

/// <summary>Folds over spans, for the hot path of the nightly run.</summary>
public static class Tally
{
    public static Money Total(Money seed, params ReadOnlySpan<Money> items)
    {
        var total = seed;
        foreach (var item in items)
        {
            total += item;
        }
        return total;
    }
}

/// <summary>A sponsor profile whose headline figure is a static member of the type.</summary>
public interface IHasHeadline<TSelf> where TSelf : IHasHeadline<TSelf>
{
    static abstract Money Headline { get; }
}

public sealed class BigFundProfile : IHasHeadline<BigFundProfile>
{
    public static Money Headline => Money.Billions(344m, Currency.CNY);
}

public sealed class StargateProfile : IHasHeadline<StargateProfile>
{
    public static Money Headline => Money.Billions(500m, Currency.USD);
}

public static class Profiles
{
    public static bool Outweighs<TA, TB>() where TA : IHasHeadline<TA> where TB : IHasHeadline<TB> =>
        TA.Headline > TB.Headline; // clean: a static abstract member, unknown

    public static bool BigFundOutweighsStargate() => BigFundProfile.Headline > StargateProfile.Headline; // expect: AIR0001
}

/// <summary>The US side: Stargate's financing, drawn down in dollars.</summary>
public sealed class StargateLedgerService
{
    private readonly List<Money> _draws = [];
    private Money? _pendingCall;

    public async Task<Money> FirstTrancheAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken).ConfigureAwait(false);
        return VentureCatalogue.StargateFirstTranche;
    }

    public ValueTask<Money> PledgeAsync() => ValueTask.FromResult(VentureCatalogue.StargatePledge);

    public async Task<Money> DrawnAsync(CancellationToken cancellationToken)
    {
        var first = await FirstTrancheAsync(cancellationToken);
        return first * 0.4m;
    }

    public void RecordDraw(decimal billions)
    {
        _draws.Add(Money.Billions(billions, Currency.USD));
        _pendingCall = null;
    }

    public void CallCapital(decimal billions) => _pendingCall = Money.Billions(billions, Currency.USD);
    public IReadOnlyList<Money> Draws => _draws;
    public bool PendingAbove(Money threshold) => _pendingCall is Money call && call > threshold; // clean: a parameter, unknown
    public bool PendingAboveInvestAi() => _pendingCall is Money call && call > VentureCatalogue.InvestAi; // expect: AIR0001
}

/// <summary>China's side: the Big Fund and the provincial guidance funds, in yuan.</summary>
public sealed class GuidanceFundService
{
    public async Task<Money> BigFundAsync(int phase, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return VentureCatalogue.Headline(Sponsor.ChinaBigFund, phase);
    }

    public async Task<IReadOnlyList<Money>> GuidanceTranchesAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return [Money.Billions(50m, Currency.CNY), Money.Billions(60m, Currency.CNY), Money.Parse("CNY 12,500,000,000")];
    }

    public ValueTask<Money> ProvinceAsync(string province) =>
        new(VentureCatalogue.GuidanceByProvince.TryGetValue(province, out var fund) ? fund : Money.Zero(Currency.CNY));

    public bool ProvinceOutspendsKorea(string province) =>
        VentureCatalogue.GuidanceByProvince[province] > VentureCatalogue.KChipsPackage; // expect: AIR0001

    public Money ProvincesTotal() => VentureCatalogue.GuidanceByProvince.Values.Sum(Currency.CNY); // clean: yuan values summed in yuan
    public Money ProvincesInDollars() => VentureCatalogue.GuidanceByProvince.Values.Sum(Currency.USD); // expect: AIR0001
}

/// <summary>Japan and Korea: the subsidy cache the Tokyo desk fills in yen.</summary>
public sealed class SubsidyCache
{
    private readonly ConcurrentDictionary<string, Money> _yen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Money> _quotes = new();

    public Money Rapidus() => _yen.GetOrAdd("rapidus", VentureCatalogue.RapidusSubsidy);
    public void AddMillions(string key, decimal millions) => _yen.TryAdd(key, Money.Millions(millions, Currency.JPY));
    public bool TryYen(string key, out Money yen) => _yen.TryGetValue(key, out yen);
    public void Quote(string key, Money value) => _quotes.AddOrUpdate(key, value, (_, _) => value);
    public Money QuoteOf(string key) => _quotes[key];
    public IEnumerable<Money> AllYen() => _yen.Values;
}

/// <summary>The comparer the league table uses: currency first, then amount.</summary>
public sealed class CurrencyThenAmount : IComparer<Money>
{
    public static readonly CurrencyThenAmount Instance = new();

    public int Compare(Money x, Money y) =>
        x.Currency != y.Currency ? string.CompareOrdinal(x.Currency.Code, y.Currency.Code) : x.CompareTo(y); // clean: compared only within one currency
}

/// <summary>The orchestration the research portal calls; every dependency is injected.</summary>
public sealed class FundingComparisonService(
    IRoundRepository repository,
    StargateLedgerService stargate,
    GuidanceFundService guidance,
    SubsidyCache subsidies,
    TimeProvider clock)
{
    private readonly Lazy<Money> _euPool = new(() => VentureCatalogue.InvestAi * 0.1m);

    public async Task<bool> BigFundAheadAsync(CancellationToken cancellationToken)
    {
        var dollars = await stargate.FirstTrancheAsync(cancellationToken);
        var yuan = await guidance.BigFundAsync(3, cancellationToken).ConfigureAwait(false);
        return yuan > dollars; // expect: AIR0001
    }

    public async Task<bool> BigFundAheadConvertedAsync(CancellationToken cancellationToken)
    {
        var dollars = await stargate.FirstTrancheAsync(cancellationToken);
        var yuan = await guidance.BigFundAsync(3, cancellationToken);
        return VentureRates.ToUsd(yuan) > dollars; // clean: converted at the stated date first
    }

    public async Task<Money> DrawnGapAsync(CancellationToken cancellationToken)
    {
        var drawn = await stargate.DrawnAsync(cancellationToken);
        var pledge = await stargate.PledgeAsync();
        return pledge - drawn; // clean: both dollars
    }

    public async Task<Money> DrawnAgainstInvestAiAsync(CancellationToken cancellationToken)
    {
        var drawn = await stargate.DrawnAsync(cancellationToken);
        return drawn - VentureCatalogue.InvestAi; // expect: AIR0001
    }

    public async Task<bool> RepositoryComparisonAsync(CancellationToken cancellationToken)
    {
        var committed = await repository.CommittedAsync(Sponsor.ChinaBigFund, cancellationToken);
        var latest = await repository.LatestTrancheAsync(Sponsor.StargateUs, cancellationToken);
        return committed > latest; // clean: interface members are unknown (the implementation may change)
    }

    public async Task<Money> GuidanceInDollarsAsync(CancellationToken cancellationToken)
    {
        var tranches = await guidance.GuidanceTranchesAsync(cancellationToken);
        return tranches.Sum(Currency.USD); // expect: AIR0001
    }

    public async Task<Money> GuidanceFromRepositoryAsync(CancellationToken cancellationToken)
    {
        var tranches = await repository.TranchesAsync(Sponsor.ChinaGuidance, cancellationToken);
        return tranches.Sum(Currency.USD); // clean: what an interface returns is unknown
    }

    public async Task<bool> ProvinceAgainstEuPoolAsync(string province)
    {
        var fund = await guidance.ProvinceAsync(province);
        return fund > _euPool.Value; // expect: AIR0001
    }

    public bool RapidusOutspendsKChips() => subsidies.Rapidus() > VentureCatalogue.KChipsPackage; // expect: AIR0001

    public bool TokyoEntryAboveInvestAi(string key)
    {
        subsidies.TryYen(key, out var yen);
        return yen > VentureCatalogue.InvestAi; // expect: AIR0001
    }

    public bool QuoteAboveInvestAi(string key) => subsidies.QuoteOf(key) > VentureCatalogue.InvestAi; // clean: AddOrUpdate makes the values unknown
    public Money YenInEuros() => subsidies.AllYen().Sum(Currency.EUR); // expect: AIR0001
    public bool KoreaWithFeeAboveEu() => VentureCatalogue.KChipsPackage.WithAdvisoryFee() > VentureCatalogue.InvestAi; // expect: AIR0001
    public bool MgxExceedsStargate() => VentureCatalogue.MgxCommitment.Exceeds(VentureCatalogue.StargatePledge); // expect: AIR0001
    public bool MgxExceedsIfComparable() => VentureCatalogue.MgxCommitment.ExceedsIfComparable(VentureCatalogue.StargatePledge); // clean: the helper reads both currencies
    public Money LargerOfGulf() => MoneyExtensions.Larger(VentureCatalogue.PifAiFund, VentureCatalogue.MgxCommitment); // expect: AIR0001
    public Money LargerOfStargate() => MoneyExtensions.Larger(VentureCatalogue.StargatePledge, VentureCatalogue.StargateFirstTranche); // clean: dollars and dollars
    public Money SaudiPlusPif() => VentureCatalogue.SaudiPool.Value + VentureCatalogue.PifAiFund; // clean: riyal and riyal
    public bool KoreanMatchingAboveBigFund() => VentureCatalogue.KoreanMatching.Value > VentureCatalogue.BigFundPhase3; // expect: AIR0001

    public async Task<Money> TodayInDollarsAsync(Money figure)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await VentureRates.ToUsdAtAsync(figure, today, RateLookup.MostRecentWithin(3)); // expect: AIR0008
    }

    public Task<Money> ValueDateInDollarsAsync(Money figure) =>
        VentureRates.ToUsdAtAsync(figure, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), RateLookup.ExactDate); // clean: an injected TimeProvider

    public Money StargateInEurosToday() =>
        VentureCatalogue.StargatePledge.ConvertTo(Currency.EUR, DateOnly.FromDateTime(DateTime.Today), VentureRates.Table, RateLookup.ExactDate).Result; // expect: AIR0008
}
