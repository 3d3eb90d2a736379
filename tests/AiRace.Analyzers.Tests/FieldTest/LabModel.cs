using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Consortium.Lab;

/// <summary>Where a consortium grant or contract comes from.</summary>
public enum LabRegion
{
    Shanghai,
    Shenzhen,
    Hangzhou,
    Stargate,
    UsCloud,
    EuFactory,
    Japan,
    Korea,
    Uk,
}

/// <summary>A city compute voucher. Every city pays its vouchers in yuan.</summary>
public sealed record LabVoucher(string City, Money Face, DateOnly Issued);

/// <summary>A US contract: Stargate partners and US cloud credits, always in dollars.</summary>
public sealed record LabContract(string Partner, Money Value, int Year);

/// <summary>A public grant of any funder, in the funder's currency.</summary>
public sealed record LabGrant(string Id, LabRegion Region, Money Award, int Year);

/// <summary>A vendor quote as the old spreadsheet kept it.</summary>
public sealed record LegacyQuote(string Vendor, decimal PriceUsd); // expect: AIR0010

/// <summary>A row of the city grant register; the register is kept in yuan.</summary>
public sealed class LabGrantRow
{
    public string Id { get; init; } = "";

    [Currency("CNY")] public Money Allocation { get; set; }

    [Currency("RMB")] public Money Legacy { get; set; } // expect: AIR0003

    public Money? Pending { get; set; }

    public decimal BudgetShare { get; init; } // clean: a proportion of a budget, not money

    public decimal YuanPerDollar { get; init; } // clean: an exchange rate, a currency per currency

    public decimal SubsidyCny { get; set; } // expect: AIR0010

    public decimal CostPerGpuHourRatio { get; init; } // clean: a ratio

    internal decimal Budget { get; set; } // clean: not public
}

/// <summary>The consortium's currency codes, as the finance team configured them.</summary>
public static class LabCodes
{
    public const string Home = "CNY";
    public const string Partner = "USD";
    public static readonly Currency Won = Currency.KRW;
    public static readonly Currency Rupiah = Currency.FromCode("IDR"); // clean: an active code
    public static readonly Currency Renminbi = Currency.FromCode("RMB"); // expect: AIR0003
}

/// <summary>The pools and grants the consortium can draw on.</summary>
public static class LabCatalogue
{
    public static readonly DateOnly Stated = new(2025, 6, 30);

    public static readonly Money ShanghaiPool = Money.Millions(600m, Currency.CNY); // clean: 600 million yuan in millions
    public static readonly Money ShenzhenPool = Money.Of(500_000_000m, LabCodes.Home);
    public static readonly Money HangzhouPool = Money.Cny(250_000_000m);
    public static readonly Money StargateTranche = Money.Billions(100m, Currency.USD); // clean: 100 billion written in billions
    public static readonly Money UsCloudCredits = Money.Of(40_000_000m, LabCodes.Partner);
    public static readonly Money EuFactoryGrant = Money.Eur(200_000_000m);
    public static readonly Money JapanSubsidy = Money.Millions(2_387_240m, Currency.JPY); // clean: 2.4 trillion yen, as a Japanese report states it
    public static readonly Money KoreaSubsidy = Money.Billions(30m, LabCodes.Won);
    public static readonly Money UkAirr = Money.Millions(300m, Currency.GBP);
    public static readonly Money ShanghaiDoubleCounted = Money.Millions(600_000_000m, Currency.CNY); // expect: AIR0011
    public static readonly Money IndonesiaPlan = Money.Trillions(3_621m, LabCodes.Rupiah); // clean: Rp 3,621 trillion is a real budget

    public static readonly Dictionary<LabRegion, Money> Caps = new()
    {
        [LabRegion.Shanghai] = Money.Cny(1_000_000_000m),
        [LabRegion.Shenzhen] = Money.Cny(800_000_000m),
        [LabRegion.Stargate] = Money.Usd(500_000_000m),
        [LabRegion.EuFactory] = Money.Eur(250_000_000m),
    };

    public static readonly List<Money> CityVouchers = [ShanghaiPool, ShenzhenPool, HangzhouPool];

    public static readonly Money[] OverseasLegs = [StargateTranche, EuFactoryGrant, UkAirr];

