using System;

namespace AiRace.Core;

/// <summary>Thrown when no exchange rate matches a request; the message says what was asked and what the data covers.</summary>
public sealed class ExchangeRateNotFoundException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="date">The requested date.</param>
    /// <param name="lookup">The look-up policy.</param>
    /// <param name="message">What was searched and what the data covers.</param>
    public ExchangeRateNotFoundException(Currency from, Currency to, DateOnly date, RateLookup lookup, string message)
        : base(message)
    {
        From = from;
        To = to;
        Date = date;
        Lookup = lookup;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>The requested date.</summary>
    public DateOnly Date { get; }

    /// <summary>The look-up policy.</summary>
    public RateLookup Lookup { get; }
}
