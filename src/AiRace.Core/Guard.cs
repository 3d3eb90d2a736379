using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace AiRace.Core;

/// <summary>Argument checks with messages that name the argument and the bad value.</summary>
internal static class Guard
{
    public static void NotNull([NotNull] object? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    public static void Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{name} must be greater than zero; it was {value}."));
        }
    }

    public static void NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{name} must not be negative; it was {value}."));
        }
    }

    public static void InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{name} must be between {min} and {max}; it was {value}."));
        }
    }

    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"{name} has the undefined {typeof(TEnum).Name} value {value}."));
        }
    }

    /// <summary>An argument error's message without the C# parameter name (and value) .NET appends to it, which a
    /// document's reader does not have: what the loader and the JSON converters report.</summary>
    public static string Reason(ArgumentException error)
    {
        string message = error.Message;
        int at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
