using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>One row of a ranked comparison.</summary>
/// <param name="Rank">The rank within its sponsor kind (1 is the largest).</param>
/// <param name="Programme">The programme.</param>
/// <param name="Amount">Its normalised headline.</param>
/// <param name="ShareOfLargest">Its value divided by the largest value of its sponsor kind; 0 when the largest is zero,
/// where there is no share (<see cref="ToString"/> says so for every row of the sponsor kind).</param>
public sealed record ComparisonRow(int Rank, Programme Programme, NormalisedAmount Amount, Ratio ShareOfLargest)
{
    /// <summary>Whether the largest value of the sponsor kind is zero, so that there is no share of it (set by
    /// <see cref="ProgrammeComparison.Rank"/>; a row built by hand knows it only when it is ranked first).</summary>
    internal bool LargestIsZero { get; init; }

    /// <summary>The rank, sponsor kind, programme and amount, such as "#1 State cn-ai-...: ≈ USD 139.3B (1x the largest)";
    /// a share that rounds to zero, or that does not exist because the largest is zero, is said to.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"#{Rank} {Programme.SponsorKind} {Programme.Id}: {Amount.Value.ToString("K", CultureInfo.InvariantCulture)} ({(ShareNote is string note ? note : ShareOfLargest + " the largest")})");

    /// <summary>Why <see cref="ShareOfLargest"/> is 0 although the amount is not (its quotient by the largest is below
    /// decimal's smallest step), or is 0 for want of a share (the largest is zero); otherwise null.</summary>
    internal string? ShareNote => ShareOfLargest.Value != 0m ? null
        : Amount.Value.IsZero ? (Rank == 1 || LargestIsZero ? "the largest is zero, so there is no share of it" : null)
        : "less than 10^-28 × the largest: the share rounds to 0 in decimal arithmetic and is shown as 0";
}

/// <summary>
/// Compares normalised programmes: ratios between two of them, and rankings that keep state, private and mixed money
/// apart (each sponsor kind is ranked and subtotalled on its own; there is no grand total across them).
/// </summary>
public static class ProgrammeComparison
{
    /// <summary>How many times <paramref name="numerator"/> is <paramref name="denominator"/> (both normalised to the same
    /// currency); the qualifiers of both are in the description, which says the ratio is no more exact than the figures
    /// when either is not exact (<see cref="ReportedAmount.IsExact"/>: qualified, or rounded to a precision).</summary>
    /// <param name="numerator">The first amount.</param>
    /// <param name="denominator">The second amount.</param>
    /// <returns>The ratio and a description such as "CNY 1T (≈ USD 138.9B) is 0.28 × USD 500B".</returns>
    /// <exception cref="CurrencyMismatchException">They were normalised to different currencies.</exception>
    /// <exception cref="DivideByZeroException">The second amount is zero.</exception>
    /// <exception cref="ArgumentException">Either is <c>default(NormalisedAmount)</c>, which holds no amount.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of decimal (more than 7.9 × 10^28).</exception>
    public static (Ratio Ratio, string Description) RatioOf(NormalisedAmount numerator, NormalisedAmount denominator)
    {
        NormalisedAmount.ThrowIfEmpty(numerator, nameof(numerator));
        NormalisedAmount.ThrowIfEmpty(denominator, nameof(denominator));
        decimal ratio;
        try
        {
            ratio = numerator.Value / denominator.Value;
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"The ratio of {numerator} to {denominator} is more than 7.9 × 10^28, beyond the range of decimal.", e);
        }

        // To three decimals, or three significant digits where that would show a ratio that is not zero as 0.
        string text = ratio == 0m && !numerator.Value.IsZero
            ? string.Create(CultureInfo.InvariantCulture, $"{numerator} is less than 10^-28 × {denominator} (the ratio rounds to 0 in decimal arithmetic and is given as 0)")
            : string.Create(CultureInfo.InvariantCulture, $"{numerator} is {QuantityText.Readable(ratio, 3)} × {denominator}");
        if (!numerator.Original.IsExact || !denominator.Original.IsExact)
        {
            text += " (the ratio inherits the qualifiers: it is no more exact than the figures)";
        }

