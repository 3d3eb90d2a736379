using System;
using System.Collections.Generic;
using AiRace.Core.Text;

namespace AiRace.Core;

/// <summary>Sums of money that state their currency.</summary>
public static class MoneyEnumerable
{
    /// <summary>
    /// Adds up amounts that must all be in <paramref name="currency"/>. An empty sequence gives zero in that currency;
    /// an amount in another currency throws, naming its position.
    /// </summary>
    /// <remarks>The amounts are added exactly, in wider arithmetic than decimal, and the total is rounded at most once,
    /// at the end: the total does not depend on the order of the amounts, and a partial sum beyond decimal's range
    /// (<c>decimal.MaxValue</c> + 1 - 1) is no error when the total is within it.</remarks>
    /// <param name="source">The amounts.</param>
    /// <param name="currency">The currency every amount must have, and of the result.</param>
    /// <returns>The total: the exact sum when decimal holds it (at the most decimals of the amounts), otherwise the exact
    /// sum rounded once, half to even, to the most decimals decimal holds, which is allowed only below the minor unit as
    /// <see cref="Money.op_Addition(Money, Money)"/> allows it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="decimal"/>, or cannot be held
    /// to the currency's minor unit (exactly, for a currency without minor units).</exception>
    public static Money Sum(this IEnumerable<Money> source, Currency currency)
    {
        Guard.NotNull(source);
        decimal total = 0m;
        ExactSum? exact = null; // once decimal's running total would round or overflow, the exact total
        int scale = 0;
        int index = 0;
        foreach (Money item in source)
        {
            if (item.Currency != currency)
            {
                throw new CurrencyMismatchException(FormattableString.Invariant($"a sum in {currency.Code} (element {index})"), currency, item.Currency);
            }

            scale = Math.Max(scale, item.Amount.Scale);
            if (exact is not null)
            {
                exact.Add(item.Amount);
            }
            else if (!TryAddExactly(total, item.Amount, out total))
            {
                exact = new ExactSum();
                exact.Add(total, scale);
                exact.Add(item.Amount);
            }

            index++;
        }

        if (exact is null)
        {
            return new Money(total, currency);
        }

        if (!exact.TryGet(out decimal value, out bool isExact))
        {
            throw new OverflowException(FormattableString.Invariant($"Money sum in {currency.Code} of {index} amounts is outside the range of decimal (about ±7.9 × 10^28)."));
        }

        if (!isExact && (currency.MinorUnits is not { } minorUnits || value.Scale < minorUnits))
        {
            throw new OverflowException(FormattableString.Invariant($"Money sum in {currency.Code} of {index} amounts cannot be held {(currency.MinorUnits is null ? "exactly" : "to the minor unit")}: the total needs more significant digits than decimal holds (28-29)."));
        }

        return new Money(value, currency);

        // decimal's sum when it is exact; false (and the sum unchanged) when decimal would round or overflow
        static bool TryAddExactly(decimal total, decimal amount, out decimal next)
        {
            next = total;
            decimal sum;
            try
            {
                sum = total + amount;
            }
            catch (OverflowException)
            {
                return false;
            }

            if (!ExactArithmetic.IsExactSum(total, amount, sum))
            {
                return false;
            }

            next = sum;
            return true;
        }
    }

    /// <summary>Adds up the amounts a selector picks, all of which must be in <paramref name="currency"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The elements.</param>
    /// <param name="selector">Picks each element's amount.</param>
    /// <param name="currency">The currency every amount must have, and of the result.</param>
    /// <returns>The total, as <see cref="Sum(IEnumerable{Money}, Currency)"/> gives it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="decimal"/>, or cannot be held
    /// to the currency's minor unit.</exception>
    public static Money Sum<T>(this IEnumerable<T> source, Func<T, Money> selector, Currency currency)
    {
        Guard.NotNull(source);
        Guard.NotNull(selector);
        return Select(source, selector).Sum(currency);
    }

    private static IEnumerable<Money> Select<T>(IEnumerable<T> source, Func<T, Money> selector)
    {
        foreach (T item in source)
        {
            yield return selector(item);
        }
    }
}
