using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace StateFunds.Tracker;

/// <summary>The running book of draws the desk keeps while the funds report; several feeds write to it at once.</summary>
public sealed class FundLedger
{
    private readonly ConcurrentDictionary<string, Money> _yuanDraws = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Money> _partnerDraws = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Province, int Year), Money> _provincial = new()
    {
        [("Anhui", 2024)] = Money.Billions(12m, Currency.CNY),
        [("Guangdong", 2024)] = Money.Of(6_000_000_000m, FundCodes.Yuan),
    };

    private readonly Dictionary<(Bloc Bloc, int Year), Money> _byBlocYear = new()
    {
        [(Bloc.China, 2025)] = FundCodes.NationalAiFund,
        [(Bloc.UnitedStates, 2025)] = Money.Millions(900m, Currency.USD),
        [(Bloc.Europe, 2025)] = Money.Billions(1.3m, Currency.EUR),
    };

    private readonly Money[][] _quarterly = // row 0: the national fund, row 1: the CHIPS office
    [
        [Money.Billions(2m, Currency.CNY), Money.Billions(3m, Currency.CNY)],
        [Money.Millions(400m, Currency.USD), Money.Millions(650m, Currency.USD)],
    ];

    private readonly Money?[] _pledges = [Money.Billions(5m, Currency.CNY), null, Money.Billions(7m, Currency.CNY)];
    private Money? _lastEuCall;
    private Money _benchmark = Money.Zero(Currency.CNY);
    private Money _floor = Money.Zero(Currency.CNY);
    private Money _lastRun = Money.Zero(Currency.CNY);

    public void RecordLatestDraw(string fund, decimal billions)
    {
        var current = _yuanDraws.GetOrAdd(fund, Money.Zero(Currency.CNY));
        _yuanDraws.TryUpdate(fund, Money.Billions(billions, Currency.CNY), current);
    }

    public bool DrawAboveChips(string fund) => _yuanDraws[fund] > FundCodes.ChipsAct; // expect: AIR0001

    public bool FirstDrawAboveNairr(string fund) =>
        _yuanDraws.GetOrAdd(fund, Money.Zero(Currency.CNY)) > FundCatalogue.Nairr.Authorised; // expect: AIR0001

    public Money YuanDrawsTotal() => _yuanDraws.Values.Sum(Currency.CNY); // clean: only yuan goes in

    public void RecordPartnerDraw(string programme, decimal millions) =>
        _partnerDraws.AddOrUpdate(programme, Money.Millions(millions, Currency.USD), (_, old) => old + Money.Millions(millions, Currency.USD));

    public bool PartnerDrawAboveNational(string programme) =>
        _partnerDraws.TryGetValue(programme, out var drawn) && drawn > FundCodes.NationalAiFund; // clean: not followed (the page says AddOrUpdate leaves the values unknown)

    public void AddProvincial(string province, int year, decimal billions) =>
        _provincial[(province, year)] = Money.Billions(billions, Currency.CNY);

    public bool ProvinceAboveChips(string province, int year) =>
        _provincial.TryGetValue((province, year), out var cap) && cap > FundCodes.ChipsAct; // expect: AIR0001

    public Money ProvincialTotal() => _provincial.Values.Sum(Currency.CNY); // clean: every province posts yuan

    public IEnumerable<string> ProvincesAboveNairr()
    {
        foreach (var ((province, year), cap) in _provincial)
        {
            if (cap > FundCatalogue.Nairr.Authorised) // expect: AIR0001
            {
                yield return $"{province} {year}: {cap}";
            }
        }
    }

    public Money ChinaAndUs2025() =>
        _byBlocYear[(Bloc.China, 2025)] + _byBlocYear[(Bloc.UnitedStates, 2025)]; // expect: AIR0001 (constant tuple keys: yuan under China's, dollars under the United States')

    public Money LargestOf2025() => _byBlocYear.Values.Max(); // expect: AIR0001

    public Money NonEuropeanInDollars() =>
        _byBlocYear.Where(kv => kv.Key.Bloc != Bloc.Europe).Sum(kv => kv.Value, Currency.USD); // expect: AIR0001

    public Money UsLinesOnly()
    {
        var running = Money.Zero(Currency.USD);
        foreach (var (key, value) in _byBlocYear)
        {
            if (key.Bloc == Bloc.UnitedStates)
            {
                running += value; // clean: the bloc picks the dollar lines; one element of a mixed dictionary is unknown
            }
        }

        return running;
    }

    public Money DollarLinesOnly() =>
        _byBlocYear.Values.Where(v => v.Currency == Currency.USD).Sum(Currency.USD); // clean: filtered by the currency itself

    public Money PeakQuarter() => _quarterly.SelectMany(row => row).Max(); // expect: AIR0001
    public Money ChinaQuartersInDollars() => _quarterly[0].Sum(Currency.USD); // expect: AIR0001
    public Money UsQuarters() => _quarterly[1].Sum(Currency.USD); // clean: row 1 is dollars

    public Money PledgedInDollars() => _pledges.Where(p => p is not null).Select(p => p!.Value).Sum(Currency.USD); // expect: AIR0001
    public bool FirstPledgeAboveChips() => _pledges[0] is { } first && first > FundCodes.ChipsAct; // expect: AIR0001
    public Money PledgedInYuan() => _pledges.Where(p => p.HasValue).Sum(p => p!.Value, Currency.CNY); // clean: every pledge is yuan

    public void OpenEuCall(decimal billions) => _lastEuCall = Money.Billions(billions, Currency.EUR);
    public void CloseEuCall() => _lastEuCall = null;
    public bool EuCallAboveNational() => _lastEuCall is not null && _lastEuCall.Value > FundCodes.NationalAiFund; // expect: AIR0001
    public bool EuCallAboveGigafactories() => _lastEuCall is not null && _lastEuCall.Value >= Money.Billions(20m, Currency.EUR); // clean: euros

    public void SetBenchmark(Bloc bloc)
    {
        switch (bloc)
        {
            case Bloc.China:
                _benchmark = FundCodes.NationalAiFund;
                break;
            case Bloc.UnitedStates:
                _benchmark = FundCodes.ChipsAct;
                break;
            default:
                _benchmark = Money.Billions(200m, Currency.EUR);
                break;
        }
    }

    public bool AnhuiAboveBenchmark() => _provincial[("Anhui", 2024)] > _benchmark; // clean: the benchmark's currency depends on the bloc

    public void SetFloor(string tier)
    {
        switch (tier)
        {
            case "national":
                _floor = FundCodes.NationalAiFund / 10m;
                break;
            case "provincial":
                _floor = Money.Billions(1m, Currency.CNY);
                break;
            default:
                _floor = Money.Of(0m, FundCodes.Yuan);
                break;
        }
    }

    public bool FloorAboveNairr() => _floor > FundCatalogue.Nairr.Authorised; // expect: AIR0001
    public bool FloorBelowAnhui() => _floor <= _provincial[("Anhui", 2024)]; // clean: every case writes yuan

    public IEnumerable<Money> ChineseTranches()
    {
        yield return FundCodes.NationalAiFund / 4m;
        foreach (var province in FundCatalogue.Provinces)
        {
            yield return province.Size;
        }
    }

    public IEnumerable<Money> AmericanTranches()
    {
        yield return Money.Millions(280m, Currency.USD);
        yield return FundCatalogue.Nairr.Authorised;
    }

    public Money ChineseInDollars() => ChineseTranches().Sum(Currency.USD); // expect: AIR0001
    public Money PeakTranche() => ChineseTranches().Concat(AmericanTranches()).Max(); // expect: AIR0001
    public Money ChineseInYuan() => ChineseTranches().Sum(Currency.CNY); // clean: yuan

    public async IAsyncEnumerable<Money> EuropeanCallsAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        await Task.Delay(1, cancel);
        yield return Money.Billions(1.3m, Currency.EUR);
        yield return Money.Millions(750m, Currency.EUR);
    }

    public async Task<Money> EuropeanCallsInYuanAsync(CancellationToken cancel)
    {
        var total = Money.Zero(Currency.CNY);
        await foreach (var call in EuropeanCallsAsync().WithCancellation(cancel))
        {
            total += call; // expect: AIR0001
        }

        return total;
    }

    public async Task<Money> EuropeanCallsConvertedAsync()
    {
        var total = Money.Zero(Currency.CNY);
        await foreach (var call in EuropeanCallsAsync().ConfigureAwait(false))
        {
            total += FundRates.ToCny(call); // clean: each call converted at the stated date first
        }

        return total;
    }

    public Money RunChineseTotal()
    {
        var running = Money.Zero(Currency.CNY);
        try
        {
            foreach (var tranche in ChineseTranches())
            {
                running += tranche; // clean: yuan tranches into a yuan total
            }
        }
        finally
        {
            _lastRun = running;
        }

        return running;
    }

    public bool LastRunAboveChips() => _lastRun > FundCodes.ChipsAct; // expect: AIR0001

    public bool TryFloor(Bloc bloc, out Money floor)
    {
        floor = bloc switch
        {
            Bloc.China => Money.Billions(1m, Currency.CNY),
            _ => Money.Zero(Currency.CNY),
        };
        return bloc == Bloc.China;
    }

    public bool ChinaFloorAboveGigafactories() =>
        TryFloor(Bloc.China, out var floor) && floor > Money.Billions(20m, Currency.EUR); // expect: AIR0001

    public string DescribeChinaFloor()
    {
        if (TryFloor(Bloc.China, out var floor))
        {
            return floor < FundCodes.BigFundThree ? "below Big Fund III" : "above Big Fund III"; // clean: yuan against yuan
        }

        return "none";
    }
}
