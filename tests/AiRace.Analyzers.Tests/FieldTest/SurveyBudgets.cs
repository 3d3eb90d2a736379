using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AiRace.Core;
using AiRace.Core.Analysis;
using Survey.Research.Model;

namespace Survey.Research.Budgets;

/// <summary>The city budgets of the panel, as the budget offices publish them.</summary>
public static class CityBudgets
{
    /// <summary>Tokyo's general account, 9.2 trillion yen, in millions of yen as the metropolitan report gives it.</summary>
    public static readonly Money Tokyo = Money.Millions(9_158_000m, Currency.JPY); // clean: 9.2 trillion yen in millions, as a Japanese report states it

    /// <summary>The same figure pasted from the draft, in full, into the millions form (a bug).</summary>
    public static readonly Money TokyoFromDraft = Money.Scaled(9_158_000_000_000m, Magnitude.Millions, Currency.JPY); // expect: AIR0011

    /// <summary>Seoul's budget: 48.1 trillion won.</summary>
    public static readonly Money Seoul = Money.Trillions(48.1m, Currency.KRW); // clean

    /// <summary>Korea's national budget, 656.6 trillion won, in millions as the ministry's table gives it.</summary>
    public static readonly Money Korea = Money.Millions(656_600_000m, Currency.KRW); // clean: a large figure in millions of won that is right

    /// <summary>The same budget typed in full into the trillions form (a bug).</summary>
    public static readonly Money KoreaTyped = Money.Trillions(656_600_000_000_000m, Currency.KRW); // expect: AIR0011

    /// <summary>Indonesia's budget: Rp 3,621 trillion.</summary>
    public static readonly Money Indonesia = Money.Trillions(3_621m, Currency.FromCode("IDR")); // clean: a real rupiah budget (page)

    /// <summary>Jakarta's budget, Rp 91.34 trillion, typed in full into the billions form (a bug).</summary>
    public static readonly Money Jakarta = Money.Billions(91_340_000_000_000m, Currency.FromCode(SurveyCodes.Rupiah)); // expect: AIR0011

    /// <summary>The research envelope the central government matches, as the US partner reports it (a bug: in full).</summary>
    public static readonly Money PartnerMatch = Money.Billions(billions: 1_200_000_000m, currency: Currency.USD); // expect: AIR0011

    /// <summary>Shenzhen's research budget: 42 billion yuan, typed in full into the millions form (a bug).</summary>
    public static Money Shenzhen()
    {
        var yuan = Currency.CNY;
        return Money.Millions(42_000_000_000m, yuan); // expect: AIR0011
    }

    /// <summary>A district's figure in thousands, as the old accounts give it ("250,000 thousand").</summary>
    public static readonly Money Gangnam = Money.Thousands(250_000_000m, Currency.KRW); // clean: thousands are not checked (page)

    /// <summary>Whether Tokyo spends more than Seoul (a bug: yen against won).</summary>
    public static bool TokyoOutspendsSeoul() => Tokyo > Seoul; // expect: AIR0001

    /// <summary>The larger of the two Korean figures.</summary>
    public static Money LargerKorean() => Money.Max(Seoul, Korea); // clean: both in won

    /// <summary>The larger of the Seoul and Tokyo budgets (a bug: won against yen).</summary>
    public static Money LargerCapital() => Money.Max(Seoul, Tokyo); // expect: AIR0001

    /// <summary>How many won a yen bought when the panel was drawn.</summary>
    public static decimal WonPerYen()
    {
        var yen = Money.Jpy(1_000_000m);
        var won = Money.Of(9_300_000m, Currency.KRW);
        return Math.Round(won.Amount / yen.Amount, 4); // clean: a rate between two known currencies, not money (AIR0004 and AIR0009 pages)
    }
}

/// <summary>Reads the budgets the offices send as CSV text and JSON.</summary>
public static class BudgetImport
{
    /// <summary>Reads a line of the ministry's CSV: city, country, code, core, supplement in millions, research percent.</summary>
    public static CityBudget ParseLine(string line)
    {
        var cells = line.Split(',');
        var currency = Currency.FromCode(cells[2].Trim()); // clean: a code read from the file
        var core = decimal.Parse(cells[3], NumberStyles.Number, CultureInfo.InvariantCulture); // clean: a decimal that was never a double
        var supplementMillions = double.Parse(cells[4], CultureInfo.InvariantCulture);
        var research = decimal.Parse(cells[5], CultureInfo.InvariantCulture);
        return new CityBudget(cells[0], cells[1], new Money(core, currency),
            Money.Millions((decimal)supplementMillions, currency), // expect: AIR0002
            Share.FromPercent(research)); // clean: not a constant
    }

