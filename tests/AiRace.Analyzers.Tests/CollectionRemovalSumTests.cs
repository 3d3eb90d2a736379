using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001's currency-stating sum over a collection that may lose elements (a queue's <c>Dequeue</c>, a list's
/// <c>Remove</c>, a stack's <c>Pop</c>): reported when every element the collection can hold is in one currency other than
/// the one stated, since whatever is left is in it; not when the collection can hold two, since the other one may be all
/// that was taken out.
/// </summary>
public class CollectionRemovalSumTests
{
    [Fact]
    public Task Sum_of_a_collection_of_one_other_currency_that_loses_elements_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly Queue<Money> _pending = new();
            private readonly List<Money> _paid = [Money.Cny(1m)];
            private readonly Stack<Money> _held = new();
            public void Take(Money yuan) { _pending.Enqueue(Money.Cny(yuan.Amount)); _held.Push(Money.Jpy(1m)); }
            public Money Next() => _pending.Dequeue();
            public void Drop() { _paid.RemoveAt(0); _held.Pop(); }
            public Money PendingInDollars() => {|AIR0001:_pending.Sum(Currency.USD)|};
            public Money PaidInEuros() => {|AIR0001:_paid.Sum(Currency.EUR)|};
            public Money HeldInYuan() => {|AIR0001:_held.Sum(Currency.CNY)|};
        }
        """);

    [Fact]
    public Task Sum_of_a_collection_that_loses_elements_in_its_currency_or_of_two_currencies_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class Desk
        {
            private readonly Queue<Money> _pending = new();
            private readonly List<Money> _paid = [Money.Cny(1m), Money.Usd(1m)];
            public void Take(Money amount) { _pending.Enqueue(Money.Cny(amount.Amount)); _pending.Enqueue(Money.Usd(amount.Amount)); }
            public Money Next() => _pending.Dequeue();
            public void Drop() => _paid.RemoveAll(m => m.Currency == Currency.CNY);
            public Money PendingInDollars() => _pending.Sum(Currency.USD);
            public Money PaidInDollars() => _paid.Sum(Currency.USD);
        }
        """);

    [Fact]
    public Task Sum_after_a_removal_by_currency_test_of_what_is_left_in_another_currency_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Desk
        {
            public static Money WesternInEuros()
            {
                var west = new List<Money> { Money.Usd(1m), Money.Gbp(2m), Money.Usd(3m) };
                west.RemoveAll(m => m.Currency == Currency.GBP);
                return {|AIR0001:west.Sum(Currency.EUR)|};
            }

            public static Money DollarsInEuros()
            {
                var due = new List<Money> { Money.Cny(1m), Money.Usd(2m) };
                due.RemoveAll(m => m.Currency != Currency.USD);
                return {|AIR0001:due.Sum(Currency.EUR)|};
            }

            public static Money ByCodeText()
            {
                var west = new List<Money> { Money.Usd(1m), Money.Gbp(2m) };
                west.RemoveAll(m => m.Currency.Code == "GBP");
                return {|AIR0001:west.Sum(Currency.JPY)|};
            }

            public static Money SetByEquals()
            {
                var caps = new HashSet<Money> { Money.Cny(1m), Money.Usd(2m) };
                caps.RemoveWhere(m => !m.Currency.Equals(Currency.USD));
                return {|AIR0001:caps.Sum(Currency.JPY)|};
            }

            public static Money ConstantFirst()
            {
                var west = new List<Money> { Money.Eur(1m), Money.Gbp(2m) };
                west.RemoveAll(m => Currency.GBP == m.Currency);
                return {|AIR0001:west.Sum(Currency.USD)|};
            }
        }
        """);

    [Fact]
    public Task Sum_after_a_removal_by_currency_test_that_may_leave_nothing_else_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed record Grant(string Name, Money Amount);
        public static class Desk
        {
            public static Money AllYuanRemoved()
            {
                var due = new List<Money> { Money.Cny(1m), Money.Cny(2m) };
                due.RemoveAll(m => m.Currency == Currency.CNY);
                return due.Sum(Currency.USD);
            }

            public static Money NoEurosToKeep()
            {
                var due = new List<Money> { Money.Cny(1m) };
                due.RemoveAll(m => m.Currency != Currency.EUR);
                return due.Sum(Currency.USD);
            }

            public static (Money, Money) DollarsLeft()
            {
                var west = new List<Money> { Money.Usd(1m), Money.Gbp(2m) };
                west.RemoveAll(m => m.Currency == Currency.GBP);
                return (west.Sum(Currency.USD), west.Max());
            }

            public static Money BothRemoved()
            {
                var west = new List<Money> { Money.Usd(1m), Money.Gbp(2m) };
                west.RemoveAll(m => m.Currency == Currency.GBP);
                west.RemoveAll(m => m.Currency == Currency.USD);
                return west.Sum(Currency.EUR);
            }

            public static Money GrantsInDollars()
            {
                var grants = new List<Grant> { new("a", Money.Cny(1m)), new("b", Money.Usd(2m)) };
                grants.RemoveAll(g => g.Amount.Currency != Currency.USD);
                return grants.Select(g => g.Amount).Sum(Currency.USD);
            }
        }
        """);

    // A miss of stop 54's first changes, found by its review. Real code: a euro-desk list of open fees; the settled sterling fees are dropped, then a new sterling fee is
    // appended, and the open fees are totalled in euros. The pound added after the removal is certainly in the list, so
    // Sum(Currency.EUR) throws. AIR0001.md: "of a collection that may lose elements …, only when every element it can hold
    // is in another currency" (it can hold pounds only) — the sentence "pounds alone: nothing may be left" is true only of
    // the pounds written before the removal; the removal's filter is applied to writes that come after it.
    [Fact]
    public Task Removed_currency_added_again_after_the_removal_then_summed_in_another_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class EuroDesk
        {
            public static Money Open(decimal londonLegal, decimal londonAudit, decimal newFee)
            {
                var fees = new List<Money> { Money.Gbp(londonLegal), Money.Gbp(londonAudit) };
                fees.RemoveAll(f => f.Currency == Currency.GBP);   // settled by the London office
                fees.Add(Money.Gbp(newFee));                        // a new sterling fee
                return {|AIR0001:fees.Sum(Currency.EUR)|};
            }
        }
        """);

    // A miss of stop 54's first changes, found by its review. Real code: a field of sterling charges, a method that drops the settled sterling ones, a method that totals
    // what is outstanding in euros. Charge() may run after Settle(): the field then holds pounds, and the euro sum throws.
    // Without Settle() this is reported (every element is a pound); AIR0001.md: "only when every element it can hold is
    // in another currency … (a queue of yuan summed in dollars …)". The removal's filter hides pounds written by
    // another method that runs after it (the flow does not follow the order of writes, so it cannot know they come
    // before it).
    [Fact]
    public Task Field_of_pounds_with_a_removal_of_pounds_and_later_charges_summed_in_euros_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public sealed class SterlingBook
        {
            private readonly List<Money> _charges = new();
            public void Charge(decimal pounds) => _charges.Add(Money.Gbp(pounds));
            public void Settle() => _charges.RemoveAll(c => c.Currency == Currency.GBP);
            public Money OutstandingInEuros() => {|AIR0001:_charges.Sum(Currency.EUR)|};
        }
        """);

    // A miss of stop 54's first changes, found by its review. Real code: a payout list keeps only its dollar entries, then its largest payout is checked against a euro
    // cap. AIR0001.md: "after RemoveAll(m => m.Currency != Currency.USD) only dollars", and collections are "read back
    // through indexers (…), First, Max" with the elements' currency; the list holds only dollars here, so Max() is a
    // dollar amount and comparing it with euros throws. The filter is used only by Sum's OtherThan, never by Code.
    [Fact]
    public Task Largest_payout_left_after_keeping_only_dollars_compared_with_euros_Reports() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Payouts
        {
            public static bool OverEuroCap(decimal stargate, decimal airr)
            {
                var due = new List<Money> { Money.Usd(stargate), Money.Gbp(airr) };
                due.RemoveAll(m => m.Currency != Currency.USD);
                return {|AIR0001:due.Max() > Money.Eur(1_000_000m)|};
            }

            public static bool FirstOverEuroCap(decimal stargate, decimal airr)
            {
                var west = new List<Money> { Money.Usd(stargate), Money.Gbp(airr) };
                west.RemoveAll(m => m.Currency == Currency.GBP);
                return {|AIR0001:west[0] > Money.Eur(1_000_000m)|};
            }
        }
        """);

    // guard (passes): a removal that keeps only dollars, then a sum in dollars: nothing mixes.
    [Fact]
    public Task Guard_dollars_kept_then_summed_in_dollars_DoesNotReport() => Files.Verify(
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Payouts
        {
            public static Money Dollars(decimal stargate, decimal airr)
            {
                var due = new List<Money> { Money.Usd(stargate), Money.Gbp(airr) };
                due.RemoveAll(m => !m.Currency.Equals(Currency.USD));
                return due.Sum(Currency.USD);
            }
        }
        """);
}
