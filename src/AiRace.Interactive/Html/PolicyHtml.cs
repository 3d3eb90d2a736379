using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiRace.Core;
using AiRace.Core.Analysis;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Interactive.Html;

/// <summary>HTML for the policy model and analysis results: cards for programmes, targets, indicators and claims with
/// their sources' quotes and what the curators inferred, allocation tables with the parts-versus-whole check, target
/// paths, normalised amounts and result tables.</summary>
public static class PolicyHtml
{
    /// <summary>A reported amount with its qualifier, the source's wording and the source's own conversion.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Reported(ReportedAmount amount)
    {
        Guard(amount);
        var sb = new StringBuilder();
        sb.Append("<span class=\"airace-money\">").Append(E(Qualified(amount.Qualifier, amount.Amount, amount.UpperAmount))).Append("</span>");
        if (amount.StatedText is { } stated)
        {
            sb.Append(" <span class=\"airace-note\">(“").Append(E(stated)).Append("”)</span>");
        }

        if (amount.SourceConversion is { } c)
        {
            sb.Append(" <span class=\"airace-note\">— the source converts it to ").Append(E(Qualified(c.Qualifier, c.Amount, c.UpperAmount))).Append("</span>");
        }

        return sb.ToString();
    }

    /// <summary>A normalised amount: the converted value with the qualifier, and the conversion it took.</summary>
    /// <param name="amount">The normalised amount.</param>
    /// <returns>An HTML fragment.</returns>
    /// <exception cref="System.InvalidOperationException">The amount is <c>default(NormalisedAmount)</c>, which holds no amount.</exception>
    public static string Normalised(NormalisedAmount amount)
    {
        return "<span class=\"airace-money\">" + E(Qualified(amount.Qualifier, amount.Value, amount.UpperValue)) + "</span> <span class=\"airace-note\">"
            + E(string.Create(CultureInfo.InvariantCulture, $"from {amount.Original.Amount} at {amount.Conversion.Rate.Base.Code}/{amount.Conversion.Rate.Quote.Code} {amount.Conversion.Rate.Rate} ({MoneyHtml.Covered(amount.Conversion)}, {amount.Conversion.Rate.Series.Citation}); {amount.Basis}"))
            + "</span>";
    }

    /// <summary>A programme as a card: what, who, where, status, headline, parts with their check, sources with quotes.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Card(Programme programme)
    {
        Guard(programme);
        StringBuilder sb = Open(programme.Name, programme.Id)
            .Append("<div>").Append(E($"{programme.SponsorKind} sponsor · {programme.JurisdictionId} · {string.Join(", ", programme.Instruments)}"))
            .Append(" · status: ").Append(E(programme.StatusHistory.Count == 0 ? "not stated" : string.Join(" → ", programme.StatusHistory.Select(s => s.ToString())))).Append("</div>");
        sb.Append("<div>Headline: ").Append(programme.Headline is null ? "<em>no amount stated</em>" : Reported(programme.Headline)).Append("</div>");
        if (programme.Parts.Count > 0)
        {
            sb.Append(Allocations(programme));
        }

        Inferred(sb, programme.Inferences);
        foreach (Allocation part in programme.Parts)
        {
            Inferred(sb, part.Inferences, part.Id);
        }

        return Provenance(sb, programme.Sources, []);
    }

    /// <summary>A target as a card: its metric and subject, the baseline and the goal with their years, its kind, who set
    /// it and for which programme, its note, what the curators inferred, and its sources with quotes.</summary>
    /// <param name="target">The target.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Card(Target target)
    {
        Guard(target);
        StringBuilder sb = Open(target.MetricId + " of " + target.SubjectId, target.Id);
        Line(sb, "Baseline", target.Baseline is MetricValue b ? b + " (" + Year(target.BaselineYear) + ")" : null);
        Line(sb, "Goal", target.Goal + " by " + Year(target.GoalYear));
        Line(sb, "Kind", target.Kind == TargetKind.Unknown ? null : Words(target.Kind));
        Line(sb, "Set by", target.ById);
        Line(sb, "Programme", target.ProgrammeId);
        Line(sb, "Note", target.Note);
        return Provenance(sb, target.Sources, target.Inferences);
    }

