using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Analysis;
using PowerDesk.Model;

namespace PowerDesk.Contracts;

/// <summary>Where the desk loads register lines from (a database in production).</summary>
public interface IPowerContractStore
{
    Task<IReadOnlyList<PowerLine>> LoadAsync(PowerBloc bloc, CancellationToken cancellationToken);
}

/// <summary>The Stargate power contracts and provincial draws the desk books.</summary>
public sealed class PowerContractBook
{
    public static readonly Money AbileneFloor = Money.Millions(500m, Currency.USD);

    private readonly List<Money> _stargateDraws = [];
    private readonly List<Money> _provinceDraws = [];
    private Money _stargateTotal = Money.Zero(Currency.USD);
    private Money? _lastYuanDraw;

    public Money StargateTotal => _stargateDraws.Sum(Currency.USD); // clean: every draw is in dollars
    public Money ProvinceTotal => _provinceDraws.Sum(Currency.CNY); // clean: every draw is in yuan
    public Money ProvinceTotalInDollars => _provinceDraws.Sum(Currency.USD); // expect: AIR0001
    public Money RunningStargate => _stargateTotal; // clean

    public void DrawStargate(decimal millions)
    {
        var draw = Money.Millions(millions, Currency.USD); // clean
        _stargateDraws.Add(draw); // clean
        _stargateTotal += draw; // clean: dollars into dollars
    }

    public void DrawProvince(decimal millions)
    {
        var draw = Money.Millions(millions, Currency.CNY); // clean
        _provinceDraws.Add(draw); // clean
        _lastYuanDraw = draw; // clean
    }

    public void ForgetLastDraw() => _lastYuanDraw = null; // clean: a null states no currency

    public Money MistakenTopUp()
    {
        _stargateTotal += PowerCatalogue.NingxiaPool; // expect: AIR0001
        return _stargateTotal;
    }

    public bool LastDrawAboveStargate() => _lastYuanDraw.GetValueOrDefault() > _stargateTotal; // expect: AIR0001
    public bool LastDrawAboveGuizhou() => _lastYuanDraw is { } last && last > PowerCatalogue.GuizhouPool; // clean: yuan against yuan
    public bool LastDrawAboveMilam() => _lastYuanDraw is Money y && y > PowerCatalogue.MilamContract; // expect: AIR0001
    public bool FirstProvinceDrawAboveStargate() => _provinceDraws.Count > 0 && _provinceDraws[0] > _stargateTotal; // expect: AIR0001
    public bool FirstProvinceDrawAboveNingxia() => _provinceDraws.Count > 0 && _provinceDraws[0] > PowerCatalogue.NingxiaPool; // clean: yuan against yuan
    public bool StargateAboveFloor() => _stargateTotal > AbileneFloor; // clean: dollars against dollars
    public Money HeadroomToFloor() => PowerChecks.Headroom(AbileneFloor, _stargateTotal); // clean: dollars and dollars
    public Money YuanHeadroom() => PowerChecks.Headroom(PowerCatalogue.GuizhouPool, _stargateTotal); // expect: AIR0001
    public Money ConvertedHeadroom() => PowerChecks.Headroom(PowerRates.ToUsd(PowerCatalogue.GuizhouPool), _stargateTotal); // clean: converted to dollars first
    public Money LargestStargateDraw() => _stargateDraws.Count == 0 ? Money.Zero(Currency.USD) : _stargateDraws.Max(); // clean: dollars on both arms
}

/// <summary>The provincial subsidy service: reads the ledger, converts at stated dates.</summary>
public sealed class PowerSubsidyService(IPowerSubsidySource source, IPowerContractStore store, TimeProvider clock)
{
    public async Task<Money> GuizhouOutstandingAsync()
    {
        await Task.Yield();
        return Money.Millions(120m, Currency.CNY); // clean
    }

    public Task<Money> AbileneDueAsync() => Task.FromResult(Money.Millions(90m, Currency.USD)); // clean

    public async Task<bool> GuizhouAboveAbileneAsync()
    {
        var guizhou = await GuizhouOutstandingAsync(); // clean
        var abilene = await AbileneDueAsync(); // clean
        return guizhou > abilene; // expect: AIR0001
    }

    public async Task<bool> GuizhouAboveAbileneConvertedAsync()
    {
        var guizhou = await GuizhouOutstandingAsync().ConfigureAwait(false); // clean
        var abilene = await AbileneDueAsync().ConfigureAwait(false); // clean
        return PowerRates.ToUsd(guizhou) > abilene; // clean: converted at a stated date first
    }

    public async Task<Money> GuizhouPlusNingxiaAsync() => await GuizhouOutstandingAsync() + PowerCatalogue.NingxiaPool; // clean: yuan plus yuan

    public bool OutstandingAboveFloor(string province) => source.Outstanding(province) > PowerContractBook.AbileneFloor; // expect: AIR0001
    public bool OutstandingAboveGuizhou(string province) => source.Outstanding(province) > PowerCatalogue.GuizhouPool; // clean: yuan, as the interface states

    public async Task<Money> LargestUsLineAsync(CancellationToken cancellationToken)
    {
        var lines = await store.LoadAsync(PowerBloc.UnitedStates, cancellationToken);
        var largest = Money.Zero(Currency.USD); // clean
        foreach (var line in lines)
        {
            if (line.Amount.Currency != Currency.USD)
            {
                continue;
            }

            largest = Money.Max(largest, line.Amount); // clean: the loop went on for any other currency
        }

        return largest;
    }

    public async Task<IReadOnlyList<Money>> YuanLinesAsync(CancellationToken cancellationToken)
    {
        var lines = await store.LoadAsync(PowerBloc.China, cancellationToken);
        return lines.Where(l => l.Amount.Currency == Currency.CNY).Select(l => l.Amount).ToList(); // clean: a filter by the currency itself
    }

