using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>A business rule over a candidate, composable with And/Or/Not (the specification pattern, no expression trees).</summary>
public interface ISpecification<in T>
{
    bool IsSatisfiedBy(T candidate);
}

/// <summary>A specification made from a predicate.</summary>
public sealed class Spec<T>(Func<T, bool> predicate) : ISpecification<T>
{
    public bool IsSatisfiedBy(T candidate) => predicate(candidate);
}

/// <summary>Money at or above a floor; the floor's currency is the rule's.</summary>
public sealed class AtLeast(Money floor) : ISpecification<Money>
{
    public Money Floor => floor;

    public bool IsSatisfiedBy(Money candidate) => candidate >= floor; // clean: judged per construction and call
}

/// <summary>Money strictly between two bounds.</summary>
public sealed class Between(Money low, Money high) : ISpecification<Money>
{
    public bool IsSatisfiedBy(Money candidate) => candidate > low && candidate < high; // clean: judged per construction and call

    public Money Width => high - low; // clean: judged per construction
}

public static class SpecificationExtensions
{
    public static ISpecification<T> And<T>(this ISpecification<T> left, ISpecification<T> right) =>
        new Spec<T>(x => left.IsSatisfiedBy(x) && right.IsSatisfiedBy(x));

    public static ISpecification<T> Or<T>(this ISpecification<T> left, ISpecification<T> right) =>
        new Spec<T>(x => left.IsSatisfiedBy(x) || right.IsSatisfiedBy(x));

    public static ISpecification<T> Not<T>(this ISpecification<T> spec) => new Spec<T>(x => !spec.IsSatisfiedBy(x));

    public static IEnumerable<T> Satisfying<T>(this IEnumerable<T> source, ISpecification<T> spec) => source.Where(spec.IsSatisfiedBy);
}

/// <summary>A generic repository the specifications are run against.</summary>
public interface IRepository<T>
{
    IReadOnlyList<T> All();

    IReadOnlyList<T> Find(ISpecification<T> spec) => All().Where(spec.IsSatisfiedBy).ToList();
}

public sealed class TrancheRepository(IEnumerable<FundEvent> events) : IRepository<Disbursed>
{
    private readonly List<Disbursed> _tranches = events.OfType<Disbursed>().ToList();

    public IReadOnlyList<Disbursed> All() => _tranches;
}

/// <summary>The desk's named rules.</summary>
public static class FundSpecs
{
    public static readonly AtLeast BigInYuan = new(Money.Billions(50m, Currency.CNY));
    public static readonly AtLeast BigInDollars = new(Money.Billions(5m, Currency.USD));
    public static readonly Between MidSizeEuro = new(Money.Billions(1m, Currency.EUR), Money.Billions(10m, Currency.EUR));

    public static readonly ISpecification<Disbursed> LateTranche = new Spec<Disbursed>(static d => d.On.Year >= 2025); // clean: a date

    public static ISpecification<Disbursed> LargeChinese() => new Spec<Disbursed>(d => BigInYuan.IsSatisfiedBy(d.Tranche));

    public static bool ChipsIsBig() => BigInDollars.IsSatisfiedBy(Seed.ChipsCeiling); // clean: dollars against a dollar floor

    public static bool ChipsIsBigInYuan() => BigInYuan.IsSatisfiedBy(Seed.ChipsCeiling); // expect: AIR0001

    public static bool EuIsMidSize() => MidSizeEuro.IsSatisfiedBy(Seed.EuCeiling); // clean: euros within euro bounds

    public static bool BigFundIsMidSize() => MidSizeEuro.IsSatisfiedBy(Seed.BigFundCeiling); // expect: AIR0001

    public static IEnumerable<Money> BigAmericanTranches() =>
        Seed.America().OfType<Disbursed>().Select(d => d.Tranche).Where(BigInYuan.IsSatisfiedBy); // expect: AIR0001

    public static IEnumerable<Money> BigAmericanTranchesRight() =>
        Seed.America().OfType<Disbursed>().Select(d => d.Tranche).Satisfying(BigInDollars); // clean: dollars against a dollar floor

    public static Money EuroBand() => MidSizeEuro.Width; // clean: euros both

    public static Money MixedBand() => new Between(Seed.EuCeiling, Seed.ChipsCeiling).Width; // expect: AIR0001

    public static bool WithinChineseBand(Money m) => new Between(Money.Billions(10m, Currency.CNY), Seed.BigFundCeiling).IsSatisfiedBy(m); // clean: judged per call

    public static bool ChipsWithinChineseBand() => WithinChineseBand(Seed.ChipsCeiling); // expect: AIR0001

    public static IReadOnlyList<Disbursed> LateChinese() =>
        ((IRepository<Disbursed>)new TrancheRepository(Seed.China())).Find(LateTranche.And(LargeChinese())); // clean: yuan tranches against a yuan floor

    public static IReadOnlyList<Disbursed> LateAmerican() =>
        ((IRepository<Disbursed>)new TrancheRepository(Seed.America())).Find(LateTranche.And(LargeChinese())); // expect: AIR0001

    public static Money FloorGap() => BigInYuan.Floor - BigInDollars.Floor; // expect: AIR0001

    public static Money YuanFloorTwice() => BigInYuan.Floor + BigInYuan.Floor; // clean: yuan both

    public static IEnumerable<Money> SmallEuro(IEnumerable<Money> euros) => euros.Satisfying(MidSizeEuro.Not()); // clean: the caller's euros
}
