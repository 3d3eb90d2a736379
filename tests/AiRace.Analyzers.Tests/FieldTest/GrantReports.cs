using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiRace.Core;
using Lumen.Grants.Data;
using Lumen.Grants.Model;

namespace Lumen.Grants.Reports;

/// <summary>One line of the desk report.</summary>
/// <param name="Desk">The desk.</param>
/// <param name="Total">What it paid.</param>
/// <param name="Count">How many tranches.</param>
public readonly record struct DeskLine(Desk Desk, Money Total, int Count);

/// <summary>The quarterly report the trustees read.</summary>
/// <param name="grants">The grants of the quarter.</param>
public sealed class QuarterReport(IReadOnlyList<Grant> grants)
{
    /// <summary>The awards of each desk, as the report's appendix lists them.</summary>
    public Dictionary<Desk, List<Money>> ByDesk() =>
        grants.GroupBy(g => g.Desk).ToDictionary(g => g.Key, g => g.Select(x => x.Award).ToList());

    /// <summary>The total of each desk, in the desk's own currency.</summary>
    public Dictionary<Desk, Money> DeskTotals() =>
        grants.GroupBy(g => g.Desk).ToDictionary(g => g.Key, g => g.Sum(x => x.Award, Desks.CurrencyOf(g.Key))); // clean: the desk's currency is stated

    /// <summary>The total of each desk as a bare number (a bug: the desks' awards summed without a currency).</summary>
    public Dictionary<Desk, decimal> DeskFigures() =>
        grants.GroupBy(g => g.Desk).ToDictionary(g => g.Key, g => g.Sum(x => x.Award.Amount)); // expect: AIR0007

    /// <summary>The awards of each lab's desk, looked up by desk.</summary>
    public ILookup<Desk, Money> Lookup() => grants.ToLookup(g => g.Desk, g => g.Award);

    /// <summary>The Tokyo figure from the lookup (a bug: summed as a bare number).</summary>
    public decimal TokyoFigure() => Lookup()[Desk.Tokyo].Select(m => m.Amount).Sum(); // expect: AIR0007

    /// <summary>The tranches of the quarter in batches of ten, each batch's figure for the payment file (a bug).</summary>
    public IEnumerable<decimal> BatchFigures() =>
        grants.SelectMany(g => g.Tranches).Chunk(10).Select(batch => batch.Sum(t => t.Amount.Amount)); // expect: AIR0007

    /// <summary>The grand figure as the old script computed it (a bug: a fold of bare amounts).</summary>
    public decimal GrandFigure() => grants.Aggregate(0m, (acc, g) => acc + g.Award.Amount); // expect: AIR0007

    /// <summary>How many grants carry an overhead (a fold that only counts).</summary>
    public int WithOverhead() => grants.Aggregate(0, (n, g) => g.Overhead is { Amount: > 0m } ? n + 1 : n); // clean: a count

    /// <summary>The largest award's figure, for the headline.</summary>
    public decimal LargestFigure() => grants.Max(g => g.Award.Amount); // clean: not a sum

    /// <summary>The award left after each tranche is paid, by grant (a bug: bare amounts subtracted).</summary>
    public IEnumerable<decimal> Remaining() =>
        grants.Zip(grants.Select(g => g.Tranches.FirstOrDefault().Amount), (g, first) => g.Award.Amount - first.Amount); // expect: AIR0004

    /// <summary>The award left after the first tranche, in money.</summary>
    public IEnumerable<Money> RemainingMoney() =>
        grants.Where(g => g.Tranches.Count > 0).Select(g => g.Award - g.Tranches[0].Amount); // clean: Money's own checked subtraction

    /// <summary>Whether a grant's overhead is larger than its first tranche (a bug: bare amounts compared).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Whether it is.</returns>
    public static bool OverheadBeatsFirstTranche(Grant grant) => grant.Overhead?.Amount > grant.Tranches[0].Amount.Amount; // expect: AIR0004

    /// <summary>The larger of two grants' figures (a bug: Math.Max of two amounts skips the currency check).</summary>
    /// <param name="a">One grant.</param>
    /// <param name="b">The other.</param>
    /// <returns>The larger figure.</returns>
    public static decimal LargerFigure(Grant a, Grant b) => Math.Max(a.Award.Amount, b.Award.Amount); // expect: AIR0004

    /// <summary>A grant's award left after overhead, through locals (a bug: bare amounts; no overhead counts as zero).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The figure.</returns>
    public static decimal NetFigure(Grant grant)
    {
        var gross = grant.Award.Amount;
        var overhead = grant.Overhead?.Amount ?? 0m;
        return gross - overhead; // expect: AIR0004
    }

    /// <summary>The share of the quarter each grant takes, in percent, rounded for the table (a bug: a ratio of bare amounts).</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="quarter">The quarter's total in the grant's currency.</param>
    /// <returns>The percentage.</returns>
    public static decimal PercentOfQuarter(Grant grant, Money quarter) => Math.Round(grant.Award.Amount / quarter.Amount * 100m, 1); // expect: AIR0004 (Money / Money checks the currency; not AIR0009: a percentage is not money)

    /// <summary>A grant's award to the cent, for the payment file (a bug: banker's rounding by default).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The figure.</returns>
    public static decimal Cents(Grant grant) => Math.Round(grant.Award.Amount, 2); // expect: AIR0009