    public async Task<Money> YuanTotalAsync(CancellationToken cancellationToken)
    {
        var yuan = await YuanLinesAsync(cancellationToken);
        return yuan.Sum(Currency.CNY); // clean: only yuan were kept
    }

    public Money ToUsdAtClock(Money m)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime); // clean: an injected clock
        return m.ConvertTo(Currency.USD, today, PowerRates.Table, RateLookup.MostRecentWithin(5)).Result; // clean: an injected TimeProvider can be fixed in tests
    }

    public Money ToUsdAtSystemClock(Money m) => m.ConvertTo(Currency.USD, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), PowerRates.Table, RateLookup.ExactDate).Result; // expect: AIR0008
    public Money ToUsdOrToday(Money m, DateOnly? valueDate) => PowerRates.ConvertAt(m, Currency.USD, valueDate ?? DateOnly.FromDateTime(DateTime.Today), RateLookup.ExactDate); // expect: AIR0008
    public Money ToUsdLogged(Money m) => PowerRates.ConvertLogged(m, Currency.USD, PowerRates.YearEnd, RateLookup.ExactDate, DateTime.UtcNow); // clean: the clock only stamps the log line
    public Conversion Recorded(Money m, ExchangeRate rate) => new Conversion(m, rate, DateOnly.FromDateTime(DateTime.Today), RateLookup.ExactDate); // expect: AIR0008
    public Conversion RecordedAtYearEnd(Money m, ExchangeRate rate) => new Conversion(m, rate, PowerRates.YearEnd, RateLookup.ExactDate); // clean: a stated date

    public Money ToUsdFirstOfYear(Money m)
    {
        var start = new DateOnly(DateTime.Now.Year, 1, 1);
        return PowerRates.ConvertAt(m, Currency.USD, start, RateLookup.MostRecentWithin(7)); // expect: AIR0008
    }

    public static void PrintStamp(DateTime date) => Console.WriteLine(date.ToString("O", CultureInfo.InvariantCulture));

    public static void Stamp() => PrintStamp(date: DateTime.Today); // clean: a date that feeds no conversion
}

/// <summary>Cross-checks the desk runs every morning across the catalogue.</summary>
public static class PowerCrossChecks
{
    public static IReadOnlyList<(string Check, bool Result)> Run()
    {
        var checks = new List<(string Check, bool Result)>();
        checks.Add(("guizhou-vs-abilene", PowerCatalogue.GuizhouPool > PowerCatalogue.AbileneContract)); // expect: AIR0001
        checks.Add(("guizhou-vs-ningxia", PowerCatalogue.GuizhouPool > PowerCatalogue.NingxiaPool)); // clean: yuan against yuan
        checks.Add(("abilene-vs-milam", PowerCatalogue.AbileneContract >= PowerCatalogue.MilamContract)); // clean: dollars against dollars
        checks.Add(("ningxia-ceiling-vs-milam", PowerCatalogue.NingxiaCeiling() > PowerCatalogue.MilamContract)); // expect: AIR0001
        checks.Add(("ningxia-ceiling-vs-pool", PowerCatalogue.NingxiaCeiling() > PowerCatalogue.NingxiaPool)); // clean
        checks.Add(("hokkaido-vs-eu", PowerCatalogue.TomakomaiReserve.Value > PowerCatalogue.EuPowerAid)); // expect: AIR0001
        checks.Add(("hokkaido-vs-chiba", PowerCatalogue.TomakomaiReserve.Value < PowerCatalogue.ChibaGridAid)); // clean: yen against yen
        checks.Add(("euro-ceiling-vs-hokkaido", PowerCatalogue.EuroCeiling(true) > PowerCatalogue.HokkaidoGridAid)); // expect: AIR0001
        checks.Add(("euro-ceiling-vs-aid", PowerCatalogue.EuroCeiling(false) >= PowerCatalogue.EuPowerAid)); // clean: euros on both arms
        checks.Add(("korea-vs-hokkaido", PowerCatalogue.KoreaCeiling(PowerSite.Haenam) > PowerCatalogue.HokkaidoGridAid)); // expect: AIR0001
        checks.Add(("korea-vs-aid", PowerCatalogue.KoreaCeiling(PowerSite.Haenam) > PowerCatalogue.KoreaGridAid)); // clean: won against won
        checks.Add(("parsed-vs-abilene", PowerCatalogue.ParsedNingxiaTopUp > PowerCatalogue.AbileneContract)); // expect: AIR0001
        checks.Add(("parsed-vs-ningxia", PowerCatalogue.ParsedNingxiaTopUp < PowerCatalogue.NingxiaPool)); // clean
        checks.Add(("home-vs-partner", PowerCatalogue.HomeCap == PowerCatalogue.PartnerCap)); // expect: AIR0001
        checks.Add(("home-vs-guizhou", PowerCatalogue.HomeCap < PowerCatalogue.GuizhouPool)); // clean: both from constant yuan codes
        checks.Add(("guizhou-equals-abilene", PowerCatalogue.GuizhouPool.Equals(PowerCatalogue.AbileneContract))); // expect: AIR0001
        checks.Add(("korea-compare", Comparer<Money>.Default.Compare(PowerCatalogue.KoreaGridAid, PowerCatalogue.HokkaidoGridAid) > 0)); // expect: AIR0001
        checks.Add(("halved-guizhou-vs-milam", PowerCatalogue.GuizhouPool.Halved() > PowerCatalogue.MilamContract)); // expect: AIR0001
        checks.Add(("halved-guizhou-vs-ningxia", PowerCatalogue.GuizhouPool.Halved() > PowerCatalogue.NingxiaPool)); // clean
        checks.Add(("reserve-vs-abilene", PowerChecks.WithReserve(PowerCatalogue.NingxiaPool) > PowerCatalogue.AbileneContract)); // expect: AIR0001
        checks.Add(("reserve-vs-guizhou", PowerChecks.WithReserve(PowerCatalogue.NingxiaPool) > PowerCatalogue.GuizhouPool)); // clean
        checks.Add(("exceeds", PowerChecks.Exceeds(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract))); // expect: AIR0001
        checks.Add(("exceeds-same", PowerChecks.Exceeds(PowerCatalogue.GuizhouPool, PowerCatalogue.InnerMongoliaPool))); // clean
        checks.Add(("larger", PowerChecks.Larger(PowerCatalogue.HokkaidoGridAid, PowerCatalogue.EuPowerAid) > Money.Zero(Currency.JPY))); // expect: AIR0001
        checks.Add(("above-cap", PowerChecks.AboveCap(PowerCatalogue.HokkaidoGridAid, PowerCatalogue.EuPowerAid))); // expect: AIR0001
        checks.Add(("above-cap-same", PowerChecks.AboveCap(PowerCatalogue.HokkaidoGridAid, PowerCatalogue.ChibaGridAid))); // clean
        checks.Add(("outbids", PowerCatalogue.GuizhouPool.Outbids(PowerCatalogue.MilamContract))); // expect: AIR0001
        checks.Add(("outbids-same", PowerCatalogue.AbileneContract.Outbids(PowerCatalogue.MilamContract))); // clean
        checks.Add(("safely-above", PowerCatalogue.GuizhouPool.SafelyAbove(PowerCatalogue.MilamContract))); // clean: the helper checks the currencies
        checks.Add(("gap", PowerChecks.Gap(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract) is null)); // clean: the helper handles a mismatch
        checks.Add(("same-currency", PowerChecks.SameCurrency(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract) && PowerCatalogue.GuizhouPool > PowerCatalogue.AbileneContract)); // clean: a yes-or-no helper that reads both currencies
        checks.Add(("min", Money.Min(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract).IsZero)); // expect: AIR0001
        checks.Add(("max-converted", Money.Max(PowerRates.ToUsd(PowerCatalogue.GuizhouPool), PowerCatalogue.AbileneContract).IsZero)); // clean: converted first
        checks.Add(("us-ceiling", PowerCatalogue.TryUsCeiling(2025, out var usCap) && usCap < PowerCatalogue.NingxiaPool)); // expect: AIR0001
        checks.Add(("us-ceiling-same", PowerCatalogue.TryUsCeiling(2026, out var usCap2) && usCap2 > PowerCatalogue.MilamContract)); // clean
        return checks;
    }

