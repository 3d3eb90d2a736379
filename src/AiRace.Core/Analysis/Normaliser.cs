using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>A programme whose headline amount was normalised.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Amount">Its headline, normalised.</param>
public sealed record NormalisedProgramme(Programme Programme, NormalisedAmount Amount);

/// <summary>A programme that could not be normalised, and why.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Reason">Why: no headline amount, an unknown announcement date, no rate for the date.</param>
public sealed record NotNormalised(Programme Programme, string Reason);

/// <summary>
/// Converts reported amounts to one currency by a stated <see cref="NormalisationBasis"/>, keeping each amount's
/// qualifier and recording each conversion. Nothing is guessed: an amount that cannot be converted (no date, no rate)
/// is reported with the reason, never left out silently. Thread-safe when the rate provider is.
/// </summary>
public sealed class Normaliser
{
    /// <summary>Creates a normaliser.</summary>
    /// <param name="rates">Where the rates come from, such as <see cref="ReferenceRates.FederalReserveH10"/>.</param>
    /// <param name="target">The currency to convert to.</param>
    public Normaliser(IExchangeRateProvider rates, Currency target)
    {
        Guard.NotNull(rates);
        Rates = rates;
        Target = target;
    }

    /// <summary>Where the rates come from.</summary>
    public IExchangeRateProvider Rates { get; }

    /// <summary>The currency converted to.</summary>
    public Currency Target { get; }

    /// <summary>Converts one amount at a date, by a look-up policy; a range converts both ends at the same rate.</summary>
    /// <param name="amount">The reported amount.</param>
    /// <param name="date">The date to convert at.</param>
    /// <param name="lookup">How to find the rate.</param>
    /// <param name="basis">The rule the caller followed, recorded on the result.</param>
    /// <returns>The normalised amount.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate for the date.</exception>
    public NormalisedAmount Normalise(ReportedAmount amount, DateOnly date, RateLookup lookup, NormalisationBasis basis)
    {
        Guard.NotNull(amount);
        ExchangeRate rate = Rates.GetRate(amount.Currency, Target, date, lookup);
        var conversion = new Conversion(amount.Amount, rate, date, lookup);
        Conversion? upper = amount.UpperAmount is Money high ? new Conversion(high, rate, date, lookup) : null;
        return new NormalisedAmount(amount, conversion, upper, basis);
    }

    /// <summary>Converts one amount by a basis that names its own date (a stated date or an annual average).</summary>
    /// <param name="amount">The reported amount.</param>
    /// <param name="basis">A stated-date or annual-average basis.</param>
    /// <returns>The normalised amount.</returns>
    /// <exception cref="ArgumentException">The basis is "at announcement", which needs a programme.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate for the date.</exception>
    public NormalisedAmount Normalise(ReportedAmount amount, NormalisationBasis basis)
    {
        Guard.NotNull(basis);
        return basis.Kind switch
        {
            NormalisationDate.Stated => Normalise(amount, basis.Date!.Value, basis.Lookup, basis),
            NormalisationDate.AnnualAverage => Normalise(amount, new DateOnly(basis.Year!.Value, 1, 1), RateLookup.AnnualAverage, basis),
            _ => throw new ArgumentException("Normalising at the announcement date needs a programme: use TryNormalise(programme, basis, ...).", nameof(basis)),
        };
    }

