using System.Globalization;

namespace AiRace.Core.Tests.Quantities;

/// <summary>
/// The edges of the quantity types that the mutation run (tests/README.md) found unchecked: the ends of the allowed
/// ranges are inside, the refusals name their reason, null and short buffers are answered as documented, and the
/// culture format signs a value only when it has one.
/// </summary>
public class QuantityBoundaryTests
{
    [Fact]
    public void Share_PlusOrMinusPoints_ReachesBothEndsOfTheRange()
    {
        (Share.FromPercent(50m) + PercentagePoints.Of(50m)).Should().Be(Share.Whole);
        (Share.FromPercent(50m) - PercentagePoints.Of(50m)).Should().Be(Share.Zero);
        (Share.FromPercent(50m) + PercentagePoints.Of(0m)).Should().Be(Share.FromPercent(50m));
    }

    [Fact]
    public void Share_TryFromPercent_RefusesWhatFromPercentRefuses()
    {
        // The analyzers flag these constants at compile time (AIR0013, AIR0005); this checks the refusal at run time.
#pragma warning disable AIR0013, AIR0005
        Share.TryFromPercent(100.5m, out _).Should().BeFalse();
        Share.TryFromPercent(-0.5m, out _).Should().BeFalse();
        Share.TryFromPercent(0.0000000000000000000000000001m, out Share tiny).Should().BeFalse("a hundredth of 10^-28 is not a decimal");
#pragma warning restore AIR0013, AIR0005
        tiny.Should().Be(Share.Zero);
        Share.TryFromPercent(100m, out Share whole).Should().BeTrue();
        whole.Should().Be(Share.Whole);

        Share.TryParse("0.0000000000000000000000000001%", null, out _).Should().BeFalse();
        ((Action)(() => Share.Parse("0.0000000000000000000000000001%"))).Should().Throw<FormatException>().WithMessage("*too many digits*");
    }

