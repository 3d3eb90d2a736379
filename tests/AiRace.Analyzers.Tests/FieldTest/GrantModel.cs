using System;
using System.Collections.Generic;
using System.Numerics;
using AiRace.Core;

namespace Lumen.Grants.Model;

/// <summary>The desks that pay the foundation's compute grants; each pays in its own currency.</summary>
public enum Desk
{
    /// <summary>Pays in euros.</summary>
    Brussels,

    /// <summary>Pays in yen.</summary>
    Tokyo,

    /// <summary>Pays in sterling.</summary>
    London,

    /// <summary>Pays in dollars.</summary>
    Boston,
}

/// <summary>One payment of a grant.</summary>
/// <param name="Due">When it is paid.</param>
/// <param name="Amount">How much.</param>
/// <param name="Memo">The clerk's note.</param>
public readonly record struct Tranche(DateOnly Due, Money Amount, string Memo = "");

/// <summary>A grant as the board approved it.</summary>
public sealed record Grant
{
    /// <summary>The grant's reference.</summary>
    public required string Id { get; init; }

    /// <summary>The desk that pays it.</summary>
    public required Desk Desk { get; init; }

    /// <summary>The amount awarded, in the desk's currency.</summary>
    public required Money Award { get; init; }

    /// <summary>The overhead the host institution may claim, if the call allows one.</summary>
    public Money? Overhead { get; init; }

    /// <summary>The payments.</summary>
    public IReadOnlyList<Tranche> Tranches { get; init; } = [];
}

/// <summary>A call for proposals; every call of the foundation is budgeted in euros.</summary>
/// <param name="Title">The call's title.</param>
/// <param name="Envelope">The money the call may award.</param>
/// <param name="Deadline">The closing day.</param>
public sealed record Call(string Title, Money Envelope, DateOnly Deadline);

/// <summary>What a lab asked for, as the portal stores it.</summary>
public sealed class Proposal
{
    /// <summary>The proposal's reference.</summary>
    public required string Id { get; init; }

    /// <summary>The lab.</summary>
    public required string Lab { get; init; }

    /// <summary>The money asked for; the portal takes any currency.</summary>
    public required Money Requested { get; init; }

    /// <summary>The reviewers' score, 0 to 10.</summary>
    public double Score { get; init; }

    /// <summary>The share of the request the lab co-funds.</summary>
    public Share CoFunded { get; init; } = Share.Zero;
}

/// <summary>A pot of money held by a desk, in the desk's currency (generic code asks each pot for its home).</summary>
/// <typeparam name="TSelf">The pot type.</typeparam>
public interface IPot<TSelf>
    where TSelf : IPot<TSelf>
{
    /// <summary>The pot's currency.</summary>
    static abstract Currency Home { get; }

    /// <summary>Opens a pot with a first deposit.</summary>
    /// <param name="opening">The first deposit.</param>
    /// <returns>The pot.</returns>
    static abstract TSelf Open(Money opening);

    /// <summary>What is in the pot.</summary>
    Money Balance { get; }
}

/// <summary>The Brussels pot.</summary>
/// <param name="balance">What is in it.</param>
public sealed class EuroPot(Money balance) : IPot<EuroPot>
{
    /// <inheritdoc/>
    public static Currency Home => Currency.EUR;

    /// <inheritdoc/>
    public static EuroPot Open(Money opening) => new(opening);

    /// <inheritdoc/>
    public Money Balance => balance;
}

/// <summary>The Tokyo pot.</summary>
/// <param name="balance">What is in it.</param>
public sealed class YenPot(Money balance) : IPot<YenPot>
{
    /// <inheritdoc/>
    public static Currency Home => Currency.JPY;

    /// <inheritdoc/>
    public static YenPot Open(Money opening) => new(opening);

    /// <inheritdoc/>
    public Money Balance => balance;
}

/// <summary>The reserve of the London desk; every construction in the code gives it sterling.</summary>
/// <param name="floor">The lowest the reserve may fall to.</param>
public sealed class SterlingReserve(Money floor)
{
    /// <summary>The floor the trustees set.</summary>
    public Money Floor { get; } = floor;

    /// <summary>Whether a balance is above the floor.</summary>
    /// <param name="balance">A balance in sterling.</param>
    /// <returns>Whether it is above.</returns>
    public bool Above(Money balance) => balance > Floor; // clean: a parameter against the floor
}

/// <summary>A pair of figures that generic code adds up: a grant's award and its overhead, always in one currency.</summary>
/// <param name="Award">The award.</param>
/// <param name="Overhead">The overhead.</param>
public readonly record struct Costed(Money Award, Money Overhead) : IAdditionOperators<Costed, Costed, Costed>
{
    /// <summary>The total of the two.</summary>
    public Money Total => Award + Overhead; // clean: two parameters' properties, unknown

    /// <inheritdoc/>
    public static Costed operator +(Costed left, Costed right) => new(left.Award + right.Award, left.Overhead + right.Overhead); // clean: the pairs' currencies are unknown
}

/// <summary>The ministry's row as the spreadsheet gives it; the column is documented as yen.</summary>
public sealed class MinistryLine
{
    /// <summary>The subsidy, in yen as the column header says.</summary>
    [Currency("JPY")]
    public Money Subsidy { get; set; }

    /// <summary>The line's label.</summary>
    public string Label { get; set; } = "";
}

/// <summary>A percentage of a budget, as the board papers state it (not money).</summary>
/// <param name="Label">What the figure is.</param>
/// <param name="BudgetShare">The share of the budget.</param>
public readonly record struct BudgetFigure(string Label, decimal BudgetShare); // clean: a share of a budget, not money

/// <summary>An older export format the auditors still receive.</summary>
/// <param name="GrantId">The grant.</param>
/// <param name="AmountEur">The euros, as a bare number.</param>
public sealed record LegacyRow(string GrantId, decimal AmountEur); // expect: AIR0010

/// <summary>The desk a currency belongs to, and back.</summary>
public static class Desks
{
    /// <summary>The currency a desk pays in.</summary>
    /// <param name="desk">The desk.</param>
    /// <returns>Its currency.</returns>
    public static Currency CurrencyOf(Desk desk) => desk switch
    {
        Desk.Brussels => Currency.EUR,
        Desk.Tokyo => Currency.JPY,
        Desk.London => Currency.GBP,
        _ => Currency.USD,
    };

    /// <summary>The desk's usual minimum tranche, in its own currency.</summary>
    /// <param name="desk">The desk.</param>
    /// <returns>The minimum.</returns>
    public static Money MinimumTranche(Desk desk) => Money.Of(desk == Desk.Tokyo ? 100_000m : 1_000m, CurrencyOf(desk)); // clean: currency not constant

    /// <summary>The home of every pot the generic code opens.</summary>
    public static readonly IReadOnlyDictionary<Desk, Currency> Homes = new Dictionary<Desk, Currency>
    {
        [Desk.Brussels] = EuroPot.Home,
        [Desk.Tokyo] = YenPot.Home,
    };
}
