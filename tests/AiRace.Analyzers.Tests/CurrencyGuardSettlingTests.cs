using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001's guards that must settle a currency before they silence a use: a case or arm that names the currency the
/// money is already known in, and a case, arm or pattern that matches every currency.
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
}
