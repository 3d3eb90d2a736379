using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>Self-sufficiency shares and raw amounts.</summary>
public static class ShareMath
{
    public static Share Goal2030() => Share.FromPercent(0.7m); // expect: AIR0005

    public static Share Goal2030Fixed() => Share.FromFraction(0.7m); // clean: a fraction

    public static Share Goal2027() => Share.FromFraction(55m); // expect: AIR0005

    public static Share Goal2027Fixed() => Share.FromPercent(Targets.SelfSufficiency2027Percent); // clean: a percent

    public static Share Goal2030FromConstant() => Share.FromPercent(Targets.SelfSufficiency2030); // expect: AIR0005

    public static Share GoalFor(int year) => Share.FromPercent(year >= 2030 ? 0.7m : 0.55m); // expect: AIR0005

    public static Share Overshoot() => Share.FromPercent(120m); // expect: AIR0013

    public static Share Negative() => Share.FromFraction(-0.05m); // expect: AIR0013

    public static Share Parsed() => Share.Parse("150%"); // expect: AIR0013

    public static bool TryOvershoot() => Share.TryFromPercent(130m, out _); // expect: AIR0013

    public static Share OnePercent() => Share.FromPercent(1m); // clean: 1 % is plausible

    public static Share Rescaled(Share s) => Share.FromFraction(s.Percent); // expect: AIR0005

    public static Share RescaledFixed(Share s) => Share.FromPercent(s.Fraction * 100m); // clean: converted by hand

    public static decimal Rise(Share now, Share then) => now.Percent - then.Percent; // expect: AIR0006

    public static decimal RiseFixed(Share now, Share then) => (now - then).Value; // clean: points

    public static decimal Mixed(Share now) => now.Fraction + PercentagePoints.Of(3m).Value; // expect: AIR0006

    public static decimal OnOneScale(Share now) => now.Percent + PercentagePoints.Of(3m).Value; // clean: percent plus points

    public static decimal Rest(Share now) => 100m - now.Percent; // clean: a plain number

    public static readonly Func<Share, Share, decimal> GapOf = (a, b) => a.Percent - b.Percent; // expect: AIR0006

    public static string RiseText(Share now, Share then) => $"{now.Percent - then.Percent:0.0} pts"; // expect: AIR0006

    public static IEnumerable<decimal> GoalSteps() => Catalogue.Goals.Zip(Catalogue.Goals.Skip(1), (a, b) => b.Goal.Percent - a.Goal.Percent); // expect: AIR0006

    public static IEnumerable<PercentagePoints> GoalStepsFixed() => Catalogue.Goals.Zip(Catalogue.Goals.Skip(1), (a, b) => b.Goal - a.Goal); // clean: points

    public static decimal TupleRise(Share now, Share then)
    {
        if ((now, then) is ({ Percent: var p1 }, { Percent: var p2 }))
        {
            return p1 - p2; // expect: AIR0006
        }

        return 0m;
    }

    public static decimal DeconstructedRise(Share now, Share then)
    {
        var (n, t) = (now.Percent, then.Percent);
        return n - t; // expect: AIR0006
    }

    public static decimal RawGap() => Catalogue.BigFundIII.Amount - Catalogue.ChipsAct.Amount; // expect: AIR0004

    public static decimal YuanPerDollar() => Catalogue.BigFundIII.Amount / Catalogue.ChipsAct.Amount; // clean: a quotient of two known currencies is a rate

    public static bool RawBigger() => Catalogue.BigFundIII.Amount > Catalogue.ChipsAct.Amount; // expect: AIR0004

    public static decimal RawMax(Money a, Money b) => Math.Max(a.Amount, b.Amount); // expect: AIR0004

    public static decimal GuardedGap(Money x, Money y) => x.Currency == y.Currency ? x.Amount - y.Amount : 0m; // clean: checked first

    public static bool PositionalRawCompare(Money budget, Money spent) => budget is (var b, _) && spent is (var s, _) && b > s; // expect: AIR0004

    public static decimal DeconstructedRawGap(Money budget, Money spent)
    {
        var (b, _) = budget;
        var (s, _) = spent;
        return b - s; // expect: AIR0004
    }

    public static decimal RawGrantTotal() => Catalogue.ChineseGrants.Select(g => g.Amount.Amount).Sum(); // expect: AIR0007

    public static decimal RawGrantTotalByAggregate() => Catalogue.ChineseGrants.Aggregate(0m, (acc, g) => acc + g.Amount.Amount); // expect: AIR0007

    public static Money GrantTotal() => Catalogue.ChineseGrants.Sum(g => g.Amount, Currency.CNY); // clean: summed as money
}
