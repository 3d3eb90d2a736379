using System.Globalization;
using System.Text.Json;

namespace AiRace.Core.Tests.Quantities;

public class PercentagePointsAndRatioTests
{
    [Fact]
    public void Percentage_points_format_with_an_explicit_sign()
    {
        PercentagePoints.Of(38).ToString().Should().Be("+38 pp");
        PercentagePoints.Of(-2.5m).ToString().Should().Be("-2.5 pp");
        PercentagePoints.Of(0).ToString().Should().Be("0 pp");
        PercentagePoints.Of(-2.5m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("-2,5 pp");
        PercentagePoints.Of(1234.5m).ToString("C", CultureInfo.GetCultureInfo("en-US")).Should().Be("+1,234.5 pp");
    }

    [Fact]
    public void Percentage_points_arithmetic_is_exact()
    {
        (PercentagePoints.Of(38) / 4).Should().Be(PercentagePoints.Of(9.5m), "17% → 55% over 2023–2027 is 9.5 pp a year");
        (PercentagePoints.Of(9.5m) * 4).Should().Be(PercentagePoints.Of(38));
        (PercentagePoints.Of(10) - PercentagePoints.Of(12)).Should().Be(PercentagePoints.Of(-2));
        (-PercentagePoints.Of(3)).Value.Should().Be(-3m);
        Action divideByZero = () => _ = PercentagePoints.Of(1) / 0;
        divideByZero.Should().Throw<DivideByZeroException>();
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Percentage_points_text_and_json_are_invariant(string culture)
    {
        using var scope = new CultureScope(culture);

        PercentagePoints.Parse("+38 pp").Should().Be(PercentagePoints.Of(38));
        PercentagePoints.Parse("-2.5pp").Should().Be(PercentagePoints.Of(-2.5m));
        JsonSerializer.Serialize(PercentagePoints.Of(-2.5m)).Should().Be("\"-2.5 pp\"");
        JsonSerializer.Deserialize<PercentagePoints>("\"+38 pp\"").Should().Be(PercentagePoints.Of(38));
    }

    [Theory]
    [InlineData("38")]
    [InlineData("38 %")]
    [InlineData("3,8 pp")]
    public void Percentage_points_parse_refuses_other_forms(string text)
    {
        Action act = () => PercentagePoints.Parse(text);

        act.Should().Throw<FormatException>().WithMessage("Percentage points must be written like \"+38 pp\"*");
    }

    [Fact]
    public void Ratio_may_exceed_one_but_not_be_negative()
    {
        Ratio.Of(3.2m).Value.Should().Be(3.2m);
        Ratio.FromPercent(65).Should().Be(Ratio.Of(0.65m));
        Ratio.Of(0.65m).Percent.Should().Be(65m);
        Action negative = () => Ratio.Of(-0.1m);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("value must not be negative; it was -0.1.*");
    }

    [Fact]
    public void Ratio_scales_money_exactly()
    {
        (Money.Billions(1, Currency.CNY) * Ratio.Of(1.5m)).Should().Be(Money.Millions(1500, Currency.CNY));
        (Ratio.Of(0.65m) * Money.Usd(100)).Should().Be(Money.Usd(65));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Ratio_text_and_json_are_invariant(string culture)
    {
        using var scope = new CultureScope(culture);

        Ratio.Of(0.65m).ToString().Should().Be("0.65x");
        Ratio.Parse("0.65x").Should().Be(Ratio.Of(0.65m));
        Ratio.Parse("2").Should().Be(Ratio.Of(2));
        JsonSerializer.Serialize(Ratio.Of(0.65m)).Should().Be("\"0.65x\"");
        JsonSerializer.Deserialize<Ratio>("\"0.65x\"").Should().Be(Ratio.Of(0.65m));
    }

    [Fact]
    public void Ratio_culture_format_uses_the_cultures_decimal_separator()
    {
        Ratio.Of(0.65m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("0,65×");
        Ratio.Of(0.65m).ToString("C", CultureInfo.GetCultureInfo("tr-TR")).Should().Be("0,65×");
        Ratio.Of(0.65m).ToString("C", CultureInfo.GetCultureInfo("zh-CN")).Should().Be("0.65×");
    }

    [Fact]
    public void Ratio_parse_refuses_negative_and_malformed_values()
    {
        Action negative = () => Ratio.Parse("-0.5");
        Action comma = () => Ratio.Parse("0,65");

        negative.Should().Throw<FormatException>().WithMessage("A ratio must not be negative; found -0.5.");
        comma.Should().Throw<FormatException>().WithMessage("A ratio must be a plain decimal*");
    }

    [Fact]
    public void Adding_percentage_points_refuses_a_sum_decimal_would_round()
    {
        // 10^28 + 0.1 needs 30 significant digits: decimal would give 10^28 and lose the 0.1 pp.
        PercentagePoints big = PercentagePoints.Of(10_000_000_000_000_000_000_000_000_000m);
        PercentagePoints small = PercentagePoints.Of(0.1m);

        ((Action)(() => _ = big + small)).Should().Throw<OverflowException>().WithMessage("*not rounded*");
        ((Action)(() => _ = big - small)).Should().Throw<OverflowException>().WithMessage("*not rounded*");
        (PercentagePoints.Of(1_000_000_000_000_000_000_000_000_000m) + small).Value.Should().Be(1_000_000_000_000_000_000_000_000_000.1m);
    }

    // PercentagePoints: "a product by a number is exact or refused, never rounded; only a quotient by a number is rounded,
    // once, at decimal's precision, as Money / decimal divides" (while Money × decimal rounds once).
    [Fact]
    public void Only_a_quotient_of_percentage_points_is_rounded_and_only_once()
    {
        decimal x = 0.1234567890123456789012345678m;

        (Money.Cny(x) * x).Amount.Should().Be(0.0152415787532388367504953515m, "money is rounded once at decimal's precision");
        ((Action)(() => _ = PercentagePoints.Of(x) * x)).Should().Throw<OverflowException>("a change in points is not");
        (PercentagePoints.Of(2m) / 3m).Value.Should().Be(0.6666666666666666666666666667m);
        (PercentagePoints.Of(2m) / 3m).Value.Should().Be((Money.Cny(2m) / 3m).Amount);
        (PercentagePoints.Of(0.0000000000000000000000000003m) / 2m).Value.Should().Be(0.0000000000000000000000000002m, "1.5 × 10^-28 rounds half to even");
        (PercentagePoints.Of(0.0000000000000000000000000005m) / 2m).Value.Should().Be(0.0000000000000000000000000002m, "2.5 × 10^-28 rounds half to even");
    }

    [Fact]
    public void Scaling_percentage_points_is_exact_or_refused()
    {
        // The product of two numbers with 28 decimals has 56: decimal would keep 28 of them.
        decimal x = 0.1234567890123456789012345678m;

        ((Action)(() => _ = PercentagePoints.Of(x) * x)).Should().Throw<OverflowException>().WithMessage("*not rounded*");
        (PercentagePoints.Of(2.5m) * 0.1m).Value.Should().Be(0.25m);
        (PercentagePoints.Of(0.1000000000000000000000000000m) * 0.5m).Value.Should().Be(0.05m, "29 decimals, but the last is a zero");
    }

    // PercentagePoints /: OverflowException "The quotient is outside the range of decimal", with a message naming the
    // operands, as Money's / gives (not decimal's bare "Value was either too large or too small for a Decimal").
    [Fact]
    public void A_quotient_of_percentage_points_that_overflows_names_its_operands()
    {
        PercentagePoints big = PercentagePoints.Of(decimal.MaxValue);

        Action divide = () => _ = big / 0.5m;

        divide.Should().Throw<OverflowException>()
            .WithMessage(FormattableString.Invariant($"Percentage points division (/) overflowed decimal: {big} / 0.5."))
            .WithInnerException<OverflowException>();
    }

    // Ratio.Percent: OverflowException "The ratio is above decimal.MaxValue / 100; the message names the ratio", as the
    // library's other overflows say what overflowed (Money: "Money multiplication (*) overflowed decimal: CNY ... * ...").
    [Fact]
    public void A_ratio_too_large_for_percent_says_which_ratio()
    {
        Ratio huge = Ratio.Of(1_000_000_000_000_000_000_000_000_000m);

        Func<decimal> percent = () => huge.Percent;

        percent.Should().Throw<OverflowException>().WithMessage("The ratio 1000000000000000000000000000x is too large for a percent: times 100 it is above decimal.MaxValue*");
        XmlDocs.ShouldThrowOnlyDocumented("P:AiRace.Core.Ratio.Percent", () => _ = huge.Percent);
        Ratio.Of(792_281_625_142_643_375_935_439_503.35m).Percent.Should().Be(decimal.MaxValue);
    }

    // Ratio.operator *(Money, Ratio): at decimal's precision, as Money times its value: exact when decimal holds the
    // product, otherwise rounded once to decimal's digits, never to minor units.
    [Fact]
    public void Scaling_money_by_a_ratio_is_at_decimals_precision_as_money_times_its_value()
    {
        Ratio twoThirds = Ratio.Of(0.6666666666666666666666666667m);

        (Money.Cny(1000.01m) * Ratio.Of(3.2m)).Should().Be(Money.Cny(3200.032m));
        (Money.Cny(1000.01m) * twoThirds).Should().Be(Money.Cny(666.67333333333333333333333337m), "the exact 666.673333333333333333333333366667 rounded once");
        (twoThirds * Money.Cny(1000.01m)).Should().Be(Money.Cny(1000.01m) * 0.6666666666666666666666666667m);
    }
}
