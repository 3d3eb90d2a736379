using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using CityCompute.Services;
using CityCompute.Subsidies;

namespace CityCompute.Reports;

/// <summary>One row of the league table the newsletter prints.</summary>
public sealed record LeagueRow(string City, decimal SubsidyYuan, decimal RefundPercent); // expect: AIR0010

/// <summary>A report the desk publishes: a title and its lines.</summary>
public abstract class Report(string title)
{
    public string Title { get; } = title;

    protected abstract IEnumerable<string> Lines();

    public virtual string Render() => string.Join(Environment.NewLine, Lines().Prepend(Title));
}

/// <summary>City subsidies against the Stargate figures.</summary>
public sealed class SubsidyLeague() : Report("City compute subsidies against Stargate")
{
    private static readonly List<AsiaScheme> Asia =
    [
        new(Jurisdiction.Tokyo, Money.Millions(12_000m, Currency.JPY), Share.FromPercent(50m)),
        new(Jurisdiction.Seoul, Money.Scaled(300_000m, Magnitude.Millions, Currency.KRW), Share.FromPercent(40m)),
    ];

    public static IEnumerable<AsiaScheme> Ranked() =>
        from s in Asia orderby s.Cap descending select s; // expect: AIR0001

    public static IEnumerable<string> YearsVouchersOutrunStargate() =>
        from v in CityCatalogue.Vouchers
        from year in Enumerable.Range(v.Year, 5)
        where v.Cap * (year - v.Year + 1) > StargateProject.Phase(1) // expect: AIR0001
        select $"{v.City} {year}";

    public static IEnumerable<(string Member, Money Total)> EuByMember() =>
        from a in CityCatalogue.Factories
        group a.Award by a.Member into g
        select (g.Key, g.Sum(Currency.USD)); // expect: AIR0001

    public static IEnumerable<string> DrawnAgainstCap(IEnumerable<CityDraw> draws) =>
        from v in CityCatalogue.Vouchers
        join d in draws on v.City equals d.City into drawn
        let used = drawn.Sum(x => x.Amount, Currency.CNY) // clean: yuan draws summed in yuan
        where used > v.Cap // clean: yuan against yuan
        select $"{v.City}: {used:N0} of {v.Cap:N0}";

    public static IEnumerable<Money> DrawnInDollars(IEnumerable<CityDraw> draws) =>
        from v in CityCatalogue.Vouchers
        join d in draws on v.City equals d.City into drawn
        select drawn.Sum(x => x.Amount, Currency.USD); // expect: AIR0001

    public static IEnumerable<string> StatesBesideCities() =>
        from s in CityCatalogue.States
        from v in CityCatalogue.Vouchers
        where s.FromYear == v.Year && s.Credit > v.Cap // expect: AIR0001
        select $"{s.State} outspends {v.City}";

    protected override IEnumerable<string> Lines()
    {
        var tokyoRounds = new List<Money> { Money.Millions(3_000m, Currency.JPY), Money.Millions(4_500m, Currency.JPY) };
        var tokyoInYuan = tokyoRounds.Aggregate(Money.Zero(Currency.CNY), (sum, r) => sum + r); // expect: AIR0001
        var tokyoInYen = tokyoRounds.Aggregate(Money.Zero(Currency.JPY), (sum, r) => sum + r); // clean: yen
        yield return $"Tokyo: {tokyoInYen} ({tokyoInYuan})";

        var byCity = CityCatalogue.Vouchers.ToLookup(v => v.City, v => v.Cap);
        yield return $"Shenzhen: {byCity[Jurisdiction.Shenzhen].Sum(Currency.CNY)}"; // clean: yuan caps summed in yuan

        var tranches = CityCatalogue.ShenzhenTranches.ToList();
        yield return $"Shenzhen tranches: {tranches.Sum(Currency.CNY)}"; // clean: yuan
        yield return $"Shenzhen tranches in dollars: {CityCatalogue.ShenzhenTranches.Sum(Currency.USD)}"; // expect: AIR0001
        yield return $"Largest tranche over Abilene: {tranches.Max() - StargateProject.Abilene}"; // expect: AIR0001

        var abileneInWon = StargateProject.Abilene.ConvertTo(Currency.KRW, DeskRates.YearEnd, DeskRates.Table, RateLookup.ExactDate).Result;
        yield return $"Abilene above Tokyo's cap: {abileneInWon > CityCatalogue.Tokyo().Cap}"; // expect: AIR0001
        yield return $"Abilene above Seoul's cap: {abileneInWon > CityCatalogue.Seoul().Cap}"; // clean: won against won

        var dollarYen = DeskRates.DollarYen(157.2m);
        var abileneInYen = dollarYen.Convert(StargateProject.Abilene).Result;
        yield return $"Abilene in Tokyo caps: {abileneInYen / CityCatalogue.Tokyo().Cap:N1}"; // clean: converted with a dated rate first
    }
}

/// <summary>The shares of domestic compute against the goals.</summary>
public sealed class SelfSufficiencyReport() : Report("Domestic compute shares")
{
    public static LeagueRow Row(VoucherScheme v) =>
        new(v.City.ToString(), Math.Round(v.Cap.Amount * v.Refund.Fraction, 2), v.Refund.Percent); // expect: AIR0009

