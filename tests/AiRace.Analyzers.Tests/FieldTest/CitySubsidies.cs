using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using AiRace.Core;
using CityCompute.Subsidies;

namespace CityCompute.Services;

/// <summary>The one conversion basis the desk agreed: Fed H.10, at the end of 2025.</summary>
public static class DeskRates
{
    public static readonly DateOnly YearEnd = new(2025, 12, 31);

    public static IExchangeRateProvider Table => ReferenceRates.FederalReserveH10;

    public static Money ToUsd(Money money) => money.ConvertTo(Currency.USD, YearEnd, Table, RateLookup.MostRecentWithin(5)).Result;

    public static Money ToUsdToday(Money money) =>
        money.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), Table, RateLookup.ExactDate).Result; // expect: AIR0008

    public static ExchangeRate DollarYen(decimal fixing) => new(Currency.USD, Currency.JPY, fixing, YearEnd, ReferenceRates.FedH10Daily); // clean: a stated date

    public static ExchangeRate SpotYuan(decimal yuanPerDollar) => // clean: a currency per currency is an exchange rate, not money (AIR0010's page)
        new(Currency.USD, Currency.CNY, yuanPerDollar, DateOnly.FromDateTime(DateTime.Today), ReferenceRates.FedH10Daily); // expect: AIR0008
}

/// <summary>The desk's running book of city subsidies, each kept in the programme's currency.</summary>
public sealed class SubsidyBook
{
    private static readonly Func<Money, Money, bool> Outbids = (offer, rival) => offer > rival;
    private static readonly Func<Money, Money> AfterTax = gross => gross * 0.75m;

    private readonly SortedDictionary<string, Money> _ceilings = new()
    {
        ["shenzhen"] = Money.Millions(500m, Currency.CNY),
        ["shanghai"] = Money.Of(600_000_000m, CityCodes.Mainland),
        ["tokyo"] = Money.Millions(12_000m, Currency.JPY),
        ["seoul"] = Money.Scaled(300_000m, Magnitude.Millions, Currency.KRW),
    };

    private readonly Dictionary<string, List<Money>> _drawsByCity = new(StringComparer.Ordinal);
    private readonly HashSet<Money> _stateCredits = [];
    private readonly Queue<Money> _pendingYuan = new();
    private readonly Stack<Money> _reversals = new();
    private readonly Dictionary<Jurisdiction, Money> _lastDraw = new();
    private Money? _lastReversal;

    public event Action<string, Money>? Breach;

    public Action<string>? Log { get; set; }

    public void LoadStates()
    {
        foreach (var incentive in CityCatalogue.States)
        {
            _stateCredits.Add(incentive.Credit);
        }

        Log?.Invoke($"{DateTime.UtcNow:O} loaded {_stateCredits.Count} state credits"); // clean: a log time, not a conversion date
    }

    public void Queue(CityDraw draw)
    {
        _pendingYuan.Enqueue(draw.Amount);
        _lastDraw[draw.City] = draw.Amount;
    }

    public void Reverse(CityDraw draw)
    {
        _reversals.Push(draw.Amount);
        _lastReversal = draw.Amount;
    }

    public void ForgetReversal() => _lastReversal = null;

    public void Record(string city, Money draw)
    {
        _drawsByCity.TryAdd(city, []);
        _drawsByCity[city].Add(draw);
    }

    public Money CityTotal(string city) =>
        _drawsByCity.TryGetValue(city, out var list) && list.Count > 0 ? list.Sum(list[0].Currency) : Money.Zero(Currency.CNY); // clean: the draws come from the caller, in the city's currency

    public bool ShenzhenAboveFirstTranche() => _ceilings["shenzhen"] > StargateProject.FirstTranche; // expect: AIR0001
    public Money TokyoPlusSeoul() => _ceilings["tokyo"] + _ceilings["seoul"]; // expect: AIR0001
    public bool ShanghaiAboveShenzhen() => _ceilings["shanghai"] > _ceilings["shenzhen"]; // clean: both yuan, read by constant key
    public Money LargestCeiling() => _ceilings.Values.Max(); // expect: AIR0001
    public Money MainlandCeilings() => _ceilings.Where(kv => kv.Value.Currency == Currency.CNY).Sum(kv => kv.Value, Currency.CNY); // clean: filtered by the currency itself

