using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>The verdict on a source's own conversion.</summary>
public enum AuditVerdict
{
    /// <summary>The implied rate is within the tolerance of the reference rate for the source's date.</summary>
    WithinTolerance = 0,

    /// <summary>The implied rate is further from the reference rate than the tolerance.</summary>
    OutsideTolerance = 1,

    /// <summary>The source is not dated, so there is no single reference rate; the row compares every annual average instead.</summary>
    Undated = 2,
}

/// <summary>An annual average set against an implied rate.</summary>
/// <param name="Year">The year.</param>
/// <param name="Rate">The annual average (quote per base).</param>
/// <param name="DeviationPercent">(implied − average) / average × 100.</param>
public sealed record AnnualComparison(int Year, decimal Rate, decimal DeviationPercent)
{
    /// <summary>The year, its average rate and how far the implied rate is from it, such as
    /// "2024: average 7.1884, implied -0.25% from it".</summary>
    /// <returns>The description, the same under every culture.</returns>
    /// <remarks>The rate is rounded to four decimals for reading (to three significant digits where four decimals would
    /// show a rate that is not zero as 0), the deviation to two.</remarks>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Year}: average {QuantityText.Readable(Rate, 4)}, implied {DeviationPercent:+0.00;-0.00;0.00}% from it");
}

/// <summary>One audited conversion.</summary>
/// <param name="FactId">The fact (programme) whose amount it is.</param>
/// <param name="SourceId">The source the amount and its conversion come from.</param>
/// <param name="Amount">The amount as reported, with the source's conversion.</param>
/// <param name="Base">The currency the source converted to (the rate's base, e.g. USD).</param>
/// <param name="Quote">The currency of the amount (the rate's quote, e.g. CNY).</param>
/// <param name="ImpliedRate">Units of <paramref name="Quote"/> per unit of <paramref name="Base"/> that the source's two figures imply.</param>
/// <param name="RoundingBandPercent">How much the implied rate can move from rounding alone: half a unit of the last stated digit of the converted figure (its precision where the dataset records one), relative to it, in percent.</param>
/// <param name="SourceDate">The source's publication date, as precise as known.</param>
/// <param name="Reference">The reference rate for that date (its day, month or year), or null when undated.</param>
/// <param name="DeviationPercent">(implied − reference) / reference × 100, or null when undated.</param>
/// <param name="Verdict">The verdict against the tolerance.</param>
/// <param name="Annual">The implied rate against every annual average in the data (a dating clue for undated sources).</param>
/// <param name="Note">What the verdict rests on.</param>
public sealed record ConversionAuditRow(
    string FactId,
    string SourceId,
    ReportedAmount Amount,
    Currency Base,
    Currency Quote,
    decimal ImpliedRate,
    decimal RoundingBandPercent,
    PartialDate SourceDate,
    ExchangeRate? Reference,
    decimal? DeviationPercent,
    AuditVerdict Verdict,
    IReadOnlyList<AnnualComparison> Annual,
    string Note)
{
    /// <summary>The fact, the two figures, the rate they imply and the verdict, such as
    /// "cn-ai-investment-fund (seed-004): CNY 60B / USD 8.2B = 7.317 CNY per USD; Undated".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{FactId} ({SourceId}): {Amount.Amount.ToString("K", CultureInfo.InvariantCulture)} / {Amount.SourceConversion?.Amount.ToString("K", CultureInfo.InvariantCulture)} = {QuantityText.Readable(ImpliedRate, 4)} {Quote.Code} per {Base.Code}; {Verdict}{(DeviationPercent is decimal d ? $" ({d:+0.00;-0.00}% from {(Reference is ExchangeRate reference ? QuantityText.Readable(reference.Rate, 4) : string.Empty)})" : string.Empty)}");
}

/// <summary>A source conversion that could not be audited, and why (a zero figure, figures in one currency, a range
/// whose ends imply different rates, a rate beyond the range of a decimal).</summary>
/// <param name="FactId">The fact (programme) whose amount it is.</param>
/// <param name="SourceId">The source.</param>
/// <param name="Amount">The amount as reported, with the source's conversion.</param>
/// <param name="Reason">Why no rate can be implied or compared.</param>
public sealed record NotAudited(string FactId, string SourceId, ReportedAmount Amount, string Reason)
{
    /// <summary>The fact and why its conversion was not audited.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{FactId} ({SourceId}): not audited, {Reason}";
}

