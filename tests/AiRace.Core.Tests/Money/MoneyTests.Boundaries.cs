using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

// The edges of Money that the mutation run (tests/README.md, "Mutation testing") found unchecked: each test states
// what the documentation promises at the boundary (equal amounts, zero, one part, the largest count of parts).
public partial class MoneyTests
{
    [Fact]
    public void Comparisons_OfEqualAmounts_FollowTheirSymbol_WhateverTheScale()
    {
        M a = M.Cny(1.0m), b = M.Cny(1.00m);
        (a < b).Should().BeFalse("an amount is not smaller than itself");
        (a > b).Should().BeFalse("an amount is not larger than itself");
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.CompareTo(b).Should().Be(0);
    }

    [Fact]
    public void Comparisons_OfDifferentAmounts_AreStrictInBothDirections()
    {
        M less = M.Cny(0.99m), more = M.Cny(1m);
        (less < more).Should().BeTrue();
        (more < less).Should().BeFalse();
        (more > less).Should().BeTrue();
        (less > more).Should().BeFalse();
        (less <= more).Should().BeTrue();
        (more <= less).Should().BeFalse();
        (more >= less).Should().BeTrue();
        (less >= more).Should().BeFalse();
        (less == more).Should().BeFalse();
        (less != more).Should().BeTrue();
        less.CompareTo(more).Should().BeNegative();
        more.CompareTo(less).Should().BePositive();
    }

