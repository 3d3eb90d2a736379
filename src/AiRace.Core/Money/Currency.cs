using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;

namespace AiRace.Core;

/// <summary>
/// An active ISO 4217 currency: its alphabetic code, numeric code, minor units and English name.
/// </summary>
/// <remarks>
/// <para>The table is the complete ISO 4217 list one, embedded in the assembly; <see cref="All"/> enumerates it.
/// A value is a small index into that table, so copying, comparing and hashing cost no more than an integer.</para>
/// <para><c>default(Currency)</c> is <see cref="XXX"/>, the code ISO assigns to "no currency". It is a valid value,
/// but it is never equal to a real currency, so a <c>default(Money)</c> cannot be added to yuan or dollars.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>, IComparable<Currency>, IComparable, ISpanParsable<Currency>
{
    private readonly ushort _index;

    private Currency(ushort index) => _index = index;

    /// <summary>Chinese yuan renminbi (CNY, 156, 2 minor units).</summary>
    public static readonly Currency CNY = FromCode("CNY");

    /// <summary>US dollar (USD, 840, 2 minor units).</summary>
    public static readonly Currency USD = FromCode("USD");

    /// <summary>Euro (EUR, 978, 2 minor units).</summary>
    public static readonly Currency EUR = FromCode("EUR");

    /// <summary>Japanese yen (JPY, 392, 0 minor units).</summary>
    public static readonly Currency JPY = FromCode("JPY");

    /// <summary>Pound sterling (GBP, 826, 2 minor units).</summary>
    public static readonly Currency GBP = FromCode("GBP");

    /// <summary>Hong Kong dollar (HKD, 344, 2 minor units).</summary>
    public static readonly Currency HKD = FromCode("HKD");

    /// <summary>New Taiwan dollar (TWD, 901, 2 minor units).</summary>
    public static readonly Currency TWD = FromCode("TWD");

    /// <summary>South Korean won (KRW, 410, 0 minor units).</summary>
    public static readonly Currency KRW = FromCode("KRW");

    /// <summary>Indian rupee (INR, 356, 2 minor units).</summary>
    public static readonly Currency INR = FromCode("INR");

    /// <summary>Swiss franc (CHF, 756, 2 minor units).</summary>
    public static readonly Currency CHF = FromCode("CHF");

    /// <summary>Canadian dollar (CAD, 124, 2 minor units).</summary>
    public static readonly Currency CAD = FromCode("CAD");

    /// <summary>Australian dollar (AUD, 036, 2 minor units).</summary>
    public static readonly Currency AUD = FromCode("AUD");

    /// <summary>Singapore dollar (SGD, 702, 2 minor units).</summary>
    public static readonly Currency SGD = FromCode("SGD");

    /// <summary>Special drawing right of the IMF (XDR, 960, no minor unit).</summary>
    public static readonly Currency XDR = FromCode("XDR");

    /// <summary>Gold, one troy ounce (XAU, 959, no minor unit).</summary>
    public static readonly Currency XAU = FromCode("XAU");

    /// <summary>"No currency" (XXX, 999, no minor unit); also <c>default(Currency)</c>.</summary>
    public static readonly Currency XXX = default;

    private CurrencyRegistry.Entry Entry => CurrencyRegistry.Active[_index];

    /// <summary>The position in the embedded table (0 is XXX).</summary>
    internal int Index => _index;

    /// <summary>The three-letter alphabetic code, such as <c>CNY</c>.</summary>
    public string Code => Entry.Code;

    /// <summary>The three-digit numeric code, such as 156 for CNY.</summary>
    public int NumericCode => Entry.Numeric;

    /// <summary>
    /// The number of decimal places of the minor unit (2 for CNY, 0 for JPY, 3 for KWD), or <see langword="null"/>
    /// where ISO 4217 defines none (precious metals, units of account, XTS and XXX).
    /// </summary>
    public int? MinorUnits => Entry.MinorUnits;

    /// <summary>The English name ISO 4217 gives, such as "Yuan Renminbi".</summary>
    public string Name => Entry.Name;

    /// <summary>What the code denotes: a national currency, a fund code, a metal, ...</summary>
    public CurrencyKind Kind => Entry.Kind;

    /// <summary>Every active ISO 4217 currency, XXX first, then in code order. Read-only: a change through
    /// <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>.</summary>
    public static IReadOnlyList<Currency> All { get; } = Array.AsReadOnly(BuildAll());

    private static Currency[] BuildAll()
    {
        var all = new Currency[CurrencyRegistry.Active.Length];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = new Currency((ushort)i);
        }

        return all;
    }

    /// <summary>Returns the currency with the given alphabetic code.</summary>
    /// <param name="code">Three upper-case letters, such as <c>"CNY"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException">The code is not an active ISO 4217 code; the message says which code
    /// was probably meant (for example <c>CNY</c> for "RMB").</exception>
    public static Currency FromCode(string code)
    {
        Guard.NotNull(code);
        return CurrencyRegistry.TryFind(code, out ushort index) ? new Currency(index) : throw new UnknownCurrencyException(code);
    }

    /// <summary>Returns the currency with the given alphabetic code.</summary>
    /// <param name="code">Three upper-case letters.</param>
    /// <exception cref="UnknownCurrencyException">The code is not an active ISO 4217 code.</exception>
    public static Currency FromCode(ReadOnlySpan<char> code) =>
        CurrencyRegistry.TryFind(code, out ushort index) ? new Currency(index) : throw new UnknownCurrencyException(code.ToString());

    /// <summary>Looks a code up without throwing.</summary>
    /// <param name="code">Three upper-case letters, or anything else (then the result is false).</param>
    /// <param name="currency">The currency, or <c>default</c> when the code is unknown.</param>
    /// <returns>Whether the code is an active ISO 4217 code.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency) => TryFromCode(code.AsSpan(), out currency);

    /// <summary>Looks a code up without throwing or allocating.</summary>
    /// <param name="code">Three upper-case letters.</param>
    /// <param name="currency">The currency, or <c>default</c> when the code is unknown.</param>
    /// <returns>Whether the code is an active ISO 4217 code.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        bool found = CurrencyRegistry.TryFind(code, out ushort index);
        currency = new Currency(index);
        return found;
    }

    /// <summary>Returns the currency with the given ISO 4217 numeric code.</summary>
    /// <param name="numericCode">The numeric code, such as 156 for CNY.</param>
    /// <exception cref="UnknownCurrencyException">No active currency has that numeric code.</exception>
    public static Currency FromNumericCode(int numericCode) =>
        CurrencyRegistry.TryFindNumeric(numericCode, out ushort index)
            ? new Currency(index)
            : throw new UnknownCurrencyException(numericCode.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                FormattableString.Invariant($"{numericCode:D3} is not the numeric code of an active ISO 4217 currency."), null);

    /// <summary>Whether <paramref name="code"/> is an active ISO 4217 alphabetic code.</summary>
    /// <param name="code">The text to check.</param>
    /// <returns><see langword="true"/> for an active code such as "CNY"; false for "RMB", "cny" or "HRK".</returns>
    public static bool IsActiveCode(ReadOnlySpan<char> code) => CurrencyRegistry.TryFind(code, out _);

    /// <inheritdoc/>
    public bool Equals(Currency other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>Orders currencies by their alphabetic code (ordinal).</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after the other.</returns>
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Currency with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The alphabetic code, such as <c>CNY</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Whether two currencies are the same.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when both are the same ISO 4217 currency.</returns>
    public static bool operator ==(Currency left, Currency right) => left._index == right._index;

    /// <summary>Whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when they are different currencies.</returns>
    public static bool operator !=(Currency left, Currency right) => left._index != right._index;

    /// <summary>Sorts before, by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code sorts first.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Sorts after, by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code sorts last.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Sorts before or equal, by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code does not sort after.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Sorts after or equal, by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether <paramref name="left"/>'s code does not sort before.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    /// <summary>Parses an alphabetic code (the format provider is not used: codes are culture-invariant).</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="UnknownCurrencyException">The code is not an active ISO 4217 code.</exception>
    public static Currency Parse(string s, IFormatProvider? provider) => FromCode(s);

    /// <summary>Parses an alphabetic code without throwing.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <c>default</c>.</param>
    /// <returns>Whether the code is an active ISO 4217 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result) => TryFromCode(s, out result);

    /// <summary>Parses an alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="UnknownCurrencyException">The code is not an active ISO 4217 code.</exception>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FromCode(s);

    /// <summary>Parses an alphabetic code without throwing.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <c>default</c>.</param>
    /// <returns>Whether the code is an active ISO 4217 code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) => TryFromCode(s, out result);
}
