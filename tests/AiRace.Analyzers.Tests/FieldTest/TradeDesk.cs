using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using AiRace.Core;
using AiRace.Core.Reporting;
using TradeDesk.Model;

namespace TradeDesk.Desk;

/// <summary>Money helpers the desk shares.</summary>
public static class TradeMath
{
    /// <summary>True when the fine is above the cap.</summary>
    public static bool Exceeds(Money fine, Money cap) => fine > cap; // clean: parameters are unknown

    /// <summary>True when one figure dwarfs the other.</summary>
    public static bool Dwarfs(this Money big, Money small) => big > small * 10m; // clean: parameters are unknown

    /// <summary>The larger of two figures of one currency, or the first when they differ.</summary>
    public static Money LargerIfSame(Money a, Money b) => a.Currency == b.Currency ? Money.Max(a, b) : a; // clean: reads both currencies

    /// <summary>The total of two figures.</summary>
    public static Money Plus(Money a, Money b) => a + b; // clean: parameters are unknown

    /// <summary>A fee with the 15 % handling charge.</summary>
    public static Money WithHandling(Money fee) => fee * 1.15m; // clean: scaling keeps the currency

    /// <summary>Sums every element onto a seed.</summary>
    public static Money SumAll(Money seed, IEnumerable<Money> items) => items.Aggregate(seed, (a, b) => a + b); // clean: parameters are unknown

    /// <summary>True when the figure is in dollars.</summary>
    public static bool IsDollar(Money m) => m.Currency == Currency.USD; // clean: a currency test

    /// <summary>Converts at the desk's value date.</summary>
    public static Money ToUsd(Money m, IExchangeRateProvider rates) => m.ConvertTo(Currency.USD, TradeCatalogue.ValueDate, rates, RateLookup.ExactDate).Result; // clean: a stated date

    /// <summary>Converts at a date the caller gives.</summary>
    public static Money Convert(Money m, Currency to, DateOnly valueDate, RateLookup lookup, IExchangeRateProvider rates, DateTime requestedAt)
    {
        var line = $"{requestedAt:O} {m} -> {to}"; // clean: text made from a time stamp
        Console.WriteLine(line); // clean: not money
        return m.ConvertTo(to, valueDate, rates, lookup).Result; // clean: the caller's date
    }
}

/// <summary>The ledger of the desk: fees, fines and subsidies by bloc.</summary>
public sealed partial class TradeLedger
{
    private readonly IExchangeRateProvider _rates;
    private readonly IFineFeed _feed;
    private readonly ILicenceFeeSource _fees;
    private readonly List<Money> _usFees = new() { Money.Usd(2_400m), Money.Usd(3_100m) };
    private readonly Dictionary<string, Money> _byCompany = new(StringComparer.Ordinal);
    private Money _runningYen = Money.Zero(Currency.JPY);

    /// <summary>Creates the ledger.</summary>
    public TradeLedger(IExchangeRateProvider rates, IFineFeed feed, ILicenceFeeSource fees)
    {
        _rates = rates;
        _feed = feed;
        _fees = fees;
    }

    /// <summary>Adds a Japanese licence fee to the running total.</summary>
    public void AddYen(decimal figure) => _runningYen += Money.Jpy(figure); // clean: yen onto yen

    /// <summary>Records a Dutch quote; the field is declared in the other part of the class.</summary>
    public void QuoteInEuros(decimal figure) => _lastQuote = Money.Eur(figure); // clean: a second currency for the field

    /// <summary>The running yen total against the METI fee.</summary>
    public bool YenAboveMeti() => _runningYen > TradeCatalogue.MetiLicenceFee; // clean: yen against yen

    /// <summary>The running yen total against the Dutch fee.</summary>
    public bool YenAboveDutch() => _runningYen > TradeCatalogue.AsmlLicenceFee; // expect: AIR0001

    /// <summary>Records a fine by company.</summary>
    public void Record(string company, Money fine) => _byCompany[company] = fine; // clean: a parameter

