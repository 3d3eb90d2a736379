using System;
using System.Globalization;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

public partial class MoneyTests
{
    [Fact]
    public void ToString_IsTheCanonicalInvariantForm()
    {
        M.Billions(1, Currency.CNY).ToString().Should().Be("CNY 1,000,000,000.00");
        M.Cny(1.005m).ToString().Should().Be("CNY 1.005", "digits beyond the minor units are shown, never rounded away");
        M.Jpy(1500).ToString().Should().Be("JPY 1,500");
        M.Of(1.5m, "KWD").ToString().Should().Be("KWD 1.500");
        M.Usd(-5.25m).ToString().Should().Be("USD -5.25");
        new M(1.5m, Currency.XAU).ToString().Should().Be("XAU 1.5");
        M.Billions(1, Currency.CNY).ToString("R", null).Should().Be("CNY 1000000000.00");
    }

    [Theory]
    [InlineData(1_000_000_000_000, "CNY", "CNY 1T")]
    [InlineData(138_000_000_000, "USD", "USD 138B")]
    [InlineData(600_000_000, "CNY", "CNY 600M")]
    [InlineData(8_200_000_000, "USD", "USD 8.2B")]
    [InlineData(250_000, "CNY", "CNY 250K")]
    [InlineData(999, "CNY", "CNY 999")]
    [InlineData(-1_500_000_000, "EUR", "EUR -1.5B")]
    [InlineData(1_234_567_891, "USD", "USD 1.234567891B")]
    public void Compact_IsExact(long amount, string code, string expected) =>
        M.Of(amount, code).ToString("K", null).Should().Be(expected);

    [Theory]
    [InlineData("K2", "≈ USD 139.32B")]
    [InlineData("K0", "≈ USD 139B")]
    [InlineData("K9", "USD 139.318454122B")]
    public void CompactRounded_SaysWhenItRounded(string format, string expected) =>
        M.Usd(139_318_454_122.433m).ToString(format, null).Should().Be(expected.Replace("USD 139.318454122B", "≈ USD 139.318454122B", StringComparison.Ordinal));

    [Fact]
    public void CompactRounded_WithoutLoss_HasNoMark() =>
        M.Billions(8.2m, Currency.USD).ToString("K2", null).Should().Be("USD 8.2B");

    [Fact]
    public void UnknownFormat_Throws() =>
        ((Action)(() => M.Cny(1).ToString("X", null))).Should().Throw<FormatException>().WithMessage("'X' is not a Money format*");

    [Theory]
    [InlineData("de-DE", "1.000.000.000,00 CNY")]
    [InlineData("en-US", "CNY1,000,000,000.00")]
    [InlineData("fr-FR", "1 000 000 000,00 CNY")]
    public void CultureForm_UsesTheProvidersPatternWithTheIsoCode(string culture, string expected)
    {
        string text = M.Billions(1, Currency.CNY).ToString("C", CultureInfo.GetCultureInfo(culture));
        text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void CanonicalAndCompact_AreTheSameUnderEveryCulture(string culture)
    {
        using var scope = new CultureScope(culture);
        M.Billions(1, Currency.CNY).ToString().Should().Be("CNY 1,000,000,000.00");
        M.Billions(8.2m, Currency.USD).ToString("K", null).Should().Be("USD 8.2B");
        $"{M.Cny(1234.5m)}".Should().Be("CNY 1,234.50");
        M.Parse("CNY 1,234.50").Should().Be(M.Cny(1234.5m));
        M.Cny(1234.5m).ToString("C", null).Should().Contain("CNY");
    }

    [Fact]
    public void TryFormat_ReportsTooSmallDestination()
    {
        Span<char> small = stackalloc char[6];
        M.Billions(1, Currency.CNY).TryFormat(small, out int written, "G", null).Should().BeFalse();
        Span<char> enough = stackalloc char[64];
        M.Billions(1, Currency.CNY).TryFormat(enough, out written, default, null).Should().BeTrue();
        new string(enough[..written]).Should().Be("CNY 1,000,000,000.00");
    }
}
