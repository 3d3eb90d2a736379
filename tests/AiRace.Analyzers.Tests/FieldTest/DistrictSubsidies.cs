using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace District.Subsidies;

/// <summary>Argument checks shared by the subsidy services.</summary>
public static class Require
{
    /// <summary>The value, if it is not the type's default.</summary>
    public static T Set<T>(T value, string name)
    {
        if (EqualityComparer<T>.Default.Equals(value, default!))
        {
            throw new ArgumentException("A value is required.", name);
        }

        return value;
    }

    /// <summary>The first value, or the second if the first is the default.</summary>
    public static T Either<T>(T first, T second) => EqualityComparer<T>.Default.Equals(first, default!) ? second : first;
}

/// <summary>A city's compute-voucher programme: a yuan budget split over districts, with an optional ceiling.</summary>
public sealed class VoucherProgramme
{
    private static readonly Lazy<Money> ReserveFromFile = new(() => Money.Cny(ReadReserve()));

    private readonly List<(string District, Money Cap)> _districtCaps = new()
    {
        ("Pudong", Money.Cny(300_000_000m)),
        ("Minhang", Money.Cny(120_000_000m)),
    };

    /// <summary>The programme's budget for the year.</summary>
    public Money Budget { get; } = Money.Cny(1_000_000_000m);

    /// <summary>The most one company may receive, when the city set one.</summary>
    public Money? CompanyCeiling { get; } = Money.Cny(10_000_000m);

    /// <summary>The leading district and its rank in the last round.</summary>
    public ((string District, Money Cap) Entry, int Rank) Leader { get; } = (("Pudong", Money.Cny(300_000_000m)), 1);

    /// <summary>The reserve held back, read once from the city's file.</summary>
    public static Money Reserve => ReserveFromFile.Value;

    /// <summary>The budget split evenly over the districts.</summary>
    public Money[] EvenSplit() => Budget.Allocate(_districtCaps.Count);

    /// <summary>Whether an even split gives some district more than its cap.</summary>
    public bool SplitExceedsACap()
    {
        var parts = EvenSplit();
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] > _districtCaps[i].Cap) // clean: both yuan
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any district's share of the budget is above a dollar benchmark.</summary>
    public bool ShareAboveBenchmark(Money benchmarkUsd)
    {
        foreach (var part in Budget.Allocate(new[] { 3m, 1m }))
        {
            if (part > benchmarkUsd) // clean: the benchmark's currency is not known here
            {
                return true;
            }
        }

        return Budget.Allocate(2).Max() > Money.Usd(50_000_000m); // expect: AIR0001 (the parts are in yuan)
    }

    /// <summary>Whether a grant fits under the company ceiling.</summary>
    public bool UnderCeiling(decimal grantUsd) => // expect: AIR0010 (a bare decimal of dollars)
        Money.Usd(grantUsd) <= CompanyCeiling.GetValueOrDefault(); // expect: AIR0001 (the ceiling is in yuan)

    /// <summary>Whether a grant fits under the ceiling, a dollar limit standing in when the city set none.</summary>
    public bool UnderCeilingOrLimit(Money grant) =>
        grant <= CompanyCeiling.GetValueOrDefault(Money.Usd(1_000_000m)); // clean: the fallback is in dollars, the ceiling in yuan: unknown

    /// <summary>Whether the reserve covers a dollar commitment.</summary>
    public static bool ReserveCovers(decimal commitmentUsd) => // expect: AIR0010 (a bare decimal of dollars)
        Reserve >= Money.Usd(commitmentUsd); // expect: AIR0001 (the reserve is in yuan)

    /// <summary>Whether the reserve is larger than a checked yuan amount.</summary>
    public bool ReserveAboveBudgetShare() =>
        Reserve > Require.Set(Budget, nameof(Budget)) / 10m; // clean: both yuan

    /// <summary>Whether a checked budget is above a dollar amount.</summary>
    public bool BudgetAbove(decimal usd) => // expect: AIR0010 (a bare decimal of dollars)
        Require.Set(Budget, nameof(Budget)) > Money.Usd(usd); // expect: AIR0001 (the budget is in yuan)

    /// <summary>Whether the budget, or a default, is above a dollar amount.</summary>
    public bool BudgetOrDefaultAbove(decimal usd) => // expect: AIR0010 (a bare decimal of dollars)
        Require.Either(Budget, Money.Usd(0m)) > Money.Usd(usd); // clean: either argument may come back

    /// <summary>Whether the leader's cap is above a dollar amount.</summary>
    public bool LeaderAbove(decimal usd) => // expect: AIR0010 (a bare decimal of dollars)
        Leader.Entry.Cap > Money.Usd(usd); // expect: AIR0001 (the leader's cap is in yuan)

    /// <summary>The districts whose cap exceeds a dollar line.</summary>
    public List<string> DistrictsAbove(Money lineUsd)
    {
        var above = new List<string>();
        foreach ((var district, var cap) in _districtCaps)
        {
            if (cap > Money.Usd(lineUsd.Amount)) // expect: AIR0001 (the caps are in yuan)
            {
                above.Add(district);
            }
        }

        foreach ((string district, Money cap) in _districtCaps)
        {
            if (cap > lineUsd) // clean: the line's currency is not known here
            {
                above.Add(district);
            }
        }

        return above;
    }

    private static decimal ReadReserve() => 50_000_000m;
}
