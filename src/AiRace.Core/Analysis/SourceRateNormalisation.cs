using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Text;

namespace AiRace.Core.Analysis;

/// <summary>
/// The rate a source's own conversion implies ("one billion yuan (approximately US$139 million)": 139 million dollars
/// per billion yuan, 7.194… yuan per dollar). It is the source's rate, not a reference rate: it has no date (the
/// articles state none and none is invented), no series, and is as precise as the converted figure's last stated
/// digit. Immutable.
/// </summary>
/// <param name="FactId">The fact (programme) whose amount the source converted.</param>
/// <param name="SourceId">The source that made the conversion.</param>
/// <param name="Quote">The source's words that state both figures (the fact's quote that contains them).</param>
/// <param name="Amount">The amount as stated (with the source's conversion in <see cref="ReportedAmount.SourceConversion"/>);
/// not zero, or <see cref="ArgumentOutOfRangeException"/> is thrown (a zero figure implies no rate).</param>
/// <param name="Converted">The source's conversion of it; not zero, or <see cref="ArgumentOutOfRangeException"/> is thrown.</param>
/// <param name="RoundingBandPercent">How far the rate can be off from the converted figure's rounding alone: half a
/// unit of its last stated digit (its precision where the dataset records one), relative to it, in percent (computed
/// exactly and rounded once).</param>
public sealed record SourceRate(string FactId, string SourceId, string Quote, ReportedAmount Amount, ReportedAmount Converted, decimal RoundingBandPercent)
{
    private readonly ReportedAmount _amount = Figure(Amount, nameof(Amount));
    private readonly ReportedAmount _converted = Figure(Converted, nameof(Converted));

    /// <summary>The amount as stated (with the source's conversion in <see cref="ReportedAmount.SourceConversion"/>); not zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a zero amount.</exception>
    public ReportedAmount Amount { get => _amount; init => _amount = Figure(value, nameof(Amount)); }

    /// <summary>The source's conversion of <see cref="Amount"/>; not zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a zero amount.</exception>
    public ReportedAmount Converted { get => _converted; init => _converted = Figure(value, nameof(Converted)); }

    /// <summary>A figure of the rate: a zero would make it 0 or divide by zero.</summary>
    private static ReportedAmount Figure(ReportedAmount figure, string name)
    {
        Guard.NotNull(figure, name);
        return figure.Amount.IsZero
            ? throw new ArgumentOutOfRangeException(name, figure, $"{name} of a source's rate must not be zero: a zero figure implies no rate; it was {figure}.")
            : figure;
    }

    /// <summary>The currency of the stated amount (CNY for "one billion yuan").</summary>
    public Currency From => Amount.Currency;

    /// <summary>The currency the source converted to (USD for "US$139 million").</summary>
    public Currency To => Converted.Currency;

    /// <summary>Units of <see cref="From"/> per unit of <see cref="To"/> (7.1942… yuan per dollar): the amount
    /// divided by the converted figure, at decimal precision.</summary>
    /// <exception cref="OverflowException">The amount is more than 7.9 × 10^28 times the converted figure, so the rate is
    /// beyond the range of decimal.</exception>
#pragma warning disable AIR0004 // A rate is by definition the ratio of amounts in two currencies.
    public decimal FromPerTo => Amount.Amount.Amount / Converted.Amount.Amount;
#pragma warning restore AIR0004

    /// <summary>The rate for the label: to four decimals, to three significant digits where four decimals would show it
    /// as 0, or what it is beyond.</summary>
    private string FromPerToText()
    {
        try
        {
            decimal rate = FromPerTo;
            return rate == 0m ? "less than 10^-28" : QuantityText.Readable(rate, 4);
        }
        catch (OverflowException)
        {
            return "more than 7.9 × 10^28";
        }
    }

