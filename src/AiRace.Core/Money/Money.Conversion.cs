using System;

namespace AiRace.Core;

public readonly partial struct Money
{
    /// <summary>
    /// Converts to another currency at the rate a provider gives for a stated date and look-up policy. The
    /// conversion records the original amount, the rate (with its own date and series) and the unrounded result.
    /// Converting to the same currency gives an identity conversion (rate 1).
    /// </summary>
    /// <param name="target">The currency to convert to.</param>
    /// <param name="date">The date the conversion is for; never the clock's "today" in a reproducible analysis.</param>
    /// <param name="provider">Where rates come from, such as <see cref="ReferenceRates.FederalReserveH10"/>.</param>
    /// <param name="lookup">How to find the rate: exact date, most recent within N days, monthly or annual average.</param>
    /// <returns>The conversion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="ExchangeRateNotFoundException">The provider has no rate for the date by that policy, or it answered
    /// with a rate of another pair than this amount's currency to <paramref name="target"/> (or with
    /// <c>default(ExchangeRate)</c>); the message names what it gave.</exception>
    /// <exception cref="OverflowException">The converted amount is outside the range of <see cref="decimal"/>.</exception>
    public Conversion ConvertTo(Currency target, DateOnly date, IExchangeRateProvider provider, RateLookup lookup)
    {
        Guard.NotNull(provider);
        ExchangeRate rate = ProvidedRate.Get(provider, _currency, target, date, lookup);
        return new Conversion(this, rate, date, lookup);
    }

    /// <summary>Converts at a given rate (in either direction of it), recording the rate.</summary>
    /// <param name="rate">The rate; this amount must be in its base or quote currency.</param>
    /// <returns>The conversion.</returns>
    /// <exception cref="CurrencyMismatchException">This amount is in neither currency of the rate.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="rate"/> is <c>default(ExchangeRate)</c>, which is no rate.</exception>
    /// <exception cref="OverflowException">The converted amount is outside the range of <see cref="decimal"/>, or, for an
    /// amount in the rate's quote currency, the inverse rate is (the rate is 2 × 10^28 or more).</exception>
    public Conversion ConvertAt(ExchangeRate rate) => rate.Convert(this);
}
