using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>The audit of one programme's parts against its whole.</summary>
/// <param name="Programme">The programme (a fund or package with parts).</param>
/// <param name="Check">The parts check: included total, caps, unclear and additional parts, problems.</param>
/// <param name="Summary">Whether the parts add up (exactly only when the whole and every included part are exact, with no
/// precision saying they are rounded), and what is left or unclear: with the whole's qualifier ("up to", "at least",
/// "about"), and "about" what is left when the whole or a part is approximate or rounded; every ambiguity recorded about
/// a part of unclear membership; for a range whole, or parts stated as ranges or floors, what is left against both ends
/// (never a negative amount); and for a whole without parts, or without included parts that state an amount or a cap,
/// that there are none.</param>
public sealed record FundAuditRow(Programme Programme, PartsCheck Check, string Summary)
{
    /// <summary>The programme's id and the summary sentence.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Programme.Id + ": " + Summary;
}

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
        else if (programme.Parts.Count == 0)
        {
            sentences.Add($"No parts are listed for the whole ({check.Whole}), so nothing of it is explained by parts.");
        }
        else if (check.AddsUpExactly)
        {
            sentences.Add($"The included parts add up exactly to the whole ({check.Whole.Amount}).");
        }
        else if (check.IncludedTotal is not Money total)
        {
            if (check.IncludedCaps is null)
            {
                sentences.Add($"No included part states an amount to set against the whole ({check.Whole}).");
            }
        }
        else if (check.Whole.Qualifier == AmountQualifier.Between || !total.Equals(check.IncludedHigh))
        {
            // a range whole, or parts that are not single figures (ranges, floors): what is left has two ends
            sentences.Add(RangeRemainder(check, total));
        }
        else if (check.Remainder is Money rest)
        {
            // What is left is no more exact than the figures it comes from: a whole or a part that is approximate, or
            // rounded to its precision, leaves about that much.
            bool rounded = !check.IncludedTotalExact || (check.Whole.Qualifier == AmountQualifier.Exact && !check.Whole.IsExact);
            string about = check.Whole.Qualifier switch
            {
                AmountQualifier.UpTo => rounded ? "up to about " : "up to ",
                AmountQualifier.AtLeast => rounded ? "about " : "at least ",
                AmountQualifier.Approximately => "about ",
                _ => rounded ? "about " : string.Empty,
            };
            sentences.Add(rest.IsZero && rounded && check.Whole.Qualifier == AmountQualifier.Exact ? $"The included parts add up to the stated figure of the whole ({check.Whole.Amount}), not exactly: {NotExact(check)}."
                : rest.IsZero ? $"The included parts add up to the stated figure of the whole ({check.Whole})."
                : rest.IsNegative ? $"The included parts add up to {total}, more than the stated figure of the whole ({check.Whole}); nothing of it is left unexplained."
                : $"The included parts leave {about}{rest}{(check.Whole.Qualifier == AmountQualifier.AtLeast && rounded ? " or more" : string.Empty)} of the whole ({check.Whole.Amount}) unexplained.");
        }

        if (check.IncludedCaps is Money caps)
        {
            sentences.Add($"Included caps add up to at most {caps}; caps are not counted as money given.");
        }

        foreach (Allocation unclear in check.Unclear)
        {
            string[] questions = dataset.AmbiguitiesAbout(unclear.Id).Select(a => a.ToString()).ToArray();
            string why = questions.Length == 0 ? "the sources do not say" : string.Join("; ", questions);
            sentences.Add($"Whether {unclear.Id} ({unclear.Amount}) is part of the whole is unclear: {why}.");
        }

        foreach (Allocation extra in check.Additional)
        {
            sentences.Add($"{extra.Id} ({extra.Amount}) comes on top of the whole.");
        }

        sentences.AddRange(check.Problems);
        return new FundAuditRow(programme, check, string.Join(" ", sentences));
    }

    /// <summary>Why stated figures that add up to a plain whole do not add up exactly: the whole is rounded to its
    /// precision, or an included part is approximate or rounded.</summary>
    private static string NotExact(PartsCheck check)
    {
        var why = new List<string>(2);
        if (check.Whole is { Precision: decimal precision })
        {
            why.Add("the whole is rounded to the nearest " + precision.ToString("#,0.############################", CultureInfo.InvariantCulture));
        }

        if (!check.IncludedTotalExact)
        {
            why.Add("an included part is rounded or approximate");
        }

        return string.Join(" and ", why);
    }

    /// <summary>What a whole leaves after the included parts when either is not a single figure (a range, a floor, a cap),
    /// against both ends: the least left is the whole's low end less the parts' high end, the most its high end less the
    /// parts' low end; never a negative amount (the parts may reach past the whole's low end, up to its high end). Parts
    /// of which one is approximate or rounded add up to about so much; parts whose high ends add up to more than decimal
    /// holds have no known high end, and the sentence says so.</summary>
    private static string RangeRemainder(PartsCheck check, Money total)
    {
        ReportedAmount whole = check.Whole!;
        string about = check.IncludedTotalRough ? "about " : string.Empty;
        string parts = check.IncludedHigh is not Money high
            ? $"at least {about}{total}{(check.IncludedHighBeyond ? " (the sum of their high ends is beyond what this library can hold)" : string.Empty)}"
            : high.Equals(total) ? about + total : $"between {about}{total} and {about}{high}";
        (Money least, Money? most) = RemainderEnds(whole, total, check.IncludedHigh);
        if (most is not Money top)
        {
            return least.IsZero
                ? $"The included parts add up to {parts}; the whole ({whole}) has no upper end, so nothing of it is known to be left unexplained."
                : $"The included parts add up to {parts}; they leave at least {least} of the whole ({whole}) unexplained.";
        }

        return top.IsZero
            ? $"The included parts add up to {parts}, the high end of the whole ({whole}); nothing is left unexplained if the whole is at its high end."
            : least.IsZero
                ? $"The included parts add up to {parts}, within the {(whole.Qualifier == AmountQualifier.Between ? "range of the " : string.Empty)}whole ({whole}); they leave from nothing to {top} of it unexplained."
                : $"The included parts add up to {parts}; the whole is {whole}, so they leave between {least} and {top} of it unexplained.";
    }

    /// <summary>The least and the most a whole leaves after included parts that add up to <paramref name="total"/> at
    /// their low ends and <paramref name="partsHigh"/> at their high ends (null: no known high end): never negative; the
    /// most is null when the whole has no upper end.</summary>
    private static (Money Least, Money? Most) RemainderEnds(ReportedAmount whole, Money total, Money? partsHigh)
    {
        Money wholeLow = whole.LowerBound ?? whole.Amount;
        Money? wholeHigh = whole.Qualifier == AmountQualifier.Approximately ? whole.Amount : whole.UpperBound;
        Money least = partsHigh is Money reach && reach < wholeLow ? wholeLow - reach : Money.Zero(total.Currency);
        return (least, wholeHigh is Money top ? (top > total ? top - total : Money.Zero(total.Currency)) : null);
    }

    /// <summary>The qualifier of the sum of the included parts that are not caps: "exact" only when every one is exact;
    /// "between" when one is a range (its low ends in amount, its high ends in amount_high), "at least" when one is a
    /// floor; "approximately" before either when one is approximate; "rounded" when one is stated to a precision and none
    /// is qualified otherwise.</summary>
    private static string SumWords(Programme programme, PartsCheck check)
    {
        bool approximate = false, range = false, floor = false;
        foreach (Allocation a in programme.Parts)
        {
            if (a.Membership != PartMembership.Included || a.Amount.IsCap || a.Amount.Currency != check.IncludedTotal?.Currency)
            {
                continue;
            }

            approximate |= a.Amount.Qualifier == AmountQualifier.Approximately;
            range |= a.Amount.Qualifier == AmountQualifier.Between;
            floor |= a.Amount.Qualifier == AmountQualifier.AtLeast;
        }

        string bounds = floor ? "at least" : range ? "between" : string.Empty;
        return bounds.Length == 0
            ? (approximate ? "approximately" : check.IncludedTotalExact ? "exact" : "rounded")
            : approximate ? "approximately " + bounds : bounds;
    }

    /// <summary>The remainder row's figures: what the whole leaves, with its qualifier; both ends (amount and
    /// amount_high, "between") when the whole or the parts are not single figures.</summary>
    private static void AddRemainder(ResultTableRow row, PartsCheck check, string? sumWords, TableColumn<string> qualifier, TableColumn<Money> amount, TableColumn<Money> amountHigh)
    {
        if (check.Whole is not ReportedAmount whole || check.IncludedTotal is not Money total || total.Currency != whole.Currency)
        {
            return;
        }

        if (whole.Qualifier == AmountQualifier.Between || !total.Equals(check.IncludedHigh))
        {
            (Money least, Money? most) = RemainderEnds(whole, total, check.IncludedHigh);
            row.Set(qualifier, most is null ? "at least" : "between").Set(amount, least).Set(amountHigh, most);
            return;
        }

        if (check.Remainder is Money rest)
        {
            string words = whole.Qualifier switch
            {
                AmountQualifier.UpTo => "up to",
                AmountQualifier.AtLeast => "at least",
                AmountQualifier.Approximately => "approximately",
                _ => sumWords == "approximately" ? "approximately" : sumWords == "rounded" || whole.Precision is not null ? "rounded" : "exact",
            };
            row.Set(qualifier, words).Set(amount, rest);
        }
    }

    /// <summary>The audit as a table: one row per part, then the check's totals per programme. Every figure comes with
    /// its qualifier ("rounded" for a plain figure stated to a precision) and, for a range, its high end (amount_high): the
    /// sum of the included parts is "between" its low and high ends when a part is a range, "at least" when one is a floor,
    /// "approximately" when one is approximate, never one plain figure; a sum of high ends beyond decimal is not
    /// computable, and the row's note says so. The remainder row gives what is left with its qualifier, or both ends.</summary>
    /// <param name="rows">The audited programmes.</param>
    /// <returns>The table.</returns>
    public static ResultTable ToTable(IEnumerable<FundAuditRow> rows)
    {
        Guard.NotNull(rows);
        var b = new ResultTableBuilder("fund-audit");
        TableColumn<string> programme = b.Text("programme"), part = b.Text("part"), purpose = b.Text("purpose"), membership = b.Text("membership"), qualifier = b.Text("qualifier");
        TableColumn<Money> amount = b.Money("amount"), amountHigh = b.Money("amount_high");
        TableColumn<string> note = b.Text("note");
        foreach (FundAuditRow r in rows)
        {
            PartsCheck check = r.Check;
            b.Facts([r.Programme.Id, .. r.Programme.Parts.Select(a => a.Id)]);
            foreach (Allocation a in r.Programme.Parts)
            {
                b.AddRow().Set(programme, r.Programme.Id).Set(part, a.Id).Set(purpose, a.Purpose.ToString()).Set(membership, a.Membership.ToString().ToLowerInvariant())
                    .Set(qualifier, FigureWords.Of(a.Amount)).Set(amount, a.Amount.Amount).Set(amountHigh, a.Amount.UpperAmount).Set(note, a.Description);
            }

            if (check.Whole is { } whole)
            {
                b.AddRow().Set(programme, r.Programme.Id).Set(part, "(whole)").Set(qualifier, FigureWords.Of(whole)).Set(amount, whole.Amount).Set(amountHigh, whole.UpperAmount).Set(note, "the headline amount");
            }

            // A sum of ranges is a range, and a sum with a floor has no high end: never one plain figure.
            string? sumWords = check.IncludedTotal is null ? null : SumWords(r.Programme, check);
            bool twoEnds = check.IncludedTotal is Money low && !low.Equals(check.IncludedHigh);
            b.AddRow().Set(programme, r.Programme.Id).Set(part, "(included, not caps)").Set(membership, "included").Set(qualifier, sumWords).Set(amount, check.IncludedTotal)
                .Set(amountHigh, twoEnds ? check.IncludedHigh : null)
                .Set(note, "sum of included parts stated without a cap" + (!twoEnds ? string.Empty
                    : check.IncludedHighBeyond ? ": their low ends; the sum of their high ends is beyond what this library can hold, so it is not computable"
                    : check.IncludedHigh is null ? ": their low ends; a floor has no high end"
                    : ": their low ends, and their high ends in amount_high"));
            b.AddRow().Set(programme, r.Programme.Id).Set(part, "(included caps)").Set(membership, "included").Set(qualifier, "up to").Set(amount, check.IncludedCaps)
                .Set(note, "sum of included caps");
            AddRemainder(b.AddRow().Set(programme, r.Programme.Id).Set(part, "(remainder)").Set(note, r.Summary), check, sumWords, qualifier, amount, amountHigh);
        }

        return b.Note("Parts of unclear membership are listed, not counted; caps are totalled apart from stated amounts.").Note(FigureWords.RoundedNote).Build();
    }
}
