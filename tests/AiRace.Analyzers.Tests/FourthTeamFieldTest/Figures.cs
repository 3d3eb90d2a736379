using System;
using System.Collections.Generic;
using AiRace.Core;

namespace Meridian.Semis;

/// <summary>The headline figures the Meridian chip-subsidy tracker quotes, each in the currency its source states.</summary>
public static class Headline
{
    public static readonly Money BigFundIII = Money.Billions(344m, Currency.CNY); // clean: 344 billion yuan, as announced
    public static readonly Money BigFundII = Money.Billions(204.2m, Currency.CNY);
    public static readonly Money ShanghaiFund = Money.Millions(50_000m, Currency.CNY); // clean: 50,000 million yuan is a plausible figure
    public static readonly Money ChipsGrants = Money.Billions(39m, Currency.USD);
    public static readonly Money ChipsLoans = Money.Billions(75m, Currency.USD);
    public static readonly Money EuChipsAct = Money.Billions(43m, Currency.EUR);
    public static readonly Money RapidusAid = Money.Billions(920m, Currency.JPY); // clean: 920 billion yen
    public static readonly Money KChips = Money.Trillions(26m, Currency.KRW); // clean: 26 trillion won is within the won's range
    public static readonly Money TsmcArizona = Money.Millions(6_600_000_000m, Currency.USD); // expect: AIR0011
    public static readonly Money IntelOhio = Money.Billions(8_500_000_000m, Currency.USD); // expect: AIR0011
    public static readonly Money SmicBeijing = Money.Scaled(7_500_000_000m, Magnitude.Millions, Currency.CNY); // expect: AIR0011
    public static readonly Money MicronIdaho = Money.Thousands(6_100_000m, Currency.USD); // clean: thousands are not checked
    public static readonly Money SamsungTaylor = Money.Millions(4_745m, Currency.USD); // clean: 4,745 million dollars
    public static readonly Money HefeiMatch = Money.Of(12_000_000_000m, "RMB"); // expect: AIR0003
    public static readonly Money WuhanMatch = Money.Parse("RMB 8,000,000,000"); // expect: AIR0003
    public static readonly Money ShenzhenMatch = Money.Parse("CNY 5,000,000,000"); // clean: a canonical yuan text
    public static readonly Money KumamotoAid = Money.Of(476_000_000_000m, "JPY"); // clean: an ISO code
}

/// <summary>A settings source the composition root injects, as the host's options would be.</summary>
public interface ISettings<out T>
    where T : class
{
    /// <summary>The bound settings.</summary>
    T Value { get; }
}

/// <summary>Settings fixed at start-up (the tests and the batch use this one).</summary>
public sealed class StaticSettings<T>(T value) : ISettings<T>
    where T : class
{
    public T Value { get; } = value;
}

/// <summary>The tracker's settings: ceilings in the currency each desk reports in.</summary>
public sealed class TrackerSettings
{
    public string ReportingCurrencyCode { get; init; } = "USD";

    public Currency ReportingCurrency => Currency.FromCode(ReportingCurrencyCode); // clean: not a constant code

    public int BaselineYear { get; init; } = 2024;

    public int HorizonYear { get; init; } = 2030;

    public Money DomesticCeiling { get; init; } = Money.Billions(100m, Currency.CNY);

    public Money OverseasCeiling { get; init; } = Money.Billions(10m, Currency.USD);

    public decimal AlertThresholdUsd { get; init; } = 1_000_000m; // expect: AIR0010

    public decimal MinimumGrantYuan { get; init; } // expect: AIR0010

    public decimal SafetyMarginPercent { get; init; } = 5m; // clean: a percent of money is not money

    public decimal YuanPerDollar { get; init; } = 7.1m; // clean: an exchange rate

    public int LookbackDays { get; init; } = 5;
}

/// <summary>A province's fund: the local match is always booked in yuan.</summary>
public sealed class ProvinceFund
{
    public required string Province { get; init; }

    [Currency("CNY")]
    public Money LocalMatch { get; init; }

    [Currency("USD")]
    public Money ForeignPartner { get; init; }

    [Currency("RMB")] // expect: AIR0003
    public Money LegacyMatch { get; init; }
}

/// <summary>A yuan amount the Chinese desk passes around; it cannot hold any other currency.</summary>
public readonly struct YuanFigure : IEquatable<YuanFigure>, IComparable<YuanFigure>
{
    private readonly Money _money;

    public YuanFigure(decimal figure) => _money = Money.Cny(figure);

    public Money Money => _money;

    public static YuanFigure operator +(YuanFigure a, YuanFigure b) => new((a._money + b._money).Amount); // clean: yuan and yuan

    public static bool operator >(YuanFigure a, YuanFigure b) => a._money > b._money; // clean: yuan and yuan

    public static bool operator <(YuanFigure a, YuanFigure b) => a._money < b._money; // clean: yuan and yuan

    public bool Equals(YuanFigure other) => _money == other._money; // clean: yuan and yuan

    public override bool Equals(object? obj) => obj is YuanFigure other && Equals(other);

    public override int GetHashCode() => _money.GetHashCode();

    public int CompareTo(YuanFigure other) => _money.CompareTo(other._money); // clean: yuan and yuan

    public bool Exceeds(Money dollars) => _money > dollars; // clean: a parameter's currency is unknown

    public override string ToString() => $"¥{_money.Amount:N0}";
}

/// <summary>A grant as the award notices state it.</summary>
public readonly record struct Award(string Recipient, Money Amount, int Year);

/// <summary>A pair of amounts the desks report side by side.</summary>
public readonly record struct Pair(Money Left, Money Right)
{
    public Money Gap => Left - Right; // clean: the members' currencies depend on each construction

    public static Pair Of(Money left, Money right) => new(left, right);
}

/// <summary>Wrappers the old desk code used; kept for the exports.</summary>
public static class Wrappers
{
    public static readonly YuanFigure NationalFloor = new(1_000_000_000m);

    public static bool FloorAboveChips() => NationalFloor.Money > Headline.ChipsGrants; // expect: AIR0001

    public static bool FloorBelowBigFund() => NationalFloor.Money < Headline.BigFundIII; // clean: yuan both

    public static YuanFigure Doubled() => NationalFloor + NationalFloor; // clean: yuan both

    public static bool FloorAboveRapidus() => NationalFloor.Exceeds(Headline.RapidusAid); // expect: AIR0001

    public static ProvinceFund Anhui() => new() { Province = "Anhui", LocalMatch = Headline.HefeiMatch, ForeignPartner = Headline.SamsungTaylor }; // clean: yuan and dollars where declared

    public static ProvinceFund Jiangsu() => new() { Province = "Jiangsu", LocalMatch = Headline.ChipsLoans }; // expect: AIR0001

    public static ProvinceFund Guangdong() => new() { Province = "Guangdong", ForeignPartner = Headline.ShenzhenMatch }; // expect: AIR0001

    public static Pair ChinaPair() => Pair.Of(Headline.BigFundIII, Headline.BigFundII);

    public static Money ChinaPairGap() => new Pair(Headline.BigFundIII, Headline.BigFundII).Gap; // clean: yuan both
}