    /// <summary>An indicator as a card: its metric and subject, the value (against its comparator), when it was observed
    /// and how, who measured it, its note, what the curators inferred, and its sources with quotes.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Card(Indicator indicator)
    {
        Guard(indicator);
        StringBuilder sb = Open(indicator.MetricId + " of " + indicator.SubjectId, indicator.Id);
        Line(sb, "Value", indicator.Comparator is null ? indicator.Value.ToString() : indicator.Value + " of " + indicator.Comparator);
        Line(sb, "Compared with", indicator.ComparatorId);
        Line(sb, "Observed", indicator.Observed.ToString());
        Line(sb, "Method", Words(indicator.Method));
        Line(sb, "By", indicator.ById);
        Line(sb, "Note", indicator.Note);
        return Provenance(sb, indicator.Sources, indicator.Inferences);
    }

    /// <summary>A claim as a card: its statement, topic and subject, what it compares with, who makes it, what the curators
    /// inferred, and its sources with quotes.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Card(Claim claim)
    {
        Guard(claim);
        StringBuilder sb = Open(claim.Statement, claim.Id);
        Line(sb, "Topic", claim.Topic);
        Line(sb, "Subject", claim.SubjectId);
        Line(sb, "Compared with", claim.ComparatorId);
        Line(sb, "By", claim.ById);
        return Provenance(sb, claim.Sources, claim.Inferences);
    }

    /// <summary>A collection of programmes as one table: sponsor, jurisdiction, status and headline with its qualifier.</summary>
    /// <param name="programmes">The programmes.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.ArgumentException">The collection or one of its items is null (the message gives the item's
    /// position).</exception>
    public static string Programmes(IEnumerable<Programme> programmes)
    {
        Guard(programmes);
        var table = new HtmlTable("Programmes").Column("programme").Column("sponsor").Column("jurisdiction").Column("status").Column("headline", numeric: true).Column("sources");
        foreach (Programme p in Each(programmes))
        {
            table.Row(
                p.Name + " (" + p.Id + ")", p.SponsorKind.ToString(), p.JurisdictionId, p.Status?.ToString() ?? "not stated",
                p.Headline is null ? "no amount stated" : Qualified(p.Headline.Qualifier, p.Headline.Amount, p.Headline.UpperAmount),
                Cited(p.Sources));
        }

        return MoneyHtml.Style + table.ToHtml();
    }

    /// <summary>A collection of targets as one table: metric and subject, baseline and goal with their years, kind, who
    /// set it, its programme, the fields the curators inferred, and the sources.</summary>
    /// <param name="targets">The targets.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.ArgumentException">The collection or one of its items is null (the message gives the item's
    /// position).</exception>
    public static string Targets(IEnumerable<Target> targets)
    {
        Guard(targets);
        var table = new HtmlTable("Targets").Column("target").Column("metric").Column("subject").Column("baseline", numeric: true)
            .Column("goal", numeric: true).Column("kind").Column("set by").Column("programme").Column("inferred").Column("sources");
        foreach (Target t in Each(targets))
        {
            table.Row(
                t.Id, t.MetricId, t.SubjectId, t.Baseline is MetricValue b ? b + " (" + Year(t.BaselineYear) + ")" : NotStated,
                t.Goal + " by " + Year(t.GoalYear), t.Kind == TargetKind.Unknown ? NotStated : Words(t.Kind), t.ById ?? NotStated,
                t.ProgrammeId ?? NotStated, Fields(t.Inferences), Cited(t.Sources));
        }

        return MoneyHtml.Style + table.ToHtml();
    }

    /// <summary>A collection of indicators as one table: metric and subject, the value (against its comparator), when
    /// and how it was observed, by whom, the fields the curators inferred, and the sources.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.ArgumentException">The collection or one of its items is null (the message gives the item's
    /// position).</exception>
    public static string Indicators(IEnumerable<Indicator> indicators)
    {
        Guard(indicators);
        var table = new HtmlTable("Indicators").Column("indicator").Column("metric").Column("subject").Column("value", numeric: true)
            .Column("observed").Column("method").Column("by").Column("inferred").Column("sources");
        foreach (Indicator i in Each(indicators))
        {
            table.Row(
                i.Id, i.MetricId, i.SubjectId, i.Comparator is null ? i.Value.ToString() : i.Value + " of " + i.Comparator,
                i.Observed.ToString(), Words(i.Method), i.ById ?? NotStated, Fields(i.Inferences), Cited(i.Sources));
        }

        return MoneyHtml.Style + table.ToHtml();
    }

