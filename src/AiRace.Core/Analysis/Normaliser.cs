using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Analysis;

/// <summary>A programme whose headline amount was normalised: an immutable value, so that a list of them holds no
/// object per programme.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Amount">Its headline, normalised.</param>
public readonly record struct NormalisedProgramme(Programme Programme, NormalisedAmount Amount)
{
    /// <summary>The programme's id and its normalised headline.</summary>
    /// <returns>The description; for <c>default(NormalisedProgramme)</c>, "(no programme)".</returns>
    public override string ToString() => Programme is null ? "(no programme)" : Programme.Id + ": " + Amount;

    /// <summary>Refuses an item that holds no programme or no normalised amount (such as
    /// <c>default(NormalisedProgramme)</c>), naming its index.</summary>
    internal static void ThrowIfEmpty(NormalisedProgramme item, int index, string parameter)
    {
        if (item.Programme is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {index} holds no programme (it is default(NormalisedProgramme)): normalised programmes come from a Normaliser."), parameter);
        }

        if (item.Amount.IsEmpty)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {index} ({item.Programme.Id}) holds default(NormalisedAmount), which holds no amount: normalised amounts come from a Normaliser."), parameter);
        }
    }
}

/// <summary>A programme that could not be normalised, and why.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Reason">Why: no headline amount, an unknown announcement date, no rate for the date (or a rate of
/// another pair from the rate provider).</param>
public sealed record NotNormalised(Programme Programme, string Reason)
{
    /// <summary>The programme's id and why it was not normalised.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Programme.Id + ": not normalised, " + Reason;
}

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
    /// <exception cref="ExchangeRateNotFoundException">No rate for the date, or the provider answered with a rate of
    /// another pair than the amount's currency to <see cref="Target"/> (or with <c>default(ExchangeRate)</c>); the message
    /// names the pair it gave.</exception>
    /// <exception cref="OverflowException">A converted amount is outside the range of <see cref="decimal"/>: beyond its
    /// largest value, or not zero but below its smallest step, 10^-28, where it would be rounded to 0.</exception>
    public NormalisedAmount Normalise(ReportedAmount amount, DateOnly date, RateLookup lookup, NormalisationBasis basis)
    {
        NormalisedAmount result = Converted(amount, date, lookup, basis);
        if (RoundedAway(result) is { } away)
        {
            throw new OverflowException(string.Concat(char.ToUpperInvariant(away[0]).ToString(), away.AsSpan(1), "."));
        }

        return result;
    }

    private NormalisedAmount Converted(ReportedAmount amount, DateOnly date, RateLookup lookup, NormalisationBasis basis)
    {
        Guard.NotNull(amount);
        ExchangeRate rate = ProvidedRate.Get(Rates, amount.Currency, Target, date, lookup);
        var conversion = new Conversion(amount.Amount, rate, date, lookup);
        Conversion? upper = amount.UpperAmount is Money high ? new Conversion(high, rate, date, lookup) : null;
        return new NormalisedAmount(amount, conversion, upper, basis);
    }

    /// <summary>Converts one amount by a basis that names its own date (a stated date or an annual average).</summary>
    /// <param name="amount">The reported amount.</param>
    /// <param name="basis">A stated-date or annual-average basis.</param>
    /// <returns>The normalised amount.</returns>
    /// <exception cref="ArgumentException">The basis is "at announcement", which needs a programme.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate for the date, or the provider answered with a rate of
    /// another pair (see <see cref="Normalise(ReportedAmount, DateOnly, RateLookup, NormalisationBasis)"/>).</exception>
    /// <exception cref="OverflowException">A converted amount is outside the range of <see cref="decimal"/>, or would be
    /// rounded to 0 (see <see cref="Normalise(ReportedAmount, DateOnly, RateLookup, NormalisationBasis)"/>).</exception>
    public NormalisedAmount Normalise(ReportedAmount amount, NormalisationBasis basis)
    {
        Guard.NotNull(basis);
        (DateOnly date, RateLookup lookup) = basis.Resolve(null, out _)
            ?? throw new ArgumentException("Normalising at the announcement date needs a programme: use TryNormalise(programme, basis, ...).", nameof(basis));
        return Normalise(amount, date, lookup, basis);
    }

    /// <summary>Converts a programme's headline amount, or says why it cannot be done.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="basis">The rule.</param>
    /// <param name="result">The normalised headline, or <c>default</c> when it could not be normalised.</param>
    /// <param name="reason">Why it could not be normalised, or null.</param>
    /// <returns>Whether it was normalised.</returns>
    public bool TryNormalise(Programme programme, NormalisationBasis basis, out NormalisedAmount result, [NotNullWhen(false)] out string? reason)
    {
        Guard.NotNull(programme);
        Guard.NotNull(basis);
        result = default;
        if (programme.Headline is not ReportedAmount headline)
        {
            reason = "the sources give no headline amount";
            return false;
        }

        if (basis.Resolve(programme, out string? why) is not (DateOnly date, RateLookup lookup))
        {
            reason = why ?? "the basis gives no date for it";
            return false;
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
            result = Converted(headline, date, lookup, basis);
        }
        catch (ExchangeRateNotFoundException ex)
        {
            reason = ex.Message;
            return false;
        }
        catch (OverflowException ex)
        {
            reason = "converted, the amount is beyond the range of a decimal: " + ex.Message;
            return false;
        }

        if (RoundedAway(result) is { } away)
        {
            result = default;
            reason = away;
            return false;
        }

        reason = null;
        return true;
    }

    private static string? RoundedAway(NormalisedAmount result) =>
        RoundedAway(result.Conversion) ?? (result.UpperConversion is Conversion upper ? RoundedAway(upper) : null);

    /// <summary>Why a conversion of an amount that is not zero gave exactly zero (its result is below decimal's smallest
    /// step, 10^-28, and a zero would be counted as nothing in every total), or null when it did not.</summary>
    private static string? RoundedAway(Conversion conversion) =>
        conversion.Result.IsZero && !conversion.Original.IsZero
            ? string.Create(CultureInfo.InvariantCulture, $"converted, {conversion.Original} at {conversion.Rate.Base.Code}/{conversion.Rate.Quote.Code} {conversion.Rate.Rate} is less than {conversion.Result.Currency.Code} 10^-28, the smallest step of a decimal, and would be rounded to 0")
            : null;

    /// <summary>Normalises the headline of every programme; those that cannot be normalised are listed with the reason.</summary>
    /// <param name="programmes">The programmes.</param>
    /// <param name="basis">The rule.</param>
    /// <returns>The normalised programmes and the ones left unconverted, in the given order.</returns>
    public NormalisationResult NormaliseProgrammes(IEnumerable<Programme> programmes, NormalisationBasis basis)
    {
        Guard.NotNull(programmes);
        Guard.NotNull(basis);
        var done = new NormalisedList(basis, programmes is IReadOnlyCollection<Programme> all ? all.Count : 0, PolicyDataset.OwnProgrammeList(programmes));
        var skipped = new List<NotNormalised>();
        Programme[]? array = programmes as Programme[];
        List<Programme>? list = programmes as List<Programme>;
        ReportedAmount?[]? headlines = array is null && list is null ? null : new ReportedAmount?[ReadAhead];
        decimal[] figures = headlines is null ? [] : new decimal[ReadAhead];
        int index = 0;
        foreach (Programme p in programmes)
        {
            if (headlines is not null && index % ReadAhead == 0)
            {
                Touch(array is null ? CollectionsMarshal.AsSpan(list) : array, index, headlines, figures);
            }

            index++;
            if (TryNormalise(p, basis, out NormalisedAmount amount, out string? reason))
            {
                done.Add(p, index - 1, amount);
            }
            else
            {
                skipped.Add(new NotNormalised(p, reason));
            }
        }

        return new NormalisationResult(Target, basis, done, skipped.AsReadOnly());
    }

    private const int ReadAhead = 64;

    /// <summary>Reads the headlines of the programmes from <paramref name="from"/> on, as many as
    /// <paramref name="headlines"/> holds, and the figure of each, before they are normalised one by one.</summary>
    private static void Touch(ReadOnlySpan<Programme> programmes, int from, ReportedAmount?[] headlines, decimal[] figures)
    {
        int count = Math.Min(headlines.Length, programmes.Length - from);
        for (int i = 0; i < count; i++)
        {
            headlines[i] = programmes[from + i]?.Headline;
        }

        for (int i = 0; i < count; i++)
        {
            figures[i] = headlines[i] is not ReportedAmount h ? 0m : h.UpperAmount is Money high ? high.Amount : h.Amount.Amount;
        }
    }
}

