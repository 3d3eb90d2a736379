using System;
using System.Collections.Generic;
using System.Linq;
using M = AiRace.Core.Money;

// These tests check the run-time guards behind the analyzers: they must write the very mistakes the analyzers refuse.
#pragma warning disable AIR0001 // currency mismatch, on purpose
#pragma warning disable AIR0003 // unknown currency code, on purpose
#pragma warning disable AIR0011 // an out-of-range scaled figure, on purpose

namespace AiRace.Core.Tests;

public partial class MoneyTests
{
    private static readonly M Cny600M = M.Millions(600, Currency.CNY);
    private static readonly M Cny300M = M.Millions(300, Currency.CNY);
    private static readonly M Usd138B = M.Billions(138, Currency.USD);

    [Fact]
    public void Factories_ScaleExactly()
    {
        M.Trillions(1, Currency.CNY).Amount.Should().Be(1_000_000_000_000m);
        M.Billions(8.2m, Currency.USD).Amount.Should().Be(8_200_000_000m);
        M.Millions(600, Currency.CNY).Amount.Should().Be(600_000_000m);
        M.Thousands(250, Currency.CNY).Amount.Should().Be(250_000m);
        M.Cny(5).Currency.Should().Be(Currency.CNY);
        M.Usd(5).Currency.Should().Be(Currency.USD);
        M.Eur(5).Currency.Should().Be(Currency.EUR);
        M.Jpy(5).Currency.Should().Be(Currency.JPY);
        M.Gbp(5).Currency.Should().Be(Currency.GBP);
        M.Of(5, "KWD").Currency.Code.Should().Be("KWD");
        ((Action)(() => M.Of(5, "RMB"))).Should().Throw<UnknownCurrencyException>();
    }

    [Fact]
    public void Addition_SameCurrency_IsExact()
    {
        (Cny600M + Cny300M).Should().Be(M.Millions(900, Currency.CNY));
        (M.Cny(0.1m) + M.Cny(0.2m)).Amount.Should().Be(0.3m);
        (Cny600M - Cny300M).Amount.Should().Be(300_000_000m);
        (-Cny600M).Amount.Should().Be(-600_000_000m);
        (+Cny600M).Should().Be(Cny600M);
        M.Cny(-3).Abs().Should().Be(M.Cny(3));
    }

    [Theory]
    [InlineData("+", "addition (+)")]
    [InlineData("-", "subtraction (-)")]
    [InlineData("==", "equality (==)")]
    [InlineData("!=", "inequality (!=)")]
    [InlineData("<", "comparison (<)")]
    [InlineData(">", "comparison (>)")]
    [InlineData("<=", "comparison (<=)")]
    [InlineData(">=", "comparison (>=)")]
    [InlineData("/", "division (/)")]
    [InlineData("CompareTo", "comparison")]
    public void Operators_AcrossCurrencies_ThrowNamingBothAndTheOperation(string op, string operation)
    {
        Func<object> act = op switch
        {
            "+" => () => Cny600M + Usd138B,
            "-" => () => Cny600M - Usd138B,
            "==" => () => Cny600M == Usd138B,
            "!=" => () => Cny600M != Usd138B,
            "<" => () => Cny600M < Usd138B,
            ">" => () => Cny600M > Usd138B,
            "<=" => () => Cny600M <= Usd138B,
            ">=" => () => Cny600M >= Usd138B,
            "/" => () => Cny600M / Usd138B,
            _ => () => Cny600M.CompareTo(Usd138B),
        };
        var ex = act.Should().Throw<CurrencyMismatchException>().Which;
        ex.Message.Should().Be($"Cannot apply {operation} to CNY and USD: the currencies differ. Convert one amount first with a dated exchange rate.");
        ex.Left.Should().Be(Currency.CNY);
        ex.Right.Should().Be(Currency.USD);
        ex.Operation.Should().Be(operation);
    }

