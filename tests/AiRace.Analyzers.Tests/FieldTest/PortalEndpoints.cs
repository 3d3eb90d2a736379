using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Policy;

namespace Portal.Subsidies;

/// <summary>The JSON endpoints: claims, batches, appeals and payouts, as the front end and the treasury post them.</summary>
public sealed class ClaimEndpoints(ClaimService service, CeilingCache cache)
{
    public bool File(string json)
    {
        var dto = PortalJson.Read<ClaimRequestDto>(json) ?? throw new InvalidDataException("empty claim");
        var overFund = dto.Requested > PortalLimits.FundCap; // clean: a member of a deserialized type (through a generic helper), unknown
        var feeOverCap = dto.ProcessingFee > PortalLimits.CityCap; // expect: AIR0001
        var lineOverFund = dto.Lines.Any(l => l.Cost > PortalLimits.FundCap); // clean: a type a deserialized type holds, unknown
        var headroom = Fx.Headroom(dto.Requested, dto.Lines[0].Cost); // clean: both unknown
        var total = dto.Lines.Sum(l => l.Cost.Amount); // expect: AIR0007
        var fee = dto.Requested.Amount * 0.015m;
        var roundedFee = Math.Round(fee, 2); // expect: AIR0009
        var declared = Money.Of((decimal)dto.BudgetMillions * 1_000_000m, Currency.FromCode(dto.CurrencyCode)); // expect: AIR0002
        var whole = Money.Millions((long)Math.Round(dto.BudgetMillions), Currency.FromCode(dto.CurrencyCode)); // clean: a whole number first (AIR0002's page)
        var cents = Money.Usd((long)(dto.BudgetMillions * 100) / 100m); // expect: AIR0002
        var rawOver = dto.Requested.Amount > PortalLimits.CityCap.Amount; // expect: AIR0004
        var cofunding = dto.Lines.Select(l => Share.FromFraction(l.FundingShare)).ToList(); // clean: not a constant
        return overFund || feeOverCap || lineOverFund || rawOver || headroom.IsNegative || total > 0m || roundedFee > 0m
            || declared.IsZero || whole.IsZero || cents.IsZero || cofunding.Count > 0;
    }

    public async Task<bool> ImportBatchAsync(Stream body, CancellationToken cancellationToken)
    {
        var batch = await PortalJson.ReadBatchAsync(body, cancellationToken) ?? throw new InvalidDataException("empty batch");
        var declaredOver = batch.DeclaredTotal > PortalLimits.FundCap; // clean: a deserialized record's positional parameter, unknown
        var summed = batch.Lines.Sum(l => l.Cost, Currency.CNY); // clean: unknown costs summed in yuan
        return declaredOver || summed != batch.DeclaredTotal; // clean: both unknown
    }

    public static ClaimBatch Sample() => new("fixture", [], Money.Zero(Currency.CNY));

    public bool Appeal(string json)
    {
        var appeal = PortalJson.ReadAppeal(json) ?? throw new InvalidDataException("empty appeal");
        var matchOver = appeal.LocalMatch > PortalLimits.FundCap; // clean: deserialized (typeof), unknown
        var disputedOver = appeal.Disputed > PortalLimits.FundCap; // clean: a base type of a deserialized type, unknown
        return matchOver || disputedOver;
    }

    public static CityAppeal CityAppealFor(string claimId, decimal match) =>
        new() { ClaimId = claimId, Disputed = Money.Cny(match), LocalMatch = Money.Cny(match) };

    public static FundAppeal FundAppealFor(string claimId, decimal match) =>
        new() { ClaimId = claimId, Disputed = Money.Usd(match), FundMatch = Money.Usd(match) };

    public static bool FundMatchOverCityCap(FundAppeal appeal) => appeal.FundMatch > PortalLimits.CityCap; // expect: AIR0001
    public static Money FundHeadroom(FundAppeal appeal) => Fx.Headroom(PortalLimits.CityCap, appeal.FundMatch); // expect: AIR0001