    public static Money SumAllChecks()
    {
        var euros = PowerChecks.SumAll(Money.Zero(Currency.EUR), [PowerCatalogue.EuPowerAid, PowerCatalogue.DublinAid]); // clean: euros only
        var mixed = PowerChecks.SumAll(Money.Zero(Currency.EUR), [PowerCatalogue.EuPowerAid, PowerCatalogue.HokkaidoGridAid]); // expect: AIR0001
        var yuan = PowerChecks.Total(Money.Zero(Currency.CNY), PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool); // clean
        var wrong = PowerChecks.Total(Money.Zero(Currency.CNY), PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract); // expect: AIR0001
        return euros + mixed; // clean: euros plus euros
    }

    public static IReadOnlyList<string> CapturedFlags()
    {
        var flags = new List<string>();
        var national = PowerCatalogue.EastDataWestComputeFund; // clean
        bool Outsizes(Money other) => national > other; // clean: the parameter is unknown inside
        if (Outsizes(PowerCatalogue.NingxiaPool)) flags.Add("national fund above Ningxia"); // clean: yuan against yuan
        if (Outsizes(PowerCatalogue.AbileneContract)) flags.Add("national fund above Abilene"); // expect: AIR0001
        Func<Money, Money> withNational = m => m + national; // clean
        var combined = withNational(PowerCatalogue.GuizhouPool); // clean
        var wrong = withNational(PowerCatalogue.EuPowerAid); // expect: AIR0001
        flags.Add(combined.ToString());
        return flags;
    }

    public static bool ProgrammesAndPots()
    {
        var guizhou = new PowerGuizhouProgramme();
        var stargate = new PowerStargateProgramme();
        var wrong = guizhou.Envelope > stargate.Envelope; // expect: AIR0001
        var right = PowerRates.ToUsd(guizhou.Envelope) > stargate.Envelope; // clean: converted first
        PowerProgramme any = guizhou;
        var unknown = any.Envelope > stargate.Envelope; // clean: read through the base type, unknown
        var gzPot = new PowerPot("Guizhou", PowerCatalogue.GuizhouPool); // clean
        var abPot = new PowerPot("Abilene", PowerCatalogue.AbileneContract); // clean
        var potWrong = gzPot.Held > abPot.Held; // expect: AIR0001
        var potRight = gzPot.Held > PowerCatalogue.NingxiaPool; // clean: yuan against yuan
        var envelope = new PowerEuEnvelope();
        envelope.TopUp(50m);
        var envelopeWrong = envelope.Reserve > PowerCatalogue.HokkaidoGridAid; // expect: AIR0001
        var envelopeRight = envelope.Reserve < PowerCatalogue.EuPowerAid; // clean
        return wrong || right || unknown || potWrong || potRight || envelopeWrong || envelopeRight;
    }

    public static Money CoFunded()
    {
        var (provincial, stargate) = PowerCatalogue.CoFunding(300m, 100m); // clean
        var wrong = provincial + stargate; // expect: AIR0001
        var right = PowerRates.ToUsd(provincial) + stargate; // clean: converted first
        var split = PowerCatalogue.CoFunding(10m, 2m);
        var alsoWrong = split.Provincial - split.Stargate; // expect: AIR0001
        var provincialTwice = split.Provincial + provincial; // clean: yuan plus yuan
        Console.WriteLine($"{wrong} {alsoWrong} {provincialTwice}");
        return right;
    }

