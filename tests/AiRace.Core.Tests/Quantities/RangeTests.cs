using System.Globalization;
using System.Text.Json;

namespace AiRace.Core.Tests.Quantities;

public class RangeTests
{
    [Fact]
    public void Three_to_five_years_is_a_duration_range()
    {
        DurationRange range = DurationRange.Years(3, 5);

        range.Minimum.Should().Be(3m);
        range.Maximum.Should().Be(5m);
        range.Unit.Should().Be(DurationUnit.Years);
        range.IsSingleLength.Should().BeFalse();
        range.ToString().Should().Be("3–5 years");
        DurationRange.Exactly(1, DurationUnit.Years).ToString().Should().Be("1 year");
        DurationRange.Exactly(18, DurationUnit.Months).ToString().Should().Be("18 months");
        DurationRange.Years(1.5m, 2.5m).ToString("C", CultureInfo.GetCultureInfo("de-DE")).Should().Be("1,5–2,5 years");
    }

    [Fact]
    public void Duration_range_refuses_reversed_or_negative_lengths()
    {
        Action reversed = () => DurationRange.Years(5, 3);
        Action negative = () => DurationRange.Years(-1, 3);

        reversed.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The longest length 3 is below the shortest length 5.*");
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum");
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Duration_range_json_round_trips_under_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        string json = JsonSerializer.Serialize(DurationRange.Years(3, 5.5m));

        json.Should().Be("{\"min\":\"3\",\"max\":\"5.5\",\"unit\":\"years\"}");
        JsonSerializer.Deserialize<DurationRange>(json).Should().Be(DurationRange.Years(3, 5.5m));
    }

    [Fact]
    public void Duration_range_json_refuses_unknown_units_and_reversed_ends()
    {
        Action unit = () => JsonSerializer.Deserialize<DurationRange>("{\"min\":3,\"max\":5,\"unit\":\"weeks\"}");
        Action reversed = () => JsonSerializer.Deserialize<DurationRange>("{\"min\":5,\"max\":3,\"unit\":\"years\"}");

        unit.Should().Throw<JsonException>().WithMessage("A duration's \"unit\" must be \"days\", \"months\" or \"years\"; found weeks.");
        reversed.Should().Throw<JsonException>().WithMessage("The longest length 3 is below the shortest length 5.*");
    }

    [Fact]
    public void Value_ranges_hold_shares_ratios_and_money()
    {
        var shares = new ValueRange<Share>(Share.FromPercent(17), Share.FromPercent(55));
        var money = new ValueRange<Money>(Money.Cny(100), Money.Cny(300));

        shares.Contains(Share.FromPercent(30)).Should().BeTrue();
        shares.Contains(Share.FromPercent(70)).Should().BeFalse();
        shares.ToString().Should().Be("17%–55%");
        money.Contains(Money.Cny(300)).Should().BeTrue();
        new ValueRange<Ratio>(Ratio.Of(0.5m), Ratio.Of(0.5m)).IsSingleValue.Should().BeTrue();
        shares.ToString("C", CultureInfo.GetCultureInfo("tr-TR")).Should().Be("%17–%55");
    }

    [Fact]
    public void Value_ranges_refuse_reversed_ends_and_mixed_currencies()
    {
        Action reversed = () => _ = new ValueRange<Share>(Share.FromPercent(55), Share.FromPercent(17));
        Action mixed = () => _ = new ValueRange<Money>(Money.Cny(1), Money.Usd(2));

        reversed.Should().Throw<ArgumentException>().WithMessage("The upper end 17% of a range is below its lower end 55%.*");
        mixed.Should().Throw<CurrencyMismatchException>();
    }

    [Theory]
    [MemberData(nameof(CultureScope.Cultures), MemberType = typeof(CultureScope))]
    public void Value_range_json_round_trips(string culture)
    {
        using var scope = new CultureScope(culture);
        var shares = new ValueRange<Share>(Share.FromPercent(17), Share.FromPercent(55.5m));

        string json = JsonSerializer.Serialize(shares);

        json.Should().Be("{\"low\":\"17%\",\"high\":\"55.5%\"}");
        JsonSerializer.Deserialize<ValueRange<Share>>(json).Should().Be(shares);
        JsonSerializer.Deserialize<ValueRange<Money>>("{\"low\":{\"amount\":\"1\",\"currency\":\"CNY\"},\"high\":{\"amount\":\"2\",\"currency\":\"CNY\"}}")
            .High.Should().Be(Money.Cny(2));
    }

    [Fact]
    public void Value_range_json_refuses_a_missing_end()
    {
        Action act = () => JsonSerializer.Deserialize<ValueRange<Share>>("{\"low\":\"17%\"}");

        act.Should().Throw<JsonException>().WithMessage("A range needs both \"low\" and \"high\"; missing \"high\".");
    }