    /// <summary>Reads an amount from the Korean office's JSON, which writes amounts as numbers.</summary>
    public static Money FromJson(JsonElement node)
    {
        var code = node.GetProperty("currency").GetString() ?? SurveyCodes.Won;
        return Money.Of(amount: Convert.ToDecimal(node.GetProperty("amount").GetDouble()), currency: Currency.FromCode(code)); // expect: AIR0002
    }

    /// <summary>The same, reading the number's text as a decimal.</summary>
    public static Money FromJsonExact(JsonElement node) =>
        new(node.GetProperty("amount").GetDecimal(), Currency.FromCode(node.GetProperty("currency").GetString() ?? SurveyCodes.Won)); // clean: GetDecimal reads the text exactly

    /// <summary>The won figure of the survey's spreadsheet, which computes in doubles; won have no minor unit.</summary>
    public static Money WholeWon(double wonFigure) => Money.Of((decimal)Math.Round(wonFigure), Currency.KRW); // clean: a whole number first (page)

    /// <summary>Yuan per head from the model, cut to fen (a bug: the product is truncated from a double).</summary>
    public static Money PerHead(double yuanPerHead) => Money.Of((long)(yuanPerHead * 100) / 100m, Currency.CNY); // expect: AIR0002, AIR0010

    /// <summary>Jakarta's figure, the revised one when the office sent a revision (the revision is a double).</summary>
    public static Money JakartaFigure(decimal published, double revised, bool hasRevision) =>
        Money.Of(hasRevision ? (decimal)revised : published, Currency.FromCode("IDR")); // expect: AIR0002

    /// <summary>A budget carried forward by the model's inflator.</summary>
    public static Money CarriedForward(Money budget, double inflator, int years)
    {
        var total = budget;
        for (var i = 0; i < years; i++)
        {
            total *= (decimal)inflator; // expect: AIR0002
        }

        return total;
    }

    /// <summary>A per-head estimate floored at zero, then scaled to the population.</summary>
    public static Money Floored(double estimate, int population)
    {
        decimal perHead = (decimal)estimate;
        if (perHead < 0m)
        {
            perHead = 0m;
        }

        return Money.Jpy(perHead * population); // clean: not followed (the page says a local written again is not followed)
    }

    /// <summary>The response rate of a wave (a double that never becomes money).</summary>
    public static double ResponseRate(int answered, int invited) => answered / (double)invited; // clean: never money

    /// <summary>A sample line of the Korean file for the tests (a bug: the unit's name, not its code).</summary>
    public static readonly Money SampleWon = Money.Parse("WON 3,000,000"); // expect: AIR0003

    /// <summary>A sample line of the Jakarta file.</summary>
    public static readonly Money SampleRupiah = Money.Parse("IDR 5,000,000"); // clean: an active code

    /// <summary>The Jakarta office's default figure (a bug: a lower-case code).</summary>
    public static Money Default(decimal figure) => Money.Of(figure, currencyCode: "idr"); // expect: AIR0003
}

/// <summary>The comparisons and totals of the budgets chapter.</summary>
public static class BudgetAnalysis
{
    public static bool OverPlan(Money plan, Money actual)
    {
        var (planned, _) = plan;
        var (spent, _) = actual;
        return spent > planned; // expect: AIR0004
    }

    public static decimal LargerCore(CityBudget a, CityBudget b) => decimal.Max(a.Core.Amount, b.Core.Amount); // expect: AIR0004

    public static decimal WithSupplement(CityBudget c) => c.Core.Amount + (c.Supplement?.Amount ?? 0m); // expect: AIR0004

    public static bool Unchanged(CityBudget before, CityBudget after) => before.Core.Amount == after.Core.Amount; // expect: AIR0004

    public static decimal Overrun(Money plan, Money actual) => (actual - plan).Amount; // clean: Money's checked subtraction

    public static bool Funded(CityBudget c) => c.Core.Amount > 0m; // clean: an amount and a plain number

    public static decimal ResearchFigure(CityBudget c) => c.Core.Amount * c.ResearchShare.Fraction; // clean: an amount times a plain number

    public static decimal LeftInEnvelope(Money envelope, IEnumerable<CityBudget> cities) =>
        cities.Aggregate(envelope.Amount, (left, c) => left - c.Core.Amount); // expect: AIR0007

    public static decimal RoundedTotal(IEnumerable<CityBudget> cities) =>
        cities.Select(c => decimal.Round(c.Core.Amount, 0, MidpointRounding.AwayFromZero)).Sum(); // expect: AIR0007

    public static decimal EnvelopeTotal(Dictionary<string, Money> byCity) => byCity.Values.Select(m => m.Amount).Sum(); // expect: AIR0007

    public static decimal SupplementTotal(IEnumerable<CityBudget> cities) => cities.Sum(c => c.Supplement?.Amount ?? 0m); // expect: AIR0007