    public static readonly List<LabGrant> Grants =
    [
        new("sh-2025", LabRegion.Shanghai, Money.Cny(300_000_000m), 2025),
        new("sg-2025", LabRegion.Stargate, Money.Usd(50_000_000m), 2025),
        new("eu-2026", LabRegion.EuFactory, Money.Eur(40_000_000m), 2026),
    ];

    public static readonly List<LabVoucher> Vouchers =
    [
        new("Shanghai", Money.Cny(120_000_000m), new DateOnly(2025, 3, 1)),
        new("Shenzhen", Money.Cny(80_000_000m), new DateOnly(2025, 4, 1)),
        new("Hangzhou", Money.Of(50_000_000m, LabCodes.Home), new DateOnly(2025, 5, 1)),
    ];

    public static readonly List<LabContract> Contracts =
    [
        new("Stargate Abilene", Money.Usd(1_200_000_000m), 2025),
        new("US cloud", UsCloudCredits, 2025),
    ];

    public static readonly Lazy<Money> HangzhouReserve = new(() => Money.Cny(120_000_000m));

    public static Money KoreaCap => Money.Of(45_000_000_000m, Currency.KRW);

    public static Money ShenzhenCap() => Money.Cny(800_000_000m);

    public static (Money Domestic, Money Partner) CoFunding(decimal home, decimal partner) => (Money.Cny(home), Money.Usd(partner));

    public static async Task<Money> FetchJapanAsync()
    {
        await Task.Yield();
        return Money.Jpy(1_500_000_000m);
    }

    public static bool TryCap(LabRegion region, out Money cap)
    {
        switch (region)
        {
            case LabRegion.Shanghai:
                cap = Money.Cny(1_000_000_000m);
                return true;
            case LabRegion.Hangzhou:
                cap = HangzhouPool;
                return true;
            default:
                cap = Money.Zero(Currency.CNY);
                return false;
        }
    }
}

/// <summary>Helpers the desks share.</summary>
public static class LabMath
{
    public static bool Exceeds(Money budget, Money limit) => budget > limit; // clean: parameters are unknown inside
    public static bool Dwarfs(Money big, Money small) => big > small * 10m; // clean: parameters are unknown inside
    public static bool SameCurrency(Money a, Money b) => a.Currency == b.Currency;
    public static bool OutspendsChecked(Money a, Money b) => a.Currency == b.Currency && a > b * 1.1m; // clean: reads both currencies first
    public static Money WithMargin(Money m) => m * 1.1m; // clean: scales its parameter
    public static Money Add(Money a, Money b) => a + b; // clean: unknown, no guess
    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean: generic parameters
    public static T SumAll<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b); // clean: inside the helper
    public static Money ToDollars(Money m) => m.ConvertTo(Currency.USD, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;

    public static bool ExceedsInDollars(Money spent, Money limit, DateOnly asOf)
    {
        var s = spent.ConvertTo(Currency.USD, asOf, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(5)).Result;
        var l = limit.ConvertTo(Currency.USD, asOf, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(5)).Result;
        return s > l * 1.05m; // clean: both converted to dollars at a stated date
    }

    public static bool AboveAfterConversion(Money budget, Money limit)
    {
        budget = ToDollars(budget);
        limit = ToDollars(limit);
        return budget > limit; // clean: both written as dollars first
    }

    public static Money Total(Money seed, params ReadOnlySpan<Money> items)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: unknown inside the helper
        return total;
    }

    public static Money ToDollarsLogged(Money m, DateOnly valueDate, RateLookup lookup, DateTime requestedAt, List<string> audit)
    {
        audit.Add($"{requestedAt:O} converting {m} at {valueDate}"); // clean: the request time is only text
        return m.ConvertTo(Currency.USD, valueDate, ReferenceRates.FederalReserveH10, lookup).Result;
    }
}

/// <summary>The fields the pricing sheet exposes, as the finance team named them.</summary>
public class LabPricingSheet
{
    public decimal UsdPerCny { get; init; } // clean: an exchange rate
    public decimal PricePerDollar { get; init; } // expect: AIR0010
    public decimal YuanPerDollarBudget { get; init; } // expect: AIR0010
    public decimal SubsidyPct { get; init; } // clean: a proportion
    public decimal GpuCount { get; init; } // clean: not a money word
    public decimal Amounted { get; init; } // clean: not split into a money word
    public decimal CostRatio { get; init; } // clean: a ratio
    public decimal EurPerUsd { get; init; } // clean: an exchange rate
    public decimal CostMultiplier { get; init; } // clean: a multiplier
    public decimal SubsidyBps { get; init; } // clean: basis points
    public float CostPerUnit { get; init; } // expect: AIR0010
    protected decimal ListPrice { get; init; } // expect: AIR0010
    public decimal Pricey { get; init; } // clean: not split into a money word
    public decimal GpuHourPrice { get; init; } // expect: AIR0010
    public const decimal DefaultBudget = 1_000_000m; // expect: AIR0010
}

