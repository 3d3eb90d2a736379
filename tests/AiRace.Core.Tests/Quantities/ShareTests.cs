using System.Globalization;
using System.Text.Json;
using CsCheck;

namespace AiRace.Core.Tests.Quantities;

public class ShareTests
{
    [Fact]
    public void Percent_and_fraction_factories_mean_the_same_share()
    {
        Share.FromPercent(55).Should().Be(Share.FromFraction(0.55m));
        Share.FromPercent(55).Fraction.Should().Be(0.55m);
        Share.FromFraction(0.17m).Percent.Should().Be(17m);
        default(Share).Should().Be(Share.Zero);
        Share.Whole.Percent.Should().Be(100m);
    }

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(100.0001)]
    [InlineData(155)]
    public void Percent_outside_0_to_100_is_refused(double percent)
    {
        Action act = () => Share.FromPercent((decimal)percent);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent").WithMessage("A share must be between 0% and 100%*");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(55)]
    public void Fraction_outside_0_to_1_is_refused_so_55_cannot_pass_as_a_fraction(double fraction)
    {
        Action act = () => Share.FromFraction((decimal)fraction);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fraction");
    }

    [Fact]
    public void A_percent_too_precise_to_divide_by_100_exactly_is_refused_not_rounded()
    {
        Action act = () => Share.FromPercent(1.2345678901234567890123456789m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*too many digits*");
    }

    [Fact]
    public void Subtracting_shares_gives_percentage_points()
    {
        PercentagePoints change = Share.FromPercent(55) - Share.FromPercent(17);

        change.Should().Be(PercentagePoints.Of(38));
        (Share.FromPercent(17) - Share.FromPercent(55)).Value.Should().Be(-38m);
    }

    [Fact]
    public void Adding_percentage_points_to_a_share_is_range_checked()
    {
        (Share.FromPercent(17) + PercentagePoints.Of(38)).Should().Be(Share.FromPercent(55));
        (Share.FromPercent(55) - PercentagePoints.Of(38)).Should().Be(Share.FromPercent(17));

        Action over = () => _ = Share.FromPercent(70) + PercentagePoints.Of(31);
        Action under = () => _ = Share.FromPercent(17) - PercentagePoints.Of(18);

        over.Should().Throw<ArgumentOutOfRangeException>().WithMessage("70% + 31 pp is 101%, outside [0%, 100%].*");
        under.Should().Throw<ArgumentOutOfRangeException>().WithMessage("17% - 18 pp is -1%, outside [0%, 100%].*");
    }

    [Fact]
    public void A_share_of_money_is_money_exactly()
    {
        Money whole = Money.Billions(1, Currency.CNY);

        (Share.FromPercent(60) * whole).Should().Be(Money.Millions(600, Currency.CNY));
        (whole * Share.FromPercent(33.3m)).Should().Be(Money.Millions(333, Currency.CNY));
        (Share.FromPercent(1) * Money.Usd(0.01m)).Amount.Should().Be(0.0001m, "nothing is rounded to cents");
    }

    [Fact]
    public void Shares_compare_and_order()
    {
        (Share.FromPercent(17) < Share.FromPercent(55)).Should().BeTrue();
        (Share.FromPercent(55) >= Share.FromFraction(0.55m)).Should().BeTrue();
        new[] { Share.FromPercent(70), Share.FromPercent(17), Share.FromPercent(55) }.Order().Should().Equal(Share.FromPercent(17), Share.FromPercent(55), Share.FromPercent(70));
        Share.FromPercent(50).Complement().Should().Be(Share.FromPercent(50));
        Share.FromPercent(83).Complement().Should().Be(Share.FromPercent(17));
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Invariant_text_and_json_do_not_depend_on_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        Share.FromPercent(12.5m).ToString().Should().Be("12.5%");
        Share.Parse("12.5%").Should().Be(Share.FromPercent(12.5m));
        $"{Share.FromPercent(55)}".Should().Be("55%");
        JsonSerializer.Serialize(Share.FromPercent(12.5m)).Should().Be("\"12.5%\"");
        JsonSerializer.Deserialize<Share>("\"12.5%\"").Should().Be(Share.FromPercent(12.5m));
    }

    [Fact]
    public void Culture_format_uses_each_cultures_percent_pattern_and_separators_without_rounding()
    {
        Share share = Share.FromPercent(12.5m);

        share.ToString("C", CultureInfo.GetCultureInfo("en-US")).Should().Be("12.5%");
        share.ToString("C", CultureInfo.GetCultureInfo("tr-TR")).Should().Be("%12,5");
        share.ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().MatchRegex("^12,5\\s%$", "de-DE puts a (no-break) space before the sign");
        share.ToString("C", CultureInfo.GetCultureInfo("zh-CN")).Should().Be("12.5%");
        share.ToString("C", CultureInfo.GetCultureInfo("ar-SA")).Should().Be("12\u066B5\u066A\u061C", "ar-SA uses the Arabic decimal separator and percent sign");
        Share.FromPercent(33.333m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().StartWith("33,333");
    }

    [Theory]
    [InlineData("55", "ending in '%'")]
    [InlineData("55,5%", "unexpected character ','")]
    [InlineData("1e2%", "unexpected character 'e'")]
    [InlineData("101%", "between 0% and 100%")]
    [InlineData("-1%", "between 0% and 100%")]
    [InlineData("", "ending in '%'")]
    public void Parse_refuses_malformed_text_with_a_reason(string text, string reason)
    {
        Action act = () => Share.Parse(text);

        act.Should().Throw<FormatException>().Which.Message.Should().Contain(reason);
        Share.TryParse(text, CultureInfo.InvariantCulture, out _).Should().BeFalse();
    }

    [Fact]
    public void Json_refuses_numbers_and_out_of_range_values()
    {
        Action number = () => JsonSerializer.Deserialize<Share>("55");
        Action range = () => JsonSerializer.Deserialize<Share>("\"120%\"");

        number.Should().Throw<JsonException>().WithMessage("A share must be a JSON string such as \"55%\"; found a number.");
        range.Should().Throw<JsonException>().WithMessage("A share must be between 0% and 100%; found 120%.");
    }

    [Fact]
    public void Text_and_json_round_trip_exactly()
    {
        Gen.Int[0, 1_000_000].ForAll(0x13_47, 1_000, n =>
        {
            Share share = Share.FromPercent(n / 10_000m);
            Share.Parse(share.ToString()).Should().Be(share);
            JsonSerializer.Deserialize<Share>(JsonSerializer.Serialize(share)).Should().Be(share);
            share.Percent.Should().Be(n / 10_000m);
        });
    }

    [Fact]
    public void Difference_then_sum_returns_the_original_share()
    {
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 10_000]).ForAll(0x13_48, 1_000, (a, b) =>
        {
            Share x = Share.FromPercent(a / 100m), y = Share.FromPercent(b / 100m);
            (y + (x - y)).Should().Be(x);
        });
    }

    [Fact]
    public void Moving_a_share_by_points_it_cannot_hold_exactly_is_refused_not_rounded()
    {
        // 99.99999999999999999999999999% + 0.000000000000000000000000004 pp needs more digits than decimal holds;
        // rounding would give back the same share, as if the move were not there.
        Share nearlyAll = Share.FromFraction(0.9999999999999999999999999999m);
        PercentagePoints move = PercentagePoints.Of(0.000000000000000000000000004m);

        Action act = () => _ = nearlyAll + move;

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*not rounded*");
    }

    // Share.operator *(Share, Money): "at decimal's precision as Money.op_Multiply(Money, decimal) multiplies": the
    // exact part when decimal holds it, otherwise rounded once, half to even, to decimal's digits; never to minor units.
    [Fact]
    public void A_share_of_money_is_exact_when_decimal_holds_it_and_otherwise_rounded_once_at_decimals_precision()
    {
        Share third = Share.FromFraction(0.3333333333333333333333333333m);

        // a third of a round budget is exact; a budget kept to the fen is not: the exact part of CNY 1,000.01 has 30
        // decimals (333.336666666666666666666666633333), and decimal keeps 29 significant digits of it
        (third * Money.Cny(1_000_000_000m)).Should().Be(Money.Cny(333_333_333.3333333333333333333m));
        (Money.Cny(1000.01m) * third).Should().Be(Money.Cny(333.33666666666666666666666663m));
        (third * Money.Cny(1000.01m)).Should().Be(Money.Cny(1000.01m) * 0.3333333333333333333333333333m, "as Money times the fraction");

        // rounded once, half to even: 3 × 10^-28 at 50% is 1.5 × 10^-28, which is 2 × 10^-28; 1 × 10^-28 at 50% is 0
        (Money.Cny(0.0000000000000000000000000003m) * Share.FromPercent(50)).Should().Be(Money.Cny(0.0000000000000000000000000002m));
        (Money.Cny(0.0000000000000000000000000001m) * Share.FromPercent(50)).Should().Be(Money.Cny(0m));
        (Money.Cny(1000.01m) * Share.FromPercent(60)).Should().Be(Money.Cny(600.006m), "never rounded to the fen");
    }
}