    /// <summary>A collection of claims as one table: the statement, topic and subject, what it compares with, who makes
    /// it, the fields the curators inferred, and the sources.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.ArgumentException">The collection or one of its items is null (the message gives the item's
    /// position).</exception>
    public static string Claims(IEnumerable<Claim> claims)
    {
        Guard(claims);
        var table = new HtmlTable("Claims").Column("claim").Column("statement").Column("topic").Column("subject")
            .Column("compared with").Column("by").Column("inferred").Column("sources");
        foreach (Claim c in Each(claims))
        {
            table.Row(c.Id, c.Statement, c.Topic, c.SubjectId, c.ComparatorId ?? NotStated, c.ById ?? NotStated, Fields(c.Inferences), Cited(c.Sources));
        }

        return MoneyHtml.Style + table.ToHtml();
    }

    /// <summary>The open questions of the dataset as one table: each ambiguity's question, the facts it is about, the
    /// readings the sources allow, and the sources.</summary>
    /// <param name="ambiguities">The ambiguities.</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.ArgumentException">The collection or one of its items is null (the message gives the item's
    /// position).</exception>
    public static string Ambiguities(IEnumerable<Ambiguity> ambiguities)
    {
        Guard(ambiguities);
        var table = new HtmlTable("Open questions").Column("ambiguity").Column("question").Column("about").Column("readings").Column("sources");
        foreach (Ambiguity a in Each(ambiguities))
        {
            table.Row(a.Id, a.Question, string.Join(", ", a.About), string.Join(" | ", a.Readings.Select((r, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + r)), Cited(a.Sources));
        }

        return MoneyHtml.Style + table.ToHtml();
    }

    /// <summary>Observations set against a target's path as one table: the year, the value observed, what each path
    /// expects, where the observation stands against it and by how much (exact, in the path's unit), and what the
    /// comparison rests on.</summary>
    /// <param name="assessments">The assessments (<see cref="TargetPath.Assess(Indicator, decimal)"/>).</param>
    /// <returns>An HTML table.</returns>
    /// <exception cref="System.ArgumentException">The collection or one of its items is null (the message gives the item's
    /// position).</exception>
    public static string Assessments(IEnumerable<PathAssessment> assessments)
    {
        Guard(assessments);
        var table = new HtmlTable("Observations against the path").Column("year").Column("observed", numeric: true)
            .Column("linear path", numeric: true).Column("versus linear").Column("from linear", numeric: true)
            .Column("compound path", numeric: true).Column("versus compound").Column("from compound", numeric: true).Column("note");
        foreach (PathAssessment a in Each(assessments))
        {
            table.Row(
                a.Year.ToString(CultureInfo.InvariantCulture), Number(a.Observed), Number(a.LinearExpected), Words(a.VersusLinear),
                Deviation(() => a.DeviationFromLinear), Number(a.CompoundExpected), Words(a.VersusCompound), Deviation(() => a.DeviationFromCompound), a.Note);
        }

        return MoneyHtml.Style + table.ToHtml();
    }

    /// <summary>A programme's parts as a table with the parts-versus-whole check beneath.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Allocations(Programme programme)
    {
        Guard(programme);
        var table = new HtmlTable("Allocations of " + programme.Name).Column("part").Column("purpose").Column("membership").Column("amount", numeric: true);
        foreach (Allocation a in programme.Parts)
        {
            table.Row(a.Id, a.Purpose.ToString(), a.Membership.ToString().ToLowerInvariant(), Qualified(a.Amount.Qualifier, a.Amount.Amount, a.Amount.UpperAmount));
        }

        PartsCheck check = programme.CheckParts();
        if (check.Whole is { } whole)
        {
            table.Row("(whole)", "", "", Qualified(whole.Qualifier, whole.Amount, whole.UpperAmount));
        }

        table.Row("(included parts, not caps)", "", "included", check.DescribeIncludedTotal("G") ?? "none");
        if (check.IncludedCaps is Money caps)
        {
            table.Row("(included caps)", "", "included", "up to " + caps);
        }

        if (check.Remainder is Money rest)
        {
            table.Row("(remainder)", "", "", Left(check, rest));
        }

        string verdict = check.DescribeVerdict("G");
        string unclear = check.Unclear.Count == 0 ? string.Empty : " Unclear membership (listed, not counted): " + string.Join(", ", check.Unclear.Select(u => u.Id)) + ".";
        return table.ToHtml() + "<div class=\"" + (check.IsConsistent ? "airace-note" : "airace-warn") + "\">" + E(verdict + unclear) + "</div>";
    }

    /// <summary>A parts-versus-whole check on its own, under the programme's id (its parts' ids are its own): the whole,
    /// what the included parts and caps add up to, the remainder, the parts listed but not counted, and the
    /// verdict.</summary>
    /// <param name="check">The check.</param>
    /// <returns>An HTML fragment.</returns>
    public static string PartsCheck(PartsCheck check)
    {
        Guard(check);
        var table = new HtmlTable("Parts of " + check.ProgrammeId + " against the whole").Column("").Column("amount", numeric: true);
        table.Row("whole", check.Whole is { } whole ? Qualified(whole.Qualifier, whole.Amount, whole.UpperAmount) : "no amount stated");
        table.Row("included parts (not caps)", check.DescribeIncludedTotal("G") ?? "none");
        if (check.IncludedCaps is Money caps)
        {
            table.Row("included caps", "up to " + caps);
        }

        if (check.Remainder is Money rest)
        {
            table.Row("remainder", Left(check, rest));
        }

        foreach (Allocation a in check.Additional)
        {
            table.Row("additional (not counted): " + a.Id, Qualified(a.Amount.Qualifier, a.Amount.Amount, a.Amount.UpperAmount));
        }

        foreach (Allocation a in check.Unclear)
        {
            table.Row("unclear membership (not counted): " + a.Id, Qualified(a.Amount.Qualifier, a.Amount.Amount, a.Amount.UpperAmount));
        }

        string verdict = check.DescribeVerdict("G");
        return MoneyHtml.Style + table.ToHtml() + "<div class=\"" + (check.IsConsistent ? "airace-note" : "airace-warn") + "\">" + E(verdict) + "</div>";
    }

    /// <summary>A conversion audit: the series and tolerance it used, then one row per audited conversion.</summary>
    /// <param name="audit">The audit.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Audit(ConversionAudit audit)
    {
        Guard(audit);
        return "<div><strong>Conversion audit</strong> against " + E(audit.SeriesCitation) + ", tolerance ±"
            + E(audit.TolerancePercent.ToString(CultureInfo.InvariantCulture)) + "%: "
            + E(audit.Rows.Count.ToString(CultureInfo.InvariantCulture)) + (audit.Rows.Count == 1 ? " conversion.</div>" : " conversions.</div>") + Table(audit.ToTable());
    }

    /// <summary>An aggregation: its key, currency and basis, the rule that keeps it free of double counting, and its
    /// totals (exact, rounded, estimated, capped and ranged amounts apart).</summary>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Aggregation(Aggregation aggregation)
    {
        Guard(aggregation);
        return "<div><strong>Totals by " + E(aggregation.Key.ToString()) + "</strong> in " + E(aggregation.Currency.Code) + ", "
            + E(aggregation.Basis.ToString()) + ".</div><div class=\"airace-note\">" + E(aggregation.Rule) + "</div>" + Table(aggregation.ToTable());
    }

    /// <summary>A target's path: its description and the implied value of each year.</summary>
    /// <param name="path">The path.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Path(TargetPath path)
    {
        Guard(path);
        return MoneyHtml.Style + "<div><strong>" + E(path.Target.Id) + "</strong>: " + E(path.Describe()) + "</div>" + Table(path.ToTable());
    }

    /// <summary>A result table with its notes.</summary>
    /// <param name="table">The table.</param>
    /// <returns>An HTML fragment.</returns>
    public static string Table(ResultTable table)
    {
        Guard(table);
        var html = new HtmlTable(table.Name);
        foreach (TableColumn c in table.Columns)
        {
            html.Column(c.Header, c.Kind is ColumnKind.Decimal or ColumnKind.Integer or ColumnKind.Money or ColumnKind.Share or ColumnKind.Ratio);
        }

        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            html.Row(row.Select((cell, i) => Cell(table.Columns[i], cell)).ToArray());
        }

        var sb = new StringBuilder(MoneyHtml.Style).Append(html.ToHtml());
        foreach (string note in table.Notes)
        {
            sb.Append("<div class=\"airace-note\">").Append(E(note)).Append("</div>");
        }

        return sb.ToString();
    }

