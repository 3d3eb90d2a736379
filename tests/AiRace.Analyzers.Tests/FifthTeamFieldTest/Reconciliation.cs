using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>The reconciliation step: totals per currency, checked merges, allocations and crossed rates.</summary>
public static class Reconciliation
{
    private static readonly RateBook Book = new();

    public static Dictionary<Currency, Money> TotalsPerCurrency(IEnumerable<Row> rows)
    {
        var totals = new Dictionary<Currency, Money>();
        foreach (var row in rows)
        {
            var c = row.Budget.Currency;
            totals[c] = totals.TryGetValue(c, out var so) ? so + row.Budget : row.Budget; // clean: the key is the money's own currency
        }

        return totals;
    }

    public static Money TotalFor(IReadOnlyDictionary<Currency, Money> totals, Currency currency) =>
        totals.GetValueOrDefault(currency, Money.Zero(currency)); // clean: the fallback is in the key's currency

    public static Money StagedYuan() => TotalFor(TotalsPerCurrency(Extract.Staged), Currency.CNY) + Money.Billions(1m, Currency.CNY); // clean: the yuan entry

    public static Money MergeChecked(Money a, Money b)
    {
        if (a.Currency != b.Currency)
        {
            throw new CurrencyMismatchException("merge", a.Currency, b.Currency);
        }

        return a + b; // clean: checked above
    }

    public static Money MergeOrKeep(Money a, Money b) => a.Currency == b.Currency ? a + b : a; // clean: checked in the condition

    public static Money ConvertedMerge(Money yuan, Money dollars) =>
        Book.YuanToUsd(yuan, RateBook.Close2024) + dollars; // clean: converted first (judged per call)

    public static Money[] ChinaThirds() => Seed.BigFundCeiling.Allocate(3); // clean: one amount split

    public static Money ChinaThirdsBack() => ChinaThirds().Sum(Currency.CNY); // clean: the parts keep the yuan

    public static Money ChinaThirdsInDollars() => ChinaThirds().Sum(Currency.USD); // expect: AIR0001

    public static Money WeightedChina() => Seed.BigFundCeiling * Share.FromPercent(35m) + Seed.BigFundCeiling * Ratio.Of(0.1m); // clean: yuan scaled twice

    public static Money WeightedMixed() => Seed.BigFundCeiling * Share.FromPercent(35m) - Seed.ChipsCeiling * Ratio.Of(0.5m); // expect: AIR0001

    public static ExchangeRate EuroToYuan() =>
        ExchangeRate.Cross(Book.EuroRate(RateBook.Close2024), Book.YuanRate(RateBook.Close2024).Inverse()); // clean: euro to dollar to yuan

    public static Money EuropeInYuanRounded() =>
        EuroToYuan().Convert(Seed.EuCeiling).RoundedResult(MidpointRounding.AwayFromZero); // clean: a stated mode

    public static IEnumerable<Money> Refilled()
    {
        var buffer = new List<Money> { Seed.ChipsCeiling };
        var first = buffer.Sum(Currency.USD); // clean: dollars only so far
        buffer.Clear();
        buffer.Add(Seed.EuCeiling);
        buffer.Add(Money.Billions(3.3m, Currency.EUR));
        yield return first;
        yield return buffer.Sum(Currency.EUR); // clean: cleared, then refilled with euros
    }

    public static Money Reassigned()
    {
        var running = Money.Zero(Currency.USD);
        running += Seed.ChipsCeiling; // clean: dollars both
        running = Money.Zero(Currency.EUR);
        running += Seed.EuCeiling; // clean: reset to euros first
        return running;
    }

    public static Money ReassignedWrong()
    {
        var running = Money.Zero(Currency.EUR);
        running += Seed.EuCeiling; // clean: euros both
        running += Seed.ChipsCeiling; // expect: AIR0001
        return running;
    }

    public static Money PerCurrencyLookup(Currency currency) =>
        Extract.Staged.ToLookup(r => r.Budget.Currency)[currency].Sum(r => r.Budget, currency); // clean: the group of the summed currency

    public static Money YenGroup() =>
        Extract.Staged.ToLookup(r => r.Budget.Currency)[Currency.JPY].Sum(r => r.Budget, Currency.JPY); // clean: the yen group in yen

    public static Money SameFundTwice(Tranche t) => t.Amount + t.Delayed(7).Amount; // clean: one tranche's amount, delayed

    public static (Money Paid, Money Left) Split(FundState s) => (s.Paid, s.Ceiling - s.Paid); // clean: one state

    public static Money ChinaLeft() => Split(new FundState(Streams.BigFund, Seed.BigFundCeiling, Money.Billions(95m, Currency.CNY), 3)).Left; // clean: yuan both

    public static Money DeconstructedGap()
    {
        var (paid, left) = Split(new FundState(Streams.Chips, Seed.ChipsCeiling, Money.Billions(14m, Currency.USD), 2));
        return left - paid; // clean: dollars both
    }
}
