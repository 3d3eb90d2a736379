using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Normalised amounts, results and rankings built in code, and rate providers written by a caller: what the
/// normaliser would never make is refused with an <see cref="ArgumentException"/> that says what and where, and a rate of
/// the wrong pair is never used.</summary>
public class HandBuiltNormalisationTests
{
    private static readonly RateSeries Daily = new("T", "test series", "tester", RatePeriod.Day);
    private static readonly DateOnly Day = new(2024, 7, 1);
    private static readonly SourceReference Src = new("src-1", "the quote");

    private static Programme Prog(string id, ReportedAmount? headline) =>
        new(id, "Programme " + id, SponsorKind.State, "CN", [], [Instrument.Subsidy], [], null, headline, null, [], [Src]);

    private static ExchangeRateTable Rates() => new([new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily)]);

    private static NormalisationResult NormaliseCny(params Programme[] programmes) =>
        new Normaliser(Rates(), Currency.CNY).NormaliseProgrammes(programmes, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));

    [Fact]
    public void NormalisedAmount_refuses_a_conversion_without_a_rate()
    {
        Action act = () => _ = new NormalisedAmount(ReportedAmount.Exact(default), default, null, NormalisationBasis.AtAnnualAverage(2024));
        act.Should().Throw<ArgumentException>().WithParameterName("conversion").WithMessage("*has no rate*default(Conversion)*");
    }

    [Fact]
    public void NormalisedAmount_refuses_an_upper_conversion_without_a_rate()
    {
        ReportedAmount range = ReportedAmount.Between(M.Usd(1m), M.Usd(2m));
        var low = new Conversion(M.Usd(1m), new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, Daily), Day, RateLookup.ExactDate);
        Action act = () => _ = new NormalisedAmount(range, low, default(Conversion), NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        act.Should().Throw<ArgumentException>().WithParameterName("upperConversion");
    }

    [Fact]
    public void Rank_refuses_a_default_item_with_ArgumentException_naming_its_index()
    {
        NormalisedProgramme good = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m)))).Items[0];
        FluentActions.Invoking(() => ProgrammeComparison.Rank([good, default])).Should().Throw<ArgumentException>()
            .WithParameterName("items").WithMessage("Item 1 holds no programme*");
        FluentActions.Invoking(() => ProgrammeComparison.RankTable([default])).Should().Throw<ArgumentException>().WithMessage("Item 0 *");
    }

    [Fact]
    public void Rank_refuses_an_item_whose_amount_is_default()
    {
        NormalisedProgramme good = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m)))).Items[0];
        FluentActions.Invoking(() => ProgrammeComparison.Rank([good, good with { Amount = default }])).Should().Throw<ArgumentException>()
            .WithMessage("Item 1 (a) holds default(NormalisedAmount)*");
    }

    [Fact]
    public void NormalisationResult_refuses_a_default_item_so_Aggregation_gets_none()
    {
        NormalisationResult cny = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m))));
        Action act = () => Aggregation.Of(new NormalisationResult(Currency.CNY, cny.Basis, [cny.Items[0], default], []), PolicyDataset.Empty, AggregationKey.Jurisdiction);
        act.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("Item 1 holds no programme*");
    }

    [Fact]
    public void NormalisationResult_refuses_items_in_another_currency_than_its_own()
    {
        NormalisationResult cny = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m))), Prog("b", ReportedAmount.Exact(M.Usd(2m))));
        FluentActions.Invoking(() => new NormalisationResult(Currency.USD, cny.Basis, cny.Items, [])).Should().Throw<ArgumentException>()
            .WithParameterName("items").WithMessage("Item 0 (a) is normalised to CNY; the result is in USD.*");
        FluentActions.Invoking(() => new NormalisationResult(Currency.USD, cny.Basis, cny.Items.ToList(), [])).Should().Throw<ArgumentException>()
            .WithMessage("Item 0 (a) is normalised to CNY; the result is in USD.*");
    }

    [Fact]
    public void NormalisationResult_does_not_follow_later_changes_to_the_callers_lists()
    {
        NormalisationResult done = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m))), Prog("b", ReportedAmount.Exact(M.Usd(2m))), Prog("c", null));
        var items = done.Items.ToList();
        var skipped = done.NotNormalised.ToList();
        var result = new NormalisationResult(Currency.CNY, done.Basis, items, skipped);
        items.Clear();
        skipped.Clear();
        result.Items.Select(i => i.Programme.Id).Should().Equal("a", "b");
        result.NotNormalised.Should().ContainSingle();
        result.ToTable().Rows.Should().HaveCount(3);
    }

    [Fact]
    public void NormalisationResult_lists_cannot_be_written_through_their_interface()
    {
        NormalisationResult done = NormaliseCny(Prog("a", ReportedAmount.Exact(M.Usd(1m))), Prog("c", null));
        var made = new NormalisationResult(Currency.CNY, done.Basis, done.Items.ToList(), done.NotNormalised.ToList());
        foreach (NormalisationResult r in new[] { done, made })
        {
            ((ICollection<NormalisedProgramme>)r.Items).IsReadOnly.Should().BeTrue();
            FluentActions.Invoking(() => ((IList<NotNormalised>)r.NotNormalised)[0] = r.NotNormalised[0]).Should().Throw<NotSupportedException>();
        }
    }

    [Fact]
    public void AtAnnualAverage_documents_its_range_of_years()
    {
        FluentActions.Invoking(() => NormalisationBasis.AtAnnualAverage(1899)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NormalisationBasis.AtAnnualAverage(2201)).Should().Throw<ArgumentOutOfRangeException>();
        NormalisationBasis.AtAnnualAverage(1900).Should().NotBeNull();
        NormalisationBasis.AtAnnualAverage(2200).Should().NotBeNull();
        XmlDocs.Exceptions("M:AiRace.Core.Analysis.NormalisationBasis.AtAnnualAverage(System.Int32)").Should().Contain("T:System.ArgumentOutOfRangeException");
    }

    [Fact]
    public void Rank_and_RankTable_document_the_ArgumentException_for_a_default_item()
    {
        XmlDocs.Exceptions("M:AiRace.Core.Analysis.ProgrammeComparison.Rank(System.Collections.Generic.IEnumerable{AiRace.Core.Analysis.NormalisedProgramme})")
            .Should().Contain("T:System.ArgumentException");
        XmlDocs.Exceptions("M:AiRace.Core.Analysis.ProgrammeComparison.RankTable(System.Collections.Generic.IEnumerable{AiRace.Core.Analysis.NormalisedProgramme},AiRace.Core.Data.PolicyDataset)")
            .Should().Contain("T:System.ArgumentException");
    }

    /// <summary>Answers every question with a rate of the pair it was made with.</summary>
    private sealed class FixedRateProvider(ExchangeRate rate) : IExchangeRateProvider
    {
        public ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup) => rate;

        public bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate found)
        {
            found = rate;
            return true;
        }
    }

    [Fact]
    public void ConvertTo_refuses_a_provider_rate_of_another_pair_as_no_rate_found()
    {
        var eur = new FixedRateProvider(new ExchangeRate(Currency.CNY, Currency.EUR, 0.13m, Day, Daily));
        FluentActions.Invoking(() => M.Cny(100m).ConvertTo(Currency.USD, Day, eur, RateLookup.ExactDate))
            .Should().Throw<ExchangeRateNotFoundException>("ConvertTo(USD) must never give a EUR result")
            .WithMessage("*CNY/USD*gave a CNY/EUR rate*");
        FluentActions.Invoking(() => M.Cny(100m).ConvertTo(Currency.USD, Day, new FixedRateProvider(default), RateLookup.ExactDate))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("*default(ExchangeRate)*");
        XmlDocs.Exceptions("M:AiRace.Core.Conversion.#ctor(AiRace.Core.Money,AiRace.Core.ExchangeRate,System.DateOnly,AiRace.Core.RateLookup)")
            .Should().Contain("T:System.ArgumentException", "new Conversion(m, default, …) throws it");
    }

    [Fact]
    public void Normalise_of_an_amount_that_converts_below_decimals_smallest_step_is_an_OverflowException_not_a_zero()
    {
        var normaliser = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD);
        FluentActions.Invoking(() => normaliser.Normalise(ReportedAmount.Exact(M.Cny(0.0000000000000000000000000001m)), NormalisationBasis.AtAnnualAverage(2024)))
            .Should().Throw<OverflowException>().WithMessage("Converted, CNY 0.0000000000000000000000000001 at CNY/USD * would be rounded to 0.");
        FluentActions.Invoking(() => new Normaliser(ReferenceRates.FederalReserveH10, Currency.CNY).Normalise(ReportedAmount.Exact(M.Usd(decimal.MaxValue)), NormalisationBasis.AtAnnualAverage(2024)))
            .Should().Throw<OverflowException>();
        foreach (string method in new[]
        {
            "M:AiRace.Core.Analysis.Normaliser.Normalise(AiRace.Core.Reporting.ReportedAmount,System.DateOnly,AiRace.Core.RateLookup,AiRace.Core.Analysis.NormalisationBasis)",
            "M:AiRace.Core.Analysis.Normaliser.Normalise(AiRace.Core.Reporting.ReportedAmount,AiRace.Core.Analysis.NormalisationBasis)",
        })
        {
            XmlDocs.Exceptions(method).Should().Contain("T:System.OverflowException", method);
        }
    }

    [Fact]
    public void Normaliser_lists_a_programme_whose_provider_gives_a_rate_of_another_quote_with_the_pair()
    {
        var normaliser = new Normaliser(new FixedRateProvider(new ExchangeRate(Currency.USD, Currency.EUR, 0.9m, Day, Daily)), Currency.CNY);
        NormalisationResult r = normaliser.NormaliseProgrammes([Prog("a", ReportedAmount.Exact(M.Usd(1m)))], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        r.Items.Should().BeEmpty("a USD/EUR rate does not make a CNY amount");
        r.NotNormalised.Should().ContainSingle().Which.Reason.Should().Contain("USD/CNY").And.Contain("gave a USD/EUR rate");
        r.ToTable().Rows.Should().ContainSingle();
    }

    [Fact]
    public void Normaliser_lists_a_programme_whose_provider_gives_a_rate_of_another_base_with_the_pair()
    {
        var normaliser = new Normaliser(new FixedRateProvider(new ExchangeRate(Currency.EUR, Currency.CNY, 7.8m, Day, Daily)), Currency.CNY);
        NormalisationResult r = normaliser.NormaliseProgrammes([Prog("a", ReportedAmount.Exact(M.Usd(1m)))], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        r.Items.Should().BeEmpty();
        r.NotNormalised.Should().ContainSingle().Which.Reason.Should().Contain("gave a EUR/CNY rate");
    }

    [Fact]
    public void Normalise_throws_ExchangeRateNotFound_for_a_rate_of_the_wrong_pair_or_no_rate()
    {
        var wrong = new Normaliser(new FixedRateProvider(new ExchangeRate(Currency.USD, Currency.EUR, 0.9m, Day, Daily)), Currency.CNY);
        FluentActions.Invoking(() => wrong.Normalise(ReportedAmount.Exact(M.Usd(1m)), Day, RateLookup.ExactDate, NormalisationBasis.AtDate(Day, RateLookup.ExactDate)))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("*gave a USD/EUR rate*");
        var none = new Normaliser(new FixedRateProvider(default), Currency.CNY);
        FluentActions.Invoking(() => none.Normalise(ReportedAmount.Exact(M.Usd(1m)), NormalisationBasis.AtDate(Day, RateLookup.ExactDate)))
            .Should().Throw<ExchangeRateNotFoundException>().WithMessage("*default(ExchangeRate)*");
    }

    [Fact]
    public void The_message_for_range_ends_converted_on_two_dates_shows_Gregorian_dates_under_ar_SA()
    {
        // Under ar-SA the current calendar is Um Al-Qura: a culture-formatted 2025-07-28 would read as a Hijri date.
        var day = new DateOnly(2025, 7, 28);
        var rate = new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, day, Daily);
        var range = ReportedAmount.Between(M.Cny(1m), M.Cny(2m));
        var low = new Conversion(M.Cny(1m), rate, day, RateLookup.ExactDate);
        var high = new Conversion(M.Cny(2m), rate, day.AddDays(1), RateLookup.ExactDate);

        using var scope = new CultureScope("ar-SA");
        Action act = () => _ = new NormalisedAmount(range, low, high, NormalisationBasis.AtDate(day, RateLookup.ExactDate));

        act.Should().Throw<ArgumentException>().WithMessage("*2025-07-28*2025-07-29*");
    }
}