    [Fact]
    public void Ratio_FromPercent_RefusesNegativeAndUnrepresentablePercentages()
    {
        ((Action)(() => Ratio.FromPercent(-1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => Ratio.FromPercent(0.0000000000000000000000000001m))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*too many digits*");
        Ratio.FromPercent(250m).Should().Be(Ratio.Of(2.5m));
    }

    [Fact]
    public void PercentagePoints_AddAndDivide()
    {
        (PercentagePoints.Of(1.5m) + PercentagePoints.Of(2m)).Should().Be(PercentagePoints.Of(3.5m));
        (PercentagePoints.Of(3m) / 2m).Should().Be(PercentagePoints.Of(1.5m));
        ((Action)(() => _ = PercentagePoints.Of(3m) / 0m)).Should().Throw<DivideByZeroException>().WithMessage("Cannot divide +3 pp by zero.");
    }

    [Theory]
    [InlineData("2", "+2 pp")]
    [InlineData("-1.5", "-1.5 pp")]
    [InlineData("0", "0 pp")]
    public void PercentagePoints_CultureFormat_SignsOnlyNonZeroValues(string value, string expected)
    {
        PercentagePoints.Of(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString("C", CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void UnknownFormats_AreRefusedWithTheFormatNamed()
    {
        ((Action)(() => PercentagePoints.Of(1m).ToString("X", null))).Should().Throw<FormatException>().WithMessage("*PercentagePoints format 'X'*");
        ((Action)(() => Ratio.Of(1m).ToString("X", null))).Should().Throw<FormatException>().WithMessage("*Ratio format 'X'*");
        ((Action)(() => Share.Whole.ToString("X", null))).Should().Throw<FormatException>().WithMessage("*Share format 'X'*");
        ((Action)(() => DurationRange.Years(1m, 2m).ToString("X", null))).Should().Throw<FormatException>().WithMessage("*DurationRange format 'X'*");
    }

    [Fact]
    public void TryFormat_IntoATooShortBuffer_WritesNothingAndSaysSo()
    {
        Span<char> two = stackalloc char[2];
        PercentagePoints.Of(12m).TryFormat(two, out int written, default, null).Should().BeFalse();
        written.Should().Be(0);
        Ratio.Of(12.5m).TryFormat(two, out written, default, null).Should().BeFalse();
        written.Should().Be(0);
        Share.FromPercent(55m).TryFormat(two, out written, default, null).Should().BeFalse();
        written.Should().Be(0);
    }

    [Fact]
    public void Parse_OfNull_IsAnArgumentError_AndTryParse_OfNull_IsFalse()
    {
        ((Action)(() => PercentagePoints.Parse(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Ratio.Parse(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Share.Parse(null!))).Should().Throw<ArgumentNullException>();
        PercentagePoints.TryParse(null, null, out _).Should().BeFalse();
        Ratio.TryParse(null, null, out _).Should().BeFalse();
        Share.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void CompareTo_AnotherType_IsAnArgumentErrorNamingIt()
    {
        ((Action)(() => ((IComparable)PercentagePoints.Of(1m)).CompareTo("1 pp"))).Should().Throw<ArgumentException>().WithMessage("*with a String*");
        ((Action)(() => ((IComparable)Ratio.Of(1m)).CompareTo(1m))).Should().Throw<ArgumentException>().WithMessage("*with a Decimal*");
        ((Action)(() => ((IComparable)Share.Whole).CompareTo(1m))).Should().Throw<ArgumentException>().WithMessage("*with a Decimal*");
    }

    [Fact]
    public void DurationRange_NamesItsUnit_SingularForOne_AndComparesByValue()
    {
        DurationRange.Exactly(1m, DurationUnit.Days).ToString().Should().Be("1 day");
        DurationRange.Of(2m, 3m, DurationUnit.Days).ToString().Should().Be("2–3 days");
        DurationRange.Exactly(1m, DurationUnit.Months).ToString().Should().Be("1 month");
        (DurationRange.Years(1m, 2m) != DurationRange.Years(1m, 3m)).Should().BeTrue();
        (DurationRange.Years(1m, 2m) != DurationRange.Years(1m, 2m)).Should().BeFalse();
    }

    [Fact]
    public void ValueRange_ContainsBothEnds_AndEqualityNeedsBothEnds()
    {
        var range = new ValueRange<decimal>(1m, 2m);
        range.Contains(1m).Should().BeTrue();
        range.Contains(2m).Should().BeTrue();
        range.Contains(0.9m).Should().BeFalse();
        range.Contains(2.1m).Should().BeFalse();
        range.Equals(new ValueRange<decimal>(1m, 3m)).Should().BeFalse();
        range.Equals(new ValueRange<decimal>(0m, 2m)).Should().BeFalse();
        (range != new ValueRange<decimal>(1m, 3m)).Should().BeTrue();
        (range != new ValueRange<decimal>(1m, 2m)).Should().BeFalse();
        new ValueRange<string>("a", "b").ToString().Should().Be("a–b", "a value that is not IFormattable is written with its ToString");
    }

    [Fact]
    public void Share_FromFraction_TakesBothEndsOfTheWhole()
    {
        Share.FromFraction(1m).Should().Be(Share.Whole);
        Share.FromFraction(0m).Should().Be(Share.Zero);
    }

    [Fact]
    public void DurationRange_OfAnUndefinedUnit_IsRefused()
    {
        ((Action)(() => DurationRange.Of(1m, 2m, (DurationUnit)0))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*undefined DurationUnit value 0*");
        ((Action)(() => DurationRange.Of(1m, 2m, (DurationUnit)4))).Should().Throw<ArgumentOutOfRangeException>();
    }

    // Stop 65's mutation run of the lines changed since 019fcb9 (tests/README.md): a move of exactly 100 points is
    // still computed, one of more is refused without adding it, and a sum decimal would round is refused even when the
    // rounded sum is a share.
    [Fact]
    public void Share_MovedByExactly100Points_ReachesTheOtherEnd()
    {
        (Share.Whole - PercentagePoints.Of(100m)).Should().Be(Share.Zero);
        (Share.Zero + PercentagePoints.Of(100m)).Should().Be(Share.Whole);
        (Share.Whole + PercentagePoints.Of(-100m)).Should().Be(Share.Zero);
    }

    [Fact]
    public void Share_MovedByMoreThan100Points_IsRefusedAsMoreThan100PointsAway()
    {
        ((Action)(() => _ = Share.Zero + PercentagePoints.Of(100.5m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("right").WithMessage("0% + 100.5 pp is more than 100 pp away, outside [0%, 100%].*");
        ((Action)(() => _ = Share.Whole - PercentagePoints.Of(decimal.MaxValue))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("100% - 79228162514264337593543950335 pp is more than 100 pp away, outside [0%, 100%].*");
    }

    [Fact]
    public void Share_PlusPointsThatDecimalWouldRoundOntoAShare_IsRefused()
    {
        // 99.99999999999999999999999999 + 0.000000000000000000000000009 is 99.999999999999999999999999999 (29 nines),
        // which decimal rounds to 100: a share, but not the sum.
        Share almost = Share.FromPercent(99.99999999999999999999999999m);

        ((Action)(() => _ = almost + PercentagePoints.Of(0.000000000000000000000000009m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("99.99999999999999999999999999% + 0.000000000000000000000000009 pp has more digits than a share holds exactly (28 decimals of the fraction); it is not rounded.*");
        ((Action)(() => _ = Share.FromPercent(50m) + PercentagePoints.Of(0.000000000000000000000000001m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*has more digits than a share holds exactly*", "the sum is exact, but its fraction would need 29 decimals");
    }

    [Fact]
    public void PercentagePoints_SumOrDifferenceDecimalWouldRound_NamesTheOperation()
    {
        PercentagePoints big = PercentagePoints.Of(10_000_000_000_000_000_000_000_000_000m);
        PercentagePoints small = PercentagePoints.Of(0.1m);

        ((Action)(() => _ = big + small)).Should().Throw<OverflowException>().WithMessage("+10000000000000000000000000000 pp + +0.1 pp cannot be held exactly*");
        ((Action)(() => _ = big - small)).Should().Throw<OverflowException>().WithMessage("+10000000000000000000000000000 pp - +0.1 pp cannot be held exactly*");
    }
}
