using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>The audit of one programme's parts against its whole.</summary>
/// <param name="Programme">The programme (a fund or package with parts).</param>
/// <param name="Check">The parts check: included total, caps, unclear and additional parts, problems.</param>
/// <param name="Summary">One sentence: whether the parts add up, and what is left or unclear.</param>
public sealed record FundAuditRow(Programme Programme, PartsCheck Check, string Summary);

/// <summary>
/// Audits every programme with parts: the included parts against the whole, caps kept as caps, parts whose membership
/// the sources leave unclear (listed, not counted), and any unexplained remainder.
/// </summary>
public static class FundAudit
{
    /// <summary>Audits every programme of the dataset that has parts.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>One row per programme with parts.</returns>
    public static IReadOnlyList<FundAuditRow> Of(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        return dataset.Programmes.Where(p => p.Parts.Count > 0).Select(p => Audit(p, dataset)).ToArray();
    }

    /// <summary>Audits one programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="dataset">The dataset (for the ambiguities recorded about the parts).</param>
    /// <returns>The audited row.</returns>
    public static FundAuditRow Audit(Programme programme, PolicyDataset dataset)
    {
        Guard.NotNull(programme);
        Guard.NotNull(dataset);
        PartsCheck check = programme.CheckParts();
        var sentences = new List<string>();
        if (check.Whole is null)
        {
            sentences.Add("The sources give no whole to check the parts against.");
        }
        else if (check.AddsUpExactly)
        {
            sentences.Add($"The included parts add up exactly to the whole ({check.Whole.Amount}).");
        }
        else if (check.Remainder is Money rest)
        {
            sentences.Add(rest.IsZero ? "The included parts add up to the whole." : $"The included parts leave {rest} of the whole ({check.Whole.Amount}) unexplained.");
        }

        if (check.IncludedCaps is Money caps)
        {
            sentences.Add($"Included caps add up to at most {caps}; caps are not counted as money given.");
        }

        foreach (Allocation unclear in check.Unclear)
        {
            string why = dataset.AmbiguitiesAbout(unclear.Id).Select(a => a.ToString()).FirstOrDefault() ?? "the sources do not say";
            sentences.Add($"Whether {unclear.Id} ({unclear.Amount}) is part of the whole is unclear: {why}.");
        }

        foreach (Allocation extra in check.Additional)
        {
            sentences.Add($"{extra.Id} ({extra.Amount}) comes on top of the whole.");
        }

        sentences.AddRange(check.Problems);
        return new FundAuditRow(programme, check, string.Join(" ", sentences));
    }

    /// <summary>The audit as a table: one row per part, then the check's totals per programme.</summary>
    /// <param name="rows">The audited programmes.</param>
    /// <returns>The table.</returns>
    public static ResultTable ToTable(IEnumerable<FundAuditRow> rows)
    {
        Guard.NotNull(rows);
        var cells = new List<IReadOnlyList<object?>>();
        foreach (FundAuditRow r in rows)
        {
            foreach (Allocation part in r.Programme.Parts)
            {
                cells.Add(new object?[]
                {
                    r.Programme.Id, part.Id, part.Purpose.ToString(), part.Membership.ToString().ToLowerInvariant(), part.Amount.Qualifier.Words(),
                    part.Amount.Amount.Amount, part.Amount.Currency.Code, part.Description,
                });
            }

            Currency c = r.Check.Whole?.Currency ?? r.Programme.Parts[0].Amount.Currency;
            if (r.Check.Whole is { } whole)
            {
                cells.Add(new object?[] { r.Programme.Id, "(whole)", null, null, whole.Qualifier.Words(), whole.Amount.Amount, whole.Currency.Code, "the headline amount" });
            }

            cells.Add(new object?[] { r.Programme.Id, "(included, not caps)", null, "included", null, r.Check.IncludedTotal?.Amount, c.Code, "sum of included parts stated without a cap" });
            cells.Add(new object?[] { r.Programme.Id, "(included caps)", null, "included", "up to", r.Check.IncludedCaps?.Amount, c.Code, "sum of included caps" });
            cells.Add(new object?[] { r.Programme.Id, "(remainder)", null, null, null, r.Check.Remainder?.Amount, c.Code, r.Summary });
        }

        return new ResultTable(
            "fund-audit",
            new[]
            {
                new TableColumn("programme", ColumnKind.Text), new TableColumn("part", ColumnKind.Text), new TableColumn("purpose", ColumnKind.Text),
                new TableColumn("membership", ColumnKind.Text), new TableColumn("qualifier", ColumnKind.Text), new TableColumn("amount", ColumnKind.Decimal, "@currency"),
                new TableColumn("currency", ColumnKind.Text), new TableColumn("note", ColumnKind.Text),
            },
            cells,
            new[] { "Parts of unclear membership are listed, not counted; caps are totalled apart from stated amounts." });
    }
}
