using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;

namespace Lantern.Desk;

/// <summary>What an alert carries to the brief's subscribers.</summary>
internal sealed class ThresholdEventArgs : EventArgs
{
    /// <summary>The alert for a figure.</summary>
    public ThresholdEventArgs(string programme, Money figure) => (Programme, Figure) = (programme, figure);

    /// <summary>The programme.</summary>
    public string Programme { get; }

    /// <summary>The figure that crossed the threshold.</summary>
    public Money Figure { get; }
}

/// <summary>Raises an event when a new commitment passes the desk's threshold.</summary>
internal sealed class ThresholdMonitor(Money threshold)
{
    /// <summary>Raised for each commitment above the threshold.</summary>
    public event EventHandler<ThresholdEventArgs>? Crossed;

    /// <summary>Checks one commitment.</summary>
    public void Observe(Commitment c)
    {
        if (c.Pledged.Currency == threshold.Currency && c.Pledged > threshold) // clean: the currency is tested first
        {
            Crossed?.Invoke(this, new ThresholdEventArgs(c.Programme, c.Pledged));
        }
    }

    /// <summary>Checks one figure without a currency test.</summary>
    public bool Above(Money figure) => figure > threshold;
}

/// <summary>The desk's alerting rules.</summary>
internal static class Alerts
{
    /// <summary>The comparison the alert rules share.</summary>
    public static readonly Func<Money, Money, bool> Exceeds = (figure, limit) => figure > limit;

    /// <summary>The handler the brief registers: it writes a line per alert.</summary>
    public static readonly Action<string> Write = line => Console.WriteLine(line);

    /// <summary>A yuan monitor asked about a dollar figure.</summary>
    public static bool YuanMonitorOnDollars() => new ThresholdMonitor(Money.Billions(10m, Currency.CNY)).Above(Ledger.Stargate); // expect: AIR0001

    /// <summary>A dollar monitor asked about a dollar figure.</summary>
    public static bool DollarMonitorOnDollars() => new ThresholdMonitor(Money.Billions(10m, Currency.USD)).Above(Ledger.Stargate); // clean: dollars and dollars

    /// <summary>The shared delegate given the EU pledge and the yen aid.</summary>
    public static bool EuAboveRapidus() => Exceeds(Ledger.InvestAi, Ledger.RapidusAid); // expect: AIR0001

    /// <summary>The shared delegate given two yuan figures.</summary>
    public static bool PlanAboveShanghai() => Exceeds(Ledger.ActionPlan, Ledger.ShanghaiFund); // clean: yuan and yuan

    /// <summary>Subscribes the console writer to a monitor, with string interpolation of money.</summary>
    public static ThresholdMonitor Subscribed(Money threshold)
    {
        var monitor = new ThresholdMonitor(threshold);
        monitor.Crossed += (_, e) => Write($"{e.Programme}: {e.Figure} crossed {threshold}"); // clean: text only
        return monitor;
    }

    /// <summary>The alert level of a commitment, by a property pattern on its money.</summary>
    public static string Level(Commitment c) => c switch
    {
        { Pledged: { Currency.Code: "USD" } p } when p > Ledger.Stargate => "above Stargate", // clean: the pattern shows dollars
        { Pledged: { Currency.Code: "CNY" } p } when p > Ledger.ActionPlan => "above the plan", // clean: the pattern shows yuan
        { Pledged: { Currency.Code: "CNY" } p } when p > Ledger.Stargate => "above Stargate in yuan", // expect: AIR0001
        { Bloc: Bloc.Europe, Pledged.Amount: > 100_000_000_000m } => "large European",
        _ => "normal",
    };

    /// <summary>The verdict on two figures, by a switch on the tuple of their codes.</summary>
    public static string Verdict(Money a, Money b) => (a.Currency.Code, b.Currency.Code) switch
    {
        ("CNY", "CNY") => a > b ? "first" : "second", // clean: both shown yuan
        ("USD", "USD") => a > b ? "first" : "second", // clean: both shown dollars
        _ => "not comparable",
    };

    /// <summary>The verdict on the two headlines, with the fallback arm comparing anyway.</summary>
    public static string HeadlineVerdict()
    {
        var yuan = Ledger.ActionPlan;
        var dollars = Ledger.Stargate;
        return (yuan.Currency.Code, dollars.Currency.Code) switch
        {
            ("USD", "USD") => "same",
            _ => yuan > dollars ? "China" : "US", // expect: AIR0001
        };
    }

    /// <summary>An is-pattern on the code, then the comparison.</summary>
    public static bool IsLargeDollar(Money m) => m is { Currency.Code: "USD" } && m > Ledger.Stargate; // clean: shown dollars

    /// <summary>An is-pattern on the wrong value's code.</summary>
    public static bool WrongGuard(Money m) => m is { Currency.Code: "USD" } && Ledger.ShanghaiFund > Ledger.Stargate; // expect: AIR0001

    /// <summary>Alerts for every commitment above its bloc's line.</summary>
    public static IEnumerable<string> Sweep()
    {
        var line = Money.Billions(100m, Currency.USD);
        foreach (var c in Ledger.Commitments)
        {
            if (c.Pledged.Currency != line.Currency)
            {
                continue;
            }

            if (c.Pledged > line) // clean: other currencies were skipped
            {
                yield return $"{c.Programme} {c.Pledged}";
            }
        }
    }

    /// <summary>A tuple equality check of the headline and its year.</summary>
    public static bool IsStargateHeadline() => (Ledger.ActionPlan, 2025) == (Money.Billions(500m, Currency.USD), 2025); // expect: AIR0001

    /// <summary>A delegate kept in a local and called with yuan and won.</summary>
    public static bool LocalDelegate()
    {
        Func<Money, Money, Money> gap = (a, b) => a - b;
        return gap(Ledger.ShanghaiFund, Ledger.KChips).IsNegative; // expect: AIR0001
    }
}