    public static void Ledger(PowerLedgerRow row, string text)
    {
        row.Paid = Money.Usd(5m); // expect: AIR0001
        row.Paid = Money.Millions(5m, Currency.CNY); // clean: yuan into a yuan column
        row.Paid = Money.Parse(text); // clean: unknown currency, accepted
        var over = row.Paid > Money.Usd(1_000m); // expect: AIR0001
        var under = row.Paid < PowerCatalogue.GuizhouPool; // clean: yuan (trusted) against yuan
        row.Hedge = PowerRates.ToUsd(row.Paid); // clean: converted to dollars
        row.Hedge = row.Paid; // expect: AIR0001
        Console.WriteLine($"{over} {under}");
    }
}

/// <summary>Plans the largest draw per bloc; each path fills its own list.</summary>
public static class PowerDrawPlanner
{
    public static Money LargestCap(bool domestic)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(PowerCatalogue.GuizhouPool); // clean
            caps.Add(PowerCatalogue.NingxiaPool); // clean
        }
        else
        {
            caps.Add(PowerCatalogue.AbileneContract); // clean
            caps.Add(PowerCatalogue.MilamContract); // clean
        }

        return caps.Max(); // clean: one currency or the other on each path
    }

    public static Money LargestCapGuarded(bool domestic)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(PowerCatalogue.InnerMongoliaPool); // clean
            return caps.Max(); // clean
        }

        caps.Add(PowerCatalogue.MilamContract); // clean
        caps.Add(PowerRates.ToUsd(PowerCatalogue.GuizhouPool)); // clean: converted to dollars first
        return caps.Max(); // clean: dollars only on this path
    }

    public static Money LargestByBloc(PowerBloc bloc, string configured)
    {
        var caps = new List<Money>();
        switch (bloc)
        {
            case PowerBloc.China:
                caps.Add(PowerCatalogue.GuizhouPool); // clean
                caps.Add(PowerCatalogue.NingxiaCeiling()); // clean
                break;
            case PowerBloc.Japan:
                caps.Add(PowerCatalogue.HokkaidoGridAid); // clean
                caps.Add(PowerCatalogue.ChibaGridAid); // clean
                break;
            default:
                caps.Add(Money.Parse(configured)); // clean: read at run time
                break;
        }

        caps.Sort(); // clean: each section fills its own currency
        return caps[^1];
    }

    public static Money LargestOfBoth()
    {
        var caps = new List<Money> { PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract };
        return caps.Max(); // expect: AIR0001
    }

    public static Money LargestFirstCaps(bool domestic) => PowerCatalogue.FirstCaps(domestic).Max(); // clean: an iterator that never yields both

    public static Money LargestOfEither(bool domestic) => (domestic ? new[] { PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool } : new[] { PowerCatalogue.AbileneContract, PowerCatalogue.MilamContract }).Max(); // clean: one array or the other

    public static Money DollarsOnly()
    {
        var mixed = new List<Money> { PowerCatalogue.AbileneContract, PowerCatalogue.GuizhouPool, PowerCatalogue.MilamContract };
        mixed.RemoveAll(m => m.Currency != Currency.USD); // clean
        var largestAboveMilam = mixed.Max() > PowerCatalogue.MilamContract; // clean: only dollars are left
        return largestAboveMilam ? mixed.Sum(Currency.USD) : Money.Zero(Currency.USD); // clean: only dollars are left
    }

    public static Money WithoutYuanInEuros()
    {
        var west = new List<Money> { PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract };
        west.RemoveAll(m => m.Currency == Currency.CNY); // clean
        return west.Sum(Currency.EUR); // expect: AIR0001
    }

    public static Money? Combined(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            return null;
        }

        return a + b; // clean: parameters, and guarded
    }

    public static Money CombinedKnown()
    {
        var guizhou = PowerCatalogue.GuizhouPool;
        var abilene = PowerCatalogue.AbileneContract;
        if (guizhou.Currency != abilene.Currency)
        {
            return PowerRates.ToUsd(guizhou) + abilene; // clean: converted first
        }

        return guizhou + abilene; // clean: only after the test showed one currency
    }

    public static bool AboveAbilene(Money m) => m.Currency == Currency.USD && m > PowerCatalogue.AbileneContract; // clean
    public static bool AboveAbileneByHelper(Money m) => PowerChecks.IsDollar(m) && m > PowerCatalogue.AbileneContract; // clean

    public static bool HomeAbovePartner()
    {
        var home = PowerCatalogue.HomeCap;
        var guarded = home.Currency == Currency.USD && home > PowerCatalogue.PartnerCap; // clean: the test shows the currency first
        var patterned = home is { Currency.Code: "USD" } && home > PowerCatalogue.PartnerCap; // clean: a property pattern on the code
        switch (home.Currency.Code)
        {
            case "USD":
                return home > PowerCatalogue.AbileneContract; // clean: a case on the code
            case "CNY":
                return home > PowerCatalogue.GuizhouPool || guarded || patterned; // clean: yuan against yuan
            default:
                return false;
        }
    }

    public static Money WesternChinaCaps() => PowerCatalogue.SiteCaps[PowerSite.Guian] + PowerCatalogue.SiteCaps[PowerSite.Ulanqab]; // clean: both keys hold yuan
    public static Money DublinOrFrankfurt() => PowerCatalogue.SiteCaps.GetValueOrDefault(PowerSite.Dublin, Money.Zero(Currency.EUR)) + PowerCatalogue.SiteCaps[PowerSite.Frankfurt]; // clean: the fallback is euros
    public static bool GuianAboveAbilene() => PowerCatalogue.SiteCaps[PowerSite.Guian] > PowerCatalogue.SiteCaps[PowerSite.Abilene]; // expect: AIR0001
    public static bool AbileneAboveMilam() => PowerCatalogue.SiteCaps[PowerSite.Abilene] > PowerCatalogue.MilamContract; // clean: dollars against dollars
    public static Money LargestSiteCap() => PowerCatalogue.SiteCaps.Values.Max(); // expect: AIR0001

    public static bool TomakomaiAboveFrankfurt()
    {
        if (PowerCatalogue.SiteCaps.TryGetValue(PowerSite.Tomakomai, out var yen))
        {
            return yen > PowerCatalogue.SiteCaps[PowerSite.Frankfurt]; // expect: AIR0001
        }

        return false;
    }

    public static bool TomakomaiAboveChiba() => PowerCatalogue.SiteCaps.TryGetValue(PowerSite.Tomakomai, out var yen) && yen > PowerCatalogue.ChibaGridAid; // clean: yen against yen

    public static bool TariffsCompared()
    {
        var from = new DateOnly(2025, 1, 1);
        var tomakomai = new PowerTariff(PowerSite.Tomakomai, Money.Jpy(21_000m), from);
        var abilene = new PowerTariff(PowerSite.Abilene, Money.Usd(62m), from);
        var raised = abilene with { PerMegawattHour = Money.Usd(65m) };
        var rise = raised.PerMegawattHour - abilene.PerMegawattHour; // clean: dollars minus dollars
        var wrong = tomakomai.PerMegawattHour > abilene.PerMegawattHour; // expect: AIR0001
        return wrong && !rise.IsNegative;
    }

    public static List<(PowerSite Site, Money Cap)> StargateCaps()
    {
        var rows = new List<(PowerSite Site, Money Cap)>();
        foreach (var ppa in PowerCatalogue.Ppas)
        {
            rows.Add((ppa.Site, ppa.Contract)); // clean
        }

        return rows;
    }
}