    protected override IEnumerable<string> Lines()
    {
        var then = ComputeGoals.History[0];
        var now = ComputeGoals.History[1];
        var goal = ComputeGoals.TokyoGoal;

        decimal rise = now.Domestic.Percent - then.Domestic.Percent; // expect: AIR0006
        PercentagePoints gap = goal - now.Domestic; // clean: share minus share is points
        decimal stretched = goal.Fraction + ComputeGoals.YearlyRise.Value; // expect: AIR0006
        decimal headroom = 100m - now.Domestic.Percent; // clean: one share and a plain number
        decimal withRise = now.Domestic.Percent + ComputeGoals.YearlyRise.Value; // clean: percent plus points, one scale
        Share next = now.Domestic + ComputeGoals.YearlyRise; // clean: a share plus points
        Share doubled = Share.FromFraction(goal.Percent); // expect: AIR0005
        Share rest = now.Domestic.Complement();
        yield return $"{now.Where}: {rise} points up, {gap} to go, {stretched}, {headroom}, {withRise}, next {next}, {doubled}, rest {rest}";

        foreach (var m in ComputeGoals.History)
        {
            var label = m.Domestic switch { { Percent: >= 50m } => "majority domestic", var s when s < ComputeGoals.AnyGpu => "negligible", _ => "minority" };
            yield return $"{m.Where} {m.Year}: {m.Domestic} ({label})";
        }

        if (!Share.TryFromPercent(140m, out var overshoot)) // expect: AIR0013
        {
            yield return $"rejected {overshoot}";
        }

        foreach (var v in CityCatalogue.Vouchers)
        {
            var refund = v.Cap * v.Refund;
            decimal refundYuan = decimal.Round(refund.Amount / 12m); // expect: AIR0009
            decimal shareOfCap = Math.Round(v.PerFirm.Amount / v.Cap.Amount * 100m, 1); // expect: AIR0004 (a quotient of two yuan amounts; AIR0009 stays silent on a percentage)
            var rounded = refund.Round(0, MidpointRounding.AwayFromZero); // clean: Money's own rounding, with a mode
            decimal left = v.Cap.Amount - v.PerFirm.Amount; // expect: AIR0004
            var ceiling = v.Ceiling.Amount;
            var perFirm = v.PerFirm.Amount;
            bool overCeiling = perFirm > ceiling; // expect: AIR0004
            yield return $"{v.City}: {refundYuan}/month, {shareOfCap} % per firm, {rounded}, {left} left, {overCeiling}";
        }
    }
}

/// <summary>The sums the finance team asked for, in the currency each was stated in.</summary>
public static class Totals
{
    public static decimal MainlandCapsRaw() => CityCatalogue.Vouchers.Sum(v => v.Cap.Amount); // expect: AIR0007
    public static decimal MainlandCapsQuery() => (from v in CityCatalogue.Vouchers select v.Cap.Amount).Sum(); // expect: AIR0007
    public static decimal DrawnRaw(IEnumerable<CityDraw> draws) => draws.Aggregate(0m, (acc, d) => acc + d.Amount.Amount); // expect: AIR0007
    public static decimal LargestDraw(IEnumerable<CityDraw> draws) => draws.Max(d => d.Amount.Amount); // clean: a maximum, not a sum
    public static int LargeDraws(IEnumerable<CityDraw> draws) => draws.Aggregate(0, (n, d) => d.Amount.Amount > 1_000_000m ? n + 1 : n); // clean: a count

    public static decimal LedgerInDollars(IEnumerable<Money> ledger, IReadOnlyDictionary<Currency, decimal> usdPer) =>
        ledger.Sum(m => m.Amount * usdPer[m.Currency]); // clean: converted by a rate chosen by currency

    public static decimal YenPerWon() => CityCatalogue.Tokyo().Cap.Amount / CityCatalogue.Seoul().Cap.Amount; // clean: a quotient of two known currencies' amounts is a rate

    public static Money Raised(VoucherScheme scheme)
    {
        var raised = scheme with { Refund = Share.FromPercent(60m), TopUp = Money.Millions(20m, Currency.CNY) };
        var renewed = raised with { Cap = Money.Millions(650m, Currency.CNY), Year = raised.Year + 1 };
        return renewed.Cap + StargateProject.Abilene; // expect: AIR0001
    }

    public static bool RaisedTopUpAboveOverrun(VoucherScheme scheme)
    {
        var raised = scheme with { TopUp = Money.Millions(30m, Currency.CNY) };
        return raised.TopUp!.Value > StargateProject.Overrun.Value; // expect: AIR0001
    }

    public static Money Largest(bool domestic)
    {
        var caps = new List<Money>();
        if (domestic)
        {
            caps.Add(new ShenzhenVouchers().Ceiling);
            caps.Add(new ShanghaiVouchers().Ceiling);
        }
        else
        {
            caps.Add(StargateProject.Abilene);
            caps.Add(StargateProject.FirstTranche);
        }

        return caps.Max(); // clean: one branch's currency or the other's, never both
    }

    public static Money Peak(bool domestic) =>
        (domestic ? CityCatalogue.ShenzhenTranches : CityCatalogue.States.Select(s => s.Credit)).Max(); // clean: one collection or the other

    public static IEnumerable<Money> PeaksByCurrency()
    {
        var all = CityCatalogue.ShenzhenTranches.Concat(CityCatalogue.States.Select(s => s.Credit)).ToList();
        return all.GroupBy(m => m.Currency).Select(g => g.Key == Currency.USD ? g.Sum(Currency.USD) : g.Max()); // clean: a group by currency, and the sum guarded by its key
    }

    public static Money AllInYuan()
    {
        var all = CityCatalogue.ShenzhenTranches.Concat(CityCatalogue.States.Select(s => s.Credit)).ToList();
        return all.Sum(Currency.CNY); // expect: AIR0001
    }

    public static Money EuTotalWrongSeed() =>
        CityCatalogue.Factories.Select(f => f.Award).Aggregate(Money.Zero(Currency.USD), (t, a) => t + a); // expect: AIR0001

    public static decimal CostOfTokyoShare(decimal costUsd, Share portion) => costUsd * portion.Fraction; // expect: AIR0010
}
