using System;
using System.Collections.Generic;

namespace AiRace.Core;

/// <summary>Sums of money that state their currency.</summary>
public static class MoneyEnumerable
{
    /// <summary>
    /// Adds up amounts that must all be in <paramref name="currency"/>. An empty sequence gives zero in that currency;
    /// an amount in another currency throws, naming its position.
    /// </summary>
    /// <param name="source">The amounts.</param>
    /// <param name="currency">The currency every amount must have, and of the result.</param>
    /// <returns>The total: exact, or rounded only below the minor unit as <see cref="Money.op_Addition(Money, Money)"/> is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="decimal"/>, or cannot be held
    /// to the currency's minor unit (exactly, for a currency without minor units).</exception>
    public static Money Sum(this IEnumerable<Money> source, Currency currency)
    {
        Guard.NotNull(source);
        decimal total = 0m;
        int index = 0;
        foreach (Money item in source)
        {
            if (item.Currency != currency)
            {
                throw new CurrencyMismatchException(FormattableString.Invariant($"a sum in {currency.Code} (element {index})"), currency, item.Currency);
            }

            decimal next;
            try
            {
                next = total + item.Amount;
            }
            catch (OverflowException ex)
            {
                throw new OverflowException(FormattableString.Invariant($"Money sum in {currency.Code} overflowed decimal at element {index}."), ex);
            }

            if (next.Scale < Math.Max(total.Scale, item.Amount.Scale) && Money.LosesAMinorUnit(total, item.Amount, next, currency))
            {
                throw new OverflowException(FormattableString.Invariant($"Money sum in {currency.Code} cannot be held {(currency.MinorUnits is null ? "exactly" : "to the minor unit")} at element {index}: the total needs more significant digits than decimal holds (28-29)."));
            }

            total = next;

            index++;
        }

        return new Money(total, currency);
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
