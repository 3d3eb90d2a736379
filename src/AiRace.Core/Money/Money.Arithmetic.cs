using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using AiRace.Core.Text;

namespace AiRace.Core;

public readonly partial struct Money
{
    /// <summary>Adds two amounts in the same currency. The sum is exact whenever it fits in decimal's 28-29 significant
    /// digits. Beyond them decimal rounds the last digits, as it does after a conversion at a rate with 28 decimals; that
    /// is allowed only below the currency's minor unit: a sum that would lose a minor unit (CNY 10^27 + CNY 0.01) is
    /// refused, never rounded. A currency ISO 4217 gives no minor unit (XAU, XDR, ...) has no digits below it, so for
    /// it any sum decimal would round is refused.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>, or cannot be held
    /// to the currency's minor unit (exactly, for a currency without minor units).</exception>
    public static Money operator +(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("addition (+)", left._currency, right._currency);
        }

        decimal sum;
        try
        {
            sum = left._amount + right._amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow("addition (+)", left, right, ex);
        }

        if (sum.Scale < Math.Max(left._amount.Scale, right._amount.Scale) && LosesAMinorUnit(left._amount, right._amount, sum, left._currency))
        {
            ThrowInexact("addition (+)", left, right);
        }

        return new Money(sum, left._currency);
    }

    /// <summary>Subtracts two amounts in the same currency; exact and refused as for
    /// <see cref="op_Addition(Money, Money)"/>.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract, in the same currency.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>, or cannot be
    /// held to the currency's minor unit (exactly, for a currency without minor units).</exception>
    public static Money operator -(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("subtraction (-)", left._currency, right._currency);
        }

        decimal difference;
        try
        {
            difference = left._amount - right._amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow("subtraction (-)", left, right, ex);
        }

        if (difference.Scale < Math.Max(left._amount.Scale, right._amount.Scale) && LosesAMinorUnit(left._amount, -right._amount, difference, left._currency))
        {
            ThrowInexact("subtraction (-)", left, right);
        }

        return new Money(difference, left._currency);
    }

    /// <summary>The amount with its sign reversed.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount, in the same currency.</returns>
    public static Money operator -(Money value) => new(-value._amount, value._currency);

    /// <summary>The amount itself.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The same amount.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a number, at decimal's precision: the product is exact when it has at most 28
    /// decimals and fits in decimal's 28-29 significant digits (CNY 1.25 × 3.5 is CNY 4.375), and is otherwise the
    /// exact product rounded once, half to even, to those digits, as <see cref="decimal"/> multiplies (a rate with 28
    /// decimals). It is never rounded to minor units.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right)
    {
        try
        {
            return new Money(left._amount * right, left._currency);
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(FormattableString.Invariant($"Money multiplication (*) overflowed decimal: {left.ToString()} * {right}."), ex);
        }
    }

    /// <summary>Multiplies an amount by a number, at decimal's precision; see <see cref="op_Multiply(Money, decimal)"/>.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal left, Money right) => right * left;

    /// <summary>Divides an amount by a number, at decimal's precision: the quotient is exact when decimal holds it, and
    /// is otherwise the exact quotient rounded once, half to even, to decimal's 28-29 significant digits (at most 28
    /// decimals), as <see cref="decimal"/> divides (CNY 1,000 / 3 is CNY 333.33333333333333333333333333). It is never
    /// rounded to minor units.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator /(Money left, decimal right)
    {
        if (right == 0m)
        {
            throw new DivideByZeroException($"Money division (/): cannot divide {left.ToString()} by zero.");
        }

        try
        {
            return new Money(left._amount / right, left._currency);
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(FormattableString.Invariant($"Money division (/) overflowed decimal: {left.ToString()} / {right}."), ex);
        }
    }

    /// <summary>The ratio of two amounts in the same currency, as a plain number (CNY 600M / CNY 1B = 0.6).</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator, in the same currency.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is outside the range of <see cref="decimal"/>.</exception>
    public static decimal operator /(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("division (/)", left._currency, right._currency);
        }

        if (right._amount == 0m)
        {
            throw new DivideByZeroException($"Money division (/): cannot divide {left.ToString()} by {right.ToString()}.");
        }

        try
        {
            return left._amount / right._amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow("division (/)", left, right, ex);
        }
    }

    /// <summary>Whether two amounts in the same currency have the same value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>True when the values are equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ: use <see cref="Equals(Money)"/> to ask
    /// whether two amounts in possibly different currencies are the same.</exception>
    public static bool operator ==(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("equality (==)", left._currency, right._currency);
        }

        return left._amount == right._amount;
    }

    /// <summary>Whether two amounts in the same currency differ in value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>True when the values differ.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator !=(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("inequality (!=)", left._currency, right._currency);
        }

        return left._amount != right._amount;
    }

    /// <summary>Less than, for amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("comparison (<)", left._currency, right._currency);
        }

        return left._amount < right._amount;
    }

    /// <summary>Greater than, for amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("comparison (>)", left._currency, right._currency);
        }

        return left._amount > right._amount;
    }

    /// <summary>Less than or equal, for amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is not larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("comparison (<=)", left._currency, right._currency);
        }

        return left._amount <= right._amount;
    }

    /// <summary>Greater than or equal, for amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is not smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right)
    {
        if (left._currency != right._currency)
        {
            ThrowMismatch("comparison (>=)", left._currency, right._currency);
        }

        return left._amount >= right._amount;
    }

    /// <summary>The absolute value of the amount, in the same currency.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(_amount), _currency);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowMismatch(string operation, Currency left, Currency right) =>
        throw new CurrencyMismatchException(operation, left, right);

    /// <summary>
    /// Whether decimal's <paramref name="sum"/> of <paramref name="a"/> and <paramref name="b"/> lost a digit at or above
    /// the currency's minor unit (any digit, for a currency without minor units). Asked only when decimal lowered the
    /// scale of the sum, which it does to round (or to drop a trailing zero): a rounded sum that keeps more decimals than
    /// the minor units lost only digits below them.
    /// </summary>
    internal static bool LosesAMinorUnit(decimal a, decimal b, decimal sum, Currency currency) =>
        (currency.MinorUnits is not { } minorUnits || sum.Scale < minorUnits) && !ExactArithmetic.IsExactSum(a, b, sum);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInexact(string operation, Money left, Money right) =>
        throw new OverflowException(left.Currency.MinorUnits is null
            ? $"Money {operation} of {left.ToString()} and {right.ToString()} cannot be held exactly ({left.Currency.Code} has no minor unit below which rounding is allowed): the result needs more significant digits than decimal holds (28-29)."
            : $"Money {operation} of {left.ToString()} and {right.ToString()} cannot be held to the {left.Currency.Code} minor unit: the result needs more significant digits than decimal holds (28-29).");

    private static OverflowException Overflow(string operation, Money left, Money right, OverflowException inner) =>
        new($"Money {operation} overflowed decimal: {left.ToString()} and {right.ToString()}.", inner);
}
