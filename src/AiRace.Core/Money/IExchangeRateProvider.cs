using System;

namespace AiRace.Core;

/// <summary>A source of dated exchange rates, such as an <see cref="ExchangeRateTable"/>.</summary>
public interface IExchangeRateProvider
{
    /// <summary>Finds the rate from <paramref name="from"/> to <paramref name="to"/> for a date, by a look-up policy.</summary>
    /// <param name="from">The currency to convert from (the rate's base).</param>
    /// <param name="to">The currency to convert to (the rate's quote).</param>
    /// <param name="date">The date the conversion is for.</param>
    /// <param name="lookup">How to find the rate.</param>
    /// <param name="rate">The rate found, or <c>default</c>.</param>
    /// <returns>Whether a rate was found.</returns>
    bool TryGetRate(Currency from, Currency to, DateOnly date, RateLookup lookup, out ExchangeRate rate);

    /// <summary>Finds a rate, or throws an exception that says what was asked and what data there is.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date the conversion is for.</param>
    /// <param name="lookup">How to find the rate.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate matches.</exception>
    ExchangeRate GetRate(Currency from, Currency to, DateOnly date, RateLookup lookup);
}
