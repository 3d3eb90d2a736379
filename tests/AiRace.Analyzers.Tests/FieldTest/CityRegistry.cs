using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using AiRace.Core;

namespace City.Registry;

/// <summary>The compute-subsidy ceilings cities have announced, in yuan, frozen at start-up.</summary>
public static class CityCeilings
{
    private static readonly Dictionary<string, Money> Announced = new()
    {
        ["Shanghai"] = Money.Cny(600_000_000m),
        ["Shenzhen"] = Money.Cny(500_000_000m),
        ["Hangzhou"] = Money.Cny(250_000_000m),
    };

    /// <summary>The ceilings by city.</summary>
    public static readonly FrozenDictionary<string, Money> ByCity = Announced.ToFrozenDictionary();

    /// <summary>The tranches of the national fund's first call, in yuan.</summary>
    public static readonly ImmutableArray<Money> FirstCall = ImmutableArray.Create(Money.Cny(20_000_000_000m), Money.Cny(15_000_000_000m));

    /// <summary>The ceilings, largest first, for reports.</summary>
    public static readonly ImmutableList<Money> Ranked = Announced.Values.OrderByDescending(m => m).ToImmutableList();

    /// <summary>The announced ceilings as a read-only view for callers.</summary>
    public static ReadOnlyDictionary<string, Money> View => Announced.AsReadOnly();
}

/// <summary>Checks an analyst runs against the dollar figures of the Stargate project.</summary>
public sealed class CeilingChecks
{
    private ImmutableList<Money> _watched = ImmutableList<Money>.Empty;

    /// <summary>Adds a figure to watch, in whatever currency it was reported.</summary>
    public void Watch(Money figure) => _watched = _watched.Add(figure);

    /// <summary>Whether a city's ceiling exceeds a dollar commitment.</summary>
    public static bool CityAbove(string city, Money commitmentUsd) =>
        CityCeilings.ByCity.TryGetValue(city, out var ceiling) && ceiling > commitmentUsd; // clean: the commitment's currency is not known here

    /// <summary>Whether Shanghai's ceiling exceeds the first Stargate tranche.</summary>
    public static bool ShanghaiAboveStargate() =>
        CityCeilings.ByCity["Shanghai"] > Money.Usd(100_000_000_000m); // expect: AIR0001 (the ceilings are in yuan)

    /// <summary>Whether the national fund's first call is larger than the Stargate tranche.</summary>
    public static bool FirstCallAboveStargate() =>
        CityCeilings.FirstCall.Sum(Currency.USD) > Money.Usd(100_000_000_000m); // expect: AIR0001 (the tranches are in yuan)

    /// <summary>Whether the largest ceiling is above a yuan threshold.</summary>
    public static bool LargestAbove(decimal yuanThreshold) => // expect: AIR0010 (a bare decimal of yuan)
        CityCeilings.Ranked[0] > Money.Cny(yuanThreshold); // clean: both yuan

    /// <summary>Whether any announced ceiling is above a dollar line.</summary>
    public static bool AnyAboveDollars(decimal usd) => // expect: AIR0010 (a bare decimal of dollars)
        CityCeilings.View.Values.Any(v => v > Money.Usd(usd)); // expect: AIR0001 (the ceilings are in yuan)

    /// <summary>Whether any watched figure exceeds a dollar line.</summary>
    public bool WatchedAbove(Money lineUsd) =>
        _watched.Any(w => w > lineUsd); // clean: the watched figures' currency is not known

    /// <summary>Whether the first tranche, with a top-up, exceeds the second.</summary>
    public static bool ToppedUpAbove() =>
        CityCeilings.FirstCall.Add(Money.Cny(1_000_000_000m)).Last() > CityCeilings.FirstCall[1]; // clean: all yuan
}