/// <summary>The outcome of normalising programmes: those converted and those that could not be, with reasons.</summary>
public sealed class NormalisationResult
{
    private NormalisedNumbering? _numbering;

    /// <summary>Records the outcome, checking every item. The lists are copied: later changes to them do not change the
    /// result.</summary>
    /// <param name="currency">The currency converted to.</param>
    /// <param name="basis">The rule followed.</param>
    /// <param name="items">The normalised programmes, all in <paramref name="currency"/>.</param>
    /// <param name="notNormalised">The programmes left unconverted, with reasons.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An item holds no programme or no normalised amount (such as
    /// <c>default(NormalisedProgramme)</c>), an item's amount is in another currency than <paramref name="currency"/>,
    /// or an entry of <paramref name="notNormalised"/> is null; the message gives the item's index.</exception>
    public NormalisationResult(Currency currency, NormalisationBasis basis, IReadOnlyList<NormalisedProgramme> items, IReadOnlyList<NotNormalised> notNormalised)
    {
        Guard.NotNull(basis);
        Currency = currency;
        Basis = basis;
        Items = Checked(currency, items);
        NotNormalised = Checked(notNormalised);
    }

    /// <summary>Takes the lists as they are (the normaliser's path: its own list, checked as it was built, never
    /// changed and never handed out writable), without a copy.</summary>
    internal NormalisationResult(Currency currency, NormalisationBasis basis, NormalisedList items, IReadOnlyList<NotNormalised> notNormalised)
    {
        Currency = currency;
        Basis = basis;
        Items = items;
        NotNormalised = notNormalised;
    }

