// Field test consumer, second team (issue 12 §3): the harbour authority's treasury ledger, written by another team in
// another style than the Northwind files. Intended findings carry "// expect: AIR00xx" on the line where they start;
// tricky lines that must stay silent carry "// clean: why".
using System;
using System.Collections.Generic;
using AiRace.Core;

namespace Harbour.Ledger;

/// <summary>The desks that book into the ledger.</summary>
public enum Desk
{
    Treasury,
    Terminals,
    Dredging,
    Partner,
}

/// <summary>A booked line as read from the ledger export; its currency is whatever the file says.</summary>
public sealed record LedgerEntry(string Id, Desk Desk, DateOnly Booked, Money Amount, string Memo);

/// <summary>A harbour dues invoice: the authority bills in euros only.</summary>
public sealed record DuesInvoice(string Vessel, Money Due, int Berth);

/// <summary>A receipt from the Japanese partner terminal: always yen.</summary>
public sealed record PartnerReceipt(string Reference, Money Received, DateOnly ValueDate);

/// <summary>A pilotage fee, billed by the pilots' guild in pounds (the export never says so).</summary>
public sealed record PilotageFee(string Pilot, [Currency("GBP")] Money Fee);

/// <summary>Something with a price.</summary>
public interface IPriced
{
    /// <summary>The price.</summary>
    Money Price { get; }

    /// <summary>A label for reports.</summary>
    string Label => $"{GetType().Name} at {Price}";

    /// <summary>Whether this costs more than another thing.</summary>
    bool Dearer(IPriced other) => Price > other.Price; // clean: interface members, currencies unknown
}

/// <summary>A fixed asset of the harbour.</summary>
public abstract class Asset : IPriced
{
    /// <summary>Creates the asset.</summary>
    protected Asset(string name) => Name = name;

    /// <summary>The asset's name.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public abstract Money Price { get; }

    /// <summary>What keeping the asset costs over some years (2 % of its price a year).</summary>
    public virtual Money Upkeep(int years) => Price * 0.02m * years; // clean: scaling keeps the (unknown) currency
}

/// <summary>A quay crane, bought in euros.</summary>
public sealed class Crane : Asset
{
    private readonly Money _price;

    /// <summary>Creates a crane bought for a number of euros.</summary>
    public Crane(string name, decimal euros) // expect: AIR0010 (a currency name is a money word)
        : base(name)
    {
        _price = Money.Eur(euros);
    }

    /// <inheritdoc/>
    public override Money Price => _price;

    /// <summary>Whether the crane was cheaper than a partner receipt (a bug: euros against yen).</summary>
    public bool CheaperThan(PartnerReceipt receipt) => _price < receipt.Received; // expect: AIR0001
}

/// <summary>A tug, bought second-hand from the partner in yen.</summary>
public sealed class Tug : Asset
{
    /// <summary>Creates a tug.</summary>
    public Tug(string name, Money price)
        : base(name)
    {
        Price = price;
    }

    /// <inheritdoc/>
    public override Money Price { get; }

    /// <inheritdoc/>
    public override Money Upkeep(int years) => base.Upkeep(years) + Price * 0.01m; // clean: the same unknown currency twice
}

/// <summary>A berth, rented by the day.</summary>
public class Berth
{
    /// <summary>The daily rate of an ordinary berth.</summary>
    public virtual Money DailyRate => Money.Eur(900m);

    /// <summary>The berth's number.</summary>
    public int Number { get; init; }
}

/// <summary>A deep-water berth, rented to the partner's ships in yen.</summary>
public sealed class DeepBerth : Berth
{
    /// <inheritdoc/>
    public override Money DailyRate => Money.Jpy(180_000m);
}

/// <summary>The treasury's float: one running balance with a hand-written property.</summary>
public sealed class TreasuryFloat
{
    private Money _balance = Money.Eur(0m);
    private Money _limit;

    /// <summary>Creates a float with the standard limit.</summary>
    public TreasuryFloat()
    {
        _limit = Money.Eur(250_000m);
    }

    /// <summary>Creates a float with a raised limit, in thousands of euros.</summary>
    public TreasuryFloat(int thousands)
    {
        _limit = Money.Thousands(thousands, Currency.EUR);
    }

    /// <summary>The balance (the setter is the only writer of the backing field besides its initializer).</summary>
    public Money Balance
    {
        get => _balance;
        private set => _balance = value;
    }

    /// <summary>Raised when money moves.</summary>
    public event EventHandler<Money>? Moved;

    /// <summary>Books a movement.</summary>
    public void Book(Money movement)
    {
        Balance += movement; // clean: the movement's currency is unknown
        Moved?.Invoke(this, movement);
    }

    /// <summary>Whether the float is over its limit.</summary>
    public bool OverLimit() => _balance > _limit; // clean: the balance is written through the setter with unknown money

    /// <summary>Whether a partner receipt would break the limit (a bug: yen against euros).</summary>
    public bool ReceiptBreaksLimit(PartnerReceipt receipt) => receipt.Received > _limit; // expect: AIR0001

    /// <summary>The headroom under the limit.</summary>
    public Money Headroom => _limit - _balance; // clean: the balance is unknown
}

/// <summary>Figures the treasury committee fixed.</summary>
public static class Policy
{
    /// <summary>The home currency's code.</summary>
    public const string HomeCode = "EUR";

    /// <summary>The partner's currency.</summary>
    public static readonly Currency PartnerCurrency = Currency.JPY;

    /// <summary>A dues invoice worth chasing.</summary>
    public static readonly Money ChaseThreshold = Money.Of(2_500m, HomeCode);

    /// <summary>A deposit the partner leaves with the treasury, if any (nullable: not every year has one).</summary>
    public static readonly Money? PartnerDeposit = Money.Of(5_000_000m, PartnerCurrency);

    /// <summary>The floors by desk, all in euros.</summary>
    public static readonly Dictionary<Desk, Money> Floors = new()
    {
        [Desk.Treasury] = Money.Eur(1_000m),
        [Desk.Terminals] = Money.Eur(500m),
        [Desk.Dredging] = Money.Of(750m, HomeCode),
    };

    /// <summary>The annual dredging tranches, in euros.</summary>
    public static readonly List<Money> DredgingTranches = [Money.Eur(1_200m), Money.Eur(1_350m), Money.Eur(900m)];

    /// <summary>The floor of a desk, by a switch whose arms all state euros.</summary>
    public static Money FloorFor(Desk desk) => desk switch
    {
        Desk.Treasury => Money.Eur(1_000m),
        Desk.Partner => throw new ArgumentException("the partner has no floor", nameof(desk)),
        _ => Money.Eur(500m),
    };
}