        return (Ratio.Of(Math.Abs(ratio)), text);
    }

    /// <summary>Ranks programmes within each sponsor kind by normalised value (the low end for ranges).</summary>
    /// <param name="items">Normalised programmes, all in one currency.</param>
    /// <returns>Rows grouped by sponsor kind, largest first within each.</returns>
    /// <exception cref="CurrencyMismatchException">The items are in different currencies.</exception>
    /// <exception cref="ArgumentException">An item is <c>default(NormalisedProgramme)</c>, or holds no programme or
    /// <c>default(NormalisedAmount)</c>; the message gives its index.</exception>
    public static IReadOnlyList<ComparisonRow> Rank(IEnumerable<NormalisedProgramme> items)
    {
        Guard.NotNull(items);
        var list = items.ToList();
        if (list.Count == 0)
        {
            return Array.Empty<ComparisonRow>();
        }

        for (int i = 0; i < list.Count; i++)
        {
            NormalisedProgramme.ThrowIfEmpty(list[i], i, nameof(items));
        }

        Currency currency = list[0].Amount.Currency;
        foreach (NormalisedProgramme other in list)
        {
            if (other.Amount.Currency != currency)
            {
                throw new CurrencyMismatchException($"a ranking in {currency.Code} ({other.Programme.Id})", currency, other.Amount.Currency);
            }
        }

        var rows = new List<ComparisonRow>();
        foreach (var group in list.GroupBy(i => i.Programme.SponsorKind).OrderBy(g => g.Key))
        {
            var ordered = group.OrderByDescending(i => i.Amount.Value.Amount).ThenBy(i => i.Programme.Id, StringComparer.Ordinal).ToList();
            Money largest = ordered[0].Amount.Value;
            for (int k = 0; k < ordered.Count; k++)
            {
                decimal share = largest.IsZero ? 0m : ordered[k].Amount.Value / largest;
                rows.Add(new ComparisonRow(k + 1, ordered[k].Programme, ordered[k].Amount, Ratio.Of(share)) { LargestIsZero = largest.IsZero });
            }
        }

        return rows;
    }

    /// <summary>The ranking as a table, with one subtotal row per sponsor kind and qualifier (never across them); a plain
    /// figure with a <see cref="ReportedAmount.Precision"/> is not exact (<see cref="ReportedAmount.IsExact"/>): its
    /// qualifier reads "rounded", and it is subtotalled apart from the exact figures.</summary>
    /// <param name="items">Normalised programmes, all in one currency.</param>
    /// <param name="dataset">The dataset the programmes come from: when given, a subtotal that adds programmes which may
    /// overlap (<see cref="PolicyDataset.Overlaps"/>) names the overlap in its note (<see cref="Aggregation"/> gives
    /// the bounds).</param>
    /// <returns>The table.</returns>
    /// <exception cref="CurrencyMismatchException">The items are in different currencies.</exception>
    /// <exception cref="ArgumentException">An item is <c>default(NormalisedProgramme)</c>, or holds no programme or
    /// <c>default(NormalisedAmount)</c>; the message gives its index.</exception>
    public static ResultTable RankTable(IEnumerable<NormalisedProgramme> items, PolicyDataset? dataset = null)
    {
        IReadOnlyList<ComparisonRow> ranked = Rank(items);
        Currency? currency = ranked.Count == 0 ? null : ranked[0].Amount.Currency;
        var b = new ResultTableBuilder("programme-ranking");
        TableColumn<string> sponsor = b.Text("sponsor");
        TableColumn<long> rank = b.Integer("rank");
        TableColumn<string> programme = b.Text("programme"), name = b.Text("name"), qualifier = b.Text("qualifier");
        TableColumn<Money> value = b.Money("value", currency), valueHigh = b.Money("value_high", currency);
        TableColumn<Ratio> share = b.Ratio("share_of_largest");
        TableColumn<PartialDate> rateDate = b.PartialDate("rate_date");
        TableColumn<string> series = b.Text("rate_series"), subtotalNote = b.Text("note");
        foreach (ComparisonRow r in ranked)
        {
            b.AddRow().Set(sponsor, r.Programme.SponsorKind.ToString()).Set(rank, r.Rank).Set(programme, r.Programme.Id).Set(name, r.Programme.Name)
                .Set(qualifier, FigureWords.Of(r.Amount.Qualifier, Rounded(r.Amount))).Set(value, r.Amount.Value).Set(valueHigh, r.Amount.UpperValue).Set(share, r.ShareOfLargest)
                .Set(rateDate, RateDate.Covered(r.Amount.Conversion)).Set(series, r.Amount.Conversion.Rate.Series.Citation).Set(subtotalNote, r.ShareNote);
        }

        foreach (var g in ranked.GroupBy(r => (r.Programme.SponsorKind, r.Amount.Qualifier, Rounded: Rounded(r.Amount)))
            .OrderBy(g => g.Key.SponsorKind).ThenBy(g => g.Key.Qualifier).ThenBy(g => g.Key.Rounded))
        {
            string kind = FigureWords.Of(g.Key.Qualifier, g.Key.Rounded);
            Currency c = g.First().Amount.Currency;
            var low = new ExactSum();
            var high = new ExactSum();
            foreach (ComparisonRow r in g)
            {
                low.Add(r.Amount.Value.Amount);
                if (r.Amount.UpperValue is Money upper)
                {
                    high.Add(upper.Amount);
                }
            }

            low.TryGet(out decimal? lowTotal, out string? lowNote);
            decimal? highTotal = null;
            string? highNote = null;
            if (g.Key.Qualifier == AmountQualifier.Between)
            {
                high.TryGet(out highTotal, out highNote);
            }

            var ids = new HashSet<string>(g.Select(r => r.Programme.Id), StringComparer.Ordinal);
            string[] overlaps = (dataset?.Overlaps ?? [])
                .Where(o => o.ProgrammeIds.Count(ids.Contains) >= 2)
                .Select(o => $"may count the same money more than once: {o.Id} records that {string.Join(", ", o.ProgrammeIds.Where(ids.Contains))} may overlap (Aggregation gives the total with overlaps removed)")
                .ToArray();
            // A range's ends are summed apart: a note names the end it is about, so that a high end beyond decimal is not
            // read as the low end's.
            bool range = g.Key.Qualifier == AmountQualifier.Between;
            string? note = string.Join("; ", new[] { lowNote is null || !range ? lowNote : "low ends: " + lowNote, highNote is null ? null : "high ends: " + highNote }
                .Where(n => n is not null).Concat(overlaps));
            b.AddRow().Set(sponsor, g.Key.SponsorKind.ToString()).Set(programme, "subtotal").Set(name, $"{g.Count()} programme(s), {kind}")
                .Set(qualifier, kind).Set(value, lowTotal is decimal l ? Money.Of(l, c) : null)
                .Set(valueHigh, g.Key.Qualifier == AmountQualifier.Between && highTotal is decimal h ? Money.Of(h, c) : null)
                .Set(subtotalNote, note.Length == 0 ? null : note);
        }

        var rankedIds = new HashSet<string>(ranked.Select(r => r.Programme.Id), StringComparer.Ordinal);
        return b.Note("Ranked within each sponsor kind; state, private and mixed money are never added together.")
            .Note("Subtotals are per sponsor kind and qualifier: exact, rounded, approximate and capped figures are not mixed.")
            .Note(FigureWords.RoundedNote)
            .Facts(ranked.Select(r => r.Programme.Id))
            .Facts((dataset?.Overlaps ?? []).Where(o => o.ProgrammeIds.Count(rankedIds.Contains) >= 2).Select(o => o.Id))
            .Build();
    }

    /// <summary>Whether the figure is stated plainly but rounded to a precision: not exact, though its qualifier is.</summary>
    private static bool Rounded(NormalisedAmount amount) => amount.Qualifier == AmountQualifier.Exact && !amount.Original.IsExact;
}