/// <summary>The treasury's working lists: refilled per request, cached, and checked before use.</summary>
public sealed class PowerTreasury
{
    private static readonly Money[] Legs = [Money.Millions(10m, Currency.EUR), Money.Millions(12m, Currency.EUR), Money.Millions(14m, Currency.EUR)];
    private static readonly List<Money> YuanCaps = [PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool];
    private static readonly List<Money> DollarCaps = [PowerCatalogue.AbileneContract, PowerCatalogue.MilamContract];
    private static readonly Dictionary<string, Money> ProvinceBudgets = new()
    {
        ["Guizhou"] = Money.Millions(800m, Currency.CNY),
        ["Ningxia"] = Money.Millions(450m, Currency.CNY),
    };

    private static readonly FrozenDictionary<PowerSite, Money> FrozenYen = new Dictionary<PowerSite, Money>
    {
        [PowerSite.Inzai] = Money.Millions(9_000m, Currency.JPY),
        [PowerSite.Tomakomai] = Money.Millions(12_000m, Currency.JPY),
    }.ToFrozenDictionary();

    private static readonly Money[][] QuarterlyByProvince =
    [
        [Money.Millions(100m, Currency.CNY), Money.Millions(110m, Currency.CNY)],
        [Money.Millions(60m, Currency.CNY)],
    ];

    private static readonly Lazy<Money> ChibaLazy = new(LoadChiba);

    private readonly List<Money> _scratch = [];
    private readonly ConcurrentDictionary<PowerSite, Money> _cache = new();

    private static Money LoadChiba() => Money.Millions(3_000m, Currency.JPY); // clean

    public static Money RebookMiddleLeg(decimal figure)
    {
        Legs[1] = Money.Jpy(figure); // clean
        return Legs.Min(); // expect: AIR0001
    }

    public static Money OuterLegs() => Legs[0] + Legs[2]; // clean: no write replaces these indexes

    public static Money RebookAndRead(decimal figure)
    {
        Legs[1] = Money.Jpy(figure); // clean
        var yen = Legs[1] + Money.Jpy(1_000m); // clean: the index just written holds yen
        var euros = Legs[0] + Legs[2]; // clean: indexes no write replaces
        var wrong = Legs[1] + Legs[0]; // expect: AIR0001
        Console.WriteLine($"{yen} {wrong}");
        return euros;
    }
    public static bool FirstLegAboveAbilene() => Legs[0] > PowerCatalogue.AbileneContract; // expect: AIR0001

    public Money RebuildYenInEuros()
    {
        _scratch.Clear();
        _scratch.Add(PowerCatalogue.HokkaidoGridAid); // clean
        _scratch.Add(PowerCatalogue.ChibaGridAid); // clean
        return _scratch.Sum(Currency.EUR); // expect: AIR0001
    }

    public Money RebuildEuros()
    {
        _scratch.Clear();
        _scratch.Add(PowerCatalogue.EuPowerAid); // clean
        _scratch.Add(PowerCatalogue.DublinAid); // clean
        return _scratch.Sum(Currency.EUR); // clean: just refilled with euros
    }

    private static void Refill(List<Money> into, Money first, Money second)
    {
        into.Clear();
        into.Add(first);
        into.Add(second);
    }

    public static Money QuotesInYen()
    {
        var quotes = new List<Money> { PowerCatalogue.HokkaidoGridAid };
        Refill(quotes, PowerCatalogue.EuPowerAid, PowerCatalogue.DublinAid);
        return quotes.Sum(Currency.JPY); // expect: AIR0001
    }

