using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using Lumen.Grants.Model;

namespace Lumen.Grants.Data;

/// <summary>The foundation's fixed figures, as the trustees approved them for 2026.</summary>
public static class Catalogue
{
    /// <summary>The home currency of the foundation's accounts.</summary>
    public const string HomeCode = "EUR";

    /// <summary>The Tokyo desk's currency, as the desk's own configuration names it.</summary>
    public static readonly Currency TokyoCurrency = Currency.JPY;

    /// <summary>The compute call of 2026.</summary>
    public static readonly Call Compute2026 = new("Compute for open models", Money.Millions(40m, Currency.EUR), new DateOnly(2026, 3, 31)); // clean: 40 million in millions

    /// <summary>The safety call of 2026.</summary>
    public static readonly Call Safety2026 = new("Evaluations and safety", Money.Of(12_500_000m, HomeCode), new DateOnly(2026, 6, 30)); // clean: a constant code

    /// <summary>The London desk's reserve.</summary>
    public static readonly SterlingReserve LondonReserve = new(Money.Gbp(2_000_000m));

    /// <summary>The Brussels pot, opened with the trustees' first transfer.</summary>
    public static readonly EuroPot Brussels = new(Money.Eur(18_000_000m));

    /// <summary>The Tokyo pot.</summary>
    public static readonly YenPot Tokyo = YenPot.Open(Money.Of(2_400_000_000m, TokyoCurrency));

    /// <summary>The Brussels desk's cap per grant.</summary>
    public static readonly Money BrusselsCap = Money.Eur(5_000_000m);

    /// <summary>The Tokyo desk's cap per grant.</summary>
    public static readonly Money TokyoCap = Money.Jpy(800_000_000m);

    /// <summary>The trustees' caps per desk, each in the desk's own currency.</summary>
    public static readonly Dictionary<Desk, Money> Caps = new()
    {
        [Desk.Brussels] = BrusselsCap,
        [Desk.Tokyo] = TokyoCap,
        [Desk.London] = Money.Gbp(4_000_000m),
    };

    /// <summary>The floor under which no euro grant is made.</summary>
    public static readonly Money EuroFloor = Money.Eur(50_000m);

    /// <summary>The euro grants of the first round; the desk keeps them in one list.</summary>
    public static readonly List<Money> EuroRound1 = [Money.Eur(250_000m), Money.Eur(1_200_000m), Money.Eur(75_000m)];

    /// <summary>The yen grants of the first round.</summary>
    public static readonly Money[] YenRound1 = [Money.Jpy(30_000_000m), Money.Jpy(120_000_000m)];

    /// <summary>Both rounds in one list for the annual report (two currencies, on purpose).</summary>
    public static readonly List<Money> AllRound1 = [.. EuroRound1, .. YenRound1];

    /// <summary>The tranches each desk has scheduled, by desk name; each list holds the desk's own currency.</summary>
    public static readonly Dictionary<string, List<Money>> Scheduled = new()
    {
        ["brussels"] = [Money.Eur(100_000m), Money.Eur(150_000m)],
        ["tokyo"] = [Money.Jpy(9_000_000m)],
    };

    /// <summary>The grants of the first round, as the board minutes list them.</summary>
    public static readonly List<Grant> Round1 =
    [
        new() { Id = "G-26-001", Desk = Desk.Brussels, Award = Money.Eur(250_000m) },
        new() { Id = "G-26-002", Desk = Desk.Tokyo, Award = Money.Jpy(30_000_000m), Overhead = Money.Jpy(3_000_000m) },
        new() { Id = "G-26-003", Desk = Desk.Brussels, Award = Money.Eur(1_200_000m), Overhead = Money.Eur(120_000m) },
    ];

    /// <summary>The euro calls of the year.</summary>
    public static readonly Call[] Calls = [Compute2026, Safety2026];

    /// <summary>The matching fund the Boston partner pledged, in millions of dollars.</summary>
    public static readonly Money BostonMatch = Money.Millions(6m, Currency.USD);

    /// <summary>The partner's pledge as first keyed in (a bug: the full figure in the millions factory).</summary>
    public static readonly Money BostonPledgeTyped = Money.Millions(6_000_000m, Currency.USD); // expect: AIR0011

    /// <summary>The Japanese ministry's programme, in millions of yen as its report gives it.</summary>
    public static readonly Money MinistryProgramme = Money.Millions(2_387_240m, Currency.JPY); // clean: a yen figure in millions

    /// <summary>The UK's national compute programme as a clerk typed it (a bug: billions of a billion).</summary>
    public static readonly Money UkCompute = Money.Billions(2_000_000_000m, Currency.GBP); // expect: AIR0011

    /// <summary>The EU's programme, scaled through the general factory (a bug: already in units).</summary>
    public static readonly Money EuProgramme = Money.Scaled(7_500_000_000m, Magnitude.Millions, Currency.EUR); // expect: AIR0011

    /// <summary>A cap for a desk, or the euro floor.</summary>
    /// <param name="desk">The desk.</param>
    /// <returns>The cap.</returns>
    public static Money CapOf(Desk desk) => Caps.TryGetValue(desk, out var cap) ? cap : EuroFloor; // clean: one value's currency depends on the desk

    /// <summary>The trustees' euro envelope: both calls together.</summary>
    public static Money EuroEnvelope() => Compute2026.Envelope + Safety2026.Envelope; // clean: both euros

    /// <summary>The euro grants, largest first.</summary>
    public static IEnumerable<Money> EuroLargestFirst() => EuroRound1.OrderDescending(); // clean: one currency

    /// <summary>Every first-round grant, largest first (a bug: yen and euros ordered together).</summary>
    public static IEnumerable<Money> AllLargestFirst() => AllRound1.OrderDescending(); // expect: AIR0001

    /// <summary>The largest first-round grant of any desk (a bug: the maximum of yen and euros).</summary>
    public static Money LargestOfAll() => AllRound1.Max(); // expect: AIR0001

    /// <summary>The board's ranking of the first-round grants by award (a bug: euros and yen ranked together).</summary>
    public static List<Grant> Ranked() => Round1.OrderByDescending(g => g.Award).ToList(); // expect: AIR0001

    /// <summary>The calls, latest deadline first.</summary>
    public static IEnumerable<Call> ByDeadline() => Calls.OrderByDescending(c => c.Deadline); // clean: dates

    /// <summary>The calls by envelope.</summary>
    public static IEnumerable<Call> ByEnvelope() => Calls.OrderBy(c => c.Envelope); // clean: every call is in euros
}
