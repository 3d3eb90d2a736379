using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using Lumen.Grants.Data;
using Lumen.Grants.Model;

namespace Lumen.Grants.Import;

/// <summary>Reads the portal's export and the ministry's spreadsheet.</summary>
/// <param name="folder">Where the exports are dropped.</param>
public sealed class PortalImport(string folder)
{
    /// <summary>The currency the portal uses when a row names none.</summary>
    private const string DefaultCode = "EUR";

    /// <summary>The code a Tokyo clerk configured for the desk (a bug: not an ISO code).</summary>
    private const string TokyoCode = "YEN";

    /// <summary>Streams the proposals of the export, one line at a time.</summary>
    /// <param name="cancel">Cancels the read.</param>
    /// <returns>The proposals.</returns>
    public async IAsyncEnumerable<Proposal> ReadAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        using var reader = new StreamReader(Path.Combine(folder, "proposals.csv"));
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            var cells = line.Split(';');
            yield return new Proposal
            {
                Id = cells[0],
                Lab = cells[1],
                Requested = Money.Parse(cells[2]), // clean: parsed text, unknown
                Score = double.Parse(cells[3], CultureInfo.InvariantCulture),
                CoFunded = Share.Parse(cells[4], CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>The proposals above the euro floor (unknown currencies: the portal takes any).</summary>
    /// <param name="cancel">Cancels the read.</param>
    /// <returns>The proposals.</returns>
    public async Task<List<Proposal>> AboveFloorAsync(CancellationToken cancel)
    {
        var kept = new List<Proposal>();
        await foreach (var p in ReadAsync(cancel))
        {
            if (p.Requested.Currency == Currency.EUR && p.Requested >= Catalogue.EuroFloor) // clean: the currency is checked first, and unknown anyway
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    /// <summary>Streams the Tokyo desk's scheduled yen tranches.</summary>
    /// <returns>The tranches.</returns>
    public static async IAsyncEnumerable<Money> TokyoTranchesAsync()
    {
        await Task.Yield();
        yield return Money.Jpy(9_000_000m);
        yield return Money.Jpy(4_500_000m);
    }

    /// <summary>Whether any Tokyo tranche is above the euro floor (a bug: yen against euros).</summary>
    /// <returns>Whether one is.</returns>
    public static async Task<bool> AnyTokyoAboveEuroFloorAsync()
    {
        await foreach (var tranche in TokyoTranchesAsync())
        {
            if (tranche > Catalogue.EuroFloor) // expect: AIR0001
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A proposal's request priced from the reviewers' score (a bug: money from a double).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The bonus.</returns>
    public static Money ScoreBonus(Proposal proposal) => Money.Eur((decimal)proposal.Score * 1_000m); // expect: AIR0002

    /// <summary>The bonus computed in decimal from the start.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="points">The score in tenths, as an integer.</param>
    /// <returns>The bonus.</returns>
    public static Money ScoreBonusExact(Proposal proposal, int points) => Money.Of(points * 100m, proposal.Requested.Currency); // clean: decimal arithmetic

    /// <summary>The request scaled by the reviewers' factor (a bug: the factor passes through double).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled request.</returns>
    public static Money Scaled(Proposal proposal, double factor) => proposal.Requested * Convert.ToDecimal(factor); // expect: AIR0002

    /// <summary>A grant built from a figure the ministry's API returns as a double (a bug).</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The money.</returns>
    public static Money FromApi(double figure)
    {
        var exact = decimal.CreateChecked(figure);
        return new Money(exact, Currency.JPY); // expect: AIR0002
    }

    /// <summary>A figure the ministry's API returns as text, read as decimal.</summary>
    /// <param name="figure">The text.</param>
    /// <returns>The money.</returns>
    public static Money FromApiText(string figure) => new(decimal.Parse(figure, CultureInfo.InvariantCulture), Currency.JPY); // clean: decimal from text

    /// <summary>The Tokyo desk's currency from its configuration (a bug: YEN is not a code).</summary>
    /// <returns>The currency.</returns>
    public static Currency TokyoDeskCurrency() => Currency.FromCode(TokyoCode); // expect: AIR0003

    /// <summary>A row's currency from the desk column; the London clerk writes "UKP".</summary>
    /// <param name="desk">The desk column.</param>
    /// <returns>The currency.</returns>
    public static Currency DeskCurrency(string desk) => Currency.FromCode(desk switch
    {
        "brussels" => DefaultCode, // clean: a code
        "london" => "UKP", // expect: AIR0003
        "boston" => "USD", // clean: a code
        _ => desk.ToUpperInvariant(), // clean: not a constant
    });

    /// <summary>The ministry's fixed subsidy, keyed in with the currency's name (a bug).</summary>
    public static readonly Money MinistryFixed = Money.Of(50_000_000m, "yen"); // expect: AIR0003

    /// <summary>The London float, pasted from the bank statement (a bug: STG is not a code).</summary>
    public static readonly Money LondonFloat = Money.Parse("STG 125,000.00"); // expect: AIR0003

    /// <summary>The Boston match as the partner's letter gives it.</summary>
    public static readonly Money BostonLetter = Money.Parse("USD 6,000,000"); // clean: a code

    /// <summary>Whether the Boston letter matches the catalogue's figure.</summary>
    public static bool LetterMatches() => BostonLetter == Catalogue.BostonMatch; // clean: dollars both

    /// <summary>Whether the Boston letter exceeds the London reserve floor (a bug: dollars against sterling).</summary>
    public static bool LetterAboveLondonFloor() => BostonLetter > Catalogue.LondonReserve.Floor; // expect: AIR0001

    /// <summary>A row of the ministry's sheet with the yen subsidy.</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The line.</returns>
    public static MinistryLine ReadLine(string[] cells) => new()
    {
        Label = cells[0],
        Subsidy = Money.Parse(cells[1]), // clean: unknown, accepted by the annotation
    };

    /// <summary>A ministry row built from the euro column by mistake (a bug: the annotation says yen).</summary>
    /// <param name="cells">The cells.</param>
    /// <returns>The line.</returns>
    public static MinistryLine ReadEuroLine(string[] cells) => new()
    {
        Label = cells[0],
        Subsidy = Money.Eur(decimal.Parse(cells[2], CultureInfo.InvariantCulture)), // expect: AIR0001
    };

    /// <summary>Whether a ministry line's subsidy exceeds the Tokyo cap (yen both, by the annotation).</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it does.</returns>
    public static bool AboveTokyoCap(MinistryLine line) => line.Subsidy > Catalogue.TokyoCap; // clean: yen (trusted) and yen

    /// <summary>Whether a ministry line's subsidy exceeds the Brussels cap (a bug: yen against euros).</summary>
    /// <param name="line">The line.</param>
    /// <returns>Whether it does.</returns>
    public static bool AboveBrusselsCap(MinistryLine line) => line.Subsidy > Catalogue.BrusselsCap; // expect: AIR0001

    /// <summary>Classifies a parsed row by desk and size.</summary>
    /// <param name="desk">The desk.</param>
    /// <param name="text">The row's money, as text.</param>
    /// <returns>The class.</returns>
    public static string Classify(Desk desk, string text)
    {
        var figure = Money.Parse(text);
        var euroLarge = Money.Eur(1_000_000m);
        var yenLarge = Money.Jpy(150_000_000m);
        switch (desk)
        {
            case Desk.Brussels when figure >= euroLarge: // clean: the parsed figure is unknown
                return "large";
            case Desk.Tokyo when figure >= yenLarge: // clean: unknown
                return "large";
            case Desk.London when Catalogue.LondonReserve.Floor > euroLarge: // expect: AIR0001
                return "reserve-bound";
            case Desk.Boston when Catalogue.BostonMatch < yenLarge: // expect: AIR0001
                return "matched";
            default:
                return Describe(figure);
        }

        static string Describe(Money m) => m.IsNegative ? "refund" : "small";
    }

    /// <summary>Sums the euro column of a file, line by line, with a local function for the parsing.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The total.</returns>
    public static Money EuroColumn(IEnumerable<string> lines)
    {
        var total = Money.Zero(Currency.EUR);
        foreach (var line in lines)
        {
            total += Cell(line); // clean: each cell is euros
        }

        return total;

        static Money Cell(string line) => Money.Of(decimal.Parse(line, CultureInfo.InvariantCulture), DefaultCode);
    }

    /// <summary>Sums the euro column into a yen total by a copy-paste slip (a bug).</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The total.</returns>
    public static Money EuroColumnIntoYen(IEnumerable<string> lines)
    {
        var total = Money.Zero(Currency.JPY);
        foreach (var line in lines)
        {
            total += EuroCell(line); // expect: AIR0001
        }

        return total;

        static Money EuroCell(string line) => Money.Eur(decimal.Parse(line, CultureInfo.InvariantCulture));
    }

    /// <summary>The label a row is printed with.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The label.</returns>
    public static string Label(Proposal proposal) => $"{proposal.Id} {proposal.Lab}: {proposal.Requested:N2} ({proposal.CoFunded} co-funded)";
}
