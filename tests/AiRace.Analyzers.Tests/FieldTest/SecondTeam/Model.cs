using System;
using System.Collections.Generic;
using AiRace.Core;

namespace Meridian.Subsidies;

/// <summary>The two blocs the desk compares.</summary>
public enum Bloc { China, UnitedStates }

/// <summary>The programmes the desk follows.</summary>
public enum Programme { BigFundIII, ShanghaiVoucher, ShenzhenVoucher, ChipsAct, Stargate }

/// <summary>Legacy codes the old spreadsheet used.</summary>
public enum LegacyCode { RMB, USD }

/// <summary>A Chinese grant: every grant the desk records is in yuan.</summary>
public sealed record Grant(string Name, Money Amount, int Year);

/// <summary>An award of either bloc.</summary>
public sealed record Award(Programme Programme, Money Amount, DateOnly Signed);

/// <summary>A Stargate tranche: always dollars.</summary>
public readonly record struct Tranche(int Year, Money Amount);

/// <summary>A measured figure from a scraped dashboard.</summary>
public sealed record Reading(string Source, double Value);

/// <summary>A self-sufficiency goal for a year.</summary>
public sealed record Target(int Year, Share Goal);

/// <summary>A city's pledge, filled by object initializers.</summary>
public sealed class Commitment
{
    public required string Name { get; init; }
    public required Money Pledged { get; init; }
    public Money? Drawn { get; init; }
}

/// <summary>Anything that has committed money.</summary>
public interface IFunded
{
    Money Committed { get; }

    Money Headroom(Money cap) => cap - Committed; // clean: an interface body, the caller's cap
}

/// <summary>A city fund; every fund the desk makes holds yuan.</summary>
public sealed class CityFund(string city, Money pot) : IFunded
{
    public string City { get; } = city;

    public Money Committed { get; } = pot;

    public bool Covers(Money request) => request <= pot; // clean: the caller's request

    public Money Remaining(Money spent) => pot - spent; // clean: the caller's spending
}

/// <summary>A municipal pot whose currency the spreadsheet states.</summary>
public sealed class MunicipalPot
{
    [Currency("RMB")] public Money Legacy { get; init; } // expect: AIR0003

    [Currency("CNY")] public Money Current { get; init; } // clean: an active code
}

/// <summary>Codes the import layer keeps as constants.</summary>
public static class Codes
{
    public const string Home = "CNY";
    public const string LegacyYuan = "CNH";
    public const string Prefix = "RM";
    public const string Joined = Prefix + "B";
    public const string Interpolated = $"{Prefix}B";
}

/// <summary>Policy constants.</summary>
public static class Targets
{
    public const decimal SelfSufficiency2030 = 0.7m;
    public const decimal SelfSufficiency2027Percent = 55m;
}
