using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiRace.Core.Data;
using static AiRace.Core.Tests.Robustness.EditedDocuments;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Issue 13: an amount written "00012" was read as 12. A leading zero is refused wherever the library reads a
/// number (the loader, money text and JSON), as JSON numbers refuse it: such a figure is more likely a typo.
/// </summary>
public class LeadingZeroTests
{
    [Theory]
    [InlineData("00012")]
    [InlineData("012.5")]
    [InlineData("-07")]
    [InlineData("00")]
    public void An_amount_with_a_leading_zero_is_refused_where_it_is_written(string amount)
    {
        // "00012" read as 12: a figure typed with a zero too many (or a digit lost) passed as another figure.
        JsonObject document = Embedded();
        JsonObject headline = document["programmes"]!.AsArray().Single(p => (string?)p!["id"] == "us-stargate-project")!["headline"]!.AsObject();
        headline["amount"] = amount;
        int index = document["programmes"]!.AsArray().IndexOf(document["programmes"]!.AsArray().Single(p => (string?)p!["id"] == "us-stargate-project"));

        DataProblem problem = Validate(document).Single();

        problem.Path.Should().Be($"$.programmes[{index}].headline.amount");
        problem.Message.Should().Contain($"\"{amount}\" is not a plain decimal number: a leading zero is not allowed");
        Tests.Data.SchemaTests.Schema.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement).IsValid.Should().BeFalse("the schema agrees");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.5")]
    [InlineData("-0.25")]
    [InlineData("10")]
    public void A_zero_before_the_point_or_alone_is_no_leading_zero(string amount)
    {
        JsonObject document = Embedded();
        JsonObject headline = document["programmes"]!.AsArray().Single(p => (string?)p!["id"] == "us-stargate-project")!["headline"]!.AsObject();
        headline["amount"] = amount;
        headline.Remove("precision");

        Validate(document).Where(p => p.Message.Contains("leading zero", StringComparison.Ordinal)).Should().BeEmpty();
        if (!amount.StartsWith('-'))
        {
            Tests.Data.SchemaTests.Schema.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement).IsValid.Should().BeTrue();
        }
    }

    [Fact]
    public void Money_text_and_json_refuse_a_leading_zero_like_the_loader()
    {
        ((Action)(() => Money.Parse("CNY 012"))).Should().Throw<MoneyFormatException>().WithMessage("*leading zero*");
        ((Action)(() => Money.Parse("CNY 0,012"))).Should().Throw<MoneyFormatException>().WithMessage("*leading zero*");
        ((Action)(() => JsonSerializer.Deserialize<Money>("""{"amount":"00012","currency":"CNY"}"""))).Should().Throw<JsonException>().WithMessage("*leading zero*");
        Money.Parse("CNY 0.12").Should().Be(Money.Cny(0.12m));
    }
}
