using System.Threading.Tasks;
using Floating = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.MoneyFromFloatingPointRule>;
using Points = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.PercentagePointsRule>;
using Rounding = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.RoundingWithoutModeRule>;

namespace AiRace.Analyzers.Tests;

public class ReviewS61BoundLocalsTests
{
    // AIR0009.md: "bound to one by a pattern (price.Amount is var amount and > 0m …)": the early exit `is not decimal
    // amount` binds the amount it matched as much as `is decimal amount` does
    [Fact]
    public Task Amount_narrowed_by_an_is_not_pattern_Reports() => Rounding.Diagnostics("""
        using System;
        using AiRace.Core;
        public sealed record Quote(string Sku, Money? Price);
        public static class Cents
        {
            public static decimal Of(Quote q)
            {
                if (q.Price?.Amount is not decimal amount)
                {
                    return 0m;
                }

                return {|AIR0009:Math.Round(amount, 2)|};
            }
        }
        """);

    // AIR0002.md: "also a pattern variable, which holds the value it matched": so does one bound by `is not decimal amount`
    [Fact]
    public Task Double_narrowed_by_an_is_not_pattern_Reports() => Floating.Diagnostics("""
        using AiRace.Core;
        public sealed record Reading(string Meter, double? Measured);
        public static class Pricing
        {
            public static Money? Price(Reading r)
            {
                if ((decimal?)r.Measured is not decimal amount)
                {
                    return null;
                }

                return Money.Usd({|AIR0002:amount|});
            }
        }
        """);

    // AIR0006.md: "(or decimal?) locals that hold them and are never written again (… bound by a pattern …)": also
    // `is not decimal now`
    [Fact]
    public Task Percent_narrowed_by_an_is_not_pattern_Reports() => Points.Diagnostics("""
        using AiRace.Core;
        public sealed record Report(string Country, Share Latest, Share Baseline);
        public static class Trend
        {
            public static decimal Rise(Report? r)
            {
                if (r?.Latest.Percent is not decimal now)
                {
                    return 0m;
                }

                return {|AIR0006:now - r.Baseline.Percent|};
            }
        }
        """);

    // AIR0009.md: "… or by a positional pattern, price is (var amount, _)": also with a test on the amount,
    // `price is (> 0m and var amount, _)`, as `price.Amount is var amount and > 0m` is followed
    [Fact]
    public Task Amount_of_a_positional_pattern_with_and_Reports() => Rounding.Diagnostics("""
        using System;
        using AiRace.Core;
        public static class Cents
        {
            public static decimal Positive(Money price) => price is (> 0m and var amount, _) ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
            public static decimal Typed(Money price) => price is (decimal amount and not 0m, _) ? {|AIR0009:Math.Round(amount, 2)|} : 0m;
        }
        """);
}
