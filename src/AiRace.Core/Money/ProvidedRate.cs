using System;
using System.Globalization;

namespace AiRace.Core;

/// <summary>A provider's rate for the pair asked, checked: a provider is caller's code and may answer with another pair.</summary>
internal static class ProvidedRate
{
    /// <summary>
    /// The provider's rate from <paramref name="from"/> to <paramref name="to"/>; a rate of another base or quote, or
    /// <c>default(ExchangeRate)</c>, is refused as no rate found, with a message that names what the provider gave.
    /// </summary>
    /// <exception cref="ExchangeRateNotFoundException">No rate, or a rate of another pair.</exception>
    public static ExchangeRate Get(IExchangeRateProvider provider, Currency from, Currency to, DateOnly date, RateLookup lookup)
    {
        ExchangeRate rate = provider.GetRate(from, to, date, lookup);
        if (rate.Series is null || rate.Base != from || rate.Quote != to)
        {
            string given = rate.Series is null ? "default(ExchangeRate), which is no rate" : $"a {rate.Base.Code}/{rate.Quote.Code} rate";
            throw new ExchangeRateNotFoundException(from, to, date, lookup, string.Create(CultureInfo.InvariantCulture,
                $"asked for the {from.Code}/{to.Code} rate of {date:yyyy-MM-dd} ({lookup}), the rate provider {provider.GetType().Name} gave {given}; it is not used, so no {from.Code}/{to.Code} rate was found"));
        }

        return rate;
    }
}
