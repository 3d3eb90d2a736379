using System;
using System.Collections.Generic;
using AiRace.Core;

namespace Harbour.Ledger.Desks;

/// <summary>Running totals the desks' reports share.</summary>
public static class Totals
{
    /// <summary>The sum of amounts the caller promises are all in <paramref name="currency"/>.</summary>
    public static Money Of(Currency currency, IEnumerable<Money> amounts)
    {
        var total = Money.Zero(currency);
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <summary>What is left of a float after the payments made from it.</summary>
    public static Money Remaining(Money opening, IReadOnlyList<Money> payments)
    {
        var left = opening;
        foreach (var payment in payments)
            left = left - payment;
        return left;
    }

    /// <summary>The euro part of the amounts: the others are skipped.</summary>
    public static Money EuroPart(IEnumerable<Money> amounts)
    {
        var total = Money.Zero(Currency.EUR);
        foreach (var amount in amounts)
        {
            if (amount.Currency != Currency.EUR)
            {
                continue;
            }

            total += amount;
        }

        return total;
    }

    /// <summary>The sum, or null when the amounts turn out to be in several currencies.</summary>
    public static Money? TryOf(Currency currency, IEnumerable<Money> amounts)
    {
        try
        {
            return Of(currency, amounts);
        }
        catch (CurrencyMismatchException)
        {
            return null;
        }
    }
}

/// <summary>The harbour's desks abroad, keyed by the city code as the partner writes it (in any case).</summary>
public sealed class DeskBook
{
    private static readonly Dictionary<string, Money> Floats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tyo"] = Money.Jpy(5_000_000m),
        ["bru"] = Money.Eur(40_000m),
        ["lon"] = Money.Gbp(30_000m),
    };

    private static readonly Dictionary<string, Money> Limits = new(Floats, StringComparer.OrdinalIgnoreCase);

    private readonly List<Money> _tokyoPayments = [Money.Jpy(120_000m), Money.Jpy(80_000m)];
    private readonly List<Money> _mixedPayments = [Money.Jpy(120_000m), Money.Eur(900m)];

    /// <summary>Whether the Tokyo float is the larger (the partner's report spells the codes in capitals).</summary>
    public bool TokyoAboveBrussels() => Floats["TYO"] > Floats["Bru"]; // expect: AIR0001 (yen against euros; the comparer ignores case)

    /// <summary>Whether the Tokyo float still covers a yen payment.</summary>
    public bool TokyoCovers(decimal yen) => Floats["Tyo"] >= Money.Jpy(yen); // expect: AIR0010 (a currency name is a money word); otherwise clean: "Tyo" is "tyo" under OrdinalIgnoreCase

    /// <summary>The Tokyo float after its own payments.</summary>
    public Money TokyoAfterPayments() => Totals.Remaining(Floats["TYO"], _tokyoPayments); // clean: yen throughout

    /// <summary>Every payment of the quarter, in yen.</summary>
    public Money AllPayments() => Totals.Of(Currency.JPY, _mixedPayments); // expect: AIR0001 (the loop adds yen and euros to one total)

    /// <summary>The payments made in euros.</summary>
    public Money EuroPayments() => Totals.EuroPart(_mixedPayments); // clean: the loop skips what is not in euros

    /// <summary>The quarter's total when it is in one currency.</summary>
    public Money? PaymentsIfOneCurrency() => Totals.TryOf(Currency.JPY, _mixedPayments); // clean: the mismatch is caught

    /// <summary>Whether a desk's limit is above an amount in the desk's currency.</summary>
    public bool LimitAbove(string code, Money amount) => Limits[code] > amount; // clean: a key that is not constant

    /// <summary>Whether the Tokyo limit is still the Tokyo float.</summary>
    public bool TokyoLimitAboveFloat() => Limits["tyo"] > Floats["tyo"]; // clean: the limits copy the floats, whose values are in three currencies

    /// <summary>The opening floats of a new quarter, one per desk, by city code in any case.</summary>
    public static Dictionary<string, Money> OpeningFloats() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["tyo"] = Money.Jpy(4_000_000m),
        ["lon"] = Money.Gbp(25_000m),
    };

    /// <summary>Whether London opens the quarter with more than Tokyo.</summary>
    public static bool LondonOpensHigher() => OpeningFloats()["LON"] > OpeningFloats()["tyo"]; // expect: AIR0001 (pounds against yen)

    /// <summary>Whether London opens above its minimum.</summary>
    public static bool LondonAboveMinimum() => OpeningFloats()["lon"] > Money.Gbp(10_000m); // clean: pounds against pounds
}
