using System.Threading.Tasks;

namespace AiRace.Analyzers.Tests;

/// <summary>
/// AIR0001 on an array of money whose elements are replaced by index: a <c>readonly</c> field or a local, initialized
/// with elements of known currencies and otherwise only read or written at constant indexes, holds at a read the
/// currency of an element write that comes before the read in straight-line code, and at every index that no write
/// gives another currency, its initial one. A write at an index that is not constant, inside an <c>if</c> or a loop, or
/// of unknown currency; a read before the write or in a lambda; an array handed to code that may write it or assigned
/// again; and a write elsewhere that may run between the two: all leave the array as before (not known to be mixed).
/// </summary>
public class ArrayElementFlowTests
{
    [Fact]
    public Task Static_field_with_one_element_replaced_then_its_minimum_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Harbour
        {
            private static readonly Money[] Buffers = [Money.Eur(100m), Money.Eur(200m)];

            public static bool BufferAboveYen()
            {
                Buffers[1] = Money.Jpy(5_000m);
                return {|AIR0001:Buffers.Min()|} > Money.Jpy(1m);
            }
        }
        """);

    [Fact]
    public Task Instance_field_with_one_element_replaced_then_sorted_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Ledger
        {
            private readonly Money[] _held = new[] { Money.Eur(1m), Money.Eur(2m), Money.Eur(3m) };

            public void Take(Money yen)
            {
                _held[0] = Money.Jpy(yen.Amount);
                {|AIR0001:Array.Sort(_held)|};
            }
        }
        """);

    [Fact]
    public Task Local_written_in_a_nested_block_then_ordered_or_its_maximum_taken_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            public static Money Largest()
            {
                Money[] tranches = { Money.Eur(10m), Money.Eur(20m) };
                {
                    tranches[1] = Money.Jpy(3_000m);
                }

                return {|AIR0001:tranches.Max()|};
            }

            public static Money First(bool flag)
            {
                var tranches = new Money[] { Money.Gbp(10m), Money.Gbp(20m) };
                tranches[0] = Money.Usd(3m);
                if (flag)
                {
                    return {|AIR0001:tranches.OrderBy(m => m)|}.First();
                }

                return tranches[1];
            }
        }
        """);

    [Fact]
    public Task Elements_compared_after_one_is_replaced_Reports() => Files.Verify(
        """
        using AiRace.Core;
        class Pair
        {
            private readonly Money[] _legs = [Money.Eur(1m), Money.Eur(2m)];

            public bool Ordered()
            {
                _legs[1] = Money.Jpy(100m);
                return {|AIR0001:_legs[0] < _legs[1]|};
            }
        }
        """);

    [Fact]
    public Task Two_indexes_written_with_different_currencies_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Swaps
        {
            public static Money Smallest()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[0] = Money.Jpy(100m);
                legs[1] = Money.Gbp(3m);
                return {|AIR0001:legs.Min()|};
            }

            public static Money Largest()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m), Money.Eur(3m)];
                legs[0] = Money.Jpy(100m);
                legs[1] = Money.Jpy(200m);
                return {|AIR0001:legs.Max()|};
            }
        }
        """);

    [Fact]
    public Task Indexes_never_written_with_another_currency_keep_theirs_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Board
        {
            private static readonly Money[] Rates = [Money.Eur(1m), Money.Jpy(150m), Money.Eur(2m)];

            public static void Reset() => Rates[2] = Money.Eur(0m);

            public static Money Top() => {|AIR0001:Rates.Max()|};
        }
        """);

    [Fact]
    public Task Every_index_replaced_with_the_same_currency_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            public static Money Smallest()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[0] = Money.Jpy(100m);
                legs[1] = Money.Jpy(200m);
                return legs.Min();
            }

            public static Money Largest()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[1] = Money.Eur(5m);
                return legs.Max();
            }
        }
        """);

    [Fact]
    public Task Write_at_an_index_that_is_not_constant_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            public static Money Smallest(int i)
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[1] = Money.Jpy(100m);
                legs[i] = Money.Jpy(200m);
                return legs.Min();
            }
        }
        """);

    [Fact]
    public Task Read_before_the_write_or_inside_a_lambda_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            public static Money Before()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                var smallest = legs.Min();
                legs[1] = Money.Jpy(100m);
                return smallest;
            }

            public static Func<Money> Later()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[1] = Money.Jpy(100m);
                return () => legs.Min();
            }
        }
        """);

    [Fact]
    public Task Write_inside_an_if_or_a_loop_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            public static Money Maybe(bool flag)
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                if (flag)
                {
                    legs[1] = Money.Jpy(100m);
                }

                return legs.Min();
            }

            public static Money Looped(int n)
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                for (int i = 0; i < n; i++)
                {
                    legs[1] = Money.Jpy(100m);
                }

                return legs.Max();
            }
        }
        """);

    [Fact]
    public Task Array_passed_to_code_that_may_write_it_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            private static readonly Money[] Pool = [Money.Eur(1m), Money.Eur(2m)];

            public static Money Smallest()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[1] = Money.Jpy(100m);
                Refill(legs);
                return legs.Min();
            }

            public static Money Filled()
            {
                Pool[1] = Money.Jpy(100m);
                Array.Fill(Pool, Money.Jpy(1m));
                return Pool.Min();
            }

            private static void Refill(Money[] target) => target[0] = Money.Jpy(1m);
        }
        """);

    [Fact]
    public Task Write_of_unknown_currency_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            private static readonly Money[] Buffers = [Money.Eur(100m), Money.Eur(200m)];

            public static bool Above(Money received)
            {
                Buffers[1] = received;
                return Buffers.Min() > Money.Jpy(1m);
            }
        }
        """);

    [Fact]
    public Task Array_that_is_not_readonly_and_is_assigned_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            private static Money[] Buffers = [Money.Eur(100m), Money.Eur(200m)];

            public static void Renew() => Buffers = [Money.Jpy(1m), Money.Jpy(2m)];

            public static Money Smallest()
            {
                Buffers[1] = Money.Jpy(5m);
                return Buffers.Min();
            }
        }
        """);

    [Fact]
    public Task Index_written_back_recursively_in_a_lambda_on_another_instance_or_sorted_elsewhere_DoesNotReport() => Files.Verify(
        """
        using System;
        using System.Linq;
        using AiRace.Core;
        static class Desk
        {
            private static readonly Money[] Buffers = [Money.Eur(100m), Money.Eur(200m)];

            public static Money WrittenBack()
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[1] = Money.Jpy(100m);
                legs[1] = Money.Eur(3m);
                return legs.Min();
            }

            public static void Restore() => Buffers[1] = Money.Eur(200m);

            public static Money Smallest(Action step)
            {
                Buffers[1] = Money.Jpy(5m);
                step();
                return Buffers.Min();
            }
        }

        static class Relay
        {
            private static readonly Money[] Buffers = [Money.Eur(100m), Money.Eur(200m)];

            public static Money Smallest(int depth)
            {
                if (depth == 0)
                {
                    Buffers[1] = Money.Eur(200m);
                    return Buffers[0];
                }

                {
                    Buffers[1] = Money.Jpy(5m);
                    Smallest(0);
                    return Buffers.Min();
                }
            }

            public static Money Local(int depth)
            {
                Money[] legs = [Money.Eur(1m), Money.Eur(2m)];
                legs[1] = Money.Jpy(5m);
                Action restore = () => legs[1] = Money.Eur(2m);
                restore();
                return legs.Min();
            }
        }

        class Till
        {
            private readonly Money[] _held = [Money.Eur(1m), Money.Eur(2m)];

            public Money OfAnother(Till other)
            {
                other._held[1] = Money.Jpy(5m);
                return _held.Min();
            }
        }

        class Sorter
        {
            private readonly Money[] _held = [Money.Eur(1m), Money.Eur(2m)];

            public void Sort() => Array.Sort(_held);

            public Money Largest()
            {
                _held[1] = Money.Jpy(5m);
                return _held.Max();
            }
        }
        """);

    [Fact]
    public Task Element_replaced_through_SetValue_or_a_reference_DoesNotReport() => Files.Verify(
        """
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Euros = [Money.Eur(1m), Money.Eur(2m)];
            static void Rebase(decimal x) => Euros.SetValue(Money.Jpy(x), 0);
            static ref Money First() => ref (Euros[1]);
            bool A(decimal x)
            {
                Money[] caps = [Money.Eur(1m), Money.Eur(2m)];
                caps.SetValue(Money.Jpy(x), 0);
                return caps[0] > Money.Jpy(1m);
            }

            bool B(decimal x)
            {
                Money[] caps = [Money.Eur(1m)];
                ref var first = ref caps[0];
                first = Money.Jpy(x);
                return caps[0] > Money.Jpy(1m);
            }

            bool C() => Euros[0] > Money.Jpy(1m);
            bool D(decimal x)
            {
                First() = Money.Jpy(x);
                return Euros[1] > Money.Jpy(1m);
            }
        }
        """);
}

