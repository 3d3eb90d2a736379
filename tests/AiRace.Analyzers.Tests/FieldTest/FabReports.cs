using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;

namespace Fab;

/// <summary>A label on the site map (a text, not a currency code).</summary>
public sealed record FabSiteLabel(string Text);

/// <summary>A site's budget held by the planning sheet.</summary>
public sealed class SiteBudget(FabSite site, Money cap)
{
    public FabSite Site { get; } = site;

    public Money Cap { get; } = cap;
}

/// <summary>A line of the yearly report: bloc, year and the figure in the bloc's currency.</summary>
public sealed record FabReportLine(FabBloc Bloc, int Year, Money Figure);

/// <summary>The quarterly report: groups, converts and compares the desk's figures.</summary>
public sealed class FabReportService
{
    private readonly FabLedger _ledger;
    private readonly IExchangeRateProvider _rates;
    private readonly IFabFeed _feed;
    private readonly List<Money> _seen = [];
    private readonly List<FabReportLine> _lines = [];

    public FabReportService(FabLedger ledger, IExchangeRateProvider rates, IFabFeed feed)
    {
        _ledger = ledger;
        _rates = rates;
        _feed = feed;
        _ledger.TrancheBooked += m => _seen.Add(m); // clean: an event handler keeps what it is given
    }

    public Money SeenInYuan() => _seen.Where(m => m.Currency == Currency.CNY).Sum(Currency.CNY); // clean: filtered by the currency first

    // ----- Big Fund and provincial subsidies (yuan) -----

    public Money BigFundTotal() => FabCatalogue.BigFund.Sum(t => t.Amount, Currency.CNY); // clean: yuan in yuan

    public Money BigFundInDollars() => FabCatalogue.BigFund.Sum(t => t.Amount, Currency.USD); // expect: AIR0001

    public bool AnyPhaseAboveChips() => FabCatalogue.BigFund.Any(t => t.Amount > FabCatalogue.ChipsActGrants); // expect: AIR0001

    public bool AnyPhaseAboveHefei() => FabCatalogue.BigFund.Any(t => t.Amount > FabCatalogue.HefeiFund); // clean: yuan and yuan

    public int PhasesAboveOhio()
    {
        var count = 0;
        foreach (var tranche in FabCatalogue.BigFund)
        {
            if (tranche.Amount > FabCatalogue.IntelOhioGrant) // expect: AIR0001
            {
                count++;
            }
        }

        return count;
    }

    public Money PhasesPlusHefei()
    {
        var total = Money.Zero(Currency.CNY);
        foreach (var (phase, amount, year) in FabCatalogue.BigFund)
        {
            if (year < 2015)
            {
                continue;
            }

            total += amount; // clean: yuan into a yuan total
        }

        return total + FabCatalogue.HefeiFund; // clean: yuan
    }

    public Money PhasesPlusStargate()
    {
        var total = FabCatalogue.StargateCapex;
        foreach (var (_, amount, _) in FabCatalogue.BigFund)
        {
            total += amount; // expect: AIR0001
        }

        return total;
    }

    public Money LatestPhaseGrowth()
    {
        var steps = FabCatalogue.BigFund.Zip(FabCatalogue.BigFund.Skip(1), (earlier, later) => later.Amount - earlier.Amount); // clean: yuan minus yuan
        return steps.Sum(Currency.CNY); // clean: yuan steps
    }

    public IEnumerable<Money> ChipsAgainstBigFund() => FabCatalogue.Chips.Zip(FabCatalogue.BigFund, (c, b) => c.Grant - b.Amount); // expect: AIR0001

    public IReadOnlyList<ProvincialSubsidy> Provincial(int year) =>
    [
        new("Anhui", FabSite.Hefei, Money.Billions(20m, Currency.CNY), year), // clean: yuan
        new("Jiangsu", FabSite.Wuxi, Money.Billions(12m, Currency.CNY), year), // clean: yuan
    ];

    public IEnumerable<ProvincialSubsidy> RolledForward(int year) => Provincial(year).Select(p => p with { Year = year + 1 }); // clean: `with` changes the year only

    public Money ProvincialTotal(int year) => RolledForward(year).Sum(p => p.Subsidy, Currency.CNY); // clean: yuan in yuan