    /// <summary>A cell as text, by its column's declared kind: money without the column's own currency shows its code
    /// (the header names a column currency), shares in percent, ratios in the invariant form of <see cref="Ratio.ToString()"/> (<c>0.65x</c>, with
    /// a letter x), partial dates at their precision.</summary>
    private static string Cell(TableColumn column, object? value) => value switch
    {
        null => "",
        Money m => column.Currency is null ? m.ToString() : m.Amount.ToString("#,0.############################", CultureInfo.InvariantCulture),
        Share s => s.ToString(),
        Ratio q => q.ToString(),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        System.DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };

    /// <summary>A card's frame and its title line.</summary>
    private static StringBuilder Open(string title, string id) =>
        new StringBuilder(MoneyHtml.Style)
            .Append("<div class=\"airace-card\" style=\"border:1px solid #ccc;padding:6px 10px;margin:6px 0\">")
            .Append("<div><strong>").Append(E(title)).Append("</strong> <code>").Append(E(id)).Append("</code></div>");

    /// <summary>A labelled line of a card; a value the fact does not state is shown as such, not left out.</summary>
    private static void Line(StringBuilder sb, string label, string? value) =>
        sb.Append("<div>").Append(E(label)).Append(": ").Append(value is null ? "<em>not stated</em>" : E(value)).Append("</div>");

