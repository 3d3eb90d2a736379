using System.Globalization;
using System.Numerics;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>
/// Review of the merge that made SourceRate.Convert, the source_rate column, ConversionAudit.PercentOf and TargetPath's
/// linear path exact and rounded once (f8d36df, 77a9f23). Each test is a fault found: it fails on that merge and passes
/// once the fault is fixed. Expected values are worked out here with integers (the exact fraction, rounded half to even
/// at the most decimals, at most 28, whose digits stay below 2^96), never with the code under review.
/// </summary>
public class ReviewRoundedOnceTests
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static BigInteger Digits(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        BigInteger mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return value < 0m ? -mantissa : mantissa;
    }

    /// <summary>The positive <paramref name="numerator"/> / <paramref name="denominator"/>, rounded once half to even
    /// at the most decimals (at most 28) whose digits fit 96 bits; trailing zeros dropped.</summary>
    private static decimal Exact(BigInteger numerator, BigInteger denominator)
    {
        for (int scale = 28; scale >= 0; scale--)
        {
            BigInteger digits = BigInteger.DivRem(numerator * BigInteger.Pow(10, scale), denominator, out BigInteger rest);
            int half = (rest * 2).CompareTo(denominator);
            if (half > 0 || (half == 0 && !digits.IsEven))
            {
                digits++;
            }

            if (digits <= MaxMantissa)
            {
                while (scale > 0 && (digits % 10).IsZero)
                {
                    digits /= 10;
                    scale--;
                }

                return new decimal((int)(uint)(digits & uint.MaxValue), (int)(uint)((digits >> 32) & uint.MaxValue), (int)(uint)(digits >> 64), false, (byte)scale);
            }
        }

        throw new InvalidOperationException("beyond decimal");
    }

    private static Target TargetOf(decimal baseline, int from, decimal goal, int to) => new(
        "t-x", "m-x", "CN", MetricValue.OfNumber(baseline), from, MetricValue.OfNumber(goal), to, TargetKind.OfficialTarget, null, null, new[] { new SourceReference("s-x", "the quote") });

    /// <summary>
    /// FAULT (TargetPath.Linear, src/AiRace.Core/Analysis/TargetPath.cs; pre-existing, kept by the merge): the pace of a path
    /// whose goal differs from its baseline by less than half of 10^-28 per year comes back from
    /// ExactArithmetic.RoundedWeightedQuotient as QuotientRange.RoundsToZero, and Linear maps every range but
    /// AboveMaximum to the value (`_ => value`), so LinearPacePerYear is silently 0 and Describe says "+0 per year" for a
    /// rising path (for a falling one the 0 is even a negative zero, and still "+0"). TryFor already refuses a growth
    /// factor that rounds to zero with a reason; the pace is silently rounded away. Exact pace: 10^-28 / 3. Fix: treat
    /// RoundsToZero of the pace like the growth factor (TryFor false with the reason), or keep the path and flag the pace.
    /// </summary>
    [Theory]
    [InlineData("1", "1.0000000000000000000000000001")]
    [InlineData("1.0000000000000000000000000001", "1")]
    public void APathWhoseGoalIsNotItsBaseline_HasAPaceThatIsNotZero_OrNoPath(string baseline, string goal)
    {
        decimal b = D(baseline), g = D(goal);
        (Digits(g) - Digits(b)).Should().NotBe(BigInteger.Zero, "the goal is not the baseline: the exact pace is ±10^-28 / 3");
        if (TargetPath.TryFor(TargetOf(b, 2020, g, 2023), out TargetPath? path, out string? reason))
        {
            path.LinearPacePerYear.Should().NotBe(0m, "a pace rounded to zero is counted as no change at all");
            path.Describe().Should().NotContain("+0 per year");
        }
        else
        {
            reason.Should().NotBeNullOrWhiteSpace();
        }
    }
}
