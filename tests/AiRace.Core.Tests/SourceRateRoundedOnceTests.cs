using System.Globalization;
using System.Numerics;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using CsCheck;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>
/// Issue 13 §1, exact at every edge: a conversion at a source's own rate is the amount times the source's converted
/// figure divided by its stated figure, computed exactly and rounded once. <c>amount * over / under</c> rounded the
/// product when it needed more than decimal's 28-29 digits and the quotient again, and when the product overflowed it
/// fell back to <c>amount * (over / under)</c>, which rounds twice too. The expected values are worked out here with
/// integers: the exact fraction, rounded half to even at the most decimals (at most 28) whose digits stay below 2^96.
/// The examples were found with a fixed seed; each differs from the twice-rounded value in the last digit.
/// </summary>
public class SourceRateRoundedOnceTests
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>A source that converts <paramref name="stated"/> yuan as <paramref name="converted"/> dollars.</summary>
    private static SourceRate Rate(decimal stated, decimal converted) =>
        new("t-fact", "t-src", "the quote", ReportedAmount.Exact(M.Cny(stated)), ReportedAmount.Approximately(M.Usd(converted)), 0m);

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>What the conversion computed before: rounded twice.</summary>
    private static decimal Twice(decimal amount, decimal over, decimal under)
    {
        try
        {
            return amount * over / under;
        }
        catch (OverflowException)
        {
            return amount * (over / under);
        }
    }

    /// <summary><paramref name="amount"/> × <paramref name="over"/> ÷ <paramref name="under"/> rounded once, half to even,
    /// to the most decimals (at most 28) whose digits fit a decimal; null when it is beyond decimal's largest value.</summary>
    private static decimal? Once(decimal amount, decimal over, decimal under)
    {
        BigInteger numerator = Integer(amount, out int a) * Integer(over, out int o);
        BigInteger denominator = Integer(under, out int u);
        int shift = u - a - o;
        if (shift >= 0)
        {
            numerator *= BigInteger.Pow(10, shift);
        }
        else
        {
            denominator *= BigInteger.Pow(10, -shift);
        }

        return Rounded(numerator, denominator);

        static BigInteger Integer(decimal value, out int scale)
        {
            scale = value.Scale;
            int[] bits = decimal.GetBits(value);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            return value < 0m ? -mantissa : mantissa;
        }
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> rounded once, half to even, to the most
    /// decimals (at most 28) whose digits fit a decimal; null when it is beyond decimal's largest value.</summary>
    private static decimal? Rounded(BigInteger numerator, BigInteger denominator)
    {
        bool negative = numerator.Sign * denominator.Sign < 0;
        numerator = BigInteger.Abs(numerator);
        denominator = BigInteger.Abs(denominator);
        for (int scale = 28; scale >= 0; scale--)
        {
            BigInteger digits = BigInteger.DivRem(numerator * BigInteger.Pow(10, scale), denominator, out BigInteger remainder);
            int half = (remainder * 2).CompareTo(denominator);
            if (half > 0 || (half == 0 && !digits.IsEven))
            {
                digits++;
            }

            if (digits <= MaxMantissa)
            {
                return new decimal((int)(uint)(digits & uint.MaxValue), (int)(uint)((digits >> 32) & uint.MaxValue), (int)(uint)(digits >> 64), negative, (byte)scale);
            }
        }

        return null;
    }

    [Theory]
    [InlineData("1000000000", "139000000", "0.861300713144005599614237814", "0.1197207991270167783463790561")]
    [InlineData("1000000000", "139000000", "4.223424505230857023364279791", "0.5870560062270891262476348909")]
    [InlineData("60", "8.2", "2351708485401626.0982652018759", "321400159671555.56676291092304")]
    [InlineData("1000000000000", "138000000000", "0.9275455650110401856812056511", "0.1280012879715235456240063799")]
    public void FromTo_IsTheExactQuotientRoundedOnce(string stated, string converted, string amount, string once)
    {
        SourceRate rate = Rate(D(stated), D(converted));
        decimal a = D(amount), expected = D(once);
        Once(a, D(converted), D(stated)).Should().Be(expected);
        Twice(a, D(converted), D(stated)).Should().NotBe(expected, "the product was rounded, then the quotient");

        rate.Convert(M.Cny(a)).Should().Be(M.Usd(expected));
        rate.Convert(M.Cny(-a)).Should().Be(M.Usd(-expected), "a negative amount rounds as its magnitude does");
    }

    [Theory]
    [InlineData("1000000000", "139000000", "391079541763693443336798.203", "2813521883192039160696389.9496")]
    [InlineData("1000000000", "139000000", "230684721259912560046.1474", "1659602311222392518317.6071942")]
    [InlineData("60", "8.2", "17.432863710164700006353630986", "127.55753934266853663185583648")]
    [InlineData("1000000000000", "138000000000", "7796904019016746661.03891173", "56499304485628598993.035592246")]
    public void ToFrom_IsTheExactQuotientRoundedOnce(string stated, string converted, string amount, string once)
    {
        SourceRate rate = Rate(D(stated), D(converted));
        decimal a = D(amount), expected = D(once);
        Once(a, D(stated), D(converted)).Should().Be(expected);
        Twice(a, D(stated), D(converted)).Should().NotBe(expected, "rounded twice, or (for a product beyond decimal) the rate rounded and then the product");

        rate.Convert(M.Usd(a)).Should().Be(M.Cny(expected));
        rate.Convert(M.Usd(-a)).Should().Be(M.Cny(-expected));
    }

    [Fact]
    public void AnyAmount_AtAnyRate_IsTheExactQuotientRoundedOnce()
    {
        Gen<decimal> figures = Gen.Select(Gen.Long[1, 999_999_999_999], Gen.Int[0, 12], (m, s) => new decimal(m) / MoneyGen.Pow10(s));
        Gen<decimal> amounts = Gen.Select(Gen.Int, Gen.Int, Gen.Int[0, int.MaxValue], Gen.Bool, Gen.Int[0, 28],
            (lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, (byte)scale));
        Gen.Select(figures, figures, amounts).ForAll(0x13_58, 3_000, (stated, converted, a) =>
        {
            SourceRate rate = Rate(stated, converted);
            AssertOnce(() => rate.Convert(M.Cny(a)), Once(a, converted, stated));
            AssertOnce(() => rate.Convert(M.Usd(a)), Once(a, stated, converted));
        });

        static void AssertOnce(Func<Money> convert, decimal? expected)
        {
            if (expected is decimal value)
            {
                convert().Amount.Should().Be(value);
            }
            else
            {
                convert.Should().Throw<OverflowException>();
            }
        }
    }

    [Fact]
    public void TheSourcesOwnFigures_ConvertToEachOtherExactly_EvenWhereTheirProductIsBeyondDecimal()
    {
        // The largest decimal converted as one less: the product has 58 digits, and the fallback rounded the rate to
        // 0.9999999999999999999999999999 and gave the largest decimal back.
        SourceRate edge = Rate(decimal.MaxValue, decimal.MaxValue - 1m);
        Twice(decimal.MaxValue, decimal.MaxValue - 1m, decimal.MaxValue).Should().NotBe(decimal.MaxValue - 1m);
        edge.Convert(M.Cny(decimal.MaxValue)).Should().Be(M.Usd(decimal.MaxValue - 1m));
        edge.Convert(M.Usd(decimal.MaxValue - 1m)).Should().Be(M.Cny(decimal.MaxValue));

        Gen<decimal> figures = Gen.Select(Gen.Int, Gen.Int, Gen.Int[0, int.MaxValue], Gen.Int[0, 28],
            (lo, mid, hi, scale) => new decimal(lo, mid, hi, false, (byte)scale)).Where(d => d != 0m);
        Gen.Select(figures, figures).ForAll(0x13_59, 3_000, (stated, converted) =>
        {
            SourceRate rate = Rate(stated, converted);
            rate.Convert(M.Cny(stated)).Should().Be(M.Usd(converted));
            rate.Convert(M.Usd(converted)).Should().Be(M.Cny(stated));
            rate.Convert(M.Cny(-stated)).Should().Be(M.Usd(-converted));
        });
    }

    [Fact]
    public void AResultBeyondDecimal_IsAnOverflowThatSaysWhat()
    {
        SourceRate rate = Rate(1m, 10m);
        foreach (decimal amount in new[] { decimal.MaxValue, decimal.MinValue, decimal.MaxValue / 10m + 1m })
        {
            ((Func<Money>)(() => rate.Convert(M.Cny(amount)))).Should().Throw<OverflowException>()
                .WithMessage("Converting CNY * at t-src's own CNY/USD rate (CNY 1.00 as USD 10.00) is beyond the range of a decimal (more than 7.9 × 10^28).");
        }

        rate.Convert(M.Cny(decimal.MaxValue / 10m)).Should().Be(M.Usd(decimal.MaxValue / 10m * 10m));
        ((Func<Money>)(() => Rate(10m, 1m).Convert(M.Usd(-decimal.MaxValue)))).Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("0.7", "0.35", "0.0000000000000000000000000015", "0.0000000000000000000000000008")]
    [InlineData("1", "0.5", "0.0000000000000000000000000003", "0.0000000000000000000000000002")]
    [InlineData("1", "0.5", "0.0000000000000000000000000001", "0")]
    [InlineData("1000", "1", "0.0000000000000000000000000001", "0")]
    public void TinyResults_AreRoundedOnce_ToDecimalsSmallestStep(string stated, string converted, string amount, string once)
    {
        decimal a = D(amount), expected = D(once);
        Once(a, D(converted), D(stated)).Should().Be(expected);
        SourceRate rate = Rate(D(stated), D(converted));
        rate.Convert(M.Cny(a)).Should().Be(M.Usd(expected), "half of 10^-28 rounds to even, 0; 1.5 × 10^-28 to 2 × 10^-28");
        rate.Convert(M.Cny(-a)).Should().Be(M.Usd(-expected));
    }

    /// <summary>Review of the rounded-once merge: a conversion that rounds to zero came back as 0 at 28 decimals
    /// ("USD 0.0000000000000000000000000000"), which its doc called decimal's own rounding; decimal's division of the
    /// exact product gives a plain 0 ("USD 0.00"), as PercentOf and the linear path give.</summary>
    [Theory]
    [InlineData("1000", "1", "0.0000000000000000000000000001")]
    [InlineData("3", "1", "0.0000000000000000000000000001")]
    [InlineData("7", "2", "0.0000000000000000000000000001")]
    public void AConversionThatRoundsToZero_HasTheScaleOfDecimalsOwnDivision(string stated, string converted, string amount)
    {
        decimal s = D(stated), c = D(converted), a = D(amount);
        decimal product = a * c; // exact in these cases (checked below), so decimal's division rounds once
        Digits(product).Should().Be(Digits(a) * Digits(c));
        decimal own = product / s;
        own.Should().Be(0m);
        own.Scale.Should().Be(0, "decimal's own division of an exact product gives a plain 0");

        var rate = new SourceRate("t-fact", "t-src", "q", ReportedAmount.Exact(M.Cny(s)), ReportedAmount.Approximately(M.Usd(c)), 0m);
        rate.Convert(M.Cny(a)).ToString().Should().Be(M.Usd(own).ToString()).And.Be("USD 0.00");
    }

    [Fact]
    public void TinyResults_DifferFromTheTwiceRoundedOnes()
    {
        // 1.5 × 10^-27 × 0.35 is 5.25 × 10^-28, rounded to 5 × 10^-28 before it was divided by 0.7.
        Twice(D("0.0000000000000000000000000015"), 0.35m, 0.7m).Should().Be(D("0.0000000000000000000000000007"));
        Rate(0.7m, 0.35m).Convert(M.Cny(D("0.0000000000000000000000000015"))).Should().Be(M.Usd(D("0.0000000000000000000000000008")));
    }

    [Fact]
    public void AnAmountWhoseConversionRoundsToZero_IsListedAsNotConverted_AsTheNormaliserListsIt()
    {
        // 10^-28 yuan at t-src's 1,000 yuan per dollar is 10^-31 dollars: a zero would count as nothing in every total.
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "t-src", "published": "unknown", "locator": "test", "confidence": "low" } ],
              "programmes": [
                { "id": "t-a", "name": "A", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "1000", "currency": "CNY", "stated": "1000 yuan", "sourceConversion": { "qualifier": "exact", "amount": "1", "currency": "USD", "stated": "$1" } },
                  "sources": [ { "source": "t-src", "quote": "1000 yuan ($1)" } ] },
                { "id": "t-b", "name": "B", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "0.0000000000000000000000000001", "currency": "CNY", "stated": "a tiny sum" },
                  "sources": [ { "source": "t-src", "quote": "a tiny sum" } ] },
                { "id": "t-c", "name": "C", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "between", "amount": "0.0000000000000000000000000001", "upperAmount": "1", "currency": "CNY", "stated": "a tiny sum to a yuan" },
                  "sources": [ { "source": "t-src", "quote": "a tiny sum to a yuan" } ] } ] }
            """, PolicyData.Embedded);
        SourceRateNormalisation usd = SourceRateNormalisation.Of(data, data.Programmes.Where(p => p.Id.StartsWith("t-", StringComparison.Ordinal)), Currency.USD);

        usd.Items.Select(i => i.Programme.Id).Should().Equal("t-a");
        usd.NotNormalised.Select(n => n.Programme.Id).Should().Equal("t-b", "t-c");
        usd.NotNormalised[0].Reason.Should().Be("converted, CNY 0.0000000000000000000000000001 at t-src's own CNY/USD rate (CNY 1,000.00 as USD 1.00) is less than USD 10^-28, the smallest step of a decimal, and would be rounded to 0");
        usd.NotNormalised[1].Reason.Should().StartWith("converted, CNY 0.0000000000000000000000000001 at t-src's own");
    }

    [Fact]
    public void TheTablesRate_InTheOtherCurrency_IsTheSourcesFiguresDividedOnce_NotTheReciprocalOfTheRoundedRate()
    {
        // 1 yuan as 7.1234 dollars: the table shows a dollar programme's rate in dollars per yuan, 7.1234 / 1, where
        // 1 / (1 / 7.1234) is 7.1234000000000000000000000024.
        (1m / (1m / 7.1234m)).Should().Be(7.1234000000000000000000000024m);
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "t-src", "published": "unknown", "locator": "test", "confidence": "low" } ],
              "programmes": [
                { "id": "t-a", "name": "A", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "1", "currency": "CNY", "stated": "1 yuan", "sourceConversion": { "qualifier": "exact", "amount": "7.1234", "currency": "USD", "stated": "$7.1234" } },
                  "sources": [ { "source": "t-src", "quote": "1 yuan ($7.1234)" } ] },
                { "id": "t-b", "name": "B", "sponsorKind": "state", "jurisdiction": "US", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "100", "currency": "USD", "stated": "$100" },
                  "sources": [ { "source": "t-src", "quote": "$100" } ] } ] }
            """, PolicyData.Embedded);
        ResultTable table = SourceRateNormalisation.Of(data, data.Programmes.Where(p => p.Id.StartsWith("t-", StringComparison.Ordinal)), Currency.CNY).ToTable();
        int b = Enumerable.Range(0, table.Rows.Count).Single(r => (string?)table.Cell(r, "programme") == "t-b");
        table.Cell(b, "source_rate").Should().Be(7.1234m);
        table.Cell(b, "value").Should().Be(M.Cny(100m / 7.1234m));
    }

    [Fact]
    public void ARoundingBand_OfAFigureBeyondAHundredthOfDecimalsRange_IsThePercentRoundedOnce()
    {
        // $7 × 10^28 stated to the 10^28: half of 10^28 is 5 × 10^27, more than decimal.MaxValue / 100, so the band was
        // 5 × 10^27 / 7 × 10^28 rounded to 28 decimals, then times 100: 7.14285714285714285714285714.
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "t-src", "published": "unknown", "locator": "test", "confidence": "low" } ],
              "programmes": [
                { "id": "t-a", "name": "A", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "1", "currency": "CNY", "stated": "1 yuan", "sourceConversion": { "qualifier": "approximately", "amount": "70000000000000000000000000000", "currency": "USD", "stated": "$7 × 10^28", "precision": "10000000000000000000000000000" } },
                  "sources": [ { "source": "t-src", "quote": "1 yuan ($7 × 10^28)" } ] } ] }
            """, PolicyData.Embedded);
        Once(5_000_000_000_000_000_000_000_000_000m, 100m, 70_000_000_000_000_000_000_000_000_000m).Should().Be(7.1428571428571428571428571429m);
        SourceRateNormalisation.RatesOf(data).Single(r => r.FactId == "t-a").RoundingBandPercent.Should().Be(7.1428571428571428571428571429m);
    }

    [Fact]
    public void APercentOfAPartBeyondAHundredthOfDecimalsRange_IsRoundedOnce_WithItsSign()
    {
        decimal part = -5_000_000_000_000_000_000_000_000_000m, whole = 70_000_000_000_000_000_000_000_000_000m;
        (part / whole * 100m).Should().Be(-7.14285714285714285714285714m, "rounded to 28 decimals, then multiplied");
        ConversionAudit.PercentOf(part, whole).Should().Be(-7.1428571428571428571428571429m);
        ConversionAudit.PercentOf(-part, whole).Should().Be(7.1428571428571428571428571429m);
        ConversionAudit.PercentOf(1m, 3m).Should().Be(33.333333333333333333333333333m).And.Be(100m / 3m);
        ConversionAudit.PercentOf(0m, 3m).Should().Be(0m);
        ((Func<decimal>)(() => ConversionAudit.PercentOf(decimal.MaxValue, 1m))).Should().Throw<OverflowException>();
    }

    /// <summary>The digits of a decimal, with its sign, as an integer (the value times 10^scale).</summary>
    private static BigInteger Digits(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return value < 0m ? -mantissa : mantissa;
    }

    /// <summary>Half a unit of 10^-28 relative to <paramref name="figure"/>, in percent, exactly: 50 / (figure × 10^28).</summary>
    private static decimal HalfOfTheLastStepInPercent(decimal figure) =>
        Rounded(50 * BigInteger.Pow(10, figure.Scale), Digits(figure) * BigInteger.Pow(10, 28))!.Value;

    /// <summary>
    /// Review of the rounded-once merge: the band was PercentOf(unit / 2m, abs), and for a figure whose last stated digit
    /// (or recorded precision) is 10^-28, unit / 2m is 0.5 × 10^-28, which decimal's division rounds to even, 0, before
    /// the percent was taken: a band of 0 where it is 50% for 10^-28 and 16.67% for 3 × 10^-28. The band is now
    /// unit × 50 / abs, one exact quotient rounded once.
    /// </summary>
    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.0000000000000000000000000003")]
    [InlineData("1.0000000000000000000000000001")]
    [InlineData("7.0000000000000000000000000007")]
    public void RoundingBand_OfAFigureStatedTo28Decimals_IsNotRoundedAwayBeforeThePercent(string figure)
    {
        decimal f = D(figure);
        decimal expected = HalfOfTheLastStepInPercent(f);
        expected.Should().NotBe(0m);
        ConversionAudit.RoundingBand(f).Should().Be(expected, "half of 10^-28 over the figure, in percent, rounded once");
        ConversionAudit.RoundingBand(f, 0.0000000000000000000000000001m).Should().Be(expected, "the same with the precision recorded");
    }

    /// <summary>The same through the public API: a source that converts 1 yuan as $3 × 10^-28 got a rounding band of 0
    /// and a label of "±0% from rounding", where the band is 16.666666666666666666666666667%.</summary>
    [Fact]
    public void ASourceRate_WhoseConvertedFigureEndsAt10ToTheMinus28_KeepsItsRoundingBand()
    {
        PolicyDataset data = PolicyData.Parse("""
            { "formatVersion": 1,
              "sources": [ { "id": "t-src", "published": "unknown", "locator": "test", "confidence": "low" } ],
              "programmes": [
                { "id": "t-a", "name": "A", "sponsorKind": "state", "jurisdiction": "CN", "instruments": ["plan"],
                  "headline": { "qualifier": "exact", "amount": "1", "currency": "CNY", "stated": "1 yuan", "sourceConversion": { "qualifier": "exact", "amount": "0.0000000000000000000000000003", "currency": "USD", "stated": "$3 × 10^-28" } },
                  "sources": [ { "source": "t-src", "quote": "1 yuan ($3 × 10^-28)" } ] } ] }
            """, PolicyData.Embedded);
        decimal expected = Rounded(50, 3)!.Value;
        expected.Should().Be(16.666666666666666666666666667m);
        SourceRate rate = SourceRateNormalisation.RatesOf(data).Single(r => r.FactId == "t-a");
        rate.RoundingBandPercent.Should().Be(expected);
        rate.Label.Should().Contain("±16.67% from rounding");
    }

    private static TargetPath Path(decimal baseline, int from, decimal goal, int to) => TargetPath.For(new Target(
        "t-x", "m-x", "cn", MetricValue.OfNumber(baseline), from, MetricValue.OfNumber(goal), to, TargetKind.OfficialTarget, null, null, new[] { new SourceReference("s-x", "the quote") }));

    /// <summary>(<paramref name="a"/> × <paramref name="m"/> + <paramref name="b"/> × <paramref name="n"/>) / <paramref name="d"/>,
    /// rounded once (the linear path's value k years after the baseline is (baseline × (years − k) + goal × k) / years).</summary>
    private static decimal WeightedOnce(decimal a, int m, decimal b, int n, int d)
    {
        int scale = Math.Max(a.Scale, b.Scale);
        BigInteger numerator = (Integer(a) * BigInteger.Pow(10, scale - a.Scale) * m) + (Integer(b) * BigInteger.Pow(10, scale - b.Scale) * n);
        return Rounded(numerator, d * BigInteger.Pow(10, scale))!.Value;

        static BigInteger Integer(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            return value < 0m ? -mantissa : mantissa;
        }
    }

    [Theory]
    [InlineData("1", "2", 3)]
    [InlineData("0.00000000000000000001", "700000000", 7)]
    [InlineData("17", "55.000000000000000000000000001", 9)]
    [InlineData("3.1415926535897932384626433833", "271828182845904523536028.7471", 11)]
    [InlineData("0.0000000000000000000000000007", "1", 13)]
    public void ALinearPathsPaceAndValues_AreRoundedOnce(string baseline, string goal, int years)
    {
        decimal b = D(baseline), g = D(goal);
        TargetPath path = Path(b, 2000, g, 2000 + years);
        path.LinearPacePerYear.Should().Be(WeightedOnce(g, 1, b, -1, years), "(goal − baseline) / years");
        path.Points.Select(p => p.Linear).Should().Equal(Enumerable.Range(0, years + 1).Select(k => WeightedOnce(b, years - k, g, k, years)));
    }

    private static Target TargetOf(decimal baseline, int from, decimal goal, int to) => new(
        "t-x", "m-x", "CN", MetricValue.OfNumber(baseline), from, MetricValue.OfNumber(goal), to, TargetKind.OfficialTarget, null, null, new[] { new SourceReference("s-x", "the quote") });

    /// <summary>Review of the rounded-once merge: a path whose goal differs from its baseline by at most half of 10^-28
    /// a year had a pace rounded silently to 0 ("+0 per year", for a falling path a negative zero), as if nothing
    /// changed. TryFor refuses it with the reason, as it refuses a growth factor that rounds to zero.</summary>
    [Theory]
    [InlineData("1", "1.0000000000000000000000000001")]
    [InlineData("1.0000000000000000000000000001", "1")]
    public void APathWhoseGoalIsNotItsBaseline_HasAPaceThatIsNotZero_OrNoPath(string baseline, string goal)
    {
        decimal b = D(baseline), g = D(goal);
        (Digits(g) - Digits(b)).Should().NotBe(BigInteger.Zero, "the goal is not the baseline: the exact pace is ±10^-28 / 3");
        TargetPath.TryFor(TargetOf(b, 2020, g, 2023), out TargetPath? path, out string? reason).Should().BeFalse("a pace rounded to zero would count as no change at all");
        path.Should().BeNull();
        reason.Should().Be($"Target t-x: the goal {goal} differs from the baseline {baseline} by at most half of 10^-28 a year over 3 years, so the linear pace rounds to zero in decimal arithmetic and would count as no change at all.");
        FluentActions.Invoking(() => TargetPath.For(TargetOf(b, 2020, g, 2023))).Should().Throw<InvalidOperationException>().WithMessage(reason);

        // Half of 10^-28 a year over 2 years still rounds to even, 0; 1.5 × 10^-28 a year rounds to 2 × 10^-28.
        TargetPath.TryFor(TargetOf(b, 2020, g, 2022), out _, out _).Should().BeFalse();
        TargetPath.For(TargetOf(3m * b, 2020, 3m * g, 2022)).LinearPacePerYear.Should().Be(2m * (g - b));
    }

    [Fact]
    public void APathWhoseGoalIsItsBaseline_HasAPaceOfZero()
    {
        TargetPath path = TargetPath.For(TargetOf(D("1.0000000000000000000000000001"), 2020, D("1.0000000000000000000000000001"), 2023));
        path.LinearPacePerYear.Should().Be(0m);
        path.Describe().Should().Contain("+0 per year");
    }

    [Fact]
    public void ALinearPathsValue_WasTheBaselinePlusTheRoundedPaceTimesTheYears()
    {
        // 1 → 2 over 3 years: 1 + 2 × 0.3333333333333333333333333333 is 1.6666666666666666666666666666; the value is 5/3.
        (1m + (2m * ((2m - 1m) / 3m))).Should().Be(1.6666666666666666666666666666m);
        Path(1m, 2020, 2m, 2023).LinearValueAt(2022).Should().Be(1.6666666666666666666666666667m).And.Be(5m / 3m);
    }
}