/// <summary>
/// Audits the conversions sources made themselves ("1 trillion yuan (approximately 138 billion USD)"): the rate their
/// two figures imply, the reference rate for the source's date (its day, else its month's or year's average), the
/// deviation in percent and a verdict against a stated tolerance. Undated sources get no verdict but a comparison
/// with every annual average, which shows which years the figures fit. A range ("1 to 2 trillion yuan") implies no
/// single rate: it is listed as not audited, with the rates its low and high ends imply.
/// </summary>
public sealed class ConversionAudit
{
    private ConversionAudit(decimal tolerancePercent, IReadOnlyList<ConversionAuditRow> rows, IReadOnlyList<NotAudited> notAudited, string seriesCitation)
    {
        TolerancePercent = tolerancePercent;
        Rows = rows;
        NotAudited = notAudited;
        SeriesCitation = seriesCitation;
    }

    /// <summary>The tolerance, in percent of the reference rate.</summary>
    public decimal TolerancePercent { get; }

    /// <summary>One row per amount that came with its source's own conversion.</summary>
    public IReadOnlyList<ConversionAuditRow> Rows { get; }

    /// <summary>The source conversions that could not be audited, each with the reason: listed, never dropped.</summary>
    public IReadOnlyList<NotAudited> NotAudited { get; }

    /// <summary>The reference series of the rows' reference rates, each once in the order of the rows that first used it,
    /// separated by " | " (a day's rate and a year's mean come from different series, and a citation may itself hold
    /// "; "); "annual averages of the reference table" when no row has one. An undated row has no reference rate: the
    /// series of the annual averages it is compared with are cited in its note.</summary>
    public string SeriesCitation { get; }

