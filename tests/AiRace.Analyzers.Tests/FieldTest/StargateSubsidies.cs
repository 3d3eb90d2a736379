using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Stargate.Tracker.Subsidies;

/// <summary>A voucher claim as the city portals export it; the claimed figure is yuan by the portal's rules.</summary>
public sealed class VoucherClaim
{
    public string City { get; set; } = "";

    [Currency("CNY")] public Money Claimed { get; set; }

    /// <summary>Where the voucher was spent, if it was spent at a US-run site.</summary>
    public Site? SpentAt { get; set; }
}

/// <summary>A row of the subsidy spreadsheet the analysts share.</summary>
public sealed record SubsidyRow(string City, decimal SubsidyYuan, decimal RefundPct); // expect: AIR0010

/// <summary>The desk that follows the city subsidies against the Stargate build.</summary>
public sealed class SubsidyDesk(IExchangeRateProvider rates)
{
    private readonly Dictionary<string, Money> _capsByCity = new(StringComparer.Ordinal)
    {
        ["Wuhu"] = Money.Millions(300m, Currency.CNY),
        ["Shanghai"] = Money.Millions(600m, Currency.CNY),
        ["Beijing"] = Money.Of(400_000_000m, Codes.Partner),
    };

    private readonly List<VoucherClaim> _claims = [];
    private Money _paidThisYear = Money.Zero(Currency.CNY);

    /// <summary>Pays a claim, as far as the city's cap allows.</summary>
    public void Pay(VoucherClaim claim)
    {
        if (_capsByCity.TryGetValue(claim.City, out var cap) && _paidThisYear + claim.Claimed <= cap) // clean: yuan paid and claimed against a yuan cap
        {
            _paidThisYear += claim.Claimed; // clean: yuan onto yuan
            _claims.Add(claim);
        }
    }

    public void NewYear() => _paidThisYear = Money.Cny(0m); // clean: reassigned in yuan only

    /// <summary>Whether the year's payments already pass a site's capex (a chart label).</summary>
    public bool PaidMoreThan(Site site) => _paidThisYear > site.Capex; // expect: AIR0001

    /// <summary>Whether Wuhu's cap is smaller than a site's capex (the headline comparison).</summary>
    public bool WuhuCapBelow(Site site) => _capsByCity["Wuhu"] < site.Capex; // expect: AIR0001

    /// <summary>The share of the city's cap used so far, in percent.</summary>
    public decimal UsedPercent(string city) =>
        _capsByCity.TryGetValue(city, out var cap) ? Math.Round(_paidThisYear / cap * 100m, 1, MidpointRounding.AwayFromZero) : 0m; // clean: yuan over yuan, a ratio

