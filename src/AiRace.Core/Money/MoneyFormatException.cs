using System;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>
/// Thrown when a text cannot be read as money: the message says what was not understood and at which position.
/// </summary>
public sealed class MoneyFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="input">The whole text that was being read.</param>
    /// <param name="position">The zero-based index in <paramref name="input"/> where reading failed.</param>
    /// <param name="reason">What was expected or wrong there.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="reason"/> is null.</exception>
    public MoneyFormatException(string input, int position, string reason)
        : base(FormattableString.Invariant($"Cannot read '{HiddenCharacters.ShownInput(input ?? throw new ArgumentNullException(nameof(input)))}' as money: {reason ?? throw new ArgumentNullException(nameof(reason))} at position {position}."))
    {
        Input = input;
        Position = position;
        Reason = reason;
    }

    /// <summary>The whole text that was being read.</summary>
    public string Input { get; }

    /// <summary>The zero-based index in <see cref="Input"/> where reading failed.</summary>
    public int Position { get; }

    /// <summary>What was expected or wrong at <see cref="Position"/>.</summary>
    public string Reason { get; }
}
