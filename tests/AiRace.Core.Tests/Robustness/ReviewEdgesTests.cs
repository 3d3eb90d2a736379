using System.Text;
using AiRace.Core.Analysis;
using AiRace.Core.Data;
using AiRace.Core.Policy;
using AiRace.Core.Reporting;

namespace AiRace.Core.Tests.Robustness;

/// <summary>
/// Edges found in review, each against a promise of the README or the XML docs: a share of money that decimal cannot
/// hold exactly, a conversion rounded to minor units twice, the news parser's messages quoting its input raw, and the
/// loader's lines in a document whose lines end in a lone carriage return.
/// </summary>
public class ReviewEdgesTests
{
    private static readonly RateSeries Test = new("T", "test series", "tester", RatePeriod.Day);
    private static readonly DateOnly Day = new(2025, 7, 28);

    // Conversion.RoundedResult: "The converted amount rounded to the target currency's minor units" (once; README:
    // "no silent rounding", a conversion "rounded once").
    [Fact]
    public void A_rounded_conversion_rounds_the_exact_product_once_not_decimals_rounded_product_again()
    {
        var rate = new ExchangeRate(Currency.FromCode("KWD"), Currency.CNY, 0.3333333333333333333333333333m, Day, Test);

        Conversion c = rate.Convert(Money.Of(0.045m, Currency.FromCode("KWD")));

        // Exact: KWD 0.045 × 0.3333333333333333333333333333 = CNY 0.0149999999999999999999999999985, which is
        // CNY 0.01 to the fen under any midpoint rule; rounding decimal's product 0.0150000000000000000000000000
        // again makes it a tie, and half-to-even gives 0.02.
        c.RoundedResult(MidpointRounding.ToEven).Should().Be(Money.Cny(0.01m));
    }

    // NewsAmountParser: "any text the grammar does not cover is an error that says what and where"; an error that
    // quotes its input shows a bidirectional override by its code (HiddenInputInMessagesTests, HiddenCharacters.Shown).
    [Theory]
    [InlineData("\u202E1 billion yuan")]
    [InlineData("1 billion yuan\u202E")]
    [InlineData("1 billion\u202E yuan")]
    public void A_news_amount_error_shows_a_bidirectional_override_by_its_code(string text)
    {
        MoneyFormatException error = ((Action)(() => NewsAmountParser.Parse(text))).Should().Throw<MoneyFormatException>().Which;

        error.Message.Should().NotContain("\u202E", "an override in the message reorders it around itself").And.Contain("<U+202E>");
    }

    // HiddenCharacters.UnitsAt: "A message that quotes or cuts a text keeps such a pair whole."
    [Fact]
    public void A_news_amount_error_never_quotes_half_a_surrogate_pair()
    {
        MoneyFormatException error = ((Action)(() => NewsAmountParser.Parse("1 billion \U0001F4B0"))).Should().Throw<MoneyFormatException>().Which;

        string afterInput = error.Message[(error.Message.IndexOf(" as money:", StringComparison.Ordinal))..];
        afterInput.EnumerateRunes().Should().NotContain(Rune.ReplacementChar);
        Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(afterInput)).Should().Be(afterInput, "the message is whole text, not half a character");
    }

    // PartsCheck.IncludedTotal: "The exact sum of the stated amounts of the included parts that are not caps ...; null
    // when there are none"; Problems lists caps whose sum is beyond decimal, which must not drop the parts after them.
    [Fact]
    public void Caps_beyond_decimal_do_not_drop_the_included_parts_after_them_from_the_total()
    {
        SourceReference[] cite = [new("s1", "quote")];
        Money half = Money.Cny(50_000_000_000_000_000_000_000_000_000m);
        Allocation[] parts =
        [
            new("c1", AllocationPurpose.Compute, "c1", ReportedAmount.UpTo(half), PartMembership.Included, null, cite),
            new("c2", AllocationPurpose.Compute, "c2", ReportedAmount.UpTo(half), PartMembership.Included, null, cite),
            new("x", AllocationPurpose.Compute, "x", ReportedAmount.Exact(Money.Cny(100m)), PartMembership.Included, null, cite),
        ];
        var programme = new Programme("p", "P", SponsorKind.State, "CN", [], [Instrument.Plan], [], null, null, null, parts, cite);

        PartsCheck check = programme.CheckParts();

        check.Problems.Should().ContainSingle("the caps' sum is beyond decimal");
        check.IncludedTotal.Should().Be(Money.Cny(100m), "the included part x (CNY 100, exact) is not a cap: its sum is CNY 100, not none");
    }

    // README: "Formatting is culture-safe"; the analyses' results read the same under every culture (PathAssessment,
    // ConversionAuditRow and the other result records format invariantly; ToStringTests, CultureSafetyTests).
    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void A_path_point_and_an_annual_comparison_read_the_same_under_every_culture(string culture)
    {
        var point = new PathPoint(2024, 26.5m, 22.799607122674335413676909559m);
        var annual = new AnnualComparison(2024, 7.1884m, -0.25m);
        string invariant;
        using (new CultureScope(""))
        {
            invariant = point + " " + annual;
        }

        using (new CultureScope(culture))
        {
            (point + " " + annual).Should().Be(invariant);
        }
    }

    // DataProblem: "where (a JSONPath-style path and a 1-based line and column)"; README: "every problem reported at
    // once, with path and line". JSON allows a lone CR as white space, and editors end a line at it.
    [Fact]
    public void A_loader_problem_counts_a_lone_carriage_return_as_a_line_end()
    {
        PolicyDataException error = ((Action)(() => PolicyData.Parse("{\r\r\r  \"x\": 1\r}"))).Should().Throw<PolicyDataException>().Which;

        DataProblem problem = error.Problems.Single(p => p.Path == "$.x");
        (problem.Line, problem.Column).Should().Be((4, 3), "\"x\" starts the fourth line, after two spaces");
    }
}
