using System;

namespace AiRace.Core;

/// <summary>
/// Thrown when an operation needs two amounts in the same currency (adding, subtracting, comparing, summing)
/// and they differ. Convert one of them first, with a dated <see cref="ExchangeRate"/>.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for an operation between two currencies.</summary>
    /// <param name="operation">The operation, such as "addition" or "comparison".</param>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    public CurrencyMismatchException(string operation, Currency left, Currency right)
        : base($"Cannot apply {operation} to {left.Code} and {right.Code}: the currencies differ. Convert one amount first with a dated exchange rate.")
    {
        Operation = operation;
        Left = left;
        Right = right;
    }

    /// <summary>The operation that was refused.</summary>
    public string Operation { get; }

    /// <summary>The currency of the left operand (or of the expected currency, for sums).</summary>
    public Currency Left { get; }

    /// <summary>The currency of the right operand (or of the offending element, for sums).</summary>
    public Currency Right { get; }
}