    public bool Payout(string json, string correctedText)
    {
        var instruction = PortalJson.Read<PayoutInstruction>(json) ?? throw new InvalidDataException("empty payout");
        var over = instruction.Amount > PortalLimits.FundCap; // expect: AIR0001
        instruction.Amount = PortalLimits.FundCap; // expect: AIR0001
        instruction.Amount = Money.Parse(correctedText); // clean: unknown currency, accepted (AIR0001's page)
        return over;
    }

    public void Wire()
    {
        service.CapReached += (requested, cap) => Console.WriteLine(requested > cap); // expect: AIR0001 (the only raise passes approved yuan and the dollar cap)
        service.Approved += (claim, amount) => Console.WriteLine($"{claim.Id}: {amount}");
        cache.Snapshot += figures => Console.WriteLine(figures.Count);
        cache.Drafts().Clear();
        cache.Drafts().Add(Money.Usd(12_000m));
        cache.Queue.Add(Money.Usd(8_000m));
        cache.Lend(0m, out var scratch);
        scratch.Clear();
        scratch.Add(Money.Usd(3_000m));
    }

    public async Task RequeueAsFundAsync(decimal dollars) // expect: AIR0010
    {
        var pending = await cache.PendingAsync();
        pending.Clear();
        pending.Add(Money.Usd(dollars));
    }
}

/// <summary>Checks on the CSV upload of the cities' quarterly voucher returns: claimant,kind,requested,approved,code.</summary>
public static class CsvReturns
{
    public static bool Checks(string line)
    {
        var f = line.Split(',');
        var parsed = Money.Parse(f[2]);
        var yuan = Money.Of(decimal.Parse(f[3], CultureInfo.InvariantCulture), "CNY");
        var code = Currency.FromCode(f[4]); // clean: not a constant
        var a = parsed > PortalLimits.FundCap; // clean: parsed from text, unknown
        var b = yuan > PortalLimits.FundCap; // expect: AIR0001
        var c = yuan > PortalLimits.CityCap; // clean: same currency
        var legacy = Currency.FromCode("RMB"); // expect: AIR0003
        var lower = Money.Of(1m, "usd"); // expect: AIR0003
        var withdrawn = Currency.TryFromCode("HRK", out _); // expect: AIR0003
        return a || b || c || withdrawn || code == legacy || lower.IsZero;
    }

    public static decimal Largest(ClaimSummary s) => Math.Max(s.Requested.Amount, s.Approved.Amount); // expect: AIR0004
}

/// <summary>The operators' settings page and the review queue.</summary>
public sealed class SettingsHandler(IReadOnlyDictionary<string, string> values, WorksheetPool pool, PortalCache objects)
{
    public bool FeesOverFundCap()
    {
        var fees = new FeeSettings();
        PortalConfig.Bind(values, fees);
        var express = fees.ExpressFee > PortalLimits.FundCap; // clean: a type given to a method called Bind, unknown (AIR0001's page)
        var floor = PortalConfig.CityFloor(values) > PortalLimits.FundCap; // expect: AIR0001
        var minimum = PortalConfig.MinimumClaim(values) > PortalLimits.FundCap; // clean: a code read from the settings, unknown
        var lazy = new Lazy<Money>(() => Money.Parse(values["fees:reminder"]));
        return express || floor || minimum || lazy.Value > PortalLimits.CityCap; // clean: parsed from settings text, unknown
    }

    public bool GpuHourOverCityCap()
    {
        objects.Put("gpu", PortalCache.EuroCard());
        return objects.Get<RateCard>("gpu").GpuHour > PortalLimits.CityCap; // expect: AIR0001
    }

    public Money Review(ClaimantKind kind, decimal figure)
    {
        var sheet = pool.Rent(kind == ClaimantKind.City ? Currency.CNY : Currency.USD);
        if (kind == ClaimantKind.City)
        {
            sheet.Items.Add(Money.Cny(figure));
        }
        else
        {
            sheet.Items.Add(Money.Usd(figure));
        }

        sheet.Add(sheet.Items[0]);
        var over = sheet.Running > PortalLimits.FundCap; // clean: reset to a currency a parameter chooses, unknown
        var top = sheet.Items.Max(); // clean: a pooled list cleared on reuse, not known to hold both at once (AIR0001's page)
        var inEuros = sheet.Items.Sum(Currency.EUR); // expect: AIR0001 (yuan or dollars, never euros; clean by the page's letter when written, reported since stop 53)
        pool.Return(sheet);
        return over ? top : inEuros;
    }
}

