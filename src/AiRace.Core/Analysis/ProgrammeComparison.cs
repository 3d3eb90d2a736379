using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>One row of a ranked comparison.</summary>
/// <param name="Rank">The rank within its sponsor kind (1 is the largest).</param>
/// <param name="Programme">The programme.</param>
/// <param name="Amount">Its normalised headline.</param>
/// <param name="ShareOfLargest">Its value divided by the largest value of its sponsor kind.</param>
public sealed record ComparisonRow(int Rank, Programme Programme, NormalisedAmount Amount, Ratio ShareOfLargest);

/// <summary>
/// Compares normalised programmes: ratios between two of them, and rankings that keep state, private and mixed money
/// apart (each sponsor kind is ranked and subtotalled on its own; there is no grand total across them).
/// </summary>
public static class ProgrammeComparison
{
    /// <summary>How many times <paramref name="numerator"/> is <paramref name="denominator"/> (both normalised to the same
    /// currency); the qualifiers of both are in the description.</summary>
    /// <param name="numerator">The first amount.</param>
    /// <param name="denominator">The second amount.</param>
    /// <returns>The ratio and a description such as "CNY 1T (≈ USD 138.9B) is 0.28 × USD 500B".</returns>
    /// <exception cref="CurrencyMismatchException">They were normalised to different currencies.</exception>
    /// <exception cref="DivideByZeroException">The second amount is zero.</exception>
    public static (Ratio Ratio, string Description) RatioOf(NormalisedAmount numerator, NormalisedAmount denominator)
    {
        Guard.NotNull(numerator);
        Guard.NotNull(denominator);
        decimal ratio = numerator.Value / denominator.Value;
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{numerator} is {ratio:0.###} × {denominator}");
        if (numerator.Qualifier != AmountQualifier.Exact || denominator.Qualifier != AmountQualifier.Exact)
        {
            text += " (the ratio inherits the qualifiers: it is no more exact than the figures)";
        }

        return (Ratio.Of(Math.Abs(ratio)), text);
    }

    /// <summary>Ranks programmes within each sponsor kind by normalised value (the low end for ranges).</summary>
    /// <param name="items">Normalised programmes, all in one currency.</param>
    /// <returns>Rows grouped by sponsor kind, largest first within each.</returns>
    /// <exception cref="CurrencyMismatchException">The items are in different currencies.</exception>
    public static IReadOnlyList<ComparisonRow> Rank(IEnumerable<NormalisedProgramme> items)
    {
        Guard.NotNull(items);
        var list = items.ToList();
        if (list.Count == 0)
        {
            return Array.Empty<ComparisonRow>();
        }

        Currency currency = list[0].Amount.Currency;
        if (list.FirstOrDefault(i => i.Amount.Currency != currency) is { } other)
        {
            throw new CurrencyMismatchException($"a ranking in {currency.Code} ({other.Programme.Id})", currency, other.Amount.Currency);
        }

        var rows = new List<ComparisonRow>();
        foreach (var group in list.GroupBy(i => i.Programme.SponsorKind).OrderBy(g => g.Key))
        {
            var ordered = group.OrderByDescending(i => i.Amount.Value.Amount).ThenBy(i => i.Programme.Id, StringComparer.Ordinal).ToList();
            Money largest = ordered[0].Amount.Value;
            for (int k = 0; k < ordered.Count; k++)
            {
                decimal share = largest.IsZero ? 0m : ordered[k].Amount.Value / largest;
                rows.Add(new ComparisonRow(k + 1, ordered[k].Programme, ordered[k].Amount, Ratio.Of(share)));
            }
        }

        return rows;
    }

    /// <summary>The ranking as a table, with one subtotal row per sponsor kind and qualifier (never across them).</summary>
    /// <param name="items">Normalised programmes, all in one currency.</param>
    /// <returns>The table.</returns>
    public static ResultTable RankTable(IEnumerable<NormalisedProgramme> items)
    {
        IReadOnlyList<ComparisonRow> ranked = Rank(items);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (ComparisonRow r in ranked)
        {
            rows.Add(new object?[]
            {
                r.Programme.SponsorKind.ToString(), (long)r.Rank, r.Programme.Id, r.Programme.Name, r.Amount.Qualifier.Words(),
                r.Amount.Value.Amount, r.Amount.UpperValue?.Amount, r.Amount.Currency.Code, r.ShareOfLargest.Value,
                r.Amount.Conversion.Rate.Date, r.Amount.Conversion.Rate.Series.Citation,
            });
        }

        foreach (var g in ranked.GroupBy(r => (r.Programme.SponsorKind, r.Amount.Qualifier)).OrderBy(g => g.Key.SponsorKind).ThenBy(g => g.Key.Qualifier))
        {
            Currency c = g.First().Amount.Currency;
            rows.Add(new object?[]
            {
                g.Key.SponsorKind.ToString(), null, "subtotal", $"{g.Count()} programme(s), {g.Key.Qualifier.Words()}", g.Key.Qualifier.Words(),
                g.Select(r => r.Amount.Value).Sum(c).Amount,
                g.Key.Qualifier == AmountQualifier.Between ? g.Select(r => r.Amount.UpperValue!.Value).Sum(c).Amount : null,
                c.Code, null, null, null,
            });
        }

        return new ResultTable(
            "programme-ranking",
            new[]
            {
                new TableColumn("sponsor", ColumnKind.Text), new TableColumn("rank", ColumnKind.Integer), new TableColumn("programme", ColumnKind.Text),
                new TableColumn("name", ColumnKind.Text), new TableColumn("qualifier", ColumnKind.Text), new TableColumn("value", ColumnKind.Decimal, "@currency"),
                new TableColumn("value_high", ColumnKind.Decimal, "@currency"), new TableColumn("currency", ColumnKind.Text),
                new TableColumn("share_of_largest", ColumnKind.Decimal, "ratio to the largest of the same sponsor kind"),
                new TableColumn("rate_date", ColumnKind.Date), new TableColumn("rate_series", ColumnKind.Text),
            },
            rows,
            new[] { "Ranked within each sponsor kind; state, private and mixed money are never added together.", "Subtotals are per sponsor kind and qualifier: exact, approximate and capped figures are not mixed." });
    }
}
