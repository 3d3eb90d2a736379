// Field test consumer (issue 12 §3): written as a team would write it, not as a rule test. Every intended finding is
// marked "// expect: AIR00xx" on the line where it starts; tricky lines that must stay silent are marked "// clean:".
// FieldTests counts caught, missed and false reports over these files.
using System;
using System.Collections.Generic;
using AiRace.Core;

namespace Northwind.Compute.Model;

/// <summary>Where a programme is run.</summary>
public enum Region
{
    East,
    West,
    North,
    South,
    Overseas,
}

/// <summary>A state compute programme: always budgeted in yuan (every construction states CNY).</summary>
public sealed record ProvincialProgramme(string Name, Region Region, Money Budget, int StartYear);

/// <summary>A federal award: always in dollars.</summary>
public sealed record FederalAward(string Agency, string Title, Money Amount, DateOnly Announced);

/// <summary>Any programme, whatever its currency (domestic and overseas ones are both built).</summary>
public sealed record Programme(string Name, Region Region, Money Budget);

/// <summary>A band a budget must fall in.</summary>
public readonly record struct Envelope(Money Ceiling, Money Floor)
{
    /// <summary>Whether the band is well formed.</summary>
    public bool IsValid => Ceiling >= Floor; // expect: AIR0001

    /// <summary>Whether a budget fits the band.</summary>
    public bool Admits(Money budget) => budget <= Ceiling && budget >= Floor; // clean: the budget's currency is unknown (a parameter)
}

/// <summary>A data centre.</summary>
public sealed class Cluster
{
    /// <summary>Its name.</summary>
    public string Name { get; init; } = "";

    /// <summary>What building it cost (yuan for Chinese sites, dollars for American ones).</summary>
    public Money Capex { get; init; }

    /// <summary>What running it costs a year.</summary>
    public Money AnnualOpex { get; init; }

    /// <summary>Its accelerators.</summary>
    public int Accelerators { get; init; }

    /// <summary>What it costs over some years.</summary>
    public Money LifetimeCost(int years) => Capex + AnnualOpex * years; // clean: a cluster's capex and opex share its currency (unknown here)
}

/// <summary>A line of a spending plan, in the currency of the ministry that owns it.</summary>
public sealed class PlanLine
{
    /// <summary>Creates a line.</summary>
    public PlanLine(string item, Money cost)
    {
        Item = item;
        Cost = cost;
    }

    /// <summary>The item.</summary>
    public string Item { get; }

    /// <summary>The cost.</summary>
    public Money Cost { get; private set; }

    /// <summary>Scales the cost (an inflation adjustment).</summary>
    public void Scale(decimal factor) => Cost = Cost * factor; // clean: scaling keeps the currency
}

/// <summary>Currencies the team uses everywhere.</summary>
public static class Codes
{
    /// <summary>The code of the domestic currency.</summary>
    public const string Domestic = "CNY";

    /// <summary>The code the board reports in.</summary>
    public const string Reporting = "USD";

    /// <summary>The domestic currency.</summary>
    public static readonly Currency Home = Currency.CNY;

    /// <summary>The currency of overseas partners.</summary>
    public static readonly Currency Abroad = Currency.USD;
}

/// <summary>Thresholds the board set.</summary>
public static class Thresholds
{
    /// <summary>A "large" programme, in the board's currency.</summary>
    public static readonly Money LargeProgramme = Money.Of(1_000m, Codes.Reporting);

    /// <summary>The smallest provincial budget worth tracking, in yuan.</summary>
    public static readonly Money ProvincialFloor = Money.Of(50m, Codes.Domestic);

    /// <summary>The envelope for new provincial programmes.</summary>
    public static readonly Envelope Provincial = new(Money.Cny(5_000m), Money.Usd(10m));

    /// <summary>A warning level, changeable at run time (from configuration).</summary>
    public static Money Warning { get; set; } = Money.Cny(800m);
}
