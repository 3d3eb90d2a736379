using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001's guards that must settle a currency before they silence a use: a case or arm that names the currency the
/// money is already known in, a case, arm or pattern that matches every currency, and a case whose money is written
/// (through a <c>ref</c> alias, or by a lambda) between the match and the use.
/// </summary>
public class CurrencyGuardSettlingTests
{
    // Promise (AIR0001: a case "naming the currency the money is already known in" handles no mismatch): a switch on the
    // currency code (or the currency) whose case names the dollar cap's own currency, then a comparison with yuan.
    [Fact]
    public Task Switch_on_the_currency_code_naming_the_known_currency_then_comparing_with_yuan_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static Money Cap { get; } = Money.Usd(5m);
            public static bool Over(decimal cny)
            {
                switch (Cap.Currency.Code)
                {
                    case "USD":
                        return {|AIR0001:Cap > Money.Cny(cny)|};
                    default:
                        return false;
                }
            }
            public static bool Under(decimal cny) => Cap.Currency.Code switch
            {
                "USD" => {|AIR0001:Cap < Money.Cny(cny)|},
                _ => false,
            };
            public static bool Near(decimal cny)
            {
                switch (Cap.Currency)
                {
                    case { Code: "USD" }:
                        return {|AIR0001:Cap <= Money.Cny(cny)|};
                    default:
                        return false;
                }
            }
        }
        """);

    // Promise (AIR0001: a case or arm guards only where it has "shown the currency of a value it uses"; not "a pattern
    // that lets more than one currency through"): a case, arm or pattern that matches every currency shows none.
    [Fact]
    public Task Switch_case_arm_or_pattern_matching_every_currency_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static Money Cap { get; } = Money.Cny(5m);
            public static bool Over(decimal usd)
            {
                bool over = false;
                switch (Cap.Currency.Code)
                {
                    case var code:
                        over = {|AIR0001:Cap > Money.Usd(usd)|};
                        break;
                }

                return over;
            }
            public static bool Under(decimal usd) => Cap.Currency.Code switch
            {
                var code => {|AIR0001:Cap < Money.Usd(usd)|},
            };
            public static bool Near(decimal usd)
            {
                bool near = false;
                switch (Cap)
                {
                    case { Currency: var currency }:
                        near = {|AIR0001:Cap <= Money.Usd(usd)|};
                        break;
                }

                return near;
            }
            public static bool Far(decimal usd) => Cap switch
            {
                { Currency.Code: { } } => {|AIR0001:Cap >= Money.Usd(usd)|},
                _ => false,
            };
            public static bool Is(decimal usd) => Cap is { Currency.Code: { } code } && {|AIR0001:Cap > Money.Usd(usd + code.Length)|};
            public static bool IsNot(decimal usd) => Cap is not { Currency.Code: { } } || {|AIR0001:Cap < Money.Usd(usd)|};
        }
        """);

    // The twin: a case, arm or pattern naming one currency still guards.
    [Fact]
    public Task Switch_case_arm_or_pattern_naming_one_currency_Is_silent() => Files.Verify(
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
                    case { Currency: { Code: "USD" } currency }:
                        return Cap > Money.Usd(usd);
                    default:
                        return false;
                }
            }
            public static bool Under(decimal usd) => Cap.Currency switch
            {
                { Code: "USD" } => Cap < Money.Usd(usd),
                _ => false,
            };
            public static bool Is(decimal usd) => Cap is { Currency.Code: "USD" and var code } && Cap > Money.Usd(usd + code.Length);
            public static bool IsNot(decimal usd) => Cap is not { Currency.Code: "USD" } || Cap < Money.Usd(usd);
        }
        """);

    // Promise (AIR0001: not a case "on money written after the case or arm matches and before the use"): a write through
    // a ref alias of the cap (stated in yuan) inside the case.
    [Fact]
    public Task Switch_case_then_the_money_written_through_a_ref_alias_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            [Currency("CNY")] private static Money _cap = Money.Cny(5m);
            public static bool Over(decimal usd)
            {
                switch (_cap.Currency.Code)
                {
                    case "USD":
                        ref Money alias = ref _cap;
                        alias = Money.Cny(usd);
                        return {|AIR0001:_cap > Money.Usd(usd)|};
                    default:
                        return false;
                }
            }
        }
        """);

    // Promise (AIR0001: not a case "on money written after the case or arm matches and before the use"): a lambda or
    // local function that writes the local, declared before or after the switch and called inside the case, writes it there.
    [Fact]
    public Task Switch_case_then_a_lambda_writing_the_money_called_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static bool Over(decimal usd)
            {
                var cap = Money.Cny(usd);
                Action reset = () => cap = Money.Cny(2m);
                switch (cap.Currency.Code)
                {
                    case "USD":
                        reset();
                        return {|AIR0001:cap > Money.Usd(usd)|};
                    default:
                        return false;
                }
            }
            public static bool Near(decimal usd)
            {
                var cap = Money.Cny(usd);
                switch (cap.Currency.Code)
                {
                    case "USD":
                        Reset();
                        return {|AIR0001:cap >= Money.Usd(usd)|};
                    default:
                        return false;
                }

                void Reset() => cap = Money.Cny(3m);
            }
            public static bool Under(decimal usd)
            {
                var cap = Money.Cny(usd);
                switch (cap.Currency.Code)
                {
                    case "USD":
                        Array.ForEach(new[] { 1m }, x => cap = Money.Cny(x));
                        return {|AIR0001:cap < Money.Usd(usd)|};
                    default:
                        return false;
                }
            }
        }
        """);

    // Promise (AIR0001: a test "naming the currency the money is already known in" handles no mismatch, as the case
    // does): an if or && that tests the dollar cap for dollars, then compares it with yuan.
    [Fact]
    public Task Test_naming_the_known_currency_then_comparing_with_yuan_Reports() => Files.Verify(
        """
        using AiRace.Core;
        namespace Shop.Rules;
        public static class Home
        {
            public static Money Cap { get; } = Money.Usd(5m);
            public static bool Over(decimal cny) => Cap.Currency == Currency.USD && {|AIR0001:Cap > Money.Cny(cny)|};
            public static bool Under(decimal cny)
            {
                if (Cap.Currency.Code is not "USD")
                {
                    return false;
                }

                return {|AIR0001:Cap < Money.Cny(cny)|};
            }
        }
        """);
}
