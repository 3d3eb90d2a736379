using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>A line of a budget: what was planned and what was spent, with the desk's default arithmetic.</summary>
public interface IBudgetLine
{
    string Name { get; }

    Money Planned { get; }

    Money Actual { get; }

    Money Variance() => Actual - Planned; // clean: judged per implementation's values

    bool Overrun => Actual > Planned; // clean: as above
}

public sealed record ChinaLine(string Name, Money Planned, Money Actual) : IBudgetLine;

public sealed record AmericaLine(string Name, Money Planned, Money Actual) : IBudgetLine
{
    public Money Variance() => Actual - Planned - Money.Millions(1m, Currency.USD); // clean: dollars, the audit's million withheld
}

/// <summary>A tranche as a value: what, when, how much.</summary>
public readonly record struct Tranche(string Fund, DateOnly Due, Money Amount)
{
    public Tranche Delayed(int days) => this with { Due = Due.AddDays(days) };

    public Tranche Indexed(decimal factor) => this with { Amount = Amount * factor };
}

/// <summary>A query with its handler (the desk's small mediator).</summary>
public interface IQuery<TResult>;

public interface IQueryHandler<in TQuery, out TResult> where TQuery : IQuery<TResult>
{
    TResult Handle(TQuery query);
}

public sealed record TotalPlanned(IReadOnlyList<IBudgetLine> Lines, Currency Currency) : IQuery<Money>;

public sealed class TotalPlannedHandler : IQueryHandler<TotalPlanned, Money>
{
    public Money Handle(TotalPlanned query) => query.Lines.Sum(l => l.Planned, query.Currency); // clean: the query's currency
}

public static class BudgetDesk
{
    private static readonly ChinaLine Fabs = new("fabs", Money.Billions(120m, Currency.CNY), Money.Billions(131m, Currency.CNY));
    private static readonly ChinaLine Tools = new("tools", Money.Billions(60m, Currency.CNY), Money.Billions(52m, Currency.CNY));
    private static readonly AmericaLine Grants = new("grants", Money.Billions(39m, Currency.USD), Money.Billions(33m, Currency.USD));

    private static readonly IReadOnlyList<IBudgetLine> ChinaLines = [Fabs, Tools];
    private static readonly IReadOnlyList<IBudgetLine> AllLines = [Fabs, Tools, Grants];

    public static Money FabsVariance() => ((IBudgetLine)Fabs).Variance(); // clean: yuan both

    public static bool FabsOverrun() => ((IBudgetLine)Fabs).Overrun; // clean: yuan both

    public static Money FabsOverGrants() => Fabs.Actual - Grants.Actual; // expect: AIR0001

    public static Money ChinaPlanned() => new TotalPlannedHandler().Handle(new TotalPlanned(ChinaLines, Currency.CNY)); // clean: yuan lines in yuan

    public static Money EverythingPlanned() => new TotalPlannedHandler().Handle(new TotalPlanned(AllLines, Currency.CNY)); // expect: AIR0001

    public static Money ChinaVariance() => ChinaLines.Select(l => l.Variance()).Sum(Currency.CNY); // clean: yuan lines

    public static IBudgetLine? WorstOverrun() => AllLines.MaxBy(l => l.Actual - l.Planned); // expect: AIR0001

    public static Tranche FirstChinaTranche() => new("cn", new DateOnly(2025, 3, 1), Money.Billions(55m, Currency.CNY));

    public static Money DelayedAndIndexed() => FirstChinaTranche().Delayed(30).Indexed(1.02m).Amount + Money.Billions(1m, Currency.CNY); // clean: yuan both

    public static bool IndexedAboveChips() => FirstChinaTranche().Indexed(1.02m).Amount > Seed.ChipsCeiling; // expect: AIR0001

    public static Money RelabelledGap()
    {
        var cn = FirstChinaTranche();
        var us = cn with { Fund = "us", Amount = Money.Billions(7.86m, Currency.USD) };
        var eu = cn with { Fund = "eu" };
        var sameFund = eu.Amount - cn.Amount; // clean: the copy kept the yuan
        return us.Amount - sameFund; // expect: AIR0001
    }

    public static string Schedule(IReadOnlyList<Tranche> tranches) => tranches switch
    {
        [] => "none",
        [var only] => $"{only.Fund}: {only.Amount:K}",
        [var first, .., var last] => $"{first.Due}..{last.Due}: {(last.Amount - first.Amount):K}", // clean: judged per call
    };

    public static string MixedSchedule() =>
        Schedule([FirstChinaTranche(), new Tranche("us", new DateOnly(2025, 6, 1), Seed.ChipsCeiling)]); // expect: AIR0001

    public static string ChinaSchedule() =>
        Schedule([FirstChinaTranche(), FirstChinaTranche().Delayed(90)]); // clean: yuan both

    public static Money Spread(Money[] figures) => figures switch
    {
        [] => throw new ArgumentException("no figures"),
        [var one] => one - one, // clean: one value
        [var low, .., var high] => high - low, // clean: judged per call
    };

    public static Money ChinaSpread() => Spread([Fabs.Planned, Tools.Planned, Fabs.Actual]); // clean: yuan only

    public static Money WorldSpread() => Spread([Fabs.Planned, Grants.Planned]); // expect: AIR0001

    public static bool RawOverrun(IBudgetLine line) => line.Actual.Amount > line.Planned.Amount; // expect: AIR0004

    public static decimal RawGap() => Math.Max(Fabs.Actual.Amount, Tools.Actual.Amount); // expect: AIR0004

    public static decimal RawVariance() => Fabs.Actual.Amount - Fabs.Planned.Amount; // expect: AIR0004

    public static decimal CheckedGap(IBudgetLine a, IBudgetLine b) =>
        a.Actual.Currency == b.Actual.Currency ? a.Actual.Amount - b.Actual.Amount : 0m; // clean: the currencies are checked first

    public static decimal UsedPercent(IBudgetLine line) => line.Actual.Amount / line.Planned.Amount * 100m; // expect: AIR0004

    public static decimal Cents(Money m) => Math.Round(m.Amount, 2); // expect: AIR0009

    public static decimal RoundedTotal() => decimal.Round(ChinaLines.Sum(l => l.Planned, Currency.CNY).Amount); // expect: AIR0009

    public static decimal RoundedUtilisation(IBudgetLine line)
    {
        var used = line.Actual.Amount * 0.98m;
        return Math.Round(used, 1); // expect: AIR0009
    }

    public static decimal CentsStated(Money m) => Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero); // clean: a mode is stated

    public static Money RoundedMoney(Money m) => m.Round(2, MidpointRounding.ToEven); // clean: Money's own rounding with a mode

    public static decimal PercentUsed(IBudgetLine line) => Math.Round(line.Actual / line.Planned * 100m, 1); // clean: Money's division, a percentage
}
