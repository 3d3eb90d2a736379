using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Stargate.Tracker;

/// <summary>The codes the tracker reports in: the US side in dollars, the Chinese cities in yuan.</summary>
public static class Codes
{
    public const string Reporting = "USD";
    public const string Partner = "CNY";
    public static readonly Currency Home = Currency.USD;
}

/// <summary>A Stargate site. Capex is always stated in dollars, as the partners' releases give it.</summary>
public sealed record Site(string Name, string State, Money Capex, int Megawatts);

/// <summary>A Chinese city's compute-voucher subsidy: a yearly cap in yuan and the share of spend it refunds.</summary>
public sealed record CitySubsidy
{
    public required string City { get; init; }
    public required string Province { get; init; }
    public Money Cap { get; init; }
    public Money? Bonus { get; init; }
    public Share Refund { get; init; }

    /// <summary>The ceiling the province sets over the city's cap.</summary>
    [Currency("CNY")] public Money Ceiling { get; init; }
}

/// <summary>One line of the joint commitments table, in the currency of whoever committed it.</summary>
public sealed record Commitment(string Who, Money Amount);

/// <summary>The one conversion basis the team agreed on: Fed H.10 at the end of June 2025.</summary>
public static class StargateRates
{
    public static readonly DateOnly Stated = new(2025, 6, 30);

    public static IExchangeRateProvider Table => ReferenceRates.FederalReserveH10;

    public static Money ToUsd(Money yuan) => yuan.ConvertTo(Currency.USD, Stated, Table, RateLookup.ExactDate).Result;

    public static Money ToCny(Money dollars) => dollars.ConvertTo(Currency.CNY, Stated, Table, RateLookup.MostRecentWithin(3)).Result;
}

/// <summary>The figures the team keeps by hand, from press releases and city notices.</summary>
public static class StargateCatalogue
{
    public static readonly List<Site> Sites =
    [
        new("Abilene", "TX", Money.Billions(40m, Currency.USD), 1_200),
        new("Shackelford", "TX", Money.Billions(25m, Codes.Home), 1_400),
        new("Dona Ana", "NM", Money.Of(16_000_000_000m, Codes.Reporting), 900),
        new("Lordstown", "OH", Money.Millions(3_000m, Currency.USD), 300),
        new("Milam", "TX", Money.Parse("USD 12,000,000,000"), 600),
    ];

    public static readonly List<CitySubsidy> Cities =
    [
        new() { City = "Wuhu", Province = "Anhui", Cap = Money.Millions(300m, Currency.CNY), Refund = Share.FromPercent(30m), Ceiling = Money.Millions(500m, Currency.CNY) },
        new() { City = "Shanghai", Province = "Shanghai", Cap = Money.Of(600_000_000m, Codes.Partner), Bonus = Money.Millions(50m, Currency.CNY), Refund = Share.FromPercent(20m) },
        new() { City = "Beijing", Province = "Beijing", Cap = Money.Cny(400_000_000m), Refund = Share.FromFraction(0.25m) },
        new() { City = "Guiyang", Province = "Guizhou", Cap = Money.Parse("CNY 150,000,000"), Bonus = Money.Cny(20_000_000m), Refund = Share.FromPercent(0.4m) }, // expect: AIR0005
        new() { City = "Ningxia", Province = "Ningxia", Cap = Money.Millions(300_000_000m, Currency.CNY), Refund = Share.FromPercent(120m) }, // expect: AIR0011, AIR0013
    ];

    /// <summary>The US partners' equity commitments, all in dollars.</summary>
    public static readonly List<Commitment> Joint =
    [
        new("OpenAI", Money.Billions(19m, Currency.USD)),
        new("SoftBank", Money.Billions(19m, Currency.USD)),
        new("Oracle", Money.Billions(7m, Currency.USD)),
    ];

    /// <summary>The city funds the desk compares them with, all in yuan.</summary>
    public static readonly List<Commitment> Mirror =
    [
        new("Wuhu city fund", Money.Millions(300m, Currency.CNY)),
        new("Shanghai AI fund", Money.Billions(10m, Currency.CNY)),
    ];

    /// <summary>The city caps by themselves, for the quick checks on the dashboard.</summary>
    public static readonly Money[] CityCaps = [Money.Millions(300m, Currency.CNY), Money.Millions(600m, Currency.CNY), Money.Cny(400_000_000m)];