    public bool ProvincialAboveMagdeburg(int year) => Provincial(year)[0].Subsidy > FabCatalogue.MagdeburgAid; // expect: AIR0001

    public bool Outsizes()
    {
        var national = FabCatalogue.BigFundPhase3;
        bool Bigger(Money other) => national > other;
        return Bigger(FabCatalogue.HefeiFund) && Bigger(FabCatalogue.StargateCapex); // expect: AIR0001
    }

    // ----- Pipeline across blocs -----

    public IEnumerable<FabInvestment> ByCapex() => FabCatalogue.Pipeline.OrderBy(p => p.Capex); // expect: AIR0001

    public Money LargestCapex() => FabCatalogue.Pipeline.Max(p => p.Capex); // expect: AIR0001

    public FabInvestment? LargestJapanese() => FabCatalogue.Pipeline.Where(p => p.Bloc == FabBloc.Japan).MaxBy(p => p.Capex); // clean: after a filter the member is unknown

    public IEnumerable<FabInvestment> ByCurrencyThenCapex() => FabCatalogue.Pipeline.OrderBy(p => p.Capex.Currency).ThenBy(p => p.Capex); // clean: ordered by currency first

    public IReadOnlyDictionary<Currency, Money> CapexByCurrency() =>
        FabCatalogue.Pipeline.GroupBy(p => p.Capex.Currency).ToDictionary(g => g.Key, g => g.Sum(p => p.Capex, g.Key)); // clean: each group in its own currency

    public IEnumerable<FabInvestment> Later(int year) => FabCatalogue.Pipeline.Select(p => p with { Year = year }); // clean: no money written

    public Money PipelineInDollars(DateOnly on)
    {
        return FabCatalogue.Pipeline.Aggregate(Money.Zero(Currency.USD), (acc, p) => acc + p.Capex.ConvertTo(Currency.USD, on, _rates, RateLookup.MostRecentWithin(7)).Result); // clean: converted per line at the caller's date
    }

    public Money PipelineDollarsRaw() => FabCatalogue.StateAid.Aggregate(Money.Zero(Currency.USD), (acc, a) => acc + a.Aid); // expect: AIR0001

    public Money StateAidTotal() => FabCatalogue.StateAid.Sum(a => a.Aid, Currency.EUR); // clean: euros in euros

    public bool LargestAidAboveKumamoto() => FabCatalogue.StateAid.Select(a => a.Aid).Max() > FabCatalogue.KumamotoSubsidy; // expect: AIR0001

    public Money MetiTotal() => FabCatalogue.Meti.Sum(m => m.Subsidy, Currency.JPY); // clean: yen in yen

    public Money MetiAsPairs() => FabCatalogue.Meti.Select((m, i) => (m.Subsidy, i)).Where(p => p.i > 0).Sum(p => p.Subsidy, Currency.JPY); // clean: yen tuples

    // ----- Mixed collections -----