    public static Money KoreanTotal(IEnumerable<CityBudget> cities) => cities.Sum(c => c.Core, Currency.KRW); // clean: the currency-stating sum

    public static decimal LargestCore(IEnumerable<CityBudget> cities) => cities.Max(c => c.Core.Amount); // clean: not a sum (page)

    public static int Funded(IEnumerable<CityBudget> cities) => cities.Aggregate(0, (n, c) => c.Core.Amount > 0m ? n + 1 : n); // clean: a count (page)

    public static decimal InDollars(IEnumerable<CityBudget> cities, IReadOnlyDictionary<Currency, decimal> toUsd) =>
        cities.Sum(c => c.Core.Amount * toUsd[c.Core.Currency]); // clean: converted by a rate chosen by currency (page)

    public static int Respondents(IEnumerable<SurveyWave> waves) => waves.Sum(w => w.Respondents); // clean: people, not money

    public static decimal InMillions(CityBudget c) => Math.Round(decimals: 0, d: c.Core.Amount / 1_000_000m); // expect: AIR0009

    public static decimal PerResidentThousands(CityBudget c, int residents)
    {
        var perHead = c.Core.Amount / residents;
        var inThousands = perHead / 1_000m;
        return decimal.Round(inThousands, 1); // expect: AIR0009
    }

    public static decimal MeanCore(IEnumerable<CityBudget> cities) => Math.Round(cities.Average(c => c.Core.Amount)); // expect: AIR0009

    public static decimal Headline(CityBudget c, bool withInflation) => Math.Round(withInflation ? c.Core.Amount * 1.02m : c.Core.Amount, 2); // expect: AIR0009

    public static decimal InMillionsForPrint(CityBudget c) => Math.Round(c.Core.Amount / 1_000_000m, 1, MidpointRounding.AwayFromZero); // clean: an explicit mode

    public static decimal MeanSupport(SurveyWave wave) => Math.Round(wave.MeanSupportPercent, 1); // clean: a percent, not a money amount

    public static Money Printed(CityBudget c) => c.Core.Round(0, MidpointRounding.ToEven); // clean: Money's own rounding with a mode

    public static decimal PrintedRate(ExchangeRate rate) => Math.Round(rate.Rate, 4); // clean: a rate, not a money amount
}

/// <summary>Converts the budgets to dollars for the comparison chapter.</summary>
public sealed class BudgetConversions(ExchangeRateTable rates, TimeProvider clock)
{
    private readonly List<string> _audit = [];

    public Money InDollars(Money m, DateOnly asOf, RateLookup lookup) => m.ConvertTo(Currency.USD, asOf, rates, lookup).Result;

    public Money Audited(Money m, DateOnly valueDate, RateLookup lookup, DateTime requestedAt)
    {
        _audit.Add(string.Create(CultureInfo.InvariantCulture, $"{requestedAt:O} {m} at {valueDate}"));
        return m.ConvertTo(Currency.USD, valueDate, rates, lookup).Result;
    }

    public Money SeoulToday() => InDollars(CityBudgets.Seoul, asOf: DateOnly.FromDateTime(DateTime.UtcNow), lookup: RateLookup.MostRecentWithin(5)); // expect: AIR0008

    public Money SeoulAudited() => Audited(CityBudgets.Seoul, new DateOnly(2025, 6, 30), RateLookup.ExactDate, requestedAt: DateTime.UtcNow); // clean: requestedAt only goes to an audit line (page)

    public NormalisationBasis BasisToday() => NormalisationBasis.AtDate(DateOnly.FromDateTime(DateTimeOffset.Now.Date), RateLookup.ExactDate); // expect: AIR0008

    public bool HasWonRate()
    {
        var yesterday = DateOnly.FromDateTime(DateTime.Today).AddDays(-1);
        return rates.TryGetRate(Currency.KRW, Currency.USD, yesterday, RateLookup.MostRecentWithin(3), out _); // expect: AIR0008
    }

    public Conversion Recorded(ExchangeRate rate) => new(CityBudgets.Tokyo, rate, DateOnly.FromDateTime(DateTime.Now), RateLookup.ExactDate); // expect: AIR0008

    public Money TokyoAtClock() => CityBudgets.Tokyo.ConvertTo(Currency.USD, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), rates, RateLookup.ExactDate).Result; // clean: an injected TimeProvider (page)

    public static string Stamp(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Footer() => $"Figures at 30 June 2025; printed {Stamp(date: DateTime.Today)}"; // clean: a date parameter that feeds no conversion

    public SurveyWave Fielded(SurveyWave wave) => wave with { FieldedOn = DateOnly.FromDateTime(DateTime.Today) }; // clean: a survey date, not a conversion date
}
