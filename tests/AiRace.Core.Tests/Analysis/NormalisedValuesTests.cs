using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests.Analysis;

/// <summary>Normalised amounts and programmes are values, and the normaliser's list of them gives back, item by item,
/// exactly what normalising each programme alone gives.</summary>
public class NormalisedValuesTests
{
    private static readonly DateOnly Day = new(2025, 7, 28);
    private static readonly ExchangeRateTable Fed = ReferenceRates.FederalReserveH10;

    /// <summary>Programmes in yuan and dollars, dated on three days, with a range, a cap and an estimate.</summary>
    private const string Mixed = """
    {
      "formatVersion": 1,
      "sources": [
        { "id": "values-note", "title": "A test note", "published": "2025-07-28", "locator": "tests", "confidence": "high" }
      ],
      "programmes": [
        {
          "id": "values-range", "name": "A range (test)", "sponsorKind": "state", "jurisdiction": "CN-SH", "instruments": [ "computeSubsidy" ],
          "status": [ { "status": "announced", "date": "2025-07-28", "sources": [ { "source": "values-note", "quote": "1 to 2 billion yuan" } ] } ],
          "headline": { "qualifier": "between", "amount": "1000000000", "upperAmount": "2000000000", "currency": "CNY", "stated": "1 to 2 billion yuan" },
          "sources": [ { "source": "values-note", "quote": "1 to 2 billion yuan" } ]
        },
        {
          "id": "values-cap", "name": "A cap (test)", "sponsorKind": "state", "jurisdiction": "CN-BJ", "instruments": [ "computeSubsidy" ],
          "status": [ { "status": "announced", "date": "2025-07-21", "sources": [ { "source": "values-note", "quote": "up to 500 million yuan" } ] } ],
          "headline": { "qualifier": "upTo", "amount": "500000000", "currency": "CNY", "stated": "up to 500 million yuan" },
          "sources": [ { "source": "values-note", "quote": "up to 500 million yuan" } ]
        },
        {
          "id": "values-dollars", "name": "Dollars (test)", "sponsorKind": "private", "jurisdiction": "US", "instruments": [ "computeSubsidy" ],
          "status": [ { "status": "announced", "date": "2025-07-14", "sources": [ { "source": "values-note", "quote": "about 3 billion dollars" } ] } ],
          "headline": { "qualifier": "approximately", "amount": "3000000000", "currency": "USD", "stated": "about 3 billion dollars" },
          "sources": [ { "source": "values-note", "quote": "about 3 billion dollars" } ]
        }
      ]
    }
    """;

    private static readonly PolicyDataset Data = PolicyData.Parse(Mixed, PolicyData.Embedded);