/// <summary>The back office's own checks, written against the catalogue of tiers and quotas.</summary>
public static class BackOffice
{
    public static readonly VoucherTier Basic = new("basic", Money.Cny(200_000m));
    public static readonly List<MatchTier> MatchTiers = [new("city", Money.Millions(2m, Currency.CNY)), new("fund", Money.Usd(250_000m))];
    public static readonly CityQuota Shenzhen = new() { City = "shenzhen", Ceiling = Money.Millions(60m, Currency.CNY) };

    public static bool Checks(ClaimantKind kind, string city, ReviewPolicy policy, IFeeSchedule schedule, IHasCeiling quota, decimal total)
    {
        var tier = Basic.Ceiling > PortalLimits.FundCap; // expect: AIR0001
        var largest = MatchTiers.MaxBy(t => t.Ceiling); // expect: AIR0001
        var byCurrency = MatchTiers.OrderBy(t => t.Ceiling.Currency).ThenBy(t => t.Ceiling).First(); // clean: ThenBy after a key that reads a currency
        var shenzhen = Shenzhen.Ceiling > PortalLimits.FundCap; // expect: AIR0001
        var anyQuota = quota.Ceiling > PortalLimits.FundCap; // clean: read through an interface, unknown
        var virtualLimit = policy.AutoApproveLimit > PortalLimits.FundCap; // clean: a virtual member, unknown
        var sealedLimit = new FundReviewPolicy().AutoApproveLimit > PortalLimits.CityCap; // expect: AIR0001
        var fee = schedule.Fee(kind) > PortalLimits.FundCap; // clean: an interface method (default body), unknown
        var tokyo = PortalLimits.CityCeilings["tokyo"] > PortalLimits.CityCap; // expect: AIR0001
        var home = PortalLimits.CityCeilings["shenzhen"] > PortalLimits.CityCap; // clean: yuan under that key
        var any = PortalLimits.CityCeilings[city] > PortalLimits.CityCap; // clean: a key that is not constant reads yuan and yen, unknown
        var ceilingOk = Fx.TryCityCeiling(city, out var ceiling) && ceiling > PortalLimits.FundCap; // expect: AIR0001
        var (local, central) = Fx.SplitCity(total);
        var cityTotal = local + central; // clean: same currency
        var (domestic, partner) = Fx.SplitJoint(total);
        var jointTotal = domestic + partner; // expect: AIR0001
        var chosen = kind == ClaimantKind.City ? PortalLimits.CityCap : PortalLimits.FundCap;
        var euroAbove = PortalLimits.EuroMatchCap < chosen; // clean: the arms of ?: disagree, unknown
        var firstPart = PortalLimits.CityCap.Allocate(3)[0] > PortalLimits.FundCap; // expect: AIR0001
        return tier || largest is null || byCurrency is null || shenzhen || anyQuota || virtualLimit || sealedLimit || fee
            || tokyo || home || any || ceilingOk || cityTotal.IsZero || jointTotal.IsZero || euroAbove || firstPart;
    }

    public static Money CapsFor(ClaimantKind kind)
    {
        var caps = new List<Money>();
        switch (kind)
        {
            case ClaimantKind.City:
                caps.Add(PortalLimits.CityCap);
                break;
            case ClaimantKind.Fund:
                caps.Add(PortalLimits.FundCap);
                break;
        }

        var top = caps.Max(); // clean: filled in the sections of one switch, one currency or the other (AIR0001's page)
        return top + caps.Sum(Currency.CNY); // expect: AIR0001
    }