    public static Money QuotesInEuros()
    {
        var quotes = new List<Money> { PowerCatalogue.HokkaidoGridAid };
        Refill(quotes, PowerCatalogue.EuPowerAid, PowerCatalogue.DublinAid);
        return quotes.Sum(Currency.EUR); // clean: the yen were cleared first
    }

    public static Money LargestByLocalFunctions(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        void AddHome(decimal f) => caps.Add(Money.Cny(f));
        void AddPartner(decimal f) => caps.Add(Money.Usd(f));
        if (domestic) AddHome(figure); else AddPartner(figure);
        return caps.Max(); // clean: one currency or the other
    }

    public static Money LargestByDelegates(bool domestic, decimal figure)
    {
        var caps = new List<Money>();
        Action<decimal> addHome = f => caps.Add(Money.Cny(f));
        Action<decimal> addPartner = f => caps.Add(Money.Usd(f));
        if (domestic) addHome(figure); else addPartner(figure);
        return caps.Max(); // clean: one currency or the other
    }

    public static Money ParsedOrAbilene(string text)
    {
        var caps = new List<Money>();
        try
        {
            var parsed = decimal.Parse(text, CultureInfo.InvariantCulture);
            caps.Add(Money.Cny(parsed)); // clean
        }
        catch (FormatException)
        {
            caps.Add(PowerCatalogue.AbileneContract); // clean
        }

        return caps.Max(); // clean: the catch runs only before the yuan were added
    }

    private static List<Money> CapsFor(bool domestic) => domestic ? YuanCaps : DollarCaps;

    public static Money LargestFor(bool domestic) => CapsFor(domestic).Max(); // clean: one list or the other

    public static Money BudgetsInDollars() => ProvinceBudgets.Sum(kv => kv.Value, Currency.USD); // expect: AIR0001
    public static Money BudgetsInYuan() => ProvinceBudgets.Values.Sum(Currency.CNY); // clean

    public static bool TryProvinceBudget(string province, out Money budget) => ProvinceBudgets.TryGetValue(province, out budget);

    public static bool GuizhouBudgetAboveAbilene() => TryProvinceBudget("Guizhou", out var budget) && budget > PowerCatalogue.AbileneContract; // expect: AIR0001
    public static bool GuizhouBudgetAboveNingxia() => TryProvinceBudget("Guizhou", out var budget) && budget > PowerCatalogue.NingxiaPool; // clean
    public static bool InzaiAboveEu() => FrozenYen[PowerSite.Inzai] > PowerCatalogue.EuPowerAid; // expect: AIR0001
    public static bool InzaiAboveChiba() => FrozenYen[PowerSite.Inzai] > PowerCatalogue.ChibaGridAid; // clean
    public static Money FirstProvinceInDollars() => QuarterlyByProvince[0].Sum(Currency.USD); // expect: AIR0001
    public static Money AllProvincesInYuan() => QuarterlyByProvince.SelectMany(row => row).Sum(Currency.CNY); // clean
    public static bool ChibaAboveEu() => ChibaLazy.Value > PowerCatalogue.EuPowerAid; // expect: AIR0001
    public static bool ChibaAboveHokkaido() => ChibaLazy.Value < PowerCatalogue.HokkaidoGridAid; // clean

    public bool CachedAboveAbilene() => _cache.GetOrAdd(PowerSite.Guian, Money.Millions(30m, Currency.CNY)) > PowerCatalogue.AbileneContract; // expect: AIR0001
    public bool CachedAboveNingxia() => _cache.GetOrAdd(PowerSite.Zhongwei, Money.Millions(20m, Currency.CNY)) < PowerCatalogue.NingxiaPool; // clean

    public static Money QueuedYenInEuros()
    {
        var queue = new Queue<Money>();
        queue.Enqueue(PowerCatalogue.HokkaidoGridAid);
        queue.Enqueue(PowerCatalogue.ChibaGridAid);
        var first = queue.Dequeue();
        return queue.Sum(Currency.EUR) + PowerRates.ToEur(first); // expect: AIR0001
    }

    public static Money LegsFolded() => new[] { PowerCatalogue.EuPowerAid, PowerCatalogue.HokkaidoGridAid }.Folded(Money.Zero(Currency.EUR)); // expect: AIR0001
    public static Money EurosFolded() => new[] { PowerCatalogue.EuPowerAid, PowerCatalogue.DublinAid }.Folded(Money.Zero(Currency.EUR)); // clean

    public static Money LegsTotal()
    {
        Money[] legs = [PowerCatalogue.EuPowerAid, PowerCatalogue.HokkaidoGridAid];
        return PowerChecks.Total(Money.Zero(Currency.EUR), legs); // expect: AIR0001
    }

    public static bool SpanOfYuan()
    {
        ReadOnlySpan<Money> caps = [PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool];
        var same = caps[0] + caps[1]; // clean: yuan plus yuan
        return caps[0] > PowerCatalogue.AbileneContract && !same.IsZero; // expect: AIR0001
    }

    public static void Ledger(PowerProvinceLedger ledger)
    {
        var wrong = ledger[PowerSite.Guian] > PowerCatalogue.AbileneContract; // expect: AIR0001
        var right = ledger[PowerSite.Zhongwei] < PowerCatalogue.NingxiaPool; // clean
        ledger.Lines.Add(Money.Usd(1m)); // expect: AIR0001
        ledger.Lines.Add(PowerCatalogue.ParsedNingxiaTopUp); // clean: yuan into a yuan list
        ledger.Pay(PowerCatalogue.GuizhouPool); // expect: AIR0001
        ledger.Pay(PowerRates.ToUsd(PowerCatalogue.GuizhouPool)); // clean: converted to dollars
        var mirrored = ledger.EuroMirrorConverted() + PowerCatalogue.EuPowerAid; // clean: euros, as annotated
        Console.WriteLine($"{wrong} {right} {mirrored}");
    }