    public static IEnumerable<object[]> Bases() =>
    [
        [NormalisationBasis.AtDate(Day, RateLookup.MostRecentWithin(4))],
        [NormalisationBasis.AtAnnualAverage(2024)],
        [NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4))],
    ];

    [Theory]
    [MemberData(nameof(Bases))]
    public void EveryItem_IsWhatNormalisingItsProgrammeAloneGives(NormalisationBasis basis)
    {
        var normaliser = new Normaliser(Fed, Currency.USD);
        NormalisationResult result = normaliser.NormaliseProgrammes(Data.Programmes, basis);
        result.Items.Should().NotBeEmpty();
        for (int i = 0; i < result.Items.Count; i++)
        {
            NormalisedProgramme item = result.Items[i];
            normaliser.TryNormalise(item.Programme, basis, out NormalisedAmount alone, out string? reason).Should().BeTrue(reason);
            item.Amount.Should().Be(alone);
            item.Amount.Value.Should().Be(alone.Value, "the value is kept exactly, not computed again differently");
            item.Amount.Conversion.Result.Should().Be(alone.Conversion.Result);
            item.Amount.UpperConversion.Should().Be(alone.UpperConversion);
            item.Amount.Original.Should().BeSameAs(item.Programme.Headline);
            item.Amount.Basis.Should().Be(basis);
            item.Amount.ToString().Should().Be(alone.ToString());
        }

        result.Items.Should().Equal(Enumerable.Range(0, result.Items.Count).Select(i => result.Items[i]), "enumerating gives the items of the indexer, in order");
        result.Items.Select(i => i.Programme.Id).Should().Equal(Data.Programmes.Where(p => !result.NotNormalised.Any(n => n.Programme == p)).Select(p => p.Id));
    }

    [Fact]
    public void EveryItem_IsWhatNormalisingItsProgrammeAloneGives_HoweverItsConversionsAlternate()
    {
        // Runs and alternations of conversions, among them yuan over a weekend (one rate, three requested dates), yuan
        // and dollars on one day (one requested date, two rates) and one day at three precisions (one requested date,
        // three look-ups).
        var random = new Random(20261203);
        Currency[] currencies = [Currency.CNY, Currency.USD];
        PartialDate[] dates =
        [
            PartialDate.OfDay(2024, 6, 7), PartialDate.OfDay(2024, 6, 8), PartialDate.OfDay(2024, 6, 9), PartialDate.OfMonth(2024, 6),
            PartialDate.OfDay(2024, 1, 1), PartialDate.OfMonth(2024, 1), PartialDate.OfYear(2024), PartialDate.OfYear(2023),
        ];
        var sources = new[] { new SourceReference("values-note", "a test programme") };
        var programmes = new List<Programme>();
        void Add(int i, int r, Currency currency, PartialDate announced) => programmes.Add(new Programme(
            $"alternating-{i}-{r}", "Alternating (test)", SponsorKind.State, "CN", [], [Instrument.ComputeSubsidy],
            [new StatusChange(ProgrammeStatus.Announced, announced, sources)], null,
            ReportedAmount.Exact(M.Of(1_000_000m + i, currency)), null, [], sources));

        // First the weekend's days back and forth (Friday's rate for all three), then at random.
        int[] weekend = [8, 9, 8, 7, 9, 7, 8, 9, 9, 7];
        for (int i = 0; i < weekend.Length; i++)
        {
            Add(i, 0, Currency.CNY, PartialDate.OfDay(2024, 6, weekend[i]));
        }

        for (int i = weekend.Length; programmes.Count < 1_000; i++)
        {
            Currency currency = currencies[random.Next(currencies.Length)];
            PartialDate announced = dates[random.Next(dates.Length)];
            for (int run = random.Next(1, 4), r = 0; r < run; r++)
            {
                Add(i, r, currency, announced);
            }
        }

        var normaliser = new Normaliser(Fed, Currency.USD);
        foreach (NormalisationBasis basis in new[] { NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4)), NormalisationBasis.AtAnnualAverage(2024) })
        {
            NormalisationResult result = normaliser.NormaliseProgrammes(programmes, basis);
            result.NotNormalised.Select(n => n.Reason).Distinct().Should().BeEmpty("{0}", basis);
            result.Items.Should().HaveCount(programmes.Count);
            for (int i = 0; i < result.Items.Count; i++)
            {
                normaliser.TryNormalise(programmes[i], basis, out NormalisedAmount alone, out string? reason).Should().BeTrue(reason);
                result.Items[i].Amount.Should().Be(alone, "{0}, item {1} ({2}, {3})", basis, i, alone.Original.Currency, programmes[i].StatusHistory[0].Date);
            }

            result.Items.Select(i => (i.Amount.Conversion.Rate, i.Amount.Conversion.RequestedDate, i.Amount.Conversion.Lookup)).Distinct().Should()
                .HaveCountGreaterThan(basis.Kind == NormalisationDate.AnnualAverage ? 1 : 12, "the sequence must alternate among many conversions");
        }
    }

    [Fact]
    public void ARange_KeepsBothEndsAtOneRate_InTheList()
    {
        NormalisationResult result = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(Data.Programmes, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4)));
        NormalisedAmount range = result.Items.Single(i => i.Programme.Id == "values-range").Amount;
        decimal cnyPerUsd = Fed.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate).Rate;
        range.Value.Should().Be(M.Usd(1_000_000_000m / cnyPerUsd));
        range.UpperValue.Should().Be(M.Usd(2_000_000_000m / cnyPerUsd));
        range.UpperConversion!.Value.Rate.Should().Be(range.Conversion.Rate);
        range.UpperConversion.Value.RequestedDate.Should().Be(Day);
        result.Items.Single(i => i.Programme.Id == "values-cap").Amount.Conversion.RequestedDate.Should().Be(new DateOnly(2025, 7, 21));
        result.Items.Single(i => i.Programme.Id == "values-dollars").Amount.Conversion.Rate.Series.Derivation.Should().Be(RateDerivation.Identity);
    }

    [Fact]
    public void TheList_RefusesAnIndexOutsideIt()
    {
        NormalisationResult result = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(Data.Programmes, NormalisationBasis.AtAnnualAverage(2024));
        ((Func<NormalisedProgramme>)(() => result.Items[result.Items.Count])).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<NormalisedProgramme>)(() => result.Items[-1])).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TheList_IsAReadOnlyListThatLinqCopiesAndSearches()
    {
        NormalisationResult result = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(Data.Programmes, NormalisationBasis.AtAnnouncement(RateLookup.MostRecentWithin(4)));
        var list = result.Items.Should().BeAssignableTo<IList<NormalisedProgramme>>().Subject;
        list.IsReadOnly.Should().BeTrue();
        result.Items.ToArray().Should().Equal(Enumerable.Range(0, result.Items.Count).Select(i => result.Items[i]));
        NormalisedProgramme last = result.Items[^1];
        list.IndexOf(last).Should().Be(result.Items.Count - 1);
        list.Contains(last).Should().BeTrue();
        list.IndexOf(default).Should().Be(-1);
        list.Contains(last with { Programme = result.Items[0].Programme }).Should().BeFalse("an item pairs one programme with its own amount");
        var room = new NormalisedProgramme[result.Items.Count + 1];
        list.CopyTo(room, 1);
        room.Skip(1).Should().Equal(result.Items);
        ((Action)(() => list.CopyTo(new NormalisedProgramme[result.Items.Count], 1))).Should().Throw<ArgumentException>().WithParameterName("array");
        ((Action)(() => list.Add(last))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Clear())).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Remove(last))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Insert(0, last))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.RemoveAt(0))).Should().Throw<NotSupportedException>();
        ((Action)(() => list[0] = last)).Should().Throw<NotSupportedException>();
        result.Items.Count.Should().Be(room.Length - 1, "nothing changed");
    }

    [Fact]
    public void ARatio_RefusesTheDefaultAmount_NamingTheArgument()
    {
        NormalisedAmount some = new Normaliser(Fed, Currency.USD).Normalise(ReportedAmount.Exact(M.Millions(500, Currency.CNY)), NormalisationBasis.AtAnnualAverage(2024));
        ((Action)(() => ProgrammeComparison.RatioOf(default, some))).Should().Throw<ArgumentException>().WithParameterName("numerator");
        ((Action)(() => ProgrammeComparison.RatioOf(some, default))).Should().Throw<ArgumentException>().WithParameterName("denominator");
        ProgrammeComparison.RatioOf(some, some).Ratio.Should().Be(Ratio.Of(1m));
    }

    [Theory]
    [InlineData(AggregationKey.Country)]
    [InlineData(AggregationKey.Jurisdiction)]
    [InlineData(AggregationKey.SponsorKind)]
    [InlineData(AggregationKey.Instrument)]
    public void Aggregations_OfTheNormalisersListAndOfACopyOfIt_AreTheSame(AggregationKey key)
    {
        // The extended dataset records overlaps and nests a programme in a counted one; the copy is a plain list, for
        // which the ids of the normalised programmes are found again on every aggregation instead of kept.
        PolicyDataset data = AnalysisData.Extended;
        NormalisationResult own = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtDate(Day, RateLookup.MostRecentWithin(4)));
        var copy = new NormalisationResult(own.Currency, own.Basis, own.Items.ToList(), own.NotNormalised);
        data.Overlaps.Should().NotBeEmpty();
        foreach (SponsorTotals sponsors in Enum.GetValues<SponsorTotals>())
        {
            Aggregation first = Aggregation.Of(own, data, key, sponsors);
            Aggregation again = Aggregation.Of(own, data, key, sponsors);
            Aggregation ofCopy = Aggregation.Of(copy, data, key, sponsors);
            again.ToTable().ContentEquals(first.ToTable()).Should().BeTrue();
            ofCopy.ToTable().ContentEquals(first.ToTable()).Should().BeTrue();
            ofCopy.ToString().Should().Be(first.ToString());
        }

        Aggregation.Of(own, data, AggregationKey.Country).Groups.SelectMany(g => g.NotCounted)
            .Should().Contain(n => n.Programme == "test-sh-compute-vouchers" && n.Reason.StartsWith("nested in ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_writes_each_rate_with_its_own_digits_when_two_equal_rates_differ_in_scale()
    {
        PolicyDataset data = AnalysisData.Extended;
        NormalisationResult own = new Normaliser(Fed, Currency.USD).NormaliseProgrammes(data.Programmes, NormalisationBasis.AtDate(Day, RateLookup.MostRecentWithin(4)));
        NormalisedProgramme[] two = own.Items.Where(i => i.Amount.Conversion.Rate.Base != i.Amount.Conversion.Rate.Quote && i.Amount.UpperValue is null).Take(2).ToArray();
        two.Should().HaveCount(2);
        ExchangeRate r = two[1].Amount.Conversion.Rate;
        var shorter = new ExchangeRate(r.Base, r.Quote, 0.14m, r.Date, r.Series);
        var wider = new ExchangeRate(r.Base, r.Quote, 0.1400m, r.Date, r.Series);
        wider.Should().Be(shorter, "the rates are equal; only the digits written differ");
        NormalisedProgramme At(NormalisedProgramme item, ExchangeRate rate)
        {
            Conversion c = item.Amount.Conversion;
            return new(item.Programme, new NormalisedAmount(item.Amount.Original, new Conversion(c.Original, rate, c.RequestedDate, c.Lookup), null, own.Basis));
        }

        var result = new NormalisationResult(own.Currency, own.Basis, [At(two[0], shorter), At(two[1], wider), At(two[0], shorter)], []);

        ResultTable table = result.ToTable();

        string Text(int row) => ((decimal)table.Cell(row, "rate")!).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Text(0).Should().Be("0.14");
        Text(1).Should().Be("0.1400");
        Text(2).Should().Be("0.14");
        table.Cell(1, "rate_date").Should().Be(PartialDate.OfDay(r.Date.Year, r.Date.Month, r.Date.Day), "a daily rate covers its day");
        table.Cell(2, "rate_pair").Should().Be(r.Base.Code + "/" + r.Quote.Code);
        DateOnly asked = two[1].Amount.Conversion.RequestedDate;
        table.Cell(1, "requested_date").Should().Be(PartialDate.OfDay(asked.Year, asked.Month, asked.Day), "a day was asked for");
        table.Cell(0, "sponsor").Should().Be(two[0].Programme.SponsorKind.ToString());
    }

    [Fact]
    public void NormalisedAmounts_AreEqualByValue()
    {
        var normaliser = new Normaliser(Fed, Currency.USD);
        var basis = NormalisationBasis.AtDate(Day, RateLookup.ExactDate);
        ReportedAmount cap = ReportedAmount.UpTo(M.Millions(500, Currency.CNY));
        NormalisedAmount a = normaliser.Normalise(cap, basis);
        NormalisedAmount b = normaliser.Normalise(ReportedAmount.UpTo(M.Millions(500, Currency.CNY)), basis);
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        NormalisedAmount other = normaliser.Normalise(cap, NormalisationBasis.AtDate(Day.AddDays(-1), RateLookup.MostRecentWithin(4)));
        (a == other).Should().BeFalse("another requested date is another conversion");
        a.Equals((object)b).Should().BeTrue();
        a.Equals((object)"USD").Should().BeFalse();
    }

    [Fact]
    public void TheDefaultValue_SaysItHoldsNoAmount_InsteadOfANullReference()
    {
        NormalisedAmount none = default;
        ((Func<object>)(() => none.Original)).Should().Throw<InvalidOperationException>().WithMessage("default(NormalisedAmount) holds no amount*");
        ((Func<object>)(() => none.Value)).Should().Throw<InvalidOperationException>();
        ((Func<object>)(() => none.Conversion)).Should().Throw<InvalidOperationException>();
        ((Func<object?>)(() => none.UpperConversion)).Should().Throw<InvalidOperationException>();
        ((Func<object>)(() => none.Basis)).Should().Throw<InvalidOperationException>();
        none.ToString().Should().Be("(no normalised amount)");
        default(NormalisedProgramme).ToString().Should().Be("(no programme)");
    }

    [Fact]
    public void ARangesUpperConversion_MustBeOfItsHighEnd_AtTheSameRateDateAndLookup()
    {
        var normaliser = new Normaliser(Fed, Currency.USD);
        ReportedAmount range = ReportedAmount.Between(M.Billions(1, Currency.CNY), M.Billions(2, Currency.CNY));
        NormalisedAmount good = normaliser.Normalise(range, NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        Conversion low = good.Conversion;
        Conversion high = good.UpperConversion!.Value;
        new NormalisedAmount(range, low, high, good.Basis).Should().Be(good);

        ExchangeRate otherDay = Fed.GetRate(Currency.CNY, Currency.USD, Day.AddDays(-3), RateLookup.ExactDate);
        ((Action)(() => new NormalisedAmount(range, low, new Conversion(range.UpperAmount!.Value, otherDay, Day, RateLookup.ExactDate), good.Basis)))
            .Should().Throw<ArgumentException>().WithMessage("A range's two ends are converted at one rate, date and look-up*").Which.ParamName.Should().Be("upperConversion");
        ((Action)(() => new NormalisedAmount(range, low, new Conversion(range.UpperAmount!.Value, low.Rate, Day.AddDays(1), RateLookup.ExactDate), good.Basis)))
            .Should().Throw<ArgumentException>().WithMessage("A range's two ends*");
        ((Action)(() => new NormalisedAmount(range, low, low, good.Basis)))
            .Should().Throw<ArgumentException>().WithMessage("The upper conversion is of CNY 1,000,000,000.00, not of the reported high end CNY 2,000,000,000.00.*");
        ((Action)(() => new NormalisedAmount(range, low, null, good.Basis))).Should().Throw<ArgumentException>().WithMessage("A range needs the conversion of its upper end*");
    }
}
