using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using AiRace.Core;

namespace Sovereign.Desk;

/// <summary>The blocs the sovereign desk follows.</summary>
public enum Bloc { Gulf, India, Korea, Japan, China, UnitedStates, Europe }

/// <summary>Tiers of the city compute vouchers.</summary>
public enum Tier { Seed, Growth, Flagship }

/// <summary>Currency codes the desk types by hand: the Gulf ones have no member on <see cref="Currency"/>.</summary>
public static class Codes
{
    public const string Riyal = "SAR";
    public const string Dirham = "AED";
    public const string Rupee = "INR";
    public static readonly Currency Home = Currency.USD;
    public static readonly DateOnly Stated = new(2025, 6, 30);
    public static readonly DateOnly YearEnd = new(2024, 12, 31);
}

/// <summary>A programme as the desk records it.</summary>
public sealed record Programme(string Id, Bloc Bloc, Money Budget, int StartYear);

/// <summary>One tranche of a multi-year plan.</summary>
public readonly record struct Tranche(int Year, Money Amount);

/// <summary>A Gulf fund; the desk states every pledge in riyal.</summary>
public sealed record GulfFund(string Name, Money Pledged)
{
    public GulfFund Topped(decimal riyal) => this with { Pledged = Pledged + Money.Of(riyal, Codes.Riyal) };
}

/// <summary>A row of the Gulf commitments sheet; the analysts type the figures by hand, in riyal.</summary>
public sealed class CommitmentRow
{
    public string Fund { get; set; } = "";

    [Currency("SAR")] public Money Commitment { get; set; }

    [Currency("RMB")] public Money? ChinaLeg { get; set; } // expect: AIR0003

    public decimal YenPerDollar { get; init; } // clean: a rate, a currency per currency

    public decimal BudgetShare { get; init; } // clean: a proportion of a budget, not money

    public decimal BudgetSar { get; init; } // expect: AIR0010

    private decimal _budget; // clean: not public

    public void Scale(decimal factor) => _budget *= factor;
}

/// <summary>A row of the IndiaAI compute tender, as the vendors file it.</summary>
public sealed record TenderRow(string Vendor, decimal Amount, int Gpus); // expect: AIR0010

/// <summary>A row of the city voucher sheet.</summary>
public sealed class VoucherRow
{
    public string City { get; init; } = "";

    public double? Price { get; init; } // expect: AIR0010

    public decimal SubsidyCny { get; init; } // expect: AIR0010

    public decimal CostRatio { get; init; } // clean: a proportion of money

    public decimal subsidy_pct { get; init; } // clean: a percentage

    public int Sites { get; init; }
}

/// <summary>A source of a fund's commitment: the Gulf feeds report in riyal.</summary>
public interface IFundSource
{
    string Name { get; }

    [return: Currency("SAR")]
    Money Committed();
}

/// <summary>The desk's reference figures, as the quarterly brief states them.</summary>
public static class SovereignCatalogue
{
    public static readonly Dictionary<Bloc, Money> Flagship = new()
    {
        [Bloc.Gulf] = Money.Of(150_000_000_000m, Codes.Riyal),
        [Bloc.India] = Money.Millions(103_720m, Currency.INR),
        [Bloc.Korea] = Money.Trillions(100m, Currency.KRW), // clean: a hundred trillion won is a real budget in won
        [Bloc.Japan] = Money.Millions(10_000_000m, Currency.JPY), // clean: ten trillion yen in millions, as Japanese reports state it
        [Bloc.China] = Money.Billions(344m, Currency.CNY),
        [Bloc.UnitedStates] = Money.Billions(500m, Currency.USD),
        [Bloc.Europe] = Money.Billions(200m, Currency.EUR),
    };

    public static readonly Programme[] Programmes =
    [
        new("humain", Bloc.Gulf, Money.Of(37_500_000_000m, Codes.Riyal), 2025),
        new("mgx", Bloc.Gulf, Money.Of(367_000_000_000m, Codes.Dirham), 2024),
        new("indiaai", Bloc.India, Money.Millions(103_720m, Currency.INR), 2024),
        new("korea-ai", Bloc.Korea, Money.Trillions(100m, Currency.KRW), 2025),
        new("stargate", Bloc.UnitedStates, Money.Billions(500m, Currency.USD), 2025),
        new("big-fund-3", Bloc.China, Money.Billions(344m, Currency.CNY), 2024),
    ];

