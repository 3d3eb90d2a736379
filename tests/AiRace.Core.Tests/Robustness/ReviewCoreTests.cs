using System.Globalization;
using System.Numerics;
using System.Text.Json;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// An adversarial review of AiRace.Core: each test states what the library promises (quoting its docs) and fails
/// today because the library does something else. The tests assert the promised behaviour, so they pass once the bug
/// is fixed.
/// </summary>
public class ReviewCoreTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);

    /// <summary>Runs <paramref name="act"/>; an exception it throws must be one the member's XML docs list (its type or
    /// a base type), so the test passes once either the code or the docs are fixed.</summary>
    private static void ThrowsOnlyDocumented(string member, Action act)
    {
        Exception? thrown = null;
        try
        {
            act();
        }
        catch (Exception e)
        {
            thrown = e;
        }

        if (thrown is null)
        {
            return;
        }

        IReadOnlyList<string> documented = XmlDocs.Exceptions(member);
        var types = new List<string>();
        for (Type? t = thrown.GetType(); t is not null; t = t.BaseType)
        {
            types.Add("T:" + t.FullName);
        }

        documented.Intersect(types).Should().NotBeEmpty(
            "{0} threw {1} ({2}), but its docs list only [{3}]", member, thrown.GetType().Name, thrown.Message, string.Join(", ", documented));
    }

    // ---------- 1. A Try* method throws: a cross through a pivot divides by a product that underflowed to 0 ----------

    /// <summary>Two legs that the table holds only as inverses of tiny published rates (EUR/USD 10^-15 and CNY/EUR
    /// 10^-15). Crossing USD → EUR → CNY multiplies the two published rates into the denominator; 10^-15 × 10^-15
    /// underflows decimal to 0 and the cross divides by it.</summary>
    private static ExchangeRateTable TinyPublishedLegsViaEur() => new ExchangeRateTable(new[]
    {
        new ExchangeRate(Currency.EUR, Currency.USD, 0.000000000000001m, Day, new RateSeries("A", "series A", "tester", RatePeriod.Day)),
        new ExchangeRate(Currency.CNY, Currency.EUR, 0.000000000000001m, Day, new RateSeries("B", "series B", "tester", RatePeriod.Day)),
    }).CrossVia(Currency.EUR);

    [Fact]
    public void Cross_via_a_pivot_TryGetRate_does_not_throw_when_the_published_legs_multiply_below_decimal()
    {
        // Promise (IExchangeRateProvider.TryGetRate): "<returns>Whether a rate was found.</returns>" and no
        // <exception> at all; ExchangeRateTable.CrossVia: a cross decimal cannot hold is explained ("is larger than
        // decimal can hold"), GetRate documents only ExchangeRateNotFoundException.
        // Today: ExchangeRateTable.CrossOf multiplies both published rates into the denominator (10^-15 × 10^-15 = 0
        // in decimal) and divides 1 by it: DivideByZeroException escapes TryGetRate, GetRate and every analysis
        // that asks the table (only OverflowException is caught there).
        ExchangeRateTable table = TinyPublishedLegsViaEur();

        bool found = false;
        Action tryGet = () => found = table.TryGetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate, out _);
        Action get = () => table.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate);

        tryGet.Should().NotThrow("TryGetRate answers false for a cross beyond decimal's range");
        found.Should().BeFalse("USD/CNY here is 10^30, beyond decimal");
        get.Should().Throw<ExchangeRateNotFoundException>();
    }

    [Fact]
    public void Normalising_with_a_crossing_table_lists_the_programme_instead_of_throwing()
    {
        // Promise (Normaliser): "an amount that cannot be converted (no date, no rate) is reported with the reason,
        // never left out silently"; TryNormalise and NormaliseProgrammes document no exception for a rate problem.
        // Today: the same DivideByZeroException from ExchangeRateTable.CrossOf escapes NormaliseProgrammes, so the
        // whole analysis fails instead of listing the dollar programme as not normalised.
        // Normalising to CNY: the dollar programme (Stargate, USD 500 billion) needs USD/CNY, which the table
        // crosses through EUR from the two inverse legs.
        var normaliser = new Normaliser(TinyPublishedLegsViaEur(), Currency.CNY);
        var programmes = PolicyData.Embedded.Programmes;

        NormalisationResult? result = null;
        Action act = () => result = normaliser.NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

        act.Should().NotThrow();
        result!.NotNormalised.Select(n => n.Programme.Id).Should().Contain("us-stargate-project");
        (result.Items.Count + result.NotNormalised.Count).Should().Be(programmes.Count);
    }

    // ---------- 2. JSON: a range of money in two currencies escapes as CurrencyMismatchException ----------

    [Fact]
    public void Value_range_json_with_ends_in_two_currencies_is_a_JsonException()
    {
        // Promise: JSON readers report bad input as JsonException (ValueRangeJsonConverter turns the constructor's
        // ArgumentException for reversed ends into a JsonException; the money converter does the same for every
        // unknown code, missing property and duplicate). The brief: only documented exceptions leave the library.
        // Today: ValueRangeJsonConverter.Read catches only ArgumentException, but new ValueRange<Money>(CNY, USD)
        // throws CurrencyMismatchException (an InvalidOperationException), which escapes JsonSerializer.Deserialize
        // with no path or position: a caller catching JsonException for bad documents crashes.
        const string json = "{\"low\":{\"amount\":\"1\",\"currency\":\"CNY\"},\"high\":{\"amount\":\"2\",\"currency\":\"USD\"}}";

        Action act = () => JsonSerializer.Deserialize<ValueRange<M>>(json);

        act.Should().Throw<JsonException>();
    }

    // ---------- 3. Percentage points are rounded away silently ----------

    [Fact]
    public void Moving_a_share_by_a_few_points_does_not_silently_round_the_move_away()
    {
        // Promise (PercentagePoints): "Values are immutable and thread-safe; nothing is rounded." Share + points:
        // "Moves a share by a number of percentage points" and throws ArgumentOutOfRangeException when the result is
        // outside [0%, 100%]; the library promises nothing is silently rounded away.
        // Today: Share.op_Addition adds left.Percent + right.Value in decimal; 99.99999999999999999999999999 +
        // 0.000000000000000000000000004 needs 29 digits above 7.9 × 10^28 and decimal rounds the move away: the
        // "moved" share equals the original, with no exception.
        Share nearlyAll = Share.FromFraction(0.9999999999999999999999999999m);
        PercentagePoints move = PercentagePoints.Of(0.000000000000000000000000004m);

        Share moved = default;
        Action act = () => moved = nearlyAll + move;

        // Either the move is kept (moved differs) or it is refused; silently returning the same share is neither.
        try
        {
            act();
        }
        catch (ArgumentOutOfRangeException)
        {
            return;
        }

        moved.Should().NotBe(nearlyAll, "a non-zero move of {0} was added", move);
    }

    [Fact]
    public void Adding_percentage_points_does_not_round_silently()
    {
        // Promise (PercentagePoints remarks): "nothing is rounded"; op_Addition documents only
        // "OverflowException: The sum is outside the range of decimal".
        // Today: new(left._value + right._value) lets decimal round 10^28 + 0.1 to 10^28 without a word, so the
        // 0.1 pp is lost (Money's addition refuses the same loss at its minor unit).
        PercentagePoints big = PercentagePoints.Of(10_000_000_000_000_000_000_000_000_000m);
        PercentagePoints small = PercentagePoints.Of(0.1m);

        PercentagePoints sum = default;
        Action act = () => sum = big + small;

        try
        {
            act();
        }
        catch (OverflowException)
        {
            return; // refusing is also keeping the promise
        }

        (sum - big).Should().Be(small, "nothing is rounded: (a + b) - a is b");
    }

    [Fact]
    public void Scaling_percentage_points_is_exact_as_documented()
    {
        // Promise (PercentagePoints.op_Multiply): "Scales a change (for example, per year times years), exactly."
        // and only "OverflowException: The product is outside the range of decimal".
        // Today: new(left._value * right) keeps decimal's 28 decimals: 0.1234567890123456789012345678 ×
        // 0.1234567890123456789012345678 (56 decimals) comes back as 0.0152415787532388367504953515 pp, rounded,
        // with no exception.
        decimal x = 0.1234567890123456789012345678m;
        PercentagePoints product = default;
        Action act = () => product = PercentagePoints.Of(x) * x;

        try
        {
            act();
        }
        catch (OverflowException)
        {
            return;
        }

        // The exact product has 56 decimals; compare the digits returned with it, at that scale.
        BigInteger exact = Digits(x) * Digits(x);
        BigInteger got = Digits(product.Value) * BigInteger.Pow(10, 56 - product.Value.Scale);
        got.Should().Be(exact, "the product is promised exact, but decimal kept only 28 decimals");
    }

    private static BigInteger Digits(decimal d) =>
        BigInteger.Parse(Math.Abs(d).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    // ---------- 4. Undocumented exceptions ----------

    [Fact]
    public void A_conversion_into_gold_rounds_or_throws_only_what_its_docs_say()
    {
        // Promise: only documented exceptions leave the library. Conversion.RoundedResult: "The converted amount
        // rounded to the target currency's minor units" with no <exception> documented.
        // Today: RoundedResult calls Money.Round(mode), which throws InvalidOperationException for a currency ISO 4217
        // gives no minor unit (XAU, XDR, XXX...). A conversion into gold can be built and is valid; its
        // RoundedResult throws an exception its docs do not name.
        var toGold = new ExchangeRate(Currency.USD, Currency.XAU, 0.0005m, Day, new RateSeries("G", "gold", "tester", RatePeriod.Day));
        var conversion = new Conversion(M.Usd(1000.5m), toGold, Day, RateLookup.ExactDate);

        ThrowsOnlyDocumented("M:AiRace.Core.Conversion.RoundedResult(System.MidpointRounding)",
            () => conversion.RoundedResult(MidpointRounding.ToEven));
    }

    [Fact]
    public void Money_Round_with_an_undefined_mode_throws_only_documented_exceptions()
    {
        // Promise: Money.Round(MidpointRounding) documents only "InvalidOperationException: ISO 4217 defines no minor
        // unit for the currency"; only documented exceptions leave the library.
        // Today: Guard.Defined(mode) throws ArgumentOutOfRangeException for (MidpointRounding)9, which the member's
        // <exception> docs do not list (Round(int, MidpointRounding) lists it, for decimals only).
        ThrowsOnlyDocumented("M:AiRace.Core.Money.Round(System.MidpointRounding)", () => M.Cny(1.005m).Round((MidpointRounding)9));
    }

    [Fact]
    public void Aggregation_Of_with_an_undefined_key_throws_only_documented_exceptions()
    {
        // Promise: each public member's <exception> docs list what it may throw. Aggregation.Of has no <exception>
        // docs at all.
        // Today: Guard.Defined(key) throws ArgumentOutOfRangeException (and Guard.NotNull ArgumentNullException),
        // neither documented.
        NormalisationResult result = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD)
            .NormaliseProgrammes(PolicyData.Embedded.Programmes, NormalisationBasis.AtAnnualAverage(2024));

        ThrowsOnlyDocumented(
            "M:AiRace.Core.Analysis.Aggregation.Of(AiRace.Core.Analysis.NormalisationResult,AiRace.Core.Data.PolicyDataset,AiRace.Core.Analysis.AggregationKey,AiRace.Core.Analysis.SponsorTotals)",
            () => Aggregation.Of(result, PolicyData.Embedded, (AggregationKey)9));
    }

    [Fact]
    public void Converting_at_a_default_rate_throws_only_documented_exceptions()
    {
        // Promise: Money.ConvertAt documents CurrencyMismatchException and OverflowException; ExchangeRate.Convert the
        // same two. The ExchangeRate remarks say "default(ExchangeRate) ... is not a usable rate and every conversion
        // with it throws", but neither member documents which exception.
        // Today: ExchangeRate.RequireUsable throws a plain InvalidOperationException, which is neither of the two
        // documented types (CurrencyMismatchException derives from it, not the other way round).
        ThrowsOnlyDocumented("M:AiRace.Core.Money.ConvertAt(AiRace.Core.ExchangeRate)", () => M.Cny(100m).ConvertAt(default));
        ThrowsOnlyDocumented("M:AiRace.Core.ExchangeRate.Convert(AiRace.Core.Money)", () => default(ExchangeRate).Convert(M.Cny(100m)));
    }

    [Fact]
    public void Money_Scaled_with_an_undefined_magnitude_throws_only_documented_exceptions()
    {
        // Promise: Money.Scaled documents only "OverflowException: The amount is too large for decimal".
        // Today: MagnitudeExtensions.Factor throws ArgumentOutOfRangeException ("Not a defined Magnitude.") for
        // (Magnitude)5, and Scaled does not check the enum first or document it.
        ThrowsOnlyDocumented("M:AiRace.Core.Money.Scaled(System.Decimal,AiRace.Core.Magnitude,AiRace.Core.Currency)",
            () => M.Scaled(1m, (Magnitude)5, Currency.CNY));
    }

    // ---------- 5. Money in a currency without minor units loses whole units silently ----------

    [Fact]
    public void Adding_gold_does_not_silently_drop_part_of_an_ounce()
    {
        // Promise (Money.op_Addition): "Beyond them decimal rounds the last digits ... that is allowed only below the
        // currency's minor unit: a sum that would lose a minor unit ... is refused, never rounded." XAU has no minor
        // unit (Money.Round: "ISO 4217 defines no minor unit for the currency (XAU, XDR, ...)"), so there is no
        // "below the minor unit" in which rounding is allowed.
        // Today: Money.LosesAMinorUnit treats a missing minor unit as 0 decimals (currency.MinorUnits ?? 0), so
        // XAU 79228162514264337593543950335 + XAU -0.6 silently gives XAU ...334, dropping 0.4 troy ounce.
        var max = new M(decimal.MaxValue, Currency.XAU);
        var minus = new M(-0.6m, Currency.XAU);

        M sum = default;
        Action act = () => sum = max + minus;

        try
        {
            act();
        }
        catch (OverflowException)
        {
            return; // refused: the promise is kept
        }

        (sum - max).Should().Be(minus, "the sum was not refused, so it must be exact");
    }

    // ---------- 7. Culture ----------

    [Fact]
    public void The_message_for_a_range_converted_on_two_dates_shows_Gregorian_dates_under_ar_SA()
    {
        // Promise: formatting is culture-safe (tr-TR, de-DE, zh-CN, ar-SA); every other message of the library writes
        // dates with FormattableString.Invariant / string.Create(InvariantCulture, ...).
        // Today: NormalisedAmount's constructor builds this ArgumentException with a plain $"...{RequestedDate:yyyy-MM-dd}"
        // string, which formats with the current culture's calendar: under ar-SA (Um Al-Qura calendar) 2025-07-28 is
        // written as a Hijri date (1447-...), so the message names dates that were never asked for.
        var series = new RateSeries("T", "test series", "tester", RatePeriod.Day);
        var rate = new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, Day, series);
        var range = AiRace.Core.Reporting.ReportedAmount.Between(M.Cny(1m), M.Cny(2m));
        var low = new Conversion(M.Cny(1m), rate, Day, RateLookup.ExactDate);
        var high = new Conversion(M.Cny(2m), rate, Day.AddDays(1), RateLookup.ExactDate);

        using var scope = new CultureScope("ar-SA");
        Action act = () => _ = new NormalisedAmount(range, low, high, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-07-28*2025-07-29*");
    }

    // ---------- 6. Readers that guess or round instead of refusing ----------

    [Fact]
    public void A_FRED_row_with_an_invalid_date_is_an_error_even_when_it_holds_no_rate()
    {
        // Promise (ExchangeRateFile remarks): "Dates are ISO 8601 (2025-07-28) ... A cell the source leaves empty for
        // a day without a quotation (N/A at the ECB, . or nothing at FRED) is no rate, not an error. Anything else the
        // reader does not understand is an ExchangeRateFileException naming the line and column; nothing is guessed."
        // ReadEcb and ReadList refuse "2025-02-30" on any line.
        // Today: ReadFred parses a row's date only inside the loop over non-missing cells, so a row "not-a-date,." (or
        // "2025-02-30,.") is skipped without a word: a corrupt or shifted file is read as if it were fine.
        const string text = "observation_date,DEXCHUS\nnot-a-date,.\n2025-07-28,7.1\n";

        Action act = () => ExchangeRateFile.ReadFred(new StringReader(text), "fred.csv");

        act.Should().Throw<ExchangeRateFileException>().WithMessage("*line 2*");
    }

    [Fact]
    public void A_range_of_decimals_read_from_json_is_not_rounded()
    {
        // Promise (ValueRange remarks): "Values are immutable; nothing is rounded. JSON: {"low": ..., "high": ...}";
        // the type parameter names decimal among its values. The library refuses every number decimal cannot hold
        // exactly (MoneyJsonConverter: "a number with an exponent or more digits than decimal holds is refused rather
        // than rounded").
        // Today: ValueRangeJsonConverter reads each end with the options' default decimal contract, which rounds
        // 0.12345678901234567890123456789 (29 decimals) to 0.1234567890123456789012345679 without an error.
        const string json = "{\"low\":0.12345678901234567890123456789,\"high\":1}";

        ValueRange<decimal> range = default;
        Action act = () => range = JsonSerializer.Deserialize<ValueRange<decimal>>(json);

        try
        {
            act();
        }
        catch (JsonException)
        {
            return; // refused rather than rounded: the promise is kept
        }

        range.Low.ToString(CultureInfo.InvariantCulture).Should().Be("0.12345678901234567890123456789", "nothing is rounded");
    }
}
