using System.Threading.Tasks;
using Verify = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.UnitStrippingRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 and AIR0004 as a review met them in consumer code of styles the field test does not hold: helpers and local
/// functions that test currencies by property patterns, by deconstruction or through a guard helper, a switch on the
/// money by a property pattern, a constant pattern on the currency code, a switch arm's or case's own <c>when</c> clause,
/// two amounts each checked against one currency, an array element replaced from the end, tuple equality and
/// <c>CompareTo</c> through <c>IComparable&lt;Money&gt;</c>. Each test fails today (from the adversarial review of stop 60).
/// </summary>
public class ReviewConsumerTests
{
    // Promise (AIR0001: a helper that "reads both parameters' currencies ... handles a mismatch itself"): a property
    // pattern reads them as a member access does.
    [Fact]
    public Task Helper_reading_both_currencies_through_property_patterns_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Budget
        {
            public static bool Over(Money spent, Money cap) => spent is { Currency: var s } && cap is { Currency: var c } && s == c && spent > cap;
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check() => Budget.Over(Money.Cny(10m), Money.Usd(1m));
        }
        """);

    // Promise (AIR0001: an array element replaced by a constant index is followed, and "indexer writes (counted from the
    // end too)"): caps[^1] of a two-element array is caps[1], and caps[1] = Money.Usd(3m) there is reported.
    [Fact]
    public Task Array_element_replaced_from_the_end_then_Max_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Plan
        {
            public static Money Top()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                caps[^1] = Money.Usd(3m);
                return {|AIR0001:caps.Max()|};
            }
        }
        """);

    // Promise (AIR0001: a local function is "not followed when the body ... reads either side's currency").
    [Fact]
    public Task Local_function_testing_its_parameter_by_a_property_pattern_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Spend
        {
            public static bool AnyFits(decimal yuan)
            {
                var limit = Money.Usd(100m);
                bool Fits(Money m) => m is { Currency.Code: "USD" } && m <= limit;
                return Fits(Money.Cny(yuan));
            }
        }
        """);

    // Promise (AIR0001: a helper that "reads both parameters' currencies" is not followed): through Money's Deconstruct.
    [Fact]
    public Task Helper_reading_both_currencies_by_deconstruction_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                var (_, spentIn) = spent;
                var (_, capIn) = cap;
                return spentIn == capIn && spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check() => Budget.Over(Money.Cny(10m), Money.Usd(1m));
        }
        """);

    // Promise (AIR0001: "a case or switch arm on the currency"): a case with a property pattern on the money.
    [Fact]
    public Task Switch_statement_case_on_a_currency_property_pattern_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static Money Cap { get; } = Money.Cny(5m);
            public static bool Over(decimal usd)
            {
                switch (Cap)
                {
                    case { Currency.Code: "USD" }:
                        return Cap > Money.Usd(usd);
                    default:
                        return false;
                }
            }
            public static bool Under(decimal usd) => Cap switch
            {
                { Currency.Code: "USD" } => Cap < Money.Usd(usd),
                _ => false,
            };
        }
        """);

    // Promise (AIR0001: "==" of money in two known currencies): tuple equality compares its elements with Money's ==.
    [Fact]
    public Task Tuple_equality_of_a_yuan_budget_and_a_dollar_target_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Plans;
        public sealed record Programme(string Name, Money Budget, int Year);
        public static class Targets
        {
            public static readonly Programme Chips = new("chips", Money.Cny(344_000_000_000m), 2024);
            public static bool Hit() => {|AIR0001:(Chips.Budget, Chips.Year) == (Money.Usd(47_000_000_000m), 2024)|};
        }
        """);

    // Promise (AIR0001: the right of && after a test that holds, and the statements after an if that returns, guard the
    // use: "Home.Currency == Currency.USD && Home > limit", "Home is { Currency.Code: "USD" } && …"): a constant pattern
    // on the code is the same test.
    [Fact]
    public Task Currency_code_tested_by_a_constant_pattern_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static Money Cap { get; } = Money.Cny(5m);
            public static bool Over(decimal usd) => Cap.Currency.Code is "USD" && Cap > Money.Usd(usd);
            public static bool Under(decimal usd)
            {
                if (Cap.Currency.Code is not "USD")
                {
                    return false;
                }

                return Cap < Money.Usd(usd);
            }
        }
        """);

    // Promise (issue 12: "a currency check by the code (if (a.Currency != b.Currency) throw, guard helpers) silences it";
    // AIR0001: a helper that reads both parameters' currencies is not followed): the same helper with its inline throw is
    // silent, so a guard helper's call in its place must be too.
    [Fact]
    public Task Helper_checking_through_a_guard_helper_before_it_compares_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Guards
        {
            public static void SameCurrency(Money a, Money b)
            {
                if (a.Currency != b.Currency)
                {
                    throw new CurrencyMismatchException("compare", a.Currency, b.Currency);
                }
            }
        }
        public static class Budget
        {
            public static bool Over(Money spent, Money cap)
            {
                Guards.SameCurrency(spent, cap);
                return spent > cap;
            }
        }
        """,
        """
        using AiRace.Core;
        using Shop.Rules;
        namespace Shop.Services;
        public sealed class Monitor
        {
            public bool Check(decimal yuan) => Budget.Over(Money.Cny(yuan), Money.Usd(1m));
        }
        """);

    // Promise (AIR0001: "a case or switch arm on the currency" guards the use): an arm's or a case's own when clause
    // that tests the currency decides whether its body runs.
    [Fact]
    public Task Switch_arm_and_case_guarded_by_their_own_when_clause_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static Money Cap { get; } = Money.Cny(5m);
            public static bool Over(decimal usd) => usd switch
            {
                _ when Cap.Currency == Currency.USD => Cap > Money.Usd(usd),
                _ => false,
            };
            public static bool Under(decimal usd)
            {
                switch (usd)
                {
                    case > 0m when Cap.Currency == Currency.USD:
                        return Cap < Money.Usd(usd);
                    default:
                        return false;
                }
            }
        }
        """);

    // Promise (AIR0004: a check of the same two values "for equality ... must decide whether the use runs", and then no
    // form is reported): a switch arm's or case's own when clause decides it, as the condition of an if does.
    [Fact]
    public Task Amounts_under_a_when_clause_checking_their_currencies_DoesNotReport() => Verify.NoDiagnostics("""
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Row(string Name, Money Gross, Money Tax);
        public static class Net
        {
            public static List<decimal> All(List<Row> rows) => rows.Select(r => r switch
            {
                _ when r.Gross.Currency == r.Tax.Currency => r.Gross.Amount - r.Tax.Amount,
                _ => 0m,
            }).ToList();

            public static decimal One(Row row)
            {
                switch (row)
                {
                    case { } r when r.Gross.Currency == r.Tax.Currency:
                        return r.Gross.Amount - r.Tax.Amount;
                    default:
                        return 0m;
                }
            }
        }
        """);

    // Promise (issue 12: "a currency check by the code ... silences it"; AIR0004 "Does not report": "the currencies were
    // checked just above"): both values checked against one currency before the use are in that one currency. Not in
    // AIR0004's list of checks, which names only "a test of one value against a constant" as looser.
    [Fact]
    public Task Both_amounts_checked_against_one_currency_before_use_DoesNotReport() => Verify.NoDiagnostics("""
        using System;
        using AiRace.Core;
        public static class Net
        {
            public static decimal Of(Money gross, Money tax)
            {
                if (gross.Currency != Currency.CNY || tax.Currency != Currency.CNY)
                {
                    throw new ArgumentException("yuan only");
                }

                return gross.Amount - tax.Amount;
            }
        }
        """);

    // Promise (AIR0001: "CompareTo" of money in two known currencies is reported): the same Money.CompareTo called through
    // the interface Money implements (AIR0004 follows an amount cast to IComparable<decimal> likewise).
    [Fact]
    public Task CompareTo_through_IComparable_of_Money_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Rank
        {
            public static int ChinaFirst() => {|AIR0001:((IComparable<Money>)Money.Cny(5m)).CompareTo(Money.Usd(1m))|};
        }
        """);
}
