using System;
using System.Linq;
using System.Text.Json;
using M = AiRace.Core.Money;

namespace AiRace.Core.Tests;

/// <summary>Money at the edges of decimal: the values issue 13 §1 found broken, each reproduced.</summary>
public partial class MoneyTests
{
    /// <summary>Amounts at decimal's limits: 29 significant digits from a division, the largest and smallest values,
    /// 10^28, the smallest positive step, and the most decimals at full precision.</summary>
    public static TheoryData<decimal> EdgeAmounts => new()
    {
        1_000_000m / 7m,                      // 142857.14285714285714285714286: 29 significant digits
        -1_000_000m / 7m,
        1m / 3m,                              // 0.3333333333333333333333333333: 28 decimals
        decimal.MaxValue,
        decimal.MinValue,
        10_000_000_000_000_000_000_000_000_000m, // 10^28
        0.0000000000000000000000000001m,      // 10^-28
        -0.0000000000000000000000000001m,
        7.9228162514264337593543950335m,      // 2^96 - 1 at scale 28
        15944399968441568132683696711m,
        700000000000000000000000000.01m,
    };

    [Theory]
    [MemberData(nameof(EdgeAmounts))]
    public void Text_RoundTripsAtTheEdgesOfDecimal_InBothCanonicalForms(decimal amount)
    {
        foreach (Currency currency in new[] { Currency.CNY, Currency.JPY, Currency.FromCode("KWD"), Currency.XAU })
        {
            var m = new M(amount, currency);
            M.Parse(m.ToString()).Should().Be(m, "G form {0}", m.ToString());
            M.Parse(m.ToString("R", null)).Should().Be(m, "R form {0}", m.ToString("R", null));
        }
    }

    [Theory]
    [MemberData(nameof(EdgeAmounts))]
    public void Json_RoundTripsAtTheEdgesOfDecimal(decimal amount)
    {
        var m = new M(amount, Currency.CNY);
        string json = JsonSerializer.Serialize(m);
        M back = JsonSerializer.Deserialize<M>(json);
        back.Should().Be(m, json);
        back.Amount.Scale.Should().Be(amount.Scale, json);
    }

    [Fact]
    public void Parse_TheIssuesExample_OneMillionYuanBySeven()
    {
        M seventh = M.Cny(1_000_000m) / 7m;
        seventh.ToString().Should().Be("CNY 142,857.14285714285714285714286");
        M.Parse("CNY 142,857.14285714285714285714286").Should().Be(seventh);
    }

    [Theory]
    [InlineData("CNY 79,228,162,514,264,337,593,543,950,336", "outside the range of decimal")]
    [InlineData("CNY 0.00000000000000000000000000001", "decimals")]
    [InlineData("CNY 10.0000000000000000000000000001", "significant digits")]
    [InlineData("CNY 79,228,162,514,264,337,593,543,950,336.5", "outside the range of decimal")]
    [InlineData("CNY 142,857.142857142857142857142857", "significant digits")]
    public void Parse_StillRefusesWhatDecimalCannotHoldExactly(string text, string reason) =>
        ((Action)(() => M.Parse(text))).Should().Throw<MoneyFormatException>().WithMessage($"*{reason}*");