    public Money Mixed()
    {
        var all = new List<Money> { FabCatalogue.BigFundPhase3, FabCatalogue.ChipsActGrants, FabCatalogue.KumamotoSubsidy };
        var yuan = all.Where(m => m.Currency == Currency.CNY).Sum(Currency.CNY); // clean: Where by currency, then Sum in it
        var perCurrency = all.GroupBy(m => m.Currency).Select(g => g.Sum(g.Key)).ToList(); // clean: each group in its key
        var homeFirst = all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.CNY ? g.Sum(Currency.CNY) : g.Sum(g.Key)).ToList(); // clean: the key test
        var byCode = all.ToLookup(m => m.Currency.Code);
        var dollars = byCode["USD"].Sum(Currency.USD); // clean: the lookup's dollar group
        var ordered = all.OrderBy(m => m.Currency).ThenBy(m => m).ToList(); // clean: ordered by currency first
        all.Sort((a, b) => a.Currency != b.Currency ? a.Currency.CompareTo(b.Currency) : a.CompareTo(b)); // clean: a comparison that reads the currency
        _ = (perCurrency, homeFirst, ordered, dollars);
        return yuan + FabCatalogue.HefeiFund; // clean: yuan (the sum stated in yuan) plus yuan
    }

    public Money MixedMistakes()
    {
        var all = new List<Money> { FabCatalogue.BigFundPhase3, FabCatalogue.ChipsActGrants };
        var largest = all.Max(); // expect: AIR0001
        all.Sort(); // expect: AIR0001
        var asYuan = all.Sum(Currency.CNY); // expect: AIR0001
        var inGroups = all.GroupBy(m => m.Currency).Select(g => g.Sum(Currency.USD)).ToList(); // expect: AIR0001
        var swapped = all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.CNY) : g.Sum(Currency.USD)).ToList(); // expect: AIR0001
        _ = (inGroups, swapped, largest);
        return asYuan; // clean: no arithmetic
    }

    public Money LookupByCurrency()
    {
        var all = new List<Money> { FabCatalogue.BigFundPhase3, FabCatalogue.ChipsActGrants, FabCatalogue.HefeiFund };
        var byCurrency = all.ToLookup(m => m.Currency);
        return byCurrency[Currency.CNY].Sum(Currency.CNY); // clean: the lookup's yuan group holds yuan only
    }

    public Money? GuardedSum()
    {
        var home = FabCatalogue.BigFundPhase3;
        var partner = FabCatalogue.StargateCapex;
        if (home.Currency != partner.Currency)
        {
            return null;
        }

        return home + partner; // clean: after the guard clause on both currencies
    }

    public bool CaseOnCode()
    {
        var partner = FabCatalogue.StargateCapex;
        switch (partner.Currency.Code)
        {
            case "CNY":
                return partner > FabCatalogue.BigFundPhase3; // clean: the case shows yuan
            case "USD":
                return partner > FabCatalogue.IntelOhioGrant; // clean: dollars and dollars
            default:
                return false;
        }
    }

    public int PhasesAboveAwards() => FabCatalogue.BigFund.Zip(FabCatalogue.Chips).Count(p => p.First.Amount > p.Second.Grant); // expect: AIR0001

    public int PhasesGrowing() => FabCatalogue.BigFund.Zip(FabCatalogue.BigFund.Skip(1)).Count(p => p.Second.Amount > p.First.Amount); // clean: yuan and yuan

    public Money DollarsOrYuan()
    {
        var all = new List<Money> { FabCatalogue.BigFundPhase3, FabCatalogue.ChipsActGrants };
        var byCurrency = all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Sum(Currency.CNY)).ToList(); // clean: the key test tells dollars from yuan
        return byCurrency.Count > 0 ? byCurrency[0] : Money.Zero(Currency.CNY); // clean: a choice, no arithmetic
    }

    public Money HomeOrPartnerCap(bool domestic)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(FabCatalogue.BigFundPhase3); // clean: one path
        }
        else
        {
            caps.Add(FabCatalogue.ChipsActGrants); // clean: the other path
        }

        return caps.Max(); // clean: one currency or the other, never both
    }

    public IReadOnlyList<Money> LargestPerBloc(IEnumerable<FabBloc> blocs)
    {
        var result = new List<Money>();
        foreach (var bloc in blocs)
        {
            var lines = new List<Money>();
            switch (bloc)
            {
                case FabBloc.China:
                    lines.Add(FabCatalogue.BigFundPhase3); // clean: a list made anew each time round
                    lines.Add(FabCatalogue.HefeiFund); // clean
                    break;
                case FabBloc.Japan:
                    lines.Add(FabCatalogue.KumamotoSubsidy); // clean
                    lines.Add(FabCatalogue.RapidusSupport); // clean
                    break;
                default:
                    lines.Add(FabCatalogue.ChipsActGrants); // clean
                    break;
            }

            result.Add(lines.Max()); // clean: one bloc's currency per list
        }

        return result;
    }

    public static IEnumerable<Money> HomeOrPartner(bool home)
    {
        if (home)
        {
            yield return FabCatalogue.BigFundPhase3; // clean: yuan, then stop
            yield break;
        }

        yield return FabCatalogue.StargateCapex; // clean: dollars on the other run
    }

    public Money LargestOfRun(bool home) => HomeOrPartner(home).Max(); // clean: one run yields one currency

    public Money CodeSwitch(Money figure) => figure.Currency.Code switch
    {
        "CNY" => figure + FabCatalogue.BigFundPhase3, // clean: the arm shows yuan
        "USD" => figure + FabCatalogue.StargateCapex, // clean: the arm shows dollars
        "JPY" => figure + FabCatalogue.KumamotoSubsidy, // clean: the arm shows yen
        _ => figure,
    };

    public bool AboveHomeFloor(Money figure)
    {
        if (figure.Currency != FabCatalogue.WuxiFloor.Currency)
        {
            return false;
        }

        return figure > FabCatalogue.WuxiFloor; // clean: after the guard
    }

    public Money ParsedOrFloor(string text)
    {
        try
        {
            return Money.Parse(text); // clean: unknown
        }
        catch (FormatException)
        {
            return FabCatalogue.WuxiFloor; // clean: a fallback
        }
    }

    public bool ParsedAboveBigFund(string text) => ParsedOrFloor(text) > FabCatalogue.BigFundPhase3; // clean: one return is unknown

    public async Task<IReadOnlyList<Money>> ReadAllAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var tasks = keys.Select(k => _ledger.ReadFigureAsync(k, ct)).ToArray();
        var figures = await Task.WhenAll(tasks).ConfigureAwait(false);
        return figures.Where(f => f.Currency == Currency.USD).Where(f => f > FabCatalogue.IntelOhioGrant).ToList(); // clean: unknown, and filtered by currency
    }

    public void Refresh(int year)
    {
        _lines.Clear();
        foreach (var t in FabCatalogue.BigFund)
        {
            _lines.Add(new FabReportLine(FabBloc.China, year, t.Amount)); // clean: a report line
        }

        foreach (var c in FabCatalogue.Chips)
        {
            _lines.Add(new FabReportLine(FabBloc.UnitedStates, year, c.Grant)); // clean: a report line
        }
    }

    public Money ChinaLines() => _lines.Where(l => l.Figure.Currency == Currency.CNY).Sum(l => l.Figure, Currency.CNY); // clean: filtered by the figure's currency

    public IEnumerable<(FabBloc Bloc, Money Total)> TotalsPerBloc() =>
        _lines.GroupBy(l => (l.Bloc, l.Figure.Currency)).Select(g => (g.Key.Bloc, g.Sum(l => l.Figure, g.Key.Currency))); // clean: each group in its own currency

    // ----- Korea, Japan, Europe -----

    public bool YongiBudgetAboveOhio() => new SiteBudget(FabSite.Yongin, Money.Trillions(120m, Currency.KRW)).Cap > FabCatalogue.IntelOhioGrant; // expect: AIR0001

    public Money YongiBudgetPlusPackage() => new SiteBudget(FabSite.Yongin, Money.Trillions(120m, Currency.KRW)).Cap + FabCatalogue.KChipsPackage; // clean: won and won

    public Money SiteBudgetOf(FabSite site, Money cap) => new SiteBudget(site, cap).Cap + cap; // clean: a parameter

    public IReadOnlyList<KChipsCredit> KChips() =>
    [
        new("Samsung", Money.Trillions(9m, Currency.KRW), 2024), // clean: won
        new("SK Hynix", Money.Trillions(6m, Currency.KRW), 2024), // clean: won
    ];

    public Money KChipsTotal() => KChips().Sum(k => k.Credit, Currency.KRW); // clean: won in won

    public bool KChipsAboveDresden() => KChips().Any(k => k.Credit > FabCatalogue.DresdenAid); // expect: AIR0001

    public Money KChipsWithSchedule() => KChips()[0].Credit + FabCatalogue.KChipsPackage; // clean: won and won

    public IEnumerable<YearlyTranche> WonSchedule()
    {
        yield return new YearlyTranche(2025, Money.Trillions(10m, Currency.KRW)); // clean: won
        yield return new YearlyTranche(2026, Money.Trillions(11m, Currency.KRW)); // clean: won
    }

    public Money WonScheduleTotal() => WonSchedule().Sum(t => t.Amount, Currency.KRW); // clean: won in won

    public Money YenMinusEuro() => FabMath.RapidusSchedule().First().Amount - FabCatalogue.MagdeburgAid; // expect: AIR0001

    public void Book(ProvincialLedgerRow row, string text)
    {
        row.Disbursed = Money.Billions(1.5m, Currency.CNY); // clean: yuan into a yuan column
        row.Disbursed = Money.Parse(text); // clean: unknown, accepted
        row.Disbursed = Money.Usd(5m); // expect: AIR0001
        row.KoreanMatch = Money.Trillions(1m, Currency.KRW); // clean: won into a won column
    }

    public bool DisbursedAboveChips(ProvincialLedgerRow row) => row.Disbursed > FabCatalogue.IntelOhioGrant; // expect: AIR0001

    public bool DisbursedAboveHefei(ProvincialLedgerRow row) => row.Disbursed > FabCatalogue.HefeiFund; // clean: yuan (trusted) and yuan
}