    /// <summary>What this rate is, in words, for a label: "the source's own rate: seed-001 converts 'one billion yuan' as
    /// 'approximately US$139 million' (7.1942 CNY per USD, ±0.36% from rounding); undated, the source's own conversion".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture,
        $"the source's own rate: {SourceId} converts '{Amount.StatedText ?? Amount.Amount.ToString()}' as '{Converted.StatedText ?? Converted.Amount.ToString()}' ({FromPerToText()} {From.Code} per {To.Code}, ±{RoundingBandPercent:0.##}% from rounding); undated, the source's own conversion");

    /// <summary>Converts an amount in <see cref="From"/> to <see cref="To"/> (or back) at this rate: the amount times the
    /// source's converted figure divided by its stated figure (or, back, times the stated figure divided by the converted
    /// one), computed exactly and rounded once to the nearest decimal, half to even, as decimal's own division rounds, so
    /// that the source's own amount converts to exactly its converted figure. Not rounded to a currency's minor units.</summary>
    /// <remarks>A non-zero amount whose converted value is at most half of 10^-28, decimal's smallest step, converts
    /// to zero, as decimal's division rounds it; <see cref="SourceRateNormalisation.Of"/> lists such an
    /// amount as not converted rather than count it as nothing.</remarks>
    /// <param name="money">An amount in <see cref="From"/> or <see cref="To"/>.</param>
    /// <returns>The converted amount.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is in neither currency.</exception>
    /// <exception cref="OverflowException">The result is beyond the range of a decimal (more than 7.9 × 10^28 in size);
    /// the message names the amount and the rate.</exception>
    public Money Convert(Money money)
    {
        (Money over, Money under) = money.Currency == From ? (Converted.Amount, Amount.Amount)
            : money.Currency == To ? (Amount.Amount, Converted.Amount)
            : throw new CurrencyMismatchException($"conversion at {SourceId}'s own {From.Code}/{To.Code} rate", From, money.Currency);
#pragma warning disable AIR0004 // A rate is the ratio of two amounts in different currencies: the units are put back on the result.
        if (money.Amount == 0m)
        {
            return Money.Of(money.Amount * over.Amount / under.Amount, over.Currency); // zero, exactly
        }

        // A reported amount is never negative, so only the amount converted carries a sign.
        switch (ExactArithmetic.RoundedQuotient(stackalloc decimal[] { Math.Abs(money.Amount), over.Amount }, stackalloc decimal[] { under.Amount }, out decimal amount))
        {
            case QuotientRange.AboveMaximum:
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
                    $"Converting {money} at {SourceId}'s own {From.Code}/{To.Code} rate ({Amount.Amount} as {Converted.Amount}) is beyond the range of a decimal (more than 7.9 × 10^28)."));
            case QuotientRange.RoundsToZero:
                return Money.Of(0m, over.Currency); // as decimal's own division of the exact product rounds it
        }

        return Money.Of(money.Amount < 0m ? -amount : amount, over.Currency);
#pragma warning restore AIR0004
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}

/// <summary>A programme's headline converted at its source's own rate.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Original">Its headline as stated.</param>
/// <param name="Value">The converted amount (the low end of a range): the exact value rounded once to decimal's
/// precision, not to the currency's minor units.</param>
/// <param name="UpperValue">For a range, the converted high end, rounded the same way; otherwise null.</param>
/// <param name="Rate">The source's rate used; null when the headline is already in the target currency.</param>
/// <param name="How">Which of the source's conversions was used and why, in words.</param>
public sealed record SourceRateAmount(Programme Programme, ReportedAmount Original, Money Value, Money? UpperValue, SourceRate? Rate, string How)
{
    /// <summary>The programme and its converted headline with the rate used.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Programme.Id}: {Original.Qualifier.Describe(Value.ToString("K3", CultureInfo.InvariantCulture), UpperValue?.ToString("K3", CultureInfo.InvariantCulture))} ({How})";
}

/// <summary>
/// Normalisation "at the source's own rate": every amount is converted at the rate its own article's conversion
/// implies — the programme's own conversion where the article gives one, else the one rate the same article's other
/// conversions imply — never at a reference rate and never at an invented date. An amount whose source converts
/// nothing, or converts at several different rates, is listed with the reason, not converted. This shows what the
/// articles themselves say the amounts are worth; <see cref="Normaliser"/> gives dated conversions at reference rates.
/// </summary>
public sealed class SourceRateNormalisation
{
    private SourceRateNormalisation(Currency currency, IReadOnlyList<SourceRate> rates, IReadOnlyList<SourceRateAmount> items, IReadOnlyList<NotNormalised> notNormalised)
    {
        Currency = currency;
        Rates = rates;
        Items = items;
        NotNormalised = notNormalised;
    }