    /// <summary>Converts a programme's headline amount, or says why it cannot be done.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="basis">The rule.</param>
    /// <param name="result">The normalised headline, or null.</param>
    /// <param name="reason">Why it could not be normalised, or null.</param>
    /// <returns>Whether it was normalised.</returns>
    public bool TryNormalise(Programme programme, NormalisationBasis basis, out NormalisedAmount? result, out string? reason)
    {
        Guard.NotNull(programme);
        Guard.NotNull(basis);
        result = null;
        if (programme.Headline is not ReportedAmount headline)
        {
            reason = "the sources give no headline amount";
            return false;
        }

        DateOnly date;
        RateLookup lookup;
        switch (basis.Kind)
        {
            case NormalisationDate.Stated:
                (date, lookup) = (basis.Date!.Value, basis.Lookup);
                break;
            case NormalisationDate.AnnualAverage:
                (date, lookup) = (new DateOnly(basis.Year!.Value, 1, 1), RateLookup.AnnualAverage);
                break;
            default:
                StatusChange? announced = programme.StatusHistory.FirstOrDefault(s => s.Status == ProgrammeStatus.Announced);
                if (announced is null)
                {
                    reason = "its status history has no announcement";
                    return false;
                }

                PartialDate when = announced.Date;
                switch (when.Precision)
                {
                    case DatePrecision.Day:
                        (date, lookup) = (when.ToDateOnly()!.Value, basis.Lookup);
                        break;
                    case DatePrecision.Month:
                        (date, lookup) = (new DateOnly(when.Year!.Value, when.Month!.Value, 1), RateLookup.MonthlyAverage);
                        break;
                    case DatePrecision.Year:
                        (date, lookup) = (new DateOnly(when.Year!.Value, 1, 1), RateLookup.AnnualAverage);
                        break;
                    default:
                        reason = "the sources do not date its announcement, and no date is guessed";
                        return false;
                }

                break;
        }

        if (headline.Currency == Target)
        {
            result = new NormalisedAmount(headline, new Conversion(headline.Amount, ExchangeRate.Identity(Target, date), date, lookup),
                headline.UpperAmount is Money high ? new Conversion(high, ExchangeRate.Identity(Target, date), date, lookup) : null, basis);
            reason = null;
            return true;
        }

        try
        {
            result = Normalise(headline, date, lookup, basis);
        }
        catch (ExchangeRateNotFoundException ex)
        {
            reason = ex.Message;
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>Normalises the headline of every programme; those that cannot be normalised are listed with the reason.</summary>
    /// <param name="programmes">The programmes.</param>
    /// <param name="basis">The rule.</param>
    /// <returns>The normalised programmes and the ones left unconverted, in the given order.</returns>
    public NormalisationResult NormaliseProgrammes(IEnumerable<Programme> programmes, NormalisationBasis basis)
    {
        Guard.NotNull(programmes);
        var done = new List<NormalisedProgramme>();
        var skipped = new List<NotNormalised>();
        foreach (Programme p in programmes)
        {
            if (TryNormalise(p, basis, out NormalisedAmount? amount, out string? reason))
            {
                done.Add(new NormalisedProgramme(p, amount!));
            }
            else
            {
                skipped.Add(new NotNormalised(p, reason!));
            }
        }

        return new NormalisationResult(Target, basis, done, skipped);
    }
}

/// <summary>The outcome of normalising programmes: those converted and those that could not be, with reasons.</summary>
public sealed class NormalisationResult
{
    /// <summary>Records the outcome.</summary>
    /// <param name="currency">The currency converted to.</param>
    /// <param name="basis">The rule followed.</param>
    /// <param name="items">The normalised programmes.</param>
    /// <param name="notNormalised">The programmes left unconverted, with reasons.</param>
    public NormalisationResult(Currency currency, NormalisationBasis basis, IReadOnlyList<NormalisedProgramme> items, IReadOnlyList<NotNormalised> notNormalised)
    {
        Guard.NotNull(basis);
        Guard.NotNull(items);
        Guard.NotNull(notNormalised);
        Currency = currency;
        Basis = basis;
        Items = items;
        NotNormalised = notNormalised;
    }

    /// <summary>The currency converted to.</summary>
    public Currency Currency { get; }

    /// <summary>The rule followed.</summary>
    public NormalisationBasis Basis { get; }

    /// <summary>The normalised programmes.</summary>
    public IReadOnlyList<NormalisedProgramme> Items { get; }

    /// <summary>The programmes that could not be normalised, with the reason for each.</summary>
    public IReadOnlyList<NotNormalised> NotNormalised { get; }

    /// <summary>Every programme as a row (the unconverted ones with empty values and their reason): amounts with their
    /// currencies, the rate with its date and series, the qualifier and the basis.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (NormalisedProgramme n in Items)
        {
            NormalisedAmount a = n.Amount;
            rows.Add(new object?[]
            {
                n.Programme.Id, n.Programme.Name, n.Programme.SponsorKind.ToString(), n.Programme.JurisdictionId, a.Qualifier.Words(), a.Original.StatedText,
                a.Original.Amount.Amount, a.Original.Currency.Code, a.Value.Amount, a.UpperValue?.Amount, a.Currency.Code,
                a.Conversion.Rate.Rate, a.Conversion.Rate.Base.Code + "/" + a.Conversion.Rate.Quote.Code, a.Conversion.Rate.Date, a.Conversion.Rate.Series.Citation,
                a.Conversion.RequestedDate, a.Conversion.Lookup.ToString(), null,
            });
        }

        foreach (NotNormalised n in NotNormalised)
        {
            ReportedAmount? h = n.Programme.Headline;
            rows.Add(new object?[]
            {
                n.Programme.Id, n.Programme.Name, n.Programme.SponsorKind.ToString(), n.Programme.JurisdictionId, h is null ? null : h.Qualifier.Words(), h?.StatedText,
                h?.Amount.Amount, h?.Currency.Code, null, null, Currency.Code, null, null, null, null, null, null, "not converted: " + n.Reason,
            });
        }

        return new ResultTable(
            "normalised-programmes",
            new[]
            {
                new TableColumn("programme", ColumnKind.Text), new TableColumn("name", ColumnKind.Text), new TableColumn("sponsor", ColumnKind.Text),
                new TableColumn("jurisdiction", ColumnKind.Text), new TableColumn("qualifier", ColumnKind.Text), new TableColumn("stated", ColumnKind.Text),
                new TableColumn("reported", ColumnKind.Decimal, "@reported_currency"), new TableColumn("reported_currency", ColumnKind.Text),
                new TableColumn("value", ColumnKind.Decimal, "@currency"), new TableColumn("value_high", ColumnKind.Decimal, "@currency"), new TableColumn("currency", ColumnKind.Text),
                new TableColumn("rate", ColumnKind.Decimal, "quote per base of rate_pair"), new TableColumn("rate_pair", ColumnKind.Text), new TableColumn("rate_date", ColumnKind.Date),
                new TableColumn("rate_series", ColumnKind.Text), new TableColumn("requested_date", ColumnKind.Date), new TableColumn("lookup", ColumnKind.Text), new TableColumn("note", ColumnKind.Text),
            },
            rows,
            new[] { "Normalised " + Basis + " to " + Currency.Code + ".", "Values are unrounded; qualifiers are kept (a cap stays a cap). Announced is not disbursed." });
    }
}