/// <summary>Numbers for the board pack: shares, rounding, raw figures.</summary>
public static class FabBoardPack
{
    public static decimal Headroom(Money budget, Money spent) => budget.Amount - spent.Amount; // expect: AIR0004

    public static decimal HeadroomChecked(Money budget, Money spent) => (budget - spent).Amount; // clean: Money's checked minus

    public static bool OverCap(Money cost, Money cap) => cost.Amount > cap.Amount; // expect: AIR0004

    public static decimal Larger(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004

    public static decimal Gap(Money a, Money b)
    {
        var first = a.Amount;
        var second = b.Amount;
        return first - second; // expect: AIR0004
    }

    public static decimal Doubled(Money cost) => cost.Amount * 2m; // clean: an amount and a plain number

    public static bool Positive(Money cost) => cost.Amount > 0m; // clean: an amount and zero

    public static decimal OptionalGap(Money? a, Money b) => (a?.Amount ?? 0m) - b.Amount; // expect: AIR0004

    public static decimal Total(IEnumerable<Money> grants) => grants.Sum(g => g.Amount); // expect: AIR0007

    public static decimal CapexTotal(IEnumerable<FabInvestment> lines) => lines.Select(l => l.Capex.Amount).Sum(); // expect: AIR0007

    public static decimal Folded(IEnumerable<Money> grants) => grants.Aggregate(0m, (acc, m) => acc + m.Amount); // expect: AIR0007

    public static decimal Doubled(IEnumerable<FabInvestment> lines) => lines.Sum(l => l.Capex.Amount * 2m); // expect: AIR0007

    public static decimal InDollars(IEnumerable<Money> grants, IReadOnlyDictionary<Currency, decimal> toUsd) => grants.Sum(m => m.Amount * toUsd[m.Currency]); // clean: converted by a rate chosen by currency

    public static decimal LargestAmount(IEnumerable<Money> grants) => grants.Max(g => g.Amount); // clean: a maximum, not a sum

    public static int Negatives(IEnumerable<Money> grants) => grants.Aggregate(0, (n, m) => m.Amount < 0m ? n + 1 : n); // clean: a count

    public static Money Checked(IEnumerable<Money> grants) => grants.Sum(Currency.CNY); // clean: currency-stating sum of unknown money

    public static decimal Cents(Money price) => Math.Round(price.Amount, 2); // expect: AIR0009

    public static decimal Scaled(Money price, decimal rate) => decimal.Round(price.Amount * rate); // expect: AIR0009

    public static decimal WithVat(Money price)
    {
        var vat = price.Amount * 0.19m;
        return Math.Round(vat, 2); // expect: AIR0009
    }

    public static decimal RoundedMax(IEnumerable<Money> grants) => Math.Round(grants.Max(a => a.Amount)); // expect: AIR0009

    public static decimal CentsStated(Money price) => Math.Round(price.Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode

    public static Money RoundedMoney(Money price) => price.Round(2, MidpointRounding.ToEven); // clean: Money's own rounding

    public static decimal YenPerEuro() => Math.Round(FabCatalogue.KumamotoSubsidy.Amount / FabCatalogue.DresdenAid.Amount, 4); // clean: a rate of two known currencies

    public static decimal RateRounded(decimal rate) => Math.Round(rate, 4); // clean: not an amount

    public static decimal PercentOfWhole(Money part, Money whole) => Math.Round(part / whole * 100m, 1, MidpointRounding.AwayFromZero); // clean: Money's division, and a mode

    // ----- money from doubles -----

    public static Money Fee() => Money.Usd((decimal)0.1); // expect: AIR0002

    public static Money FromModel(double ratio) => new Money(Convert.ToDecimal(ratio * 1e9), Currency.CNY); // expect: AIR0002

    public static Money Share35(Money capex) => capex * (decimal)0.35; // expect: AIR0002

    public static Money Measured(double measured)
    {
        var figure = (decimal)measured;
        return Money.Of(figure, Currency.JPY); // expect: AIR0002
    }

    public static Money Created(double won) => Money.Of(decimal.CreateChecked(won), Currency.KRW); // expect: AIR0002

    public static Money PerWafer(double eurosPerWafer) => Money.Eur((decimal)Math.Floor(eurosPerWafer * 100) / 100m); // expect: AIR0002, AIR0010

    public static Money WholeDollars(double estimate) => Money.Usd((decimal)Math.Round(estimate)); // clean: a whole number first is exact

    public static Money Truncated(double estimate) => Money.Usd((long)estimate); // clean: a whole number

    public static Money Exact() => Money.Millions(600, Currency.CNY); // clean: an int converts exactly

    public static double Utilisation(double used, double capacity) => used / capacity * Math.PI; // clean: a double that never becomes money

    // ----- shares -----

    public static decimal Rise(Share now, Share then) => now.Percent - then.Percent; // expect: AIR0006

    public static decimal Combined(Share a, Share b) => a.Fraction + b.Fraction; // expect: AIR0006

    public static decimal Change(Share latest, Share baseline)
    {
        decimal change = latest.Percent;
        change -= baseline.Percent; // expect: AIR0006
        return change;
    }

    public static decimal Mixed(Share s, PercentagePoints pp) => s.Fraction + pp.Value; // expect: AIR0006

    public static decimal OnOneScale(Share s, PercentagePoints pp) => s.Percent + pp.Value; // clean: percent plus points

    public static decimal Rest(Share s) => 100m - s.Percent; // clean: a share and a plain number

    public static PercentagePoints RiseInPoints(Share now, Share then) => now - then; // clean: the typed difference

    public static decimal RiseValue(Share now, Share then) => (now - then).Value; // clean

    public static Share Rescaled(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005

    public static Share Rescaled2(Share s) => Share.FromPercent(s.Fraction); // expect: AIR0005

    public static bool TryGoal(out Share goal) => Share.TryFromPercent(0.4m, out goal); // expect: AIR0005

    public static bool TryHuge(out Share goal) => Share.TryFromPercent(120m, out goal); // expect: AIR0013

    public static Share Negative() => Share.FromFraction(-0.1m); // expect: AIR0013

    public static Share FromSheet() => Share.Parse("150%", CultureInfo.InvariantCulture); // expect: AIR0013

    public static Share FromSheetOk() => Share.Parse("55%", CultureInfo.InvariantCulture); // clean: within 0–100 %

    public static Share Parsed(string text) => Share.Parse(text, CultureInfo.InvariantCulture); // clean: not constant

    public static Share Of(decimal p) => Share.FromPercent(p); // clean: not a constant

    public static Share Kept()
    {
        var p = 0.7m;
        return Share.FromPercent(p); // expect: AIR0005
    }

    public static Money ShareOfCapex(Money capex) => capex * FabTargets.ChinaGoal; // clean: Money times a share

    // ----- codes -----

    public static Currency Dollar() => Currency.FromCode("usd"); // expect: AIR0003

    public static Money Euro() => Money.Of(5m, "EURO"); // expect: AIR0003

    public static Currency FromConfig(string code) => Currency.FromCode(code); // clean: not a constant

    public static Currency Taiwan() => Currency.FromCode("TWD"); // clean: active

    public static FabSiteLabel Label() => new("RMB"); // clean: a label, not a currency code

    public static Currency ByRegion(string region) => Currency.FromCode(region switch { "cn" => "CNY", "kr" => "KRW", _ => "USD" }); // clean: every arm active

    public static Currency ByRegionTypo(string region) => Currency.FromCode(region switch { "cn" => "RMB", _ => "USD" }); // expect: AIR0003
}