    [Fact]
    public void Value_range_json_names_a_null_end_as_null_not_the_other_end_as_missing()
    {
        Action low = () => JsonSerializer.Deserialize<ValueRange<string>>("{\"low\":null,\"high\":\"b\"}");
        Action high = () => JsonSerializer.Deserialize<ValueRange<string>>("{\"high\":null,\"low\":\"a\"}");

        low.Should().Throw<JsonException>().WithMessage("A range needs both ends; \"low\" is null.");
        high.Should().Throw<JsonException>().WithMessage("A range needs both ends; \"high\" is null.");
    }

    [Fact]
    public void Json_range_of_money_with_ends_in_two_currencies_is_a_JsonException()
    {
        const string json = "{\"low\":{\"amount\":\"1\",\"currency\":\"CNY\"},\"high\":{\"amount\":\"2\",\"currency\":\"USD\"}}";

        Action act = () => JsonSerializer.Deserialize<ValueRange<Money>>(json);

        act.Should().Throw<JsonException>().WithInnerException<CurrencyMismatchException>();
    }

    [Fact]
    public void Json_range_of_decimals_refuses_a_number_decimal_would_round()
    {
        // 29 decimals: decimal would round it to 0.1234567890123456789012345679; the reader refuses instead.
        const string json = "{\"low\":0.12345678901234567890123456789,\"high\":1}";

        Action act = () => JsonSerializer.Deserialize<ValueRange<decimal>>(json);

        act.Should().Throw<JsonException>().WithMessage("\"low\" '0.12345678901234567890123456789' is not a plain decimal number*");
    }

    [Fact]
    public void Json_range_of_decimals_reads_every_decimal_exactly()
    {
        var range = new ValueRange<decimal>(0.1234567890123456789012345678m, decimal.MaxValue);

        ValueRange<decimal> back = JsonSerializer.Deserialize<ValueRange<decimal>>(JsonSerializer.Serialize(range));

        back.Low.ToString(CultureInfo.InvariantCulture).Should().Be("0.1234567890123456789012345678");
        back.High.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void Json_range_of_decimals_is_written_as_strings_like_money_amounts()
    {
        // JSON numbers of 29 digits reach JavaScript and pandas as binary floating point; Money's amounts are strings for
        // that, and the ends of a range of decimals are now too.
        JsonSerializer.Serialize(new ValueRange<decimal>(1.10m, decimal.MaxValue)).Should().Be("{\"low\":\"1.10\",\"high\":\"79228162514264337593543950335\"}");
        JsonSerializer.Serialize(new ValueRange<decimal>(decimal.MinValue, -0.0000000000000000000000000001m)).Should().Be("{\"low\":\"-79228162514264337593543950335\",\"high\":\"-0.0000000000000000000000000001\"}");
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("1.000000000000000000000000000")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1234567890123456789012345678.9")]
    [InlineData("0.000")]
    [InlineData("1.10")]
    [InlineData("-0.5")]
    public void Json_range_of_decimals_round_trips_every_digit_and_the_scale(string text)
    {
        decimal d = decimal.Parse(text, CultureInfo.InvariantCulture);
        ValueRange<decimal> back = JsonSerializer.Deserialize<ValueRange<decimal>>(JsonSerializer.Serialize(new ValueRange<decimal>(d, d)));
        back.Low.ToString(CultureInfo.InvariantCulture).Should().Be(text);
        back.High.ToString(CultureInfo.InvariantCulture).Should().Be(text);
        JsonSerializer.Deserialize<ValueRange<decimal>>($"{{\"low\":{text},\"high\":\"{text}\"}}").Low.ToString(CultureInfo.InvariantCulture)
            .Should().Be(text, "a range written as JSON numbers, as before, still reads exactly");
    }

    [Fact]
    public void Json_range_of_decimals_is_written_exactly_whatever_the_options_do_with_decimals()
    {
        // The reader reads the ends exactly whatever the options say; the writer used the options' decimal contract, so a
        // converter of the caller's (here one writing doubles) wrote what the reader then read as another value.
        var options = new JsonSerializerOptions { Converters = { new DecimalAsDouble() } };
        var range = new ValueRange<decimal>(0.1234567890123456789012345678m, 1.10m);

        string json = JsonSerializer.Serialize(range, options);

        json.Should().Be("{\"low\":\"0.1234567890123456789012345678\",\"high\":\"1.10\"}");
        ValueRange<decimal> back = JsonSerializer.Deserialize<ValueRange<decimal>>(json, options);
        (back.Low, back.High.ToString(CultureInfo.InvariantCulture)).Should().Be((range.Low, "1.10"));
    }

    private sealed class DecimalAsDouble : System.Text.Json.Serialization.JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue((double)value);
    }
}
