using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>A line of one fund, with the fund's home currency stated by the type itself.</summary>
internal interface IFundLine<TSelf>
    where TSelf : IFundLine<TSelf>
{
    /// <summary>The currency every line of the fund is in.</summary>
    static abstract Currency Home { get; }

    /// <summary>Makes a line of the fund.</summary>
    static abstract TSelf Create(string label, decimal millions);

    /// <summary>The line's money.</summary>
    Money Value { get; }
}

/// <summary>A line of a Chinese city or national fund.</summary>
internal readonly record struct YuanLine(string Label, Money Value) : IFundLine<YuanLine>
{
    public static Currency Home => Currency.CNY;

    public static YuanLine Create(string label, decimal millions) => new(label, Money.Millions(millions, Currency.CNY));
}

/// <summary>A line of a US programme.</summary>
internal readonly record struct DollarLine(string Label, Money Value) : IFundLine<DollarLine>
{
    public static Currency Home => Currency.USD;

    public static DollarLine Create(string label, decimal millions) => new(label, Money.Millions(millions, Currency.USD));
}

/// <summary>A spreadsheet row whose subsidy column the city states in yuan.</summary>
internal sealed record SheetRow(string City, [property: Currency("CNY")] Money Subsidy);

/// <summary>A team member's attempt to state the Korean column's currency.</summary>
internal sealed class KoreanSheet
{
    /// <summary>The column the ministry states in won.</summary>
    [Currency("KRW")]
    public Money Column { get; set; }

    /// <summary>An alias the team used at first.</summary>
    [Currency("WON")] // expect: AIR0003
    public Money Legacy { get; set; }
}

/// <summary>Generic helpers over fund lines.</summary>
internal static class FundMath
{
    /// <summary>The total of lines of one fund, in the fund's home currency.</summary>
    public static Money Total<T>(IEnumerable<T> lines)
        where T : IFundLine<T> => lines.Sum(l => l.Value, T.Home); // clean: every line is in its own type's home currency

    /// <summary>The larger of two values of any comparable type.</summary>
    public static T Larger<T>(T a, T b)
        where T : IComparisonOperators<T, T, bool> => a > b ? a : b;

    /// <summary>Yuan lines made through the static factory.</summary>
    public static YuanLine[] ShanghaiLines() => [YuanLine.Create("vouchers", 600m), YuanLine.Create("models", 200m)];

    /// <summary>Dollar lines made through the static factory.</summary>
    public static DollarLine[] StargateLines() => [DollarLine.Create("phase 1", 100_000m), DollarLine.Create("phase 2", 400_000m)];

    /// <summary>Shanghai's lines in its home currency.</summary>
    public static Money ShanghaiTotal() => Total(ShanghaiLines()); // clean

    /// <summary>The two funds' totals against each other.</summary>
    public static bool ShanghaiAboveStargate() => Total(ShanghaiLines()) > Total(StargateLines()); // expect: AIR0001

    /// <summary>The first line of each fund, compared directly.</summary>
    public static Money FirstLineGap() => YuanLine.Create("a", 1m).Value - DollarLine.Create("b", 1m).Value; // expect: AIR0001

    /// <summary>A yuan line and a dollar line built by hand.</summary>
    public static bool HandMadeLines() => new YuanLine("x", Money.Cny(5m)).Value > new DollarLine("y", Money.Usd(1m)).Value; // expect: AIR0001

    /// <summary>The larger of the plan and Stargate through generic math.</summary>
    public static Money LargerHeadline() => Larger(Ledger.ActionPlan, Ledger.Stargate); // expect: AIR0001

    /// <summary>The larger of two yuan figures through generic math.</summary>
    public static Money LargerCity() => Larger(Ledger.Cities[0].Grant, Ledger.ShanghaiFund); // clean: yuan and yuan

    /// <summary>A spreadsheet row filled from the US column by mistake.</summary>
    public static SheetRow MisfiledRow() => new("Shenzhen", Money.Millions(80m, Currency.USD)); // expect: AIR0001

    /// <summary>A row filled from the yuan column.</summary>
    public static SheetRow FiledRow() => new("Shenzhen", Money.Millions(500m, Currency.CNY)); // clean: yuan where yuan is stated

    /// <summary>A row's subsidy against the Stargate headline.</summary>
    public static bool RowAboveStargate(SheetRow row) => row.Subsidy > Ledger.Stargate; // expect: AIR0001

    /// <summary>The Korean column written with yen.</summary>
    public static void FillKorean(KoreanSheet sheet) => sheet.Column = Money.Millions(920_000m, Currency.JPY); // expect: AIR0001

    /// <summary>The Korean column written with won.</summary>
    public static void FillKoreanRight(KoreanSheet sheet) => sheet.Column = Ledger.KChips; // clean: won where won is stated
}

/// <summary>Extension methods the desk uses on money.</summary>
internal static class MoneyExtensions
{
    /// <summary>Whether a figure is more than ten times another.</summary>
    public static bool Dwarfs(this Money big, Money small) => big > small * 10m;

    /// <summary>The headroom under a cap.</summary>
    public static Money HeadroomUnder(this Money spent, Money cap) => cap - spent;

    /// <summary>The figure formatted for the brief, with its code.</summary>
    public static string Brief(this Money m) => $"{m.Currency.Code} {m.Amount:N0}";

    /// <summary>The dollar headline against the city fund.</summary>
    public static bool StargateDwarfsShanghai() => Ledger.Stargate.Dwarfs(Ledger.ShanghaiFund); // expect: AIR0001

    /// <summary>The headroom of Shanghai's fund under the EU pledge.</summary>
    public static Money ShanghaiHeadroom() => Ledger.ShanghaiFund.HeadroomUnder(Ledger.InvestAi); // expect: AIR0001

    /// <summary>The headroom of a city under the national plan.</summary>
    public static Money CityHeadroom() => Ledger.ShanghaiFund.HeadroomUnder(Ledger.ActionPlan); // clean: yuan and yuan
}
