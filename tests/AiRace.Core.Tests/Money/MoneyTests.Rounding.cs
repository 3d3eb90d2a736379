using System;
using System.Linq;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public partial class MoneyTests
{
    [Theory]
    [InlineData("CNY", 2.345, MidpointRounding.ToEven, 2.34)]
    [InlineData("CNY", 2.345, MidpointRounding.AwayFromZero, 2.35)]
    [InlineData("JPY", 2.5, MidpointRounding.ToEven, 2)]
    [InlineData("JPY", 2.5, MidpointRounding.AwayFromZero, 3)]
    [InlineData("KWD", 1.23456, MidpointRounding.ToZero, 1.234)]
    [InlineData("CLF", 1.234567, MidpointRounding.ToEven, 1.2346)]
    public void Round_ToMinorUnits_WithTheStatedMode(string code, double amount, MidpointRounding mode, double expected)
    {
        // InlineData cannot hold decimals; the doubles here are exact enough to convert to the intended decimals.
        decimal a = decimal.Parse(amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        decimal e = decimal.Parse(expected.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        M.Of(a, code).Round(mode).Amount.Should().Be(e);
    }

    [Fact]
    public void Round_ToDecimals_AndInvalidArguments()
    {
        M.Usd(1.23456m).Round(3, MidpointRounding.ToEven).Amount.Should().Be(1.235m);
        ((Action)(() => M.Usd(1).Round(29, MidpointRounding.ToEven))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("decimals must be between 0 and 28; it was 29.*");
        ((Action)(() => M.Usd(1).Round((MidpointRounding)42))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*undefined MidpointRounding value 42*");
    }

    [Fact]
    public void Round_CurrencyWithoutMinorUnits_Throws()
    {
        ((Action)(() => new M(1.5m, Currency.XAU).Round(MidpointRounding.ToEven)))
            .Should().Throw<InvalidOperationException>().WithMessage("XAU (Gold) has no minor unit in ISO 4217; round with Round(decimals, mode) instead.");
        new M(1.25m, Currency.XAU).Round(1, MidpointRounding.ToEven).Amount.Should().Be(1.2m);
    }

    [Fact]
    public void IsWholeMinorUnits_DetectsSubMinorAmounts()
    {
        M.Cny(1.25m).IsWholeMinorUnits.Should().BeTrue();
        M.Cny(1.255m).IsWholeMinorUnits.Should().BeFalse();
        M.Jpy(3m).IsWholeMinorUnits.Should().BeTrue();
        M.Jpy(3.5m).IsWholeMinorUnits.Should().BeFalse();
    }

    [Fact]
    public void Round_with_an_undefined_mode_throws_only_documented_exceptions()
    {
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.Money.Round(System.MidpointRounding)", () => M.Cny(1.005m).Round((MidpointRounding)9));
        XmlDocs.ShouldThrowOnlyDocumented("M:AiRace.Core.Money.Round(System.Int32,System.MidpointRounding)", () => M.Cny(1.005m).Round(2, (MidpointRounding)9));
    }
}
