using System;
using System.Numerics;
using System.Text.Json.Serialization;
using AiRace.Core.Serialization;

namespace AiRace.Core;

/// <summary>
/// An exact amount of money in one ISO 4217 currency: a <see cref="decimal"/> amount and a <see cref="Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic and comparison are defined only between amounts in the same currency; anything else throws
/// <see cref="CurrencyMismatchException"/>. Convert with a dated <see cref="ExchangeRate"/> first.</para>
/// <para>Nothing is rounded silently: results keep the exact decimal value. Round explicitly with
/// <see cref="Round(MidpointRounding)"/> (to the currency's minor units) or <see cref="Round(int, MidpointRounding)"/>,
/// always naming a <see cref="MidpointRounding"/>.</para>
/// <para><c>default(Money)</c> is zero in <see cref="Currency.XXX"/> ("no currency"). It is not equal to zero in any
/// real currency, and adding it to yuan or dollars throws <see cref="CurrencyMismatchException"/>; start sums with
/// <see cref="Zero(Currency)"/> instead.</para>
/// <para>Values are immutable and thread-safe. Equality (<see cref="Equals(Money)"/>) compares value and currency, so
/// CNY 1.0 equals CNY 1.00 and never equals USD 1.00; the operators <c>==</c> and <c>!=</c> throw for different
/// currencies, as the ordering operators do, because such a comparison is almost always a bug.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money :
    IEquatable<Money>,
    IComparable<Money>,
    IComparable,
    IAdditionOperators<Money, Money, Money>,
    ISubtractionOperators<Money, Money, Money>,
    IUnaryNegationOperators<Money, Money>,
    IUnaryPlusOperators<Money, Money>,
    IMultiplyOperators<Money, decimal, Money>,
    IDivisionOperators<Money, decimal, Money>,
    IComparisonOperators<Money, Money, bool>
{
    private readonly decimal _amount;
    private readonly Currency _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The exact amount, in units of the currency (yuan, not fen).</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        _amount = amount;
        _currency = currency;
    }

    /// <summary>The exact amount, in units of the currency (yuan, not fen).</summary>
    public decimal Amount => _amount;

    /// <summary>The currency.</summary>
    public Currency Currency => _currency;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => _amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => _amount < 0m;

    /// <summary>Zero in the given currency: the start of a sum.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>An amount of zero.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates an amount of money (the same as the constructor).</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Creates an amount of money in the currency with the given ISO 4217 code.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currencyCode">An active ISO 4217 code such as "CNY".</param>
    /// <returns>The money.</returns>
    /// <exception cref="UnknownCurrencyException">The code is not an active ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currencyCode) => new(amount, Currency.FromCode(currencyCode));

    /// <summary>An amount in Chinese yuan renminbi (CNY).</summary>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>The money.</returns>
    public static Money Cny(decimal amount) => new(amount, Currency.CNY);

    /// <summary>An amount in US dollars (USD).</summary>
    /// <param name="amount">The amount in dollars.</param>
    /// <returns>The money.</returns>
    public static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>An amount in euros (EUR).</summary>
    /// <param name="amount">The amount in euros.</param>
    /// <returns>The money.</returns>
    public static Money Eur(decimal amount) => new(amount, Currency.EUR);

    /// <summary>An amount in Japanese yen (JPY).</summary>
    /// <param name="amount">The amount in yen.</param>
    /// <returns>The money.</returns>
    public static Money Jpy(decimal amount) => new(amount, Currency.JPY);

    /// <summary>An amount in pounds sterling (GBP).</summary>
    /// <param name="amount">The amount in pounds.</param>
    /// <returns>The money.</returns>
    public static Money Gbp(decimal amount) => new(amount, Currency.GBP);

    /// <summary>An amount written in thousands: <c>Thousands(250, CNY)</c> is CNY 250 000.</summary>
    /// <param name="thousands">The figure in thousands, as written.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="OverflowException">The amount is too large for <see cref="decimal"/>.</exception>
    public static Money Thousands(decimal thousands, Currency currency) => Scaled(thousands, Magnitude.Thousands, currency);

    /// <summary>An amount written in millions: <c>Millions(600, CNY)</c> is CNY 600 000 000.</summary>
    /// <param name="millions">The figure in millions, as written.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="OverflowException">The amount is too large for <see cref="decimal"/>.</exception>
    public static Money Millions(decimal millions, Currency currency) => Scaled(millions, Magnitude.Millions, currency);

    /// <summary>An amount written in billions (10^9): <c>Billions(8.2m, USD)</c> is USD 8 200 000 000.</summary>
    /// <param name="billions">The figure in billions, as written.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="OverflowException">The amount is too large for <see cref="decimal"/>.</exception>
    public static Money Billions(decimal billions, Currency currency) => Scaled(billions, Magnitude.Billions, currency);

    /// <summary>An amount written in trillions (10^12): <c>Trillions(1, CNY)</c> is CNY 1 000 000 000 000.</summary>
    /// <param name="trillions">The figure in trillions, as written.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="OverflowException">The amount is too large for <see cref="decimal"/>.</exception>
    public static Money Trillions(decimal trillions, Currency currency) => Scaled(trillions, Magnitude.Trillions, currency);

    /// <summary>An amount written as a figure and a magnitude: <c>Scaled(600, Magnitude.Millions, CNY)</c>.</summary>
    /// <param name="figure">The figure as written.</param>
    /// <param name="magnitude">The scale word it was written with.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="magnitude"/> is not a defined <see cref="Magnitude"/>.</exception>
    /// <exception cref="OverflowException">The amount is too large for <see cref="decimal"/>.</exception>
    public static Money Scaled(decimal figure, Magnitude magnitude, Currency currency)
    {
        try
        {
            return new Money(figure * magnitude.Factor(), currency);
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(FormattableString.Invariant($"Scaling {figure} by {magnitude} ({currency.Code}) overflows decimal."), ex);
        }
    }

    /// <summary>Deconstructs into amount and currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public void Deconstruct(out decimal amount, out Currency currency)
    {
        amount = _amount;
        currency = _currency;
    }

    /// <summary>Whether both have the same currency and the same value (CNY 1.0 equals CNY 1.00).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>True for the same currency and value; false otherwise, never throwing.</returns>
    public bool Equals(Money other) => _currency == other._currency && _amount == other._amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_amount, _currency);

    /// <summary>Orders amounts of the same currency.</summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        RequireSameCurrency(other, "comparison");
        return _amount.CompareTo(other._amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare Money with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The smaller of two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount (the first when they are equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left.CompareTo(right) <= 0 ? left : right;

    /// <summary>The larger of two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount (the first when they are equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left.CompareTo(right) >= 0 ? left : right;

    private void RequireSameCurrency(Money other, string operation)
    {
        if (_currency != other._currency)
        {
            throw new CurrencyMismatchException(operation, _currency, other._currency);
        }
    }
}
