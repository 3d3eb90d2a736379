using System.Collections.Generic;
using System.Text.Json;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;
using AiRace.Core.Serialization;

namespace AiRace.Core.Tests.Serialization;

/// <summary>
/// Issue 13, "bad input gets a clear error that says what and where": a converter that finds a JSON value of the wrong
/// kind says what it found in words ("found an array"), not by the reader's enum name ("found StartArray", "found
/// True"), which means nothing to a reader of the document.
/// </summary>
public class JsonTokenWordsTests
{
    private static readonly JsonSerializerOptions WithDictionaries = new() { Converters = { new CurrencyDictionaryJsonConverterFactory() } };

    public static TheoryData<string, string, string> WrongKinds() => new()
    {
        { "Money", "\"CNY 5\"", "Money must be a JSON object with \"amount\" and \"currency\"; found a string." },
        { "Money", "{\"amount\":true,\"currency\":\"CNY\"}", "\"amount\" must be a decimal number (a JSON string or number); found true." },
        { "Money", "{\"amount\":\"5\",\"currency\":5}", "\"currency\" must be a string holding an ISO 4217 code; found a number." },
        { "Currency", "[\"CNY\"]", "A currency must be a JSON string holding an ISO 4217 code; found an array." },
        { "Share", "55", "A share must be a JSON string such as \"55%\"; found a number." },
        { "PercentagePoints", "{}", "Percentage points must be a JSON string such as \"+38 pp\"; found an object." },
        { "Ratio", "false", "A ratio must be a JSON string such as \"0.65x\"; found false." },
        { "ValueRange", "[1,2]", "A range must be a JSON object with \"low\" and \"high\"; found an array." },
        { "DurationRange", "\"3 years\"", "A duration must be a JSON object with \"min\", \"max\" and \"unit\"; found a string." },
        { "DurationRange", "{\"min\":3,\"max\":3,\"unit\":3}", "A duration's \"unit\" must be \"days\", \"months\" or \"years\"; found a number." },
        { "ReportedAmount", "[]", "A reported amount must be a JSON object; found an array." },
        { "ReportedAmount", "{\"qualifier\":null}", "\"qualifier\" must be one of exact, approximately, upTo, atLeast, between; found null." },
        { "ReportedAmount", "{\"currency\":[]}", "\"currency\" must be an active ISO 4217 code; found an array." },
        { "PartialDate", "2025", "A date must be a JSON string (\"unknown\", \"yyyy\", \"yyyy-MM\" or \"yyyy-MM-dd\"); found a number." },
        { "Dictionary", "[1]", "A dictionary keyed by currency must be a JSON object; found an array." },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void A_value_of_the_wrong_kind_is_named_in_words(string type, string json, string message)
    {
        JsonException e = FluentActions.Invoking(() => Read(type, json)).Should().Throw<JsonException>().Which;

        e.Message.Should().StartWith(message, "{0} refuses {1}", type, json);
    }

    [Fact]
    public void Every_kind_of_token_has_words_and_none_is_the_enum_name()
    {
        foreach (JsonTokenType token in Enum.GetValues<JsonTokenType>())
        {
            string words = JsonText.Describe(token);
            words.Should().NotBeNullOrWhiteSpace(token.ToString());
            words.Should().NotBe(token.ToString(), "the reader's name of the token is not words");
        }

        JsonText.Describe((JsonTokenType)99).Should().Be("a JSON token of kind 99");
    }

    private static object? Read(string type, string json) => type switch
    {
        "Money" => JsonSerializer.Deserialize<Money>(json),
        "Currency" => JsonSerializer.Deserialize<Currency>(json),
        "Share" => JsonSerializer.Deserialize<Share>(json),
        "PercentagePoints" => JsonSerializer.Deserialize<PercentagePoints>(json),
        "Ratio" => JsonSerializer.Deserialize<Ratio>(json),
        "ValueRange" => JsonSerializer.Deserialize<ValueRange<decimal>>(json),
        "DurationRange" => JsonSerializer.Deserialize<DurationRange>(json),
        "ReportedAmount" => JsonSerializer.Deserialize<ReportedAmount>(json),
        "PartialDate" => JsonSerializer.Deserialize<PartialDate>(json),
        "Dictionary" => JsonSerializer.Deserialize<Dictionary<Currency, int>>(json, WithDictionaries),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no such type in this test"),
    };
}
