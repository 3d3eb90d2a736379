using System;

namespace AiRace.Core;

/// <summary>
/// Thrown when a text is used as a currency code but is not an active ISO 4217 code. The message names the text
/// and, for well-known aliases ("RMB", "yuan", "US$", "euro") and withdrawn codes, the code that is meant.
/// </summary>
public sealed class UnknownCurrencyException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="code"/>, with a message that explains it.</summary>
    /// <param name="code">The text that was given as a code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public UnknownCurrencyException(string code)
        : this(code, CurrencyRegistry.DescribeUnknown(code ?? throw new ArgumentNullException(nameof(code)), out string? suggestion), suggestion)
    {
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    /// <param name="code">The text that was given as a code.</param>
    /// <param name="message">What was wrong.</param>
    /// <param name="suggestedCode">The active code that was probably meant, if one is known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public UnknownCurrencyException(string code, string message, string? suggestedCode)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        SuggestedCode = suggestedCode;
    }

    /// <summary>The text that was given as a currency code.</summary>
    public string Code { get; }

    /// <summary>The active ISO 4217 code that was probably meant ("CNY" for "RMB"), or null when none is known.</summary>
    public string? SuggestedCode { get; }
}
