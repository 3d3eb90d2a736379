using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>Formatting and parsing without a format provider (issue 15 §2), under the cultures users run.</summary>
public partial class MoneyTests
{
    public static TheoryData<string> UserCultures => new() { "tr-TR", "de-DE", "zh-CN", "ar-SA" };

    [Theory]
    [MemberData(nameof(UserCultures))]
    public void ToStringWithAFormat_NeedsNoProvider_AndIsInvariantExceptForC(string culture)
    {
        using var scope = new CultureScope(culture);
        M total = M.Billions(1, Currency.CNY);
        total.ToString("K").Should().Be("CNY 1B");
        M.Usd(139_318_454_122.433m).ToString("K2").Should().Be("≈ USD 139.32B");
        total.ToString("G").Should().Be("CNY 1,000,000,000.00");
        total.ToString("R").Should().Be("CNY 1000000000.00");
        total.ToString((string?)null).Should().Be(total.ToString());
        total.ToString("C").Should().Be(total.ToString("C", CultureInfo.CurrentCulture), "C alone is the current culture's pattern");
        ((Action)(() => total.ToString("X"))).Should().Throw<FormatException>();
    }

    [Theory]
    [MemberData(nameof(UserCultures))]
    public void Parse_NeedsNoProvider_AndReadsTheSameUnderEveryCulture(string culture)
    {
        using var scope = new CultureScope(culture);
        M.Parse("CNY 1,000,000,000.00").Should().Be(M.Billions(1, Currency.CNY));
        M.Parse("USD -5.25".AsSpan()).Should().Be(M.Usd(-5.25m));
        M.TryParse("CNY 1.000.000,00", out _).Should().BeFalse("the canonical form is invariant, whatever the culture writes");
        M.TryParse("JPY 1,500".AsSpan(), out M yen).Should().BeTrue();
        yen.Should().Be(M.Jpy(1500));
        M.TryParse((string?)null, out _).Should().BeFalse();
        ((Action)(() => M.Parse((string)null!))).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [MemberData(nameof(UserCultures))]
    public void ThroughIParsable_TheProviderIsIgnored(string culture)
    {
        var provider = CultureInfo.GetCultureInfo(culture);
        ParseGeneric<M>("CNY 1,000.50", provider).Should().Be(M.Cny(1000.50m));
        ParseGeneric<M>("CNY 1,000.50", null).Should().Be(M.Cny(1000.50m));
    }

    private static T ParseGeneric<T>(string s, IFormatProvider? provider)
        where T : IParsable<T> => T.Parse(s, provider);

    [Fact]
    public void NoPublicParseOverloadTakesAProvider_SoParseWithoutOneIsNotACa1305Warning()
    {
        // CA1305 flags a call of Parse(string) whenever the type also has a public Parse overload with an
        // IFormatProvider. The canonical form ignores the provider, so those overloads are explicit implementations
        // of IParsable and ISpanParsable only.
        typeof(M).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name is "Parse" or "TryParse")
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(IFormatProvider)))
            .Should().BeEmpty();
        typeof(IParsable<M>).IsAssignableFrom(typeof(M)).Should().BeTrue();
        typeof(ISpanParsable<M>).IsAssignableFrom(typeof(M)).Should().BeTrue();
    }
}