    /// <summary>A summary for a console or a log: the series and tolerance, the count of each verdict, every row and every
    /// conversion that could not be audited.</summary>
    /// <returns>The summary, lines separated by <see cref="Environment.NewLine"/>.</returns>
    public override string ToString()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Conversion audit against {SeriesCitation}, tolerance ±{TolerancePercent}%: {Rows.Count} audited ({Rows.Count(r => r.Verdict == AuditVerdict.WithinTolerance)} within, {Rows.Count(r => r.Verdict == AuditVerdict.OutsideTolerance)} outside, {Rows.Count(r => r.Verdict == AuditVerdict.Undated)} undated), {NotAudited.Count} not audited"),
        };
        lines.AddRange(Rows.Select(r => "  " + r));
        lines.AddRange(NotAudited.Select(n => "  " + n));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Audits every programme headline that carries its source's own conversion.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="rates">The reference rates (such as <see cref="ReferenceRates.FederalReserveH10"/>).</param>
    /// <param name="tolerancePercent">The largest deviation still accepted, in percent (for example 2).</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static ConversionAudit Of(PolicyDataset dataset, ExchangeRateTable rates, decimal tolerancePercent)
    {
        Guard.NotNull(dataset);
        Guard.NotNull(rates);
        Guard.NotNegative(tolerancePercent);
        var rows = new List<ConversionAuditRow>();
        var notAudited = new List<NotAudited>();
        var citations = new List<string>();
        var published = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        foreach (Source s in dataset.Sources)
        {
            published[s.Id] = s.Published;
        }

        foreach (Programme p in dataset.Programmes)
        {
            if (p.Headline is not { SourceConversion: ReportedAmount converted } headline)
            {
                continue;
            }

            string sourceId = p.Sources.FirstOrDefault(s => headline.StatedText is null || s.Quote.Contains(headline.StatedText, StringComparison.Ordinal))?.SourceId
                ?? p.Sources.FirstOrDefault()?.SourceId ?? "(none)";
            if (TryAudit(p.Id, sourceId, headline, converted, published.GetValueOrDefault(sourceId, PartialDate.Unknown), rates, tolerancePercent, out ConversionAuditRow? row, out string? reason))
            {
                if (row.Reference?.Series.Citation is { } citation && !citations.Contains(citation, StringComparer.Ordinal))
                {
                    citations.Add(citation);
                }

                rows.Add(row);
            }
            else
            {
                notAudited.Add(new NotAudited(p.Id, sourceId, headline, reason));
            }
        }

        return new ConversionAudit(tolerancePercent, rows, notAudited, citations.Count > 0 ? string.Join(" | ", citations) : "annual averages of the reference table");
    }

    /// <summary>Audits one amount and the source's conversion of it.</summary>
    /// <param name="factId">The fact the amount belongs to.</param>
    /// <param name="sourceId">The source.</param>
    /// <param name="amount">The amount as reported.</param>
    /// <param name="converted">The source's own conversion of it.</param>
    /// <param name="published">The source's date, as precise as known.</param>
    /// <param name="rates">The reference rates.</param>
    /// <param name="tolerancePercent">The tolerance, in percent; not negative.</param>
    /// <returns>The audited row.</returns>
    /// <exception cref="ArgumentException">The two figures are in the same currency, one is zero, either is a range, the
    /// amount carries another conversion, or the rate they imply (or its deviation) is beyond the range of a decimal or
    /// below its smallest step (10^-28).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static ConversionAuditRow Audit(string factId, string sourceId, ReportedAmount amount, ReportedAmount converted, PartialDate published, ExchangeRateTable rates, decimal tolerancePercent) =>
        TryAudit(factId, sourceId, amount, converted, published, rates, tolerancePercent, out ConversionAuditRow? row, out string? reason)
            ? row
            : throw new ArgumentException($"{factId}: {reason}", nameof(converted));

    /// <summary>Audits one amount and the source's conversion of it, or says why it cannot be audited.</summary>
    /// <param name="factId">The fact the amount belongs to.</param>
    /// <param name="sourceId">The source.</param>
    /// <param name="amount">The amount as reported.</param>
    /// <param name="converted">The source's own conversion of it.</param>
    /// <param name="published">The source's date, as precise as known.</param>
    /// <param name="rates">The reference rates.</param>
    /// <param name="tolerancePercent">The tolerance, in percent; not negative.</param>
    /// <param name="row">The audited row, or null.</param>
    /// <param name="reason">Why the conversion cannot be audited, or null.</param>
    /// <returns>Whether it was audited. A range (either figure between a low and a high end) is not audited: its ends imply
    /// different rates, and the reason gives both; nor is a converted figure that carries a conversion of its own, or
    /// an amount that already carries a conversion other than <paramref name="converted"/>. The row's
    /// <see cref="ConversionAuditRow.Amount"/> carries <paramref name="converted"/> as its source's conversion.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static bool TryAudit(string factId, string sourceId, ReportedAmount amount, ReportedAmount converted, PartialDate published, ExchangeRateTable rates, decimal tolerancePercent,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ConversionAuditRow? row, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? reason)
    {
        Guard.NotNull(amount);
        Guard.NotNull(converted);
        Guard.NotNull(rates);
        Guard.NotNegative(tolerancePercent);
        row = null;
        if (amount.Currency == converted.Currency || converted.Amount.IsZero || amount.Amount.IsZero)
        {
            reason = $"a conversion needs two non-zero figures in different currencies; it has {amount} and {converted}, so no rate is implied";
            return false;
        }

        if (converted.SourceConversion is not null || (amount.SourceConversion is not null && !amount.SourceConversion.Equals(converted)))
        {
            reason = converted.SourceConversion is not null
                ? $"the source's conversion {converted} carries a conversion of its own, so it is not one figure to set against {amount}"
                : $"the amount {amount} carries a conversion other than {converted}, so it is not known which of the two the source made";
            return false;
        }

        if (amount.UpperAmount is not null || converted.UpperAmount is not null)
        {
            reason = RangeReason(amount, converted);
            return false;
        }

        try
        {
            row = AuditChecked(factId, sourceId, amount.SourceConversion is null ? amount.WithSourceConversion(converted) : amount, converted, published, rates, tolerancePercent, out reason);
            return row is not null;
        }
        catch (OverflowException)
        {
            reason = $"the rate {amount} and {converted} imply, or its deviation from the reference, is beyond the range of a decimal";
            return false;
        }
    }

    /// <summary>Why a range is not audited: the rates its ends imply (where a decimal holds them), so that neither end is
    /// dropped and no single rate is chosen for it.</summary>
    private static string RangeReason(ReportedAmount amount, ReportedAmount converted)
    {
        string Rate(Money of, Money per)
        {
            try
            {
#pragma warning disable AIR0004 // An exchange rate is by definition the ratio of amounts in two currencies.
                decimal rate = of.Amount / per.Amount;
#pragma warning restore AIR0004
                return rate == 0m ? "less than 10^-28" : QuantityText.Readable(rate, 4);
            }
            catch (OverflowException)
            {
                return "beyond the range of a decimal";
            }
        }

        Money amountHigh = amount.UpperAmount ?? amount.Amount, convertedHigh = converted.UpperAmount ?? converted.Amount;
        string low = Rate(amount.Amount, converted.Amount), high = Rate(amountHigh, convertedHigh);
        string figures = amount.SourceConversion is null ? $"{amount} (source's conversion: {converted})" : amount.ToString();
        return $"{figures} holds a range, and a range implies a range of rates, not one: "
            + $"its low ends imply {low} and its high ends {high} {amount.Currency.Code} per {converted.Currency.Code}; "
            + "which figure the source converted is not guessed, so no rate is set against the reference";
    }

    private static ConversionAuditRow? AuditChecked(string factId, string sourceId, ReportedAmount amount, ReportedAmount converted, PartialDate published, ExchangeRateTable rates, decimal tolerancePercent,
        out string? reason)
    {
        reason = null;
        Currency @base = converted.Currency, quote = amount.Currency;
#pragma warning disable AIR0004 // An exchange rate is by definition the ratio of amounts in two currencies.
        decimal implied = amount.Amount.Amount / converted.Amount.Amount;
#pragma warning restore AIR0004
        if (implied == 0m)
        {
            // The quotient is below decimal's smallest step: a rate of 0 would be shown, and compared, as if it were one.
            reason = $"the rate {amount} and {converted} imply is less than 10^-28 {quote.Code} per {@base.Code}, below the smallest step of a decimal, so it would be rounded to 0";
            return null;
        }

        decimal band = RoundingBand(converted.Amount.Amount, converted.Precision);

        ExchangeRate[] annualRates = rates.Rates(@base, quote, RatePeriod.Year).ToArray();
        var annual = annualRates
            .Select(r => new AnnualComparison(r.Date.Year, r.Rate, Deviation(implied, r.Rate)))
            .ToArray();

        (DateOnly date, RateLookup lookup)? when = RateDate.For(published, RateLookup.MostRecentWithin(4));

        string qualifierNote = converted.Qualifier == AmountQualifier.Exact ? string.Empty : " The source calls its conversion approximate.";
        if (when is not { } w)
        {
            int closestAt = Enumerable.Range(0, annual.Length).OrderBy(k => Math.Abs(annual[k].DeviationPercent)).DefaultIfEmpty(-1).First();
            AnnualComparison? closest = closestAt < 0 ? null : annual[closestAt];
            var fitting = annual.Where(a => Math.Abs(a.DeviationPercent) <= tolerancePercent).Select(a => a.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
            string note = string.Create(CultureInfo.InvariantCulture,
                $"The source is not dated, so no single reference rate applies and no date is guessed. ")
                + (closest is null ? "The table has no annual averages." : string.Create(CultureInfo.InvariantCulture, $"Closest annual average: {closest.Year} ({closest.Rate}, {closest.DeviationPercent:+0.00;-0.00}%; {annualRates[closestAt].Series.Citation}). "))
                + (fitting.Length == 0 ? "No year's average is within the tolerance." : $"Years whose average is within ±{tolerancePercent.ToString(CultureInfo.InvariantCulture)}%: {string.Join(", ", fitting)}.")
                + qualifierNote;
            return new ConversionAuditRow(factId, sourceId, amount, @base, quote, implied, band, published, null, null, AuditVerdict.Undated, annual, note);
        }

        if (!rates.TryGetRate(@base, quote, w.date, w.lookup, out ExchangeRate reference))
        {
            return new ConversionAuditRow(factId, sourceId, amount, @base, quote, implied, band, published, null, null, AuditVerdict.Undated, annual,
                $"The reference table has no rate for the source's date ({published}) by {w.lookup}; no other date is used." + qualifierNote);
        }

        decimal deviation = Deviation(implied, reference.Rate);
        AuditVerdict verdict = Math.Abs(deviation) <= tolerancePercent ? AuditVerdict.WithinTolerance : AuditVerdict.OutsideTolerance;
        return new ConversionAuditRow(factId, sourceId, amount, @base, quote, implied, band, published, reference, deviation, verdict, annual,
            string.Create(CultureInfo.InvariantCulture, $"Compared with {reference} for the source's date {published}; tolerance ±{tolerancePercent}%.") + qualifierNote);
    }

    private static decimal Deviation(decimal implied, decimal reference) => PercentOf(implied - reference, reference);

    /// <summary>A part of a whole in percent: the part times 100 over the whole, computed exactly and rounded once, so that
    /// the quotient keeps its last two digits (0.5 of 138 is 0.3623188405797101449275362319%, not 0.36231884057971014492753623%)
    /// even for a part beyond a hundredth of decimal's range, and without the trailing zeros a computed figure's scale
    /// would show. A percent of half of 10^-28 or less is 0.</summary>
    /// <exception cref="OverflowException">The percent is beyond the range of decimal.</exception>
    /// <exception cref="DivideByZeroException">The whole is zero.</exception>
    internal static decimal PercentOf(decimal part, decimal whole) => PercentOf(part, 100m, whole);

    /// <summary><paramref name="part"/> × <paramref name="perHundred"/> / <paramref name="whole"/>, as <see cref="PercentOf(decimal, decimal)"/>
    /// computes it: 100 for the part in percent, 50 for half the part in percent (without halving it first).</summary>
    private static decimal PercentOf(decimal part, decimal perHundred, decimal whole)
    {
        if (part == 0m)
        {
            return 0m / whole;
        }

        switch (ExactArithmetic.RoundedQuotient(stackalloc decimal[] { Math.Abs(part), perHundred }, stackalloc decimal[] { Math.Abs(whole) }, out decimal percent))
        {
            case QuotientRange.AboveMaximum:
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{(perHundred == 100m ? string.Empty : "half of ")}{part} of {whole} is more than 7.9 × 10^28 percent, beyond the range of decimal."));
            case QuotientRange.RoundsToZero:
                return 0m;
        }

        return QuantityText.Normalize((part < 0m) != (whole < 0m) ? -percent : percent);
    }

    /// <summary>Half a unit of the last significant digit of a figure (or of its recorded precision), relative to it, in
    /// percent (138 billion → 0.36%): the unit times 50 over the figure, computed exactly and rounded once (half of
    /// 10^-28 is not a decimal, so the unit is never halved first).</summary>
    internal static decimal RoundingBand(decimal figure, decimal? precision = null)
    {
        decimal abs = Math.Abs(figure);
        if (precision is decimal p && p > 0m)
        {
            return PercentOf(p, 50m, abs);
        }

        decimal unit = 1m;
        // The last non-zero digit's place value: strip trailing zeros of the integer part, or use the scale.
        if (abs == decimal.Truncate(abs))
        {
            decimal n = abs;
            while (n >= 10m && n % 10m == 0m)
            {
                n /= 10m;
                unit *= 10m;
            }
        }
        else
        {
            decimal normalised = abs / 1.000000000000000000000000000000m;
            for (int i = 0; i < normalised.Scale; i++)
            {
                unit /= 10m;
            }
        }

        return PercentOf(unit, 50m, abs);
    }

    /// <summary>The audit as a table.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var b = new ResultTableBuilder("conversion-audit");
        TableColumn<string> fact = b.Text("fact"), source = b.Text("source"), stated = b.Text("stated");
        TableColumn<Money> amount = b.Money("amount"), converted = b.Money("converted");
        TableColumn<decimal> implied = b.Decimal("implied_rate", "quote per base of pair");
        TableColumn<string> pair = b.Text("pair");
        TableColumn<decimal> band = b.Decimal("rounding_band", "percent");
        TableColumn<PartialDate> sourceDate = b.PartialDate("source_date");
        TableColumn<decimal> reference = b.Decimal("reference_rate", "quote per base of pair");
        TableColumn<PartialDate> appliesTo = b.PartialDate("reference_applies_to");
        TableColumn<string> series = b.Text("reference_series");
        TableColumn<decimal> deviation = b.Decimal("deviation", "percent");
        TableColumn<string> verdict = b.Text("verdict"), note = b.Text("note");
        foreach (ConversionAuditRow r in Rows)
        {
            b.AddRow().Set(fact, r.FactId).Set(source, r.SourceId).Set(stated, r.Amount.StatedText).Set(amount, r.Amount.Amount).Set(converted, r.Amount.SourceConversion!.Amount)
                .Set(implied, r.ImpliedRate).Set(pair, r.Base.Code + "/" + r.Quote.Code).Set(band, r.RoundingBandPercent).Set(sourceDate, r.SourceDate)
                .Set(reference, r.Reference?.Rate).Set(appliesTo, r.Reference is ExchangeRate applied ? RateDate.Covered(applied) : null).Set(series, r.Reference?.Series.Citation).Set(deviation, r.DeviationPercent)
                .Set(verdict, r.Verdict.ToString()).Set(note, r.Note);
        }

        foreach (NotAudited n in NotAudited)
        {
            b.AddRow().Set(fact, n.FactId).Set(source, n.SourceId).Set(stated, n.Amount.StatedText).Set(amount, n.Amount.Amount).Set(converted, n.Amount.SourceConversion?.Amount)
                .Set(verdict, "not audited").Set(note, n.Reason);
        }

        return b.Note(string.Create(CultureInfo.InvariantCulture, $"Tolerance ±{TolerancePercent}% of the reference rate."))
            .Note("Implied rate = the amount divided by the source's converted figure.")
            .Facts(Rows.Select(r => r.FactId).Concat(NotAudited.Select(n => n.FactId)))
            .Build();
    }
}
