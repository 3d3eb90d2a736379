using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using Lumen.Grants.Data;
using Lumen.Grants.Model;

namespace Lumen.Grants.Rates;

/// <summary>The foundation's rate book: the treasury's fixings, keyed by day.</summary>
/// <param name="clock">The clock, injected so tests can fix it.</param>
public sealed class RateBook(TimeProvider clock)
{
    private static readonly RateSeries Treasury = new("lumen-treasury", "Lumen treasury fixing", "Lumen Foundation", RatePeriod.Day);
    private readonly List<ExchangeRate> _fixings = [];

    /// <summary>The closing day of the 2025 accounts.</summary>
    public static readonly DateOnly YearEnd = new(2025, 12, 31);

    /// <summary>Adds a fixing for a stated day.</summary>
    /// <param name="quote">The quote currency.</param>
    /// <param name="perEuro">Units of the quote per euro.</param>
    /// <param name="day">The day.</param>
    public void Fix(Currency quote, decimal perEuro, DateOnly day) => _fixings.Add(new ExchangeRate(Currency.EUR, quote, perEuro, day, Treasury)); // clean: a stated day

    /// <summary>Adds today's fixing (a bug: the rate's date is whatever day the job runs).</summary>
    /// <param name="quote">The quote currency.</param>
    /// <param name="perEuro">Units of the quote per euro.</param>
    public void FixToday(Currency quote, decimal perEuro) =>
        _fixings.Add(new ExchangeRate(Currency.EUR, quote, perEuro, DateOnly.FromDateTime(DateTimeOffset.UtcNow.DateTime), Treasury)); // expect: AIR0008

    /// <summary>Adds a fixing dated by the injected clock.</summary>
    /// <param name="quote">The quote currency.</param>
    /// <param name="perEuro">Units of the quote per euro.</param>
    public void FixNow(Currency quote, decimal perEuro) =>
        _fixings.Add(new ExchangeRate(Currency.EUR, quote, perEuro, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Treasury)); // clean: an injected clock

    /// <summary>The identity rate of the euro for today (a bug).</summary>
    public static ExchangeRate EuroIdentityToday() => ExchangeRate.Identity(Currency.EUR, DateOnly.FromDateTime(DateTime.Today)); // expect: AIR0008

    /// <summary>The table of every fixing.</summary>
    public ExchangeRateTable Table() => new(_fixings);

    /// <summary>When the book was last exported, for the file name (not a conversion date).</summary>
    public string ExportName() => $"rates-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv"; // clean: a file name
}

/// <summary>Converts grants into the foundation's reporting currency.</summary>
/// <param name="rates">The rate source.</param>
/// <param name="asOf">The reporting date.</param>
public sealed class Reporter(IExchangeRateProvider rates, DateOnly asOf)
{
    private static readonly RateLookup Lookup = RateLookup.MostRecentWithin(5);

    /// <summary>A grant's award in euros at the reporting date.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Euros.</returns>
    public Money InEuros(Grant grant) => grant.Award.ConvertTo(Currency.EUR, asOf, rates, Lookup).Result; // clean: a stated date