/// <summary>The import row of the internal spreadsheet loader; not public API.</summary>
internal sealed class LabSheetRow
{
    public decimal Budget { get; set; } // clean: the type is internal, not public API
    public decimal Price { get; set; } // clean: the type is internal, not public API
}

public delegate Money LabPricing(decimal price); // expect: AIR0010

/// <summary>A pot of money held for a key; pots are made in many currencies.</summary>
public sealed class LabPot<T>(T key, Money held)
{
    public T Key { get; } = key;
    public Money Held { get; } = held;
}

/// <summary>A reserve kept in euros whatever it is given: the setter converts at the stated date.</summary>
public sealed class LabEuroVault
{
    private Money _reserve = Money.Eur(0m);

    public Money Reserve
    {
        get => _reserve;
        set => _reserve = value.ConvertTo(Currency.EUR, LabCatalogue.Stated, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
    }

    public void Deposit(decimal figure) => Reserve = Money.Cny(figure); // clean: the setter converts to euros

    public bool AboveFactory() => Reserve > LabCatalogue.EuFactoryGrant; // clean: the getter returns euros

    public bool AboveShanghai() => Reserve > LabCatalogue.ShanghaiPool; // expect: AIR0001
}

/// <summary>Team extensions on Money.</summary>
public static class LabMoneyExtensions
{
    public static Money Doubled(this Money m) => m * 2m;

    public static T Checked<T>(T value) where T : IEquatable<T> => value.Equals(default!) ? throw new ArgumentException("empty") : value;

    public static bool IsPositive(this Money m) => m > Money.Zero(m.Currency); // clean: compared with its own currency

    public static bool Within(Money spent, Money cap)
    {
        if (spent.Currency != cap.Currency) return false;
        return spent <= cap * 1.1m; // clean: after the guard
    }

    public static bool AboveConverted(Money a, Money b, DateOnly asOf)
    {
        var bInA = b.ConvertTo(a.Currency, asOf, ReferenceRates.FederalReserveH10, RateLookup.MostRecentWithin(3)).Result;
        return a > bInA * 1.1m; // clean: b converted into a's currency at a stated date
    }

    public static readonly Func<Money, Money> WithOverhead = m => m * 1.15m;

    public static bool OverheadAboveFactory() => WithOverhead(LabCatalogue.UkAirr) > LabCatalogue.EuFactoryGrant; // expect: AIR0001

    public static bool OverheadWithinFactory() => WithOverhead(LabCatalogue.EuFactoryGrant) > LabCatalogue.EuFactoryGrant; // clean: euros with euros
}

/// <summary>Offers as the vendors' portal describes them.</summary>
public interface ILabPriced
{
    decimal Price { get; } // expect: AIR0010
}

public sealed class LabGpuOffer : ILabPriced
{
    public decimal Price { get; init; } // clean: reported once, at the interface
}

public interface ILabCosted<T>
{
    T Cost { get; }
}

public sealed class LabRackOffer : ILabCosted<decimal>
{
    public decimal Cost => 2m; // expect: AIR0010
}

public abstract class LabOfferBase
{
    public abstract decimal Funding { get; } // expect: AIR0010

    public abstract Money Drawn { get; }
}

public sealed class LabCityOffer : LabOfferBase
{
    public override decimal Funding => 1m; // clean: reported at the base declaration

    public override Money Drawn => Money.Cny(40_000_000m);
}

public class LabPartnerOffer : LabOfferBase
{
    public override decimal Funding => 2m; // clean: reported at the base declaration

    public override Money Drawn => Money.Usd(5_000_000m);
}

/// <summary>The vendors' labels; "RMB" here is a label, not a code.</summary>
public sealed record LabLabel(string Text);

public static class LabExtensionBlocks
{
    public static decimal WithVat(this decimal price) => price * 1.13m; // expect: AIR0010