    /// <summary>The cap and the ceiling compared, as a junior analyst wrote it.</summary>
    public bool BisAboveMofcom() => TradeCatalogue.BisPenaltyCap > TradeCatalogue.MofcomFineCeiling; // expect: AIR0001

    /// <summary>The two lithography fees added.</summary>
    public Money LithographyFees() => TradeCatalogue.AsmlLicenceFee + TradeCatalogue.MetiLicenceFee; // expect: AIR0001

    /// <summary>The Dutch fee converted to yen first.</summary>
    public Money LithographyFeesInYen() => TradeCatalogue.AsmlLicenceFee.ConvertTo(Currency.JPY, TradeCatalogue.ValueDate, _rates, RateLookup.ExactDate).Result + TradeCatalogue.MetiLicenceFee; // clean: converted at a stated date

    /// <summary>The Dutch fee converted, then compared with euros by mistake.</summary>
    public bool ConvertedAboveDma() => TradeCatalogue.AsmlLicenceFee.ConvertTo(Currency.USD, TradeCatalogue.ValueDate, _rates, RateLookup.ExactDate).Result > TradeCatalogue.DmaFineFloor; // expect: AIR0001

    /// <summary>The US fees the desk expects this year.</summary>
    public Money UsFees() => _usFees.Sum(Currency.USD); // clean: dollars summed in dollars

    /// <summary>The US fees summed in yuan by mistake.</summary>
    public Money UsFeesInYuan() => _usFees.Sum(Currency.CNY); // expect: AIR0001

    /// <summary>The largest US fee.</summary>
    public Money LargestUsFee() => _usFees.Max(); // clean: one currency

    /// <summary>The largest US fee against the Dutch fee.</summary>
    public bool UsFeeAboveDutch() => _usFees.Max() > TradeCatalogue.AsmlLicenceFee; // expect: AIR0001

    /// <summary>Whether any US fee is above the K-Chips credit.</summary>
    public bool AnyUsFeeAboveKChips() => _usFees.Any(f => f > TradeCatalogue.KChipsCredit); // expect: AIR0001

    /// <summary>A fee read by company compared with a cap: the values mix currencies.</summary>
    public bool CompanyAboveCap(string company) => _byCompany.TryGetValue(company, out var fine) && fine > TradeCatalogue.BisPenaltyCap; // clean: a parameter's currency, unknown

    /// <summary>The feed's latest fine against the ceiling.</summary>
    public bool LatestAboveCeiling() => _feed.Latest() > TradeCatalogue.MofcomFineCeiling; // clean: the annotation says yuan

    /// <summary>The feed's latest fine against the BIS cap.</summary>
    public bool LatestAboveBisCap() => _feed.Latest() > TradeCatalogue.BisPenaltyCap; // expect: AIR0001

    /// <summary>A company's fine against the BIS cap.</summary>
    public bool CompanyFineAboveBisCap(string company) => _feed.ByCompany(company) > TradeCatalogue.BisPenaltyCap; // clean: an interface member, unknown

    /// <summary>A fee from the source against the Dutch fee.</summary>
    public bool SourceAboveDutch(string item) => _fees.FeeFor(TradeBloc.Netherlands, item) > TradeCatalogue.AsmlLicenceFee; // clean: an interface member, unknown

    /// <summary>The year's fines in dollars.</summary>
    public async Task<Money> YearInDollarsAsync(int year, CancellationToken cancellation)
    {
        var fines = await _feed.OfYearAsync(year).WaitAsync(cancellation); // clean: not money arithmetic
        var total = Money.Zero(Currency.USD); // clean: a zero
        foreach (var fine in fines)
        {
            total += TradeMath.ToUsd(fine, _rates); // clean: converted to dollars
        }

        return total; // clean: dollars
    }