    /// <summary>What every value of this normalisation is, in words: the label of its basis.</summary>
    public const string Basis = "at the source's own rate (the rate each article's own conversion implies; undated: the articles give no date for their conversions and none is invented, so no rate date or reference series applies)";

    /// <summary>The currency converted to.</summary>
    public Currency Currency { get; }

    /// <summary>Every source conversion of the dataset (programme headlines that come with the source's own conversion).</summary>
    public IReadOnlyList<SourceRate> Rates { get; }

    /// <summary>The programmes converted.</summary>
    public IReadOnlyList<SourceRateAmount> Items { get; }

    /// <summary>The programmes that could not be converted at a source's own rate, each with the reason.</summary>
    public IReadOnlyList<NotNormalised> NotNormalised { get; }

    /// <summary>The rates the dataset's sources imply by their own conversions.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>One rate per programme headline that comes with its source's conversion into another currency, in
    /// dataset order.</returns>
    public static IReadOnlyList<SourceRate> RatesOf(PolicyDataset dataset)
    {
        Guard.NotNull(dataset);
        var rates = new List<SourceRate>();
        foreach (Programme p in dataset.Programmes)
        {
            if (p.Headline is not { SourceConversion: ReportedAmount converted } headline
                || converted.Currency == headline.Currency || converted.Amount.IsZero || headline.Amount.IsZero)
            {
                continue;
            }

            SourceReference? reference = SourceOf(p, headline);
            rates.Add(new SourceRate(p.Id, reference?.SourceId ?? "(none)", reference?.Quote ?? string.Empty, headline, converted,
                ConversionAudit.RoundingBand(converted.Amount.Amount, converted.Precision)));
        }

        return rates;
    }