    public static decimal AsPercent(this decimal budgetShare) => budgetShare * 100m; // clean: a proportion of a budget
}

/// <summary>The euro treasury of the EU AI factory grant, and the yen drawn last.</summary>
public sealed class LabTreasury
{
    private Money _euroReserve = Money.Eur(0m);
    private Money? _lastYenDraw;
    private static readonly Func<Money, Money, bool> Beats = (a, b) => a > b;

    public Money EuroReserve
    {
        get => _euroReserve;
        set => _euroReserve = value;
    }

    public void Fund(decimal figure) => EuroReserve = Money.Eur(figure);

    public void TopUp(decimal figure) => _euroReserve += Money.Eur(figure); // clean: euros into euros

    public void DrawYen(decimal figure) => _lastYenDraw = Money.Jpy(figure);

    public void Reset() => _lastYenDraw = null;

    public bool LastDrawAboveJapanSubsidy() => _lastYenDraw is { } draw && draw > LabCatalogue.JapanSubsidy; // clean: yen with yen

    public bool LastDrawAboveReserve() => _lastYenDraw.GetValueOrDefault() > _euroReserve; // expect: AIR0001

    public bool ReserveBeatsKorea() => Beats(EuroReserve, LabCatalogue.KoreaSubsidy); // expect: AIR0001

    public bool ReserveBeatsFactory() => Beats(EuroReserve, LabCatalogue.EuFactoryGrant); // clean: euros with euros

    public Money Headroom() => LabCatalogue.EuFactoryGrant - EuroReserve; // clean: euros with euros
}

/// <summary>The consortium's shares and self-sufficiency targets.</summary>
public static class LabTargets
{
    public const int PlanYear = 2030;

    public static readonly Share SelfSufficiency2025 = Share.FromPercent(17m); // clean
    public static readonly Share SelfSufficiency2030 = Share.FromPercent(70m); // clean
    public static readonly Share DomesticChipGoal = Share.FromPercent(0.55m); // expect: AIR0005
    public static readonly Share CloudShareOfBudget = Share.FromFraction(0.35m); // clean
    public static readonly Share GrantShareOfSpend = Share.FromFraction(45m); // expect: AIR0005
    public static readonly Share Overbooked = Share.FromPercent(130m); // expect: AIR0013
    public static readonly Share All = Share.FromPercent(100m); // clean: 100 % is a share
    public static readonly Share OnePercent = Share.FromPercent(1m); // clean: 1 % is plausible
    public static readonly Share AllOfIt = Share.FromFraction(1m); // clean: 100 % is plausible
    public static readonly Ratio Speedup = Ratio.Of(1.3m); // clean: a ratio may exceed 1
    public static readonly Share Parsed = Share.Parse("120%"); // expect: AIR0013

    public static Target SelfSufficiency() => new("lab-ss", "compute-self-sufficiency", "CN", MetricValue.Of(SelfSufficiency2025), 2025, MetricValue.Of(SelfSufficiency2030), 2030, TargetKind.OfficialTarget, null, null, []); // clean: 2025 to 2030

    public static Target Swapped() => new("lab-ss-2", "compute-self-sufficiency", "CN", MetricValue.Of(SelfSufficiency2025), 2030, MetricValue.Of(SelfSufficiency2030), 2025, TargetKind.Pledge, null, null, []); // expect: AIR0012

    public static Target Shortened() => new("lab-ss-3", "chip-share", "CN", null, baselineYear: PlanYear, MetricValue.Of(DomesticChipGoal), goalYear: PlanYear - 5, TargetKind.OfficialTarget, null, null, []); // expect: AIR0012

    public static Target Flat() => new("lab-ss-5", "chip-share", "CN", MetricValue.Of(SelfSufficiency2025), baselineYear: 2024, MetricValue.Of(SelfSufficiency2025), goalYear: 2024, TargetKind.Pledge, null, null, []); // clean: the goal year equals the baseline year

    public static Target FromYear(int year) => new("lab-ss-4", "chip-share", "CN", null, baselineYear: year, MetricValue.Of(CloudShareOfBudget), goalYear: 2027, TargetKind.AnalystForecast, null, null, []); // clean: the baseline is not a constant

    public static Share FromPlanPercent(decimal percent) => Share.FromPercent(percent); // clean: not a constant

    public static ImmutableArray<Share> Milestones { get; } = ImmutableArray.Create(Share.FromPercent(25m), Share.FromPercent(40m)); // clean
}