    /// <summary>Converts a fine at today's rate, as the first draft did.</summary>
    public Money ToUsdToday(Money fine) => fine.ConvertTo(Currency.USD, DateOnly.FromDateTime(DateTime.Now), _rates, RateLookup.ExactDate).Result; // expect: AIR0008

    /// <summary>Converts through the desk's helper at today's date.</summary>
    public Money ToUsdThroughHelper(Money fine) => TradeMath.Convert(fine, Currency.USD, DateOnly.FromDateTime(DateTime.UtcNow), RateLookup.ExactDate, _rates, DateTime.UtcNow); // expect: AIR0008

    /// <summary>Converts through the helper at the stated date, stamping the request time.</summary>
    public Money ToUsdStamped(Money fine) => TradeMath.Convert(fine, Currency.USD, TradeCatalogue.ValueDate, RateLookup.ExactDate, _rates, DateTime.UtcNow); // clean: the time stamp feeds no conversion

    /// <summary>The dollar rate of the yuan today.</summary>
    public decimal YuanRateToday()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        return _rates.GetRate(Currency.USD, Currency.CNY, today, RateLookup.ExactDate).Rate; // expect: AIR0008
    }

    /// <summary>The dollar rate of the yuan at the value date.</summary>
    public decimal YuanRateAtValueDate() => _rates.GetRate(Currency.USD, Currency.CNY, TradeCatalogue.ValueDate, RateLookup.MonthlyAverage).Rate; // clean: a stated date

    /// <summary>A rate for a quick look, made today.</summary>
    public ExchangeRate QuickRate(decimal yuanPerDollar) => new(Currency.USD, Currency.CNY, yuanPerDollar, DateOnly.FromDateTime(DateTime.UtcNow), RateSeries.Identity); // expect: AIR0008

    /// <summary>A rate for a stated date.</summary>
    public ExchangeRate DatedRate(decimal yuanPerDollar) => new(Currency.USD, Currency.CNY, yuanPerDollar, new DateOnly(2025, 3, 31), RateSeries.Identity); // clean: a stated date

    /// <summary>Logs when the ledger was read.</summary>
    public static void Stamp(DateTime date) => Console.WriteLine(date.ToString("O", CultureInfo.InvariantCulture)); // clean: not a conversion date

    /// <summary>Logs now.</summary>
    public static void StampNow() => Stamp(date: DateTime.UtcNow); // clean: a date that feeds no conversion
}

/// <summary>Reads news figures into money.</summary>
public sealed class NewsReader
{
    private static readonly NewsAmountOptions Options = new() { DollarSign = Currency.USD }; // clean: not money

    /// <summary>Reads a figure from a news item.</summary>
    public Money Read(NewsFigure figure) => NewsAmountParser.Parse(figure.Text, Options).Money; // clean: parsed text is unknown

    /// <summary>Reads a figure, or nothing.</summary>
    public Money? TryRead(string text) => NewsAmountParser.TryParse(text, out var amount, Options) ? amount.Money : null; // clean: parsed text

    /// <summary>A parsed figure against the BIS cap.</summary>
    public bool ParsedAboveCap(string text) => Money.Parse(text) > TradeCatalogue.BisPenaltyCap; // clean: parsed text is unknown

    /// <summary>A parsed figure with an alias code.</summary>
    public Money ReleaseInRenminbi() => Money.Parse("RMB 1,000"); // expect: AIR0003

    /// <summary>The release's currency by its alias.</summary>
    public Currency ReleaseCurrency() => Currency.FromCode("RMB"); // expect: AIR0003

    /// <summary>A Dutch fee by a lower-case code.</summary>
    public Money DutchFee(decimal figure) => Money.Of(figure, "eur"); // expect: AIR0003

    /// <summary>A Croatian fee by a withdrawn code.</summary>
    public Currency KunaCurrency() => Currency.FromCode(TradeCatalogue.OldKunaCode); // expect: AIR0003