    /// <summary>What the curators inferred (each field, of the fact or of one of its parts, and why).</summary>
    private static void Inferred(StringBuilder sb, IReadOnlyList<Inference> inferences, string? part = null)
    {
        foreach (Inference i in inferences)
        {
            sb.Append("<div class=\"airace-warn\">Inferred by the curators, not stated by the sources: <code>").Append(E(part is null ? i.Field : part + ": " + i.Field))
                .Append("</code> — ").Append(E(i.Reason)).Append("</div>");
        }
    }

    /// <summary>Closes a card with what the curators inferred and the sources with their quotes.</summary>
    private static string Provenance(StringBuilder sb, IReadOnlyList<SourceReference> sources, IReadOnlyList<Inference> inferences)
    {
        Inferred(sb, inferences);
        sb.Append("<details><summary>Sources (").Append(sources.Count.ToString(CultureInfo.InvariantCulture)).Append(")</summary><ul>");
        foreach (SourceReference s in sources)
        {
            sb.Append("<li><code>").Append(E(s.SourceId)).Append("</code>: “").Append(E(s.Quote)).Append("”</li>");
        }

        return sb.Append("</ul></details></div>").ToString();
    }

    /// <summary>A decimal with every digit, in the invariant culture; a zero without a sign.</summary>
    private static string Number(decimal value) => value == 0m ? "0" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An assessment's deviation (<see cref="PathAssessment.DeviationFromLinear"/>) with its sign, or why it
    /// cannot be given (the two values are further apart than a decimal holds).</summary>
    private static string Deviation(System.Func<decimal> deviation)
    {
        try
        {
            decimal d = deviation();
            return (d > 0 ? "+" : "") + Number(d);
        }
        catch (System.OverflowException)
        {
            return "not computable: further apart than a decimal holds";
        }
    }

    /// <summary>A table cell for a value the fact does not state.</summary>
    private const string NotStated = "not stated";

    /// <summary>The fields the curators inferred, for a table cell (empty when the sources state every field).</summary>
    private static string Fields(IReadOnlyList<Inference> inferences) => string.Join(", ", inferences.Select(i => i.Field));

    /// <summary>The ids of the sources cited, each once, for a table cell.</summary>
    private static string Cited(IReadOnlyList<SourceReference> sources) => string.Join(" ", sources.Select(r => r.SourceId).Distinct());

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "year not stated";

    /// <summary>An enum value in lower-case words ("analyst forecast").</summary>
    private static string Words<T>(T value)
        where T : struct, System.Enum
    {
        string name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private static string Qualified(AmountQualifier qualifier, Money amount, Money? upper) =>
        qualifier.Describe(amount.ToString(), upper?.ToString());

    /// <summary>What the whole leaves, in the words of <see cref="AiRace.Core.Policy.PartsCheck.DescribeRemainder"/>;
    /// nothing left is shown as the figure, and a remainder the words leave open as not known.</summary>
    private static string Left(PartsCheck check, Money rest) =>
        check.DescribeRemainder("G") ?? (rest.IsZero ? rest.ToString() : "not known");

    private static string E(string text) => HtmlText.Encode(text);

    private static void Guard(object value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null) =>
        System.ArgumentNullException.ThrowIfNull(value, name);

    /// <summary>The items of a collection given to a table, refusing a null item by its position.</summary>
    private static IEnumerable<T> Each<T>(IEnumerable<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        int index = 0;
        foreach (T item in items)
        {
            if (item is null)
            {
                throw new System.ArgumentException($"{name}[{index}] is null: a table has a row for each item, and there is nothing to show for this one.", name);
            }

            index++;
            yield return item;
        }
    }
}