    public static bool Guards()
    {
        var home = PowerCatalogue.HomeCap;
        var either = home.Currency != Currency.USD || home > PowerCatalogue.PartnerCap; // clean: the right runs only when the test fails
        var summed = home.Currency == Currency.USD ? home + PowerCatalogue.PartnerCap : home; // clean: the branch the test leads to
        var switched = home.Currency.Code switch { "USD" => home > PowerCatalogue.PartnerCap, _ => false }; // clean: an arm on the code
        var helped = PowerSequenceExtensions.AboveInDollars(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract); // clean: the helper converts before comparing
        var converted = PowerSequenceExtensions.ConvertedAbove(PowerCatalogue.GuizhouPool, PowerCatalogue.EuPowerAid); // clean
        var dollarsOnly = new List<Money> { PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract }.Where(m => PowerChecks.IsDollar(m)).Max() > PowerCatalogue.MilamContract; // clean: a filter by a helper that tests the currency
        if (home.Currency != Currency.USD)
        {
            return either && summed.IsZero && switched && helped && converted && dollarsOnly;
        }

        return home > PowerCatalogue.PartnerCap; // clean: after the guard clause
    }

    public static Money Reassigned()
    {
        var (provincial, stargate) = PowerCatalogue.CoFunding(300m, 100m);
        provincial = PowerRates.ToUsd(provincial);
        return provincial + stargate; // clean: the yuan were converted first
    }

    public static bool Bids()
    {
        var bid = new PowerBid("Guian", Money.Millions(40m, Currency.CNY));
        var inDollars = bid with { Offer = PowerRates.ToUsd(bid.Offer) };
        var above = inDollars.Offer > PowerCatalogue.AbileneContract; // clean: the copy holds dollars
        var wrong = bid.Offer > PowerCatalogue.AbileneContract; // expect: AIR0001
        return above || wrong;
    }

    public static bool SortedByProvince()
    {
        var sorted = new SortedDictionary<string, Money> { ["guizhou"] = PowerCatalogue.GuizhouPool, ["abilene"] = PowerCatalogue.AbileneContract };
        var same = sorted["guizhou"] + PowerCatalogue.NingxiaPool; // clean: yuan plus yuan
        var wrong = sorted["guizhou"] > sorted["abilene"]; // expect: AIR0001
        var largest = sorted.Values.Max(); // expect: AIR0001
        return wrong && !same.IsZero && !largest.IsZero;
    }

    public static NormalisationBasis TodaysBasis() => NormalisationBasis.AtDate(DateOnly.FromDateTime(DateTime.Now), RateLookup.ExactDate); // expect: AIR0008
    public static NormalisationBasis YearEndBasis() => NormalisationBasis.AtDate(PowerRates.YearEnd, RateLookup.ExactDate); // clean
    public static ExchangeRate Yesterday(IExchangeRateProvider provider) => provider.GetRate(Currency.USD, Currency.CNY, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), RateLookup.MostRecentWithin(3)); // expect: AIR0008
    public static ExchangeRate Planned() => new PowerFixedRates(7.1m).GetRate(Currency.USD, Currency.CNY, DateOnly.FromDateTime(DateTime.Today), RateLookup.ExactDate); // expect: AIR0008
    public static ExchangeRate PlannedYearEnd() => new PowerFixedRates(7.1m).GetRate(Currency.USD, Currency.CNY, PowerRates.YearEnd, RateLookup.ExactDate); // clean
}

/// <summary>Sorting and ordering of caps for the board pack.</summary>
public sealed class PowerSorting
{
    private readonly List<Money> _working = [];

    public Money RebuildFor(bool domestic)
    {
        _working.Clear();
        if (domestic)
        {
            _working.Add(Money.Millions(800m, Currency.CNY)); // clean
            _working.Add(Money.Millions(450m, Currency.CNY)); // clean
        }
        else
        {
            _working.Add(Money.Billions(1.1m, Currency.USD)); // clean
        }

        return _working.Max(); // clean: one currency per path
    }

    public static Money ChosenByLocalFunction(bool domestic)
    {
        var caps = new List<Money>();
        void AddFor(bool home)
        {
            if (home)
            {
                caps.Add(PowerCatalogue.GuizhouPool); // clean
            }
            else
            {
                caps.Add(PowerCatalogue.AbileneContract); // clean
            }
        }

        AddFor(domestic);
        return caps.Max(); // clean: one call of a local function that chooses in its own branches
    }

    public static void SortMixed()
    {
        var caps = new List<Money> { PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract };
        caps.Sort(); // expect: AIR0001
        caps.Sort((a, b) => a.CompareTo(b)); // expect: AIR0001
        caps.Sort(Comparer<Money>.Create((a, b) => a.CompareTo(b))); // expect: AIR0001
        caps.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: orders by currency first
        caps.Sort(new PowerByCurrencyComparer()); // clean: a comparer of the code may order by currency first
        var ordered = caps.Order().ToList(); // expect: AIR0001
        Console.WriteLine(ordered.Count);
    }

    public static void SortArrays()
    {
        Money[] caps = [PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool, PowerCatalogue.AbileneContract];
        string[] names = ["Guizhou", "Ningxia", "Abilene"];
        int[] order = [2, 0, 1];
        Array.Sort(caps, 0, 2); // clean: a range of the two yuan figures
        caps.AsSpan(2).Sort(); // clean: a slice of one dollar figure
        Array.Sort(order, caps); // clean: the money is only moved along with the keys
        Array.Sort(caps, names); // expect: AIR0001
    }

    public static IEnumerable<PowerLine> ByYearThenAmount() => PowerCatalogue.Register.OrderBy(l => l.Year).ThenByDescending(l => l.Amount); // expect: AIR0001
    public static IEnumerable<PowerLine> ByCodeThenAmount() => PowerCatalogue.Register.OrderBy(CodeOf).ThenBy(l => l.Amount); // clean: the first key is a method that may read the currency
    private static string CodeOf(PowerLine line) => line.Amount.Currency.Code;