    /// <summary>A currency by a code the caller gives.</summary>
    public Currency ByCode(string code) => Currency.FromCode(code); // clean: not a constant

    /// <summary>A currency by bloc.</summary>
    public Currency ForBloc(TradeBloc bloc) => Currency.FromCode(bloc switch { TradeBloc.China => "CNY", TradeBloc.Japan => "JPY", TradeBloc.Korea => "KRW", _ => "USD" }); // clean: every arm is active

    /// <summary>A currency by bloc, as the Hong Kong desk wrote it.</summary>
    public Currency ForBlocLegacy(TradeBloc bloc) => Currency.FromCode(bloc == TradeBloc.China ? "yuan" : "USD"); // expect: AIR0003

    /// <summary>A figure from a spreadsheet cell that was a double.</summary>
    public Money FromCell(double cell) => Money.Usd((decimal)cell); // expect: AIR0002

    /// <summary>A figure from a whole-number cell.</summary>
    public Money FromWholeCell(double cell) => Money.Usd((decimal)Math.Round(cell)); // clean: a whole number is exact

    /// <summary>A figure converted by Convert.</summary>
    public Money FromRatio(double ratio) => new(Convert.ToDecimal(ratio * 1e9), Currency.CNY); // expect: AIR0002

    /// <summary>A fee scaled by a double share.</summary>
    public Money Scaled(Money fee, double share) => fee * (decimal)share; // expect: AIR0002

    /// <summary>A fee scaled by a decimal share.</summary>
    public Money ScaledExactly(Money fee, decimal share) => fee * share; // clean: decimal all the way

    /// <summary>A measured figure through a local.</summary>
    public Money FromMeasured(double measured)
    {
        var figure = (decimal)measured;
        return Money.Jpy(figure); // expect: AIR0002
    }

    /// <summary>A figure in cents truncated from a double.</summary>
    public Money FromCents(double price) => Money.Eur((long)Math.Floor(price * 100) / 100m); // expect: AIR0002, AIR0010

    /// <summary>A figure read as text.</summary>
    public Money FromText(string text) => Money.Usd(decimal.Parse(text, CultureInfo.InvariantCulture)); // clean: decimal parsing

    /// <summary>A news figure in millions.</summary>
    public Money NewsMillions(decimal millions) => Money.Millions(millions, Currency.USD); // clean: not a constant
}

/// <summary>Scales of figures the desk reads.</summary>
public static class TradeScales
{
    /// <summary>The MOFCOM clawback, written in full into the millions factory.</summary>
    public static readonly Money ClawbackMillions = Money.Millions(600_000_000m, Currency.CNY); // expect: AIR0011

    /// <summary>The CHIPS Act grant copied in full into the billions factory.</summary>
    public static readonly Money ChipsBillions = Money.Billions(39_000_000_000m, Currency.USD); // expect: AIR0011

    /// <summary>A dollar figure in trillions beyond any budget.</summary>
    public static readonly Money PenaltyTrillions = Money.Trillions(3_621m, Currency.USD); // expect: AIR0011

    /// <summary>The Rapidus support as Japanese reports give it.</summary>
    public static readonly Money RapidusMillions = Money.Millions(1_720_000m, Currency.JPY); // clean: 1.7 trillion yen in millions

    /// <summary>The clawback in millions.</summary>
    public static readonly Money ClawbackRight = Money.Millions(600m, Currency.CNY); // clean: 600 million

    /// <summary>The CHIPS grant in billions.</summary>
    public static readonly Money ChipsRight = Money.Billions(39m, Currency.USD); // clean: 39 billion

    /// <summary>The EU Chips Act in billions by scale.</summary>
    public static readonly Money EuChipsAct = Money.Scaled(43m, Magnitude.Billions, Currency.EUR); // clean: 43 billion

    /// <summary>A Korean figure copied in full into the scale factory.</summary>
    public static readonly Money KoreaScaledTwice = Money.Scaled(26_000_000_000_000m, Magnitude.Billions, Currency.KRW); // expect: AIR0011