    /// <summary>The headline: 500 billion dollars over four years, as announced.</summary>
    public static readonly Money Headline = Money.Billions(500m, Currency.USD);

    /// <summary>The headline as the first draft of the briefing had it.</summary>
    public static readonly Money HeadlineDraft = Money.Millions(500_000_000_000m, Currency.USD); // expect: AIR0011

    /// <summary>A provincial fund quoted in the old code.</summary>
    public static readonly Money AnhuiFund = Money.Of(2_000_000_000m, "RMB"); // expect: AIR0003

    public static CitySubsidy City(string name) => Cities.First(c => c.City == name);
}

/// <summary>A build phase of one site: its ceiling and what has been spent so far, both in dollars.</summary>
public sealed class PhaseBudget(string phase, Money ceiling, Money spent)
{
    public string Phase => phase;

    public Money Remaining => ceiling - spent; // clean: dollars less dollars at every construction

    public bool Overrun => spent > ceiling; // clean: both dollars

    /// <summary>Whether the phase alone costs more than a city's whole cap (the memo's shortcut).</summary>
    public bool BeyondCityCap(CitySubsidy city) => ceiling > city.Cap; // expect: AIR0001

    /// <summary>The same question asked properly, at the agreed date.</summary>
    public bool BeyondCityCapConverted(CitySubsidy city) => ceiling > StargateRates.ToUsd(city.Cap); // clean: converted at a stated date first

    public static PhaseBudget[] ForAbilene() =>
    [
        new("Shell and power", Money.Billions(6m, Currency.USD), Money.Billions(5m, Currency.USD)),
        new("First halls", Money.Billions(12m, Currency.USD), Money.Millions(4_500m, Currency.USD)),
    ];
}

/// <summary>Anything that can say what it has committed; the dashboard reads sites and cities through it.</summary>
public interface ICapexSource
{
    string Name { get; }

    Money Committed { get; }

    /// <summary>Headroom under a ceiling, in whatever the implementation commits in.</summary>
    Money Headroom(Money ceiling) => ceiling - Committed; // clean: an interface member, unknown

    bool Exceeds(Money ceiling) => Committed > ceiling; // clean: an interface member, unknown
}

public sealed class SiteSource(Site site) : ICapexSource
{
    public string Name => site.Name;

    public Money Committed => site.Capex;
}

/// <summary>The ledger of draws against sites and subsidies paid, split over two files.</summary>
public sealed partial class StargateLedger
{
    /// <summary>One booked line.</summary>
    public sealed record Entry(string Site, DateOnly Booked, Money Amount);

    private readonly Dictionary<string, List<Money>> _drawsBySite = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private Money _capexBooked = Money.Zero(Currency.USD);
    private Money _subsidyPaid = Money.Zero(Currency.CNY);
    private Money? _lastDraw;

    /// <summary>Raised when a site's draws pass its capex.</summary>
    public event Action<string, Money>? Overrun;

    /// <summary>Books a share of a site's capex as drawn.</summary>
    public void Draw(Site site, Share progress, DateOnly booked)
    {
        var draw = site.Capex * progress.Fraction;
        if (!_drawsBySite.TryGetValue(site.Name, out var draws))
        {
            _drawsBySite[site.Name] = draws = [];
        }

        draws.Add(draw);
        _entries.Add(new Entry(site.Name, booked, draw));
        _capexBooked += draw; // clean: dollars onto dollars
        _lastDraw = draw;

        var drawn = draws.Sum(Currency.USD); // clean: only dollar draws are added
        if (drawn > site.Capex) // clean: dollars against dollars
        {
            Overrun?.Invoke(site.Name, drawn - site.Capex);
        }
    }

    /// <summary>Records a subsidy payment: a share of the city's cap, in yuan.</summary>
    public void Pay(CitySubsidy city, Share used) => _subsidyPaid += city.Cap * used.Fraction; // clean: yuan onto yuan

    /// <summary>Starts a new reporting year; both figures go back to zero in their own currency.</summary>
    public void NewYear()
    {
        _capexBooked = Money.Zero(Codes.Home);
        _subsidyPaid = Money.Cny(0m);
        _lastDraw = null;
    }
}
