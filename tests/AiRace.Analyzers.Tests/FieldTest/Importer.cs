using System;
using System.Collections.Generic;
using System.Globalization;
using AiRace.Core;
using Northwind.Compute.Model;

namespace Northwind.Compute.Import;

/// <summary>A row of the ministry's spreadsheet: the figures are yuan, which the file itself never says.</summary>
public sealed class MinistryRow
{
    /// <summary>The programme.</summary>
    public string Programme { get; set; } = "";

    /// <summary>The allocation, in yuan (the ministry publishes in yuan).</summary>
    [Currency("CNY")]
    public Money Allocation { get; set; }

    /// <summary>What was spent so far, in yuan.</summary>
    [Currency("CNY")]
    public Money Spent { get; set; }
}

/// <summary>A row of the partner's report: dollars, never stated in the file.</summary>
public sealed record PartnerRow(string Programme, [Currency("USD")] Money Pledge);

/// <summary>Reads the spreadsheets the team receives.</summary>
public static class Importer
{
    /// <summary>Allocations by programme, in yuan.</summary>
    [Currency("CNY")]
    public static readonly Dictionary<string, Money> Allocations = new();

    /// <summary>Reads one ministry line: "programme;allocation;spent" (figures in yuan).</summary>
    public static MinistryRow ReadMinistry(string line)
    {
        var cells = line.Split(';');
        var row = new MinistryRow
        {
            Programme = cells[0],
            Allocation = Money.Of(decimal.Parse(cells[1], CultureInfo.InvariantCulture), Currency.CNY), // clean: yuan, as declared
            Spent = Money.Of(decimal.Parse(cells[2], CultureInfo.InvariantCulture), Codes.Abroad), // expect: AIR0001
        };

        Allocations[row.Programme] = row.Allocation; // clean: the declared currencies agree
        return row;
    }

    /// <summary>Reads one partner line: "programme;pledge" (dollars).</summary>
    public static PartnerRow ReadPartner(string line)
    {
        var cells = line.Split(';');
        return new PartnerRow(cells[0], Money.Of(decimal.Parse(cells[1], CultureInfo.InvariantCulture), Currency.USD)); // clean: dollars, as declared
    }

    /// <summary>Reads a partner line whose figure a colleague put in yuan by mistake.</summary>
    public static PartnerRow ReadPartnerInYuan(string programme, decimal figure) => new PartnerRow(programme, Money.Cny(figure)); // expect: AIR0001

    /// <summary>Records an allocation read elsewhere.</summary>
    public static void Record(string programme, Money allocation) => Allocations[programme] = allocation; // clean: unknown currency

    /// <summary>Records a federal award as an allocation (a bug: dollars into a yuan table).</summary>
    public static void RecordAward(FederalAward award) => Allocations.Add(award.Title, award.Amount); // expect: AIR0001

    /// <summary>The allocation of a programme.</summary>
    [return: Currency("CNY")]
    public static Money AllocationOf(string programme) => Allocations.TryGetValue(programme, out var found) ? found : Money.Zero(Currency.CNY); // clean: yuan either way

    /// <summary>A figure read from free text, whose currency the text states.</summary>
    public static Money ParseFigure(string text) => Money.Parse(text); // clean: unknown currency

    /// <summary>Sets the warning level from configuration.</summary>
    public static void ConfigureWarning(string text) => Thresholds.Warning = ParseFigure(text); // clean: unknown currency
}

/// <summary>Compares what was imported.</summary>
public static class ImportChecks
{
    /// <summary>Whether a ministry row overspends (both yuan).</summary>
    public static bool Overspent(MinistryRow row) => row.Spent > row.Allocation; // clean: both declared yuan

    /// <summary>Whether a partner's pledge covers the ministry's allocation (a bug: dollars against yuan).</summary>
    public static bool PledgeCovers(PartnerRow partner, MinistryRow row) => partner.Pledge >= row.Allocation; // expect: AIR0001

    /// <summary>Whether an allocation passes the board threshold (a bug: yuan against dollars).</summary>
    public static bool Large(string programme) => Importer.AllocationOf(programme) > Thresholds.LargeProgramme; // expect: AIR0001

    /// <summary>Whether an allocation passes the provincial floor.</summary>
    public static bool Tracked(string programme) => Importer.Allocations[programme] >= Thresholds.ProvincialFloor; // clean: both yuan

    /// <summary>Whether a free-text figure passes the floor.</summary>
    public static bool TextAboveFloor(string text) => Importer.ParseFigure(text) > Thresholds.ProvincialFloor; // clean: unknown currency

    /// <summary>The unspent part of a row.</summary>
    public static Money Unspent(MinistryRow row) => row.Allocation - row.Spent; // clean: both yuan

    /// <summary>A pledge added to an allocation (a bug).</summary>
    public static Money Pooled(PartnerRow partner, string programme) => partner.Pledge + Importer.AllocationOf(programme); // expect: AIR0001

    /// <summary>Whether a figure read from a fixed yuan text passes the board's threshold (a bug the text hides).</summary>
    public static bool FixedTextLarge() => Money.Parse("CNY 5000") > Thresholds.LargeProgramme; // expect: AIR0001
}
