using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core;

namespace Survey.Research.Model;

/// <summary>The currency codes the team uses, as the city statistics offices print them.</summary>
public static class SurveyCodes
{
    public const string Won = "KRW";
    public const string Rupiah = "IDR";

    /// <summary>How the Jakarta office's spreadsheet spells rupiah (a bug: not an ISO code).</summary>
    public const string JakartaSpelling = "RP";

    /// <summary>The unit printed after yuan figures in the report's tables (a label, never a code).</summary>
    public const string YuanLabel = "yuan";

    public static readonly Currency Yen = Currency.JPY;
    public static readonly Currency Korea = Currency.FromCode(Won); // clean: an active code through a constant
    public static readonly Currency Indonesia = Currency.FromCode(Rupiah); // clean: an active code through a constant
    public static readonly Currency IndonesiaAsConfigured = Currency.FromCode(JakartaSpelling); // expect: AIR0003

    /// <summary>The currency of a city in the panel, by the city's short name.</summary>
    public static Currency OfCity(string city) => Currency.FromCode(city switch
    {
        "Tokyo" => "JPY",
        "Seoul" => "KRW",
        "Jakarta" => "IDR",
        "Shenzhen" => "CNH", // expect: AIR0003
        _ => "USD",
    });

    /// <summary>Whether a code typed by an analyst is usable, with the old default the survey tool shipped.</summary>
    public static Currency OrDefault(string? typed)
    {
        if (Currency.TryFromCode(typed, out var found)) // clean: not a constant
        {
            return found;
        }

        return Currency.TryFromCode("WON", out var fallback) ? fallback : Currency.USD; // expect: AIR0003
    }

    /// <summary>A table header with the unit the city's figures are printed in.</summary>
    public static string Header(string column, string unit) => $"{column} ({unit})";

    public static string YuanHeader() => Header("Budget", "RMB"); // clean: a printed unit, not a currency code
}

/// <summary>A city's research budget as the statistics office publishes it.</summary>
public sealed record CityBudget(string City, string Country, Money Core, Money? Supplement, Share ResearchShare);

/// <summary>One wave of the attitudes survey: answers in percent of respondents.</summary>
public sealed record SurveyWave(string Country, DateOnly FieldedOn, int Respondents, Share Support, Share Oppose)
{
    /// <summary>The pollster's mean support over its last three waves, in percent (not money).</summary>
    public decimal MeanSupportPercent { get; init; } // clean: a percent, no money word

    /// <summary>The share of the city's budget respondents would give to research, in percent.</summary>
    public decimal PreferredBudgetPct { get; init; } // clean: a proportion of a budget (pct), not money

    /// <summary>The ratio of research cost to the whole general account, as respondents estimated it.</summary>
    public decimal EstimatedCostRatio { get; init; } // clean: a ratio of costs, not money

    /// <summary>What respondents said a household should pay a year, as the questionnaire asked it (in local units).</summary>
    public decimal WillingnessToPayAmount { get; init; } // expect: AIR0010

    /// <summary>The subsidy the central government pays the city, as a bare figure from the old tool.</summary>
    public decimal? SubsidyFromCentre { get; init; } // expect: AIR0010

    /// <summary>The net support in percentage points (support minus opposition), as the brief prints it.</summary>
    public PercentagePoints NetSupport => Support - Oppose; // clean: shares subtracted give points

    /// <summary>The net support as the first dashboard computed it (a bug: raw percents, through locals).</summary>
    public decimal NetSupportRaw
    {
        get
        {
            var yes = Support.Percent;
            var no = Oppose.Percent;
            return yes - no; // expect: AIR0006
        }
    }

    /// <summary>Those who gave no answer, in percent.</summary>
    public decimal UndecidedPercent => 100m - Support.Percent - Oppose.Percent; // clean: a share subtracted from a plain number, twice
}

/// <summary>A row of the ministry's CSV as read, before the currency is attached.</summary>
public sealed record BudgetRow(string City, string Code, decimal BudgetLocal, int Year); // expect: AIR0010

/// <summary>A row of the Korean ministry's open-data file; its column is called "won" after the unit.</summary>
public sealed record WonRow(string District)
{
    public decimal Won { get; init; } // clean: not followed (the page lists the money words, and "won" is not one of them)
}

/// <summary>Reads an amount out of a cell, with a fallback when the cell is empty.</summary>
public delegate Money AmountReader(string cell, decimal fallbackAmount); // expect: AIR0010

/// <summary>A line of a city's budget that the report prints.</summary>
public interface IBudgetLine
{
    Money Line { get; }

    decimal CostPerResident { get; } // expect: AIR0010
}

/// <summary>The research line of a city's budget.</summary>
public sealed class ResearchLine(CityBudget budget, int residents) : IBudgetLine
{
    public Money Line => budget.Core;

    public decimal CostPerResident => budget.Core.Amount / residents; // clean: an interface implementation, reported once at the interface

    private decimal _budgetCache; // clean: not public

    public decimal Rate { get; set; } // clean: not a money word

    public decimal Cached() => _budgetCache == 0m ? _budgetCache = budget.Core.Amount : _budgetCache;
}

/// <summary>A table of the report, with the figure its subclasses compare against.</summary>
public abstract class ReportTable
{
    protected decimal baselineCost; // expect: AIR0010

    protected decimal baselineCostShare; // clean: a share of a cost, not money

    /// <summary>The rows, already formatted.</summary>
    public List<string> Rows { get; } = [];

    /// <summary>Adds a figure with the team's invariant format.</summary>
    public void Add(string label, Money figure) => Rows.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: {figure}"));

    /// <summary>Adds a yuan figure as the Chinese tables print it, with the unit label after the number.</summary>
    public void AddYuan(string label, Money figure) =>
        Rows.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: {figure.Amount:N0} {SurveyCodes.YuanLabel}"));

    /// <summary>The rows whose label starts with the given text.</summary>
    public IEnumerable<string> Starting(string prefix) => Rows.Where(r => r.StartsWith(prefix, StringComparison.Ordinal));
}

/// <summary>The currencies the budgets panel covers, with the attribute the analyzers trust.</summary>
public sealed class PanelCurrencies
{
    [Currency("KRW")] public Money SeoulEnvelope { get; init; } // clean: an active code

    [Currency("RMB")] public Money ShenzhenEnvelope { get; init; } // expect: AIR0003

    [Currency("idr")] public Money JakartaEnvelope { get; init; } // expect: AIR0003
}