    /// <summary>Thousands are not checked.</summary>
    public static readonly Money ThousandsKept = Money.Thousands(250_000m, Currency.EUR); // clean: thousands are not checked

    /// <summary>A fine in millions of a currency the caller gives.</summary>
    public static Money InMillions(decimal millions, Currency currency) => Money.Millions(millions, currency); // clean: not a constant
}

/// <summary>The one-page summary the desk sends each Friday.</summary>
public sealed class DeskSummary
{
    private readonly IExchangeRateProvider _rates;

    /// <summary>Creates the summary.</summary>
    public DeskSummary(IExchangeRateProvider rates) => _rates = rates;

    /// <summary>Figures of one currency each, through the library's own operations.</summary>
    public Money[] SameCurrency() =>
    [
        Money.Zero(Currency.EUR) + TradeCatalogue.DmaFineFloor, // clean: euros onto a euro zero
        -TradeCatalogue.DmaFineFloor + TradeCatalogue.AiActTopFine, // clean: negation keeps the currency
        TradeCatalogue.DmaFineFloor * 2m - TradeCatalogue.AiActTopFine / 2m, // clean: scaling keeps the currency
        TradeCatalogue.DmaFineFloor.Round(0, MidpointRounding.AwayFromZero) + TradeCatalogue.AiActTopFine, // clean: euros rounded with a mode
        TradeCatalogue.SeoulTranches().Aggregate(Money.Zero(Currency.KRW), (t, x) => t + x), // clean: won onto a won seed
        TradeCatalogue.KoreanTranches.Select(t => t * 0.5m).Sum(Currency.KRW), // clean: halves of won in won
        TradeCatalogue.BisCases.OrderBy(c => c.Penalty).First().Penalty, // clean: every penalty in dollars
        TradeCatalogue.MofcomCases.MaxBy(c => c.Fine)!.Fine + TradeCatalogue.ReleaseFine, // clean: every fine in yuan
        TradeCatalogue.BisCases.Min(c => c.Penalty) + TradeCatalogue.NewsFee, // clean: dollars and dollars
        TradeCatalogue.DmaFines.Order().First() + TradeCatalogue.AiActTopFine, // clean: euros ordered, euros added
        Money.Of(12_500m, Currency.EUR) + TradeCatalogue.LicenceFees[TradeBloc.Netherlands], // clean: euros under that key
        TradeCatalogue.KChipsCredit - TradeCatalogue.SeoulGrant, // clean: won and won by code
    ];

    /// <summary>The euro fines sorted in place.</summary>
    public Money SmallestEuroWithTopFine()
    {
        var eu = TradeCatalogue.DmaFines.ToList();
        eu.Sort(); // clean: euros only
        return eu[0] + TradeCatalogue.AiActTopFine; // clean: euros and euros
    }

    /// <summary>Every headline in dollars at the value date.</summary>
    public Money HeadlinesInDollars()
    {
        var at = TradeCatalogue.ValueDate;
        Money[] headlines = [TradeCatalogue.MofcomFineCeiling, TradeCatalogue.DmaFineFloor, TradeCatalogue.MetiLicenceFee, TradeCatalogue.KChipsCredit];
        var converted = headlines.Select(h => h.ConvertTo(Currency.USD, at, _rates, RateLookup.MonthlyAverage).Result).Sum(Currency.USD); // clean: each converted at a stated date
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, at, ReferenceRates.FedH10Daily); // clean: a stated date
        var viaRate = new Conversion(TradeCatalogue.DmaFineFloor, rate, at, RateLookup.ExactDate).Result; // clean: a stated date
        var fed = ReferenceRates.FederalReserveH10.GetRate(Currency.USD, Currency.CNY, at, RateLookup.AnnualAverage).Rate; // clean: a stated date
        return converted + viaRate * (fed > 0m ? 1m : 0m); // clean: dollars, scaled by a number
    }

    /// <summary>Numbers for the summary's table.</summary>
    public static decimal[] Numbers(TariffLine latest) =>
    [
        Math.Round(TradeCatalogue.DmaFineFloor.Amount / 1_000_000m, 1, MidpointRounding.AwayFromZero), // clean: a mode stated
        TradeCatalogue.DmaFineFloor.Amount / 1_000_000m, // clean: one amount and a number
        latest.Rate.Fraction * 100m, // clean: one share and a number
        PercentagePoints.Of(latest.Rate.Percent - 25m).Value, // clean: one share and a number
        Share.FromFraction(latest.Rate.Fraction).Percent, // clean: the same scale
        Share.FromFraction(0m).Percent, // clean: zero is a share
    ];
}

