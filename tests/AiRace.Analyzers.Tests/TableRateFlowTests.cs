using System.Threading.Tasks;
using VerifyMismatch = AiRace.Analyzers.Tests.Verify<AiRace.Analyzers.CurrencyMismatchRule>;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through a conversion at a rate the library's own table gives (<c>ExchangeRateTable.GetRate(from, to, …)</c>,
/// which returns a rate between those two currencies or throws) and at the <c>Inverse()</c> of a rate whose currencies
/// are known (the third field test's Conversions.cs:54, stop 64). The converted value takes the rate's other currency;
/// a rate from an arbitrary provider, or with a currency the flow does not know, stays unknown (silent).
/// </summary>
public class TableRateFlowTests
{
    private const string Rates = """
        using System;
        using AiRace.Core;
        static class Figures
        {
            public static readonly DateOnly YearEnd = new(2024, 12, 31);
            public static readonly Money Canada = Money.Billions(2m, Currency.CAD);
            public static readonly Money Stargate = Money.Billions(100m, Currency.USD);
            public static readonly Money Airr = Money.Billions(1m, Currency.GBP);
        }
        """;

    [Fact]
    public Task Conversion_at_a_table_rate_or_its_inverse_compared_with_another_currency_Reports() => VerifyMismatch.Diagnostics(Rates + """
        class Checks
        {
            bool Inverted(ExchangeRateTable table) =>
                {|AIR0001:table.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Airr|};

            bool Direct(ExchangeRateTable table) =>
                {|AIR0001:table.GetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate).Convert(Figures.Canada).Result > Figures.Airr|};

            bool Held(ExchangeRateTable table)
            {
                var rate = table.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate);
                return {|AIR0001:Figures.Canada.ConvertAt(rate.Inverse()).Result < Figures.Airr|};
            }
        }
        """);

    [Fact]
    public Task Conversion_at_a_table_rate_or_its_inverse_compared_in_its_own_currency_DoesNotReport() => VerifyMismatch.NoDiagnostics(Rates + """
        class Checks
        {
            bool Inverted(ExchangeRateTable table) =>
                table.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Stargate;

            bool Held(ExchangeRateTable table)
            {
                var rate = table.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate);
                return Figures.Canada.ConvertAt(rate.Inverse()).Result < Figures.Stargate;
            }
        }
        """);

    [Fact]
    public Task Rate_of_any_provider_or_with_an_unknown_currency_DoesNotReport() => VerifyMismatch.NoDiagnostics(Rates + """
        class Checks
        {
            bool Provider(IExchangeRateProvider rates) =>
                rates.GetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Inverse().Convert(Figures.Canada).Result > Figures.Airr;

            bool Unknown(ExchangeRateTable table, Currency target) =>
                table.GetRate(target, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate).Convert(Figures.Canada).Result > Figures.Airr;
        }
        """);
}
