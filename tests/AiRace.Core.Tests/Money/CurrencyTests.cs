using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AiRace.Core.Tests;

public class CurrencyTests
{
    // Debian's iso-codes package (installed by .ci/run) is the independent copy of ISO 4217.
    private const string IsoCodesPath = "/usr/share/iso-codes/json/iso_4217.json";

    // Amendments published after that copy (iso-codes 4.15, 2023): what ISO has withdrawn and added since.
    private static readonly string[] WithdrawnSinceCopy = { "ANG", "HRK", "SLL", "ZWL" };
    private static readonly string[] AddedSinceCopy = { "XCG", "ZWG" };

    [Fact]
    public void Table_MatchesTheIndependentIsoCodesList_CodesNumbersAndCount()
    {
        File.Exists(IsoCodesPath).Should().BeTrue($"{IsoCodesPath} comes from Debian's iso-codes package, which .ci/run installs");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(IsoCodesPath));
        Dictionary<string, int> copy = doc.RootElement.GetProperty("4217").EnumerateArray()
            .ToDictionary(e => e.GetProperty("alpha_3").GetString()!, e => int.Parse(e.GetProperty("numeric").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        var expected = copy.Keys.Except(WithdrawnSinceCopy).Concat(AddedSinceCopy).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var ours = Currency.All.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
        ours.Should().Equal(expected);

        foreach (Currency currency in Currency.All.Where(c => copy.ContainsKey(c.Code)))
        {
            currency.NumericCode.Should().Be(copy[currency.Code], $"the numeric code of {currency.Code}");
        }

        Currency.FromCode("ZWG").NumericCode.Should().Be(924);
        Currency.FromCode("XCG").NumericCode.Should().Be(532);
    }

    [Fact]
    public void MinorUnits_FollowIso4217_ZeroThreeFourAndNone()
    {
        // ISO 4217's exceptions to two minor units, written out independently of the embedded table.
        string[] zero = { "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF" };
        string[] three = { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };
        string[] four = { "CLF", "UYW" };
        string[] none = { "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX" };
        foreach (Currency c in Currency.All)
        {
            int? expected = zero.Contains(c.Code) ? 0 : three.Contains(c.Code) ? 3 : four.Contains(c.Code) ? 4 : none.Contains(c.Code) ? null : 2;
            c.MinorUnits.Should().Be(expected, $"the minor units of {c.Code}");
        }
    }

    [Fact]
    public void SpecialCodes_AreMarkedByKind()
    {
        Currency.XAU.Kind.Should().Be(CurrencyKind.PreciousMetal);
        Currency.XDR.Kind.Should().Be(CurrencyKind.UnitOfAccount);
        Currency.FromCode("XTS").Kind.Should().Be(CurrencyKind.Testing);
        Currency.XXX.Kind.Should().Be(CurrencyKind.NoCurrency);
        Currency.FromCode("USN").Kind.Should().Be(CurrencyKind.Fund);
        Currency.EUR.Kind.Should().Be(CurrencyKind.Supranational);
        Currency.CNY.Kind.Should().Be(CurrencyKind.National);
        Currency.All.Count(c => c.Kind == CurrencyKind.PreciousMetal).Should().Be(4);
    }

    [Fact]
    public void StaticMembers_HaveTheirIsoData()
    {
        Currency.CNY.Code.Should().Be("CNY");
        Currency.CNY.NumericCode.Should().Be(156);
        Currency.CNY.MinorUnits.Should().Be(2);
        Currency.CNY.Name.Should().Be("Yuan Renminbi");
        Currency.USD.NumericCode.Should().Be(840);
        Currency.JPY.MinorUnits.Should().Be(0);
        Currency.EUR.NumericCode.Should().Be(978);
        Currency.GBP.NumericCode.Should().Be(826);
        Currency.FromCode("KWD").MinorUnits.Should().Be(3);
    }

    [Fact]
    public void Default_IsXxxNoCurrency()
    {
        default(Currency).Should().Be(Currency.XXX);
        default(Currency).Code.Should().Be("XXX");
        default(Currency).Should().NotBe(Currency.USD);
    }

    [Fact]
    public void Lookups_ByCodeAndNumber_AgreeForEveryCurrency()
    {
        Currency.All.Should().HaveCount(179);
        foreach (Currency c in Currency.All)
        {
            Currency.FromCode(c.Code).Should().Be(c);
            Currency.FromNumericCode(c.NumericCode).Should().Be(c);
            Currency.TryFromCode(c.Code.AsSpan(), out Currency viaSpan).Should().BeTrue();
            viaSpan.Should().Be(c);
        }
    }

    [Theory]
    [InlineData("RMB", "CNY", "'RMB' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.")]
    [InlineData("yuan", "CNY", "'yuan' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.")]
    [InlineData("renminbi", "CNY", "'renminbi' is not an ISO 4217 currency code; for the Chinese renminbi (yuan) use 'CNY'.")]
    [InlineData("US$", "USD", "'US$' is not an ISO 4217 currency code; for the US dollar use 'USD'.")]
    [InlineData("dollar", "USD", "'dollar' is not an ISO 4217 currency code; for the US dollar use 'USD'.")]
    [InlineData("euro", "EUR", "'euro' is not an ISO 4217 currency code; for the euro use 'EUR'.")]
    [InlineData("cny", "CNY", "'cny' is not an ISO 4217 currency code: codes are exactly three upper-case letters; did you mean 'CNY'?")]
    [InlineData("HRK", "EUR", "'HRK' (Kuna) was withdrawn from ISO 4217 on 2023-01-01; its successor is 'EUR'.")]
    [InlineData("ABC", null, "'ABC' is not an active ISO 4217 currency code.")]
    [InlineData("CNH", "CNY", "'CNH' is not an ISO 4217 currency code; for the Chinese renminbi (CNH is a market code for the offshore yuan, not an ISO 4217 code) use 'CNY'.")]
    [InlineData("US dollars", "USD", "'US dollars' is not an ISO 4217 currency code; for the US dollar use 'USD'.")]
    [InlineData("dollars", "USD", "'dollars' is not an ISO 4217 currency code; for the US dollar use 'USD'.")]
    [InlineData("$", "USD", "'$' is not an ISO 4217 currency code; for the US dollar use 'USD'.")]
    [InlineData("euros", "EUR", "'euros' is not an ISO 4217 currency code; for the euro use 'EUR'.")]
    [InlineData("€", "EUR", "'€' is not an ISO 4217 currency code; for the euro use 'EUR'.")]
    [InlineData("yen", "JPY", "'yen' is not an ISO 4217 currency code; for the Japanese yen use 'JPY'.")]
    [InlineData("pound", "GBP", "'pound' is not an ISO 4217 currency code; for the pound sterling use 'GBP'.")]
    [InlineData("pounds", "GBP", "'pounds' is not an ISO 4217 currency code; for the pound sterling use 'GBP'.")]
    [InlineData("sterling", "GBP", "'sterling' is not an ISO 4217 currency code; for the pound sterling use 'GBP'.")]
    [InlineData("£", "GBP", "'£' is not an ISO 4217 currency code; for the pound sterling use 'GBP'.")]
    [InlineData("HK$", "HKD", "'HK$' is not an ISO 4217 currency code; for the Hong Kong dollar use 'HKD'.")]
    [InlineData("NT$", "TWD", "'NT$' is not an ISO 4217 currency code; for the New Taiwan dollar use 'TWD'.")]
    [InlineData("won", "KRW", "'won' is not an ISO 4217 currency code; for the South Korean won use 'KRW'.")]
    [InlineData("US dollar", "USD", "'US dollar' is not an ISO 4217 currency code; for the US dollar use 'USD'.")]
    [InlineData("￥", null, "'￥' is not an ISO 4217 currency code: it means either the Chinese yuan (CNY) or the Japanese yen (JPY); name the code.")]
    [InlineData(" usd ", "USD", "' usd ' is not an ISO 4217 currency code: codes are exactly three upper-case letters; did you mean 'USD'?")]
    [InlineData("ANG", "XCG", "'ANG' (Netherlands Antillean Guilder) was withdrawn from ISO 4217; its successor is 'XCG'.")]
    [InlineData("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ", null, "'ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ' is not an active ISO 4217 currency code.")]
    [InlineData("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJK", null, "'ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ…' is not an active ISO 4217 currency code.")]
    [InlineData("", null, "An empty string is not an ISO 4217 currency code; give three upper-case letters such as 'CNY' or 'USD'.")]
    [InlineData("¥", null, "'¥' is not an ISO 4217 currency code: it means either the Chinese yuan (CNY) or the Japanese yen (JPY); name the code.")]
    public void FromCode_Unknown_ThrowsWithTheIntendedCode(string code, string? suggestion, string message)
    {
        Action act = () => Currency.FromCode(code);
        var ex = act.Should().Throw<UnknownCurrencyException>().Which;
        ex.Message.Should().Be(message);
        ex.Code.Should().Be(code);
        ex.SuggestedCode.Should().Be(suggestion);
        Currency.TryFromCode(code, out _).Should().BeFalse();
    }

    [Fact]
    public void FromNumericCode_Unknown_Throws()
    {
        Action act = () => Currency.FromNumericCode(1);
        act.Should().Throw<UnknownCurrencyException>().WithMessage("001 is not the numeric code of an active ISO 4217 currency.")
            .Which.Code.Should().Be("001");
    }

    [Fact]
    public void All_IsXxxFirst_ThenInCodeOrder()
    {
        Currency.All[0].Should().Be(Currency.XXX);
        Currency.All.Skip(1).Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Currency.All.Select(c => c.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void FromCode_Null_Throws() =>
        ((Action)(() => Currency.FromCode((string)null!))).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Json_RoundTripsAsTheCode()
    {
        JsonSerializer.Serialize(Currency.CNY).Should().Be("\"CNY\"");
        JsonSerializer.Deserialize<Currency>("\"JPY\"").Should().Be(Currency.JPY);
        Action bad = () => JsonSerializer.Deserialize<Currency>("\"RMB\"");
        bad.Should().Throw<JsonException>().WithMessage("*use 'CNY'*");
        var dict = new Dictionary<Currency, int> { [Currency.USD] = 1 };
        JsonSerializer.Deserialize<Dictionary<Currency, int>>(JsonSerializer.Serialize(dict)).Should().Equal(dict);
    }

    [Fact]
    public void Ordering_IsByCode()
    {
        new[] { Currency.USD, Currency.CNY, Currency.EUR }.Order().Select(c => c.Code).Should().Equal("CNY", "EUR", "USD");
        (Currency.CNY < Currency.USD).Should().BeTrue();
    }

    [Fact]
    public void OrderingOperators_AreStrict_AndEqualCurrenciesCompareEqual()
    {
        Currency cny = Currency.CNY, usd = Currency.USD, alsoCny = Currency.FromCode("CNY");
        (cny < usd).Should().BeTrue();
        (usd < cny).Should().BeFalse();
        (cny < alsoCny).Should().BeFalse("a currency is not before itself");
        (usd > cny).Should().BeTrue();
        (cny > usd).Should().BeFalse();
        (cny > alsoCny).Should().BeFalse();
        (cny <= alsoCny).Should().BeTrue();
        (cny <= usd).Should().BeTrue();
        (usd <= cny).Should().BeFalse();
        (cny >= alsoCny).Should().BeTrue();
        (usd >= cny).Should().BeTrue();
        (cny >= usd).Should().BeFalse();
        (cny == alsoCny).Should().BeTrue();
        (cny != alsoCny).Should().BeFalse();
        (cny != usd).Should().BeTrue();
        cny.CompareTo(alsoCny).Should().Be(0);
    }

    [Fact]
    public void IComparable_PutsNullFirst_AndRefusesOtherTypes()
    {
        IComparable cny = Currency.CNY;
        cny.CompareTo(null).Should().BePositive();
        cny.CompareTo(Currency.USD).Should().BeNegative();
        cny.CompareTo(Currency.CNY).Should().Be(0);
        ((Action)(() => cny.CompareTo("CNY"))).Should().Throw<ArgumentException>()
            .WithMessage("Cannot compare a Currency with a String.*").Which.ParamName.Should().Be("obj");
    }
}