    /// <summary>The items checked (see the public constructor) and copied; a normaliser's own list, which never changes,
    /// is checked by its distinct conversions and kept.</summary>
    private static IReadOnlyList<NormalisedProgramme> Checked(Currency currency, IReadOnlyList<NormalisedProgramme> items)
    {
        Guard.NotNull(items);
        if (items is NormalisedList own)
        {
            if (own.FirstNotIn(currency) is (int at, Currency other))
            {
                throw NotInCurrency(at, own.ProgrammeAt(at).Id, other, currency);
            }

            return own;
        }

        var copy = new NormalisedProgramme[items.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            NormalisedProgramme item = items[i];
            NormalisedProgramme.ThrowIfEmpty(item, i, nameof(items));
            if (item.Amount.Currency != currency)
            {
                throw NotInCurrency(i, item.Programme.Id, item.Amount.Currency, currency);
            }

            copy[i] = item;
        }

        return Array.AsReadOnly(copy);
    }

    private static ArgumentException NotInCurrency(int index, string id, Currency found, Currency currency) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Item {index} ({id}) is normalised to {found.Code}; the result is in {currency.Code}."), "items");

    private static IReadOnlyList<NotNormalised> Checked(IReadOnlyList<NotNormalised> notNormalised)
    {
        Guard.NotNull(notNormalised);
        var copy = new NotNormalised[notNormalised.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = notNormalised[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Entry {i} of the programmes not normalised is null."), nameof(notNormalised));
        }

        return Array.AsReadOnly(copy);
    }

    /// <summary>The currency converted to.</summary>
    public Currency Currency { get; }

    /// <summary>The normalised programmes numbered in a dataset, for look-ups by index. Kept after the first call for the
    /// last dataset asked (the items never change: a normaliser's own list, or the constructor's copy); only read after
    /// it is made.</summary>
    internal NormalisedNumbering NumberedIn(PolicyDataset dataset)
    {
        if (Volatile.Read(ref _numbering) is NormalisedNumbering kept && ReferenceEquals(kept.Dataset, dataset))
        {
            return kept;
        }

        NormalisedNumbering made = NormalisedNumbering.Of(Items, dataset);
        Volatile.Write(ref _numbering, made);

        return made;
    }

    /// <summary>The rule followed.</summary>
    public NormalisationBasis Basis { get; }

    /// <summary>The normalised programmes.</summary>
    public IReadOnlyList<NormalisedProgramme> Items { get; }

    /// <summary>The programmes that could not be normalised, with the reason for each.</summary>
    public IReadOnlyList<NotNormalised> NotNormalised { get; }

    /// <summary>A summary for a console or a log: how many were normalised, to what and how, and every programme left
    /// unconverted with its reason.</summary>
    /// <returns>The summary, lines separated by <see cref="Environment.NewLine"/>.</returns>
    public override string ToString()
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Items.Count} programme(s) normalised to {Currency.Code} {Basis}; {NotNormalised.Count} not normalised") };
        lines.AddRange(Items.Take(10).Select(i => "  " + i));
        if (Items.Count > 10)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  … {Items.Count - 10} more"));
        }

        lines.AddRange(NotNormalised.Select(n => "  " + n));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Every programme as a row (the unconverted ones with empty values and their reason): amounts with their
    /// currencies, the rate with the period it covers (rate_date: the year of an annual average, the month of a monthly
    /// one, the day of a daily rate) and its series, the period asked for (requested_date, as precise as the look-up),
    /// the qualifier ("rounded" for a plain figure stated to a precision) and the basis.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        int rows = Items.Count + NotNormalised.Count;
        var b = new ResultTableBuilder("normalised-programmes", rows, rows);
        TableColumn<string> programme = b.Text("programme"), name = b.Text("name"), sponsor = b.Text("sponsor"), jurisdiction = b.Text("jurisdiction"),
            qualifier = b.Text("qualifier"), stated = b.Text("stated");
        TableColumn<Money> reported = b.Money("reported"), value = b.Money("value", Currency), valueHigh = b.Money("value_high", Currency);
        TableColumn<decimal> rate = b.Decimal("rate", "quote per base of rate_pair");
        TableColumn<string> pair = b.Text("rate_pair");
        TableColumn<PartialDate> rateDate = b.PartialDate("rate_date");
        TableColumn<string> series = b.Text("rate_series");
        TableColumn<PartialDate> requested = b.PartialDate("requested_date");
        TableColumn<string> lookup = b.Text("lookup"), note = b.Text("note");

        // A dataset has few distinct rates and dates: their cells are boxed once each and shared by the rows. A rate's
        // scale is part of the key, so that 7.10 is not written as an equal 7.1 boxed first.
        // The look-up is part of both keys: the period an identity rate covers, and the one asked for, depend on it.
        var rateCells = new Dictionary<(ExchangeRate, byte, RateLookup), (object Rate, string Pair, object Date)>();
        var dateCells = new Dictionary<(DateOnly, RateLookup), object>();
        foreach (NormalisedProgramme n in Items)
        {
            NormalisedAmount a = n.Amount;
            ExchangeRate r = a.Conversion.Rate;
            (ExchangeRate, byte, RateLookup) rateKey = (r, r.Rate.Scale, a.Conversion.Lookup);
            if (!rateCells.TryGetValue(rateKey, out (object Rate, string Pair, object Date) cells))
            {
                rateCells[rateKey] = cells = (r.Rate, r.Base.Code + "/" + r.Quote.Code, RateDate.Covered(a.Conversion));
            }

            (DateOnly, RateLookup) asked = (a.Conversion.RequestedDate, a.Conversion.Lookup);
            if (!dateCells.TryGetValue(asked, out object? askedCell))
            {
                dateCells[asked] = askedCell = RateDate.Requested(a.Conversion);
            }

            b.AddRow().Set(programme, n.Programme.Id).Set(name, n.Programme.Name).Set(sponsor, Aggregation.SponsorName(n.Programme.SponsorKind)).Set(jurisdiction, n.Programme.JurisdictionId)
                .Set(qualifier, FigureWords.Of(a.Qualifier, a.Original.IsRounded)).Set(stated, a.Original.StatedText).Set(reported, a.Original.Amount).Set(value, a.Value).Set(valueHigh, a.UpperValue)
                .SetBoxed(rate, cells.Rate).Set(pair, cells.Pair).SetBoxed(rateDate, cells.Date).Set(series, r.Series.Citation)
                .SetBoxed(requested, askedCell).Set(lookup, a.Conversion.Lookup.ToString());
        }

        foreach (NotNormalised n in NotNormalised)
        {
            ReportedAmount? h = n.Programme.Headline;
            b.AddRow().Set(programme, n.Programme.Id).Set(name, n.Programme.Name).Set(sponsor, Aggregation.SponsorName(n.Programme.SponsorKind)).Set(jurisdiction, n.Programme.JurisdictionId)
                .Set(qualifier, h is null ? null : FigureWords.Of(h)).Set(stated, h?.StatedText).Set(reported, h?.Amount).Set(note, "not converted: " + n.Reason);
        }

        return b.Note("Normalised " + Basis + " to " + Currency.Code + ".")
            .Note("Values are unrounded; qualifiers are kept (a cap stays a cap). Announced is not disbursed.")
            .Note(FigureWords.RoundedNote)
            .Facts(Items.Select(i => i.Programme.Id).Concat(NotNormalised.Select(n => n.Programme.Id)))
            .Build();
    }
}
