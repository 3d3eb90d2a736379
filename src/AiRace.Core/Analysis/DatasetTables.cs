using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>The dataset as tables, for export: programmes (with headline amounts), allocations, targets, indicators,
/// claims and sources. Every amount comes with its currency and qualifier ("rounded" for a plain figure stated to a
/// precision, which <see cref="Reporting.ReportedAmount.IsExact"/> says is not exact); every row with its source ids.</summary>
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
        var b = new ResultTableBuilder("programmes");
        TableColumn<string> id = b.Text("id"), name = b.Text("name"), sponsor = b.Text("sponsor"), jurisdiction = b.Text("jurisdiction"),
            instruments = b.Text("instruments"), status = b.Text("status");
        TableColumn<PartialDate> statusDate = b.PartialDate("status_date");
        TableColumn<string> parent = b.Text("parent"), qualifier = b.Text("qualifier");
        TableColumn<Money> amount = b.Money("amount"), amountHigh = b.Money("amount_high");
        TableColumn<string> stated = b.Text("stated");
        TableColumn<Money> sourceConversion = b.Money("source_conversion");
        TableColumn<string> sources = b.Text("sources");
        foreach (Programme p in dataset.Programmes)
        {
            b.AddRow().Set(id, p.Id).Set(name, p.Name).Set(sponsor, p.SponsorKind.ToString()).Set(jurisdiction, p.JurisdictionId)
                .Set(instruments, string.Join(" ", p.Instruments)).Set(status, p.Status?.ToString())
                .Set(statusDate, p.StatusHistory.Count == 0 ? null : p.StatusHistory[^1].Date).Set(parent, p.ParentId)
                .Set(qualifier, p.Headline is null ? null : FigureWords.Of(p.Headline)).Set(amount, p.Headline?.Amount).Set(amountHigh, p.Headline?.UpperAmount)
                .Set(stated, p.Headline?.StatedText).Set(sourceConversion, p.Headline?.SourceConversion?.Amount).Set(sources, SourcesOf(p.Sources));
        }

        return b.Note("Headline amounts as the sources state them; announced is not disbursed.").Note(FigureWords.RoundedNote).Facts(dataset.Programmes.Select(p => p.Id)).Build();
    }

    /// <summary>One row per allocation (part) of a programme: a range part with both ends (amount and amount_high).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Allocations(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        var b = new ResultTableBuilder("allocations");
        TableColumn<string> programme = b.Text("programme"), id = b.Text("id"), purpose = b.Text("purpose"), membership = b.Text("membership"), qualifier = b.Text("qualifier");
        TableColumn<Money> amount = b.Money("amount"), amountHigh = b.Money("amount_high");
        TableColumn<string> description = b.Text("description"), sources = b.Text("sources");
        foreach (Programme p in dataset.Programmes)
        {
            foreach (Allocation a in p.Parts)
            {
                b.AddRow().Set(programme, p.Id).Set(id, a.Id).Set(purpose, a.Purpose.ToString()).Set(membership, a.Membership.ToString()).Set(qualifier, FigureWords.Of(a.Amount))
                    .Set(amount, a.Amount.Amount).Set(amountHigh, a.Amount.UpperAmount).Set(description, a.Description).Set(sources, SourcesOf(a.Sources));
            }
        }

        return b.Note(FigureWords.RoundedNote).Facts(dataset.Programmes.SelectMany(p => p.Parts).Select(a => a.Id)).Build();
    }

    /// <summary>One row per target.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Targets(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        var b = new ResultTableBuilder("targets");
        TableColumn<string> id = b.Text("id"), metric = b.Text("metric"), subject = b.Text("subject"), kind = b.Text("kind"), by = b.Text("by"), baseline = b.Text("baseline");
        TableColumn<long> baselineYear = b.Integer("baseline_year");
        TableColumn<string> goal = b.Text("goal");
        TableColumn<long> goalYear = b.Integer("goal_year");
        TableColumn<string> sources = b.Text("sources");
        foreach (Target t in dataset.Targets)
        {
            b.AddRow().Set(id, t.Id).Set(metric, t.MetricId).Set(subject, t.SubjectId).Set(kind, TargetPath.KindLabel(t.Kind)).Set(by, t.ById)
                .Set(baseline, t.Baseline?.ToString()).Set(baselineYear, (long?)t.BaselineYear).Set(goal, t.Goal.ToString()).Set(goalYear, (long)t.GoalYear)
                .Set(sources, SourcesOf(t.Sources));
        }

        return b.Note("Values are written with their unit (70%, 0.65×) because a target's metric may be a share, a ratio or money.").Facts(dataset.Targets.Select(t => t.Id)).Build();
    }

    /// <summary>One row per indicator.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Indicators(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        var b = new ResultTableBuilder("indicators");
        TableColumn<string> id = b.Text("id"), metric = b.Text("metric"), subject = b.Text("subject"), value = b.Text("value");
        TableColumn<PartialDate> observed = b.PartialDate("observed");
        TableColumn<string> method = b.Text("method"), by = b.Text("by"), comparator = b.Text("comparator"), sources = b.Text("sources");
        foreach (Indicator i in dataset.Indicators)
        {
            b.AddRow().Set(id, i.Id).Set(metric, i.MetricId).Set(subject, i.SubjectId).Set(value, i.Value.ToString()).Set(observed, i.Observed)
                .Set(method, i.Method.ToString()).Set(by, i.ById).Set(comparator, i.Comparator).Set(sources, SourcesOf(i.Sources));
        }

        return b.Facts(dataset.Indicators.Select(i => i.Id)).Build();
    }

    /// <summary>One row per qualitative claim.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Claims(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        var b = new ResultTableBuilder("claims");
        TableColumn<string> id = b.Text("id"), topic = b.Text("topic"), subject = b.Text("subject"), statement = b.Text("statement"), by = b.Text("by"), sources = b.Text("sources");
        foreach (Claim c in dataset.Claims)
        {
            b.AddRow().Set(id, c.Id).Set(topic, c.Topic).Set(subject, c.SubjectId).Set(statement, c.Statement).Set(by, c.ById).Set(sources, SourcesOf(c.Sources));
        }

        return b.Facts(dataset.Claims.Select(c => c.Id)).Build();
    }

    /// <summary>One row per source.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The table.</returns>
    public static ResultTable Sources(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        var b = new ResultTableBuilder("sources");
        TableColumn<string> id = b.Text("id"), title = b.Text("title"), publisher = b.Text("publisher");
        TableColumn<PartialDate> published = b.PartialDate("published");
        TableColumn<string> locator = b.Text("locator"), confidence = b.Text("confidence");
        TableColumn<long> citedBy = b.Integer("cited_by");
        foreach (Source s in dataset.Sources)
        {
            b.AddRow().Set(id, s.Id).Set(title, s.Title).Set(publisher, s.Publisher).Set(published, s.Published).Set(locator, s.Locator)
                .Set(confidence, s.Confidence.ToString()).Set(citedBy, (long)dataset.FactsCiting(s.Id).Count());
        }

        return b.Facts(dataset.Sources.Select(s => s.Id)).Build();
    }

    private static string SourcesOf(IEnumerable<SourceReference> sources) => string.Join(" ", sources.Select(s => s.SourceId).Distinct());
}