    [Theory]
    [InlineData("CNY 79,228,162,514,264,337,593,543,950,335.00", "79228162514264337593543950335")]
    [InlineData("CNY 0.00000000000000000000000000010", "0.0000000000000000000000000001")]
    [InlineData("CNY 1.000000000000000000000000000000000", "1")]
    public void Parse_TrailingZerosBeyondDecimalsPrecisionAreNotDigitsLost(string text, string amount) =>
        M.Parse(text).Amount.Should().Be(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("{\"amount\":\"\\u0031\",\"currency\":\"CNY\"}", "1")]
    [InlineData("{\"amount\":\"\\u0031\\u0030.5\\u0030\",\"currency\":\"\\u0043NY\"}", "10.50")]
    [InlineData("{\"\\u0061mount\":\"2\",\"currency\":\"CNY\"}", "2")]
    public void Json_AcceptsEscapedCharacters(string json, string amount)
    {
        M m = JsonSerializer.Deserialize<M>(json);
        m.Should().Be(M.Cny(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        m.Amount.Scale.Should().Be(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture).Scale);
    }

    [Fact]
    public void Json_AnEscapedAmountThatIsNotANumber_IsRefusedWithTheUnescapedText() =>
        ((Action)(() => JsonSerializer.Deserialize<M>("{\"amount\":\"\\u0031x\",\"currency\":\"CNY\"}")))
            .Should().Throw<JsonException>().WithMessage("\"amount\" '1x' is not a plain decimal number: unexpected character 'x' at position 1.");

    [Theory]
    [InlineData("{\"amount\":\"\\ud800\",\"currency\":\"CNY\"}")]
    [InlineData("{\"amount\":\"1\",\"currency\":\"\\ud800\"}")]
    [InlineData("{\"\\udc00\":\"1\",\"currency\":\"CNY\"}")]
    [InlineData("{\"amount\":\"1\",\"currency\":\"CNY\",\"\\ud800x\":1}")]
    [InlineData("{\"amount\":[1],\"currency\":\"CNY\"}")]
    [InlineData("{\"amount\":\"1\",\"currency\":{}}")]
    [InlineData("{\"amount\":\"1\"")]
    [InlineData("{\"amount\"")]
    public void Json_LoneSurrogatesAndBrokenDocuments_AreJsonExceptions(string json) =>
        ((Action)(() => JsonSerializer.Deserialize<M>(json))).Should().Throw<JsonException>();

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"CN\\udfff\"")]
    public void Json_CurrencyWithALoneSurrogate_IsAJsonException(string json) =>
        ((Action)(() => JsonSerializer.Deserialize<Currency>(json))).Should().Throw<JsonException>();

    [Fact]
    public void Allocate_LargeYenInTwo_AddsUpToTheWhole()
    {
        M whole = M.Jpy(15944399968441568132683696711m);
        M[] parts = whole.Allocate(2);
        parts.Select(p => p.Amount).Should().Equal(7972199984220784066341848356m, 7972199984220784066341848355m);
        parts.Sum(Currency.JPY).Should().Be(whole);
    }

    [Fact]
    public void Allocate_LargeYuanInThree_AddsUpToTheWhole()
    {
        M whole = M.Cny(700000000000000000000000000.01m);
        M[] parts = whole.Allocate(3);
        parts.Select(p => p.Amount).Should().Equal(233333333333333333333333333.34m, 233333333333333333333333333.34m, 233333333333333333333333333.33m);
        parts.Sum(Currency.CNY).Should().Be(whole);
    }

    [Theory]
    [InlineData("-186005668245391019735884460.29")] // decimal rounds units × r / r up to …030
    [InlineData("-143315848499301590598952917.73")]
    [InlineData("210840692856931216675604856.38")]
    [InlineData("-40115775266044975984003394.28")]
    public void Allocate_OneRatio_GivesTheWholeBack(string amount)
    {
        M whole = M.Cny(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        whole.Allocate(new[] { 0.771975234044704m }).Should().Equal(whole);
    }

    [Fact]
    public void Allocate_UnitsTimesRatioBeyondDecimal_StillExact()
    {
        // 10^14 fen × 10^15 overflows decimal although every part fits. Exact shares: 99,999,999,999,999.9000… fen
        // and 0.0999… fen; the one fen left over goes to the first.
        M[] parts = M.Cny(1_000_000_000_000m).Allocate(new[] { 1e15m, 1m });
        parts.Select(p => p.Amount).Should().Equal(1_000_000_000_000.00m, 0m);
        M[] three = M.Cny(1_000_000_000_000m).Allocate(new[] { 1e15m, 1e14m, 1e14m });
        three.Select(p => p.Amount).Should().Equal(833_333_333_333.34m, 83_333_333_333.33m, 83_333_333_333.33m);
        parts.Sum(Currency.CNY).Should().Be(M.Cny(1_000_000_000_000m));
    }

    [Fact]
    public void Allocate_ExactRemaindersDecideWhoGetsTheLeftOverUnit_EvenWhereDecimalRoundsThemEqual()
    {
        // Exact shares: 5814059122998960533761673.3333030…, …678.3333938…, …673.3333030…; one yen is left over and
        // goes to the largest remainder, the middle part. Decimal division rounds the three remainders alike.
        M[] parts = M.Jpy(17442177368996881601285025m).Allocate(new[] { 1m, 1.00000000000000000000000086m, 1m });
        parts.Select(p => p.Amount).Should().Equal(5814059122998960533761673m, 5814059122998960533761679m, 5814059122998960533761673m);
    }

    [Fact]
    public void Allocate_PartsThatDecimalCannotHoldAtThePrecision_IsADocumentedOverflow()
    {
        // Half of decimal.MaxValue in fen needs 31 significant digits.
        ((Action)(() => M.Cny(decimal.MaxValue).Allocate(2))).Should().Throw<OverflowException>()
            .WithMessage("Cannot allocate CNY 79,228,162,514,264,337,593,543,950,335.00 in units of 10^-2: part 0 would be 39614081257132168796771975167.50, which needs more significant digits than decimal holds. Allocate with fewer decimals.");
        // Whole yuan are fine.
        M.Cny(decimal.MaxValue).Allocate(new[] { 1m, 1m }, 0).Select(p => p.Amount)
            .Should().Equal(39614081257132168796771975168m, 39614081257132168796771975167m);
    }

    [Fact]
    public void Allocate_IntMaxValueParts_IsAnArgumentError_NotOutOfMemory()
    {
        ((Action)(() => M.Cny(1).Allocate(int.MaxValue))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("parts must be at most 1000000; it was 2147483647.*");
        M.Cny(1).Allocate(1_000_000).Length.Should().Be(1_000_000);
    }

    [Fact]
    public void Allocate_EqualParts_MatchTheRatioOverload()
    {
        foreach (decimal amount in new[] { 0m, 0.01m, 1m, -1m, 10m, 999_999.99m, -123_456.78m, 79_228_162_514_264_337_593_543_950.33m })
        {
            for (int n = 1; n <= 9; n++)
            {
                M whole = M.Cny(amount);
                whole.Allocate(n).Should().Equal(whole.Allocate(Enumerable.Repeat(1m, n).ToArray()), $"{whole} in {n}");
            }
        }
    }

    [Fact]
    public void Addition_ThatWouldLoseAMinorUnit_IsRefused_NotRounded()
    {
        // 10^27 + 0.01 has 30 significant digits: decimal would silently give 10^27, losing the fen.
        ((Action)(() => _ = M.Cny(1_000_000_000_000_000_000_000_000_000m) + M.Cny(0.01m))).Should().Throw<OverflowException>()
            .WithMessage("Money addition (+) of CNY 1,000,000,000,000,000,000,000,000,000.00 and CNY 0.01 cannot be held to the CNY minor unit: the result needs more significant digits than decimal holds (28-29).");
        ((Action)(() => _ = M.Cny(1_000_000_000_000_000_000_000_000_000m) - M.Cny(0.01m))).Should().Throw<OverflowException>().WithMessage("Money subtraction (-) of *");
        ((Action)(() => new[] { M.Cny(1_000_000_000_000_000_000_000_000_000m), M.Cny(0.01m) }.Sum(Currency.CNY))).Should().Throw<OverflowException>()
            .WithMessage("Money sum in CNY of 2 amounts cannot be held to the minor unit: the total needs more significant digits than decimal holds (28-29).");

        // Where decimal drops only a trailing zero, the sum is exact: 5.0…0 + 5.0…0 (28 decimals) is 10.0…0 (27).
        M five = M.Cny(5.0000000000000000000000000000m);
        (five + five).Amount.Should().Be(10m);
        (five - (-five)).Amount.Should().Be(10m);
        new[] { five, five }.Sum(Currency.CNY).Amount.Should().Be(10m);

        // Unrounded conversions carry 28-29 significant digits; their sum is kept to decimal's precision, far below the
        // minor unit, as every decimal sum is.
        M a = M.Usd(138_971_885_987.56482300781233721m), b = M.Usd(8_245_712_611.741239455879174578m);
        (a + b).Amount.Should().Be(147_217_598_599.30606246369151179m);
        new[] { a, b }.Sum(Currency.USD).Should().Be(a + b);
    }
}
