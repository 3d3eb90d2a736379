using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>The ledger's analyst queries, written in query syntax as the desk's SQL people prefer.</summary>
internal static partial class Ledger
{
    /// <summary>The totals per currency: each group holds one currency.</summary>
    public static IEnumerable<(Currency Currency, Money Total)> TotalsPerCurrency() =>
        from c in Commitments
        group c by c.Pledged.Currency into g
        select (g.Key, g.Sum(x => x.Pledged, g.Key)); // clean: each group summed in its own key

    /// <summary>The bare totals per bloc for the spreadsheet export.</summary>
    public static IEnumerable<(Bloc Bloc, decimal Figure)> FiguresPerBloc() =>
        from c in Commitments
        group c.Pledged.Amount by c.Bloc into g
        select (g.Key, g.Sum()); // expect: AIR0007

    /// <summary>The bare amounts of the year, added: the figure on the cover.</summary>
    public static decimal CoverFigure(int year) => (from c in Commitments where c.Year == year select c.Pledged.Amount).Sum(); // expect: AIR0007

    /// <summary>The amounts per currency, each group summed as a number (one currency per group).</summary>
    public static IEnumerable<decimal> FiguresPerCurrency() =>
        from c in Commitments
        group c.Pledged.Amount by c.Pledged.Currency into g
        select g.Sum(); // clean: grouped by the currency of the money summed

    /// <summary>The city grants in the order of their coverage, then their grant.</summary>
    public static IEnumerable<string> CitiesByCoverage() =>
        from c in Cities
        orderby c.Coverage descending, c.Grant descending // clean: every grant is yuan
        select c.City;

    /// <summary>The Chinese lines against Stargate, a bar each.</summary>
    public static IEnumerable<(string Programme, bool AboveStargate)> ChinaAgainstStargate() =>
        from c in Commitments
        where c.Bloc == Bloc.China
        select (c.Programme, c.Pledged > Stargate); // expect: AIR0001

    /// <summary>The same bars, guarded by the currency.</summary>
    public static IEnumerable<(string Programme, bool AboveStargate)> GuardedAgainstStargate() =>
        from c in Commitments
        where c.Pledged.Currency == Currency.USD
        select (c.Programme, c.Pledged > Stargate); // clean: only dollar lines reach the comparison

    /// <summary>The city grants as yuan, then added in euros for the Brussels edition.</summary>
    public static Money CitiesForBrussels() => (from c in Cities select c.Grant).Sum(Currency.EUR); // expect: AIR0001

    /// <summary>The city grants joined with the national plan, each against it.</summary>
    public static IEnumerable<Share> CitiesAgainstPlan() =>
        from c in Cities
        let part = c.Grant / ActionPlan // clean: yuan over yuan is a ratio
        select Share.FromFraction(part);

    /// <summary>Each city grant against the Stargate headline.</summary>
    public static IEnumerable<decimal> CitiesAgainstStargate() =>
        from c in Cities
        select c.Grant / Stargate; // expect: AIR0001

    /// <summary>The number of commitments per year.</summary>
    public static IEnumerable<(int Year, int Count)> CountPerYear() =>
        from c in Commitments
        group c by c.Year into g
        orderby g.Key
        select (g.Key, g.Count()); // clean: no money

    /// <summary>The largest line of each year, compared across currencies.</summary>
    public static IEnumerable<Money> LargestPerYear() =>
        from c in Commitments
        group c.Pledged by c.Year into g
        select g.Max(); // expect: AIR0001

    /// <summary>The largest line of each currency.</summary>
    public static IEnumerable<Money> LargestPerCurrency() =>
        from c in Commitments
        group c.Pledged by c.Pledged.Currency into g
        select g.Max(); // clean: one currency per group
}
