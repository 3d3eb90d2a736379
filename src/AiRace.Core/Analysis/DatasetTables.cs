using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>The dataset as tables, for export: programmes (with headline amounts), allocations, targets, indicators,
/// claims and sources. Every amount comes with its currency and qualifier; every row with its source ids.</summary>
public static class DatasetTables
{
    /// <summary>All tables of the dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The tables, in a fixed order.</returns>
    public static IReadOnlyList<ResultTable> All(PolicyDataset dataset) =>
        new[] { Programmes(dataset), Allocations(dataset), Targets(dataset), Indicators(dataset), Claims(dataset), Sources(dataset) };

    /// <summary>One row per programme.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Programmes(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return new ResultTable(
            "programmes",
            new[]
            {
                new TableColumn("id", ColumnKind.Text), new TableColumn("name", ColumnKind.Text), new TableColumn("sponsor", ColumnKind.Text),
                new TableColumn("jurisdiction", ColumnKind.Text), new TableColumn("instruments", ColumnKind.Text), new TableColumn("status", ColumnKind.Text),
                new TableColumn("status_date", ColumnKind.Text), new TableColumn("parent", ColumnKind.Text), new TableColumn("qualifier", ColumnKind.Text),
                new TableColumn("amount", ColumnKind.Decimal, "@currency"), new TableColumn("amount_high", ColumnKind.Decimal, "@currency"), new TableColumn("currency", ColumnKind.Text),
                new TableColumn("stated", ColumnKind.Text), new TableColumn("source_conversion", ColumnKind.Decimal, "@source_conversion_currency"),
                new TableColumn("source_conversion_currency", ColumnKind.Text), new TableColumn("sources", ColumnKind.Text),
            },
            dataset.Programmes.Select(p => (IReadOnlyList<object?>)new object?[]
            {
                p.Id, p.Name, p.SponsorKind.ToString(), p.JurisdictionId, string.Join(" ", p.Instruments), p.Status?.ToString(),
                p.StatusHistory.Count == 0 ? null : p.StatusHistory[^1].Date.ToString(), p.ParentId,
                p.Headline is null ? null : p.Headline.Qualifier.Words(), p.Headline?.Amount.Amount, p.Headline?.UpperAmount?.Amount,
                p.Headline?.Currency.Code, p.Headline?.StatedText, p.Headline?.SourceConversion?.Amount.Amount, p.Headline?.SourceConversion?.Currency.Code,
                string.Join(" ", p.Sources.Select(s => s.SourceId).Distinct()),
            }),
            new[] { "Headline amounts as the sources state them; announced is not disbursed." });
    }

    /// <summary>One row per allocation (part) of a programme.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Allocations(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return new ResultTable(
            "allocations",
            new[]
            {
                new TableColumn("programme", ColumnKind.Text), new TableColumn("id", ColumnKind.Text), new TableColumn("purpose", ColumnKind.Text),
                new TableColumn("membership", ColumnKind.Text), new TableColumn("qualifier", ColumnKind.Text), new TableColumn("amount", ColumnKind.Decimal, "@currency"),
                new TableColumn("currency", ColumnKind.Text), new TableColumn("description", ColumnKind.Text), new TableColumn("sources", ColumnKind.Text),
            },
            dataset.Programmes.SelectMany(p => p.Parts.Select(a => (IReadOnlyList<object?>)new object?[]
            {
                p.Id, a.Id, a.Purpose.ToString(), a.Membership.ToString(), a.Amount.Qualifier.Words(), a.Amount.Amount.Amount,
                a.Amount.Currency.Code, a.Description, string.Join(" ", a.Sources.Select(s => s.SourceId).Distinct()),
            })));
    }

    /// <summary>One row per target.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Targets(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return new ResultTable(
            "targets",
            new[]
            {
                new TableColumn("id", ColumnKind.Text), new TableColumn("metric", ColumnKind.Text), new TableColumn("subject", ColumnKind.Text),
                new TableColumn("kind", ColumnKind.Text), new TableColumn("by", ColumnKind.Text), new TableColumn("baseline", ColumnKind.Text),
                new TableColumn("baseline_year", ColumnKind.Integer), new TableColumn("goal", ColumnKind.Text), new TableColumn("goal_year", ColumnKind.Integer),
                new TableColumn("sources", ColumnKind.Text),
            },
            dataset.Targets.Select(t => (IReadOnlyList<object?>)new object?[]
            {
                t.Id, t.MetricId, t.SubjectId, TargetPath.KindLabel(t.Kind), t.ById, t.Baseline?.ToString(), (long?)t.BaselineYear, t.Goal.ToString(), (long)t.GoalYear,
                string.Join(" ", t.Sources.Select(s => s.SourceId).Distinct()),
            }),
            new[] { "Values are written with their unit (70%, 0.65×) because a target's metric may be a share, a ratio or money." });
    }

    /// <summary>One row per indicator.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Indicators(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return new ResultTable(
            "indicators",
            new[]
            {
                new TableColumn("id", ColumnKind.Text), new TableColumn("metric", ColumnKind.Text), new TableColumn("subject", ColumnKind.Text),
                new TableColumn("value", ColumnKind.Text), new TableColumn("observed", ColumnKind.Text), new TableColumn("method", ColumnKind.Text),
                new TableColumn("by", ColumnKind.Text), new TableColumn("comparator", ColumnKind.Text), new TableColumn("sources", ColumnKind.Text),
            },
            dataset.Indicators.Select(i => (IReadOnlyList<object?>)new object?[]
            {
                i.Id, i.MetricId, i.SubjectId, i.Value.ToString(), i.Observed.ToString(), i.Method.ToString(), i.ById, i.Comparator,
                string.Join(" ", i.Sources.Select(s => s.SourceId).Distinct()),
            }));
    }

    /// <summary>One row per qualitative claim.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Claims(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return new ResultTable(
            "claims",
            new[]
            {
                new TableColumn("id", ColumnKind.Text), new TableColumn("topic", ColumnKind.Text), new TableColumn("subject", ColumnKind.Text),
                new TableColumn("statement", ColumnKind.Text), new TableColumn("by", ColumnKind.Text), new TableColumn("sources", ColumnKind.Text),
            },
            dataset.Claims.Select(c => (IReadOnlyList<object?>)new object?[]
            {
                c.Id, c.Topic, c.SubjectId, c.Statement, c.ById, string.Join(" ", c.Sources.Select(s => s.SourceId).Distinct()),
            }));
    }

    /// <summary>One row per source.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Sources(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return new ResultTable(
            "sources",
            new[]
            {
                new TableColumn("id", ColumnKind.Text), new TableColumn("title", ColumnKind.Text), new TableColumn("publisher", ColumnKind.Text),
                new TableColumn("published", ColumnKind.Text), new TableColumn("locator", ColumnKind.Text), new TableColumn("confidence", ColumnKind.Text),
                new TableColumn("cited_by", ColumnKind.Integer),
            },
            dataset.Sources.Select(s => (IReadOnlyList<object?>)new object?[]
            {
                s.Id, s.Title, s.Publisher, s.Published.ToString(), s.Locator, s.Confidence.ToString(), (long)dataset.FactsCiting(s.Id).Count(),
            }));
    }
}