    [Fact]
    public void IComparable_PutsNullFirst_AndRefusesOtherTypes()
    {
        IComparable money = M.Cny(1);
        money.CompareTo(null).Should().BePositive("null sorts before every value, as for the framework's own types");
        money.CompareTo(M.Cny(2)).Should().BeNegative();
        money.CompareTo(M.Cny(1.00m)).Should().Be(0);
        ((Action)(() => money.CompareTo("CNY 1"))).Should().Throw<ArgumentException>()
            .WithMessage("Cannot compare Money with a String.*").Which.ParamName.Should().Be("obj");
        ((Action)(() => money.CompareTo(M.Usd(1)))).Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void IsZero_AndIsNegative_AtAndAroundZero()
    {
        M.Cny(0m).IsZero.Should().BeTrue();
        M.Cny(0.00m).IsZero.Should().BeTrue();
        M.Cny(0.01m).IsZero.Should().BeFalse();
        M.Cny(-0.01m).IsZero.Should().BeFalse();
        M.Cny(0m).IsNegative.Should().BeFalse("zero is not below zero");
        M.Cny(-0.01m).IsNegative.Should().BeTrue();
        M.Cny(0.01m).IsNegative.Should().BeFalse();
    }

    [Fact]
    public void Allocate_OnePart_IsTheWhole_AndTheLargestCountIsAllowed()
    {
        M.Cny(10.01m).Allocate(1).Should().Equal(M.Cny(10.01m));
        M[] many = M.Cny(10_000m).Allocate(1_000_000);
        many.Should().HaveCount(1_000_000);
        many[0].Amount.Should().Be(0.01m);
        many[^1].Amount.Should().Be(0.01m);
        ((Action)(() => M.Cny(1).Allocate(1_000_001))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("parts must be at most 1000000; it was 1000001.*");
        ((Action)(() => M.Cny(1).Allocate(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("parts must be at least 1; it was -1.*");
    }

    [Fact]
    public void Allocate_ZeroAndExactShares_GiveZeroParts_WithoutASign()
    {
        M.Cny(0m).Allocate(3).Should().AllSatisfy(p => p.Should().Be(M.Cny(0m)));
        M.Cny(-0.02m).Allocate(3).Select(p => p.Amount).Should().Equal(-0.01m, -0.01m, 0m);
        M.Cny(-0.02m).Allocate(3)[2].ToString().Should().Be("CNY 0.00", "a part of no minor units is zero, not minus zero");
        M.Cny(6m).Allocate(3).Select(p => p.Amount).Should().Equal(2m, 2m, 2m);
    }

    [Fact]
    public void DivisionByAZeroAmount_SaysWhatWasDivided()
    {
        ((Action)(() => _ = M.Cny(600) / M.Cny(0))).Should().Throw<DivideByZeroException>()
            .WithMessage("Money division (/): cannot divide CNY 600.00 by CNY 0.00.");
        ((Action)(() => _ = M.Cny(600) / 0.000m)).Should().Throw<DivideByZeroException>()
            .WithMessage("Money division (/): cannot divide CNY 600.00 by zero.");
        (M.Cny(0) / M.Cny(5)).Should().Be(0m);
    }

    [Theory]
    [InlineData("CN", 0, "expected a three-letter ISO 4217 code")]
    [InlineData("CNY", 3, "expected one space after the currency code")]
    public void Parse_TooShort_SaysWhatIsMissing(string text, int position, string reason)
    {
        var ex = ((Action)(() => M.Parse(text))).Should().Throw<MoneyFormatException>().Which;
        ex.Position.Should().Be(position);
        ex.Reason.Should().Be(reason);
        ((Action)(() => M.Parse(text.AsSpan()))).Should().Throw<MoneyFormatException>().Which.Reason.Should().Be(reason);
        M.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_OfASpan_ReadsTheCanonicalForm_AndTryParseOfNullIsFalse()
    {
        M.Parse("CNY 1,234.50".AsSpan()).Should().Be(M.Cny(1234.5m));
        M.TryParse("JPY 7".AsSpan(), out M yen).Should().BeTrue();
        yen.Should().Be(M.Jpy(7));
        M.TryParse((string?)null, out M none).Should().BeFalse();
        none.Should().Be(default(M));
    }

    [Fact]
    public void Addition_WhereDecimalDropsOnlyTrailingZeros_IsExact_AndAllowed()
    {
        // 10^27 + 1.00 needs 30 digits at scale 2; decimal keeps it at scale 1, which loses nothing.
        (M.Cny(1e27m) + M.Cny(1.00m)).Amount.Should().Be(1_000_000_000_000_000_000_000_000_001m);
        (M.Cny(-1e27m) + M.Cny(-1.00m)).Amount.Should().Be(-1_000_000_000_000_000_000_000_000_001m);
        (M.Cny(1e27m) - M.Cny(1.00m)).Amount.Should().Be(999_999_999_999_999_999_999_999_999m);
        (M.Cny(-1e27m) - M.Cny(-1.00m)).Amount.Should().Be(-999_999_999_999_999_999_999_999_999m);
        new[] { M.Cny(1e27m), M.Cny(1.00m) }.Sum(Currency.CNY).Amount.Should().Be(1_000_000_000_000_000_000_000_000_001m);
        new[] { M.Cny(-1e27m), M.Cny(-1.00m) }.Sum(Currency.CNY).Amount.Should().Be(-1_000_000_000_000_000_000_000_000_001m);
    }

    [Fact]
    public void Addition_ThatRoundsOnlyBelowTheMinorUnit_IsAllowed()
    {
        // 10^26 + 0.001 cannot be held at scale 3; decimal rounds away the tenth of a fen, which the class allows.
        (M.Cny(1e26m) + M.Cny(0.001m)).Amount.Should().Be(1e26m);
        (M.Cny(1e26m) - M.Cny(0.001m)).Amount.Should().Be(1e26m);
        new[] { M.Cny(1e26m), M.Cny(0.001m) }.Sum(Currency.CNY).Amount.Should().Be(1e26m);
        ((Action)(() => _ = M.Cny(1e27m) + M.Cny(0.01m))).Should().Throw<OverflowException>();
    }

    [Fact]
    public void DivisionOfAmounts_BeyondDecimal_NamesTheOperation()
    {
        ((Action)(() => _ = new M(decimal.MaxValue, Currency.USD) / M.Usd(0.5m))).Should().Throw<OverflowException>()
            .WithMessage("Money division (/) overflowed decimal: USD 79,228,162,514,264,337,593,543,950,335.00 and USD 0.50.");
    }

    [Fact]
    public void Round_WithAnUndefinedMode_IsRefused()
    {
        ((Action)(() => M.Cny(1.005m).Round((MidpointRounding)99))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*undefined MidpointRounding*");
        ((Action)(() => M.Cny(1.005m).Round(2, (MidpointRounding)99))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*undefined MidpointRounding*");
    }

    [Fact]
    public void Sum_OfNothing_IsAnArgumentError()
    {
        ((Action)(() => ((M[])null!).Sum(Currency.CNY))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("source");
        ((Action)(() => ((string[])null!).Sum(_ => M.Cny(1), Currency.CNY))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("source");
        ((Action)(() => new[] { "a" }.Sum((Func<string, M>)null!, Currency.CNY))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("selector");
    }

    [Fact]
    public void Scaled_ByAnUndefinedMagnitude_IsRefused()
    {
        ((Action)(() => M.Scaled(1m, (Magnitude)5, Currency.CNY))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Not a defined Magnitude.*");
        M.Scaled(1.5m, Magnitude.Units, Currency.CNY).Should().Be(M.Cny(1.5m));
    }

    [Fact]
    public void Allocate_AnAmountWithMoreDecimalsThanItsMinorUnits_ButWholeMinorUnits()
    {
        M.Cny(1.000m).Allocate(2).Should().Equal(M.Cny(0.5m), M.Cny(0.5m));
        M.Cny(1.000m).Allocate(new[] { 1m, 3m }).Should().Equal(M.Cny(0.25m), M.Cny(0.75m));
        new M(1.000m, Currency.XAU).Allocate(new[] { 1m, 1m }, 1).Should().Equal(new M(0.5m, Currency.XAU), new M(0.5m, Currency.XAU));
    }

    [Fact]
    public void Allocate_AtAStatedPrecision_ChecksThePrecisionAndTheAmount()
    {
        ((Action)(() => M.Cny(1).Allocate(new[] { 1m }, 21))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => M.Cny(1).Allocate(new[] { 1m }, -1))).Should().Throw<ArgumentOutOfRangeException>();
        M.Cny(1).Allocate(new[] { 1m, 1m, 1m }, 20).Sum(Currency.CNY).Should().Be(M.Cny(1));
        ((Action)(() => M.Cny(1.005m).Allocate(new[] { 1m, 1m }, 2))).Should().Throw<InvalidOperationException>()
            .WithMessage("Cannot allocate CNY 1.005 in units of 10^-2: the amount has more decimals. Round it first.");
        // Parts are whole numbers of the stated unit: written with that many decimals.
        new M(1m, Currency.XAU).Allocate(new[] { 1m, 1m }, 3).Select(p => p.ToString()).Should().Equal("XAU 0.500", "XAU 0.500");
    }

    [Fact]
    public void Allocate_PartsOfTheLargestAmounts_DropOnlyTrailingZeros()
    {
        // 10^28 in fen is 10^30 units, beyond decimal's 96 bits; the part is 10^28 yuan again, at a smaller scale.
        M.Cny(1e28m).Allocate(1).Should().Equal(M.Cny(1e28m));
        M.Cny(1e28m).Allocate(new[] { 1m }, 1).Should().Equal(M.Cny(1e28m));
        new M(decimal.MaxValue, Currency.CNY).Allocate(new[] { 1m }).Should().Equal(new M(decimal.MaxValue, Currency.CNY));
        new M(decimal.MinValue, Currency.CNY).Allocate(1).Should().Equal(new M(decimal.MinValue, Currency.CNY));
    }

    [Fact]
    public void Allocate_APartOfExactly2To96Units_IsADocumentedOverflow()
    {
        // 10^29 tenths split 2a : 2b gives part 0 exactly 2^96 tenths, one more than decimal's mantissa holds, and
        // without a trailing zero to drop.
        const decimal a = 39_614_081_257_132_168_796_771_975_168m; // 2^95
        const decimal b = 10_385_918_742_867_831_203_228_024_832m; // 5 × 10^28 − 2^95
        ((Action)(() => M.Cny(1e28m).Allocate(new[] { a, b }, 1))).Should().Throw<OverflowException>()
            .WithMessage("Cannot allocate CNY 10,000,000,000,000,000,000,000,000,000.00 in units of 10^-1: part 0 would be 7922816251426433759354395033.6, which needs more significant digits than decimal holds. Allocate with fewer decimals.");
    }

    [Fact]
    public void Parse_ACodeAndASpaceWithoutANumber_PointsAfterTheSpace()
    {
        var ex = ((Action)(() => M.Parse("CNY "))).Should().Throw<MoneyFormatException>().Which;
        ex.Position.Should().Be(4);
        ex.Reason.Should().Be("expected a number");
    }

    [Fact]
    public void ParseErrors_ShortenVeryLongInputInTheMessage_AndKeepItWhole()
    {
        string at120 = "CNY " + new string('1', 115) + "x";
        ((Action)(() => M.Parse(at120))).Should().Throw<MoneyFormatException>().Which.Message.Should().StartWith($"Cannot read '{at120}' as money:");
        string longer = at120 + "y";
        var ex = ((Action)(() => M.Parse(longer))).Should().Throw<MoneyFormatException>().Which;
        ex.Message.Should().StartWith($"Cannot read '{at120}…' as money:");
        ex.Input.Should().Be(longer);
    }

    [Theory]
    [InlineData("G2")]
    [InlineData("CC")]
    [InlineData("RR")]
    [InlineData("KK")]
    public void Format_OfTwoLettersOtherThanKAndADigit_IsRefused(string format) =>
        ((Action)(() => M.Cny(1).ToString(format, null))).Should().Throw<FormatException>().WithMessage($"'{format}' is not a Money format*");

    [Fact]
    public void Format_LowerCaseLettersAreTheSameFormats()
    {
        M.Cny(1234.5m).ToString("g", null).Should().Be("CNY 1,234.50");
        M.Cny(1234.5m).ToString("r", null).Should().Be("CNY 1234.50");
        M.Cny(1234.5m).ToString("k", null).Should().Be("CNY 1.2345K");
        M.Cny(1234.5m).ToString("k2", null).Should().Be("≈ CNY 1.23K");
    }

    [Theory]
    [InlineData("1000", "CNY 1K")]
    [InlineData("999.99", "CNY 999.99")]
    [InlineData("1000000", "CNY 1M")]
    [InlineData("999999", "CNY 999.999K")]
    [InlineData("1000000000", "CNY 1B")]
    [InlineData("-1000", "CNY -1K")]
    [InlineData("1.50", "CNY 1.5")]
    public void Compact_AtEachThreshold_AndWithoutTrailingZeros(string amount, string expected) =>
        M.Cny(decimal.Parse(amount, CultureInfo.InvariantCulture)).ToString("K", null).Should().Be(expected);

    [Fact]
    public void Formats_WithTwoDigitDecimalCounts()
    {
        M.Cny(0.0000000001m).ToString().Should().Be("CNY 0.0000000001");
        M.Cny(1.0000000000000000000000000001m).ToString("R", null).Should().Be("CNY 1.0000000000000000000000000001");
    }

    [Fact]
    public void TryFormat_FitsExactly_OrWritesNothing()
    {
        AssertFits(M.Jpy(1), "G", "JPY 1");
        AssertFits(M.Jpy(1), "R", "JPY 1");
        AssertFits(M.Jpy(1), "K", "JPY 1");
        AssertFits(M.Jpy(1000), "K", "JPY 1K");
        AssertFits(M.Jpy(1.4m), "K0", "≈ JPY 1");
        AssertFits(M.Jpy(12), "K", "JPY 12");
        AssertFits(M.Jpy(1), "C", M.Jpy(1).ToString("C", CultureInfo.InvariantCulture));

        static void AssertFits(M money, string format, string expected)
        {
            Span<char> exact = stackalloc char[expected.Length];
            money.TryFormat(exact, out int written, format, CultureInfo.InvariantCulture).Should().BeTrue($"{expected} fits in {expected.Length} characters");
            written.Should().Be(expected.Length);
            new string(exact).Should().Be(expected);
            Span<char> shorter = stackalloc char[expected.Length - 1];
            money.TryFormat(shorter, out written, format, CultureInfo.InvariantCulture).Should().BeFalse($"{expected} does not fit in {expected.Length - 1}");
            written.Should().Be(0);
        }
    }

    [Fact]
    public void Scaled_with_an_undefined_magnitude_throws_only_documented_exceptions()
    {
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.Money.Scaled(System.Decimal,AiRace.Core.Magnitude,AiRace.Core.Currency)",
            () => M.Scaled(1m, (Magnitude)5, Currency.CNY));
    }
}
