using System.Threading.Tasks;
using Xunit;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 through <c>System.Tuple</c>, which is immutable: <c>pair.Item1</c> of a local, field or property that always
/// holds one <c>Tuple.Create(…)</c> or <c>new Tuple&lt;…&gt;(…)</c> has the currency of the argument given for that
/// item, by position or by name. A tuple that may hold another (written twice, a parameter, a method's result) is unknown.
/// </summary>
public class SystemTupleFlowTests
{
    [Fact]
    public Task Items_of_a_tuple_made_by_Tuple_Create_in_two_currencies_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                var pair = Tuple.Create(Money.Cny(1m), Money.Usd(1m));
                return {|AIR0001:pair.Item1 > pair.Item2|};
            }
            Money B()
            {
                var triple = Tuple.Create("Hefei", Money.Eur(1m), Money.Cny(2m));
                return {|AIR0001:triple.Item2 + triple.Item3|};
            }
            bool C()
            {
                var named = Tuple.Create(item2: Money.Jpy(1m), item1: Money.Cny(1m));
                return {|AIR0001:named.Item1 == Money.Jpy(1m)|};
            }
        }
        """);

    [Fact]
    public Task Items_of_a_tuple_constructed_or_held_by_a_field_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        public static class Caps
        {
            public static readonly Tuple<string, Money> Hefei = Tuple.Create("Hefei", Money.Cny(10m));
            public static Tuple<Money, Money> Both { get; } = new Tuple<Money, Money>(Money.Usd(1m), Money.Usd(2m));
        }
        """,
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A() => {|AIR0001:Caps.Hefei.Item2 > Money.Usd(1m)|};
            Money B() => {|AIR0001:Caps.Both.Item1 - Money.Eur(1m)|};
            bool C()
            {
                var made = new Tuple<Money, int>(Money.Gbp(1m), 2);
                return {|AIR0001:made.Item1.CompareTo(Caps.Hefei.Item2)|} > 0;
            }
        }
        """);

    [Fact]
    public Task Items_in_one_currency_or_of_tuples_that_may_hold_another_DoNotReport() => Files.Verify(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static Tuple<Money, Money> Pair = Tuple.Create(Money.Cny(1m), Money.Cny(2m));
            bool A()
            {
                var china = Tuple.Create(Money.Cny(1m), Money.Cny(2m));
                return china.Item1 < china.Item2;
            }
            bool B(Tuple<Money, Money> given) => given.Item1 > Money.Usd(1m);
            bool C(bool dollars)
            {
                var pair = Tuple.Create(Money.Cny(1m), Money.Cny(1m));
                if (dollars)
                {
                    pair = Tuple.Create(Money.Usd(1m), Money.Usd(1m));
                }

                return pair.Item1 > Money.Usd(1m);
            }
            bool D(Dictionary<string, Tuple<Money, Money>> book) => book["a"].Item1 > Money.Usd(1m);
            void E() => Pair = Tuple.Create(Money.Usd(1m), Money.Usd(1m));
            bool F() => Pair.Item1 > Money.Usd(1m);
        }
        """);

    [Fact]
    public Task Items_compared_with_their_own_currency_DoNotReport() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            bool A()
            {
                var pair = Tuple.Create(Money.Usd(1m), Money.Cny(7m));
                return pair.Item1 > Money.Usd(2m) && pair.Item2 < Money.Cny(8m);
            }
            Money B()
            {
                var named = Tuple.Create(item2: Money.Cny(1m), item1: Money.Eur(1m));
                return named.Item2 + Money.Cny(1m);
            }
        }
        """);
}