    /// <summary>A grant's award in euros as of today (a bug: the figure changes every day).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Euros.</returns>
    public Money InEurosToday(Grant grant)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        return grant.Award.ConvertTo(Currency.EUR, today, rates, Lookup).Result; // expect: AIR0008
    }

    /// <summary>A grant's award in euros as of yesterday, when the last fixing is published (a bug: still the clock).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Euros.</returns>
    public Money InEurosYesterday(Grant grant) =>
        grant.Award.ConvertTo(Currency.EUR, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), rates, RateLookup.ExactDate).Result; // expect: AIR0008

    /// <summary>Converts at a date the caller gives; the request time goes to the log.</summary>
    /// <param name="money">The money.</param>
    /// <param name="to">The target currency.</param>
    /// <param name="valueDate">The value date.</param>
    /// <param name="lookup">How to find the rate.</param>
    /// <param name="loggedAt">When the request was made.</param>
    /// <returns>The converted money.</returns>
    public Money Convert(Money money, Currency to, DateOnly valueDate, RateLookup lookup, DateTime loggedAt)
    {
        var converted = money.ConvertTo(to, valueDate, rates, lookup).Result;
        Log.Add($"{loggedAt:O} {money} -> {converted}");
        return converted;
    }

    /// <summary>The conversion log.</summary>
    public List<string> Log { get; } = [];

    /// <summary>A grant's award in euros at the reporting date, logged with the time of the request.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Euros.</returns>
    public Money Logged(Grant grant) => Convert(grant.Award, Currency.EUR, asOf, Lookup, DateTime.Now); // clean: the clock only stamps the log

    /// <summary>A grant's award in euros at the start of this month (a bug: the month comes from the clock).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Euros.</returns>
    public Money MonthStart(Grant grant) =>
        Convert(grant.Award, Currency.EUR, new DateOnly(DateTime.Today.Year, DateTime.Today.Month, 1), Lookup, DateTime.Now); // expect: AIR0008

    /// <summary>Whether a grant, in euros, is above the euro floor.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Whether it is above.</returns>
    public bool AboveFloor(Grant grant) => InEuros(grant) > Catalogue.EuroFloor; // clean: converted to euros

    /// <summary>Whether a grant, converted, is above the London floor (a bug: converted to euros, compared with sterling).</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Whether it is above.</returns>
    public bool AboveLondonFloor(Grant grant) => InEuros(grant) > Catalogue.LondonReserve.Floor; // expect: AIR0001

    /// <summary>The Tokyo cap converted to euros at year end, against the euro caps (clean: converted with a date).</summary>
    /// <returns>Whether Tokyo's cap is larger.</returns>
    public bool TokyoCapLarger()
    {
        var tokyoCap = Catalogue.Caps[Desk.Tokyo];
        var inEuros = tokyoCap.ConvertTo(Currency.EUR, RateBook.YearEnd, rates, RateLookup.ExactDate).Result;
        return inEuros > Catalogue.Caps[Desk.Brussels]; // clean: converted to euros at a stated date
    }

    /// <summary>The same, with the conversion left out by mistake (a bug: yen against euros).</summary>
    /// <returns>Whether Tokyo's cap is larger.</returns>
    public bool TokyoCapLargerUnconverted()
    {
        var tokyoCap = Catalogue.Caps[Desk.Tokyo];
        var brusselsCap = Catalogue.Caps[Desk.Brussels];
        return tokyoCap > brusselsCap; // expect: AIR0001
    }

    /// <summary>The Tokyo pot in euros, fetched from the treasury service.</summary>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The euros.</returns>
    public async Task<Money> TokyoInEurosAsync(CancellationToken cancel)
    {
        await Task.Delay(1, cancel);
        return Catalogue.Tokyo.Balance.ConvertTo(Currency.EUR, asOf, rates, Lookup).Result;
    }

    /// <summary>The Tokyo pot, fetched as it stands (yen).</summary>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>The yen.</returns>
    public async Task<Money> TokyoAsync(CancellationToken cancel)
    {
        await Task.Delay(1, cancel);
        return Money.Of(2_400_000_000m, Catalogue.TokyoCurrency);
    }

    /// <summary>Whether the Tokyo pot, in euros, exceeds the Brussels cap.</summary>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>Whether it does.</returns>
    public async Task<bool> TokyoExceedsBrusselsAsync(CancellationToken cancel) =>
        await TokyoInEurosAsync(cancel) > Catalogue.BrusselsCap; // clean: euros both

    /// <summary>Whether the unconverted Tokyo pot exceeds the Brussels cap (a bug: yen against euros).</summary>
    /// <param name="cancel">Cancels the request.</param>
    /// <returns>Whether it does.</returns>
    public async Task<bool> TokyoRawExceedsBrusselsAsync(CancellationToken cancel)
    {
        var yen = await TokyoAsync(cancel);
        return yen > Catalogue.BrusselsCap; // expect: AIR0001
    }

    /// <summary>The euro rate of a day, for the footnote (a rate, not money).</summary>
    /// <param name="quote">The quote currency.</param>
    /// <param name="day">The day.</param>
    /// <returns>The rate, to four places.</returns>
    public decimal Footnote(Currency quote, DateOnly day) => Math.Round(rates.GetRate(Currency.EUR, quote, day, RateLookup.ExactDate).Rate, 4); // clean: a rate

    /// <summary>The yen rate of the day the report is printed (a bug).</summary>
    /// <returns>The rate.</returns>
    public ExchangeRate PrintDayRate() => rates.GetRate(Currency.EUR, Currency.JPY, DateOnly.FromDateTime(DateTime.Now.Date), RateLookup.ExactDate); // expect: AIR0008

    /// <summary>The ministry's programme per euro of the compute call (a rate between two known currencies).</summary>
    /// <returns>Yen per euro.</returns>
    public static decimal ImpliedYenPerEuro() => Catalogue.MinistryProgramme.Amount / Catalogue.Compute2026.Envelope.Amount; // clean: yen over euros is a rate
}
