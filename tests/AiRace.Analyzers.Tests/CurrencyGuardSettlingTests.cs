using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001's guards that must settle a currency before they silence a use: a case or arm that names the currency the
/// money is already known in.
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
}
