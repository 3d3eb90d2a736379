using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>The published headline figures.</summary>
public static class Catalogue
{
    public static readonly Money BigFundIII = Money.Billions(344m, Currency.CNY);
    public static readonly Money ShanghaiVoucherPool = Money.Millions(600m, Currency.CNY);
    public static Money ShenzhenVoucherPool { get; } = Money.Cny(500_000_000m);
    public static readonly Money ChipsAct = Money.Billions(52.7m, Currency.USD);
    public static Money StargatePhaseOne => Money.Billions(100m, Currency.USD);
    public static readonly DateOnly ValueDate = new(2025, 6, 30);

    public static readonly ImmutableArray<Grant> ChineseGrants =
    [
        new("Big Fund III", BigFundIII, 2024),
        new("Shanghai vouchers", ShanghaiVoucherPool, 2024),
        new("Shenzhen vouchers", ShenzhenVoucherPool, 2025),
    ];

    public static readonly ImmutableArray<Tranche> StargateTranches =
    [
        new(2025, Money.Billions(100m, Currency.USD)),
        new(2026, Money.Billions(150m, Currency.USD)),
        new(2027, Money.Billions(250m, Currency.USD)),
    ];

    public static readonly Award[] Awards =
    [
        new(Programme.ChipsAct, Money.Billions(6.6m, Currency.USD), new DateOnly(2024, 11, 15)),
        new(Programme.BigFundIII, Money.Billions(10m, Currency.CNY), new DateOnly(2024, 5, 24)),
    ];

    public static IReadOnlyList<Commitment> Commitments { get; } =
    [
        new() { Name = "Beijing", Pledged = Money.Cny(1_000_000_000m) },
        new() { Name = "Hangzhou", Pledged = Money.Cny(250_000_000m), Drawn = Money.Cny(100_000_000m) },
    ];

    public static readonly ImmutableDictionary<Bloc, Money> HeadlineByBloc = ImmutableDictionary.CreateRange(
        [new KeyValuePair<Bloc, Money>(Bloc.China, BigFundIII), new KeyValuePair<Bloc, Money>(Bloc.UnitedStates, ChipsAct)]);

    public static readonly List<(string Site, Money Capex)> Sites =
    [
        ("Abilene", Money.Billions(40m, Currency.USD)),
        ("Ulanqab", Money.Billions(30m, Currency.CNY)),
    ];

    public static readonly ImmutableArray<Target> Goals =
    [
        new(2025, Share.FromPercent(30m)),
        new(2027, Share.FromPercent(Targets.SelfSufficiency2027Percent)),
        new(2030, Share.FromFraction(0.7m)),
    ];

    public static Money CapFor(Programme p) => p switch
    {
        Programme.BigFundIII => BigFundIII,
        Programme.ShanghaiVoucher => ShanghaiVoucherPool,
        Programme.ShenzhenVoucher => ShenzhenVoucherPool,
        Programme.ChipsAct => ChipsAct,
        Programme.Stargate => StargatePhaseOne,
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "unknown programme"),
    };

    public static Money ChinaCapFor(Programme p) => p switch
    {
        Programme.BigFundIII => BigFundIII,
        Programme.ShanghaiVoucher => ShanghaiVoucherPool,
        _ => ShenzhenVoucherPool,
    };

    public static CityFund ShanghaiFund { get; } = new("Shanghai", Money.Millions(600m, Currency.CNY));

    public static CityFund ShenzhenFund { get; } = new("Shenzhen", Money.Millions(500m, Currency.CNY));
}
