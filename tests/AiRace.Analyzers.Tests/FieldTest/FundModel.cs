using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using static StateFunds.Tracker.FundCodes;

namespace StateFunds.Tracker;

/// <summary>Who runs a programme.</summary>
public enum Bloc
{
    China,
    UnitedStates,
    Europe,
}

/// <summary>The headline figures, set once when the type is first touched (the team's habit from the old tracker).</summary>
public static class FundCodes
{
    public const string Yuan = "CNY";
    public const string Dollar = "USD";
    public static readonly Currency Euro;
    public static readonly Money NationalAiFund;
    public static readonly Money BigFundThree;
    public static readonly Money ChipsAct;
    public static readonly Money InvestAi;

    static FundCodes()
    {
        Euro = Currency.EUR;
        NationalAiFund = Money.Of(60_000_000_000m, Yuan);
        BigFundThree = Money.Billions(344m, Currency.CNY);
        ChipsAct = Money.Billions(52.7m, Currency.USD);
        InvestAi = Money.Billions(200m, Euro);
    }
}

/// <summary>The dates and series every conversion of the tracker states.</summary>
public static class FundRates
{
    public static readonly DateOnly Stated = new(2025, 6, 30);
    public static IExchangeRateProvider Table => ReferenceRates.FederalReserveH10;
    public static Money ToUsd(Money money) => money.ConvertTo(Currency.USD, Stated, Table, RateLookup.ExactDate).Result;
    public static Money ToCny(Money money) => money.ConvertTo(Currency.CNY, Stated, Table, RateLookup.MostRecentWithin(5)).Result;
}

/// <summary>One announced commitment, as the desk copies it from a press release.</summary>
public readonly record struct Commitment(string Fund, Bloc Bloc, int Year, Money Amount);

/// <summary>A provincial guidance fund; every one the team tracks is in yuan.</summary>
public readonly record struct ProvincialFund(string Province, Money Size);

/// <summary>A programme with its cap, filled in by hand for every bloc.</summary>
public sealed class FundProgramme
{
    public required string Name { get; init; }
    public required Bloc Bloc { get; init; }
    public required Money Cap { get; init; }
}

/// <summary>A US appropriation line; these only ever come from the Federal Register.</summary>
public sealed class Appropriation
{
    public required string Title { get; init; }
    public required Money Authorised { get; init; }
}

/// <summary>A drawing window of a yuan fund: its opening date and its ceiling.</summary>
public readonly struct DrawWindow(DateOnly opens, Money ceiling)
{
    public DateOnly Opens { get; } = opens;
    public Money Ceiling { get; } = ceiling;
}

/// <summary>A pot of money kept under some key (a bloc, a province, a year).</summary>
public sealed class Pot<T>(T key, Money held)
{
    public T Key { get; } = key;
    public Money Held { get; } = held;
}

/// <summary>The Chinese state funds; their size is declared in yuan.</summary>
public abstract class StateFund
{
    public abstract string Name { get; }
    [Currency("CNY")]
    public abstract Money Size { get; }
    public abstract Money Drawn { get; }
}

public sealed class NationalAiInvestmentFund : StateFund
{
    public override string Name => "National AI Industry Investment Fund";
    public override Money Size => NationalAiFund; // clean: yuan where the base declares yuan
    public override Money Drawn => Money.Billions(8m, Currency.CNY);
}

public sealed class BigFund : StateFund
{
    public override string Name => "China Integrated Circuit Industry Investment Fund III";
    public override Money Size => FundCodes.BigFundThree * 1m; // clean: yuan, scaled by one
    public override Money Drawn => Money.Of(40_000_000_000m, Yuan);
}

/// <summary>Added by the intern so the CHIPS office shows in the same table.</summary>
public sealed class ChipsOffice : StateFund
{
    public override string Name => "CHIPS Program Office";
    public override Money Size => ChipsAct; // expect: AIR0001
    public override Money Drawn => Money.Billions(33m, Currency.USD);
}

/// <summary>The figures the desk keeps by hand.</summary>
public static class FundCatalogue
{
    public static readonly List<Commitment> Commitments =
    [
        new("National AI Industry Investment Fund", Bloc.China, 2025, NationalAiFund),
        new("Big Fund III", Bloc.China, 2024, FundCodes.BigFundThree),
        new("CHIPS and Science Act", Bloc.UnitedStates, 2022, ChipsAct),
        new("NAIRR pilot", Bloc.UnitedStates, 2024, Money.Millions(2_600m, Currency.USD)),
        new("InvestAI", Bloc.Europe, 2025, InvestAi),
        new("AI gigafactories", Bloc.Europe, 2025, Money.Billions(20m, Euro)),
    ];

