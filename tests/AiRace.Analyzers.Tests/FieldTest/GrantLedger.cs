using System;
using System.Collections.Generic;
using System.Linq;
using AiRace.Core;
using Lumen.Grants.Data;
using Lumen.Grants.Model;

namespace Lumen.Grants.Ledger;

/// <summary>Raised when a tranche is paid.</summary>
/// <param name="GrantId">The grant.</param>
/// <param name="Paid">What was paid.</param>
public sealed record PaidEventArgs(string GrantId, Money Paid);

/// <summary>The Brussels desk's ledger: euros only.</summary>
public sealed class EuroLedger
{
    private Money _reserve = Money.Eur(250_000m);
    private Money _paid = Money.Zero(Currency.EUR);
    private readonly List<Money> _payments = [];

    /// <summary>Raised after every payment.</summary>
    public event EventHandler<PaidEventArgs>? Paid;

    /// <summary>Called to check a payment before it is made; the default lets everything through.</summary>
    public Func<Money, bool> Approve { get; set; } = _ => true;

    /// <summary>The overhead rule of the Brussels desk: 15 % on top.</summary>
    public static readonly Func<Money, Money> WithOverhead = m => m * 1.15m;

    /// <summary>A check the auditors wrote: whether a payment exceeds a limit.</summary>
    public static readonly Func<Money, Money, bool> Exceeds = (payment, limit) => payment > limit; // clean: two lambda parameters

    /// <summary>The reserve the desk keeps back, in euros.</summary>
    public Money Reserve
    {
        get => _reserve;
        set => _reserve = value;
    }

    /// <summary>What the desk has paid so far.</summary>
    public Money TotalPaid
    {
        get { return _paid; }
        private set { _paid = value; }
    }

    /// <summary>Pays a tranche, if the approver agrees.</summary>
    /// <param name="grantId">The grant.</param>
    /// <param name="tranche">The money.</param>
    /// <returns>Whether it was paid.</returns>
    public bool Pay(string grantId, Money tranche)
    {
        if (!Approve(tranche))
        {
            return false;
        }

        TotalPaid += tranche; // clean: a parameter, unknown
        _payments.Add(tranche);
        Paid?.Invoke(this, new PaidEventArgs(grantId, tranche));
        return true;
    }

    /// <summary>Pays the first-round euro grants.</summary>
    public void PayRound1()
    {
        foreach (var award in Catalogue.EuroRound1)
        {
            if (award < Catalogue.EuroFloor) // clean: both euros
            {
                continue;
            }

            Pay("round-1", award);
        }
    }

    /// <summary>Whether the reserve is still above the floor (two hops: a field behind a property).</summary>
    public bool ReserveAboveFloor() => Reserve > Catalogue.EuroFloor; // clean: euros

    /// <summary>Whether the reserve covers the Tokyo cap (a bug: euros against yen).</summary>
    public bool ReserveCoversTokyo() => Reserve >= Catalogue.TokyoCap; // expect: AIR0001

    /// <summary>Whether the reserve covers the London floor (a bug: euros against sterling, through the reserve object).</summary>
    public bool ReserveCoversLondon() => _reserve >= Catalogue.LondonReserve.Floor; // expect: AIR0001

    /// <summary>Tops up the reserve from the trustees' transfer.</summary>
    public void TopUp() => Reserve = Reserve + Money.Eur(50_000m); // clean: euros

    /// <summary>The reserve with overhead, against a yen cap (a bug: the delegate keeps the currency).</summary>
    public bool OverheadBreaksTokyoCap() => WithOverhead(Reserve) > Catalogue.TokyoCap; // expect: AIR0001

    /// <summary>The auditors' check applied to the reserve and the yen cap (a bug).</summary>
    public bool AuditorsFlag() => Exceeds(Money.Eur(900_000m), Money.Jpy(100_000_000m)); // expect: AIR0001

    /// <summary>Payments above the euro floor.</summary>
    public IEnumerable<Money> AboveFloor() => _payments.Where(p => p > Catalogue.EuroFloor); // clean: unknown payments

    /// <summary>Registers the auditors' listener: every payment is checked against the desk's floor.</summary>
    public void Listen()
    {
        Paid += (_, e) =>
        {
            if (e.Paid < Catalogue.EuroFloor) // clean: the paid money is a parameter of Pay, unknown
            {
                Console.WriteLine($"{e.GrantId}: {e.Paid} is below the floor");
            }
        };
    }
}

/// <summary>Small helpers that take money by reference.</summary>
public static class ByRef
{
    /// <summary>Whether a spend is over a cap.</summary>
    /// <param name="spent">The spend.</param>
    /// <param name="cap">The cap.</param>
    /// <returns>Whether it is over.</returns>
    public static bool Over(in Money spent, in Money cap) => spent > cap; // clean: two parameters

    /// <summary>Adds a tranche to a running total.</summary>
    /// <param name="total">The total.</param>
    /// <param name="tranche">The tranche.</param>
    public static void Accumulate(ref Money total, Money tranche) => total += tranche; // clean: two parameters

    /// <summary>The larger of two figures, for generic code.</summary>
    /// <typeparam name="T">A type with comparisons.</typeparam>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    /// <returns>The larger.</returns>
    public static T Larger<T>(T a, T b)
        where T : System.Numerics.IComparisonOperators<T, T, bool> => a > b ? a : b; // clean: two parameters

    /// <summary>Checks the desks' positions.</summary>
    public static void Positions()
    {
        var euros = Money.Eur(400_000m);
        var yen = Money.Jpy(60_000_000m);
        var sterling = Money.Gbp(300_000m);
        if (Over(in euros, in yen)) // expect: AIR0001
        {
            Console.WriteLine("over");
        }

        if (Over(in sterling, Catalogue.LondonReserve.Floor)) // clean: sterling both
        {
            Console.WriteLine("over the London floor");
        }

        var biggest = Larger(euros, yen); // expect: AIR0001
        Console.WriteLine(biggest);

        var total = Money.Zero(Currency.EUR);
        Accumulate(ref total, euros); // clean: euros into a euro total
        Console.WriteLine(total);
    }

    /// <summary>The overhead of a grant, or nothing.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The award plus overhead.</returns>
    public static Money? WithOverhead(Grant grant) => grant.Award + grant.Overhead; // clean: one grant's own figures, unknown

    /// <summary>Nullable figures of the Brussels desk.</summary>
    public static void Nullables()
    {
        Money? claimed = Money.Eur(12_000m);
        Money? tokyoClaim = Money.Jpy(1_500_000m);
        var both = claimed + tokyoClaim; // expect: AIR0001
        if (claimed is { } c && c > Catalogue.EuroFloor) // clean: euros
        {
            Console.WriteLine(c);
        }

        if (claimed is Money known && known > Money.Gbp(10_000m)) // expect: AIR0001
        {
            Console.WriteLine(known);
        }

        Console.WriteLine(both);
    }
}