    public static readonly ImmutableArray<Money> KoreaGrants =
        ImmutableArray.Create(Money.Billions(1_400m, Currency.KRW), Money.Billions(2_100m, Currency.KRW), Money.Billions(900m, Currency.KRW));

    public static readonly Tranche[] IndiaAiPlan =
    [
        new(2024, Money.Millions(20_000m, Currency.INR)),
        new(2025, Money.Millions(40_000m, Currency.INR)),
        new(2026, Money.Millions(43_720m, Currency.INR)),
    ];

    public static readonly Tranche[] ChinaByYear = [new(2024, Money.Billions(100m, Currency.CNY)), new(2025, Money.Billions(120m, Currency.CNY))];

    public static readonly Tranche[] StargateByYear = [new(2024, Money.Billions(40m, Currency.USD)), new(2025, Money.Billions(100m, Currency.USD))];

    public static readonly Lazy<Money> EuroGigafactories = new(() => Money.Billions(20m, Currency.EUR));

    public static readonly Money TokyoVoucherCap = Money.Millions(5_000m, Currency.JPY);

    public static readonly Money StargateTypo = Money.Billions(500_000_000_000m, Currency.USD); // expect: AIR0011

    public static readonly Money IndiaTypo = Money.Millions(103_720_000_000m, Currency.INR); // expect: AIR0011

    public static readonly Money KoreaSemis = Money.Millions(33_000_000m, Currency.KRW); // clean: 33 trillion won in millions

    public static IEnumerable<Money> YenTranches()
    {
        yield return Money.Millions(1_500_000m, Currency.JPY);
        yield return Money.Millions(2_000_000m, Currency.JPY);
    }

    /// <summary>The first leg of a Gulf deal: riyal for a Saudi deal, dirham for an Emirati one.</summary>
    public static IEnumerable<Money> GulfLegs(bool saudi)
    {
        if (saudi)
        {
            yield return Money.Of(5_000_000_000m, Codes.Riyal);
            yield break;
        }

        yield return Money.Of(3_000_000_000m, Codes.Dirham);
    }

    public static (Money Domestic, Money Partner) StargateSplit(decimal usBillions, decimal gulfBillions) =>
        (Money.Billions(usBillions, Currency.USD), Money.Of(gulfBillions * 1_000_000_000m, Codes.Dirham));

    public static (Money Low, Money High) IndiaRange() => (Money.Millions(90_000m, Currency.INR), Money.Millions(110_000m, Currency.INR));

    public static Money TierFloor(Tier tier) => tier switch
    {
        Tier.Seed => Money.Millions(50m, Currency.CNY),
        Tier.Growth => Money.Millions(200m, Currency.CNY),
        _ => Money.Billions(1m, Currency.CNY),
    };

    public static Money CapOf(Bloc bloc) => Flagship[bloc];

    public static bool TryFlagship(Bloc bloc, out Money cap) => Flagship.TryGetValue(bloc, out cap);
}

/// <summary>Helpers every desk shares.</summary>
public static class SovereignMath
{
    public static bool Outweighs(Money a, Money b) => a > b; // clean: parameters are unknown inside

    public static bool OutweighsChecked(Money a, Money b) => a.Currency == b.Currency && a > b; // clean: reads both currencies

    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean: generic parameters

    public static T SumAll<T>(T seed, IEnumerable<T> items) where T : IAdditionOperators<T, T, T> => items.Aggregate(seed, (a, b) => a + b); // clean: unknown inside

    public static T Required<T>(T value) where T : struct, IEquatable<T> => value.Equals(default) ? throw new ArgumentException("empty figure") : value;

    public static Money WithReserve(Money m) => m * 1.1m;

    public static Money Add(Money a, Money b) => a + b; // clean: unknown, no guess