    /// <summary>A grant's overhead at 15 %, through a local (a bug: rounded without a mode).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The figure.</returns>
    public static decimal OverheadFigure(Grant grant)
    {
        var figure = grant.Award.Amount * 0.15m;
        return decimal.Round(figure, 2); // expect: AIR0009
    }

    /// <summary>The award rounded by the library.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The money.</returns>
    public static Money Rounded(Grant grant) => grant.Award.Round(2, MidpointRounding.AwayFromZero); // clean: a mode

    /// <summary>The report's lines, in text.</summary>
    /// <returns>The text.</returns>
    public string Text()
    {
        var text = new StringBuilder();
        foreach (var (desk, awards) in ByDesk())
        {
            var currency = Desks.CurrencyOf(desk);
            var total = awards.Sum(currency);
            text.AppendLine(CultureInfo.InvariantCulture, $"{desk,-10} {total} ({awards.Count} grants, largest {Math.Round(awards.Max(a => a.Amount), 0)})"); // expect: AIR0009
            text.AppendLine(CultureInfo.InvariantCulture, $"  rounded: {Math.Round(total.Amount, 0, MidpointRounding.AwayFromZero)}"); // clean: a mode
        }

        return text.ToString();
    }

    /// <summary>The lines of the desk report, in the desk's own currency.</summary>
    /// <returns>The lines.</returns>
    public IEnumerable<DeskLine> Lines() =>
        from g in grants
        group g by g.Desk into byDesk
        select new DeskLine(byDesk.Key, byDesk.Sum(x => x.Award, Desks.CurrencyOf(byDesk.Key)), byDesk.Count()); // clean: the desk's currency

    /// <summary>The report's grand figure from the query (a bug: bare amounts summed).</summary>
    /// <returns>The figure.</returns>
    public decimal QueryFigure() => (from g in grants select g.Award.Amount).Sum(); // expect: AIR0007
}

/// <summary>The trustees' euro summary: only the Brussels desk's figures.</summary>
public static class EuroSummary
{
    /// <summary>The euro round in one figure.</summary>
    public static Money Round1Total() => Catalogue.EuroRound1.Sum(Currency.EUR); // clean: euros summed as euros

    /// <summary>The euro round summed in yen by a copy-paste slip (a bug: the list is euros).</summary>
    public static Money Round1InYen() => Catalogue.EuroRound1.Sum(Currency.JPY); // expect: AIR0001

    /// <summary>The yen round summed in euros (a bug: the array is yen).</summary>
    public static Money YenRoundInEuros() => Catalogue.YenRound1.Sum(Currency.EUR); // expect: AIR0001

    /// <summary>The euro round's bare figure (a bug; the fix can name the euro).</summary>
    public static decimal Round1Figure() => Catalogue.EuroRound1.Sum(m => m.Amount); // expect: AIR0007

    /// <summary>The Brussels schedule's total in euros (the schedule dictionary mixes desks, so unknown).</summary>
    public static Money BrusselsScheduled() => Catalogue.Scheduled["brussels"].Sum(Currency.EUR); // clean: a list in a dictionary of lists, unknown

    /// <summary>The Tokyo schedule's total in yen.</summary>
    public static Money TokyoScheduled() => Catalogue.Scheduled["tokyo"].Sum(Currency.JPY); // clean: the right currency

    /// <summary>The euro calls' envelopes together.</summary>
    public static Money Envelopes() => Catalogue.Calls.Sum(c => c.Envelope, Currency.EUR); // clean: euros

    /// <summary>The euro calls' envelopes in sterling by mistake (a bug: every envelope is euros).</summary>
    public static Money EnvelopesInSterling() => Catalogue.Calls.Sum(c => c.Envelope, Currency.GBP); // expect: AIR0001

    /// <summary>The euro round, the largest grant against the Tokyo cap (a bug).</summary>
    public static bool LargestAboveTokyoCap() => Catalogue.EuroRound1.Max() > Catalogue.TokyoCap; // expect: AIR0001

    /// <summary>The euro round split into pairs and each pair compared (one currency throughout).</summary>
    public static IEnumerable<bool> PairsRising() => Catalogue.EuroRound1.Zip(Catalogue.EuroRound1.Skip(1), (a, b) => b > a); // clean: euros

    /// <summary>The euro round in batches, each batch's total in euros.</summary>
    public static IEnumerable<Money> Batches() => Catalogue.EuroRound1.Chunk(2).Select(batch => batch.Sum(Currency.EUR)); // clean: euros

    /// <summary>The euro round in batches, each batch's total in yen (a bug).</summary>
    public static IEnumerable<Money> BatchesInYen() => Catalogue.EuroRound1.Chunk(2).Select(batch => batch.Sum(Currency.JPY)); // expect: AIR0001

    /// <summary>The euro round keyed by position, the first above the floor.</summary>
    public static Dictionary<int, Money> ByPosition() => Catalogue.EuroRound1.Select((m, i) => (m, i)).ToDictionary(p => p.i, p => p.m);

    /// <summary>Whether the first euro grant is above the London floor (a bug: through ToDictionary).</summary>
    public static bool FirstAboveLondonFloor() => ByPosition()[0] > Catalogue.LondonReserve.Floor; // expect: AIR0001
}