    /// <summary>Converts each programme's headline at its source's own rate (<see cref="SourceRate.Convert"/>: rounded
    /// once). A headline that is not zero but whose value would round to zero (below 10^-28, decimal's smallest step) is
    /// listed as not converted, with the reason, as <see cref="Normaliser"/> lists it, rather than counted as nothing.</summary>
    /// <param name="dataset">The dataset the programmes come from (for the sources' other conversions).</param>
    /// <param name="programmes">The programmes.</param>
    /// <param name="target">The currency to convert to.</param>
    /// <returns>The converted programmes and those that could not be converted, with reasons, in the given order.</returns>
    public static SourceRateNormalisation Of(PolicyDataset dataset, IEnumerable<Programme> programmes, Currency target)
    {
        Guard.NotNull(dataset);
        Guard.NotNull(programmes);
        IReadOnlyList<SourceRate> rates = RatesOf(dataset);
        var items = new List<SourceRateAmount>();
        var skipped = new List<NotNormalised>();
        foreach (Programme p in programmes)
        {
            if (p.Headline is not ReportedAmount headline)
            {
                skipped.Add(new NotNormalised(p, "the sources give no headline amount"));
                continue;
            }

            if (headline.Currency == target)
            {
                items.Add(new SourceRateAmount(p, headline, headline.Amount, headline.UpperAmount, null, "stated in " + target.Code + ": no conversion"));
                continue;
            }

            SourceRate? own = rates.FirstOrDefault(r => r.FactId == p.Id && r.To == target);
            string how;
            SourceRate rate;
            if (own is not null)
            {
                rate = own;
                how = "its own conversion in " + own.SourceId;
            }
            else
            {
                string? sourceId = SourceOf(p, headline)?.SourceId;
                SourceRate[] same = rates.Where(r => r.SourceId == sourceId && ((r.From == headline.Currency && r.To == target) || (r.From == target && r.To == headline.Currency))).ToArray();
                if (sourceId is null || same.Length == 0)
                {
                    skipped.Add(new NotNormalised(p, $"{sourceId ?? "its source"} converts no {headline.Currency.Code} amount to {target.Code}, so it implies no rate of its own; no other rate is used"));
                    continue;
                }

                if (same.FirstOrDefault(r => RateIn(r, headline.Currency) is null) is SourceRate beyond)
                {
                    skipped.Add(new NotNormalised(p, BeyondDecimal(beyond)));
                    continue;
                }

                decimal[] distinct = same.Select(r => RateIn(r, headline.Currency)!.Value).Distinct().ToArray();
                if (distinct.Length > 1)
                {
                    skipped.Add(new NotNormalised(p, string.Create(CultureInfo.InvariantCulture,
                        $"{sourceId}'s conversions imply {distinct.Length} different rates ({string.Join(", ", same.Select(r => r.FactId))}) and it does not say which applies to this amount")));
                    continue;
                }

                rate = same[0];
                how = $"the rate of {sourceId}'s conversion of {rate.FactId} (the article converts this amount nowhere itself)";
            }

            // The table shows the rate in units of the reported currency: one that decimal cannot hold is not shown
            // as a rounded figure, and the programme is listed instead.
            if (RateIn(rate, headline.Currency) is null)
            {
                skipped.Add(new NotNormalised(p, BeyondDecimal(rate)));
                continue;
            }

            Money value;
            Money? upper;
            try
            {
                value = rate.Convert(headline.Amount);
                upper = headline.UpperAmount is Money high ? rate.Convert(high) : null;
            }
            catch (OverflowException ex)
            {
                skipped.Add(new NotNormalised(p, "converted, the amount is beyond the range of a decimal: " + ex.Message));
                continue;
            }

            // As the Normaliser does: a zero would be counted as nothing in every total.
            if ((RoundedAway(rate, headline.Amount, value) ?? (upper is Money u ? RoundedAway(rate, headline.UpperAmount!.Value, u) : null)) is string away)
            {
                skipped.Add(new NotNormalised(p, away));
                continue;
            }

            items.Add(new SourceRateAmount(p, headline, value, upper, rate, how));
        }

        return new SourceRateNormalisation(target, rates, items, skipped);
    }

