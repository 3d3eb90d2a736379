using System.Threading.Tasks;
using AiRace.Analyzers.CodeFixes;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// Adversarial review (session 61) of AIR0002, AIR0003, AIR0005, AIR0006, AIR0009, AIR0010, AIR0011 and AIR0013 with
/// consumer code: misses of forms the rule pages promise and a fix the page promises but does not offer.
/// </summary>
public class ReviewS61RulesTests
{
    // AIR0009.md: "directly or through decimal locals assigned from one and never written again"; a pattern variable
    // bound to price.Amount (is var, or a property pattern { Amount: var amount }) is such a local
    [Fact]
    public Task Air0009_amount_bound_by_a_pattern_variable_is_rounded_without_a_mode_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Invoice(string Number, Money Total);
        public static class Cents
        {
            public static decimal Positive(Money price) => price.Amount is var amount and > 0m ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
            public static decimal Due(Invoice invoice) => invoice is { Total: { Amount: var due } } ? {|AIR0009:Math.Round(due, 2)|} : 0m;
        }
        """);

    // AIR0002.md: "through a decimal local that holds such a value and is never written again"; a pattern variable
    // holding (decimal)measured is such a local
    [Fact]
    public Task Air0002_double_converted_into_a_pattern_variable_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double Measured);
        public static class Pricing
        {
            public static Money? Price(Reading r) => (decimal)r.Measured is var amount and > 0m ? Money.Usd({|AIR0002:amount|}) : null;
        }
        """);

    // AIR0006.md: "directly or through decimal (or decimal?) locals that hold them and are never written again"; the
    // variables of a property pattern (C# 10 extended form) hold the two shares' Percent
    [Fact]
    public Task Air0006_percents_bound_by_a_property_pattern_Reports() => Verify<PercentagePointsRule>.Diagnostics("""
        using AiRace.Core;
        public sealed record Report(string Country, Share Latest, Share Baseline);
        public static class Trend
        {
            public static decimal Rise(Report r) => r is { Latest.Percent: var now, Baseline.Percent: var then } ? {|AIR0006:now - then|} : 0m;
        }
        """);

    // AIR0006.md: same promise; locals deconstructed from a tuple of the two Percents hold them and are never written again
    [Fact]
    public Task Air0006_percents_deconstructed_from_a_tuple_Reports() => Verify<PercentagePointsRule>.Diagnostics("""
        using AiRace.Core;
        public static class Trend
        {
            public static decimal Rise(Share latest, Share baseline)
            {
                var (now, then) = (latest.Percent, baseline.Percent);
                return {|AIR0006:now - then|};
            }
        }
        """);

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

    // AIR0009.md: "directly or through decimal locals assigned from one"; price?.Amount is reported when rounded
    // directly (Math.Round(price?.Amount ?? 0m, 2)) but not through the decimal? local that holds it
    [Fact]
    public Task Air0009_amount_held_in_a_nullable_decimal_local_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price);
        public static class Cents
        {
            public static decimal Of(Quote q)
            {
                decimal? amount = q.Price?.Amount;
                return {|AIR0009:Math.Round(amount ?? 0m, 2)|};
            }
        }
        """);
}
