using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiRace.Core;
using Northwind.Compute.Data;
using Northwind.Compute.Import;
using Northwind.Compute.Model;

namespace Northwind.Compute.Reporting;

/// <summary>A tile of the board's dashboard.</summary>
public sealed record Tile(string Title, Money Figure, string Note);

/// <summary>Builds the dashboard the board reads every Monday.</summary>
public sealed class Dashboard
{
    private readonly List<Tile> _tiles = new();
    private readonly Dictionary<Region, Money> _spentByRegion = new();
    private readonly Money[] _monthly = new Money[12];

    /// <summary>Fills the monthly figures with yuan.</summary>
    public Dashboard()
    {
        for (int month = 0; month < _monthly.Length; month++)
        {
            _monthly[month] = Money.Cny(0m);
        }
    }

    /// <summary>Records what a region spent (yuan).</summary>
    public void Spent(Region region, decimal yuan) // expect: AIR0010 (a public decimal parameter named as money)
    {
        _spentByRegion[region] = _spentByRegion.TryGetValue(region, out var before) ? before + Money.Cny(yuan) : Money.Cny(yuan);
    }

    /// <summary>Records a month's spending (yuan).</summary>
    public void Month(int month, decimal yuan) => _monthly[month] += Money.Cny(yuan); // expect: AIR0010

    /// <summary>Whether a region spent more than its budget.</summary>
    public bool Overspent(Region region) =>
        _spentByRegion.TryGetValue(region, out var spent) && spent > Catalogue.ProvincialBudgets[region]; // clean: both yuan

    /// <summary>Whether a region spent more than a federal programme (a bug).</summary>
    public bool OutspentFederal(Region region, string programme) =>
        _spentByRegion.TryGetValue(region, out var spent) && spent > Catalogue.FederalPrograms[programme]; // expect: AIR0001

    /// <summary>The busiest month.</summary>
    public Money PeakMonth() => _monthly.Max(); // clean: every month is yuan

    /// <summary>Whether any month passed the board's threshold (a bug).</summary>
    public bool AnyLargeMonth() => _monthly.Any(m => m > Thresholds.LargeProgramme); // expect: AIR0001

    /// <summary>The figure of a tile for a region: its budget, or the benchmark abroad.</summary>
    public static Money FigureFor(Region region) => region == Region.Overseas ? Catalogue.BenchmarkFor(region) : Catalogue.ProvincialBudgets[region]; // clean: no comparison

    /// <summary>The status word for a region (a bug in the last arm: dollars against yuan).</summary>
    public static string Status(Region region)
    {
        var budget = Catalogue.ProvincialBudgets[region];
        return region switch
        {
            Region.East when budget > Catalogue.CapFor(region) => "over cap", // clean: both yuan
            Region.West when budget < Thresholds.ProvincialFloor => "under floor", // clean: both yuan
            _ when budget > Thresholds.LargeProgramme => "large", // expect: AIR0001
            _ => "normal",
        };
    }

    /// <summary>Builds the tiles.</summary>
    public IReadOnlyList<Tile> Build(Func<string, Money> lookUp)
    {
        _tiles.Clear();
        foreach (var programme in Catalogue.Provincial)
        {
            var share = programme.Budget / Catalogue.ProvincialBudgets[programme.Region]; // clean: both yuan (a ratio)
            _tiles.Add(new Tile(programme.Name, programme.Budget, share.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var award in Catalogue.Federal)
        {
            var against = award.Amount / Catalogue.ProvincialBudgets[Region.East]; // expect: AIR0001
            _tiles.Add(new Tile(award.Title, award.Amount, against.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var external = lookUp("external");
        _tiles.Add(new Tile("External", external, external > Thresholds.LargeProgramme ? "large" : "")); // clean: looked up, unknown currency
        return _tiles;
    }

    /// <summary>The tiles ordered by figure (tiles mix yuan and dollars).</summary>
    public IEnumerable<Tile> Ordered() => _tiles.OrderBy(t => t.Figure); // expect: AIR0001

    /// <summary>The tiles ordered by title.</summary>
    public IEnumerable<Tile> Alphabetical() => _tiles.OrderBy(t => t.Title, StringComparer.Ordinal); // clean: ordered by text

    /// <summary>Loads the latest partner figure.</summary>
    public static async Task<Money> LatestPledgeAsync(Func<Task<PartnerRow>> fetch)
    {
        var row = await fetch();
        return row.Pledge;
    }

    /// <summary>Whether the latest pledge beats the reserve (a bug: dollars against yuan).</summary>
    public static async Task<bool> PledgeBeatsReserveAsync(Func<Task<PartnerRow>> fetch)
    {
        var pledge = await LatestPledgeAsync(fetch);
        return pledge > Catalogue.Reserve(tight: false); // expect: AIR0001
    }

    /// <summary>Whether the pledge beats the board threshold.</summary>
    public static async Task<bool> PledgeIsLargeAsync(Func<Task<PartnerRow>> fetch) =>
        await LatestPledgeAsync(fetch) > Thresholds.LargeProgramme; // clean: both dollars

    /// <summary>The difference between the two co-funding shares, in the partner's terms (a bug).</summary>
    public static Money Gap(decimal totalYuan, decimal partnerDollars) // expect: AIR0010 (a public decimal parameter named as money)
    {
        var shares = Catalogue.CoFunding(totalYuan, partnerDollars);
        Money larger = shares.Domestic.IsZero ? shares.Partner : shares.Domestic;
        return Money.Min(shares.Partner, Money.Usd(1m)) - shares.Domestic; // expect: AIR0001
    }

    /// <summary>The envelope check for a new programme.</summary>
    public static bool Fits(ProvincialProgramme programme) => Thresholds.Provincial.Admits(programme.Budget); // clean: nothing compared here
}
