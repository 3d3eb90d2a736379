using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>Where the latest grants come from.</summary>
public interface IGrantFeed
{
    Task<IReadOnlyList<Grant>> LatestAsync(CancellationToken ct);
}

/// <summary>The desk's service layer.</summary>
public sealed class SubsidyService(IGrantFeed feed, DeskConverter fx)
{
    private readonly List<Money> _usPledges = [];

    public void PledgeUs(decimal billions) => _usPledges.Add(Money.Billions(billions, Currency.USD));

    public Money UsTotal() => _usPledges.Sum(Currency.USD); // clean: dollars only

    public Money UsTotalInYuan() => _usPledges.Sum(Currency.CNY); // expect: AIR0001

    public async Task<Money> ChinaLatestAsync(CancellationToken ct)
    {
        var grants = await feed.LatestAsync(ct);
        return grants.Sum(g => g.Amount, Currency.CNY); // clean: grants are yuan
    }

    public async Task<Money> ChinaLatestInUsdAsync(CancellationToken ct)
    {
        var grants = await feed.LatestAsync(ct);
        return grants.Sum(g => g.Amount, Currency.USD); // expect: AIR0001
    }

    public async Task<Money> ChinaConvertedAsync(CancellationToken ct) => (await feed.LatestAsync(ct)).Select(g => fx.ToUsdAtValueDate(g.Amount)).Sum(Currency.USD); // clean: converted first

    public async Task<bool> UsAheadAsync(CancellationToken ct) => await ChinaLatestAsync(ct) < UsTotal(); // expect: AIR0001

    public async Task<bool> UsAheadConvertedAsync(CancellationToken ct) => fx.ToUsdAtValueDate(await ChinaLatestAsync(ct)) < UsTotal(); // clean: converted first

    public static async Task<Money> FetchBigFundAsync()
    {
        await Task.Delay(1);
        return Catalogue.BigFundIII;
    }

    public static async Task<Money> FetchChipsAsync()
    {
        await Task.Delay(1);
        return Catalogue.ChipsAct;
    }

    public static async Task<bool> ChinaOutspendsAsync() => await FetchBigFundAsync() > await FetchChipsAsync(); // expect: AIR0001

    public static async Task<Money> LargestFetchedAsync()
    {
        var all = await Task.WhenAll(FetchBigFundAsync(), FetchChipsAsync());
        return all.Max(); // expect: AIR0001
    }

    public static async Task<Money> ChinaPairAsync()
    {
        var (a, b) = (await FetchBigFundAsync(), await FetchBigFundAsync());
        return a + b; // clean: yuan and yuan
    }

    public static async Task<Money> MixedPairAsync()
    {
        var (cn, us) = (await FetchBigFundAsync(), await FetchChipsAsync());
        return cn - us; // expect: AIR0001
    }

    public static async Task<Money> ValueTaskPlusChipsAsync(ValueTask<Money> pending) => await pending + Catalogue.ChipsAct; // clean: the caller's figure
}

/// <summary>A desk that owns its own budget; built only with yuan.</summary>
public sealed class ProvincialDesk(string province, Money budget)
{
    public string Province => province;

    public Money Budget { get; } = budget;

    public bool CanFund(Money request) => request <= budget; // clean: the caller's request

    public Money AfterSpending(Money spent) => budget - spent; // clean: the caller's spending

    public static ProvincialDesk Anhui() => new("Anhui", Money.Billions(8m, Currency.CNY));

    public static ProvincialDesk Hubei() => new("Hubei", Money.Billions(5m, Currency.CNY));
}

/// <summary>Checks desks against the federal programmes.</summary>
public static class DeskChecks
{
    public static bool AnhuiCanFundChips() => ProvincialDesk.Anhui().CanFund(Catalogue.ChipsAct); // expect: AIR0001

    public static bool AnhuiCanFundVoucher() => ProvincialDesk.Anhui().CanFund(Catalogue.ShanghaiVoucherPool); // clean: yuan

    public static Money HubeiAfterStargate() => ProvincialDesk.Hubei().AfterSpending(Catalogue.StargatePhaseOne); // expect: AIR0001

    public static bool AnhuiBudgetAboveChips() => ProvincialDesk.Anhui().Budget > Catalogue.ChipsAct; // expect: AIR0001

    public static bool ShanghaiCoversChips() => Catalogue.ShanghaiFund.Covers(Catalogue.ChipsAct); // expect: AIR0001

    public static bool ShanghaiCoversVoucher() => Catalogue.ShanghaiFund.Covers(Catalogue.ShenzhenVoucherPool); // clean: yuan

    public static Money ShanghaiHeadroomInDollars() => ((IFunded)Catalogue.ShanghaiFund).Headroom(Catalogue.ChipsAct); // expect: AIR0001

    public static Money ShenzhenHeadroom() => ((IFunded)Catalogue.ShenzhenFund).Headroom(Catalogue.ShenzhenVoucherPool); // clean: yuan

    public static bool ShenzhenCommittedAboveChips() => Catalogue.ShenzhenFund.Committed > Catalogue.ChipsAct; // expect: AIR0001
}