    public static Money Total(Money seed, IEnumerable<Money> items)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: the items are unknown inside the method
        return total;
    }

    public static Money ToDollars(Money m, DateOnly valueDate, RateLookup lookup, DateTime requestedAt, ICollection<string> audit)
    {
        audit.Add($"{requestedAt:O} {m} at {valueDate}"); // clean: text of a time stamp
        return m.ConvertTo(Currency.USD, valueDate, ReferenceRates.FederalReserveH10, lookup).Result;
    }

    public static Money SafeSum(Money a, Money b)
    {
        if (a.Currency != b.Currency) throw new InvalidOperationException($"{a} and {b} differ");
        return a + b; // clean: after the currency test
    }

    public static Task<Money> SeedAsync(decimal figure) => Task.FromResult(Money.Cny(figure));
}

/// <summary>Orders money by currency first, then by amount.</summary>
public sealed class ByCurrencyThenAmount : IComparer<Money>
{
    public int Compare(Money x, Money y) => x.Currency != y.Currency ? x.Currency.CompareTo(y.Currency) : x.CompareTo(y); // clean: reads both currencies
}

/// <summary>A pot of money held for one bloc; the desk creates one per bloc and currency.</summary>
public sealed class Pot(Bloc bloc, Money held)
{
    public Bloc Bloc { get; } = bloc;

    public Money Held { get; } = held;
}

/// <summary>A state fund as the China desk models it; each fund says what it has drawn.</summary>
public abstract class StateFund
{
    public abstract Money Drawn { get; }
}

public sealed class BigFund : StateFund
{
    public override Money Drawn => Money.Billions(40m, Currency.CNY);
}

public sealed class CityFund(Money drawn) : StateFund
{
    public override Money Drawn => drawn;
}

/// <summary>Korea's AI budget by year, in won.</summary>
public sealed class KoreaBook
{
    private readonly Dictionary<int, Money> _byYear = new()
    {
        [2024] = Money.Billions(710m, Currency.KRW),
        [2025] = Money.Billions(1_800m, Currency.KRW),
    };

    public Money this[int year] => _byYear[year];

    public void Set(int year, decimal wonBillions) => _byYear[year] = Money.Billions(wonBillions, Currency.KRW);
}

/// <summary>Where the India desk hands rupee figures on; every implementation takes rupees.</summary>
public interface IRupeeSink
{
    void Take([Currency("INR")] Money tranche);
}

/// <summary>Helpers the desks added later.</summary>
public static class DeskHelpers
{
    public static Dictionary<Bloc, Money> Pledges() => new()
    {
        [Bloc.Gulf] = Money.Of(20_000_000_000m, Codes.Riyal),
        [Bloc.Korea] = Money.Trillions(1m, Currency.KRW),
        [Bloc.Europe] = Money.Billions(50m, Currency.EUR),
    };

    public static Money TotalOf(Money seed, params ReadOnlySpan<Money> items)
    {
        var total = seed;
        foreach (var x in items) total += x; // clean: the items are unknown inside the method
        return total;
    }

    public static bool Exceeds(ref readonly Money spent, ref readonly Money cap) => spent > cap; // clean: parameters unknown

    public static List<(Bloc Bloc, Money Cap)> GulfCaps() =>
    [
        (Bloc.Gulf, Money.Of(10_000_000_000m, Codes.Riyal)),
        (Bloc.Gulf, Money.Of(12_000_000_000m, Codes.Riyal)),
    ];

    public static async Task<IReadOnlyList<Money>> CityVouchersAsync()
    {
        await Task.Yield();
        return [Money.Millions(100m, Currency.CNY), Money.Millions(300m, Currency.CNY)];
    }

    public static bool IsRiyal(Money m) => m.Currency.Code == Codes.Riyal;

    /// <summary>Replaces whatever the list held with this week's euro quotes.</summary>
    public static void Refill(List<Money> into, IEnumerable<decimal> euros)
    {
        into.Clear();
        foreach (var e in euros) into.Add(Money.Eur(e));
    }

    public static TOut Map<TIn, TOut>(TIn value, Func<TIn, TOut> f) => f(value); // clean: generic code

    public static Money Either(bool saudi, decimal first, decimal second)
    {
        Money total;
        if (saudi) total = Money.Of(first, Codes.Riyal) + Money.Of(second, Codes.Riyal); // clean: riyal and riyal in this branch
        else total = Money.Of(first, Codes.Dirham) + Money.Of(second, Codes.Dirham); // clean: dirham and dirham in that one
        return total;
    }
}