/// <summary>
/// AIR0001 at <c>MemoryExtensions.Sort</c> over an array known to mix two currencies: C# 14 binds <c>caps.Sort()</c> on a
/// <c>Money[]</c> to <c>Sort&lt;T&gt;(Span&lt;T&gt;)</c> (the implicit span conversion), and <c>caps.AsSpan().Sort()</c> is
/// the same sort in C# 13; comparing a yuan with a dollar throws as <c>Array.Sort(caps)</c> does.
/// </summary>
public class SpanSortFlowTests
{
    [Fact]
    public Task Span_sort_of_an_array_of_two_currencies_Reports() => Files.VerifyPreview(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Usd(1m)];
            void A()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                {|AIR0001:caps.Sort()|};
            }
            void B()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                {|AIR0001:caps.AsSpan().Sort()|};
            }
            void C() => {|AIR0001:Caps.Sort(Comparer<Money>.Default)|};
            void D() => {|AIR0001:Caps.Sort((a, b) => a.CompareTo(b))|};
            void E() => {|AIR0001:MemoryExtensions.Sort(Caps.AsSpan())|};
        }
        """);

    [Fact]
    public Task Span_sort_in_CSharp_13_spelling_Reports() => Files.Verify(
        """
        using System;
        using AiRace.Core;
        class Check
        {
            void B()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                {|AIR0001:caps.AsSpan().Sort()|};
            }
            void C()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                {|AIR0001:((Span<Money>)caps).Sort()|};
            }
        }
        """);

    [Fact]
    public Task Span_sort_of_one_currency_unknown_ones_or_a_span_the_flow_cannot_follow_DoesNotReport() => Files.VerifyPreview(
        """
        using System;
        using System.Collections.Generic;
        using AiRace.Core;
        class Check
        {
            private static readonly Money[] Caps = [Money.Cny(1m), Money.Usd(1m)];
            void A()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                caps.Sort();
                caps.AsSpan().Sort();
            }
            void B(Money given)
            {
                Money[] caps = [Money.Cny(1m), given];
                caps.Sort();
            }
            void C(Money[] given) => given.Sort();
            void D()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                caps.AsSpan().Fill(Money.Cny(2m));
                caps.Sort();
            }
            void E()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                Span<Money> view = caps;
                view[1] = Money.Cny(2m);
                caps.Sort();
            }
            void F() => Caps.AsSpan(1).Sort();
            void G() => Caps.AsSpan(0, 1).Sort();
            void H()
            {
                Span<Money> local = [Money.Cny(1m), Money.Usd(1m)];
                local.Slice(1).Sort();
            }
            void I() => Caps.Sort((a, b) => a.Currency != b.Currency ? a.Currency.Code.CompareTo(b.Currency.Code) : a.CompareTo(b));
            void J() => Caps.Sort(Comparer<Money>.Create((a, b) => a.Currency.Code.CompareTo(b.Currency.Code)));
            void K()
            {
                Money[] caps = [Money.Cny(1m), Money.Usd(1m)];
                int[] order = [2, 1];
                order.AsSpan().Sort(caps.AsSpan());
            }
        }
        """);

    // From the review of stop 60 (AIR0001: an array element replaced by a constant index is followed, and indexer writes
    // are "counted from the end too"): caps[^1] of a two-element array is caps[1].
    [Fact]
    public Task Array_element_replaced_from_the_end_then_Max_Reports() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Plan
        {
            public static Money Top()
            {
                Money[] caps = [Money.Cny(1m), Money.Cny(2m)];
                caps[^1] = Money.Usd(3m);
                return {|AIR0001:caps.Max()|};
            }

            public static bool Last()
            {
                Money[] caps = [Money.Usd(1m), Money.Usd(2m)];
                caps[^1] = Money.Cny(3m);
                return {|AIR0001:caps[^1] > Money.Usd(1m)|};
            }
        }
        """);

    [Fact]
    public Task Array_element_replaced_from_the_end_by_its_only_other_currency_DoesNotReport() => Files.Verify(
        """
        using System.Linq;
        using AiRace.Core;
        namespace Shop.Plans;
        public static class Plan
        {
            public static Money Top()
            {
                // ^1 is index 1: the yuan is replaced and every element is in dollars
                Money[] caps = [Money.Usd(1m), Money.Cny(2m)];
                caps[^1] = Money.Usd(3m);
                return caps.Max();
            }

            public static bool Last()
            {
                Money[] caps = [Money.Usd(1m), Money.Cny(2m)];
                caps[^1] = Money.Usd(3m);
                return caps[^1] > Money.Usd(1m) && caps[^2] > Money.Usd(1m);
            }
        }
        """);
}
