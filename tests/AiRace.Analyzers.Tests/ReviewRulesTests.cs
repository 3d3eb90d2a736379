using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>Review of AIR0002, AIR0003, AIR0005/AIR0013, AIR0006, AIR0008–AIR0012 against their doc pages.</summary>
public class ReviewRulesTests
{
    // AIR0005.md: "a share's own number on the other scale: Share.FromFraction(s.Percent) … (also through ?. and ??)"
    [Fact]
    public Task FromFraction_of_Percent_through_a_chain_of_conditional_accesses_Reports() => Verify<PercentScaleRule>.Diagnostics("""
        using AiRace.Core;
        sealed record Indicator(Share Latest);
        sealed record CountryReport(Indicator? Chips);
        static class Shares
        {
            public static Share Chips(CountryReport? report) => Share.FromFraction({|AIR0005:report?.Chips?.Latest.Percent ?? 0m|});
        }
        """);

    // AIR0009.md: "Math.Round(m.Amount, 2), decimal.Round(m.Amount * rate)" — an amount over a rate is money, whatever order the arguments are written in
    [Fact]
    public Task Divide_with_named_arguments_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Fx
        {
            public static decimal InEuros(Money price, decimal usdPerEur) =>
                {|AIR0009:Math.Round(decimal.Divide(d2: usdPerEur, d1: price.Amount), 2)|};
        }
        """);

    // AIR0011.md: "For a known currency with small units … the figure must be at least the scale factor times the units per US dollar, rounded up to a power of ten"
    [Fact]
    public Task Budgets_in_millions_of_pesos_and_lira_DoesNotReport() => Verify<MagnitudeDoubleScalingRule>.NoDiagnostics("""
        using AiRace.Core;
        static class Budgets
        {
            // Mexico's 2025 federal budget (PEF), as the finance ministry states it: millions of pesos (about 18–20 per dollar)
            public static readonly Money Mexico = Money.Millions(9_302_015.8m, Currency.FromCode("MXN"));
            // Turkey's 2025 central government budget: 14.7 trillion lira (about 35 per dollar)
            public static readonly Money Turkey = Money.Millions(14_700_000m, Currency.FromCode("TRY"));
            // Angola's 2025 state budget (OGE): 34.63 trillion kwanza (about 900 per dollar)
            public static readonly Money Angola = Money.Millions(34_630_000m, Currency.FromCode("AOA"));
        }
        """);

    // AIR0006.md: "+ or - between the raw Percent or Fraction of two Share values (also through ?.)"
    [Fact]
    public Task Percents_read_through_chains_of_conditional_accesses_Reports() => Verify<PercentagePointsRule>.Diagnostics("""
        using AiRace.Core;
        sealed record Indicator(Share Latest, Share Baseline);
        sealed record CountryReport(Indicator? Chips);
        static class Gaps
        {
            public static decimal? Rise(CountryReport? report) => {|AIR0006:report?.Chips?.Latest.Percent - report?.Chips?.Baseline.Percent|};
        }
        """);

    // AIR0009.md: "… or deconstructed from Money (var (amount, _) = price; Math.Round(amount, 2))"
    [Fact]
    public Task Amount_deconstructed_by_foreach_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        static class Lines
        {
            public static IEnumerable<decimal> Cents(IEnumerable<Money> prices)
            {
                foreach (var (amount, _) in prices)
                {
                    yield return {|AIR0009:Math.Round(amount, 2)|};
                }
            }
        }
        """);

    // AIR0003.md: "the code of a [Currency("…")] annotation (which AIR0001 trusts …)"
    [Fact]
    public Task Annotation_on_local_function_and_lambda_parameters_Reports() => Verify<UnknownCurrencyCodeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Handlers
        {
            public static Func<Money, Money> Build()
            {
                Money Keep([Currency({|AIR0003:"RMB"|})] Money grant) => grant;
                return ([Currency({|AIR0003:"yuan"|})] Money m) => Keep(m);
            }
        }
        """);

    // AIR0005.md: "a share's own number on the other scale: Share.FromFraction(s.Percent) … (also through ?. and ??)"
    [Fact]
    public Task FromFraction_of_Percent_as_the_fallback_of_a_coalesce_Reports() => Verify<PercentScaleRule>.Diagnostics("""
        using AiRace.Core;
        static class Overrides
        {
            public static Share Effective(decimal? manualFraction, Share measured) => Share.FromFraction({|AIR0005:manualFraction ?? measured.Percent|});
        }
        """);

    // AIR0009.md: "… or deconstructed from Money (var (amount, _) = price; Math.Round(amount, 2))"
    [Fact]
    public Task Amount_deconstructed_by_a_positional_pattern_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using AiRace.Core;
        static class Display
        {
            public static decimal Shown(Money price) => price switch
            {
                (var yen, { Code: "JPY" }) => {|AIR0009:Math.Round(yen)|},
                (var amount, _) => {|AIR0009:Math.Round(amount, 2)|},
            };
        }
        """);

    // AIR0009.md: "LINQ's Max, Min, Average or Sum of amounts is an amount too"
    [Fact]
    public Task Max_of_amounts_guarded_by_DefaultIfEmpty_Reports() => Verify<RoundingWithoutModeRule>.Diagnostics("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        sealed record Award(string Name, Money Grant);
        static class Largest
        {
            public static decimal Of(IReadOnlyList<Award> awards) =>
                {|AIR0009:Math.Round(awards.Select(a => a.Grant.Amount).DefaultIfEmpty().Max(), 2)|};
        }
        """);

    // AIR0002.md: a local written again "is reported only when every write makes it from a double: its declaration and each assignment"
    [Fact]
    public Task Local_declared_without_a_value_and_assigned_from_doubles_in_both_branches_Reports() => Verify<MoneyFromFloatingPointRule>.Diagnostics("""
        using AiRace.Core;
        sealed record Quote(double? Bid, double Last);
        static class Marks
        {
            public static Money Mark(Quote quote)
            {
                decimal amount;
                if (quote.Bid is double bid)
                {
                    amount = (decimal)bid;
                }
                else
                {
                    amount = (decimal)quote.Last;
                }

                return Money.Usd({|AIR0002:amount|});
            }
        }
        """);
}