    public bool StatesAboveShenzhen() => _stateCredits.Max() > new ShenzhenVouchers().Ceiling; // expect: AIR0001
    public bool AnyStateCreditAbove(Money line) => _stateCredits.Any(c => c > line); // clean: the line's currency is not known
    public Money PendingInDollars() => _pendingYuan.Sum(Currency.USD); // expect: AIR0001
    public Money PendingInYuan() => _pendingYuan.Sum(Currency.CNY); // clean: yuan
    public bool AnyReversalAboveAbilene() => _reversals.Any(r => r > StargateProject.Abilene); // expect: AIR0001
    public bool ShenzhenLastAboveOverrun() => _lastDraw.GetValueOrDefault(Jurisdiction.Shenzhen) > StargateProject.Overrun.Value; // expect: AIR0001
    public bool LastReversalLarge() => _lastReversal is Money r && r > StargateProject.FirstTranche / 1_000m; // expect: AIR0001
    public bool LastReversalAboveBeijing() => _lastReversal.GetValueOrDefault() > CityCatalogue.Vouchers[2].PerFirm; // clean: yuan against yuan

    public Money NextPending()
    {
        var next = _pendingYuan.Dequeue();
        return next > Money.Millions(50m, Currency.CNY) ? next / 2m : next; // clean: yuan against yuan
    }

    public bool ShenzhenOutbidsAbilene() => Outbids(new ShenzhenVouchers().Ceiling, StargateProject.Abilene); // expect: AIR0001
    public bool ShanghaiOutbidsShenzhen() => Outbids(new ShanghaiVouchers().Ceiling, new ShenzhenVouchers().Ceiling); // clean: both yuan
    public bool NetTrancheAboveBeijing() => AfterTax(StargateProject.FirstTranche) > CityCatalogue.Vouchers[2].Cap; // expect: AIR0001

    public void Watch(CityProgramme programme)
    {
        programme.Drawn += (p, amount) =>
        {
            if (amount > p.Ceiling) Breach?.Invoke(p.Name, amount); // clean: both are the programme's own, unknown here
        };
    }
}

/// <summary>Small helpers the desk shares across reports.</summary>
public static class Desk
{
    public static T Pick<T>(T first, T second) where T : IComparisonOperators<T, T, bool> => first >= second ? first : second;

    public static T Checked<T>(T value, string what) where T : struct, IEquatable<T> =>
        value.Equals(default) ? throw new ArgumentException($"{what} is empty", nameof(value)) : value;

    public static Money LargerAsian() => Pick(CityCatalogue.Tokyo().Cap, CityCatalogue.Seoul().Cap); // expect: AIR0001
    public static Money LargerMainland() => Pick(CityCatalogue.Vouchers[0].Cap, CityCatalogue.Vouchers[1].Cap); // clean: two yuan caps
    public static bool CheckedAboveStargate(VoucherScheme scheme) => Checked(scheme.Cap, "cap") > StargateProject.Phase(1); // expect: AIR0001
    public static bool CheckedInDollars(VoucherScheme scheme) => DeskRates.ToUsd(Checked(scheme.Cap, "cap")) > StargateProject.Phase(2) / 100m; // clean: converted first

    public static bool SeoulYearAboveShanghai()
    {
        var monthly = CityCatalogue.Seoul().Cap / 12m;
        return Annualised(monthly) > new ShanghaiVouchers().Ceiling; // expect: AIR0001

        static Money Annualised(Money perMonth) => perMonth * 12m;
    }

    public static bool TryCap(Jurisdiction city, out Money cap)
    {
        switch (city)
        {
            case Jurisdiction.Shenzhen:
                cap = Money.Millions(500m, Currency.CNY);
                return true;
            case Jurisdiction.Shanghai or Jurisdiction.Beijing:
                cap = CityCatalogue.CapFor(city);
                return true;
            default:
                cap = Money.Zero(Currency.CNY);
                return false;
        }
    }

    public static bool TryAdd(ref Money pot, Money extra)
    {
        if (pot.Currency != extra.Currency) return false;
        pot += extra;
        return true;
    }

    public static string CompareWithStargate(Jurisdiction city)
    {
        if (!TryCap(city, out var cap)) return $"{city}: no voucher cap on file";
        if (cap > StargateProject.Abilene) return $"{city} alone outspends Abilene"; // expect: AIR0001

        var inDollars = DeskRates.ToUsd(cap);
        return inDollars > StargateProject.Abilene / 10m ? $"{city}: more than a tenth of Abilene" : $"{city}: {inDollars:N0} at the year-end rate"; // clean: converted first
    }