/// <summary>Tools of the desk written as extension blocks, generic helpers and delegates.</summary>
public static class DeskTools
{
    /// <summary>A fee with VAT, as a delegate the report pipeline takes.</summary>
    public static readonly Func<Money, Money> WithVat = m => m * 1.21m; // clean: scaling keeps the currency

    /// <summary>Whether a payment is above a limit, as a delegate.</summary>
    public static readonly Func<Money, Money, bool> Over = (payment, limit) => payment > limit; // clean: parameters are unknown

    /// <summary>Whether the figure tops a limit.</summary>
    public static bool Tops(this Money m, Money limit) => m > limit; // clean: checked at its calls

    /// <summary>The figure doubled.</summary>
    public static Money Doubled(this Money m) => m * 2m; // clean: scaling keeps the currency

    /// <summary>The larger of two values of a type with comparisons.</summary>
    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b; // clean: checked at its calls

    /// <summary>An argument guard.</summary>
    public static T Checked<T>(T value, string name) where T : struct => value.Equals(default(T)) ? throw new ArgumentException("empty", name) : value; // clean: returns its argument

    /// <summary>Whether one figure is above another, taken by reference.</summary>
    public static bool Above(in Money a, in Money b) => a > b; // clean: checked at its calls

    /// <summary>Whether one figure is above another, through the desk's helper.</summary>
    public static bool AboveCap(Money a, Money b) => TradeMath.Exceeds(a, b); // clean: passes both on, checked at its calls

    /// <summary>Whether both are in one currency and the first is above.</summary>
    public static bool SameAndAbove(Money a, Money b) => a.Currency == b.Currency && a > b; // clean: reads both currencies

    /// <summary>The first converted to dollars, then compared.</summary>
    public static bool AboveInDollars(Money a, Money b, IExchangeRateProvider rates)
    {
        a = TradeMath.ToUsd(a, rates);
        return a > b; // clean: the parameter is written first
    }

    /// <summary>Totals a seed and every figure.</summary>
    public static Money Total(Money seed, IEnumerable<Money> items)
    {
        var total = seed;
        foreach (var x in items)
        {
            total += x; // clean: checked at its calls
        }

        return total;
    }

    /// <summary>Totals a seed and the figures given.</summary>
    public static Money TotalOf(Money seed, params ReadOnlySpan<Money> items)
    {
        foreach (var x in items)
        {
            seed += x; // clean: checked at its calls
        }

        return seed;
    }

    /// <summary>Empties a list and puts one figure in it.</summary>
    public static void Refill(List<Money> into, Money m)
    {
        into.Clear();
        into.Add(m);
    }

    /// <summary>Adds a figure to a list.</summary>
    public static void Fill(List<Money> into, Money m) => into.Add(m);

    /// <summary>Adds a figure to a list when it is in yen.</summary>
    public static void AddIfYen(List<Money> into, Money m)
    {
        if (m.Currency == Currency.JPY)
        {
            into.Add(m);
        }
    }

    /// <summary>Sums in a currency.</summary>
    public static Money SumIn(this IEnumerable<Money> xs, Currency currency) => xs.Sum(currency); // clean: parameters are unknown
}