    public static readonly List<FundProgramme> Programmes =
    [
        new() { Name = "Shanghai AI fund", Bloc = Bloc.China, Cap = Money.Billions(22.5m, Currency.CNY) },
        new() { Name = "Beijing AI fund", Bloc = Bloc.China, Cap = Money.Of(10_000_000_000m, Yuan) },
        new() { Name = "NSF AI institutes", Bloc = Bloc.UnitedStates, Cap = Money.Millions(500m, Currency.USD) },
        new() { Name = "Digital Europe AI", Bloc = Bloc.Europe, Cap = Money.Billions(2.1m, Currency.EUR) },
    ];

    public static readonly List<ProvincialFund> Provinces =
    [
        new("Anhui", Money.Billions(30m, Currency.CNY)),
        new("Guangdong", Money.Of(15_000_000_000m, Yuan)),
        new("Zhejiang", Money.Of(10_000_000_000m, "CNY")),
    ];

    public static readonly Appropriation Nairr = new() { Title = "NAIRR", Authorised = Money.Millions(2_600m, Currency.USD) };
    public static readonly Appropriation Institutes = new() { Title = "AI institutes", Authorised = Money.Of(140_000_000m, Dollar) };
    public static DrawWindow FirstWindow() => new(new DateOnly(2025, 1, 15), Money.Billions(6m, Currency.CNY));
    public static DrawWindow SecondWindow() => new(new DateOnly(2025, 7, 1), Money.Of(9_000_000_000m, Yuan));
}

/// <summary>The model's own checks, run when the catalogue is edited.</summary>
public static class FundModelChecks
{
    public static bool NationalFundOutsizesChips() => NationalAiFund > ChipsAct; // expect: AIR0001
    public static bool EuropeOutsizesChips() => FundCodes.InvestAi > FundCodes.ChipsAct; // expect: AIR0001
    public static bool BigFundDwarfsNational() => BigFundThree > NationalAiFund * 5m; // clean: yuan against yuan
    public static Money ChinaHeadline() => NationalAiFund + FundCodes.BigFundThree; // clean: both set in yuan in the static constructor
    public static bool NairrAboveInstitutes() => FundCatalogue.Nairr.Authorised > FundCatalogue.Institutes.Authorised; // clean: every Authorised is dollars
    public static bool NairrAboveShanghai() => FundCatalogue.Nairr.Authorised > FundCatalogue.Provinces[0].Size; // expect: AIR0001
    public static Money ProvincesAgainstChips() => FundCatalogue.Provinces.Sum(p => p.Size, Currency.USD); // expect: AIR0001
    public static Money ProvincesInYuan() => FundCatalogue.Provinces.Sum(p => p.Size, Currency.CNY); // clean: every province is yuan
    public static IEnumerable<FundProgramme> ProgrammesBySize() => FundCatalogue.Programmes.OrderByDescending(p => p.Cap); // expect: AIR0001
    public static FundProgramme? Largest() => FundCatalogue.Programmes.MaxBy(p => p.Cap); // expect: AIR0001

    public static IEnumerable<Commitment> CommitmentsBySize() =>
        FundCatalogue.Commitments.OrderBy(c => c.Year).ThenBy(c => c.Amount); // expect: AIR0001

    public static bool WindowsGrow() => FundCatalogue.SecondWindow().Ceiling > FundCatalogue.FirstWindow().Ceiling; // clean: both windows are yuan
    public static bool WindowAboveNairr() => FundCatalogue.FirstWindow().Ceiling > FundCatalogue.Nairr.Authorised; // expect: AIR0001
    public static bool SizeAboveChips(StateFund fund) => fund.Size > ChipsAct; // expect: AIR0001
    public static bool SizeAboveNational(StateFund fund) => fund.Size >= NationalAiFund; // clean: the base declares yuan
    public static bool DrawnAboveChips(StateFund fund) => fund.Drawn > ChipsAct; // clean: not followed (the page says abstract members are unknown)
    public static bool BigFundDrawnAboveChips(BigFund fund) => fund.Drawn > ChipsAct; // expect: AIR0001

    public static bool PotsCompare()
    {
        var china = new Pot<Bloc>(Bloc.China, NationalAiFund);
        var america = new Pot<Bloc>(Bloc.UnitedStates, ChipsAct);
        var anhui = new Pot<string>("Anhui", FundCatalogue.Provinces[0].Size);
        if (anhui.Held < china.Held) // clean: two yuan pots
        {
            return china.Held > america.Held; // expect: AIR0001
        }

        return false;
    }

    public static string Headline() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} against {1} and {2}", NationalAiFund, ChipsAct, InvestAi); // clean: text only
}
