using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Adversarial review (session 61) of AIR0002, AIR0003, AIR0005, AIR0006, AIR0009, AIR0010, AIR0011 and AIR0013 with
/// consumer code: misses of forms the rule pages promise and a fix the page promises but does not offer.
/// </summary>
public class ReviewS61RulesTests
{
    // AIR0003.md: "the code of a [Currency("…")] annotation ... which AIR0001 trusts: an alias there would silently state
    // no currency"; the receiver of a C# 14 extension block is a parameter like any other
    [Fact]
    public Task Air0003_alias_in_the_annotation_of_an_extension_block_receiver_Reports() => Verify<UnknownCurrencyCodeRule>.DiagnosticsPreview("""
        using AiRace.Core;
        public static class Prices
        {
            extension([Currency({|AIR0003:"RMB"|})] decimal price)
            {
                public decimal WithVat => price * 1.13m;
            }
        }
        """);

    // AIR0003.md: same promise; AIR0001 reads [return: Currency] of every method (Flow/Annotations.cs), local functions
    // and lambdas included, and the parameters of both are already checked
    [Fact]
    public Task Air0003_alias_in_the_return_annotation_of_a_local_function_or_lambda_Reports() => Verify<UnknownCurrencyCodeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Budgets
        {
            public static decimal Total(decimal[] grants)
            {
                Func<decimal, decimal> withVat = [return: Currency({|AIR0003:"RMB"|})] (decimal net) => net * 1.13m;
                [return: Currency({|AIR0003:"yuan"|})]
                decimal Sum() { decimal s = 0m; foreach (var g in grants) s += g; return s; }
                return withVat(Sum());
            }
        }
        """);

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