    public static bool MoreChecks()
    {
        var yuanAndDollars = PowerCatalogue.GuizhouPool / PowerCatalogue.AbileneContract > 1m; // expect: AIR0001
        var notEqual = PowerCatalogue.NingxiaPool != PowerCatalogue.MilamContract; // expect: AIR0001
        var compared = PowerCatalogue.KoreaGridAid.CompareTo(PowerCatalogue.EuPowerAid) > 0; // expect: AIR0001
        var equal = EqualityComparer<Money>.Default.Equals(PowerCatalogue.HokkaidoGridAid, PowerCatalogue.DublinAid); // expect: AIR0001
        var larger = Money.Max(PowerCatalogue.InnerMongoliaPool, PowerCatalogue.LordstownStudy).IsZero; // expect: AIR0001
        var byRef = PowerRefChecks.Above(PowerCatalogue.GuizhouPool, PowerCatalogue.AbileneContract); // expect: AIR0001
        var byRefSame = PowerRefChecks.Above(PowerCatalogue.GuizhouPool, PowerCatalogue.NingxiaPool); // clean
        var ratio = PowerCatalogue.GuizhouPool / PowerCatalogue.NingxiaPool; // clean: a ratio of two yuan figures
        var card = PowerSiteCard.Guian();
        var cardWrong = card.Cap > PowerCatalogue.AbileneContract; // expect: AIR0001
        var cardRight = PowerSiteCard.Zhongwei().Cap < card.Cap; // clean: yuan against yuan
        return yuanAndDollars || notEqual || compared || equal || larger || byRef || byRefSame || ratio > 1m || cardWrong || cardRight;
    }

    public static Money DatesFromJobs(Money m)
    {
        var job = PowerJob.Create(DateTime.UtcNow, new DateOnly(2025, 6, 30));
        var first = PowerRates.ConvertAt(m, Currency.USD, job.ValueDate, RateLookup.ExactDate); // clean: the clock only stamped the job
        var second = PowerRates.ConvertAt(m, Currency.USD, job.ValueDateOrDefault(), RateLookup.ExactDate); // clean: an extension on the job, not on a date
        var third = PowerRates.ConvertAt(m, Currency.USD, DateTime.UtcNow.ToValueDate(), RateLookup.ExactDate); // expect: AIR0008
        var notFound = new ExchangeRateNotFoundException(Currency.USD, Currency.CNY, DateOnly.FromDateTime(DateTime.Today), RateLookup.ExactDate, "no rate"); // clean: records a failed look-up
        Console.WriteLine(notFound.Message);
        return first + second + third; // clean: all three in whatever ConvertAt returns for dollars
    }
}

/// <summary>Checks on working dictionaries, captured locals and lazily set floors.</summary>
public sealed class PowerWorkingChecks
{
    private Money? _floor;

    public static IEnumerable<Money> NingxiaTranches
    {
        get
        {
            yield return Money.Millions(50m, Currency.CNY); // clean
            yield return Money.Millions(70m, Currency.CNY); // clean
        }
    }

    public static Money NingxiaTranchesInDollars() => NingxiaTranches.Sum(Currency.USD); // expect: AIR0001
    public static Money NingxiaTranchesInYuan() => NingxiaTranches.Sum(Currency.CNY); // clean

    public bool FloorAboveAbilene() => (_floor ??= Money.Millions(60m, Currency.CNY)) > PowerCatalogue.AbileneContract; // expect: AIR0001
    public bool FloorAboveNingxia() => (_floor ??= Money.Millions(60m, Currency.CNY)) < PowerCatalogue.NingxiaPool; // clean

    public static bool LocalDictionary()
    {
        var caps = new Dictionary<string, Money>();
        caps["gz"] = PowerCatalogue.GuizhouPool;
        caps["ab"] = PowerCatalogue.AbileneContract;
        var same = caps["gz"] + PowerCatalogue.NingxiaPool; // clean: the yuan key
        var wrong = caps["gz"] > caps["ab"]; // expect: AIR0001
        var largest = caps.Values.Max(); // expect: AIR0001
        return wrong && !same.IsZero && !largest.IsZero;
    }

    public static bool IgnoreCaseDictionary()
    {
        var caps = new Dictionary<string, Money>(StringComparer.OrdinalIgnoreCase) { ["GZ"] = PowerCatalogue.GuizhouPool, ["AB"] = PowerCatalogue.AbileneContract };
        var same = caps["gz"] + PowerCatalogue.NingxiaPool; // clean: "gz" is "GZ" under the comparer
        var wrong = caps["gz"] > PowerCatalogue.MilamContract; // expect: AIR0001
        return wrong && !same.IsZero;
    }

    public static bool SortedNonAscii()
    {
        var sorted = new SortedDictionary<string, Money> { ["贵州"] = PowerCatalogue.GuizhouPool, ["abilene"] = PowerCatalogue.AbileneContract };
        var same = sorted["贵州"] + PowerCatalogue.NingxiaPool; // clean: a key that is not ASCII has the currency of all the values
        var other = sorted["abilene"] > PowerCatalogue.MilamContract; // clean: a write with a key that is not ASCII counts for every key
        return other && !same.IsZero;
    }

    public static bool CapturedThenConverted()
    {
        var national = PowerCatalogue.EastDataWestComputeFund;
        bool Outsizes(Money other) => national > other; // clean: the parameter is unknown inside
        national = PowerRates.ToUsd(national);
        return Outsizes(PowerCatalogue.AbileneContract); // clean: the captured local holds dollars by the time of the call
    }
}