    public static Money PooledYuan()
    {
        var pot = Money.Millions(500m, Currency.CNY);
        var added = TryAdd(ref pot, StargateProject.Overrun.Value); // clean: the helper checks both currencies itself
        added &= TryAdd(ref pot, Money.Millions(40m, Currency.CNY)); // clean: yuan
        return added ? pot : Money.Zero(Currency.CNY);
    }

    public static (Money Mainland, Money Partner) CoFunded(Jurisdiction city) => (CityCatalogue.CapFor(city) / 2m, StargateProject.FirstTranche / 1_000m);

    public static string JointLine(Jurisdiction city)
    {
        var (mainland, partner) = CoFunded(city);
        var budget = Money.Millions(500m, Currency.CNY);
        Func<StateIncentive, bool> fits = s => s.Credit <= budget; // expect: AIR0001
        var fitting = CityCatalogue.States.Count(fits);
        return $"{city}: {mainland} with {partner}, {mainland - partner} apart; {fitting} states fit"; // expect: AIR0001
    }

    public static string Describe(object item)
    {
        switch (item)
        {
            case VoucherScheme { Cap: var cap } when cap > StargateProject.FirstTranche: // expect: AIR0001
                return "a city scheme larger than the first Stargate tranche";
            case StateIncentive { Credit: var credit } when credit > StargateProject.FirstTranche / 100m: // clean: dollars
                return "a large state incentive";
            case EuAward award when DeskRates.ToUsd(award.Award) > StargateProject.Abilene / 100m: // clean: converted first
                return "a large AI factory";
            case Money { Currency.Code: "USD" } dollars when dollars > StargateProject.Abilene: // clean: unknown, and checked to be dollars
                return "more than Abilene";
            default:
                return "other";
        }
    }

    public static bool DwarfsFirstTranche(ISubsidyProgramme programme) => programme switch
    {
        TokyoGpuAid tokyo => tokyo.Ceiling > StargateProject.FirstTranche, // expect: AIR0001
        SeoulComputeFund seoul => DeskRates.ToUsd(seoul.Ceiling) > StargateProject.FirstTranche, // clean: converted first
        { Ceiling.Currency.Code: "USD" } => programme.Ceiling > StargateProject.FirstTranche, // clean: unknown, and checked to be dollars
        _ => false,
    };

    public static bool ShenzhenAboveTokyo()
    {
        var shenzhen = new ShenzhenVouchers();
        var tokyo = new TokyoGpuAid();
        ISubsidyProgramme asInterface = shenzhen;
        var fundable = asInterface.CanFund(Money.Millions(10m, Currency.CNY)); // clean: an interface's default body is not followed, and yuan
        return fundable && shenzhen.Ceiling > tokyo.Ceiling; // expect: AIR0001
    }

    public static IEnumerable<CityDraw> Import(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split(',');
            var city = Enum.Parse<Jurisdiction>(cells[0]);
            var on = DateOnly.ParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new CityDraw(city, on, Money.Cny(decimal.Parse(cells[2], CultureInfo.InvariantCulture)));
            var reported = Money.Parse(cells[3]);
            if (reported > StargateProject.Abilene) // clean: read from the file, unknown
            {
                yield break;
            }
        }
    }

    public static Money ImportedInDollars(string path) => Import(path).Sum(d => d.Amount, Currency.USD); // expect: AIR0001
    public static Money ImportedInYuan(string path) => Import(path).Sum(d => d.Amount, Currency.CNY); // clean: yuan

    public static Money MeteredYuan(double gpuHours, decimal yuanPerHour) => Money.Cny((decimal)gpuHours * yuanPerHour); // expect: AIR0002, AIR0010
    public static Money MeteredYen(double yenFromMeter) => Money.Jpy((decimal)Math.Round(yenFromMeter)); // expect: AIR0010 (a currency name is a money word); otherwise clean: a whole number first

    public static Money Billed(Money cap, double utilisation) => cap * (decimal)utilisation; // expect: AIR0002

    public static Currency HomeOf(Jurisdiction city) =>
        Currency.FromCode(city switch { Jurisdiction.Seoul => CityCodes.Korea, Jurisdiction.Tokyo => "YEN", _ => CityCodes.Mainland }); // expect: AIR0003

    public static bool Transcribe(CityNotice notice, string text)
    {
        notice.Announced = StargateProject.Overrun.Value; // expect: AIR0001
        notice.Announced = Money.Parse(text); // clean: unknown, accepted
        notice.Announced = Money.Cny(decimal.Parse(text, CultureInfo.InvariantCulture)); // clean: yuan
        return notice.Announced > StargateProject.Abilene; // expect: AIR0001
    }
}
