using System;
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
}