    [Fact]
    public void MinMax_SameCurrency_AndMismatchThrows()
    {
        M.Min(Cny600M, Cny300M).Should().Be(Cny300M);
        M.Max(Cny600M, Cny300M).Should().Be(Cny600M);
        M.Min(Cny300M, Cny600M).Should().Be(Cny300M);
        M.Max(Cny300M, Cny600M).Should().Be(Cny600M);

        // Equal amounts: the first is returned (told apart by their scale).
        M.Min(M.Cny(1.0m), M.Cny(1.00m)).Amount.Scale.Should().Be(1);
        M.Max(M.Cny(1.0m), M.Cny(1.00m)).Amount.Scale.Should().Be(1);
        M.Min(M.Cny(1.00m), M.Cny(1.0m)).Amount.Scale.Should().Be(2);
        ((Action)(() => M.Max(Cny600M, Usd138B))).Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void Equals_AcrossCurrencies_IsFalseNotAnError()
    {
        M.Cny(1).Equals(M.Usd(1)).Should().BeFalse();
        M.Cny(1.0m).Equals(M.Cny(1.00m)).Should().BeTrue();
        M.Cny(1.0m).GetHashCode().Should().Be(M.Cny(1.00m).GetHashCode());
        new HashSet<M> { M.Cny(1), M.Usd(1), M.Cny(1.0m) }.Should().HaveCount(2);
        ((object)M.Cny(1)).Equals("CNY 1").Should().BeFalse();
    }

    [Fact]
    public void Comparison_SameCurrency_Orders()
    {
        (Cny300M < Cny600M).Should().BeTrue();
        (Cny600M >= M.Millions(600, Currency.CNY)).Should().BeTrue();
        new[] { Cny600M, Cny300M }.Order().First().Should().Be(Cny300M);
        (Cny600M == M.Cny(600_000_000.00m)).Should().BeTrue();
    }

    [Fact]
    public void Default_IsZeroInNoCurrency_AndCannotMixWithRealMoney()
    {
        default(M).Amount.Should().Be(0m);
        default(M).Currency.Should().Be(Currency.XXX);
        default(M).Equals(M.Zero(Currency.USD)).Should().BeFalse();
        ((Action)(() => _ = default(M) + M.Usd(1))).Should().Throw<CurrencyMismatchException>().WithMessage("*XXX and USD*");
    }

    [Fact]
    public void MultiplyAndDivide_ByNumber_AreExactAndUnrounded()
    {
        (Cny600M * 0.5m).Amount.Should().Be(300_000_000m);
        (2m * Cny300M).Should().Be(Cny600M);
        (M.Cny(1) / 3m).Amount.Should().Be(1m / 3m, "no rounding to minor units happens");
        (Cny300M / Cny600M).Should().Be(0.5m);
        ((Action)(() => _ = Cny600M / 0m)).Should().Throw<DivideByZeroException>().WithMessage("*CNY 600,000,000.00 by zero*");
        ((Action)(() => _ = Cny600M / M.Cny(0))).Should().Throw<DivideByZeroException>();
    }

    [Fact]
    public void Overflow_NamesTheOperation()
    {
        var max = new M(decimal.MaxValue, Currency.USD);
        ((Action)(() => _ = max + M.Usd(1))).Should().Throw<OverflowException>().WithMessage("Money addition (+) overflowed decimal*");
        ((Action)(() => _ = -max - M.Usd(1))).Should().Throw<OverflowException>().WithMessage("Money subtraction (-) overflowed decimal*");
        ((Action)(() => _ = max * 2m)).Should().Throw<OverflowException>().WithMessage("Money multiplication (*) overflowed decimal*");
        ((Action)(() => _ = max / 0.5m)).Should().Throw<OverflowException>().WithMessage("Money division (/) overflowed decimal*");
        ((Action)(() => M.Trillions(decimal.MaxValue, Currency.USD))).Should().Throw<OverflowException>().WithMessage("Scaling * by Trillions (USD) overflows decimal.");
        ((Action)(() => new[] { max, M.Usd(1) }.Sum(Currency.USD))).Should().Throw<OverflowException>().WithMessage("Money sum in USD of 2 amounts is outside the range of decimal (about ±7.9 × 10^28).");
    }

    [Fact]
    public void Sum_StatesItsCurrency()
    {
        new[] { Cny600M, Cny300M, M.Millions(100, Currency.CNY) }.Sum(Currency.CNY).Should().Be(M.Billions(1, Currency.CNY));
        Array.Empty<M>().Sum(Currency.USD).Should().Be(M.Zero(Currency.USD));
        Array.Empty<M>().Sum(Currency.USD).Currency.Should().Be(Currency.USD);
        var ex = ((Action)(() => new[] { Cny600M, Usd138B }.Sum(Currency.CNY))).Should().Throw<CurrencyMismatchException>().Which;
        ex.Message.Should().Be("Cannot apply a sum in CNY (element 1) to CNY and USD: the currencies differ. Convert one amount first with a dated exchange rate.");
        new[] { ("a", Cny600M), ("b", Cny300M) }.Sum(x => x.Item2, Currency.CNY).Amount.Should().Be(900_000_000m);
    }

    [Fact]
    public void Deconstruct_GivesAmountAndCurrency()
    {
        (decimal amount, Currency currency) = Cny600M;
        amount.Should().Be(600_000_000m);
        currency.Should().Be(Currency.CNY);
    }

    [Fact]
    public void Adding_gold_refuses_a_sum_that_would_drop_part_of_an_ounce()
    {
        // XAU has no minor unit, so there is no digit below it that decimal may round away: XAU 79228162514264337593543950335
        // + XAU -0.6 would give ...334 and drop 0.4 troy ounce.
        var max = new M(decimal.MaxValue, Currency.XAU);
        var minus = new M(-0.6m, Currency.XAU);

        ((Action)(() => _ = max + minus)).Should().Throw<OverflowException>().WithMessage("*XAU has no minor unit*");
        ((Action)(() => _ = max - (-minus))).Should().Throw<OverflowException>();
        ((Action)(() => new[] { max, minus }.Sum(Currency.XAU))).Should().Throw<OverflowException>().WithMessage("*cannot be held exactly*");
        (new M(1.25m, Currency.XAU) + new M(0.5m, Currency.XAU)).Should().Be(new M(1.75m, Currency.XAU));
    }

    // MoneyEnumerable.Sum: "The total: the exact sum when decimal holds it, otherwise the exact sum rounded once ... only
    // below the minor unit"; README: "the parts always add up", "no silent rounding".
    [Fact]
    public void A_sum_never_loses_a_minor_unit_to_rounding_at_each_step()
    {
        M large = M.Cny(80_000_000_000_000_000_000_000_000.00m);
        M bit = M.Cny(0.004m);

        // Exact total: CNY 80,000,000,000,000,000,000,000,000.020, two fen more than the first amount; rounding each
        // step's 0.004 away below the fen would lose both, and only in this order.
        M[] amounts = [large, bit, bit, bit, bit, bit];

        amounts.Sum(Currency.CNY).Should().Be(M.Cny(80_000_000_000_000_000_000_000_000.02m));
        amounts.Reverse().Sum(Currency.CNY).Should().Be(M.Cny(80_000_000_000_000_000_000_000_000.02m), "the order does not matter");
    }

    // MoneyEnumerable.Sum: "a partial sum beyond decimal's range (decimal.MaxValue + 1 - 1) is no error when the total is
    // within it"; a total beyond it is.
    [Fact]
    public void A_sum_whose_total_fits_decimal_is_no_overflow_whatever_its_partial_sums()
    {
        var max = new M(decimal.MaxValue, Currency.USD);

        new[] { max, M.Usd(1), M.Usd(-1) }.Sum(Currency.USD).Should().Be(max);
        new[] { max, max, -max, M.Usd(-1m) }.Sum(Currency.USD).Should().Be(new M(79_228_162_514_264_337_593_543_950_334m, Currency.USD));
        ((Action)(() => new[] { max, max, -max, M.Usd(-0.5m) }.Sum(Currency.USD))).Should().Throw<OverflowException>()
            .WithMessage("*cannot be held to the minor unit*", "USD 79,228,162,514,264,337,593,543,950,334.50 needs 30 digits, and decimal would lose the cent");
        ((Action)(() => new[] { max, M.Usd(1), M.Usd(-0.5m) }.Sum(Currency.USD))).Should().Throw<OverflowException>()
            .WithMessage("Money sum in USD of 3 amounts is outside the range of decimal*");
    }

    // MoneyEnumerable.Sum: "the exact sum when decimal holds it (at the most decimals of the amounts)", also when decimal's
    // running total had dropped a decimal to fit before the sum went on exactly.
    [Fact]
    public void A_sum_added_exactly_keeps_the_most_decimals_of_its_amounts()
    {
        var max = new M(decimal.MaxValue, Currency.CNY);

        // 5.0…01 + 5.0…09 is 10.000000000000000000000000001 at 27 decimals (exact); adding the maximum then overflows
        M total = new[] { M.Cny(5.0000000000000000000000000001m), M.Cny(5.0000000000000000000000000009m), max, -max, M.Cny(-5m) }.Sum(Currency.CNY);

        total.Amount.Should().Be(5.000000000000000000000000001m);
        total.Amount.Scale.Should().Be(28, "the first two amounts have 28 decimals, and 5.0000000000000000000000000010 fits");
    }
}
