using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Quarry.Etl;

/// <summary>A value or the reason there is none: the loader's railway.</summary>
public readonly record struct Result<T>(T Value, string? Error)
{
    public bool IsOk => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(string error) => new(default!, error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsOk ? Result<TOut>.Ok(map(Value)) : Result<TOut>.Fail(Error!);

    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind) => IsOk ? bind(Value) : Result<TOut>.Fail(Error!);

    public Result<T> Ensure(Func<T, bool> test, string error) => !IsOk || test(Value) ? this : Fail(error);

    public TOut Match<TOut>(Func<T, TOut> ok, Func<string, TOut> fail) => IsOk ? ok(Value) : fail(Error!);
}

public static class Result
{
    public static Result<T> Ok<T>(T value) => Result<T>.Ok(value);
}

/// <summary>The validation steps of the tranche loader, written as railways.</summary>
public static class TrancheRules
{
    private static readonly Money MinimumYuanTranche = Money.Millions(100m, Currency.CNY);
    private static readonly Money MinimumDollarTranche = Money.Millions(10m, Currency.USD);

    public static Result<Money> ValidateYuan(Money tranche) =>
        Result.Ok(tranche)
            .Ensure(m => m.Currency == Currency.CNY, "not yuan")
            .Ensure(m => m >= MinimumYuanTranche, "below the minimum"); // clean: the step before shows yuan

    public static Result<Money> ChinaTranche() => ValidateYuan(Money.Billions(40m, Currency.CNY)); // clean: yuan into a yuan check

    public static Result<Money> ChinaNetOfFee() =>
        ChinaTranche().Map(m => m - Money.Millions(12m, Currency.CNY)); // clean: yuan both

    public static Result<Money> ChinaNetOfDollarFee() =>
        ChinaTranche().Map(m => m - Money.Millions(2m, Currency.USD)); // expect: AIR0001

    public static Result<Money> ChipsCheckedAgainstYuan() =>
        Result.Ok(Seed.ChipsCeiling).Ensure(m => m >= MinimumYuanTranche, "too small"); // expect: AIR0001

    public static Result<Money> ChipsChecked() =>
        Result.Ok(Seed.ChipsCeiling).Ensure(m => m >= MinimumDollarTranche, "too small"); // clean: dollars both

    public static Result<Money> Topped(Money tranche, Money topUp) =>
        Result.Ok(tranche).Bind(m => m.Currency == topUp.Currency ? Result.Ok(m + topUp) : Result<Money>.Fail("currencies differ")); // clean: checked first

    public static string Describe(Result<Money> r) =>
        r.Match(m => $"ok {m:K}", e => $"refused: {e}"); // clean: text

    public static Money OrZero(Result<Money> r, Currency currency) => r.Match(m => m, _ => Money.Zero(currency)); // clean: the caller's currency

    public static Money EuroOverChips() =>
        Result.Ok(Seed.EuCeiling).Match(m => m - Seed.ChipsCeiling, _ => Money.Zero(Currency.EUR)); // expect: AIR0001

    public static Money Combined(IEnumerable<Result<Money>> results, Currency currency) =>
        results.Where(r => r.IsOk).Select(r => r.Value).Sum(currency); // clean: the caller's currency

    public static Money AllTranchesInYuan() =>
        Combined([ChinaTranche(), ChipsChecked()], Currency.CNY); // expect: AIR0001
}

/// <summary>An optional figure: the loader's answer when a release gives none.</summary>
public readonly record struct Option<T>(bool HasValue, T Value)
{
    public static Option<T> None => default;

    public static Option<T> Some(T value) => new(true, value);

    public T Or(T fallback) => HasValue ? Value : fallback;
}

public static class Releases
{
    public static Option<Money> KoreaBudget(bool published) =>
        published ? Option<Money>.Some(Money.Trillions(33m, Currency.KRW)) : Option<Money>.None; // clean: 33 trillion won, the K-Chips package

    public static Money KoreaOrZero(bool published) => KoreaBudget(published).Or(Money.Zero(Currency.KRW)); // clean: won both

    public static bool KoreaOrZeroAboveChips() => KoreaOrZero(true) > Seed.ChipsCeiling; // expect: AIR0001

    public static bool KoreaAboveChips() => KoreaBudget(true).Value > Seed.ChipsCeiling; // expect: AIR0001
}
