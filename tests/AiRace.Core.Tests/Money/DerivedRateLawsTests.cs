using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using System.Globalization;
using System.Threading.Tasks;

namespace AiRace.Core.Tests;

/// <summary>
/// The laws of derived rates (inverses and crosses, rounded once): each test states a promise of the XML docs of
/// <see cref="ExchangeRate"/>, <see cref="Conversion"/> and <see cref="ExchangeRateTable"/>, or of the README.
/// </summary>
public class DerivedRateLawsTests
{
    private static readonly RateSeries Fed = new("FED", "Test Fed", "Tests", RatePeriod.Day);
    private static readonly RateSeries Ecb = new("ECB", "Test ECB", "Tests", RatePeriod.Day);
    private static readonly DateOnly Day = new(2025, 7, 28);

    private static ExchangeRate Rate(Currency from, Currency to, decimal rate, RateSeries? series = null) => new(from, to, rate, Day, series ?? Fed);

    private static string S(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void P01_InverseOfInverse_OfAPublishedRate_IsThePublishedRate()
    {
        ExchangeRate published = Rate(Currency.USD, Currency.CNY, 7.2460m);
        ExchangeRate back = published.Inverse().Inverse();
        back.Series.Should().Be(published.Series,
            "Inverse's doc: 'the inverse of an inverse is the rate itself'; its series is 'inverse of inverse of Test Fed', not the published series");
        back.Should().Be(published, "Inverse's doc: the inverse of an inverse is the rate itself");
    }

    [Fact]
    public void P01b_InverseOfInverse_OfACross_IsTheCross()
    {
        ExchangeRate cross = ExchangeRate.Cross(Rate(Currency.USD, Currency.CNY, 7.1103m).Inverse(), Rate(Currency.USD, Currency.JPY, 154.48m));
        ExchangeRate back = cross.Inverse().Inverse();
        back.Series.Should().Be(cross.Series, "the inverse of an inverse is the rate itself, series included");
        back.Should().Be(cross, "the inverse of an inverse is the rate itself");
    }

    [Fact]
    public void P01c_InverseOfInverse_KeepsThePublishedDigits()
    {
        ExchangeRate published = Rate(Currency.USD, Currency.CNY, 7.2460m);
        S(published.Inverse().Inverse().Rate).Should().Be("7.2460", "the inverse of an inverse is the rate itself, its digits as published");
    }

    [Fact]
    public void P02_Default_InEveryMember()
    {
        ExchangeRate none = default;
        none.Equals(default(ExchangeRate)).Should().BeTrue();
        (none == default(ExchangeRate)).Should().BeTrue();
        none.GetHashCode().Should().Be(default(ExchangeRate).GetHashCode());
        none.ToString().Should().Be("(no rate)");
        none.Period.Should().Be(RatePeriod.Day);
        ExchangeRate published = Rate(Currency.USD, Currency.CNY, 7.25m);
        none.Equals(published).Should().BeFalse();
        published.Equals(none).Should().BeFalse();
        published.Inverse().Equals(none).Should().BeFalse();
        ((Action)(() => none.Inverse())).Should().Throw<InvalidOperationException>();
        ((Action)(() => ExchangeRate.Cross(none, published))).Should().Throw<InvalidOperationException>();
        ((Action)(() => ExchangeRate.Cross(published.Inverse(), none))).Should().Throw<InvalidOperationException>();
        ((Action)(() => none.Convert(new Money(1m, Currency.USD)))).Should().Throw<InvalidOperationException>();
        ((Action)(() => new Conversion(new Money(1m, Currency.USD), none, Day, RateLookup.ExactDate))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void P03_EqualityLaws_AcrossPublishedInverseCrossAndTables()
    {
        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, 7.1103m);
        ExchangeRate usdJpy = Rate(Currency.USD, Currency.JPY, 154.48m);
        var t1 = new ExchangeRateTable(new[] { usdCny, usdJpy });
        var t2 = new ExchangeRateTable(new[] { usdJpy, usdCny });
        ExchangeRate i0 = usdCny.Inverse();
        ExchangeRate i1 = t1.GetRate(Currency.CNY, Currency.USD, Day, RateLookup.ExactDate);
        ExchangeRate i2 = t2.GetRate(Currency.CNY, Currency.USD, Day, RateLookup.ExactDate);
        var all = new[] { usdCny, i0, i1, i2, i0.Inverse(), i1.Inverse(), default, ExchangeRate.Cross(i0, usdJpy), ExchangeRate.Cross(i1, usdJpy),
            new ExchangeRate(Currency.CNY, Currency.USD, i0.Rate, Day, i0.Series) };
        foreach (ExchangeRate a in all)
        {
            foreach (ExchangeRate b in all)
            {
                a.Equals(b).Should().Be(b.Equals(a), "Equals is symmetric ({0} / {1})", a, b);
                if (a.Equals(b))
                {
                    a.GetHashCode().Should().Be(b.GetHashCode(), "equal rates have equal hashes");
                    if (a.Series is not null)
                    {
                        a.Convert(new Money(1000000m, a.Base)).Result.Should().Be(b.Convert(new Money(1000000m, b.Base)).Result, "equal rates convert alike");
                    }

                    foreach (ExchangeRate c in all)
                    {
                        if (b.Equals(c))
                        {
                            a.Equals(c).Should().BeTrue("Equals is transitive");
                        }
                    }
                }
            }
        }

        i0.Should().Be(i1);
        i1.Should().Be(i2);
    }

    [Fact]
    public void P04_CrossOfCrossOfInverse_ConvertsAtTheExactFraction()
    {
        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, 7.1103m);
        ExchangeRate usdJpy = Rate(Currency.USD, Currency.JPY, 154.48m);
        ExchangeRate jpyKrw = Rate(Currency.JPY, Currency.KRW, 9.3217m, Ecb);
        ExchangeRate cnyJpy = ExchangeRate.Cross(usdCny.Inverse(), usdJpy);
        ExchangeRate cnyKrw = ExchangeRate.Cross(cnyJpy, jpyKrw);
        decimal amount = 123456.789m;
        decimal expected = amount * 154.48m * 9.3217m / 7.1103m;
        cnyKrw.Rate.Should().Be(154.48m * 9.3217m / 7.1103m, "Cross's doc: the exact product of the given rates, rounded once");
        cnyKrw.Convert(new Money(amount, Currency.CNY)).Result.Amount.Should().Be(expected, "a conversion at the cross is the amount times the exact cross, rounded once");
        cnyKrw.Inverse().Convert(new Money(amount, Currency.KRW)).Result.Amount.Should().Be(amount * 7.1103m / (154.48m * 9.3217m));
        cnyKrw.Convert(new Money(amount, Currency.KRW)).Result.Amount.Should().Be(amount * 7.1103m / (154.48m * 9.3217m),
            "Convert's doc: an amount in the quote is divided by this rate, the exact quotient rounded once");
    }

    [Theory]
    [InlineData("-0.0000000000000000000000000001", "0.5")]
    [InlineData("0.0000000000000000000000000001", "0.5")]
    [InlineData("-0.0000000000000000000000000003", "0.5")]
    [InlineData("-1000000", "7.25")]
    [InlineData("0", "7.25")]
    [InlineData("-0", "7.25")]
    [InlineData("0.00", "7.25")]
    public void P05_NegativeAndZeroAmounts_AtAnInverse_AreTheDivision(string amountText, string rateText)
    {
        decimal amount = decimal.Parse(amountText, CultureInfo.InvariantCulture);
        decimal rate = decimal.Parse(rateText, CultureInfo.InvariantCulture);
        ExchangeRate inverse = Rate(Currency.USD, Currency.CNY, 1m / rate).Inverse();
        ExchangeRate published = Rate(Currency.CNY, Currency.USD, rate);
        Money viaPublished = published.Convert(new Money(amount, Currency.CNY)).Result;
        ExchangeRate derived = ExchangeRate.Cross(Rate(Currency.CNY, Currency.EUR, 1m), Rate(Currency.EUR, Currency.USD, rate));
        Money viaCross = derived.Convert(new Money(amount, Currency.CNY)).Result;
        viaCross.Amount.Should().Be(viaPublished.Amount);
        viaCross.ToString().Should().Be(viaPublished.ToString(), "a cross that is exactly the published rate converts to the same money, sign of zero and text included");
        viaCross.Amount.Should().Be(amount * rate, "{0} × {1} rounded once", amount, rate);
        _ = inverse;
    }

    [Fact]
    public void P06_Extremes_OnlyDocumentedExceptions()
    {
        ExchangeRate half = Rate(Currency.USD, Currency.CNY, 2m).Inverse();
        half.Convert(new Money(decimal.MaxValue, Currency.CNY)).Result.Amount.Should().Be(decimal.MaxValue / 2m);
        ((Action)(() => Rate(Currency.USD, Currency.CNY, 0.5m).Inverse().Convert(new Money(decimal.MaxValue, Currency.CNY)))).Should().Throw<OverflowException>();
        ((Action)(() => Rate(Currency.USD, Currency.CNY, 0.5m).Inverse().Convert(new Money(decimal.MinValue, Currency.CNY)))).Should().Throw<OverflowException>();
        ExchangeRate tiny = Rate(Currency.USD, Currency.CNY, 0.0000000000000000000000000001m);
        tiny.Inverse().Rate.Should().Be(10000000000000000000000000000m);
        ((Action)(() => tiny.Inverse().Convert(new Money(10m, Currency.CNY)))).Should().Throw<OverflowException>();
        ((Action)(() => Rate(Currency.USD, Currency.CNY, 30000000000000000000000000000m).Inverse())).Should().Throw<InvalidOperationException>();
        ((Action)(() => ExchangeRate.Cross(Rate(Currency.USD, Currency.CNY, 10000000000000000m), Rate(Currency.CNY, Currency.JPY, 10000000000000000m))))
            .Should().Throw<ArgumentException>();
        ((Action)(() => ExchangeRate.Cross(tiny, Rate(Currency.CNY, Currency.JPY, 0.0000000000000001m)))).Should().Throw<ArgumentException>();
        ExchangeRate bigCross = ExchangeRate.Cross(Rate(Currency.USD, Currency.CNY, 100000000000000m), Rate(Currency.CNY, Currency.JPY, 100000000000000m));
        ((Action)(() => bigCross.Convert(new Money(decimal.MaxValue, Currency.USD)))).Should().Throw<OverflowException>();
        ((Action)(() => bigCross.Convert(new Money(decimal.MaxValue, Currency.JPY)))).Should().NotThrow();
        bigCross.Convert(new Money(0.0000000000000000000000000001m, Currency.JPY)).Result.Amount.Should().Be(0m);
    }

    [Fact]
    public void P07_SharedAcrossThreads_ConvertsAlike()
    {
        ExchangeRate cross = ExchangeRate.Cross(Rate(Currency.USD, Currency.CNY, 7.1103m).Inverse(), Rate(Currency.USD, Currency.JPY, 154.48m));
        Money expected = cross.Convert(new Money(995619779.83m, Currency.CNY)).Result;
        var results = new Money[64];
        Parallel.For(0, results.Length, i => results[i] = cross.Convert(new Money(995619779.83m, Currency.CNY)).Result);
        results.Should().AllSatisfy(r => r.Should().Be(expected));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void P08_Messages_AreCultureInvariant(string culture)
    {
        using var scope = new CultureScope(culture);
        ExchangeRate inverse = Rate(Currency.USD, Currency.CNY, 0.5m).Inverse();
        Action overflow = () => inverse.Convert(new Money(70000000000000000000000000000m, Currency.CNY));
        overflow.Should().Throw<OverflowException>().Which.Message.Should().Contain("CNY 70,000,000,000,000,000,000,000,000,000.00");
        Action big = () => Rate(Currency.USD, Currency.CNY, 30000000000000000000000000000m).Inverse();
        big.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("30000000000000000000000000000");
        inverse.ToString().Should().Contain("CNY/USD 2 ");
    }

    [Fact]
    public void P09_ATableGivenAnInverse_GivesBackThePublishedRate()
    {
        ExchangeRate usdCny = Rate(Currency.USD, Currency.CNY, 7.1103m);
        var table = new ExchangeRateTable(new[] { usdCny.Inverse() });
        table.GetRate(Currency.USD, Currency.CNY, Day, RateLookup.ExactDate).Should().Be(usdCny,
            "ExchangeRateTable's doc: a given rate made by Inverse counts as the rate it was made from, and the inverse of an inverse is the rate itself (series 'Test Fed', not 'inverse of inverse of Test Fed')");
    }

    [Fact]
    public void P10_ConvertingBack_AtACrossJustBelow2E28_UsesTheExactRate_AsItsInverseDoes()
    {
        // 3999999999999999999999999999.9 × 5 = 19999999999999999999999999999.5 exactly, rounded (half to even) to 2 × 10^28;
        // its exact reciprocal is just above 5 × 10^-29, so rounds to 10^-28, and Inverse() succeeds.
        ExchangeRate cross = ExchangeRate.Cross(Rate(Currency.USD, Currency.CNY, 3999999999999999999999999999.9m), Rate(Currency.CNY, Currency.JPY, 5m));
        cross.Rate.Should().Be(20000000000000000000000000000m, "the premise: the cross rounds up to 2 × 10^28");
        ExchangeRate inverse = cross.Inverse();
        inverse.Rate.Should().Be(0.0000000000000000000000000001m, "the premise: the exact reciprocal rounds to 10^-28");
        var jpy = new Money(1000000000000000000000000000m, Currency.JPY);
        Money viaInverse = inverse.Convert(jpy).Result;
        Action back = () => cross.Convert(jpy);
        back.Should().NotThrow("Convert's doc throws OverflowException only when the inverse rate would be zero; the inverse of this cross (its exact rate) is 10^-28, and Inverse() gives it, but Convert checks 1 ÷ the rounded Rate");
        cross.Convert(jpy).Result.Should().Be(viaInverse);
    }

    [Theory]
    [InlineData("400000000", "-100000000")]
    [InlineData("300000000", null)]
    [InlineData("0.0000000000000000001", "299999999.9999999999999999999")]
    public void P11_ASplitProgramme_ItsPartsAtTheHeadlinesRate_AddUpToTheConvertedHeadline(string first, string? second)
    {
        SourceReference[] cite = [new("src-1", "the quote")];
        decimal a = decimal.Parse(first, CultureInfo.InvariantCulture);
        var parts = new List<Allocation>();
        try
        {
            parts.Add(new("p.compute", AllocationPurpose.Compute, "p.compute", ReportedAmount.Exact(new Money(a, Currency.CNY)), PartMembership.Included, null, cite));
            if (second is not null)
            {
                parts.Add(new("p.models", AllocationPurpose.Models, "p.models", ReportedAmount.Exact(new Money(decimal.Parse(second, CultureInfo.InvariantCulture), Currency.CNY)), PartMembership.Included, null, cite));
            }
        }
        catch (ArgumentException)
        {
            return;
        }

        var programme = new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.ComputeSubsidy, Instrument.ModelSubsidy], [], null,
            ReportedAmount.Exact(new Money(300_000_000m, Currency.CNY)), null, parts, cite);
        NormalisationResult normalised = new Normaliser(ReferenceRates.FederalReserveH10, Currency.USD).NormaliseProgrammes([programme], NormalisationBasis.AtDate(Day, RateLookup.ExactDate));
        Money headline = normalised.Items.Single().Amount.Value;
        Aggregation byInstrument = Aggregation.Of(normalised, PolicyDataset.Empty, AggregationKey.Instrument);
        byInstrument.Groups.Select(g => g.Exact ?? Money.Zero(Currency.USD)).Sum(Currency.USD).Should().Be(headline, "the groups add up to the converted headline");
        Money compute = byInstrument.Groups.Single(g => g.Key == "ComputeSubsidy").Exact!.Value;
        Money own = new Money(a, Currency.CNY).ConvertTo(Currency.USD, Day, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
        compute.Should().Be(second is null ? headline : own, "a part other than the last is its own conversion at the headline's rate");
        if (second is not null)
        {
            Money models = byInstrument.Groups.Single(g => g.Key == "ModelSubsidy").Exact!.Value;
            Money ownModels = new Money(decimal.Parse(second, CultureInfo.InvariantCulture), Currency.CNY).ConvertTo(Currency.USD, Day, ReferenceRates.FederalReserveH10, RateLookup.ExactDate).Result;
            Math.Abs((models - ownModels).Amount).Should().BeLessThanOrEqualTo(0.0000000000000000001m, "the last part is the rest, which differs from its own conversion only in the last digits");
        }
    }

    [Fact]
    public void P12_CrossVia_WithMonthlyAndAnnualRates_ConvertsAtTheExactFraction()
    {
        var monthly = new RateSeries("FEDM", "Test Fed monthly", "Tests", RatePeriod.Month);
        var annual = new RateSeries("FEDY", "Test Fed annual", "Tests", RatePeriod.Year);
        var month = new DateOnly(2025, 7, 1);
        var year = new DateOnly(2025, 1, 1);
        var table = new ExchangeRateTable(new[]
        {
            new ExchangeRate(Currency.USD, Currency.CNY, 7.1103m, month, monthly), new ExchangeRate(Currency.USD, Currency.JPY, 154.48m, month, monthly),
            new ExchangeRate(Currency.USD, Currency.CNY, 7.25m, year, annual), new ExchangeRate(Currency.USD, Currency.JPY, 151.3m, year, annual),
        }).CrossVia(Currency.USD);
        var cny = new Money(995619779.83m, Currency.CNY);
        table.GetRate(Currency.CNY, Currency.JPY, Day, RateLookup.MonthlyAverage).Convert(cny).Result.Amount.Should().Be(995619779.83m * 154.48m / 7.1103m);
        table.GetRate(Currency.CNY, Currency.JPY, Day, RateLookup.AnnualAverage).Convert(cny).Result.Amount.Should().Be(995619779.83m * 151.3m / 7.25m);
        table.GetRate(Currency.JPY, Currency.CNY, Day, RateLookup.MonthlyAverage).Convert(cny).Result.Amount.Should().Be(995619779.83m * 154.48m / 7.1103m,
            "converting back at a cross divides by it exactly");
        var jpy = new Money(21631062485m, Currency.JPY);
        table.GetRate(Currency.CNY, Currency.JPY, Day, RateLookup.MonthlyAverage).Inverse().Convert(jpy).Result
            .Should().Be(table.GetRate(Currency.JPY, Currency.CNY, Day, RateLookup.MonthlyAverage).Convert(jpy).Result, "the inverse of a cross and the table's cross the other way round convert alike");
    }
}
