using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on a local collection emptied and filled again (issue 12, stop 55): <c>quotes.Clear();</c> as a statement of
/// the block that declares it, or a call of a helper of the code whose body starts by clearing its parameter
/// (<c>Refill(quotes, …)</c>). What was there before is gone, so the collection holds what is written from there on.
/// Not when the local is read before the clear (that read sees the old elements), when a lambda or local function may
/// write it after the clear, when the clear may not run (in a branch) or when the helper does not clear first.
/// </summary>
public class RefilledLocalFlowTests
{
    private const string Helpers = """
        using System.Collections.Generic;
        using AiRace.Core;
        public static class DeskHelpers
        {
            public static void Refill(List<Money> into, IEnumerable<decimal> euros)
            {
                into.Clear();
                foreach (var e in euros) into.Add(Money.Eur(e));
            }

            public static void MaybeRefill(List<Money> into, IEnumerable<decimal> euros, bool reset)
            {
                if (reset) into.Clear();
                foreach (var e in euros) into.Add(Money.Eur(e));
            }

            public static void TopUp(List<Money> into, decimal euros)
            {
                into.Add(Money.Eur(euros));
                into.Clear();
                into.Add(Money.Eur(euros));
            }
        }
        """;

    [Fact]
    public Task Local_cleared_or_refilled_by_a_helper_then_summed_in_its_old_currency_Reports() => Files.Verify(
        Helpers,
        """
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Quotes
        {
            public static Money Cleared(decimal[] euros)
            {
                var quotes = new List<Money> { Money.Jpy(1_000m) };
                quotes.Add(Money.Jpy(2_000m));
                quotes.Clear();
                foreach (var e in euros) quotes.Add(Money.Eur(e));
                return {|AIR0001:quotes.Sum(Currency.JPY)|};
            }

            public static Money Refilled(Money yen, IEnumerable<decimal> euros)
            {
                var quotes = new List<Money> { yen, Money.Jpy(5_000m) };
                DeskHelpers.Refill(quotes, euros);
                return {|AIR0001:quotes.Sum(Currency.JPY)|};
            }

            public static Money RefilledThenDollars(IEnumerable<decimal> euros)
            {
                var quotes = new List<Money> { Money.Jpy(5_000m) };
                DeskHelpers.Refill(quotes, euros);
                quotes.Add(Money.Usd(10m));
                return {|AIR0001:quotes.Max()|};
            }
        }
        """);

    [Fact]
    public Task Local_refilled_in_its_own_currency_or_read_before_the_clear_DoesNotReport() => Files.Verify(
        Helpers,
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AiRace.Core;
        public static class Quotes
        {
            public static Money Refilled(IEnumerable<decimal> euros)
            {
                var quotes = new List<Money> { Money.Jpy(5_000m) };
                DeskHelpers.Refill(quotes, euros);
                return quotes.Sum(Currency.EUR) + quotes.Max();
            }

            public static Money ReadBefore(decimal[] euros)
            {
                var quotes = new List<Money> { Money.Jpy(1_000m) };
                var yen = quotes.Sum(Currency.JPY);
                quotes.Clear();
                foreach (var e in euros) quotes.Add(Money.Eur(e));
                return quotes.Sum(Currency.EUR) * (yen.Amount > 0m ? 1m : 0m);
            }

            public static Money LambdaWritesLater(decimal[] euros)
            {
                var quotes = new List<Money> { Money.Jpy(1_000m) };
                Action addYen = () => quotes.Add(Money.Jpy(3m));
                quotes.Clear();
                foreach (var e in euros) quotes.Add(Money.Eur(e));
                addYen();
                return quotes.Max();
            }

            public static Money ClearedInABranch(decimal[] euros, bool reset)
            {
                var quotes = new List<Money> { Money.Jpy(1_000m) };
                if (reset)
                {
                    quotes.Clear();
                }

                return quotes.Sum(Currency.JPY);
            }

            public static Money HelperMayKeepTheOld(decimal[] euros, bool reset)
            {
                var quotes = new List<Money> { Money.Jpy(1_000m) };
                DeskHelpers.MaybeRefill(quotes, euros, reset);
                var other = new List<Money> { Money.Jpy(1_000m) };
                DeskHelpers.TopUp(other, 5m);
                return quotes.Sum(Currency.JPY) + other.Sum(Currency.JPY);
            }
        }
        """);
}
