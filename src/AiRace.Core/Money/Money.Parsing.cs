using System;
using System.Diagnostics.CodeAnalysis;
using AiRace.Core.Text;

namespace AiRace.Core;

public readonly partial struct Money : ISpanParsable<Money>
{
    /// <summary>
    /// Reads the canonical form that <see cref="ToString()"/> writes: an active ISO 4217 code, one space, and an
    /// amount in invariant notation, with or without ',' digit groups (<c>CNY 1,000,000,000.00</c>,
    /// <c>USD -5.25</c>, <c>JPY 1000</c>), without a leading zero (<c>CNY 012</c> is refused as a likely typo, as a
    /// JSON number would be). The form is culture-invariant, so no format provider is taken: the result is
    /// the same under every culture. Every value <see cref="ToString()"/> (G) or <c>ToString("R")</c> writes is read
    /// back equal, at every edge of <see cref="decimal"/>.
    /// For amounts as news articles write them ("1 trillion yuan") use <see cref="Reporting.NewsAmountParser"/>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The money, exactly as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not in the canonical form; the message says where.</exception>
    public static Money Parse(string s)
    {
        Guard.NotNull(s);
        return TryParseCore(s, out Money result, out string? error, out int position)
            ? result
            : throw new MoneyFormatException(s, position, error!);
    }

    /// <summary>Reads the canonical form; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The money.</returns>
    /// <exception cref="MoneyFormatException">The text is not in the canonical form.</exception>
    public static Money Parse(ReadOnlySpan<char> s) =>
        TryParseCore(s, out Money result, out string? error, out int position)
            ? result
            : throw new MoneyFormatException(s.ToString(), position, error!);

    /// <summary>Reads the canonical form without throwing; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The money, or <c>default</c>.</param>
    /// <returns>Whether the text was in the canonical form (false for null).</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, out result, out _, out _);
    }

    /// <summary>Reads the canonical form without throwing; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The money, or <c>default</c>.</param>
    /// <returns>Whether the text was in the canonical form.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result) => TryParseCore(s, out result, out _, out _);

    // IParsable and ISpanParsable, for generic code (T.Parse(s, provider)). They are implemented explicitly because the
    // provider means nothing to the invariant canonical form: a public overload taking one would make every call of
    // Money.Parse(text) a CA1305 warning ("specify IFormatProvider") for a provider that is ignored.

    /// <summary>Reads the canonical form; the provider is ignored. See <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not in the canonical form.</exception>
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads the canonical form without throwing; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    /// <param name="result">The money, or <c>default</c>.</param>
    /// <returns>Whether the text was in the canonical form.</returns>
    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    /// <summary>Reads the canonical form; the provider is ignored. See <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    /// <returns>The money.</returns>
    /// <exception cref="MoneyFormatException">The text is not in the canonical form.</exception>
    static Money ISpanParsable<Money>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads the canonical form without throwing; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the canonical form is culture-invariant.</param>
    /// <param name="result">The money, or <c>default</c>.</param>
    /// <returns>Whether the text was in the canonical form.</returns>
    static bool ISpanParsable<Money>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, out result);

    private static bool TryParseCore(ReadOnlySpan<char> s, out Money result, out string? error, out int position)
    {
        result = default;
        position = 0;
        if (s.Length < 3)
        {
            error = "expected a three-letter ISO 4217 code";
            return false;
        }

        if (!Currency.TryFromCode(s[..3], out Currency currency))
        {
            int shown = 2 + HiddenCharacters.UnitsAt(s, 2); // a pair at the end of the code stays whole
            error = $"'{HiddenCharacters.Shown(s[..shown].ToString())}' is not an active ISO 4217 currency code";
            return false;
        }

        if (s.Length < 4 || s[3] != ' ')
        {
            error = "expected one space after the currency code";
            position = 3;
            return false;
        }

        if (!ExactDecimal.TryParse(s[4..], allowGroups: true, out decimal amount, out error, out int at))
        {
            position = 4 + at;
            return false;
        }

        result = new Money(amount, currency);
        return true;
    }
}
