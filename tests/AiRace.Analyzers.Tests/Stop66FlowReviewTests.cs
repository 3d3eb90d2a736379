using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// The adversarial review of AIR0001's currency flow in stop 66 (issue 12: no AIR0001 must mean no currency mixing, with
/// no false report), beyond the stop 65 review: the known misses that review left (a rate <c>TryGetRate</c> gives a local
/// declared before the call), each reporting where its currency is certain, with silent twins where a second write,
/// another table or an unknown currency leaves it open.
/// </summary>
public class Stop66FlowReviewTests
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
    public Task Rate_TryGetRate_gives_a_local_declared_before_the_call_in_another_currency_Reports() => Files.Verify(
        Rates,
        """
        using AiRace.Core;
        class Checks
        {
            bool Declared(ExchangeRateTable table)
            {
                ExchangeRate rate;
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate))
                {
                    return false;
                }

                return {|AIR0001:rate.Convert(Figures.Canada).Result > Figures.Airr|};
            }

            bool Unchecked(ExchangeRateTable table)
            {
                ExchangeRate rate;
                table.TryGetRate(Currency.USD, Currency.CAD, Figures.YearEnd, RateLookup.ExactDate, out rate);
                return {|AIR0001:Figures.Canada.ConvertAt(rate.Inverse()).Result < Figures.Airr|};
            }
        }
        """);

    [Fact]
    public Task Rate_given_a_local_declared_before_TryGetRate_in_its_currency_or_written_again_DoesNotReport() => Files.Verify(
        Rates,
        """
        using System;
        using AiRace.Core;
        class Checks
        {
            bool Same(ExchangeRateTable table)
            {
                ExchangeRate rate;
                return table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate) && rate.Convert(Figures.Canada).Result > Figures.Stargate;
            }

            bool Replaced(ExchangeRateTable table)
            {
                ExchangeRate rate;
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate))
                {
                    rate = new ExchangeRate(Currency.CAD, Currency.GBP, 0.55m, Figures.YearEnd, RateSeries.Identity);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Twice(ExchangeRateTable table)
            {
                ExchangeRate rate;
                if (!table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate))
                {
                    table.TryGetRate(Currency.CAD, Currency.GBP, Figures.YearEnd, RateLookup.ExactDate, out rate);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Closure(ExchangeRateTable table, ExchangeRate other)
            {
                ExchangeRate rate;
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate);
                Action reset = () => rate = other;
                reset();
                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Provider(IExchangeRateProvider rates)
            {
                ExchangeRate rate;
                return rates.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate) && rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Given(ExchangeRateTable table, ExchangeRate given)
            {
                ExchangeRate rate = given;
                table.TryGetRate(Currency.CAD, Currency.USD, Figures.YearEnd, RateLookup.ExactDate, out rate);
                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }

            bool Looped(ExchangeRateTable table, Currency[] quotes)
            {
                ExchangeRate rate = default;
                foreach (var quote in quotes)
                {
                    table.TryGetRate(Currency.CAD, quote, Figures.YearEnd, RateLookup.ExactDate, out rate);
                }

                return rate.Convert(Figures.Canada).Result > Figures.Airr;
            }
        }
        """);
}