    /// <summary>Reads claims from the portal's export.</summary>
    public IEnumerable<VoucherClaim> Import(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var cells = line.Split(';');
            var claim = new VoucherClaim { City = cells[0] };
            claim.Claimed = Money.Parse(cells[1]); // clean: unknown currency, accepted
            if (cells is [_, _, var siteName, ..])
            {
                claim.SpentAt = StargateCatalogue.Sites.Find(s => s.Name == siteName);
                claim.Claimed = claim.SpentAt!.Capex * 0.01m; // expect: AIR0001
            }

            yield return claim;
        }
    }

    /// <summary>A claim the Abilene liaison keyed in by hand.</summary>
    public VoucherClaim Manual() => new() { City = "Wuhu", Claimed = Money.Millions(2m, Currency.USD) }; // expect: AIR0001

    /// <summary>Whether a claim exceeds the capex of the site it was spent at.</summary>
    public static bool ClaimAboveSite(VoucherClaim claim) => claim is { Claimed: var yuan, SpentAt: { Capex: var dollars } } && yuan > dollars; // expect: AIR0001

    /// <summary>The same, once both are in dollars at the agreed date.</summary>
    public static bool ClaimAboveSiteConverted(VoucherClaim claim) =>
        claim.SpentAt is { } site && StargateRates.ToUsd(claim.Claimed) > site.Capex; // clean: converted first

    /// <summary>A city's cap with its bonus, if it has one.</summary>
    public static Money CapWithBonus(CitySubsidy city) => city.Cap + (city.Bonus ?? Money.Zero(Currency.CNY)); // clean: yuan bonus or yuan zero, onto yuan

    /// <summary>Whether a city's cap and bonus together pass a site's capex.</summary>
    public static bool CityOutbids(CitySubsidy city, Site site) => city is { Cap: var cap, Bonus: { } bonus } && cap + bonus > site.Capex; // expect: AIR0001

    /// <summary>The bonus against the capex, as bare numbers, for the chart.</summary>
    public static bool BonusLooksBig(CitySubsidy city, Site site) => (city.Bonus?.Amount ?? 0m) > site.Capex.Amount; // expect: AIR0004

    /// <summary>How many yuan of cap each dollar of capex draws (the chart's second axis).</summary>
    public static decimal YuanPerCapexDollar(CitySubsidy city, Site site) => city.Cap.Amount / site.Capex.Amount; // clean: a quotient of two known, different currencies is a rate

    /// <summary>Raises a city's cap after the new notice; the ceiling moves with it.</summary>
    public static CitySubsidy Raised(CitySubsidy city) => city with { Cap = Money.Millions(350m, Currency.CNY), Ceiling = city.Ceiling * 1.1m }; // clean: yuan into both

    /// <summary>The ceiling as the US liaison typed it, from the site's budget.</summary>
    public static CitySubsidy Matched(CitySubsidy city, Site site) => city with { Ceiling = site.Capex }; // expect: AIR0001

    /// <summary>The first and the largest caps, from the dashboard array.</summary>
    public static bool FirstCapBelow(Site site) => StargateCatalogue.CityCaps is [var first, ..] && first < site.Capex; // expect: AIR0001

    public static bool CapsSpread() => StargateCatalogue.CityCaps is [var first, .., var last] && Money.Max(first, last) > Money.Cny(1m); // clean: yuan only

    /// <summary>Every figure in one list, for the all-in chart.</summary>
    public static Money LargestFigure()
    {
        List<Money> all = [.. StargateCatalogue.CityCaps, .. StargateCatalogue.Sites.Select(s => s.Capex)];
        return all.Max(); // expect: AIR0001
    }

    /// <summary>The same chart, with the sites converted into yuan first.</summary>
    public static Money LargestFigureInYuan()
    {
        List<Money> all = [.. StargateCatalogue.CityCaps, .. StargateCatalogue.Sites.Select(s => StargateRates.ToCny(s.Capex))];
        return all.Max(); // clean: yuan caps and converted yuan
    }

    /// <summary>Voucher subsidy a site would earn, per megawatt, from the portal's rate (a double in its JSON).</summary>
    public static Money PerMegawatt(Site site, string rateText)
    {
        double ratePerMw = double.Parse(rateText, CultureInfo.InvariantCulture);
        var whole = Money.Cny((decimal)Math.Round(ratePerMw) * site.Megawatts); // clean: made a whole number first
        var exact = Money.Cny((decimal)ratePerMw * site.Megawatts); // expect: AIR0002
        return Money.Max(whole, exact); // clean: yuan and yuan
    }

    /// <summary>The refund on a claim, rounded for the payment file.</summary>
    public static decimal RefundFigure(VoucherClaim claim, CitySubsidy city) => Math.Round(claim.Claimed.Amount * city.Refund.Fraction, 2); // expect: AIR0009

    /// <summary>How far a city's refund rate moved since the last notice.</summary>
    public static PercentagePoints RefundMove(CitySubsidy now, CitySubsidy before) => now.Refund - before.Refund; // clean: points

    public static decimal RefundMoveRaw(CitySubsidy now, CitySubsidy before) => now.Refund.Percent - before.Refund.Percent; // expect: AIR0006

    /// <summary>Every city's cap as one bare number, for the old chart.</summary>
    public static decimal CapsAsNumber() => StargateCatalogue.Cities.Sum(c => c.Cap.Amount); // expect: AIR0007

    /// <summary>Every city's cap in yuan, summed with its currency stated.</summary>
    public static Money CapsTotal() => StargateCatalogue.Cities.Sum(c => c.Cap, Currency.CNY); // clean: yuan caps

    /// <summary>A claim in dollars, at the date the claim names.</summary>
    public Money InDollars(VoucherClaim claim, DateOnly claimed) => claim.Claimed.ConvertTo(Currency.USD, claimed, rates, RateLookup.MostRecentWithin(5)).Result;

    /// <summary>The quick version the liaison used: today's rate.</summary>
    public Money InDollarsToday(VoucherClaim claim) => claim.Claimed.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Today), rates, RateLookup.MostRecentWithin(5)).Result; // expect: AIR0008

    /// <summary>The audit line for a conversion, with when it was asked for.</summary>
    public string Audit(VoucherClaim claim) => $"{claim.City} {InDollars(claim, StargateRates.Stated)} asked {DateTime.UtcNow:O}"; // clean: a time stamp, not a conversion date

    /// <summary>The code the old importer used for the partner side.</summary>
    public static Currency LegacyCode()
    {
        const string Legacy = "rmb";
        return Currency.FromCode(Legacy); // expect: AIR0003
    }

    /// <summary>Whether any claim paid this year beats the first site's capex.</summary>
    public bool AnyClaimBeatsAbilene() => _claims.Any(c => c.Claimed > StargateCatalogue.Sites[0].Capex); // expect: AIR0001
}
