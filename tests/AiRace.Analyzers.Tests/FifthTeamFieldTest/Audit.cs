using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>The auditors' spot checks: filters by currency, guards, overwritten slots and equality.</summary>
public static class Audit
{
    private static readonly Money YuanFee = Money.Millions(12m, Currency.CNY);
    private static readonly Money DollarFee = Money.Millions(2m, Currency.USD);

    public static Money DollarRows() =>
        Extract.Staged.Where(r => r.Budget.Currency == Currency.USD).Sum(r => r.Budget, Currency.USD); // clean: filtered by the money's own currency

    public static Money LargestYuanRow() =>
        Extract.Staged.Where(r => r.Budget.Currency == Currency.CNY).Max(r => r.Budget); // clean: yuan rows only

    public static IEnumerable<Money> LargestPerCurrency() =>
        Extract.Staged.GroupBy(r => r.Budget.Currency).Select(g => g.Max(r => r.Budget)); // clean: each group in one currency

    public static Money YuanTranches() =>
        Seed.All().OfType<Disbursed>().Where(d => d.Tranche.Currency == Currency.CNY).Sum(d => d.Tranche, Currency.CNY); // clean: filtered by currency

    public static Money WithFee(Money m) => m.Currency.Code switch
    {
        "CNY" => m + YuanFee, // clean: the arm shows yuan
        "USD" => m + DollarFee, // clean: the arm shows dollars
        _ => m,
    };

    public static Money WithFeeGuarded(Money m)
    {
        if (m.Currency == Currency.CNY)
        {
            return m - YuanFee; // clean: guarded by the constant currency
        }

        return m is { Currency.Code: "USD" } usd ? usd - DollarFee : m; // clean: the pattern shows dollars
    }

    public static Money ChinaWithFee() => WithFee(Seed.BigFundCeiling) - Seed.BigFundCeiling; // clean: yuan in, yuan out

    public static Money OverwrittenSlot()
    {
        var latest = new Dictionary<string, Money>(StringComparer.Ordinal) { ["chips"] = Seed.BigFundCeiling };
        latest["chips"] = Seed.ChipsCeiling;
        return latest["chips"] + DollarFee; // clean: the slot was overwritten with dollars
    }

    public static Money ReplacedElement()
    {
        Money[] slots = [Seed.BigFundCeiling, Seed.BigFundCeiling];
        slots[0] = Seed.ChipsCeiling;
        return slots[0] + DollarFee; // clean: replaced with dollars before the read
    }

    public static Money ReplacedElementWrong()
    {
        Money[] slots = [Seed.BigFundCeiling, Seed.BigFundCeiling];
        slots[0] = Seed.ChipsCeiling;
        return slots[1] + DollarFee; // expect: AIR0001
    }

    public static Money LargerOfChina() => Money.Max(Seed.BigFundCeiling, Money.Billions(45m, Currency.CNY)); // clean: yuan both

    public static Money LargerOfWorld() => Money.Max(Seed.BigFundCeiling, Seed.EuCeiling); // expect: AIR0001

    public static Money SmallerOfEurope() => Money.Min(Seed.EuCeiling, Money.Billions(3.3m, Currency.EUR)); // clean: euros both

    public static bool SameHeadline() => Seed.ChipsCeiling == Seed.EuCeiling; // expect: AIR0001

    public static bool SameHeadlineByEquals() => Seed.ChipsCeiling.Equals(Seed.EuCeiling); // expect: AIR0001

    public static int DistinctFigures() => Extract.Staged.Select(r => r.Budget).Distinct().Count(); // clean: Distinct uses Equals

    public static bool KnownFigure(Money m) => Extract.Staged.Select(r => r.Budget).Contains(m); // clean: Contains uses Equals

    public static List<Money> SortedMixed()
    {
        List<Money> figures = [Seed.BigFundCeiling, Seed.ChipsCeiling];
        figures.Sort(); // expect: AIR0001
        return figures;
    }

    public static List<Money> SortedChina()
    {
        List<Money> figures = [Seed.BigFundCeiling, Money.Billions(45m, Currency.CNY), YuanFee];
        figures.Sort(); // clean: yuan only
        return figures;
    }

    public static string Listing() => string.Join(", ", Extract.Staged.Select(r => r.Budget)); // clean: text

    public static T Larger<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    public static Money LargerChinese() => Larger(Seed.BigFundCeiling, YuanFee); // clean: yuan both

    public static Money LargerMixed() => Larger(Seed.BigFundCeiling, DollarFee); // expect: AIR0001

    public static Money AmericanRunning()
    {
        var total = Money.Zero(Currency.USD);
        foreach (var r in Extract.Staged.Where(r => r.Country == "US"))
        {
            total += r.Budget; // clean: the American rows are dollars
        }

        return total;
    }

    public static Money ExportedInDollars() =>
        Extract.Staged.Where(r => r.Country is "CN" or "EU").Select(r => r.InDollars()).Max(); // clean: every row converted to dollars
}
