using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Adversarial review (session 61) of AIR0002, AIR0003, AIR0005, AIR0006, AIR0009, AIR0010, AIR0011 and AIR0013 with
/// consumer code: misses of forms the rule pages promise and a fix the page promises but does not offer.
/// </summary>
public class ReviewS61RulesTests
{
    // AIR0011.md: "Money.Scaled(x, Magnitude.Millions, c) offers Magnitude.Units ... and Magnitude.Thousands"; naming the
    // figure in its own position (figure: …, then positional) is the same call
    [Fact]
    public async Task Air0011_scaled_call_with_a_named_figure_is_offered_the_smaller_readings()
    {
        var titles = await FixRunner.ActionsAsync(new MagnitudeDoubleScalingCodeFixProvider(), """
            using AiRace.Core;
            public static class Budgets
            {
                public static Money Plan => Money.Scaled(figure: 600_000_000m, Magnitude.Millions, Currency.CNY);
            }
            """);

        titles.Should().HaveCount(2, "the page promises one fix per smaller reading: Magnitude.Units and Magnitude.Thousands");
    }
}
