using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>The team's money helpers.</summary>
public static class MoneyHelpers
{
    public static Money WithVat(this Money m) => m * 1.13m;

    public static T Pick<T>(T first, T second, bool takeFirst) => takeFirst ? first : second;

    public static T Larger<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a > b ? a : b;

    public static readonly Func<Money, Money, Money> Combine = (a, b) => a + b;

    public static readonly Func<Money, Money, bool> Exceeds = (spend, cap) => spend > cap;

    public static Money SumAll(Money seed, IEnumerable<Money> items) => items.Aggregate(seed, (acc, m) => acc + m);

    public static bool Dwarfs(this Money big, Money small) => big > small * 10m;

    public static Money Net(Money gross, Money clawback) => gross.Currency == clawback.Currency ? gross - clawback : gross; // clean: reads both currencies

    public static bool AboveChips(Money m) => m > Catalogue.ChipsAct; // clean: the caller's figure

    public static Money OrZero(this Money? m, Currency currency) => m ?? Money.Zero(currency);
}

/// <summary>C# 14 extension members over tranches.</summary>
public static class TrancheBlocks
{
    extension(Tranche t)
    {
        public bool Beats(Money other) => t.Amount > other; // clean: the caller's figure

        public Money Doubled => t.Amount * 2m;
    }
}