    /// <summary>A rate in units of <paramref name="currency"/> per unit of the other currency, or null when decimal
    /// cannot hold it or <see cref="SourceRate.FromPerTo"/> (more than 7.9 × 10^28, or less than 10^-28 so that it rounds
    /// to zero). Either way it is one of the source's figures divided by the other, rounded once, never the reciprocal of
    /// a rounded rate.</summary>
    private static decimal? RateIn(SourceRate rate, Currency currency)
    {
        try
        {
            // Both figures of a source rate are non-zero, so a quotient of zero is one that rounded to zero.
            decimal fromPerTo = rate.FromPerTo;
            if (fromPerTo == 0m || rate.From == currency)
            {
                return fromPerTo == 0m ? null : fromPerTo;
            }

#pragma warning disable AIR0004 // A rate is by definition the ratio of amounts in two currencies.
            decimal toPerFrom = rate.Converted.Amount.Amount / rate.Amount.Amount.Amount;
#pragma warning restore AIR0004
            return toPerFrom == 0m ? null : toPerFrom;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Why an amount that is not zero converted to exactly zero (its value is below decimal's smallest step,
    /// 10^-28), or null when it did not.</summary>
    private static string? RoundedAway(SourceRate rate, Money original, Money converted) =>
        converted.IsZero && !original.IsZero
            ? string.Create(CultureInfo.InvariantCulture, $"converted, {original} at {rate.SourceId}'s own {rate.From.Code}/{rate.To.Code} rate ({rate.Amount.Amount} as {rate.Converted.Amount}) is less than {converted.Currency.Code} 10^-28, the smallest step of a decimal, and would be rounded to 0")
            : null;

    private static string BeyondDecimal(SourceRate rate) => string.Create(CultureInfo.InvariantCulture,
        $"the rate {rate.SourceId}'s conversion of {rate.FactId} implies ({rate.Amount.Amount} as {rate.Converted.Amount}) is beyond the range of a decimal (more than 7.9 × 10^28 units of one currency per unit of the other, or a quotient that rounds to zero), so it converts nothing");

    /// <summary>The source reference of a programme whose quote states the headline (the first one when none does).</summary>
    private static SourceReference? SourceOf(Programme programme, ReportedAmount headline) =>
        programme.Sources.FirstOrDefault(s => headline.StatedText is not null && s.Quote.Contains(headline.StatedText, StringComparison.Ordinal))
            ?? programme.Sources.FirstOrDefault();

    /// <summary>A summary for a console or a log.</summary>
    /// <returns>The summary, lines separated by <see cref="Environment.NewLine"/>.</returns>
    public override string ToString()
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Items.Count} programme(s) in {Currency.Code} {Basis}; {NotNormalised.Count} not converted") };
        lines.AddRange(Items.Select(i => "  " + i));
        lines.AddRange(NotNormalised.Select(n => "  " + n));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Every programme as a row: the amount as stated, its value at the source's own rate, the rate with the
    /// qualifier of the conversion it comes from (a value at an approximate conversion's rate is approximate; both
    /// qualifiers read "rounded" for a plain figure stated to a precision) and its
    /// label (which conversion of which source, undated) and, for those not converted, the reason. There is no rate
    /// date column: the rates are undated.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var b = new ResultTableBuilder("normalised-at-source-rates");
        TableColumn<string> programme = b.Text("programme"), name = b.Text("name"), sponsor = b.Text("sponsor"), qualifier = b.Text("qualifier"), stated = b.Text("stated");
        TableColumn<Money> reported = b.Money("reported"), value = b.Money("value", Currency), valueHigh = b.Money("value_high", Currency);
        TableColumn<decimal> rate = b.Decimal("source_rate", "units of the reported currency per " + Currency.Code);
        TableColumn<string> rateQualifier = b.Text("rate_qualifier");
        TableColumn<decimal> band = b.Decimal("rounding_band", "percent");
        TableColumn<string> source = b.Text("rate_source"), rateFact = b.Text("rate_fact"), basis = b.Text("rate_basis"), note = b.Text("note");
        foreach (SourceRateAmount i in Items)
        {
            SourceRate? r = i.Rate;
            b.AddRow().Set(programme, i.Programme.Id).Set(name, i.Programme.Name).Set(sponsor, i.Programme.SponsorKind.ToString()).Set(qualifier, FigureWords.Of(i.Original))
                .Set(stated, i.Original.StatedText).Set(reported, i.Original.Amount).Set(value, i.Value).Set(valueHigh, i.UpperValue)
                .Set(rate, r is null ? null : RateIn(r, i.Original.Currency)).Set(rateQualifier, r is null ? null : FigureWords.Of(r.Converted)).Set(band, r?.RoundingBandPercent)
                .Set(source, r?.SourceId).Set(rateFact, r?.FactId).Set(basis, r?.Label).Set(note, i.How);
        }

        foreach (NotNormalised n in NotNormalised)
        {
            ReportedAmount? h = n.Programme.Headline;
            b.AddRow().Set(programme, n.Programme.Id).Set(name, n.Programme.Name).Set(sponsor, n.Programme.SponsorKind.ToString())
                .Set(qualifier, h is null ? null : FigureWords.Of(h)).Set(stated, h?.StatedText).Set(reported, h?.Amount).Set(note, "not converted: " + n.Reason);
        }

        return b.Note("Converted to " + Currency.Code + " " + Basis + ".")
            .Note("A source rate is as precise as the converted figure's last stated digit (rounding_band); the amounts keep their own qualifiers (qualifier), and a value at a rate from a conversion the source calls approximate (rate_qualifier) is approximate too. Announced is not disbursed.")
            .Note(FigureWords.RoundedNote)
            .Facts(Items.Select(i => i.Programme.Id).Concat(Items.Where(i => i.Rate is not null).Select(i => i.Rate!.FactId)).Concat(NotNormalised.Select(n => n.Programme.Id)))
            .Build();
    }
}