    public static bool Converted(IExchangeRateProvider rates)
    {
        var cnyUsd = new ExchangeRate(Currency.CNY, Currency.USD, 0.1393m, PortalLimits.RateDate, ReferenceRates.FedH10Daily);
        var viaRate = cnyUsd.Convert(PortalLimits.CityCap).Result > PortalLimits.FundCap; // clean: converted first with a dated rate
        var viaAt = PortalLimits.CityCap.ConvertAt(cnyUsd).Result < PortalLimits.FundCap; // clean: converted first with a dated rate
        var viaTable = PortalLimits.CityCap.ConvertTo(Currency.USD, PortalLimits.RateDate, rates, RateLookup.ExactDate).Result > PortalLimits.FundCap; // clean: converted at a date
        var spot = new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, DateOnly.FromDateTime(DateTime.Now), ReferenceRates.FedH10Daily); // expect: AIR0008
        var yenPerEuro = Math.Round(PortalLimits.TokyoCap.Amount / PortalLimits.EuroMatchCap.Amount, 4); // clean: a rate of two known currencies (AIR0004's and AIR0009's pages)
        return viaRate || viaAt || viaTable || spot.Rate > yenPerEuro;
    }

    public static string Report(IReadOnlyList<ClaimEntity> claims, IReadOnlyDictionary<Currency, decimal> toUsd)
    {
        var raw = claims.Sum(c => c.Approved.Amount); // expect: AIR0007
        var converted = claims.Sum(c => c.Approved.Amount * toUsd[c.Approved.Currency]); // clean: converted by a rate chosen by currency (AIR0007's page)
        var count = claims.Aggregate(0, (n, c) => c.Approved.Amount > 0m ? n + 1 : n); // clean: a count (AIR0007's page)
        var cityYuan = claims.Where(c => c.Kind == ClaimantKind.City).Sum(c => c.ApprovedYuan, Currency.CNY); // clean: yuan summed in yuan
        var cityDollars = claims.Where(c => c.Kind == ClaimantKind.City).Sum(c => c.ApprovedYuan, Currency.USD); // expect: AIR0001
        var rounded = Math.Round(claims[0].Approved.Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode is stated
        var ratio = claims[0].Approved / claims[0].Ceiling;
        var percent = Math.Round(ratio * 100m, 1); // clean: a checked Money quotient, not an amount (AIR0009's page)
        var discounted = claims[0].Approved * (decimal)0.85; // expect: AIR0002
        var byCurrency = claims.GroupBy(c => c.Approved.Currency).Select(g => g.Key == Currency.USD ? g.Sum(c => c.Approved, Currency.USD) : g.Sum(c => c.Approved, g.Key)); // clean: a group by currency
        return $"{raw} {converted} {count} {cityYuan} {cityDollars} {rounded} {percent} {discounted} {byCurrency.Count()}";
    }
}

/// <summary>The portal's own headline targets and shares.</summary>
public static class PortalTargets
{
    public static Target CitiesFiling() => new(
        "t-portal-cities", "cities-filing", "CN",
        MetricValue.Of(Share.FromPercent(20m)), 2030,
        MetricValue.Of(Share.FromPercent(80m)), 2027, // expect: AIR0012
        TargetKind.OfficialTarget, null, null, []);

    public static Share CityCofunding => Share.FromPercent(0.3m); // expect: AIR0005
    public static Share FundCofunding => Share.FromFraction(30m); // expect: AIR0005
    public static Share Overbooked => Share.FromPercent(130m); // expect: AIR0013
    public static Share Imported => Share.Parse("120%"); // expect: AIR0013
    public static Share OnePercent => Share.FromPercent(1m); // clean: 1 % and 100 % are both plausible (AIR0005's page)
    public static Share Rescaled(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005
    public static decimal Rise(Share then, Share now) => now.Percent - then.Percent; // expect: AIR0006
    public static decimal Rest(Share s) => 100m - s.Percent; // clean: one share and a plain number (AIR0006's page)
    public static decimal Moved(Share s, PercentagePoints pp) => s.Percent + pp.Value; // clean: percent plus points is one scale (AIR0006's page)

    public static decimal Drift(Share latest, Share prior)
    {
        decimal change = latest.Fraction;
        change -= prior.Fraction; // expect: AIR0006
        return change;
    }

    public static Money Scored(double score) => Money.Cny(Convert.ToDecimal(score * 1_000)); // expect: AIR0002
}
